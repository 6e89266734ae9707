# Generators resumed by for loops and yield from inside Python code: errors, PEP 479, re-entry, exc_info, finally.
import sys
def inner():
    yield 1
    raise StopIteration("x")
def user():
    for v in inner():
        print("v", v)
try:
    user()
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))

def selfref():
    for x in me:
        yield x
me = selfref()
try:
    for _ in me:
        pass
except ValueError as e:
    print("ValueError", e)

def a():
    yield 1
    1 / 0
def b():
    yield from a()
def c():
    for x in b():
        yield x
try:
    for x in c():
        print("x", x)
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_lineno)
        tb = tb.tb_next
    print("ZeroDivisionError", len(names))

def handled():
    try:
        yield from a()
    except ZeroDivisionError:
        yield "handled"
print(list(handled()))

def ret_in_loop():
    for x in range(3):
        yield x
    return "done"
def wrapper():
    r = yield from ret_in_loop()
    yield r
print(list(wrapper()))
g = wrapper()
print(next(g), g.send(None), g.send("ignored"))

def exc_info_gen():
    yield sys.exc_info()[0]
try:
    raise KeyError
except KeyError:
    for t in exc_info_gen():
        print("seen", t)
print(sys.exc_info())

def in_except():
    try:
        raise ValueError
    except ValueError:
        yield 1
        yield sys.exc_info()[0]
for v in in_except():
    print("in_except", v, sys.exc_info()[0])

def fin():
    try:
        yield 1
        yield 2
    finally:
        print("fin runs")
for v in fin():
    print("fin v", v)

def deleg_close():
    try:
        yield from fin()
    finally:
        print("outer fin")
d = deleg_close()
print(next(d))
d.close()
