# yield from: delegation of values, send, throw, close and the return value.
def inner():
    x = yield 1
    print("inner got", x)
    y = yield 2
    print("inner got", y)
    return "inner-result"

def outer():
    r = yield from inner()
    print("outer got result", r)
    yield 3
    return "outer-result"

o = outer()
print(next(o))
print(o.send("a"))
print(o.send("b"))
try:
    o.send("c")
except StopIteration as e:
    print("stop", e.value)

def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * x for x in range(3)))))

def catching():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield "recovered"
    return "r"

def deleg():
    v = yield from catching()
    print("deleg result", v)
    yield "after"

d = deleg()
print(next(d))
print(d.throw(ValueError("t")))
print(next(d))

def inner_close():
    try:
        yield 1
    finally:
        print("inner closed")

def outer_close():
    try:
        yield from inner_close()
    finally:
        print("outer closed")

oc = outer_close()
next(oc)
oc.close()

def uncaught():
    yield from catching()

u = uncaught()
next(u)
try:
    u.throw(KeyError("kk"))
except KeyError as e:
    print("KeyError through", e)

def flat(x):
    if isinstance(x, list):
        for y in x:
            yield from flat(y)
    else:
        yield x
print(list(flat([1, [2, [3, [4, 5]], 6], [[7]]])))

def returns_only():
    return 10
    yield

def take():
    v = yield from returns_only()
    yield v
print(list(take()))

def from_iter():
    r = yield from iter([1, 2])
    yield r
print(list(from_iter()))

def deep(n):
    if n == 0:
        return 0
    r = yield from deep(n - 1)
    yield n
    return r + n
def run_deep():
    total = yield from deep(50)
    yield "total", total
print(list(run_deep())[-1])

def stop_in_inner():
    yield from stop_raiser()

def stop_raiser():
    yield 1
    raise StopIteration

try:
    list(stop_in_inner())
except RuntimeError as e:
    print("RuntimeError:", e)
