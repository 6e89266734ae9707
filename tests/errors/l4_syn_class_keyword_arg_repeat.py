# class with repeated keyword.
class C(a=1, a=2):
    pass
