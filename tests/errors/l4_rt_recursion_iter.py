# Unbounded recursion through __iter__.
class It:
    def __iter__(self):
        return iter(self)
for x in It():
    pass
