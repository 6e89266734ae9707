# sum(): the int and float fast paths must give exactly CPython's results.

class I(int):
    def __radd__(self, other):
        return "I.radd"

class F(float):
    def __radd__(self, other):
        return "F.radd"

class J(int):
    pass

class G(float):
    pass

cases = [
    [],
    [1, 2, 3],
    list(range(1000)),
    [0.1] * 10,
    [1, 2.5],
    [2.5, 1],
    [2**60, 2**60, 1.0],
    [1.0, 2**60, 2**60],
    [1.0, 2**53 + 1],
    [0.5, 2**53 + 1, 3],
    [2**47 - 1, 1],
    [-(2**47), -1],
    [2**47 - 1, 1, -1],
    [2**46] * 8,
    [True, True, 1],
    [1.5, True, False],
    [True, 2.5],
    [-0.0],
    [-0.0, -0.0],
    [float("inf"), 1],
    [float("inf"), float("-inf")],
    [1e308, 1e308, -1e308],
    [1, 2**100, -(2**100), 0.5],
    [1, 2, 3.0, 4, 5.5, 10**20],
    [J(5), 1, 2.0],
    [1.0, J(7)],
    [G(1.5), 2],
    [3, G(1.5), 2],
]
for c in cases:
    r = sum(c)
    print(type(r).__name__, repr(r))
    r = sum(c, 0.0)
    print(type(r).__name__, repr(r))

print(sum([], start=5), sum([], start=2.5), sum([], start=[]))
print(sum([-0.0], start=-0.0), sum([], start=-0.0))
print(sum([1, 2], start=10), sum([1.5, 2], start=10), sum([1, 2], start=0.25))
print(sum([[1], [2]], start=[]))
print(sum([1, 2], start=True), sum([1.0], start=True))
print(sum([1, I(2)]), sum([1.0, I(2)]), sum([1, F(2.0)]), sum([1.0, F(2.0)]), sum([I(2)]), sum([F(1.0)]))
print(type(sum([J(1)])).__name__, type(sum([G(1.0)])).__name__, type(sum([], G(1.0))).__name__)
print(repr(sum([1, 2], G(0.5))), type(sum([1, 2], G(0.5))).__name__)
print(repr(sum(x * 0.1 for x in range(100))))
print(sum(iter([2**47] * 3)), sum([10**30, 1]))
for bad in ([1, "a"], [1.5, "a"], ["a"], [1, None], [2.0, None]):
    try:
        sum(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    sum([1], start="")
except TypeError as e:
    print(type(e).__name__, e)

def gen():
    yield 1
    yield 2.0
    raise ValueError("boom")

try:
    sum(gen())
except ValueError as e:
    print(type(e).__name__, e)

# list repeat
print([1] * 5, [1, 2] * 3, [1, 2, 3] * 0, [] * 7, [4] * -2, [1, 2, 3] * 1)
print(len([None] * 100000), len([1, 2, 3] * 33333), ([1, 2, 3] * 33333)[-4:])
a = [1, 2]
a *= 5
print(a)
b = [7, 8, 9]
b *= 0
print(b)
print(len(list(range(7)) * 13), (list(range(7)) * 13)[40:50])
