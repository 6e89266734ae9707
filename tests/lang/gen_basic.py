# Generators: yield, send, return values, StopIteration, state attributes.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1

print(list(count(5)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.args, e.value)

def echo():
    got = yield "ready"
    while True:
        got = yield "got " + repr(got)

e = echo()
print(e.send(None))
print(e.send(1))
print(e.send("x"))
print(next(e))

def ret():
    yield 1
    return 42

r = ret()
print(next(r))
try:
    next(r)
except StopIteration as ex:
    print("returned", ex.value, ex.args)
try:
    next(r)
except StopIteration as ex:
    print("again", ex.args)

def noret():
    yield 1

n = noret()
next(n)
try:
    n.send(5)
except StopIteration as ex:
    print("none", ex.args, ex.value)

fresh = count(3)
try:
    fresh.send(1)
except TypeError as ex:
    print("TypeError:", ex)

g = count(3)
print(g.gi_running, type(g).__name__, g.__name__)
print(iter(g) is g)
print(sum(count(101)))
print(list(zip(count(3), "abc")))
a, b, c = count(3)
print(a, b, c)
first, *rest = count(5)
print(first, rest)
print(3 in count(5), 9 in count(5))
print(sorted(count(4), reverse=True))
print(dict(zip(count(3), count(3))))
print(max(count(7)), min(count(7)))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

out = []
for x in fib():
    if x > 100:
        break
    out.append(x)
print(out)

# closures and generators
def make(step):
    def gen(n):
        for i in range(n):
            yield i * step
    return gen
print(list(make(3)(4)))

# generator with try/finally and exceptions inside
def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")

for v in guarded():
    print("v", v)

def raiser():
    yield 1
    raise ValueError("inside")

try:
    for v in raiser():
        print("got", v)
except ValueError as ex:
    print("caught", ex)

# lambda generator
lg = (lambda: (yield 7))()
print(next(lg))

# recursion through generators
def tree(n):
    if n == 0:
        yield 0
        return
    for x in tree(n - 1):
        yield x
    yield n
print(list(tree(4)))
