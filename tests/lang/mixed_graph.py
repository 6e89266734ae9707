# Graph algorithms on adjacency dicts: BFS, DFS, topological sort, Dijkstra (no heapq), components.
edges = [
    ('A', 'B', 4), ('A', 'C', 2), ('B', 'C', 5), ('B', 'D', 10), ('C', 'E', 3),
    ('E', 'D', 4), ('D', 'F', 11), ('E', 'F', 20), ('G', 'H', 1),
]
graph = {}
for a, b, w in edges:
    graph.setdefault(a, {})[b] = w
    graph.setdefault(b, {})[a] = w
print(sorted(graph), {k: sorted(v.items()) for k, v in sorted(graph.items())})

def bfs(start):
    order = [start]
    dist = {start: 0}
    queue = [start]
    head = 0
    while head < len(queue):
        node = queue[head]
        head += 1
        for nb in sorted(graph[node]):
            if nb not in dist:
                dist[nb] = dist[node] + 1
                order.append(nb)
                queue.append(nb)
    return order, dist
print(bfs('A'))

def dfs(start, seen=None):
    if seen is None:
        seen = []
    seen.append(start)
    for nb in sorted(graph[start]):
        if nb not in seen:
            dfs(nb, seen)
    return seen
print(dfs('A'), dfs('G'))

def dijkstra(src):
    dist = {src: 0}
    prev = {}
    done = set()
    while True:
        best = None
        for node, d in dist.items():
            if node not in done and (best is None or d < dist[best] or (d == dist[best] and node < best)):
                best = node
        if best is None:
            break
        done.add(best)
        for nb, w in graph[best].items():
            nd = dist[best] + w
            if nb not in dist or nd < dist[nb]:
                dist[nb] = nd
                prev[nb] = best
    return dist, prev

def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]

dist, prev = dijkstra('A')
for node in sorted(dist):
    print(node, dist[node], "->".join(path(prev, node)))
print('G' in dist)

def components():
    seen = set()
    comps = []
    for node in sorted(graph):
        if node in seen:
            continue
        comp = dfs(node, [])
        seen.update(comp)
        comps.append(sorted(comp))
    return comps
print(components())

# topological sort (Kahn) on a DAG of tasks
deps = {
    'compile': ['fetch', 'configure'],
    'configure': ['fetch'],
    'test': ['compile'],
    'package': ['compile', 'docs'],
    'docs': ['configure'],
    'fetch': [],
    'release': ['package', 'test'],
}
indeg = {t: 0 for t in deps}
users = {t: [] for t in deps}
for t, ds in deps.items():
    for d in ds:
        indeg[t] += 1
        users[d].append(t)
ready = sorted([t for t in deps if indeg[t] == 0])
order = []
while ready:
    t = ready.pop(0)
    order.append(t)
    for u in users[t]:
        indeg[u] -= 1
        if indeg[u] == 0:
            ready.append(u)
            ready.sort()
print(order)
# cycle detection
deps['fetch'] = ['release']
def has_cycle():
    state = {}
    def visit(n):
        if state.get(n) == 1:
            return True
        if state.get(n) == 2:
            return False
        state[n] = 1
        for d in deps[n]:
            if visit(d):
                return True
        state[n] = 2
        return False
    for n in sorted(deps):
        if visit(n):
            return True
    return False
print("cycle:", has_cycle())
# grid shortest path with walls
maze = [
    "S.#.....",
    ".##.###.",
    "....#...",
    ".##...#E",
]
rows, cols = len(maze), len(maze[0])
start = end = None
for r in range(rows):
    for c in range(cols):
        if maze[r][c] == 'S':
            start = (r, c)
        elif maze[r][c] == 'E':
            end = (r, c)
queue = [start]
came = {start: None}
i = 0
while i < len(queue):
    r, c = queue[i]
    i += 1
    if (r, c) == end:
        break
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < rows and 0 <= nc < cols and maze[nr][nc] != '#' and (nr, nc) not in came:
            came[(nr, nc)] = (r, c)
            queue.append((nr, nc))
route = []
node = end
while node is not None:
    route.append(node)
    node = came[node]
route.reverse()
print(len(route) - 1, route)
grid = [list(row) for row in maze]
for (r, c) in route[1:-1]:
    grid[r][c] = '*'
print("\n".join(["".join(row) for row in grid]))
