# an invalid format spec for a float
print(format(1.5, "d"))
