import collections.abc as cabc
from collections.abc import (Hashable, Iterable, Iterator, Reversible, Generator, Sized, Container,
                             Callable, Collection, Set, MutableSet, Mapping, MutableMapping,
                             MappingView, KeysView, ItemsView, ValuesView, Sequence, MutableSequence,
                             ByteString, Awaitable, Coroutine, AsyncIterable, AsyncIterator,
                             AsyncGenerator)


def show(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)


def gen():
    yield 1


samples = [("list", []), ("tuple", ()), ("str", ""), ("bytes", b""), ("bytearray", bytearray()),
           ("dict", {}), ("set", set()), ("frozenset", frozenset()), ("range", range(3)),
           ("int", 1), ("float", 1.5), ("None", None), ("list_iter", iter([])), ("gen", gen()),
           ("keys", {}.keys()), ("items", {}.items()), ("values", {}.values()),
           ("func", len), ("lambda", lambda: 0), ("type", int), ("zip", zip()), ("map", map(str, [])),
           ("dict_iter", iter({})), ("str_iter", iter("ab")), ("reversed", reversed([1]))]
abcs = [Hashable, Iterable, Iterator, Reversible, Generator, Sized, Container, Callable, Collection,
        Set, MutableSet, Mapping, MutableMapping, Sequence, MutableSequence, ByteString,
        KeysView, ItemsView, ValuesView, MappingView, Awaitable, AsyncIterable]
for name, obj in samples:
    print(name.ljust(10), "".join("1" if isinstance(obj, a) else "." for a in abcs))
for name, obj in samples[:12]:
    t = type(obj)
    print(name.ljust(10), "".join("1" if issubclass(t, a) else "." for a in abcs))


# One-trick ponies recognise classes structurally.
class OnlyIter:
    def __iter__(self):
        return iter([1, 2])


class OnlyLen:
    def __len__(self):
        return 1


class NoHash:
    __hash__ = None


class Caller:
    def __call__(self):
        return 1


class FullIter:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration


print(isinstance(OnlyIter(), Iterable), isinstance(OnlyIter(), Iterator), isinstance(FullIter(), Iterator))
print(isinstance(OnlyLen(), Sized), isinstance(OnlyLen(), Collection), isinstance(NoHash(), Hashable))
print(isinstance(Caller(), Callable), isinstance(OnlyIter(), Reversible), isinstance(object(), Hashable))
print(issubclass(list, Reversible), issubclass(dict, Reversible), issubclass(Mapping, Reversible))


# A Sequence from __getitem__ and __len__.
class Seq(Sequence):
    def __init__(self, *items):
        self.items = list(items)
    def __getitem__(self, i):
        return self.items[i]
    def __len__(self):
        return len(self.items)


s = Seq(1, 2, 3, 2)
print(list(s), 2 in s, 5 in s, list(reversed(s)), s.index(2), s.index(2, 2), s.count(2), len(s))
show(lambda: s.index(9))
show(lambda: s.index(1, 1))
print(s.index(2, -2), isinstance(s, Reversible), isinstance(s, Collection))
show(lambda: Sequence())


class MSeq(MutableSequence):
    def __init__(self, items=()):
        self.data = list(items)
    def __getitem__(self, i):
        return self.data[i]
    def __setitem__(self, i, v):
        self.data[i] = v
    def __delitem__(self, i):
        del self.data[i]
    def __len__(self):
        return len(self.data)
    def insert(self, i, v):
        self.data.insert(i, v)
    def __repr__(self):
        return "MSeq(%r)" % self.data


m = MSeq([3, 1])
m.append(4)
m.extend([1, 5])
print(m, m.pop(), m.pop(0), m)
m.reverse()
print(m)
m.remove(1)
m += [9, 9]
print(m, m.count(9))
m.extend(m)
print(m)
m.clear()
print(m, len(m))
show(lambda: m.pop())
show(lambda: m.remove(3))


# Mapping / MutableMapping.
class Map(Mapping):
    def __init__(self, **kw):
        self.d = dict(kw)
    def __getitem__(self, k):
        return self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)
    def __repr__(self):
        return "Map(%r)" % self.d


mp = Map(a=1, b=2)
print(mp.get("a"), mp.get("z"), mp.get("z", 0), "a" in mp, "z" in mp, list(mp.keys()), list(mp.items()), list(mp.values()))
print(mp == {"a": 1, "b": 2}, mp == {"a": 1}, mp == Map(b=2, a=1), mp != Map(), dict(mp))
print(mp.keys(), mp.items() == {("a", 1), ("b", 2)}, "a" in mp.keys(), ("a", 1) in mp.items(), ("a", 2) in mp.items(), 2 in mp.values())
print(sorted(mp.keys() & {"a", "x"}), sorted(mp.keys() | {"x"}), sorted(mp.keys() - {"a"}), sorted(mp.keys() ^ {"a", "q"}))
print(len(mp.keys()), len(mp.values()), isinstance(mp.keys(), Set), isinstance(mp.values(), Set))
show(lambda: hash(mp))
show(lambda: reversed(mp))


class MMap(MutableMapping):
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)


mm = MMap()
mm.update({"x": 1}, y=2)
mm.update([("z", 3)])
mm.update(Map(w=4))
print(sorted(mm.items()), mm.setdefault("x", 9), mm.setdefault("n", 0), mm.pop("y"), mm.pop("nope", "dflt"))
print(mm.popitem(), len(mm))
show(lambda: mm.pop("nope"))
mm.clear()
print(len(mm))
show(lambda: mm.popitem())


# Set / MutableSet.
class ListSet(Set):
    def __init__(self, it=()):
        self.items = []
        for x in it:
            if x not in self.items:
                self.items.append(x)
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
    def __repr__(self):
        return "ListSet(%r)" % sorted(self.items)


a = ListSet([1, 2, 3])
b = ListSet([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, a <= b, a < ListSet([1, 2, 3, 4]), a == ListSet([3, 2, 1]), a >= ListSet([1]), a > a)
print(a.isdisjoint([7, 8]), a.isdisjoint([1]), a & [1, 9], [2, 5] - a if False else a - [1], a == {1, 2, 3}, a._hash() == ListSet([3, 1, 2])._hash())
print(a.__and__(5), a.__le__(5), a.__eq__([1, 2, 3]))


class MSet(MutableSet):
    def __init__(self, it=()):
        self.s = set(it)
    def __contains__(self, x):
        return x in self.s
    def __iter__(self):
        return iter(sorted(self.s))
    def __len__(self):
        return len(self.s)
    def add(self, x):
        self.s.add(x)
    def discard(self, x):
        self.s.discard(x)
    def __repr__(self):
        return "MSet(%r)" % sorted(self.s)


ms = MSet([1, 2])
ms |= [3]
print(ms)
ms &= [1, 3, 5]
print(ms)
ms ^= [3, 4]
print(ms)
ms -= [1]
print(ms, ms.pop(), ms)
ms.remove(4) if 4 in ms else None
show(lambda: ms.remove(42))
ms.add(7)
ms.clear()
print(ms)
show(lambda: ms.pop())


# Views over a custom mapping.
kv = KeysView({"a": 1})
print(kv, ItemsView({"a": 1}), ValuesView({"a": 1}), list(ItemsView({"k": "v"})), len(kv))
print(MappingView([1, 2]))


# Generator ABC.
class Countdown(Generator):
    def __init__(self, n):
        self.n = n
    def send(self, value):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
    def throw(self, typ, val=None, tb=None):
        raise typ


cd = Countdown(3)
print(list(cd), isinstance(cd, Iterator))
cd2 = Countdown(2)
cd2.close()
print(issubclass(Countdown, Iterable))
show(lambda: Generator())
show(lambda: Iterator())


# Abstract methods remain in subclasses that do not define them.
class Half(Sequence):
    def __len__(self):
        return 0

show(lambda: Half())
print(sorted(MutableSequence.__abstractmethods__), sorted(Mapping.__abstractmethods__))
print(sorted(MutableMapping.__abstractmethods__), sorted(Set.__abstractmethods__), sorted(MutableSet.__abstractmethods__))


# Registration of user classes.
class Duck:
    def __getitem__(self, i):
        raise IndexError


print(isinstance(Duck(), Sequence))
Sequence.register(Duck)
print(isinstance(Duck(), Sequence), isinstance(Duck(), Reversible), issubclass(Duck, Collection))
print(Iterable[int], Callable[[int], str] if False else "skip", Mapping.__name__, cabc.Sized.__module__)
