# non-hex digit in bytes.fromhex
print(bytes.fromhex("12 3g"))
