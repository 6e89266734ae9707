# Parameters: positional-only, keyword-only, defaults evaluated once, *args/**kwargs forwarding.
def f(a, b, /, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)
print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, d=7, e=5, f=8))
for call in [lambda: f(1, b=2, c=3, e=5), lambda: f(1, 2, 3), lambda: f(1, 2, 3, 4, 5, e=1),
             lambda: f(1, 2, 3, e=1, g=2), lambda: f(1, 2, 3, c=3, e=1), lambda: f()]:
    try:
        call()
    except TypeError as err:
        print("TypeError:", err)
def g(x, /, **kw):
    return x, sorted(kw.items())
print(g(1, x=2))
def counter(n=[]):
    n.append(len(n))
    return n
print(counter(), counter(), counter([9]))
calls = []
def default_value():
    calls.append(1)
    return 10
def h(v=default_value()):
    return v
print(h(), h(), h(3), len(calls))
def outer(*args, **kwargs):
    return inner(*args, **kwargs)
def inner(a, b=2, *rest, key=None, **more):
    return a, b, rest, key, sorted(more.items())
print(outer(1))
print(outer(1, 2, 3, 4, key="k", z=26, y=25))
print(outer(*[1, 2], **{"key": 3}))
args = (1, 2)
kwargs = {"key": "v"}
print(inner(*args, 5, *args, **kwargs, extra=1))
try:
    inner(1, **{"a": 2})
except TypeError as err:
    print("TypeError:", err)
try:
    inner(**{"key": 1}, **{"key": 2})
except TypeError as err:
    print("TypeError:", err)
def kwonly(*, a, b):
    return a - b
print(kwonly(b=1, a=5))
try:
    kwonly(1, 2)
except TypeError as err:
    print("TypeError:", err)
try:
    kwonly()
except TypeError as err:
    print("TypeError:", err)
def po(a, b=2, /):
    return a + b
print(po(1), po(1, 5))
try:
    po(a=1)
except TypeError as err:
    print("TypeError:", err)
lam = lambda a, /, b=1, *c, d, **e: (a, b, c, d, e)
print(lam(1, d=4), lam(1, 2, 3, d=4, z=5))
print(f.__defaults__, f.__kwdefaults__, g.__defaults__, g.__kwdefaults__, po.__defaults__)
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount, f.__code__.co_name)
