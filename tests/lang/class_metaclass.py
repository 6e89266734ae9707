# Metaclasses: __build_class__, __prepare__, type.__new__, lookups through the metaclass.

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases],
              sorted(k for k in ns if not k.startswith('__')), sorted(kw.items()))
        if bases:
            cls = super().__new__(mcls, name, bases, ns, **kw)
        else:
            cls = super().__new__(mcls, name, bases, ns)
        cls.tag = name.lower()
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, sorted(kw))
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args, sorted(kwargs.items()))
        return super().__call__(*args, **kwargs)

    def describe(cls):
        return "class " + cls.__name__ + " made by " + type(cls).__name__

    @classmethod
    def meta_cm(mcls):
        return "classmethod of " + mcls.__name__

    @staticmethod
    def meta_sm(x):
        return x * 2

    @property
    def upper_name(cls):
        return cls.__name__.upper()

    counter = 0


class Base(metaclass=Meta, color="red"):
    x = 1

    def __init__(self, v):
        self.v = v

    def __init_subclass__(cls, **kw):
        print("__init_subclass__", cls.__name__, sorted(kw.items()))
        super().__init_subclass__()

    def method(self):
        return self.v * 10


class Child(Base, color="blue"):
    y = 2


print(type(Base) is Meta, type(Child) is Meta, Base.__class__ is Meta)
print(isinstance(Base, Meta), isinstance(Base, type), isinstance(Child, Meta), issubclass(Meta, type))
print(Base.tag, Child.tag, Child.x, Child.y)
b = Base(3)
c = Child(v=4)
print(b.v, c.v, b.method(), c.method(), type(c).__name__)
print(Base.describe(), Child.describe())
print(Base.meta_cm(), Base.meta_sm(21))
print(Base.upper_name, Child.upper_name)
print(Base.counter, Meta.counter)
Base.counter = 5
print(Base.counter, Child.counter, Meta.counter)
try:
    Base.upper_name = "x"
except AttributeError as e:
    print("AttributeError", e)
try:
    b.describe
except AttributeError as e:
    print("AttributeError", e)
try:
    Base.missing
except AttributeError as e:
    print("AttributeError", e)
print(Meta.__mro__ == (Meta, type, object))
print(type(Meta) is type)


# Special methods of classes come from the metaclass.
class Container(type):
    def __iter__(cls):
        return iter(cls.items)
    def __len__(cls):
        return len(cls.items)
    def __getitem__(cls, i):
        return cls.items[i]
    def __contains__(cls, x):
        return x in cls.items
    def __repr__(cls):
        return "<Container " + cls.__name__ + ">"
    def __str__(cls):
        return "str:" + cls.__name__
    def __or__(cls, other):
        return (cls.__name__, "|", other)
    def __ror__(cls, other):
        return (other, "|", cls.__name__)
    def __bool__(cls):
        return bool(cls.items)
    def __eq__(cls, other):
        return isinstance(other, Container) and cls.items == other.items
    def __hash__(cls):
        return hash(tuple(cls.items))
    def __lt__(cls, other):
        return len(cls.items) < len(other.items)


class Bag(metaclass=Container):
    items = [3, 1, 2]


class Empty(metaclass=Container):
    items = []


print(list(Bag), len(Bag), Bag[0], Bag[-1], 2 in Bag, 9 in Bag)
print(repr(Bag), str(Bag), f"{Bag}", Bag | 1, 1 | Bag, bool(Bag), bool(Empty))
print(sorted(Bag), max(Bag), Empty < Bag, Bag == Empty)
print("yes" if Bag else "no", "yes" if Empty else "no")
print(hash(Bag) == hash((3, 1, 2)))
print([x for x in Bag])
a, b2, c2 = Bag
print(a, b2, c2)


# __prepare__ returning a custom mapping; the class body reads and writes through it.
class RecordingDict(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        self.order.append(key)
        super().__setitem__(key, value)

    def __getitem__(self, key):
        if key == "magic":
            return 42
        return super().__getitem__(key)


class Recording(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("__prepare__", mcls.__name__, name, kw)
        return RecordingDict()

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns.order if not k.startswith("__")]
        return cls


class Rec(metaclass=Recording, opt=1):
    b = 1
    a = 2
    c = magic + 1

    def f(self):
        return 1

    b = 3

print(Rec.order, Rec.c, Rec.b)


# A plain mapping (not a dict) as the namespace: type.__new__ needs a real dict.
class Mapping:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]


class MapMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Mapping()
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, ns.d)


class UsesMapping(metaclass=MapMeta):
    a = 1
    b = a + 1
    del a
    try:
        a
    except NameError as e:
        print("NameError", e)
    len = len  # a builtin found through the mapping miss

print(UsesMapping.b, hasattr(UsesMapping, "a"), UsesMapping.len("abc"))


# The most derived metaclass wins, whichever base it comes from.
class M1(type):
    pass


class M2(M1):
    pass


class P(metaclass=M1):
    pass


class Q(metaclass=M2):
    pass


class R(P, Q):
    pass


class S(P, metaclass=M2):
    pass


print(type(R).__name__, type(S).__name__)
T = type("T", (Q,), {"z": 1})
print(type(T).__name__, T.z)
U = M1("U", (), {"w": 2})
print(type(U).__name__, U.w, U.__name__, U.__bases__)


# A metaclass that is a plain function.
def func_meta(name, bases, ns, **kw):
    print("func_meta", name, bases, sorted(k for k in ns if not k.startswith("__")), kw)
    return ns.get("value", 0) * 2


class NotAClass(metaclass=func_meta, k=1):
    value = 21

print(NotAClass)


# __instancecheck__ / __subclasscheck__ on the metaclass.
class Duck(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")


class Quacker(metaclass=Duck):
    pass


class Mallard:
    def quack(self):
        return "quack"


print(isinstance(Mallard(), Quacker), isinstance(1, Quacker), issubclass(Mallard, Quacker), issubclass(int, Quacker))
print(isinstance(Mallard(), (int, Quacker)), issubclass(Mallard, (str, Quacker)), isinstance(Quacker(), Quacker))


# Zero-argument super and __class__ inside metaclass methods.
class Counting(type):
    made = []

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        __class__.made.append(name)
        return cls

    def __call__(cls, *a):
        inst = super().__call__(*a)
        inst.made_by = __class__.__name__
        return inst


class One(metaclass=Counting):
    def __init__(self, a=0):
        self.a = a


class Two(One):
    def __init__(self, a):
        super().__init__(a + 1)


print(Counting.made, Two(1).a, Two(1).made_by, One().a)


# Singleton through __call__.
class Singleton(type):
    def __call__(cls, *a, **k):
        if "_inst" not in cls.__dict__:
            cls._inst = super().__call__(*a, **k)
        return cls._inst


class Config(metaclass=Singleton):
    def __init__(self, v=0):
        self.v = v


c1 = Config(1)
c2 = Config(2)
print(c1 is c2, c2.v)


# __set_name__ and __init_subclass__ keep working under a metaclass.
class Named:
    def __set_name__(self, owner, name):
        self.where = owner.__name__ + "." + name


class Holder(metaclass=Meta):
    field = Named()

print(Holder.field.where)


# Registries: a metaclass that records subclasses.
class Registry(type):
    classes = {}

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases:
            Registry.classes[name] = cls


class Plugin(metaclass=Registry):
    pass


class Alpha(Plugin):
    pass


class Beta(Plugin):
    pass

print(sorted(Registry.classes), Registry.classes["Beta"] is Beta)


# type.__new__ called directly and the metaclass attribute on the class.
X = type.__new__(Meta, "X", (), {"q": 9})
print(type(X).__name__, X.q, X.tag if hasattr(X, "tag") else "no tag")
print(type.__prepare__("n", ()), Meta.__prepare__("n", (), a=1))


# __mro_entries__ on a non-class base.
class Fake:
    def __mro_entries__(self, bases):
        return (Base2,)


class Base2:
    k = "base2"


class FromFake(Fake()):
    pass

print(FromFake.__bases__ == (Base2,), FromFake.k, type(FromFake.__orig_bases__[0]).__name__)


# Methods of the metaclass are not visible on instances; class attributes shadow meta ones.
class MetaAttr(type):
    shared = "from meta"
    def shadowed(cls):
        return "meta"


class WithAttr(metaclass=MetaAttr):
    def shadowed(self):
        return "class"

print(WithAttr.shared, WithAttr().shadowed(), WithAttr.shadowed(WithAttr()), hasattr(WithAttr(), "shared"))
print(MetaAttr.shadowed(WithAttr))
