# Tiny template engine: re (verbose, lookaround, backrefs) + string + html-ish escaping
# + functools.lru_cache + collections.ChainMap.
import re
import string
from collections import ChainMap, OrderedDict
from functools import lru_cache

TOKEN_RE = re.compile(r"""
    (?P<var>\{\{\s*(?P<expr>[\w.]+(?:\|\w+)*)\s*\}\})   # {{ name|filter }}
  | (?P<tag>\{%\s*(?P<kw>for|endfor|if|endif)\b\s*(?P<arg>[^%]*?)\s*%\})
  | (?P<text>(?:(?!\{\{|\{%).)+)
""", re.VERBOSE | re.DOTALL)

FILTERS = {
    "upper": str.upper,
    "lower": str.lower,
    "title": str.title,
    "len": lambda v: str(len(v)),
    "escape": lambda v: re.sub(r"[<>&\"]", lambda m: {"<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;"}[m.group()], str(v)),
    "strip": str.strip,
}


@lru_cache(maxsize=32)
def tokenize(src):
    out = []
    for m in TOKEN_RE.finditer(src):
        if m.group("var"):
            out.append(("var", m.group("expr")))
        elif m.group("tag"):
            out.append((m.group("kw"), m.group("arg")))
        else:
            out.append(("text", m.group("text")))
    return tuple(out)


def lookup(ctx, dotted):
    cur = ctx
    for part in dotted.split("."):
        if isinstance(cur, (dict, ChainMap)):
            cur = cur[part]
        else:
            cur = getattr(cur, part)
    return cur


def find_end(toks, i, open_kw, close_kw):
    depth = 0
    while True:
        kind = toks[i][0]
        if kind == open_kw:
            depth += 1
        elif kind == close_kw:
            if depth == 0:
                return i
            depth -= 1
        i += 1


def render(src, ctx):
    toks = tokenize(src)
    out, _ = _render(toks, 0, ctx, None)
    return "".join(out)


def _render(toks, i, ctx, stop):
    out = []
    while i < len(toks):
        kind, val = toks[i]
        if kind == stop:
            return out, i
        if kind == "text":
            out.append(val)
        elif kind == "var":
            name, *filters = val.split("|")
            v = lookup(ctx, name)
            v = str(v)
            for f in filters:
                v = FILTERS[f](v)
            out.append(v)
        elif kind == "for":
            var, _, seq = val.partition(" in ")
            body_start = i + 1
            end = body_start
            for item in lookup(ctx, seq.strip()):
                inner, end = _render(toks, body_start, ctx.new_child({var.strip(): item}), "endfor")
                out.extend(inner)
            if end == body_start:
                end = find_end(toks, body_start, "for", "endfor")
            i = end
        elif kind == "if":
            inner, end = _render(toks, i + 1, ctx, "endif")
            neg = val.startswith("not ")
            cond = bool(lookup(ctx, val[4:] if neg else val))
            if cond != neg:
                out.extend(inner)
            i = end
        i += 1
    return out, i


PAGE = """<h1>{{ title|upper }}</h1>
{% for user in users %}- {{ user.name|title }} <{{ user.email|escape }}>{% if user.admin %} [admin]{% endif %}
{% endfor %}{% if not users %}(nobody){% endif %}Total: {{ users|len }}
"""

base = {"title": "members & friends", "site": "demo"}
users = [
    {"name": "ada lovelace", "email": "ada@x.org", "admin": True},
    {"name": "alan turing", "email": "<alan>@y.org", "admin": False},
]
ctx = ChainMap({"users": users}, base)
print(render(PAGE, ctx), end="")
print(render(PAGE, ChainMap({"users": []}, base)), end="")
print(tokenize.cache_info().hits, tokenize.cache_info().misses)
print(ctx["site"], len(ctx), sorted(ctx), ctx.maps[1] is base, dict(ctx.parents))
child = ctx.new_child({"title": "override"})
print(child["title"], ctx["title"], "users" in child)
child["x"] = 1
print(child.maps[0], "x" in ctx)

print(re.findall(r"(?<=\$)\d+(?:\.\d\d)?", "cost $12.50 or $7, not 9"))
print(re.findall(r"\b(\w+)\s+\1\b", "the the cat sat sat down"), re.sub(r"(?P<w>\w+) (?P=w)", r"\g<w>", "go go now now"))
print(re.findall(r"(?m)^\s*(\w+):", "a: 1\n  b: 2\nc 3\n"), re.findall(r"^x", "x\nx", re.M))
print(re.split(r"(?<=[.!?])\s+", "One. Two! Three? Four"), re.findall(r"\d+(?!px)\b", "10px 20em 30"))
print(re.search(r"colou?r", "The COLOR red", re.I).group(), re.match(r".*", "a\nb").group(), re.match(r"(?s).*", "a\nb").group())
pat = re.compile(r"(?P<key>[a-z]+)=(?P<val>\d+)")
m = pat.search("xx a=1 b=22")
print(m.group("key", "val"), m.groupdict(), m.start("val"), m.end(), m.re.pattern, m.string[m.start():])
print(m.expand(r"\g<val>:\g<key>"), pat.groupindex["val"], pat.groups, pat.flags & re.VERBOSE)
print([m.span() for m in re.finditer(r"a*", "baaac")])
print(re.sub(r"a*", "-", "baaac"), re.sub("x*", "-", "abc"), re.split(r"\b", "hi there"))
print(re.findall(r"[^\W\d_]+", "héllo wörld_42 x"), re.findall(r"\s+", "a \t\n b"), re.fullmatch(r"[\w.+-]+@\w+\.\w{2,}", "a.b+c@dom.org") is not None)
print(re.sub(r"(\d{3})(\d{3})(\d{4})", r"(\1) \2-\3", "5551234567"), re.compile(r"\d").sub("#", "a1b22", count=2))
print(re.match(r"(a|ab)(c|bcd)(d*)", "abcd").groups(), re.match(r"(a+?)(a*)", "aaa").groups(), re.match(r"(?:ab){2,3}", "abababab").group())
for bad in [r"(", r"a{2,1}", r"[z-a]", r"(?P<n>x)(?P<n>y)", "\\"]:
    try:
        re.compile(bad)
    except re.error as e:
        print("re.error", e)
t = string.Template("$who likes ${what}s")
print(t.substitute(who="tim", what="kung pao"), t.get_identifiers() if hasattr(t, "get_identifiers") else "", t.is_valid() if hasattr(t, "is_valid") else "")
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False), list(od))
