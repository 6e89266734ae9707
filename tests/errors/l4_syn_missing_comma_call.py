# two expressions in a call without comma.
print(1 2)
