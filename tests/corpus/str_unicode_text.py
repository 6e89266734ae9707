# Unicode-aware text handling: case mapping, normalization-free comparisons, width-ish padding, slugs, palindromes and counts.
SAMPLES = ['Straße', 'ΣΊΣΥΦΟΣ', 'İstanbul', 'Ǆemal', 'naïve café', 'ﬁnal ﬂow', 'Ωmega', 'déjà vu', 'Ελληνικά', 'Кириллица', '日本語テキスト']
for s in SAMPLES:
    print(f'{s:<12} upper={s.upper():<14} lower={s.lower():<14} title={s.title():<14} casefold={s.casefold():<14} len={len(s)}')
print([s.isalpha() for s in SAMPLES])
print('Straße'.casefold() == 'STRASSE'.casefold(), 'straße'.upper() == 'STRASSE', 'ﬁ'.upper(), len('ﬁ'.upper()))

def is_palindrome(text):
    letters = [c.casefold() for c in text if c.isalnum()]
    return letters == letters[::-1]
for p in ['A man, a plan, a canal: Panama!', 'Ésope reste ici et se repose', 'Νίψον ανομήματα μη μόναν όψιν', 'not one', 'Was it a car or a cat I saw?']:
    print(is_palindrome(p), p)

def char_classes(text):
    classes = {'upper': 0, 'lower': 0, 'digit': 0, 'space': 0, 'other': 0}
    for c in text:
        if c.isupper():
            classes['upper'] += 1
        elif c.islower():
            classes['lower'] += 1
        elif c.isdigit():
            classes['digit'] += 1
        elif c.isspace():
            classes['space'] += 1
        else:
            classes['other'] += 1
    return classes
print(char_classes('Hello Wörld 123 ΑΒΓ αβγ ٣٤٥ — ✓\t!'))
text = 'Ünïcödé text: ñ, ç, ø, å, ß, œ and emoji 😀 in a str'
print(len(text), len(text.encode('utf-8')), len(text.encode('utf-16-le')) if False else 'utf16-skipped', text.encode('ascii', 'replace').decode(), ascii(text)[:40])
print([hex(ord(c)) for c in 'é😀€'], chr(0x1F40D), '\N{GREEK SMALL LETTER ALPHA}' if False else '\u03b1', '\U0001F600' == '😀')
words = 'über Über apple Äpfel zebra Zürich éclair eclair'.split()
print(sorted(words), sorted(words, key=str.casefold))
accents = str.maketrans('äöüéèêàçñÄÖÜ', 'aoueeeacnAOU')
print(sorted(words, key=lambda w: w.translate(accents).casefold()))
def slugify(s):
    s = s.translate(accents).casefold()
    out = []
    for c in s:
        if c.isalnum() and c.isascii():
            out.append(c)
        elif out and out[-1] != '-':
            out.append('-')
    return ''.join(out).strip('-')
print([slugify(s) for s in ['Crème Brûlée Recipe!', '  Zürich --- Größe ', 'naïve café']])
print('é'.center(5, '*'), 'αβγ'.rjust(6, '·'), '|'.join(c for c in 'añb'), 'ÅÄÖ'.swapcase(), 'ǆ'.upper(), 'ǆ'.title())
print('x'.join('αβ'), 'a,β,ç'.split(','), 'αβγ'.find('γ'), 'αβγ'[::-1], 'αβγ' < 'αβδ', max('αβγ'), 'ß' in 'Straße')

def word_frequencies(text):
    counts = {}
    word = []
    for ch in text + ' ':
        if ch.isalpha() or ch == "'":
            word.append(ch.casefold())
        elif word:
            w = ''.join(word).strip("'")
            counts[w] = counts.get(w, 0) + 1
            word = []
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
POEM = "Ünter den Linden, ünter den Bäumen — l'été, l'Été! Où est l'été? ΑΛΦΑ alpha Alpha ΆΛΦΑ"
print(word_frequencies(POEM)[:6])
print([w.center(9, '·') for w in ('ä', 'été', 'ΑΛΦΑ')], 'ÉTÉ'.lower().capitalize(), 'ǈ'.istitle(), 'Ǉ'.isupper(), 'ǉ'.islower())
print('{:>8}|{:<8}|{:^8}'.format('αβγ', 'ßß', 'ÿ'), '%-6s|%6s' % ('ñ', 'ö'), f'{"é"!a}', 'e\u0301' == 'é', len('e\u0301'))
