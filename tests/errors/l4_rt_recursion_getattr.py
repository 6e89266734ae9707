# Unbounded recursion through __getattr__ touching a missing attribute.
class G:
    def __getattr__(self, name):
        return self.missing
print(G().anything)
