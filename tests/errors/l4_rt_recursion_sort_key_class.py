# Unbounded recursion through a sort key that sorts again.
def key(v):
    return sorted([v, v], key=key)
sorted([1, 2], key=key)
