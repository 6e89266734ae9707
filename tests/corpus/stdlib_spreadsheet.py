# Spreadsheet with formulas: re tokenizer + recursive-descent parser + operator dispatch
# + functools.lru_cache (invalidated on edit) + string column letters + math functions
# + collections for dependency tracking.
import re
import math
import string
import operator
import functools
from collections import defaultdict, deque

TOKEN = re.compile(r"\s*(?:(?P<num>\d+(?:\.\d*)?)|(?P<range>[A-Z]+\d+:[A-Z]+\d+)|(?P<func>[A-Z]+)\(|(?P<ref>[A-Z]+\d+)|(?P<op>[-+*/^(),]))")
OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "^": operator.pow}
FUNCS = {"SUM": math.fsum, "MAX": max, "MIN": min, "AVG": lambda xs: math.fsum(xs) / len(xs),
         "SQRT": lambda xs: math.sqrt(xs[0]), "ROUND": lambda xs: round(xs[0], int(xs[1]))}


def col_index(letters):
    n = 0
    for ch in letters:
        n = n * 26 + string.ascii_uppercase.index(ch) + 1
    return n


def col_name(n):
    out = ""
    while n:
        n, r = divmod(n - 1, 26)
        out = string.ascii_uppercase[r] + out
    return out


def split_ref(ref):
    m = re.fullmatch(r"([A-Z]+)(\d+)", ref)
    return col_index(m.group(1)), int(m.group(2))


def expand(rng):
    a, b = rng.split(":")
    (c1, r1), (c2, r2) = split_ref(a), split_ref(b)
    return [f"{col_name(c)}{r}" for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)]


def tokenize(src):
    pos, out = 0, []
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m or m.end() == pos:
            raise SyntaxError(f"bad input at {pos}: {src[pos:]!r}")
        out.append((m.lastgroup, m.group(m.lastgroup)))
        pos = m.end()
    return out


class Sheet:
    def __init__(self):
        self.cells = {}
        self.deps = defaultdict(set)
        self.value = functools.lru_cache(maxsize=None)(self._value)

    def set(self, ref, text):
        self.cells[ref] = text
        self.value.cache_clear()

    def refs(self, ref):
        text = self.cells.get(ref, "")
        if not text.startswith("="):
            return []
        out = []
        for kind, tok in tokenize(text[1:]):
            if kind == "ref":
                out.append(tok)
            elif kind == "range":
                out.extend(expand(tok))
        return out

    def _value(self, ref, stack=()):
        if ref in stack:
            raise RecursionError("cycle: " + " -> ".join(stack + (ref,)))
        text = self.cells.get(ref, "")
        if not text.startswith("="):
            return float(text) if text else 0.0
        toks = deque(tokenize(text[1:]))
        result = self._expr(toks, stack + (ref,))
        if toks:
            raise SyntaxError(f"trailing tokens in {ref}: {list(toks)}")
        return result

    def _expr(self, toks, stack):
        v = self._term(toks, stack)
        while toks and toks[0][1] in "+-":
            v = OPS[toks.popleft()[1]](v, self._term(toks, stack))
        return v

    def _term(self, toks, stack):
        v = self._power(toks, stack)
        while toks and toks[0][1] in "*/":
            v = OPS[toks.popleft()[1]](v, self._power(toks, stack))
        return v

    def _power(self, toks, stack):
        v = self._atom(toks, stack)
        if toks and toks[0][1] == "^":
            toks.popleft()
            v = v ** self._power(toks, stack)
        return v

    def _atom(self, toks, stack):
        kind, tok = toks.popleft()
        if kind == "num":
            return float(tok)
        if kind == "ref":
            return self.value(tok, stack)
        if kind == "func":
            args = []
            while True:
                if toks[0][0] == "range":
                    args.extend(self.value(r, stack) for r in expand(toks.popleft()[1]))
                else:
                    args.append(self._expr(toks, stack))
                sep = toks.popleft()[1]
                if sep == ")":
                    return float(FUNCS[tok](args))
        if tok == "-":
            return -self._atom(toks, stack)
        if tok == "(":
            v = self._expr(toks, stack)
            toks.popleft()
            return v
        raise SyntaxError(f"unexpected {tok!r}")

    def show(self, rows, cols):
        print("     " + "".join(f"{col_name(c):>10}" for c in range(1, cols + 1)))
        for r in range(1, rows + 1):
            cells = []
            for c in range(1, cols + 1):
                ref = f"{col_name(c)}{r}"
                try:
                    cells.append(f"{self.value(ref):10.2f}")
                except (RecursionError, ZeroDivisionError, SyntaxError, KeyError) as e:
                    cells.append(f"{'#' + type(e).__name__[:7]:>10}")
            print(f"{r:>4} " + "".join(cells))


s = Sheet()
data = {"A1": "10", "A2": "20", "A3": "30.5", "B1": "=A1*2", "B2": "=A2^2/10", "B3": "=SUM(A1:A3)",
        "C1": "=AVG(A1:B3)", "C2": "=ROUND(SQRT(B2)*3, 2)", "C3": "=MAX(A1:A3, B1, -(C2))",
        "D1": "=D2+1", "D2": "=D1", "D3": "=A1/(A2-20)"}
for k, v in data.items():
    s.set(k, v)
s.show(3, 4)
print(s.value.cache_info().currsize > 0, sorted(s.refs("C1")), expand("A1:B2"))
s.set("A1", "100")
s.show(3, 3)
print([col_name(n) for n in (1, 26, 27, 52, 53, 702, 703)], col_index("ZZ"), col_index("AAA"))
for bad in ["=1+", "=A1 $ 2", "=FOO(1)", "=(1"]:
    s.set("E1", bad)
    try:
        print(bad, "->", s.value("E1"))
    except (SyntaxError, KeyError, IndexError) as e:
        print(bad, "->", type(e).__name__, e)
print(tokenize("SUM(A1:B2, 3.5)*-C10"))
