# Unicode character classes and case mappings over Latin, Greek, Cyrillic, Armenian, Arabic,
# Devanagari, punctuation, CJK, Hangul and fullwidth ranges, checked against CPython's tables
ranges = [(0x80, 0x250), (0x370, 0x400), (0x400, 0x530), (0x530, 0x590), (0x600, 0x700), (0x900, 0x980),
          (0x1E00, 0x2000), (0x2000, 0x2200), (0x3000, 0x3100), (0x4E00, 0x4E40), (0xAC00, 0xAC20),
          (0xFF00, 0xFF70), (0x10400, 0x10450), (0x1D400, 0x1D420)]
for name in ['isalpha', 'isdigit', 'isdecimal', 'isnumeric', 'isspace', 'isupper', 'islower', 'isalnum',
             'isprintable', 'istitle', 'isidentifier']:
    hits = [c for a, b in ranges for c in range(a, b) if getattr(chr(c), name)()]
    print(name, len(hits), sum(hits) % 1000003)
for name in ['upper', 'lower', 'title', 'casefold', 'swapcase', 'capitalize']:
    out = ''.join(getattr(chr(c) + 'x', name)() for a, b in ranges for c in range(a, b))
    print(name, len(out), sum(map(ord, out)) % 1000003)
print('ǅemo'.swapcase(), 'ǆ'.title(), 'ŉ'.upper(), 'ΐ'.upper(), 'ﬃ'.title(), 'İstanbul'.lower(), 'ΣΑΣ'.lower(), 'ß'.casefold())
print('٣٤'.isdecimal(), '௫'.isdigit(), 'Ⅻ'.isnumeric(), int('١٢٣'), int('߅'), '\u2028'.isspace(), 'ℌ'.isupper(), 'ǈ'.istitle())
