# A hand-written JSON-like serializer and pretty printer for nested dicts/lists, plus a parser.
def escape(s):
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == '\\':
            out.append('\\\\')
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\t':
            out.append('\\t')
        elif ord(ch) < 0x20:
            out.append('\\u00' + '0123456789abcdef'[ord(ch) // 16] + '0123456789abcdef'[ord(ch) % 16])
        else:
            out.append(ch)
    return '"' + ''.join(out) + '"'

def dumps(v, indent=None, level=0):
    if v is None:
        return 'null'
    if v is True:
        return 'true'
    if v is False:
        return 'false'
    if isinstance(v, (int, float)):
        if isinstance(v, float) and v != v:
            return 'NaN'
        return repr(v)
    if isinstance(v, str):
        return escape(v)
    if isinstance(v, (list, tuple)):
        if not v:
            return '[]'
        items = [dumps(x, indent, level + 1) for x in v]
        if indent is None:
            return '[' + ', '.join(items) + ']'
        pad = ' ' * (indent * (level + 1))
        return '[\n' + ',\n'.join([pad + it for it in items]) + '\n' + ' ' * (indent * level) + ']'
    if isinstance(v, dict):
        if not v:
            return '{}'
        items = []
        for k in v:
            if not isinstance(k, str):
                raise TypeError("keys must be str, not " + type(k).__name__)
            items.append(escape(k) + ': ' + dumps(v[k], indent, level + 1))
        if indent is None:
            return '{' + ', '.join(items) + '}'
        pad = ' ' * (indent * (level + 1))
        return '{\n' + ',\n'.join([pad + it for it in items]) + '\n' + ' ' * (indent * level) + '}'
    raise TypeError("cannot serialize " + type(v).__name__)

def loads(text):
    pos = 0
    def skip():
        nonlocal pos
        while pos < len(text) and text[pos] in ' \n\t\r':
            pos += 1
    def value():
        nonlocal pos
        skip()
        c = text[pos]
        if c == '{':
            pos += 1
            result = {}
            skip()
            if text[pos] == '}':
                pos += 1
                return result
            while True:
                skip()
                k = string()
                skip()
                if text[pos] != ':':
                    raise ValueError("expected ':' at %d" % pos)
                pos += 1
                result[k] = value()
                skip()
                if text[pos] == ',':
                    pos += 1
                elif text[pos] == '}':
                    pos += 1
                    return result
                else:
                    raise ValueError("expected ',' or '}' at %d" % pos)
        if c == '[':
            pos += 1
            result = []
            skip()
            if text[pos] == ']':
                pos += 1
                return result
            while True:
                result.append(value())
                skip()
                if text[pos] == ',':
                    pos += 1
                elif text[pos] == ']':
                    pos += 1
                    return result
                else:
                    raise ValueError("expected ',' or ']' at %d" % pos)
        if c == '"':
            return string()
        for word, val in (('null', None), ('true', True), ('false', False)):
            if text.startswith(word, pos):
                pos += len(word)
                return val
        start = pos
        while pos < len(text) and text[pos] in '+-0123456789.eE':
            pos += 1
        num = text[start:pos]
        if not num:
            raise ValueError("unexpected character %r at %d" % (c, pos))
        if '.' in num or 'e' in num or 'E' in num:
            return float(num)
        return int(num)
    def string():
        nonlocal pos
        if text[pos] != '"':
            raise ValueError("expected string at %d" % pos)
        pos += 1
        out = []
        while text[pos] != '"':
            ch = text[pos]
            if ch == '\\':
                pos += 1
                esc = text[pos]
                if esc == 'n':
                    out.append('\n')
                elif esc == 't':
                    out.append('\t')
                elif esc == 'u':
                    out.append(chr(int(text[pos + 1:pos + 5], 16)))
                    pos += 4
                else:
                    out.append(esc)
            else:
                out.append(ch)
            pos += 1
        pos += 1
        return ''.join(out)
    v = value()
    skip()
    if pos != len(text):
        raise ValueError("trailing data at %d" % pos)
    return v

doc = {
    'name': 'Sparrow',
    'version': [0, 1, 2],
    'stable': False,
    'license': None,
    'ratio': 0.1,
    'big': 2 ** 80,
    'neg': -17,
    'quote': 'say "hi"\n\tand\\bye',
    'unicode': 'café ☕',
    'nested': {'empty_list': [], 'empty_dict': {}, 'deep': [[1, [2, [3, {'x': (4, 5)}]]]]},
    'control': 'bell\x07',
}
compact = dumps(doc)
print(compact)
pretty = dumps(doc, indent=2)
print(pretty)
back = loads(pretty)
print(back == loads(compact), back['nested']['deep'], back['quote'] == doc['quote'], back['big'] == doc['big'])
print(back['control'] == doc['control'], back['unicode'])
print(dumps(loads('  [1, 2.5, -3e2, "a\\"b", {"k": [true, false, null]}, []]  ')))
for bad in ['[1, 2', '{"a" 1}', '[1 2]', '@', '[1] x', '{1: 2}']:
    try:
        loads(bad)
    except ValueError as e:
        print("ValueError:", e)
    except IndexError:
        print("IndexError: ran off the end of", repr(bad))
try:
    dumps({1: 'x'})
except TypeError as e:
    print("TypeError:", e)
try:
    dumps({'s': {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(dumps([float('nan'), 1e16, -0.0, 1 / 3]))
