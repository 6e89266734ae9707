# Float/int subclass instances through float and int methods, builtins and math (plain results).
import math
class F(float): pass
class I(int): pass
tests = [
 "abs(F(1.5))", "type(abs(F(-1.5)))", "int(F(1.5))", "divmod(F(7.5), 2)", "F(1.5).as_integer_ratio()",
 "F(1.5).hex()", "round(F(2.5))", "round(F(2.567),2)", "type(round(F(2.567),2))", "math.floor(F(1.5))", "math.ceil(F(1.5))", "math.trunc(F(1.5))",
 "F(1.5).is_integer()", "'%f' % F(1.5)", "float(F(1.5))", "type(float(F(1.5)))", "F(1.5) < 2", "F(1.5) == 1.5", "hash(F(1.5)) == hash(1.5)",
 "F(1.5) + 1", "1 + F(1.5)", "F(1.5) * F(2)", "-F(1.5)", "type(-F(1.5))", "+F(1.5)", "type(+F(1.5))", "F(1.5) ** 2", "F(7.5) % 2", "F(7.5) // 2",
 "(2.5).__round__()", "(2.567).__round__(1)", "int.__floor__(3)", "(1.7).__trunc__()", "(1.7).__floor__()", "(1.2).__ceil__()", "(5).__round__(-1)", "(5).__ceil__()", "(5).__trunc__()",
 "type(+I(3))", "type(abs(I(-3)))", "type(I(3).real)", "type(I(3).imag)", "type(I(3).numerator)", "type(I(3).denominator)", "type(I(3).conjugate())", "type(round(I(3)))", "type(int(I(3)))", "type(I(3).__index__())",
 "type(F(1.0).real)", "type(F(1.0).imag)", "type(F(1.0).conjugate())", "type(True.real)", "type(True.numerator)", "type(+True)", "type(abs(True))", "type(True.conjugate())", "type(True.__index__())", "type(round(True))",
 "type(math.floor(I(3)))", "type(math.trunc(I(3)))", "F(1.5).__format__('.2f')", "format(F(1.5), '.1f')", "str(F(1.5))", "repr(F(1.5))", "F(1.5).__float__()", "type(F(1.5).__float__())",
 "F(1.5).__int__()", "F(1.5).__abs__()", "F(1.5).__neg__()", "F(1.5).__add__(1)", "F(1.5).__eq__(1.5)", "F(1.5).__hash__() == hash(1.5)", "F(1.5).__bool__()", "bool(F(0.0))",
 "math.isnan(F(1.5))", "math.sqrt(F(4))", "F(1.5).__getnewargs__()", "F(2.5).__divmod__(2)", "F(2.5).__pow__(2)", "F(2.5).__rsub__(1)", "F(2.5).__mod__(2)",
 "I(7).__round__()", "type(I(7).__round__())", "type(I(7).__floor__())", "type(I(7).__ceil__())", "type(I(7).__trunc__())", "type(I(7).__round__(-1))",
 "type(F(7).__round__())", "type(F(7).__floor__())", "type(F(7).__round__(1))", "type(F(7).__trunc__())",
 "math.floor(2.5)", "math.ceil(2.5)", "round(2.675, 2)", "round(2.5)", "round(3.5)", "round(-0.5)", "math.trunc(-2.5)", "round(25, -1)", "round(35, -1)",
 "float(I(3))", "F(3) == I(3)", "{F(1.5): 1}[1.5]", "max(F(1.5), 2)", "sorted([F(3), F(1), 2])",
]
for t in tests:
    try:
        print(t, "->", repr(eval(t)))
    except Exception as e:
        print(t, "-> EXC", type(e).__name__, e)
class R(float):
    def __round__(self, n=None): return "custom"
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
    def __trunc__(self): return "trunc"
print(round(R(1.5)), round(R(1.5), 2), math.floor(R(1.5)), math.ceil(R(1.5)), math.trunc(R(1.5)))
class RI(int):
    def __round__(self, n=None): return "icustom"
    def __floor__(self): return "ifloor"
    def __ceil__(self): return "iceil"
    def __trunc__(self): return "itrunc"
print(round(RI(1)), round(RI(1), 2), math.floor(RI(1)), math.ceil(RI(1)), math.trunc(RI(1)))
class O:
    def __round__(self, n=None): return ("oround", n)
    def __floor__(self): return "ofloor"
    def __ceil__(self): return "oceil"
    def __trunc__(self): return "otrunc"
print(round(O()), round(O(), 3), math.floor(O()), math.ceil(O()), math.trunc(O()))
for t in ("round(object())", "math.floor('x')", "math.trunc('x')", "(1.5).__round__('x')", "(2).__round__(1.5)", "round(float('inf'))", "round(float('nan'))", "math.floor(float('inf'))", "(1.5).__ceil__(1)"):
    try:
        print(t, "->", repr(eval(t)))
    except Exception as e:
        print(t, "-> EXC", type(e).__name__, e)
import enum
class Priority(enum.IntEnum):
    LOW = 1
    HIGH = 3
print(type(+Priority.HIGH), +Priority.HIGH, type(abs(Priority.HIGH)), type(Priority.HIGH.real), type(round(Priority.HIGH)), type(int(Priority.HIGH)), type(Priority.HIGH.__index__()), type(-Priority.HIGH), type(Priority.HIGH.numerator))
