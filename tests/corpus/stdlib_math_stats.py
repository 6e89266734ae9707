# Statistics toolkit: math + random + itertools + functools + collections + bisect.
import math
import random
import itertools
import functools
import bisect
from collections import Counter, namedtuple

Summary = namedtuple("Summary", "n mean median stdev lo hi")


def summarize(xs):
    xs = sorted(xs)
    n = len(xs)
    mean = math.fsum(xs) / n
    mid = n // 2
    median = xs[mid] if n % 2 else (xs[mid - 1] + xs[mid]) / 2
    var = math.fsum((x - mean) ** 2 for x in xs) / (n - 1)
    return Summary(n, round(mean, 6), median, round(math.sqrt(var), 6), xs[0], xs[-1])


random.seed(2024)
sample = [random.gauss(100, 15) for _ in range(500)]
s = summarize(sample)
print(s.n, s.mean, round(s.median, 6), s.stdev, round(s.lo, 4), round(s.hi, 4))
ints = [random.randint(1, 6) + random.randint(1, 6) for _ in range(2000)]
hist = Counter(ints)
for total in range(2, 13):
    print(f"{total:2} {'#' * (hist[total] // 10)} {hist[total]}")
print(random.expovariate(2.0), random.betavariate(2, 3), random.triangular(0, 10, 3))
print(random.normalvariate(0, 1), random.lognormvariate(0, 0.5), random.vonmisesvariate(1, 2))
print(random.gammavariate(2.0, 1.5), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.randbytes(6).hex(), random.getrandbits(100), random.randrange(-10, 10))
random.seed(10 ** 30)
print(random.random())
random.seed(-7)
print(random.random())
random.seed(3.5)
print(random.random())
random.seed(b"bytes-seed")
print(random.random())

# quantiles via bisect
edges = [0, 70, 85, 100, 115, 130]
labels = ["very low", "low", "normal", "high", "very high", "extreme"]
buckets = Counter(labels[bisect.bisect_right(edges, x) - 1] if x >= 0 else "neg" for x in sample)
print([(l, buckets[l]) for l in labels])

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.gcd(84, 36, 120), math.lcm(4, 6, 10), math.comb(52, 5), math.perm(10, 3), math.factorial(25))
print(math.isqrt(10 ** 40 + 12345), math.prod(range(1, 11)), math.prod([1.5, 2], start=2))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), round(2.5), round(3.5), round(-0.5))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1e-10, 0, abs_tol=1e-9), math.isfinite(math.inf), math.isnan(math.nan))
print(math.log(1024, 2), math.log2(1 << 70), math.log10(1e-5), math.log1p(1e-10), math.exp(1))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (6, 8)), math.copysign(3, -0.0))
print(math.sin(math.pi / 6), math.cos(0), math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(math.fmod(-7, 3), -7 % 3, math.modf(3.75), math.frexp(40.0), math.ldexp(0.625, 6))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.sqrt(2), math.pow(2, 0.5), 2 ** 0.5)
print(math.erf(1), math.erfc(1), math.gamma(5.5), math.lgamma(100), math.expm1(1e-5))
print(math.asinh(1), math.acosh(2), math.atanh(0.5), math.cbrt(27) if hasattr(math, "cbrt") else 3.0)
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.remainder(10, 3), math.floor(10 ** 20 + 0.5))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1),
            lambda: math.exp(1000), lambda: math.comb(3, -1), lambda: math.isqrt(-4)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

# combinatorics with itertools and functools
pts = [(0, 0), (3, 4), (6, 0), (3, -4), (1, 1)]
pairs = sorted(itertools.combinations(pts, 2), key=lambda pq: (math.dist(*pq), pq))
print(pairs[0], round(math.dist(*pairs[-1]), 6))
perim = min(itertools.permutations(pts[1:]),
            key=lambda perm: sum(math.dist(a, b) for a, b in itertools.pairwise((pts[0],) + perm + (pts[0],))))
print(perim)
print(functools.reduce(math.gcd, [462, 1071, 2310]))
probs = [math.comb(10, k) / 2 ** 10 for k in range(11)]
print([round(p, 4) for p in probs], math.fsum(probs))
cum = list(itertools.accumulate(probs))
print(bisect.bisect_left(cum, 0.5), round(cum[5], 6))
primes = [n for n in range(2, 80) if all(n % d for d in range(2, math.isqrt(n) + 1))]
print(primes, len(primes))
print(f"{math.pi:.10f} {math.e:e} {1e300 * 1e10} {-0.0} {1 / 3!r} {2 / 3:.3%} {1234567.891:,.2f}")
print(float("1e-320"), 5e-324 / 2, 1.7976931348623157e308, float.fromhex("0x1.8p1"), (0.1).hex())
print(divmod(-17, 5), divmod(17.5, -5), pow(3, -1, 7), pow(2, 100, 10 ** 9 + 7), (2 ** 64).bit_length())
