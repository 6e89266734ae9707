# dataclasses (checked against CPython 3.11)
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, is_dataclass, MISSING,
                         FrozenInstanceError, InitVar, KW_ONLY, make_dataclass)


def err(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(3), Point(x=4, y=5), p == Point(1, 2), p != Point(1, 3), p == (1, 2))
print(Point.__doc__, Point.__match_args__, Point.__hash__, Point.__init__.__qualname__)
err(lambda: Point())
err(lambda: Point(1, 2, 3))
err(lambda: Point(1, z=3))
err(lambda: p < Point(2, 2))
p.x = 10; print(p)
print([f.name for f in fields(Point)], [f.type for f in fields(p)], fields(p)[1].default)
print(fields(Point)[0].default is MISSING, is_dataclass(Point), is_dataclass(p), is_dataclass(1))
print(asdict(p), astuple(p), replace(p, y=7), p)
err(lambda: fields(1))
err(lambda: asdict(Point))
err(lambda: astuple(3))
err(lambda: replace(p, z=1))


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tag: str = field(default='', compare=False)


v1 = Version(1, 2); v2 = Version(1, 10, 'rc')
print(v1 < v2, v1 <= v2, v1 > v2, v2 >= v1, sorted([v2, v1]), v1 == Version(1, 2, 'x'))
print(hash(v1) == hash(Version(1, 2)), {v1: 'a'}[Version(1, 2)])
err(lambda: setattr(v1, 'major', 3))
err(lambda: delattr(v1, 'major'))
err(lambda: setattr(v1, 'other', 3))
err(lambda: v1 < (1, 2))


@dataclass
class Inventory:
    items: list = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)
    total: int = field(default=0, init=False)
    secret: str = field(default='s', repr=False, metadata={'doc': 'hidden'})
    label = "inv"


a = Inventory(); b = Inventory([1])
a.items.append(5)
print(a, b, a.items is not b.items, Inventory.label, fields(Inventory)[3].metadata['doc'])
print([f.name for f in fields(Inventory)], Inventory.__match_args__)
err(lambda: Inventory(total=3))
err(lambda: replace(a, total=1))


def bad_mutable():
    @dataclass
    class Bad:
        x: list = []
err(bad_mutable)


def bad_order():
    @dataclass
    class Bad:
        x: int = 0
        y: int
err(bad_order)
err(lambda: field(default=1, default_factory=list))


def bad_noann():
    @dataclass
    class Bad:
        x = field(default=1)
err(bad_noann)


def bad_eq_order():
    @dataclass(eq=False, order=True)
    class Bad:
        x: int
err(bad_eq_order)


@dataclass
class WithPost:
    a: int
    b: int = 0
    scale: InitVar[int] = 1
    c: int = field(init=False)

    def __post_init__(self, scale):
        self.c = (self.a + self.b) * scale


w = WithPost(1, 2, 10)
print(w, WithPost(3), [f.name for f in fields(w)], WithPost.__match_args__)
print(replace(w, a=5, scale=2))


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Derived(Base):
    z: int = 2
    x: int = 5


print(Derived(), Derived(1, 2, 3), [f.name for f in fields(Derived)], Derived.__doc__)


@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2


print(KW(a=1), KW.__match_args__, KW.__doc__)
err(lambda: KW(1))


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3
    d: int = field(default=4, kw_only=False)


print(Mixed(1, 9, b=2), Mixed.__match_args__, Mixed.__doc__)


@dataclass(eq=False)
class NoEq:
    x: int


print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)


@dataclass(unsafe_hash=True)
class UH:
    x: int
    y: list = field(default=None, hash=False)


print(hash(UH(3)) == hash((3,)), UH(3) == UH(3))


@dataclass(repr=False, init=False)
class Custom:
    x: int = 3

    def __repr__(self):
        return 'Custom!'


print(Custom(), Custom().x)


@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)


n = Node(1, [Node(2), Node(3, [Node(4)])])
print(n)
print(asdict(n))
print(astuple(n))
n.children.append(n)
print(n)


@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 2


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))
err(lambda: setattr(s, 'z', 1))


@dataclass(frozen=True)
class FrozenBase:
    x: int


def bad_inherit():
    @dataclass
    class NotFrozen(FrozenBase):
        y: int
err(bad_inherit)


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty(), fields(Empty), Empty.__doc__)
MD = make_dataclass('MD', [('x', int), ('y', int, field(default=5))])
print(MD(1), MD.__name__)


@dataclass
class Strs:
    name: str
    tags: tuple = ()


print(Strs('a"b'), repr(Strs('x', ('a', 1))))


class Plain:
    pass


@dataclass
class Outer:
    @dataclass
    class Inner:
        v: int = 0
    inner: 'Outer.Inner' = None


print(Outer(Outer.Inner(3)), Outer.Inner.__qualname__)
