# Ordering comparison with no __lt__ on either side.
class A:
    pass
class B:
    pass
A() < B()
