from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP


def show(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(repr(rw), str(rw), rw.name, rw.value, list(rw), len(rw), bool(rw))
print(repr(Perm(0)), str(Perm(0)), bool(Perm(0)), list(Perm(0)), Perm(0).name)
print(repr(~Perm.R), repr(~rw), repr(~Perm(0)), repr(Perm.R & Perm.W), repr(rw & Perm.R), repr(rw ^ Perm.R))
print(Perm.R in rw, Perm.X in rw, Perm(6) is rw, Perm(7), list(Perm), len(Perm))
print(rw == Perm(6), rw != Perm.R, hash(rw) == hash(Perm(6)), isinstance(rw, Perm))
print(f"{rw}", format(Perm.W), "%s" % Perm.X)
show(lambda: Perm(8))
show(lambda: Perm.R | 1)
show(lambda: 1 in rw)
show(lambda: Perm.R < Perm.W)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print([(m.name, m.value) for m in Color], Color.WHITE, repr(Color.WHITE), list(Color.WHITE))
print(list(Color.__members__), repr(Color.RED | Color.GREEN), repr(~Color.RED), Color(7) is Color.WHITE)
print(repr(Color.WHITE & ~Color.GREEN), len(Color), len(Color.WHITE))


class Order(Flag):
    B = 2
    A = 1
    C = 4

print(repr(Order.A | Order.B | Order.C), list(Order.A | Order.C), repr(~Order.B))


class Num(IntFlag):
    R = 4
    W = 2
    X = 1


rwx = Num.R | Num.W | Num.X
print(repr(rwx), str(rwx), rwx + 0, rwx == 7, isinstance(rwx, int), format(Num.R), f"{Num.W:>4}")
print(repr(Num(0)), str(Num(0)), repr(~Num.R), repr(Num(9)), repr(Num.R | 8), repr(Num.R | Num.W), Num.R + 1)
print(repr(Num.W & 3), repr(3 & Num.W), repr(Num.X ^ Num.X), Num.R * 2, list(Num(9)), repr(Num(-1)))
print(Num.R in rwx, sorted([Num.R, Num.X]), Num(6).name, Num(12).name)


class Bound(Flag, boundary=CONFORM):
    A = 1
    B = 2

print(repr(Bound(7)), repr(Bound(4)))


class Ej(Flag, boundary=EJECT):
    A = 1
    B = 2

print(Ej(7), type(Ej(7)).__name__, repr(Ej(3)))


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2

print(repr(Keep(7)), str(Keep(5)))


class Strict(Flag, boundary=STRICT):
    A = 1
    B = 2

show(lambda: Strict(12))
show(lambda: Strict("x"))
