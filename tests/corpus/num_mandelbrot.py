# Complex numbers at work: ASCII Mandelbrot and Julia sets, roots of unity, a quadratic solver and Newton's fractal.
def mandel(c, limit=40):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return i
    return limit

def render(fn, x0, x1, y0, y1, w, h, palette=' .:-=+*#%@'):
    rows = []
    for j in range(h):
        y = y1 - (y1 - y0) * j / (h - 1)
        row = ''
        for i in range(w):
            x = x0 + (x1 - x0) * i / (w - 1)
            n = fn(complex(x, y))
            row += palette[min(n, len(palette) - 1) * (len(palette) - 1) // (len(palette) - 1)] if n < 40 else '@'
        rows.append(row.rstrip())
    return '\n'.join(rows)

print(render(lambda c: mandel(c) // 4, -2.2, 0.8, -1.2, 1.2, 60, 21))
inside = sum(1 for j in range(40) for i in range(80) if mandel(complex(-2 + 2.5 * i / 79, -1.2 + 2.4 * j / 39)) == 40)
print('points inside:', inside)

def julia(c):
    def f(z, limit=30):
        for i in range(limit):
            z = z * z + c
            if abs(z) > 2:
                return i // 3
        return 9
    return f
print(render(julia(complex(-0.8, 0.156)), -1.6, 1.6, -0.9, 0.9, 56, 13))

def roots_of_unity(n):
    out = []
    w = complex(1, 0)
    step = complex(1, 0)
    # compute e^(2*pi*i/n) by repeated squaring of a Taylor series
    theta = 2 * 3.141592653589793 / n
    term, total = complex(1, 0), complex(0, 0)
    for k in range(30):
        total += term
        term *= complex(0, theta) / (k + 1)
    step = total
    for _ in range(n):
        out.append(w)
        w *= step
    return out
for n in (3, 4, 6):
    roots = roots_of_unity(n)
    print(n, [f'{r.real:+.3f}{r.imag:+.3f}j' for r in roots], f'{abs(sum(roots)):.2e}' if abs(sum(roots)) > 1e-12 else 'sum≈0')

def solve_quadratic(a, b, c):
    disc = b * b - 4 * a * c
    root = disc ** 0.5 if disc >= 0 else complex(0, (-disc) ** 0.5)
    return (-b + root) / (2 * a), (-b - root) / (2 * a)
for coeffs in ((1, -3, 2), (1, 2, 5), (1, 0, 1), (2, 4, 2)):
    print(coeffs, solve_quadratic(*coeffs))

def newton_basin(z):
    for i in range(25):
        dz = 3 * z * z
        if dz == 0:
            return '?'
        z = z - (z ** 3 - 1) / dz
    roots = [1, complex(-0.5, 0.8660254), complex(-0.5, -0.8660254)]
    d = [abs(z - r) for r in roots]
    return 'ABC'[d.index(min(d))]
for j in range(9):
    y = 1.2 - 0.3 * j
    print(''.join(newton_basin(complex(-1.5 + 0.1 * i, y)) for i in range(31)))
print((1 + 2j) * (3 - 1j), (1 + 2j) / (3 - 1j), abs(3 + 4j), (1j) ** 2, complex('2-3j').conjugate(), (2 + 0j) ** 0.5)
