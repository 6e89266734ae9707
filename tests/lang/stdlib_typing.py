import collections.abc
import typing
from typing import *
T = TypeVar('T'); KT = TypeVar('KT', covariant=True); VT = TypeVar('VT', contravariant=True)
print(repr(T), repr(KT), repr(VT), repr(AnyStr))
print(Optional[int], Union[int, str], Union[int, str, None], Union[int], Optional[Union[int, str]], Union[int, Optional[str]])
print(List[int], Dict[str, int], Tuple[int, ...], Tuple[()], Tuple, List, Callable[[int, str], bool], Callable[..., int], Callable)
print(Set[int], FrozenSet[str], Type[int], Iterable[int], Iterator[str], Generator[int, None, None], Sequence[T], Mapping[str, T], MutableMapping, Deque[int], DefaultDict[str, int], Counter[str])
print(Any, NoReturn, ClassVar[int], Final[int], Literal[1, 'a'], Annotated[int, "meta"], Optional)
print(List[int] == List[int], List[int] == list[int], Union[int, str] == Union[str, int], hash(List[int]) == hash(List[int]))
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]), get_origin(int))
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box[int], Box[int](3).v, Box.__parameters__, Box.__mro__, Box[int].__origin__)
print(Dict[str, T][int], List[T][str])
UserId = NewType('UserId', int)
print(UserId, UserId(5), type(UserId(5)))
try: isinstance(1, List[int])
except TypeError as e: print(e)
print(isinstance([], List), isinstance({}, Mapping), issubclass(list, Sequence), isinstance(3, SupportsInt), isinstance("x", SupportsInt))


def show(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)


# Annotated programs run.
def greet(name: str, times: int = 1, *, sep: Optional[str] = None) -> List[str]:
    return [name] * times


print(greet("hi", 2), greet.__annotations__["return"], get_type_hints(greet))


class Node:
    value: int
    children: "List[Node]"
    parent: Optional["Node"] = None

    def __init__(self, value: int) -> None:
        self.value = value
        self.children = []


print(get_type_hints(Node))
print(Node.__annotations__["value"], Node(3).value)


# Protocols.
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


class Resource:
    def close(self):
        return "closed"


class NotResource:
    pass


print(isinstance(Resource(), Closable), isinstance(NotResource(), Closable), issubclass(Resource, Closable))
show(lambda: Closable())


class Sized2(Protocol):
    def size(self) -> int:
        ...

show(lambda: isinstance(1, Sized2))


class Impl(Sized2):
    def size(self):
        return 3

print(Impl().size())


class GenProto(Protocol[T]):
    def get(self) -> T:
        ...

print(GenProto.__parameters__, GenProto[int])


# NamedTuple.
class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = "p"

    def norm2(self):
        return self.x * self.x + self.y * self.y


p = Point(3, 4)
print(p, p.x, p[1], p.norm2(), Point(1), p._replace(x=0), Point._fields, Point.__annotations__)
print(p == (3, 4, "p"), isinstance(p, tuple), p._asdict())
Emp = NamedTuple("Emp", [("name", str), ("id", int)])
print(Emp("a", 1), Emp._fields)
show(lambda: Point())


def bad_nt():
    class Bad(NamedTuple):
        a: int = 1
        b: int
show(bad_nt)


# TypedDict.
class Movie(TypedDict):
    name: str
    year: int


class PartialMovie(TypedDict, total=False):
    rating: float


m = Movie(name="Blade Runner", year=1982)
print(m, type(m) is dict, Movie.__annotations__, sorted(Movie.__required_keys__), sorted(PartialMovie.__optional_keys__))
print(Movie.__total__, PartialMovie.__total__, is_typeddict(Movie), is_typeddict(dict))
Alt = TypedDict("Alt", {"a": int, "b": str})
print(Alt(a=1, b="x"), sorted(Alt.__required_keys__))
show(lambda: isinstance({}, Movie))


# Helpers.
print(cast(int, "not an int"), cast("List[int]", [1]))


@overload
def double(x: int) -> int:
    ...


@overload
def double(x: str) -> str:
    ...


def double(x):
    return x * 2


print(double(2), double("ab"))


@final
class Leaf:
    pass


@final
def fixed():
    return 1


print(Leaf.__final__, fixed.__final__, fixed())


@no_type_check
def untyped(a: "nonsense") -> "more nonsense":
    return a

print(untyped(5), get_type_hints(untyped))
print(TYPE_CHECKING, Text is str, typing.Hashable, typing.Sized, typing.AbstractSet[int], typing.Reversible[int])


# Generic with several parameters and inheritance.
K = TypeVar("K")
V = TypeVar("V")


class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V):
        self.k, self.v = k, v


class StrPair(Pair[str, V]):
    pass


print(Pair.__parameters__, StrPair.__parameters__, Pair[int, str], StrPair[int], StrPair("a", 1).v)
print(Pair[int, str].__args__, get_args(Pair[int, str]), get_origin(Pair[int, str]) is Pair)
show(lambda: Pair[int])
show(lambda: Generic[int])
show(lambda: List[int, str])


class MyList(List[int]):
    pass


ml = MyList([1, 2])
print(ml, MyList.__mro__[1], isinstance(ml, list))


class MyIterable(Iterable[T]):
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        return iter(self.items)


print(list(MyIterable([1, 2])), MyIterable[int], isinstance(MyIterable([]), collections.abc.Iterable))
show(lambda: Any())
show(lambda: isinstance(1, Any))
show(lambda: Union[()])
show(lambda: Union[int, str]())
show(lambda: List())
print(Literal[1, 2] == Literal[2, 1], Optional[int] == Union[int, None], Union[int, str] | None)
print(Callable[[int], str].__args__, get_args(Callable[[int], str]), get_args(Annotated[int, 1, 2]))
print(isinstance(3, Union[int, str]), isinstance(3.5, Optional[int]), isinstance(None, Optional[int]))
print(get_type_hints(Movie), AnyStr.__constraints__)
P = ParamSpec("P")
print(P, Callable[P, int], Concatenate[int, P])
