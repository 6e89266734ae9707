"""fib: recursive Fibonacci and other call-heavy shapes.

What it stresses: Python-to-Python calls and returns: plain recursion, closures, keyword and
default arguments, *args, bound-method calls and mutual recursion.
Algorithm: the classic doubly recursive fib(n) plus variants of the same call tree; the size
argument is n for the plain recursion (the variants use n - 3).
"""
import sys

DEFAULT_SIZE = 32       # about 0.5-3 s on CPython 3.11 on this machine
QUICK_SIZE = 25         # about 20-80 ms on CPython 3.11 (used by `make check` and --quick runs)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fib_kw(n, *, add=0, base=2):
    """Keyword-only arguments with defaults on every call."""
    if n < base:
        return n + add
    return fib_kw(n - 1, add=add) + fib_kw(n - 2, base=base, add=add)


def fib_default(n, a=0, b=1):
    """Positional defaults, some calls overriding them."""
    if n < 2:
        return n if a == 0 else n + a - b + 1
    return fib_default(n - 1) + fib_default(n - 2, 0, 1)


def make_fib_closure():
    """The recursion goes through a closure cell."""
    def inner(n):
        if n < 2:
            return n
        return inner(n - 1) + inner(n - 2)
    return inner


def fib_star(*args):
    n = args[0]
    if n < 2:
        return n
    return fib_star(n - 1) + fib_star(*(n - 2,))


class Fib:
    def __init__(self, offset):
        self.offset = offset

    def calc(self, n):
        if n < 2:
            return n + self.offset
        return self.calc(n - 1) + self.calc(n - 2) - self.offset


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def tak(x, y, z):
    """Takeuchi function: a different deep-call shape."""
    if y >= x:
        return z
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    m = size - 3
    print("fib", size, fib(size))
    print("variants", fib_kw(m), fib_default(m), make_fib_closure()(m), fib_star(m),
          Fib(1).calc(m))
    parity = sum(1 for k in range(0, 40 * size, 7) if is_even(k % 300))
    print("mutual", parity, "tak", tak(size // 2, size // 3, size // 6))


if __name__ == "__main__":
    main()
