# with statements: enter/exit order, targets, suppression, several items, return/break/continue.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val, tb is not None)
        return self.suppress

with CM("a") as x:
    print("body", x)

with CM("a"), CM("b") as y, CM("c"):
    print("multi", y)

with CM("s", suppress=True):
    raise ValueError("hidden")
print("after suppressed")

try:
    with CM("n"):
        raise KeyError("shown")
except KeyError as e:
    print("propagated", repr(e))

try:
    with CM("outer", True), CM("inner"):
        raise TypeError("t")
except TypeError:
    print("not reached")
print("outer suppressed inner's error")

def ret():
    with CM("r"):
        return "returned"
print(ret())

def ret_value():
    with CM("r1") as a, CM("r2") as b:
        return a + b
print(ret_value())

for i in range(3):
    with CM("loop%d" % i):
        if i == 0:
            continue
        if i == 1:
            break
print("loop done", i)

import sys
with CM("info", True):
    try:
        raise IndexError("i")
    finally:
        print("in finally", sys.exc_info()[0].__name__)
print("exc_info after", sys.exc_info())

class Bad:
    pass
try:
    with Bad():
        pass
except TypeError as e:
    print("TypeError:", e)

class OnlyEnter:
    def __enter__(self):
        return 1
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print("TypeError:", e)

class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        raise RuntimeError("from exit")
try:
    with ExitRaises():
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError:", e, "context:", repr(e.__context__))

class EnterRaises:
    def __enter__(self):
        raise OSError("cannot enter")
    def __exit__(self, *args):
        print("never")
try:
    with EnterRaises():
        print("never body")
except OSError as e:
    print("OSError:", e)

try:
    with CM("t") as (p, q):
        print("unpacked", p, q)
except ValueError as e:
    print("ValueError:", e)
with CM("tu") as (p, q):
    print("unpacked", p, q)

class Counter:
    def __init__(self):
        self.n = 0
    def __enter__(self):
        self.n += 1
        return self
    def __exit__(self, *exc):
        self.n -= 1
        return False
c = Counter()
with c as c1:
    with c as c2:
        print(c.n, c1 is c2)
print(c.n)

def gen_with():
    with CM("g"):
        yield 1
        yield 2
g = gen_with()
print(next(g))
g.close()
print(list(gen_with()))

def swallow_in_gen():
    with CM("sg", True):
        yield 1
        raise ValueError
    yield "after"
print(list(swallow_in_gen()))
