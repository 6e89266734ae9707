class Grow:
    def __init__(self, lst):
        self.lst = lst
    def __repr__(self):
        self.lst.append(1)
        return "G"
l = []
l.append(Grow(l))
print(repr(l))
class Shrink:
    def __init__(self, lst):
        self.lst = lst
    def __repr__(self):
        self.lst.clear()
        return "S"
m = []
m.extend([Shrink(m), 2, 3])
print(repr(m))
t = (1,)
print(t, (), (1, 2), [], [[]])
x = [1]
x.append(x)
print(x, (x,))
class Bad:
    def __repr__(self):
        raise ValueError("bad")
try:
    repr((1, Bad()))
except ValueError as e:
    print("err", e)
print(x)
