# Object graph tools: copy (custom hooks, cycles, memo) + weak-free registries
# + collections + functools.total_ordering + json for snapshots.
import copy
import json
from collections import deque, defaultdict, UserDict, UserList
from functools import total_ordering


class Node:
    def __init__(self, name):
        self.name = name
        self.edges = []
        self.meta = {"visits": 0}

    def link(self, other):
        self.edges.append(other)
        return self

    def __repr__(self):
        return f"Node({self.name}->{[e.name for e in self.edges]})"


class Handle:
    """Pretends to be an OS resource: copying shares it."""
    opened = 0

    def __init__(self):
        Handle.opened += 1
        self.no = Handle.opened

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class Config:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def __getstate__(self):
        state = self.__dict__.copy()
        state.pop("cache", None)
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = "rebuilt"


class Bag(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)


class History(UserList):
    def last(self):
        return self.data[-1] if self.data else None


@total_ordering
class Ver:
    def __init__(self, *p):
        self.p = p

    def __eq__(self, o):
        return self.p == o.p

    def __lt__(self, o):
        return self.p < o.p

    def __hash__(self):
        return hash(self.p)

    def __repr__(self):
        return "Ver" + repr(self.p)


a, b, c = Node("a"), Node("b"), Node("c")
a.link(b).link(c)
b.link(c)
c.link(a)
g2 = copy.deepcopy(a)
print(g2, g2.edges[0], g2.edges[1] is g2.edges[0].edges[0], g2.edges[1].edges[0] is g2)
print(g2 is not a, g2.edges[0] is not b)
g3 = copy.copy(a)
print(g3.edges is a.edges, g3.meta is a.meta)

lst = [1, [2, 3]]
lst.append(lst)
cp = copy.deepcopy(lst)
print(cp[2] is cp, cp[1] is not lst[1], len(cp))
shared = [0]
pair = (shared, shared)
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is not shared, copy.deepcopy((1, "x")) == (1, "x"))
memo = {}
x = copy.deepcopy({"k": shared}, memo)
print(id(shared) in memo, x["k"] == [0])

h = Handle()
holder = {"h": h, "data": [1, 2]}
hc = copy.deepcopy(holder)
print(hc["h"] is h, hc["data"] is not holder["data"], Handle.opened)
cfg = Config(name="svc", ports=[80, 443], cache={"big": 1})
cfg2 = copy.deepcopy(cfg)
cfg3 = copy.copy(cfg)
print(cfg2.name, cfg2.ports, cfg2.cache, cfg3.cache, cfg2.ports is cfg.ports, cfg3.ports is cfg.ports)
print(copy.copy(42), copy.copy("s"), copy.deepcopy(frozenset({1})), copy.copy(range(3)), copy.deepcopy(Ver(1, 2)))

bag = Bag()
bag["Apple"] = 1
bag["BANANA"] = 2
bag.update({"Cherry": 3})
print(dict(bag), "apple" in bag, len(bag), bag.get("APPLE"), sorted(bag.keys()))
bag2 = copy.deepcopy(bag)
bag2["Date"] = 4
print(len(bag), len(bag2), type(bag2).__name__)
hist = History([1, 2])
hist.append(3)
hist.extend(History([4]))
print(hist, hist.last(), hist[1:], type(hist[1:]).__name__, hist + [5], len(hist), hist.count(2))

vs = {Ver(1, 0), Ver(1, 2), Ver(0, 9), Ver(1, 0)}
print(sorted(vs), max(vs), Ver(2) > Ver(1, 9), Ver(1) <= Ver(1))

graph = defaultdict(list)
for n in (a, b, c):
    for e in n.edges:
        graph[n.name].append(e.name)


def bfs(start):
    seen, order, q = {start}, [], deque([start])
    while q:
        cur = q.popleft()
        order.append(cur)
        for nxt in graph[cur]:
            if nxt not in seen:
                seen.add(nxt)
                q.append(nxt)
    return order


print(dict(graph), bfs("a"), bfs("c"))
snap = json.dumps({k: sorted(v) for k, v in graph.items()}, sort_keys=True)
restored = json.loads(snap)
print(snap, restored == dict(graph))
q = deque([1, 2, 3])
q.extendleft([0, -1])
q.rotate(-2)
print(q, q.index(3), q.count(1), q[0], q[-1])
q.remove(2)
q.reverse()
print(q, copy.copy(q), list(copy.deepcopy(q)) == list(q))
try:
    deque([1], maxlen=-1)
except ValueError as e:
    print("ValueError", e)
