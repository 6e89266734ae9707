from dataclasses import dataclass, field
from typing import ClassVar, List, Optional
from enum import Enum, auto
import typing
class Kind(Enum):
    A = auto()
    B = auto()
@dataclass
class Item:
    name: str
    kind: Kind = Kind.A
    tags: List[str] = field(default_factory=list)
    parent: Optional["Item"] = None
    count: ClassVar[int] = 0
print(Item("x"), Item("y", Kind.B, ["t"]))
print(typing.get_type_hints(Item))
@dataclass(frozen=True, order=True)
class P:
    x: int
    y: int | None = None
print(P(1) < P(2), P(1, 2))
