f = lambda x: sorted([x, x], key=f)
f(1)
