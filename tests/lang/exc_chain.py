def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("bad") from e

def g():
    try:
        f()
    except ValueError:
        raise KeyError("k")

try:
    g()
except KeyError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__cause__), e.__suppress_context__, e.__context__.__suppress_context__)
    print(e.__cause__, e.__traceback__ is not None)

try:
    try:
        raise TypeError("t")
    except TypeError as e:
        raise ValueError("v") from None
except ValueError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)

try:
    x = 1
except (TypeError, ValueError) as err:
    pass
try:
    raise IndexError("i")
except (TypeError, IndexError) as err:
    print("caught", repr(err))
try:
    print(err)
except NameError as e:
    print("NameError:", e)

def fin():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
            return "swallowed"
print(fin())

def fin2():
    while True:
        try:
            1 / 0
        finally:
            break
    return "broke"
print(fin2())

import sys
print(sys.exc_info())
try:
    raise KeyError("x")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None, sys.exception() is v)
print(sys.exception())

e = ValueError(1, 2)
print(e.args, str(e), repr(e))
e2 = e.with_traceback(None)
print(e2 is e)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError from 3
except TypeError as e:
    print("TypeError:", e)

def nested():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        print("after inner:", repr(sys.exc_info()[1]))
        raise
try:
    nested()
except ValueError as e:
    print("reraised", repr(e), repr(e.__context__))
