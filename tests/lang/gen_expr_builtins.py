# Generator expressions passed directly to builtins (may be supported later).
print(sum(x * x for x in range(10)))
print(sum(x for x in range(100) if x % 7 == 0))
print(sum((x for x in [0.5, 0.25]), 10))
print(any(x > 5 for x in range(10)), any(x > 50 for x in range(10)))
print(all(x < 10 for x in range(10)), all(x % 2 for x in range(10)))
print(list(c.upper() for c in "abc"))
print(list((x, y) for x in range(2) for y in range(2)))
print(sorted(w.lower() for w in ["B", "a", "C"]))
print(sorted((x % 4 for x in range(10)), reverse=True))
print(min(len(w) for w in "the quick brown fox".split()))
print(max(abs(v) for v in [-7, 3, 5]))
print(max((len(w), w) for w in ["aa", "b", "cc"]))
print(min((x for x in []), default="empty"))
# short-circuit: the generator is not fully consumed
seen = []
def probe(v):
    seen.append(v)
    return v
print(any(probe(v) for v in [0, 0, 3, 4, 5]), seen)
seen.clear()
print(all(probe(v) for v in [1, 0, 1]), seen)
# closure over enclosing variable
def total_above(items, limit):
    return sum(i for i in items if i > limit)
print(total_above([1, 5, 10, 20], 4))
# nested generator expressions
print(sum(sum(row) for row in [[1, 2], [3, 4]]))
print(list(list(range(i)) for i in range(4)))
