"""sieve: sieve of Eratosthenes using list slice assignment.

What it stresses: extended-slice assignment on lists, list multiplication, sum over a list.
Algorithm: the sieve of Eratosthenes (crossing off each prime's multiples from its square with
one slice assignment); the size argument is the number of repetitions, each sieving a slightly
different limit near 200000.
"""
import sys

DEFAULT_SIZE = 200      # about 0.5-3 s on CPython 3.11 on this machine
QUICK_SIZE = 8          # about 20-80 ms on CPython 3.11 (used by `make check` and --quick runs)

BASE_LIMIT = 200000


def sieve(limit):
    """Return a list of flags: flags[k] is 1 when k is prime (0 <= k < limit)."""
    flags = [1] * limit
    flags[0] = flags[1] = 0
    p = 2
    while p * p < limit:
        if flags[p]:
            flags[p * p::p] = [0] * ((limit - 1 - p * p) // p + 1)
        p += 1
    return flags


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    total = 0
    last = 0
    for rep in range(size):
        limit = BASE_LIMIT + rep * 37
        flags = sieve(limit)
        total += sum(flags)
        last = limit - 1
        while not flags[last]:
            last -= 1
    print("primes counted: %d" % total)
    print("largest prime below %d: %d" % (BASE_LIMIT + (size - 1) * 37, last))


if __name__ == "__main__":
    main()
