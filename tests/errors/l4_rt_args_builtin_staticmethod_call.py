# calling a class with a bad __init__ signature via classmethod.
class C:
    @classmethod
    def make(cls, a):
        return cls(a)
C.make()
