# re: lookahead, lookbehind, atomic groups and possessive quantifiers.
import re

cases = [
    (r"foo(?=bar)", "foobaz foobar"), (r"foo(?!bar)", "foobar foobaz"), (r"(?<=\$)\d+", "cost $42"),
    (r"(?<!\$)\b\d+", "$42 17"), (r"(?<=ab|cd)x", "cdx"), (r"(?<=a(b))c", "abc"),
    (r"(?=(\w+))\w", "abc"), (r"(?!(a))b", "b"), (r"(?<=^)a", "a"),
    (r"(?<=a)", "ba"), (r"(?<!a)", "a"), (r"\w+(?<!ing)\b", "running jump"),
    (r"(?<=(a))\1", "aa"), (r"(?=a)*b", "b"), (r"^(?=.*\d)(?=.*[a-z]).{6,}$", "abc123"),
    (r"^(?=.*\d)(?=.*[a-z]).{6,}$", "abcdef"), (r"(?<=\d{3})x", "123x"), (r"(?<=[a-c]{2})z", "bcz"),
    (r"(?>a+)b", "aaab"), (r"(?>a+)a", "aaaa"), (r"(?>a|ab)c", "abc"), (r"(?>ab|a)c", "abc"),
    (r"a++b", "aaab"), (r"a++a", "aaa"), (r"a*+a", "aaa"), (r"a?+a", "a"), (r"a{1,2}+a", "aaa"),
    (r"(?:ab)++a", "ababa"), (r"(?:ab)*+ab", "abab"), (r"(a+)+?b", "aab"), (r"x*+", "xxx"),
    (r"(?>(a)+)b", "aab"), (r"(?>(a)|b)+c", "abc"), (r"(?=(a))(?=(a))a", "a"),
    (r"(?!(a)b)a", "ac"), (r"(?<=(?=a)a)b", "ab"), (r"(?<!(?<=a)a)b", "ab"),
    (r"\b(?!un)\w+", "unhappy happy"), (r"(?<=\w)(?=\W)", "ab cd"),
    (r"(?<=\u00e9)x", "\u00e9x"), (r"(?i)(?<=A)b", "aB"),
]
for pattern, s in cases:
    m = re.search(pattern, s)
    print(pattern, repr(s), m and (m.span(), m.group(), m.groups()))
print(re.findall(r"(?<=a)b", "ababab"), re.findall(r"\d+(?=%)", "10% 20 30%"))
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"))
print(re.split(r"(?<=[.!?]) ", "One. Two! Three? Four"))
print(re.match(r"(?:a(?=b)|.)*", "abacab").group())
for p in [r"(?<=a+)b", r"(?<=a|bc)d", r"(?<=a*)", r"(?<!x{1,2})", r"(?<=(a)\1)b", r"(?<=(?:ab)+)c"]:
    try:
        re.compile(p)
        print(p, "ok")
    except re.error as e:
        print(p, "error:", e)
print(re.search(r"(a)(?<=(?P=x))", "a") if False else re.compile(r"(?P<x>a)(?<=(?P=x))").search("aa"))
