# Text utilities: roman numerals, caesar cipher, run-length encoding, word wrap, anagrams, palindromes.
ROMAN = [(1000, 'M'), (900, 'CM'), (500, 'D'), (400, 'CD'), (100, 'C'), (90, 'XC'),
         (50, 'L'), (40, 'XL'), (10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I')]
def to_roman(n):
    out = []
    for value, sym in ROMAN:
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)
def from_roman(s):
    vals = {'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
    total = 0
    for i, ch in enumerate(s):
        v = vals[ch]
        if i + 1 < len(s) and vals[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total
print([to_roman(n) for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]])
print(all([from_roman(to_roman(n)) == n for n in range(1, 4000)]))

def caesar(text, shift):
    out = []
    for ch in text:
        if 'a' <= ch <= 'z':
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        elif 'A' <= ch <= 'Z':
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)
secret = caesar("Hello, World! Zebra-crossing.", 3)
print(secret, "|", caesar(secret, -3), "|", caesar("abc", 26 * 1000 + 1))

def rle_encode(s):
    if not s:
        return []
    out = []
    prev = s[0]
    count = 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append((prev, count))
            prev, count = ch, 1
    out.append((prev, count))
    return out
def rle_str(s):
    return "".join([ch + (str(n) if n > 1 else "") for ch, n in rle_encode(s)])
def rle_decode(pairs):
    return "".join([ch * n for ch, n in pairs])
for s in ["", "a", "aaabccddddde", "abc", "zzzzzzzzzzzz", "aabbaa"]:
    enc = rle_encode(s)
    print(repr(s), rle_str(s), rle_decode(enc) == s)

def wrap(text, width):
    lines = []
    cur = ""
    for word in text.split():
        if not cur:
            cur = word
        elif len(cur) + 1 + len(word) <= width:
            cur += " " + word
        else:
            lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return lines
para = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs. "
        "How vexingly quick daft zebras jump! Sphinx of black quartz, judge my vow.")
for width in (20, 35):
    print("-" * width)
    for line in wrap(para, width):
        print(line + " " * (width - len(line)) + "|")
print(wrap("supercalifragilisticexpialidocious is long", 10))

def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalpha()]
    return cleaned == cleaned[::-1]
for s in ["A man, a plan, a canal: Panama", "racecar", "hello", "", "Was it a car or a cat I saw?", "No 'x' in Nixon"]:
    print(repr(s), is_palindrome(s))

words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w)), []).append(w)
print([g for g in groups.values() if len(g) > 1])

# vowel counting, title-casing by hand, reversing words
def title(s):
    out = []
    for w in s.split(" "):
        out.append(w[:1].upper() + w[1:].lower() if w else w)
    return " ".join(out)
print(title("the  QUICK brown fOX"), sum([1 for c in para.lower() if c in "aeiou"]))
print(" ".join([w[::-1] for w in "reverse each word here".split()]))
# longest common prefix
def lcp(strs):
    if not strs:
        return ""
    prefix = strs[0]
    for s in strs[1:]:
        while not s.startswith(prefix):
            prefix = prefix[:-1]
    return prefix
print(repr(lcp(["flower", "flow", "flight"])), repr(lcp(["interview", "internet", "interval"])), repr(lcp(["a", "b"])), repr(lcp([])))
# simple template substitution
template = "Dear {name}, your balance is {amount}."
values = {'name': 'Ada', 'amount': '42.00'}
result = template
for k, v in values.items():
    result = result.replace("{" + k + "}", v)
print(result)
