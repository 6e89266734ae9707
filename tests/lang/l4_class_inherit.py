# Inheritance: single, multiple, C3 MRO, super() zero-arg and two-arg, issubclass with tuples.
class A:
    def who(self):
        return 'A'
    def chain(self):
        return ['A']
class B(A):
    def who(self):
        return 'B'
    def chain(self):
        return ['B'] + super().chain()
class C(A):
    def who(self):
        return 'C'
    def chain(self):
        return ['C'] + super().chain()
class D(B, C):
    def chain(self):
        return ['D'] + super().chain()

d = D()
print(d.who(), d.chain())
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])
print(D.__bases__ == (B, C), D.__base__ is B)
print(issubclass(D, A), issubclass(D, (int, C)), issubclass(A, D), issubclass(D, D))
print(issubclass(bool, int), issubclass(int, object), issubclass(type, object))
print(isinstance(d, (B, C)), isinstance(d, (int, str)))
print(isinstance(D, type), isinstance(type, type), isinstance(object, type))

# Classic diamond with explicit names
class O: pass
class X(O): pass
class Y(O): pass
class Z(O): pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class Zed(K1, K2, K3): pass
print([k.__name__ for k in Zed.__mro__])

# Inconsistent MRO
try:
    class Bad(X, K1): pass
except TypeError as e:
    print('TypeError:', e)
try:
    class Dup(X, X): pass
except TypeError as e:
    print('TypeError:', e)

# super() in __init__ chains with kwargs
class Base:
    def __init__(self, **kw):
        self.log = ['Base']
        self.kw = kw
class Left(Base):
    def __init__(self, left=0, **kw):
        super().__init__(**kw)
        self.log.append('Left')
        self.left = left
class Right(Base):
    def __init__(self, right=0, **kw):
        super().__init__(**kw)
        self.log.append('Right')
        self.right = right
class Both(Left, Right):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append('Both')
b = Both(left=1, right=2, extra=3)
print(b.log, b.left, b.right, b.kw)

# two-argument super
class P:
    def f(self):
        return 'P.f'
class Q(P):
    def f(self):
        return 'Q.f>' + super(Q, self).f()
class R(Q):
    def f(self):
        return 'R.f>' + super(Q, self).f()
print(Q().f(), R().f())

# super() in classmethod and staticmethod-free contexts
class CM:
    @classmethod
    def make(cls):
        return 'CM.make ' + cls.__name__
class CM2(CM):
    @classmethod
    def make(cls):
        return 'CM2>' + super().make()
print(CM2.make(), CM2().make())

# attribute lookup follows MRO for class attributes
class Cfg:
    level = 1
    name = 'base'
class Cfg2(Cfg):
    level = 2
class Cfg3(Cfg2):
    pass
print(Cfg3.level, Cfg3.name, Cfg3().level)
Cfg.name = 'changed'
print(Cfg3.name)

# overriding and calling base explicitly
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + ' makes a sound'
    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self.name)
class Dog(Animal):
    def speak(self):
        return Animal.speak(self) + ': woof'
print(Dog('rex').speak(), [Dog('a'), Animal('b')])

# super() outside of a method
try:
    super()
except RuntimeError as e:
    print('RuntimeError:', e)

# super() attribute missing
class S1:
    def g(self):
        return super().g()
try:
    S1().g()
except AttributeError as e:
    print('AttributeError:', e)

# super object repr-free checks
class T1:
    def h(self):
        s = super()
        return type(s).__name__
print(T1().h())

# issubclass errors
try:
    issubclass(1, int)
except TypeError as e:
    print('TypeError:', e)
try:
    isinstance(1, 2)
except TypeError as e:
    print('TypeError:', e)
print(isinstance(1, (str, (list, int))))

# __subclasses__
class Root: pass
class Kid1(Root): pass
class Kid2(Root): pass
print([c.__name__ for c in Root.__subclasses__()])

# inheriting from object explicitly
class Obj(object):
    pass
print(Obj.__mro__ == (Obj, object))
