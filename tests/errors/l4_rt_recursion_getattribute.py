# Unbounded recursion through __getattribute__.
class G:
    def __getattribute__(self, name):
        return self.__dict__
print(G().x)
