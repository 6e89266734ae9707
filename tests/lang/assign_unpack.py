# Tuple/list unpacking, starred, nested, subscripts and slices as targets.
a, b = 1, 2
print(a, b)
(a, b) = (b, a)
print(a, b)
[c, d] = [3, 4]
print(c, d)
e, f = "xy"
print(e, f)
g, h, i = range(3)
print(g, h, i)
j, k = {'one': 1, 'two': 2}
print(j, k)
# starred
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = [1, 2, 3, 4]
print(init, last)
a, *mid, z = [1, 2, 3, 4, 5]
print(a, mid, z)
a, *mid, z = [1, 2]
print(a, mid, z)
*allof, = (7, 8, 9)
print(allof)
[*xs] = "abc"
print(xs)
a, b, *c = range(10)
print(a, b, c)
*a, b, c = (1, 2)
print(a, b, c)
head, *tail = "hello"
print(head, tail)
# starred result is always a list
p, *q = (1, 2, 3)
print(type(q), q)
# nested
(a, b), c = (1, 2), 3
print(a, b, c)
a, (b, (c, d)) = 1, (2, (3, 4))
print(a, b, c, d)
[a, [b, *c]], d = [[1, [2, 3, 4]], 5]
print(a, b, c, d)
for (n, s) in [(1, 'one'), (2, 'two')]:
    print(n, s)
for idx, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(idx, x, y)
for a, *b in [(1, 2, 3), (4,), (5, 6)]:
    print(a, b)
# subscript targets
lst = [0, 0, 0, 0]
lst[0], lst[3] = 'a', 'd'
print(lst)
dct = {}
dct['x'], dct['y'] = 10, 20
print(dct)
# the right side is fully evaluated before assignment
lst = [1, 2, 3]
i = 0
i, lst[i] = 1, 'changed'
print(i, lst)
# swap list elements
lst = [1, 2, 3, 4]
lst[0], lst[-1] = lst[-1], lst[0]
print(lst)
# slice targets
lst = list(range(10))
lst[2:5] = ['a', 'b']
print(lst)
lst[:2] = []
print(lst)
lst[-2:] = [100, 200, 300]
print(lst)
lst[3:3] = ['ins1', 'ins2']
print(lst)
lst[:] = "xyz"
print(lst)
m = [1, 2, 3, 4, 5, 6]
m[1:5], last = ['Q'], 'L'
print(m, last)
# unpacking errors are ValueErrors
try:
    a, b = [1, 2, 3]
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    a, b, c = [1, 2]
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    a, *b, c = [1]
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    a, b = 1
except TypeError as ex:
    print(type(ex).__name__, ex)
# unpacking from generators of values (iterators)
it = iter([10, 20])
u, v = it
print(u, v)
a, b = map(str, [1, 2])
print(repr(a), repr(b))
k1, k2 = sorted({'b': 1, 'a': 2})
print(k1, k2)
# chained with unpacking
x = (p, q) = (1, 2)
print(x, p, q)
# star in a call
print(*[1, 2, 3], sep='-')
