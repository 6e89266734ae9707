"""json_loads: json.loads of documents built deterministically by the program.

What it stresses: the json decoder: string scanning with escapes and \\u sequences, number
parsing (ints, floats, exponents), nested objects and arrays, whitespace handling.
Algorithm: after the pyperformance "json_loads" benchmark (decoding a few fixed documents
repeatedly); the documents are generated here as JSON text. The size argument is the number of
times each document is decoded.
"""
import sys
import json

DEFAULT_SIZE = 16000    # about 0.5-3 s on CPython 3.11 on this machine
QUICK_SIZE = 500        # about 20-80 ms on CPython 3.11 (used by `make check` and --quick runs)


def lcg(seed):
    """Infinite stream of pseudo-random 31-bit ints."""
    x = seed
    while True:
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        yield x


def make_records(count):
    """A compact array of records, written by hand as JSON text."""
    rnd = lcg(7)
    parts = []
    for i in range(count):
        r = next(rnd)
        parts.append('{"id":%d,"name":"item-%d","price":%d.%02d,"qty":%d,"ok":%s,"note":null}'
                     % (i, r % 1000, r % 500, r % 100, r % 17, "true" if r & 1 else "false"))
    return "[" + ",".join(parts) + "]"


def make_nested(depth, width):
    """A pretty-printed tree of objects, with spaces and newlines between tokens."""
    def node(level, prefix):
        pad = "  " * level
        if level == depth:
            return '"%s"' % prefix
        items = []
        for k in range(width):
            items.append('%s  "%s%d" : %s' % (pad, prefix, k, node(level + 1, prefix + str(k))))
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    return node(0, "k")


def make_strings(count):
    """An array of strings full of escapes and unicode."""
    samples = [
        'plain ascii text',
        'tab\\there and newline\\n',
        'quote \\" and backslash \\\\ and slash \\/',
        'caf\\u00e9 na\\u00efve \\u2603',
        'surrogates \\ud83d\\ude00 end',
        'raw unicode \u00fc\u00f6 \u65e5\u672c',
    ]
    return "[" + ",".join('"%s %d"' % (samples[i % len(samples)], i) for i in range(count)) + "]"


def make_numbers(count):
    rnd = lcg(99)
    nums = []
    for i in range(count):
        r = next(rnd)
        kind = i % 4
        if kind == 0:
            nums.append(str(r - 1073741824))
        elif kind == 1:
            nums.append("%d.%d" % (r % 1000, r % 97))
        elif kind == 2:
            nums.append("%de%d" % (r % 50 + 1, r % 30 - 15))
        else:
            nums.append("-%d.%dE+%d" % (r % 9, r % 1000, r % 5))
    return "[ " + " , ".join(nums) + " ]"


def summarize(value):
    """A small structural checksum of a decoded value."""
    if isinstance(value, dict):
        return 7 + sum(len(k) + summarize(v) for k, v in value.items())
    if isinstance(value, list):
        return 3 + sum(summarize(v) for v in value)
    if isinstance(value, str):
        return len(value) + sum(1 for c in value if ord(c) > 127)
    if isinstance(value, bool) or value is None:
        return 1
    if isinstance(value, int):
        return value % 1000
    return int(value * 1000) % 1000


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    docs = [make_records(40), make_nested(4, 3), make_strings(60), make_numbers(80)]
    for text in docs:
        total = 0
        for _ in range(size):
            total += len(json.loads(text))
        print(len(text), total, summarize(json.loads(text)))
    for bad in ['{"a": 1,}', '[1, 2', '"\\x"', 'nul']:
        try:
            json.loads(bad)
            print("no error")
        except ValueError as exc:
            # Only the type: the message text differs between implementations (e.g. PyPy).
            print(type(exc).__name__)


if __name__ == "__main__":
    main()
