# Generator throw() and close(): handlers, GeneratorExit, ignored close, PEP 479.
def g():
    try:
        yield 1
    except ValueError as e:
        print("caught in gen:", e)
        yield 2
    yield 3

x = g()
print(next(x))
print(x.throw(ValueError("boom")))
print(next(x))
try:
    next(x)
except StopIteration:
    print("done")

x = g()
print(next(x))
try:
    x.throw(KeyError, "k")
except KeyError as e:
    print("propagated", repr(e))
try:
    next(x)
except StopIteration:
    print("finished after throw")

x = g()
print(next(x))
print(x.throw(ValueError))

x = g()
try:
    x.throw(TypeError("unstarted"))
except TypeError as e:
    print("unstarted:", e)

try:
    g().throw(1)
except TypeError as e:
    print(e)
try:
    g().throw(ValueError("a"), 1)
except TypeError as e:
    print(e)

def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("cleanup")

c = closer()
next(c)
print(c.close())
print(c.close())
c2 = closer()
print(c2.close())

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return 5

r = returns_on_close()
next(r)
print(r.close())

def pep479():
    yield 1
    raise StopIteration("oops")

p = pep479()
next(p)
try:
    next(p)
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__, e.__cause__)

def inner_next():
    it = iter([])
    yield next(it)

try:
    list(inner_next())
except RuntimeError as e:
    print("RuntimeError:", e)

def reenter():
    yield me.send(None)

me = reenter()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

def running():
    yield gen_r.gi_running
gen_r = running()
print(next(gen_r), gen_r.gi_running)

def exc_state():
    try:
        raise KeyError("k")
    except KeyError:
        yield 1
        import sys
        print("inside:", repr(sys.exc_info()[1]))
    yield 2

import sys
es = exc_state()
next(es)
print("outside:", sys.exc_info())
next(es)
