# %-formatting of str (and bytes): every conversion, flags, width/precision, * and mapping keys, errors.
vals = [0, 5, -5, 255, 3.75, -0.5, 1e10, 123456789012345678901234567890]
for spec in ['%d', '%i', '%u', '%5d', '%-5d|', '%05d', '%+d', '% d', '%x', '%X', '%#x', '%#X', '%o', '%#o',
             '%e', '%E', '%.2e', '%f', '%.1f', '%10.3f', '%-10.2f|', '%+.0f', '%g', '%G', '%.3g', '%#g', '%s', '%r', '%a', '%08.3f', '%#.0f']:
    row = []
    for v in vals:
        try:
            row.append(spec % v)
        except TypeError as e:
            row.append('TypeError(%s)' % e)
    print(spec, '->', ' | '.join(row))
print('%c%c%c' % (72, 'i', 0x263A), '%5c|%-3c|' % ('x', 'y'))
print('%s and %s' % ('a', 'b'), '%s' % (('tuple',),), '%s' % [1, 2], '%r' % 'q', '%a' % 'é', '%%', '100%%' % ())
print('%(name)s is %(age)d, %(name)r' % {'name': 'Bo', 'age': 7}, '%(x)05.1f' % {'x': 2.25})
print('%*d|%-*d|%.*f|%*.*f' % (5, 42, 4, 7, 2, 3.14159, 8, 3, 2.71828))
print('%s' % None, '%s' % True, '%d' % True, '%.3s' % 'abcdef', '%10.2s|' % 'xyz', '%-6s|' % 'ab')
print('%x' % 2**70, '%d' % -2**70, '%o' % -8, '%e' % 0, '%.0e' % 12345, '%g' % 1e-5, '%g' % 123456789, '%G' % 1e-10)
print('%f' % float('inf'), '%e' % float('-inf'), '%g' % float('nan'), '%5.1f%%' % 99.44)
print(b'%s-%d-%x %b %c' % (b'by', 5, 255, b'raw', 65), b'%5s|%-5s|' % (b'a', b'b'), b'%r' % b'x' if False else b'%a' % 'x')
for fmt, args in (('%d', 'x'), ('%d', ()), ('%s %s', ('a',)), ('%s', ('a', 'b')), ('%q', 1), ('%(a)s', 1),
                  ('%c', 'ab'), ('%c', -1), ('%x', 1.5), ('%(a)s %s', {'a': 1}), ('%', ()), ('%.f', 'x'), ('%*d', ('a', 1)), ('%d', [1])):
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
class Idx:
    def __index__(self): return 10
class Flt:
    def __float__(self): return 2.5
class IntOnly:
    def __int__(self): return 3
print('%x %d %o' % (Idx(), Idx(), Idx()), '%.1f %e' % (Flt(), Flt()))
for fmt, v in (('%d', Flt()), ('%x', IntOnly()), ('%d', IntOnly()), ('%d', 2.9), ('%x', 2.0)):
    try:
        print(fmt % v)
    except TypeError as e:
        print('TypeError:', e)
print('%s %s' % ('x', 'y') if True else '', 'name: %-10s age: %3d score: %6.2f' % ('Alice', 30, 91.256))
print('\n'.join('%-6s%5d%8.1f' % row for row in [('ab', 1, 2.25), ('cdef', 100, -3.14), ('g', 12345, 1e3)]))
