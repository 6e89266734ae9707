# Markdown-to-text renderer: re + textwrap + string.Formatter subclass + itertools.groupby
# + collections.
import re
import textwrap
import string
import itertools
from collections import Counter, OrderedDict

DOC = """\
# Sparrow Notes

Sparrow is a *small* VM. It runs **real** programs, like `json.dumps` and
friends.   Extra    spaces are   collapsed.

## Features
- bytecode compiler
- tracing GC with a very long description that will certainly need wrapping onto more than one line
- big integers

## Numbers
1. first
2. second
10. tenth

> Quoted text is indented
> across lines.

```
code   blocks keep    spacing
```

See [the docs](https://example.org/docs) and [tests](tests/).
"""

INLINE = [
    (re.compile(r"\*\*(.+?)\*\*"), lambda m: m.group(1).upper()),
    (re.compile(r"\*(.+?)\*"), lambda m: "_" + m.group(1) + "_"),
    (re.compile(r"`([^`]+)`"), r"'\1'"),
    (re.compile(r"\[([^\]]+)\]\(([^)]+)\)"), r"\1 <\2>"),
]


def inline(text):
    for pat, rep in INLINE:
        text = pat.sub(rep, text)
    return re.sub(r"\s+", " ", text).strip()


def classify(line):
    if re.match(r"^#{1,6} ", line):
        return "heading"
    if re.match(r"^\s*[-*] ", line):
        return "bullet"
    if re.match(r"^\s*\d+\. ", line):
        return "number"
    if line.startswith(">"):
        return "quote"
    if not line.strip():
        return "blank"
    return "para"


def render(doc, width=44):
    out = []
    links = OrderedDict()
    body, code = [], False
    for line in doc.splitlines():
        if line.startswith("```"):
            code = not code
            body.append(("code-fence", line))
            continue
        body.append(("code", line) if code else (classify(line), line))
    for kind, group in itertools.groupby(body, key=lambda t: t[0]):
        lines = [l for _, l in group]
        if kind == "heading":
            for l in lines:
                level = len(l) - len(l.lstrip("#"))
                title = l.lstrip("# ").strip()
                out.append(title.upper() if level == 1 else title)
                out.append(("=" if level == 1 else "-") * len(title))
        elif kind == "para":
            text = " ".join(lines)
            for m in re.finditer(r"\[([^\]]+)\]\(([^)]+)\)", text):
                links[m.group(1)] = m.group(2)
            out.extend(textwrap.wrap(inline(text), width))
        elif kind == "bullet":
            for l in lines:
                out.extend(textwrap.wrap(inline(l.lstrip()[2:]), width, initial_indent="  * ", subsequent_indent="    "))
        elif kind == "number":
            nums = [re.match(r"\s*(\d+)\. (.*)", l).groups() for l in lines]
            w = max(len(n) for n, _ in nums)
            for n, t in nums:
                out.append(f"  {n:>{w}}) {inline(t)}")
        elif kind == "quote":
            text = " ".join(l.lstrip("> ") for l in lines)
            out.append(textwrap.indent(textwrap.fill(text, width - 4), "  | "))
        elif kind == "code":
            out.extend("    " + l for l in lines)
        elif kind == "blank":
            out.append("")
    return "\n".join(out), links


text, links = render(DOC)
print(text)
print(dict(links))
words = Counter(w.lower() for w in re.findall(r"[A-Za-z]+", DOC))
print(sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:6])


class SafeFormatter(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, "{" + key + "}")
        return super().get_value(key, args, kwargs)

    def format_field(self, value, spec):
        if spec == "upper":
            return str(value).upper()
        return super().format_field(value, spec)

    def convert_field(self, value, conversion):
        if conversion == "l":
            return str(value).lower()
        return super().convert_field(value, conversion)


sf = SafeFormatter()
print(sf.format("{title:upper} has {n:>4} words, {missing} {0!r} {name!l}", "pos", title="notes", n=len(words), name="MiXeD"))
print(list(sf.parse("a{0}b{x:>3}c{y!r}")))
print(sf.vformat("{a}-{b}", (), {"a": 1}))
print(textwrap.wrap("a\tb c", width=10, expand_tabs=True), textwrap.wrap("   lead  ", drop_whitespace=False, width=5))
print(textwrap.fill("Hi there. How are you? Fine.", width=100, fix_sentence_endings=True))
print(textwrap.wrap("one two three four five six seven", width=10, max_lines=2, placeholder="..."))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello world!", width=11))
print(textwrap.indent("a\n\nb", "+", predicate=lambda l: True))
print(textwrap.dedent("  x\n\t y\n") == "  x\n\t y\n", repr(textwrap.dedent("    a\n      b\n    \n")))
print(textwrap.wrap("break-on-hyphens-please now", width=8), textwrap.wrap("x-y", width=2, break_on_hyphens=False))
