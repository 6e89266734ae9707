# == on two equal 100,000-deep nested tuples.
a = (1,)
b = (1,)
for i in range(100000):
    a = (a,)
    b = (b,)
print('built')
print(a == b)
