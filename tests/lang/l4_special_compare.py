# Special methods: rich comparisons with NotImplemented fallback, __eq__/__hash__, __bool__, __len__.
class Ver:
    def __init__(self, s):
        self.t = tuple(int(p) for p in s.split('.'))
    def __repr__(self):
        return 'Ver(%s)' % '.'.join(map(str, self.t))
    def __eq__(self, o):
        if not isinstance(o, Ver):
            return NotImplemented
        return self.t == o.t
    def __lt__(self, o):
        if not isinstance(o, Ver):
            return NotImplemented
        return self.t < o.t
    def __le__(self, o):
        return self == o or self < o
    def __hash__(self):
        return hash(self.t)
vs = [Ver('1.10'), Ver('1.2'), Ver('1.2.1'), Ver('0.9')]
print(sorted(vs), max(vs), min(vs))
print(Ver('1.0') == Ver('1.0'), Ver('1.0') != Ver('1.0'), Ver('1.0') == '1.0', Ver('1.0') != 3)
print(Ver('2') > Ver('1'), Ver('2') >= Ver('2'), Ver('1') <= Ver('2'))
print(len({Ver('1.0'), Ver('1.0'), Ver('2.0')}), {Ver('3'): 'x'}[Ver('3')])
try:
    Ver('1') < 3
except TypeError as e:
    print('TypeError:', e)
try:
    sorted([Ver('1'), 2])
except TypeError as e:
    print('TypeError:', e)

# reflected comparisons: a < b tries b > a
class Rev:
    def __init__(self, v): self.v = v
    def __gt__(self, o):
        print('Rev.__gt__ called')
        return self.v > o
print(3 < Rev(5), 10 < Rev(5))

# __eq__ alone makes instances unhashable
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print('TypeError:', e)
try:
    {EqOnly()}
except TypeError as e:
    print('TypeError:', e)
print(EqOnly() == 5, EqOnly() in [1], 1 in [EqOnly()])

class EqAndInheritHash(EqOnly):
    __hash__ = object.__hash__
print(isinstance(hash(EqAndInheritHash()), int))
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print('TypeError:', e)

# default identity equality and hash
class Plain: pass
p1, p2 = Plain(), Plain()
print(p1 == p1, p1 == p2, p1 != p2, hash(p1) == hash(p1), len({p1, p2, p1}))

# __ne__ defaults to negated __eq__
class E2:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    __hash__ = None
print(E2(1) != E2(1), E2(1) != E2(2))

# __hash__ returning non-int, big ints are reduced
class BadHash:
    def __hash__(self): return 'x'
try:
    hash(BadHash())
except TypeError as e:
    print('TypeError:', e)
class BigHash:
    def __hash__(self): return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))

# __bool__ and __len__ truthiness
class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), len(L(4)), not L(0))
print('yes' if L(2) else 'no', [x for x in (L(0), L(1), B(False)) if x].__len__())
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print('TypeError:', e)
class NegLen:
    def __len__(self): return -1
try:
    len(NegLen())
except ValueError as e:
    print('ValueError:', e)
class StrLen:
    def __len__(self): return '3'
try:
    len(StrLen())
except TypeError as e:
    print('TypeError:', e)
try:
    len(Plain())
except TypeError as e:
    print('TypeError:', e)
print(bool(Plain()))

# comparison chains call each method once
class Cnt:
    calls = 0
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        Cnt.calls += 1
        return self.v < o.v
print(Cnt(1) < Cnt(2) < Cnt(3), Cnt.calls)

# eq on lists uses identity first, then __eq__
class Weird:
    def __eq__(self, o): return False
    __hash__ = object.__hash__
w = Weird()
print(w == w, [w] == [w], w in [w], [w].count(w), [w].index(w))
nan = float('nan')
print(nan == nan, [nan] == [nan], nan in [nan])

# total ordering by hand, sort stability with keys
class Card:
    order = '23456789TJQKA'
    def __init__(self, s): self.s = s
    def __lt__(self, o): return self.order.index(self.s[0]) < self.order.index(o.s[0])
    def __repr__(self): return self.s
print(sorted([Card('Ks'), Card('2h'), Card('Ah'), Card('Kd'), Card('Tc')]))

# __contains__ falls back to __iter__, then __getitem__
class Cont:
    def __contains__(self, x): return x == 'magic'
class Iter:
    def __iter__(self): return iter([1, 2, 3])
class GetI:
    def __getitem__(self, i):
        if i > 4: raise IndexError
        return i * 10
print('magic' in Cont(), 'other' in Cont(), 'magic' not in Cont(), 2 in Iter(), 5 in Iter(), 30 in GetI(), 31 in GetI())
try:
    1 in Plain()
except TypeError as e:
    print('TypeError:', e)
