# BaseException.add_note / __notes__ and ExceptionGroup attributes (3.11).
e = ValueError("bad")
print(hasattr(e, '__notes__'))
e.add_note("first note")
e.add_note("second")
print(e.__notes__)
try: e.add_note(42)
except TypeError as x: print(type(x).__name__, x)
e.__notes__ = "oops"
try: e.add_note("x")
except TypeError as x: print(type(x).__name__, x)
try:
    try:
        raise KeyError('k')
    except KeyError as k:
        k.add_note("while looking up k")
        raise
except KeyError as k:
    print(k.__notes__)

eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
print(eg)
print(repr(eg))
print(eg.message, eg.exceptions[:2], type(eg.exceptions).__name__, len(eg.exceptions))
print(isinstance(eg, BaseExceptionGroup), isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
print(ExceptionGroup.__mro__)
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(KeyError)), eg.subgroup(OSError))
print(repr(eg.subgroup((KeyError, TypeError))))
print(repr(eg.subgroup(lambda x: isinstance(x, ValueError) and x.args[0] > 1)))
print(eg.split(Exception)[0] is eg, eg.split(Exception)[1])
print(repr(eg.derive([OSError(5)])))
g = BaseExceptionGroup("mixed", [KeyboardInterrupt(), ValueError()])
print(type(g).__name__, g)
g2 = BaseExceptionGroup("only", [ValueError()])
print(type(g2).__name__, repr(g2))
for bad in [lambda: ExceptionGroup("x", []), lambda: ExceptionGroup("x", [1]), lambda: ExceptionGroup(1, [ValueError()]),
            lambda: ExceptionGroup("x", ValueError()), lambda: ExceptionGroup("x", [KeyboardInterrupt()]),
            lambda: ExceptionGroup("x"), lambda: eg.split(1), lambda: eg.split(int)]:
    try: bad()
    except Exception as x: print(type(x).__name__, x)
eg.add_note("group note")
try:
    raise eg
except ExceptionGroup as caught:
    m, r = caught.split(TypeError)
    print(m.__notes__, r.__notes__, m.__traceback__ is caught.__traceback__)
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)
mg = MyEG("custom", [ValueError(1), TypeError(2)])
print(type(mg).__name__, repr(mg.subgroup(ValueError)))
try:
    raise ExceptionGroup("boom", [ValueError(1)])
except ExceptionGroup as x:
    print("caught", x)
