# PEP 479: StopIteration raised inside a generator becomes RuntimeError, chained.
def gen():
    yield 1
    raise StopIteration("early")

for x in gen():
    print(x)
