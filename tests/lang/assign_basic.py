# Simple, chained and augmented assignment.
a = 1
print(a)
a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
# augmented for every operator (ints)
v = 17
v += 3; print(v)
v -= 5; print(v)
v *= 4; print(v)
v //= 7; print(v)
v %= 5; print(v)
v **= 3; print(v)
v <<= 4; print(v)
v >>= 2; print(v)
v &= 0b1111; print(v)
v |= 0b10000; print(v)
v ^= 0b11111; print(v)
v /= 2; print(v)
# floats
f = 2.5
f += 1; print(f)
f *= 2; print(f)
f -= 0.5; print(f)
f /= 4; print(f)
f //= 0.5; print(f)
f %= 1.25; print(f)
f **= 2; print(f)
# strings and lists
s = "ab"
s += "cd"; print(s)
s *= 3; print(s)
l = [1, 2]
m = l
l += [3]          # in-place: m sees it
print(l, m, l is m)
l = l + [4]       # new object
print(l, m, l is m)
l *= 2
print(l)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
# augmented assignment to subscripts and attributes-free targets
d = {'k': 1}
d['k'] += 10
d['new'] = d.get('new', 0) + 1
print(d)
arr = [[0, 0], [0, 0]]
arr[1][0] += 5
arr[0][1] -= 2
arr[-1][-1] **= 2
print(arr)
i = 0
arr2 = [10, 20, 30]
arr2[i] *= 3
arr2[i + 1] //= 3
print(arr2)
# subscript evaluated once in augmented assignment
calls = []
def idx():
    calls.append('idx')
    return 0
arr2[idx()] += 1
print(arr2, calls)
# chained assignment with subscripts, left-to-right target assignment
q = [0, 0, 0]
j = 0
j = q[j] = 2
print(j, q)
n = [1, 2, 3]
n[0] = n[1] = n[2] = 'z'
print(n)
# bool and None
flag = True
flag += 1
print(flag)
z = None
print(z)
z = z or 'default'
print(z)
# swap
p, r = 1, 2
p, r = r, p
print(p, r)
# assignment of large values
big = 10 ** 30
big += 1
print(big)
big -= 10 ** 30
print(big)
# bitwise on negatives
w = -8
w >>= 1; print(w)
w <<= 3; print(w)
w &= 0xff; print(w)
w |= -256; print(w)
w ^= -1; print(w)
