# Binary search tree and AVL balancing: recursion, generators for traversal, __contains__/__len__/__iter__, bisect by hand.
class Node:
    def __init__(self, key, value):
        self.key, self.value = key, value
        self.left = self.right = None
        self.height = 1

def height(n):
    return n.height if n else 0

def update(n):
    n.height = 1 + max(height(n.left), height(n.right))

def rotate_right(y):
    x = y.left
    y.left, x.right = x.right, y
    update(y)
    update(x)
    return x

def rotate_left(x):
    y = x.right
    x.right, y.left = y.left, x
    update(x)
    update(y)
    return y

def balance(n):
    update(n)
    bf = height(n.left) - height(n.right)
    if bf > 1:
        if height(n.left.left) < height(n.left.right):
            n.left = rotate_left(n.left)
        return rotate_right(n)
    if bf < -1:
        if height(n.right.right) < height(n.right.left):
            n.right = rotate_right(n.right)
        return rotate_left(n)
    return n

class TreeMap:
    def __init__(self, balanced=True):
        self.root = None
        self.size = 0
        self.balanced = balanced

    def _insert(self, n, key, value):
        if n is None:
            self.size += 1
            return Node(key, value)
        if key < n.key:
            n.left = self._insert(n.left, key, value)
        elif key > n.key:
            n.right = self._insert(n.right, key, value)
        else:
            n.value = value
            return n
        if self.balanced:
            return balance(n)
        update(n)
        return n

    def __setitem__(self, key, value):
        self.root = self._insert(self.root, key, value)

    def __getitem__(self, key):
        n = self.root
        while n:
            if key == n.key:
                return n.value
            n = n.left if key < n.key else n.right
        raise KeyError(key)

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        return self.get(key, self) is not self

    def __len__(self):
        return self.size

    def _walk(self, n):
        if n:
            yield from self._walk(n.left)
            yield n.key, n.value
            yield from self._walk(n.right)

    def __iter__(self):
        return (k for k, _ in self._walk(self.root))

    def items(self):
        return list(self._walk(self.root))

    def range(self, lo, hi):
        def rec(n):
            if n is None:
                return
            if lo < n.key:
                yield from rec(n.left)
            if lo <= n.key < hi:
                yield n.key
            if n.key < hi:
                yield from rec(n.right)
        return list(rec(self.root))

    def depth(self):
        return height(self.root)

    def shape(self, n=None, first=True):
        if first:
            n = self.root
        if n is None:
            return '.'
        if not n.left and not n.right:
            return str(n.key)
        return f'({self.shape(n.left, False)} {n.key} {self.shape(n.right, False)})'

plain, avl = TreeMap(balanced=False), TreeMap()
for k in range(1, 32):
    plain[k] = k * k
    avl[k] = k * k
print(len(plain), plain.depth(), len(avl), avl.depth())
print(avl.shape())
print(avl[17], avl.get(99), 5 in avl, 99 in avl, list(avl)[:8], avl.range(10, 16))
words = TreeMap()
for w in 'it was the best of times it was the worst of times'.split():
    words[w] = words.get(w, 0) + 1
print(words.items(), words.shape())
try:
    words['missing']
except KeyError as e:
    print('KeyError:', e)
seq = [50, 20, 80, 10, 30, 70, 90, 25, 35, 5]
t = TreeMap()
for x in seq:
    t[x] = str(x)
print(t.shape(), t.depth(), [k for k in t if k % 20 == 0], sum(t), max(t), sorted(t, reverse=True)[:3])
