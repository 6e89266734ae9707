# Special methods: __getitem__/__setitem__/__delitem__ (with slices), __iter__/__next__, __call__, __missing__, __reversed__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError('cell %r out of range' % (key,))
        return self.cells.get(key, '.')
    def __setitem__(self, key, v):
        self.cells[key] = v
    def __delitem__(self, key):
        del self.cells[key]
    def __len__(self):
        return self.w * self.h
g = Grid(3, 2)
g[1, 0] = '#'
g[2, 1] = '@'
print(''.join(g[x, y] for y in range(2) for x in range(3)), len(g))
del g[1, 0]
print(g[1, 0])
try:
    g[5, 5]
except IndexError as e:
    print('IndexError:', e)
try:
    del g[0, 0]
except KeyError as e:
    print('KeyError:', e)

class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return ('slice', i.start, i.stop, i.step)
        if isinstance(i, tuple):
            return ('tuple', i)
        return self.data[i]
    def __setitem__(self, i, v):
        print('set', i, v)
    def __delitem__(self, i):
        print('del', i)
s = Seq('abc')
print(s[0], s[-1], s[1:], s[::2], s[:2:-1], s[1:2, 3])
s[1:3] = 'xy'
del s[::2]
print(list(s), 'b' in s, 'z' in s)
print(list(reversed(s)) if hasattr(s, '__len__') else 'no len')
a, b, c = s
print(a, b, c, sorted(s, reverse=True), max(s))

# iterator classes
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sum(Countdown(4)), [x * 2 for x in Countdown(2)])
it = Countdown(2)
print(next(it), next(it), next(it, 'done'))
try:
    next(it)
except StopIteration:
    print('StopIteration')
x, *rest = Countdown(5)
print(x, rest, dict(zip('abc', Countdown(3))), set(Countdown(3)) == {1, 2, 3})
print(list(enumerate(Countdown(2))), list(map(str, Countdown(3))), ' '.join(map(str, Countdown(3))))
print(any(v > 4 for v in Countdown(5)), all(Countdown(3)), min(Countdown(3)), tuple(Countdown(2)))

class Iterable:
    def __init__(self, items): self.items = items
    def __iter__(self):
        for i in self.items:
            yield i.upper()
    def __reversed__(self):
        return iter(self.items[::-1])
print(list(Iterable('xyz')), list(reversed(Iterable('xyz'))), 'Y' in Iterable('xyz'))

class NotIter:
    pass
try:
    for _ in NotIter():
        pass
except TypeError as e:
    print('TypeError:', e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print('TypeError:', e)
try:
    next(5)
except TypeError as e:
    print('TypeError:', e)

# iter(callable, sentinel)
vals = [3, 2, 1, 0, 5]
print(list(iter(lambda: vals.pop(0), 0)))

# __call__
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *more, scale=1):
        return (self.n + x + sum(more)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), list(map(add5, [1, 2])), callable(add5))
try:
    Grid(1, 1)()
except TypeError as e:
    print('TypeError:', e)

# __missing__ on dict subclass
class Default(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]
dd = Default(a=1)
print(dd['a'], dd['xyz'], dd, dd.get('q'), 'q' in dd)

# __len__ and __getitem__ give reversed() support
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i): return 'abc'[i]
print(list(reversed(Rev())), list(Rev()))

# __setitem__ with augmented assignment calls getitem then setitem
class Log:
    def __init__(self): self.d = {'k': 1}
    def __getitem__(self, k):
        print('get', k)
        return self.d[k]
    def __setitem__(self, k, v):
        print('set', k, v)
        self.d[k] = v
lg = Log()
lg['k'] += 5
print(lg.d)

# __iter__ = None blocks iteration
class Blocked:
    __iter__ = None
    def __getitem__(self, i): return i
try:
    iter(Blocked())
except TypeError as e:
    print('TypeError:', e)

# subscripting non-subscriptables
try:
    NotIter()[0]
except TypeError as e:
    print('TypeError:', e)
try:
    NotIter()[0] = 1
except TypeError as e:
    print('TypeError:', e)
try:
    del NotIter()[0]
except TypeError as e:
    print('TypeError:', e)
