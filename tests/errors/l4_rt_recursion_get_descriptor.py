# Unbounded recursion through a descriptor's __get__.
class D:
    def __get__(self, obj, owner):
        return obj.attr
class C:
    attr = D()
C().attr
