# Generators and the handled exception: bare raise after resuming, sys.exc_info inside, throw context.
import sys
def g():
    try:
        raise ValueError("v")
    except ValueError:
        yield 1
        raise
try:
    it = g()
    next(it)
    next(it)
except ValueError as e:
    print("reraised", e)
print(sys.exc_info())

def h():
    yield sys.exc_info()[0]
try:
    raise KeyError
except KeyError:
    print(next(h()))

def w():
    try:
        yield 1
    finally:
        print("fin", sys.exc_info()[0])
x = w(); next(x)
try:
    raise TypeError
except TypeError:
    x.close()
print(sys.exc_info())

def gen_ctx():
    try:
        yield 1
    except ZeroDivisionError as e:
        print("ctx", repr(e.__context__))
        yield 2
t = gen_ctx(); next(t)
try:
    raise KeyError("outer")
except KeyError:
    print(t.throw(ZeroDivisionError("z")))

def gen_tb():
    yield 1
t = gen_tb(); next(t)
try:
    t.throw(ValueError("tb"))
except ValueError as e:
    tb = e.__traceback__
    n = 0
    while tb:
        n += 1
        tb = tb.tb_next
    print("frames", n)
