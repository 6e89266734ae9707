# memoryview: views over bytes, bytearray and array.array; indexing, slicing, writing through,
# cast, tolist/tobytes/hex, release and the context manager.
import array
import io

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

m = memoryview(b'hello')
print(len(m), m.nbytes, m.readonly, m.itemsize, m.format, m.ndim, m.shape, m.strides)
print(m[0], m[-1], m.tobytes(), m.tolist(), m.hex())
print(m[1:4].tobytes(), m[::2].tolist(), m[::-1].tobytes(), len(m[10:]))
print(type(m[1:3]).__name__, m[1:3].obj is m.obj, m.obj)
print(list(m), [x for x in m[3:]])
print(m == b'hello', m != b'hello', m == b'hellO', m == bytearray(b'hello'), b'hello' == m)
print(m[1:3] == b'el', m == m, m == 'hello', m == memoryview(b'hello'))
print(repr(m).startswith('<memory at 0x'))
show('index', lambda: m[5])
show('index', lambda: m[-6])
show('key', lambda: m['a'])
def assign():
    m[0] = 1
show('readonly', assign)
def delete():
    del m[0]
show('delete', delete)

ba = bytearray(b'abcdef')
v = memoryview(ba)
print(v.readonly, v.format)
v[0] = 65
v[-1] = 70
print(ba)
v[1:3] = b'BC'
print(ba)
v[::2] = b'xyz'
print(ba, v.tobytes())
def bad_value():
    v[0] = 256
show('value', bad_value)
def bad_type():
    v[0] = b'a'
show('type', bad_type)
def bad_len():
    v[0:2] = b'abc'
show('structure', bad_len)
sub = v[2:5]
sub[0] = ord('!')
print(ba, sub.tobytes(), len(sub))

a = array.array('i', [10, 20, 30])
w = memoryview(a)
print(w.format, w.itemsize, w.nbytes, len(w), w.tolist(), w[1], w[-1])
w[1] = -5
print(a)
def too_big():
    w[0] = 2 ** 40
show('int', too_big)
def not_int():
    w[0] = 1.5
show('float', not_int)
print(w[::2].tolist(), w[1:].nbytes)
d = memoryview(array.array('d', [0.5, 2.0]))
print(d.format, d.tolist(), d.tobytes() == array.array('d', [0.5, 2.0]).tobytes())
d[0] = 7
print(d.tolist())
print(memoryview(array.array('q', [-1])).tolist(), memoryview(array.array('Q', [2**64 - 1])).tolist())
print(memoryview(array.array('b', [-1, 2])).tolist(), memoryview(array.array('H', [65535])).tolist())
print(memoryview(array.array('f', [0.25])).tolist())

# cast
c = memoryview(bytes(range(8))).cast('i')
print(c.format, c.itemsize, len(c), c.nbytes, c.tolist() == list(array.array('i', bytes(range(8)))))
print(memoryview(a).cast('B').tolist()[:4], len(memoryview(a).cast('B')))
print(memoryview(a).cast('B').cast('i').tolist())
print(memoryview(b'ab').cast('c').tolist())
show('cast', lambda: memoryview(b'abc').cast('i'))
show('cast', lambda: memoryview(b'abcd').cast('xx'))
show('cast', lambda: memoryview(b'abcd')[::2].cast('B'))

# views of views, bytes() of views
print(memoryview(memoryview(b'xyz')).tobytes(), bytes(memoryview(b'xyz')[::-1]))
print(bytes(memoryview(a)), bytearray(memoryview(b'12')))

# release and the context manager
r = memoryview(b'abc')
r.release()
print(repr(r).startswith('<released memory at 0x'))
show('len', lambda: len(r))
show('tobytes', lambda: r.tobytes())
show('item', lambda: r[0])
show('nbytes', lambda: r.nbytes)
r.release()
with memoryview(bytearray(b'ctx')) as cm:
    print(cm.tobytes(), cm is not None)
show('after with', lambda: cm[0])

# errors on construction
show('ctor', lambda: memoryview('text'))
show('ctor', lambda: memoryview(5))
show('ctor', lambda: memoryview([1, 2]))
show('ctor', lambda: memoryview())

# BytesIO.getbuffer
bio = io.BytesIO(b'buffered')
gb = bio.getbuffer()
print(type(gb).__name__, gb.tobytes(), len(gb), gb[0])
gb[0] = ord('B')
print(bio.getvalue())
del gb

# memoryview of empty objects
e = memoryview(b'')
print(len(e), e.tolist(), e.tobytes(), e.hex(), e == b'')
