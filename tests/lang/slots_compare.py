# Special methods: rich comparisons, NotImplemented fallback, __eq__/__hash__ rules, __bool__, __len__.
class P:
    def __init__(self, v): self.v = v
    def __repr__(self): return 'P(%r)' % self.v
    def __eq__(self, o):
        print('P.__eq__', self.v)
        return isinstance(o, P) and self.v == o.v
    def __lt__(self, o):
        if not isinstance(o, P): return NotImplemented
        return self.v < o.v
print(P(1) == P(1), P(1) != P(2), P(1) == 1, 1 == P(1))
print(P(1) < P(2), P(3) > P(2), sorted([P(3), P(1), P(2)]), max([P(3), P(5)]), min(P(4), P(2)))
for expr in ['P(1) <= P(2)', 'P(1) < 3', '3 > P(1)', 'object() < object()', 'P(1) >= "x"']:
    try:
        print(eval(expr))
    except TypeError as e:
        print('TypeError:', e)
try:
    hash(P(1))
except TypeError as e:
    print('TypeError:', e)
print(P.__hash__, P(1) in [P(0), P(1)], [P(2)].index(P(2)), [P(1), P(1)].count(P(1)))

class Sub(P):
    def __eq__(self, o):
        print('Sub.__eq__', self.v)
        return NotImplemented
print(P(1) == Sub(1))
print(Sub(2) == P(2))

class NE:
    def __eq__(self, o): return 'eq-result'
print(NE() == 1, NE() != 1, object.__ne__(NE(), 1))

class Hashy:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, Hashy) and self.k == o.k
    def __hash__(self): return hash(self.k)
s = {Hashy(1), Hashy(1), Hashy(2)}
print(len(s), {Hashy('a'): 1}[Hashy('a')], Hashy(3) in s)
class Big:
    def __hash__(self): return 2 ** 62
class Huge:
    def __hash__(self): return 2 ** 64 + 5
class Minus:
    def __hash__(self): return -1
class BoolHash:
    def __hash__(self): return True
print(hash(Big()), hash(Huge()), hash(Minus()), hash(BoolHash()))
class BadHash:
    def __hash__(self): return 'x'
class NoHash:
    __hash__ = None
class EqOnlyChild(Hashy):
    def __eq__(self, o): return False
class KeepHash(Hashy):
    pass
for cls in [BadHash, NoHash, EqOnlyChild]:
    try:
        hash(cls(1) if cls is EqOnlyChild else cls())
    except TypeError as e:
        print('TypeError:', e)
print(hash(KeepHash(5)) == hash(5), NoHash.__hash__, type(hash(object())).__name__)

class T:
    def __init__(self, b): self.b = b
    def __bool__(self): return self.b
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(bool(T(True)), bool(T(False)), not T(False), bool(L(0)), bool(L(3)), len(L(7)))
print('yes' if L(1) else 'no', [type(x).__name__ for x in [L(0), L(2), T(True)] if x], T(False) or 'alt', L(2) and 'both')
for obj in [T(1), L(-1), L('3'), L(2 ** 70), L(1.5)]:
    try:
        print(bool(obj), len(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
class Idx:
    def __index__(self): return 4
class LI:
    def __len__(self): return Idx()
print(len(LI()))
class Empty: pass
print(bool(Empty()))
try:
    len(Empty())
except TypeError as e:
    print('TypeError:', e)
print(object.__eq__(1, 1), object.__eq__(1, 2), object.__lt__(1, 2), int.__lt__(1, 2), str.__eq__('a', 'a'))
print(int.__eq__(1, 'a'), list.__eq__([1], [1]), (5).__gt__(3), P(1).__lt__(P(2)), P(1).__ge__(P(0)))
