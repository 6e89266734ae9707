# Bulk ETL: generate ~20k synthetic records (seeded random), serialise to JSON lines,
# parse back with json + re, aggregate with collections/itertools/operator/heapq.
import json
import re
import random
import heapq
import itertools
import operator
import io
from collections import Counter, defaultdict

random.seed(8675309)
CITIES = ["Oslo", "Lima", "Pune", "Kyiv", "Doha", "Nuuk", "Baku", "Riga"]
PRODUCTS = ["widget", "gadget", "doohickey", "gizmo", "thingamajig"]

buf = io.StringIO()
for i in range(20000):
    rec = {
        "id": i,
        "city": random.choice(CITIES),
        "product": random.choice(PRODUCTS),
        "qty": random.randint(1, 20),
        "price": round(random.uniform(0.5, 99.5), 2),
        "ts": f"2024-{random.randint(1, 12):02d}-{random.randint(1, 28):02d}T{random.randint(0, 23):02d}:00",
        "ok": random.random() > 0.05,
    }
    buf.write(json.dumps(rec, separators=(",", ":")) + "\n")
text = buf.getvalue()
print(len(text), text[:120])

TS = re.compile(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})")
rows = []
bad = 0
for line in io.StringIO(text):
    r = json.loads(line)
    if not r["ok"]:
        bad += 1
        continue
    y, mo, d, h, mi = map(int, TS.fullmatch(r["ts"]).groups())
    r["month"], r["hour"] = mo, h
    r["total"] = round(r["qty"] * r["price"], 2)
    rows.append(r)
print("rows", len(rows), "bad", bad)

by_city = defaultdict(float)
by_month = Counter()
for r in rows:
    by_city[r["city"]] += r["total"]
    by_month[r["month"]] += r["qty"]
for city, tot in sorted(by_city.items(), key=operator.itemgetter(1), reverse=True):
    print(f"{city:<5} {tot:12.2f}")
print(sorted(by_month.items())[:6])

rows.sort(key=operator.itemgetter("product", "city"))
for (prod, city), grp in itertools.islice(itertools.groupby(rows, key=operator.itemgetter("product", "city")), 5):
    g = list(grp)
    print(prod, city, len(g), round(sum(x["total"] for x in g), 2))

top = heapq.nlargest(5, rows, key=lambda r: (r["total"], -r["id"]))
print([(r["id"], r["total"]) for r in top])
peak = Counter(r["hour"] for r in rows).most_common(3)
print(peak)
pivot = defaultdict(lambda: defaultdict(int))
for r in rows:
    pivot[r["product"]][r["city"]] += r["qty"]
header = "product     " + " ".join(f"{c:>5}" for c in CITIES)
print(header)
for prod in PRODUCTS:
    print(f"{prod:<12}" + " ".join(f"{pivot[prod][c]:5d}" for c in CITIES))
summary = {"cities": {c: round(v, 2) for c, v in sorted(by_city.items())},
           "top_ids": [r["id"] for r in top], "n": len(rows)}
s = json.dumps(summary, sort_keys=True, indent=2)
print(len(s), json.loads(s) == summary)
words = re.findall(r"[a-z]+", text)
print(len(words), Counter(words).most_common(4))
print(re.sub(r"\d", "#", text[:60]), len(re.findall(r'"ok":false', text)))
