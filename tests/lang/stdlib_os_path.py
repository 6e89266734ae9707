# os.path (posixpath) on many edge cases, str and bytes, compared with CPython.
import os.path as P
import posixpath

print(P is posixpath, P.__name__)
cases = ["", ".", "..", "/", "//", "///", "a", "a/", "/a", "a/b", "a/b/", "/a/b/", "//a", "///a/b",
         "a/./b", "a/../b", "./a", "../a", "a/..", "/..", "/../..", ".hidden", "a/.hidden", "a.b.c",
         "a/b.c/d", "a.", "a..", "..a", "...", "a/b/../../..", "x//y///z", "/a/b/./c/../d/"]
for c in cases:
    print(repr(c), P.split(c), P.splitext(c), repr(P.basename(c)), repr(P.dirname(c)),
          P.isabs(c), repr(P.normpath(c)), P.splitdrive(c), P.normcase(c))
for c in cases[:12]:
    b = c.encode()
    print(P.split(b), P.splitext(b), P.basename(b), P.dirname(b), P.normpath(b))
joins = [("a",), ("a", "b"), ("a", ""), ("", ""), ("", "b"), ("/", "a"), ("a", "/b"), ("a/", "b"),
         ("a//", "b"), ("a", "b/"), ("a", "b", "/c", "d"), ("/a", "..", "b")]
for j in joins:
    print(j, repr(P.join(*j)), P.join(*[s.encode() for s in j]))
rels = [("/a/b", "/a"), ("/a", "/a/b"), ("/a/b/c", "/x/y"), ("/", "/a"), ("/a", "/"), ("a/b", "a/c"),
        ("/a/b", "/a/b")]
for a, b in rels:
    print(a, b, P.relpath(a, b), P.relpath(a.encode(), b.encode()))
for e in [[], ("a", "b")]:
    try:
        print(P.commonpath(e))
    except ValueError as ex:
        print("ValueError", ex)
print(P.commonpath(["/a/b", "/a/b/c", "/a/bc"]), P.commonpath(["a", "a/b"]), P.commonpath(["/"]),
      P.commonpath([b"/x/y", b"/x/z"]), P.commonpath(["./a/b", "a/c"]))
print(P.commonprefix(["/a/b", "/a/bc"]), P.commonprefix([["a", "b"], ["a", "c"]]), P.commonprefix(["x"]))
for bad in [lambda: P.join(1), lambda: P.join("a", 1), lambda: P.relpath(""), lambda: P.commonpath(["a", b"b"]),
            lambda: P.split(None), lambda: P.commonpath(["/a", "a"])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(P.sep, P.pathsep, P.curdir, P.pardir, P.extsep, P.altsep, P.devnull, P.defpath)
print(P.exists(""), P.isdir(""), P.isfile(""), P.exists("/"), P.isdir("/"), P.islink("/"), P.ismount("/"),
      P.exists("/definitely/not/here"), P.lexists("/"), P.exists(b"/"), P.exists("a\0b"))
print(P.samefile("/", "/."), P.samestat(__import__("os").stat("/"), __import__("os").stat("/")))
print(P.expandvars("$"), P.expandvars("${"), P.expandvars("a${NOPE_XYZ}b"), P.expandvars(b"$NOPE_XYZ"),
      P.expanduser("~nosuchuser_xyz/a"), P.expanduser(""), P.expanduser("a~"))
# os.PathLike is an ABC: any class with __fspath__ is a virtual subclass.
import os
class P:
    def __fspath__(self): return "x"
print(isinstance(P(), os.PathLike), isinstance("x", os.PathLike), issubclass(P, os.PathLike), isinstance(os.scandir("/").__next__(), os.PathLike))
class Q(os.PathLike):
    def __fspath__(self): return "q"
print(os.fspath(Q()), isinstance(Q(), os.PathLike))
try:
    os.PathLike()
except TypeError as e:
    print("TypeError", e)
