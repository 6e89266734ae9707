# str: every method CPython has (utf-8/ascii/latin-1 codecs), Unicode-aware case mapping and classes.
s = 'Hello, World'
print(s.capitalize(), 'hELLO wORLD'.capitalize(), 'ß'.capitalize(), 'ǆemal'.capitalize())
print(s.casefold(), 'Straße'.casefold(), 'ΣΑΣ'.casefold(), 'ΣΑΣ ΟΔΟΣ'.lower())
print(repr(s.center(20)), repr(s.center(21, '*')), repr('ab'.center(1)), repr('a'.center(4, '-')))
print(s.count('l'), s.count('l', 5), s.count('l', 2, 4), 'aaaa'.count('aa'), 'abc'.count(''))
print(s.encode(), 'café'.encode('utf-8'), 'café'.encode('latin-1'), 'abc'.encode('ascii'))
try:
    'café'.encode('ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
print('café'.encode('ascii', 'replace'), 'café'.encode('ascii', 'ignore'), 'café'.encode('ascii', 'backslashreplace'))
print(s.endswith('World'), s.endswith(('x', 'ld')), s.endswith('Hello', 0, 5), s.startswith('World', 7), s.startswith(('He', 'x')))
print(repr('a\tb\tc'.expandtabs()), repr('a\tbc\td'.expandtabs(4)), repr('12345\t1'.expandtabs(4)))
print(s.find('o'), s.find('o', 5), s.find('z'), s.rfind('o'), s.rfind('o', 0, 5), s.index('W'), s.rindex('l'))
try:
    s.index('z')
except ValueError as e:
    print('ValueError:', e)
try:
    s.rindex('z')
except ValueError as e:
    print('ValueError:', e)
print('{} + {} = {}'.format(1, 2, 3), '{a}{b}'.format_map({'a': 'x', 'b': 'y'}))
print('abc123'.isalnum(), 'abc'.isalpha(), 'é'.isalpha(), '123'.isdecimal(), '²'.isdigit(), '²'.isdecimal(),
      '½'.isnumeric(), '½'.isdigit(), 'abc'.isascii(), 'é'.isascii(), ''.isascii())
print('name_1'.isidentifier(), '1name'.isidentifier(), 'abc'.islower(), 'aBc'.islower(), 'ABC'.isupper(),
      ' \t\n'.isspace(), ''.isspace(), 'Title Case'.istitle(), 'Not title'.istitle(), 'abc'.isprintable(), 'a\n'.isprintable())
print('-'.join(['a', 'b', 'c']), ''.join([]), ', '.join(map(str, range(4))))
try:
    '-'.join([1, 2])
except TypeError as e:
    print('TypeError:', e)
print(repr(s.ljust(15, '.')), repr(s.rjust(15)), repr(s.ljust(3)))
print(s.lower(), s.upper(), s.swapcase(), 'ǅ'.lower(), 'ß'.upper(), 'ﬁ'.upper(), 'İ'.lower().encode())
print(repr('  x  '.lstrip()), repr('  x  '.rstrip()), repr('  x  '.strip()), 'xxhixx'.strip('x'), 'abcba'.lstrip('ab'), 'abcba'.rstrip('ab'))
tbl = str.maketrans('abc', 'xyz', 'd')
print('abcdabcd'.translate(tbl), 'hello'.translate({ord('l'): None, ord('h'): 'J'}), str.maketrans({'a': '1'}))
print(s.partition(', '), s.partition('?'), s.rpartition('o'), s.rpartition('?'))
print('prefix-body'.removeprefix('prefix-'), 'body.txt'.removesuffix('.txt'), 'x'.removeprefix('y'))
print(s.replace('l', 'L'), s.replace('l', 'L', 2), 'aaa'.replace('', '-'), 'abc'.replace('b', ''))
print('a,b,,c'.split(','), 'a b  c '.split(), '  a  b  '.split(None, 1), 'a,b,c'.split(',', 1), 'a,b,c'.rsplit(',', 1))
print(' a b c '.rsplit(None, 1), ''.split(), ''.split(','), 'abc'.split('b'))
try:
    'abc'.split('')
except ValueError as e:
    print('ValueError:', e)
print('l1\nl2\r\nl3\rl4'.splitlines(), 'x\ny\n'.splitlines(True), ''.splitlines(), 'a\x0bb\x1cc\u2028d'.splitlines())
print('hello world foo'.title(), "they're bill's".title(), 'ǆ'.title())
print('42'.zfill(5), '-42'.zfill(5), '+7'.zfill(3), 'abc'.zfill(2), ''.zfill(2))
print('%s' % 'x', 'abc'.__len__(), 'abc'.__contains__('b'), 'ab' < 'b', 'Z' < 'a', 'é' > 'z')
# Unicode-aware character classes and case
print('ÀÉÎ'.lower(), 'àéî'.upper(), 'Ωμέγα'.upper(), 'ΑΒΓ'.lower(), 'straße'.upper(), len('straße'.upper()))
print('١٢٣'.isdigit(), int('١٢٣'), '٣'.isdecimal(), '\u00a0'.isspace(), '\u3000'.isspace(), 'ä'.isidentifier())
print(ord('€'), chr(8364), chr(0x1F600).encode('utf-8'), len('😀'), '😀'.isprintable(), ascii('é😀'))
# str() and repr() of str
print(str(b'x'), repr("it's"), repr('say "hi"'), repr('both \' and "'), repr('\x00\x7f\n\t\\'), repr('é\u200b'))
print(str(), str(12), str(1.5), str([1, 'a']), str(None))
print(bytes('abc', 'utf-8'), str(b'abc', 'utf-8'), b'caf\xc3\xa9'.decode(), b'caf\xe9'.decode('latin-1'))
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
print(b'\xff'.decode('utf-8', 'replace'), b'a\xffb'.decode('utf-8', 'ignore'))
# multiplication, slicing, iteration
print('ab' * 3, 3 * 'ab', 'ab' * 0, 'ab' * -1, 'abcdef'[::-1], 'abcdef'[1:5:2], 'abc'[5:], list('héllo'))
try:
    'abc'[5]
except IndexError as e:
    print('IndexError:', e)
try:
    'abc'[0] = 'x'
except TypeError as e:
    print('TypeError:', e)
try:
    'a' + 1
except TypeError as e:
    print('TypeError:', e)
try:
    'abc'.center(5, 'xy')
except TypeError as e:
    print('TypeError:', e)
print(sorted(m for m in dir(str) if not m.startswith('_')))
