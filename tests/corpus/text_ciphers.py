# Classical ciphers: Caesar, Vigenère, Atbash, rail fence, a columnar transposition, and frequency-based Caesar cracking.
ALPHA = 'abcdefghijklmnopqrstuvwxyz'

def shift_char(c, k):
    if c.isalpha():
        base = 'A' if c.isupper() else 'a'
        return chr((ord(c) - ord(base) + k) % 26 + ord(base))
    return c

def caesar(text, k):
    return ''.join(shift_char(c, k) for c in text)

def vigenere(text, key, decrypt=False):
    out, i = [], 0
    for c in text:
        if c.isalpha():
            k = ALPHA.index(key[i % len(key)].lower())
            out.append(shift_char(c, -k if decrypt else k))
            i += 1
        else:
            out.append(c)
    return ''.join(out)

def atbash(text):
    table = str.maketrans(ALPHA + ALPHA.upper(), ALPHA[::-1] + ALPHA.upper()[::-1])
    return text.translate(table)

def rail_fence(text, rails):
    rows = [[] for _ in range(rails)]
    r, step = 0, 1
    for c in text:
        rows[r].append(c)
        if rails > 1:
            if r == 0:
                step = 1
            elif r == rails - 1:
                step = -1
            r += step
    return ''.join(''.join(row) for row in rows)

def rail_fence_decode(cipher, rails):
    pattern = []
    r, step = 0, 1
    for _ in cipher:
        pattern.append(r)
        if rails > 1:
            if r == 0:
                step = 1
            elif r == rails - 1:
                step = -1
            r += step
    counts = [pattern.count(i) for i in range(rails)]
    rows, pos = [], 0
    for n in counts:
        rows.append(list(cipher[pos:pos + n]))
        pos += n
    return ''.join(rows[r].pop(0) for r in pattern)

def columnar(text, key):
    order = sorted(range(len(key)), key=lambda i: (key[i], i))
    cols = [text[i::len(key)] for i in range(len(key))]
    return ' '.join(cols[i] for i in order)

ENGLISH = 'etaoinshrdlcumwfgypbvkjxqz'
def crack_caesar(cipher):
    def score(text):
        counts = {}
        for c in text.lower():
            if c.isalpha():
                counts[c] = counts.get(c, 0) + 1
        return sum(n * (26 - ENGLISH.index(c)) for c, n in counts.items())
    best = max(range(26), key=lambda k: score(caesar(cipher, -k)))
    return best, caesar(cipher, -best)

msg = 'Attack at Dawn! The eagle flies at 0600, bring the maps.'
c3 = caesar(msg, 3)
print(c3, '|', caesar(c3, -3) == msg)
v = vigenere(msg, 'LEMON')
print(v, '|', vigenere(v, 'LEMON', decrypt=True))
print(atbash(msg), '|', atbash(atbash(msg)) == msg)
for rails in (2, 3, 4):
    rf = rail_fence('WEAREDISCOVEREDFLEEATONCE', rails)
    print(rails, rf, rail_fence_decode(rf, rails))
print(columnar('WEAREDISCOVEREDFLEEATONCE', 'ZEBRAS'))
secret = caesar('it was the best of times it was the worst of times it was the age of wisdom', 11)
print(secret)
print(crack_caesar(secret))
print([caesar('xyz', k) for k in (1, 2, 27, -1)], caesar('Hello, World', 13), caesar(caesar('Hello, World', 13), 13))
