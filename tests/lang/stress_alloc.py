# Allocation-heavy loops (exercise the memory manager / GC): many short-lived objects,
# reference cycles, closures, big strings, and growing/shrinking containers.
total = 0
for i in range(200000):
    pair = (i, i + 1)
    lst = [i, pair, str(i)]
    total += lst[1][1] - lst[0]
print("tuples/lists:", total)

# reference cycles that become garbage
for i in range(20000):
    a = [i]
    b = [a]
    a.append(b)
    d = {'self': None}
    d['self'] = d
print("cycles created:", i + 1, len(a), d['self'] is d)

# closures created and dropped
def make(n):
    return lambda: n * 2
acc = 0
for i in range(50000):
    acc += make(i)()
print("closures:", acc)

# growing and shrinking a list
stack = []
for i in range(100000):
    stack.append(i)
    if i % 3 == 0:
        stack.pop()
print("stack:", len(stack), stack[:5], stack[-3:], sum(stack))
while len(stack) > 10:
    stack.pop()
print(stack)

# dict churn
d = {}
for i in range(60000):
    d[i] = str(i)
    if i >= 100:
        del d[i - 100]
print("dict:", len(d), min(d), max(d), d[59999])

# string building
parts = []
for i in range(20000):
    parts.append(str(i * i))
s = ",".join(parts)
print("string:", len(s), s[:30], s[-20:])
t = ""
for i in range(3000):
    t += chr(97 + i % 26)
print(len(t), t[:30], t.count("a"))

# big ints created and discarded
x = 0
for i in range(2000):
    x = (x + 3 ** 200) % (2 ** 256 + 7)
print("bigint:", x)

# nested containers kept alive
keep = []
for i in range(3000):
    keep.append({'id': i, 'tags': [str(i % 7)] * 3, 'pos': (i % 10, i // 10)})
print(len(keep), keep[1234], sum([k['pos'][1] for k in keep]))
keep = None
print("done")
