# positional-only argument passed by keyword.
def f(a, /):
    pass
f(a=1)
