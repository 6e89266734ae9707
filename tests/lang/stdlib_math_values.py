# math: results bit for bit against CPython over sweeps of arguments (libm functions, the
# correctly rounded hypot/dist, exact fsum, logarithms of big ints, integer functions).
import math

xs = [i / 7.0 - 3.0 for i in range(43)] + [1e-300, 5e-324, 1e300, 0.1, 0.7, 1.5, 2.5, 710.0, -745.5]

def sweep(name, values):
    f = getattr(math, name)
    out = []
    for x in values:
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__[0])
    print(name, ' '.join(out))

for name in ['sqrt', 'exp', 'exp2', 'expm1', 'cbrt', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh',
             'tanh', 'asinh', 'acosh', 'atanh', 'log', 'log2', 'log10', 'log1p', 'erf', 'erfc', 'fabs', 'floor',
             'ceil', 'trunc', 'degrees', 'radians', 'frexp', 'modf', 'ulp', 'lgamma']:
    sweep(name, xs)

print('gamma', [math.gamma(n) for n in range(1, 25)])
print('atan2', [math.atan2(y, x) for y in (-1.5, -0.0, 0.0, 2) for x in (-3, -0.0, 0.0, 0.5)])
print('pow', [math.pow(x, y) for x in (0.5, 2, 3.25) for y in (-2.5, -1, 0, 1, 0.5, 7)])
print('fmod', [math.fmod(x, y) for x in (-7.5, 7.5, 1e300) for y in (-2, 0.3, 3)])
print('remainder', [math.remainder(x, y) for x in (-7.5, 7.5, 1e300, 5, 6, 7) for y in (-2, 0.3, 3, 2)])
print('copysign', [math.copysign(x, y) for x in (1.5, -2) for y in (-0.0, 0.0, -3)])
print('nextafter', [math.nextafter(x, y) for x in (0.0, 1.0, -1e300) for y in (-1, 2)])
print('ldexp', [math.ldexp(x, e) for x in (0.75, -3.0, 1e-300) for e in (-1080, -10, 0, 10, 900)])

# hypot and dist are correctly rounded in CPython 3.11: compare many vectors exactly.
seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed / 2**31
vecs = [[(rnd() - 0.5) * 10 ** int(rnd() * 6 - 3) for _ in range(1 + i % 5)] for i in range(60)]
print('hypot', [math.hypot(*v) for v in vecs])
print('dist', [math.dist(v, [x * 0.5 for x in v]) for v in vecs])
print('hypot big/small', math.hypot(1e300, 1e300, 1e300), math.hypot(3e-310, 4e-310), math.hypot(1e-300, 1))

# fsum is exact: sums where naive addition is wrong.
for i in range(10):
    data = [(rnd() - 0.5) * 10 ** int(rnd() * 40 - 20) for _ in range(50)]
    data += [-x for x in data[:25]]
    print('fsum', math.fsum(data), sum(data) == math.fsum(data))
print('fsum', math.fsum([1.0, 1e100, 1.0, -1e100]), math.fsum([1e-16, 1.0, 1e-16]))

# Logarithms of big ints are computed without converting to float.
for k in (1, 10, 100, 1000, 1023, 1024, 1025, 5000, 100000):
    n = 3 ** k + 1
    print('log', k, math.log(n), math.log2(n), math.log10(n), math.log(n, 7), math.log(2 ** k, 2))
print('log2 powers', [math.log2(2 ** k) for k in (1023, 1024, 1025, 2000, 65536)])

# Integer functions on big ints.
print(math.factorial(100))
print(math.comb(300, 150))
print(math.perm(60, 30))
print(math.isqrt(10 ** 200 + 12345), math.isqrt(2 ** 1000) == 2 ** 500, math.isqrt(2 ** 1000 - 1) == 2 ** 500 - 1)
print([math.isqrt(n) for n in range(50)])
print(math.gcd(math.factorial(50), 2 ** 70 * 3 ** 5 * 7), math.lcm(*range(1, 40)))
print(math.gcd(-(10 ** 30), 10 ** 20 * 6), math.lcm(10 ** 20, -(10 ** 15) * 7))
print(math.prod(range(1, 40)) == math.factorial(39), math.prod([2] * 100))

# gamma and lgamma follow CPython's Lanczos method exactly.
gx = [i / 3.7 - 60.3 for i in range(400)] + [1e-25, -1e-25, 170.5, 171.7, -170.5, 0.5, -0.5, 1e-310]
def safe(f, x):
    try:
        return repr(f(x))
    except (ValueError, OverflowError) as e:
        return type(e).__name__[0]
print('gamma', ' '.join(safe(math.gamma, x) for x in gx))
print('lgamma', ' '.join(safe(math.lgamma, x) for x in gx))
