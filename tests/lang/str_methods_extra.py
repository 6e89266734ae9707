# String methods and % conversions beyond the core list (less commonly used).
print("hello world".title(), "hello world".capitalize(), "Hello".swapcase(), "ab".center(6, "*"), "ab".ljust(5, "."), "ab".rjust(5), "42".zfill(5), "-42".zfill(6))
print("a-b_c d".partition("_"), "abc".partition("x"), "a.b.c".rpartition("."), "x,y".partition(","))
print("line1\nline2\r\nline3".splitlines(), "".splitlines(), "a\n\nb\n".splitlines())
print("tab\tsep".expandtabs(4) == "tab sep", "straße".upper(), "ǅ".lower())
print("hello".removeprefix("he"), "hello".removesuffix("lo"), "hello".removeprefix("x"))
print("hello".rfind("l"), "hello".rfind("z"), "hello".rindex("l"), "a,b,c".rsplit(",", 1))
for t in ["123", "12a", "", "abc", "ABC", "aBc", " ", "  \t\n", "a1", "Hello World", "hello world", "Hello world"]:
    print(repr(t), t.isspace(), t.isalnum(), t.isupper(), t.islower(), t.istitle())
print("%-5d|" % 42, "%05d" % 42, "%x %X %o" % (255, 255, 8), "%10s|" % "right", "%-10s|" % "left", "%e" % 12345.678)
print("%.1f" % 0.05, "%.1f" % 0.15, "%.0f" % 2.5, "%.0f" % 3.5, "%i" % 3.99, "%c" % 65, "%.3f" % (2 / 3))
print("%(a)s-%(b)d" % {'a': 'x', 'b': 2}, "%.2f" % 1e10, "%+d" % 5, "% d" % 5, "%#x" % 255, "%g" % 0.0001, "%g" % 1234567.0)
