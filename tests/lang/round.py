# round(): banker's rounding, ndigits, negative ndigits, return types.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4999999999999999, 0.50000000001, 2.675, 1e16, -1e16 - 2]:
    print(repr(v), round(v), type(round(v)).__name__)
for v, n in [(0.125, 2), (0.375, 2), (2.675, 2), (1.005, 2), (3.14159, 3), (3.14159, 0), (-3.14159, 1),
             (123.456, -1), (123.456, -2), (155.0, -1), (165.0, -1), (0.5, 0), (1.5, 0), (2.5, 0), (1e-20, 5),
             (123456.789, 10), (5.0, 400), (1.23e300, -299), (-0.4, 0), (0.4, 0)]:
    print(v, n, round(v, n), type(round(v, n)).__name__)
for v, n in [(1234, -2), (1250, -2), (1350, -2), (-1250, -2), (-1350, -2), (15, -1), (25, -1), (-25, -1), (5, -1),
             (123, 0), (123, 2), (999, -3), (499, -3), (500, -3), (1500, -3), (2 ** 100, -10), (-(2 ** 100), -20), (7, -5)]:
    print(v, n, round(v, n), type(round(v, n)).__name__)
print(round(7), round(-7), round(True), type(round(True)).__name__)
print(round(10 ** 30 + 0.5), round(1e300) == 10 ** 300, round(1e300) % 1000)
try:
    round(float('inf'))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float('nan'))
except ValueError as e:
    print("ValueError:", e)
print(round(float('inf'), 2), round(float('nan'), 2), round(-0.0), round(-0.0, 1), round(-0.4), round(-0.4, 0))
print(round(0.1 + 0.2, 2), round(2.5e-5, 5), round(1 / 3, 5), round(-2 / 3, 4), round(1234.5678, -2), round(1234.5678, 2))
print([round(x / 10) for x in range(-30, 31, 5)])
print([round(x / 8, 2) for x in range(-8, 9)])
