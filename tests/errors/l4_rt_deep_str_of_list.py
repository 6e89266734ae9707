# str() of a deeply nested list via an object with __repr__ in it.
class X:
    def __repr__(self):
        return 'X'
v = [X()]
for i in range(100000):
    v = [v]
print('built')
s = str(v)
