# __enter__ / __exit__ are looked up on the type: an AttributeError raised inside a property
# that the type does define propagates; a missing method gives the protocol TypeError.
class M:
    @property
    def __enter__(self):
        raise AttributeError("inner enter")
    def __exit__(self, *a):
        pass
try:
    with M():
        pass
except Exception as e:
    print(type(e).__name__, e)
class N:
    def __enter__(self):
        return self
    @property
    def __exit__(self):
        raise AttributeError("inner exit")
try:
    with N():
        print("not reached")
except Exception as e:
    print(type(e).__name__, e)
class X:
    def __exit__(self, *a):
        pass
try:
    with X():
        pass
except TypeError as e:
    print(e)
class Y:
    def __enter__(self):
        return 1
try:
    with Y():
        pass
except TypeError as e:
    print(e)
class Ok:
    @property
    def __enter__(self):
        return lambda: "entered"
    def __exit__(self, *a):
        print("exit", a[0])
with Ok() as v:
    print(v)
class A:
    def __format__(self, s):
        return 5
for s in ('f"{A()}"', 'f"{A():x}"', 'format(A())'):
    try:
        print(eval(s))
    except TypeError as e:
        print(s, "TypeError:", e)
