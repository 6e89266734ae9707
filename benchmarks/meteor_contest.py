"""meteor_contest: solve the meteor puzzle (ten pentomino-like pieces on a hexagonal board).

What it stresses: recursion, integer bit masks, list indexing, small-list iteration.
Algorithm: the Computer Language Benchmarks Game's meteor-contest puzzle (10 pieces of 5 hexagonal
cells on a 5x10 hex board, 2098 solutions); an exact-cover depth-first search that always fills the
lowest empty cell first, prunes boards with an empty region whose size is not a multiple of 5,
and uses the board's 180-degree symmetry. The size argument is the number of solutions to find
before stopping (the whole puzzle has 2098; any larger size finds all of them).
"""
import sys

DEFAULT_SIZE = 1000     # about 0.5-3 s on CPython 3.11 on this machine
QUICK_SIZE = 20         # about 20-80 ms on CPython 3.11 (used by `make check` and --quick runs)

WIDTH = 5
HEIGHT = 10
NCELLS = WIDTH * HEIGHT

# Hex directions in "doubled" coordinates: a cell (x, y) of the board sits at column 2*x + y % 2
# (odd rows are shifted half a cell to the right), so every neighbour move keeps x + y even.
E, W, NE, NW, SE, SW = (2, 0), (-2, 0), (1, -1), (-1, -1), (1, 1), (-1, 1)
ROTATE = {E: NE, NE: NW, NW: W, W: SW, SW: SE, SE: E}
FLIP = {E: E, W: W, NE: SE, SE: NE, NW: SW, SW: NW}

# Each piece is a walk of moves from its first cell; a move may step back onto a visited cell.
PIECES = [
    [E, E, E, SE],
    [SE, SW, W, SW],
    [W, W, SW, SE],
    [E, E, SW, SE],
    [NW, W, NW, SE, SW],
    [E, E, NE, W],
    [NW, NE, NE, W],
    [NE, SE, E, NE],
    [SE, SE, E, SE],
    [E, NW, NW, NW],
]
SYMMETRY_PIECE = 3


def walk(moves):
    """Return the set of doubled-coordinate cells covered by a walk from (0, 0)."""
    x = y = 0
    cells = {(0, 0)}
    for dx, dy in moves:
        x += dx
        y += dy
        cells.add((x, y))
    return cells


def orientations(moves):
    """All distinct shapes of a piece: 6 rotations of it and of its mirror image."""
    shapes = []
    for flipped in (False, True):
        cur = [FLIP[m] for m in moves] if flipped else list(moves)
        for _ in range(6):
            cells = walk(cur)
            # Normalise: offsets from the first cell in board scan order (row, then column).
            ay, ax = min((cy, cx) for cx, cy in cells)
            shape = sorted((cy - ay, cx - ax) for cx, cy in cells)
            if shape not in shapes:
                shapes.append(shape)
            cur = [ROTATE[m] for m in cur]
    return shapes


def cell_index(cx, cy):
    """Board index of doubled coordinates (cx, cy), or -1 when off the board."""
    if cy < 0 or cy >= HEIGHT:
        return -1
    x2 = cx - (cy & 1)
    if x2 < 0 or x2 & 1 or x2 // 2 >= WIDTH:
        return -1
    return cy * WIDTH + x2 // 2


def region_masks():
    """Bit masks used to move a whole set of cells one step in each hex direction."""
    full = (1 << NCELLS) - 1
    even = odd = col0 = col_last = 0
    for i in range(NCELLS):
        y, x = divmod(i, WIDTH)
        if y & 1:
            odd |= 1 << i
        else:
            even |= 1 << i
        if x == 0:
            col0 |= 1 << i
        if x == WIDTH - 1:
            col_last |= 1 << i
    return full, full & ~col_last, full & ~col0, even & ~col0, odd & ~col_last


def has_dead_region(board, masks):
    """True if some empty region of the board has a size that is not a multiple of 5.

    Regions are grown with whole-board shifts: on even rows the upper neighbours of cell i are
    i-6 and i-5 and the lower ones i+4 and i+5; on odd rows they are i-5, i-4, i+5 and i+6.
    """
    full, not_last, not_first, even_not_first, odd_not_last = masks
    empty = full & ~board
    while empty:
        region = empty & -empty
        while True:
            grown = (region | (region & not_last) << 1 | (region & not_first) >> 1
                     | region >> 5 | region << 5
                     | (region & even_not_first) >> 6 | (region & even_not_first) << 4
                     | (region & odd_not_last) >> 4 | (region & odd_not_last) << 6) & empty
            if grown == region:
                break
            region = grown
        if bin(region).count("1") % 5:
            return True
        empty &= ~region
    return False


def build_tables():
    """placements[cell][piece] = bit masks of the piece placed with its first cell on `cell`."""
    shapes = [orientations(p) for p in PIECES]
    # Every solution turned by 180 degrees is another solution (cell i <-> cell 49 - i), and that
    # turn maps rotation r of a piece to rotation r + 3: keeping only rotations 0-2 of one piece
    # finds exactly one solution of each pair.
    shapes[SYMMETRY_PIECE] = [s for k, s in enumerate(shapes[SYMMETRY_PIECE]) if k % 6 < 3]
    masks = region_masks()
    placements = []
    for i in range(NCELLS):
        y, x = divmod(i, WIDTH)
        cx = 2 * x + (y & 1)
        per_piece = []
        for piece_shapes in shapes:
            fits = []
            for shape in piece_shapes:
                mask = 0
                for dy, dx in shape:
                    j = cell_index(cx + dx, y + dy)
                    if j < 0:
                        mask = 0
                        break
                    mask |= 1 << j
                # Drop placements that already cut off a region no set of pieces can fill.
                if mask and not has_dead_region(mask, masks):
                    fits.append(mask)
            per_piece.append(fits)
        placements.append(per_piece)
    return placements


class Solver:
    def __init__(self, limit):
        self.limit = limit
        self.placements = build_tables()
        self.masks = region_masks()
        self.full = (1 << NCELLS) - 1
        self.solutions = []
        self.placed = []      # (piece, mask) pairs of the current partial solution

    def record(self):
        cells = ["."] * NCELLS
        for piece, mask in self.placed:
            for i in range(NCELLS):
                if mask >> i & 1:
                    cells[i] = str(piece)
        sol = "".join(cells)
        self.solutions.append(sol)
        self.solutions.append(sol[::-1])

    def search(self, board, used):
        if len(self.solutions) >= self.limit:
            return
        if board == self.full:
            self.record()
            return
        cell = 0
        while board >> cell & 1:
            cell += 1
        options = self.placements[cell]
        for piece in range(10):
            if used >> piece & 1:
                continue
            for mask in options[piece]:
                if board & mask:
                    continue
                nb = board | mask
                if nb != self.full and has_dead_region(nb, self.masks):
                    continue
                self.placed.append((piece, mask))
                self.search(nb, used | (1 << piece))
                self.placed.pop()


def format_board(sol):
    lines = []
    for y in range(HEIGHT):
        row = " ".join(sol[y * WIDTH:(y + 1) * WIDTH])
        lines.append((" " if y & 1 else "") + row)
    return "\n".join(lines)


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    solver = Solver(size)
    solver.search(0, 0)
    sols = solver.solutions
    print("%d solutions found" % len(sols))
    print(format_board(min(sols)))
    print()
    print(format_board(max(sols)))


if __name__ == "__main__":
    main()
