# Decorators on functions and classes, closures as decorators, function attributes and annotations.
def trace(fn):
    def wrapper(*args, **kwargs):
        print('call', fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print('ret', fn.__name__, result)
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    wrapper.__wrapped__ = fn
    return wrapper

@trace
def add(a, b=0):
    """Add two numbers."""
    return a + b
add(1, b=2)
print(add.__name__, add.__doc__, add.__wrapped__(5, 5))

def repeat(n):
    def deco(fn):
        def inner(*a):
            return [fn(*a) for _ in range(n)]
        return inner
    return deco
@repeat(3)
def hello(name):
    return 'hi ' + name
print(hello('bob'))

# stacked decorators apply bottom-up; decorator expressions evaluate top-down
order = []
def mark(tag):
    order.append('eval ' + tag)
    def deco(fn):
        order.append('apply ' + tag)
        def w():
            return tag + '(' + fn() + ')'
        return w
    return deco
@mark('outer')
@mark('inner')
def base():
    return 'x'
print(order, base())

# decorator with state: counting calls via function attribute
def counted(fn):
    def w(*a, **k):
        w.calls += 1
        return fn(*a, **k)
    w.calls = 0
    return w
@counted
def sq(x):
    return x * x
print([sq(i) for i in range(4)], sq.calls)

# memoize decorator
def memo(fn):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    w.cache = cache
    return w
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))

# class decorators
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls
def with_repr(cls):
    def __repr__(self):
        return cls.__name__ + '(' + ', '.join(f'{k}={v!r}' for k, v in vars(self).items()) + ')'
    cls.__repr__ = __repr__
    return cls
@register
@with_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(registry, Point(1, 'a'))

# decorators on methods, staticmethod stacking
class Svc:
    def __repr__(self):
        return 'Svc()'
    @trace
    def run(self, v):
        return v * 2
    @staticmethod
    @trace
    def util(v):
        return -v
Svc().run(4)
Svc.util(3)

# arbitrary expression decorators (PEP 614)
decos = [trace, lambda f: f]
@decos[1]
def plain():
    return 'plain'
print(plain())

# function attributes
def documented(a: int, b: 'str' = 'x', *args: float, c: bool = True, **kw: dict) -> list:
    """Docstring here."""
    return []
print(documented.__name__, documented.__qualname__, documented.__doc__, documented.__module__)
print(documented.__defaults__, documented.__kwdefaults__)
print(documented.__annotations__)
documented.custom = 'attr'
print(documented.custom, documented.__dict__)
documented.__name__ = 'renamed'
print(documented.__name__, documented.__qualname__)
def no_ann(x):
    pass
print(no_ann.__annotations__, no_ann.__dict__, no_ann.__defaults__, no_ann.__kwdefaults__)
try:
    no_ann.__name__ = 5
except TypeError as e:
    print('TypeError:', e)

# variable annotations at module and class level
count: int = 5
label: str
print(__annotations__)
class Ann:
    a: int
    b: str = 'b'
    def m(self):
        local: int = 3
        return local
print(Ann.__annotations__, Ann.b, hasattr(Ann, 'a'), Ann().m())

# closures capture variables, not values
def make_counters():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    fixed = [lambda i=i: i for i in range(3)]
    return [f() for f in fns], [f() for f in fixed]
print(make_counters())
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c(), c.__closure__ is not None)

# decorator returning a class instance
class CallCounter:
    def __init__(self, fn):
        self.fn = fn
        self.n = 0
    def __call__(self, *a):
        self.n += 1
        return self.fn(*a)
@CallCounter
def double(x):
    return 2 * x
print(double(4), double(5), double.n, type(double).__name__)
