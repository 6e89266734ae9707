# Same size but different keys during iteration.
d = {1: 1, 2: 2}
for k in d:
    del d[k]
    d[k + 100] = 0
