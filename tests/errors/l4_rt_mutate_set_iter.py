# Adding to a set while iterating over it.
s = {1, 2, 3}
for x in s:
    s.add(x * 100)
