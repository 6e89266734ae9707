"""re: regular expressions with Python's syntax (CPython 3.11 behaviour).

This file parses a pattern into a small tree, checks it, and compiles the tree into a program
for the backtracking matcher in stdlib/_re.c (whose header comment explains the engine). The
public API (compile, search, sub, split, Pattern and Match objects, the template language of
sub) is written here in Python; only matching runs in C. Imports nothing but sys and _re.
"""

import sys
import _re

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
           "compile", "purge", "template", "escape", "error", "Pattern", "Match", "A", "I",
           "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL",
           "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag"]

__version__ = "2.2.1"

# ---- Flags -------------------------------------------------------------------------------------

# (name, value) in CPython's definition order: a combined flag's repr lists them in this order.
_FLAG_NAMES = [("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
               ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1), ("DEBUG", 128)]
_FLAG_ALL = 511


class RegexFlag(int):
    """An int whose repr names the re flags it holds (re.IGNORECASE|re.MULTILINE)."""

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        if v < 0:
            return "re.RegexFlag(%d)" % v
        parts = []
        rest = v
        for name, bit in _FLAG_NAMES:
            if v & bit:
                parts.append("re." + name)
                rest &= ~bit
        if rest:
            if not parts:
                return "re.RegexFlag(%d)" % v
            parts.append(hex(rest))
        return "|".join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        if spec:
            return format(int(self), spec)
        return repr(self)

    @property
    def name(self):
        for n, bit in _FLAG_NAMES:
            if int(self) == bit:
                return n
        if int(self) == 0:
            return "NOFLAG"
        r = repr(self)
        if r.startswith("re.RegexFlag(") or "0x" in r:
            return None
        return r.replace("re.", "")

    @property
    def value(self):
        return int(self)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(_FLAG_ALL & ~int(self))


NOFLAG = RegexFlag(0)
_FLAG_MASK = RegexFlag(-1)
TEMPLATE = T = RegexFlag(1)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
UNICODE = U = RegexFlag(32)
VERBOSE = X = RegexFlag(64)
DEBUG = RegexFlag(128)
ASCII = A = RegexFlag(256)

_INLINE_FLAGS = {"i": 2, "L": 4, "m": 8, "s": 16, "u": 32, "x": 64, "a": 256}
_TYPE_FLAGS = 256 | 4 | 32

MAXREPEAT = 4294967295
MAXGROUPS = 1073741823
_INF = 1 << 62  # "no upper bound" in the compiled program
_MAXSIZE = sys.maxsize


# ---- Errors ------------------------------------------------------------------------------------

class error(Exception):
    """A pattern that cannot be compiled: msg, pattern, pos, lineno, colno as CPython's."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            if isinstance(pattern, str):
                newline = "\n"
            else:
                newline = b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)


error.__module__ = "re"
PatternError = error

# ---- The parse tree ----------------------------------------------------------------------------
#
# Nodes are tuples whose first item says what they are:
#   ("lit", c, fold)            one code point; fold 0 exact, 1 Unicode case-insensitive, 2 ASCII
#   ("any", dotall)             .
#   ("set", neg, ranges, cats, fold)   [...], \d, ...: ranges [(lo, hi)], categories (see _CAT)
#   ("at", kind)                ^ $ \A \Z \b \B (kind: the AT_* numbers)
#   ("group", g, node)          a capturing group
#   ("alt", [nodes]) ("seq", [nodes])
#   ("rep", min, max, mode, node)   mode 0 greedy, 1 lazy, 2 possessive; max _INF unbounded
#   ("look", kind, behind, node)    kind 0 (?=), 1 (?!), 2 atomic (?>)
#   ("ref", g, fold)            \1, (?P=name)
#   ("cond", g, yes, no)        (?(g)yes|no)

AT_BEGIN, AT_BOL, AT_END, AT_EOL, AT_EOL_M = 0, 1, 2, 3, 4
AT_BOUNDARY_A, AT_NONBOUNDARY_A, AT_BOUNDARY_U, AT_NONBOUNDARY_U = 5, 6, 7, 8

# Categories: digit, not digit, word, not word, space, not space; +6 for the Unicode meaning.
_CAT = {"d": 0, "D": 1, "w": 2, "W": 3, "s": 4, "S": 5}

_EMPTY = ("seq", [])
_SIMPLE_ESCAPES = {"a": 7, "b": 8, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11, "\\": 92}
_DIGITS = "0123456789"
_OCTDIGITS = "01234567"
_HEXDIGITS = "0123456789abcdefABCDEF"
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_WHITESPACE = " \t\n\r\v\f"
_REPEAT_CHARS = "*+?{"


def _find_token(src, term, k):
    """The index of term in src from k, reading an escape (backslash and the next character)
    as one token, as CPython's tokenizer does; -1 when missing."""
    n = len(src)
    while k < n:
        c = src[k]
        if c == term:
            return k
        k += 2 if c == "\\" else 1
    return -1


def _seq_node(items):
    if len(items) == 1:
        return items[0]
    return ("seq", items)


class _Parser:
    """Recursive-descent parser over the pattern text (a str; bytes are decoded as latin-1)."""

    def __init__(self, src, orig, flags, is_bytes):
        self.src = src
        self.orig = orig
        self.n = len(src)
        self.i = 0
        self.flags = flags
        self.is_bytes = is_bytes
        self.ngroups = 0
        self.groupindex = {}
        self.open_groups = []
        self.group_widths = {}
        self.lookbehind_groups = None
        self.nrepeats = 0
        self.cond_refs = {}
        self.bad_lookbehind = False
        # the index of a lone backslash ending the pattern, if any
        k = len(src)
        while k > 0 and src[k - 1] == "\\":
            k -= 1
        self.trailing_backslash = len(src) - 1 if (len(src) - k) % 2 else None

    def error(self, msg, pos, scanned=False):
        """A re.error at pos. CPython's tokenizer reads one token ahead, so a lone backslash
        at the very end is reported as soon as the parse reaches the token before it (or a
        scan for a terminator runs into it): that error wins over this one."""
        t = self.trailing_backslash
        if t is not None and (scanned or self.i >= t):
            return error("bad escape (end of pattern)", self.orig, t)
        return error(msg, self.orig, pos)

    def token(self, k):
        """The token at k as CPython's messages show it (an escape is two characters); the
        parse position moves past it."""
        tok = self.src[k:k + 2] if self.src[k] == "\\" else self.src[k]
        self.i = k + len(tok)
        return tok

    # -- helpers --

    def skip_verbose(self, flags):
        if not flags & 64:
            return
        src = self.src
        while self.i < self.n:
            c = src[self.i]
            if c in _WHITESPACE:
                self.i += 1
            elif c == "#":
                while self.i < self.n and src[self.i] != "\n":
                    self.i += 1
            else:
                break

    def fold_of(self, flags):
        if not flags & 2:
            return 0
        if self.is_bytes or flags & 256:
            return 2
        return 1

    def uni(self, flags):
        return not (self.is_bytes or flags & 256 or flags & 4)

    # -- structure --

    def parse(self):
        node = self.parse_alt(self.flags, True)
        if self.i < self.n:
            # parse_alt stops only at ')' or the end
            raise self.error("unbalanced parenthesis", self.i)
        for g in self.cond_refs:
            if g > self.ngroups:
                raise self.error("invalid group reference %d" % g, self.cond_refs[g])
        if self.bad_lookbehind:
            raise error("look-behind requires fixed-width pattern")
        return node

    def parse_alt(self, flags, top=False, single=False):
        """Alternatives up to ')' or the end; only one branch when `single` (stops at '|').
        One frame per nesting level with parse_group keeps deep patterns within the
        recursion limit as long as CPython's parser does."""
        alts = []
        items = []
        first_branch = top
        src = self.src
        while True:
            if top:
                flags = self.flags  # global flags may have just been set
            self.skip_verbose(flags)
            if self.i >= self.n:
                break
            start = self.i
            c = src[start]
            if c == ")":
                break
            if c == "|":
                if single:
                    break
                self.i += 1
                alts.append(_seq_node(items))
                items = []
                first_branch = False
                continue
            self.i += 1
            if c == "(":
                item = self.parse_group(flags, start, items, first_branch)
                if item is None:
                    continue
            elif c == "[":
                item = self.parse_class(flags, start)
            elif c == ".":
                item = ("any", bool(flags & 16))
            elif c == "^":
                item = ("at", AT_BOL if flags & 8 else AT_BEGIN)
            elif c == "$":
                item = ("at", AT_EOL_M if flags & 8 else AT_EOL)
            elif c == "\\":
                item = self.parse_escape(flags, start)
            elif c in "*+?":
                raise self.error("nothing to repeat", start)
            elif c == "{" and self.brace_counts(start) is not None:
                raise self.error("nothing to repeat", start)
            else:
                item = ("lit", ord(c), self.fold_of(flags))
            item = self.parse_quantifiers(flags, item)
            items.append(item)
        node = _seq_node(items)
        if not alts:
            return node
        alts.append(node)
        return ("alt", alts)

    def brace_repeat(self):
        """At self.i just after '{': returns (min, max, end index) for a {m,n} form, else None."""
        src = self.src
        j = self.i
        if j < self.n and src[j] == "}":
            return None
        lo = ""
        while j < self.n and src[j] in _DIGITS:
            lo += src[j]
            j += 1
        hi = None
        if j < self.n and src[j] == ",":
            j += 1
            hi = ""
            while j < self.n and src[j] in _DIGITS:
                hi += src[j]
                j += 1
        if j >= self.n or src[j] != "}":
            return None
        return lo, hi, j + 1

    def brace_counts(self, start):
        """At self.i just after the '{' at start: (min, max) of a {m,n} form, moving past it,
        or None when it is a literal '{'. Checks the counts as CPython does."""
        form = self.brace_repeat()
        if form is None:
            return None
        lo, hi, after = form
        mn = 0
        mx = _INF
        if lo:
            mn = int(lo)
            if mn >= MAXREPEAT:
                raise OverflowError("the repetition number is too large")
        if hi is None:
            mx = mn
        elif hi:
            mx = int(hi)
            if mx >= MAXREPEAT:
                raise OverflowError("the repetition number is too large")
            if mx < mn:
                raise self.error("min repeat greater than max repeat", start + 1)
        self.i = after
        return mn, mx

    def parse_quantifiers(self, flags, item):
        src = self.src
        seen = False
        while True:
            self.skip_verbose(flags)
            if self.i >= self.n:
                return item
            start = self.i
            c = src[start]
            if c not in _REPEAT_CHARS:
                return item
            if c == "{":
                self.i += 1
                counts = self.brace_counts(start)
                if counts is None:
                    self.i = start
                    return item
                mn, mx = counts
            else:
                self.i += 1
                if c == "*":
                    mn, mx = 0, _INF
                elif c == "+":
                    mn, mx = 1, _INF
                else:
                    mn, mx = 0, 1
            if seen:
                raise self.error("multiple repeat", start)
            if item[0] == "at" or item is _EMPTY:
                raise self.error("nothing to repeat", start)
            mode = 0
            if self.i < self.n and src[self.i] == "?":
                self.i += 1
                mode = 1
            elif self.i < self.n and src[self.i] == "+":
                self.i += 1
                mode = 2
            item = ("rep", mn, mx, mode, item)
            seen = True

    def parse_name(self, start, term):
        """Reads a group name up to `term`; returns (name, position of the name)."""
        src = self.src
        npos = self.i
        j = _find_token(src, term, npos)
        if j < 0:
            if npos >= self.n:
                raise self.error("missing group name", npos, True)
            raise self.error("missing %s, unterminated name" % term, npos, True)
        name = src[npos:j]
        if not name:
            raise self.error("missing group name", npos)
        self.i = j + 1
        return name, npos

    def check_name(self, name, npos):
        if not name.isidentifier():
            raise self.error("bad character in group name %r" % name, npos)

    def group_ref_number(self, name, npos):
        """A (?P=name)/(?(name)...) reference: a group number."""
        if name.isdigit() and all(ch in _DIGITS for ch in name):
            return int(name)
        self.check_name(name, npos)
        if name not in self.groupindex:
            raise self.error("unknown group name %r" % name, npos)
        return self.groupindex[name]

    def check_ref(self, g, pos):
        if g in self.open_groups:
            raise self.error("cannot refer to an open group", pos)
        if self.lookbehind_groups is not None and g >= self.lookbehind_groups:
            raise self.error("cannot refer to group defined in the same lookbehind subpattern", self.i)

    def parse_group(self, flags, start, items, top):
        src = self.src
        capture = True
        name = None
        if self.i < self.n and src[self.i] == "?":
            self.i += 1
            if self.i >= self.n:
                raise self.error("unexpected end of pattern", self.i)
            c = src[self.i]
            self.i += 1
            if c == ":":
                capture = False
            elif c == "P":
                if self.i >= self.n:
                    raise self.error("unexpected end of pattern", self.i)
                d = src[self.i]
                self.i += 1
                if d == "<":
                    name, npos = self.parse_name(start, ">")
                    self.check_name(name, npos)
                elif d == "=":
                    name, npos = self.parse_name(start, ")")
                    self.check_name(name, npos)
                    if name not in self.groupindex:
                        raise self.error("unknown group name %r" % name, npos)
                    g = self.groupindex[name]
                    self.check_ref(g, npos)
                    return ("ref", g, self.fold_of(flags))
                else:
                    raise self.error("unknown extension ?P" + self.token(self.i - 1), start + 1)
            elif c == "#":
                j = src.find(")", self.i)
                if j < 0:
                    raise self.error("missing ), unterminated comment", start, True)
                self.i = j + 1
                return None
            elif c in "=!<>":
                behind = False
                if c == "<":
                    if self.i >= self.n:
                        raise self.error("unexpected end of pattern", self.i)
                    c = src[self.i]
                    self.i += 1
                    if c not in "=!":
                        raise self.error("unknown extension ?<" + self.token(self.i - 1), start + 1)
                    behind = True
                kind = 2 if c == ">" else (0 if c == "=" else 1)
                saved = self.lookbehind_groups
                if behind and saved is None:
                    self.lookbehind_groups = self.ngroups + 1
                body = self.parse_alt(flags)
                self.lookbehind_groups = saved
                self.close_paren(start)
                if behind:
                    lo, hi = _width(body, self.group_widths)
                    if lo != hi:
                        self.bad_lookbehind = True
                    return ("look", kind, lo, body)
                return ("look", kind, -1, body)
            elif c == "(":
                return self.parse_conditional(flags, start)
            elif c in "aiLmsux-":
                self.i -= 1
                return self.parse_flags(flags, start, items, top)
            else:
                raise self.error("unknown extension ?" + self.token(self.i - 1), start + 1)
        g = 0
        if capture:
            self.ngroups += 1
            g = self.ngroups
            if g >= MAXGROUPS:
                raise self.error("too many groups", start)
            if name is not None:
                if name in self.groupindex:
                    raise self.error("redefinition of group name %r as group %d; was group %d"
                                     % (name, g, self.groupindex[name]), npos)
                self.groupindex[name] = g
            self.open_groups.append(g)
        body = self.parse_alt(flags)
        self.close_paren(start)
        if capture:
            self.open_groups.pop()
            self.group_widths[g] = _width(body, self.group_widths)
            return ("group", g, body)
        if body[0] == "at":
            return ("seq", [body])  # a group may be repeated even when it holds only an anchor
        return body

    def close_paren(self, start):
        if self.i >= self.n or self.src[self.i] != ")":
            raise self.error("missing ), unterminated subpattern", start)
        self.i += 1

    def parse_conditional(self, flags, start):
        name, npos = self.parse_name(start, ")")
        if name.isdigit() and all(ch in _DIGITS for ch in name):
            g = int(name)
            if g == 0:
                raise self.error("bad group number", npos)
            if g >= MAXGROUPS:
                raise self.error("invalid group reference %d" % g, npos)
            if g not in self.cond_refs:
                self.cond_refs[g] = npos
        else:
            self.check_name(name, npos)
            if name not in self.groupindex:
                raise self.error("unknown group name %r" % name, npos)
            g = self.groupindex[name]
        if self.lookbehind_groups is not None and g >= self.lookbehind_groups:
            raise self.error("cannot refer to group defined in the same lookbehind subpattern", npos)
        yes = self.parse_alt(flags, False, True)
        no = _EMPTY
        if self.i < self.n and self.src[self.i] == "|":
            self.i += 1
            no = self.parse_alt(flags, False, True)
            if self.i < self.n and self.src[self.i] == "|":
                raise self.error("conditional backref with more than two branches", self.i)
        self.close_paren(start)
        return ("cond", g, yes, no)

    def flag_error(self, msg):
        pos = self.i
        if self.i < self.n:
            self.i += 1  # CPython's tokenizer has consumed the offending character
        return self.error(msg, pos)

    def parse_flags(self, flags, start, items, top):
        src = self.src
        on = 0
        off = 0
        while self.i < self.n and src[self.i] in _INLINE_FLAGS:
            ch = src[self.i]
            f = _INLINE_FLAGS[ch]
            if self.is_bytes and ch == "u":
                raise self.error("bad inline flags: cannot use 'u' flag with a bytes pattern", self.i + 1)
            if not self.is_bytes and ch == "L":
                raise self.error("bad inline flags: cannot use 'L' flag with a str pattern", self.i + 1)
            on |= f
            self.i += 1
            if on & _TYPE_FLAGS and (on & _TYPE_FLAGS) & ((on & _TYPE_FLAGS) - 1):
                raise self.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", self.i)
        if self.i >= self.n:
            raise self.flag_error("missing -, : or )")
        if src[self.i] == ")":
            self.i += 1
            if not top or items:
                raise self.error("global flags not at the start of the expression", start)
            self.flags |= on
            return None
        if src[self.i] == "-":
            self.i += 1
            if self.i >= self.n:
                raise self.flag_error("missing flag")
            while self.i < self.n and src[self.i] in _INLINE_FLAGS:
                ch = src[self.i]
                f = _INLINE_FLAGS[ch]
                if f & _TYPE_FLAGS:
                    raise self.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", self.i + 1)
                off |= f
                self.i += 1
            if not off:
                if self.i >= self.n:
                    raise self.flag_error("missing flag")
                if src[self.i].isalpha():
                    raise self.flag_error("unknown flag")
                raise self.flag_error("missing flag")
            if on & off:
                raise self.error("bad inline flags: flag turned on and off", self.i)
            if self.i >= self.n:
                raise self.flag_error("missing :")
            if src[self.i] != ":":
                if src[self.i].isalpha():
                    raise self.flag_error("unknown flag")
                raise self.flag_error("missing :")
        elif src[self.i] != ":":
            if src[self.i].isalpha():
                raise self.flag_error("unknown flag")
            raise self.flag_error("missing -, : or )")
        self.i += 1
        newflags = (flags | on) & ~off
        if on & _TYPE_FLAGS:
            newflags = (newflags & ~_TYPE_FLAGS) | (on & _TYPE_FLAGS)
        body = self.parse_alt(newflags)
        self.close_paren(start)
        if body[0] == "at":
            return ("seq", [body])
        return body

    # -- escapes and classes --

    def parse_hex(self, start, count, letter):
        src = self.src
        digits = src[self.i:self.i + count]
        if len(digits) < count or any(ch not in _HEXDIGITS for ch in digits):
            k = 0
            while k < len(digits) and digits[k] in _HEXDIGITS:
                k += 1
            self.i += k
            raise self.error("incomplete escape \\%s%s" % (letter, digits[:k]), start)
        self.i += count
        return int(digits, 16)

    def parse_common_escape(self, flags, start, c, in_class):
        """Escapes shared by patterns and classes: returns a code point or None."""
        src = self.src
        if c in _SIMPLE_ESCAPES and (c != "b" or in_class):
            return _SIMPLE_ESCAPES[c]
        if c == "x":
            return self.parse_hex(start, 2, "x")
        if c in "uU" and not self.is_bytes:
            v = self.parse_hex(start, 4 if c == "u" else 8, c)
            if v > 0x10FFFF:
                raise self.error("bad escape \\%s" % src[start + 1:self.i], start)
            return v
        if c == "N" and not self.is_bytes:
            if self.i >= self.n or src[self.i] != "{":
                raise self.error("missing {", self.i)
            j = src.find("}", self.i + 1)
            if j < 0:
                if self.i + 1 >= self.n:
                    raise self.error("missing character name", self.i + 1, True)
                raise self.error("missing }, unterminated name", self.i + 1, True)
            name = src[self.i + 1:j]
            if not name:
                raise self.error("missing character name", self.i + 1)
            self.i = j + 1
            ch = None
            if all(32 <= ord(k) < 127 and k not in "\\\"'{}" for k in name):
                try:
                    ch = eval('"\\N{' + name + '}"')
                except Exception:
                    ch = None
            if ch is None:
                raise self.error("undefined character name %r" % name, start)
            return ord(ch)
        if c == "0":
            digits = c
            while len(digits) < 3 and self.i < self.n and src[self.i] in _OCTDIGITS:
                digits += src[self.i]
                self.i += 1
            return int(digits, 8)
        return None

    def parse_escape(self, flags, start):
        src = self.src
        if self.i >= self.n:
            raise self.error("bad escape (end of pattern)", start)
        c = src[self.i]
        self.i += 1
        fold = self.fold_of(flags)
        if c in _CAT:
            cat = _CAT[c] + (6 if self.uni(flags) else 0)
            return ("set", False, [], [cat], 0)
        if c == "A":
            return ("at", AT_BEGIN)
        if c == "Z":
            return ("at", AT_END)
        if c == "b":
            return ("at", AT_BOUNDARY_U if self.uni(flags) else AT_BOUNDARY_A)
        if c == "B":
            return ("at", AT_NONBOUNDARY_U if self.uni(flags) else AT_NONBOUNDARY_A)
        if c in _DIGITS and c != "0":
            digits = c
            if self.i < self.n and src[self.i] in _DIGITS:
                digits += src[self.i]
                self.i += 1
                if (digits[0] in _OCTDIGITS and digits[1] in _OCTDIGITS and self.i < self.n
                        and src[self.i] in _OCTDIGITS):
                    digits += src[self.i]
                    self.i += 1
                    v = int(digits, 8)
                    if v > 0o377:
                        raise self.error("octal escape value \\%s outside of range 0-0o377" % digits, start)
                    return ("lit", v, fold)
            g = int(digits)
            if g <= self.ngroups:
                self.check_ref(g, start)
                return ("ref", g, fold)
            raise self.error("invalid group reference %d" % g, start + 1)
        v = self.parse_common_escape(flags, start, c, False)
        if v is not None:
            if c == "0" and v > 0o377:
                raise self.error("octal escape value \\%s outside of range 0-0o377" % src[start + 1:self.i], start)
            return ("lit", v, fold)
        if c in _ASCII_LETTERS or c in _DIGITS:
            raise self.error("bad escape \\" + c, start)
        return ("lit", ord(c), fold)

    def class_item(self, flags, start):
        """One class member at self.i: ("lit", c) or ("cat", n)."""
        src = self.src
        c = src[self.i]
        self.i += 1
        if c != "\\":
            return ("lit", ord(c))
        if self.i >= self.n:
            raise self.error("unterminated character set", start)
        pos = self.i - 1
        c = src[self.i]
        self.i += 1
        if c in _CAT:
            return ("cat", _CAT[c] + (6 if self.uni(flags) else 0))
        if c in _OCTDIGITS and c != "0":
            digits = c
            while len(digits) < 3 and self.i < self.n and src[self.i] in _OCTDIGITS:
                digits += src[self.i]
                self.i += 1
            v = int(digits, 8)
            if v > 0o377:
                raise self.error("octal escape value \\%s outside of range 0-0o377" % digits, pos)
            return ("lit", v)
        v = self.parse_common_escape(flags, pos, c, True)
        if v is not None:
            if c == "0" and v > 0o377:
                raise self.error("octal escape value \\%s outside of range 0-0o377" % src[pos + 1:self.i], pos)
            return ("lit", v)
        if c in _ASCII_LETTERS or c in _DIGITS:
            raise self.error("bad escape \\" + c, pos)
        return ("lit", ord(c))

    def parse_class(self, flags, start):
        src = self.src
        neg = False
        if self.i < self.n and src[self.i] == "^":
            neg = True
            self.i += 1
        ranges = []
        cats = []
        first = True
        while True:
            if self.i >= self.n:
                raise self.error("unterminated character set", start)
            if src[self.i] == "]" and not first:
                self.i += 1
                break
            first = False
            ipos = self.i
            item = self.class_item(flags, start)
            if (self.i + 1 < self.n and src[self.i] == "-" and src[self.i + 1] != "]"):
                self.i += 1
                jpos = self.i
                item2 = self.class_item(flags, start)
                if item[0] == "cat" or item2[0] == "cat" or item2[1] < item[1]:
                    # CPython names the two tokens (an escape shows as two characters) and
                    # places the error their length before the end of the range
                    rng = src[ipos:ipos + (2 if src[ipos] == "\\" else 1)] + "-"
                    rng += src[jpos:jpos + (2 if src[jpos] == "\\" else 1)]
                    raise self.error("bad character range %s" % rng, self.i - len(rng))
                ranges.append((item[1], item2[1]))
            elif item[0] == "cat":
                cats.append(item[1])
            else:
                ranges.append((item[1], item[1]))
        fold = self.fold_of(flags)
        if not neg and not cats and len(ranges) == 1 and ranges[0][0] == ranges[0][1]:
            return ("lit", ranges[0][0], fold)
        return ("set", neg, ranges, cats, fold)


def _width(node, gw):
    """(min, max) characters a node matches; max _INF when unbounded."""
    t = node[0]
    if t == "lit" or t == "any" or t == "set":
        return 1, 1
    if t == "look":
        if node[1] == 2:
            return _width(node[3], gw)
        return 0, 0
    if t == "at":
        return 0, 0
    if t == "group":
        return _width(node[2], gw)
    if t == "seq":
        lo = hi = 0
        for item in node[1]:
            a, b = _width(item, gw)
            lo += a
            hi = min(hi + b, _INF)
        return lo, hi
    if t == "alt":
        los = []
        his = []
        for item in node[1]:
            a, b = _width(item, gw)
            los.append(a)
            his.append(b)
        return min(los), max(his)
    if t == "rep":
        a, b = _width(node[4], gw)
        hi = _INF if (node[2] >= _INF and b) else min(b * node[2], _INF)
        return min(a * node[1], _INF), hi
    if t == "ref":
        return gw.get(node[1], (0, _INF))
    if t == "cond":
        a1, b1 = _width(node[2], gw)
        a2, b2 = _width(node[3], gw)
        return min(a1, a2), max(b1, b2)
    return 0, _INF


# ---- The compiler ------------------------------------------------------------------------------

OP_FAIL, OP_SUCCESS, OP_CHAR, OP_CHAR_I, OP_CHAR_IA, OP_ANY, OP_ANYALL, OP_SET = 0, 1, 2, 3, 4, 5, 6, 7
OP_AT, OP_SAVE, OP_CLOSE, OP_JMP, OP_SPLIT, OP_REPEAT1, OP_RINIT, OP_RTEST = 8, 9, 10, 11, 12, 13, 14, 15
OP_RENTER, OP_LOOK, OP_LOOKEND, OP_BACKREF, OP_GREF_EXISTS = 16, 17, 18, 19, 20
_HEADER = 5


def _fold_ranges(ranges):
    """Adds the case-folded form of every member (for sets under Unicode IGNORECASE, whose
    test folds the subject character), then sorts and merges the ranges."""
    out = list(ranges)
    total = 0
    for lo, hi in ranges:
        total += hi - lo + 1
    if total <= 5000:
        for lo, hi in ranges:
            for c in range(lo, hi + 1):
                f = _re.fold(c, 0)
                if f != c:
                    out.append((f, f))
    out.sort()
    merged = []
    for lo, hi in out:
        if merged and lo <= merged[-1][1] + 1:
            if hi > merged[-1][1]:
                merged[-1] = (merged[-1][0], hi)
        else:
            merged.append((lo, hi))
    return merged


class _Compiler:
    def __init__(self, ngroups):
        self.code = [0] * _HEADER
        self.nmarks = 2 * (ngroups + 1)
        self.nregs = self.nmarks + 1
        self.gw = {}

    def emit_set(self, neg, ranges, cats, fold):
        code = self.code
        at = len(code)
        flags = (1 if neg else 0) | (2 if fold == 1 else 0) | (4 if fold == 2 else 0)
        if fold == 1:
            ranges = _fold_ranges(ranges)
        code += [OP_SET, 0, flags, 0, 0, 0, 0, 0, 0, 0, 0, len(ranges)]
        for lo, hi in ranges:
            code.append(lo)
            code.append(hi)
        code.append(len(cats))
        code += cats
        code[at + 1] = len(code)

    def emit_char(self, node):
        c = node[1]
        fold = node[2]
        if fold:
            ch = chr(c)
            if fold == 2:
                cased = c < 128 and ch.isalpha()
            else:
                cased = ch.lower() != ch or ch.upper() != ch or _re.fold(c, 0) != c
            if cased:
                self.code += [OP_CHAR_I if fold == 1 else OP_CHAR_IA, c]
                return
        self.code += [OP_CHAR, c]

    def emit_item(self, node):
        t = node[0]
        if t == "lit":
            self.emit_char(node)
        elif t == "any":
            self.code.append(OP_ANYALL if node[1] else OP_ANY)
        else:
            self.emit_set(node[1], node[2], node[3], node[4])

    def emit(self, node):
        code = self.code
        t = node[0]
        if t == "lit" or t == "any" or t == "set":
            self.emit_item(node)
        elif t == "seq":
            for item in node[1]:
                self.emit(item)
        elif t == "at":
            code += [OP_AT, node[1]]
        elif t == "group":
            g = node[1]
            code += [OP_SAVE, 2 * g]
            self.emit(node[2])
            code += [OP_CLOSE, g]
        elif t == "alt":
            jumps = []
            alts = node[1]
            for k in range(len(alts)):
                if k < len(alts) - 1:
                    split = len(code)
                    code += [OP_SPLIT, split + 3, 0]
                    self.emit(alts[k])
                    jumps.append(len(code) + 1)
                    code += [OP_JMP, 0]
                    code[split + 2] = len(code)
                else:
                    self.emit(alts[k])
            for j in jumps:
                code[j] = len(code)
        elif t == "rep":
            self.emit_repeat(node)
        elif t == "look":
            at = len(code)
            code += [OP_LOOK, node[1], node[2], 0]
            self.emit(node[3])
            code.append(OP_LOOKEND)
            code[at + 3] = len(code)
        elif t == "ref":
            code += [OP_BACKREF, node[1], node[2]]
        elif t == "cond":
            at = len(code)
            code += [OP_GREF_EXISTS, node[1], 0]
            self.emit(node[2])
            j = len(code)
            code += [OP_JMP, 0]
            code[at + 2] = len(code)
            self.emit(node[3])
            code[j + 1] = len(code)
        else:
            raise error("internal: unknown node %r" % (t,))

    def emit_repeat(self, node):
        code = self.code
        mn, mx, mode, body = node[1], node[2], node[3], node[4]
        if mx == 0:
            return
        bt = body[0]
        if bt == "lit" or bt == "any" or bt == "set":
            at = len(code)
            code += [OP_REPEAT1, 0, mn, mx, mode]
            self.emit_item(body)
            code[at + 1] = len(code)
            return
        if mode == 2:
            self.emit(("look", 2, -1, ("rep", mn, mx, 0, body)))
            return
        if mn == 1 and mx == 1:
            self.emit(body)
            return
        lazy = mode == 1
        if mx >= _INF and mn <= 1 and _width(body, self.gw)[0] > 0:
            if mn == 0:
                loop = len(code)
                code += [OP_SPLIT, 0, 0]
                self.emit(body)
                code += [OP_JMP, loop]
                if lazy:
                    code[loop + 1] = len(code)
                    code[loop + 2] = loop + 3
                else:
                    code[loop + 1] = loop + 3
                    code[loop + 2] = len(code)
            else:
                loop = len(code)
                self.emit(body)
                here = len(code)
                if lazy:
                    code += [OP_SPLIT, here + 3, loop]
                else:
                    code += [OP_SPLIT, loop, here + 3]
            return
        r = self.nregs
        self.nregs += 2
        code += [OP_RINIT, r]
        test = len(code)
        code += [OP_RTEST, r, mn, mx, 1 if lazy else 0, test + 7, 0]
        code += [OP_RENTER, r]
        self.emit(body)
        code += [OP_JMP, test]
        code[test + 6] = len(code)


def _first(node):
    """What a match of node can start with: (ranges, cats, fold, nullable), or None for anything."""
    t = node[0]
    if t == "lit":
        return [(node[1], node[1])], [], node[2], False
    if t == "set":
        if node[1]:
            return None
        return list(node[2]), list(node[3]), node[4], False
    if t == "any" or t == "ref" or t == "cond":
        return None
    if t == "look" and node[1] == 2:
        return _first(node[3])
    if t == "at" or t == "look":
        return [], [], 0, True
    if t == "group":
        return _first(node[2])
    if t == "rep":
        f = _first(node[4])
        if f is None:
            return None
        return f[0], f[1], f[2], f[3] or node[1] == 0
    ranges = []
    cats = []
    fold = 0
    if t == "seq":
        for item in node[1]:
            f = _first(item)
            if f is None:
                return None
            ranges += f[0]
            cats += f[1]
            fold = fold or f[2]
            if not f[3]:
                return ranges, cats, fold, False
        return ranges, cats, fold, True
    if t == "alt":
        nullable = False
        for item in node[1]:
            f = _first(item)
            if f is None:
                return None
            ranges += f[0]
            cats += f[1]
            fold = fold or f[2]
            nullable = nullable or f[3]
        return ranges, cats, fold, nullable
    return None


def _anchored(node):
    while True:
        t = node[0]
        if t == "at":
            return node[1] == AT_BEGIN
        if t == "seq":
            if not node[1]:
                return False
            node = node[1][0]
        elif t == "group":
            node = node[2]
        else:
            return False


def _compile_tree(tree, ngroups, gw):
    c = _Compiler(ngroups)
    c.gw = gw
    c.emit(tree)
    c.code.append(OP_SUCCESS)
    code = c.code
    code[0] = c.nmarks
    code[1] = c.nregs
    code[4] = -1
    if _anchored(tree):
        code[3] = 1
    else:
        f = _first(tree)
        if f is not None and not f[3] and (f[0] or f[1]):
            ranges, cats, fold = f[0], f[1], f[2]
            if not cats and len(ranges) == 1 and ranges[0][0] == ranges[0][1] and not fold:
                code[4] = ranges[0][0]
            else:
                code[2] = len(code)
                c.emit_set(False, ranges, cats, fold)
    code.append(OP_FAIL)
    return _re.Program(code)


# ---- Pattern and Match objects -----------------------------------------------------------------

def _latin1(b):
    return "".join([chr(x) for x in b])


class Pattern:
    """A compiled regular expression (re.compile's result)."""

    def __init__(self, pattern, flags):
        is_bytes = not isinstance(pattern, str)
        if is_bytes:
            src = _latin1(pattern)
        else:
            src = pattern
        p = _Parser(src, pattern, flags, is_bytes)
        tree = p.parse()
        flags = p.flags
        if not is_bytes and not flags & 256:
            flags |= 32
        self.pattern = pattern
        self.flags = flags
        self.groups = p.ngroups
        self.groupindex = _MappingProxy(p.groupindex)
        self._groupdict = p.groupindex
        self._names = {}
        for name, g in p.groupindex.items():
            self._names[g] = name
        self._code = _compile_tree(tree, p.ngroups, p.group_widths)
        self._bytes = is_bytes

    def __repr__(self):
        r = repr(self.pattern)
        if len(r) > 200:
            r = r[:200]
        f = self.flags
        if not self._bytes:
            f &= ~32
        if f:
            # Unlike RegexFlag's repr, CPython lists a pattern's flags by value.
            names = []
            for bit in (1, 2, 4, 8, 16, 32, 64, 128, 256):
                if f & bit:
                    for name, b in _FLAG_NAMES:
                        if b == bit:
                            names.append("re." + name)
                    f &= ~bit
            if f:
                names.append(hex(f))
            return "re.compile(%s, %s)" % (r, "|".join(names))
        return "re.compile(%s)" % r

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags and self._bytes == other._bytes

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _subject(self, string):
        if isinstance(string, str):
            if self._bytes:
                raise TypeError("cannot use a bytes pattern on a string-like object")
            return string
        if isinstance(string, (bytes, bytearray)):
            if not self._bytes:
                raise TypeError("cannot use a string pattern on a bytes-like object")
            return bytes(string)
        raise TypeError("expected string or bytes-like object, got %r" % type(string).__name__)

    def _window(self, string, pos, endpos):
        """(subject, pos, endpos): string checked against the pattern's kind, bounds clamped."""
        t = type(string)
        if (t is str and not self._bytes) or (t is bytes and self._bytes):
            s = string
        else:
            s = self._subject(string)
        if pos == 0 and endpos is _MAXSIZE:
            return s, 0, len(s)
        pos, endpos = _bounds(pos, endpos, len(s))
        return s, pos, endpos

    def _run(self, string, pos, endpos, mode):
        s, pos, endpos = self._window(string, pos, endpos)
        marks = _re.exec(self._code, s, None, pos, endpos, mode)
        if marks is None:
            return None
        return Match((self, string, pos, endpos, s, self.groups), marks)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 2)

    def _iter(self, string, pos, endpos):
        """Yields the marks of successive matches with the 3.7+ empty-match rules."""
        s = self._subject(string)
        subj, wide = _re.prepare(s)
        pos, endpos = _bounds(pos, endpos, len(s))
        code = self._code
        mode = 2
        while pos <= endpos:
            marks = _re.exec(code, subj, wide, pos, endpos, mode)
            if marks is None:
                return
            yield marks
            e = marks[1]
            if e == marks[0]:
                mode = 6  # the next match must not be empty at this position
            else:
                mode = 2
            pos = e

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        s = self._subject(string)
        ctx = (self, string, pos, endpos, s, self.groups)
        for marks in self._iter(s, pos, endpos):
            yield Match(ctx, marks)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Scanner(self, string, pos, endpos)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        s, pos, endpos = self._window(string, pos, endpos)
        return _re.findall(self._code, s, None, s, pos, endpos)

    def split(self, string, maxsplit=0):
        string = self._subject(string)
        maxsplit = _ssize(maxsplit)
        out = []
        last = 0
        n = 0
        ng = self.groups
        if maxsplit < 0:
            return [string]
        for marks in self._iter(string, 0, sys.maxsize):
            if maxsplit and n >= maxsplit:
                break
            out.append(string[last:marks[0]])
            for g in range(1, ng + 1):
                a = marks[2 * g]
                out.append(string[a:marks[2 * g + 1]] if a >= 0 else None)
            last = marks[1]
            n += 1
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def _subx(self, repl, string, count):
        s = self._subject(string)
        if count:
            count = _ssize(count)
        subj = s
        wide = None
        if callable(repl):
            ctx = (self, string, 0, len(s), s, self.groups)
            return _re.subn(self._code, subj, wide, s, None, count, repl, (Match, ctx))
        if isinstance(repl, bytearray):
            repl = bytes(repl)
        if isinstance(repl, str):
            literal = "\\" not in repl
        elif isinstance(repl, bytes):
            literal = 92 not in repl
        else:
            raise TypeError("decoding to str: need a bytes-like object, %s found" % type(repl).__name__)
        if literal:
            template = [repl]
        else:
            template = _parse_template(self, repl)
        return _re.subn(self._code, subj, wide, s, template, count, None)


def _ssize(v):
    """An index argument as CPython's Py_ssize_t converter takes it."""
    if not isinstance(v, int):
        if hasattr(type(v), "__index__"):
            v = v.__index__()
        else:
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    if v > sys.maxsize or v < -sys.maxsize - 1:
        raise OverflowError("Python int too large to convert to C ssize_t")
    return int(v)


def _bounds(pos, endpos, n):
    pos = _ssize(pos)
    endpos = _ssize(endpos)
    if pos < 0:
        pos = 0
    elif pos > n:
        pos = n
    if endpos < 0:
        endpos = 0
    elif endpos > n:
        endpos = n
    return pos, endpos


class _MappingProxy:
    """A read-only view of Pattern.groupindex (as CPython's mappingproxy)."""

    def __init__(self, d):
        self._d = d

    def __getitem__(self, key):
        return self._d[key]

    def __contains__(self, key):
        return key in self._d

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def get(self, key, default=None):
        return self._d.get(key, default)

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def copy(self):
        return dict(self._d)

    def __eq__(self, other):
        if isinstance(other, _MappingProxy):
            other = other._d
        return self._d == other

    def __repr__(self):
        return "mappingproxy(%r)" % (self._d,)

    def __str__(self):
        return str(self._d)


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        s = pattern._subject(string)
        self._s = s
        self._subj, self._wide = _re.prepare(s)
        self._pos, self._end = _bounds(pos, endpos, len(s))
        self._start = self._pos
        self._mode_extra = 0

    def _next(self, mode):
        if self._pos > self._end:
            return None
        marks = _re.exec(self.pattern._code, self._subj, self._wide, self._pos, self._end,
                         mode | self._mode_extra)
        if marks is None:
            self._pos = self._end + 1
            return None
        self._mode_extra = 4 if marks[0] == marks[1] else 0
        self._pos = marks[1]
        p = self.pattern
        return Match((p, self._string, self._start, self._end, self._s, p.groups), marks)

    def match(self):
        return self._next(0)

    def search(self):
        return self._next(2)


class Match:
    """The result of a successful match."""

    # _ctx is (pattern, string, pos, endpos, the sliced subject, pattern.groups): one tuple
    # shared by every match of a findall/sub/finditer loop, so making a Match is cheap.
    __slots__ = ("_ctx", "_marks")

    def __init__(self, ctx, marks):
        self._ctx = ctx
        self._marks = marks

    re = property(lambda self: self._ctx[0])
    string = property(lambda self: self._ctx[1])
    pos = property(lambda self: self._ctx[2])
    endpos = property(lambda self: self._ctx[3])

    @property
    def lastindex(self):
        li = self._marks[-1]
        return li if li >= 1 else None

    @property
    def lastgroup(self):
        li = self._marks[-1]
        if li < 1:
            return None
        return self._ctx[0]._names.get(li)

    def _index(self, g):
        if isinstance(g, str):
            i = self._ctx[0]._groupdict.get(g)
            if i is not None:
                return i
        elif isinstance(g, int):
            g = int(g)
            if 0 <= g <= self._ctx[5]:
                return g
        elif isinstance(g, bytes):
            pass
        elif hasattr(g, "__index__"):
            try:
                g = g.__index__()
            except Exception:
                raise IndexError("no such group")
            if 0 <= g <= self._ctx[5]:
                return g
        raise IndexError("no such group")

    def _get(self, g, default=None):
        a = self._marks[2 * g]
        b = self._marks[2 * g + 1]
        if a < 0 or b < 0:
            return default
        return self._ctx[4][a:b]

    def group(self, *args):
        if not args:
            g = 0
        elif len(args) == 1:
            g = args[0]
            if type(g) is not int or g < 0 or g > self._ctx[5]:
                g = self._index(g)
        else:
            return tuple([self._get(self._index(g)) for g in args])
        m = self._marks
        a = m[2 * g]
        if a < 0:
            return None
        return self._ctx[4][a:m[2 * g + 1]]


    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple([self._get(g, default) for g in range(1, self._ctx[5] + 1)])

    def groupdict(self, default=None):
        d = {}
        for name, g in self._ctx[0]._groupdict.items():
            d[name] = self._get(g, default)
        return d

    def start(self, group=0):
        return self._marks[2 * self._index(group)]

    def end(self, group=0):
        return self._marks[2 * self._index(group) + 1]

    def span(self, group=0):
        g = self._index(group)
        return self._marks[2 * g], self._marks[2 * g + 1]

    @property
    def regs(self):
        return tuple([(self._marks[2 * g], self._marks[2 * g + 1]) for g in range(self._ctx[5] + 1)])

    def expand(self, template):
        items = _parse_template(self.re, template)
        parts = []
        for item in items:
            if isinstance(item, int):
                v = self._get(item)
                if v is not None:
                    parts.append(v)
            else:
                parts.append(item)
        if self.re._bytes:
            return b"".join(parts)
        return "".join(parts)

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __repr__(self):
        r = repr(self.group(0))
        if len(r) > 50:
            r = r[:50]
        return "<re.Match object; span=(%d, %d), match=%s>" % (self._marks[0], self._marks[1], r)


# ---- Replacement templates ---------------------------------------------------------------------

def _parse_template(pattern, template):
    """Splits a sub() template into literal strings and group numbers."""
    is_bytes = pattern._bytes
    if is_bytes:
        if isinstance(template, bytearray):
            template = bytes(template)
        if not isinstance(template, bytes):
            raise TypeError("expected a bytes-like object, %s found" % type(template).__name__)
        src = _latin1(template)
    else:
        if not isinstance(template, str):
            raise TypeError("expected str instance, %s found" % type(template).__name__)
        src = template
    items = []
    lit = []
    n = len(src)
    i = 0

    def err(msg, pos):
        return error(msg, template, pos)

    while i < n:
        c = src[i]
        if c != "\\":
            lit.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise err("bad escape (end of pattern)", start)
        c = src[i]
        i += 1
        g = None
        if c == "g":
            if i >= n or src[i] != "<":
                raise err("missing <", i)
            j = _find_token(src, ">", i + 1)
            if j < 0:
                if i + 1 >= n:
                    raise err("missing group name", i + 1)
                raise err("missing >, unterminated name", i + 1)
            name = src[i + 1:j]
            if not name:
                raise err("missing group name", i + 1)
            npos = i + 1
            i = j + 1
            if name.isdigit() and all(ch in _DIGITS for ch in name):
                g = int(name)
                if g > pattern.groups:
                    raise err("invalid group reference %d" % g, npos)
            else:
                if not name.isidentifier():
                    raise err("bad character in group name %r" % name, npos)
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name %r" % name)
                g = pattern.groupindex[name]
        elif c == "0":
            digits = c
            while len(digits) < 3 and i < n and src[i] in _OCTDIGITS:
                digits += src[i]
                i += 1
            lit.append(chr(int(digits, 8)))
            continue
        elif c in _DIGITS:
            digits = c
            if i < n and src[i] in _DIGITS:
                digits += src[i]
                i += 1
                if (digits[0] in _OCTDIGITS and digits[1] in _OCTDIGITS and i < n
                        and src[i] in _OCTDIGITS):
                    digits += src[i]
                    i += 1
                    v = int(digits, 8)
                    if v > 0o377:
                        raise err("octal escape value \\%s outside of range 0-0o377" % digits, start)
                    lit.append(chr(v))
                    continue
            g = int(digits)
            if g > pattern.groups:
                raise err("invalid group reference %d" % g, start + 1)
        elif c in _SIMPLE_ESCAPES:
            lit.append(chr(_SIMPLE_ESCAPES[c]))
            continue
        elif c in _ASCII_LETTERS:
            raise err("bad escape \\" + c, start)
        else:
            lit.append("\\" + c)
            continue
        if lit:
            items.append("".join(lit))
            lit = []
        items.append(g)
    if lit:
        items.append("".join(lit))
    if is_bytes:
        items = [x if isinstance(x, int) else bytes([ord(ch) for ch in x]) for x in items]
    return items


# ---- Module functions --------------------------------------------------------------------------

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    flags = int(flags & _FLAG_MASK)
    if isinstance(pattern, str):
        if flags & 4:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if flags & 256 and flags & 32:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    else:
        if flags & 32:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & 4 and flags & 256:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    if flags & 128:
        raise NotImplementedError("re: the DEBUG flag is not supported")
    p = Pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, RuntimeError, KeyError):
            pass
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    """Compiles a pattern into a Pattern object."""
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    """Clears the compiled-pattern cache."""
    _cache.clear()


def template(pattern, flags=0):
    return _compile(pattern, flags | 1)


_ESCAPED = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"


def escape(pattern):
    """Backslash-escapes the characters that are special in a pattern."""
    if isinstance(pattern, str):
        out = []
        for ch in pattern:
            if ch in _ESCAPED:
                out.append("\\")
            out.append(ch)
        return "".join(out)
    if not isinstance(pattern, (bytes, bytearray)):
        raise TypeError("decoding to str: need a bytes-like object, %s found" % type(pattern).__name__)
    pattern = bytes(pattern)
    out = bytearray()
    for b in pattern:
        if chr(b) in _ESCAPED:
            out.append(92)
        out.append(b)
    return bytes(out)
