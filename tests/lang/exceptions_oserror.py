# OSError(errno, strerror, filename[, winerror, filename2]): subclass choice, args, str, attributes;
# classes deriving from two built-in exceptions (OSError and ValueError share a layout).
for a in [(2, "No such file or directory", "x"), (2, "nf"), (1,), (2, "a", "b", None, "c"), (13, "p", "f", None), (1, 2, 3, 4, 5, 6)]:
    e = OSError(*a)
    print(type(e).__name__, e, e.args, e.errno, e.strerror, e.filename, e.filename2)
e = FileNotFoundError(2, "m", "q")
print(e, e.args, e.filename)
class E(OSError): pass
e = E(2, 'x', 'f'); print(type(e).__name__, e, e.args, e.filename, e.errno)
e = FileNotFoundError(2, 'x'); print(e, e.filename)
e = OSError('just msg'); print(e, e.errno, e.filename)
e = OSError(2, 'x', 'f'); e.filename = 'g'; print(e)
class Both(OSError, ValueError):
    pass
print([c.__name__ for c in Both.__mro__])
try:
    raise Both(13, "denied", "p")
except ValueError as e:
    print(type(e).__name__, e, e.errno, e.filename, isinstance(e, OSError))
# super().__init__(errno, strerror, filename) in a subclass with its own __init__.
class MyE(OSError):
    def __init__(self, path):
        super().__init__(2, "nf", path)
e = MyE("p")
print(type(e).__name__, e, e.args, e.errno, e.filename)
class MyF(FileNotFoundError):
    pass
e = MyF(2, "x", "f", None, "g")
print(e, e.args, e.filename2)
