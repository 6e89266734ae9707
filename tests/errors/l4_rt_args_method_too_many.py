# method called with too many arguments.
class C:
    def m(self):
        pass
C().m(1, 2)
