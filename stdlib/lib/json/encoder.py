"""json.encoder: JSONEncoder, producing exactly CPython 3.11's text (separators, indentation,
escapes, float reprs, key conversion, errors); a recursive list builder instead of generators."""

try:
    from _json import encode_basestring_ascii as c_encode_basestring_ascii
except ImportError:
    c_encode_basestring_ascii = None
try:
    from _json import encode_basestring as c_encode_basestring
except ImportError:
    c_encode_basestring = None
try:
    from _json import encode as c_encode
except ImportError:
    c_encode = None

__all__ = ['JSONEncoder']

INFINITY = float('inf')

_ESCAPE_DCT = {
    '\\': '\\\\',
    '"': '\\"',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
}
for _i in range(0x20):
    _ESCAPE_DCT.setdefault(chr(_i), '\\u{0:04x}'.format(_i))
del _i


def py_encode_basestring(s):
    """Return a JSON representation of a Python string"""
    if '"' not in s and '\\' not in s and (s.isprintable() or not _has_control(s)):
        return '"' + s + '"'
    get = _ESCAPE_DCT.get
    return '"' + ''.join([get(c, c) for c in s]) + '"'


def _has_control(s):
    for c in s:
        if c < ' ':
            return True
    return False


def _ascii_escape(c):
    e = _ESCAPE_DCT.get(c)
    if e is not None:
        return e
    n = ord(c)
    if n < 0x7f:
        return c
    if n < 0x10000:
        return '\\u{0:04x}'.format(n)
    n -= 0x10000
    return '\\u{0:04x}\\u{1:04x}'.format(0xd800 | ((n >> 10) & 0x3ff), 0xdc00 | (n & 0x3ff))


def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string"""
    if s.isascii() and s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    return '"' + ''.join([_ascii_escape(c) for c in s]) + '"'


encode_basestring = c_encode_basestring or py_encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii or py_encode_basestring_ascii

_float_repr = float.__repr__
_int_repr = int.__repr__


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures."""
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Implement this method in a subclass such that it returns
        a serializable object for ``o``, or calls the base implementation
        (to raise a ``TypeError``)."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            else:
                return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string
        representation as available."""
        chunks = []
        _make_encoder(self)(o, chunks)
        if _one_shot:
            return chunks
        return iter(chunks)


def _make_encoder(enc):
    """Returns encode(o, chunks), which appends the JSON text of o to the list chunks."""
    markers = {} if enc.check_circular else None
    _encoder = encode_basestring_ascii if enc.ensure_ascii else encode_basestring
    allow_nan = enc.allow_nan
    default = enc.default
    indent = enc.indent
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent
    key_separator = enc.key_separator
    item_separator = enc.item_separator
    sort_keys = enc.sort_keys
    skipkeys = enc.skipkeys
    if (c_encode is not None and isinstance(key_separator, str) and isinstance(item_separator, str)
            and (indent is None or isinstance(indent, str))):
        check_circular = enc.check_circular
        ensure_ascii = enc.ensure_ascii

        def c_encoder(o, chunks):
            chunks.append(c_encode(o, default, ensure_ascii, check_circular, allow_nan, indent,
                                   key_separator, item_separator, sort_keys, skipkeys))

        return c_encoder

    def floatstr(o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return _float_repr(o)
        if not allow_nan:
            raise ValueError('Out of range float values are not JSON compliant')
        return text

    def enc_container(o, chunks, level, is_dict):
        """Appends the JSON text of the list/tuple (or, if is_dict, the dict) o."""
        if not o:
            chunks.append('{}' if is_dict else '[]')
            return
        if markers is not None:
            markerid = id(o)
            if markerid in markers:
                raise ValueError('Circular reference detected')
            markers[markerid] = o
        append = chunks.append
        if indent is not None:
            level += 1
            newline_indent = '\n' + indent * level
            separator = item_separator + newline_indent
            append(('{' if is_dict else '[') + newline_indent)
        else:
            newline_indent = None
            separator = item_separator
            append('{' if is_dict else '[')
        first = True
        if is_dict:
            for key, value in (sorted(o.items()) if sort_keys else o.items()):
                if isinstance(key, str):
                    pass
                elif isinstance(key, float):
                    key = floatstr(key)
                elif key is True:
                    key = 'true'
                elif key is False:
                    key = 'false'
                elif key is None:
                    key = 'null'
                elif isinstance(key, int):
                    key = _int_repr(key)
                elif skipkeys:
                    continue
                else:
                    raise TypeError(f'keys must be str, int, float, bool or None, '
                                    f'not {key.__class__.__name__}')
                if first:
                    first = False
                else:
                    append(separator)
                append(_encoder(key))
                append(key_separator)
                enc_any(value, chunks, level)
        else:
            for value in o:
                if first:
                    first = False
                else:
                    append(separator)
                enc_any(value, chunks, level)
        if newline_indent is not None:
            level -= 1
            append('\n' + indent * level)
        append('}' if is_dict else ']')
        if markers is not None:
            del markers[markerid]

    def enc_any(o, chunks, level):
        if isinstance(o, str):
            chunks.append(_encoder(o))
        elif o is None:
            chunks.append('null')
        elif o is True:
            chunks.append('true')
        elif o is False:
            chunks.append('false')
        elif isinstance(o, int):
            chunks.append(_int_repr(o))
        elif isinstance(o, float):
            chunks.append(floatstr(o))
        elif isinstance(o, (list, tuple)):
            enc_container(o, chunks, level, False)
        elif isinstance(o, dict):
            enc_container(o, chunks, level, True)
        else:
            if markers is not None:
                markerid = id(o)
                if markerid in markers:
                    raise ValueError('Circular reference detected')
                markers[markerid] = o
            o = default(o)
            enc_any(o, chunks, level)
            if markers is not None:
                del markers[markerid]

    def encode(o, chunks):
        enc_any(o, chunks, 0)

    return encode
