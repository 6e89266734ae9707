# generator function called with a missing argument.
def g(n):
    yield n
g()
