# bigfact.py: factorials, powers and digit sums of big ints — stresses GMP-backed arithmetic.
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
f = 1
for i in range(2, n + 1):
    f *= i
digits = str(f)
print("%d! has %d digits" % (n, len(digits)))
total = 0
for ch in digits:
    total += ord(ch) - 48
print("digit sum:", total)
print("2**1000 mod 10**9+7:", pow(2, 1000, 10**9 + 7), (2**1000) % (10**9 + 7))
print("last 20 digits of 3**5000:", (3**5000) % 10**20)
