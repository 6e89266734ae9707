# Stream processing: io (StringIO/BytesIO/TextIOWrapper) + open modes + struct
# + contextlib + sys.stdout.
import io
import os
import sys
import struct
import contextlib

TMP = "/tmp/sparrow_corpus_io"
if not os.path.isdir(TMP):
    os.mkdir(TMP)


def records():
    for i in range(5):
        yield {"id": i, "name": f"rec{i}", "score": i * 1.25}


# binary framing with struct
out = io.BytesIO()
for r in records():
    name = r["name"].encode()
    out.write(struct.pack("<HB", r["id"], len(name)))
    out.write(name)
    out.write(struct.pack("<f", r["score"]))
raw = out.getvalue()
print(len(raw), raw[:10])

inp = io.BytesIO(raw)
decoded = []
while True:
    hdr = inp.read(3)
    if not hdr:
        break
    rid, n = struct.unpack("<HB", hdr)
    name = inp.read(n).decode()
    (score,) = struct.unpack("<f", inp.read(4))
    decoded.append((rid, name, score))
print(decoded, inp.tell(), inp.read())

# text layer over bytes
bio = io.BytesIO()
tw = io.TextIOWrapper(bio, encoding="utf-8", newline="\n")
tw.write("héllo\nwörld\n")
tw.flush()
print(bio.getvalue())
tw.seek(0)
print(tw.read().splitlines())
tr = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\n"), encoding="ascii")
print(tr.readlines())
tr2 = io.TextIOWrapper(io.BytesIO(b"a\r\nb\n"), encoding="ascii", newline="")
print(tr2.readlines())

# files: modes, newline translation, seek/truncate, append, x-mode
path = os.path.join(TMP, "f.txt")
with open(path, "w", encoding="utf-8") as f:
    f.write("one\ntwo\nthree\n")
    print("four", file=f)
    f.writelines(["five\n", "six\n"])
with open(path, "rb") as f:
    data = f.read()
print(data, len(data))
with open(path, "r+") as f:
    f.seek(4)
    f.write("TWO")
    f.seek(0)
    print(f.readline(), end="")
    print(repr(f.readline()))
    f.truncate(14)
with open(path) as f:
    print(f.read().split("\n"))
with open(path, "a") as f:
    f.write("tail\n")
with open(path) as f:
    for lineno, line in enumerate(f, 1):
        print(lineno, line.rstrip())
try:
    with open(path, "x") as f:
        pass
except FileExistsError as e:
    print("FileExistsError", e.errno)
with open(path, "w", newline="\r\n") as f:
    f.write("crlf\nlines\n")
with open(path, "rb") as f:
    print(f.read())
with open(path, newline="") as f:
    print([f.readline()])
with open(path) as f:
    print(f.readlines(), f.closed, f.name == path, f.mode)
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
bpath = os.path.join(TMP, "b.bin")
with open(bpath, "wb") as f:
    f.write(b"\x00\x01\x02" * 4)
    print(f.tell())
with open(bpath, "rb") as f:
    f.seek(-3, 2)
    print(f.read(), f.seek(0), f.read(2), f.seek(1, 1), f.read(1))
with open(bpath, "r+b") as f:
    f.write(b"\xff")
    print(f.read(2))
    f.seek(0)
    print(f.read())
try:
    open(path, "rw")
except ValueError as e:
    print("ValueError", e)
try:
    with open(bpath, "r", encoding="utf-8") as f:
        f.write("x")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)

# stdout redirection and writes
sys.stdout.write("direct write\n")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("hidden", end="!")
    sys.stdout.write("also hidden")
print(repr(buf.getvalue()))
with contextlib.redirect_stderr(io.StringIO()) as err:
    print("to err", file=sys.stderr)
print(repr(err.getvalue()))
s = io.StringIO("x" * 10)
s.seek(5)
s.write("YY")
print(s.getvalue(), s.tell(), s.read(), s.truncate(3), s.getvalue())
print(io.StringIO("a\nb").readlines(), io.BytesIO(b"12345").read(2), io.BytesIO(b"").read())
b = io.BytesIO(b"abcdef")
print(len(b.getvalue()), b.readable(), b.seekable(), b.writable())
for name in sorted(os.listdir(TMP)):
    os.remove(os.path.join(TMP, name))
os.rmdir(TMP)
print("done", os.path.exists(TMP))
