# Evaluation order: arguments, operands, displays, subscripts, assignments.
log = []
def t(label, value=None):
    log.append(label)
    return label if value is None else value
def show(title):
    print(title, log)
    log.clear()

def f(*args, **kwargs):
    return None
f(t('a'), t('b'), k=t('c'), j=t('d'))
show("call args:")
t('x', 1) + t('y', 2) * t('z', 3)
show("binary ops:")
t('base', 2) ** t('exp', 3)
show("power:")
[t('l1'), t('l2'), t('l3')]
show("list display:")
{t('k1'): t('v1'), t('k2'): t('v2')}
show("dict display:")
(t('t1'), t('t2'))
show("tuple display:")
d = {}
d[t('key')] = t('value')
show("subscript assignment (value first):")
lst = [0, 0]
lst[t('idx', 0)] += t('inc', 5)
show("augmented subscript:")
a = t('rhs-a', [1, 2])
x, y = t('rhs', (1, 2))
show("assignment:")
t('callee', f)(t('arg1'), t('arg2'))
show("callee before args:")
t('obj', [1, 2, 3])[t('sub', 1)]
show("subscript:")
t('s', [1, 2, 3])[t('lo', 0):t('hi', 2)]
show("slice:")
t('c1', 1) < t('c2', 2) < t('c3', 3)
show("chained compare:")
t('c1', 3) < t('c2', 2) < t('c3', 1)
show("chained compare short-circuit:")
t('cond', True) and t('then-and', 0) or t('or-branch', 1)
show("and/or:")
t('then') if t('test', False) else t('else')
show("conditional:")
[t('elem' + str(i)) for i in range(2) if t('cond' + str(i), True)]
show("comprehension:")
{t('dk' + str(i)): t('dv' + str(i)) for i in range(2)}
show("dict comprehension:")
def g(a=t('default-a'), b=t('default-b')):
    pass
show("defaults at def time:")
lam = lambda q=t('lambda-default'): q
show("lambda default:")
t('first', [0])[0], t('second', [0])[0] = t('v1', 1), t('v2', 2)
show("tuple assignment targets:")
p = q = t('chained')
show("chained assignment:")
print(max(t('m1', 3), t('m2', 5), key=lambda v: t('key' + str(v), v)))
show("builtin with key:")
try:
    t('before-error') + t('err', None) + 1 + t('never')
except TypeError:
    pass
show("stops at error:")
s = 0
for i in t('iterable', range(2)):
    s += t('body' + str(i), 1)
show("for loop:")
while t('while-cond', s) > 0:
    s -= 1
show("while loop:")
print(f"{t('fa')}{t('fb')}")
show("f-string:")
print("%s %s" % (t('pa'), t('pb')))
show("percent format:")
