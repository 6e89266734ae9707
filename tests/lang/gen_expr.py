# Generator expressions: laziness, scoping, consumers.
g = (x * 2 for x in range(5))
print(type(g).__name__, g.__name__)
print(next(g), next(g), list(g), list(g))
print(sum(x for x in range(10)))
print(tuple(x for x in "abc"))
print("-".join(str(i) for i in range(4)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(any(x > 3 for x in range(5)), all(x > 3 for x in range(5)))
print(sorted((x % 3, x) for x in range(6)))
print(dict((k, v) for k, v in zip("ab", (1, 2))))
print(set(x % 2 for x in range(10)))
print([(a, b) for a, b in ((i, j) for i in range(2) for j in range(2))])
print(list(x for x in range(10) if x % 3 == 0 if x))
print(list((i, j) for i in range(3) for j in range(i)))

def lazy():
    print("evaluated")
    return [1, 2]
ge = (x for x in lazy())
print("created")
print(list(ge))

n = 10
ge2 = (x + n for x in range(3))
n = 100
print(list(ge2))

def outer():
    k = 5
    return list(x + k for x in range(3))
print(outer())

try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)

ge3 = (1 / x for x in [1, 0])
print(next(ge3))
try:
    next(ge3)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(list(ge3))
print(min((x for x in []), default="empty"))
print(list(enumerate(c for c in "xy")))
