"""scimark: the five SciMark 2.0 kernels at small sizes.

What it stresses: float arithmetic, nested loops over lists of lists, list indexing and
item assignment, integer index arithmetic, math.sin/cos.
Algorithm: SciMark 2.0 (NIST): successive over-relaxation on a grid, Monte Carlo estimate of pi
with the kernel's own random generator, sparse matrix-vector multiply in compressed-row form,
LU factorisation with partial pivoting, and a complex radix-2 FFT with its inverse. The size
argument scales the number of cycles of each kernel.
"""
import sys
import math

DEFAULT_SIZE = 500      # about 0.5-3 s on CPython 3.11 on this machine
QUICK_SIZE = 12         # about 20-80 ms on CPython 3.11 (used by `make check` and --quick runs)


class Random:
    """SciMark's subtractive lagged-Fibonacci generator (lags 5 and 17) on 31-bit ints."""

    M = 2147483647

    def __init__(self, seed):
        self.m = [0] * 17
        jseed = min(abs(seed), self.M)
        if jseed % 2 == 0:
            jseed -= 1
        k0 = 9069 % 65536
        k1 = 9069 // 65536
        j0 = jseed % 65536
        j1 = jseed // 65536
        for i in range(17):
            jseed = j0 * k0
            j1 = (jseed // 65536 + j0 * k1 + j1 * k0) % 32768
            j0 = jseed % 65536
            self.m[i] = j0 + 65536 * j1
        self.i = 4
        self.j = 16

    def next_float(self):
        k = self.m[self.i] - self.m[self.j]
        if k < 0:
            k += self.M
        self.m[self.j] = k
        self.i = 16 if self.i == 0 else self.i - 1
        self.j = 16 if self.j == 0 else self.j - 1
        return k / self.M

    def matrix(self, rows, cols):
        return [[self.next_float() for _ in range(cols)] for _ in range(rows)]

    def vector(self, n):
        return [self.next_float() for _ in range(n)]


def sor(n, cycles, omega=1.25):
    """Jacobi-style successive over-relaxation on an n x n grid; returns the grid sum."""
    grid = Random(101).matrix(n, n)
    om4 = omega / 4.0
    om1 = 1.0 - omega
    for _ in range(cycles):
        for i in range(1, n - 1):
            up = grid[i - 1]
            row = grid[i]
            down = grid[i + 1]
            for j in range(1, n - 1):
                row[j] = om4 * (up[j] + down[j] + row[j - 1] + row[j + 1]) + om1 * row[j]
    return sum(sum(r) for r in grid)


def monte_carlo(samples):
    """Estimate pi from the fraction of random points inside the quarter circle."""
    rnd = Random(113)
    inside = 0
    for _ in range(samples):
        x = rnd.next_float()
        y = rnd.next_float()
        if x * x + y * y <= 1.0:
            inside += 1
    return inside / samples * 4.0


def sparse_matmult(n, nz, cycles):
    """y = A x repeatedly, A an n x n matrix with about nz non-zeros in compressed rows."""
    rnd = Random(127)
    x = rnd.vector(n)
    per_row = nz // n
    values = []
    cols = []
    row_start = [0] * (n + 1)
    for r in range(n):
        step = max(r // per_row, 1)
        for k in range(per_row):
            cols.append(k * step)
            values.append(rnd.next_float())
        row_start[r + 1] = row_start[r] + per_row
    y = [0.0] * n
    for _ in range(cycles):
        for r in range(n):
            total = 0.0
            for k in range(row_start[r], row_start[r + 1]):
                total += x[cols[k]] * values[k]
            y[r] = total
    return sum(y)


def lu_factor(a, pivot):
    """In-place LU factorisation with partial pivoting; returns 0, or 1 if singular."""
    n = len(a)
    for j in range(n):
        # Find the pivot in column j.
        jp = j
        best = abs(a[j][j])
        for i in range(j + 1, n):
            v = abs(a[i][j])
            if v > best:
                jp = i
                best = v
        pivot[j] = jp
        if a[jp][j] == 0.0:
            return 1
        if jp != j:
            a[j], a[jp] = a[jp], a[j]
        if j < n - 1:
            recp = 1.0 / a[j][j]
            for k in range(j + 1, n):
                a[k][j] *= recp
        if j < n - 1:
            row_j = a[j]
            for ii in range(j + 1, n):
                row_i = a[ii]
                factor = row_i[j]
                for jj in range(j + 1, n):
                    row_i[jj] -= factor * row_j[jj]
    return 0


def lu(n, cycles):
    base = Random(131).matrix(n, n)
    pivot = [0] * n
    total = 0.0
    for _ in range(cycles):
        a = [row[:] for row in base]
        lu_factor(a, pivot)
        total += sum(a[i][i] for i in range(n))
    return total, sum(pivot)


def fft_transform(data, direction):
    """In-place radix-2 FFT of interleaved complex data (re, im, re, im, ...)."""
    n = len(data) // 2
    if n <= 1:
        return
    logn = n.bit_length() - 1
    # Bit-reversal permutation.
    j = 0
    for i in range(n - 1):
        if i < j:
            ii, jj = 2 * i, 2 * j
            data[ii], data[jj] = data[jj], data[ii]
            data[ii + 1], data[jj + 1] = data[jj + 1], data[ii + 1]
        k = n >> 1
        while k <= j:
            j -= k
            k >>= 1
        j += k
    dual = 1
    for _ in range(logn):
        theta = 2.0 * direction * math.pi / (2.0 * dual)
        s = math.sin(theta)
        t = math.sin(theta / 2.0)
        s2 = 2.0 * t * t
        wr, wi = 1.0, 0.0
        for a in range(dual):
            for b in range(0, n, 2 * dual):
                i = 2 * (b + a)
                j = 2 * (b + a + dual)
                zr, zi = data[j], data[j + 1]
                tr = wr * zr - wi * zi
                ti = wr * zi + wi * zr
                data[j] = data[i] - tr
                data[j + 1] = data[i + 1] - ti
                data[i] += tr
                data[i + 1] += ti
            # Advance the twiddle factor by a rotation of theta.
            wr, wi = wr - s * wi - s2 * wr, wi + s * wr - s2 * wi
        dual *= 2


def fft(n, cycles):
    """Forward then inverse transforms; returns a spectrum checksum and the round-trip error."""
    data = Random(137).vector(2 * n)
    original = data[:]
    spectrum = 0.0
    for _ in range(cycles):
        fft_transform(data, -1)
        spectrum = sum(abs(x) for x in data)
        fft_transform(data, 1)
        for i in range(2 * n):
            data[i] /= n
    error = math.sqrt(sum((d - o) ** 2 for d, o in zip(data, original)) / n)
    return spectrum, error


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    print("sor %.9f" % sor(40, size))
    print("monte_carlo %.9f" % monte_carlo(1600 * size))
    print("sparse %.9f" % sparse_matmult(400, 2000, 2 * size))
    total, pivots = lu(40, max(1, 2 * size // 5))
    print("lu %.6f %d" % (total, pivots))
    spectrum, error = fft(256, max(1, 4 * size // 5))
    print("fft %.6f %s" % (spectrum, error < 1e-12))


if __name__ == "__main__":
    main()
