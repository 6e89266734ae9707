# type() with 1 and 3 args, dir, vars, getattr/setattr/delattr/hasattr, __class__/__qualname__/__module__/__doc__.
print(type(1).__name__, type('s').__name__, type([]).__name__, type(None).__name__, type(type).__name__)
print(type(len).__name__, type(lambda: 0).__name__, type(print).__name__)

def meth(self):
    return self.v * 2
Dyn = type('Dyn', (object,), {'v': 21, 'meth': meth, '__doc__': 'dynamic'})
d = Dyn()
print(Dyn.__name__, Dyn.__qualname__, Dyn.__doc__, d.meth(), type(d) is Dyn)
Sub = type('Sub', (Dyn,), {})
print(Sub().meth(), [c.__name__ for c in Sub.__mro__])
try:
    type('X', 1, {})
except TypeError as e:
    print('TypeError:', e)
try:
    type('a', 'b')
except TypeError as e:
    print('TypeError:', e)

class Outer:
    class Inner:
        def f(self):
            pass
    def method(self):
        def local():
            pass
        return local
print(Outer.Inner.__qualname__, Outer.Inner.f.__qualname__, Outer().method().__qualname__)
print(Outer.__module__, Outer.Inner.__name__)

class Obj:
    """Doc string."""
    cls_attr = 1
    def __init__(self):
        self.b = 2
        self.a = 1
    def m(self):
        pass
o = Obj()
names = dir(o)
print([n for n in names if not n.startswith('__')])
print('__init__' in names, '__class__' in names, '__dict__' in names)
print(dir(o) == sorted(dir(o)))
print(vars(o), vars(Obj)['cls_attr'], 'm' in vars(Obj))
print(getattr(o, 'a'), getattr(o, 'zz', 'default'), getattr(Obj, 'cls_attr'))
setattr(o, 'c', 3)
print(o.c, hasattr(o, 'c'))
delattr(o, 'c')
print(hasattr(o, 'c'))
try:
    getattr(o, 'zz')
except AttributeError as e:
    print('AttributeError:', e)
try:
    delattr(o, 'zz')
except AttributeError as e:
    print('AttributeError:', e)
try:
    getattr(o, 5)
except TypeError as e:
    print('TypeError:', e)
try:
    vars(5)
except TypeError as e:
    print('TypeError:', e)
print(o.__class__.__name__, o.__class__.__doc__, Obj.__dict__['__doc__'])
print(sorted(k for k in vars(Obj) if not k.startswith('__')))

# modules have __name__/__dict__
import sys
print(type(sys).__name__, __name__, sys.__name__)
print('print' in dir(__builtins__) if not isinstance(__builtins__, dict) else 'print' in __builtins__)

# __class__ assignment-free checks and builtins
print((1).__class__ is int, [].__class__.__name__, int.__class__ is type)
print(int.__name__, int.__qualname__, int.__module__, str.__mro__ == (str, object))
print(bool.__mro__ == (bool, int, object), bool.__base__ is int)

# __init_subclass__
class Plugin:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Plugin.registry.append(cls.__name__)
class P1(Plugin, tag='one'):
    pass
class P2(Plugin):
    pass
class P3(P1, tag='three'):
    pass
print(Plugin.registry, P1.tag, P2.tag, P3.tag)
try:
    class P4(object, unknown=1):
        pass
except TypeError as e:
    print('TypeError:', e)

# __class_getitem__ and generic aliases for annotations
class Box:
    def __class_getitem__(cls, item):
        return 'Box of ' + getattr(item, '__name__', repr(item))
print(Box[int], Box['x'])
print(list[int], dict[str, int], tuple[int, ...])
def annotated(x: list[int]) -> dict[str, int]:
    return {}
print(annotated.__annotations__['x'], annotated.__annotations__['return'])

# __doc__ for functions and classes without docstring
def nodoc():
    pass
def withdoc():
    "function doc"
print(nodoc.__doc__, withdoc.__doc__)

# class decorator returning the same class
def add_greet(cls):
    cls.greet = lambda self: 'hi from ' + type(self).__name__
    return cls
@add_greet
class G:
    pass
print(G().greet())

# callable()
print(callable(G), callable(G()), callable(len), callable(3))

# type of a class is type; metaclass keyword with type
class M(metaclass=type):
    pass
print(type(M) is type)

# object() instances have no __dict__
obj = object()
try:
    obj.x = 1
except AttributeError as e:
    print('AttributeError:', e)
print(type(obj).__name__)
