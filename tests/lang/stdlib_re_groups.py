# re: Match objects and groups (numbered, named, lastindex, groupdict, expand, conditionals).
import re

m = re.match(r"(?P<first>\w+) (?P<last>\w+)(?P<rest> .*)?", "Jane Doe")
print(m)
print(m.group(), m.group(0), m.group(1), m.group("last"), m.group(1, "last", 0))
print(m.groups(), m.groups("-"), m.groupdict(), m.groupdict(0))
print(m.start(), m.end(), m.span(), m.start(2), m.end("last"), m.span("rest"), m.start(3))
print(m[0], m[1], m["first"], m.lastindex, m.lastgroup, m.pos, m.endpos, m.re.pattern)
print(m.regs, m.string, bool(m), m.re.groups, sorted(m.re.groupindex.items()))
print(m.expand(r"\2, \1 (\g<first>) \g<0> [\g<rest>]"))
for bad in [4, "nope", -1, 1.5, None]:
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError", e)
try:
    m.start("nope")
except IndexError as e:
    print("IndexError", e)
print(m.group(True), m[False])

for pattern, s in [("(a)(b)(c)", "abc"), ("(a(b(c)))", "abc"), ("(a)|(b)", "b"), ("(a)|(b)", "a"),
                   ("((a)|b)+", "ab"), ("(?:(a)|b)+", "ab"), ("(?P<n>a)(b)?", "a"), ("(a)?(b)", "b"),
                   ("(a)(?:b)", "ab"), ("((a)(b))", "ab"), ("(a)(b)?c|ab", "ab"), ("x", "x")]:
    m = re.search(pattern, s)
    print(pattern, m.groups(), m.lastindex, m.lastgroup, m.regs)

# conditionals and back references
for pattern, s in [(r"(<)?(\w+)(?(1)>)", "<abc>"), (r"(<)?(\w+)(?(1)>)", "abc"),
                   (r"(<)?(\w+)(?(1)>|$)", "<abc"), (r"(?P<q>')?x(?(q)')", "'x'"),
                   (r"(a)?(?(1)b|c)", "c"), (r"(a)?(?(1)b|c)", "ab"), (r"(\w)\1+", "xaaay"),
                   (r"(?i)(a)\1", "aA"), (r"(a)|\1", "x"), (r"(?:(a)|b)\1", "ba"),
                   (r"(a)(?P<b>b)\2(?P=b)", "abbb"), (r"(a*)b\1", "aabaa"), (r"^(\w+)\s+\1$", "hi hi")]:
    m = re.search(pattern, s)
    print(pattern, repr(s), m and (m.group(), m.groups()))

# Match repr: long matches are cut at 50 characters of the repr
print(re.search("x+", "x" * 100))
print(re.search(b"a+", b"xaa"), re.search("\u00e9+", "\u00e9\u00e9"))
print(re.match("(?P<a>x)(?P<b>y)?", "x").groupdict("dflt"))

p = re.compile(r"(?P<year>\d{4})-(?P<month>\d\d)")
print(p.groups, p.groupindex["year"], "month" in p.groupindex, len(p.groupindex), list(p.groupindex))
try:
    p.groupindex["x"] = 1
except TypeError as e:
    print("TypeError")
m = p.search("on 2023-07 and")
print(m.expand(r"\g<month>/\g<year> \g<2>"), m.span("year"), m.lastgroup)
# many groups
pat = "".join("(%s)" % chr(97 + i % 26) for i in range(120))
s = "".join(chr(97 + i % 26) for i in range(120))
m = re.match(pat, s)
print(m.lastindex, m.group(100), m.span(120), len(m.groups()))
it = re.finditer(r"(\d)(\w)", "1a 2b 3c")
print([(x.group(1), x.span(2), x.start()) for x in it])
sc = re.compile(r"\d").scanner("a1b22")
print(sc.search(), sc.search(), sc.search(), sc.search())
sc = re.compile(r"\d").scanner("12a3")
print(sc.match(), sc.match(), sc.match())
