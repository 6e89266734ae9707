# Descriptors and decorators together: cached_property, a validated attribute descriptor, classmethod factories, and a timing-free profiler.
class cached_property:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value

class Positive:
    def __set_name__(self, owner, name):
        self.private = '_' + name
        self.public = name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        if not isinstance(value, (int, float)) or value <= 0:
            raise ValueError(f'{self.public} must be a positive number, got {value!r}')
        setattr(obj, self.private, value)
        obj.__dict__.pop('area', None)
        obj.__dict__.pop('diagonal', None)

CALLS = {}
def counted(fn):
    def wrapper(*a, **k):
        CALLS[fn.__qualname__] = CALLS.get(fn.__qualname__, 0) + 1
        return fn(*a, **k)
    wrapper.__name__, wrapper.__qualname__, wrapper.__doc__ = fn.__name__, fn.__qualname__, fn.__doc__
    return wrapper

class Rect:
    width = Positive()
    height = Positive()
    def __init__(self, width, height):
        self.width, self.height = width, height
    @classmethod
    def square(cls, side):
        return cls(side, side)
    @classmethod
    def parse(cls, text):
        w, _, h = text.partition('x')
        return cls(float(w), float(h))
    @cached_property
    @counted
    def area(self):
        """Area, computed once."""
        return self.width * self.height
    @cached_property
    @counted
    def diagonal(self):
        return (self.width ** 2 + self.height ** 2) ** 0.5
    def __repr__(self):
        return f'Rect({self.width:g}x{self.height:g})'

r = Rect(3, 4)
print(r, r.area, r.area, r.diagonal, r.diagonal, CALLS)
r.width = 6
print(r, r.area, r.diagonal, CALLS, sorted(vars(r)))
print(Rect.square(2.5).area, Rect.parse('2x8').diagonal, Rect.area.__doc__, type(Rect.width).__name__)
for bad in (lambda: Rect(0, 1), lambda: Rect(1, 'x'), lambda: setattr(r, 'height', -2)):
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)
print(r.height, sorted(CALLS.items()))

class Profiler:
    def __init__(self):
        self.stats = {}
        self.depth = 0
        self.trace = []
    def __call__(self, fn):
        prof = self
        def wrapper(*args):
            prof.trace.append('  ' * prof.depth + f'{fn.__name__}{args}')
            prof.depth += 1
            try:
                return fn(*args)
            finally:
                prof.depth -= 1
                prof.stats[fn.__name__] = prof.stats.get(fn.__name__, 0) + 1
        return wrapper

prof = Profiler()
@prof
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
@prof
def lcm(a, b):
    return a * b // gcd(a, b)
print(lcm(21, 6), gcd(1071, 462))
print('\n'.join(prof.trace))
print(prof.stats)
