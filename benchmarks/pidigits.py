"""pidigits: digits of pi with the unbounded spigot algorithm on big integers.

What it stresses: arbitrary-precision integer multiply, add, floor division and divmod.
Algorithm: the Computer Language Benchmarks Game's pidigits (Gibbons' streaming spigot with
linear fractional transformations); the size argument is the number of digits computed.
Digits are formatted as in the benchmarks game (lines of 10 digits, a tab, ":" and the digit
count); only the first and last three lines are printed.
"""
import sys

DEFAULT_SIZE = 7000     # about 0.5-3 s on CPython 3.11 on this machine
QUICK_SIZE = 1300       # about 20-80 ms on CPython 3.11 (used by `make check` and --quick runs)


def pi_digits(count):
    """Yield the first `count` decimal digits of pi."""
    # The state is the transformation (q r / 0 t) applied to the remaining series.
    q, r, t = 1, 0, 1
    k = 0
    produced = 0
    while produced < count:
        k += 1
        # Compose with the next term (k, 4k+2 / 0, 2k+1).
        k2 = 2 * k + 1
        r = (2 * q + r) * k2
        q *= k
        t *= k2
        if q > r:
            continue
        # Extract a digit once floor((3q + r)/t) == floor((4q + r)/t).
        digit, rem = divmod(3 * q + r, t)
        if rem + q >= t:
            continue
        yield digit
        produced += 1
        # Remove the digit: multiply by 10 and subtract.
        r = 10 * (r - digit * t)
        q *= 10


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    line = []
    written = 0
    out = []
    for d in pi_digits(size):
        line.append(str(d))
        written += 1
        if len(line) == 10:
            out.append("%s\t:%d" % ("".join(line), written))
            line = []
    if line:
        out.append("%s%s\t:%d" % ("".join(line), " " * (10 - len(line)), written))
    # Print only a summary of long outputs: the first and last lines.
    if len(out) > 6:
        for s in out[:3]:
            print(s)
        print("...")
        for s in out[-3:]:
            print(s)
    else:
        for s in out:
            print(s)


if __name__ == "__main__":
    main()
