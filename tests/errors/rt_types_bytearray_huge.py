# bytearray of an absurd size is a MemoryError, quickly
b = bytearray(2**62)
