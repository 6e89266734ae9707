# File tree walker: os + open under a fixed temp dir, with cleanup.
import os
import os.path
import json

BASE = "/tmp/sparrow_corpus_walker"


def rmtree(path):
    if not os.path.exists(path):
        return
    for root, dirs, files in os.walk(path, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(path)


rmtree(BASE)
os.makedirs(os.path.join(BASE, "src", "pkg"))
os.mkdir(os.path.join(BASE, "docs"))
os.makedirs(os.path.join(BASE, "src", "pkg"), exist_ok=True)
try:
    os.mkdir(os.path.join(BASE, "docs"))
except FileExistsError as e:
    print("FileExistsError", e.errno, os.path.basename(e.filename))

FILES = {
    "README.md": "# Demo\n\nSome text.\n",
    "src/main.py": "import pkg\n\nprint('hi')\n",
    "src/pkg/__init__.py": "",
    "src/pkg/util.py": "def f():\n    return 1\n\n\ndef g():\n    return 2\n",
    "docs/guide.txt": "line\n" * 10,
    "docs/notes.md": "todo: write docs\n",
}
for rel, text in FILES.items():
    with open(os.path.join(BASE, rel), "w") as fh:
        n = fh.write(text)
    assert n == len(text)

with open(os.path.join(BASE, "data.bin"), "wb") as fh:
    fh.write(bytes(range(256)))

print(sorted(os.listdir(BASE)))
for root, dirs, files in os.walk(BASE):
    dirs.sort()
    rel = os.path.relpath(root, BASE)
    depth = 0 if rel == "." else rel.count(os.sep) + 1
    print("  " * depth + (os.path.basename(root) + "/"))
    for f in sorted(files):
        size = os.path.getsize(os.path.join(root, f))
        print("  " * (depth + 1) + f"{f} ({size} bytes)")

by_ext = {}
total_lines = 0
for root, dirs, files in os.walk(BASE):
    for f in files:
        ext = os.path.splitext(f)[1] or "<none>"
        by_ext[ext] = by_ext.get(ext, 0) + 1
        if ext in (".py", ".md", ".txt"):
            with open(os.path.join(root, f)) as fh:
                total_lines += sum(1 for _ in fh)
print(json.dumps(by_ext, sort_keys=True), total_lines)

p = os.path.join(BASE, "src", "pkg", "util.py")
with open(p) as fh:
    print(repr(fh.readline()), repr(fh.read(10)), fh.readlines()[-1:])
with open(p, "a") as fh:
    fh.write("\n\ndef h():\n    return 3\n")
with open(p) as fh:
    defs = [l.split("(")[0][4:] for l in fh if l.startswith("def ")]
print("defs:", defs)
with open(os.path.join(BASE, "data.bin"), "rb") as fh:
    head = fh.read(4)
    fh.seek(250)
    tail = fh.read()
    print(head, tail, fh.tell())

print(os.path.isdir(os.path.join(BASE, "src")), os.path.isfile(p), os.path.exists(BASE + "/nope"))
st = os.stat(p)
print(st.st_size, os.path.getsize(p) == st.st_size)
os.rename(os.path.join(BASE, "docs", "notes.md"), os.path.join(BASE, "docs", "NOTES.md"))
print(sorted(os.listdir(os.path.join(BASE, "docs"))))
try:
    open(os.path.join(BASE, "missing.txt"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror)
try:
    os.rmdir(os.path.join(BASE, "src"))
except OSError as e:
    print(type(e).__name__, e.errno)

old = os.getcwd()
os.chdir(BASE)
print(os.path.basename(os.getcwd()), sorted(os.listdir(".")))
with open("relative.txt", "w") as fh:
    print("written via print", file=fh)
with open("relative.txt") as fh:
    print(fh.read().strip())
os.chdir(old)
print(os.getcwd() == old)

with os.scandir(BASE) as it:
    entries = sorted((e.name, e.is_dir()) for e in it)
print(entries)
os.environ["SPARROW_CORPUS_VAR"] = "set"
print(os.environ.get("SPARROW_CORPUS_VAR"), os.getenv("SPARROW_NOPE", "default"))
rmtree(BASE)
print("cleaned:", not os.path.exists(BASE))
