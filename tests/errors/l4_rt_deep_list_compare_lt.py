# < on two 100,000-deep nested lists.
a = [1]
b = [2]
for i in range(100000):
    a = [a]
    b = [b]
print('built')
print(a < b)
