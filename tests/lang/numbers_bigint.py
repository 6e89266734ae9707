# Arbitrary precision integers.
print(2 ** 200)
print(-(2 ** 200))
print(2 ** 64, 2 ** 64 - 1, -(2 ** 63), 2 ** 63 - 1)
def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
print(factorial(50))
print(factorial(100))
print(len(str(factorial(1000))))
print(factorial(25) // factorial(23), factorial(30) % 1000007)
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b, a - b, b - a, a * b)
print(b // a, b % a, -b // a, -b % a, b // -a, b % -a)
print(divmod(b, a), divmod(-b, a), divmod(b, -a), divmod(-b, -a))
print(a * a * a * a)
print(-a * b, (-a) * (-b), a * 0, a * 1, a * -1)
print(a == 123456789012345678901234567890, a < b, -a < -b, a != b, a > 10 ** 29, a < 10 ** 30)
print(abs(-a), -(-a), +a)
print(a // 1, a // -1, a % 1, a % -1)
print(2 ** 100 - 2 ** 100, 2 ** 100 - 2 ** 100 == 0, type(2 ** 100 - 2 ** 100))
# crossing small/big boundaries
x = 2 ** 62
print(x + x, x * 2, x * 4, (x * 4) // 4, x * 4 - x * 3)
y = 2 ** 31
print(y * y, y * y * y, (y * y) // y)
m = -(2 ** 63)
print(m - 1, m * -1, -m, m // -1, abs(m), m % 10, m // 10)
n = 9223372036854775807
print(n + 1, n * n, -n - 1, -n - 2, n + n)
# fib of large index
f0, f1 = 0, 1
for _ in range(300):
    f0, f1 = f1, f0 + f1
print(f0)
# powers
print(3 ** 100, 7 ** 77, (-3) ** 101, (-2) ** 64, 10 ** 50)
print(pow(2, 1000) % 1000000007, pow(2, 1000, 1000000007), pow(3, 10 ** 6, 10 ** 9 + 7))
print(pow(12345678901234567890, 3, 98765432109876543210))
# comparisons between big ints and floats
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53, 10 ** 400 > 1e308, -(10 ** 400) < -1e308)
print(float(2 ** 100), float(-(2 ** 80)), int(1e20), int(-1.5e30), int(2.0 ** 100) == 2 ** 100)
print(10 ** 30 + 0.0, 10 ** 30 * 1.0, 2 ** 1000 / 2 ** 990)
# str / int round-trips
s = str(3 ** 200)
print(s, len(s), int(s) == 3 ** 200)
print(int("-" + "9" * 60) + 1)
print(int("1" * 40, 2), int("z" * 20, 36), int("7" * 30, 8))
# hex/oct/bin of big and negative
print(hex(2 ** 100), oct(2 ** 100), bin(2 ** 70))
print(hex(-(2 ** 100)), oct(-(8 ** 20)), bin(-(2 ** 65 + 1)))
print(hex(0), oct(0), bin(0), hex(-1), oct(-1), bin(-1), hex(255), oct(8), bin(5))
# 10**1000 and big strings
print(10 ** 1000)
print(len(str(10 ** 4000)), str(7 ** 4000)[:20], str(7 ** 4000)[-20:])
print(len(str(-(10 ** 4000))))
# bit_length-free test of large shifts
print((1 << 500) >> 499, (1 << 500) >> 600, -(1 << 500) >> 600)
# sums of many big numbers
total = 0
for i in range(1, 101):
    total += i ** 20
print(total)
print(sum(range(10 ** 12, 10 ** 12 + 1000)))
# integer sqrt by Newton's method
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(isqrt(10 ** 100), isqrt(2 * 10 ** 60), isqrt(2 ** 127 - 1))
# gcd
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(factorial(40), 2 ** 100 * 3 ** 5), gcd(2 ** 200 - 1, 2 ** 120 - 1))
# hashing and dict keys with big ints
d = {2 ** 100: 'big', -(2 ** 100): 'negbig'}
print(d[2 ** 100], d[-(2 ** 100)], 2 ** 100 in d, 2 ** 100 + 1 in d)
print(hash(2 ** 100) == hash(2 ** 100), hash(2 ** 100) == hash(2.0 ** 100))
# CPython 3.11 limits int<->str conversion to 4300 decimal digits
print(len(str(10 ** 4299)), len(str(-(10 ** 4299))))
try:
    print(len(str(10 ** 5000)))
except ValueError as e:
    print("ValueError:", e)
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError:", e)
print(int("1" * 4300) % 1000)
print(len(hex(10 ** 5000)), len(bin(2 ** 20000)))
