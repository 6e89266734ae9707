# A JSON parser and serializer written by hand: recursive descent, escapes, pretty printing, round trips, errors with positions.
class JSONError(ValueError):
    def __init__(self, msg, pos):
        super().__init__(f'{msg} at position {pos}')
        self.pos = pos

class Parser:
    ESC = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
    def __init__(self, text):
        self.s, self.i = text, 0
    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in ' \t\r\n':
            self.i += 1
    def parse(self):
        v = self.value()
        self.ws()
        if self.i != len(self.s):
            raise JSONError('extra data', self.i)
        return v
    def value(self):
        self.ws()
        if self.i >= len(self.s):
            raise JSONError('unexpected end', self.i)
        c = self.s[self.i]
        if c == '{':
            return self.obj()
        if c == '[':
            return self.arr()
        if c == '"':
            return self.string()
        for lit, val in (('true', True), ('false', False), ('null', None)):
            if self.s.startswith(lit, self.i):
                self.i += len(lit)
                return val
        return self.number()
    def obj(self):
        self.i += 1
        out = {}
        self.ws()
        if self.s[self.i:self.i + 1] == '}':
            self.i += 1
            return out
        while True:
            self.ws()
            if self.s[self.i:self.i + 1] != '"':
                raise JSONError('expected string key', self.i)
            k = self.string()
            self.ws()
            if self.s[self.i:self.i + 1] != ':':
                raise JSONError("expected ':'", self.i)
            self.i += 1
            out[k] = self.value()
            self.ws()
            c = self.s[self.i:self.i + 1]
            self.i += 1
            if c == '}':
                return out
            if c != ',':
                raise JSONError("expected ',' or '}'", self.i - 1)
    def arr(self):
        self.i += 1
        out = []
        self.ws()
        if self.s[self.i:self.i + 1] == ']':
            self.i += 1
            return out
        while True:
            out.append(self.value())
            self.ws()
            c = self.s[self.i:self.i + 1]
            self.i += 1
            if c == ']':
                return out
            if c != ',':
                raise JSONError("expected ',' or ']'", self.i - 1)
    def string(self):
        self.i += 1
        buf = []
        while True:
            if self.i >= len(self.s):
                raise JSONError('unterminated string', self.i)
            c = self.s[self.i]
            self.i += 1
            if c == '"':
                return ''.join(buf)
            if c == '\\':
                e = self.s[self.i]
                self.i += 1
                if e == 'u':
                    buf.append(chr(int(self.s[self.i:self.i + 4], 16)))
                    self.i += 4
                elif e in self.ESC:
                    buf.append(self.ESC[e])
                else:
                    raise JSONError(f'bad escape \\{e}', self.i - 2)
            else:
                buf.append(c)
    def number(self):
        start = self.i
        while self.i < len(self.s) and self.s[self.i] in '+-0123456789.eE':
            self.i += 1
        lit = self.s[start:self.i]
        if not lit:
            raise JSONError(f'unexpected character {self.s[start]!r}', start)
        try:
            return int(lit)
        except ValueError:
            return float(lit)

def dumps(v, indent=None, level=0):
    pad = '' if indent is None else '\n' + ' ' * (indent * (level + 1))
    end = '' if indent is None else '\n' + ' ' * (indent * level)
    sep = ', ' if indent is None else ','
    if v is None:
        return 'null'
    if v is True or v is False:
        return 'true' if v else 'false'
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        out = []
        for ch in v:
            if ch in '"\\':
                out.append('\\' + ch)
            elif ch == '\n':
                out.append('\\n')
            elif ch == '\t':
                out.append('\\t')
            elif ord(ch) < 0x20 or ord(ch) > 0x7e:
                out.append('\\u%04x' % ord(ch))
            else:
                out.append(ch)
        return '"' + ''.join(out) + '"'
    if isinstance(v, list):
        if not v:
            return '[]'
        return '[' + sep.join(pad + dumps(x, indent, level + 1) for x in v) + end + ']'
    if isinstance(v, dict):
        if not v:
            return '{}'
        return '{' + sep.join(pad + dumps(str(k)) + ': ' + dumps(x, indent, level + 1) for k, x in v.items()) + end + '}'
    raise TypeError(f'Object of type {type(v).__name__} is not JSON serializable')

DOC = '{"name": "Sparrow", "version": [0, 4, 1], "stable": false, "pi": 3.14, "big": 12345678901234567890,' \
      ' "nested": {"empty": {}, "list": [], "null": null, "esc": "tab\\there \\"q\\" \\u00e9\\n"}, "neg": -1.5e3}'
data = Parser(DOC).parse()
print(data)
print(dumps(data))
print(dumps(data, indent=2))
print(Parser(dumps(data)).parse() == data)
for bad in ('{"a" 1}', '[1, 2', '[1 2]', '{"a": tru}', '"abc', '{1: 2}', '[1] x', '', '"\\q"'):
    try:
        Parser(bad).parse()
    except JSONError as e:
        print(f'{bad!r:14} -> {e} (pos {e.pos})')
    except IndexError:
        print(f'{bad!r:14} -> IndexError')
try:
    dumps({'s': {1, 2}})
except TypeError as e:
    print('TypeError:', e)
