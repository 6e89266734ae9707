# copy.copy / copy.deepcopy of range objects and of the built-in container iterators
# (through their __reduce__ / __setstate__, as CPython).
import copy
r = range(1, 10, 2)
print(copy.copy(r), copy.deepcopy(r), copy.copy(r) is r, copy.deepcopy(r) == r)
print(copy.deepcopy([range(3), range(0)]))
makers = [
    ("list", lambda: iter([1, 2, 3])), ("tuple", lambda: iter((1, 2, 3))), ("range", lambda: iter(range(5))),
    ("bigrange", lambda: iter(range(2**70, 2**70 + 3))), ("str", lambda: iter("aé€x")),
    ("bytes", lambda: iter(b"xyz")), ("dict", lambda: iter({'a': 1, 'b': 2})),
    ("values", lambda: iter({'a': 1, 'b': 2}.values())), ("items", lambda: iter({'a': 1, 'b': 2}.items())),
]
for name, mk in makers:
    for f in (copy.copy, copy.deepcopy):
        it = mk()
        next(it)
        c = f(it)
        print(name, f.__name__, type(c).__name__ if name not in ("bigrange", "str") else "-", list(c), list(it))
lst = [[1], [2]]
it = iter(lst)
next(it)
d = copy.deepcopy(it)
print(list(d), d is not it)
c = copy.copy(iter(lst))
print(next(c) is lst[0])
lst.append([3])
c = copy.copy(iter(lst))
lst.append([4])
print(list(c))
done = iter([1])
list(done)
print(list(copy.copy(done)), list(copy.deepcopy(done)))
s = iter({5})
print(list(copy.copy(s)), list(s))
it = iter([1, 2, 3])
it.__setstate__(2)
print(list(it))
it = iter("héllo")
it.__setstate__(1)
print(list(it))
it = iter(range(10))
it.__setstate__(100)
print(list(it))
it = iter([1, 2])
it.__setstate__(-5)
print(list(it))
try:
    iter([1]).__setstate__("x")
except TypeError as e:
    print(type(e).__name__)
