import sys as _sys
alpha2 = 10
_private2 = 20
def fn2():
    return "fn2"
