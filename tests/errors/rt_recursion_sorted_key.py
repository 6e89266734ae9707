def key(v):
    return sorted([v, v], key=key)

key(1)
