# Matrix utilities on nested lists: multiply, transpose, power, determinant, identity checks.
def zeros(r, c):
    return [[0] * c for _ in range(r)]

def identity(n):
    m = zeros(n, n)
    for i in range(n):
        m[i][i] = 1
    return m

def matmul(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    if len(a[0]) != inner:
        raise ValueError("shape mismatch: %dx%d * %dx%d" % (rows, len(a[0]), inner, cols))
    out = zeros(rows, cols)
    for i in range(rows):
        ai = a[i]
        oi = out[i]
        for k in range(inner):
            aik = ai[k]
            if aik:
                bk = b[k]
                for j in range(cols):
                    oi[j] += aik * bk[j]
    return out

def transpose(m):
    return [list(col) for col in zip(*m)]

def matpow(m, e):
    result = identity(len(m))
    while e:
        if e & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        e >>= 1
    return result

def det(m):
    # fraction-free Bareiss algorithm on ints
    n = len(m)
    a = [row[:] for row in m]
    sign = 1
    prev = 1
    for k in range(n - 1):
        if a[k][k] == 0:
            for r in range(k + 1, n):
                if a[r][k] != 0:
                    a[k], a[r] = a[r], a[k]
                    sign = -sign
                    break
            else:
                return 0
        for i in range(k + 1, n):
            for j in range(k + 1, n):
                a[i][j] = (a[i][j] * a[k][k] - a[i][k] * a[k][j]) // prev
        prev = a[k][k]
    return sign * a[n - 1][n - 1]

def show(m):
    width = max([len(str(v)) for row in m for v in row])
    for row in m:
        print("  [" + " ".join([" " * (width - len(str(v))) + str(v) for v in row]) + "]")

A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
print("A*B:"); show(matmul(A, B))
print("B*A:"); show(matmul(B, A))
print("A^T:"); show(transpose(A))
print(matmul(A, B) == transpose(matmul(transpose(B), transpose(A))))
try:
    matmul(A, A)
except ValueError as e:
    print("ValueError:", e)

fib = [[1, 1], [1, 0]]
print("fib(90) =", matpow(fib, 90)[0][1])
print("fib(300) =", matpow(fib, 300)[0][1])

M = [[2, -1, 0, 3], [1, 4, -2, 0], [0, 5, 1, -1], [3, 0, 2, 2]]
print("det(M) =", det(M))
print("det(I5) =", det(identity(5)))
print("det singular =", det([[1, 2], [2, 4]]))
print("det needs pivot =", det([[0, 1], [1, 0]]), det([[0, 0, 1], [0, 1, 0], [1, 0, 0]]))
H = [[1 if (i + j) % 3 == 0 else i - j for j in range(6)] for i in range(6)]
show(H)
print("det(H) =", det(H))
print("det(M*M) == det(M)**2:", det(matmul(M, M)) == det(M) ** 2)

# float matrices
R = [[0.5, -0.25], [0.125, 2.0]]
print(matmul(R, R), matpow(R, 5))
# larger product checksum
N = 30
P = [[(i * N + j) % 7 - 3 for j in range(N)] for i in range(N)]
Q = matmul(P, transpose(P))
print(sum([sum(row) for row in Q]), Q[0][:5], Q[N - 1][N - 5:], Q == transpose(Q))
trace = 0
for i in range(N):
    trace += Q[i][i]
print("trace", trace)
