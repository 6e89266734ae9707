# wordfreq.py: word frequencies of a generated text — stresses str methods, dicts and sorting.
import sys

WORDS = "the quick brown fox jumps over the lazy dog while seven wizards quietly hex a jovial knight".split()


def make_text(n):
    out = []
    state = 12345
    for i in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        word = WORDS[state % len(WORDS)]
        out.append(word.upper() if state % 7 == 0 else word)
        if state % 11 == 0:
            out.append("\n")
    return " ".join(out)


def frequencies(text):
    counts = {}
    for line in text.split("\n"):
        for word in line.strip().split():
            key = word.lower()
            counts[key] = counts.get(key, 0) + 1
    return counts


n = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
counts = frequencies(make_text(n))
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, count in ranked[:10]:
    print("%-8s %d" % (word, count))
print("distinct:", len(counts), "total:", sum(counts.values()))
