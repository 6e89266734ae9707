# bytes(10**12) cannot be allocated.
x = bytes(10**12)
