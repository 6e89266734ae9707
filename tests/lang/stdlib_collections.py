# collections: deque, defaultdict, OrderedDict, Counter, ChainMap, User* (checked against CPython 3.11)
from collections import deque, defaultdict, OrderedDict, Counter, ChainMap, UserDict, UserList, UserString


def err(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)


# deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft('ab')
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.remove(7); print(d, d.count(2), d.index(2))
d.insert(1, 'x'); print(d)
d.reverse(); print(d)
print(list(reversed(d)), 3 in d, 99 in d)
d[0] = 'first'; print(d)
del d[1]; print(d)
e = d.copy(); e.clear(); print(e, d)
b = deque(range(10), maxlen=3); print(b, b.maxlen)
b.append(10); print(b)
b.appendleft(-1); print(b)
b.extend(range(5)); print(b)
print(deque(maxlen=0), deque('abc', 5), repr(deque()))
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) < deque([1, 3]), deque([1]) != deque([1]))
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 2 * deque('a'))
x = deque([1]); x += [2, 3]; print(x)
x *= 2; print(x)
y = deque([1, 2], maxlen=3); y *= 3; print(y)
print(bool(deque()), bool(deque([0])))
err(lambda: deque().pop())
err(lambda: deque().popleft())
err(lambda: deque([1]).remove(5))
err(lambda: deque([1]).index(5))
err(lambda: deque(maxlen=-1))
err(lambda: deque([1], maxlen=1).insert(0, 2))
err(lambda: deque([1])[5])
err(lambda: deque([1])[-2])
err(lambda: deque([1]) + [1])
err(lambda: deque([1])[1:2])
err(lambda: deque(1))
print(deque.__hash__ is None)
err(lambda: deque([1, 2]).rotate('a'))
dd = deque(range(5))
print(dd.index(3, 1), dd.index(3, -3), dd.index(1, 0, 4))
err(lambda: dd.index(3, 0, 2))
r = deque([1]); r.append(r); print(r)
def mutate():
    q = deque([1, 2, 3])
    for v in q:
        q.append(v)
err(mutate)
big = deque()
for i in range(1000):
    big.append(i)
    big.appendleft(-i)
for i in range(600):
    big.pop(); big.popleft()
print(len(big), big[0], big[-1], sum(big))
big.rotate(7); print(big[0], big[-1])
print(deque.__name__)

# defaultdict
dl = defaultdict(list)
dl['a'].append(1); dl['b']; dl['a'].append(2)
print(dl, dl.default_factory, isinstance(dl, dict))
print(defaultdict(), defaultdict(None, {1: 2}), defaultdict(int, a=1))
di = defaultdict(int)
for c in 'mississippi':
    di[c] += 1
print(sorted(di.items()), di == dict(di))
print('zz' in di, di.get('zz'), di['zz'])
err(lambda: defaultdict(1))
err(lambda: defaultdict(None)['x'])
cp = dl.copy(); print(type(cp).__name__, cp, cp.default_factory)
print(defaultdict(list, {1: [2]}) | {3: [4]})
nd = defaultdict(lambda: 'd'); nd['q']; print(list(nd.items()))
class DD(defaultdict):
    pass
print(DD(int, x=1))

# OrderedDict
od = OrderedDict([('a', 1), ('b', 2), ('c', 3)])
print(od, OrderedDict())
od.move_to_end('a'); print(list(od))
od.move_to_end('a', last=False); print(list(od))
od.move_to_end('c', False); print(od)
err(lambda: od.move_to_end('zz'))
print(od.popitem(), od.popitem(last=False), od)
err(lambda: OrderedDict().popitem())
o1 = OrderedDict(a=1, b=2); o2 = OrderedDict(b=2, a=1)
print(o1 == o2, o1 == dict(o2), dict(o1) == o2, o1 != o2)
print(OrderedDict.fromkeys('abc', 0))
o3 = o1.copy(); o3['z'] = 0; print(o3, o1)
print(o1.pop('a'), o1.pop('zz', 'def'), o1.setdefault('k', 9), o1)
err(lambda: o1.pop('nope'))
o4 = OrderedDict(); o4['self'] = o4; print(o4)
print(o1 | {'n': 1})

# Counter
c = Counter('abracadabra')
print(c)
print(c.most_common(), c.most_common(2), c.most_common(0))
print(sorted(c.elements()), c.total(), c['zzz'])
c.update('aaz'); print(c)
c.update({'b': 5}); print(c)
c.subtract('aaaa'); print(c)
c.subtract({'q': 2}); print(c)
print(Counter(), Counter({'a': 0}), Counter(a=3, b=-1))
a = Counter(a=3, b=1, c=-2); b = Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b)
print(+a, -a)
a2 = a.copy(); a2 += b; print(a2)
a3 = a.copy(); a3 -= b; print(a3)
a4 = a.copy(); a4 |= b; print(a4)
a5 = a.copy(); a5 &= b; print(a5)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=2) < Counter(a=2))
print(Counter(a=1) >= Counter(), Counter(a=1) > Counter(a=1))
del c['zzz']; del c['a']; print(c)
err(lambda: Counter.fromkeys('ab'))
print(Counter([1, 1, 2, 'x']).most_common())
print(Counter({'x': 1, 'y': 3, 'z': 3, 'w': 2}).most_common(3))
print(Counter(cats=4, dogs=8).most_common(1), Counter('hello world').most_common(3))
print(isinstance(c, dict), type(c + c).__name__)

# ChainMap
m1 = {'a': 1, 'b': 2}; m2 = {'b': 3, 'c': 4}
cm = ChainMap(m1, m2)
print(cm, cm['a'], cm['b'], cm['c'], len(cm), list(cm), sorted(cm.items()))
print('c' in cm, 'z' in cm, cm.get('z', 0), bool(cm), bool(ChainMap({})))
err(lambda: cm['z'])
ch = cm.new_child(); ch['a'] = 100; print(ch, ch.parents, ch.maps[0])
ch2 = cm.new_child({'q': 1}); print(ch2)
cm['new'] = 5; print(m1)
del cm['new']; print(m1)
err(lambda: cm.__delitem__('c'))
err(lambda: ChainMap({}).popitem())
err(lambda: ChainMap({}).pop('x'))
print(cm.pop('a'), m1, ChainMap())
print(list(cm.keys()), list(cm.values()), dict(cm))
print(ChainMap.fromkeys('ab', 1), cm.copy())
print(ChainMap({'a': 1}) == {'a': 1})

# UserDict / UserList / UserString
ud = UserDict({'a': 1}, b=2)
ud['c'] = 3
print(ud, len(ud), 'a' in ud, ud.get('zz', 'd'), sorted(ud.keys()), ud.data)
del ud['a']; print(ud, ud.pop('b'), ud)
ul = UserList([3, 1, 2]); ul.append(0); ul.sort()
print(ul, ul[1:], type(ul[1:]).__name__, len(ul), ul + [9], ul == [0, 1, 2, 3], ul.pop())
us = UserString('hello')
print(us, us.upper(), us[1:3], len(us), us + '!', 'ell' in us, us.split('l'), repr(us))

# more deque: keywords, subclasses, copies, iteration
print(deque(iterable=[1, 2], maxlen=5), deque([1], maxlen=None), deque('ab', 1), deque().maxlen)
err(lambda: deque([1], maxlen='x'))
err(lambda: deque([1], 2, 3))
err(lambda: deque(foo=1))


class MyDeque(deque):
    def __init__(self, items, tag='t'):
        super().__init__(items, maxlen=4)
        self.tag = tag

    def peek(self):
        return self[-1]


md = MyDeque(range(6))
print(md, md.tag, md.peek(), len(md), isinstance(md, deque), md.maxlen)
print(type(md.copy()).__name__ if False else 'skip', md == deque([2, 3, 4, 5]))
it = iter(deque([1, 2, 3]))
print(next(it), list(it), list(reversed(deque('xyz'))))
def mutate_rev():
    q = deque([1, 2, 3])
    for v in reversed(q):
        q.appendleft(v)
err(mutate_rev)
q = deque(range(10))
print(q.index(5, 2, 8), q.count(3), 11 in q, q[-10], q.pop(), q.popleft())
del q[3]; del q[-1]; print(q)
q.insert(-100, 'a'); q.insert(100, 'z'); print(q)
q.rotate(-12); print(q)
err(lambda: q.rotate(2 ** 70))
print(deque([deque([1])]), deque([[1, 2], (3,)]) == deque([[1, 2], (3,)]), deque([1, 2]) >= deque([1]))
print(deque([1, 2]) == [1, 2], deque([3]) != deque([3]))
z = deque([1, 2], maxlen=2); z.extendleft([3, 4]); print(z)
z.extend(z); print(z)
z2 = deque(range(3)); z2.extend(z2); print(z2)
e = deque(); e.extend(iter(range(3))); print(e, e * 0, e * -1)
m = deque('ab', maxlen=3); print(m * 2, 3 * deque('q'))
