# Conway's Game of Life on a small torus, with a set of live cells and a grid renderer.
def parse(pattern):
    cells = set()
    for r, line in enumerate(pattern.strip("\n").split("\n")):
        for c, ch in enumerate(line):
            if ch == '#':
                cells.add((r, c))
    return cells

def step(cells, rows, cols):
    counts = {}
    for (r, c) in cells:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % rows, (c + dc) % cols)
                    counts[key] = counts.get(key, 0) + 1
    new = set()
    for cell, n in counts.items():
        if n == 3 or (n == 2 and cell in cells):
            new.add(cell)
    return new

def render(cells, rows, cols):
    return "\n".join(["".join(["#" if (r, c) in cells else "." for c in range(cols)]) for r in range(rows)])

glider = parse("""
.#.
..#
###
""")
rows, cols = 8, 10
cells = glider
for gen in range(5):
    print("generation", gen, "population", len(cells))
    print(render(cells, rows, cols))
    cells = step(cells, rows, cols)
# after 4*rows*cols/gcd steps the glider returns; check period on the torus
cells = glider
seen = {}
gen = 0
while True:
    key = tuple(sorted(cells))
    if key in seen:
        print("cycle: generation", gen, "repeats generation", seen[key])
        break
    seen[key] = gen
    cells = step(cells, rows, cols)
    gen += 1
# blinker and block
blinker = parse("""
.....
..#..
..#..
..#..
.....
""")
b1 = step(blinker, 5, 5)
print(render(b1, 5, 5))
print(step(b1, 5, 5) == blinker)
block = parse("""
....
.##.
.##.
....
""")
print(step(block, 4, 4) == block)
# R-pentomino on a bigger torus: population over time
r_pent = parse("""
.##
##.
.#.
""")
moved = set()
for (r, c) in r_pent:
    moved.add((r + 14, c + 14))
cells = moved
pops = []
for g in range(60):
    pops.append(len(cells))
    cells = step(cells, 32, 32)
print(pops)
print(sorted(cells)[:6])
