# Recursive algorithms: permutations, subsets, sudoku backtracking, Towers of Hanoi, Ackermann and memoized partitions.
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [x] + rest

def subsets(items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    return rest + [[items[0]] + s for s in rest]

def hanoi(n, src='A', dst='C', via='B', moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((n, src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

def memoize(f):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = f(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper

@memoize
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)

print([''.join(p) for p in permutations('abc')], sum(1 for _ in permutations(list(range(6)))))
print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))
moves = hanoi(4)
print(len(moves), moves[:5])
print([ackermann(2, n) for n in range(5)], ackermann(3, 3))
print([partitions(n, n) for n in range(1, 16)], partitions(60, 60), len(partitions.cache) > 100)

PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""

class Sudoku:
    def __init__(self, text):
        self.grid = [[int(c) if c != '.' else 0 for c in row] for row in text.split()]
        self.calls = 0
    def candidates(self, r, c):
        used = set(self.grid[r]) | {self.grid[i][c] for i in range(9)}
        br, bc = 3 * (r // 3), 3 * (c // 3)
        used |= {self.grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
        return [d for d in range(1, 10) if d not in used]
    def solve(self):
        self.calls += 1
        best = None
        for r in range(9):
            for c in range(9):
                if self.grid[r][c] == 0:
                    cands = self.candidates(r, c)
                    if best is None or len(cands) < len(best[2]):
                        best = (r, c, cands)
        if best is None:
            return True
        r, c, cands = best
        for d in cands:
            self.grid[r][c] = d
            if self.solve():
                return True
        self.grid[r][c] = 0
        return False
    def __str__(self):
        lines = []
        for r, row in enumerate(self.grid):
            if r and r % 3 == 0:
                lines.append('------+-------+------')
            lines.append(' | '.join(' '.join(map(str, row[i:i + 3])) for i in (0, 3, 6)))
        return '\n'.join(lines)

s = Sudoku(PUZZLE)
print(s.solve(), s.calls)
print(s)
print(all(sorted(row) == list(range(1, 10)) for row in s.grid), all(sorted(col) == list(range(1, 10)) for col in zip(*s.grid)))

def n_queens(n):
    sols = []
    def place(row, cols, d1, d2, acc):
        if row == n:
            sols.append(acc[:])
            return
        for c in range(n):
            if c not in cols and row - c not in d1 and row + c not in d2:
                acc.append(c)
                place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c}, acc)
                acc.pop()
    place(0, frozenset(), frozenset(), frozenset(), [])
    return sols
print([len(n_queens(n)) for n in range(1, 9)], n_queens(6))
