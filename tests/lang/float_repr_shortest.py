# repr(float): shortest round-tripping digits over many doubles (normal, subnormal, powers of two)
vals = [0.1, 0.5, 1/3, 2/3, 1e22, 1e23, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 123456789.0, 1e16, 9007199254740993.0, 0.3, 2.5e-300, 100.0, 1234.5678, 4.35, 0.000123, 1e-5]
x = 1.0
for i in range(200):
    vals.append(x); x *= 1.7
    vals.append(2.0 ** (i - 100)); vals.append(2.0 ** (i - 100) * 3)
import struct
seed = 12345
for i in range(20000):
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64

    d = struct.unpack('<d', struct.pack('<Q', seed))[0]
    if d == d and d not in (float('inf'), float('-inf')):
        vals.append(d)
    vals.append((seed % 1000000) / 1000.0)
    vals.append((seed % 997) / 7)
for k in range(1, 3000, 7):
    vals.append(5e-324 * k); vals.append(2.2250738585072014e-308 - 5e-324 * k); vals.append(2.2250738585072014e-308 * (1 + k / 3001))
h = 0
for v in vals:
    for ch in repr(v):
        h = (h * 31 + ord(ch)) % 1000000007
print(len(vals), h)
print([repr(v) for v in vals[:40]])
