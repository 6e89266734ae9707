# Deep generator delegation: yield from chains as deep as CPython allows.
def ok(n):
    if n:
        yield from ok(n - 1)
    yield n
for n in (400, 700, 900, 990):
    try:
        print(n, sum(ok(n)))
    except RecursionError:
        print(n, "RecursionError")
