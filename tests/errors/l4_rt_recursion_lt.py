# Unbounded recursion through __lt__ used by sorted.
class L:
    def __lt__(self, other):
        return sorted([self, other])[0] is self
sorted([L(), L()])
