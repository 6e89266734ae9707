# __bool__ must return a bool.
class B:
    def __bool__(self):
        return 1
if B():
    pass
