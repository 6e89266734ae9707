"""sort: list.sort and sorted() on pseudo-random ints, floats, strs and tuples.

What it stresses: the list sort (merges, galloping, runs), rich comparisons of ints, floats,
strs and tuples, key= functions and reverse=, stability.
Algorithm: sorting seeded pseudo-random data (an LCG of this program) in the shapes of the
classic sort benchmarks: random, already sorted, reversed, few distinct values, sorted with a
few swaps, and sorted runs appended together; the size argument is the length of each list.
"""
import sys

DEFAULT_SIZE = 150000   # about 0.5-3 s on CPython 3.11 on this machine
QUICK_SIZE = 7000       # about 20-80 ms on CPython 3.11 (used by `make check` and --quick runs)


class Lcg:
    def __init__(self, seed):
        self.x = seed

    def next(self):
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return self.x >> 33

    def ints(self, n, limit):
        return [self.next() % limit for _ in range(n)]

    def floats(self, n):
        return [self.next() / 2147483648.0 - 0.5 for _ in range(n)]

    def words(self, n):
        letters = "abcdefghijklmnopqrstuvwxyz"
        out = []
        for _ in range(n):
            r = self.next()
            length = 1 + r % 8
            out.append("".join(letters[(r >> (3 + 4 * k)) % 26] for k in range(length)))
        return out


def checksum(items):
    """Order-sensitive checksum of a sorted list of ints."""
    h = 0
    for i in range(0, len(items), max(1, len(items) // 500)):
        h = (h * 31 + items[i]) % 1000000007
    return h


def is_sorted(items, key=None, reverse=False):
    keys = items if key is None else [key(x) for x in items]
    if reverse:
        return all(keys[i] >= keys[i + 1] for i in range(len(keys) - 1))
    return all(keys[i] <= keys[i + 1] for i in range(len(keys) - 1))


def sort_ints(rnd, n):
    results = []
    data = rnd.ints(n, 1 << 30)
    results.append(checksum(sorted(data)))
    results.append(checksum(sorted(data, reverse=True)))
    ordered = sorted(data)
    results.append(checksum(sorted(ordered)))                  # already sorted
    results.append(checksum(sorted(ordered[::-1])))            # descending
    few = rnd.ints(n, 4)
    few.sort()
    results.append(checksum(few))                             # few distinct values
    swapped = ordered[:]
    for _ in range(10):
        i, j = rnd.next() % n, rnd.next() % n
        swapped[i], swapped[j] = swapped[j], swapped[i]
    swapped.sort()
    results.append(checksum(swapped))
    runs = []
    for k in range(8):
        runs.extend(sorted(rnd.ints(n // 8, 1000 * (k + 1))))
    runs.sort()
    results.append(checksum(runs))
    return results


def sort_floats(rnd, n):
    data = rnd.floats(n)
    asc = sorted(data)
    by_abs = sorted(data, key=abs)
    desc = sorted(data, reverse=True)
    assert is_sorted(asc) and is_sorted(by_abs, key=abs) and is_sorted(desc, reverse=True)
    return "%.9f %.9f %.9f %.9f" % (asc[0], asc[-1], by_abs[0], desc[n // 3])


def sort_strs(rnd, n):
    words = rnd.words(n)
    plain = sorted(words)
    by_len = sorted(words, key=len)                 # stable: equal lengths keep input order
    folded = sorted(words, key=lambda w: (w[::-1], len(w)), reverse=True)
    return plain[0], plain[-1], by_len[0], by_len[-1], folded[0], folded[n // 2]


def sort_tuples(rnd, n):
    records = [(rnd.next() % 100, rnd.next() % 1000, "id%d" % i) for i in range(n)]
    records.sort()
    head = records[:2]
    records.sort(key=lambda r: r[1])
    mid = records[n // 2]
    # Multi-pass stable sort: by second field descending, then first field ascending.
    records.sort(key=lambda r: r[1], reverse=True)
    records.sort(key=lambda r: r[0])
    return head, mid, records[0], records[-1]


class Item:
    def __init__(self, weight, name):
        self.weight = weight
        self.name = name

    def __lt__(self, other):
        return self.weight < other.weight


def sort_objects(rnd, n):
    items = [Item(rnd.next() % 1000, i) for i in range(n // 4)]
    items.sort()
    first = [it.name for it in items[:3]]
    items.sort(key=lambda it: (-it.weight, it.name))
    return first, items[0].name, items[-1].name


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    rnd = Lcg(1234)
    print("ints", *sort_ints(rnd, size))
    print("floats", sort_floats(rnd, size))
    print("strs", *sort_strs(rnd, size))
    print("tuples", *sort_tuples(rnd, size))
    print("objects", *sort_objects(rnd, size))


if __name__ == "__main__":
    main()
