# unexpected keyword argument to a method.
class C:
    def m(self):
        pass
C().m(z=1)
