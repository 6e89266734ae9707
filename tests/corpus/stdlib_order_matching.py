# Order matching engine: dataclasses + enum + heapq + bisect(key=)
# + itertools + collections (dispatch by isinstance; match/case is not supported).
import heapq
import bisect
import itertools
from dataclasses import dataclass, field
from enum import Enum
from collections import defaultdict, Counter, namedtuple


class Side(Enum):
    BUY = "B"
    SELL = "S"


@dataclass(order=True)
class Order:
    sort_key: tuple = field(init=False, repr=False)
    oid: int
    side: Side = field(compare=False)
    price: int = field(compare=False)
    qty: int = field(compare=False)
    trader: str = field(compare=False, default="?")

    def __post_init__(self):
        # buys: highest price first; sells: lowest first; then time priority
        p = -self.price if self.side is Side.BUY else self.price
        self.sort_key = (p, self.oid)


Fill = namedtuple("Fill", "buy sell price qty", defaults=[0])
Cmd = namedtuple("Cmd", "op args")


class Book:
    def __init__(self):
        self.bids, self.asks = [], []
        self.fills = []
        self.ids = itertools.count(1)

    def submit(self, side, price, qty, trader):
        o = Order(next(self.ids), side, price, qty, trader)
        book, other = (self.bids, self.asks) if side is Side.BUY else (self.asks, self.bids)
        while o.qty and other:
            best = other[0]
            crosses = (best.price <= o.price) if side is Side.BUY else (best.price >= o.price)
            if not crosses:
                break
            q = min(o.qty, best.qty)
            b, s = (o, best) if side is Side.BUY else (best, o)
            self.fills.append(Fill(b.oid, s.oid, best.price, q))
            o.qty -= q
            best.qty -= q
            if not best.qty:
                heapq.heappop(other)
        if o.qty:
            heapq.heappush(book, o)
        return o.oid

    def depth(self):
        agg = {"B": defaultdict(int), "S": defaultdict(int)}
        for o in self.bids + self.asks:
            agg[o.side.value][o.price] += o.qty
        return {k: sorted(v.items()) for k, v in agg.items()}


def execute(book, cmd):
    op, args = cmd
    if op == "buy" and len(args) == 3:
        price, qty, who = args
        return f"buy #{book.submit(Side.BUY, price, qty, who)}"
    if op == "sell":
        price, qty, who = args
        if qty > 0:
            return f"sell #{book.submit(Side.SELL, price, qty, who)}"
        return "rejected: bad qty"
    if op == "depth" and args == ():
        return f"depth {book.depth()}"
    return f"unknown {op}"


book = Book()
script = [
    Cmd("sell", (101, 5, "ann")), Cmd("sell", (103, 2, "bob")), Cmd("buy", (99, 4, "cy")),
    Cmd("buy", (101, 3, "dee")), Cmd("depth", ()), Cmd("buy", (104, 6, "eve")),
    Cmd("sell", (98, 10, "fay")), Cmd("sell", (100, 0, "gus")), Cmd("halt", ()), Cmd("depth", ()),
]
for c in script:
    print(execute(book, c))
for f in book.fills:
    print(" ", f)
vol = Counter()
for f in book.fills:
    vol[f.price] += f.qty
print(sorted(vol.items()), vol.total(), Fill(1, 2, 3))
vwap = sum(f.price * f.qty for f in book.fills) / sum(f.qty for f in book.fills)
print(f"vwap={vwap:.4f}")

# price ladders with bisect key=
levels = sorted([(100, "a"), (95, "b"), (105, "c"), (110, "d")], key=lambda t: t[0])
for px in (94, 95, 101, 110, 120):
    i = bisect.bisect_left(levels, px, key=lambda t: t[0])
    print(px, i, levels[i][1] if i < len(levels) else None)
bisect.insort(levels, (102, "e"), key=lambda t: t[0])
print(levels)


def classify(x):
    if isinstance(x, Order):
        if x.side is Side.BUY and x.price > 100:
            return "aggressive buy"
        if x.side in (Side.BUY, Side.SELL) and x.qty == 0:
            return "filled"
    elif isinstance(x, Fill):
        return f"fill {x.qty}@{x.price}"
    elif isinstance(x, dict) and x.get("type") == "cancel" and isinstance(x.get("id"), int):
        return f"cancel {x['id']}"
    elif isinstance(x, list) and x:
        first, *rest = x
        return f"batch of {1 + len(rest)} starting {first}"
    elif isinstance(x, Side):
        return f"side {x.name}"
    return "other"


for x in [Order(1, Side.BUY, 105, 1), Order(2, Side.SELL, 90, 0), Fill(1, 2, 100, 7),
          {"type": "cancel", "id": 9}, [1, 2, 3], Side.SELL, 3.5, Order(3, Side.SELL, 90, 4)]:
    print(classify(x))
nt = namedtuple("Row", ["a", "def", "a"], rename=True)
print(nt._fields, nt(1, 2, 3))
print(Counter("aab") <= Counter("aabb"), Counter(a=1) == Counter(a=1, b=0), Counter("bca").most_common())
