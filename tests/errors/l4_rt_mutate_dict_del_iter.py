# Deleting keys from a dict while iterating over its items.
d = {1: 1, 2: 2, 3: 3}
for k, v in d.items():
    del d[k]
