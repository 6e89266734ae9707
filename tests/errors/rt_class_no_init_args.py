class C:
    pass
C(1, 2)
