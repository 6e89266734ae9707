# Two distinct self-referencing dicts compared with ==.
a = {}
a['k'] = a
b = {}
b['k'] = b
print(a)
print(a == b)
