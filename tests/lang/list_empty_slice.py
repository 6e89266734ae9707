# Slices of empty lists (a null item array: once undefined behaviour under UBSan).
empty = []
print(empty[0:], empty[-1:], empty[:], empty[::2], empty[::-1], empty[5:10])
print([1, 2][5:], [1, 2][2:], "".splitlines()[-1:], list(range(0))[1:3])
copy = empty[:]
copy.append(1)
print(copy, empty)
