# bytes and bytearray: construction, methods, slicing, hex/fromhex, mutation, errors.
b = b'Hello, World'
print(b, len(b), b[0], b[-1], b[1:5], b[::-1], b[::3], list(b[:3]), b'' == bytes(), bytes(3), bytes([65, 66]))
print(bytes(range(5)), bytes('hé', 'utf-8'), bytes(b'copy'), bytes(bytearray(b'ba')), b'a' b'b', b'\x00\xff\n')
print(b.lower(), b.upper(), b.swapcase(), b.title(), b'abc'.capitalize(), b.count(b'l'), b.count(108))
print(b.find(b'o'), b.find(111), b.rfind(b'o'), b.index(b'W'), b.startswith(b'He'), b.endswith((b'x', b'ld')))
print(b.split(b', '), b'a b  c'.split(), b'a,b,c'.rsplit(b',', 1), b'x\ny\r\nz'.splitlines(), b.partition(b', '), b.rpartition(b'o'))
print(b'-'.join([b'a', b'b', bytearray(b'c')]), b.replace(b'l', b'L'), b.replace(b'l', b'', 1), b'  x '.strip(), b'xxaxx'.strip(b'x'))
print(b'abc'.center(9, b'*'), b'7'.zfill(3), b'ab'.ljust(4, b'.'), b'ab'.rjust(4), b'a\tb'.expandtabs(4))
print(b'abc1'.isalnum(), b'abc'.isalpha(), b'123'.isdigit(), b'   '.isspace(), b'Ab Cd'.istitle(), b'abc'.islower(), b'ABC'.isupper(), b'\x80'.isascii())
print(b.hex(), b'\x01\xab'.hex(':'), b'\x01\x02\x03'.hex('-', 2), bytes.fromhex('48 65 6c 6c6f'), bytearray.fromhex('ff00'))
print(b'abc'.translate(bytes.maketrans(b'abc', b'xyz')), b'hello'.translate(None, b'l'), b'pre-x'.removeprefix(b'pre-'), b'x.py'.removesuffix(b'.py'))
print(b'abc' + b'def', b'ab' * 3, 98 in b'abc', b'bc' in b'abc', b'abc' < b'abd', b'a' == 'a', sorted(b'cab'))
print(repr(b"it's"), repr(b'"'), repr(b'\'"'), b'\t\r\x7f\x80', str(b'x'), b'%d' % 5)
print(b.decode(), b'caf\xc3\xa9'.decode('utf-8'), b'\xe9'.decode('latin-1'), b'abc'.decode('ascii'))
try:
    b'\xe9'.decode('ascii')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)

ba = bytearray(b'abc')
ba.append(100)
ba.extend(b'ef')
ba.extend([103])
ba.insert(0, 95)
print(ba, len(ba), ba.pop(), ba.pop(0), ba)
ba[0] = 65
ba[1:3] = b'XYZ'
print(ba)
del ba[0]
del ba[::2]
print(ba, bytes(ba), ba.decode())
ba2 = bytearray(5)
ba2[1::2] = b'\x01\x02'
print(ba2, bytearray(b'xyz').hex(), bytearray(range(3)), bytearray('é', 'utf-8'))
ba3 = bytearray(b'hello')
ba3.remove(108)
ba3.reverse()
print(ba3, ba3.upper(), type(ba3.upper()).__name__, ba3 + b'!', type(b'!' + ba3).__name__)
ba3 += b'??'
ba3 *= 2
print(ba3, ba3.count(b'?'), ba3.index(b'o'), ba3.clear(), ba3)
c = bytearray(b'copy me')
d = c.copy()
d[0] = 67
print(c, d, c == b'copy me', bytearray(b'a') + bytearray(b'b'))
for bad in (lambda: b'abc'[5], lambda: bytearray(b'a').__setitem__(0, 256), lambda: bytes([300]), lambda: bytes('x'),
            lambda: b'a' + 'b', lambda: bytearray(b'a').pop(5), lambda: bytearray().pop(), lambda: bytes.fromhex('zz'),
            lambda: bytearray(b'a').remove(99), lambda: b'abc'.index(b'z'), lambda: bytes(-1), lambda: b'x'.join(['a']),
            lambda: b'%s' % 'str', lambda: hash(bytearray()), lambda: bytes(1.5)):
    try:
        print(bad())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
print(hash(b'abc') == hash(b'abc'), {b'k': 1}[b'k'])
print(int.from_bytes(b'\x01\x00', 'big'), (258).to_bytes(2, 'little'), b'\x00\x10'[1], list(bytearray(b'\x01\x02')))
print(bytes.fromhex(''), b''.hex(), b'a'.zfill(0), bytes(b'%b' % b'x'), b'{}'.__class__.__name__)
