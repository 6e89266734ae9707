# sys.float_info, int_info, hash_info, flags (struct-sequence-like), encodings, dont_write_bytecode.
import sys

fi = sys.float_info
print(fi)
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.radix, fi.rounds)
print(fi[0], fi[-1], fi[1:3], len(fi), tuple(fi)[:2])
print(fi.max == 1.7976931348623157e+308, fi.epsilon == 2.0 ** -52, fi.min == 2.0 ** -1022)
print(type(fi).__name__, isinstance(fi, tuple), fi.n_fields, fi.n_sequence_fields, fi.n_unnamed_fields)
print(fi == tuple(fi), hash(fi) == hash(tuple(fi)))
print(1.7976931348623157e+308 * 10 > fi.max)
max_, max_exp = fi[:2]
print(max_, max_exp)
for bad in ('max', 11):
    try:
        fi[bad]
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
try:
    fi.max = 1.0
except AttributeError:
    print('AttributeError')
try:
    fi.nothing
except AttributeError:
    print('AttributeError')

ii = sys.int_info
print(ii)
print(ii.bits_per_digit, ii.sizeof_digit, ii.default_max_str_digits, ii.str_digits_check_threshold, len(ii))

hi = sys.hash_info
print(hi.width, hi.modulus, hi.inf, hi.nan, hi.imag, len(hi))
print(hash(float('inf')) == hi.inf, hash(hi.modulus) == 0, hash(1j) == hi.imag)

fl = sys.flags
print(type(fl).__name__, len(fl))
print(fl.debug, fl.inspect, fl.interactive, fl.optimize, fl.verbose, fl.bytes_warning, fl.quiet)
print(fl.isolated, fl.dev_mode, fl.safe_path, fl.int_max_str_digits, fl.no_site, fl.no_user_site)
print(repr(fl).startswith('sys.flags(debug=0, inspect=0, interactive=0, optimize=0, dont_write_bytecode='))

from sys import float_info, flags
print(float_info is sys.float_info, flags is sys.flags)

print(sys.getdefaultencoding(), sys.getfilesystemencoding())
print(type(sys.dont_write_bytecode).__name__)
try:
    sys.getdefaultencoding(1)
except TypeError as e:
    print(type(e).__name__)
try:
    sys.no_such_attribute
except AttributeError as e:
    print(e)
print(hasattr(sys, 'no_such_attribute'), getattr(sys, 'nope', 42))
