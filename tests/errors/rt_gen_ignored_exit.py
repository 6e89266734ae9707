# A generator that yields again after GeneratorExit: close() raises RuntimeError.
def gen():
    while True:
        try:
            yield 1
        except GeneratorExit:
            pass

g = gen()
next(g)
g.close()
