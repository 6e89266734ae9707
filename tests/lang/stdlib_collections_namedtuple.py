# collections.namedtuple (checked against CPython 3.11)
from collections import namedtuple


def err(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)


Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), isinstance(p, tuple))
print(Point(x=3, y=4), Point(5, y=6))
print(p._fields, p._field_defaults, Point._fields, Point.__name__, Point.__qualname__)
print(p._asdict(), p._replace(x=10), Point._make([7, 8]), Point._make(iter('ab')))
print(p == (1, 2), p + (3,), hash(p) == hash((1, 2)), Point.__match_args__)
x, y = p; print(x, y)
print(Point.__doc__, Point.x.__doc__, Point.y.__doc__, Point.__new__.__doc__)
print(Point._make.__doc__, Point._replace.__doc__)
print(Point.__new__.__qualname__, Point._asdict.__qualname__, Point.__repr__.__qualname__)
err(lambda: Point(1))
err(lambda: Point(1, 2, 3))
err(lambda: Point(1, z=2))
err(lambda: Point._make([1]))
err(lambda: p._replace(z=1))
err(lambda: setattr(p, 'x', 5))
err(lambda: setattr(p, 'w', 5))

P3 = namedtuple('P3', 'a, b c', defaults=[20, 30])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3._field_defaults, P3.__new__.__defaults__)
err(lambda: P3())
err(lambda: namedtuple('T', 'a b', defaults=[1, 2, 3]))
One = namedtuple('One', 'only')
print(One(5), One._make([6]))
Zero = namedtuple('Zero', '')
print(Zero(), Zero._fields, len(Zero()))
R = namedtuple('R', ['abc', 'def', 'ghi', 'abc', '_x', '1y'], rename=True)
print(R._fields)
err(lambda: namedtuple('T', ['a', 'def']))
err(lambda: namedtuple('T', ['a', '1b']))
err(lambda: namedtuple('T', ['a', '_b']))
err(lambda: namedtuple('T', ['a', 'a']))
err(lambda: namedtuple('1T', ['a']))
err(lambda: namedtuple('class', ['a']))
err(lambda: namedtuple('T', ['a', 3]))
M = namedtuple('M', 'a', module='some.mod')
print(M.__module__, M)


class Sub(namedtuple('Base', 'a b')):
    __slots__ = ()

    @property
    def total(self):
        return self.a + self.b

    def __str__(self):
        return 'Sub<%d>' % self.total


s = Sub(1, 2)
print(s, repr(s), s.total, s._replace(a=5), type(s._replace(a=5)).__name__, Sub._make([3, 4]).total)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print({Point(1, 2): 'a'}[(1, 2)])
