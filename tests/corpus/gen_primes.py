# Number theory with generators: incremental sieve, prime factorization, totients, perfect numbers, Collatz stats.
def primes():
    composites = {}
    n = 2
    while True:
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)
        n += 1

def take(n, it):
    return [x for _, x in zip(range(n), it)]

def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors

def fmt_factors(f):
    return ' * '.join(f'{p}^{e}' if e > 1 else str(p) for p, e in sorted(f.items()))

def totient(n):
    result = n
    for p in factorize(n):
        result -= result // p
    return result

def divisors(n):
    small = [d for d in range(1, int(n ** 0.5) + 1) if n % d == 0]
    return sorted(set(small + [n // d for d in small]))

def collatz_len(n, cache={1: 1}):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    length = cache[n]
    for m in reversed(path):
        length += 1
        cache[m] = length
    return cache[path[0]] if path else length

print(take(25, primes()))
gaps = {}
prev = None
for p in primes():
    if p > 10000:
        break
    if prev:
        gaps[p - prev] = gaps.get(p - prev, 0) + 1
    prev = p
print(sorted(gaps.items())[:10], max(gaps))
for n in (360, 1001, 65536, 999983, 2 ** 31 - 1, 600851475143, 1234567890):
    print(f'{n:>13,} = {fmt_factors(factorize(n))}')
print([totient(n) for n in range(1, 21)])
print([n for n in range(2, 10000) if sum(divisors(n)) - n == n])
best = max(range(1, 30000), key=collatz_len)
print(best, collatz_len(best))
twin = [(p, p + 2) for p, q in zip(take(200, primes()), take(201, primes())[1:]) if q - p == 2]
print(len(twin), twin[:6], twin[-1])
goldbach = {}
ps = set(take(200, primes()))
for even in range(4, 101, 2):
    goldbach[even] = next((p, even - p) for p in sorted(ps) if even - p in ps)
print([goldbach[n] for n in (4, 28, 64, 98, 100)])
print(pow(3, 10**18, 10**9 + 7), pow(2, 2**64 + 1, 1000003), [pow(a, 560, 561) for a in (2, 5, 7)])
