# List, set and dict comprehensions: nesting, conditions, scoping.
print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0])
print([x for x in range(30) if x % 2 if x % 3])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
print([c.upper() for c in "hello" if c != 'l'])
print([x if x % 2 else -x for x in range(8)])
print([len(w) for w in "the quick brown fox".split()])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == 0])
print([[row[i] for row in matrix] for i in range(3)])   # transpose
print([v for row in matrix for v in row])                 # flatten
print([v for row in matrix if sum(row) > 6 for v in row if v % 2])
# set comprehensions (small ints only are printed directly)
print({x % 5 for x in range(20)}, sorted({w[0] for w in ["apple", "avocado", "banana"]}))
# dict comprehensions
print({x: x ** 2 for x in range(6)})
print({k: v for k, v in [('a', 1), ('b', 2), ('a', 3)]})
print({v: k for k, v in {'x': 1, 'y': 2}.items()})
print({i: [j for j in range(i)] for i in range(4)})
print({w: len(w) for w in "to be or not to be".split() if len(w) > 1})
# comprehension variable does not leak
x = 'outer'
r = [x for x in range(3)]
print(x, r)
# comprehensions see enclosing function locals (closure)
def scale(items, factor):
    return [i * factor for i in items]
print(scale([1, 2, 3], 10))
def nested_scope():
    base = 100
    return [[base + i + j for j in range(2)] for i in range(2)]
print(nested_scope())
# comprehension inside class-less nested functions referencing outer loop var
def table(n):
    return {i: {j: i * j for j in range(1, n + 1)} for i in range(1, n + 1)}
print(table(3))
# the first iterable is evaluated in the enclosing scope
lst = [1, 2, 3]
print([y for y in lst if y in lst])
# comprehensions calling functions and with side effects in order
log = []
def note(v):
    log.append(v)
    return v
print([note(i) for i in range(3) if note(-i - 1)], log)
# nested with strings and tuples
print([(a, b) for a in 'ab' for b in (1, 2)])
print([s for s in ['', 'a', '', 'b'] if s])
print(sorted([(v, k) for k, v in {'x': 3, 'y': 1, 'z': 2}.items()]))
# comprehension over a dict iterates keys
print([k for k in {'p': 1, 'q': 2}])
# large comprehension
squares = [i * i for i in range(1000)]
print(len(squares), squares[-1], sum(squares))
# comprehension with walrus in condition
data = [1, 5, 2, 8, 3]
print([y for x in data if (y := x * 2) > 5])
# comprehension producing lambdas (late binding)
fs = [lambda: n for n in range(3)]
print([f() for f in fs])
fs = [lambda n=n: n for n in range(3)]
print([f() for f in fs])
# nested comprehension with its own scope using outer comprehension variable
print([[i for _ in range(i)] for i in range(4)])
# conditional expression within comprehension and filter
print(['even' if n % 2 == 0 else 'odd' for n in range(5) if n != 2])
# dict comprehension with tuple keys
print({(i, j): i + j for i in range(2) for j in range(2)})
# comprehension over enumerate/zip
print([i * v for i, v in enumerate([10, 20, 30])], [a + b for a, b in zip('abc', 'xyz')])
