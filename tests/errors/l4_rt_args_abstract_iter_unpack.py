# unpacking a non-iterable instance.
class C:
    pass
a, b = C()
