# *args of a non-iterable.
def f(*a):
    pass
f(*None)
