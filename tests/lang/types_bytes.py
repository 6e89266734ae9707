# bytes and bytearray: mutation, slicing, methods, hex/fromhex, % formatting, comparisons
ba = bytearray(b'hello')
ba.append(33); ba.extend(b' world'); ba.insert(0, 62); print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba, ba.remove(ord('l')), ba)
ba.reverse(); print(ba); ba.reverse()
ba[0] = 72; ba[1:3] = b'EY'; print(ba)
ba[::2] = b'X' * len(ba[::2]); print(ba)
del ba[::3]; print(ba)
del ba[1:3]; print(ba)
ba[2:2] = [1, 2, 3]; print(ba)
c = ba.copy(); ba.clear(); print(ba, c, len(c))
x = bytearray(b'ab'); y = x; x += b'cd'; x *= 2; print(x, y is x, x * 2, 2 * bytearray(b'z'))
print(bytearray(5), bytearray(), bytearray([1, 2, 255]), bytearray('hé', 'utf-8'), bytearray(b'q'), bytearray(range(3)))
print(bytes(bytearray(b'xy')), bytearray(b'a') == b'a', b'a' == bytearray(b'a'), bytearray(b'a') < b'b', b'ab' + bytearray(b'c'), bytearray(b'ab') + b'c')
print(list(bytearray(b'abc')), 98 in bytearray(b'abc'), b'bc' in bytearray(b'abc'), bytearray(b'abc')[1], bytearray(b'abc')[-1], bytearray(b'abcdef')[1:5:2])
print(bytearray(b'a,b,c').split(b','), bytearray(b'  x  ').strip(), bytearray(b'abc').upper(), bytearray(b'abc').find(b'c'), bytearray(b'hi').decode())
print(bytearray(b'abc').hex(), bytearray.fromhex('de ad'), bytes.fromhex('00ff'), b'\x01\x02\x03\x04'.hex(':', 2), b'\x01\x02\x03'.hex('-', -2))
print(b'hello'.center(11, b'*'), b'7'.zfill(3), b'ab'.ljust(4, b'.'), b'ab'.rjust(4), b'a\tb'.expandtabs(4), b'hello world'.title(), b'Hello'.swapcase())
print(b'a,b,c'.partition(b','), b'a,b,c'.rpartition(b','), b'a b  c'.rsplit(None, 1), b'x\ny\r\nz'.splitlines(), b'x\ny\r\n'.splitlines(True))
print(b'prefix-x'.removeprefix(b'prefix-'), b'x.py'.removesuffix(b'.py'), b'Ab'.isupper(), b'ab'.islower(), b'Ab Cd'.istitle(), b'abc'.isascii(), b'\xff'.isascii())
t = bytes.maketrans(b'abc', b'xyz'); print(b'aabbcc'.translate(t), b'hello'.translate(None, b'l'), bytearray(b'abc').translate(t))
print(b'%s-%d-%x %b %c %c' % (b'by', 5, 255, b'raw', 65, b'Z'), b'%5s|%-5s|' % (b'a', b'b'), b'%r %a' % (b'x', 'é'), b'%05.1f%%' % 2.25)
print(bytearray(b'\xe9\x00').capitalize(), b'\xe9abc'.upper(), b'caf\xc3\xa9'.decode('utf-8'), b'caf\xe9'.decode('latin-1'), b'caf\xe9'.decode('ascii', 'replace'))
for expr in ["bytearray(b'a')[5]", "bytearray(b'a').pop(3)", "bytearray().pop()", "bytearray(b'a').remove(9)", "bytearray([256])",
             "bytearray(-1)", "bytearray(2**62)", "bytearray(2**100)", "bytearray('x')", "bytearray(b'a') + 'x'", "b'%s' % 'x'",
             "b'%d' % b'1'", "hash(bytearray())", "bytearray.fromhex('zz')", "bytes.fromhex('0')", "b'x'.hex('::')",
             "b'a'.center(3, 'x')", "b'abc'.translate(b'x')",
             "bytes.maketrans(b'a', b'bc')", "bytearray(b'x').extend('ab')", "bytearray(b'x').append('a')"]:
    try:
        print(expr, '->', eval(expr))
    except (TypeError, ValueError, IndexError, MemoryError, OverflowError) as e:
        print(expr, '->', type(e).__name__, e)
for stmt in ["bytearray(b'ab')[0] = 300", "bytearray(b'ab')[::2] = b'xyz'", "bytearray(b'ab')['x'] = 1", "del bytearray(b'ab')[5]"]:
    try:
        exec(stmt)
    except (TypeError, ValueError, IndexError) as e:
        print(stmt, '->', type(e).__name__, e)
print(int.from_bytes(b'\x00\x10', 'big'), int.from_bytes(b'\xff\xfe', 'little', signed=True), int.from_bytes(bytearray(b'\x01'), 'big'), int.from_bytes([1, 2]))
print(float.fromhex('0x1.8p1'), float.fromhex('-1p-2'), float.fromhex(' inf '), (3.5).hex(), float.fromhex((0.1).hex()) == 0.1)
print(int('٣٤'), int('७'), float('١.٥') if False else 0, int(' \u2003 12 '), (5).real, (5).imag, (5).numerator, (5).denominator, True.real, (2.5).real, (2.5).imag)
print('café'.encode('ascii', 'backslashreplace'), '日本'.encode('latin-1', 'xmlcharrefreplace'), 'a€'.encode('ascii', 'replace'), 'é'.encode('latin-1'))
print('{a}-{b}'.format_map({'a': 1, 'b': [2]}), '{0!a}'.format('é'))
