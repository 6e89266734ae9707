# Generators as methods, __iter__, super() in generators, genexprs in class bodies.
class A:
    xs = [1, 2, 3]
    total = sum(x for x in xs)
    def items(self):
        for x in self.xs:
            yield x * 10
    @staticmethod
    def sgen(n):
        yield from range(n)
    @classmethod
    def cgen(cls):
        yield cls.__name__
print(A.total, list(A().items()), list(A.sgen(3)), list(A.cgen()))
class B(A):
    def items(self):
        yield "b"
        yield from super().items()
print(list(B().items()))
g = (x for x in range(3))
print(g.send(None), next(g))
def outer():
    fs = [(lambda: (yield i))() for i in range(2)]
    return [next(f) for f in fs]
print(outer())
def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        else:
            n += 1
c = counter(); next(c)
print(c.send(None), c.send(None), c.send("reset"), c.send(None))
class Node:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
t = Node(1, [Node(2, [Node(3)]), Node(4)])
print(list(t), sum(t), 3 in t)
def gen_finally_return():
    try:
        yield 1
    finally:
        return "from finally"
gfr = gen_finally_return(); next(gfr)
try:
    next(gfr)
except StopIteration as e:
    print("stop value", e.value)
