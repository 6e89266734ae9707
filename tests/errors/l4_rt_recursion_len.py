# Unbounded recursion through __len__.
class N:
    def __len__(self):
        return len(self)
len(N())
