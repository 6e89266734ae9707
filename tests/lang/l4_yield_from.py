# yield from: delegation of next/send/throw/close, the return value, delegating to iterables and iterators.
def inner():
    got = []
    try:
        while True:
            v = yield len(got)
            if v == 'stop':
                return got
            got.append(v)
    except KeyError as e:
        print('inner caught', e)
        yield 'recovered'
        return 'after-throw'
    finally:
        print('inner finally')

def outer():
    result = yield from inner()
    print('outer got', result)
    yield 'outer-done'
    return result

g = outer()
print(next(g), g.send('a'), g.send('b'))
print(g.send('stop'))
try:
    next(g)
except StopIteration as s:
    print('final', s.value)

g = outer()
next(g)
print(g.throw(KeyError('k1')))
print(next(g))

# close propagates to the inner generator
g = outer()
next(g)
g.send(1)
g.close()
print('closed')

# throw of an exception the inner generator does not handle propagates out
g = outer()
next(g)
try:
    g.throw(ValueError('unhandled'))
except ValueError as e:
    print('outer saw', e)
print(next(g, 'exhausted'))

# yield from plain iterables
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], 'ab', range(2), (x for x in [9]), {'k': 0})))

# yield from an iterator class: send requires a send method
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration('it-ret')
        return self.n
def deleg():
    r = yield from It()
    yield r
print(list(deleg()))
d = deleg()
next(d)
try:
    d.send('x')
except AttributeError as e:
    print('AttributeError:', e)

# recursive delegation (tree flattening)
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, [5]]]], 6, [[7]]])))

# return value of yield from with nested levels
def level(n):
    if n == 0:
        return 0
    yield n
    sub = yield from level(n - 1)
    return sub + n
def top():
    total = yield from level(4)
    yield ('total', total)
print(list(top()))

# send values through two levels
def accumulate():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
def manager(results):
    while True:
        r = yield from accumulate()
        results.append(r)
results = []
m = manager(results)
next(m)
for v in [1, 2, 3, None, 10, 20, None]:
    m.send(v)
print(results)

# yield from a generator that raises StopIteration-like via return in a try
def gen_with_return_in_finally():
    try:
        yield 1
    finally:
        return 'from finally'
def wrap():
    v = yield from gen_with_return_in_finally()
    yield v
print(list(wrap()))

# throw with a GeneratorExit into delegating generator
def inner2():
    try:
        yield 1
    except GeneratorExit:
        print('inner2 GeneratorExit')
        raise
def outer2():
    try:
        yield from inner2()
    except GeneratorExit:
        print('outer2 GeneratorExit')
        raise
o2 = outer2()
next(o2)
o2.close()

# yield from an exhausted generator returns immediately
def empty():
    return 'empty-ret'
    yield
def use_empty():
    r = yield from empty()
    yield r
print(list(use_empty()))
try:
    def bad():
        yield from 5
    list(bad())
except TypeError as e:
    print('TypeError:', e)
