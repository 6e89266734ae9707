import abc
from abc import ABC, ABCMeta, abstractmethod


def show(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} area={self.area()}"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    def perimeter(self):
        return 4 * self.s


class Half(Shape):
    def area(self):
        return 1


print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), sorted(Square.__abstractmethods__))
show(lambda: Shape())
show(lambda: Half())
print(Square(3).describe(), Square(2).perimeter())
print(isinstance(Square(1), Shape), issubclass(Square, Shape), issubclass(Shape, ABC), type(Shape) is ABCMeta)


class One(ABC):
    @abstractmethod
    def only(self):
        pass

show(lambda: One())


# A metaclass= class with classmethod / staticmethod / property abstracts.
class Base(metaclass=ABCMeta):
    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...

    @property
    @abstractmethod
    def value(self):
        ...

    @abc.abstractclassmethod
    def old_cm(cls):
        ...

    @abc.abstractstaticmethod
    def old_sm():
        ...

    @abc.abstractproperty
    def old_prop(self):
        ...


print(sorted(Base.__abstractmethods__))
show(lambda: Base())


class Impl(Base):
    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return "help"

    @property
    def value(self):
        return 7

    @classmethod
    def old_cm(cls):
        return "cm"

    @staticmethod
    def old_sm():
        return "sm"

    old_prop = 5


i = Impl.make()
print(i.value, Impl.helper(), Impl.old_cm(), Impl.old_sm(), i.old_prop, sorted(Impl.__abstractmethods__))


# register: virtual subclasses.
class Sized2(ABC):
    @abstractmethod
    def size(self):
        ...


class Box:
    def size(self):
        return 3


print(issubclass(Box, Sized2), isinstance(Box(), Sized2))
tok = abc.get_cache_token()
r = Sized2.register(Box)
print(r is Box, issubclass(Box, Sized2), isinstance(Box(), Sized2), abc.get_cache_token() != tok)
print(Sized2 in Box.__mro__)


@Sized2.register
class Other:
    pass

print(issubclass(Other, Sized2), isinstance(Other(), Sized2))
Sized2.register(int)
print(isinstance(5, Sized2), isinstance("s", Sized2), isinstance(True, Sized2))
show(lambda: Sized2.register(5))
show(lambda: Box.__class__)
print(Sized2.register(Box) is Box)


class SubOfAbstract(Sized2):
    pass

show(lambda: Sized2.register(Sized2))
show(lambda: SubOfAbstract.register(Sized2))
show(lambda: issubclass(5, Sized2))


# __subclasshook__.
class HasLen(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is HasLen:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented


print(issubclass(list, HasLen), issubclass(int, HasLen), isinstance("abc", HasLen), isinstance(3, HasLen))


class Thing:
    def __len__(self):
        return 0


print(isinstance(Thing(), HasLen), issubclass(Thing, HasLen))


class BadHook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1

show(lambda: issubclass(int, BadHook))


# Subclasses of registered classes, and of ABC subclasses.
class Parent(ABC):
    pass


class Kid(Parent):
    pass


class Plain:
    pass


class PlainKid(Plain):
    pass


Kid.register(Plain)
print(issubclass(PlainKid, Parent), issubclass(PlainKid, Kid), isinstance(PlainKid(), Parent), issubclass(Kid, Parent))
print(issubclass(Parent, Kid), issubclass(int, Parent))


# update_abstractmethods after fixing a class.
class Fixme(ABC):
    @abstractmethod
    def go(self):
        ...


class Later(Fixme):
    pass

show(lambda: Later())
Later.go = lambda self: "went"
abc.update_abstractmethods(Later)
print(sorted(Later.__abstractmethods__), Later().go())
print(abc.update_abstractmethods(int) is int)


# Abstract methods inherited through a non-overriding middle class; abstract attribute
# overridden by a plain value.
class A1(ABC):
    @abstractmethod
    def f(self):
        ...

    @abstractmethod
    def g(self):
        ...


class A2(A1):
    def f(self):
        return "f"


class A3(A2):
    g = None


print(sorted(A2.__abstractmethods__), sorted(A3.__abstractmethods__), A3().f())
show(lambda: A2())


# ABC with __init__ and arguments; ABC with slots.
class WithInit(ABC):
    def __init__(self, a, b=2):
        self.a, self.b = a, b


w = WithInit(1)
print(w.a, w.b, ABC.__slots__)


# Abstract classes with a user __new__.
class NewABC(ABC):
    def __new__(cls, *args):
        return super().__new__(cls)

    @abstractmethod
    def m(self):
        ...

show(lambda: NewABC())


class NewImpl(NewABC):
    def m(self):
        return "m"

print(NewImpl().m())


# The ABCMeta metaclass can be subclassed.
class MyMeta(ABCMeta):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        cls.created_by = "MyMeta"
        return cls


class Custom(metaclass=MyMeta):
    @abstractmethod
    def z(self):
        ...

print(Custom.created_by, sorted(Custom.__abstractmethods__), type(Custom).__name__)
show(lambda: Custom())
print(abc.abstractmethod(lambda: 0).__isabstractmethod__)


# __isabstractmethod__ seen through the built-in wrappers.
def plain():
    pass


marked = abc.abstractmethod(lambda: 0)
for w in (classmethod(plain), staticmethod(plain), property(plain), classmethod(marked),
          staticmethod(marked), property(None, marked), property()):
    print(type(w).__name__, w.__isabstractmethod__)
