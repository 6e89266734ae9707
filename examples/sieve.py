# sieve.py: sieve of Eratosthenes, repeated — stresses list indexing, slices and while loops.
import sys


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            flags[i * i::i] = [False] * len(range(i * i, limit + 1, i))
        i += 1
    return [n for n, is_prime in enumerate(flags) if is_prime]


rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 20
total = 0
for _ in range(rounds):
    primes = sieve(200000)
    total += len(primes)
print("primes below 200000:", len(primes), "last:", primes[-1], "total:", total)
