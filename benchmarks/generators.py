"""generators: generator pipelines, generator expressions and `yield from` over trees.

What it stresses: generator creation, resumption and closing, `yield from` delegation,
generator expressions consumed by sum/any/max, and built-ins driving iterators.
Algorithm: after the pyperformance "generators" benchmark (in-order traversal of a binary tree
with recursive `yield from`), extended with a multi-stage pipeline; the size argument is the
number of items pushed through the pipelines (the tree has size // 4 nodes).
"""
import sys

DEFAULT_SIZE = 800000   # about 0.5-3 s on CPython 3.11 on this machine
QUICK_SIZE = 20000      # about 20-80 ms on CPython 3.11 (used by `make check` and --quick runs)


class Tree:
    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right

    def __iter__(self):
        # In-order traversal by recursive delegation.
        if self.left is not None:
            yield from self.left
        yield self.value
        if self.right is not None:
            yield from self.right


def build_tree(lo, hi):
    """A balanced tree holding lo .. hi - 1."""
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Tree(build_tree(lo, mid), mid, build_tree(mid + 1, hi))


def numbers(n):
    """A simple LCG stream of n pseudo-random numbers below 1000."""
    x = 12345
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        yield (x >> 8) % 1000


def evens(items):
    for x in items:
        if x % 2 == 0:
            yield x


def scaled(items, factor):
    for x in items:
        yield x * factor


def running_total(items):
    total = 0
    for x in items:
        total += x
        yield total


def chunks(items, size):
    """Group a stream into lists of `size` items (the last may be shorter)."""
    chunk = []
    for x in items:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(nested):
    for part in nested:
        yield from part


def take_while_small(items, limit):
    for x in items:
        if x >= limit:
            return
        yield x


def pipeline(n):
    """Chain several generator stages; return a small checksum."""
    last = 0
    count = 0
    for total in running_total(scaled(evens(numbers(n)), 3)):
        last = total
        count += 1
    regrouped = sum(len(c) for c in chunks(flatten(chunks(numbers(n), 7)), 5))
    small = sum(1 for _ in take_while_small(numbers(n), 999))
    return count, last % 1000003, regrouped, small


def expressions(n):
    """Generator expressions feeding built-ins."""
    squares = sum(i * i for i in range(n))
    odd_big = max(x for x in numbers(n) if x % 2)
    has_zero = any(x == 0 for x in numbers(n))
    all_small = all(x < 1000 for x in numbers(n))
    pairs = sum(a * b for a, b in zip(numbers(n), range(n)))
    nested = sum(x for row in ((i, i + 1) for i in range(n // 2)) for x in row)
    return squares % 1000003, odd_big, has_zero, all_small, pairs % 1000003, nested


def closing(n):
    """Partially consume generators and close them, running their finally blocks."""
    cleanups = [0]

    def guarded(limit):
        try:
            for i in range(limit):
                yield i
        finally:
            cleanups[0] += 1

    total = 0
    for k in range(n // 20):
        g = guarded(20)
        for x in g:
            if x == k % 10:
                break
            total += x
        g.close()
    return total, cleanups[0]


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    tree = build_tree(0, size // 4)
    walked = 0
    for v in tree:
        walked += v
    print("tree", walked, sum(1 for _ in tree))
    print("pipeline", *pipeline(size))
    print("expressions", *expressions(size))
    print("closing", *closing(size))


if __name__ == "__main__":
    main()
