"""fannkuch: fannkuch-redux, the pancake-flipping permutation benchmark.

What it stresses: small-list indexing, slicing and reversal, integer loops.
Algorithm: the Computer Language Benchmarks Game's fannkuch-redux: for every permutation of
1..n (in a fixed counting order) count the prefix reversals needed until 1 comes first; print the
alternating-sign checksum of the flip counts and the maximum.  The size argument is n.
"""
import sys

DEFAULT_SIZE = 9        # about 0.5-3 s on CPython 3.11 on this machine
QUICK_SIZE = 8          # about 20-80 ms on CPython 3.11 (used by `make check` and --quick runs)


def count_flips(perm):
    """Number of prefix reversals of a copy of `perm` until its first element is 0."""
    p = perm[:]
    flips = 0
    first = p[0]
    while first != 0:
        p[:first + 1] = p[first::-1]
        flips += 1
        first = p[0]
    return flips


def fannkuch(n):
    perm = list(range(n))
    counts = [0] * n          # counts[i]: how many times prefix i+1 has been rotated
    checksum = 0
    max_flips = 0
    index = 0                 # the permutation's position in the generation order
    while True:
        if perm[0] != 0:
            flips = count_flips(perm)
            if flips > max_flips:
                max_flips = flips
            checksum += flips if index % 2 == 0 else -flips
        index += 1
        # Next permutation: rotate the shortest prefix whose rotation count has not run out.
        i = 1
        while True:
            if i >= n:
                return checksum, max_flips
            first = perm[0]
            perm[:i] = perm[1:i + 1]
            perm[i] = first
            counts[i] += 1
            if counts[i] <= i:
                break
            counts[i] = 0
            i += 1


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    checksum, max_flips = fannkuch(size)
    print(checksum)
    print("Pfannkuchen(%d) = %d" % (size, max_flips))


if __name__ == "__main__":
    main()
