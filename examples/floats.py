# floats.py: a Mandelbrot set escape-count grid — stresses inline float arithmetic and loops.
import sys


def mandel(width, height, max_iter):
    total = 0
    rows = []
    for y in range(height):
        ci = -1.2 + 2.4 * y / height
        row = []
        for x in range(width):
            cr = -2.0 + 3.0 * x / width
            zr = zi = 0.0
            i = 0
            while i < max_iter and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                i += 1
            total += i
            row.append("#" if i == max_iter else " .:-=+*%@"[i % 9])
        rows.append("".join(row))
    return total, rows


size = int(sys.argv[1]) if len(sys.argv) > 1 else 120
total, rows = mandel(size, size // 2, 200)
for r in rows[:: max(1, len(rows) // 12)]:
    print(r[:: max(1, size // 60)])
print("total iterations:", total)
