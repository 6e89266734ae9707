# heapq and bisect: results, stability of nlargest/nsmallest, merge with key/reverse, errors.
import heapq
import bisect
from heapq import *

h = []
for v in [5, 3, 8, 1, 9, 2, 7]:
    heappush(h, v)
print(h, [heappop(h) for _ in range(len(h))])
data = [9, 1, 8, 2, 7, 3, 6, 4, 5, 0]
heapify(data)
print(data, heapreplace(data, 10), data, heappushpop(data, -1), heappushpop(data, 11), data)
print(heappushpop([], 3))
pairs = [(1, "b"), (1, "a"), (0, "z"), (2, "q")]
heapify(pairs)
print(pairs)
words = "the quick brown fox jumps over the lazy dog again and again".split()
print(nlargest(3, words), nsmallest(3, words), nlargest(3, words, key=len), nsmallest(4, words, key=len))
print(nlargest(1, words, key=len), nsmallest(1, []), nlargest(0, words), nsmallest(-1, words), nlargest(100, [3, 1, 2]))
recs = [(k % 3, i) for i, k in enumerate(range(20))]
print(nsmallest(5, recs, key=lambda r: r[0]), nlargest(5, recs, key=lambda r: r[0]))
print(nsmallest(3, iter([5, 1, 4, 1, 5, 9, 2, 6])), nlargest(3, iter([5, 1, 4, 1, 5, 9, 2, 6])))
print(list(merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(merge()), list(merge([], [1])))
print(list(merge([7, 4, 1], [8, 5, 2], reverse=True)))
print(list(merge(["a", "ccc"], ["bb", "dddd"], key=len)), list(merge([3, 1], [2], key=lambda x: -x)))
print(list(merge([(1, "a"), (2, "b")], [(1, "c"), (2, "d")], key=lambda p: p[0])))
print(list(merge([5, 3, 1], [4, 2], key=abs, reverse=True)))

def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: heappop([]))
err(lambda: heapreplace([], 1))
err(lambda: heappush((), 1))
err(lambda: heapify(()))
err(lambda: heappushpop((), 1))
err(lambda: heappush([1], "a"))

a = [1, 2, 2, 2, 3, 5, 8]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 2), bisect.bisect_left(a, 4), bisect.bisect(a, 100), bisect.bisect_left(a, -1))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 2), bisect.bisect(a, 2, hi=-1), bisect.bisect(a, 2, 0, None))
bisect.insort(a, 4)
bisect.insort_left(a, 2)
bisect.insort_right(a, 9)
bisect.insort(a, 0, 0, 1)
print(a)
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("d", 4), key=lambda r: r[1])
bisect.insort_left(recs, ("e", 3), key=lambda r: r[1])
print(recs)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
err(lambda: bisect.bisect([], 1, -1))
err(lambda: bisect.bisect([], 1, 1.0))
err(lambda: bisect.insort((), 1))
err(lambda: bisect.bisect([1, "a"], 2))
