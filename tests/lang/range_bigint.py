# ranges whose bounds do not fit in 64 bits (CPython supports any int).
print(range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20))
print(len(range(0, 10 ** 18, 7)), range(-10 ** 20, 10 ** 20, 10 ** 19)[3])
