# Text processing: word wrapping, justification, hyphen-free greedy and balanced layouts, column output.
TEXT = """The quick brown fox jumps over the lazy dog. Pack my box with five dozen
liquor jugs! How vexingly quick daft zebras jump; the five boxing wizards jump quickly.
Sphinx of black quartz, judge my vow. Amazingly few discotheques provide jukeboxes."""

def words(text):
    return text.split()

def greedy_wrap(ws, width):
    lines, cur = [], []
    for w in ws:
        if cur and len(' '.join(cur + [w])) > width:
            lines.append(cur)
            cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines

def justify(line_words, width, last=False):
    if last or len(line_words) == 1:
        return ' '.join(line_words).ljust(width)
    gaps = len(line_words) - 1
    spaces = width - sum(len(w) for w in line_words)
    base, extra = divmod(spaces, gaps)
    out = ''
    for i, w in enumerate(line_words[:-1]):
        out += w + ' ' * (base + (1 if i < extra else 0))
    return out + line_words[-1]

def balanced_wrap(ws, width):
    n = len(ws)
    INF = float('inf')
    best = [0.0] + [INF] * n
    prev = [0] * (n + 1)
    for j in range(1, n + 1):
        length = -1
        for i in range(j, 0, -1):
            length += len(ws[i - 1]) + 1
            if length > width:
                break
            cost = best[i - 1] + (0 if j == n else (width - length) ** 2)
            if cost < best[j]:
                best[j] = cost
                prev[j] = i - 1
    lines = []
    j = n
    while j > 0:
        i = prev[j]
        lines.append(ws[i:j])
        j = i
    return lines[::-1], best[n]

ws = words(TEXT)
for width in (30, 45):
    print(f'--- greedy, width {width} ---')
    g = greedy_wrap(ws, width)
    for k, line in enumerate(g):
        print('|' + justify(line, width, k == len(g) - 1) + '|')
    print(f'--- balanced, width {width} ---')
    b, cost = balanced_wrap(ws, width)
    for line in b:
        print('|' + ' '.join(line).ljust(width) + '|')
    print('cost', int(cost), 'lines', len(b), 'vs greedy', len(g))

def columns(items, ncols, width):
    rows = (len(items) + ncols - 1) // ncols
    for r in range(rows):
        cells = [items[c * rows + r] for c in range(ncols) if c * rows + r < len(items)]
        print(''.join(cell.ljust(width) for cell in cells).rstrip())

print('--- columns ---')
uniq = sorted(set(w.strip('.,;!').lower() for w in ws))
columns(uniq, 4, 14)
stats = {}
for w in uniq:
    stats.setdefault(len(w), []).append(w)
for length in sorted(stats):
    print(f'{length:2d}: {len(stats[length]):2d} {"#" * len(stats[length])}')
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print('pangram' if len(letters) == 26 else 'not pangram', sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
