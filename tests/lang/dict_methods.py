# Dict methods: get, setdefault, pop, popitem, keys/values/items, update, in, len, copy, repr.
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 'dflt'), d.get('b', 0), d)
print(d.setdefault('a', 100), d.setdefault('c', 3), d.setdefault('d'), d)
print(d.pop('d'), d.pop('zz', 'missing'), d.pop('c', None), d)
try:
    d.pop('nope')
except KeyError as e:
    print("KeyError:", e)
d['x'] = 10
print(d.popitem(), d)
print('a' in d, 'x' in d, 1 in d, 'a' not in d, len(d))
# keys / values / items iteration
inv = {'apple': 3, 'pear': 0, 'fig': 12}
for k in inv.keys():
    print("key", k)
for v in inv.values():
    print("value", v)
for k, v in inv.items():
    print("item", k, v)
for k in inv:
    print("plain", k, inv[k])
print(list(inv.keys()), list(inv.values()), list(inv.items()), len(inv.keys()), 'fig' in inv.keys(), sum(inv.values()))
print(sorted(inv.items(), key=lambda kv: kv[1]), max(inv, key=inv.get), sorted(inv.values(), reverse=True))
# views reflect later changes
ks = inv.keys()
inv['kiwi'] = 5
print(list(ks), len(ks))
# update and merge
base = {'a': 1}
base.update({'b': 2})
base.update([('c', 3)])
base.update(d=4)
base.update()
print(base)
merged = dict(base, a='overridden')
print(merged, base['a'])
# copy is shallow
src = {'list': [1], 'n': 0}
cp = src.copy()
cp['list'].append(2)
cp['n'] = 99
print(src, cp)
# repr with nested values
nested = {'name': 'x', 'tags': ['a', 'b'], 'meta': {'depth': 1, 'inner': {'k': (1, 2)}}, 'none': None, 3: 4.5, 'q': "it's"}
print(nested)
print(repr(nested['meta']), str({}), repr({'': ''}), {1: {2: {3: {}}}})
# counting and grouping idioms
text = "one two three two three three"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
# dict with tuple values and list of keys
table = {i: (i, i * i, i ** 3) for i in range(1, 5)}
print(table, table[3][2])
# deleting during iteration over a copy of keys
dd = {i: i % 3 for i in range(10)}
for k in list(dd):
    if dd[k] == 0:
        del dd[k]
print(dd)
# changing size during iteration raises
try:
    for k in dd:
        dd[k + 100] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
# dict equality and comparison
print({1: 'a'} == {1: 'a'}, {1: [1, 2]} == {1: [1, 2]}, {1: 'a'} == {1: 'b'}, {'a': 1} == {'a': 1, 'b': 2})
# keys must be hashable
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    {}[{}]
except TypeError as e:
    print("TypeError:", e)
# missing key
try:
    {'a': 1}['b']
except KeyError as e:
    print("KeyError", e)
try:
    {}[(1, 'x')]
except KeyError as e:
    print("KeyError", e)
# large dict
large = {}
for i in range(1000):
    large[str(i)] = i
print(len(large), large['999'], large['0'], sum(large.values()), list(large)[500])
for i in range(0, 1000, 2):
    del large[str(i)]
print(len(large), list(large)[:5], '500' in large, '501' in large)
