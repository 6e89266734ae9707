# re: flags (IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII, inline and scoped) and RegexFlag.
import re

print(re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.NOFLAG, re.DEBUG)
print(repr(re.I | re.M), re.A | re.I, re.S | re.M | re.X, re.I | 1024, ~re.I)
print(int(re.I | re.M), re.I | re.M == 10, re.IGNORECASE == 2, isinstance(re.I, int), re.I.name, re.I.value)
print(f"{re.M}", "%d" % re.S, re.I & re.I, re.I & 8, re.I ^ re.I, type(re.I | re.M).__name__)
print(re.RegexFlag(0), re.RegexFlag(2), re.RegexFlag(10))

cases = [
    ("abc", "ABC", re.I), ("[a-z]+", "HeLLo", re.I), ("[^a-z]+", "HeLLo12", re.I), (r"\w+", "ÉCOLE", re.I),
    ("straße", "STRASSE", re.I), ("é", "É", re.I), ("k", "\u212a", re.I), ("s", "\u017f", re.I),
    ("\u03c3", "\u03a3\u03c2", re.I), ("[\u03c3]+", "\u03a3\u03c2", re.I), ("i", "\u0130", re.I),
    ("\u0131", "I", re.I), ("é", "É", re.I | re.A), ("[é]", "É", re.I | re.A), ("a", "A", re.I | re.A),
    ("^b", "a\nb", 0), ("^b", "a\nb", re.M), ("a$", "a\nb", re.M), ("a$", "a\nb", 0), ("$", "a\n", re.M),
    ("a.b", "a\nb", re.S), ("a.b", "a\nb", 0), ("a b c  # comment", "abc", re.X),
    ("a[ ]b", "a b", re.X), (r"a\ b", "a b", re.X), (r"a\#b", "a#b", re.X),
    (r"\w+", "héllo", re.A), (r"\d", "\u0663", 0), (r"\d", "\u0663", re.A), (r"\s", "\u2003", 0),
    (r"\s", "\u2003", re.A), (r"\bé", " é", 0), (r"\bé", " é", re.A), (r"\W", "é", re.A),
    ("(?i)abc", "ABC", 0), ("(?i:a)b", "Ab", 0), ("(?i:a)b", "AB", 0), ("(?-i:a)b", "aB", re.I),
    ("(?-i:a)b", "AB", re.I), ("(?s:.)(.)", "\n\n", 0), ("(?m:^a)", "b\na", 0), ("(?x: a b )c", "abc", 0),
    ("(?a:\\w+)", "héllo", 0), ("(?u:\\w+)", "héllo", re.A), ("(?ims)^A.B$", "x\na\nb", 0),
    ("(?i)[k-m]+", "KLM\u212a", 0), ("(?i)[^k]", "\u212a", 0), (r"(?i)\bA\b", "a", 0),
    ("(?i)ǅ", "ǆ", 0), ("(?i)[ǅ]", "Ǆ", 0), ("(?i)ß", "ẞ", 0), ("(?i)µ", "μ", 0), ("(?i)Ω", "ω", 0),
]
for pattern, s, flags in cases:
    m = re.search(pattern, s, flags)
    print(repr(pattern), repr(s), flags, m and (m.span(), m.group()))

for pattern, flags in [("a", 0), ("a", re.I), ("(?i)a", 0), ("(?x)a", re.M), ("a", re.A), ("(?a)a", 0),
                       (b"a", 0), (b"a", re.I), (b"(?L)a", 0), ("(?u)a", 0), (b"(?i)a", re.M)]:
    p = re.compile(pattern, flags)
    print(p, p.flags, int(p.flags))
for pattern, flags in [("a", re.L), ("a", re.A | re.U), (b"a", re.U), (b"a", re.A | re.L)]:
    try:
        re.compile(pattern, flags)
    except ValueError as e:
        print("ValueError", e)
try:
    re.compile(re.compile("a"), re.I)
except ValueError as e:
    print("ValueError", e)
print(re.compile(re.compile("a")) is not None, re.compile("x", re.I) == re.compile("x", re.I))
print(re.compile("x", re.I) == re.compile("x"), re.compile("x") == re.compile(b"x"))
print(hash(re.compile("x")) == hash(re.compile("x")))
print(re.findall("(?i)[a-c]", "aBcDAbC"), re.sub("(?i)hello", "bye", "HeLLo hello"))
print(re.findall("(?m)^\\w", "ab\ncd\nef"), re.findall("(?m)\\w$", "ab\ncd\nef\n"), re.findall("$", "a\nb\n"))
print(re.findall("(?m)$", "a\nb\n"), re.findall("(?s).", "a\nb"), re.findall(".", "a\nb"))
