class C:
    x = 1
print(C.x)
C.y
