# Unbounded recursion through nested generators (yield from).
def g():
    yield from g()
next(g())
