# String methods.
s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")), repr("abcba".strip("ab")), repr("\t\n x \r\n".strip()))
print(repr("--a--".lstrip("-")), repr("--a--".rstrip("-")), repr("".strip()), repr("   ".strip()), repr("aaa".strip("a")))
print("Hello".upper(), "Hello".lower(), "ÀÉÎ".lower(), "straße".upper(), "123abc".upper(), "MiXeD 1!".lower())
# split
print("a b  c".split(), "  lead and trail  ".split(), "".split(), "   ".split(), "a\tb\nc\r\nd".split())
print("a,b,,c".split(","), ",a,".split(","), "".split(","), "abc".split(","), "a::b::c".split("::"), "aaa".split("a"))
print("a b c d".split(None, 1), "a b c d".split(" ", 2), "a,b,c".split(",", 0), "a,b,c".split(",", -1), "a,b,c".split(",", 5))
print("  a  b  c  ".split(None, 1), "k=v=w".split("=", 1), "x".split("x"))
print("a b c".split(sep=" ", maxsplit=1), "a b c".split(maxsplit=1))
print("line1\nline2\n".split("\n"), "no newline".split("\n"))
# join
print("-".join(["a", "b", "c"]), "".join(["x", "y"]), ", ".join([]), "+".join("abc"), " ".join(["solo"]), "\n".join(["1", "2"]))
print("".join([str(i) for i in range(10)]), "..".join(("a", "b")), "|".join({"k": 1, "j": 2}))
# replace
print("hello world".replace("o", "0"), "aaaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("x", "y"), "aaa".replace("aa", "b"))
print("banana".replace("ana", "ANA"), "ab".replace("ab", ""), "abab".replace("ab", "ba", 1), "x".replace("x", "xx"))
# startswith / endswith
print("hello".startswith("he"), "hello".startswith("lo"), "hello".endswith("lo"), "hello".endswith(""), "".startswith(""), "hello".startswith(("x", "h")), "hello".endswith(("a", "b")))
print("hello".startswith("l", 2), "hello".startswith("l", 3), "hello".endswith("l", 0, 4), "hello".startswith("hello world"))
# find / index / count / rfind
print("hello".find("l"), "hello".find("z"), "hello".find("l", 3), "hello".find("l", 4), "hello".find(""), "hello".find("lo"), "hello".find("h", 1), "hello".find("l", -2))
print("hello".rfind("l"), "hello".rfind("z"), "hello".index("e"), "hello".rindex("l"), "hello".find("ll", 0, 3), "hello".find("ll", 0, 4))
print("banana".count("a"), "banana".count("an"), "banana".count("ana"), "banana".count(""), "banana".count("z"), "banana".count("a", 2), "banana".count("a", 2, 4))
try:
    "hello".index("z")
except ValueError as e:
    print("ValueError:", e)
# predicates
for t in ["123", "12a", "", "abc", "ABC", "aBc", " ", "  \t\n", "½", "é", "a1", "Hello World", "hello world", "Hello world"]:
    print(repr(t), t.isdigit(), t.isalpha(), t.isspace(), t.isalnum(), t.isupper(), t.islower())
# others commonly used
print("hello world".title(), "hello world".capitalize(), "Hello".swapcase(), "ab".center(6, "*"), "ab".ljust(5, "."), "ab".rjust(5), "42".zfill(5), "-42".zfill(6))
print("a-b_c d".partition("_"), "abc".partition("x"), "a.b.c".rpartition("."), "x,y".partition(","))
print("line1\nline2\r\nline3".splitlines(), "".splitlines(), "a\n\nb\n".splitlines())
print("tab\tsep".expandtabs(4) == "tab sep", "Abc".casefold() if False else "abc")
print("hello".removeprefix("he"), "hello".removesuffix("lo"), "hello".removeprefix("x"))
# chaining
print("  Some Title  ".strip().lower().replace(" ", "_"), ",".join("a b c".split()).upper())
print(" ".join(reversed("one two three".split())), "".join(sorted("hello")), "-".join(map(str, range(5))))
# methods don't mutate
orig = "Mutable?"
orig.upper()
orig.replace("?", "!")
print(orig)
# % formatting
print("%d items" % 5, "%s and %s" % ("a", "b"), "%r" % "q", "%5.2f|" % 3.14159, "%-5d|" % 42, "%05d" % 42, "%x %X %o" % (255, 255, 8))
print("%s" % [1, 2], "%s" % (("tuple",),), "%d%%" % 50, "%.3f" % (2 / 3), "%10s|" % "right", "%-10s|" % "left", "%e" % 12345.678)
print("%s %r %d" % ("str", "str", -3), "%.1f" % 0.05, "%.1f" % 0.15, "%.0f" % 2.5, "%.0f" % 3.5, "%i" % 3.99, "%c" % 65)
print("%(a)s-%(b)d" % {'a': 'x', 'b': 2}, "%s" % None, "%s" % True, "%d" % True, "%.2f" % 1e10)
# f-strings (simple forms only)
name = "World"
n = 42
lst = [1, 'two']
print(f"Hello, {name}!", f"{n}", f"{n + 1}", f"{name!r}", f"{lst}", f"{lst!r}", f"{{literal}}", f"{'nested'}", f"{n * 2} {n // 5}")
print(f"{name}{name}", f"a{1}b{2}c", f"{None} {True} {1.5} {10 ** 20}", f"{'x' * 3!r}", f"""{name}
multi""", f'{"dq"}')
