# / after *.
def f(*, a, /):
    pass
