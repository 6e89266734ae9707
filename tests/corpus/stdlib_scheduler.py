# Scheduler simulation: heapq + itertools + random.seed + bisect.
import heapq
import itertools
import random
import bisect
from collections import deque

random.seed(12345)

counter = itertools.count()
tasks = []
names = ["build", "test", "lint", "deploy", "docs", "bench", "fmt", "pack"]
for name in names:
    prio = random.randint(1, 5)
    dur = random.choice([1, 2, 3, 5, 8])
    heapq.heappush(tasks, (prio, next(counter), name, dur))

print("queue size", len(tasks), "smallest", heapq.nsmallest(3, tasks))
print("largest", heapq.nlargest(2, tasks, key=lambda t: t[3]))

clock = 0
timeline = []
while tasks:
    prio, seq, name, dur = heapq.heappop(tasks)
    timeline.append((clock, clock + dur, name, prio))
    clock += dur
for start, end, name, prio in timeline:
    print(f"{start:3}-{end:<3} p{prio} {name}")

# merge sorted event streams
a = [(1, "a1"), (4, "a2"), (9, "a3")]
b = [(2, "b1"), (3, "b2"), (10, "b3")]
c = [(0, "c0"), (7, "c1")]
print(list(heapq.merge(a, b, c)))
print(list(heapq.merge([5, 3, 1], [4, 2], reverse=True)))

h = [5, 1, 8, 3, 2]
heapq.heapify(h)
print(h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 9), h)

# itertools toolbox
print(list(itertools.islice(itertools.cycle("ABC"), 7)))
print(list(itertools.accumulate([3, 1, 4, 1, 5], max)), list(itertools.accumulate(range(6))))
print(list(itertools.chain.from_iterable([[1, 2], (3,), "xy"])))
for key, grp in itertools.groupby(sorted(timeline, key=lambda t: t[3]), key=lambda t: t[3]):
    print("prio", key, [g[2] for g in grp])
print(list(itertools.combinations("ABCD", 2)))
print(len(list(itertools.permutations(range(4), 3))), list(itertools.product("ab", repeat=2)))
print(list(itertools.zip_longest("abc", [1], fillvalue="-")))
print(list(itertools.takewhile(lambda x: x < 5, [1, 3, 6, 2])), list(itertools.dropwhile(lambda x: x < 5, [1, 3, 6, 2])))
print(list(itertools.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(itertools.starmap(pow, [(2, 5), (3, 2)])))
print(list(itertools.repeat("z", 3)), list(itertools.filterfalse(lambda x: x % 2, range(7))))
it1, it2 = itertools.tee(iter([1, 2, 3]))
print(list(it1), list(it2), list(itertools.pairwise("abcd")))
print(list(itertools.combinations_with_replacement("ab", 2)))

# random toolbox with fixed seed
random.seed("sparrow")
print([random.randint(0, 100) for _ in range(5)])
print(random.random() < 1.0, round(random.uniform(1, 2), 6))
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 5), random.choice("xyz"))
print(random.choices(["a", "b", "c"], weights=[5, 1, 1], k=6))
print(random.randrange(0, 50, 5), random.getrandbits(16))
r = random.Random(7)
print([r.randint(1, 6) for _ in range(10)])
state = r.getstate()
x = r.random()
r.setstate(state)
print(x == r.random())

# round-robin with a deque and bisect-based time slots
slots = [0, 10, 20, 30, 40]
labels = ["night", "morning", "noon", "evening", "late"]
for t in [0, 5, 10, 25, 39, 40, 99]:
    print(t, labels[bisect.bisect_right(slots, t) - 1], bisect.bisect_left(slots, t))
q = deque(["p1", "p2", "p3"])
work = {"p1": 3, "p2": 1, "p3": 2}
order = []
while q:
    p = q.popleft()
    work[p] -= 1
    order.append(p)
    if work[p]:
        q.append(p)
print(order)
sl = []
for v in [5, 1, 4, 1, 3]:
    bisect.insort(sl, v)
print(sl, bisect.bisect(sl, 1))
d = deque(range(5), maxlen=3)
d.rotate(1)
d.appendleft(9)
print(d, d.maxlen)
