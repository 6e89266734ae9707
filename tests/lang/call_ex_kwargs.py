class Base:
    def __init_subclass__(cls, **kw):
        print(cls.__name__, sorted(kw.items()))
bases = (Base,)
extra = {"b": 2}
class A(*bases, a=1, **extra): pass
class B(*bases, **extra, c=3): pass
class C(Base, **{}): pass
try:
    class D(*bases, b=1, **extra): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class E(*bases, **5): pass
except TypeError as e:
    print("TypeError:", e)
def f(*a, **k): return a, sorted(k.items())
print(f(*[1], x=1, **{"y": 2}, z=3))
print(f(*(), **dict(("k%d" % i, i) for i in range(3))))
