# io and open(): text and binary files, buffering, newlines, encodings, StringIO, BytesIO.
import io
import os

base = "/tmp/sparrow_stdlib_io_%d" % os.getpid()
os.mkdir(base)
p = os.path.join(base, "a.txt")
q = os.path.join(base, "b.bin")

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, str(e).replace(base, "BASE"))

# ---- text files
with open(p, "w") as f:
    print(repr(f).replace(base, "BASE"), f.mode, f.encoding, f.closed, f.writable(), f.readable(), f.seekable())
    print(type(f).__name__, type(f.buffer).__name__, type(f.buffer.raw).__name__)
    print(repr(f.buffer).replace(base, "BASE"), repr(f.buffer.raw).replace(base, "BASE"))
    print(f.write("line1\nline2\r\nline3\rline4"))
    print("x", 1, 2.5, sep="-", end="|\n", file=f)
    f.writelines(["w1\n", "w2\n"])
print(f.closed)
with open(p) as f:
    print(f.readlines(), f.newlines)
with open(p, newline="") as f:
    print(f.readlines())
with open(p, newline="\r") as f:
    print(f.readlines())
with open(p, "rb") as f:
    data = f.read()
    print(data, f.tell())
with open(p) as f:
    print([line for line in f])
with open(p) as f:
    print(repr(f.read(3)), repr(f.readline()), repr(f.readline(3)), repr(f.read(4)), f.tell())
    f.seek(0)
    print(repr(f.read()), repr(f.read()), repr(f.readline()))
with open(p, "a") as f:
    f.write("appended\n")
    print(f.tell())
with open(p) as f:
    print(f.read().splitlines()[-1])
with open(p, "w", newline="\r\n") as f:
    f.write("a\nb\n")
with open(p, "rb") as f:
    print(f.read())
with open(p, "r+") as f:
    print(repr(f.read(2)))
    f.seek(0, 2)
    f.write("END")
    f.seek(0)
    print(repr(f.read()))
    f.seek(1)
    f.truncate()
with open(p) as f:
    print(repr(f.read()))

# ---- encodings
with open(p, "w", encoding="utf-8") as f:
    print(repr(f).replace(base, "BASE"))
    f.write("héllo €uro 😀\n" * 2000)
with open(p, encoding="utf-8") as f:
    text = f.read()
    print(len(text), text[:13])
with open(p, encoding="utf-8") as f:
    n = 0
    chunks = 0
    while True:
        c = f.read(5)
        if not c:
            break
        n += len(c)
        chunks += 1
    print(n, chunks)
with open(p, encoding="utf-8") as f:
    print(sum(1 for _ in f))
with open(p, "w", encoding="latin-1") as f:
    f.write("café")
with open(p, "rb") as f:
    print(f.read())
with open(p, encoding="latin-1") as f:
    print(f.read())
show("bad utf-8", lambda: open(p, encoding="utf-8").read())
with open(p, encoding="utf-8", errors="replace") as f:
    print(repr(f.read()))
with open(p, "w", encoding="ascii", errors="replace") as f:
    f.write("naïve")
with open(p, "rb") as f:
    print(f.read())
show("ascii strict", lambda: open(p, "w", encoding="ascii").write("é"))

# ---- binary files
with open(q, "wb") as f:
    print(repr(f).replace(base, "BASE"), f.mode)
    print(f.write(b"\x00\x01binary\nline2\n"), f.write(bytearray(b"ba")))
    print(f.tell())
with open(q, "rb") as f:
    print(f.read(3), f.readline(), f.peek(2)[:2], f.read1(3), f.read(), f.read())
    f.seek(-2, 2)
    print(f.read(), f.tell())
    f.seek(0)
    print(f.readlines())
with open(q, "rb", buffering=0) as f:
    print(repr(f).replace(base, "BASE"), f.read(4), f.readall())
with open(q, "r+b") as f:
    f.seek(2)
    f.write(b"XY")
    f.seek(0)
    print(f.read(), type(f).__name__)
with open(q, "ab") as f:
    f.write(b"++")
with open(q, "rb") as f:
    print(f.read()[-4:])
with open(q, "xb") if False else open(q, "rb") as f:
    print(f.fileno() > 2, f.isatty(), f.name == q)
show("x mode exists", lambda: open(q, "x"))

# ---- mode and argument errors
for mode in ["rw", "rr", "rbt", "", "r+b+", "z", "U", "wx", "ab+"]:
    try:
        open(q, mode).close()
        print(mode, "ok")
    except ValueError as e:
        print(mode, "ValueError", e)
show("binary encoding", lambda: open(q, "rb", encoding="utf-8"))
show("binary errors", lambda: open(q, "rb", errors="strict"))
show("binary newline", lambda: open(q, "rb", newline=""))
show("unbuffered text", lambda: open(q, "r", buffering=0))
show("bad newline", lambda: open(q, "r", newline="x"))
show("bad encoding", lambda: open(q, "r", encoding="no-such-codec"))
show("bad file", lambda: open(1.5))
show("bad mode type", lambda: open(q, 1))
show("missing", lambda: open(os.path.join(base, "missing.txt")).read())
show("directory", lambda: open(base))
f = open(p)
f.close()
show("closed read", lambda: f.read())
show("closed readline", lambda: f.readline())
show("closed iter", lambda: next(iter(f)))
show("closed write", lambda: f.write("x"))
f.close()
with open(p, "w") as f:
    show("read on w", lambda: f.read())
    show("write bytes", lambda: f.write(b"x"))
with open(p) as f:
    show("write on r", lambda: f.write("x"))
with open(q, "wb") as f:
    show("write str", lambda: f.write("x"))
    show("read on wb", lambda: f.read())
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE, open is io.open)

# ---- buffering and flushing
f = open(p, "w")
f.write("buffered")
with open(p) as g:
    print(repr(g.read()))
f.flush()
with open(p) as g:
    print(repr(g.read()))
f.close()
f = open(p, "w", buffering=1)
f.write("line\n")
with open(p) as g:
    print(repr(g.read()))
f.close()
fd = os.open(p, os.O_RDONLY)
with open(fd) as f:
    print(f.read(), f.name == fd)
try:
    os.close(fd)
except OSError as e:
    print("already closed:", e.errno)
fd = os.open(p, os.O_RDONLY)
with open(fd, closefd=False) as f:
    f.read()
os.close(fd)
print("closefd=False ok")

# ---- StringIO
s = io.StringIO()
print(s.write("hello\n"), s.write("world"), s.tell(), repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read()), repr(s.read()))
s = io.StringIO("a\nb\r\nc\rd")
print(s.readlines(), s.tell())
s.seek(0)
print(list(s))
s = io.StringIO("a\nb\r\nc\rd", newline=None)
print(repr(s.getvalue()), s.readlines(), s.newlines)
s = io.StringIO("a\nb\r\nc\rd", newline="")
print(s.readlines())
s = io.StringIO(newline="\r\n")
s.write("x\ny\n")
print(repr(s.getvalue()))
s = io.StringIO("abcdef")
s.seek(2)
s.write("XY")
print(repr(s.getvalue()), s.tell())
s.seek(10)
s.write("Z")
print(repr(s.getvalue()))
s.seek(3)
print(s.truncate(), repr(s.getvalue()), s.tell())
print(s.truncate(1), repr(s.getvalue()))
s = io.StringIO("x")
print(s.seek(0, 2), s.seek(0, 1), s.seek(0))
show("seek cur", lambda: s.seek(1, 1))
show("seek neg", lambda: s.seek(-1))
show("seek whence", lambda: s.seek(0, 5))
show("write bytes", lambda: s.write(b"x"))
show("bad init", lambda: io.StringIO(b"x"))
show("bad newline", lambda: io.StringIO(newline="x"))
with io.StringIO("ctx") as s:
    print(s.read(), s.closed)
print(s.closed)
show("closed getvalue", lambda: s.getvalue())
show("closed read", lambda: s.read())
print(s.readable is not None, io.StringIO().readable(), io.StringIO().seekable(), io.StringIO().writable())
s = io.StringIO()
for i in range(1000):
    s.write(str(i))
print(len(s.getvalue()))
s = io.StringIO()
print("to", "stringio", file=s)
print(repr(s.getvalue()))

# ---- BytesIO
b = io.BytesIO(b"one\ntwo\nthree")
print(b.readline(), b.read(2), b.read(), b.read(), b.tell())
b.seek(0)
print(b.readlines())
b.seek(0)
print(list(b))
b = io.BytesIO()
print(b.write(b"abc"), b.write(bytearray(b"de")), b.getvalue(), b.tell())
b.seek(1)
b.write(b"Z")
print(b.getvalue())
b.seek(8)
b.write(b"!")
print(b.getvalue())
print(b.seek(-2, 2), b.read(), b.seek(-100, 1))
print(b.truncate(3), b.getvalue())
show("seek neg", lambda: b.seek(-1))
show("write str", lambda: b.write("x"))
show("bad whence", lambda: b.seek(0, 3))
b.close()
show("closed", lambda: b.getvalue())
with io.BytesIO(b"q") as b:
    print(b.read(), b.readable(), b.seekable())
print(b.closed)

os.remove(p)
os.remove(q)
os.rmdir(base)
# The layers over in-memory streams.
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="utf-8", newline="\r\n")
t.write("a\nb")
t.flush()
print(b.getvalue(), repr(t), t.encoding)
t2 = io.TextIOWrapper(io.BytesIO(b"x\r\ny\rz\n"))
print(t2.readlines(), t2.newlines)
w = io.BufferedWriter(io.BytesIO())
w.write(b"q"); w.write(bytearray(b"r")); w.flush(); print(w.raw.getvalue())
r = io.BufferedReader(io.BytesIO(b"l1\nl2\n"))
print(r.readline(), list(r))
