# Unbounded recursion through __getitem__.
class G:
    def __getitem__(self, i):
        return self[i]
G()[0]
