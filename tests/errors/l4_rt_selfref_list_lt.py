# Ordering comparison of self-referencing lists.
a = [1]
a.append(a)
b = [1]
b.append(b)
print(a < b)
