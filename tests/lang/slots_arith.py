# Special methods: arithmetic, reflected and in-place operators, unary operators, NotImplemented.
class V:
    def __init__(self, *c): self.c = c
    def __repr__(self): return 'V%r' % (self.c,)
    def _op(self, o, f):
        if isinstance(o, V): return V(*[f(a, b) for a, b in zip(self.c, o.c)])
        if isinstance(o, (int, float)): return V(*[f(a, o) for a in self.c])
        return NotImplemented
    def __add__(self, o): return self._op(o, lambda a, b: a + b)
    def __radd__(self, o): return self._op(o, lambda a, b: b + a)
    def __sub__(self, o): return self._op(o, lambda a, b: a - b)
    def __rsub__(self, o): return self._op(o, lambda a, b: b - a)
    def __mul__(self, o): return self._op(o, lambda a, b: a * b)
    def __rmul__(self, o): return self._op(o, lambda a, b: b * a)
    def __matmul__(self, o):
        if not isinstance(o, V): return NotImplemented
        return sum(a * b for a, b in zip(self.c, o.c))
    def __truediv__(self, o): return self._op(o, lambda a, b: a / b)
    def __rtruediv__(self, o): return self._op(o, lambda a, b: b / a)
    def __floordiv__(self, o): return self._op(o, lambda a, b: a // b)
    def __rfloordiv__(self, o): return self._op(o, lambda a, b: b // a)
    def __mod__(self, o): return self._op(o, lambda a, b: a % b)
    def __rmod__(self, o): return self._op(o, lambda a, b: b % a)
    def __divmod__(self, o): return (self // o, self % o)
    def __rdivmod__(self, o): return (o // self, o % self)
    def __pow__(self, o, m=None):
        if m is None: return self._op(o, lambda a, b: a ** b)
        return self._op(o, lambda a, b: pow(a, b, m))
    def __rpow__(self, o): return self._op(o, lambda a, b: b ** a)
    def __lshift__(self, o): return self._op(o, lambda a, b: a << b)
    def __rlshift__(self, o): return self._op(o, lambda a, b: b << a)
    def __rshift__(self, o): return self._op(o, lambda a, b: a >> b)
    def __rrshift__(self, o): return self._op(o, lambda a, b: b >> a)
    def __and__(self, o): return self._op(o, lambda a, b: a & b)
    def __rand__(self, o): return self._op(o, lambda a, b: b & a)
    def __or__(self, o): return self._op(o, lambda a, b: a | b)
    def __ror__(self, o): return self._op(o, lambda a, b: b | a)
    def __xor__(self, o): return self._op(o, lambda a, b: a ^ b)
    def __rxor__(self, o): return self._op(o, lambda a, b: b ^ a)
    def __neg__(self): return V(*[-a for a in self.c])
    def __pos__(self): return V(*[+a for a in self.c])
    def __invert__(self): return V(*[~a for a in self.c])
    def __abs__(self): return V(*[abs(a) for a in self.c])

a, b = V(1, 2, 3), V(4, 5, 6)
print(a + b, a + 1, 1 + a, a - b, 10 - a, a * 2, 2 * a, a @ b)
print(b / 2, 12 / a, b // 2, 7 // a, b % 4, 20 % b, divmod(b, 4), divmod(20, b))
print(a ** 2, 2 ** a, pow(b, 2, 5), a << 1, 1 << a, b >> 1, 64 >> a)
print(a & 1, 1 & a, a | 8, 8 | a, a ^ 3, 3 ^ a)
print(-a, +a, ~a, abs(V(-1, 2, -3)))
for expr in ['a + "s"', '"s" + a', 'a @ 1', '-object()', 'abs("x")', '~1.5', 'divmod(a, "s")']:
    try:
        eval(expr)
    except TypeError as e:
        print('TypeError:', e)

# in-place: __iadd__ preferred, else falls back to __add__
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __isub__(self, x):
        self.items.remove(x)
        return self
acc = Acc(); alias = acc
acc += 1; acc += 2; acc -= 1
print(acc is alias, acc.items)
v = V(1, 1); w = v
v += V(2, 2); v *= 3; v **= 2; v //= 2; v |= 1
print(v, w, v is w)
try:
    acc *= 2
except TypeError as e:
    print('TypeError:', e)
x = [1]
x += V(9).c
print(x)

# NotImplemented chains and the subclass-first rule
class Base:
    def __init__(self, n): self.n = n
    def __add__(self, o):
        print('Base.__add__', type(o).__name__)
        return NotImplemented
    def __radd__(self, o):
        print('Base.__radd__', type(o).__name__)
        return 'Base.radd'
class Derived(Base):
    def __radd__(self, o):
        print('Derived.__radd__', type(o).__name__)
        return 'Derived.radd'
print(Base(1) + Derived(2))
try:
    print(Base(1) + Base(2))
except TypeError as e:
    print('TypeError:', e)
print(5 + Base(1))
class Other:
    def __radd__(self, o): return NotImplemented
try:
    Base(1) + Other()
except TypeError as e:
    print('TypeError:', e)
class Left:
    def __sub__(self, o): return 'Left.sub'
class Right:
    def __rsub__(self, o): return 'Right.rsub'
print(Left() - Right(), 3 - Right())
try:
    Right() - Left()
except TypeError as e:
    print('TypeError:', e)

# int subclass arithmetic keeps plain ints unless overridden
class Meters(int):
    def __repr__(self): return '%dm' % int(self)
    def __add__(self, o): return Meters(int(self) + int(o))
m = Meters(5)
print(m, m + 3, 3 + m, type(3 + m).__name__, m * 2, type(m * 2).__name__, -m, abs(Meters(-4)))
print(int.__add__(3, 4), int.__radd__(3, 4), int.__sub__(10, 1), float.__mul__(1.5, 2), int.__add__(1, 'x'))
print((7).__add__(1), (2.5).__neg__(), list.__add__([1], [2]), str.__mul__('ab', 2), set.__or__({1}, {2}))
