# Maze generation by recursive backtracking with a seeded LCG, rendering, solving by DFS and BFS, and counting dead ends.
import sys
sys.setrecursionlimit(5000)

class Rng:
    def __init__(self, seed):
        self.s = seed
    def randrange(self, n):
        self.s = (self.s * 1103515245 + 12345) & 0x7FFFFFFF
        return self.s % n
    def shuffle(self, xs):
        for i in range(len(xs) - 1, 0, -1):
            j = self.randrange(i + 1)
            xs[i], xs[j] = xs[j], xs[i]
        return xs

class Maze:
    DIRS = {'N': (0, -1), 'S': (0, 1), 'E': (1, 0), 'W': (-1, 0)}
    OPP = {'N': 'S', 'S': 'N', 'E': 'W', 'W': 'E'}
    def __init__(self, w, h, seed):
        self.w, self.h = w, h
        self.open = {(x, y): set() for x in range(w) for y in range(h)}
        self.rng = Rng(seed)
        self.carve(0, 0, set())
    def carve(self, x, y, seen):
        seen.add((x, y))
        for d in self.rng.shuffle(list('NSEW')):
            dx, dy = self.DIRS[d]
            nx, ny = x + dx, y + dy
            if (nx, ny) in self.open and (nx, ny) not in seen:
                self.open[(x, y)].add(d)
                self.open[(nx, ny)].add(self.OPP[d])
                self.carve(nx, ny, seen)
    def neighbours(self, cell):
        x, y = cell
        for d in sorted(self.open[cell]):
            dx, dy = self.DIRS[d]
            yield (x + dx, y + dy)
    def solve_dfs(self, start, goal):
        path, seen = [start], {start}
        def rec(cell):
            if cell == goal:
                return True
            for n in self.neighbours(cell):
                if n not in seen:
                    seen.add(n)
                    path.append(n)
                    if rec(n):
                        return True
                    path.pop()
            return False
        rec(start)
        return path, len(seen)
    def solve_bfs(self, start, goal):
        prev, queue = {start: None}, [start]
        while queue:
            cell = queue.pop(0)
            if cell == goal:
                break
            for n in self.neighbours(cell):
                if n not in prev:
                    prev[n] = cell
                    queue.append(n)
        path, cell = [], goal
        while cell is not None:
            path.append(cell)
            cell = prev[cell]
        return path[::-1], len(prev)
    def render(self, path=()):
        on_path = set(path)
        rows = ['+' + '--+' * self.w]
        for y in range(self.h):
            row, below = '|', '+'
            for x in range(self.w):
                cell = self.open[(x, y)]
                row += (' *' if (x, y) in on_path else '  ') + (' ' if 'E' in cell else '|')
                below += ('  ' if 'S' in cell else '--') + '+'
            rows += [row, below]
        return '\n'.join(rows)

m = Maze(12, 6, seed=7)
path, visited = m.solve_bfs((0, 0), (11, 5))
dpath, dvisited = m.solve_dfs((0, 0), (11, 5))
print(m.render(path))
print('bfs length', len(path) - 1, 'visited', visited, '| dfs length', len(dpath) - 1, 'visited', dvisited, '| same', path == dpath)
dead_ends = sum(1 for c, o in m.open.items() if len(o) == 1)
print('dead ends', dead_ends, 'passages', sum(len(o) for o in m.open.values()) // 2, 'cells', len(m.open))
for seed in (1, 2, 3):
    mz = Maze(20, 10, seed)
    p, v = mz.solve_bfs((0, 0), (19, 9))
    print(seed, len(p) - 1, v, sum(1 for o in mz.open.values() if len(o) == 1))
