# Inventory system: dataclasses + enum + typing + json round-trips.
import json
from dataclasses import dataclass, field, asdict, astuple, replace, fields
from enum import Enum, IntEnum, auto
from typing import List, Dict, Optional


class Category(Enum):
    TOOL = "tool"
    FOOD = "food"
    TOY = "toy"


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


@dataclass
class Item:
    sku: str
    name: str
    category: Category
    price_cents: int
    qty: int = 0
    tags: List[str] = field(default_factory=list)

    def value(self) -> int:
        return self.price_cents * self.qty


@dataclass(frozen=True)
class Location:
    aisle: int
    shelf: str


@dataclass(order=True)
class Restock:
    priority: int
    sku: str = field(compare=False)
    amount: int = field(default=10, compare=False)


class Inventory:
    def __init__(self) -> None:
        self.items: Dict[str, Item] = {}
        self.where: Dict[str, Location] = {}

    def add(self, item: Item, loc: Optional[Location] = None) -> None:
        if item.sku in self.items:
            raise KeyError(f"duplicate sku {item.sku}")
        self.items[item.sku] = item
        if loc is not None:
            self.where[item.sku] = loc

    def total(self) -> int:
        return sum(i.value() for i in self.items.values())

    def by_category(self) -> Dict[Category, List[str]]:
        out: Dict[Category, List[str]] = {}
        for it in self.items.values():
            out.setdefault(it.category, []).append(it.sku)
        return out

    def to_json(self) -> str:
        rows = []
        for it in self.items.values():
            d = asdict(it)
            d["category"] = it.category.value
            rows.append(d)
        return json.dumps(rows, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> "Inventory":
        inv = cls()
        for d in json.loads(text):
            d["category"] = Category(d["category"])
            inv.add(Item(**d))
        return inv


inv = Inventory()
inv.add(Item("H1", "hammer", Category.TOOL, 1299, 4, ["steel"]), Location(3, "B"))
inv.add(Item("A1", "apple", Category.FOOD, 45, 120), Location(1, "A"))
inv.add(Item("Y1", "yo-yo", Category.TOY, 350, 0, ["kids", "retro"]))
inv.add(Item("S1", "saw", Category.TOOL, 2450, 2))

for it in inv.items.values():
    print(it)
print("total value:", inv.total())
print({c.name: skus for c, skus in inv.by_category().items()})
try:
    inv.add(Item("A1", "again", Category.FOOD, 1))
except KeyError as e:
    print("KeyError", e)

loc = inv.where["H1"]
print(loc, hash(loc) == hash(Location(3, "B")), loc == Location(3, "B"))
try:
    loc.aisle = 9
except Exception as e:
    print(type(e).__name__, e)
print(replace(loc, shelf="C"))
print(astuple(inv.items["Y1"]))
print([f.name for f in fields(Item)])

text = inv.to_json()
print(text)
inv2 = Inventory.from_json(text)
print(inv2.items == inv.items, inv2.total())

reorders = sorted(Restock(Priority.HIGH if it.qty == 0 else Priority.LOW, it.sku)
                  for it in inv.items.values())
print([(r.priority, r.sku) for r in reorders])
print(Restock(1, "x") == Restock(1, "y"), Restock(1, "x") < Restock(2, "a"))

print(list(Category), Category("food"), Category["TOY"].value)
print(Priority.HIGH > Priority.LOW, Priority(2), Priority.MEDIUM + 1, int(Priority.HIGH))
print([p.name for p in sorted(Priority, reverse=True)])
print(repr(Category.TOOL), str(Priority.LOW), isinstance(Priority.LOW, int))
try:
    Category("metal")
except ValueError as e:
    print("ValueError", e)


class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = auto()


print([(c.name, c.value) for c in Color], len(Color), Color.RED in Color)
print(Color.__members__.keys() and list(Color.__members__))
print(json.dumps({"p": Priority.HIGH, "n": None, "f": 1.5, "t": True, "u": "\u00e9"}))
print(json.dumps({"p": Priority.HIGH}, ensure_ascii=False))
