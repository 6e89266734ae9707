# if/elif/else, while/else, for/else, break/continue, pass.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for v in [-5, 0, 3, 42, 1000]:
    print(v, classify(v))

# truthiness of various values in if
for val in [0, 1, -1, 0.0, 0.5, '', 'a', [], [0], (), (0,), {}, {'a': 1}, None, True, False, range(0), range(1), set(), {0}]:
    if val:
        print(repr(val), "truthy")
    else:
        print(repr(val), "falsy")

# while with else (no break -> else runs)
i = 0
while i < 3:
    print("while", i)
    i += 1
else:
    print("while-else ran, i =", i)

# while with break (else skipped)
i = 0
while True:
    i += 1
    if i == 4:
        break
else:
    print("never")
print("broke at", i)

i = 10
while i < 3:
    print("never")
else:
    print("while-else on false condition")

# for/else
for x in [1, 3, 5]:
    if x % 2 == 0:
        print("found even", x)
        break
else:
    print("no even number")
for x in [1, 4, 5]:
    if x % 2 == 0:
        print("found even", x)
        break
else:
    print("no even number")
for x in []:
    print("never")
else:
    print("for-else on empty")

# continue
out = []
for x in range(10):
    if x % 3 == 0:
        continue
    out.append(x)
print(out)
i = 0
out = []
while i < 10:
    i += 1
    if i % 2:
        continue
    out.append(i)
print(out)

# nested loops with break/continue affecting only the inner loop
for a in range(3):
    for b in range(3):
        if b == a:
            continue
        if b > a + 1:
            break
        print("pair", a, b)

# break out of nested via flag
found = None
for a in range(1, 10):
    for b in range(1, 10):
        if a * b == 42:
            found = (a, b)
            break
    if found:
        break
print("found", found)

# for/else inside while, primes
n = 2
primes = []
while len(primes) < 10:
    for p in primes:
        if n % p == 0:
            break
    else:
        primes.append(n)
    n += 1
print(primes)

# pass
if True:
    pass
for _ in range(2):
    pass
def nothing():
    pass
print(nothing())

# loop variable persists after loop
for k in range(5):
    pass
print("k after loop", k)

# modifying loop variable doesn't affect iteration
for k in range(3):
    print("k", k)
    k = 100

# iterating a list while appending bounded
items = [1, 2, 3]
for it in items:
    if it < 3:
        items.append(it + 10)
print(items)

# conditional expressions
for v in range(4):
    print(v, "even" if v % 2 == 0 else "odd", "big" if v > 2 else "small" if v > 0 else "zero")

# if on complex conditions
a, b, c = 1, 0, 2
if a and not b or c:
    print("cond1")
if not (a and b):
    print("cond2")
if a < c and (b or c > 1):
    print("cond3")
# else-if chains with side effects
def check(x):
    print("check", x)
    return x
if check(0):
    print("A")
elif check(0):
    print("B")
elif check(1):
    print("C")
else:
    print("D")
# deeply nested loop with early return
def search(grid, target):
    for r, row in enumerate(grid):
        for c, val in enumerate(row):
            if val == target:
                return (r, c)
    return None
print(search([[1, 2], [3, 4], [5, 6]], 4), search([[1]], 9))
# while loop countdown with complex condition
x, y = 10, 0
while x > 0 and y < 20:
    x -= 3
    y += 4
print(x, y)
