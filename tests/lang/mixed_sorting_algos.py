# Classic sorting algorithms implemented by hand, checked against sorted().
def lcg(seed):
    state = [seed]
    def nxt():
        state[0] = (state[0] * 1103515245 + 12345) % 2147483648
        return state[0]
    return nxt

def bubble(a):
    a = a[:]
    n = len(a)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swapped = True
        if not swapped:
            break
    return a

def insertion(a):
    a = a[:]
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a

def merge_sort(a):
    if len(a) <= 1:
        return a[:]
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if right[j] < left[i]:
            out.append(right[j]); j += 1
        else:
            out.append(left[i]); i += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out

def quick(a):
    if len(a) <= 1:
        return a[:]
    pivot = a[len(a) // 2]
    return quick([x for x in a if x < pivot]) + [x for x in a if x == pivot] + quick([x for x in a if x > pivot])

def heap_sort(a):
    a = a[:]
    n = len(a)
    def sift(start, end):
        root = start
        while 2 * root + 1 < end:
            child = 2 * root + 1
            if child + 1 < end and a[child] < a[child + 1]:
                child += 1
            if a[root] < a[child]:
                a[root], a[child] = a[child], a[root]
                root = child
            else:
                return
    for start in range(n // 2 - 1, -1, -1):
        sift(start, n)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end)
    return a

def counting(a):
    if not a:
        return []
    lo, hi = min(a), max(a)
    counts = [0] * (hi - lo + 1)
    for x in a:
        counts[x - lo] += 1
    out = []
    for i, c in enumerate(counts):
        out.extend([i + lo] * c)
    return out

def radix(a):
    # non-negative ints only
    out = a[:]
    exp = 1
    biggest = max(out) if out else 0
    while biggest // exp > 0:
        buckets = [[] for _ in range(10)]
        for x in out:
            buckets[(x // exp) % 10].append(x)
        out = [x for b in buckets for x in b]
        exp *= 10
    return out

rand = lcg(42)
datasets = {
    'empty': [],
    'one': [5],
    'sorted': list(range(20)),
    'reversed': list(range(20, 0, -1)),
    'dups': [3, 1, 3, 1, 2, 2, 3, 1],
    'random': [rand() % 1000 for _ in range(300)],
    'negatives': [rand() % 200 - 100 for _ in range(100)],
}
algos = [('bubble', bubble), ('insertion', insertion), ('merge', merge_sort), ('quick', quick), ('heap', heap_sort), ('counting', counting)]
for name in datasets:
    data = datasets[name]
    expected = sorted(data)
    results = []
    for algo_name, fn in algos:
        results.append(algo_name + ("=ok" if fn(data) == expected else "=FAIL"))
    if min(data, default=0) >= 0:
        results.append("radix" + ("=ok" if radix(data) == expected else "=FAIL"))
    print(name, len(data), " ".join(results))
print(datasets['random'][:10], sorted(datasets['random'])[:10], sorted(datasets['random'])[-3:])
# stability of merge sort on keyed records
recs = [(rand() % 5, i) for i in range(30)]
def merge_by_key(a):
    if len(a) <= 1:
        return a[:]
    mid = len(a) // 2
    left, right = merge_by_key(a[:mid]), merge_by_key(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if right[j][0] < left[i][0]:
            out.append(right[j]); j += 1
        else:
            out.append(left[i]); i += 1
    return out + left[i:] + right[j:]
print(merge_by_key(recs) == sorted(recs, key=lambda r: r[0]))
# binary search
def bsearch(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo if lo < len(a) and a[lo] == x else -1
s = sorted(set(datasets['random']))
print([bsearch(s, v) for v in [s[0], s[10], s[-1], -5, 1001]], len(s))
# strings sort
names = ["delta", "Alpha", "charlie", "bravo", "Echo", "alpha"]
print(merge_sort(names), quick(names), heap_sort(names) == sorted(names))
