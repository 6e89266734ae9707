# Inheritance: MRO (C3), super() zero-arg and explicit, method overriding, isinstance/issubclass.
class A:
    def who(self):
        return 'A'
    def chain(self):
        return ['A']
class B(A):
    def who(self):
        return 'B>' + super().who()
    def chain(self):
        return ['B'] + super().chain()
class C(A):
    def who(self):
        return 'C>' + super().who()
    def chain(self):
        return ['C'] + super().chain()
class D(B, C):
    def who(self):
        return 'D>' + super().who()
    def chain(self):
        return ['D'] + super().chain()
d = D()
print(d.who(), d.chain())
print([k.__name__ for k in D.__mro__], [k.__name__ for k in D.mro()])
print(D.__bases__ == (B, C), D.__base__ is B, B.__base__ is A, A.__base__ is object)
print(isinstance(d, A), isinstance(d, (int, C)), isinstance(3, (A, B)), issubclass(D, A), issubclass(A, D))
print(issubclass(D, (int, str, C)), issubclass(bool, int), issubclass(D, object))

# explicit super(type, obj) and super in classmethods
class Base:
    def __init__(self, name):
        self.name = name
    @classmethod
    def create(cls, name):
        return cls(name)
    def greet(self):
        return 'hello ' + self.name
class Child(Base):
    def __init__(self, name, age):
        super(Child, self).__init__(name)
        self.age = age
    @classmethod
    def create(cls, name):
        obj = super().create.__func__(cls, name) if False else cls(name, 0)
        return obj
    def greet(self):
        return super(Child, self).greet() + ' (%d)' % self.age
c = Child.create('kid')
print(type(c).__name__, c.name, c.age, c.greet())
print(super(Child, c).greet(), super(Child, Child).greet(c))

# __class__ cell and super inside nested functions / comprehensions
class E(A):
    def who(self):
        def inner():
            return __class__.__name__
        return inner() + ':' + super().who()
    def many(self):
        return [super(E, self).who() for _ in range(2)]
print(E().who(), E().many())

# super() reaches object's methods
class Plain:
    def __init__(self):
        super().__init__()
        self.ok = True
print(Plain().ok)

# MRO errors
class X: pass
class Y(X): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print('TypeError:', e)
try:
    class W(X, X): pass
except TypeError as e:
    print('TypeError:', e)
try:
    class V(bool): pass
except TypeError as e:
    print('TypeError:', e)
try:
    class U(3): pass
except TypeError as e:
    print('TypeError:', type(e).__name__)

# attribute lookup follows the MRO; instance attributes shadow class ones
class P1:
    x = 'P1'
class P2:
    x = 'P2'
    y = 'P2y'
class Q(P1, P2):
    pass
q = Q()
print(q.x, q.y)
q.x = 'own'
print(q.x, Q.x)

# __init_subclass__ and __subclasses__
class Registry:
    members = []
    def __init_subclass__(cls, tag='none', **kw):
        super().__init_subclass__(**kw)
        Registry.members.append((cls.__name__, tag))
class R1(Registry, tag='one'): pass
class R2(Registry): pass
class R3(R1, tag='three'): pass
print(Registry.members, [k.__name__ for k in Registry.__subclasses__()])
try:
    class Bad(Plain, flavour=1): pass
except TypeError as e:
    print('TypeError:', e)

# starred bases and **keywords in the class statement
class A: pass
class B: pass
bases = (A, B)
class C(*bases):
    pass
print([k.__name__ for k in C.__mro__])
class Base:
    def __init_subclass__(cls, **kw):
        cls.opts = sorted(kw.items())
opts = {'x': 1, 'y': 2}
class D(Base, **opts):
    pass
class E(*[Base], z=3, **{'w': 4}):
    pass
print(D.opts, E.opts)
