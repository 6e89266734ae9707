# Tuples: construction, repr, comparison, methods, hashing, immutability.
print((), (1,), (1, 2), 1, (1), ((1,),), ((),), tuple(), tuple([1]), tuple("ab"))
t = 1, 2, 3
print(t, type(t).__name__, len(t), t[0], t[-1], t[1:], t[::-1], t[:0], t[5:])
single = 'x',
print(single, len(single), repr(single), str((None,)), repr((1.5, 'a', None, True, [2])))
print((1, 2) + (3,), (0,) * 3, 2 * (1, 'a'), () + (), (1,) * 0)
print((1, 2) == (1, 2), (1, 2) != (1, 2.0), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 100), () < (0,), (1, 'a') < (1, 'b'))
print((1, 2, 3) <= (1, 2, 3), (1, 2, 3) >= (1, 2, 4), (0, 'z') < (1, 'a'), (1, [2]) == (1, [2]))
t = (1, 2, 3, 2, 1, 2)
print(t.count(2), t.count(4), t.index(2), t.index(1, 1), t.index(2, 2, 4))
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
# hashing: equal tuples have equal hashes; usable as dict keys/set members
print(hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1, (2, 3))), hash(()) == hash(()), hash((1,)) == hash((1.0,)))
d = {(0, 0): 'origin', (1, 2): 'point'}
print(d[(0, 0)], d[1, 2], (1, 2) in d, (2, 1) in d)
grid = {}
for x in range(3):
    for y in range(3):
        grid[x, y] = x * y
print(grid[2, 2], grid[(1, 2)], len(grid), sorted(grid)[:4])
s = {(1, 2), (1, 2), (2, 1)}
print(len(s), (1, 2) in s)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
# immutability
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
# but contained mutable objects can change
tm = ([1], [2])
tm[0].append(10)
print(tm)
# unpacking, nesting, swapping
a, (b, c) = (1, (2, 3))
print(a, b, c)
pts = [(3, 1), (1, 2), (2, 0)]
print(sorted(pts), sorted(pts, key=lambda p: p[1]), max(pts), min(pts))
# tuple from generator-free iterables
print(tuple(range(5)), tuple([x * x for x in range(4)]), tuple({'a': 1}), tuple(reversed((1, 2, 3))))
# membership and iteration
for item in ('a', 'b'):
    print("item", item)
print('a' in ('a', 'b'), 3 in (1, 2), [1] in ([1],))
# tuples in comparisons with sort stability
people = [('bob', 25), ('alice', 30), ('carol', 25)]
print(sorted(people, key=lambda p: p[1]))
# nested tuple repr
print(((1, 2), (3, (4, (5,)))), (('a',),), ([], {}), ((), ()))
# tuple returned from function and used as key
def pair(a, b):
    return a, b
cache = {pair(1, 2): 'x'}
print(cache[pair(1, 2)], pair(3, 4), pair(*pair(5, 6)))
# tuple with big ints and floats
print((10 ** 20, -0.0, 1e16, float('inf')))
