# A Matrix class with operator overloading, Gaussian elimination with fractions-by-hand, and formatting.
class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError('Frac denominator is zero')
        if d < 0:
            n, d = -n, -d
        g = Frac.gcd(abs(n), d)
        self.n, self.d = n // g, d // g
    @staticmethod
    def gcd(a, b):
        while b:
            a, b = b, a % b
        return a or 1
    def _coerce(self, o):
        return o if isinstance(o, Frac) else Frac(o)
    def __add__(self, o):
        o = self._coerce(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._coerce(o)
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)
    def __mul__(self, o):
        o = self._coerce(o)
        return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._coerce(o)
        return Frac(self.n * o.d, self.d * o.n)
    def __neg__(self):
        return Frac(-self.n, self.d)
    def __eq__(self, o):
        o = self._coerce(o)
        return self.n == o.n and self.d == o.d
    def __hash__(self):
        return hash((self.n, self.d))
    def __bool__(self):
        return self.n != 0
    def __str__(self):
        return str(self.n) if self.d == 1 else f'{self.n}/{self.d}'
    __repr__ = __str__

class Matrix:
    def __init__(self, rows):
        self.rows = [[x if isinstance(x, Frac) else Frac(x) for x in r] for r in rows]
        self.n, self.m = len(self.rows), len(self.rows[0])
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __mul__(self, other):
        if isinstance(other, Matrix):
            if self.m != other.n:
                raise ValueError(f'shape mismatch: {self.n}x{self.m} * {other.n}x{other.m}')
            return Matrix([[sum((self[i, k] * other[k, j] for k in range(self.m)), Frac(0)) for j in range(other.m)] for i in range(self.n)])
        return Matrix([[x * other for x in r] for r in self.rows])
    __rmul__ = __mul__
    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
    def __eq__(self, other):
        return self.rows == other.rows
    def transpose(self):
        return Matrix([list(col) for col in zip(*self.rows)])
    def inverse(self):
        n = self.n
        aug = [r[:] + Matrix.identity(n).rows[i] for i, r in enumerate(self.rows)]
        for col in range(n):
            pivot = next((r for r in range(col, n) if aug[r][col]), None)
            if pivot is None:
                raise ValueError('matrix is singular')
            aug[col], aug[pivot] = aug[pivot], aug[col]
            p = aug[col][col]
            aug[col] = [x / p for x in aug[col]]
            for r in range(n):
                if r != col and aug[r][col]:
                    f = aug[r][col]
                    aug[r] = [a - f * b for a, b in zip(aug[r], aug[col])]
        return Matrix([r[n:] for r in aug])
    def det(self):
        if self.n == 1:
            return self[0, 0]
        total = Frac(0)
        for j in range(self.m):
            minor = Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]]) if self.n > 1 else None
            term = self[0, j] * minor.det()
            total = total + (term if j % 2 == 0 else -term)
        return total
    def __str__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return '\n'.join('[ ' + '  '.join(c.rjust(w) for c in r) + ' ]' for r in cells)

A = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
B = Matrix([[1, 2], [0, 1], [4, 0]])
print(A, '', A * B, '', A.transpose(), sep='\n')
print('det', A.det())
inv = A.inverse()
print(inv)
print('A * inv == I:', A * inv == Matrix.identity(3))
print(2 * Matrix.identity(2) + Matrix([[Frac(1, 2), 0], [0, Frac(-1, 3)]]))
try:
    B * B
except ValueError as e:
    print('ValueError:', e)
try:
    Matrix([[1, 2], [2, 4]]).inverse()
except ValueError as e:
    print('ValueError:', e)
print(Frac(6, -8), Frac(3, 4) + 1, Frac(1, 3) * 3, Frac(1, 3) == Frac(2, 6), len({Frac(1, 2), Frac(2, 4)}))
