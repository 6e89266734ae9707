# int and float methods, int(s, base), complex numbers, pow(a, b, m) on big ints.
for v in (0, 1, -1, 255, -256, 2**63, 10**30):
    print(v, v.bit_length(), v.bit_count() if hasattr(v, 'bit_count') else '', abs(v).bit_count(), v.conjugate(), v.real, v.imag, v.numerator, v.denominator)
print((1024).to_bytes(2, 'big'), (1024).to_bytes(4, 'little'), (-1).to_bytes(2, 'big', signed=True), (255).to_bytes(1, 'big'))
print(int.from_bytes(b'\xff\xff', 'big'), int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'\x01\x02', 'little'), int.from_bytes([1, 0], 'big'))
print((2**100).to_bytes(13, 'big'), int.from_bytes((2**100).to_bytes(13, 'big'), 'big') == 2**100, (0).to_bytes(0, 'big'))
for bad in (lambda: (256).to_bytes(1, 'big'), lambda: (-1).to_bytes(1, 'big'), lambda: (1).to_bytes(1, 'middle'),
            lambda: (128).to_bytes(1, 'big', signed=True)):
    try:
        bad()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print(int('ff', 16), int('0xff', 16), int('0xff', 0), int('0o17', 0), int('0b101', 0), int('z', 36), int(' -42 '), int('1_000'), int('७'), int('10', 2))
print(int(3.99), int(-3.99), int('  +7\n'), int(True), int(2**70 + 0.0), int('1' * 30), int('-0'), int(b'12'), int(bytearray(b'7')))
for bad in ("int('12', 1)", "int('12', 37)", "int('9', 8)", "int('')", "int('1__0')", "int('0x', 16)", "int(1.5, 10)",
            "int(float('inf'))", "int(float('nan'))", "int('010', 0)", "int(None)", "int([1])", "int('_1')"):
    try:
        print(eval(bad))
    except (ValueError, TypeError, OverflowError) as e:
        print(bad, '->', type(e).__name__ + ':', e)
print(bin(10), oct(-10), hex(2**64), bin(-0), hex(-255), (10).__index__(), round(12345, -2), round(-15, -1), round(25, -1))
print(divmod(-7, 2), divmod(7, -2), -7 // 2, -7 % 2, 7 % -2, (-2) ** 3, 2 ** -1, 0 ** 0, (-8) ** (1 / 3) if False else 'skip')

# float methods
for f in (0.0, 1.5, -2.5, 0.1, 1e300, 3.0, -0.0):
    print(repr(f), f.is_integer(), f.as_integer_ratio(), f.hex(), float.fromhex(f.hex()) == f, f.conjugate(), f.real, f.imag)
print(float.fromhex('0x1.8p1'), float.fromhex('-0x1p-2'), float.fromhex('0x.8'), float.fromhex('inf'), float.fromhex(' 0x1.0000000000001p+0 '))
print(float('1e3'), float(' -1.5 '), float('inf'), float('-Infinity'), float('nan'), float('1_0.5'), float(7), float(2**60), float('.5'), float('5.'))
for bad in ("float('x')", "float('')", "float('1e')", "float('0x10')", "float(2**2000)", "(1.5).as_integer_ratio() if False else float('inf').as_integer_ratio()",
            "float('nan').as_integer_ratio()", "float.fromhex('zz')", "float([1])"):
    try:
        print(eval(bad))
    except (ValueError, TypeError, OverflowError) as e:
        print(bad, '->', type(e).__name__ + ':', e)
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1.23456, 3), round(1e20), round(0.5 + 1e-16), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, divmod(7.5, -2), 1e308 * 10, -1e308 * 10, 2.0 ** 0.5, (-1.0) ** 0.5 if False else 'skip')
try:
    1.0 / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    2.0 ** 10000
except OverflowError as e:
    print('OverflowError:', e)
print(float('inf') - float('inf'), 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e-4, 123456789.123456789, 5e-324, 1.7976931348623157e308)

# complex numbers
z = complex(3, 4)
w = 1 - 2j
print(z, w, z + w, z - w, z * w, z / w, abs(z), z.real, z.imag, z.conjugate(), -z, +z, z == 3 + 4j, z != w)
print(complex(), complex(2), complex('1+2j'), complex(' 3-4.5j '), complex('j'), complex('-1.5'), complex(1, -0.0), 1j * 1j, 2 ** 1j == 2 ** 1j)
print(repr(1j), repr(-1j), repr(0j), repr(complex(-0.0, 0)), repr(complex(1e20, 1e-5)), repr(complex(float('inf'), float('nan'))), repr(3 + 0j))
print((1 + 2j) ** 2, (2 + 0j) ** 3, 1j ** 2, pow(1j, 4), (1 + 1j) ** 0.5 if False else 'skip', hash(3 + 0j) == hash(3), {1j: 'c'}[1j])
print(format(1 + 2j), format(1.5 - 2.25j, '.2f'), format(1 + 2j, '>12'), f'{3j:+.1e}', complex(1, 2) == complex('1+2j'))
for bad in ("complex('1+')", "1j < 2j", "complex('x')", "(1 + 1j) // 1", "(1j) % 2", "int(1j)", "float(1j)", "1 / 0j", "complex('1', 2)"):
    try:
        print(eval(bad))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(bad, '->', type(e).__name__ + ':', e)
print(isinstance(1j, complex), type(1j).__name__, (1j).real.__class__.__name__, complex(True, False), 1 + True * 1j)

# pow with three arguments on big ints
print(pow(2, 10, 1000), pow(3, 200, 10**9 + 7), pow(2**100 + 1, 2**80 + 3, 10**30 + 57), pow(-3, 3, 7), pow(3, 3, -7), pow(0, 0, 5), pow(5, 0, 1))
print(pow(3, -1, 7), pow(38, -1, 97), pow(2, -2, 9), pow(12345678901234567890, 98765432109876543210, 2**127 - 1))
for bad in ("pow(2, 3, 0)", "pow(2, -1, 4)", "pow(2.0, 3, 5)", "pow(2, 3.0, 5)", "pow(0, -1)", "pow(2, 1, 1.5)"):
    try:
        print(eval(bad))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(bad, '->', type(e).__name__ + ':', e)
print(pow(2, 0.5), pow(-8, 1), pow(10, -2), pow(2, 100), pow(7, 2, None), 10 ** 20 % 97, (2 ** 521 - 1) % 1000007)
