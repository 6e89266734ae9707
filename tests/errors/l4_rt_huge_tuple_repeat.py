# (1,) * 10**12 cannot be allocated.
x = (1,) * 10**12
