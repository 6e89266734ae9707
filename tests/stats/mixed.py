# mixed.py (tests/stats.test): generators, exceptions, closures, classes and a C callback, for
# the invariants that hold for every program (pairs + sequence starts = instructions, ...).
def gen(n):
    for i in range(n):
        yield i * i


def outer():
    total = 0

    def add(v):
        nonlocal total
        total += v

    for v in gen(50):
        add(v)
    return total


class Point:
    def __init__(self, x):
        self.x = x

    def __lt__(self, other):
        return self.x < other.x


caught = 0
for k in range(20):
    try:
        if k % 3 == 0:
            raise ValueError(k)
    except ValueError:
        caught += 1
points = sorted([Point(x) for x in (5, 3, 9, 1)])
print(outer(), caught, [p.x for p in points], sum(x for x in range(10)))
