# A generator that yields after GeneratorExit.
def g():
    try:
        yield 1
    except GeneratorExit:
        yield 2
x = g()
next(x)
x.close()
