# itertools in C (_itertools): edge cases, argument errors, absurd sizes, subclasses.
import itertools
from itertools import *


def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


# count: big ints, floats, keywords, reprs, fast path crossing the small-int range
c = count(2**47 - 2, 1)
print([next(c) for _ in range(4)], repr(c))
c = count(-2**47 + 1, -1)
print([next(c) for _ in range(3)])
print(list(islice(count(start=1, step=2), 3)), repr(count(0, 2.5)), repr(count(1.5, 1)), repr(count(10**20, -3)))
print(list(islice(count(0.5, 0.25), 3)), list(islice(count(1j, 1), 2)))
err(lambda: count(1, 2, 3))
err(lambda: count(foo=1))
err(lambda: count(None))

import copy
c = count(3, 2)
next(c)
print(c.__reduce__()[1], count(1.5).__reduce__()[1], count(2**70).__reduce__()[1], count().__reduce__()[1], list(islice(copy.copy(c), 2)), next(c))
r = repeat("a", 3)
next(r)
print(r.__reduce__()[1], repeat(None).__reduce__()[1], list(copy.copy(r)), list(r))

# repeat
print(repr(repeat(None, 0)), repr(repeat([1], times=2)), list(repeat(object=7, times=2)), list(repeat(1, -5)))
r = repeat("x", 2)
print(r.__length_hint__(), next(r), r.__length_hint__(), next(r), r.__length_hint__(), list(r))
err(lambda: repeat(1, 10**30))
err(lambda: repeat(1, "a"))
err(lambda: repeat(1, 2, 3))

# cycle
cy = cycle(iter([1, 2, 3]))
print([next(cy) for _ in range(8)])
err(lambda: cycle([1], [2]))
err(lambda: cycle(x=1))

# chain
print(list(chain()), list(chain([], [], [1])), list(chain.from_iterable([])), list(chain.from_iterable([[1], (), "ab"])))
ch = chain([1], 2, [3])
print(next(ch))
err(lambda: next(ch))
err(lambda: list(chain.from_iterable([1])))
err(lambda: chain(a=1))
print(chain[int] is chain or chain[int] == chain[int])

# islice
print(list(islice(range(20), 2, 15, 4)), list(islice(range(5), None, None, None)), list(islice(range(5), 3, 2)))
print(list(islice(count(), 10**18, 10**18 + 2)) if False else "skip", list(islice(range(10), 0, 10**18, 3)))
err(lambda: islice([1], 10**30))
err(lambda: islice([1], -10**30))
err(lambda: islice([1], 10**30, 3))
err(lambda: islice([1], 0, None, 10**30))
err(lambda: islice([1], -1, 3))
err(lambda: islice([1], 0, -1))
err(lambda: islice([1], 1.0))
err(lambda: islice(1, 2))
s = iter(range(10))
print(list(islice(s, 2, 6, 2)), next(s))

# zip_longest
print(list(zip_longest([1, 2], [], "abc", fillvalue=0)), list(zip_longest("ab")), list(zip_longest([], [])))
err(lambda: zip_longest([1], fill=2))
err(lambda: zip_longest(1))

# product
print(list(product("ab", repeat=0)), list(product(repeat=3)), list(product("ab", "", repeat=2)), len(list(product("abc", "de", repeat=2))))
import sys
# CPython tries to allocate these (MemoryError, or minutes of swapping); Sparrow refuses at once.
for pools, rep in ((range(10**6),), 10**9), ((range(0),), 10**12):
    if sys.implementation.name != "cpython":
        err(lambda: product(*pools, repeat=rep))
    else:
        print("MemoryError ")
err(lambda: product(range(10), repeat=10**19))
err(lambda: product("a", foo=1))
err(lambda: product("a", repeat=1, foo=1))
err(lambda: product("a", repeat="x"))
err(lambda: product(1))

# permutations / combinations / combinations_with_replacement
print(list(permutations("abc", 0)), list(permutations("", None)), list(permutations("ab", r=1)), list(permutations([1, 2, 3], 3))[:3])
err(lambda: permutations(range(5), 10**18))
err(lambda: combinations(range(5), 10**18))
print(list(permutations("ab", True)), list(permutations(range(3), 4)), list(combinations(range(3), 5)))
print(list(combinations("abc", 3)), list(combinations("", 0)), list(combinations(r=2, iterable="abc")))
print(list(combinations_with_replacement("ab", 3)), list(combinations_with_replacement("ab", 0)))
print(len(list(permutations(range(7)))), len(list(combinations_with_replacement(range(6), 4))))
err(lambda: combinations_with_replacement("ab", 10**12))
err(lambda: permutations("ab", 1.0))
err(lambda: permutations("ab", 10**30))
err(lambda: permutations())
err(lambda: combinations("ab", "x"))
err(lambda: combinations("ab", 10**30))
err(lambda: combinations_with_replacement("ab"))
err(lambda: permutations(1))
err(lambda: permutations("a", 1, 2))

# accumulate
print(list(accumulate([1, 2, 3], initial=None)), list(accumulate([1, 2, 3], None)), list(accumulate([], lambda a, b: a)))
print(list(accumulate(iterable=[1, 2], func=lambda a, b: a - b, initial=10)), list(accumulate(["a", "b"], initial="")))
err(lambda: accumulate([1], None, None))
err(lambda: accumulate([1], bad=1))
def one(a):
    return a

err(lambda: list(accumulate([1, 2], one)))

# starmap / compress / takewhile / dropwhile / filterfalse / pairwise
print(list(starmap(max, [[1, 5], (2, 3), "ab"])), list(starmap(lambda: 0, [()])))
err(lambda: list(starmap(pow, [1])))
err(lambda: starmap(pow))
print(list(compress(data="abc", selectors=[0, 1])), list(compress(range(10), cycle([1, 0]))))
err(lambda: compress([1], 2))
print(list(takewhile(bool, [1, 1, 0, 1])), list(dropwhile(bool, [1, 1, 0, 1, 0])), list(filterfalse(bool, [0, 1, 0])))
tw = takewhile(lambda x: x < 2, iter(range(5)))
print(list(tw), list(tw))
err(lambda: list(takewhile(lambda x: 1 / x, [1, 0])))
err(lambda: list(dropwhile(None, [1])))
err(lambda: takewhile(bool, [1], x=1))
print(list(pairwise(iter("abcd"))), list(pairwise(range(2))))
err(lambda: pairwise(x=[1]))
err(lambda: pairwise([1], [2]))

# subclasses and types
class MyChain(chain):
    pass

class Count2(count):
    def double(self):
        return 2 * next(self)

mc = MyChain("ab", "c")
print(type(mc).__name__, list(mc), isinstance(mc, chain), type(MyChain.from_iterable(["xy"])).__name__, list(MyChain.from_iterable(["xy"])))
c2 = Count2(5)
print(c2.double(), next(c2))
print(type(count()).__module__, type(permutations("a")).__name__, iter(c2) is c2)
print(sorted(n for n in ("count", "chain", "islice", "product", "groupby", "tee") if hasattr(itertools, n)))

# callables that raise mid-iteration leave the iterator usable
def gen():
    yield 1
    raise ValueError("boom")

ch = chain(gen(), [2])
print(next(ch))
err(lambda: next(ch))
print(list(ch))
