# Unbounded recursion through a property getter.
class P:
    @property
    def x(self):
        return self.x
P().x
