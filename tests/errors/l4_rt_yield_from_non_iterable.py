# yield from a non-iterable.
def g():
    yield from 42
list(g())
