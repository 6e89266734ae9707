# complex numbers: literals, arithmetic, repr, hash, constructor, attributes, format
z = 1 + 2j
print(z, repr(z), 2j, -2j, 1j * 1j, (1+0j), complex(-0.0, -1), 0j, -0j, type(z).__name__)
print(complex(float('inf'), 1), complex(1, float('inf')), complex(float('nan'), float('nan')), complex(0, float('-inf')))
print(z.real, z.imag, z.conjugate(), abs(3 + 4j), abs(-5j), (3+4j).imag, (1.5j).real)
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** -1, a ** 0.5, b ** b, a ** 0, 2 ** a, 1.5 + a, a - 1, 2 * a, a / 2)
print(-a, +a, a == 3 + 4j, a != b, (1 + 0j) == 1, 1 == (1 + 0j), 1.5 == complex(1.5, 0), (2j == 2), a == "x")
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(3 + 4j), hash(-1j), hash(1j))
print(bool(0j), bool(1j), bool(complex(0, 0)), not 0j)
print(complex(), complex(2), complex(2.5), complex(1, 2), complex(1j, 1j), complex(1 + 1j, 2), complex(True, False))
for s in ["1+2j", " ( 1-2j ) ", "3", "-4.5j", "j", "-j", "+j", "1e3+1e-3j", "inf+nanj", "1+j", "2-J", "(5)", ".5j"]:
    print(repr(s), complex(s))
for bad in ["", "1+", "x", "1+2", "(1+2j", "1+2j)", "1 + 2j", "1j2", "--1j", "0x10j"]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), e)
for args in [("1", 2), (1, "2"), ([],), (1, []), (None,)]:
    try:
        complex(*args)
    except TypeError as e:
        print(e)
for expr in ["1j // 2", "1j % 2", "1j < 2j", "divmod(1j, 1)", "1/0j", "0j ** -1", "0j ** 1j", "~1j", "int(1j)", "float(1j)",
             "round(1j)", "1j & 1", "10.0 ** 400j * 1e308j"]:
    try:
        print(expr, eval(expr))
    except (TypeError, ZeroDivisionError, OverflowError, ValueError) as e:
        print(expr, type(e).__name__, e)
print((-8) ** (1/3), (-1) ** 0.5, (-2.0) ** 1.5, 0j ** 0, (1+1j) ** 3, (2+0j) ** 100 == 2 ** 100)
print(sum([1j, 2, 3.5]), [1j, 2j][1], {1j: 'a'}[1j], 1j in {1j}, 5j.imag + 1)
print(format(1 + 2j), format(1 + 2j, ''), format(1.5 - 2.25j, '.2f'), format(3j, 'g'), format(1 + 2j, '>20'),
      format(1 + 2j, '^20.3e'), format(-0j, ''), format(1e20 + 1j, ',.1f'), f"{2 - 3j:*<15}", f"{0.5j:+}")
for spec in ['d', '010', '=10', '%']:
    try:
        format(1j, spec)
    except ValueError as e:
        print(e)
print(isinstance(1j, complex), complex.__name__, repr(1e300j * 1e300j), 1e16j, 1e-5j, 123456789012345678.0j)
