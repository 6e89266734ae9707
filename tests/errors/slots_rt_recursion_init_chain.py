# Unbounded recursion through __init__ building another instance of the class.
class Chain:
    def __init__(self, depth=0):
        self.next = Chain(depth + 1)
Chain()
