# Two distinct self-referencing lists compared with ==.
a = []
a.append(a)
b = []
b.append(b)
print(a)
print(a == a)
print(a == b)
