# Append-only key-value store: json lines on disk + os (replace, fsync-free) + bisect index
# + collections + contextlib + io.
import json
import os
import io
import bisect
import contextlib
from collections import OrderedDict, namedtuple

DIR = "/tmp/sparrow_corpus_kv"
Rec = namedtuple("Rec", "op key value")


class Store:
    def __init__(self, path):
        self.path = path
        self.index = OrderedDict()
        self.keys = []
        self.ops = 0
        if os.path.exists(path):
            self._replay()

    def _replay(self):
        with open(self.path, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                rec = Rec(**json.loads(line))
                self._apply(rec)

    def _apply(self, rec):
        self.ops += 1
        if rec.op == "set":
            if rec.key not in self.index:
                bisect.insort(self.keys, rec.key)
            self.index[rec.key] = rec.value
        elif rec.op == "del":
            if rec.key in self.index:
                del self.index[rec.key]
                self.keys.pop(bisect.bisect_left(self.keys, rec.key))

    def _log(self, rec):
        with open(self.path, "a", encoding="utf-8") as f:
            f.write(json.dumps(rec._asdict(), ensure_ascii=False) + "\n")
        self._apply(rec)

    def set(self, key, value):
        self._log(Rec("set", key, value))

    def delete(self, key):
        if key not in self.index:
            raise KeyError(key)
        self._log(Rec("del", key, None))

    def range(self, lo, hi):
        i = bisect.bisect_left(self.keys, lo)
        j = bisect.bisect_right(self.keys, hi)
        return [(k, self.index[k]) for k in self.keys[i:j]]

    def compact(self):
        tmp = self.path + ".tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            for k in self.keys:
                f.write(json.dumps({"op": "set", "key": k, "value": self.index[k]}, ensure_ascii=False) + "\n")
        os.replace(tmp, self.path)
        self.ops = len(self.keys)


@contextlib.contextmanager
def workdir(path):
    os.makedirs(path, exist_ok=True)
    try:
        yield path
    finally:
        for name in os.listdir(path):
            os.remove(os.path.join(path, name))
        os.rmdir(path)


with workdir(DIR) as d:
    db_path = os.path.join(d, "db.jsonl")
    s = Store(db_path)
    for i, word in enumerate("kiwi apple fig banana cherry date elder grape".split()):
        s.set(word, {"n": i, "len": len(word), "tags": [word[0]] * (i % 3)})
    s.set("apple", {"n": 99, "note": "updated ✓"})
    s.delete("fig")
    try:
        s.delete("zzz")
    except KeyError as e:
        print("KeyError", e)
    print(s.keys, s.ops)
    print(s.range("b", "dz"))
    size_before = os.path.getsize(db_path)
    s2 = Store(db_path)
    print(s2.keys == s.keys, s2.index == s.index, s2.ops, list(s2.index)[:3])
    s2.compact()
    size_after = os.path.getsize(db_path)
    print(size_after < size_before, sorted(os.listdir(d)))
    s3 = Store(db_path)
    print(s3.ops, s3.index["apple"], list(s3.index) == s3.keys)
    with open(db_path, "rb") as f:
        raw = f.read()
    print(raw.count(b"\n"), "✓".encode() in raw, raw[:40])
    with open(db_path, "a") as f:
        f.write("\n\n")
    print(Store(db_path).ops)

    # export/import through an in-memory stream
    buf = io.StringIO()
    json.dump(dict(s3.index), buf, indent=1, sort_keys=True, ensure_ascii=True)
    text = buf.getvalue()
    print(len(text.splitlines()), "\\u2713" in text)
    buf.seek(0)
    back = json.load(buf)
    print(back == dict(s3.index), type(back).__name__)
print(os.path.exists(DIR))

stats = {"keys": len(s3.keys), "lengths": sorted(v.get("len", 0) for v in s3.index.values())}
print(json.dumps(stats))
print(json.dumps({"nested": {"deep": [1, {"x": [None, True]}]}}, indent=3))
