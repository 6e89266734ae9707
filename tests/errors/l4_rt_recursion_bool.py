# Unbounded recursion through __bool__.
class B:
    def __bool__(self):
        return bool(self)
if B():
    pass
