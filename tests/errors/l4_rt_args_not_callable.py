# calling an instance without __call__.
class C:
    pass
C()()
