# keyword argument repeated.
f(a=1, a=2)
