"""call_method: method calls of many kinds in tight loops.

What it stresses: LOAD_METHOD/CALL on instances of plain and __slots__ classes, keyword
arguments, overridden methods through inheritance and super(), classmethods, staticmethods,
properties and bound-method objects stored in variables.
Algorithm: after the pyperformance "call_method", "call_method_slots" and
"call_method_unknown" benchmarks (unrolled sequences of method calls); the size argument is
the number of loop iterations of each kind.
"""
import sys

DEFAULT_SIZE = 360000   # about 0.5-3 s on CPython 3.11 on this machine
QUICK_SIZE = 11000      # about 20-80 ms on CPython 3.11 (used by `make check` and --quick runs)


class Plain:
    def __init__(self):
        self.count = 0

    def foo(self, a):
        return a + 1

    def bar(self, a, b):
        return a + b

    def bump(self):
        self.count += 1
        return self.count


class Slotted:
    __slots__ = ("count",)

    def __init__(self):
        self.count = 0

    def foo(self, a):
        return a + 1

    def bump(self):
        self.count += 1
        return self.count


class Keywords:
    def scale(self, x, factor=2, *, offset=0):
        return x * factor + offset


class Base:
    def area(self):
        return 1

    def describe(self):
        return self.area() * 10


class Square(Base):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


class Cube(Square):
    def area(self):
        return 6 * super().area()


class Factory:
    made = 0

    @classmethod
    def make(cls, n):
        cls.made += 1
        return n * 2

    @staticmethod
    def helper(a, b):
        return a - b

    @property
    def answer(self):
        return 42


def calls_plain(n):
    p = Plain()
    total = 0
    for i in range(n):
        total += p.foo(i)
        total += p.foo(i)
        total += p.bar(i, 1)
        total += p.bar(i, 2)
        total += p.foo(i)
        total += p.bar(i, 3)
        total += p.foo(i)
        total += p.bar(i, 4)
        p.bump()
        p.bump()
    return total + p.count


def calls_slots(n):
    s = Slotted()
    total = 0
    for i in range(n):
        total += s.foo(i)
        total += s.foo(i)
        total += s.foo(i)
        total += s.foo(i)
        s.bump()
        s.bump()
        s.bump()
        s.bump()
    return total + s.count


def calls_keywords(n):
    k = Keywords()
    total = 0
    for i in range(n):
        total += k.scale(i)
        total += k.scale(i, 3)
        total += k.scale(i, factor=4)
        total += k.scale(i, offset=5)
        total += k.scale(x=i, factor=1, offset=1)
        total += k.scale(i, 2, offset=-1)
    return total


def calls_overridden(n):
    shapes = [Base(), Square(3), Cube(2), Square(5)]
    total = 0
    for i in range(n):
        for s in shapes:
            total += s.describe()
            total += s.area()
    return total


def calls_class_static(n):
    f = Factory()
    total = 0
    for i in range(n):
        total += Factory.make(i)
        total += f.make(1)
        total += Factory.helper(i, 3)
        total += f.helper(10, i)
        total += f.answer
    return total + Factory.made


def calls_bound(n):
    """Bound methods fetched once and called many times, and unknown-type receivers."""
    p = Plain()
    s = Slotted()
    foo = p.foo
    sfoo = s.foo
    receivers = [p, s, Plain(), Slotted()]
    total = 0
    for i in range(n):
        total += foo(i) + sfoo(i)
        for r in receivers:
            total += r.foo(i)
    return total


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    print("plain", calls_plain(size))
    print("slots", calls_slots(size))
    print("keywords", calls_keywords(size))
    print("overridden", calls_overridden(size))
    print("class/static", calls_class_static(size))
    print("bound", calls_bound(size))


if __name__ == "__main__":
    main()
