# def: positional, defaults, keywords, *args, **kwargs, keyword-only, positional-only.
def add(a, b):
    return a + b
print(add(1, 2), add(b=1, a=2), add(1, b=5), add("x", "y"))

def defaults(a, b=10, c="c"):
    return (a, b, c)
print(defaults(1), defaults(1, 2), defaults(1, 2, 3), defaults(1, c=9), defaults(a=0))

# default evaluated once, at definition time
counter = 5
def snap(x=counter):
    return x
counter = 99
print(snap())
def acc(item, bucket=[]):
    bucket.append(item)
    return bucket
print(acc(1), acc(2), acc(3, []), acc(4))

def star(*args):
    return args
print(star(), star(1), star(1, 2, 3), type(star()))

def kw(**kwargs):
    return kwargs
print(kw(), kw(a=1), kw(b=2, a=1), type(kw()))

def mixed(a, b=2, *args, c, d=4, **kwargs):
    return [a, b, args, c, d, kwargs]
print(mixed(1, c=3))
print(mixed(1, 5, 6, 7, c=3, e=5, f=6))
print(mixed(c=1, a=2))

def kwonly(*, x, y=2):
    return x * 10 + y
print(kwonly(x=1), kwonly(y=5, x=3))

def posonly(a, b, /, c, *, d):
    return a, b, c, d
print(posonly(1, 2, 3, d=4), posonly(1, 2, c=3, d=4))

def posonly_defaults(a, b=2, /, c=3):
    return a + b + c
print(posonly_defaults(1), posonly_defaults(1, 1), posonly_defaults(1, 1, 1), posonly_defaults(1, c=0))

# positional-only name may also appear in **kwargs
def po_kwargs(a, /, **kw):
    return a, kw
print(po_kwargs(1, a=2))

# call-site unpacking
def three(a, b, c):
    return a * 100 + b * 10 + c
args = [1, 2, 3]
print(three(*args))
print(three(*[1], *(2, 3)))
print(three(**{'a': 4, 'b': 5, 'c': 6}))
print(three(1, **{'c': 3, 'b': 2}))
print(three(*(7,), c=9, **{'b': 8}))
print(star(*"abc"), star(*range(3), 99))
print(kw(**{'x': 1}, y=2))

# return values
def none_return():
    return
def implicit_none():
    x = 1
def multi():
    return 1, 'two', [3]
print(none_return(), implicit_none(), multi())
a, b, c = multi()
print(a, b, c)

# early return in loops
def first_negative(xs):
    for x in xs:
        if x < 0:
            return x
    return None
print(first_negative([1, 2, -3, -4]), first_negative([1]))

# recursion
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(0), fact(5), fact(20), fact(30))
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])
# mutual recursion
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))

# functions are first-class
def apply(fn, *a, **k):
    return fn(*a, **k)
print(apply(add, 2, 3), apply(defaults, 1, c='k'), apply(max, [3, 1, 2]))
ops = {'+': add, 'mul': lambda x, y: x * y}
print(ops['+'](4, 5), ops['mul'](4, 5))
fns = [fact, fib, abs]
print([fn(6) for fn in fns])

# lambdas
sq = lambda x: x * x
print(sq(7), (lambda: 'no args')(), (lambda *a: len(a))(1, 2, 3))
print((lambda a, b=3, *, c=4: a + b + c)(1), (lambda **k: sorted(k))(z=1, a=2))
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(sq, lambda x: x + 1)
print(inc_then_sq(3))

# nested function definitions
def outer(x):
    def inner(y):
        return x + y
    return inner(10) * 2
print(outer(1))

# function attributes via getattr/setattr/hasattr
def tagged():
    return 1
print(tagged.__name__, hasattr(tagged, 'tag'))
setattr(tagged, 'tag', 'v1')
print(getattr(tagged, 'tag'), hasattr(tagged, 'tag'), getattr(tagged, 'missing', 'dflt'))
tagged.tag = 'v2'
print(tagged.tag)
print(callable(tagged), callable(sq), callable(len), callable(5), callable('x'))

# keyword argument order in kwargs preserved
def order(**kw):
    return list(kw.items())
print(order(z=1, y=2, x=3))
# defaults referencing earlier globals and expressions
def expr_default(a, b=len("four") * 2, c=None):
    if c is None:
        c = []
    c.append(a + b)
    return c
print(expr_default(1), expr_default(2), expr_default(3, 1, [0]))
# many arguments
def many(a, b, c, d, e, f, g, h, i, j):
    return a + b + c + d + e + f + g + h + i + j
print(many(*range(10)), many(1, 2, 3, 4, 5, j=10, i=9, h=8, g=7, f=6))
print(star(*range(300))[-1], len(star(*range(300))))
