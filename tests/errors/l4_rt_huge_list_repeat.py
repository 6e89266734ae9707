# [0] * 10**12 cannot be allocated.
print('start')
x = [0] * 10**12
