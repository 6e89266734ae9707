# Data models: dataclasses (post_init, InitVar, kw_only, inheritance, slots)
# + json with custom encoder/decoder + copy.
import json
import copy
from dataclasses import (dataclass, field, InitVar, asdict, fields, is_dataclass,
                         make_dataclass, replace, FrozenInstanceError, KW_ONLY)
from typing import List, Optional, ClassVar
from enum import Enum


class Role(Enum):
    ADMIN = 1
    USER = 2


@dataclass
class Base:
    id: int
    created: str = "2024-01-01"


@dataclass
class User(Base):
    name: str = "anon"
    email: Optional[str] = None
    roles: List[Role] = field(default_factory=lambda: [Role.USER])
    password: InitVar[Optional[str]] = None
    pw_hash: str = field(init=False, repr=False, default="")
    count: ClassVar[int] = 0

    def __post_init__(self, password):
        User.count += 1
        if password is not None:
            self.pw_hash = "h" + str(sum(map(ord, password)) % 997)
        if self.email is not None and "@" not in self.email:
            raise ValueError(f"bad email {self.email!r}")


@dataclass(kw_only=True)
class Settings:
    theme: str = "light"
    size: int = 12


@dataclass
class Point:
    x: int
    _: KW_ONLY
    y: int = 0
    z: int = 0


@dataclass(slots=True)
class Slotted:
    a: int
    b: int = 2


@dataclass(eq=True, unsafe_hash=True)
class Tag:
    name: str
    weight: int = field(default=1, compare=False)


@dataclass(frozen=True, order=True)
class Money:
    cents: int
    currency: str = "EUR"

    def __add__(self, other):
        if self.currency != other.currency:
            return NotImplemented
        return Money(self.cents + other.cents, self.currency)


u1 = User(1, name="ann", email="ann@x.org", password="secret")
u2 = User(2, "2024-02-02", "bob", roles=[Role.ADMIN, Role.USER])
print(u1)
print(u2, u1.pw_hash, u2.pw_hash == "", User.count)
try:
    User(3, email="nope")
except ValueError as e:
    print("ValueError", e)
print([f.name for f in fields(User)], is_dataclass(u1), is_dataclass(User), is_dataclass(1))
print(Settings(), Settings(size=14))
try:
    Settings("dark")
except TypeError as e:
    print("TypeError", e)
print(Point(1, y=2), Point(5, z=1))
sl = Slotted(1)
print(sl, hasattr(sl, "__dict__"), Slotted.__slots__)
try:
    sl.c = 3
except AttributeError as e:
    print("AttributeError")
print(hash(Tag("a", 1)) == hash(Tag("a", 5)), Tag("a", 1) == Tag("a", 9), len({Tag("x"), Tag("x", 2)}))
m = Money(150) + Money(275)
print(m, sorted([Money(5), Money(1, "USD"), Money(1)]), Money(1) < Money(2))
try:
    m.cents = 0
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
try:
    Money(1) + Money(1, "USD")
except TypeError as e:
    print("TypeError", e)
print(replace(u2, name="robert").name, u2.name)
try:
    replace(u1, pw_hash="x")
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)


class ModelEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Enum):
            return {"__enum__": f"{type(o).__name__}.{o.name}"}
        if is_dataclass(o):
            d = {f.name: getattr(o, f.name) for f in fields(o)}
            d["__type__"] = type(o).__name__
            return d
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


ENUMS = {"Role": Role}
TYPES = {"User": User, "Money": Money}


def decode_hook(d):
    if "__enum__" in d:
        cls, _, name = d["__enum__"].partition(".")
        return ENUMS[cls][name]
    if "__type__" in d:
        cls = TYPES[d.pop("__type__")]
        init = {k: v for k, v in d.items() if k != "pw_hash"}
        return cls(**init)
    return d


payload = {"users": [u1, u2], "wallet": Money(999, "USD"), "tags": {"b", "a"}}
text = json.dumps(payload, cls=ModelEncoder, sort_keys=True)
print(text)
back = json.loads(text, object_hook=decode_hook)
print(back["users"][1] == u2, back["wallet"], back["tags"])
try:
    json.dumps({"x": object()}, cls=ModelEncoder)
except TypeError as e:
    print("TypeError", e)
print(json.dumps(asdict(u2), default=lambda o: o.name))
print(json.dumps([1, 2], indent="\t"), json.dumps({"a": [], "b": {}}, indent=2))
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps([float("inf"), -float("inf")]), json.dumps(10 ** 30), json.dumps(0.1 + 0.2))
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError", e)
print(json.loads("[1.0, 2, -0.0, 1e400, NaN]", parse_float=str, parse_constant=lambda s: s.lower()))
print(json.loads('{"a": 1, "a": 2}'), json.loads('"\\ud83d\\ude00"') == "\U0001F600")
print(json.loads('[["x", 1]]', object_pairs_hook=dict), json.loads('{"b":1,"a":2}', object_pairs_hook=list))
enc = json.JSONEncoder(separators=(",", ":"), sort_keys=True)
print(enc.encode({"z": [1, {"y": 2}], "a": "é"}), "".join(enc.iterencode([1, [2]])))
dec = json.JSONDecoder()
print(dec.raw_decode('{"k": 1} trailing'))

Dyn = make_dataclass("Dyn", [("a", int), ("b", str, field(default="x"))])
print(Dyn(1), Dyn(2, "y") == Dyn(2, "y"))
nested = {"u": u1, "list": [u2, [Money(1)]]}
cp = copy.deepcopy(nested)
cp["u"].roles.append(Role.ADMIN)
print(u1.roles, cp["u"].roles, cp["list"][1][0] == Money(1))
