# Word frequency counting, n-grams, and a tiny text report.
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair, we had everything
before us, we had nothing before us, we were all going direct to Heaven, we
were all going direct the other way -- in short, the period was so far like
the present period, that some of its noisiest authorities insisted on its
being received, for good or for evil, in the superlative degree of comparison
only. Café, naïve, café!"""

def words(text):
    out = []
    cur = []
    for ch in text.lower():
        if ch.isalpha() or ch == "'":
            cur.append(ch)
        elif cur:
            out.append("".join(cur))
            cur = []
    if cur:
        out.append("".join(cur))
    return out

ws = words(TEXT)
print(len(ws), ws[:12])
freq = {}
for w in ws:
    freq[w] = freq.get(w, 0) + 1
print(len(freq), "distinct words")
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:12]
for w, n in top:
    print(w + " " * (12 - len(w)) + (" " * 3 + str(n))[-3:] + " " + "#" * n)
# words appearing exactly once, alphabetically
once = sorted([w for w, n in freq.items() if n == 1])
print(len(once), once[:10])
# first-occurrence order is the dict order
print(list(freq)[:10])
# bigrams
bigrams = {}
for a, b in zip(ws, ws[1:]):
    key = a + " " + b
    bigrams[key] = bigrams.get(key, 0) + 1
print(sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
# longest words, ties broken by first appearance (stable sort)
print(sorted(freq, key=len, reverse=True)[:5])
# letter histogram
letters = {}
for ch in TEXT.lower():
    if "a" <= ch <= "z":
        letters[ch] = letters.get(ch, 0) + 1
print("".join(sorted(letters, key=lambda c: (-letters[c], c))))
print([(c, letters[c]) for c in "etaoin"])
# line statistics
lines = TEXT.split("\n")
print(len(lines), [len(l) for l in lines], max(lines, key=len)[:20])
# sentence-ish splitting on punctuation
parts = []
for chunk in TEXT.replace("\n", " ").split(","):
    chunk = chunk.strip()
    if chunk:
        parts.append(chunk)
print(len(parts), parts[0], "|", parts[-1])
# average word length with float formatting
total_len = sum([len(w) for w in ws])
print("average word length: %5.2f" % (total_len / len(ws)), total_len, round(total_len / len(ws), 3))
# word -> positions index
index = {}
for i, w in enumerate(ws):
    index.setdefault(w, []).append(i)
print(index['it'][:5], index['café'], index.get('missing', []))
# capitalized words in original text
caps = []
for raw in TEXT.replace("\n", " ").split():
    stripped = raw.strip(".,-!")
    if stripped and stripped[0].isupper():
        caps.append(stripped)
print(caps)
