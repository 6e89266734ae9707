"""struct: packing Python values into C structs held in bytes; the work is done by the C module
_struct (stdlib/_struct.c), this file adds the Struct class and iter_unpack."""

from _struct import (pack, pack_into, unpack, unpack_from, calcsize, error, _clearcache,
                     _iter_unpack_list, _nargs)

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct',
           'error']


def iter_unpack(format, buffer, /):
    """Return an iterator yielding tuples unpacked from the given bytes."""
    return iter(_iter_unpack_list(format, buffer))


class Struct:
    """Struct(format) -> compiled struct object"""

    __slots__ = ('_format', 'size', '_text')

    def __init__(self, format):
        if isinstance(format, bytes):
            text = format.decode('ascii')
        elif isinstance(format, str):
            text = format
        else:
            raise TypeError('Struct() argument 1 must be a str or bytes object, not %s'
                            % type(format).__name__)
        self.size = calcsize(format)
        self._format = format
        self._text = text

    @property
    def format(self):
        """struct format string"""
        return self._text

    def pack(self, *values):
        """S.pack(v1, v2, ...) -> bytes"""
        return pack(self._format, *values)

    def pack_into(self, buffer, offset, *values):
        """S.pack_into(buffer, offset, v1, v2, ...)"""
        return pack_into(self._format, buffer, offset, *values)

    def unpack(self, buffer, /):
        """Return a tuple containing unpacked values."""
        return unpack(self._format, buffer)

    def unpack_from(self, buffer, offset=0):
        """Return a tuple containing unpacked values."""
        return unpack_from(self._format, buffer, offset)

    def iter_unpack(self, buffer, /):
        """Return an iterator yielding tuples."""
        return iter_unpack(self._format, buffer)

    def __repr__(self):
        return 'Struct(%r)' % (self._text,)
