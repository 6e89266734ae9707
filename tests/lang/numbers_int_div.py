# Floor division, modulo, true division, divmod with all sign combinations.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (0, 5), (0, -5), (1, 7), (-1, 7), (1, -7), (-1, -7)]
for a, b in pairs:
    print(a, b, "//", a // b, "%", a % b, "/", a / b, "divmod", divmod(a, b))
print("-- floats")
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (7, 2.5), (-7, 2.5), (0.0, 3), (-0.0, 3), (1e-300, 1e300), (5.0, 0.1), (-5.0, 0.1), (1, 3.0)]
for a, b in fpairs:
    print(a, b, "//", a // b, "%", a % b, "/", a / b, "divmod", divmod(a, b))
print("-- zero results keep sign of divisor for floats")
print(0.0 % -3, -0.0 % 3, 6.0 % -3, -6.0 % 3, 3.0 // -0.5)
print("-- identity a == (a // b) * b + a % b")
ok = True
for a in range(-20, 21):
    for b in [-7, -3, -1, 1, 2, 5]:
        if (a // b) * b + a % b != a:
            ok = False
        if b > 0 and not (0 <= a % b < b):
            ok = False
        if b < 0 and not (b < a % b <= 0):
            ok = False
print("identity holds:", ok)
print("-- true division always float")
print(4 / 2, 1 / 4, -1 / 4, 10 / 3, 2 / 3, -2 / 3, 1 / 1, 0 / 1, 7 / 7)
print(type(4 / 2), type(4 // 2), type(4.0 // 2), type(4 % 2), type(4.0 % 2))
print(10 ** 20 / 10 ** 10, 10 ** 22 / 3, 1 / 10 ** 20, (10 ** 40 + 1) / 10 ** 20)
print(2 ** 63 / 2, (2 ** 64 - 1) / 1, 123456789123456789 / 1000)
print("-- big operands")
big = 10 ** 25 + 12346
print(big // 7, big % 7, -big // 7, -big % 7, big // -7, big % -7)
print(divmod(big, 10 ** 12), divmod(-big, 10 ** 12))
print(big // big, big % big, (big * 3) // big, -1 // big, 1 // -big, -1 % big)
print(divmod(2 ** 100, 3 ** 40), divmod(-(2 ** 100), 3 ** 40))
print("-- bool operands")
print(True // 1, True % 2, True / 2, divmod(True, True), 7 // True, -7 % True)
print("-- mixing")
print(7 // 2.0, 7 % 2.0, -7 // 2.0, -7 % 2.0, divmod(7, 2.0), divmod(-7, 2.0))
print(1 + 2.0, 3 - 1.0, 2 * 2.5, 2 * True, 1.5 * False, True + 1.5)
print(0.1 * 3, 0.7 + 0.1, 100 * 1.1, 3 * 0.1 == 0.3, 1 - 0.9)
print("-- shifts and bit ops")
print(1 << 10, 1 << 100, -1 << 5, 1024 >> 3, -1024 >> 3, -1 >> 100, 5 >> 10)
print(12 & 10, 12 | 10, 12 ^ 10, ~12, -12 & 10, -12 | 10, -12 ^ 10, -12 & -10)
print((2 ** 100) & (2 ** 100 - 1), (2 ** 100) | 1, (2 ** 100 + 5) ^ 3, ~(2 ** 100))
print(-(2 ** 70) & 0xFFFF, (-(2 ** 70) - 1) & 0xFFFF, -(2 ** 70) >> 60, (-(2 ** 70) - 1) >> 60)
