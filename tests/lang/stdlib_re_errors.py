# re: re.error messages, positions, line/column, OverflowError, TypeError and bad arguments.
import re

patterns = [
    "a{3,2}", "x{2}{3}", "a**", "a*??", "a+++", "*", "+a", "?", "{3}", "a|*", "(*)", "^*", "$+", r"\b*",
    "a\\", "(?<=a+)b", "a{4294967295}", "a{4294967294}", "a{1,4294967295}", "(?P<1>a)",
    "(?P<a>a)(?P<a>b)", "[z-a]", "[a", "[", "[^", "[]", r"\8", r"(a)\2", r"(a\1)", "(?<x", "(?", "(?i",
    "a(?i)b", "(?(2)a|b)", "(?(1)a|b|c)", r"[\d-z]", r"[a-\d]", "(?#abc", r"\x0", r"\x", r"\400",
    "(?P=x)", "(?P<x", "(?P<>a)", "(?z)", "(?-i)", "(?i-i:a)", "(?a-u:a)", "(?L)a", "(?au)a",
    "(?x)a ) ", r"\N{foo}", r"\N", r"\N{", r"\N{}", r"\u12", r"\U0011ffff", r"\U12", "(?<=a|bc)",
    "(", "((a)", "a)", "())", "(?:", "(?P", "(?Px)", "(?P<a", "(?P<a-b>x)", "(?P=a-b)", "(?(a-b)x)",
    "(?(x)a)", "(?(0)a)", "(?(-1)a)", "(?<", "(?-", "(?-:a)", "(?i-", "(?ix-", "(?i-q:a)", "(?q)",
    r"[\q]", r"[\8]", r"\c", "a\n(", "ab\ncd\n)", "(?x)#\n(", r"[\777]", r"\777", r"\0777", "(?i",
    "x{2,1}", "x{}", "(?<=x*)y", "(?<!(a|bb))c", r"(?<=\1)(a)", r"(a)(?<=\1)", r"(?P<n>a)(?<=(?P=n))",
    "(?>", "(?>a", "a{,3}+", "a?++", "(a)(?(1)b)(?(1)", b"\\u0041", b"\\N{A}", b"(?u)a",
    "(?P<\u00e9>a)", "(?a)(?L)", "(?a:(?u:a))", "(?i)(?i)a", "(?x)  (?i)a", "a|(?i)b",
]
for p in patterns:
    try:
        c = re.compile(p)
        print(repr(p), "ok", c.groups)
    except re.error as e:
        print(repr(p), "error:", e, "|", e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
    except (OverflowError, ValueError, TypeError) as e:
        print(repr(p), type(e).__name__, e)

e = re.error("boom")
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno, repr(e), isinstance(e, Exception))
e = re.error("boom", "ab\ncd", 4)
print(e, e.pos, e.lineno, e.colno)
e = re.error("boom", b"ab\ncd", 4)
print(e, e.lineno, e.colno)
print(re.error.__name__, re.error.__module__, issubclass(re.error, Exception))

for args in [(1, "a"), ("a", 1), (b"a", "a"), ("a", b"a"), (None, "a"), ("a", None), (["a"], "a")]:
    try:
        print(re.search(*args))
    except TypeError as e:
        print("TypeError", e)
try:
    re.compile("a").match("abc", "x")
except TypeError as e:
    print("TypeError")
try:
    re.compile("(a)").match("a").group(2)
except IndexError as e:
    print("IndexError", e)
print(re.compile("a").match("abc", True), re.compile("b").search("abc", pos=1, endpos=2))
for pos in [1 << 70, -(1 << 70)]:
    try:
        print(re.compile("a").search("bab", pos))
    except OverflowError as e:
        print("OverflowError", e)
print(re.compile("a").search("bab", 2, 1 << 62), re.compile("a").search("bab", -5, -1))
for f in [lambda: re.compile('a').split('aaa', 1 << 80), lambda: re.sub('a', 'b', 'aaa', count=-5),
          lambda: re.escape(5), lambda: re.split('a', 'bab', maxsplit=-3), lambda: re.compile('a').findall('aaa', 1 << 80),
          lambda: re.compile('a').sub('b', 'aaa', 1 << 80), lambda: re.compile('a').split('aaa', 1.5),
          lambda: re.compile('a').sub('b', 'aaa', 1.5), lambda: re.compile('a').match('a', 1.5),
          lambda: re.compile('a').match('a', True), lambda: re.compile("a", "x"), lambda: re.purge()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
