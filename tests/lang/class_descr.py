# Descriptors: property (getter/setter/deleter), classmethod, staticmethod, __slots__, user
# descriptors (data and non-data), __set_name__.
class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        """Degrees Celsius."""
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError('too cold')
        self._c = v
    @celsius.deleter
    def celsius(self):
        print('deleting')
        self._c = 0
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    ro = property(lambda self: 'read-only')
t = Temp(100)
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__, type(Temp.celsius).__name__)
t.celsius = 37
print(t.celsius)
del t.celsius
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print('ValueError:', e)
for action in ('set', 'del'):
    try:
        if action == 'set':
            t.fahrenheit = 5
        else:
            del t.fahrenheit
    except AttributeError as e:
        print('AttributeError:', e)
try:
    t.ro = 1
except AttributeError as e:
    print('AttributeError:', e)
print(Temp.celsius.fget(t), Temp.fahrenheit.fset)

# a property beats an instance attribute of the same name
t.__dict__['celsius'] = 'shadow?'
print(t.celsius)

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
    @classmethod
    def made(cls):
        return '%s made %d' % (cls.__name__, cls.count)
    @staticmethod
    def add(a, b):
        return a + b
class Sub(Counter):
    pass
Counter(); Sub(); Sub()
print(Counter.made(), Sub.made(), Sub().made(), Counter.add(2, 3), Sub().add(4, 5))
print(type(Counter.__dict__['made']).__name__, type(Counter.__dict__['add']).__name__)
print(Counter.__dict__['add'].__func__(1, 1), callable(Counter.__dict__['add']))

# __slots__
class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self, a):
        self.a = a
s = Slotted(1)
print(s.a, Slotted.a)
try:
    s.b
except AttributeError as e:
    print('AttributeError:', e)
s.b = 2
print(s.a + s.b)
try:
    s.c = 3
except AttributeError as e:
    print('AttributeError:', e)
try:
    s.__dict__
except AttributeError as e:
    print('AttributeError:', e)
del s.b
print(hasattr(s, 'b'))
class MoreSlots(Slotted):
    __slots__ = ('c',)
m = MoreSlots(5)
m.c = 6
print(m.a, m.c)
class Loose(Slotted):
    pass
lo = Loose(7)
lo.anything = 8
print(lo.a, lo.anything, vars(lo))

# user-defined descriptors
class Typed:
    def __set_name__(self, owner, name):
        self.name = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError('%s must be int' % self.name[1:])
        setattr(obj, self.name, value)
class Const:
    def __init__(self, v):
        self.v = v
    def __get__(self, obj, objtype=None):
        return self.v
class Model:
    size = Typed()
    tag = Const('const')
mo = Model()
print(mo.size, type(Model.size).__name__, mo.tag, Model.tag)
mo.size = 10
print(mo.size, sorted(vars(mo)))
try:
    mo.size = 'big'
except TypeError as e:
    print('TypeError:', e)
mo.tag = 'instance wins over non-data'
print(mo.tag, Model.tag)

# functions are descriptors
def free(self):
    return 'free on ' + type(self).__name__
print(free.__get__(mo, Model)(), free.__get__(None, Model) is free)
Model.free = free
print(mo.free())

# __slots__ layouts: unrelated slotted bases conflict; mixed chains keep their slots
class A:
    __slots__ = ('a',)
class B:
    __slots__ = ('b',)
try:
    class C(A, B): pass
except TypeError as e:
    print(e)
class P: pass
class D(P, A):
    __slots__ = ('d',)
x = D()
x.a = 1; x.d = 2; x.z = 3
print(x.a, x.d, x.z)
class E(A):
    __slots__ = ('e',)
class F(E):
    pass
f = F(); f.a = 1; f.e = 2; f.q = 3
print(f.a, f.e, f.q, sorted(vars(f)))
