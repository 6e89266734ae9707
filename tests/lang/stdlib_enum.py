import enum
from enum import Enum, IntEnum, StrEnum, auto, unique, EnumMeta, EnumType


def show(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # an alias

    def describe(self):
        return f"{self.name} is {self.value}"

    @property
    def lower(self):
        return self.name.lower()

    @classmethod
    def default(cls):
        return cls.GREEN


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, type(Color.RED).__name__)
print(Color(1), Color["GREEN"], Color(3) is Color.BLUE, Color.CRIMSON is Color.RED, Color.CRIMSON)
print(list(Color), len(Color), Color.RED in Color, list(reversed(Color)))
print(list(Color.__members__), Color.__members__["CRIMSON"])
print(Color.RED.describe(), Color.BLUE.lower, Color.default())
print(isinstance(Color.RED, Color), isinstance(Color, EnumMeta), type(Color) is EnumType, EnumMeta is EnumType)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN, Color.RED is Color(1))
print(hash(Color.RED) == hash("RED"), {Color.RED: "r"}[Color.CRIMSON], sorted(Color, key=lambda c: c.value)[-1])
print(f"{Color.RED}", format(Color.GREEN), "%s" % Color.BLUE, str(Color.RED), "{:>12}|".format(Color.RED))
print(repr(Color), Color.__name__, bool(Color.RED), bool(Color))
print(Color.RED.__class__ is Color, Color._member_names_, Color._value2member_map_[2])
show(lambda: Color(7))
show(lambda: Color["PURPLE"])
show(lambda: Color("RED"))
show(lambda: Color.RED < Color.GREEN)
show(lambda: "RED" in Color)


def reassign():
    Color.RED = 5
show(reassign)


def delete():
    del Color.GREEN
show(delete)


def extend():
    class MoreColor(Color):
        PINK = 4
show(extend)


def reuse():
    class X(Enum):
        A = 1
        A = 2
show(reuse)


def sunder():
    class X(Enum):
        _bad_ = 1
show(sunder)


# Enums without members can be extended; methods are inherited.
class Base(Enum):
    def hello(self):
        return "hello " + self.name


class Greeting(Base):
    HI = "hi"
    YO = "yo"

print(Greeting.HI.hello(), Greeting("yo"), repr(Greeting.YO))


# auto and _generate_next_value_.
class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()

print([(m.name, m.value) for m in Auto])


class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    X = auto()
    Y = auto()

print(list(Named), Named.Y.value)


class S(StrEnum):
    ALPHA = auto()
    BETA = "b"

print(S.ALPHA, repr(S.ALPHA), S.BETA == "b", S.ALPHA.upper(), f"{S.BETA}!", isinstance(S.ALPHA, str), len(S.ALPHA))
show(lambda: S("zzz"))


# IntEnum.
class Num(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3

print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num.TWO * 3, Num.THREE > Num.ONE, Num.ONE == 1, int(Num.THREE))
print(f"{Num.TWO}", format(Num.TWO, "03d"), "%d" % Num.THREE, sorted([Num.THREE, Num.ONE]), Num(2), [1, 2, 3][Num.ONE])
print(isinstance(Num.ONE, int), Num.ONE in Num, hash(Num.ONE) == hash(1), str(Num.ONE), Num.TWO.name)


# Mixed-in data types and tuple values with __init__.
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2), repr(Planet.MERCURY))


class FloatEnum(float, Enum):
    HALF = 0.5
    QUARTER = 0.25

print(FloatEnum.HALF + 1, repr(FloatEnum.QUARTER), str(FloatEnum.HALF), FloatEnum(0.25))


# __new__ controlling values.
class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj

    PX = (0, "P.X")
    PY = (1, "P.Y")

print(Coord.PY.value, Coord.PY.label, Coord(0), Coord.PX.name)


class AutoNumber(Enum):
    def __new__(cls, doc):
        value = len(cls.__members__) + 1
        obj = object.__new__(cls)
        obj._value_ = value
        obj.doc = doc
        return obj

    FIRST = "the first"
    SECOND = "the second"

print(AutoNumber.SECOND.value, AutoNumber(1).doc, repr(AutoNumber.FIRST))


# _missing_.
class Lenient(Enum):
    A = "a"
    B = "b"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None

print(Lenient("A"), Lenient("b"))
show(lambda: Lenient("c"))


class BadMissing(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 5

show(lambda: BadMissing(2))


# unique.
@unique
class Fine(Enum):
    A = 1
    B = 2

print(list(Fine))


def not_unique():
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
show(not_unique)


# Functional API.
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, repr(Animal), Animal(3))
Shape = Enum("Shape", ["CIRCLE", "SQUARE"], start=0)
print([(m.name, m.value) for m in Shape])
Pairs = Enum("Pairs", [("X", 10), ("Y", 20)])
print(Pairs.Y, Pairs(10))
Mapped = Enum("Mapped", {"P": "p", "Q": "q"})
print(Mapped.Q.value, list(Mapped))
Ints = IntEnum("Ints", "A, B, C")
print(Ints.C + 0, repr(Ints.B))
Commas = Enum("Commas", "x,y z")
print([m.name for m in Commas])


# Members used as dict keys and in sets; comparisons with identity.
d = {Color.RED: 1, Color.GREEN: 2}
print(d[Color.CRIMSON], Color.BLUE in d, sorted(m.name for m in {Color.RED, Color.CRIMSON, Color.BLUE}))


# Enum with a nested function not becoming a member, a nonmember and a _ignore_ list.
class Config(Enum):
    _ignore_ = ["tmp"]
    tmp = 5
    LOW = 1
    HIGH = 2
    limit = enum.nonmember(10)

    def check(self):
        return self.value < Config.limit

print(list(Config), Config.limit, Config.HIGH.check(), hasattr(Config, "tmp"))


# dir and class attributes.
print(Color.RED.__class__.__name__, Color.__class__.__name__, Num.__mro__[1].__name__)
print([m for m in Color.__members__.items()][-1])
