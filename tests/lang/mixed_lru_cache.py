# An LRU cache built on dict insertion order, used to memoize a recursive function; plus stats.
def make_lru(capacity):
    data = {}
    stats = {'hits': 0, 'misses': 0, 'evictions': 0}
    def get(key, default=None):
        if key in data:
            value = data.pop(key)
            data[key] = value          # move to most-recent position
            stats['hits'] += 1
            return value
        stats['misses'] += 1
        return default
    def put(key, value):
        if key in data:
            data.pop(key)
        elif len(data) >= capacity:
            oldest = next(iter(data))
            del data[oldest]
            stats['evictions'] += 1
        data[key] = value
    def keys():
        return list(data)
    return get, put, keys, stats

get, put, keys, stats = make_lru(3)
put('a', 1); put('b', 2); put('c', 3)
print(keys())
print(get('a'), keys())
put('d', 4)
print(keys(), get('b'), get('c'), keys())
put('a', 100)
print(keys(), get('a'))
put('e', 5); put('f', 6)
print(keys(), stats)

# memoizing an expensive function with a bounded cache
calls = [0]
def make_cached(fn, capacity):
    cget, cput, ckeys, cstats = make_lru(capacity)
    marker = []
    def wrapper(n):
        v = cget(n, marker)
        if v is marker:
            v = fn(n)
            cput(n, v)
        return v
    return wrapper, cstats

def raw_partitions(n):
    calls[0] += 1
    # number of integer partitions using pentagonal recurrence, recursive through the cache
    if n < 0:
        return 0
    if n == 0:
        return 1
    total = 0
    k = 1
    while True:
        g1 = k * (3 * k - 1) // 2
        g2 = k * (3 * k + 1) // 2
        if g1 > n:
            break
        sign = 1 if k % 2 else -1
        total += sign * partitions(n - g1)
        if g2 <= n:
            total += sign * partitions(n - g2)
        k += 1
    return total

partitions, pstats = make_cached(raw_partitions, 1000)
for n in range(0, 101, 10):
    print(n, partitions(n))
print(partitions(300), calls[0], pstats)
# small cache thrashing: sequential scan larger than capacity gives no hits
get2, put2, keys2, stats2 = make_lru(4)
for rnd in range(3):
    for k in range(6):
        if get2(k) is None:
            put2(k, k * k)
print(keys2(), stats2)
# a working set that fits gives mostly hits
get3, put3, keys3, stats3 = make_lru(4)
for rnd in range(5):
    for k in [1, 2, 3, 2, 1, 4]:
        if get3(k) is None:
            put3(k, str(k))
print(keys3(), stats3)
hit_rate = stats3['hits'] / (stats3['hits'] + stats3['misses'])
print("hit rate %5.2f" % hit_rate, round(hit_rate, 3))
