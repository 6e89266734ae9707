# functools.singledispatch with union types; typing.Union vs int | str equality and hashing.
import functools, typing
@functools.singledispatch
def f(x): return "default"
@f.register
def _(x: int | str): return "int|str"
@f.register(float | bytes)
def _(x): return "float|bytes"
print(f(1), f("s"), f(1.5), f(b"x"), f([]))
print(typing.Union[int, float] == (int | float), (int | float) == typing.Union[int, float])
print(typing.Union[int, float] == typing.Union[float, int], hash(typing.Union[int, float]) == hash(int | float))
import typing
@f.register(typing.Union[list, dict])
def _(x): return "list|dict"
print(f([]), f({}), f(()))
for bad in (int | list[int], typing.Union[int, typing.List[int]], 3):
    try:
        f.register(bad, lambda x: 0)
    except TypeError as e:
        print("TypeError", e)
try:
    @f.register
    def _(x: int | list[int]): return 0
except TypeError as e:
    print("TypeError", e)
print(sorted(k.__name__ for k in f.registry))
class A:
    @functools.singledispatchmethod
    def m(self, x): return "m-default"
    @m.register
    def _(self, x: int | float): return "m-num"
print(A().m(1), A().m(2.5), A().m("s"))
print(typing.Union[int, None] == (int | None), typing.Union[int, str] != (str | int), typing.Union[int, str] == (int | float))
print((int | str) == typing.Union[str, int], {typing.Union[int, str]: 1}.get(int | str))
print(type(int | str).__name__, type(int | str).__module__, type(list[int]).__name__, type(list[int]).__qualname__, type(int | str))
print(hash(int | str) == hash(frozenset((int, str))))
