"""textproc: dict- and str-heavy text processing over generated text.

What it stresses: str.split/lower/strip/replace/startswith/isalpha, dict get/setdefault,
sorting by count with key functions, str.join, slicing, and small comprehensions.
Algorithm: a word-frequency count (the classic "count the words of a text" task) over text
generated from a fixed vocabulary with a seeded LCG, followed by bigram counts, a
capitalisation pass and a word-wrapping pass; the size argument is the number of words.
"""
import sys

DEFAULT_SIZE = 800000   # about 0.5-3 s on CPython 3.11 on this machine
QUICK_SIZE = 25000      # about 20-80 ms on CPython 3.11 (used by `make check` and --quick runs)

VOCABULARY = (
    "the quick brown fox jumps over lazy dog and then runs into forest where "
    "old trees whisper stories about rivers mountains clouds rain sun moon stars "
    "people build houses roads bridges cities machines languages programs with care"
).split()
PUNCTUATION = [",", ".", ";", "!", "?", ""]


def generate_text(n):
    """n words with occasional capitals and punctuation, split into sentences and lines."""
    x = 2024
    words = []
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        # Squaring the draw skews the distribution towards the front of the vocabulary.
        r = (x >> 10) % 1000
        word = VOCABULARY[r * r * len(VOCABULARY) // 1000000]
        if x % 13 == 0:
            word = word.capitalize()
        elif x % 29 == 0:
            word = word.upper()
        word += PUNCTUATION[x % 6] if x % 5 == 0 else ""
        words.append(word)
        if i % 17 == 16:
            words.append("\n")
    return " ".join(words)


def normalize(word):
    return word.strip(",.;!?").lower()


def word_frequencies(text):
    counts = {}
    for line in text.split("\n"):
        for raw in line.split():
            word = normalize(raw)
            if word and word.isalpha():
                counts[word] = counts.get(word, 0) + 1
    return counts


def bigrams(text):
    words = [normalize(w) for w in text.split()]
    pairs = {}
    for a, b in zip(words, words[1:]):
        pairs.setdefault(a, {})
        inner = pairs[a]
        inner[b] = inner.get(b, 0) + 1
    return pairs


def sentence_case(text):
    """Capitalise the first word after each sentence end."""
    out = []
    cap = True
    for word in text.split(" "):
        if cap and word and word[0].isalpha():
            word = word[0].upper() + word[1:].lower()
            cap = False
        if word.endswith((".", "!", "?")):
            cap = True
        out.append(word)
    return " ".join(out)


def wrap(text, width):
    """Greedy word wrapping; returns the lines."""
    lines = []
    current = []
    length = 0
    for word in text.split():
        if length + len(word) + len(current) > width and current:
            lines.append(" ".join(current))
            current = []
            length = 0
        current.append(word)
        length += len(word)
    if current:
        lines.append(" ".join(current))
    return lines


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    text = generate_text(size)
    counts = word_frequencies(text)
    # Most frequent first, ties broken alphabetically.
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    print("words", sum(counts.values()), "distinct", len(counts))
    print("top", " ".join("%s:%d" % kv for kv in ranked[:6]))
    print("rare", " ".join("%s:%d" % kv for kv in ranked[-3:]))
    pairs = bigrams(text)
    best = max(((n, a, b) for a, inner in pairs.items() for b, n in inner.items()))
    print("bigram", best[1], best[2], best[0])
    cased = sentence_case(text.replace("\n ", ""))
    caps = sum(1 for w in cased.split() if w[:1].isupper())
    lines = wrap(cased, 72)
    longest = max(lines, key=len)
    print("capitalised", caps, "lines", len(lines), "longest", len(longest))
    print("first", lines[0])
    by_length = sorted(counts, key=len, reverse=True)[:3]
    print("longest words", by_length, text.count("fox"), text.find("Fox") >= 0)


if __name__ == "__main__":
    main()
