# contextlib: contextmanager (exceptions thrown in, StopIteration), suppress, closing,
# nullcontext, redirect_stdout/stderr with print(), ExitStack, ContextDecorator.
import sys
from contextlib import *
import contextlib

@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)

with tag("a") as t:
    print("inside", t)

@contextmanager
def catcher():
    try:
        yield
    except ValueError as e:
        print("caught", e)

with catcher():
    raise ValueError("boom")
print("after catcher")
try:
    with catcher():
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))

@contextmanager
def no_yield():
    if False:
        yield

try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

@contextmanager
def two_yields():
    yield 1
    yield 2

try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

@contextmanager
def keeps_yielding():
    try:
        yield
    except Exception:
        yield

try:
    with keeps_yielding():
        raise ValueError
except RuntimeError as e:
    print("RuntimeError", e)

@contextmanager
def passthrough():
    yield

try:
    with passthrough():
        raise StopIteration("stop")
except StopIteration as e:
    print("StopIteration propagated", e)

@contextmanager
def reraiser():
    try:
        yield
    except ZeroDivisionError:
        raise

try:
    with reraiser():
        1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

@contextmanager
def translator():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("translated") from e

try:
    with translator():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

@contextmanager
def returns_in_finally():
    try:
        yield
    finally:
        return

with returns_in_finally():
    raise ValueError("swallowed")
print("swallowed by return")

@tag("deco")
def decorated(x):
    print("body", x)
    return x * 2

print(decorated(3), decorated(4), decorated.__name__)

with suppress(KeyError, IndexError):
    {}["x"]
print("suppressed")
with suppress():
    pass
try:
    with suppress(KeyError):
        [][1]
except IndexError:
    print("not suppressed")

class Res:
    def close(self):
        print("closed")

with closing(Res()) as r:
    print(type(r).__name__)

with nullcontext(5) as v:
    print("null", v)
with nullcontext() as v:
    print("null", v)

class Buf:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass

b = Buf()
with redirect_stdout(b) as target:
    print("captured", 1, 2)
    print("more", end="!")
    sys.stdout.write("direct")
print(target is b, b.parts)
e = Buf()
with redirect_stderr(e):
    print("to err", file=sys.stderr)
print(e.parts)
rd = redirect_stdout(b)
with rd:
    with rd:
        print("nested")
print("restored", b.parts[-2:])

with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "callback", i)
    x = stack.enter_context(tag("stack"))
    print("entered", x)
    stack.push(lambda *exc: print("push exit", exc[0]))

with ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise ValueError("suppressed by stack")
print("after suppressing stack")

def fail_cb():
    raise KeyError("from callback")

try:
    with ExitStack() as stack:
        stack.callback(fail_cb)
        raise ValueError("body")
except KeyError as exc:
    print("KeyError", exc, type(exc.__context__).__name__)

stack = ExitStack()
stack.callback(print, "closed via close()")
stack.close()
with ExitStack() as stack:
    stack.callback(print, "moved")
    moved = stack.pop_all()
print("before moved.close")
moved.close()

class NotCM:
    pass

try:
    ExitStack().enter_context(NotCM())
except TypeError as exc:
    print("TypeError", exc)

class CM(ContextDecorator):
    def __enter__(self):
        print("enter CM")
        return self

    def __exit__(self, *exc):
        print("exit CM", exc[0])
        return False

@CM()
def g():
    print("in g")

g()

class Mine(AbstractContextManager):
    def __exit__(self, *a):
        return None

with Mine() as m:
    print(type(m).__name__)
print(sorted(contextlib.__all__) == sorted(n for n in contextlib.__all__ if hasattr(contextlib, n)))
