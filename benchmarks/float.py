"""float: create, normalise and combine many 3-D points.

What it stresses: float arithmetic, math.sin/cos/sqrt calls, object creation and attribute
access, method calls.
Algorithm: the classic pure-Python "float" benchmark: n points (sin i, 3 cos i, sin^2 i / 2) are
normalised to unit length, then folded with a component-wise maximum.  The size argument is n.
"""
import sys
from math import sin, cos, sqrt

DEFAULT_SIZE = 600000   # about 0.5-3 s on CPython 3.11 on this machine
QUICK_SIZE = 40000      # about 20-80 ms on CPython 3.11 (used by `make check` and --quick runs)


class Point:
    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return "<Point: x=%.9f, y=%.9f, z=%.9f>" % (self.x, self.y, self.z)

    def normalize(self):
        norm = sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        """Keep, in each coordinate, the larger of this point's and `other`'s."""
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    return best


def run(n):
    points = [Point(i) for i in range(n)]
    for p in points:
        p.normalize()
    return maximize(points)


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    print(run(size))


if __name__ == "__main__":
    main()
