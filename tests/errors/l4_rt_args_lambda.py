# lambda called with too many arguments.
f = lambda x: x
f(1, 2)
