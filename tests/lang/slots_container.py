# Special methods: __getitem__/__setitem__/__delitem__, __contains__ and its fallbacks,
# __iter__/__next__, __call__, __index__, __enter__/__exit__.
class Grid:
    def __init__(self): self.d = {}
    def __getitem__(self, k):
        if k not in self.d: raise KeyError(k)
        return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __len__(self): return len(self.d)
g = Grid()
g[1, 2] = 'a'; g['x'] = 5; g['x'] += 1
print(g[1, 2], g['x'], len(g))
del g[1, 2]
print(sorted(g.d), len(g))
try:
    g['nope']
except KeyError as e:
    print('KeyError:', e)
class ROnly:
    def __getitem__(self, i): return (i, 'item')
class WOnly:
    def __setitem__(self, k, v): print('set', k, v)
r = ROnly()
print(r[3], r[1:4], r['ab'])
for stmt in ['r[0] = 1', 'del r[0]', 'WOnly()[0]', 'del WOnly()[0]', 'object()[0]']:
    try:
        exec(stmt)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
WOnly()['k'] = 'v'

class Seq:
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError(i)
        return i * i
s = Seq(5)
print(list(s), 9 in s, 10 in s, sorted(s, reverse=True), tuple(s), sum(s), [x for x in s if x % 2])
a, b, *rest = Seq(4)
print(a, b, rest, max(s), min(Seq(3)), dict(zip(s, 'abcde')))

class Box:
    def __init__(self, items): self.items = items
    def __contains__(self, x):
        print('contains', x)
        return x in self.items
    def __iter__(self): return iter(self.items)
bx = Box([1, 2])
print(2 in bx, 5 not in bx, list(bx))
class CountDown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n
print(list(CountDown(4)), 2 in CountDown(5), 9 in CountDown(3), next(CountDown(2)), next(iter(CountDown(0)), 'done'))
it = CountDown(3)
for v in it:
    print('got', v)
print(sorted(CountDown(4)), sum(CountDown(5)), list(map(str, CountDown(3))), list(enumerate(CountDown(2))))
class BadIter:
    def __iter__(self): return 5
class NoIter:
    __iter__ = None
class NotIt:
    pass
for stmt in ['iter(BadIter())', 'list(NoIter())', 'next(NotIt())', 'iter(NotIt())', '1 in NotIt()', 'for x in 5: pass']:
    try:
        exec(stmt)
    except TypeError as e:
        print('TypeError:', e)

class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *rest, scale=1, **kw):
        return (self.n + x + sum(rest)) * scale, sorted(kw)
add = Adder(10)
print(add(1), add(1, 2, 3), add(1, scale=2), add(x=5, z=1, y=2), callable(add), callable(Grid()))
print(list(map(Adder(1), [1, 2])), sorted([3, 1, 2], key=Adder(0)))
try:
    Grid()()
except TypeError as e:
    print('TypeError:', e)

class Idx:
    def __init__(self, i): self.i = i
    def __index__(self): return self.i
i3 = Idx(3)
print([10, 20, 30, 40][i3], 'abcdef'[Idx(1):i3], bin(i3), hex(Idx(255)), oct(Idx(8)), range(i3), list(range(Idx(1), Idx(4))))
print([0] * Idx(2), 'ab' * i3, (1,) * Idx(2), Idx(2) * [7], chr(Idx(65)), [1, 2, 3, 4][::Idx(2)], (5).__index__())
class BadIdx:
    def __index__(self): return 'x'
for stmt in ['[1][BadIdx()]', '[1][object()]', 'range(BadIdx())', 'hex(1.5)', "'ab' * BadIdx()"]:
    try:
        exec(stmt)
    except TypeError as e:
        print('TypeError:', e)

class CM:
    def __init__(self, name, swallow=False): self.name, self.swallow = name, swallow
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev)
        return self.swallow
with CM('a') as x, CM('b') as y:
    print('body', x, y)
with CM('c', swallow=True):
    raise ValueError('boom')
try:
    with CM('d'):
        raise KeyError('k')
except KeyError as e:
    print('propagated', e)
class NoExit:
    def __enter__(self): return self
class NoEnter:
    def __exit__(self, *a): pass
for obj in [NoExit(), NoEnter(), 5]:
    try:
        with obj:
            pass
    except TypeError as e:
        print('TypeError:', e)
