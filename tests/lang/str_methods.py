# String methods.
s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")), repr("abcba".strip("ab")), repr("\t\n x \r\n".strip()))
print(repr("--a--".lstrip("-")), repr("--a--".rstrip("-")), repr("".strip()), repr("   ".strip()), repr("aaa".strip("a")))
print("Hello".upper(), "Hello".lower(), "ÀÉÎ".lower(), "123abc".upper(), "MiXeD 1!".lower())
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
print("hello".index("e"), "hello".index("l"), "hello".index("l", 3), "hello".find("ll", 0, 3), "hello".find("ll", 0, 4))
print("banana".count("a"), "banana".count("an"), "banana".count("ana"), "banana".count(""), "banana".count("z"), "banana".count("a", 2), "banana".count("a", 2, 4))
try:
    "hello".index("z")
except ValueError as e:
    print("ValueError:", e)
# predicates
for t in ["123", "12a", "", "abc", "ABC", "aBc", " ", "é", "a1", "Hello World", "0"]:
    print(repr(t), t.isdigit(), t.isalpha())
# chaining
print("  Some Title  ".strip().lower().replace(" ", "_"), ",".join("a b c".split()).upper())
print(" ".join(reversed("one two three".split())), "".join(sorted("hello")), "-".join(map(str, range(5))))
# methods don't mutate
orig = "Mutable?"
orig.upper()
orig.replace("?", "!")
print(orig)
# % formatting
print("%d items" % 5, "%s and %s" % ("a", "b"), "%r" % "q", "%5.2f|" % 3.14159, "%5.2f|" % -2.5, "%5.2f|" % 12345.678)
print("%s" % [1, 2], "%s" % (("tuple",),), "%d%%" % 50, "%s %r %d" % ("str", "str", -3), "%d" % 3.99, "%d" % -(10 ** 20))
print("%s" % None, "%s" % True, "%d" % True, "%r" % [1, 'a'], "%s|%s" % (1.5, 1e16), "%5.2f" % 0.0, "%5.2f" % 99.999)
# f-strings (simple forms only)
name = "World"
n = 42
lst = [1, 'two']
print(f"Hello, {name}!", f"{n}", f"{n + 1}", f"{name!r}", f"{lst}", f"{lst!r}", f"{{literal}}", f"{'nested'}", f"{n * 2} {n // 5}")
print(f"{name}{name}", f"a{1}b{2}c", f"{None} {True} {1.5} {10 ** 20}", f"{'x' * 3!r}", f"""{name}
multi""", f'{"dq"}')
