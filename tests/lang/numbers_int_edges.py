# Integer arithmetic around machine-word boundaries (where small-int fast paths overflow).
edges = [0, 1, -1, 7, -7,
         2 ** 30 - 1, 2 ** 30, -(2 ** 30), -(2 ** 30) - 1,
         2 ** 31 - 1, 2 ** 31, -(2 ** 31), -(2 ** 31) - 1,
         46340, 46341, 3037000499, 3037000500, -3037000500,
         2 ** 32 - 1, 2 ** 32,
         2 ** 62 - 1, 2 ** 62, -(2 ** 62), -(2 ** 62) - 1,
         2 ** 63 - 1, 2 ** 63, -(2 ** 63), -(2 ** 63) - 1,
         2 ** 64 - 1, 2 ** 64, -(2 ** 64)]
print(len(edges))
for a in edges:
    print(a, -a, abs(a), ~a, a << 1, a >> 1, a << 33, a >> 33, a * a, a ** 3 == a * a * a, a == float(a), hash(a) == hash(a + 0))
for a in edges:
    row = []
    for b in edges:
        if b == 0:
            row.append((a + b, a - b, a * b))
        else:
            row.append((a + b, a - b, a * b, a // b, a % b))
    print(a, row)
# comparisons across the boundary
cmp = []
for a in edges:
    cmp.append("".join(["<" if a < b else ("=" if a == b else ">") for b in edges]))
print("\n".join(cmp))
# accumulate across the boundary in a loop
x = 2 ** 62 - 5
seq = []
for _ in range(10):
    x += 1
    seq.append(x)
print(seq)
y = -(2 ** 63) + 3
for _ in range(6):
    y -= 1
print(y)
z = 1
for _ in range(70):
    z *= 2
print(z, z // 2 ** 69, z % 3)
w = 3 ** 39
print(w, w * 3, w * 9, -w * 27)
# increments that cross back down into small ints
v = 2 ** 64
for _ in range(3):
    v -= 2 ** 63
print(v, type(v).__name__, v == -(2 ** 63))
# int <-> float at the boundaries
print(float(2 ** 63), float(2 ** 63 - 1), int(float(2 ** 63)), int(9.223372036854775e18), float(-(2 ** 63)))
print(2 ** 53 + 1, float(2 ** 53 + 1), int(float(2 ** 53 + 1)), 2 ** 53 + 1.0)
# division of boundary values by -1 (classic overflow trap)
print(-(2 ** 63) // -1, -(2 ** 63) % -1, -(2 ** 31) // -1, divmod(-(2 ** 63), -1), -(2 ** 62) * -2, -(2 ** 63) * -1)
print(abs(-(2 ** 63)), -(-(2 ** 63)), (-(2 ** 63)) ** 2, (-(2 ** 63)) >> 63, (-(2 ** 63)) >> 64, (-(2 ** 63)) << 1)
