from enum import Enum, IntEnum, Flag, auto
class X(int, Enum):
    A = 1
class S(str, Enum):
    A = "a"
    B = "b"
print(f"{X.A}", str(X.A), repr(X.A), X.A + 1, f"{S.A}", str(S.A), repr(S.A), S.A == "a", S("b"), "%s" % S.B, S.A.upper())
print(list(range(IntEnum("N", "A B C").C)), {S.A: 1}["a"], sorted([S.B, S.A]))
class Shape(Enum):
    SQUARE = 2
    def __str__(self): return "custom"
    @property
    def sides(self): return 4
print(Shape.SQUARE, f"{Shape.SQUARE}", Shape.SQUARE.sides)
if Shape.SQUARE == Shape.SQUARE: print("matched")
class Perm(Flag):
    R = auto(); W = auto()
for p in Perm: print(p)
print(Perm.R | Perm.W in Perm, bool(Perm(0)), Perm.R.value)
print(X.__mro__)
print([m.name for m in S], S.__members__.keys())
