# finally with return/break/continue; with statements: several items, suppression, __exit__ arguments, order.
def ret_in_finally():
    try:
        return 'try'
    finally:
        return 'finally'
def swallow():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
def finally_sees_return():
    x = []
    try:
        x.append(1)
        return x
    finally:
        x.append(2)
print(ret_in_finally(), swallow(), finally_sees_return())

def loop_break():
    out = []
    for i in range(5):
        try:
            if i == 2:
                raise KeyError(i)
            out.append(i)
        finally:
            if i == 2:
                break
    return out
def loop_continue():
    out = []
    for i in range(4):
        try:
            raise ValueError(i)
        finally:
            out.append(i)
            continue
    return out
def while_finally():
    n = 0
    log = []
    while True:
        try:
            n += 1
            if n > 3:
                return log
        finally:
            log.append(n)
print(loop_break(), loop_continue(), while_finally())

def nested_finally():
    log = []
    try:
        try:
            log.append('inner try')
            return log
        finally:
            log.append('inner finally')
    finally:
        log.append('outer finally')
print(nested_finally())

def break_in_try_with_finally():
    log = []
    for i in range(3):
        try:
            if i == 1:
                break
            log.append(i)
        finally:
            log.append('f%d' % i)
    return log
print(break_in_try_with_finally())

class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress

with CM('a') as a, CM('b') as b:
    print('body', a, b)
with CM('outer', suppress=True), CM('inner'):
    raise ValueError('boom')
print('after suppressed')
try:
    with CM('x'), CM('y', suppress=True), CM('z'):
        raise KeyError('k')
    print('continued after y suppressed')
except KeyError:
    print('not reached')
try:
    with CM('only'):
        raise IndexError('through')
except IndexError as e:
    print('propagated', e)

# __enter__ failing: __exit__ of that manager not called, outer managers are
class FailEnter:
    def __enter__(self):
        raise RuntimeError('enter failed')
    def __exit__(self, *a):
        print('never')
try:
    with CM('first'), FailEnter():
        print('never body')
except RuntimeError as e:
    print('RuntimeError:', e)

# with without as, with target unpacking, return inside with
class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        print('pair exit')
with Pair() as (p, q):
    print(p + q)
def ret_from_with():
    with CM('r'):
        return 'returned'
print(ret_from_with())
def break_from_with():
    for i in range(3):
        with CM('loop%d' % i):
            if i == 1:
                break
    return i
print(break_from_with())

# truthy non-bool return from __exit__ suppresses
class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return 1
with Truthy():
    1 / 0
print('truthy suppressed')

# not a context manager
class NoCM:
    pass
try:
    with NoCM():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ':', e)
class OnlyEnter:
    def __enter__(self):
        return self
try:
    with OnlyEnter():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ':', e)

# exception inside __exit__ replaces the original, with context
class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise ValueError('exit failed')
try:
    with BadExit():
        raise KeyError('orig')
except ValueError as e:
    print(e, repr(e.__context__))

# parenthesized with items (3.10+)
with (CM('p1') as x1,
      CM('p2') as x2):
    print(x1, x2)

# a context manager class used for timing-like bookkeeping
class Recorder:
    depth = 0
    def __enter__(self):
        Recorder.depth += 1
        return Recorder.depth
    def __exit__(self, et, ev, tb):
        Recorder.depth -= 1
        return False
with Recorder() as d1:
    with Recorder() as d2:
        print('depths', d1, d2, Recorder.depth)
print('depth after', Recorder.depth)

# with and generators: context manager via generator-based class
class closing_gen:
    def __init__(self, g):
        self.g = g
    def __enter__(self):
        return self.g
    def __exit__(self, *a):
        self.g.close()
def numbers():
    try:
        yield 1
        yield 2
    finally:
        print('gen closed')
with closing_gen(numbers()) as g:
    print(next(g))
print('done')
