# Line and character diffs with longest common subsequence tables, unified-style output and edit distance.
def lcs_table(a, b):
    t = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            t[i][j] = t[i + 1][j + 1] + 1 if a[i] == b[j] else max(t[i + 1][j], t[i][j + 1])
    return t

def diff(a, b):
    t = lcs_table(a, b)
    i = j = 0
    ops = []
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            ops.append((' ', a[i]))
            i += 1
            j += 1
        elif t[i + 1][j] >= t[i][j + 1]:
            ops.append(('-', a[i]))
            i += 1
        else:
            ops.append(('+', b[j]))
            j += 1
    ops += [('-', x) for x in a[i:]] + [('+', x) for x in b[j:]]
    return ops

def hunks(ops, context=1):
    changed = [k for k, (op, _) in enumerate(ops) if op != ' ']
    groups = []
    for k in changed:
        if groups and k - groups[-1][-1] <= 2 * context + 1:
            groups[-1].append(k)
        else:
            groups.append([k])
    for g in groups:
        lo, hi = max(0, g[0] - context), min(len(ops), g[-1] + context + 1)
        yield lo, ops[lo:hi]

def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]

OLD = """def greet(name):
    print("Hello, " + name)

def main():
    greet("world")
    greet("sparrow")
    return 0

if __name__ == "__main__":
    main()""".splitlines()
NEW = """def greet(name, punct="!"):
    print(f"Hello, {name}{punct}")

def main():
    greet("world")
    greet("sparrow", "?")
    greet("python")
    return 0

if __name__ == "__main__":
    raise SystemExit(main())""".splitlines()

ops = diff(OLD, NEW)
print(f'--- old ({len(OLD)} lines)\n+++ new ({len(NEW)} lines)')
for start, chunk in hunks(ops):
    print(f'@@ op {start} @@')
    for op, line in chunk:
        print(op + line)
stats = {'+': 0, '-': 0, ' ': 0}
for op, _ in ops:
    stats[op] += 1
print('added', stats['+'], 'removed', stats['-'], 'same', stats[' '])
for a, b in (('kitten', 'sitting'), ('flaw', 'lawn'), ('sparrow', 'sparrow'), ('', 'abc'), ('intention', 'execution')):
    cd = diff(a, b)
    print(f'{a!r:12} {b!r:12} dist={edit_distance(a, b)} lcs={sum(1 for op, _ in cd if op == " ")} ' + ''.join(c if op == ' ' else f'[{op}{c}]' for op, c in cd))
words_a = 'the cat sat on the mat'.split()
words_b = 'the dog sat on a mat today'.split()
print(' '.join(w if op == ' ' else f'{{{op}{w}}}' for op, w in diff(words_a, words_b)))
