"""unpack_sequence: long unrolled runs of tuple and list unpacking.

What it stresses: UNPACK_SEQUENCE on tuples and lists of 10 items, starred unpacking, swaps.
Algorithm: after the pyperformance "unpack_sequence" benchmark (repeated unrolled unpacking of a
10-item tuple/list); the size argument is the number of outer loop iterations.
"""
import sys

DEFAULT_SIZE = 1000000  # about 0.5-3 s on CPython 3.11 on this machine
QUICK_SIZE = 24000      # about 20-80 ms on CPython 3.11 (used by `make check` and --quick runs)


def unpack_ten(seq, loops):
    """Unpack a 10-item sequence ten times per iteration; return a checksum."""
    total = 0
    for _ in range(loops):
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        total += a + j
    return total


def unpack_starred(seq, loops):
    """Starred unpacking: head/tail splits of a list."""
    total = 0
    for _ in range(loops):
        first, *rest = seq
        *init, last = seq
        a, b, *middle, y, z = seq
        first, *rest = rest
        total += first + last + len(middle) + len(init) + y - b
    return total


def swaps(loops):
    """Pairwise swaps and rotations through tuple packing and unpacking."""
    a, b, c, d = 1, 2, 3, 4
    total = 0
    for k in range(loops):
        a, b = b, a
        a, b, c = c, a, b
        a, b, c, d = d, c, b, a
        b, d = d + k % 3, b
        a, c = c, a
        total += a * 1 + b * 2 + c * 3 + d * 4
        a, b, c, d = a % 7 + 1, b % 7 + 1, c % 7 + 1, d % 7 + 1
    return total


def nested(pairs, loops):
    """Nested unpacking in for-loop targets."""
    total = 0
    for _ in range(loops):
        for (x, y), (z, w) in pairs:
            total += x * w - y * z
    return total


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    tup = tuple(range(1, 11))
    lst = list(range(11, 21))
    r1 = unpack_ten(tup, size)
    r2 = unpack_ten(lst, size)
    r3 = unpack_starred(list(range(12)), size)
    r4 = swaps(size)
    pairs = [((i, i + 1), (i + 2, i * 3)) for i in range(10)]
    r5 = nested(pairs, size // 4)
    print("tuple", r1, "list", r2)
    print("starred", r3, "swaps", r4, "nested", r5)


if __name__ == "__main__":
    main()
