"""hexiom: solver for Hexiom, the hexagonal number-tile puzzle.

What it stresses: recursive backtracking search, small-integer list updates, nested loops,
string parsing.
Algorithm: the puzzle of the classic "hexiom" benchmark: a hexagonal board of cells holds
tiles numbered 0-6 and empty cells; a solution places every tile so that each tile's number is
the count of its occupied neighbours.  Tiles marked "+" are locked in place; the others may go on
any free cell.  This solver (written here) fills the free cells one at a time, most constrained
first, pruning with per-cell counts of occupied and undecided neighbours, and counts all
solutions of a few fixed levels.  The size argument is the number of passes over the levels.
"""
import sys

DEFAULT_SIZE = 30       # about 0.5-3 s on CPython 3.11 on this machine
QUICK_SIZE = 1          # about 20-80 ms on CPython 3.11 (used by `make check` and --quick runs)

# Levels: rows of a hexagon of side 3, 4 or 5; "." is an empty cell, "d" a movable tile,
# "d+" a tile locked on its cell.
LEVELS = [
    """
       4  3  .
     2+ 2  4+ 5
    3  2  .  .  2
     .  5+ 5  5
       5  3+ .
    """,
    """
       3+ .  2
     .  1  .  2
    4  1  5+ .  3
     4  3+ .  5
       .  .  5
    """,
    """
       1  3  .
     2+ 2  3  3+
    .  3  1  .  3
     .  4+ 5  .
       .  2+ .
    """,
    """
        .  .  .  1
       1  3  5  2  2
     .  3  4+ .  3+ 2+
    2+ 4+ .  5+ .  .  2
     4  5+ 5+ .  0  .
       2+ 5  3  .  .
        .  1+ .  .
    """,
]

EMPTY = -1
UNDECIDED = -2
DIRECTIONS = [(1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1)]


class Board:
    """A parsed level: cell geometry, locked tiles and the pool of movable tiles."""

    def __init__(self, text):
        tokens = text.split()
        side = 1
        while 3 * side * (side - 1) + 1 < len(tokens):
            side += 1
        if 3 * side * (side - 1) + 1 != len(tokens):
            raise ValueError("not a hexagon: %d cells" % len(tokens))
        self.side = side
        self.coords = []
        for r in range(-(side - 1), side):
            for q in range(-(side - 1), side):
                if abs(q + r) < side:
                    self.coords.append((q, r))
        index = {c: i for i, c in enumerate(self.coords)}
        self.neighbours = []
        for q, r in self.coords:
            near = []
            for dq, dr in DIRECTIONS:
                j = index.get((q + dq, r + dr))
                if j is not None:
                    near.append(j)
            self.neighbours.append(near)
        self.locked = {}
        self.pool = [0] * 7
        for i, tok in enumerate(tokens):
            if tok.endswith("+"):
                self.locked[i] = int(tok[:-1])
            elif tok != ".":
                self.pool[int(tok)] += 1
        free = len(tokens) - len(self.locked)
        self.empties = free - sum(self.pool)


class Solver:
    def __init__(self, board):
        self.board = board
        n = len(board.coords)
        self.value = [UNDECIDED] * n
        self.occupied = [0] * n          # neighbours holding a tile
        self.undecided = [len(nb) for nb in board.neighbours]
        self.pool = board.pool[:]
        self.empties = board.empties
        self.solutions = 0
        self.first = None
        for i in sorted(board.locked):
            self.assign(i, board.locked[i])
        self.order = self.fill_order()

    def fill_order(self):
        """Free cells, those with most locked neighbours first (ties by position)."""
        b = self.board
        free = [i for i in range(len(b.coords)) if i not in b.locked]
        free.sort(key=lambda i: (-sum(1 for j in b.neighbours[i] if j in b.locked), i))
        return free

    def assign(self, i, v):
        self.value[i] = v
        for j in self.board.neighbours[i]:
            self.undecided[j] -= 1
            if v >= 0:
                self.occupied[j] += 1

    def unassign(self, i):
        v = self.value[i]
        self.value[i] = UNDECIDED
        for j in self.board.neighbours[i]:
            self.undecided[j] += 1
            if v >= 0:
                self.occupied[j] -= 1

    def fits(self, i):
        """True when cell i and its tiled neighbours can still reach their numbers."""
        value = self.value
        occupied = self.occupied
        undecided = self.undecided
        v = value[i]
        if v >= 0 and not occupied[i] <= v <= occupied[i] + undecided[i]:
            return False
        for j in self.board.neighbours[i]:
            w = value[j]
            if w >= 0 and not occupied[j] <= w <= occupied[j] + undecided[j]:
                return False
        return True

    def search(self, k):
        if k == len(self.order):
            self.solutions += 1
            if self.first is None:
                self.first = self.value[:]
            return
        i = self.order[k]
        if self.empties > 0:
            self.empties -= 1
            self.assign(i, EMPTY)
            if self.fits(i):
                self.search(k + 1)
            self.unassign(i)
            self.empties += 1
        pool = self.pool
        for v in range(7):
            if pool[v]:
                pool[v] -= 1
                self.assign(i, v)
                if self.fits(i):
                    self.search(k + 1)
                self.unassign(i)
                pool[v] += 1

    def solve(self):
        ok = True
        for i in self.board.locked:
            ok = ok and self.fits(i)
        if ok:
            self.search(0)
        return self.solutions


def show(board, values):
    """The board as rows of text, "." for empty cells."""
    rows = []
    cell = 0
    side = board.side
    for r in range(-(side - 1), side):
        width = 2 * side - 1 - abs(r)
        row = values[cell:cell + width]
        cell += width
        rows.append(" " * abs(r) + " ".join("." if v < 0 else str(v) for v in row))
    return rows


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    results = []
    for _ in range(size):
        results = []
        for text in LEVELS:
            board = Board(text)
            solver = Solver(board)
            results.append((board, solver.solve(), solver.first))
    for number, (board, count, first) in enumerate(results):
        print("level %d (side %d): %d solutions" % (number, board.side, count))
        if first is not None:
            for line in show(board, first):
                print("    " + line)


if __name__ == "__main__":
    main()
