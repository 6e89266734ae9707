# Big-integer heavy computations: digits of pi and e, fibonacci, binomials, catalan numbers.
def pi_digits(n):
    # Machin's formula with fixed-point big integers
    def arctan_inv(x, one):
        total = term = one // x
        x2 = x * x
        k = 3
        sign = -1
        while term:
            term //= x2
            total += sign * (term // k)
            sign = -sign
            k += 2
        return total
    guard = 10
    one = 10 ** (n + guard)
    pi = 4 * (4 * arctan_inv(5, one) - arctan_inv(239, one))
    return str(pi // 10 ** guard)

def e_digits(n):
    guard = 10
    one = 10 ** (n + guard)
    total = 0
    term = one
    k = 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total // 10 ** guard)

p = pi_digits(500)
print(p[0] + "." + p[1:101])
print(p[-50:])
e = e_digits(300)
print(e[0] + "." + e[1:101])
print(len(p), len(e))
# digit statistics of pi
counts = [0] * 10
for ch in p:
    counts[int(ch)] += 1
print(counts, sum(counts))
# binomial coefficients and catalan numbers
def binom(n, k):
    if k < 0 or k > n:
        return 0
    k = min(k, n - k)
    r = 1
    for i in range(k):
        r = r * (n - i) // (i + 1)
    return r
print([binom(10, k) for k in range(11)])
print(binom(100, 50), binom(1000, 3), binom(5, 7))
print([binom(2 * n, n) // (n + 1) for n in range(15)])
# pascal's triangle rows
row = [1]
for _ in range(12):
    row = [a + b for a, b in zip([0] + row, row + [0])]
print(row, sum(row) == 2 ** 12)
# large fibonacci via fast doubling
def fib_pair(n):
    if n == 0:
        return (0, 1)
    a, b = fib_pair(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    if n % 2 == 0:
        return (c, d)
    return (d, c + d)
f1000 = fib_pair(1000)[0]
print(len(str(f1000)), str(f1000)[:30], f1000 % 1000000007)
print(fib_pair(10000)[0] % 10 ** 20)
# collatz with big starting values
def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print(collatz_len(27), collatz_len(2 ** 100 + 1), collatz_len(10 ** 30 - 1))
# sum of digits of 2**1000 and 100!
def digit_sum(n):
    return sum([int(d) for d in str(n)])
fact = 1
for i in range(1, 101):
    fact *= i
print(digit_sum(2 ** 1000), digit_sum(fact), len(str(fact)), str(fact).count("0"))
# modular arithmetic with huge exponents
print(pow(2, 10 ** 18, 10 ** 9 + 7), pow(3, 2 ** 64, 2 ** 61 - 1), pow(12345, 678910, 10 ** 40))
