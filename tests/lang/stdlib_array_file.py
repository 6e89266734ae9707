# array.tofile / array.fromfile with a real file and with BytesIO.
import array
import io
import os

path = '/tmp/sparrow_array_file_%d.bin' % os.getpid()
a = array.array('i', [1, -2, 300])
with open(path, 'wb') as f:
    a.tofile(f)
    array.array('d', [2.5]).tofile(f)
print(os.path.getsize(path))
with open(path, 'rb') as f:
    b = array.array('i')
    b.fromfile(f, 2)
    b.fromfile(f, 1)
    print(b)
    d = array.array('d')
    d.fromfile(f, 1)
    print(d)
    e = array.array('i')
    try:
        e.fromfile(f, 1)
    except EOFError as ex:
        print(type(ex).__name__, ex, e)
with open(path, 'rb') as f:
    g = array.array('h')
    try:
        g.fromfile(f, 100)
    except EOFError as ex:
        print(type(ex).__name__, ex, len(g))
with open(path, 'rb') as f:
    h = array.array('q')
    try:
        h.fromfile(f, 0)
        print('zero', h)
        h.fromfile(f, -1)
    except ValueError as ex:
        print(type(ex).__name__, ex)
    for bad in ('x', 1.5):
        try:
            h.fromfile(f, bad)
        except TypeError as ex:
            print(type(ex).__name__, ex)
os.remove(path)
print(os.path.exists(path))

bio = io.BytesIO()
array.array('H', [1, 2]).tofile(bio)
print(bio.getvalue())
bio.seek(0)
r = array.array('H')
r.fromfile(bio, 2)
print(r)

class NotBytes:
    def read(self, n):
        return 'text'
try:
    array.array('b').fromfile(NotBytes(), 2)
except TypeError as ex:
    print(type(ex).__name__, ex)
array.array('b').tofile(42)
try:
    array.array('b', [1]).tofile(42)
except AttributeError as ex:
    print(type(ex).__name__)
class Chunks:
    def __init__(self):
        self.sizes = []
    def write(self, b):
        self.sizes.append(len(b))
c = Chunks()
array.array('d', range(20000)).tofile(c)
print(c.sizes)
