# Exact messages of built-in exceptions raised by the runtime.
def show(thunk):
    try:
        r = thunk()
    except Exception as e:
        print(type(e).__name__ + ":", str(e))
    else:
        print("no error:", repr(r))

print("-- ZeroDivisionError")
show(lambda: 1 / 0)
show(lambda: 1 // 0)
show(lambda: 1 % 0)
show(lambda: divmod(1, 0))
show(lambda: 1.0 / 0)
show(lambda: 1.0 // 0.0)
show(lambda: 1.0 % 0.0)
show(lambda: 5 / 0.0)
show(lambda: divmod(1.0, 0))
show(lambda: 0 ** -1)
show(lambda: 0.0 ** -1)
show(lambda: (10 ** 30) // 0)
show(lambda: (10 ** 30) % 0)
show(lambda: pow(2, 3, 0))
print("-- OverflowError")
show(lambda: 10.0 ** 400)
show(lambda: float(10 ** 400))
show(lambda: 2.0 ** 5000)
show(lambda: 10 ** 400 / 1)
show(lambda: 1e308 * 10)
show(lambda: int(float('inf')))
print("-- ValueError")
show(lambda: int("abc"))
show(lambda: int(""))
show(lambda: int("12.5"))
show(lambda: int("0x1f"))
show(lambda: int("z", 36))
show(lambda: int("9", 8))
show(lambda: float("abc"))
show(lambda: float(""))
show(lambda: int(float('nan')))
show(lambda: [1, 2].index(3))
show(lambda: "abc".index("z"))
show(lambda: [].remove(1))
show(lambda: chr(-1))
show(lambda: range(1, 2, 0))
show(lambda: "a,b".split(""))
show(lambda: int("5", 1))
print("-- TypeError")
show(lambda: "a" + 1)
show(lambda: 1 + "a")
show(lambda: [1] + (2,))
show(lambda: len(5))
show(lambda: None + 1)
show(lambda: "a" < 1)
show(lambda: [1] < "a")
five = 5
flt = 1.5
none = None
show(lambda: five())
show(lambda: "abc"[flt])
show(lambda: [1][none])
show(lambda: {}[[]])
show(lambda: {[1]})
show(lambda: hash([]))
show(lambda: int([]))
show(lambda: int(None))
show(lambda: float([]))
show(lambda: "x" * "y")
show(lambda: "x" * 2.0)
show(lambda: -"x")
show(lambda: ~1.5)
show(lambda: 1 & 1.0)
show(lambda: iter(5))
show(lambda: next([1]))
show(lambda: sum(["a", "b"]))
show(lambda: abs("x"))
show(lambda: ord("ab"))
show(lambda: len())
show(lambda: len(1, 2))
show(lambda: sorted([3, "a"]))
show(lambda: min())
show(lambda: max([]))
show(lambda: "abc".join([1, 2]))
def t():
    x = (1, 2)
    x[0] = 5
show(t)
def u():
    s = "abc"
    s[0] = "z"
show(u)
def v():
    del (1, 2)[0]
show(v)
print("-- wrong argument counts to user functions")
def f(x):
    return x
def g(a, b, c=3):
    return a
def h(*, k):
    return k
def p(a, /, b):
    return a
def two(a, b):
    return a
show(lambda: f())
show(lambda: f(1, 2))
show(lambda: f(y=1))
show(lambda: f(1, x=2))
show(lambda: g(1))
show(lambda: g())
show(lambda: g(1, 2, 3, 4))
show(lambda: g(1, 2, 3, c=4))
show(lambda: h())
show(lambda: h(1))
show(lambda: h(k=1, j=2))
show(lambda: p(a=1, b=2))
show(lambda: two(1))
lam0 = lambda: 0
lam2 = lambda a, b: 0
show(lambda: lam0(1))
show(lambda: lam2(1, 2, 3))
def outer_fn():
    def inner_fn(q):
        return q
    return inner_fn
show(lambda: outer_fn()())
print("-- NameError / UnboundLocalError")
show(lambda: undefined_thing)
def unbound():
    print(local_var)
    local_var = 1
show(unbound)
def unbound2():
    n += 1
    n = 0
show(unbound2)
def deleted():
    y = 1
    del y
    return y
show(deleted)
print("-- IndexError / KeyError")
show(lambda: [1, 2, 3][3])
show(lambda: [1, 2, 3][-4])
show(lambda: (1, 2)[2])
show(lambda: "abc"[10])
show(lambda: range(3)[3])
show(lambda: [].pop())
show(lambda: [1].pop(5))
show(lambda: {'a': 1}['b'])
show(lambda: {1: 1}[2])
show(lambda: {(1, 2): 1}[(1, 3)])
show(lambda: {}.pop('x'))
show(lambda: {}.popitem())
show(lambda: set().pop())
show(lambda: {1}.remove(2))
def lst_assign():
    a = [1]
    a[5] = 2
show(lst_assign)
def del_missing():
    d = {}
    del d['nope']
show(del_missing)
print("-- AttributeError")
import sys
show(lambda: sys.no_such_attribute)
show(lambda: (1).foo)
show(lambda: "s".nosuchmethod())
show(lambda: [].push(1))
show(lambda: getattr(f, 'nope'))
show(lambda: None.x)
print("-- RecursionError")
def runaway(n):
    return runaway(n + 1)
try:
    runaway(0)
except RecursionError:
    print("RecursionError caught")
print("-- SystemExit")
try:
    sys.exit(4)
except SystemExit as e:
    print("SystemExit", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit", e.code)
print("-- StopIteration")
show(lambda: next(iter(())))
print("done")
