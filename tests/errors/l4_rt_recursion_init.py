# Unbounded recursion through __init__ constructing the same class.
class I:
    def __init__(self):
        self.child = I()
I()
