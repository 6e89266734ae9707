# re: literals, classes, escapes, anchors, quantifiers (search results, spans, groups).
import re


def show(pattern, string, flags=0):
    try:
        m = re.search(pattern, string, flags)
    except re.error as e:
        print(repr(pattern), "error:", e)
        return
    if m is None:
        print(repr(pattern), repr(string), None)
    else:
        print(repr(pattern), repr(string), m.span(), repr(m.group()), m.groups())


cases = [
    ("abc", "xxabcxx"), ("a.c", "abc a\nc"), ("a.c", "a\nc"), ("^abc", "abc"), ("^abc", "xabc"),
    ("abc$", "abc\n"), ("abc$", "abc\nx"), (r"abc\Z", "abc\n"), (r"\Aabc", "abc"),
    ("a*", "aaa"), ("a*", "baaa"), ("a+", "baaa"), ("a?", "a"), ("a{2}", "aaaa"),
    ("a{2,}", "aaaaa"), ("a{,2}", "aaaaa"), ("a{1,3}", "aaaaa"), ("a{1,3}?", "aaaaa"),
    ("a*?b", "aaab"), ("a+?", "aaa"), ("a??", "a"), ("x{}", "x{}"), ("x{a}", "x{a}"),
    ("x{2,1", "x{2,1"), ("a{,}", "aaa"), ("{", "a{"), ("}", "}"), ("]", "]"),
    ("[abc]+", "xxcabx"), ("[^abc]+", "abcxyzabc"), ("[a-z]+", "ABCdefGHI"),
    ("[]a]+", "]a]b"), ("[^]a]+", "]a]bcd"), ("[a-]+", "a-a-b"), ("[-a]+", "-a-b"),
    (r"[\d]+", "ab123"), (r"[\w.]+", "a.b c"), (r"[\s]+", "a \t\nb"), (r"[^\W\d]+", "12ab_3"),
    (r"\d+", "abc 1234 def"), (r"\D+", "123abc456"), (r"\w+", "  hello_1 "), (r"\W+", "ab  !!cd"),
    (r"\s+", "a \t\n\r\f\vb"), (r"\S+", "  xyz  "), (r"\bfoo\b", "a foo b"), (r"\bfoo\b", "afoob"),
    (r"\Boo\B", "foob"), (r"\B", ""), (r"\b", ""), (r"\x41\x62", "Ab"), (r"\101", "A"),
    (r"\0", "\0"), (r"\07", "\x07"), (r"[\0-\x1f]+", "ab\x01\x02c"), (r"\t\n\r\f\v\a", "\t\n\r\f\v\a"),
    (r"[\b]", "a\bb"), (r"\u00e9", "caf\u00e9"), (r"\U0001F600", "x\U0001F600"),
    (r"\N{LATIN SMALL LETTER E WITH ACUTE}", "caf\u00e9"), (r"\.\*\+\?", "a.*+?"),
    (r"\(\)\[\]\{\}", "()[]{}"), (r"\\", "a\\b"), ("a|b|c", "xxc"), ("ab|cd", "xcd"),
    ("(a|ab)(c|bcd)(d*)", "abcd"), ("a(b|c)*d", "abcbcd"), ("(a+|b+)*c", "aabbc"),
    ("(?:ab)+", "ababab"), ("(?:a|b)+?c", "ababc"), ("a(?#comment)b", "ab"),
    (r"(a)\1", "aa"), (r"(a*)\1", "aaaa"), (r"(?P<x>ab)(?P=x)", "abab"),
    ("x*", ""), ("", "abc"), ("$", "abc"), ("^", "abc"), ("^$", ""), ("a$", "a\n\n"),
    ("(a)|b", "b"), ("(a)?b", "b"), ("(a*)+", "b"), ("(a*)*", "aa"), ("(a|)+b", "aab"),
    ("(?:a*)*b", "aaab"), ("(?:x?)*y", "xxy"), ("(a{2})*", "aaaaa"), ("(ab|a)*?b", "ababb"),
    ("[a-c-e]+", "a-eb"), (r"[\-]", "-"), (r"[\]]", "]"), (r"[\\]", "\\"), ("[.]", "a."),
    ("a{3}", "aa"), ("a{0}", "aaa"), ("(a){0}b", "ab"), ("(a){3,5}", "aaaaaaa"),
    ("(?:a{2}){2,}", "aaaaaaa"), ("((a)b)+", "ababab"), ("(a(b)?)+", "aba"),
    ("a.*b", "a" + "x" * 1000 + "b"), (".*foo", "xfooxxfooyy"), (".*?foo", "xfooxxfooyy"),
    ("[^a]*", "bbba"), ("a[^\n]*", "abc\ndef"), ("(?s)a.*", "ab\ncd"), ("(?m)^b", "a\nb"),
    ("(?m)a$", "a\nb"), ("(?x) a b # c", "ab"), ("(?x)[ ]a", " a"), ("(?x)a\\ b", "a b"),
]
for c in cases:
    show(*c)

# match / fullmatch / search with pos and endpos
p = re.compile(r"\w+")
print(p.match("ab cd", 3), p.match("ab cd", 2), p.search("ab cd", 1, 4))
print(p.fullmatch("abcd"), p.fullmatch("ab cd"), p.fullmatch("ab cd", 3), p.fullmatch("ab cd", 0, 2))
print(re.compile("^b").search("ab", 1), re.compile("(?m)^b").search("a\nb", 2))
print(re.compile("a$").search("ab", 0, 1), re.compile(r"\bb").search("ab", 1))
print(re.compile("a|ab").fullmatch("ab"), re.fullmatch("a*?", "aaa"), re.fullmatch("(a|b)*", "abba"))
print(re.compile("x").search("xyz", -5), re.compile("x").search("xyz", 10), re.compile("").search("abc", 2, 1))
print(re.compile("").match("abc", 5), re.compile("$").search("abc", 1, 2))
long = "ab" * 50000 + "c"
print(re.search("(?:ab)*c", long).span(), len(re.findall("ab", long)), re.search("b*c", long).span())
print(re.match("(a|b)*c", long).span(), re.match(".*c", long).end())
