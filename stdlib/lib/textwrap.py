"""Text wrapping and filling (textwrap), written for Sparrow.

TextWrapper splits text into chunks (whitespace runs, words, and word pieces after the hyphens
of compound words and around em-dashes, by the same rules as CPython 3.11) and packs them into
lines; wrap, fill and shorten are shortcuts, dedent and indent adjust leading whitespace.
"""

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

# Only these count as whitespace for wrapping (CPython's textwrap is ASCII-only here too).
_whitespace = "\t\n\x0b\x0c\r "


def _is_ws(c):
    return c in _whitespace


def _is_word(c):
    return c.isalnum() or c == "_"


def _is_letter(c):
    return (c.isalnum() or c == "_") and not c.isdecimal()


def _is_word_punct(c):
    return _is_word(c) or c in "!\"'&.,?"


def _dashes_then_word(text, q):
    """True when text[q:] is two or more hyphens followed by a word character."""
    n = len(text)
    k = q
    while k < n and text[k] == "-":
        k += 1
    return k - q >= 2 and k < n and _is_word(text[k])


def _split_hyphenated(text):
    """Chunks of text: whitespace runs, words, word pieces ending in the hyphen of a compound
    word ("long-" "term"), and em-dashes ("--") between words."""
    n = len(text)
    chunks = []
    p = 0
    while p < n:
        c = text[p]
        if _is_ws(c):
            q = p + 1
            while q < n and _is_ws(text[q]):
                q += 1
            chunks.append(text[p:q])
            p = q
            continue
        if c == "-" and p > 0 and _is_word_punct(text[p - 1]) and _dashes_then_word(text, p):
            q = p
            while q < n and text[q] == "-":
                q += 1
            chunks.append(text[p:q])
            p = q
            continue
        # A word: the shortest run of non-whitespace that ends at whitespace or the end, after
        # a compound word's hyphen, or just before an em-dash.
        q = p + 1
        while True:
            if q < n and text[q] == "-" and _hyphen_breaks(text, q):
                end = q + 1
                break
            if q >= n or _is_ws(text[q]):
                end = q
                break
            if _is_word_punct(text[q - 1]) and _dashes_then_word(text, q):
                end = q
                break
            q += 1
        chunks.append(text[p:end])
        p = end
    return chunks


def _hyphen_breaks(text, q):
    """Whether the hyphen at text[q] may end a chunk: two letters (or letter-hyphen-letter)
    before it, and a letter, an optional hyphen and a letter after it."""
    n = len(text)
    before = (q >= 2 and _is_letter(text[q - 1]) and _is_letter(text[q - 2])) or \
             (q >= 3 and _is_letter(text[q - 1]) and text[q - 2] == "-" and _is_letter(text[q - 3]))
    if not before:
        return False
    if q + 1 >= n or not _is_letter(text[q + 1]):
        return False
    if q + 2 < n and _is_letter(text[q + 2]):
        return True
    return q + 3 < n and text[q + 2] == "-" and _is_letter(text[q + 3])


def _split_simple(text):
    """Chunks of text: alternating whitespace and non-whitespace runs."""
    chunks = []
    n = len(text)
    p = 0
    while p < n:
        ws = _is_ws(text[p])
        q = p + 1
        while q < n and _is_ws(text[q]) == ws:
            q += 1
        chunks.append(text[p:q])
        p = q
    return chunks


def _ends_sentence(chunk):
    """A lowercase letter, then . ! or ?, then an optional quote, at the end of the chunk."""
    i = len(chunk) - 1
    if i >= 0 and chunk[i] in "\"'":
        i -= 1
    return i >= 1 and chunk[i] in ".!?" and "a" <= chunk[i - 1] <= "z"


class TextWrapper:
    """Wraps paragraphs to a width; see the module documentation for the options."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in _whitespace:
                if c != " ":
                    text = text.replace(c, " ")
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            return _split_hyphenated(text)
        return _split_simple(text)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and any(c != "-" for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks = list(reversed(chunks))
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == "" and lines:
                chunks.pop()
            while chunks:
                size = len(chunks[-1])
                if cur_len + size > width:
                    break
                cur_line.append(chunks.pop())
                cur_len += size
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(len(c) for c in cur_line)
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == "":
                cur_len -= len(cur_line[-1])
                cur_line.pop()
            if not cur_line:
                continue
            last_allowed = (self.max_lines is None or len(lines) + 1 < self.max_lines
                            or ((not chunks or (self.drop_whitespace and len(chunks) == 1
                                                and not chunks[0].strip())) and cur_len <= width))
            if last_allowed:
                lines.append(indent + "".join(cur_line))
                continue
            # max_lines reached: end with the placeholder.
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + "".join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                cur_line.pop()
            else:
                if lines:
                    prev_line = lines[-1].rstrip()
                    if len(prev_line) + len(self.placeholder) <= self.width:
                        lines[-1] = prev_line + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """The paragraph as a list of lines of at most width characters (no newlines)."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The paragraph wrapped into one string with newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wraps one paragraph into a list of lines (see TextWrapper for the options)."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wraps one paragraph into a single string with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapses whitespace and truncates text to fit width, ending with the placeholder."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(" ".join(text.strip().split()))


def dedent(text):
    """Removes the whitespace prefix common to every non-blank line; blank lines become empty."""
    lines = text.split("\n")
    # Lines of only spaces and tabs lose them.
    for i, line in enumerate(lines):
        if line and line.strip(" \t") == "":
            lines[i] = ""
    margin = None
    for line in lines:
        stripped = line.lstrip(" \t")
        if not stripped:
            continue
        lead = line[:len(line) - len(stripped)]
        if margin is None:
            margin = lead
        elif lead.startswith(margin):
            pass
        elif margin.startswith(lead):
            margin = lead
        else:
            k = 0
            while k < len(margin) and k < len(lead) and margin[k] == lead[k]:
                k += 1
            margin = margin[:k]
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    """Adds prefix to the lines for which predicate(line) is true (non-blank lines by
    default)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return "".join(prefix + line if predicate(line) else line for line in text.splitlines(True))
