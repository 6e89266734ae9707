# Class-scope rules, globals(), locals(), eval and exec with optional globals/locals dicts.
x = 'global x'
class Scope:
    x = 'class x'
    y = x + '!'
    def method(self):
        return x
    comp = [x for _ in range(1)]
    lam = (lambda: x)
print(Scope.y, Scope().method(), Scope.comp, Scope.lam())

def outer():
    x = 'enclosing x'
    class Inner:
        y = x
        x = 'inner class x'
        z = x
        def m(self):
            return x
    return Inner
I = outer()
print(I.y, I.z, I().m())

def outer2():
    v = 'enclosing'
    class C:
        print('class body sees', v)
        w = [v for _ in range(2)]
    return C.w
print(outer2())

class Count:
    n = 3
    try:
        sq = [i * n for i in range(2)]
    except NameError as e:
        sq = 'NameError: ' + str(e)
    first = [n for _ in range(1)] if False else None
print(Count.sq)

# globals() and locals()
g = globals()
print(g['x'], '__name__' in g, g is globals())
g['made_up'] = 123
print(made_up)
def show_locals(a, b=2):
    c = a + b
    return sorted(locals().items())
print(show_locals(1))
def global_write():
    global new_global
    new_global = 'set from function'
global_write()
print(new_global)

# eval
print(eval('1 + 2 * 3'), eval('x'), eval('[i * i for i in range(4)]'))
print(eval('a + b', {'a': 1, 'b': 2}), eval('a + b', {'a': 1}, {'b': 10}))
print(eval(' 7 '), eval('\n8\n'.strip()))
ns = {'__builtins__': __builtins__}
print(eval('len("abc")', ns))
try:
    eval('undefined_name')
except NameError as e:
    print('NameError:', e)
try:
    eval('1 +')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
try:
    eval('x = 1')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
def eval_locals():
    q = 5
    return eval('q * 2')
print(eval_locals())

# exec
env = {}
exec('a = 1\nb = a + 1\ndef f(n):\n    return n * b\n', env)
print(env['a'], env['b'], env['f'](10), sorted(k for k in env if k != '__builtins__'))
glob = {'base': 100}
loc = {}
exec('result = base + 1\nbase2 = result * 2', glob, loc)
print(loc, 'result' in glob)
exec('exec_made = 42')
print(exec_made)
code_lines = '''
class Made:
    def hi(self):
        return 'hi from exec'
out = Made().hi()
'''
sandbox = {}
exec(code_lines, sandbox)
print(sandbox['out'])
print(exec('1 + 1'))
try:
    exec('for')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
try:
    exec('raise ValueError("from exec")')
except ValueError as e:
    print('ValueError:', e)
try:
    eval(123)
except TypeError as e:
    print('TypeError:', e)
try:
    exec('y = 1', [])
except TypeError as e:
    print('TypeError:', e)

# eval sees enclosing function's globals, not its closure (no free var capture)
def make():
    hidden = 'closure'
    def inner():
        try:
            return eval('hidden')
        except NameError as e:
            return 'NameError: ' + str(e)
    return inner
print(make()())

# global and nonlocal declarations
counter = 0
def bump():
    global counter
    counter += 1
for _ in range(3):
    bump()
print(counter)
def nest():
    v = []
    def add(i):
        nonlocal v
        v = v + [i]
    for i in range(3):
        add(i)
    return v
print(nest())

# comprehension variables do not leak
i = 'outer i'
lst = [i for i in range(3)]
print(i, lst)

# del of a global inside a function
temp_global = 1
def drop():
    global temp_global
    del temp_global
drop()
print('temp_global' in globals())

# builtins can be shadowed and restored
def len(x):
    return 'shadowed'
print(len([1, 2]))
del len
print(len([1, 2]))
