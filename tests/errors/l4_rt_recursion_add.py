# Unbounded recursion through __add__ and __radd__.
class A:
    def __add__(self, o):
        return o + self
    def __radd__(self, o):
        return self + o
A() + 1
