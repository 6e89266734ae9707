# Function attributes, decorators and annotations.
import sys
def deco_a(fn):
    print("applying a to", fn.__name__)
    def wrapper(*args, **kwargs):
        return "a(" + str(fn(*args, **kwargs)) + ")"
    wrapper.__name__ = "wrapped_" + fn.__name__
    return wrapper
def deco_b(fn):
    print("applying b to", fn.__name__)
    def wrapper(*args, **kwargs):
        return "b(" + str(fn(*args, **kwargs)) + ")"
    return wrapper
def with_args(tag, times=1):
    print("with_args evaluated", tag)
    def deco(fn):
        def wrapper(*a):
            return tag * times + str(fn(*a))
        return wrapper
    return deco
order = []
def trace(name):
    order.append("eval " + name)
    def deco(fn):
        order.append("apply " + name)
        return fn
    return deco
@deco_a
@deco_b
def hello(x):
    return x * 2
print(hello(21), hello.__name__)
@with_args("#", times=3)
def num():
    return 5
print(num())
@trace("first")
@trace("second")
@trace("third")
def traced():
    pass
print(order)
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def alpha():
    "Alpha's doc."
    return 1
print(sorted(registry), registry["alpha"] is alpha, alpha.__doc__)
@(lambda fn: fn)
def via_lambda():
    return "lambda decorator"
print(via_lambda())
decos = [deco_b]
@decos[0]
def indexed():
    return "idx"
print(indexed())
# attributes
def documented(a, b=2, *, c=3):
    """Docstring here."""
    return a
print(documented.__name__, documented.__qualname__, documented.__doc__, documented.__module__)
print(documented.__defaults__, documented.__kwdefaults__)
documented.__name__ = "renamed"
documented.__doc__ = "new doc"
documented.__defaults__ = (20,)
documented.__kwdefaults__ = {"c": 30}
print(documented.__name__, documented.__doc__, documented.__defaults__, documented.__kwdefaults__)
print(documented(1), documented.__qualname__)
documented.__qualname__ = "Q.renamed"
print(documented.__qualname__)
documented.custom = "custom attribute"
print(documented.custom, documented.__dict__)
documented.__dict__["other"] = 1
print(documented.other, sorted(documented.__dict__))
def nodoc():
    pass
print(nodoc.__doc__, nodoc.__defaults__, nodoc.__kwdefaults__, nodoc.__annotations__, nodoc.__dict__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, (lambda: 0).__qualname__, (lambda: 0).__name__)
try:
    documented.__name__ = 5
except TypeError as err:
    print("TypeError:", err)
try:
    documented.__defaults__ = 5
except TypeError as err:
    print("TypeError:", err)
try:
    documented.__kwdefaults__ = 5
except TypeError as err:
    print("TypeError:", err)
try:
    nodoc.missing
except AttributeError as err:
    print("AttributeError:", err)
del documented.custom
print(hasattr(documented, "custom"))
documented.__defaults__ = None
try:
    documented()
except TypeError as err:
    print("TypeError:", err)
# annotations
def annotated(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> bool:
    return True
print(annotated.__annotations__)
def ret_only() -> None:
    pass
print(ret_only.__annotations__)
evaluated = []
def note(v):
    evaluated.append(v)
    return v
def eager(x: note("x"), y: note("y") = note("default")) -> note("ret"):
    pass
print(evaluated, eager.__annotations__)
def posonly(a: 1, /, b: 2, *, c: 3):
    pass
print(posonly.__annotations__)
annotated.__annotations__ = {"z": 1}
print(annotated.__annotations__)
x: int = 5
y: "later"
print(x, __annotations__)
try:
    y
except NameError as err:
    print("NameError:", err)
def local_annotations():
    z: undefined_name = 3
    w: also_undefined
    return z
print(local_annotations(), local_annotations.__annotations__)
d = {}
d["k"]: int = 1
print(d, __annotations__)
for i in range(2):
    loop_var: int = i
print(__annotations__)
