# Mutating a list while it is being sorted.
x = [3, 1, 2]
def key(v):
    x.append(v)
    return v
x.sort(key=key)
