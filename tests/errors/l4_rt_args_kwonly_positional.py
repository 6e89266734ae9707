# keyword-only argument given positionally.
def f(a, *, key):
    pass
f(1, 2)
