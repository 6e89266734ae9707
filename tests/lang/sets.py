# Sets: only sets of ints in 0..7 are printed directly (CPython then iterates them in
# ascending order); everything else is printed through sorted().
s = {3, 1, 2}
print(s, len(s), 1 in s, 5 in s, 5 not in s)
s.add(4); s.add(1)
print(s)
s.remove(3)
print(s)
s.discard(10); s.discard(2)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1, 4} <= {1, 2, 3}, {1, 2, 3} >= {1}, {1, 2, 3} > {1, 2, 3})
print({1, 2}.issubset({1, 2, 3}), {1, 2, 3}.issuperset({2}), {1}.isdisjoint({2}), {1}.isdisjoint({1}))
print({1, 2} == {2, 1}, {1} != {1, 2}, set() == set(), {1, 2} == [1, 2])
# in-place operators
c = {1, 2, 3}
c |= {4}; print(c)
c &= {2, 3, 4, 5}; print(c)
c -= {2}; print(c)
c ^= {4, 6}; print(c)
# construction
print(set(), set([1, 1, 2]), set(range(5)), set((3, 3)), sorted(set({7: 'a', 8: 'b'})), {x % 4 for x in range(10)})
print(sorted(set("mississippi")), sorted({'b', 'a', 'c'}), len(set("mississippi")))
# repr of empty and single sets
print(set(), {0}, sorted({-1, -2}), {True}, {1.5})
# small ints print in ascending order; larger ones via sorted()
print({5, 3, 0, 1, 7}, sorted({10, 20, 30} | {15, 25}), sorted(set(range(20, 0, -3))))
# copy/clear/pop
d = {1, 2, 3}
e = d.copy()
e.add(4)
print(d, e)
e.clear()
print(e, len(e))
one = {42}
print(one.pop(), one)
# dedupe preserving order with a seen-set
seen = set()
out = []
for x in [3, 1, 3, 2, 1, 5, 2]:
    if x not in seen:
        seen.add(x)
        out.append(x)
print(out, sorted(seen))
# unhashable members
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    set([[1]])
except TypeError as e:
    print("TypeError:", e)
# sets of tuples via sorted
pts = {(1, 2), (0, 0), (1, 2), (2, 1)}
print(sorted(pts), len(pts))
# update
u = {1}
u.update([2, 3], (4,))
print(u)
# membership with numeric equivalence
print(1.0 in {1}, True in {1}, 0 in {0.0}, 2 in {2.5})
# len/min/max/sum on sets
big = set(range(0, 100, 7))
print(len(big), min(big), max(big), sum(big), sorted(big)[-3:])
