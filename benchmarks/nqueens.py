"""nqueens: all solutions of the N-queens puzzle by brute force over permutations.

What it stresses: generators (recursive, with yield from), tuple building, set and generator
comprehensions.
Algorithm: the classic pure-Python "nqueens" benchmark: a permutation of 0..n-1 places one queen
per column and row; it is a solution when all n diagonals and all n anti-diagonals differ.  The
permutations come from a generator written here.  The size argument is n.
"""
import sys

DEFAULT_SIZE = 9        # about 0.5-3 s on CPython 3.11 on this machine
QUICK_SIZE = 8          # about 20-80 ms on CPython 3.11 (used by `make check` and --quick runs)


def permutations(items):
    """Yield every ordering of the tuple `items` as a tuple, in lexicographic position order."""
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for tail in permutations(rest):
            yield (items[i],) + tail


def queens(n):
    """Yield each solution as a tuple: the row of the queen in each column."""
    cols = range(n)
    for rows in permutations(tuple(cols)):
        if (n == len(set(rows[c] + c for c in cols))
                == len(set(rows[c] - c for c in cols))):
            yield rows


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    count = 0
    checksum = 0
    first = None
    for solution in queens(size):
        if first is None:
            first = solution
        count += 1
        for col, row in enumerate(solution):
            checksum = (checksum * 31 + row * size + col) % 1000000007
    print("%d-queens: %d solutions, checksum %d" % (size, count, checksum))
    print("first:", first)


if __name__ == "__main__":
    main()
