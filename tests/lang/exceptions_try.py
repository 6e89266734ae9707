# try/except/else, multiple handlers, tuples, `as`, raise, raise from, bare raise.
def safe_div(a, b):
    try:
        r = a / b
    except ZeroDivisionError:
        print("  div by zero")
        return None
    else:
        print("  else clause")
        return r
print(safe_div(1, 2))
print(safe_div(1, 0))

def kind(thunk):
    try:
        thunk()
    except (KeyError, IndexError) as e:
        return "lookup:" + type(e).__name__
    except ZeroDivisionError as e:
        return "zero:" + str(e)
    except (TypeError, ValueError):
        return "type-or-value"
    except Exception as e:
        return "other:" + type(e).__name__
    return "ok"
print(kind(lambda: {}['x']))
print(kind(lambda: [][1]))
print(kind(lambda: 1 // 0))
print(kind(lambda: int('q')))
print(kind(lambda: 'a' + 1))
print(kind(lambda: undefined_name))
print(kind(lambda: None))

# handler order: first match wins; base class catches subclasses
try:
    [].pop()
except LookupError as e:
    print("LookupError caught", type(e).__name__, e)
try:
    {}['missing']
except LookupError as e:
    print("LookupError caught", type(e).__name__, e)
try:
    1 / 0
except ArithmeticError as e:
    print("ArithmeticError caught", type(e).__name__)
try:
    raise ValueError("v")
except Exception as e:
    print("Exception caught", type(e).__name__, e)
try:
    raise ValueError
except ValueError as e:
    print("raised class:", type(e).__name__, repr(str(e)))

# raise with messages
for exc in [ValueError("bad value"), TypeError("bad type"), KeyError("key"), IndexError("idx"), RuntimeError("rt")]:
    try:
        raise exc
    except Exception as e:
        print(type(e).__name__, str(e))

# the `as` name is unbound after the handler
try:
    raise ValueError("x")
except ValueError as err:
    pass
try:
    print(err)
except NameError as e:
    print("NameError:", e)

# bare raise re-raises the current exception
def reraiser():
    try:
        raise KeyError("inner")
    except KeyError:
        print("  handling, re-raising")
        raise
try:
    reraiser()
except KeyError as e:
    print("outer got", repr(str(e)))

# raise from
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
try:
    raise RuntimeError("no cause") from None
except RuntimeError as e:
    print(e, e.__cause__)

# exception in else clause is not caught by the same try
try:
    try:
        pass
    except ValueError:
        print("never")
    else:
        raise ValueError("from else")
except ValueError as e:
    print("outer caught", e)

# nested try, inner doesn't match
try:
    try:
        raise TypeError("t")
    except ValueError:
        print("never")
    print("never")
except TypeError as e:
    print("outer caught", e)

# exception inside handler replaces original
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise KeyError("second")
except KeyError as e:
    print("got", type(e).__name__, e, type(e.__context__).__name__)

# exceptions propagate through calls
def level3():
    raise IndexError("deep")
def level2():
    level3()
    print("never")
def level1():
    try:
        level2()
    except IndexError as e:
        return "caught in level1: " + str(e)
print(level1())

# try in loop with continue/break
results = []
for v in ['1', 'x', '3', 'stop', '5']:
    try:
        if v == 'stop':
            break
        results.append(int(v))
    except ValueError:
        results.append(None)
        continue
print(results)

# isinstance on exceptions and exception types in variables
errs = (ValueError, TypeError)
try:
    raise TypeError("dyn")
except errs as e:
    print(isinstance(e, TypeError), isinstance(e, errs), isinstance(e, Exception), isinstance(e, KeyError))
# catching exception by a name computed at runtime
def catcher(cls):
    try:
        raise ValueError("z")
    except cls:
        return "caught"
    except Exception:
        return "fallback"
print(catcher(ValueError), catcher(Exception), catcher(KeyError))
# exception objects created but not raised
e = ValueError("not raised")
print(type(e).__name__, str(e))
# exception with multiple args prints as tuple
try:
    raise ValueError("a", 1)
except ValueError as e:
    print(str(e))
# exception with no message
try:
    raise IndexError()
except IndexError as e:
    print(repr(str(e)))
# StopIteration from next()
try:
    next(iter([]))
except StopIteration:
    print("StopIteration caught")
# assert
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("AssertionError empty:", repr(str(e)))
assert True, "not raised"
x = 5
assert x == 5
print("asserts ok")
