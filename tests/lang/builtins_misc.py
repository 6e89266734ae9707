# len, type, isinstance, min/max/sum, ord/chr, hex/oct/bin, callable, globals, id, print options.
import sys
print(len("hello"), len(""), len([1, 2]), len(()), len({'a': 1}), len({1, 2, 3}), len(range(4)), len("日本"), len(b"ab"))
print(type(1), type(1.0), type("s"), type([]), type(()), type({}), type(set()), type(None), type(True), type(range(1)), type(b''))
def f():
    pass
print(type(f).__name__, type(lambda: 0).__name__, type(sys).__name__, type(type(1)))
print(isinstance(1, int), isinstance('a', str), isinstance([], (tuple, list)), isinstance((), (int, str)), isinstance(None, type(None)))
print(isinstance(3.0, (int, (float, str))), isinstance({}, dict), isinstance(set(), set), isinstance(range(1), range))
# min / max
print(min(3, 1, 2), max(3, 1, 2), min([4, 5, 0]), max('hello'), min('b', 'a', 'c'), max([1, 2], [1, 3]), min((2, 'b'), (2, 'a')))
print(max([], default='empty'), min([], default=None), max([5], default=0), min([3, 4], default=99))
words = ['pear', 'fig', 'banana', 'kiwi', 'apple']
print(max(words, key=len), min(words, key=len), max(words), min(words), max(words, key=lambda w: w[-1]))
print(max(1, 2, key=lambda v: -v), min(range(10), key=lambda v: (v - 6) ** 2), max([-3, 2, -5], key=abs))
print(max([(1, 'b'), (1, 'a'), (0, 'z')]), max([1, 1.0]), max([1.0, 1]), min(['b', 'a'], key=lambda s: 0))
print(max(3, 7.5), min(-1, -1.0), max(True, 2), max([[], [0]]))
# sum
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([]), sum([], 5), sum([0.5, 0.25]), sum([[1], [2]], []), sum(((1,), (2,)), ()))
print(sum(range(1, 11), start=100), sum([True, True]), sum([1, 2.5]), sum([10 ** 20, 10 ** 20]))
# ord / chr
print(ord('A'), ord('a'), ord('0'), ord(' '), ord('\n'), ord('é'), ord('€'), ord('😀'))
print(chr(65), chr(97), chr(48), repr(chr(10)), chr(233), chr(8364), chr(128512), repr(chr(0)))
print(''.join([chr(ord(c) + 1) for c in 'HAL']))
# hex / oct / bin
print(hex(255), hex(-255), oct(64), oct(-64), bin(10), bin(-10), hex(2 ** 64), bin(1), oct(7), hex(16))
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2), int(hex(-99), 0))
# callable
print(callable(f), callable(print), callable(int), callable(1), callable(None), callable(lambda: 0), callable("f"))
# id: only compare
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), id(None) == id(None))
# globals
g = globals()
print('f' in g, 'a' in g, '__name__' in g, 'nonexistent' in g, g['__name__'], __name__)
g['injected'] = 'via globals'
print(injected)
# repr and str
print(repr('x'), str('x'), repr(1), repr([1, 'a', None, True, 2.5]), str([1, 'a']), repr((1,)), repr(()), repr({'k': [1, (2,)]}))
print(repr("'"), repr('"'), repr('\'"'), str(None), repr(True))
# print options
print("a", "b", "c", sep="-")
print("a", "b", sep="")
print("no newline", end="")
print(" <- continued", end="!\n")
print("x", "y", sep=", ", end=" END\n")
print()
print(sep="?")
print("multi", 1, 2.0, None, [3], sep=" | ")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print("stdout explicit", file=sys.stdout)
print(*range(5))
print(*[], sep="x")
print("a", "b", sep=None, end=None)
print(1, end="")
print(2, end="")
print()
# sys module bits
print(len(sys.argv), sys.getrecursionlimit() >= 1000, type(sys.argv).__name__, type(sys.argv[0]).__name__)
print(hasattr(sys, 'argv'), hasattr(sys, 'nonexistent'), getattr(sys, 'nonexistent', 'default'))
# bool / int / str / list / tuple / dict / set constructors
print(bool(), int(), str(), list(), tuple(), dict(), set(), float())
print(list('abc'), tuple([1, 2]), list((1, 2)), tuple('ab'), list({'a': 1, 'b': 2}), sorted(set('aab')))
print(dict(a=1, b=2), dict([('x', 1), ('y', 2)]), dict({'k': 'v'}), dict([('x', 1)], y=2), dict(zip('ab', [1, 2])))
print(str(123), str([1, 2]), str((1, 'a')), str({'a': 'b'}), str(b'x'), str(-0.5))
print(int('42') + int(3.9), float('1.5') + 1, list(range(3)) + [3], tuple(list((1,))))
