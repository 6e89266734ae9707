# a malformed complex() string
print(complex("1+2"))
