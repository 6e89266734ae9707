# The buffer protocol: bytes-like objects (bytes, bytearray, array.array, memoryview) are
# accepted wherever CPython takes one, by their raw memory rather than their items.
import array
import io
import os
import struct

ai = array.array('i', [1, 2, -3])
ad = array.array('d', [1.5, -2.25])
ab = array.array('B', [65, 66, 67])
ah = array.array('h', [258])

# bytes() / bytearray() construction copies the raw memory
print(bytes(ai))
print(bytes(ad))
print(bytearray(ai))
print(bytes(ab), bytearray(ab))
print(bytes(ah), len(bytes(ah)))
print(bytes(memoryview(b'xyz')), bytearray(memoryview(bytearray(b'q'))))
print(bytes(array.array('i')), bytearray(array.array('d')))

# concatenation
print(b'x' + ai)
print(bytearray(b'x') + ab)
print(b'a' + memoryview(b'bc'))
print(b'a' + bytearray(b'b'), bytearray(b'a') + b'b')
ba = bytearray(b'start:')
ba += ab
ba += memoryview(b'!')
print(ba)
bb = b'pre'
bb += ab
print(bb)
for bad in ([1], 'str', 5, None):
    try:
        b'x' + bad
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        bytearray(b'x') + bad
    except TypeError as e:
        print(type(e).__name__, e)

# join, find, count, in, startswith, split, replace, strip
print(b'-'.join([b'a', bytearray(b'b'), memoryview(b'c'), ab]))
try:
    b''.join([b'a', 1])
except TypeError as e:
    print(type(e).__name__, e)
data = b'ABCABC'
print(data.find(ab), data.rfind(memoryview(b'BC')), data.count(ab), data.index(memoryview(b'C')))
print(ab in data, memoryview(b'CA') in data, memoryview(b'zz') in data)
print(data.startswith(ab), data.endswith(memoryview(b'BC')), data.startswith((b'z', ab)))
print(data.split(memoryview(b'B')), data.replace(ab, memoryview(b'-')), data.strip(memoryview(b'AC')))
print(bytearray(data).find(ab), ab in bytearray(data))
try:
    data.find('A')
except TypeError as e:
    print(type(e).__name__, e)
try:
    data.startswith([1])
except TypeError as e:
    print(type(e).__name__, e)

# slice assignment and extend on bytearray take buffers
ba = bytearray(b'0123456789')
ba[2:4] = ab
print(ba)
ba[0:1] = memoryview(b'**')
print(ba)
ba.extend(ai)
print(len(ba), ba[-12:])
ba.extend(memoryview(b'END'))
print(ba[-3:])

# int.from_bytes
print(int.from_bytes(ab, 'big'), int.from_bytes(memoryview(b'\x01\x00'), 'little'))
print(int.from_bytes(array.array('H', [1]), 'little'))

# struct reads and writes any buffer
buf = bytearray(8)
struct.pack_into('<ii', buf, 0, 7, -1)
print(buf, struct.unpack_from('<ii', buf), struct.unpack('<3i', ai))
print(struct.unpack_from('<i', memoryview(buf), 4))
target = array.array('i', [0, 0])
struct.pack_into('<i', target, 4, 99)
print(target)
try:
    struct.pack_into('<i', b'1234', 0, 1)
except TypeError as e:
    print(type(e).__name__, e)

# array.frombytes takes any buffer, including itself
a2 = array.array('i')
a2.frombytes(bytearray(bytes(ai)))
a2.frombytes(memoryview(bytes(4)))
print(a2)
a3 = array.array('B', b'xy')
a3.frombytes(array.array("b", [1]))
a3.frombytes(memoryview(b'z'))
print(a3)
for bad in ('abc', ai, memoryview(ai), 3):
    try:
        a2.frombytes(bad)
    except TypeError as e:
        print(type(e).__name__, e)

# io
bio = io.BytesIO()
print(bio.write(ai), bio.write(memoryview(b'mv')), bio.write(bytearray(b'ba')))
print(bio.getvalue())
try:
    bio.write(3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bio.write('s')
except TypeError as e:
    print(type(e).__name__, e)

path = '/tmp/sparrow_buffer_protocol_%d.bin' % os.getpid()
with open(path, 'wb') as f:
    print(f.write(ad), f.write(memoryview(b'tail')))
with open(path, 'rb') as f:
    raw = f.read()
print(raw, struct.unpack('<2d', raw[:16]))
with open(path, 'wb', buffering=0) as f:
    print(f.write(ai))
with open(path, 'rb') as f:
    print(f.read())
fd = os.open(path, os.O_WRONLY | os.O_TRUNC)
print(os.write(fd, ah), os.write(fd, memoryview(b'ok')))
os.close(fd)
with open(path, 'rb') as f:
    print(f.read())
os.remove(path)

# comparisons of bytearray with other buffers, str() decoding of buffers
print(bytearray(b'\x01\x00\x00\x00') == array.array('i', [1]), bytearray(b'ab') == memoryview(b'ab'))
print(bytearray(b'ab') < memoryview(b'b'), bytearray(b'a') == 'a', b'a' == bytearray(b'a'))
try:
    bytearray(b'a') < 'a'
except TypeError as e:
    print(type(e).__name__, e)
print(str(memoryview(b'abc'), 'utf-8'), str(array.array('B', [104]), 'ascii'), str(bytearray(b'x'), 'ascii'))
try:
    str([1], 'ascii')
except TypeError as e:
    print(type(e).__name__, e)
