# del of names, subscripts, slices; effects on scope.
a = 1
b = [1, 2, 3]
del a
try:
    print(a)
except NameError as e:
    print("NameError:", e)
c = b
del b
print(c)
x, y, z = 1, 2, 3
del x, y
print(z, 'x' in globals(), 'z' in globals())
# del subscripts
d = {'k1': 1, 'k2': 2, 'k3': 3}
del d['k2']
print(d)
lst = list(range(10))
del lst[0], lst[-1]
print(lst)
del lst[2:5]
print(lst)
del lst[-2:]
print(lst)
del lst[:]
print(lst)
nested = {'a': [1, {'b': 2, 'c': 3}]}
del nested['a'][1]['b']
print(nested)
del nested['a'][0]
print(nested)
# del in functions makes the name unbound
def f():
    v = 10
    del v
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
def g():
    v = 1
    del v
    v = 2
    return v
print(g())
# del global from function
gv = 'global value'
def kill():
    global gv
    del gv
kill()
print('gv' in globals())
# del then rebind in loop
for i in range(3):
    tmp = i * 2
    del tmp
print('tmp' in globals(), i)
# errors
try:
    del d['missing']
except KeyError as e:
    print("KeyError:", e)
try:
    del lst[5]
except IndexError as e:
    print("IndexError:", e)
try:
    del undefined_name_here
except NameError as e:
    print("NameError:", e)
# del tuple of targets with nesting
p, q, r = [1], [2], [3]
del (p, [q, r])
print('p' in globals(), 'q' in globals(), 'r' in globals())
# deleting slices outside range is fine
s = [1, 2, 3]
del s[10:20]
del s[-100:1]
print(s)
