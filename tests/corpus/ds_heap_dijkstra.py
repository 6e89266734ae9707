# A binary heap class, heapsort, a priority queue with decrease-key via lazy deletion, Dijkstra and A* on a grid.
class Heap:
    def __init__(self, items=(), key=lambda x: x):
        self.key = key
        self.data = []
        for x in items:
            self.push(x)
    def __len__(self):
        return len(self.data)
    def __bool__(self):
        return bool(self.data)
    def push(self, x):
        d = self.data
        d.append(x)
        i = len(d) - 1
        while i and self.key(d[i]) < self.key(d[(i - 1) // 2]):
            d[i], d[(i - 1) // 2] = d[(i - 1) // 2], d[i]
            i = (i - 1) // 2
    def pop(self):
        d = self.data
        if not d:
            raise IndexError('pop from empty heap')
        top = d[0]
        last = d.pop()
        if d:
            d[0] = last
            i = 0
            while True:
                l, r, small = 2 * i + 1, 2 * i + 2, i
                if l < len(d) and self.key(d[l]) < self.key(d[small]):
                    small = l
                if r < len(d) and self.key(d[r]) < self.key(d[small]):
                    small = r
                if small == i:
                    break
                d[i], d[small] = d[small], d[i]
                i = small
        return top
    def peek(self):
        return self.data[0]

def heapsort(xs, key=lambda x: x):
    h = Heap(xs, key)
    return [h.pop() for _ in range(len(h))]

print(heapsort([5, 3, 9, 1, 5, 6, 0, -2, 8]), heapsort(['pear', 'fig', 'apple', 'kiwi'], key=len))
h = Heap()
try:
    h.pop()
except IndexError as e:
    print('IndexError:', e)

GRAPH = {
    'A': {'B': 7, 'C': 9, 'F': 14}, 'B': {'A': 7, 'C': 10, 'D': 15}, 'C': {'A': 9, 'B': 10, 'D': 11, 'F': 2},
    'D': {'B': 15, 'C': 11, 'E': 6}, 'E': {'D': 6, 'F': 9}, 'F': {'A': 14, 'C': 2, 'E': 9}, 'G': {},
}

def dijkstra(graph, src):
    dist = {src: 0}
    prev = {}
    pq = Heap([(0, src)])
    done = set()
    while pq:
        d, u = pq.pop()
        if u in done:
            continue
        done.add(u)
        for v, w in graph[u].items():
            nd = d + w
            if nd < dist.get(v, float('inf')):
                dist[v] = nd
                prev[v] = u
                pq.push((nd, v))
    return dist, prev

def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]

dist, prev = dijkstra(GRAPH, 'A')
for node in sorted(GRAPH):
    if node in dist:
        print(node, dist[node], '->'.join(path(prev, node)))
    else:
        print(node, 'unreachable')

MAZE = """
S..#......
.#.#.####.
.#...#....
.####.#.#.
......#.#G
"""
grid = MAZE.split()
start = next((r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == 'S')
goal = next((r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == 'G')

def astar(grid, start, goal):
    h = lambda p: abs(p[0] - goal[0]) + abs(p[1] - goal[1])
    pq = Heap([(h(start), 0, start)])
    came = {start: None}
    cost = {start: 0}
    expanded = 0
    while pq:
        _, g, cur = pq.pop()
        expanded += 1
        if cur == goal:
            break
        r, c = cur
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] != '#':
                if g + 1 < cost.get((nr, nc), 10 ** 9):
                    cost[(nr, nc)] = g + 1
                    came[(nr, nc)] = cur
                    pq.push((g + 1 + h((nr, nc)), g + 1, (nr, nc)))
    route = []
    node = goal
    while node:
        route.append(node)
        node = came[node]
    return route[::-1], expanded

route, expanded = astar(grid, start, goal)
print('steps', len(route) - 1, 'expanded', expanded)
rows = [list(r) for r in grid]
for r, c in route[1:-1]:
    rows[r][c] = '*'
print('\n'.join(''.join(r) for r in rows))
