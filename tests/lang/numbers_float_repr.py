# repr/str of floats: shortest round-tripping representation.
vals = [0.1, 0.2, 0.3, 1/3, 2/3, 1e16, 1e+16, 1e15, 9999999999999998.0, 1e-5, 1e-4, 0.0001, 0.00001234,
        123456789012345678.0, 1234567890123456789.0, 12345678901234567.0, 1.5, 100.0, 1e22, 1e23,
        -0.0, 0.0, -1.0, 2.5e-10, 3.0e200, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308,
        float('inf'), float('-inf'), float('nan'), 4.35, 0.57, 1.1, 2.675, 100.5, 1e100, 12.0, 1.0e2,
        123.456, 0.1 + 0.7, 9007199254740993.0, 3.141592653589793, 2.718281828459045, 1 / 7, 22 / 7]
for v in vals:
    print(repr(v), str(v), v)
print(vals[:6])
print((0.5, -0.0), {'f': 1e16})
# arithmetic with inf and nan
inf = float('inf')
nan = float('nan')
print(inf + 1, inf - inf, inf * 0, -inf * 2, inf / 1e308, 1 / inf, -1 / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf == inf, inf > 10 ** 400, -inf < -(10 ** 400))
print(nan is nan, [nan] == [nan], float('nan') == float('nan'))
print(inf // 1, inf % 5, 5 % inf, -5 % inf, 5 // inf, -5 // inf)
print(max(1.0, inf), min(-inf, 0), abs(-inf), abs(-0.0), -(-0.0))
# -0.0 behaviour
z = -0.0
print(z, z == 0.0, 0.0 == -0.0, str(z), repr(z * 1), 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, -0.0 * -1)
# str of float in containers and concatenation
print(str(1.0) + "|", "x" + str(0.1) + "y", [1.0, 2.50, -3.25e-3])
print(float(1), float(-7), float(True), float(10 ** 20), float(2 ** 63))
# floats that are integers print with .0 until 1e16
for e in range(10, 20):
    print(e, 10.0 ** e, float(10 ** e + 1))
# negative exponents
for e in range(1, 8):
    print(-e, 10.0 ** -e, 1.5 * 10.0 ** -e)
# float comparisons with ints
print(1 == 1.0, 1 < 1.5, 2 > 1.999999, 0.1 + 0.2 > 0.3, 10 ** 16 == 1e16, 10 ** 16 + 1 == 1e16 + 1)
# float to int truncation
print(int(3.99), int(-3.99), int(0.5), int(-0.5), int(1e10), int(-2.5e15))
# is_integer-free check of float precision
acc = 0.0
for _ in range(10):
    acc += 0.1
print(acc, acc == 1.0, round(acc, 10) == 1.0)
print(sum([0.1] * 10), 0.1 * 10)
