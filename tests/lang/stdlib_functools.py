# functools: reduce, partial, partialmethod, lru_cache, cache, wraps, total_ordering,
# cmp_to_key, cached_property, singledispatch.
import functools
from functools import *

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 1), reduce(max, [3, 9, 2]))
print(reduce(lambda a, b: a + b, ["x"]), reduce(lambda a, b: a - b, range(5), 100))

def f(a, b, c=0, *, d=1):
    return (a, b, c, d)

p = partial(f, 1)
print(p(2), p(2, 3, d=5), p.func is f, p.args, p.keywords)
p2 = partial(p, 2, d=7)
print(p2(), p2.func is f, p2.args, p2.keywords, p2(c=9, d=8))
p3 = partial(f, b=4)
print(p3(1), p3(1, b=5))
print(repr(partial(len, [1, 2])), repr(partial(max, 1, key=abs)))

class MyPartial(partial):
    pass

print(repr(MyPartial(len, "abc")), MyPartial(len, "abc")())
print(partial(int, base=2)("101"), list(map(partial(pow, 2), range(5))))
pa = partial(f, 1)
print(vars(pa))
pa.note = "n"
pb = partial(pa, 2)
print(pb.func is pa, pb.args, vars(pb), pb(3))

class Cell:
    def __init__(self):
        self._alive = False

    def set_state(self, state):
        self._alive = bool(state)

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)

c = Cell()
c.set_alive()
print(c._alive)
c.set_dead()
print(c._alive)

calls = []

@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x

print(sq(2), sq(3), sq(2), sq(4), sq(3), sq(2))
print(calls, sq.cache_info())
print(sq.cache_info().hits, sq.cache_info().currsize, sq.cache_parameters(), sq.__wrapped__(5))
sq.cache_clear()
print(sq.cache_info())

@lru_cache
def fib(n):
    """Fibonacci."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info(), fib.__name__, fib.__doc__)

@lru_cache(maxsize=None, typed=True)
def ident(x):
    return type(x).__name__

print(ident(1), ident(1.0), ident(True), ident.cache_info(), ident.cache_parameters())

@lru_cache(maxsize=0)
def nocache(x):
    return x

print(nocache(1), nocache(1), nocache.cache_info())

@cache
def fact(n):
    return n * fact(n - 1) if n else 1

print(fact(20), fact.cache_info())

@lru_cache()
def kw(a, b=2, **k):
    return a + b + sum(k.values())

print(kw(1), kw(1, b=2), kw(a=1), kw(1, 2), kw(1, x=3), kw.cache_info())

class Obj:
    @lru_cache(maxsize=8)
    def meth(self, x):
        return x * 10

o = Obj()
print(o.meth(3), o.meth(3), Obj.meth.cache_info())

def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return fn(*a, **k)
    return inner

@deco
def documented(x):
    """Doc string."""
    return x + 1

documented.__dict__["extra"] = 1
print(documented(1), documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented.__qualname__)
print(WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES)

def wrapper_fn():
    pass

def wrapped_fn():
    "wrapped"

wrapped_fn.attr = 5
update_wrapper(wrapper_fn, wrapped_fn)
print(wrapper_fn.__name__, wrapper_fn.__doc__, wrapper_fn.attr, wrapper_fn.__wrapped__ is wrapped_fn)

@total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        return self.n < other.n

a, b = Version(1), Version(2)
print(a < b, a > b, a <= b, a >= b, a <= Version(1), b >= a, a == Version(1))

@total_ordering
class G:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __ge__(self, other):
        return self.n >= other.n

print(G(1) < G(2), G(1) > G(2), G(2) <= G(2), G(3) >= G(2))

def cmp(a, b):
    return (a > b) - (a < b)

print(sorted([5, 2, 9, 1], key=cmp_to_key(cmp)), sorted([5, 2, 9, 1], key=cmp_to_key(lambda a, b: b - a)))
k = cmp_to_key(cmp)
print(k(1) < k(2), k(1) == k(1), k(3) >= k(2))

class Data:
    def __init__(self, v):
        self.v = v

    @cached_property
    def total(self):
        print("computing")
        return self.v * 2

d = Data(21)
print(d.total, d.total, "total" in d.__dict__)
del d.total
print(d.total, Data.total.attrname, type(Data.total).__name__)

@singledispatch
def show(x):
    return "object %r" % (x,)

@show.register(int)
def _(x):
    return "int %d" % x

@show.register
def _(x: list):
    return "list of %d" % len(x)

show.register(str, lambda x: "str " + x)
print(show(1), show(True), show([1, 2]), show("s"), show(1.5), show.dispatch(bool) is show.dispatch(int))
print(show.registry[object] is show.__wrapped__)

class Dispatcher:
    @singledispatchmethod
    def handle(self, arg):
        return "default"

    @handle.register
    def _(self, arg: int):
        return "int"

print(Dispatcher().handle(1), Dispatcher().handle("x"))

def err(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: reduce(lambda a, b: a, []))
err(lambda: reduce(lambda a, b: a))
err(lambda: reduce(lambda a, b: a, 1))
err(lambda: partial(1))
err(lambda: partial())
err(lambda: lru_cache("x"))
err(lambda: show())
err(lambda: total_ordering(type("E", (), {})))

class Slotted:
    __slots__ = ("a",)

    @cached_property
    def x(self):
        return 1

err(lambda: Slotted().x)
