# array: typecodes, methods, conversions and errors (checked against CPython 3.11 on x86-64 Linux)
from array import array, typecodes, ArrayType
import array as array_module


def err(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)


def err_type(f):
    # Sparrow names the type 'array' where CPython's messages say 'array.array'.
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__)


print(typecodes, ArrayType is array, array)
for tc in typecodes:
    a = array(tc)
    print(tc, a.itemsize, a.typecode, repr(a), len(a))
a = array('i', [1, 2, 3])
print(a, a[0], a[-1], a[1:], a[::-1], a[::2], len(a), 2 in a, 7 in a, list(a), a.tolist())
a.append(4); a.extend([5, 6]); a.insert(0, 0); a.insert(-1, 99); a.insert(100, 7)
print(a, a.pop(), a.pop(0), a.pop(-2), a)
a.remove(a[1]); print(a, a.index(3), a.index(3, 1), a.count(3), a.count(42))
a.reverse(); print(a)
a[0] = -5; a[-1] = 10; print(a)
a[1:3] = array('i', [7, 8, 9]); print(a)
a[::2] = array('i', [0] * len(a[::2])); print(a)
del a[0]; print(a)
del a[::2]; print(a)
del a[1:]; print(a)
b = array('d', [1.5, 2.25, -0.1])
print(b, b.tobytes(), array('d', b.tobytes()), b + array('d', [3]), b * 2, 2 * b, b * 0)
c = array('d'); c.frombytes(b.tobytes()); print(c == b, c != b, c < b, c <= b)
c += array('d', [1]); print(c, c > b, c >= b)
c *= 2; print(c)
print(array('i', [1, 2]) == array('d', [1.0, 2.0]), array('i', [1, 2]) < array('i', [1, 3]),
      array('b', [1]) == [1], array('i') == array('i'), array('i', [1]) < array('i', [1, 0]))
f = array('f', [0.1, 1.5]); print(f, f[0])
u = array('u', 'hello \u20ac'); print(u, u.tounicode(), u[0], len(u), u.itemsize)
u.fromunicode('!'); u.append('x'); print(u)
bb = array('B', b'abc'); print(bb, bb.tobytes(), array('b', bytearray(b'\xff\x01')))
h = array('h', [1, 256, -2]); h.byteswap(); print(h)
q = array('Q', [2 ** 64 - 1, 0]); print(q, array('q', [-2 ** 63]), array('L', [2 ** 64 - 1]), array('I', [2 ** 32 - 1]))
print(array('i', array('i', [1, 2])), array('d', array('i', [1, 2])), array('i', (x * x for x in range(4))))
fl = array('i'); fl.fromlist([1, 2]); print(fl, fl.buffer_info()[1], type(fl.buffer_info()[0]).__name__)
print(sorted(array('i', [3, 1, 2])), sum(array('d', [0.5, 0.25])), max(array('b', [1, -1, 5])))
print([x for x in reversed(array('i', [1, 2, 3]))], array('i', [1, 2]).__copy__(), array('i', [5]).__deepcopy__({}))


class MyArray(array):
    def first(self):
        return self[0]


m = MyArray('i', [4, 5])
print(type(m).__name__, m.first(), len(m), m + array('i', [1]), isinstance(m, array), type(m[0:1]).__name__)

for tc in 'bBhHiIlLqQ':
    out = []
    for v in (-1, 2 ** 7, 2 ** 8, 2 ** 15, 2 ** 16, 2 ** 31, 2 ** 32, 2 ** 63, 2 ** 64, -2 ** 63 - 1,
              -2 ** 31 - 1, 1.5, 'a', True):
        try:
            array(tc, [v])
            out.append('ok')
        except Exception as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(tc, ' | '.join(out))
for tc in 'fd':
    for v in ('a', 10 ** 400, 1e300, None, 3, True):
        err(lambda: array(tc, [v]))
err(lambda: array('u', [1]))
err(lambda: array('u', ['ab']))
err(lambda: array('z'))
err(lambda: array(1))
err(lambda: array('ab'))
err(lambda: array())
err(lambda: array('b', 'abc'))
err(lambda: array('b', array('u', 'x')))
err(lambda: array('b', 5))
a = array('i', [1, 2, 3])
err(lambda: a[5])
err(lambda: a[-4])
err(lambda: a.__setitem__(5, 1))
err(lambda: a.__setitem__(0, 'x'))
err(lambda: a.__delitem__(7))
err(lambda: a.__setitem__(slice(0, 1), [1]))
err(lambda: a.__setitem__(slice(0, 1), array('h', [1])))
err(lambda: a.__setitem__(slice(0, 3, 2), array('i', [1])))
err(lambda: a + [1])
err(lambda: a + array('h'))
err(lambda: a.extend(array('h')))
err(lambda: a.extend(5))
err(lambda: a.remove(9))
err(lambda: a.index(9))
err(lambda: a.index(1, 1))
err(lambda: array('i').pop())
err(lambda: a.pop(10))
err(lambda: a.frombytes(b'abc'))
err(lambda: a.frombytes('abc'))
err(lambda: a.fromlist((1,)))
err(lambda: a.fromlist([1, 'x']))
err(lambda: a.tounicode())
err(lambda: a.fromunicode('x'))
err_type(lambda: hash(a))
err_type(lambda: a < [1])
err(lambda: a * 'x')
err(lambda: a['x'])
err(lambda: a.append())
err(lambda: a.append(1, 2))
print(a)
ia = array('i', [1, 2]); ia += array('i', [3]); print(ia)
err(lambda: ia.__iadd__([1]))
print(array('b', [1]) * -1, array('d', [1.0]) * 3)
