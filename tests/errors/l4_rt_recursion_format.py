# Unbounded recursion through __format__.
class F:
    def __format__(self, spec):
        return format(self, spec)
format(F(), 'x')
