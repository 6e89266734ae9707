# Special methods: arithmetic, reflected, in-place, unary, __index__/__int__/__float__, NotImplemented fallback.
class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return 'V%r' % (self.c,)
    def _zip(self, o, f):
        if isinstance(o, V):
            return V(*[f(a, b) for a, b in zip(self.c, o.c)])
        if isinstance(o, (int, float)):
            return V(*[f(a, o) for a in self.c])
        return NotImplemented
    def __add__(self, o): return self._zip(o, lambda a, b: a + b)
    def __radd__(self, o): return self._zip(o, lambda a, b: b + a)
    def __sub__(self, o): return self._zip(o, lambda a, b: a - b)
    def __rsub__(self, o): return self._zip(o, lambda a, b: b - a)
    def __mul__(self, o): return self._zip(o, lambda a, b: a * b)
    def __rmul__(self, o): return self._zip(o, lambda a, b: b * a)
    def __truediv__(self, o): return self._zip(o, lambda a, b: a / b)
    def __rtruediv__(self, o): return self._zip(o, lambda a, b: b / a)
    def __floordiv__(self, o): return self._zip(o, lambda a, b: a // b)
    def __rfloordiv__(self, o): return self._zip(o, lambda a, b: b // a)
    def __mod__(self, o): return self._zip(o, lambda a, b: a % b)
    def __rmod__(self, o): return self._zip(o, lambda a, b: b % a)
    def __pow__(self, o, m=None): return self._zip(o, lambda a, b: pow(a, b, m))
    def __rpow__(self, o): return self._zip(o, lambda a, b: b ** a)
    def __divmod__(self, o): return (self // o, self % o)
    def __rdivmod__(self, o): return (o // self, o % self)
    def __lshift__(self, o): return self._zip(o, lambda a, b: a << b)
    def __rlshift__(self, o): return self._zip(o, lambda a, b: b << a)
    def __rshift__(self, o): return self._zip(o, lambda a, b: a >> b)
    def __rrshift__(self, o): return self._zip(o, lambda a, b: b >> a)
    def __and__(self, o): return self._zip(o, lambda a, b: a & b)
    def __rand__(self, o): return self._zip(o, lambda a, b: b & a)
    def __or__(self, o): return self._zip(o, lambda a, b: a | b)
    def __ror__(self, o): return self._zip(o, lambda a, b: b | a)
    def __xor__(self, o): return self._zip(o, lambda a, b: a ^ b)
    def __rxor__(self, o): return self._zip(o, lambda a, b: b ^ a)
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __neg__(self): return V(*[-a for a in self.c])
    def __pos__(self): return V(*[+a for a in self.c])
    def __invert__(self): return V(*[~a for a in self.c])
    def __abs__(self): return V(*[abs(a) for a in self.c])

a = V(1, 2, 3)
b = V(4, 5, 6)
print(a + b, a + 1, 1 + a, a - b, 10 - a, a * 2, 2 * a)
print(b / 2, 12 / b, b // 2, 13 // b, b % 4, 13 % b)
print(a ** 2, 2 ** a, pow(b, 2, 5), divmod(b, 4), divmod(20, b))
print(a << 1, 1 << a, b >> 1, 64 >> a, a & 1, 3 & a, a | 8, 8 | a, a ^ 1, 1 ^ a)
print(a @ b, -a, +a, ~a, abs(V(-1, 2, -3)))
try:
    a + 'x'
except TypeError as e:
    print('TypeError:', e)
try:
    'x' - a
except TypeError as e:
    print('TypeError:', e)
try:
    a @ 3
except AttributeError as e:
    print('AttributeError:', e)

# in-place operators: __iadd__ preferred, fallback to __add__
class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        self.v += o
        return self
    def __add__(self, o):
        return Acc(self.v + o + 1000)
    def __imul__(self, o):
        return NotImplemented
    def __mul__(self, o):
        return Acc(self.v * o)
x = Acc(1)
y = x
x += 5
print(x.v, x is y)
x *= 3
print(x.v, x is y)
z = V(1, 1)
w = z
z += V(2, 2)
print(z, w, z is w)
z -= 1
z *= 2
z //= 3
z **= 2
z %= 5
z <<= 1
z >>= 1
z |= 4
z &= 7
z ^= 1
z /= 2
print(z)

# list += uses in-place extend
l1 = [1]
l2 = l1
l1 += (2, 3)
print(l1, l2 is l1)
t1 = (1,)
t2 = t1
t1 += (2,)
print(t1, t2)

# reflected operand of a subclass is tried first
class Base:
    def __add__(self, o):
        return 'Base.add'
    def __radd__(self, o):
        return 'Base.radd'
class Derived(Base):
    def __radd__(self, o):
        return 'Derived.radd'
print(Base() + Derived(), Derived() + Base(), 1 + Base())

# both NotImplemented -> TypeError with type names
class N:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
try:
    N() + N()
except TypeError as e:
    print('TypeError:', e)
try:
    N() * 2
except TypeError as e:
    print('TypeError:', e)
try:
    -N()
except TypeError as e:
    print('TypeError:', e)
try:
    N() < N()
except TypeError as e:
    print('TypeError:', e)

# __index__, __int__, __float__, __complex__
class Idx:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
class Num:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __complex__(self): return complex(1, 2)
i3 = Idx(3)
print([10, 20, 30, 40][i3], 'abcdef'[Idx(1):i3], bin(i3), hex(Idx(255)), oct(Idx(8)))
print(range(i3), list(range(Idx(1), Idx(4))), [0] * Idx(2), 'ab' * i3)
print(int(Num()), float(Num()), complex(Num()), int(i3))
print((5).__index__(), (True).__index__())
try:
    [1, 2][Num()]
except TypeError as e:
    print('TypeError:', e)
print(float(Idx(2)), complex(Idx(2)))

class BadInt:
    def __int__(self): return 'no'
try:
    int(BadInt())
except TypeError as e:
    print('TypeError:', e)

# __round__ (round() is a builtin; math.trunc/floor/ceil are outside issue 4)
class R:
    def __round__(self, n=None): return ('round', n)
print(round(R()), round(R(), 2), round(R(), None))
try:
    round(Idx(2))
except TypeError as e:
    print('TypeError:', e)

# bool/int arithmetic mixing
print(True + True, True * 3.5, -True, ~False)
