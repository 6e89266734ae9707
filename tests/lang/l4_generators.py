# Generators: yield, send/throw/close, generator expressions, return values, PEP 479, re-entry.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(4)), sum(count(101)), type(count(1)).__name__)
g = count(2)
print(next(g), next(g), next(g, 'end'))

def echo():
    received = []
    while True:
        try:
            v = yield len(received)
        except ValueError as e:
            received.append('caught ' + str(e))
            continue
        except GeneratorExit:
            print('closing with', received)
            raise
        if v is None:
            break
        received.append(v)
    return received
e = echo()
print(e.send(None), e.send('a'), e.send('b'), e.throw(ValueError('boom')), e.send('c'))
e.close()
e.close()
try:
    e.send('x')
except StopIteration as s:
    print('StopIteration', s.value)

e2 = echo()
next(e2)
e2.send(1)
try:
    e2.send(None)
except StopIteration as s:
    print('returned', s.value, s.args)

g3 = count(3)
try:
    g3.send(5)
except TypeError as ex:
    print('TypeError:', ex)

def gen_ret():
    yield 1
    return 'done'
r = gen_ret()
next(r)
try:
    next(r)
except StopIteration as s:
    print('value', s.value)

# throw into a fresh generator, and uncaught throw
def simple():
    yield 1
    yield 2
s1 = simple()
try:
    s1.throw(KeyError('k'))
except KeyError as ex:
    print('KeyError', ex)
print(next(s1, 'exhausted'))
s2 = simple()
next(s2)
try:
    s2.throw(RuntimeError, 'msg-as-arg')
except RuntimeError as ex:
    print('RuntimeError', ex)

# close runs finally; yielding in finally on close -> RuntimeError
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
wf = with_finally()
next(wf)
wf.close()
print('after close')
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 'no'
st = stubborn()
next(st)
try:
    st.close()
except RuntimeError as ex:
    print('RuntimeError:', ex)

# PEP 479: StopIteration inside a generator becomes RuntimeError
def leaky():
    yield 1
    raise StopIteration('inner')
try:
    list(leaky())
except RuntimeError as ex:
    print('RuntimeError:', ex, type(ex.__cause__).__name__)
def leaky_next():
    it = iter([])
    yield next(it)
try:
    next(leaky_next())
except RuntimeError as ex:
    print('RuntimeError:', ex)

# generator already executing
def reentrant():
    yield me_gen.send(None)
me_gen = reentrant()
try:
    next(me_gen)
except ValueError as ex:
    print('ValueError:', ex)

# generator states
def states():
    yield 1
gs = states()
print(gs.gi_running, gs.gi_frame is not None)
next(gs)
next(gs, None)
print(gs.gi_frame)

# generator expressions: laziness, first iterable evaluated eagerly
def src():
    print('src called')
    return [1, 2, 3]
ge = (x * 10 for x in src())
print('created')
print(list(ge), list(ge))
try:
    (x for x in 5)
except TypeError as ex:
    print('TypeError:', ex)
print(sum(x * x for x in range(10)), max((len(w), w) for w in 'a bbb cc'.split()))
print(list((i, j) for i in range(3) for j in range(i) if (i + j) % 2))
print(sorted((c for c in 'hello'), reverse=True), ''.join(c.upper() for c in 'abc'))

# infinite generator with islice-like consumption
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def take(k, it):
    out = []
    for v in it:
        if len(out) >= k:
            break
        out.append(v)
    return out
print(take(5, naturals()), take(3, (n * n for n in naturals() if n % 2)))

# generator that is a method, with state on self
class Tree:
    def __init__(self, v, *kids):
        self.v, self.kids = v, kids
    def walk(self, depth=0):
        yield depth, self.v
        for k in self.kids:
            yield from k.walk(depth + 1)
t = Tree('a', Tree('b', Tree('d')), Tree('c'))
print(list(t.walk()))

# generators with local state, pipelines
def read(lines):
    for ln in lines:
        yield ln
def strip_comments(lines):
    for ln in lines:
        if not ln.startswith('#'):
            yield ln.strip()
def numbers(lines):
    for ln in lines:
        if ln:
            yield int(ln)
print(sum(numbers(strip_comments(read(['1', '# c', ' 2 ', '', '39'])))))

# yield as an expression in various positions
def exprs():
    x = yield
    y = (yield x) + 1
    z = [(yield y), (yield)]
    yield z
ex = exprs()
print(next(ex), ex.send(1), ex.send(10), ex.send('p'), ex.send('q'))

# a generator function's name and qualname
print(count.__name__, count(1).__name__, count(1).__qualname__, Tree.walk.__qualname__)

# unpacking and builtins with generators
a, b, *c = count(5)
print(a, b, c, dict((k, k * 2) for k in count(3)), set(count(3)) == {0, 1, 2})
print(list(zip(count(3), 'xyz')), list(enumerate(count(2), 1)), any(x > 3 for x in count(5)))
print(3 in count(5), 7 in count(5))
