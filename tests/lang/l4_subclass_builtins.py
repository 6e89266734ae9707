# Subclassing built-in types: list, dict, int, str, tuple, Exception, object.
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), s.pop(), s, isinstance(s, list), type(s).__name__)
print(s + [9], type(s + [9]).__name__, s * 2, s[::-1], type(s[:]).__name__)
s.extend(range(3))
s.sort()
print(s, sum(s), sorted(s, reverse=True), s == [0, 1, 1, 2, 2])
class LoudList(list):
    def append(self, x):
        print('append', x)
        super().append(x)
ll = LoudList()
ll.append(1)
ll += [2]
print(ll, repr(ll))

class Counter(dict):
    def add(self, k):
        self[k] = self.get(k, 0) + 1
    def __missing__(self, k):
        return 0
c = Counter()
for ch in 'mississippi':
    c.add(ch)
print(sorted(c.items()), c['z'], len(c), isinstance(c, dict), c)
class AttrDict(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k)
    def __setattr__(self, k, v):
        self[k] = v
ad = AttrDict(x=1)
ad.y = 2
print(ad, ad.x + ad.y, dict(ad), list(ad.keys()))
class OrderedLog(dict):
    def __setitem__(self, k, v):
        print('setitem', k, v)
        super().__setitem__(k, v)
ol = OrderedLog()
ol['a'] = 1
ol.update(b=2)
print(ol)

class Meters(int):
    def __repr__(self):
        return f'{int(self)}m'
    def __add__(self, o):
        return Meters(int(self) + int(o))
m = Meters(5)
print(m, repr(m), m + 3, type(m + 3).__name__, m * 2, type(m * 2).__name__, m == 5, hash(m) == hash(5))
print(isinstance(m, int), int(m), float(m), -m, [10, 20, 30, 40, 50, 60][m])
class Even(int):
    def __new__(cls, v):
        if v % 2:
            raise ValueError(f'{v} is odd')
        return super().__new__(cls, v)
print(Even(4), Even('8') if False else Even(8))
try:
    Even(3)
except ValueError as e:
    print('ValueError:', e)
class MyBool(int):
    pass
print(MyBool(True), MyBool(0) or 'falsy')

class Name(str):
    def shout(self):
        return self.upper() + '!'
n = Name('ada')
print(n, n.shout(), n + 'x', type(n + 'x').__name__, n.upper(), type(n.upper()).__name__, len(n), n == 'ada')
print({n: 1}['ada'], f'{n:>5}', '%s' % n, n[0], type(n[0]).__name__, repr(n))
class CIStr(str):
    def __eq__(self, o):
        return self.lower() == str(o).lower()
    def __hash__(self):
        return hash(self.lower())
print(CIStr('Hello') == 'HELLO', 'HELLO' == CIStr('Hello'), CIStr('A') in ['a'], CIStr('A') != 'a')

class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
    def __repr__(self):
        return f'Pair{tuple(self)}'
pr = Pair(1, 2)
print(pr, pr.first, pr[1], len(pr), pr + (3,), pr == (1, 2), hash(pr) == hash((1, 2)))
a, b = pr
print(a, b, sorted([Pair(2, 1), Pair(1, 5)]))

class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
        self.msg = msg
    def __str__(self):
        return f'[{self.code}] {self.msg}'
try:
    raise AppError(404, 'not found')
except AppError as e:
    print(e, e.args, e.code, repr(e), isinstance(e, Exception))
class Simple(ValueError):
    pass
try:
    raise Simple('bad', 2)
except ValueError as e:
    print(type(e).__name__, e, e.args, repr(e))

class Obj(object):
    def __init__(self):
        super().__init__()
        self.ok = True
print(Obj().ok)

# set and frozenset subclasses
class TagSet(frozenset):
    def describe(self):
        return ','.join(sorted(self))
ts = TagSet(['b', 'a'])
print(ts.describe(), len(ts), 'a' in ts, type(ts | {'c'}).__name__)
class MySet(set):
    pass
ms = MySet([3, 1])
ms.add(2)
print(sorted(ms), isinstance(ms, set), MySet.__mro__[1] is set)

# float subclass
class Celsius(float):
    def __str__(self):
        return f'{float(self):.1f}C'
print(Celsius(21.456), Celsius(3) + 1, type(Celsius(3) + 1).__name__)

# subclass with __slots__ = () keeps no dict
class Tiny(tuple):
    __slots__ = ()
try:
    Tiny().x = 1
except AttributeError as e:
    print('AttributeError:', e)
