# Plugin registry: abc (register, __subclasshook__, abstract class/static methods)
# + enum (StrEnum, _missing_, functional API) + typing (TypedDict, Literal, Final)
# + functools (singledispatchmethod, cached_property, partialmethod).
from abc import ABC, ABCMeta, abstractmethod
from enum import Enum, IntEnum, StrEnum, auto
from typing import TypedDict, Literal, Final, Optional, Dict, Type
from functools import singledispatchmethod, cached_property, partialmethod, wraps
import operator

API_VERSION: Final = 3


class Stage(StrEnum):
    PARSE = auto()
    CHECK = auto()
    EMIT = auto()


class Level(IntEnum):
    OFF = 0
    LOW = 1
    HIGH = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return cls.OFF


Color = Enum("Color", "RED GREEN BLUE")
Shade = Enum("Shade", [("LIGHT", 10), ("DARK", 20)])


class PluginInfo(TypedDict, total=False):
    name: str
    stage: str
    level: int


class Plugin(ABC):
    registry: Dict[str, Type["Plugin"]] = {}

    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        if key:
            Plugin.registry[key] = cls

    @classmethod
    @abstractmethod
    def stage(cls) -> Stage: ...

    @abstractmethod
    def run(self, data): ...

    @staticmethod
    def describe_all():
        return sorted((k, v.stage().value) for k, v in Plugin.registry.items())


class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented


class Upper(Plugin, key="upper"):
    @classmethod
    def stage(cls):
        return Stage.EMIT

    def run(self, data):
        return data.upper()


class Strip(Plugin, key="strip"):
    @classmethod
    def stage(cls):
        return Stage.PARSE

    def run(self, data):
        return data.strip()

    @cached_property
    def expensive(self):
        print("  (computing expensive once)")
        return 42


class Counter3(Plugin, key="count"):
    @classmethod
    def stage(cls):
        return Stage.CHECK

    def run(self, data):
        return f"{data} [{len(data)}]"


class Legacy:
    def run(self, data):
        return data


Plugin.register(Legacy)
print(Plugin.describe_all(), API_VERSION)
print(isinstance(Legacy(), Plugin), issubclass(Legacy, Plugin), "legacy" in Plugin.registry)
print(isinstance([], Sized), isinstance(3, Sized), issubclass(dict, Sized))
print(type(Plugin) is ABCMeta, sorted(Plugin.__abstractmethods__))


def pipeline(text, keys):
    plugins = sorted((Plugin.registry[k]() for k in keys), key=lambda p: list(Stage).index(p.stage()))
    for p in plugins:
        text = p.run(text)
    return text


print(pipeline("  hello sparrow  ", ["upper", "count", "strip"]))
s = Strip()
print(s.expensive, s.expensive, "expensive" in s.__dict__)
del s.expensive
print(s.expensive)

print(list(Stage), Stage.PARSE == "parse", Stage("check"), f"{Stage.EMIT}", Stage.EMIT.upper(), isinstance(Stage.EMIT, str))
print(Level("high"), Level(99), Level(1), Level.HIGH + 1, f"{Level.LOW}", format(Level.HIGH, "03d"), sorted([Level.HIGH, Level.OFF]))
print(list(Color), Color.GREEN.value, Color(3), list(Shade), Shade(20).name)
info: PluginInfo = {"name": "upper", "stage": Stage.EMIT.value}
print(info, PluginInfo.__total__, sorted(PluginInfo.__annotations__))
Mode = Literal["r", "w"]


def open_mode(m: Mode) -> str:
    return {"r": "read", "w": "write"}[m]


print(open_mode("w"), Mode)


class Formatter:
    def __init__(self, prefix):
        self.prefix = prefix

    @singledispatchmethod
    def fmt(self, arg):
        return f"{self.prefix}obj:{arg!r}"

    @fmt.register
    def _(self, arg: int):
        return f"{self.prefix}int:{arg:+d}"

    @fmt.register
    def _(self, arg: list):
        return self.prefix + "[" + ",".join(self.fmt(a) for a in arg) + "]"

    def tagged(self, tag, value):
        return f"<{tag}>{value}</{tag}>"

    bold = partialmethod(tagged, "b")
    italic = partialmethod(tagged, "i")


f = Formatter("~")
print(f.fmt(5), f.fmt("x"), f.fmt([1, "y"]), f.bold("hi"), f.italic(3))


def deprecated(msg):
    def deco(fn):
        @wraps(fn)
        def inner(*a, **k):
            print(f"  warning: {fn.__qualname__} is deprecated: {msg}")
            return fn(*a, **k)
        return inner
    return deco


class Old(Plugin, key="old"):
    @classmethod
    def stage(cls):
        return Stage.CHECK

    @deprecated("use count")
    def run(self, data):
        return data


print(Old().run("x"), Old.run.__qualname__, Old.run.__name__)
print(sorted(Plugin.registry, key=operator.methodcaller("upper")))
