# Unbounded recursion through __setattr__.
class S:
    def __setattr__(self, name, value):
        setattr(self, name, value)
S().x = 1
