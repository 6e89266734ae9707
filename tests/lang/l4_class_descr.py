# staticmethod, classmethod, property (getter/setter/deleter), __slots__, descriptor protocol.
class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        """Temperature in C."""
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError('below absolute zero')
        self._c = v
    @celsius.deleter
    def celsius(self):
        print('deleting')
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print('ValueError:', e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print('AttributeError:', e)
del t.celsius
print(t.celsius)
try:
    del t.fahrenheit
except AttributeError as e:
    print('AttributeError:', e)
print(type(Temp.celsius).__name__, Temp.celsius.__doc__)
print(Temp.celsius.fget.__name__, Temp.fahrenheit.fset)

# property() called directly
class PD:
    def _get(self):
        return 'got'
    x = property(_get, None, None, 'doc of x')
print(PD().x, PD.x.__doc__)

class Util:
    factor = 3
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def scaled(cls, v):
        return v * cls.factor
    @classmethod
    def create(cls):
        return cls()
class Util2(Util):
    factor = 10
print(Util.add(1, 2), Util().add(3, 4), Util.scaled(2), Util2.scaled(2), Util2().scaled(1))
print(type(Util.create()).__name__, type(Util2.create()).__name__)
sm = Util.__dict__['add']
print(type(sm).__name__, sm.__func__(5, 6))
cm = Util.__dict__['scaled']
print(type(cm).__name__, cm.__func__(Util2, 1))

# __slots__
class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 1
s = Slotted()
print(s.a, hasattr(s, 'b'), hasattr(s, '__dict__'))
s.b = 2
print(s.a + s.b)
try:
    s.c = 3
except AttributeError as e:
    print('AttributeError:', e)
del s.a
try:
    s.a
except AttributeError as e:
    print('AttributeError:', e)
print(Slotted.__slots__, type(Slotted.a).__name__)

class SlotKid(Slotted):
    pass
k = SlotKid()
k.c = 5
print(k.a, k.c, sorted(k.__dict__))

class SlotKid2(Slotted):
    __slots__ = ('c',)
k2 = SlotKid2()
k2.c = 6
print(k2.c, k2.a)
try:
    k2.d = 1
except AttributeError as e:
    print('AttributeError:', e)

class SlotDict:
    __slots__ = ('x', '__dict__')
sd = SlotDict()
sd.x = 1
sd.y = 2
print(sd.x, sd.y, sd.__dict__)

# data descriptor
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError('%s must be %s' % (self.name[1:], self.kind.__name__))
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print('delete', self.name)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
pp = Person('ann', 30)
print(pp.name, pp.age, type(Person.name).__name__)
try:
    pp.age = 'old'
except TypeError as e:
    print('TypeError:', e)
del pp.age
print(sorted(pp.__dict__))

# non-data descriptor is shadowed by the instance dict
class Lazy:
    def __init__(self, func):
        self.func = func
    def __get__(self, obj, cls):
        if obj is None:
            return self
        v = self.func(obj)
        obj.__dict__[self.func.__name__] = v
        return v
class Circle:
    def __init__(self, r):
        self.r = r
    @Lazy
    def area(self):
        print('computing')
        return 3 * self.r * self.r
c = Circle(2)
print(c.area)
print(c.area)

# data descriptor wins over instance dict
class Always:
    def __get__(self, obj, cls):
        return 'descr'
    def __set__(self, obj, v):
        pass
class HasAlways:
    x = Always()
h = HasAlways()
h.__dict__['x'] = 'dict'
print(h.x)

# functions are descriptors
def free(self):
    return 'free on ' + type(self).__name__
class F:
    pass
bound = free.__get__(F(), F)
print(bound())
print(F.__dict__.get('missing', 'absent'))

# __get__ receives owner when accessed via class
class ShowOwner:
    def __get__(self, obj, owner):
        return (obj is None, owner.__name__)
class Own:
    d = ShowOwner()
print(Own.d, Own().d)
