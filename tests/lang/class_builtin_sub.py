# Subclasses of built-in types: instances work with every C function of the base and carry
# their own attributes and methods.
class Stack(list):
    def push(self, v):
        self.append(v)
        return self
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3).push(4)
s.label = 'stack'
print(s, len(s), s.peek(), s[1:3], sum(s), sorted(s, reverse=True), s.label, type(s).__name__)
print(isinstance(s, list), s == [1, 2, 3, 4], type(s + [5]).__name__, list(reversed(s)))
s.sort(reverse=True)
print(s, s.pop(), s, 3 in s)

class Dflt(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]
d = Dflt(a=1)
print(d['a'], d['xyz'], d, len(d), sorted(d.items()), d.get('nope'), isinstance(d, dict))

class Name(str):
    def shout(self):
        return self.upper() + '!'
n = Name('bob')
print(n, repr(n), n.shout(), n + 'by', type(n + 'by').__name__, len(n), n[0], n == 'bob', 'o' in n)
print(str(n), type(str(n)).__name__, n.title(), '-'.join([n, n]), {n: 1}['bob'], hash(n) == hash('bob'))

class Meters(int):
    def __repr__(self):
        return '%dm' % int(self)
    def km(self):
        return self / 1000
m = Meters(1500)
print(m, repr(m), m + 1, type(m + 1).__name__, m * 2, m.km(), m == 1500, m > 1000, int(m), abs(Meters(-3)))
print([10, 20, 30][Meters(1)], 'ab' * Meters(2), range(Meters(3)), hash(m) == hash(1500), Meters('42'))
big = Meters(2 ** 70)
print(big - 2 ** 70, int(big) == 2 ** 70)

class Celsius(float):
    def __str__(self):
        return '%.1fC' % float(self)
c = Celsius(21.456)
print(c, repr(c), c + 1, type(c + 1).__name__, c > 20, float(c), round(c, 1), -c, bool(Celsius(0)))

class Pair(tuple):
    def swap(self):
        return Pair((self[1], self[0]))
p = Pair((1, 2))
print(p, p.swap(), len(p), p[0], p + (3,), type(p + (3,)).__name__, tuple(p), type(tuple(p)).__name__)
a, b = p
print(a, b, p == (1, 2), hash(p) == hash((1, 2)))

class Tags(set):
    pass
tg = Tags('abc')
tg.add('d')
print(sorted(tg), len(tg), 'a' in tg, isinstance(tg, set))

class Blob(bytes):
    pass
bl = Blob(b'hi')
print(bl, len(bl), bl[0], bl.upper())

class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class NotFound(AppError):
    pass
try:
    raise NotFound(404, 'missing')
except AppError as e:
    print(type(e).__name__, e.code, e, e.args, repr(e), isinstance(e, Exception))
class Plain(ValueError):
    pass
try:
    raise Plain('bad', 2)
except ValueError as e:
    print(repr(e), e.args, str(e))
e = Plain('x')
e.note = 'attr'
print(e.note, e.__class__.__name__, Plain.__mro__[1].__name__)

class Obj(object):
    pass
o = Obj()
o.x = 1
print(o.x, type(o).__name__, isinstance(o, object))

# a mixin before the built-in base: the layout still comes from list
class Summing:
    def total(self):
        return sum(self)
class Numbers(Summing, list):
    pass
nums = Numbers([1, 2, 3])
nums.tag = 'n'
print(nums, nums.total(), len(nums), Numbers.__base__.__name__, Numbers.__bases__[0].__name__, nums.tag)
class Failure(Summing, KeyError):
    pass
try:
    raise Failure('k')
except LookupError as e:
    print(repr(e), e.args, type(e).__mro__[1].__name__)

# complex and bytearray subclasses
class Cx(complex):
    def conj2(self):
        return self.conjugate()
cx = Cx(1, 2)
cx.tag = 't'
print(cx, cx + 1, type(cx + 1).__name__, cx.real, cx.imag, cx.conj2(), cx.tag)
class Buf(bytearray):
    pass
buf = Buf(b'ab')
buf.append(99)
buf.x = 1
print(len(buf), buf.x, bytes(buf), buf[0], isinstance(buf, bytearray))
