# Event-sourced shopping carts: events as JSON lines, replayed into dataclass aggregates;
# enum event types, copy.deepcopy snapshots, itertools.groupby projections, bisect for
# point-in-time queries, operator/heapq for reports, contextlib for a unit of work.
import json
import copy
import bisect
import heapq
import itertools
import operator
import contextlib
from dataclasses import dataclass, field, asdict
from enum import Enum
from typing import Dict, List


class Kind(str, Enum):
    CREATED = "created"
    ADDED = "added"
    REMOVED = "removed"
    CHECKED_OUT = "checked_out"


@dataclass
class Event:
    seq: int
    cart: str
    kind: Kind
    data: dict = field(default_factory=dict)

    def to_json(self):
        return json.dumps({"seq": self.seq, "cart": self.cart, "kind": self.kind.value, "data": self.data},
                          sort_keys=True)

    @staticmethod
    def from_json(line):
        d = json.loads(line)
        return Event(d["seq"], d["cart"], Kind(d["kind"]), d["data"])


@dataclass
class Cart:
    cid: str
    items: Dict[str, int] = field(default_factory=dict)
    closed: bool = False
    version: int = 0

    def apply(self, ev):
        if self.closed:
            raise RuntimeError(f"cart {self.cid} is closed (event {ev.seq})")
        if ev.kind is Kind.ADDED:
            self.items[ev.data["sku"]] = self.items.get(ev.data["sku"], 0) + ev.data["qty"]
        elif ev.kind is Kind.REMOVED:
            left = self.items.get(ev.data["sku"], 0) - ev.data["qty"]
            if left < 0:
                raise ValueError(f"cannot remove {ev.data['qty']} {ev.data['sku']}")
            if left:
                self.items[ev.data["sku"]] = left
            else:
                self.items.pop(ev.data["sku"], None)
        elif ev.kind is Kind.CHECKED_OUT:
            self.closed = True
        self.version = ev.seq


PRICES = {"tea": 450, "mug": 1200, "cake": 325, "jam": 600}


class Store:
    def __init__(self):
        self.log: List[str] = []
        self.seq = itertools.count(1)

    def emit(self, cart, kind, **data):
        ev = Event(next(self.seq), cart, kind, data)
        self.log.append(ev.to_json())
        return ev

    @contextlib.contextmanager
    def unit_of_work(self):
        mark = len(self.log)
        try:
            yield self
            replay(self.log)
        except (ValueError, RuntimeError) as e:
            print("  rollback:", e)
            del self.log[mark:]


def replay(lines, upto=None):
    carts = {}
    for line in lines:
        ev = Event.from_json(line)
        if upto is not None and ev.seq > upto:
            break
        if ev.kind is Kind.CREATED:
            carts[ev.cart] = Cart(ev.cart)
        else:
            carts[ev.cart].apply(ev)
    return carts


store = Store()
with store.unit_of_work() as s:
    s.emit("c1", Kind.CREATED)
    s.emit("c1", Kind.ADDED, sku="tea", qty=2)
    s.emit("c2", Kind.CREATED)
    s.emit("c2", Kind.ADDED, sku="mug", qty=1)
    s.emit("c1", Kind.ADDED, sku="cake", qty=3)
with store.unit_of_work() as s:
    s.emit("c1", Kind.REMOVED, sku="cake", qty=5)
with store.unit_of_work() as s:
    s.emit("c2", Kind.ADDED, sku="jam", qty=2)
    s.emit("c2", Kind.CHECKED_OUT)
with store.unit_of_work() as s:
    s.emit("c2", Kind.ADDED, sku="tea", qty=1)
with store.unit_of_work() as s:
    s.emit("c1", Kind.REMOVED, sku="tea", qty=2)
print(len(store.log), "events;", store.log[1])

carts = replay(store.log)
for cid, cart in sorted(carts.items()):
    total = sum(PRICES[k] * q for k, q in cart.items.items())
    print(cid, asdict(cart), f"total={total / 100:.2f}")

seqs = [Event.from_json(l).seq for l in store.log]
for t in (2, 5, 7, 100):
    i = bisect.bisect_right(seqs, t)
    snap = replay(store.log[:i])
    print(f"at seq {t}: " + "; ".join(f"{c}={dict(sorted(v.items.items()))}{' closed' if v.closed else ''}"
                                     for c, v in sorted(snap.items())))

events = sorted((Event.from_json(l) for l in store.log), key=operator.attrgetter("cart", "seq"))
for cart, evs in itertools.groupby(events, key=operator.attrgetter("cart")):
    evs = list(evs)
    print(cart, [e.kind.value for e in evs], max(evs, key=operator.attrgetter("seq")).seq)
kinds = [(k.value, len(list(g))) for k, g in itertools.groupby(sorted(e.kind for e in events))]
print(kinds)

snap = copy.deepcopy(carts)
snap["c1"].items["tea"] = 99
print(carts["c1"].items.get("tea"), snap["c1"].items["tea"], snap["c2"] == carts["c2"])
lines = [(PRICES[sku] * q, cid, sku) for cid, c in carts.items() for sku, q in c.items.items()]
print(heapq.nlargest(2, lines), heapq.nsmallest(1, lines))
print(Kind("added") is Kind.ADDED, Kind.ADDED == "added", json.dumps([Kind.CREATED]), f"{Kind.REMOVED.value}")
try:
    Event.from_json('{"seq": 1, "cart": "x", "kind": "exploded", "data": {}}')
except ValueError as e:
    print("ValueError", e)
