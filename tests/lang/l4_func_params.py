# Functions: positional-only, keyword-only, defaults evaluated once, *args/**kwargs forwarding, error messages.
def f(a, b, /, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)
print(f(1, 2, 3, e=5), f(1, 2, c=3, d=0, e=5, f=7), f(*[1, 2, 3], **{'e': 9}))
for call in (lambda: f(a=1, b=2, c=3, e=5), lambda: f(1, 2, 3, 4, 5, e=1), lambda: f(1, 2, 3),
             lambda: f(1, 2, 3, e=1, g=2), lambda: f(1, 2, 3, c=3, e=1), lambda: f(1)):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)

def pos_only_kwargs(a, /, **kw):
    return a, kw
print(pos_only_kwargs(1, a=2))

def kwonly(*, x, y=2):
    return x + y
print(kwonly(x=1), kwonly(y=5, x=1))
try:
    kwonly(1)
except TypeError as e:
    print('TypeError:', e)
try:
    kwonly()
except TypeError as e:
    print('TypeError:', e)

def varargs(*args, **kwargs):
    return args, kwargs
print(varargs(), varargs(1, 2, k=3), varargs(*'ab', *[1], **{'x': 1}, y=2))
try:
    varargs(**{'x': 1}, x=2)
except TypeError as e:
    print('TypeError:', e)
try:
    varargs(**{1: 2})
except TypeError as e:
    print('TypeError:', e)
try:
    varargs(*5)
except TypeError as e:
    print('TypeError:', e)
try:
    varargs(**[1])
except TypeError as e:
    print('TypeError:', e)

def forward(*args, **kwargs):
    return f(*args, **kwargs)
print(forward(1, 2, 3, e=0))

# defaults evaluated once, at definition time
calls = []
def make_default():
    calls.append('made')
    return []
def append_to(x, acc=make_default()):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []), calls)
n = 10
def uses_n(v=n):
    return v
n = 20
print(uses_n(), append_to.__defaults__, uses_n.__defaults__)
def kwd(*, k=[1]):
    return k
print(kwd.__kwdefaults__, f.__kwdefaults__, f.__defaults__, varargs.__defaults__)
uses_n.__defaults__ = (99,)
print(uses_n())

# argument count messages
def two(a, b):
    pass
def opt(a, b=1):
    pass
for call in (lambda: two(), lambda: two(1), lambda: two(1, 2, 3), lambda: opt(), lambda: opt(1, 2, 3),
             lambda: two(1, a=1), lambda: two(c=1, a=1, b=2), lambda: opt(1, 2, b=3)):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
class K:
    def m(self, x):
        pass
for call in (lambda: K().m(), lambda: K().m(1, 2), lambda: K.m(), lambda: K().m(y=1)):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)

def three(a, b, c):
    pass
try:
    three(1)
except TypeError as e:
    print('TypeError:', e)
def kw3(*, a, b, c):
    pass
try:
    kw3()
except TypeError as e:
    print('TypeError:', e)

# keyword argument order and dict ordering of **kwargs
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3), order(**{'b': 1}, a=2))

# lambda with all parameter kinds
lam = lambda a, /, b=2, *c, d, e=5, **f: (a, b, c, d, e, f)
print(lam(1, d=4), lam(1, 2, 3, 4, d=0, g=7))

# unpacking in calls and literal displays
print(*[1, 2], *(3,), sep='-')
print([*range(3), *'ab'], {**{'a': 1}, 'b': 2, **{'a': 3}}, (*[1], 2))

# recursion with default argument memo
def fib(n, memo={}):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(80), len(fib.__defaults__[0]))

# builtin argument messages
for call in (lambda: len(), lambda: len(1, 2), lambda: abs(), lambda: divmod(1), lambda: isinstance(1),
             lambda: sorted([], 1), lambda: print(foo=1), lambda: int('1', base=2, x=1), lambda: max(), lambda: min([])):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
