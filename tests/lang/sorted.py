# sorted() and list.sort(): stability, key, reverse.
print(sorted([3, 1, 2]), sorted([]), sorted('banana'), sorted((5, -1, 0)), sorted({'b': 1, 'a': 2}), sorted({3, 1, 2}))
print(sorted([3, 1, 2], reverse=True), sorted(['b', 'A', 'a', 'B']), sorted([2.5, 1, -3, 0.0, True]))
words = ['banana', 'Apple', 'cherry', 'date', 'Elder', 'fig', 'apple']
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: (len(w), w)))
# stability: equal keys keep original order, also with reverse=True
recs = [('alice', 3), ('bob', 1), ('carol', 3), ('dave', 2), ('eve', 1), ('frank', 2), ('grace', 3)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
# multi-pass sort: secondary key first then primary
by_name = sorted(recs, key=lambda r: r[0], reverse=True)
print(sorted(by_name, key=lambda r: r[1]))
# tuples sort lexicographically
print(sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a'), (0, 'q', 1), (0, 'q')]))
# nested lists
print(sorted([[3, 1], [1, 2, 3], [1, 2], [], [3]]))
# key functions from builtins
print(sorted([-5, 3, -1, 4, -2], key=abs), sorted(['10', '9', '100', '1'], key=int), sorted(['10', '9', '100', '1']))
print(sorted([[1, 2, 3], [1], [1, 2]], key=len, reverse=True), sorted(['ccc', 'a', 'bb'], key=len))
# list.sort in place returns None
lst = [5, 2, 8, 1, 9]
r = lst.sort()
print(r, lst)
lst.sort(reverse=True)
print(lst)
lst.sort(key=lambda v: v % 3)
print(lst)
# sort with key evaluated once per element
calls = []
def k(v):
    calls.append(v)
    return -v
print(sorted([3, 1, 2], key=k), sorted(calls))
# sort of big ints, negative numbers, floats with inf
print(sorted([10 ** 20, -(10 ** 20), 0, 2 ** 64, -1, 1.5e20, float('inf'), float('-inf')]))
# reverse sorting of strings with non-ASCII
print(sorted(['é', 'e', 'z', 'a', 'É', 'ß']))
# sorting a large list with many duplicates, check stability
data = [(i % 7, i) for i in range(50)]
s = sorted(data, key=lambda p: p[0])
ok = all([s[i][0] < s[i + 1][0] or (s[i][0] == s[i + 1][0] and s[i][1] < s[i + 1][1]) for i in range(len(s) - 1)])
print(ok, s[:8])
# descending stable
s = sorted(data, key=lambda p: p[0], reverse=True)
print(s[:8])
# sorting already sorted and reverse sorted input
print(sorted(range(20, 0, -1)) == list(range(1, 21)), sorted(range(20)) == list(range(20)))
# sorted does not modify input
orig = [3, 2, 1]
new = sorted(orig)
print(orig, new, orig is new)
# errors in sorting
# (only the type is printed: which pair gets compared first depends on the algorithm)
try:
    sorted([1, 'a', 2])
except TypeError as e:
    print("TypeError")
try:
    sorted([[1], ['a']])
except TypeError as e:
    print("TypeError")
# key raising
def bad_key(v):
    if v == 2:
        raise ValueError("no twos")
    return v
try:
    sorted([1, 2, 3], key=bad_key)
except ValueError as e:
    print("ValueError:", e)
# sorting dict items by value then key
counts = {'x': 3, 'a': 1, 'm': 3, 'b': 2}
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(sorted(counts, key=counts.get), sorted(counts.values()), max(counts, key=counts.get))
