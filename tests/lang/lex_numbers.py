# Integer and float literal forms.
print(0, 7, 42, 1234567890)
print(0x0, 0xff, 0XFF, 0xDeadBeef, 0x_ff)
print(0o0, 0o17, 0O777, 0o_1_7)
print(0b0, 0b1010, 0B1111_0000, 0b_1)
print(1_000_000, 1_0, 0_0, 00, 000)
print(123_456_789_012_345_678_901_234_567_890)
print(0xffff_ffff_ffff_ffff_ffff_ffff_ffff_ffff)
print(0o7777777777777777777777777777)
print(0b1111111111111111111111111111111111111111111111111111111111111111111)
print(18446744073709551615, 18446744073709551616)
print(9223372036854775807, 9223372036854775808)
print(-9223372036854775808, -9223372036854775809)
print(4611686018427387903, 4611686018427387904)
print(1073741823, 1073741824, 2147483647, 2147483648)
# floats
print(1., .5, 1.5, 0.0, 00.5, 1_0.5, 1e3, 1E3, 1e-3, 1.5e+3, 1_0e1_0)
print(3.14159, 2.718281828459045, 1e100, 1e-100, 1e308, 1e-308)
print(5e-324, 1.7976931348623157e308)
print(0e0, 0.e0, .0e0, 9.)
print(1e22, 1e21, 1e16, 1e15, 123456789.0, 1234567890123456.0)
print(type(1), type(1.), type(.5), type(1e3), type(0x10))
# unary minus/plus on literals
print(-1, +1, -0, -0.0, +0.0, - 5, --5, -+-5, ~5, ~-1, ~0)
print(-0x10, -0o10, -0b10)
# expressions mixing literal kinds
print(0x10 + 0o10 + 0b10 + 10)
print(1_0 * 0x1_0)
print(1 if 0x0 else 2, 3 if 0.0 else 4, 5 if 0.1 else 6)
print(repr(1.0), repr(10.0), repr(100.0), repr(1e5), repr(1.5e-7))
# int attributes via builtins
print(int("0"), int("007"), int("1_2_3"))
x = 0xFF
y = 0o777
z = 0b1
print(x, y, z, x + y + z)
print(1000000000000000000000000000000 // 7)
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 1.1 * 3)
