# copy: copy/deepcopy of built-ins, user classes (dict, __slots__, __copy__/__deepcopy__,
# __getstate__/__setstate__, __reduce__), subclasses of built-ins, recursion and memo.
import copy

a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
print(b == a, b is a, b[1] is a[1], c == a, c[1] is a[1], c[2]["k"] is a[2]["k"])
t = (1, 2, "x")
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
d2 = copy.deepcopy(t2)
print(d2 == t2, d2 is t2, d2[1] is t2[1])
for v in [None, 1, 2.5, True, "s", b"b", 3j, range(3), len, copy.copy, int, Ellipsis, NotImplemented, frozenset([1])]:
    print(repr(v) if not callable(v) or isinstance(v, type) else v.__name__, copy.copy(v) is v, copy.deepcopy(v) is v if not isinstance(v, frozenset) else copy.deepcopy(v) == v)
s = {1, 2}
print(copy.copy(s) == s, copy.copy(s) is s, copy.deepcopy(s) == s, copy.copy(bytearray(b"ab")), copy.deepcopy({1: bytearray(b"x")}))

rec = [1]
rec.append(rec)
r2 = copy.deepcopy(rec)
print(r2[1] is r2, r2[0], r2 is not rec)
dr = {"a": 1}
dr["self"] = dr
d3 = copy.deepcopy(dr)
print(d3["self"] is d3, d3["a"])
shared = [0]
pair = [shared, shared]
p2 = copy.deepcopy(pair)
print(p2[0] is p2[1], p2[0] is not shared)
memo = {}
x = [1, 2]
y = copy.deepcopy(x, memo)
print(memo[id(x)] is y, copy.deepcopy(x, memo) is y)

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.tags = ["p"]

    def __repr__(self):
        return "Point(%r, %r, %r)" % (self.x, self.y, self.tags)

p = Point(1, [2])
pc = copy.copy(p)
pd = copy.deepcopy(p)
print(pc, pd, pc.y is p.y, pd.y is p.y, pd.tags is p.tags, type(pd) is Point, pc.__dict__ is not p.__dict__)

class Node:
    def __init__(self, v):
        self.v = v
        self.parent = None
        self.children = []

root = Node(0)
kid = Node(1)
kid.parent = root
root.children.append(kid)
r3 = copy.deepcopy(root)
print(r3.children[0].parent is r3, r3.children[0].v, r3 is not root)

class Slotted:
    __slots__ = ("a", "b", "__c")

    def __init__(self):
        self.a = [1]
        self.__c = 3

    def c(self):
        return self.__c

s1 = Slotted()
s2 = copy.deepcopy(s1)
s3 = copy.copy(s1)
print(s2.a, s2.a is s1.a, s3.a is s1.a, hasattr(s2, "b"), s2.c())

class Both:
    __slots__ = ("x", "__dict__")

b1 = Both()
b1.x = 1
b1.y = 2
b2 = copy.deepcopy(b1)
print(b2.x, b2.y)

class Custom:
    def __init__(self):
        self.val = [1]

    def __copy__(self):
        print("__copy__ called")
        return "copied"

    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return "deep"

print(copy.copy(Custom()), copy.deepcopy(Custom()), copy.deepcopy([Custom()]))

class State:
    def __init__(self):
        self.a = 1
        self.secret = "x"

    def __getstate__(self):
        print("getstate")
        return {"a": self.a}

    def __setstate__(self, st):
        print("setstate", st)
        self.__dict__.update(st)
        self.restored = True

st = copy.deepcopy(State())
print(st.a, hasattr(st, "secret"), st.restored)

class Red:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        print("reduce")
        return (Red, (self.n * 2,))

print(copy.copy(Red(2)).n, copy.deepcopy(Red(5)).n)

class NewArgs:
    def __new__(cls, a, b):
        self = super().__new__(cls)
        self.a = a
        self.b = b
        return self

    def __getnewargs__(self):
        return (self.a, self.b)

n2 = copy.deepcopy(NewArgs(1, [2]))
print(n2.a, n2.b)

class MyList(list):
    pass

ml = MyList([1, [2]])
ml.attr = "a"
mc = copy.copy(ml)
md = copy.deepcopy(ml)
print(type(mc).__name__, mc, mc.attr, mc[1] is ml[1], type(md).__name__, md, md[1] is ml[1], md.attr)

class MyDict(dict):
    pass

mdict = MyDict(a=[1])
mdc = copy.deepcopy(mdict)
print(type(mdc).__name__, mdc, mdc["a"] is mdict["a"])

class MyInt(int):
    pass

mi = MyInt(7)
mi.note = "n"
print(type(copy.copy(mi)).__name__, copy.copy(mi), copy.deepcopy(mi).note)

class MyTuple(tuple):
    pass

mt = copy.deepcopy(MyTuple([1, [2]]))
print(type(mt).__name__, mt)

class MySet(set):
    pass

print(type(copy.deepcopy(MySet([1]))).__name__, copy.copy(MySet([3])))

class M:
    def meth(self):
        return self.v

m = M()
m.v = 5
bm = copy.deepcopy(m.meth)
print(bm(), bm.__self__ is not m, copy.copy(m.meth)())

def f():
    pass

print(copy.deepcopy(f) is f, copy.copy(Point) is Point, copy.deepcopy([Point])[0] is Point)

def gen():
    yield 1

import sys
for bad in [gen(), sys]:
    try:
        copy.deepcopy(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    copy.copy(gen())
except TypeError as e:
    print("TypeError", e)
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
big = {"list": list(range(100)), "nested": [[i, {"k": i}] for i in range(50)], "t": tuple(range(10))}
bc = copy.deepcopy(big)
print(bc == big, bc["t"] is big["t"], bc["nested"][3][1] is big["nested"][3][1])

class Registered:
    def __init__(self, v):
        self.v = v

try:
    import copyreg
    table = copyreg.dispatch_table
except ImportError:
    table = copy.dispatch_table
table[Registered] = lambda r: (Registered, (r.v + 100,))
print(copy.copy(Registered(1)).v, copy.deepcopy(Registered(2)).v)
del table[Registered]
print(copy.copy(Registered(1)).v)
