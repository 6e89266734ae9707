# 'x' * 10**12 cannot be allocated.
print('start')
x = 'x' * 10**12
