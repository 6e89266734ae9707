# Cache simulator: OrderedDict LRU vs functools.lru_cache vs a heap-based LFU,
# driven by a seeded random workload; time/gc used only for non-printed checks.
import random
import heapq
import time
import gc
import itertools
from collections import OrderedDict, Counter, defaultdict
from functools import lru_cache


class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key, load):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        val = load(key)
        self.data[key] = val
        if len(self.data) > self.cap:
            self.data.popitem(last=False)
        return val


class LFU:
    def __init__(self, cap):
        self.cap = cap
        self.data = {}
        self.freq = Counter()
        self.tick = itertools.count()
        self.last = {}
        self.hits = self.misses = 0

    def get(self, key, load):
        self.freq[key] += 1
        self.last[key] = next(self.tick)
        if key in self.data:
            self.hits += 1
            return self.data[key]
        self.misses += 1
        if len(self.data) >= self.cap:
            victim = heapq.nsmallest(1, self.data, key=lambda k: (self.freq[k], self.last[k]))[0]
            del self.data[victim]
        self.data[key] = load(key)
        return self.data[key]


def zipf_workload(n, universe, seed):
    rng = random.Random(seed)
    weights = [1 / (i + 1) for i in range(universe)]
    return rng.choices(range(universe), weights=weights, k=n)


loads = Counter()


def load(key):
    loads[key] += 1
    return key * key


work = zipf_workload(20000, 200, seed=99)
print(work[:15], Counter(work).most_common(3))
t0 = time.perf_counter()
results = {}
for cap in (8, 32, 64):
    lru, lfu = LRU(cap), LFU(cap)
    for k in work:
        assert lru.get(k, load) == k * k
        assert lfu.get(k, load) == k * k
    results[cap] = (lru.hits, lfu.hits)
    print(f"cap={cap:3} LRU hit={lru.hits / len(work):.3f} LFU hit={lfu.hits / len(work):.3f}")
elapsed = time.perf_counter() - t0
print("elapsed is float:", isinstance(elapsed, float), elapsed >= 0)


@lru_cache(maxsize=32)
def cached_load(key):
    return key * key


for k in work:
    cached_load(k)
info = cached_load.cache_info()
print(info, info.hits == results[32][0], info.currsize)
print(cached_load.cache_parameters() if hasattr(cached_load, "cache_parameters") else {})


@lru_cache(maxsize=None, typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind.cache_info().currsize)

# gc / time sanity (values not printed, only types and relations)
gc.collect()
print(isinstance(gc.collect(), int), gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
t1 = time.time()
t2 = time.monotonic()
print(t1 > 1.6e9, isinstance(t2, float), time.time_ns() // 10 ** 9 >= int(t1) - 1)
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(0)), time.gmtime(86400 * 365).tm_year)
st = time.gmtime(1700000000)
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min, st.tm_wday, st.tm_yday)
print(time.strftime("%a %b %d %j %%", st), time.asctime(st))
print(time.mktime(time.localtime(1700000000)) == 1700000000.0, time.calendar_timegm(st) if hasattr(time, "calendar_timegm") else "")
time.sleep(0.001)
print(time.perf_counter_ns() > 0, time.process_time() >= 0)

per_key = defaultdict(int)
for k in work[:1000]:
    per_key[k % 10] += 1
print(sorted(per_key.items()))
print(sum(loads.values()), len(loads) <= 200)
