# Graph algorithms on a class-based graph: BFS, DFS with generators, topological sort, cycle detection, union-find MST, SCCs.
class Graph:
    def __init__(self, directed=False):
        self.adj = {}
        self.directed = directed
    def add_edge(self, u, v, w=1):
        self.adj.setdefault(u, {})[v] = w
        self.adj.setdefault(v, {})
        if not self.directed:
            self.adj[v][u] = w
        return self
    def __iter__(self):
        return iter(sorted(self.adj))
    def __len__(self):
        return len(self.adj)
    def edges(self):
        for u in sorted(self.adj):
            for v in sorted(self.adj[u]):
                if self.directed or u < v:
                    yield u, v, self.adj[u][v]
    def bfs(self, start):
        order, seen, queue = [], {start}, [start]
        dist = {start: 0}
        while queue:
            u = queue.pop(0)
            order.append(u)
            for v in sorted(self.adj[u]):
                if v not in seen:
                    seen.add(v)
                    dist[v] = dist[u] + 1
                    queue.append(v)
        return order, dist
    def dfs(self, start, seen=None):
        if seen is None:
            seen = set()
        seen.add(start)
        yield start
        for v in sorted(self.adj[start]):
            if v not in seen:
                yield from self.dfs(v, seen)
    def topo_sort(self):
        state = {}
        out = []
        def visit(u, path):
            if state.get(u) == 'done':
                return
            if state.get(u) == 'active':
                raise ValueError('cycle: ' + ' -> '.join(path + [u]))
            state[u] = 'active'
            for v in sorted(self.adj[u]):
                visit(v, path + [u])
            state[u] = 'done'
            out.append(u)
        for u in sorted(self.adj):
            visit(u, [])
        return out[::-1]
    def components(self):
        seen, comps = set(), []
        for u in self:
            if u not in seen:
                comp = list(self.dfs(u, seen))
                comps.append(sorted(comp))
        return comps

class DSU:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.rank = dict.fromkeys(items, 0)
    def find(self, x):
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x
    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.rank[ra] += self.rank[ra] == self.rank[rb]
        return True

def kruskal(g):
    dsu = DSU(list(g.adj))
    mst = [e for e in sorted(g.edges(), key=lambda e: (e[2], e[0], e[1])) if dsu.union(e[0], e[1])]
    return mst, sum(w for _, _, w in mst)

def tarjan(g):
    index, low, stack, on, sccs = {}, {}, [], set(), []
    counter = [0]
    def strong(u):
        index[u] = low[u] = counter[0]
        counter[0] += 1
        stack.append(u)
        on.add(u)
        for v in sorted(g.adj[u]):
            if v not in index:
                strong(v)
                low[u] = min(low[u], low[v])
            elif v in on:
                low[u] = min(low[u], index[v])
        if low[u] == index[u]:
            comp = []
            while True:
                v = stack.pop()
                on.discard(v)
                comp.append(v)
                if v == u:
                    break
            sccs.append(sorted(comp))
    for u in sorted(g.adj):
        if u not in index:
            strong(u)
    return sorted(sccs)

g = Graph()
for u, v, w in [('a', 'b', 4), ('a', 'h', 8), ('b', 'c', 8), ('b', 'h', 11), ('c', 'd', 7), ('c', 'f', 4), ('c', 'i', 2),
                ('d', 'e', 9), ('d', 'f', 14), ('e', 'f', 10), ('f', 'g', 2), ('g', 'h', 1), ('g', 'i', 6), ('h', 'i', 7),
                ('x', 'y', 1)]:
    g.add_edge(u, v, w)
print(len(g), list(g), g.bfs('a')[0], g.bfs('a')[1]['e'], list(g.dfs('a')))
print(g.components())
print(kruskal(g))
dag = Graph(directed=True)
for u, v in [('shirt', 'tie'), ('tie', 'jacket'), ('pants', 'shoes'), ('pants', 'belt'), ('belt', 'jacket'),
             ('shirt', 'belt'), ('socks', 'shoes'), ('undershorts', 'pants'), ('undershorts', 'shoes')]:
    dag.add_edge(u, v)
print(dag.topo_sort())
dag.add_edge('jacket', 'shirt')
try:
    dag.topo_sort()
except ValueError as e:
    print('ValueError:', e)
print(tarjan(dag))
