# range, enumerate, zip, map, filter, reversed, iter, next.
print(list(range(5)), list(range(2, 7)), list(range(0, 20, 5)), list(range(10, 0, -3)), list(range(-5, 5, 2)))
print(list(range(0)), list(range(5, 2)), list(range(2, 5, -1)), list(range(-1, -10, -4)))
r = range(3, 30, 4)
print(r, len(r), r[0], r[2], r[-1], r[-2], 7 in r, 8 in r, 27 in r, 31 in r)
print(range(10), range(1, 5), range(1, 5, 2), range(0, -5, -1))
print(len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(5, 5)))
print(r.index(11), r.count(11), r.count(12), r.start, r.stop, r.step)
print(range(0, 5) == range(0, 5), range(0) == range(5, 2), list(reversed(range(4))))
for i in range(3):
    print("range loop", i)
print(sum(range(101)), max(range(7)), min(range(3, 9)))
# enumerate
print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate([], 5)), list(enumerate('xy', start=-2)))
for i, ch in enumerate("hey", start=10):
    print(i, ch)
# zip
print(list(zip([1, 2, 3], 'abc')), list(zip([1, 2], 'abcd')), list(zip()), list(zip([1])), list(zip([], [1])))
print(list(zip(range(3), range(10, 13), range(20, 23))))
names = ['a', 'b', 'c']
vals = [1, 2, 3]
print(dict(zip(names, vals)))
pairs = [(1, 'x'), (2, 'y'), (3, 'z')]
nums, lets = zip(*pairs)
print(nums, lets)
# map and filter
print(list(map(str, [1, 2, 3])), list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6, 7])), list(map(abs, [-1, 2, -3])))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(lambda x: x % 2, range(10))))
print(list(map(int, "1 2 3".split())), sum(map(len, ["ab", "cde"])))
# reversed
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed((1, 2))), ''.join(reversed('hello')), list(reversed([])))
# iter / next
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'done'), next(it, None))
it = iter('ab')
print(next(it), list(it), list(it))
it = iter(range(5))
next(it)
print(list(it))
d = {'x': 1, 'y': 2}
dit = iter(d)
print(next(dit), next(dit), next(dit, 'end'))
it = iter([10, 20, 30, 40])
for v in it:
    print("for over iterator", v, next(it, None))
# iterators are single-pass
m = map(lambda x: x * 2, [1, 2, 3])
print(list(m), list(m))
z = zip('ab', 'cd')
print(list(z), list(z))
e = enumerate('q')
print(list(e), list(e))
f = filter(None, [1, 0, 2])
print(next(f), next(f), next(f, 'x'))
# iter() of iterator returns itself
it = iter([1])
print(iter(it) is it)
# sum/any/all/min/max on iterators
print(sum(iter([1, 2, 3])), any(iter([0, 0, 1])), all(iter([])), max(iter('hello')), min(map(abs, [-5, 3, -1])))
# any/all short-circuit
consumed = []
def rec(x):
    consumed.append(x)
    return x
print(any(map(rec, [0, 0, 1, 1, 1])), consumed)
consumed.clear()
print(all(map(rec, [1, 1, 0, 1])), consumed)
print(any([]), all([]), any([0, '', None]), all([1, 'a', [0]]), any('abc'), all(['', 'a']))
# list/tuple/set/dict from iterators
print(list(range(3)), tuple(range(3)), sorted(set(range(3))), dict(enumerate('ab')))
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))
# range over large numbers and negative steps
print(list(range(10 ** 18, 10 ** 18 + 3)), list(range(-(10 ** 18), -(10 ** 18) - 5, -2)))
