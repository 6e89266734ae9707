# break in a class body inside a loop.
for i in range(3):
    class C:
        break
