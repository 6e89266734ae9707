# fib.py: naive recursive Fibonacci — stresses Python-to-Python calls and small-int arithmetic.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


n = int(sys.argv[1]) if len(sys.argv) > 1 else 30
print("fib(%d) = %d" % (n, fib(n)))
