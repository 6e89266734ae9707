# list(range(10**12)) cannot be allocated.
x = list(range(10**12))
