"""json_dumps: json.dumps of a fixed nested document with several option sets.

What it stresses: the json encoder: string escaping (ASCII and non-ASCII), float and int
formatting, dict/list recursion, indent/separators/sort_keys/ensure_ascii options.
Algorithm: after the pyperformance "json_dumps" benchmark (serialising a fixed document
repeatedly); the size argument is the number of serialisations of each option set.
"""
import sys
import json

DEFAULT_SIZE = 1600     # about 0.5-3 s on CPython 3.11 on this machine
QUICK_SIZE = 40         # about 20-80 ms on CPython 3.11 (used by `make check` and --quick runs)


def build_document():
    users = []
    for i in range(12):
        users.append({
            "id": i,
            "name": "user_%02d" % i,
            "email": "user%d@example.org" % i,
            "active": i % 3 != 0,
            "score": round(i * 1.375 - 3.5, 3),
            "ratio": i / 7,
            "tags": ["t%d" % (i % 4), "group-%d" % (i % 3)],
            "address": {"street": "%d Main St." % (i * 11), "zip": "%05d" % (i * 1234),
                        "geo": [45.5 + i / 100, -73.25 - i / 50]},
            "manager": None if i == 0 else i // 2,
        })
    return {
        "version": 3,
        "title": "Quarterly \"report\"\twith\\escapes\nand lines",
        "unicode": "caf\u00e9 \u2603 na\u00efve \u65e5\u672c \U0001f600",
        "control": "".join(chr(c) for c in range(0, 32, 3)),
        "big": 12345678901234567890123,
        "negative": -42,
        "floats": [0.0, -0.5, 1e-7, 3.141592653589793, 1e22, 2.5e-300, 123456.789],
        "booleans": [True, False, None],
        "empty": {"list": [], "dict": {}, "str": ""},
        "users": users,
        "matrix": [[r * 5 + c for c in range(5)] for r in range(5)],
        "tuple": (1, 2, 3),
    }


OPTION_SETS = [
    {},
    {"sort_keys": True},
    {"indent": 2},
    {"indent": 4, "sort_keys": True},
    {"separators": (",", ":")},
    {"ensure_ascii": False},
    {"indent": "\t", "separators": (",", ": "), "ensure_ascii": False},
]


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    doc = build_document()
    for opts in OPTION_SETS:
        total = 0
        text = ""
        for _ in range(size):
            text = json.dumps(doc, **opts)
            total += len(text)
        # A position-weighted checksum of the characters of the last result.
        h = 0
        for ch in text:
            h = (h * 31 + ord(ch)) % 1000000007
        print(sorted(opts.items()), total, h)
    print(json.dumps(doc["unicode"]), json.dumps(doc["floats"]))


if __name__ == "__main__":
    main()
