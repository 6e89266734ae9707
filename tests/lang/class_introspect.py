# Introspection and construction: type(), type(name, bases, ns), dir, vars, getattr & co,
# __dict__, __class__, generic aliases, __class_getitem__, construction errors.
def meth(self):
    return self.v + 1
Dyn = type('Dyn', (), {'v': 41, 'meth': meth, '__doc__': 'made by type()'})
d = Dyn()
print(Dyn, Dyn.__name__, Dyn.__doc__, d.meth(), type(d) is Dyn, Dyn.__bases__, Dyn.__module__)
Kid = type('Kid', (Dyn,), {'v': 1})
print(Kid().meth(), [c.__name__ for c in Kid.__mro__])
for bad in (('X', 1, {}), (1, (), {}), ('X', (), 5)):
    try:
        type(*bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    type('a', 'b')
except TypeError as e:
    print('TypeError:', e)

class Thing:
    kind = 'thing'
    def __init__(self):
        self.b = 2
        self.a = 1
    def act(self):
        return 'act'
t = Thing()
print([n for n in dir(t) if not n.startswith('__')], dir(t) == sorted(dir(t)))
print('__init__' in dir(t), '__class__' in dir(t), '__dict__' in dir(Thing), 'act' in dir(Thing))
print(vars(t), t.__dict__ is vars(t), sorted(k for k in vars(Thing) if not k.startswith('__')))
print(getattr(t, 'a'), getattr(t, 'zz', 'dflt'), hasattr(t, 'act'), hasattr(t, 'zz'))
setattr(t, 'c', 3)
print(t.c, t.__class__ is Thing, t.__class__.__name__)
delattr(t, 'c')
print(hasattr(t, 'c'))
t.__dict__['direct'] = 'yes'
print(t.direct)
try:
    delattr(t, 'missing')
except AttributeError as e:
    print('AttributeError:', e)
try:
    Thing.missing
except AttributeError as e:
    print('AttributeError:', e)
Thing.kind = 'changed'
del Thing.act
print(t.kind, hasattr(t, 'act'))

# generic aliases
print(list[int], dict[str, list[int]], tuple[int, ...], type[Thing], set[str] == set[str])
print(list[int]([1, 2]), list[int].__origin__ is list, dict[str, int].__args__)
class Box:
    def __class_getitem__(cls, item):
        return '%s[%s]' % (cls.__name__, item.__name__)
print(Box[int])
try:
    int[0]
except TypeError as e:
    print('TypeError:', e)

# construction rules
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print('TypeError:', e)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print('TypeError:', e)
class SuperArgs:
    def __init__(self, x):
        super().__init__(x)
try:
    SuperArgs(1)
except TypeError as e:
    print('TypeError:', e)
class WithNew:
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.args = args
        return inst
w = WithNew(1, 2)
print(w.args, type(w).__name__)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self):
        self.inits = getattr(self, 'inits', 0) + 1
print(Singleton() is Singleton(), Singleton().inits)
class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never runs')
print(NotMine())
class Positive(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Positive(-5), type(Positive(-5)).__name__)
try:
    class Meta(metaclass=type): pass
    print('metaclass=type ok')
except TypeError as e:
    print('TypeError:', e)
