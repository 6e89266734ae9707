# Class statements: attributes, methods, bound methods, class attributes, docstrings, decorators.
class Point:
    """A 2-D point."""
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)

p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims, Point.__doc__)
q = p.moved(1, dy=2)
print(q.x, q.y, q.moved(-4).x)
m = p.norm2
print(m(), m.__self__ is p, m.__func__ is Point.norm2, Point.norm2(q))
print(Point.__name__, Point.__qualname__, Point.__module__, type(p).__name__)

# attributes added later, shadowing a class attribute, deleting
p.z = 9
p.dims = 3
print(p.dims, Point.dims, sorted(vars(p).items()))
del p.dims
print(p.dims, 'dims' in vars(p))
del p.z
try:
    p.z
except AttributeError as e:
    print('AttributeError:', e)
try:
    del p.z
except AttributeError as e:
    print('AttributeError:', e)

# many instances created alike share a shape; differently ordered ones still work
pts = [Point(i, -i) for i in range(5)]
print([a.norm2() for a in pts])
class Bag:
    pass
b1, b2 = Bag(), Bag()
b1.a = 1; b1.b = 2
b2.b = 3; b2.a = 4
print(vars(b1), vars(b2))
b1.__dict__['c'] = 5
print(b1.c, vars(b1))
many = Bag()
for i in range(100):
    setattr(many, 'attr%d' % i, i)
print(many.attr0, many.attr99, len(vars(many)))

# class attributes changed at runtime are seen by instances
Point.dims = 5
print(p.dims, q.dims)
Point.describe = lambda self: 'P(%d, %d)' % (self.x, self.y)
print(p.describe())

# class decorators
def register(cls):
    cls.registered = True
    return cls
@register
class Plugin:
    pass
print(Plugin.registered)

# nested classes and qualnames
class Outer:
    class Inner:
        def where(self):
            return 'inner'
    def make(self):
        class Local:
            pass
        return Local
print(Outer.Inner.__qualname__, Outer.Inner().where(), Outer().make().__qualname__)

# class body scoping: methods do not see class-level names
y = 'global'
class Scope:
    y = 'class'
    z = y + '!'
    def get(self):
        return y
    names = [n for n in ('a', 'b')]
print(Scope.z, Scope().get(), Scope.names)

# empty class, repr of classes
class Empty: pass
print(Empty, Empty.__doc__, Empty.__bases__, repr(Point))
print(isinstance(Empty(), Empty), isinstance(Empty(), object), type(Empty) is type)
