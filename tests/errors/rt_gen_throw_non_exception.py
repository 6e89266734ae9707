# Throwing something that is not an exception into a generator.
def gen():
    yield 1

g = gen()
next(g)
g.throw("not an exception")
