# Classes and objects: attributes, __dict__, methods, bound methods, class attributes, __init__/__new__.
class Point:
    """A 2-D point."""
    count = 0

    def __init__(self, x, y=0):
        self.x = x
        self.y = y
        Point.count += 1

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self

p = Point(3, 4)
print(p.x, p.y, p.norm2())
print(Point.count, p.count)
q = Point(1)
print(q.x, q.y, Point.count)
print(sorted(p.__dict__.items()))
p.z = 9
print(sorted(vars(p).items()))
p.__dict__['w'] = 'direct'
print(p.w)
del p.z
print(hasattr(p, 'z'), hasattr(p, 'x'))
m = p.move
print(m.__self__ is p, m.__func__ is Point.move, m.__name__)
print(m(1, 1).x, p.y)
print(Point.move(p, 10, 10).norm2())
print(Point.__name__, Point.__qualname__, Point.__module__, Point.__doc__)
print(Point.norm2.__qualname__, Point.__init__.__name__)
print(type(p) is Point, type(p).__name__, p.__class__ is Point)
print(Point.__mro__ == (Point, object), Point.__bases__ == (object,))
print(isinstance(p, Point), isinstance(3, Point), isinstance(p, (int, Point)))

# Class attribute shadowed by instance attribute
p.count = 100
print(p.count, Point.count, q.count)
del p.count
print(p.count)

# Methods bound to different instances compare by instance
print(p.move == p.move, p.move == q.move)

# __new__ and __init__ interplay
class Singleton:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            print('creating', cls.__name__)
        return cls._inst
    def __init__(self, v):
        print('init with', v)
        self.v = v

a = Singleton(1)
b = Singleton(2)
print(a is b, a.v)

class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never')
print(NotMine())

class Tagged(int):
    def __new__(cls, value, tag):
        obj = super().__new__(cls, value)
        obj.tag = tag
        return obj
t = Tagged(7, 'seven')
print(t, t + 1, t.tag, isinstance(t, int))

# Empty class and attribute assignment on class
class Empty:
    pass
e = Empty()
Empty.shared = [1]
print(e.shared, Empty().shared is e.shared)
e.shared = 'own'
print(e.shared, Empty.shared)
print(Empty.__doc__, Empty.__name__)

# Class body executes in order; names visible later in the body
class Body:
    a = 1
    b = a + 1
    lst = [a, b]
    def get(self):
        return self.a, self.b
print(Body.b, Body.lst, Body().get())

# Methods assigned after creation
def extra(self):
    return 'extra ' + type(self).__name__
Body.extra = extra
print(Body().extra())

# Instances of a class with many attributes in different orders
class Bag:
    pass
bags = []
for i in range(5):
    b = Bag()
    if i % 2:
        b.x = i
        b.y = -i
    else:
        b.y = -i
        b.x = i
    bags.append(b)
print([(b.x, b.y) for b in bags])
print([list(b.__dict__) for b in bags])

# init returning non-None
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as ex:
    print('TypeError:', ex)

# calling a missing method
try:
    p.nothing()
except AttributeError as ex:
    print('AttributeError:', ex)
try:
    Point.nothing
except AttributeError as ex:
    print('AttributeError:', ex)
try:
    Point()
except TypeError as ex:
    print('TypeError:', ex)
try:
    p.norm2(1)
except TypeError as ex:
    print('TypeError:', ex)
