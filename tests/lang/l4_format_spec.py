# format()/str.format: the whole format-spec mini-language (fill, align, sign, #, 0, width, grouping, precision, types).
ints = [0, 7, -7, 255, -255, 1234567, 10**20]
int_specs = ['', 'd', '5d', '<5d', '>5d', '^7d', '*^9d', '+d', '-d', ' d', '05d', '+08d', '=+8d', 'x>8d',
             ',d', '_d', '12,d', '012,d', 'b', '#b', '08b', '_b', 'o', '#o', 'x', '#x', 'X', '#X', '#010x',
             '_x', 'c', 'n', 'e', '.2e', 'E', 'f', '.1f', 'g', 'G', '%', '.1%', '>+12,.2f', '#_o']
for v in ints:
    row = []
    for sp in int_specs:
        if sp == 'c' and (v < 0 or v > 0x10FFFF):
            continue
        row.append(repr(format(v, sp)))
    print(v, ' '.join(row))

floats = [0.0, -0.0, 1.5, -2.25, 3.14159265, 1234567.891, 1e-7, 2.5e16, 1.5e22, 1e300 if False else 1e-300, float('inf'), float('-inf'), float('nan'), 0.5, 2.675]
float_specs = ['', 'f', '.0f', '.2f', '10.3f', '<10.2f', '^10.1f', '+.3f', ' .1f', '010.2f', '=+12.3f', ',.2f',
               '_.1f', 'e', '.3e', 'E', '12.2E', 'g', '.3g', '.10g', 'G', '#g', '#.0f', '.0e', '%', '.2%', 'n',
               '.1', '.5', '015,.3f', '+', '#', 'x<12.2f', '*>+14,.3f']
for v in floats:
    print(repr(v), ' '.join(repr(format(v, sp)) for sp in float_specs))

strs = ['', 'a', 'hello', 'héllo wörld']
str_specs = ['', 's', '10', '<10', '>10', '^10', '*^11', '.3', '10.2', '-<6', '^', '.0']
for v in strs:
    print(repr(v), ' '.join(repr(format(v, sp)) for sp in str_specs))

# str.format field forms
print('{} {} {}'.format(1, 'a', [2]))
print('{0} {1} {0}'.format('x', 'y'), '{name}-{0}'.format(5, name='n'))
print('{0[1]} {0[k]} {1.real} {1.imag}'.format({1: 'one', 'k': 'kay'}, 3 + 4j))
print('{:>{w}}|{:{f}^{w}}|{:.{p}f}'.format('r', 'c', 3.14159, w=6, f='-', p=2))
print('{!r} {!s} {!a}'.format('é', 'é', 'é'), '{0!r:>8}'.format('é'))
print('{{literal}} {}'.format('braces'), '{:,}'.format(10**9), '{:_b}'.format(255))
class Obj:
    attr = [10, 20]
print('{0.attr[1]}'.format(Obj()), '{x.attr}'.format(x=Obj()))
for bad in ('{', '}', '{0', '{:d}', '{!x}', '{0}{}', '{1}', '{a}', '{:=s}', '{:,s}', '{:c}'):
    try:
        print(repr(bad.format('s') if bad not in ('{:c}',) else bad.format(-1)))
    except (ValueError, IndexError, KeyError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
for v, sp in ((1.5, 'd'), ('s', 'd'), (5, 's'), (1, '.2d'), (1.0, 'b'), (3, ',_'), (3, '_,'), (3, 'z'), (3 + 0j, 'd'), (True, 'x'), (None, '>5')):
    try:
        print(repr(format(v, sp)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)

# format() of other types
print(format(True), format(True, 'd'), format(None), format([1, 2]), format((1,), ''), format(1 + 2j, '.1f'), format(2j, '>8'))
print(format(12345678901234567890, ','), format(-0.0, '+.1f'), format(1e16, ''), format(1e16, 'f'), format(123.456, '.0f'))
print(format(0.1, '.20f'), format(1/3, '.17g'), format(2**0.5, 'r') if False else format(2 ** 0.5, ''))
