# repr of a 100,000-deep nested dict.
d = {}
cur = d
for i in range(100000):
    nxt = {}
    cur['k'] = nxt
    cur = nxt
print('built')
print(d)
