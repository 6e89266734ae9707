# Log analyser: parse web-server-like log lines with re, aggregate with
# collections, and emit a JSON summary.
import re
import json
from collections import Counter, defaultdict, OrderedDict, namedtuple

LOG = """\
2024-01-03 10:00:01 INFO  [web] GET /index.html 200 512ms user=alice
2024-01-03 10:00:02 INFO  [web] GET /about.html 200 120ms user=bob
2024-01-03 10:00:05 WARN  [db] slow query table=orders 1500ms
2024-01-03 10:01:00 ERROR [web] GET /cart 500 30ms user=alice
2024-01-03 10:01:30 INFO  [web] POST /cart 201 80ms user=carol
2024-01-03 10:02:00 INFO  [auth] login ok user=bob
2024-01-03 10:02:10 ERROR [auth] login failed user=mallory
2024-01-03 10:02:11 ERROR [auth] login failed user=mallory
2024-01-03 10:03:00 INFO  [web] GET /index.html 304 5ms user=carol
2024-01-03 10:04:00 DEBUG [db] pool size=8
2024-01-03 10:05:00 WARN  [web] GET /search?q=x 200 2200ms user=dave
malformed line here
2024-01-03 10:06:00 INFO  [web] GET /index.html 200 300ms user=alice
"""

LINE_RE = re.compile(
    r"^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>\d{2}:\d{2}:\d{2}) "
    r"(?P<level>[A-Z]+)\s+\[(?P<comp>\w+)\] (?P<msg>.*)$")
HTTP_RE = re.compile(r"(GET|POST|PUT|DELETE) (\S+) (\d{3}) (\d+)ms")
KV_RE = re.compile(r"(\w+)=(\S+)")

Entry = namedtuple("Entry", "date time level comp msg")


def parse(text):
    entries, bad = [], []
    for lineno, line in enumerate(text.splitlines(), 1):
        m = LINE_RE.match(line)
        if not m:
            bad.append(lineno)
            continue
        entries.append(Entry(**m.groupdict()))
    return entries, bad


entries, bad = parse(LOG)
print("parsed", len(entries), "entries; bad lines:", bad)
print("first:", entries[0])
print("fields:", Entry._fields)

levels = Counter(e.level for e in entries)
print("levels:", sorted(levels.items()))
print("most common:", levels.most_common(2))

by_comp = defaultdict(list)
for e in entries:
    by_comp[e.comp].append(e)
for comp in sorted(by_comp):
    print(f"  {comp:<5} {len(by_comp[comp]):>3} entries")

paths = Counter()
statuses = Counter()
latencies = defaultdict(list)
for e in entries:
    m = HTTP_RE.search(e.msg)
    if m:
        method, path, status, ms = m.groups()
        path = path.split("?")[0]
        paths[(method, path)] += 1
        statuses[int(status) // 100 * 100] += 1
        latencies[path].append(int(ms))

print("paths:")
for (method, path), n in sorted(paths.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"  {method:4} {path:<12} x{n}")
print("status classes:", dict(sorted(statuses.items())))

users = Counter()
for e in entries:
    kv = dict(KV_RE.findall(e.msg))
    if "user" in kv:
        users[kv["user"]] += 1
print("users:", users.most_common())

failures = [e for e in entries if re.search(r"login failed", e.msg)]
suspicious = Counter(KV_RE.findall(e.msg)[0][1] for e in failures)
print("suspicious:", dict(suspicious))

slow = [(e.time, int(re.search(r"(\d+)ms", e.msg).group(1)))
        for e in entries if re.search(r"\d+ms", e.msg)]
slow = [s for s in slow if s[1] >= 1000]
print("slow:", slow)

summary = OrderedDict()
summary["total"] = len(entries)
summary["bad_lines"] = bad
summary["levels"] = dict(sorted(levels.items()))
summary["avg_latency"] = {p: round(sum(v) / len(v), 1)
                          for p, v in sorted(latencies.items())}
summary["errors"] = [{"time": e.time, "comp": e.comp, "msg": e.msg}
                     for e in entries if e.level == "ERROR"]
text = json.dumps(summary, indent=2)
print(text)
back = json.loads(text)
print(back == json.loads(json.dumps(summary)), type(back).__name__)
print(json.dumps(summary["levels"], sort_keys=True, separators=(",", ":")))

# word frequency across messages, with re.sub normalisation
words = Counter()
for e in entries:
    clean = re.sub(r"[^a-z ]+", " ", e.msg.lower())
    words.update(w for w in clean.split() if len(w) > 2)
print("top words:", sorted(words.most_common(5), key=lambda kv: (-kv[1], kv[0])))
c2 = Counter(a=3, b=1)
c2.subtract(Counter(a=1, b=2))
print(c2, +c2, c2["zzz"])
print((Counter("abracadabra") & Counter("alakazam")))
print(sorted((Counter("abc") + Counter("bcd")).elements()))
