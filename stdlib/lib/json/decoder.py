"""json.decoder: JSONDecoder and JSONDecodeError, a hand-written scanner (no regular expressions)
that accepts what CPython 3.11's json accepts and reports errors at the same positions."""

try:
    from _json import scanstring as c_scanstring
except ImportError:
    c_scanstring = None
try:
    from _json import scan_once as c_scan_once
except ImportError:
    c_scan_once = None

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos

    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}

_BACKSLASH = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}

_HEX = frozenset('0123456789abcdefABCDEF')


def _decode_uXXXX(s, pos):
    esc = s[pos + 1:pos + 5]
    if len(esc) == 4:
        for ch in esc:
            if ch not in _HEX:
                break
        else:
            return int(esc, 16)
    raise JSONDecodeError('Invalid \\uXXXX escape', s, pos)


def _check_controls(s, chunk, start):
    """Raises for the first control character of chunk (which begins at s[start])."""
    i = 0
    for ch in chunk:
        if ch < ' ':
            raise JSONDecodeError('Invalid control character at', s, start + i)
        i += 1


def py_scanstring(s, end, strict=True):
    """Scan the string s for a JSON string. End is the index of the
    character in s after the quote that started the JSON string.
    Returns a tuple of the decoded string and the index of the character in s
    after the end quote."""
    begin = end - 1
    find = s.find
    n = len(s)
    quote = find('"', end)
    if quote < 0:
        quote = n
    chunks = []
    append = chunks.append
    while True:
        bs = find('\\', end, quote)
        if bs < 0:
            chunk = s[end:quote]
            if strict and not chunk.isprintable():
                _check_controls(s, chunk, end)
            if quote == n:
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            if not chunks:
                return chunk, quote + 1
            append(chunk)
            return ''.join(chunks), quote + 1
        if bs > end:
            chunk = s[end:bs]
            if strict and not chunk.isprintable():
                _check_controls(s, chunk, end)
            append(chunk)
        end = bs + 1
        if end >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        esc = s[end]
        if esc != 'u':
            try:
                append(_BACKSLASH[esc])
            except KeyError:
                raise JSONDecodeError('Invalid \\escape', s, bs) from None
            end += 1
        else:
            uni = _decode_uXXXX(s, end)
            end += 5
            if 0xd800 <= uni <= 0xdbff and s[end:end + 2] == '\\u':
                uni2 = _decode_uXXXX(s, end + 1)
                if 0xdc00 <= uni2 <= 0xdfff:
                    uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                    end += 6
            append(chr(uni))
        if end > quote:
            quote = find('"', end)
            if quote < 0:
                quote = n


scanstring = c_scanstring or py_scanstring

_WS = ' \t\n\r'
_DIGITS = '0123456789'


def _skip_ws(s, end):
    n = len(s)
    while end < n and s[end] in _WS:
        end += 1
    return end


def c_make_scanner(context):
    """The scanner of the C accelerator: the same contract as py_make_scanner."""
    strict = context.strict
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    parse_float = None if context.parse_float is float else context.parse_float
    parse_int = None if context.parse_int is int else context.parse_int
    parse_constant = context.parse_constant
    if parse_constant is _default_parse_constant:
        parse_constant = None

    def scan_once(string, idx):
        return c_scan_once(string, idx, strict, object_hook, object_pairs_hook, parse_float,
                           parse_int, parse_constant)

    return scan_once


def py_make_scanner(context):
    """Returns scan_once(string, idx) -> (value, end), raising StopIteration(idx) when no
    value starts at idx; context is the decoder whose hooks and options apply."""
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    strict = context.strict
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    memo = {}
    float_is_float = parse_float is float
    int_is_int = parse_int is int
    string = context.parse_string
    ws = _WS
    digits = _DIGITS

    def match_number(s, idx, n):
        start = idx
        if s[idx] == '-':
            idx += 1
            if idx >= n:
                raise StopIteration(start)
        c = s[idx]
        if '1' <= c <= '9':
            idx += 1
            while idx < n and s[idx] in digits:
                idx += 1
        elif c == '0':
            idx += 1
        else:
            raise StopIteration(start)
        is_float = False
        if idx < n - 1 and s[idx] == '.' and s[idx + 1] in digits:
            is_float = True
            idx += 2
            while idx < n and s[idx] in digits:
                idx += 1
        if idx < n - 1 and (s[idx] == 'e' or s[idx] == 'E'):
            e = idx + 1
            if s[e] == '-' or s[e] == '+':
                e += 1
            if e < n and s[e] in digits:
                is_float = True
                idx = e + 1
                while idx < n and s[idx] in digits:
                    idx += 1
        text = s[start:idx]
        if is_float:
            return (float(text) if float_is_float else parse_float(text)), idx
        return (int(text) if int_is_int else parse_int(text)), idx

    def parse_object(s, end):
        pairs = []
        n = len(s)
        nextchar = s[end:end + 1]
        if nextchar != '"':
            if nextchar in ws:
                end = _skip_ws(s, end)
                nextchar = s[end:end + 1]
            if nextchar == '}':
                if object_pairs_hook is not None:
                    return object_pairs_hook(pairs), end + 1
                pairs = {}
                if object_hook is not None:
                    pairs = object_hook(pairs)
                return pairs, end + 1
            elif nextchar != '"':
                raise JSONDecodeError('Expecting property name enclosed in double quotes', s, end)
        end += 1
        while True:
            key, end = string(s, end, strict)
            key = memo.setdefault(key, key)
            if s[end:end + 1] != ':':
                end = _skip_ws(s, end)
                if s[end:end + 1] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, end)
            end += 1
            if end < n and s[end] in ws:
                end = _skip_ws(s, end)
            try:
                value, end = scan_once(s, end)
            except StopIteration as err:
                raise JSONDecodeError('Expecting value', s, err.value) from None
            pairs.append((key, value))
            if end < n and s[end] in ws:
                end = _skip_ws(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == '}':
                break
            elif nextchar != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            if end < n and s[end] in ws:
                end = _skip_ws(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar != '"':
                raise JSONDecodeError('Expecting property name enclosed in double quotes', s, end - 1)
        if object_pairs_hook is not None:
            return object_pairs_hook(pairs), end
        pairs = dict(pairs)
        if object_hook is not None:
            pairs = object_hook(pairs)
        return pairs, end

    def parse_array(s, end):
        values = []
        n = len(s)
        nextchar = s[end:end + 1]
        if nextchar in ws and nextchar:
            end = _skip_ws(s, end)
            nextchar = s[end:end + 1]
        if nextchar == ']':
            return values, end + 1
        append = values.append
        while True:
            try:
                value, end = scan_once(s, end)
            except StopIteration as err:
                raise JSONDecodeError('Expecting value', s, err.value) from None
            append(value)
            if end < n and s[end] in ws:
                end = _skip_ws(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == ']':
                break
            elif nextchar != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            if end < n and s[end] in ws:
                end = _skip_ws(s, end)
        return values, end

    def scan_once(s, idx):
        n = len(s)
        if idx < 0:
            raise ValueError('idx cannot be negative')
        if idx >= n:
            raise StopIteration(idx)
        c = s[idx]
        if c == '"':
            return string(s, idx + 1, strict)
        if c == '{':
            return parse_object(s, idx + 1)
        if c == '[':
            return parse_array(s, idx + 1)
        if c == 'n':
            if s[idx:idx + 4] == 'null':
                return None, idx + 4
        elif c == 't':
            if s[idx:idx + 4] == 'true':
                return True, idx + 4
        elif c == 'f':
            if s[idx:idx + 5] == 'false':
                return False, idx + 5
        elif c == 'N':
            if s[idx:idx + 3] == 'NaN':
                return parse_constant('NaN'), idx + 3
        elif c == 'I':
            if s[idx:idx + 8] == 'Infinity':
                return parse_constant('Infinity'), idx + 8
        elif c == '-' and s[idx:idx + 9] == '-Infinity':
            return parse_constant('-Infinity'), idx + 9
        elif c in digits or c == '-':
            return match_number(s, idx, n)
        raise StopIteration(idx)

    def scan(s, idx):
        try:
            return scan_once(s, idx)
        finally:
            memo.clear()

    return scan


make_scanner = c_make_scanner if c_scan_once is not None else py_make_scanner

_default_parse_constant = _CONSTANTS.__getitem__


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder"""

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _default_parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_object = None
        self.parse_array = None
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = make_scanner(self)

    def decode(self, s, _w=None):
        """Return the Python representation of ``s`` (a ``str`` instance
        containing a JSON document)."""
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from ``s`` (a ``str`` beginning with
        a JSON document) and return a 2-tuple of the Python
        representation and the index in ``s`` where the document ended."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', s, err.value) from None
        return obj, end
