# operator: every function, the dunder aliases, attrgetter/itemgetter/methodcaller and errors.
import operator
from operator import *

print(lt(1, 2), le(2, 2), eq(1, 1.0), ne(1, 2), ge(1, 2), gt(3, 2), not_(0), truth([]), is_(None, None), is_not(1, None))
print(abs(-3), add(1, 2), and_(6, 3), floordiv(7, 2), index(5), inv(5), invert(0), lshift(1, 10), mod(7, 3))
print(mul(3, 4), matmul.__name__, neg(5), or_(4, 1), pos(-2), pow(2, 10), rshift(1024, 3), sub(5, 8), truediv(1, 4), xor(5, 1))
print(concat([1], [2]), concat("a", "b"), contains([1, 2], 2), countOf([1, 2, 1, 1.0], 1), indexOf("abc", "c"))
l = [1, 2, 3]
setitem(l, 0, 9)
delitem(l, 1)
print(l, getitem(l, -1), getitem("hello", slice(1, 3)))
print(length_hint([1, 2]), length_hint(iter(range(7))), length_hint(5, 3), call(max, 1, 5, key=neg))

class Hint:
    def __length_hint__(self):
        return NotImplemented

print(length_hint(Hint(), 4))
x = [1]
y = iadd(x, [2])
print(x, y is x, iadd(1, 2), iconcat([0], (1,)), isub(5, 2), imul("ab", 2), itruediv(1, 2), ifloordiv(9, 2))
print(imod(9, 4), ipow(2, 5), ilshift(1, 3), irshift(16, 2), iand(7, 2), ior(1, 2), ixor(3, 1))
s = {1}
print(ior(s, {2}) is s, s)
print(operator.__add__ is add, operator.__lt__(1, 2), operator.__not__(1), operator.__getitem__([5], 0), operator.__iadd__(1, 1))
print(operator.__inv__(1), operator.__concat__("x", "y"), operator.__contains__("ab", "a"), operator.__call__(len, "ab"))

class P:
    def __init__(self, name, age):
        self.name = name
        self.age = age
        self.me = self

people = [P("bob", 30), P("al", 25), P("cy", 35)]
print([p.name for p in sorted(people, key=attrgetter("age"))], attrgetter("name", "age")(people[0]))
print(attrgetter("me.me.name")(people[1]), repr(attrgetter("a")), repr(attrgetter("a.b", "c")))
print(sorted([(1, "b"), (0, "z"), (1, "a")], key=itemgetter(1)), itemgetter(0, 2)("abc"), itemgetter(slice(1, None))("xyz"))
print(repr(itemgetter(1)), repr(itemgetter("a", 2)), itemgetter("k")({"k": 4}))
print(methodcaller("upper")("abc"), methodcaller("split", ",", 1)("a,b,c"), methodcaller("get", "z", default=0) if False else methodcaller("replace", "a", "o")("banana"))
print(repr(methodcaller("f")), repr(methodcaller("f", 1, "x", k=2)))
print(list(map(itemgetter(0), [(1, 2), (3, 4)])), list(map(methodcaller("bit_length"), [1, 255])))
print(sorted(operator.__all__) == sorted(n for n in operator.__all__ if hasattr(operator, n)), len(operator.__all__))

def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: concat(1, 2))
err(lambda: concat({}, {}))
err(lambda: index(1.5))
err(lambda: index("a"))
err(lambda: length_hint([], "a"))
err(lambda: attrgetter(1))
err(lambda: attrgetter())
err(lambda: itemgetter())
err(lambda: methodcaller())
err(lambda: methodcaller(1))
err(lambda: indexOf([1], 2))
err(lambda: attrgetter("nope")(1))
err(lambda: itemgetter(5)([1]))
err(lambda: truediv(1, 0))
err(lambda: add(1, "a"))
err(lambda: neg("a"))
