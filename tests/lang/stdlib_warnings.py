# warnings: filters, once-per-location default, catch_warnings(record=True), errors.
import sys
import warnings

def f(n):
    warnings.warn("careful %d" % (n % 2))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("hello")
    warnings.warn("dep", DeprecationWarning)
    warnings.warn(RuntimeWarning("as instance"))
    f(1)
    print(len(log))
    for w in log:
        print(w.category.__name__, str(w.message), type(w.message).__name__, w.lineno > 0,
              w.filename.endswith("stdlib_warnings.py"))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    for i in range(4):
        f(i)
    print([str(w.message) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    for i in range(4):
        f(i)
    warnings.warn("careful 0")
    print([str(w.message) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("ignore")
    warnings.filterwarnings("always", message="keep")
    warnings.warn("drop me")
    warnings.warn("Keep me")
    print([str(w.message) for w in log])

with warnings.catch_warnings():
    warnings.simplefilter("error", UserWarning)
    try:
        warnings.warn("boom")
    except UserWarning as e:
        print("raised", type(e).__name__, e)
    warnings.filterwarnings("ignore", category=UserWarning, module="__main__")
    warnings.warn("quiet")
    print("ignored by module filter")

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("lvl2", stacklevel=2)
    print(len(log), log[0].category.__name__)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn_explicit("explicit", SyntaxWarning, "somefile.py", 42)
    w = log[0]
    print(w.filename, w.lineno, w.category.__name__, str(w.message))
    print(str(w))

print(warnings.formatwarning("msg", UserWarning, "x.py", 7, "  code line  "), end="")
print(repr(warnings.formatwarning("msg", UserWarning, "nonexistent.py", 7)))
for bad in [lambda: warnings.warn("x", int), lambda: warnings.warn("x", 5), lambda: warnings.simplefilter("bogus"),
            lambda: warnings.filterwarnings("ignore", lineno=-1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

class Out:
    def __init__(self): self.data = []
    def write(self, s): self.data.append(s)
out = Out()
saved = sys.stderr
sys.stderr = out
try:
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.warn("to stderr")
finally:
    sys.stderr = saved
text = "".join(out.data)
print(text.split(":", 1)[1])
print(repr(warnings.catch_warnings(record=True)))
print(len(warnings.filters) >= 4, warnings.filters[0][0])
