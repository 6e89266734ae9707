# a bad byteorder for int.from_bytes
print(int.from_bytes(b"\x01", "middle"))
