"""json.scanner: the scanner factories (kept here for code that imports them from CPython's
place); the scanners themselves live in json.decoder."""

from .decoder import make_scanner, py_make_scanner, c_make_scanner

__all__ = ['make_scanner']
