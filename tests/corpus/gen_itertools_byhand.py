# Hand-written itertools: count, cycle, chain, islice, groupby, product, permutations, combinations, accumulate, zip_longest, tee.
def count(start=0, step=1):
    while True:
        yield start
        start += step

def cycle(iterable):
    saved = []
    for x in iterable:
        yield x
        saved.append(x)
    while saved:
        yield from saved

def chain(*its):
    for it in its:
        yield from it

def islice(it, start, stop=None, step=1):
    if stop is None:
        start, stop = 0, start
    it = iter(it)
    for i, x in enumerate(it):
        if stop is not None and i >= stop:
            return
        if i >= start and (i - start) % step == 0:
            yield x

def groupby(it, key=lambda x: x):
    it = iter(it)
    try:
        cur = next(it)
    except StopIteration:
        return
    group = [cur]
    k = key(cur)
    for x in it:
        if key(x) == k:
            group.append(x)
        else:
            yield k, group
            group, k = [x], key(x)
    yield k, group

def product(*pools, repeat=1):
    pools = [tuple(p) for p in pools] * repeat
    result = [()]
    for pool in pools:
        result = [r + (x,) for r in result for x in pool]
    yield from result

def permutations(pool, r=None):
    pool = tuple(pool)
    r = len(pool) if r is None else r
    def rec(prefix, rest):
        if len(prefix) == r:
            yield prefix
            return
        for i in range(len(rest)):
            yield from rec(prefix + (rest[i],), rest[:i] + rest[i + 1:])
    return rec((), pool)

def combinations(pool, r):
    pool = tuple(pool)
    def rec(start, prefix):
        if len(prefix) == r:
            yield prefix
            return
        for i in range(start, len(pool)):
            yield from rec(i + 1, prefix + (pool[i],))
    return rec(0, ())

def accumulate(it, func=lambda a, b: a + b, initial=None):
    it = iter(it)
    total = initial
    if total is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for x in it:
        total = func(total, x)
        yield total

def zip_longest(*its, fillvalue=None):
    iters = [iter(i) for i in its]
    while True:
        row, alive = [], 0
        for it in iters:
            try:
                row.append(next(it))
                alive += 1
            except StopIteration:
                row.append(fillvalue)
        if not alive:
            return
        yield tuple(row)

def tee(it, n=2):
    buffers = [[] for _ in range(n)]
    it = iter(it)
    def gen(buf):
        while True:
            if not buf:
                try:
                    x = next(it)
                except StopIteration:
                    return
                for b in buffers:
                    b.append(x)
            yield buf.pop(0)
    return tuple(gen(b) for b in buffers)

print(list(islice(count(10, 5), 5)), list(islice(cycle('ab'), 7)), list(chain('ab', [1], range(2))))
print(list(islice(range(20), 2, 15, 4)), list(islice('abc', 0)))
print([(k, ''.join(g)) for k, g in groupby('aaabccdddda')], [(k, len(g)) for k, g in groupby(range(10), key=lambda x: x // 3)])
print(list(product('ab', [0, 1])), len(list(product(range(3), repeat=3))))
print([''.join(p) for p in permutations('abc')], list(permutations(range(4), 2))[:5])
print(list(combinations('abcd', 2)), sum(1 for _ in combinations(range(10), 4)))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2], initial=100)), list(accumulate([])))
print(list(zip_longest('abc', [1], fillvalue='-')))
a, b = tee(x * x for x in range(5))
print(next(a), next(a), list(b), list(a))
words = sorted('apple avocado banana blueberry cherry cranberry date'.split(), key=lambda w: w[0])
print({k: g for k, g in groupby(words, key=lambda w: w[0])})
pythag = [(a, b, c) for a, b in combinations(range(1, 30), 2) for c in [int((a * a + b * b) ** 0.5)] if c < 30 and c * c == a * a + b * b]
print(pythag)
