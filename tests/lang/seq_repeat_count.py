class Idx:
    def __index__(self): return 2
class MyInt(int): pass
for seq in ([1, 2], (1, 2), [], ()):
    for n in (0, 1, 3, -1, True, False, MyInt(2), Idx(), 10**30, -10**30):
        try:
            print(type(seq).__name__, repr(n) if not isinstance(n, Idx) else "Idx", seq * n, n * seq if not isinstance(n, Idx) else "")
        except (TypeError, OverflowError, MemoryError) as e:
            print(type(e).__name__, e)
    for n in (1.5, "x", None):
        try:
            seq * n
        except TypeError as e:
            print("TypeError", e)
l = [1]
l *= 3
print(l)
try:
    l *= 2.0
except TypeError as e:
    print("TypeError", e)
t = (1,)
t *= 2
print(t)
l = [0]
l *= MyInt(2)
print(l, "ab" * MyInt(2), MyInt(3) * "c", b"x" * MyInt(2), (MyInt(2) * (5,)))
try:
    l *= -10**30
except OverflowError as e:
    print("OverflowError", e)
print(l)
