# Package dependency resolver: re (version specs) + functools.total_ordering/cache
# + heapq (Kahn topological order) + dataclasses + json lockfile + textwrap report.
import re
import json
import heapq
import textwrap
import functools
from dataclasses import dataclass, field
from collections import defaultdict
from typing import Dict, List, Tuple

SPEC = re.compile(r"^\s*(?P<name>[A-Za-z][\w.-]*)\s*(?:(?P<op>==|>=|<=|~=|<|>|!=)\s*(?P<ver>\d+(?:\.\d+)*))?\s*$")


@functools.total_ordering
class Version:
    def __init__(self, text):
        self.text = text
        self.parts = tuple(int(p) for p in text.split("."))

    def _key(self):
        p = list(self.parts)
        while p and p[-1] == 0:
            p.pop()
        return tuple(p)

    def __eq__(self, other):
        return self._key() == other._key()

    def __lt__(self, other):
        return self._key() < other._key()

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        return self.text


def satisfies(v, op, want):
    w = Version(want)
    if op == "~=":
        prefix = w.parts[:-1]
        return v >= w and v.parts[:len(prefix)] == prefix
    return {"==": v == w, "!=": v != w, ">=": v >= w, "<=": v <= w, "<": v < w, ">": v > w}[op]


INDEX = {
    "app": {"1.0": ["web>=2.0", "db~=1.4", "log"]},
    "web": {"1.9": ["log"], "2.0": ["log>=1.1", "tmpl<3"], "2.1": ["log>=1.2", "tmpl>=3"]},
    "db": {"1.3": [], "1.4.2": ["log"], "1.5": ["log", "pool==0.9"], "2.0": ["log"]},
    "tmpl": {"2.5": [], "3.0": ["log"]},
    "log": {"1.0": [], "1.1": [], "1.2.0": []},
    "pool": {"0.9": [], "1.0": []},
}


@dataclass
class Resolution:
    pins: Dict[str, str] = field(default_factory=dict)
    edges: Dict[str, List[str]] = field(default_factory=lambda: defaultdict(list))
    log: List[str] = field(default_factory=list)


def parse(req):
    m = SPEC.match(req)
    if not m:
        raise ValueError(f"bad requirement {req!r}")
    return m.group("name"), m.group("op"), m.group("ver")


@functools.cache
def candidates(name):
    return tuple(sorted((Version(v) for v in INDEX[name]), reverse=True))


def resolve(root):
    res = Resolution()
    constraints = defaultdict(list)

    def visit(req, parent):
        name, op, ver = parse(req)
        if op:
            constraints[name].append((op, ver, parent))
        res.edges[parent].append(name)
        ok = [v for v in candidates(name) if all(satisfies(v, o, w) for o, w, _ in constraints[name])]
        if not ok:
            why = ", ".join(f"{o}{w} (from {p})" for o, w, p in constraints[name])
            raise LookupError(f"no version of {name} satisfies {why}")
        best = ok[0]
        if res.pins.get(name) == best.text:
            return
        if name in res.pins:
            res.log.append(f"repin {name} {res.pins[name]} -> {best}")
        res.pins[name] = best.text
        for dep in INDEX[name][best.text]:
            visit(dep, name)

    visit(root, "<root>")
    return res


def topo(res):
    indeg = {n: 0 for n in res.pins}
    rev = defaultdict(set)
    for parent, kids in res.edges.items():
        if parent == "<root>":
            continue
        for k in set(kids):
            indeg[parent] += 1
            rev[k].add(parent)
    ready = [n for n, d in indeg.items() if d == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        n = heapq.heappop(ready)
        order.append(n)
        for p in sorted(rev[n]):
            indeg[p] -= 1
            if indeg[p] == 0:
                heapq.heappush(ready, p)
    return order


res = resolve("app")
print(sorted(res.pins.items()))
print(res.log)
print("install order:", topo(res))
print({k: sorted(set(v)) for k, v in sorted(res.edges.items())})
lock = json.dumps({"root": "app", "packages": [{"name": n, "version": res.pins[n]} for n in topo(res)]}, indent=2)
print(lock)
print(json.loads(lock)["packages"][-1])
print(candidates.cache_info() if hasattr(candidates, "cache_info") else "")

for req in ["web>=2.1", "db>=2.0", "db==1.3", "tmpl<2", "nope!!"]:
    INDEX["probe"] = {"0.1": [req]}
    candidates.cache_clear()
    try:
        r = resolve("probe")
        print(f"{req:<10} ok:", " ".join(f"{k}={v}" for k, v in sorted(r.pins.items())))
    except (LookupError, ValueError) as e:
        print(f"{req:<10} {type(e).__name__}: {e}")

vs = [Version(s) for s in ["1.0", "1.0.0", "1.10", "1.2", "0.9.9", "2"]]
print(sorted(vs), max(vs), len(set(vs)), Version("1.0") == Version("1"), Version("1.2") <= Version("1.10"))
print([satisfies(Version(v), "~=", "1.4") for v in ["1.4", "1.4.9", "1.5", "2.0", "1.3"]])
report = "Resolved " + ", ".join(f"{k} {v}" for k, v in sorted(res.pins.items())) + \
    f" for app in {len(res.pins)} packages with {len(res.log)} repins."
print(textwrap.fill(report, 40, initial_indent="| ", subsequent_indent="| "))
