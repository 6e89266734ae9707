# Assigning a class's __name__ / __qualname__ changes its name and repr.
class A:
    pass
A.__name__ = 'B'
print(A.__name__, A.__qualname__, A)
A.__qualname__ = 'Outer.C'
print(A.__name__, A.__qualname__, A)
try:
    A.__name__ = 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    A.__qualname__ = None
except TypeError as e:
    print(type(e).__name__, e)
try:
    del A.__name__
except TypeError as e:
    print(type(e).__name__, e)
