# Generator pipelines: log parsing with lazy stages, grouping, sliding windows, and send()-driven coroutines.
LOG = """2024-01-01 10:00:01 INFO  web  request /index 200 12ms
2024-01-01 10:00:02 INFO  web  request /about 200 8ms
2024-01-01 10:00:02 WARN  db   slow query 350ms
2024-01-01 10:00:03 ERROR web  request /login 500 95ms
2024-01-01 10:00:04 INFO  web  request /index 200 10ms
# comment line
2024-01-01 10:00:05 INFO  auth login ok user=ann

2024-01-01 10:00:06 ERROR db   connection lost
2024-01-01 10:00:07 INFO  web  request /index 304 3ms
2024-01-01 10:00:08 WARN  web  request /search 200 780ms
2024-01-01 10:00:09 INFO  auth login ok user=bob"""

def lines(text):
    for ln in text.splitlines():
        yield ln

def non_blank(it):
    for ln in it:
        ln = ln.strip()
        if ln and not ln.startswith('#'):
            yield ln

def parse(it):
    for ln in it:
        date, time, level, source, *rest = ln.split()
        yield {'time': time, 'level': level, 'source': source, 'msg': ' '.join(rest)}

def where(it, **conds):
    for rec in it:
        if all(rec[k] == v for k, v in conds.items()):
            yield rec

def durations(it):
    for rec in it:
        for part in rec['msg'].split():
            if part.endswith('ms') and part[:-2].isdigit():
                yield rec['source'], int(part[:-2])

def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)

records = list(parse(non_blank(lines(LOG))))
print(len(records), 'records')
for rec in where(iter(records), level='ERROR'):
    print('ERROR at', rec['time'], rec['source'], '-', rec['msg'])
by_source = {}
for src, ms in durations(records):
    by_source.setdefault(src, []).append(ms)
for src in sorted(by_source):
    vals = by_source[src]
    print(f'{src:5} n={len(vals)} total={sum(vals)}ms max={max(vals)}ms avg={sum(vals) / len(vals):.1f}ms')
ms_stream = (ms for _, ms in durations(records))
for w in window(ms_stream, 3):
    print('window', w, 'avg', round(sum(w) / 3, 1))

def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return total, count
        total += value
        count += 1
        avg = total / count

def collect(results):
    while True:
        res = yield from averager()
        results.append(res)

results = []
co = collect(results)
next(co)
for v in [10, 20, 30, None, 5, None]:
    out = co.send(v)
    print('sent', v, '->', out)
print('results', results)

levels = {}
for rec in records:
    levels[rec['level']] = levels.get(rec['level'], 0) + 1
print(' '.join(f'{k}:{v}' for k, v in sorted(levels.items())))
users = [rec['msg'].split('user=')[1] for rec in where(records, source='auth')]
print('users', users)
paths = (rec['msg'].split()[1] for rec in records if rec['msg'].startswith('request'))
counts = {}
for p in paths:
    counts[p] = counts.get(p, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
