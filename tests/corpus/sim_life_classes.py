# Conway's Life and a 1-D cellular automaton with classes, sets of coordinates, __str__ rendering and generators.
class Board:
    def __init__(self, width, height, live=()):
        self.w, self.h = width, height
        self.live = set(live)

    @classmethod
    def from_text(cls, text):
        rows = text.strip('\n').splitlines()
        live = {(x, y) for y, row in enumerate(rows) for x, ch in enumerate(row) if ch == '#'}
        return cls(max(len(r) for r in rows), len(rows), live)

    def neighbours(self, x, y):
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    yield (x + dx) % self.w, (y + dy) % self.h

    def step(self):
        counts = {}
        for cell in self.live:
            for n in self.neighbours(*cell):
                counts[n] = counts.get(n, 0) + 1
        new = {c for c, k in counts.items() if k == 3 or (k == 2 and c in self.live)}
        return Board(self.w, self.h, new)

    def __str__(self):
        return '\n'.join(''.join('#' if (x, y) in self.live else '.' for x in range(self.w)) for y in range(self.h))

    def __len__(self):
        return len(self.live)

    def __eq__(self, other):
        return self.live == other.live

    __hash__ = None

def generations(board, n):
    for _ in range(n):
        yield board
        board = board.step()

glider = Board.from_text("""
.#......
..#.....
###.....
........
........
........
""")
for i, b in enumerate(generations(glider, 5)):
    print(f'gen {i}: {len(b)} cells')
    print(b)
blinker = Board(5, 5, {(1, 2), (2, 2), (3, 2)})
print(blinker.step().step() == blinker, blinker.step() == blinker)
try:
    {blinker}
except TypeError as e:
    print('TypeError:', e)

def find_period(board, limit=50):
    seen = {}
    for i, b in enumerate(generations(board, limit)):
        key = tuple(sorted(b.live))
        if key in seen:
            return seen[key], i - seen[key]
        seen[key] = i
    return None

print('blinker period', find_period(blinker))
print('glider period', find_period(glider))

class Rule:
    def __init__(self, number):
        self.number = number
        self.table = {tuple(int(b) for b in format(i, '03b')): (number >> i) & 1 for i in range(8)}
    def __call__(self, cells):
        n = len(cells)
        return [self.table[(cells[(i - 1) % n], cells[i], cells[(i + 1) % n])] for i in range(n)]
    def __repr__(self):
        return f'Rule({self.number})'

for rule in (Rule(30), Rule(90), Rule(110)):
    cells = [0] * 31
    cells[15] = 1
    print(rule)
    for _ in range(8):
        print(''.join(' *'[c] for c in cells).rstrip())
        cells = rule(cells)
