# List operations and methods.
l = [3, 1, 4]
l.append(1); print(l)
l.extend([5, 9]); print(l)
l.extend("ab"); print(l)
l.extend(range(2)); print(l)
l.insert(0, 'first'); print(l)
l.insert(-1, 'before-last'); print(l)
l.insert(100, 'end'); print(l)
l.insert(-100, 'start'); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l.pop(3), l)
l.remove(1); print(l)
l.remove('a'); print(l)
print(l.index(5), l.index(1), l.count(1), l.count('zz'), l.index(5, 2), l.index(9, 0, 10))
l.reverse(); print(l)
c = l.copy()
c.append('copy-only')
print(l, c, c is l)
l.clear(); print(l, len(l))
# sort
nums = [5, 2, 9, 1, 5, 6]
nums.sort(); print(nums)
nums.sort(reverse=True); print(nums)
strs = ['bb', 'a', 'ccc', 'dd']
strs.sort(key=len); print(strs)
# slicing incl. negative steps
s = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[:-7], s[::2], s[1::3], s[::-1], s[8:2:-2], s[-1:-4:-1], s[5:5], s[20:], s[:], s[::-3])
print(s[3::-1], s[:3:-1], s[-2::-2], s[2:-2:3])
# slice copies are shallow
nested = [[1], [2]]
cp = nested[:]
cp[0].append('shared')
cp.append([3])
print(nested, cp)
# slice assignment (no step)
s = list(range(8))
s[1:3] = ['a', 'b', 'c', 'd']; print(s)
s[5:] = []; print(s)
s[:0] = [-2, -1]; print(s)
s[len(s):] = [99]; print(s)
s[2:4] = (7, 8); print(s)
s[-3:-1] = 'xy'; print(s)
s[3:1] = ['between']; print(s)
# del
s = list(range(10))
del s[0]; print(s)
del s[-1]; print(s)
del s[2:4]; print(s)
del s[:]; print(s)
s = list(range(10))
del s[-3:]; print(s)
del s[1:3]; print(s)
# concatenation, repetition, comparison
print([1, 2] + [3], [0] * 3, 3 * ['x'], [[]] * 2, [1, 2] * 0, [1] + [], [] + [])
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9, 9], [] < [1], [1, [2]] == [1, [2]])
# repetition creates shared references
grid = [[0] * 2] * 2
grid[0][0] = 'X'
print(grid)
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = 'X'
print(grid)
# nested repr
print([1, [2, [3, [4, []]]], (5, [6]), {'k': [7]}, 'str', None, True, 1.5])
# membership, len, min, max, sum
m = [4, 8, 15, 16, 23, 42]
print(15 in m, 14 in m, len(m), min(m), max(m), sum(m))
# list mutation during iteration with index
m = [1, 2, 3, 4, 5, 6]
i = 0
while i < len(m):
    if m[i] % 2 == 0:
        del m[i]
    else:
        i += 1
print(m)
# list as stack and queue
stack = []
for v in range(5):
    stack.append(v)
print(stack.pop(), stack.pop(), stack)
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
# self-reference via append (don't print recursive list)
selfref = [1]
selfref.append(selfref)
print(len(selfref), selfref[1] is selfref, selfref[1][1][0])
# list() of other iterables
print(list("hey"), list((1, 2)), list({'a': 1, 'b': 2}), list(range(3)), list(map(str, [1])), list([1, 2]) == [1, 2])
# index assignment
z = [0] * 5
z[0] = 'a'; z[-1] = 'e'; z[2] = [1, 2]
print(z)
# errors
for thunk in [lambda: [1].index(2), lambda: [].pop(), lambda: [1, 2].remove(3), lambda: [1][1]]:
    try:
        thunk()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
# list equality vs identity
a = [1, 2, 3]
b = [1, 2, 3]
print(a == b, a is b)
b.append(4)
print(a == b, a, b)
# extending with itself
a.extend(a)
print(a)
a += a[:2]
print(a)
# count/index with mixed numeric types
print([1, 1.0, True, 'a'].count(1), [0, False, 0.0].index(False), [1.5, 2].index(2.0))
