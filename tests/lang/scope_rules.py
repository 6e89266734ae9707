# Name resolution: local/global/builtin, shadowing builtins, UnboundLocalError rules.
x = 'global x'
def read_global():
    return x
def local_assign_later():
    try:
        print(x)          # x is local because of the assignment below
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 'local x'
    return x
print(read_global(), local_assign_later(), x)
# shadowing a builtin locally and globally
def shadow_len():
    len = lambda s: 'shadowed'
    return len([1, 2, 3])
print(shadow_len(), len([1, 2, 3]))
max = lambda *a: 'global max shadowed'
print(max(1, 2))
del max
print(max(1, 2))
# a name assigned in a loop body is local to the function
def loop_local():
    for i in range(3):
        last = i
    return last, i
print(loop_local())
# augmented assignment makes a name local
counter = 0
def bad_increment():
    try:
        counter += 1
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(bad_increment())
# global declared in nested function only affects that function
g = 'module'
def outer():
    g = 'outer local'
    def inner():
        global g
        g = 'set by inner'
    inner()
    return g
print(outer(), g)
# nonlocal binds to the nearest enclosing function scope
def a():
    v = 'a'
    def b():
        v = 'b'
        def c():
            nonlocal v
            v = 'changed by c'
        c()
        return v
    return b(), v
print(a())
# parameters are locals
def param_shadow(x):
    x = x + '!'
    return x
print(param_shadow('arg'), x)
# lambda default captures current value, body looks up at call time
y = 1
f1 = lambda: y
f2 = lambda y=y: y
y = 2
print(f1(), f2())
# conditional definition
if True:
    def cond():
        return 'first'
else:
    def cond():
        return 'second'
print(cond())
# function redefinition
def redefined():
    return 1
def redefined():
    return 2
print(redefined())
# names in except clause and for target leak/unbind rules
for leak in range(3):
    pass
print(leak)
try:
    raise ValueError('v')
except ValueError as caught:
    kept = caught
print('caught' in globals(), type(kept).__name__)
# globals created inside functions
def creator():
    global created_later
    created_later = [1, 2]
print('created_later' in globals())
creator()
print(created_later)
# builtins are reachable from nested functions
def nest():
    def inner():
        return abs(-3) + len('ab')
    return inner()
print(nest())
# True/False/None are keywords, builtins like print can be rebound locally
def rebind_print():
    print = 'not a function'
    return print
print(rebind_print())
