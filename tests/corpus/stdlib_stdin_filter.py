# Unix-style filter: reads records from sys.stdin (falls back to a built-in sample when stdin is
# empty, as in the test runner), parses with re, groups with itertools/collections, writes a
# report with sys.stdout.write / writelines and a JSON trailer.
import sys
import re
import json
import itertools
import operator
from collections import Counter, defaultdict

SAMPLE = """\
# user  action  bytes  when
alice   upload  1200   09:00
bob     login   0      09:01
alice   upload  5300   09:05
carol   delete  0      09:07
bob     upload  800    09:09
alice   login   0      09:10
dave    upload  99999  09:12
carol   upload  100    09:15
"""

ROW = re.compile(r"^(?P<user>\w+)\s+(?P<action>\w+)\s+(?P<bytes>\d+)\s+(?P<when>\d\d:\d\d)$")


def read_input():
    lines = []
    for line in sys.stdin:
        lines.append(line)
    text = sys.stdin.read()
    if not lines and not text:
        return SAMPLE.splitlines(keepends=True), "sample"
    return lines + text.splitlines(keepends=True), "stdin"


lines, source = read_input()
print("source:", source, "lines:", len(lines))
rows = []
for n, line in enumerate(lines, 1):
    line = line.rstrip("\n")
    if not line or line.startswith("#"):
        continue
    m = ROW.match(line)
    if m is None:
        sys.stderr.write(f"line {n}: unparsable\n")
        continue
    d = m.groupdict()
    d["bytes"] = int(d["bytes"])
    rows.append(d)

rows.sort(key=operator.itemgetter("user", "when"))
out = []
for user, grp in itertools.groupby(rows, key=operator.itemgetter("user")):
    g = list(grp)
    acts = Counter(r["action"] for r in g)
    total = sum(r["bytes"] for r in g)
    out.append(f"{user:<6} {len(g):2} events {total:7} bytes  " +
               ", ".join(f"{a}x{c}" for a, c in sorted(acts.items())) + "\n")
sys.stdout.writelines(out)
sys.stdout.write("-" * 40 + "\n")

by_minute = defaultdict(list)
for r in rows:
    by_minute[r["when"][:4]].append(r["user"])
for k in sorted(by_minute):
    sys.stdout.write(f"{k}x: {' '.join(sorted(by_minute[k]))}\n")

big = [r for r in rows if r["bytes"] > 5000]
print("large transfers:", [(r["user"], r["bytes"]) for r in big])
print("encoding ok:", sys.stdout.encoding.lower().replace("-", "") in ("utf8", "ascii"))
print("writable:", sys.stdout.writable(), "readable:", sys.stdin.readable())
sys.stdout.flush()
print(json.dumps({"users": sorted({r["user"] for r in rows}), "total": sum(r["bytes"] for r in rows)}))
