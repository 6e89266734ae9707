# Toy RSA with big integers: Miller-Rabin with fixed bases, extended Euclid, 3-argument pow, CRT, text <-> int encoding.
def is_probable_prime(n):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True

def next_prime(n):
    n += 1
    if n % 2 == 0:
        n += 1
    while not is_probable_prime(n):
        n += 2
    return n

def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y

def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError(f'{a} has no inverse mod {m}')
    return x % m

class RSAKey:
    def __init__(self, p, q, e=65537):
        self.p, self.q, self.e = p, q, e
        self.n = p * q
        phi = (p - 1) * (q - 1)
        self.d = modinv(e, phi)
        assert self.d == pow(e, -1, phi)
        self.dp, self.dq, self.qinv = self.d % (p - 1), self.d % (q - 1), modinv(q, p)
    def encrypt(self, m):
        if not 0 <= m < self.n:
            raise ValueError('message too large for key')
        return pow(m, self.e, self.n)
    def decrypt(self, c):
        m1, m2 = pow(c, self.dp, self.p), pow(c, self.dq, self.q)
        h = (self.qinv * (m1 - m2)) % self.p
        return m2 + h * self.q
    def sign(self, m):
        return pow(m, self.d, self.n)
    def verify(self, m, s):
        return pow(s, self.e, self.n) == m
    def __repr__(self):
        return f'RSAKey(n={self.n.bit_length()} bits, e={self.e})'

def text_to_int(s):
    return int.from_bytes(s.encode('utf-8'), 'big')
def int_to_text(n):
    return n.to_bytes((n.bit_length() + 7) // 8, 'big').decode('utf-8')

print([n for n in range(2, 60) if is_probable_prime(n)])
print(is_probable_prime(561), is_probable_prime(2 ** 61 - 1), is_probable_prime(2 ** 89 - 1), is_probable_prime(2 ** 67 - 1))
p = next_prime(10 ** 40)
q = next_prime(3 * 10 ** 40 + 12345)
print(p, q)
key = RSAKey(p, q)
print(key, key.n % 1000003, key.d % 1000003)
for msg in ['hi', 'Sparrow VM ✓', 'attack at dawn']:
    m = text_to_int(msg)
    c = key.encrypt(m)
    back = int_to_text(key.decrypt(c))
    print(f'{msg!r} -> {c % 10 ** 12:012d}... -> {back!r}', back == msg)
s = key.sign(12345)
print(key.verify(12345, s), key.verify(12346, s))
try:
    key.encrypt(key.n + 1)
except ValueError as e:
    print('ValueError:', e)
try:
    modinv(6, 9)
except ValueError as e:
    print('ValueError:', e)
print(egcd(240, 46), modinv(17, 3120), pow(17, -1, 3120))
print(sum(int(d) for d in str(2 ** 1000)), len(str(3 ** 2000)), (7 ** 222) % (10 ** 10), pow(7, 222, 10 ** 10))
