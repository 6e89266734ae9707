# Sieve of Eratosthenes, factorization, and a few number-theory helpers.
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= n:
        if is_prime[p]:
            for m in range(p * p, n + 1, p):
                is_prime[m] = False
        p += 1
    return [i for i in range(n + 1) if is_prime[i]]

primes = sieve(10000)
print(len(primes), primes[:20], primes[-5:], sum(primes))

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

def fmt(factors):
    parts = []
    for p in sorted(factors):
        e = factors[p]
        parts.append(str(p) if e == 1 else "%d^%d" % (p, e))
    return " * ".join(parts)

for n in [2, 12, 97, 360, 1001, 65536, 999999, 2 ** 31 - 1, 600851475143, 10 ** 12 + 39]:
    print(n, "=", fmt(factorize(n)))

def is_prime(n):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True

print([n for n in range(100) if is_prime(n)] == sieve(99))
print(is_prime(2 ** 61 - 1), is_prime(2 ** 67 - 1), is_prime(2 ** 89 - 1), is_prime(10 ** 18 + 9))
big_primes = [n for n in range(10 ** 15, 10 ** 15 + 200) if is_prime(n)]
print(big_primes)

# twin primes and gaps
twins = [(p, q) for p, q in zip(primes, primes[1:]) if q - p == 2]
print(len(twins), twins[:5], twins[-1])
gaps = {}
for p, q in zip(primes, primes[1:]):
    gaps[q - p] = gaps.get(q - p, 0) + 1
print(sorted(gaps.items()))
maxgap = max(zip(primes, primes[1:]), key=lambda pq: pq[1] - pq[0])
print("largest gap below 10000:", maxgap, maxgap[1] - maxgap[0])

# Euler's totient via the factorization
def phi(n):
    result = n
    for p in factorize(n):
        result = result // p * (p - 1)
    return result
print([phi(n) for n in range(1, 21)], phi(10 ** 9 + 7), phi(2 ** 40))

# Goldbach for small even numbers
prime_set = set(primes)
def goldbach(n):
    for p in primes:
        if n - p in prime_set:
            return (p, n - p)
print([goldbach(n) for n in range(4, 40, 2)])
print(goldbach(9998))
