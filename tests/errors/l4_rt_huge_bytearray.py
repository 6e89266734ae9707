# bytearray(2**62) cannot be allocated.
print('start')
x = bytearray(2**62)
