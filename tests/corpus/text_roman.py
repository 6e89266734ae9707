# Number words and numerals: Roman numerals with validation, English number names, ordinal suffixes, base conversions.
ROMAN = [(1000, 'M'), (900, 'CM'), (500, 'D'), (400, 'CD'), (100, 'C'), (90, 'XC'), (50, 'L'), (40, 'XL'),
         (10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I')]

def to_roman(n):
    if not isinstance(n, int):
        raise TypeError(f'expected int, got {type(n).__name__}')
    if not 0 < n < 4000:
        raise ValueError(f'{n} is out of range (1..3999)')
    out = []
    for value, sym in ROMAN:
        count, n = divmod(n, value)
        out.append(sym * count)
    return ''.join(out)

def from_roman(s):
    values = {'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
    total = 0
    for i, ch in enumerate(s):
        if ch not in values:
            raise ValueError(f'invalid numeral character {ch!r}')
        v = values[ch]
        if i + 1 < len(s) and values.get(s[i + 1], 0) > v:
            total -= v
        else:
            total += v
    if to_roman(total) != s:
        raise ValueError(f'{s!r} is not canonical (did you mean {to_roman(total)}?)')
    return total

ONES = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split()
TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split()
SCALES = [(10 ** 12, 'trillion'), (10 ** 9, 'billion'), (10 ** 6, 'million'), (1000, 'thousand'), (100, 'hundred')]

def words(n):
    if n < 0:
        return 'minus ' + words(-n)
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t - 2] + ('-' + ONES[o] if o else '')
    for value, name in SCALES:
        if n >= value:
            q, r = divmod(n, value)
            head = words(q) + ' ' + name
            if not r:
                return head
            return head + (' and ' if r < 100 else ' ') + words(r)

def ordinal(n):
    suffix = 'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')
    return f'{n}{suffix}'

def to_base(n, base, digits='0123456789abcdefghijklmnopqrstuvwxyz'):
    if n == 0:
        return '0'
    sign = '-' if n < 0 else ''
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + ''.join(reversed(out))

for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999):
    r = to_roman(n)
    print(f'{n:>5} {r:<12} {from_roman(r):>5} {words(n)}')
for bad in (0, 4000, 2.5, 'IIII', 'IC', 'ABC', 'MCMXCIV'):
    try:
        print(bad, '->', to_roman(bad) if isinstance(bad, (int, float)) else from_roman(bad))
    except (ValueError, TypeError) as e:
        print(bad, '->', type(e).__name__, e)
for n in (0, 13, 21, 105, 999, 1000, 1001, 123456, 10 ** 6 + 7, -42, 2 ** 40):
    print(f'{n:>15,} {words(n)}')
print(' '.join(ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112, 1000)))
for n in (255, -255, 2 ** 64, 0, 12345):
    print(n, [to_base(n, b) for b in (2, 3, 8, 16, 36)], all(int(to_base(n, b), b) == n for b in range(2, 37)))
