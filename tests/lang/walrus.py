# Assignment expressions (:=).
if (n := 10) > 5:
    print("n is", n)
print(n)
data = [3, 8, 1, 9, 4]
while (item := data.pop()) != 1:
    print("popped", item)
print("stopped at", item, data)
# in comprehension: binds in the enclosing scope
vals = [y for x in range(6) if (y := x * x) % 2 == 0]
print(vals, y)
def f():
    total = 0
    sums = [total := total + v for v in range(1, 6)]
    return sums, total
print(f())
# reusing a computed value
def expensive(x):
    print("  computing", x)
    return x * 3
results = [r for x in range(4) if (r := expensive(x)) > 3]
print(results)
# walrus in while with reading chunks
chunks = ["abc", "de", "", "never"]
i = 0
def read():
    global i
    c = chunks[i]
    i += 1
    return c
while chunk := read():
    print("chunk", chunk)
# nested and in expressions
print((a := 1) + (b := 2), a, b)
print([(z := 5), z * 2])
x = (w := 3) ** 2
print(x, w)
# in function arguments
print(max(m := [4, 7, 2]), m)
# walrus inside conditional expression
v = (q := 7) if True else 0
print(v, q)
# walrus in elif
def classify(s):
    if (l := len(s)) == 0:
        return "empty"
    elif (first := s[0]) == 'x':
        return "starts with x, len " + str(l)
    else:
        return "starts with " + first
print(classify(""), classify("xyz"), classify("abc"))
# walrus at module scope inside lambda-free any()
nums = [1, 3, 5, 6, 7]
if any([(hit := k) % 2 == 0 for k in nums]):
    print("last checked", hit)
