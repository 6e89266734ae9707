# Typing-annotated generic containers: typing + dataclasses + abc + operator.
from typing import (TypeVar, Generic, Iterator, Iterable, Callable, Optional, Union,
                    Any, List, Dict, Tuple, NamedTuple, Protocol, cast, overload,
                    get_type_hints, Sequence, Mapping, ClassVar)
from dataclasses import dataclass
from collections.abc import MutableSequence, Mapping as ABCMapping, Iterable as ABCIterable
import operator

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
N = TypeVar("N", int, float)


class Stack(Generic[T]):
    def __init__(self, items: Optional[Iterable[T]] = None) -> None:
        self._items: List[T] = list(items or [])

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty Stack")
        return self._items.pop()

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)

    def __repr__(self) -> str:
        return f"Stack({self._items!r})"


class TypedList(MutableSequence):
    def __init__(self, kind, data=()):
        self.kind = kind
        self.data = []
        self.extend(data)

    def _check(self, v):
        if not isinstance(v, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(v).__name__}")
        return v

    def __getitem__(self, i):
        return self.data[i]

    def __setitem__(self, i, v):
        self.data[i] = self._check(v)

    def __delitem__(self, i):
        del self.data[i]

    def __len__(self):
        return len(self.data)

    def insert(self, i, v):
        self.data.insert(i, self._check(v))

    def __repr__(self):
        return f"TypedList[{self.kind.__name__}]{self.data}"


class Pair(NamedTuple):
    key: str
    value: int = 0

    def swap(self) -> Tuple[int, str]:
        return (self.value, self.key)


class Shape(Protocol):
    def area(self) -> float: ...


@dataclass
class Rect:
    w: float
    h: float
    unit: ClassVar[str] = "cm"

    def area(self) -> float:
        return self.w * self.h


def total_area(shapes: Sequence[Shape]) -> float:
    return sum(s.area() for s in shapes)


def first(xs: Iterable[T], pred: Callable[[T], bool]) -> Optional[T]:
    for x in xs:
        if pred(x):
            return x
    return None


def add(a: N, b: N) -> N:
    return a + b


s: Stack[int] = Stack([1, 2])
s.push(3)
print(s, len(s), list(s), s.pop(), s)
try:
    Stack().pop()
except IndexError as e:
    print("IndexError", e)

tl = TypedList(int, [3, 1, 2])
tl.append(5)
tl += [7]
tl.insert(0, 0)
print(tl, tl.index(2), 7 in tl, tl.count(1), list(reversed(tl)))
tl.remove(3)
print(tl.pop(), tl)
try:
    tl.append("x")
except TypeError as e:
    print("TypeError", e)
print(isinstance(tl, MutableSequence), isinstance({}, ABCMapping), isinstance(s, ABCIterable))

p = Pair("a", 5)
print(p, p.swap(), Pair("b"), p._replace(value=9), p._asdict(), Pair._fields)
print(Pair._field_defaults, p.key, p[1], tuple(p))

print(total_area([Rect(2, 3), Rect(1.5, 2)]), Rect.unit)
print(first(range(10), lambda x: x * x > 20), first([], bool))
print(add(2, 3), add(1.5, 2.25))
print(cast(int, "not really"), cast("List[int]", [1]))

hints = get_type_hints(first)
print(sorted(hints))
print(get_type_hints(Rect))
print(Stack.__parameters__ if hasattr(Stack, "__parameters__") else None)
print(T.__name__, N.__constraints__)
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int])
print(List[int], Dict[str, List[int]], Optional[str], Callable[[int], str])
print(Pair.__annotations__)


def scoreboard(entries: Dict[str, List[int]]) -> List[Tuple[str, int]]:
    totals = [(name, sum(vals)) for name, vals in entries.items()]
    return sorted(totals, key=operator.itemgetter(1, 0), reverse=True)


board = scoreboard({"ann": [3, 4], "bo": [10], "cy": [2, 2, 3], "di": [7]})
print(board)
print(list(map(operator.itemgetter(0), board)), operator.attrgetter("key")(p))
print(sorted([Pair("x", 2), Pair("y", 1)], key=operator.attrgetter("value")))
up = operator.methodcaller("replace", "a", "A")
print(up("banana"), operator.add(2, 3), operator.mul("ab", 2), operator.neg(4))
print(operator.getitem([1, 2, 3], 1), operator.contains("abc", "b"), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.index(5), operator.not_(0), operator.is_(None, None), operator.pow(2, 10))
d = {"k": 1}
operator.setitem(d, "j", 2)
operator.delitem(d, "k")
print(d, operator.length_hint([1, 2, 3]), operator.iadd([1], [2]))
print(operator.attrgetter("w", "h")(Rect(4, 5)))
