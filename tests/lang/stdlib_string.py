import string
from string import Template, Formatter


def show(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable), repr(string.printable[-10:]))
print(string.capwords("hello   wORLD  foo"), string.capwords("a-b-c", "-"), repr(string.capwords("  ")), string.capwords("x y", None))

t = Template("$who likes ${what}, costs $$5 ($who)")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": "tea"}))
print(t.substitute({"who": "ann", "what": "tea"}, who="bob"))
print(t.safe_substitute(who="tim"))
print(t.get_identifiers(), t.is_valid(), t.template)
show(lambda: t.substitute(who="x"))
show(lambda: Template("bad $ here").substitute())
show(lambda: Template("line1\nand $").substitute())
show(lambda: Template("${bad").substitute(bad=1))
print(Template("bad $ here and ${").safe_substitute(), Template("$x$y").substitute(x=1, y=2))
print(Template("$a_b1 $ab").substitute(a_b1="u", ab=3), Template("$1").safe_substitute())
print(Template("${x}y $xy").safe_substitute(x="X"), Template("no placeholders").substitute())
print(Template("$é").safe_substitute(), Template("$ok").is_valid(), Template("$").is_valid())


class Percent(Template):
    delimiter = "%"


class Dotted(Template):
    idpattern = r"[a-z]+\.[a-z]+"


class BraceOnly(Template):
    braceidpattern = r"[A-Z ]+"


print(Percent("%x costs %%%y").substitute(x="it", y=3))
print(Dotted("$foo.bar and $nope").safe_substitute({"foo.bar": "FB"}))
print(BraceOnly("${HELLO WORLD} $name").substitute({"HELLO WORLD": "hw", "name": "n"}))


class Custom(Template):
    pattern = r"""
    \#(?:
      (?P<escaped>\#) |
      (?P<named>[a-z]+) |
      <(?P<braced>[a-z]+)> |
      (?P<invalid>)
    )"""


print(Custom("#a and #<b> and ##").substitute(a=1, b=2))

f = Formatter()
print(f.format("{} + {} = {:>5}", 1, 2, 3))
print(f.format("{0}{1}{0}", "ab", "cd"), f.format("{name!r:>8}|", name="x"), f.format("{0.real} {1[1]} {d[k]}", 3, [7, 8], d={"k": "v"}))
print(f.format("{:{w}.{p}f}", 3.14159, w=10, p=2), f.format("{{literal}} {}", 5), f.format("{!a}", "é"))
print(f.vformat("{a}-{b}", (), {"a": 1, "b": 2}))
print(list(f.parse("a{0}b{1:>3}c{x!r}d{{e}}")), list(f.parse("x}}y{{z{{")))
print(list(f.parse("{}")), list(f.parse("no fields")), list(f.parse("")), list(f.parse("{a[x:y]}")), list(f.parse("{:{}}")))
show(lambda: f.format("{} {0}", 1, 2))
show(lambda: f.format("{0} {}", 1, 2))
show(lambda: f.format("{x}"))
show(lambda: f.format("{5}", 1))
show(lambda: f.format("{!z}", 1))
show(lambda: f.format("}"))
show(lambda: f.format("{"))
show(lambda: f.format("{0"))
show(lambda: f.format("{0!r x}", 1))
show(lambda: f.format("{:{:{}}}", 1, 2, 3))


class Upper(Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)

    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper() + "!"
        return super().convert_field(value, conversion)


u = Upper()
print(u.format("{} and {missing} and {!u}", "abc", "def"))


class Strict(Formatter):
    def check_unused_args(self, used, args, kwargs):
        unused = set(kwargs) - used
        if unused:
            raise ValueError("unused: " + ",".join(sorted(unused)))


show(lambda: Strict().format("{a}", a=1, b=2))
print(Strict().format("{a}{0}", 5, a=1))
