# int()/float() parsing and conversions, hash equalities, abs, pow, divmod.
print(int("  12  "), int("-0x1f", 16), int("1_000"), int("+5"), int("-0"), int("\t42\n"), int("0010"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0o17", 8), int("0b101", 2), int("101", 2), int("z", 36), int("Z", 36))
print(int("0x1f", 0), int("0o17", 0), int("0b11", 0), int("123", 0), int("-0x10", 0), int("1_0", 0), int("0", 0))
print(int("10", 3), int("12", 5), int("1_0", 16), int(" -7_7 "))
print(int(3.7), int(-3.7), int(True), int(False), int(10 ** 20), int("9" * 30))
print(int(), float(), str(), bool(), repr(str()))
for bad in ["", " ", "1.5", "1e3", "0x", "1__0", "_1", "1_", "12a", "--1", "+-1", "0b2"]:
    try:
        print(repr(bad), "->", int(bad))
    except ValueError as e:
        print(repr(bad), "-> ValueError:", e)
for bad, base in [("08", 0), ("0x1g", 16), ("8", 8), ("2", 2), ("0b1", 16)]:
    try:
        print(repr(bad), base, "->", int(bad, base))
    except ValueError as e:
        print(repr(bad), base, "-> ValueError:", e)
print(float("1e5"), float("inf"), float("-inf"), float("-nan"), float("nan"), float("+inf"), float("Infinity"), float("-iNF"))
print(float("  3.25  "), float("1_000.5"), float("-.5"), float("5."), float("1E-3"), float("16"), float("-0"))
print(float(7), float(-2 ** 60), float("12345678901234567890"), float("1e400"), float("-1e400"), float("1e-400"))
for bad in ["", "abc", "1.2.3", "1e", "e5", "--1", "nan1", "1_", "0x10", "in f"]:
    try:
        print(repr(bad), "->", float(bad))
    except ValueError as e:
        print(repr(bad), "-> ValueError:", e)
# str() and repr() of numbers
print(str(42), str(-42), str(0), repr(42), str(1.0), str(-2.5), str(True), str(None), repr(None))
print(str(10 ** 20), repr(-(10 ** 20)))
# bool()
print(bool(0), bool(1), bool(-1), bool(0.0), bool(-0.0), bool(0.1), bool(float('nan')), bool(''), bool('0'), bool([]), bool(None))
# bool arithmetic
print(True + True, True * 10, True - False, -True, True / 2, True // 2, True ** 10, ~True, True & False, True | False, True ^ True)
print(True == 1, False == 0, sum([True, True, False, True]), type(True + True).__name__)
print(True and 5, 0 or False, True & 3, type(True & True).__name__, type(True | 2).__name__)
# hash equalities
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash(-1) == hash(-1.0), hash(2 ** 70) == hash(2.0 ** 70), hash(0.5) == hash(0.5), hash((1, 2)) == hash((1.0, 2.0)))
print(hash(7), hash(0), hash(-7), hash(10 ** 6), hash(True), hash(False))
d = {1: 'int'}
d[1.0] = 'float'
d[True] = 'bool'
print(d, len(d))
d2 = {True: 'a', 1.0: 'b', 1: 'c'}
print(d2)
s = {1, 1.0, True, 0, 0.0, False, -0.0}
print(s, len(s))
print(1 in {1.0}, 2.0 in {2: 'x'}, 0 in {False}, (1, 2) in {(1.0, 2.0)})
# abs
print(abs(-5), abs(5), abs(-5.5), abs(0), abs(-0.0), abs(-(10 ** 30)), abs(True), abs(float('-inf')))
# pow with 2 and 3 args
print(pow(2, 10), pow(2, -1), pow(2, -2), pow(-2, 3), pow(-2, -3), pow(2.0, 0.5), pow(4, 0.5), pow(0, 0), pow(0.0, 0))
print(pow(3, 4, 5), pow(-3, 3, 7), pow(3, 3, -7), pow(2, 100, 1000), pow(10 ** 20, 10 ** 20, 997))
print(pow(3, -1, 7), pow(2, -1, 9), pow(7, -2, 11))
print(2 ** -1, 2 ** -3, 10 ** -2, (-2) ** -1, 2.0 ** -1, 4 ** 0.5, 8 ** (1 / 3), (-8) ** 2, -8 ** 2)
print(type(2 ** 3).__name__, type(2 ** -3).__name__, type(2.0 ** 3).__name__)
try:
    pow(3, -1, 6)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 2, 5)
except TypeError as e:
    print("TypeError:", e)
# divmod
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-17.5, 5), divmod(10 ** 20, 7))
# min/max with mixed numbers
print(max(1, 2.5, 2), min(-1, -1.5, 0), max(True, 0), min(3, 3.0), max(3.0, 3))
# numeric tower checks
print(isinstance(1, int), isinstance(1.0, float), isinstance(True, int), isinstance(True, bool), isinstance(1, bool), isinstance(1, (float, int)))
print(type(1) is int, type(True) is bool, type(True) is int, type(1.5) == float)
