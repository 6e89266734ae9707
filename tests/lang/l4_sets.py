# set and frozenset: every operator and method, plus dict views with set operations.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, {3} <= b, {3} < b, b > {3}, a >= a, a > a, a == {4, 3, 2, 1}, a != b)
print(a.union(b, [7]), a.intersection(b, range(4)), a.difference(b, {1}), a.symmetric_difference([5, 6]), a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}))
c = set(a)
c.add(0)
c.discard(99)
c.remove(1)
print(c, c.pop() in {0, 2, 3, 4}, len(c))
try:
    c.remove(99)
except KeyError as e:
    print('KeyError:', e)
d = {1, 2}
d |= {3}
d &= {2, 3, 4}
d -= {2}
d ^= {5, 3}
print(d)
d.update([6], (7,))
d.intersection_update(range(7))
d.difference_update({6})
d.symmetric_difference_update({0, 5})
print(d, d.copy(), d.copy() is d)
d.clear()
print(d, set(), frozenset(), set('aab') == {'a', 'b'}, set(range(3)), sorted(set('mississippi')))
fs = frozenset([3, 1, 2])
print(fs, fs | {4}, type(fs | {4}).__name__, type({4} | fs).__name__, fs & {1}, fs.union([9]), hash(fs) == hash(frozenset({1, 2, 3})))
print({fs: 'frozen key'}[frozenset({1, 2, 3})], fs == {1, 2, 3}, {1, 2, 3} == fs, frozenset(fs) is fs)
print({frozenset({1}), frozenset({1})}, len({frozenset(), frozenset()}))
try:
    fs.add(1)
except AttributeError as e:
    print('AttributeError:', e)
try:
    {[1]}
except TypeError as e:
    print('TypeError:', e)
try:
    {1} | [2]
except TypeError as e:
    print('TypeError:', e)
try:
    set().pop()
except KeyError as e:
    print('KeyError:', e)
try:
    {1} < 3
except TypeError as e:
    print('TypeError:', e)
print({x % 3 for x in range(10)}, {1, 2} - {2} == {1}, 1 in fs, 5 not in fs, {True, 1, 1.0}, {0, False})
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print('RuntimeError:', e)
print(set([1, 2]) == frozenset([1, 2]), set().isdisjoint([]), max({4, 9, 1}), sum({1, 2, 3}))
print(repr(set()), repr(frozenset()), repr({0}), repr(frozenset({0})))

# dict views
d = {'a': 1, 'b': 2, 'c': 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), 'a' in k, 2 in v, ('b', 2) in it, ('b', 3) in it)
d['d'] = 4
print(list(k), list(v), list(it)[-1])
print(sorted(k & {'a', 'z'}), sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}), k == {'a', 'b', 'c', 'd'})
print(sorted(it & {('a', 1), ('b', 9)}), sorted(it - {('a', 1)})[0], k <= {'a', 'b', 'c', 'd', 'e'}, k.isdisjoint({'x'}))
print(list(reversed(k)), list(reversed(v)), list(reversed(it))[0], type(k).__name__, type(v).__name__, type(it).__name__)
try:
    for key in d:
        d['new' + key] = 0
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    for key in d.keys():
        del d[key]
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    v & {1}
except TypeError as e:
    print('TypeError:', e)
print(d.keys() == d.keys(), d.values() == d.values(), {1: 2}.items() == {(1, 2)})
x = {'k': 1}
print(sorted(x.keys() | [1], key=str), x.items() | {('z', 0)} == {('k', 1), ('z', 0)})
