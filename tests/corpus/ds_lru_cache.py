# An LRU cache implemented with a dict and a sentinel-based doubly linked list, used as a decorator with statistics.
class _Link:
    __slots__ = ('key', 'value', 'prev', 'next')
    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = self

class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError('capacity must be positive')
        self.capacity = capacity
        self.map = {}
        self.root = _Link()
        self.hits = self.misses = self.evictions = 0
    def _unlink(self, link):
        link.prev.next, link.next.prev = link.next, link.prev
    def _push_front(self, link):
        link.next, link.prev = self.root.next, self.root
        self.root.next.prev = link
        self.root.next = link
    def get(self, key, default=None):
        link = self.map.get(key)
        if link is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(link)
        self._push_front(link)
        return link.value
    def put(self, key, value):
        link = self.map.get(key)
        if link is not None:
            link.value = value
            self._unlink(link)
            self._push_front(link)
            return
        if len(self.map) >= self.capacity:
            old = self.root.prev
            self._unlink(old)
            del self.map[old.key]
            self.evictions += 1
        link = _Link(key, value)
        self.map[key] = link
        self._push_front(link)
    def __contains__(self, key):
        return key in self.map
    def __len__(self):
        return len(self.map)
    def keys(self):
        out, link = [], self.root.next
        while link is not self.root:
            out.append(link.key)
            link = link.next
        return out
    def __repr__(self):
        return f'LRUCache({self.keys()}, hits={self.hits}, misses={self.misses}, evictions={self.evictions})'

c = LRUCache(3)
for k in 'abcabdaec':
    if c.get(k) is None:
        c.put(k, k.upper())
    print(k, c.keys())
print(c, 'a' in c, 'b' in c, len(c))
try:
    LRUCache(0)
except ValueError as e:
    print('ValueError:', e)

def lru(capacity):
    def deco(fn):
        cache = LRUCache(capacity)
        sentinel = object()
        def wrapper(*args):
            v = cache.get(args, sentinel)
            if v is sentinel:
                v = fn(*args)
                cache.put(args, v)
            return v
        wrapper.cache = cache
        return wrapper
    return deco

@lru(100)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), fib.cache.hits, fib.cache.misses, fib.cache.evictions)

@lru(8)
def collatz(n):
    return 0 if n == 1 else 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)
print([collatz(n) for n in range(1, 20)], collatz.cache)

@lru(2)
def slow_square(x):
    slow_square.calls += 1
    return x * x
slow_square.calls = 0
seq = [1, 2, 1, 3, 1, 2, 2, 4, 1]
print([slow_square(x) for x in seq], 'computed', slow_square.calls, 'times for', len(seq), 'calls')
