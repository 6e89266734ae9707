# A doubly linked list class with the sequence protocol, iterators, reversed(), slicing and equality.
class Node:
    __slots__ = ('value', 'prev', 'next')
    def __init__(self, value):
        self.value = value
        self.prev = self.next = None

class LinkedList:
    def __init__(self, items=()):
        self.head = self.tail = None
        self.size = 0
        for x in items:
            self.append(x)

    def append(self, value):
        node = Node(value)
        if self.tail is None:
            self.head = self.tail = node
        else:
            node.prev = self.tail
            self.tail.next = node
            self.tail = node
        self.size += 1

    def appendleft(self, value):
        node = Node(value)
        if self.head is None:
            self.head = self.tail = node
        else:
            node.next = self.head
            self.head.prev = node
            self.head = node
        self.size += 1

    def _node(self, index):
        if index < 0:
            index += self.size
        if not 0 <= index < self.size:
            raise IndexError('LinkedList index out of range')
        if index < self.size // 2:
            node = self.head
            for _ in range(index):
                node = node.next
        else:
            node = self.tail
            for _ in range(self.size - 1 - index):
                node = node.prev
        return node

    def __getitem__(self, index):
        if isinstance(index, slice):
            return LinkedList(list(self)[index])
        return self._node(index).value

    def __setitem__(self, index, value):
        self._node(index).value = value

    def __delitem__(self, index):
        node = self._node(index)
        if node.prev:
            node.prev.next = node.next
        else:
            self.head = node.next
        if node.next:
            node.next.prev = node.prev
        else:
            self.tail = node.prev
        self.size -= 1

    def __len__(self):
        return self.size

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __reversed__(self):
        node = self.tail
        while node:
            yield node.value
            node = node.prev

    def __contains__(self, value):
        return any(v == value for v in self)

    def __eq__(self, other):
        if not isinstance(other, LinkedList):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))

    def __add__(self, other):
        return LinkedList(list(self) + list(other))

    def __repr__(self):
        return 'LinkedList([' + ', '.join(map(repr, self)) + '])'

    def reverse(self):
        node = self.head
        self.head, self.tail = self.tail, self.head
        while node:
            node.prev, node.next = node.next, node.prev
            node = node.prev

ll = LinkedList(range(5))
ll.appendleft(-1)
ll.append(5)
print(ll, len(ll), ll[0], ll[-1], ll[3], 3 in ll, 42 in ll)
ll[2] = 'two'
del ll[0]
del ll[-1]
print(ll, list(reversed(ll)), ll[1:4], ll[::2])
ll.reverse()
print(ll, ll == LinkedList([4, 3, 2, 'two', 0]), ll == [1], ll != LinkedList())
print(ll + [9, 10], sum(x for x in ll if isinstance(x, int)), sorted(ll, key=str))
try:
    ll[10]
except IndexError as e:
    print('IndexError:', e)
empty = LinkedList()
print(empty, len(empty), bool(empty), list(reversed(empty)))
words = LinkedList('the quick brown fox'.split())
while len(words):
    print(words[0], end=' ')
    del words[0]
print()
a, b, *rest = LinkedList('xyzw')
print(a, b, rest, dict(enumerate(LinkedList('ab'))))
