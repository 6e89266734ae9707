# unpacking too few values.
a, b, c = [1, 2]
