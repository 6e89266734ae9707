"""mandelbrot: bitmap of the Mandelbrot set on an N x N grid.

What it stresses: float arithmetic in a tight inner loop, integer bit operations, bytearray.
Algorithm: the Computer Language Benchmarks Game's mandelbrot: the square [-1.5, 0.5] x [-1, 1]
sampled on an N x N grid, 50 iterations with escape radius 2, one bit per pixel packed
eight to a byte (rows padded to whole bytes).  The size argument is N.  Prints the number of set
bits and a checksum of the packed bytes instead of the PBM image.
"""
import sys

DEFAULT_SIZE = 600      # about 0.5-3 s on CPython 3.11 on this machine
QUICK_SIZE = 120        # about 20-80 ms on CPython 3.11 (used by `make check` and --quick runs)

ITERATIONS = 50
LIMIT_SQUARED = 4.0


def in_set(cr, ci):
    """True when c = cr + ci*i stays within radius 2 for ITERATIONS steps of z = z*z + c."""
    zr = zi = 0.0
    for _ in range(ITERATIONS):
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > LIMIT_SQUARED:
            return False
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return zr * zr + zi * zi <= LIMIT_SQUARED


def render(n):
    """Return the packed bitmap as a bytearray of n rows of (n + 7) // 8 bytes."""
    out = bytearray()
    for y in range(n):
        ci = 2.0 * y / n - 1.0
        byte = 0
        bit = 0
        for x in range(n):
            cr = 2.0 * x / n - 1.5
            byte = (byte << 1) | (1 if in_set(cr, ci) else 0)
            bit += 1
            if bit == 8:
                out.append(byte)
                byte = 0
                bit = 0
        if bit:
            out.append(byte << (8 - bit))
    return out


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    bitmap = render(size)
    ones = 0
    checksum = 0
    for b in bitmap:
        ones += bin(b).count("1")
        checksum = (checksum * 257 + b) % 4294967291
    print("%dx%d: %d bytes, %d points in the set" % (size, size, len(bitmap), ones))
    print("checksum %d" % checksum)


if __name__ == "__main__":
    main()
