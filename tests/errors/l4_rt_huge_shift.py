# 1 << 10**12 needs a 125 GB integer.
x = 1 << 10**12
