"""spectral_norm: spectral norm of the infinite matrix A(i, j) = 1 / ((i+j)(i+j+1)/2 + i + 1).

What it stresses: float arithmetic in nested loops, function calls, list building.
Algorithm: the Computer Language Benchmarks Game's spectral-norm: ten rounds of the power method
on A^T A truncated to n x n; prints sqrt(u.v / v.v).  The size argument is n.
"""
import sys

DEFAULT_SIZE = 400      # about 0.5-3 s on CPython 3.11 on this machine
QUICK_SIZE = 80         # about 20-80 ms on CPython 3.11 (used by `make check` and --quick runs)


def matrix_entry(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def times(u):
    """Return A u."""
    n = len(u)
    result = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += matrix_entry(i, j) * u[j]
        result.append(total)
    return result


def times_transposed(u):
    """Return A^T u."""
    n = len(u)
    result = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += matrix_entry(j, i) * u[j]
        result.append(total)
    return result


def times_ata(u):
    return times_transposed(times(u))


def spectral_norm(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = times_ata(u)
        u = times_ata(v)
    vbv = 0.0
    vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    return (vbv / vv) ** 0.5


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    print("%.9f" % spectral_norm(size))


if __name__ == "__main__":
    main()
