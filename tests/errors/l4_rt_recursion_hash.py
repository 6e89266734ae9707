# Unbounded recursion through __hash__ and a dict lookup.
class H:
    def __hash__(self):
        return hash(self)
d = {}
d[H()] = 1
