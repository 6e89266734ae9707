# Complete list/tuple/dict methods, slice assignment and deletion with steps, recursive reprs.
L = list(range(10))
L[::2] = 'abcde'
print(L)
L[1::3] = [None] * 3
print(L)
try:
    L[::2] = [1, 2]
except ValueError as e:
    print('ValueError:', e)
L = list(range(10))
del L[::3]
print(L)
del L[-1:0:-2]
print(L)
L = list(range(6))
L[2:4] = 'xyz'
L[:0] = [-1]
L[len(L):] = [99]
L[1:1] = []
print(L)
L[::-1] = range(len(L))
print(L)
L = [0, 1, 2, 3]
L[3:1] = ['ins']
print(L)
try:
    L[0:2] = 5
except TypeError as e:
    print('TypeError:', e)
L = [1, 2, 3]
L[:] = L
print(L)
L[1:] = L
print(L)
L = list(range(8))
del L[1:7:2]
print(L, L[100:], L[-100:2], L[::-3])
t = tuple(range(10))
print(t[::2], t[8:2:-2], t[slice(1, 4)], slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4))

# list methods
l = [3, 1, 4, 1, 5, 9, 2, 6]
l.append(5)
l.extend((3, 5))
l.insert(0, 0)
l.insert(-1, 'before last')
l.insert(100, 'end')
print(l, l.index(1), l.index(1, 3), l.count(5))
l.remove('before last')
l.remove('end')
print(l.pop(), l.pop(0), l.pop(-2), l)
l.sort()
print(l)
l.sort(reverse=True, key=lambda v: v % 3)
print(l)
l.reverse()
c = l.copy()
c.clear()
print(l, c, l * 0, [1] * 3, [[0]] * 2)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
for bad in (lambda: [].pop(), lambda: [1].pop(5), lambda: [1].index(2), lambda: [1].remove(2), lambda: [1, 'a'].sort(),
            lambda: [].index(1, 0, 0), lambda: list(5), lambda: [1, 2][float(1)]):
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)

# tuple methods
t = (1, 2, 2, 3, 2)
print(t.count(2), t.index(3), t.index(2, 2), t + (4,), t * 2, (1,) * 0, tuple('ab'), () == tuple(), (1, 2) < (1, 3), (1, 2) < (1, 2, 0))
try:
    t.index(9)
except ValueError as e:
    print('ValueError:', e)

# dict methods
d = dict(a=1, b=2)
d2 = dict([('c', 3)], d=4)
print(d, d2, dict(zip('xy', (7, 8))), dict.fromkeys('ab'), dict.fromkeys([1, 2], 0), {**d, **d2})
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('a', 9), d.setdefault('n', []), d)
d['n'].append(1)
print(d.pop('n'), d.pop('zz', 'dflt'), d.popitem(), d, d | {'q': 5}, d)
d |= {'r': 6}
d.update({'s': 7}, t=8)
d.update([('u', 9)])
print(d, len(d), list(d), 'a' in d, 'zz' not in d)
print(d.copy() == d, d.copy() is d, {1: 'a'} == {1.0: 'a'}, sorted({'b': 1, 'a': 2}.items()))
d.clear()
print(d)
for bad in (lambda: {}.pop('x'), lambda: {}.popitem(), lambda: {}['k'], lambda: dict([1, 2]), lambda: dict([(1, 2, 3)]), lambda: {[]: 1}, lambda: {} | [1]):
    try:
        bad()
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
dd = {}
dd[1] = 'int'
dd[1.0] = 'float'
dd[True] = 'bool'
print(dd)

# recursive reprs
r = [1, 2]
r.append(r)
print(r, repr(r), str(r))
dr = {'self': None}
dr['self'] = dr
print(dr)
nest = [r, dr]
print(nest)
a = []
b = [a]
a.append(b)
print(a, b)
tpl = ([],)
tpl[0].append(tpl)
print(tpl)
class Node:
    def __init__(self): self.children = []
    def __repr__(self): return 'Node(%r)' % (self.children,)
n1 = Node()
n1.children.append(n1)
print(n1)
s = set()
o = [s]
print(o, [o, o])
print(r == r, dr == dr)
