# Exceptions: the built-in hierarchy as classes, user exception classes with args/str, except tuples.
names = ['BaseException', 'SystemExit', 'KeyboardInterrupt', 'GeneratorExit', 'Exception',
         'StopIteration', 'ArithmeticError', 'FloatingPointError', 'OverflowError', 'ZeroDivisionError',
         'AssertionError', 'AttributeError', 'BufferError', 'EOFError', 'ImportError', 'ModuleNotFoundError',
         'LookupError', 'IndexError', 'KeyError', 'MemoryError', 'NameError', 'UnboundLocalError',
         'OSError', 'FileNotFoundError', 'PermissionError', 'TimeoutError', 'ReferenceError',
         'RuntimeError', 'NotImplementedError', 'RecursionError', 'SyntaxError', 'IndentationError',
         'TabError', 'SystemError', 'TypeError', 'ValueError', 'UnicodeError', 'UnicodeDecodeError',
         'UnicodeEncodeError', 'StopAsyncIteration', 'Warning', 'UserWarning', 'DeprecationWarning',
         'RuntimeWarning', 'SyntaxWarning', 'FutureWarning', 'ImportWarning', 'UnicodeWarning',
         'BytesWarning', 'ResourceWarning', 'PendingDeprecationWarning', 'EncodingWarning']
import builtins
for n in names:
    cls = getattr(builtins, n)
    print(n, '->', cls.__mro__[1].__name__ if n != 'BaseException' else 'object')
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError),
      issubclass(ModuleNotFoundError, ImportError), issubclass(RecursionError, RuntimeError),
      issubclass(TabError, SyntaxError), issubclass(KeyboardInterrupt, Exception),
      issubclass(UnicodeDecodeError, ValueError), issubclass(IOError, OSError), IOError is OSError,
      EnvironmentError is OSError)

# args and str
for exc in (Exception(), Exception('one'), Exception('a', 2), ValueError(3), KeyError('k'), KeyError(),
            KeyError('a', 'b'), IndexError('i'), StopIteration(5), SystemExit(2)):
    print(type(exc).__name__, exc.args, repr(str(exc)), repr(exc))
e = StopIteration(7)
print(e.value, StopIteration().value, SystemExit(3).code, SystemExit().code)
oe = OSError(2, 'No such file')
print(oe.errno, oe.strerror, str(oe), oe.args)

class MyError(Exception):
    pass
class DetailError(MyError):
    def __init__(self, field, problem):
        super().__init__(f'{field}: {problem}')
        self.field = field
class NoSuperInit(Exception):
    def __init__(self, a, b):
        self.a = a
for exc in (MyError(), MyError('m'), DetailError('age', 'negative'), NoSuperInit(1, 2)):
    print(type(exc).__name__, exc.args, str(exc), repr(exc), isinstance(exc, MyError))

def risky(kind):
    if kind == 0:
        raise DetailError('x', 'bad')
    if kind == 1:
        raise KeyError(kind)
    if kind == 2:
        return 1 / 0
    if kind == 3:
        raise MyError
    return 'ok'
for k in range(5):
    try:
        print(risky(k))
    except (KeyError, ZeroDivisionError) as e:
        print('lookup-or-math', type(e).__name__, e)
    except MyError as e:
        print('mine', type(e).__name__, e.args)

# except order: first match wins, base class catches subclass
try:
    raise ModuleNotFoundError("No module named 'x'", name='x')
except ImportError as e:
    print(type(e).__name__, e, e.name)

# raising a class instantiates it
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)

# exception attributes can be added
try:
    err = ValueError('base')
    err.extra = 'info'
    raise err
except ValueError as e:
    print(e.extra)

# with_traceback returns the exception
ex = RuntimeError('r')
print(ex.with_traceback(None) is ex, ex.__traceback__)

# catching by tuple stored in a variable
handled = (TypeError, ValueError)
for bad in ('1' + 1 if False else None, ):
    pass
try:
    int('zz')
except handled as e:
    print('handled', e)

# BaseException is not caught by except Exception
try:
    try:
        raise SystemExit(5)
    except Exception:
        print('not here')
except BaseException as e:
    print('BaseException caught', type(e).__name__, e.code)

# raising non-exceptions
for bad in (5, 'str', object, int):
    try:
        raise bad
    except TypeError as e:
        print('TypeError:', e)
try:
    try:
        pass
    except 5:
        pass
    print('unused except clause not evaluated')
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print('TypeError:', e)

# KeyError str uses repr of the key
print(str(KeyError('a b')), str(KeyError(1)), str(KeyError(None)))
d = {}
try:
    d[(1, 'x')]
except KeyError as e:
    print('KeyError:', e)

# exception equality and comparison: identity
a1 = ValueError(1)
print(a1 == ValueError(1), a1 == a1)

# args can be reassigned
a1.args = ('new', 'args')
print(str(a1), repr(a1))
