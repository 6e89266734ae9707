# eval, exec, compile, globals() and locals().
x = 10
print(eval("x + 1"))
print(eval("  x * 2"))
print(eval("[i * i for i in range(4)]"))
print(eval("a + b", {"a": 1, "b": 2}))
print(eval("a + b", {"a": 1}, {"b": 5}))
print(eval("len('abc')", {}))
g = {}
eval("1", g)
print("__builtins__" in g, sorted(k for k in g if k != "__builtins__"))

exec("y = x + 5")
print(y)
ns = {}
exec("def f(n):\n    return n * 3\nz = f(4)", ns)
print(ns["z"], ns["f"](2), ns["f"].__name__)
loc = {}
exec("w = 1\nv = w + 1", {}, loc)
print(sorted(loc.items()))
print(exec("1 + 1"))

def func(p):
    q = p + 1
    print(sorted(locals().items()))
    print(eval("p * q"))
    exec("q = 100")
    print(q)
    return sorted(locals())
print(func(3))

def closure():
    c = 7
    def inner():
        return c
    print(sorted(locals()))
    return inner
closure()

print(globals() is globals(), globals()["x"], "func" in globals())
print(locals() is globals())

code = compile("3 * 4", "<calc>", "eval")
print(type(code).__name__, eval(code))
code2 = compile("r = 6\nprint('exec code', r)", "<prog>", "exec")
exec(code2)
print(r)
print(eval(compile("r + 1", "f", "eval")))

try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.filename, e.lineno)
try:
    exec("for")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    eval("undefined_name")
except NameError as e:
    print("NameError:", e)
try:
    eval(5)
except TypeError as e:
    print("TypeError:", e)
try:
    exec(5)
except TypeError as e:
    print("TypeError:", e)
try:
    eval("1", 5)
except TypeError as e:
    print("TypeError:", e)
try:
    compile("1", "f", "bogus")
except ValueError as e:
    print("ValueError:", e)
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("raise KeyError('in exec')")
except KeyError as e:
    print("KeyError:", e)

print(eval("__name__"), eval("__name__", {"__name__": "custom"}))
restricted = {"__builtins__": {"len": len}}
print(eval("len([1, 2])", restricted))
try:
    eval("abs(-1)", restricted)
except NameError as e:
    print("NameError:", e)
print(eval(b"1 + 2"))
exec("import sys as _s\nmodname = _s.__name__")
print(modname)

class K:
    a = 1
    b = eval("a + 1")
    exec("c = a + b")
print(K.b, K.c)
