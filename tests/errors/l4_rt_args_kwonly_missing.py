# missing keyword-only argument.
def f(*, key):
    pass
f()
