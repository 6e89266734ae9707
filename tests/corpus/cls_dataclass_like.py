# A hand-written @record decorator that builds __init__/__repr__/__eq__/__hash__/ordering from annotations, like dataclasses.
MISSING = object()

def record(cls=None, *, frozen=False, order=False):
    def wrap(cls):
        fields = list(cls.__dict__.get('__annotations__', {}))
        defaults = {f: cls.__dict__[f] for f in fields if f in cls.__dict__}
        inherited = []
        for base in cls.__mro__[1:]:
            for f in getattr(base, '_fields', ()):
                if f not in fields and f not in inherited:
                    inherited.append(f)
                    if f in base._defaults:
                        defaults.setdefault(f, base._defaults[f])
        fields = inherited + fields
        seen_default = False
        for f in fields:
            if f in defaults:
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f!r} follows default argument')
        def __init__(self, *args, **kwargs):
            if len(args) > len(fields):
                raise TypeError(f'{cls.__name__}() takes {len(fields)} positional arguments but {len(args)} were given')
            values = dict(zip(fields, args))
            for k, v in kwargs.items():
                if k not in fields:
                    raise TypeError(f'{cls.__name__}() got an unexpected keyword argument {k!r}')
                if k in values:
                    raise TypeError(f'{cls.__name__}() got multiple values for argument {k!r}')
                values[k] = v
            for f in fields:
                v = values.get(f, defaults.get(f, MISSING))
                if v is MISSING:
                    raise TypeError(f'{cls.__name__}() missing required argument {f!r}')
                if isinstance(v, list):
                    v = list(v)
                object.__setattr__(self, f, v)
            if hasattr(self, '__post_init__'):
                self.__post_init__()
        def astuple(self):
            return tuple(getattr(self, f) for f in fields)
        def __repr__(self):
            return f'{type(self).__name__}(' + ', '.join(f'{f}={getattr(self, f)!r}' for f in fields) + ')'
        def __eq__(self, other):
            if type(other) is not type(self):
                return NotImplemented
            return astuple(self) == astuple(other)
        cls.__init__, cls.__repr__, cls.__eq__, cls._astuple = __init__, __repr__, __eq__, astuple
        cls._fields, cls._defaults = tuple(fields), defaults
        if frozen:
            def __setattr__(self, name, value):
                raise AttributeError(f'cannot assign to field {name!r}')
            cls.__setattr__ = __setattr__
            cls.__delattr__ = __setattr__
            cls.__hash__ = lambda self: hash(astuple(self))
        else:
            cls.__hash__ = None
        if order:
            cls.__lt__ = lambda self, other: astuple(self) < astuple(other)
            cls.__le__ = lambda self, other: astuple(self) <= astuple(other)
        return cls
    return wrap if cls is None else wrap(cls)

@record
class Point:
    x: int
    y: int = 0

@record(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    def __str__(self):
        return f'{self.major}.{self.minor}.{self.patch}'
    def bump(self, part):
        d = {'major': (self.major + 1, 0, 0), 'minor': (self.major, self.minor + 1, 0), 'patch': (self.major, self.minor, self.patch + 1)}
        return Version(*d[part])

@record
class Point3(Point):
    z: int = 0
    tags: list = []
    def __post_init__(self):
        if self.z < 0:
            raise ValueError('z must be non-negative')

p = Point(1, 2)
print(p, Point(5), Point(y=3, x=4), p == Point(1, 2), p == Point(2, 1), p == (1, 2), p._astuple())
p.x = 10
print(p, Point._fields, Point3._fields)
q = Point3(1, 2, 3)
q.tags.append('a')
print(q, Point3(0), Point3(0).tags, Point3(0, z=5, tags=['t']))
v = Version(1, 4)
print(v, repr(v), v.bump('minor'), v.bump('major'), v.bump('patch'), sorted([Version(2), Version(1, 10), v, Version(1, 4, 1)]))
print(len({Version(1), Version(1, 0, 0), Version(2)}), v < Version(1, 5), Version(3) <= Version(3))
for bad in (lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, x=2), lambda: Point(1, w=2), lambda: hash(p),
            lambda: setattr(v, 'major', 9), lambda: Point3(1, 1, -1), lambda: record(type('Bad', (), {'__annotations__': {'a': int, 'b': int}, 'a': 1}))):
    try:
        bad()
    except (TypeError, AttributeError, ValueError) as e:
        print(f'{type(e).__name__}: {e}')
