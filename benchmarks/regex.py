"""regex: regex-dna style matching and substitution, plus log-line parsing with groups.

What it stresses: the re module: compiling, alternation and character classes scanned over long
strings (findall/finditer), sub() with strings and callables, match groups and named groups.
Algorithm: the Computer Language Benchmarks Game's regex-dna (count the variants of 8-mers and
expand IUB codes in a fasta-like DNA text made with the fasta benchmark's seeded LCG), followed
by parsing generated web-server log lines. The size argument is the DNA length in bases
(the log has size // 50 lines).
"""
import sys
import re

DEFAULT_SIZE = 2000000  # about 0.5-3 s on CPython 3.11 on this machine
QUICK_SIZE = 70000      # about 20-80 ms on CPython 3.11 (used by `make check` and --quick runs)

# The fasta benchmark's generator: x = (x * 3877 + 29573) mod 139968.
IM = 139968
IA = 3877
IC = 29573

# Base frequencies (sum 1): mostly acgt, occasionally an IUB ambiguity code in upper case.
FREQUENCIES = [("a", 0.27), ("c", 0.12), ("g", 0.12), ("t", 0.27), ("B", 0.02), ("D", 0.02),
               ("H", 0.02), ("K", 0.02), ("M", 0.02), ("N", 0.02), ("R", 0.02), ("S", 0.02),
               ("V", 0.02), ("W", 0.02), ("Y", 0.02)]

VARIANTS = [
    "agggtaaa|tttaccct",
    "[cgt]gggtaaa|tttaccc[acg]",
    "a[act]ggtaaa|tttacc[agt]t",
    "ag[act]gtaaa|tttac[agt]ct",
    "agg[act]taaa|ttta[agt]cct",
    "aggg[acg]aaa|ttt[cgt]ccct",
    "agggt[cgt]aa|tt[acg]accct",
    "agggta[cgt]a|t[acg]taccct",
    "agggtaa[cgt]|[acg]ttaccct",
]

IUB = {"B": "(c|g|t)", "D": "(a|g|t)", "H": "(a|c|t)", "K": "(g|t)", "M": "(a|c)",
       "N": "(a|c|g|t)", "R": "(a|g)", "S": "(c|g)", "V": "(a|c|g)", "W": "(a|t)",
       "Y": "(c|t)"}


def make_fasta(n):
    """A fasta-format text: a header line, then n bases in lines of 60."""
    cumulative = []
    acc = 0.0
    for base, p in FREQUENCIES:
        acc += p
        cumulative.append((acc, base))
    seed = 42
    bases = []
    for _ in range(n):
        seed = (seed * IA + IC) % IM
        r = seed / IM
        for limit, base in cumulative:
            if r < limit:
                break
        bases.append(base)
    seq = "".join(bases)
    lines = [">THREE Homo sapiens frequency"]
    for i in range(0, n, 60):
        lines.append(seq[i:i + 60])
    return "\n".join(lines) + "\n"


def dna(n):
    text = make_fasta(n)
    clean = re.sub(">.*\n|\n", "", text)
    results = []
    for pattern in VARIANTS:
        results.append("%s %d" % (pattern, len(re.findall(pattern, clean))))
    expanded = re.sub("[BDHKMNRSVWY]", lambda m: IUB[m.group(0)], clean)
    # The same substitution with a compiled pattern and a string replacement per code.
    step = clean
    for code in sorted(IUB):
        step = re.compile(code).sub(IUB[code], step)
    assert step == expanded
    return results, len(text), len(clean), len(expanded)


LOG_LINE = re.compile(
    r'^(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - (?P<user>\w+|-) \[(?P<day>\d\d)/(?P<mon>\w{3})/'
    r'(?P<year>\d{4}):(?P<time>\d\d:\d\d:\d\d)\] "(?P<method>GET|POST|PUT) (?P<path>\S+) '
    r'HTTP/1\.[01]" (?P<status>\d{3}) (?P<size>\d+|-)$')
QUERY = re.compile(r"[?&]([a-z]+)=([^&]*)")


def make_log(n):
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
    methods = ["GET", "GET", "POST", "PUT"]
    paths = ["/index.html", "/api/items?id=%d&sort=asc", "/img/logo.png", "/search?q=w%d"]
    statuses = [200, 200, 304, 404, 500]
    lines = []
    x = 1
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        path = paths[x % 4]
        if "%d" in path:
            path = path % (x % 97)
        size = "-" if x % 11 == 0 else str(x % 5000)
        user = "-" if x % 3 else "user%d" % (x % 5)
        lines.append('10.%d.%d.%d - %s [%02d/%s/2023:%02d:%02d:%02d] "%s %s HTTP/1.1" %d %s' % (
            x % 256, (x >> 8) % 256, i % 256, user, x % 28 + 1, months[x % 6], x % 24,
            x % 60, (x >> 4) % 60, methods[(x >> 3) % 4], path, statuses[(x >> 5) % 5], size))
        if i % 50 == 49:
            lines.append("garbage line %d without the expected shape" % i)
    return lines


def parse_log(lines):
    by_status = {}
    bytes_sent = 0
    users = set()
    params = 0
    bad = 0
    for line in lines:
        m = LOG_LINE.match(line)
        if m is None:
            bad += 1
            continue
        status = m.group("status")
        by_status[status] = by_status.get(status, 0) + 1
        if m.group("size") != "-":
            bytes_sent += int(m.group("size"))
        if m.group("user") != "-":
            users.add(m.group("user"))
        for key, value in QUERY.findall(m.group("path")):
            params += len(key) + len(value)
    hours = re.findall(r":(\d\d):\d\d:\d\d\]", "\n".join(lines))
    return sorted(by_status.items()), bytes_sent, sorted(users), params, bad, len(hours)


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    results, n_text, n_clean, n_expanded = dna(size)
    for line in results:
        print(line)
    print()
    print(n_text)
    print(n_clean)
    print(n_expanded)
    print(*parse_log(make_log(size // 50)))


if __name__ == "__main__":
    main()
