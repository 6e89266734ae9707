# Shapes with abstract-like bases, properties, class registries via __init_subclass__, sorting with __lt__ and sums.
class Shape:
    registry = {}
    sides = 0
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Shape.registry[cls.__name__.lower()] = cls
    def area(self):
        raise NotImplementedError(f'{type(self).__name__}.area')
    def perimeter(self):
        raise NotImplementedError(f'{type(self).__name__}.perimeter')
    def __lt__(self, other):
        return self.area() < other.area()
    def __repr__(self):
        params = ', '.join(f'{k}={v:g}' for k, v in vars(self).items())
        return f'{type(self).__name__}({params})'
    @classmethod
    def create(cls, spec):
        kind, *nums = spec.split()
        try:
            klass = cls.registry[kind]
        except KeyError:
            raise ValueError(f'unknown shape {kind!r}') from None
        return klass(*map(float, nums))

class Rect(Shape):
    sides = 4
    def __init__(self, w, h):
        if w <= 0 or h <= 0:
            raise ValueError('sides must be positive')
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)

class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
    @property
    def side(self):
        return self.w
    @side.setter
    def side(self, v):
        self.w = self.h = v

class Circle(Shape):
    PI = 3.141592653589793
    def __init__(self, r):
        self.r = r
    def area(self):
        return self.PI * self.r ** 2
    def perimeter(self):
        return 2 * self.PI * self.r

class Triangle(Shape):
    sides = 3
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f'not a triangle: {a:g}, {b:g}, {c:g}')
        self.a, self.b, self.c = a, b, c
    def perimeter(self):
        return self.a + self.b + self.c
    def area(self):
        s = self.perimeter() / 2
        return (s * (s - self.a) * (s - self.b) * (s - self.c)) ** 0.5

class Blob(Shape):
    def __init__(self):
        pass

print(sorted(Shape.registry))
shapes = []
for spec in ['rect 3 4', 'square 2.5', 'circle 1', 'triangle 3 4 5', 'triangle 1 1 3', 'hexagon 2', 'rect -1 2', 'circle 0.5']:
    try:
        shapes.append(Shape.create(spec))
    except ValueError as e:
        print(f'skip {spec!r}: {e}')
for s in sorted(shapes):
    print(f'{s!r:<32} area={s.area():8.3f} perim={s.perimeter():7.3f} sides={s.sides}')
print('largest', max(shapes), 'smallest', min(shapes))
print('total area', round(sum(s.area() for s in shapes), 4))
sq = shapes[1]
sq.side = 4
print(sq, sq.area(), isinstance(sq, Rect), issubclass(Square, Shape), [c.__name__ for c in Square.__mro__])
try:
    Blob().area()
except NotImplementedError as e:
    print('NotImplementedError:', e)
by_sides = {}
for s in shapes:
    by_sides.setdefault(s.sides, []).append(type(s).__name__)
print(sorted(by_sides.items()))
