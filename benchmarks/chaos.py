"""chaos: a chaos-game fractal drawn along B-spline curves.

What it stresses: float arithmetic, small-object allocation (vectors), method calls, random
numbers, list-of-lists updates.
Algorithm: the classic pure-Python "chaos" benchmark: three cubic B-splines (evaluated with de
Boor's algorithm) trace a letter shape; each step of the chaos game maps the current point to a
random segment of a random spline, offset along the curve's normal, and marks its pixel on a
256 x 256 grid.  The size argument is the number of steps; prints a checksum of the grid instead
of writing the image.
"""
import sys
import math
import random

DEFAULT_SIZE = 60000    # about 0.5-3 s on CPython 3.11 on this machine
QUICK_SIZE = 2000       # about 20-80 ms on CPython 3.11 (used by `make check` and --quick runs)

WIDTH = HEIGHT = 256
THICKNESS = 0.25
SEED = 1234
EPSILON = 1.0 / 50000


class Vector:
    def __init__(self, x=0.0, y=0.0, z=0.0):
        self.x = x
        self.y = y
        self.z = z

    def magnitude(self):
        return math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)

    def distance(self, other):
        return (self - other).magnitude()

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def combine(self, other, a, b):
        """Return a * self + b * other."""
        return Vector(self.x * a + other.x * b, self.y * a + other.y * b,
                      self.z * a + other.z * b)


class Spline:
    """A B-spline of the given degree through control points, with a knot vector."""

    def __init__(self, points, degree, knots):
        if len(knots) != len(points) + degree - 1:
            raise ValueError("a degree-%d spline on %d points needs %d knots"
                             % (degree, len(points), len(points) + degree - 1))
        for a, b in zip(knots, knots[1:]):
            if a > b:
                raise ValueError("knots must not decrease")
        self.points = points
        self.degree = degree
        self.knots = knots

    def domain(self):
        return self.knots[self.degree - 1], self.knots[len(self.knots) - self.degree]

    def __call__(self, u):
        """The point at parameter u, by de Boor's algorithm."""
        degree = self.degree
        knots = self.knots
        span = None
        for i in range(degree - 1, len(knots) - degree):
            if knots[i] <= u < knots[i + 1]:
                span = i
                break
        if span is None:
            span = len(knots) - degree - 1
        d = [self.points[span - degree + 1 + k] for k in range(degree + 1)]
        for level in range(1, degree + 1):
            for i in range(span - degree + level + 1, span + 2):
                hi = knots[i + degree - level]
                lo = knots[i - 1]
                k = i - span + degree - level - 1
                d[k] = d[k].combine(d[k + 1], (hi - u) / (hi - lo), (u - lo) / (hi - lo))
        return d[0]


class ChaosGame:
    def __init__(self, splines, thickness):
        self.splines = splines
        self.thickness = thickness
        xs = [p.x for s in splines for p in s.points]
        ys = [p.y for s in splines for p in s.points]
        self.minx, self.maxx = min(xs), max(xs)
        self.miny, self.maxy = min(ys), max(ys)
        self.width = self.maxx - self.minx
        self.height = self.maxy - self.miny
        # Each spline gets a number of transformations proportional to its length.
        max_length = thickness * self.width / self.height
        self.num_trafos = []
        for spline in splines:
            start, end = spline.domain()
            length = 0.0
            current = spline(start)
            for i in range(1, 1000):
                last = current
                current = spline(start + (end - start) * i / 999)
                length += current.distance(last)
            self.num_trafos.append(max(1, int(length / max_length * 1.5)))
        self.num_total = sum(self.num_trafos)

    def random_trafo(self):
        r = random.randrange(self.num_total)
        for i, count in enumerate(self.num_trafos):
            if r < count:
                return i, r
            r -= count
        raise AssertionError("unreachable")

    def transform(self, point):
        x = (point.x - self.minx) / self.width
        y = (point.y - self.miny) / self.height
        which, segment = self.random_trafo()
        spline = self.splines[which]
        start, end = spline.domain()
        seg_length = (end - start) / self.num_trafos[which]
        t = start + seg_length * segment + seg_length * x
        base = spline(t)
        if t + EPSILON > end:
            tangent = spline(t - EPSILON) - base
        else:
            tangent = base - spline(t + EPSILON)
        mag = tangent.magnitude()
        if mag != 0.0:
            base.x += tangent.y / mag * (y - 0.5) * self.thickness
            base.y += -tangent.x / mag * (y - 0.5) * self.thickness
        base.x = min(max(base.x, self.minx), self.maxx)
        base.y = min(max(base.y, self.miny), self.maxy)
        return base

    def draw(self, width, height, steps):
        grid = [[0] * height for _ in range(width)]
        point = Vector((self.maxx + self.minx) / 2, (self.maxy + self.miny) / 2, 0.0)
        for _ in range(steps):
            point = self.transform(point)
            px = min(int((point.x - self.minx) / self.width * width), width - 1)
            py = min(int((point.y - self.miny) / self.height * height), height - 1)
            grid[px][height - py - 1] = 1
        return grid


def letter_splines():
    return [
        Spline([Vector(1.597350, 3.304460), Vector(1.575810, 4.123260),
                Vector(1.313210, 5.288350), Vector(1.618900, 5.329910),
                Vector(2.889940, 5.502700), Vector(2.373060, 4.381830),
                Vector(1.662000, 4.360280)],
               3, [0, 0, 0, 1, 1, 1, 2, 2, 2]),
        Spline([Vector(2.804500, 4.017350), Vector(2.550500, 3.525230),
                Vector(1.979010, 2.620360), Vector(1.979010, 2.620360)],
               3, [0, 0, 0, 1, 1, 1]),
        Spline([Vector(2.001670, 4.011320), Vector(2.335040, 3.312830),
                Vector(2.366800, 3.233460), Vector(2.366800, 3.233460)],
               3, [0, 0, 0, 1, 1, 1]),
    ]


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    random.seed(SEED)
    game = ChaosGame(letter_splines(), THICKNESS)
    grid = game.draw(WIDTH, HEIGHT, size)
    marked = 0
    checksum = 0
    for x, column in enumerate(grid):
        for y, cell in enumerate(column):
            if cell:
                marked += 1
                checksum = (checksum * 31 + x * HEIGHT + y) % 1000000007
    print("transformations per spline: %s" % game.num_trafos)
    print("%d steps: %d pixels marked, checksum %d" % (size, marked, checksum))


if __name__ == "__main__":
    main()
