# N-queens (backtracking), plus a small sudoku-free constraint search and permutations.
def solve_queens(n):
    solutions = []
    cols = [False] * n
    diag1 = [False] * (2 * n)
    diag2 = [False] * (2 * n)
    placement = []
    def place(row):
        if row == n:
            solutions.append(placement[:])
            return
        for c in range(n):
            if not cols[c] and not diag1[row + c] and not diag2[row - c + n]:
                cols[c] = diag1[row + c] = diag2[row - c + n] = True
                placement.append(c)
                place(row + 1)
                placement.pop()
                cols[c] = diag1[row + c] = diag2[row - c + n] = False
    place(0)
    return solutions

for n in range(1, 9):
    sols = solve_queens(n)
    print(n, len(sols), sols[0] if sols else None)

def board(sol):
    n = len(sol)
    return "\n".join(["".join(["Q" if sol[r] == c else "." for c in range(n)]) for r in range(n)])
print(board(solve_queens(8)[0]))
print()
print(board(solve_queens(6)[-1]))

# count with bitmasks
def count_queens(n):
    full = (1 << n) - 1
    def go(cols, d1, d2):
        if cols == full:
            return 1
        total = 0
        avail = full & ~(cols | d1 | d2)
        while avail:
            bit = avail & -avail
            avail -= bit
            total += go(cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1)
        return total
    return go(0, 0, 0)
print([count_queens(n) for n in range(1, 10)])

# symmetry classes of 8-queens solutions
def rotate(sol):
    n = len(sol)
    out = [0] * n
    for r in range(n):
        out[sol[r]] = n - 1 - r
    return out
def mirror(sol):
    n = len(sol)
    return [n - 1 - c for c in sol]
seen = set()
classes = 0
for sol in solve_queens(8):
    key = tuple(sol)
    if key in seen:
        continue
    classes += 1
    s = sol
    for _ in range(4):
        seen.add(tuple(s))
        seen.add(tuple(mirror(s)))
        s = rotate(s)
print("distinct 8-queens solutions up to symmetry:", classes)

# knight's tour on 5x5 using Warnsdorff's heuristic with deterministic tie-breaking
def knights_tour(n, start):
    moves = [(2, 1), (1, 2), (-1, 2), (-2, 1), (-2, -1), (-1, -2), (1, -2), (2, -1)]
    board = [[0] * n for _ in range(n)]
    r, c = start
    board[r][c] = 1
    def degree(r, c):
        return len([1 for dr, dc in moves if 0 <= r + dr < n and 0 <= c + dc < n and board[r + dr][c + dc] == 0])
    for step in range(2, n * n + 1):
        options = []
        for dr, dc in moves:
            nr, nc = r + dr, c + dc
            if 0 <= nr < n and 0 <= nc < n and board[nr][nc] == 0:
                options.append((degree(nr, nc), nr, nc))
        if not options:
            return None
        _, r, c = min(options)
        board[r][c] = step
    return board
tour = knights_tour(5, (0, 0))
if tour is None:
    print("no tour")
else:
    for row in tour:
        print(" ".join([(" " + str(v))[-2:] for v in row]))
