# Dict insertion order with deletions and re-insertions; key equivalence.
d = {}
for k in ['c', 'a', 'b', 'e', 'd']:
    d[k] = len(d)
print(d, list(d), list(d.values()))
del d['a']
print(d)
d['a'] = 'back'
print(d)
d['c'] = 'updated'      # updating doesn't move the key
print(d)
del d['c']
d['c'] = 'reinserted'   # re-inserting moves it to the end
print(d)
print(d.pop('e'), d)
d['e'] = 5
print(list(d.items()))
# many insertions and deletions
big = {}
for i in range(100):
    big[i] = i * i
for i in range(0, 100, 3):
    del big[i]
for i in range(0, 30, 6):
    big[i] = -i
print(len(big), list(big)[:10], list(big)[-8:])
# popitem is LIFO
p = {'x': 1, 'y': 2, 'z': 3}
print(p.popitem(), p.popitem(), p)
p['w'] = 4
print(p.popitem(), p)
# int/float/bool key equivalence
e = {}
e[1] = 'int one'
e[1.0] = 'float one'
e[True] = 'bool one'
print(e, e[1], e[1.0], e[True], len(e))
e[0] = 'zero'
e[False] = 'false'
e[0.0] = 'float zero'
print(e)
e2 = {1.0: 'a'}
e2[1] = 'b'
print(e2)  # the original key object (1.0) is kept
f = {2: 'two', 2.5: 'two and a half', -0.0: 'negzero'}
print(f[2.0], f[2.5], f[0], 0.0 in f, 2.0 in f, '2' in f)
# keys of mixed types in order
mixed = {'s': 1, 10: 2, (1, 2): 3, None: 4, 2.5: 5, False: 6, 10 ** 20: 7}
print(mixed, list(mixed))
print(mixed[None], mixed[(1, 2)], mixed[0], mixed[10 ** 20])
# dict equality ignores order
print({'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {'a': 1} == {'a': 1.0}, {'a': 1} != {'a': 2}, {} == {})
# copy preserves order; modifications are independent
orig = {'one': 1, 'two': 2, 'three': [3]}
cp = orig.copy()
cp['four'] = 4
cp['three'].append('shared')
del cp['one']
print(orig, cp)
# update preserves existing positions, appends new keys
u = {'a': 1, 'b': 2}
u.update({'b': 20, 'c': 30})
print(u)
u.update([('d', 4), ('a', 10)])
print(u)
u.update(e=5, b=200)
print(u)
# dict() constructor order
print(dict([('z', 1), ('y', 2), ('z', 3)]), dict(b=1, a=2), dict({'q': 1}, p=2))
# iteration order matches insertion order for keys/values/items
order = {}
for w in "the quick brown fox jumps over the lazy dog".split():
    order[w] = order.get(w, 0) + 1
for k in order:
    print(k, order[k])
print(list(order.keys()) == list(order), [k for k, v in order.items() if v > 1])
# clearing and reusing
order.clear()
order['new'] = 1
print(order)
# deleting all and reinserting in different order
r = {1: 'a', 2: 'b', 3: 'c'}
for k in [1, 2, 3]:
    del r[k]
for k in [3, 1, 2]:
    r[k] = str(k)
print(r)
# dict comprehension order
print({k: k * k for k in [5, 3, 1, 4]})
print({c: i for i, c in enumerate("abcabc")})
