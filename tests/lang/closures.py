# Closures, nonlocal, global, late binding.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1(), c2(10))

def make_pair():
    value = []
    def push(x):
        value.append(x)
        return len(value)
    def get():
        return list(value)
    return push, get
push, get = make_pair()
push('a'); push('b')
print(get(), push('c'), get())

# late binding in loops
fns = []
for i in range(4):
    fns.append(lambda: i)
print([f() for f in fns])
# capture via default argument
fns = []
for i in range(4):
    fns.append(lambda i=i: i)
print([f() for f in fns])
# capture via factory
def make(i):
    return lambda: i * i
fns = [make(i) for i in range(4)]
print([f() for f in fns])
# comprehension closures also late-bind
fns = [lambda: j for j in range(3)]
print([f() for f in fns])

# closure sees later rebinding of enclosing variable
def outer():
    x = 1
    def show():
        return x
    x = 2
    r1 = show()
    x = 3
    return r1, show()
print(outer())

# nested three levels with nonlocal at different levels
def level1():
    a = 1
    def level2():
        b = 10
        def level3():
            nonlocal a, b
            a += 1
            b += 1
            return a + b
        r = level3()
        return r, b
    r2 = level2()
    return r2, a
print(level1())

# global
total = 0
def add_to_total(n):
    global total
    total += n
    return total
print(add_to_total(5), add_to_total(7), total)
def set_new_global():
    global brand_new
    brand_new = 'created'
set_new_global()
print(brand_new)
# global reading without declaration
LIMIT = 3
def under_limit(x):
    return x < LIMIT
print(under_limit(2), under_limit(5))
LIMIT = 10
print(under_limit(5))
# local shadows global
name = 'global'
def shadow():
    name = 'local'
    return name
print(shadow(), name)

# closures over loop variables in while
def make_adders():
    adders = []
    n = 0
    while n < 3:
        def adder(x, n=n):
            return x + n
        adders.append(adder)
        n += 1
    return adders
print([a(10) for a in make_adders()])

# accumulator generator-like closure
def fib_gen():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        r = a
        a, b = b, a + b
        return r
    return nxt
nf = fib_gen()
print([nf() for _ in range(12)])

# closure cell shared between two inner functions
def shared():
    val = 0
    def inc():
        nonlocal val
        val += 1
    def read():
        return val
    return inc, read
inc, read = shared()
inc(); inc(); inc()
print(read())

# memoize with closure dict
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper
def slow_fib(n):
    return n if n < 2 else mfib(n - 1) + mfib(n - 2)
mfib = memoize(slow_fib)
print(mfib(80), mfib(100))

# lambda closure capturing a parameter
def multiplier(k):
    return lambda x: x * k
double, triple = multiplier(2), multiplier(3)
print(double(21), triple(14), multiplier('ab')(3))

# closure over argument modified after creating closure
def modify_after(x):
    f = lambda: x
    x = x * 2
    return f()
print(modify_after(21))

# nonlocal in a function defined inside a loop body
def loop_nonlocal():
    hits = 0
    for k in range(5):
        def bump():
            nonlocal hits
            hits += k
        bump()
    return hits
print(loop_nonlocal())
