# nqueens.py: counts N-queens solutions by backtracking — stresses closures, sets and recursion.
import sys


def count_solutions(n):
    cols, diag1, diag2 = set(), set(), set()

    def place(row):
        if row == n:
            return 1
        found = 0
        for col in range(n):
            if col in cols or row + col in diag1 or row - col in diag2:
                continue
            cols.add(col)
            diag1.add(row + col)
            diag2.add(row - col)
            found += place(row + 1)
            cols.remove(col)
            diag1.remove(row + col)
            diag2.remove(row - col)
        return found

    return place(0)


n = int(sys.argv[1]) if len(sys.argv) > 1 else 8
for size in range(4, n + 1):
    print(size, "queens:", count_solutions(size))
