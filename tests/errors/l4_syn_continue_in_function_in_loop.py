# continue in a nested function inside a loop.
for i in range(3):
    def f():
        continue
