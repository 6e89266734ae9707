# A Vector class with the full numeric protocol, __format__, __iter__, __hash__, __bool__, and geometry built on it.
class Vector:
    __slots__ = ('_c',)
    def __init__(self, *components):
        if len(components) == 1 and not isinstance(components[0], (int, float)):
            components = tuple(components[0])
        self._c = tuple(float(x) for x in components)
    def __iter__(self):
        return iter(self._c)
    def __len__(self):
        return len(self._c)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(self._c[i])
        return self._c[i]
    def __getattr__(self, name):
        idx = 'xyzw'.find(name)
        if len(name) == 1 and 0 <= idx < len(self._c):
            return self._c[idx]
        raise AttributeError(f'{type(self).__name__!r} object has no attribute {name!r}')
    def __setattr__(self, name, value):
        if name == '_c' and not hasattr(self, '_c'):
            object.__setattr__(self, name, value)
        else:
            raise AttributeError('Vector is immutable')
    def _check(self, other):
        if not isinstance(other, Vector):
            return False
        if len(other) != len(self):
            raise ValueError(f'dimension mismatch: {len(self)} vs {len(other)}')
        return True
    def __add__(self, other):
        if not self._check(other):
            return NotImplemented
        return Vector(a + b for a, b in zip(self, other))
    def __sub__(self, other):
        if not self._check(other):
            return NotImplemented
        return Vector(a - b for a, b in zip(self, other))
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector(a * k for a in self)
        return NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vector(a / k for a in self)
    def __matmul__(self, other):
        self._check(other)
        return sum(a * b for a, b in zip(self, other))
    def __neg__(self):
        return self * -1
    def __abs__(self):
        return (self @ self) ** 0.5
    def __bool__(self):
        return any(self._c)
    def __eq__(self, other):
        return isinstance(other, Vector) and self._c == other._c
    def __hash__(self):
        return hash(self._c)
    def __repr__(self):
        return f'Vector({", ".join(repr(x) for x in self._c)})'
    def __str__(self):
        return '(' + ', '.join(f'{x:g}' for x in self._c) + ')'
    def __format__(self, spec):
        if spec.endswith('p'):
            r = abs(self)
            cos = self.x / r if r else 1.0
            return f'<{r:{spec[:-1] or "g"}}, cos={cos:.3f}>'
        return '(' + ', '.join(format(x, spec) for x in self._c) + ')'
    def cross(self, other):
        a, b = self, other
        return Vector(a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x)
    def normalized(self):
        n = abs(self)
        if not n:
            raise ZeroDivisionError('cannot normalize the zero vector')
        return self / n

v, w = Vector(3, 4), Vector(1, -2)
print(v, repr(w), v + w, v - w, 2 * v, v * 0.5, -w, v @ w, abs(v), bool(Vector(0, 0)), len(v))
print(f'{v:.2f}', f'{v:p}', f'{v:.3p}', format(w, '+.1e'), v.x, v.y, v[0], v[-1], list(v), v[:1])
a, b = Vector(1, 0, 0), Vector(0, 1, 0)
print(a.cross(b), b.cross(a), a.cross(a), Vector([1, 2, 2]).normalized(), a.z)
print(v == Vector(3.0, 4.0), v != w, len({v, Vector(3, 4), w}), {v: 'v'}[Vector(3, 4)])
for bad in (lambda: v + a, lambda: v + 1, lambda: v * v, lambda: v.z, lambda: setattr(v, 'x', 1), lambda: Vector(0, 0).normalized()):
    try:
        bad()
    except (ValueError, TypeError, AttributeError, ZeroDivisionError) as e:
        print(f'{type(e).__name__}: {e}')

def polygon_area(points):
    n = len(points)
    return abs(sum(points[i].x * points[(i + 1) % n].y - points[(i + 1) % n].x * points[i].y for i in range(n))) / 2
def centroid(points):
    total = Vector(0, 0)
    for p in points:
        total = total + p
    return total / len(points)
square = [Vector(0, 0), Vector(4, 0), Vector(4, 4), Vector(0, 4)]
tri = [Vector(0, 0), Vector(5, 0), Vector(0, 3)]
print(polygon_area(square), polygon_area(tri), centroid(square), f'{centroid(tri):.3f}')
print(sorted([Vector(3, 4), Vector(1, 1), Vector(0, 2)], key=abs), max(square, key=lambda p: p @ Vector(1, 2)))
