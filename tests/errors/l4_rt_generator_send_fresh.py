# Sending a value into a just-started generator.
def g():
    yield 1
g().send(5)
