# StopIteration escaping a generator becomes RuntimeError (PEP 479).
def g():
    yield 1
    next(iter([]))
list(g())
