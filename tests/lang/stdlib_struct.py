# struct: pack/unpack/calcsize and errors (checked against CPython 3.11 on x86-64 Linux)
import struct


def err(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)


print(struct.pack('<i', 1), struct.pack('>i', 1), struct.pack('!h', -2), struct.pack('=q', 2 ** 40))
print(struct.pack('<bBhHiIlLqQ', -1, 255, -300, 65535, -70000, 4294967295, -5, 4294967295,
                  -2 ** 63, 2 ** 64 - 1))
print(struct.unpack('<bBhHiIlLqQ', struct.pack('<bBhHiIlLqQ', -1, 255, -300, 65535, -70000,
                                                4294967295, -5, 4294967295, -2 ** 63, 2 ** 64 - 1)))
print(struct.pack('@bi', 1, 2), struct.pack('@ib', 1, 2), struct.pack('@bq', 1, 2), struct.pack('@hd', 1, 2.5))
print(struct.pack('<f', 1.5), struct.pack('>d', -0.1), struct.pack('<e', 1.0), struct.pack('<e', 65504.0))
print(struct.unpack('<f', struct.pack('<f', 0.1)), struct.unpack('>d', struct.pack('>d', 1e300)))
print(struct.unpack('<e', b'\x00\x7c'), struct.unpack('<e', b'\x01\x00'), struct.unpack('<e', b'\xff\x7b'),
      struct.unpack('<e', b'\x00\x80'), struct.pack('<e', 5.960464477539063e-08), struct.pack('<e', 1e-8),
      struct.pack('<e', 0.333), struct.pack('<e', 2049.0), struct.pack('<e', 2051.0), struct.pack('>e', -2.5))
print(struct.pack('<e', float('inf')), struct.pack('<f', float('-inf')), struct.unpack('<e', b'\x00\x7e')[0] != 0)
print(struct.pack('c', b'x'), struct.pack('3s', b'abcdef'), struct.pack('5s', b'ab'), struct.pack('0s', b'x'))
print(struct.pack('5p', b'ab'), struct.pack('2p', b'abcd'), struct.pack('p', b'x'), struct.pack('300p', b'x' * 300)[:3])
print(struct.unpack('5p', b'\x09abcd'), struct.unpack('3s', b'xyz'), struct.unpack('c', b'q'))
print(struct.pack('??', 0, [1]), struct.unpack('??', b'\x00\x05'), struct.pack('x'), struct.pack('3xb2x', 7))
print(struct.pack('>I', True), struct.pack('<H', False))


class Idx:
    def __index__(self):
        return 7


print(struct.pack('<i', Idx()), struct.pack('<Q', 2 ** 63))
for fmt in ['i', '@bi', '@ib', '@bq', '@b0q', '<bq', '@ci3sd', '@?e', '>xh', 'x', '', '3i', '2s2p',
            '<lLqQ', '@lLqQnNP', '= i h', '10c', '0i']:
    print(repr(fmt), struct.calcsize(fmt), struct.calcsize(fmt.encode()))
print(struct.unpack_from('<h', b'\x01\x00\x02\x00', 2), struct.unpack_from('<h', b'\x01\x00\x02\x00', offset=-2))
print(struct.unpack_from('<h', buffer=b'\x05\x00'))
ba = bytearray(8)
struct.pack_into('<hh', ba, 2, 1, -1); print(ba)
struct.pack_into('<b', ba, -1, 9); print(ba)
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')), list(struct.iter_unpack('<h', b'')))
print(struct.unpack('<i', bytearray(b'\x01\x02\x03\x04')))
s = struct.Struct('<ih')
print(s.size, s.format, s.pack(1, 2), s.unpack(b'\x01\x00\x00\x00\x02\x00'), s.unpack_from(b'xx' + s.pack(3, 4), 2))
print(list(s.iter_unpack(s.pack(1, 2) * 2)), struct.Struct(b'>h').format, struct.Struct(b'>h').pack(258))
s.pack_into(ba, 0, 5, 6); print(ba)
print(struct.error.__name__, issubclass(struct.error, Exception), struct.error.__module__)

for order in '@=<>!':
    for c in 'bBhHiIlLqQnNP':
        out = []
        for v in (-1, 300, 70000, 2 ** 33, -2 ** 33, 2 ** 64, 2 ** 70, 1.5, 'a'):
            try:
                struct.pack(order + c, v)
                out.append('ok')
            except Exception as e:
                out.append(type(e).__name__ + ':' + str(e))
        print(order + c, ' | '.join(out))
for c in 'efd':
    for v in ('x', 1e300, 5, None, 1e39, 65520.0):
        err(lambda: struct.pack('<' + c, v))
err(lambda: struct.pack('c', b'ab'))
err(lambda: struct.pack('c', 'a'))
err(lambda: struct.pack('s', 'a'))
err(lambda: struct.pack('p', 5))
err(lambda: struct.pack('ii', 1))
err(lambda: struct.pack('i', 1, 2))
err(lambda: struct.pack('x', 1))
err(lambda: struct.unpack('i', b'abc'))
err(lambda: struct.unpack('i', 'abcd'))
err(lambda: struct.unpack('i'))
err(lambda: struct.unpack_from('i', b'ab'))
err(lambda: struct.unpack_from('i', b'abcdef', 4))
err(lambda: struct.unpack_from('i', b'abcdef', -10))
err(lambda: struct.unpack_from('i', b'abcdef', -2))
err(lambda: struct.pack_into('i', ba, 6, 1))
err(lambda: struct.pack_into('i', ba, -10, 1))
err(lambda: struct.pack_into('i', ba, -2, 1))
err(lambda: struct.pack_into('i', b'abcdef', 0, 1))
err(lambda: struct.pack_into('i', ba, 0))
err(lambda: struct.calcsize('z'))
err(lambda: struct.calcsize('3'))
err(lambda: struct.calcsize('<P'))
err(lambda: struct.calcsize('99999999999999999999i'))
err(lambda: struct.calcsize('999999999999999999q'))
err(lambda: struct.calcsize(5))
err(lambda: list(struct.iter_unpack('i', b'abcdefg')))
err(lambda: list(struct.iter_unpack('', b'')))
err(lambda: struct.pack())
err(lambda: struct.Struct('i').pack('x'))
err(lambda: struct.Struct(5))
