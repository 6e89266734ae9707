# repeating a bytearray past memory is a MemoryError
b = bytearray(b"ab") * 10**15
