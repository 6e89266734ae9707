"""Iterator building blocks, behaving as CPython 3.11's itertools.

The hot tools (count, repeat, cycle, chain, islice, zip_longest, product, the combinatorics,
accumulate, starmap, compress, takewhile, dropwhile, filterfalse, pairwise) are C types from
_itertools (stdlib/_itertools.c); groupby and tee are written here in Python.
"""

from _itertools import *
from operator import index as _index

_MISSING = object()


def _ssize(v):
    # An index that must fit a C Py_ssize_t, as CPython's argument conversion.
    i = _index(v)
    if not -(1 << 63) <= i < (1 << 63):
        raise OverflowError("Python int too large to convert to C ssize_t")
    return i


class groupby:
    """groupby(iterable, key=None) --> (key, group) pairs of consecutive items with equal keys."""

    def __init__(self, iterable=_MISSING, key=None):
        if iterable is _MISSING:
            raise TypeError("groupby() missing required argument 'iterable' (pos 1)")
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _MISSING
        self._currkey = _MISSING
        self._currvalue = _MISSING
        self._currgrouper = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        self._currgrouper = None
        while True:
            if self._currkey is _MISSING:
                pass
            elif self._tgtkey is _MISSING:
                break
            elif not (self._tgtkey == self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._currgrouper = grouper
        return (self._currkey, grouper)


class _grouper:
    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        gb = self._parent
        if gb._currgrouper is not self:
            raise StopIteration
        if gb._currvalue is _MISSING:
            gb._step()
        if not (self._tgtkey == gb._currkey):
            raise StopIteration
        r = gb._currvalue
        gb._currvalue = _MISSING
        gb._currkey = _MISSING
        return r


class _tee_link:
    __slots__ = ("value", "next")

    def __init__(self):
        self.next = None


class _tee:
    """One of the independent iterators tee() returns; all share one buffer of items."""

    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            # This iterator is the furthest ahead: pull a new item into the shared buffer.
            value = next(self._it)
            if link.next is None:
                new = _tee_link()
                link.value = value
                link.next = new
        value = link.value
        self._link = link.next
        return value

    def __copy__(self):
        return _tee(self._it, self._link)


def tee(iterable, n=2, /):
    """tee(iterable, n=2) --> n independent iterators over iterable's items."""
    n = _ssize(n)
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee(it, _tee_link())
    result = [first]
    for i in range(1, n):
        result.append(first.__copy__())
    return tuple(result)

