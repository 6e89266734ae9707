# String literal forms, escapes, prefixes, concatenation.
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
print('tab:\t|', 'nl:\n|', 'backslash:\\|', 'cr-free')
print('\x41\x42\x43', '\x7e', '\101\102\103', len('\0'))
print('\u00e9', '\u00e9' == 'é', len('\u00e9'), '\u20ac', len('\u20ac'))
print('\U0001F600' == '😀', len('😀'), len('\U0001F600'))
print('a\
b')
print("line1\nline2\n\tindented")
print(len('\a\b\f\v'))
print(repr('\a\b\f\v\r'))
print(repr('\x00\x01\x1f\x7f'))
print(repr("it's"), repr('say "hi"'), repr('both \' and "'))
print(repr('\\'), repr('\n'), repr('\t'), repr('é'), repr('€'), repr('😀'))
print(len('\\d'), '\\d')
# raw strings
print(r'\n\t\\', R"\x41", r'C:\path\to\file', len(r'\n'))
print(r'a\'b', len(r'a\'b'))
print(repr(r'\d+\s*'))
# bytes
print(b'abc', B"xyz", b'\x00\xff', b'\n', br'\n', rb'\x41', Rb'\t', bR'x')
print(len(b'abc'), b'abc'[0], b'abc'[-1], b'ab' + b'cd', b'ab' == b'ab')
print(b'it\'s', b"say \"hi\"", b'A\x42C')
print(list(b'hi!'))
# triple quoted strings keep newlines
s = """first
  second
third"""
print(s)
print(len(s), s.count('\n'))
t = '''a 'quoted' and "double" inside'''
print(t)
u = """ends with quote\""""
print(u)
# adjacent literal concatenation
print('abc' 'def', "ghi" 'jkl' """mno""")
v = ('part one, '
     'part two, '
     "part three")
print(v)
print(b'by' b'tes')
print('x' r'\y' 'z')
# empty strings
print('', "", '''''', """""", len(''), repr(''), repr(""))
# non-ASCII content
w = 'naïve café ☕ 日本語'
print(w, len(w))
print(w[0], w[2], w[-1], w[-3:], w[6:10])
print('ü'.upper(), 'ÉCOLE'.lower())
print('日本' + '語', '日' * 3)
print('é' < 'z', 'é' > 'e', ord('é'), chr(233), ord('€'), chr(8364))
# strings with # inside are not comments
print('# not a comment', "a # b")  # but this is
# escaped newline in a normal string
x = "abc\
def"
print(x, len(x))
print('\x41' '\101' 'A' == 'AAA')
