# re: sub, subn, split, findall, finditer, escape, templates, empty-match rules (3.7+).
import re

print(re.sub(r"\d+", "#", "a1b22c333"), re.subn(r"\d+", "#", "a1b22c333"))
print(re.sub(r"\d+", "#", "a1b22c333", count=2), re.sub(r"\d+", "#", "a1b22c333", 1))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home ann@work"))
print(re.sub(r"(?P<w>\w+)", r"<\g<w>|\g<1>|\g<0>>", "ab cd"))
print(re.sub(r"a", r"\n\t\\", "xax"), repr(re.sub("a", r"\x", "a") if False else re.sub("a", r"\-", "a")))
print(re.sub("(a)|b", r"[\1]", "ab"), re.sub("x", r"\0", "x"), re.sub("x", r"\101\1010", "x(") if False else "")
print(re.sub("(x)", r"\101\1010", "x"), re.sub("(x)", r"\g<1>0", "x"), re.sub("(x)", r"\10", "x") if False else "")
print(re.sub("", "-", "abc"), re.sub("x*", "-", "abxd"), re.sub("a|", "-", "bab"), re.sub("$", "!", "a\nb\n"))
print(re.sub(r"\b", "|", "ab cd"), re.sub("(?m)^", "> ", "a\nb\n"), re.subn("", "", "abc"))
print(re.sub("a", lambda m: m.group().upper() * 2, "banana"), re.sub(r"\d", lambda m: str(int(m[0]) + 1), "a1b9"))
print(re.sub("a", lambda m: None, "banana") if False else re.sub("n", lambda m: "", "banana"))
print(re.sub(".", lambda m: "%d" % m.start(), "abc"), re.sub("(b)", lambda m: m.expand(r"<\1>"), "abc"))
calls = []
print(re.sub("a", lambda m: calls.append(m.span()) or "-", "aXa"), calls)
print(re.split(r",", "a,b,,c"), re.split(r"(,)", "a,b"), re.split(r"(,)|(;)", "a,b;c"))
print(re.split(r"\s+", " a b  c "), re.split(r"\W+", "Words, words, words."), re.split(r"(\W+)", "Words, words."))
print(re.split(r"\W+", "Words, words, words.", 1), re.split(r"\W+", "a b c", maxsplit=-1), re.split("x", ""))
print(re.split(r"x*", "axbc"), re.split(r"(?=b)", "abab"), re.split("", "abc"), re.split(r"\b", "a b"))
print(re.split("(a)?b", "xbyab"), re.split("[a-c]", "0a1B2c3", flags=re.I), re.split("x", "axbxc", 0))
print(re.findall(r"\d", "a1b2"), re.findall(r"(\d)(\w)", "1a2b"), re.findall(r"(\d)", "1a2b"), re.findall("", "ab"))
print(re.findall(r"(a)|b", "ab"), re.findall(r"a*", "baaac"), re.findall(r"(?:a|(b))", "ab"), re.findall("x", "abc"))
print([m.span() for m in re.finditer(r"\w*", "ab cd")], [m.group() for m in re.finditer("a|", "baa")])
p = re.compile(r"\d")
print(p.findall("1a2b3", 1), p.findall("1a2b3", 1, 3), [m.span() for m in p.finditer("1a2b3", 2)])
print(p.sub("x", "1a2"), p.subn("x", "1a2", 1), p.split("1a2b", 1))
print(re.escape("a.b*c?d+e(f)g[h]i{j}k|l^m$n\\o p-q#r&s~t\tu\nv\rw\vx\fy_z0"), re.escape("é€"))
print(re.escape(b"a.b\x00 c"), re.escape("!\"%',/:;<=>@`"))
print(re.sub("a", "b", "a" * 10), re.sub("a", "", "a" * 10), re.sub("(é)", r"[\1]", "éxé"))
print(re.sub("x", "é", "axbx"), re.sub("é+", lambda m: str(len(m[0])), "aééb"), re.split("é", "aébéc"))
print(re.findall("é.", "éaébéc"), re.findall("(é)(.)", "éaéb"), re.sub(r"(\w)", r"\1\1", "aé"))
for bad in [r"\q", "\\", r"\g", r"\g<", r"\g<1", r"\g<x>", r"\g<1x>", r"\g<>", r"\3", r"\g<3>", r"\99", r"\8"]:
    try:
        print(re.sub("(a)(b)", bad, "ab"))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
for bad in [1, None, b"x"]:
    try:
        print(re.sub("a", bad, "a"))
    except TypeError as e:
        print("TypeError", e)
for f in [lambda m: 1, lambda m: b"x"]:
    try:
        print(re.sub("a", f, "xa"))
    except TypeError as e:
        print("TypeError", e)
print(re.sub("a", "x", "bab", flags=re.I), re.subn("A", "x", "aAa", flags=re.I), re.purge())
big = "ab" * 100000
print(len(re.sub("a", "xy", big)), len(re.findall("b", big)), len(re.split("a", big)))
# re called again from inside a replacement callable
def cb(m):
    return re.sub(r"(.)", lambda n: n.group(1).upper() + re.sub("x", "y", "x"), m.group(0))
print(re.sub(r"\w+", cb, "héllo wörld " * 3))
print(re.findall(r"\w+", re.sub(r"(\d)", lambda m: str(len(re.findall("a", "a" * int(m[1])))), "1a3b9")))
