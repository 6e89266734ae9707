# 10 ** 10 ** 10 needs a 4 GB integer: CPython grinds for minutes, Sparrow must raise MemoryError.
x = 10 ** 10 ** 10
print('never')
