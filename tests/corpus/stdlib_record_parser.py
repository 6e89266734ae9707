# CSV-ish parser and binary packer: re + struct + array.
import re
import struct
import array

DATA = """id,name,temp,humidity,flags
1,"Oslo, NO",-3.5,81,3
2,Lima,19.25,77,0
3,"Cairo",31.0,22,5
4,Quito,13.75,65,1
"""

FIELD_RE = re.compile(r'\s*(?:"([^"]*)"|([^,]*))\s*(?:,|$)')


def split_csv(line):
    out = []
    pos = 0
    while pos < len(line):
        m = FIELD_RE.match(line, pos)
        out.append(m.group(1) if m.group(1) is not None else m.group(2))
        if m.end() == pos:
            break
        pos = m.end()
    return out


lines = DATA.strip().splitlines()
header = split_csv(lines[0])
rows = [split_csv(l) for l in lines[1:]]
print(header)
for r in rows:
    print(r)

RECORD = struct.Struct("<I16sfBx h")
print("record size", RECORD.size, struct.calcsize("<I16sfBxh"), struct.calcsize("@id"))
blob = bytearray()
for r in rows:
    blob += RECORD.pack(int(r[0]), r[1].encode(), float(r[2]), int(r[4]), int(r[3]))
print(len(blob), bytes(blob[:12]).hex())

decoded = []
for off in range(0, len(blob), RECORD.size):
    rid, name, temp, flags, hum = RECORD.unpack_from(blob, off)
    decoded.append((rid, name.rstrip(b"\0").decode(), round(temp, 2), flags, hum))
print(decoded)
print([t for t in RECORD.iter_unpack(bytes(blob))][1][0])

print(struct.pack(">HhL", 1, -2, 3), struct.pack("<q", -1), struct.pack("!d", 1.5))
print(struct.unpack(">i", b"\xff\xff\xff\xfe"), struct.unpack("<2H", b"\x01\x00\x02\x00"))
print(struct.pack("3s?c", b"abcdef", True, b"z"), struct.pack(">e", 0.5))
try:
    struct.pack(">B", 300)
except struct.error as e:
    print("struct.error", e)
try:
    struct.unpack("<I", b"ab")
except struct.error as e:
    print("struct.error", e)
buf = bytearray(8)
struct.pack_into("<hhI", buf, 0, 7, -7, 70000)
print(buf, struct.unpack("<hhI", buf))

temps = array.array("d", (float(r[2]) for r in rows))
hums = array.array("B", [int(r[3]) for r in rows])
ids = array.array("i", range(1, 5))
print(temps, hums.tolist(), ids.itemsize, temps.typecode)
print(sum(temps) / len(temps), max(hums), min(temps))
temps.append(0.0)
temps.extend([1.0, 2.0])
print(len(temps), temps[-1], temps[1:3], temps.index(0.0), temps.count(1.0))
raw = ids.tobytes()
print(len(raw), raw[:8])
ids2 = array.array("i")
ids2.frombytes(raw)
print(ids2 == ids, ids2[::-1], list(reversed(ids2)))
ids2.reverse()
ids2.insert(0, 99)
ids2.remove(3)
print(ids2, ids2.pop(), ids2)
hums[0] = 255
try:
    hums[1] = 256
except OverflowError as e:
    print("OverflowError", e)
print(hums, array.array("u", "hi").tounicode() if hasattr(array.array, "tounicode") else "")
try:
    array.array("q", [1]).frombytes(b"abc")
except ValueError as e:
    print("ValueError", e)
h = array.array("H", [1, 2, 3])
h.byteswap()
print(h.tolist())

flags = {row[0]: int(row[4]) for row in rows}
names = {1: "ALERT", 2: "STALE", 4: "MANUAL"}
for rid, f in flags.items():
    print(rid, [n for bit, n in names.items() if f & bit] or ["-"])

TOKEN = re.compile(r"(?P<num>-?\d+(?:\.\d+)?)|(?P<word>[A-Za-z]+)|(?P<sym>[^\sA-Za-z\d])")
s = "temp=-3.5C at Oslo; rh 81% (ok)"
print([(m.lastgroup, m.group()) for m in TOKEN.finditer(s)])
print(re.split(r"[;,]\s*", "a, b;c,  d"), re.split(r"(\d)", "a1b2c"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home you@work"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples and 12 pears"))
print(re.subn(r"a", "A", "banana"), re.escape("1+1=2?"), re.fullmatch(r"\d+", "123x"))
m = re.match(r"(?i)(HELLO) (\w+)?", "hello")
print(m, m and m.groups(), m and m.span(1))
print(re.findall(r"\b\w", "the quick brown"), re.findall(r"(a)(b)?", "ab a"))
