# Unbounded recursion through __call__.
class C:
    def __call__(self):
        return self()
C()()
