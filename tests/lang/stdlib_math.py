# math: every function and constant of CPython 3.11's math module, with its errors.
import math

def show(expr):
    try:
        r = eval(expr)
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
    else:
        print(expr, '->', repr(r), type(r).__name__)

inf = float('inf')
nan = float('nan')

print(sorted(n for n in dir(math) if not n.startswith('_')))
print(math.pi, math.e, math.tau, math.inf, math.nan, -math.inf)

for expr in [
    # elementary functions and their domain / range errors
    "math.sqrt(2)", "math.sqrt(0.0)", "math.sqrt(-0.0)", "math.sqrt(-1)", "math.sqrt(inf)", "math.sqrt(nan)",
    "math.sqrt(True)", "math.sqrt(10**400)", "math.sqrt(2**1000)", "math.sqrt('a')", "math.sqrt(None)",
    "math.exp(1)", "math.exp(0)", "math.exp(1000)", "math.exp(-1000)", "math.exp(inf)", "math.exp(-inf)",
    "math.exp(nan)", "math.exp2(10)", "math.exp2(0.5)", "math.exp2(2000)", "math.exp2(-2000)", "math.expm1(1e-10)",
    "math.expm1(1000)", "math.cbrt(27)", "math.cbrt(-8)", "math.cbrt(inf)",
    "math.sin(0.5)", "math.cos(0.5)", "math.tan(0.5)", "math.sin(inf)", "math.cos(-inf)", "math.tan(inf)",
    "math.sin(nan)", "math.asin(0.5)", "math.acos(0.5)", "math.atan(0.5)", "math.asin(2)", "math.acos(-1.5)",
    "math.atan(inf)", "math.atan(-inf)", "math.sinh(1)", "math.cosh(1)", "math.tanh(1)", "math.cosh(1000)",
    "math.sinh(-1000)", "math.tanh(inf)", "math.asinh(1)", "math.acosh(1)", "math.acosh(0)", "math.atanh(0.5)",
    "math.atanh(1)", "math.atanh(-1)", "math.atanh(2)",
    "math.atan2(1, 1)", "math.atan2(-0.0, -1)", "math.atan2(0.0, -1)", "math.atan2(inf, inf)", "math.atan2(1)",
    "math.atan2(1, 2, 3)", "math.atan2(nan, 1)",
    "math.log(math.e)", "math.log(1)", "math.log(0)", "math.log(-1)", "math.log(0.0)", "math.log(inf)",
    "math.log(nan)", "math.log(-inf)", "math.log(8, 2)", "math.log(100, 10)", "math.log(10, 1)", "math.log(1, 10)",
    "math.log(10**1000)", "math.log(2**1000, 2)", "math.log(-(10**1000))", "math.log(10**1000, 10**500)",
    "math.log()", "math.log(1, 2, 3)", "math.log('x')", "math.log(1, 'x')", "math.log(x=1)", "math.log(True)",
    "math.log(False)",
    "math.log2(8)", "math.log2(2**10000)", "math.log2(0.5)", "math.log2(0)", "math.log2(-2)",
    "math.log10(1000)", "math.log10(10**400)", "math.log10(0.001)", "math.log10(0)",
    "math.log1p(1e-10)", "math.log1p(-1)", "math.log1p(-2)", "math.log1p(inf)",
    "math.pow(2, 10)", "math.pow(2, 0.5)", "math.pow(0.0, -1)", "math.pow(0.0, 0)", "math.pow(-2, 0.5)",
    "math.pow(10, 400)", "math.pow(-10, 401)", "math.pow(0.0, -inf)", "math.pow(-0.0, -3)", "math.pow(inf, -1)",
    "math.pow(-inf, 3)", "math.pow(-inf, 2)", "math.pow(-inf, -3)", "math.pow(1, nan)", "math.pow(nan, 0)",
    "math.pow(nan, 1)", "math.pow(2, inf)", "math.pow(0.5, inf)", "math.pow(2, -inf)", "math.pow(-1, inf)",
    "math.pow(1)", "math.pow(1, 'a')",
    # special functions (values chosen where libm and CPython agree exactly)
    "math.erf(0)", "math.erf(inf)", "math.erfc(0)", "math.erfc(-inf)", "math.erf(nan)",
    "math.gamma(1)", "math.gamma(5)", "math.gamma(0)", "math.gamma(-1)", "math.gamma(-inf)", "math.gamma(inf)",
    "math.gamma(200)", "math.gamma(nan)", "math.lgamma(1)", "math.lgamma(2)", "math.lgamma(0)", "math.lgamma(-2)",
    "math.lgamma(inf)", "math.lgamma(-inf)", "math.lgamma(1e308)",
    # float manipulation
    "math.fabs(-2)", "math.fabs(-0.0)", "math.fabs(-inf)", "math.copysign(1, -0.0)", "math.copysign(-2, 3)",
    "math.copysign(1, nan)", "math.copysign(1)",
    "math.fmod(7, 3)", "math.fmod(-7, 3)", "math.fmod(1, 0)", "math.fmod(inf, 1)", "math.fmod(1, inf)",
    "math.fmod(nan, 1)", "math.remainder(7, 3)", "math.remainder(5, 2)", "math.remainder(-5, 2)",
    "math.remainder(1, 0)", "math.remainder(inf, 1)", "math.remainder(1, inf)",
    "math.frexp(8)", "math.frexp(0.0)", "math.frexp(-0.0)", "math.frexp(inf)", "math.frexp(nan)", "math.frexp(1e-320)",
    "math.ldexp(0.5, 4)", "math.ldexp(1, 1.5)", "math.ldexp(1.0, 10**20)", "math.ldexp(0.0, 10**20)",
    "math.ldexp(-1.0, -10**20)", "math.ldexp(1.0, 1024)", "math.ldexp(1.0, -1074)", "math.ldexp(1.0, -1075)",
    "math.ldexp(inf, -5)", "math.ldexp(1, True)",
    "math.modf(3.5)", "math.modf(-3.5)", "math.modf(inf)", "math.modf(-inf)", "math.modf(nan)",
    "math.nextafter(1, 2)", "math.nextafter(1, 0)", "math.nextafter(0.0, -1)", "math.nextafter(inf, 0)",
    "math.nextafter(1)", "math.ulp(1)", "math.ulp(-1)", "math.ulp(0.0)", "math.ulp(inf)", "math.ulp(nan)",
    "math.ulp(1e308)", "math.ulp(2**52)",
    "math.degrees(math.pi)", "math.radians(180)", "math.degrees(1e308)",
    "math.isfinite(1)", "math.isfinite(inf)", "math.isinf(-inf)", "math.isinf(nan)", "math.isnan(nan)",
    "math.isnan(1)", "math.isinf('x')", "math.isnan(10**400)",
    "math.isclose(1, 1.0000000001)", "math.isclose(1, 1.001)", "math.isclose(1, 1.001, rel_tol=0.01)",
    "math.isclose(0, 1e-10)", "math.isclose(0, 1e-10, abs_tol=1e-9)", "math.isclose(inf, inf)",
    "math.isclose(inf, -inf)", "math.isclose(nan, nan)", "math.isclose(1, 2, rel_tol=-1)",
    "math.isclose(1, 2, abs_tol=-1)", "math.isclose(1)", "math.isclose(1, 2, 3)", "math.isclose(1, 2, foo=1)",
    "math.isclose(a=1, b=1)",
    # rounding to ints
    "math.floor(3.7)", "math.floor(-3.2)", "math.floor(5)", "math.floor(True)", "math.floor(10**30)",
    "math.floor(1e300)", "math.floor(inf)", "math.floor(nan)", "math.floor('a')", "math.floor()",
    "math.ceil(3.2)", "math.ceil(-3.7)", "math.ceil(-0.5)", "math.ceil(None)", "math.ceil(1, 2)",
    "math.trunc(3.7)", "math.trunc(-3.7)", "math.trunc(7)", "math.trunc(inf)", "math.trunc('a')",
    "math.trunc(1, 2)",
    # sums, norms, products
    "math.fsum([0.1] * 10)", "sum([0.1] * 10)", "math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])",
    "math.fsum([1e308, 1e308])", "math.fsum([inf, -inf])", "math.fsum([inf, inf])", "math.fsum([nan, 1])",
    "math.fsum([1, 'a'])", "math.fsum([])", "math.fsum(range(10))", "math.fsum(iter([0.5, 0.25]))",
    "math.fsum([1e16, 1., 1e-16])", "math.fsum([2.0**53, -0.5, -2.0**-54])", "math.fsum([-0.0])",
    "math.fsum(5)",
    "math.hypot(3, 4)", "math.hypot()", "math.hypot(-5)", "math.hypot(1, 1)", "math.hypot(1, 2, 3)",
    "math.hypot(inf, nan)", "math.hypot(nan, 1)", "math.hypot(1e308, 1e308)", "math.hypot(1e-320, 1e-320)",
    "math.hypot(1, 'a')", "math.hypot(*range(10))",
    "math.dist((0, 0), (3, 4))", "math.dist([1], (1,))", "math.dist([1], [1, 2])", "math.dist(1, 2)",
    "math.dist((), ())", "math.dist((1.5, 2.5, -3), (0.1, 0.2, 0.3))",
    "math.prod([1, 2, 3, 4])", "math.prod([])", "math.prod([2, 3], start=10)", "math.prod([1.5, 2])",
    "math.prod([2, 3], start='x')", "math.prod('ab')", "math.prod([1, 2], 3)", "math.prod(range(1, 30))",
    # integer functions on ints of any size
    "math.gcd()", "math.gcd(12)", "math.gcd(-12)", "math.gcd(12, 18)", "math.gcd(12, -18, 27)", "math.gcd(0, 0)",
    "math.gcd(2**100, 2**60 * 3)", "math.gcd(1.5)", "math.gcd(True, 4)",
    "math.lcm()", "math.lcm(4, 6)", "math.lcm(-4, 6)", "math.lcm(4, 0, 6)", "math.lcm(2**100, 3)",
    "math.lcm(2, 'a')", "math.lcm(0, 'a')",
    "math.isqrt(0)", "math.isqrt(15)", "math.isqrt(16)", "math.isqrt(10**40)", "math.isqrt(10**41)",
    "math.isqrt(2**127 - 1)", "math.isqrt(-1)", "math.isqrt(1.5)", "math.isqrt(True)",
    "math.factorial(0)", "math.factorial(5)", "math.factorial(20)", "math.factorial(30)", "math.factorial(True)",
    "math.factorial(1.5)", "math.factorial(-1)", "math.factorial(10**20)", "math.factorial(5.0)",
    "len(str(math.factorial(1000)))", "math.factorial(1000) % (10**20 + 39)",
    "math.comb(5, 2)", "math.comb(5, 0)", "math.comb(5, 6)", "math.comb(0, 0)", "math.comb(100, 50)",
    "math.comb(10**20, 3)", "math.comb(5, 10**20)", "math.comb(-1, 2)", "math.comb(1, -2)", "math.comb(1.0, 2)",
    "math.comb(5)", "math.comb(1000, 500) % (10**9 + 7)",
    "math.perm(5)", "math.perm(5, 2)", "math.perm(5, None)", "math.perm(5, 6)", "math.perm(5, 0)",
    "math.perm(10**20, 2)", "math.perm(5, -1)", "math.perm(-5)", "math.perm(-5, 2)", "math.perm(5, 2.0)",
]:
    show(expr)

# floor/ceil/trunc call the special methods of a class.
class Num:
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
    def __trunc__(self): return 'trunc'
    def __float__(self): return 2.5
print(math.floor(Num()), math.ceil(Num()), math.trunc(Num()), math.sqrt(Num()), math.isnan(Num()))

class OnlyFloat:
    def __float__(self): return 2.5
print(math.floor(OnlyFloat()), math.ceil(OnlyFloat()))

class Idx:
    def __index__(self): return 12
print(math.gcd(Idx(), 18), math.factorial(Idx()) == math.factorial(12), math.sqrt(Idx()))

class BadFloat:
    def __float__(self): return 'x'
show("math.sqrt(BadFloat())")

class MyInt(int):
    pass
class MyFloat(float):
    pass
print(math.floor(MyInt(7)), math.sqrt(MyInt(9)), math.floor(MyFloat(2.5)), math.gcd(MyInt(12), 8))

# Every function raises TypeError with no arguments, never crashes.
for name in sorted(dir(math)):
    f = getattr(math, name)
    if callable(f):
        try:
            f()
        except TypeError:
            pass
        else:
            print(name, 'accepts no arguments')
