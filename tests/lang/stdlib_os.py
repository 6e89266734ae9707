# os and os.path: paths, environment, files and directories, processes (fork/exec/wait4).
import os
import os.path
import sys

base = "/tmp/sparrow_stdlib_os_%d" % os.getpid()
os.mkdir(base)
old_cwd = os.getcwd()
os.chdir(base)
print(os.getcwd() == base, os.path.realpath(".") == os.path.realpath(base))

# ---- os.path, pure functions
print(os.path.join("a", "b", "c"), os.path.join("a/", "b"), os.path.join("a", "/b", "c"), os.path.join("", "x"))
print(os.path.split("/a/b/c.txt"), os.path.split("c.txt"), os.path.split("/"), os.path.split("//a//b//"))
print(os.path.splitext("a/b.tar.gz"), os.path.splitext(".bashrc"), os.path.splitext("a/.x.y"), os.path.splitext("noext"), os.path.splitext("a.b/c"))
print(os.path.basename("/a/b/"), os.path.basename("/a/b"), os.path.dirname("/a/b"), os.path.dirname("a"), os.path.dirname("/"))
print(os.path.isabs("/a"), os.path.isabs("a"), os.path.isabs(""))
for p in ["", ".", "/", "//", "///", "a/./b", "a/../b", "../a/../../b", "/../a", "a//b/", "//x/../y"]:
    print(repr(p), repr(os.path.normpath(p)))
print(os.path.relpath("/a/b/c", "/a/d/e"), os.path.relpath("/a", "/a"), os.path.relpath("x/y", "x"))
print(os.path.commonpath(["/usr/lib", "/usr/local/lib"]), os.path.commonpath(["a/b", "a/c"]), os.path.commonprefix(["interface", "internal"]), repr(os.path.commonprefix([])))
try:
    os.path.commonpath(["/a", "b"])
except ValueError as e:
    print("ValueError", e)
try:
    os.path.join("a", b"b")
except TypeError as e:
    print("TypeError", e)
print(os.path.join(b"x", b"y"), os.path.split(b"/a/b"), os.path.splitext(b"f.py"), os.path.normpath(b"a/../b"))
print(os.path.abspath("x/../y") == base + "/y", os.path.abspath("/q/./r"))
print(os.sep, os.pathsep, repr(os.linesep), os.curdir, os.pardir, os.extsep, os.altsep, os.devnull, os.name)

# ---- environment
os.environ["SPARROW_TEST_VAR"] = "value 1"
print(os.environ["SPARROW_TEST_VAR"], os.getenv("SPARROW_TEST_VAR"), os.getenv("SPARROW_NOPE"), os.getenv("SPARROW_NOPE", "dflt"))
print("SPARROW_TEST_VAR" in os.environ, os.environ.get("SPARROW_NOPE"))
print(os.path.expandvars("$SPARROW_TEST_VAR|${SPARROW_TEST_VAR}|$SPARROW_NOPE|$|${}|a$"))
print(os.path.expanduser("~") == os.environ["HOME"], os.path.expanduser("x~"), os.path.expanduser("~/a") == os.path.join(os.environ["HOME"], "a"))
del os.environ["SPARROW_TEST_VAR"]
print("SPARROW_TEST_VAR" in os.environ)
try:
    os.environ["SPARROW_NOPE"]
except KeyError as e:
    print("KeyError", e)
try:
    os.environ["X"] = 1
except TypeError as e:
    print("TypeError", e)
print(isinstance(os.get_exec_path(), list), os.get_exec_path({"PATH": "/a:/b"}))

# ---- files and directories
fd = os.open("f.txt", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b"hello world\n"), os.write(fd, bytearray(b"more\n")))
os.close(fd)
fd = os.open("f.txt", os.O_RDONLY)
print(os.read(fd, 5), os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, -5, os.SEEK_END), os.read(fd, 100), os.read(fd, 100))
st = os.fstat(fd)
print(st.st_size, len(st), st[6] == st.st_size, isinstance(st.st_mtime, float), isinstance(st.st_mtime_ns, int))
print(os.isatty(fd))
fd2 = os.dup(fd)
print(fd2 != fd, os.get_inheritable(fd2))
os.close(fd2)
os.close(fd)
st = os.stat("f.txt")
print(st.st_size, oct(st.st_mode & 0o777), st.st_mode & 0o170000 == 0o100000, st.st_nlink, int(st.st_mtime) == st[8], type(st).__name__)
print(os.path.getsize("f.txt"), os.path.exists("f.txt"), os.path.isfile("f.txt"), os.path.isdir("f.txt"), os.path.islink("f.txt"))
print(abs(os.path.getmtime("f.txt") - st.st_mtime) < 1e-6)
os.makedirs("d1/d2/d3")
os.makedirs("d1/d2/d3", exist_ok=True)
try:
    os.makedirs("d1/d2")
except FileExistsError as e:
    print("FileExistsError", e.errno, e.filename)
os.mkdir("d1/e")
with open("d1/d2/g.txt", "w") as f:
    f.write("g")
os.symlink("f.txt", "link")
print(os.path.islink("link"), os.readlink("link"), os.lstat("link").st_mode & 0o170000 == 0o120000, os.path.realpath("link") == os.path.realpath("f.txt"))
print(sorted(os.listdir(".")), sorted(os.listdir(b".")))
print(sorted((e.name, e.is_dir(), e.is_file(), e.is_symlink()) for e in os.scandir(".")))
for root, dirs, files in os.walk("d1"):
    dirs.sort()
    print(root, dirs, sorted(files))
for root, dirs, files in os.walk("d1", topdown=False):
    print(root, sorted(dirs), sorted(files))
os.rename("f.txt", "h.txt")
os.replace("h.txt", "f.txt")
print(os.path.exists("h.txt"), os.path.exists("f.txt"))
print(os.access("f.txt", os.R_OK), os.access("f.txt", os.F_OK), os.access("nope", os.F_OK))
os.truncate("f.txt", 3)
print(os.stat("f.txt").st_size)
os.utime("f.txt", (1000000000, 1200000000))
print(os.stat("f.txt").st_mtime, os.stat("f.txt").st_atime)
old = os.umask(0o022)
print(os.umask(old) == 0o022)

# ---- errors
def err(fn, *args):
    try:
        fn(*args)
    except Exception as e:
        print(type(e).__name__, e.args, e.errno if isinstance(e, OSError) else None, e.filename if isinstance(e, OSError) else None)

err(os.stat, "nonexistent")
err(os.listdir, "nonexistent")
err(os.mkdir, "d1")
err(os.rmdir, "d1")
err(os.rmdir, "f.txt")
err(os.remove, "nonexistent")
err(os.unlink, "d1")
err(os.chdir, "nonexistent")
err(os.rename, "nonexistent", "other")
err(os.open, "nonexistent", os.O_RDONLY)
err(os.read, 9999, 10)
err(os.close, 9999)
err(os.stat, 3.5)
err(os.stat, "a\0b")
err(os.kill, 999999999, 0)
err(os.waitpid, -1, 0)
err(os.execv, "/bin/true", [])
err(os.execv, "/bin/true", "x")
try:
    os.stat("missing")
except OSError as e:
    print(str(e))
try:
    os.rename("missing", "dst")
except OSError as e:
    print(str(e))

# ---- processes
r, w = os.pipe()
print(os.get_inheritable(r), os.get_inheritable(w))
pid = os.fork()
if pid == 0:
    os.close(r)
    os.dup2(w, 1)
    os.close(w)
    os.execv("/bin/sh", ["sh", "-c", "echo from child; exit 7"])
os.close(w)
out = b""
while True:
    chunk = os.read(r, 4096)
    if not chunk:
        break
    out += chunk
os.close(r)
wpid, status, usage = os.wait4(pid, 0)
print(out, wpid == pid, os.WIFEXITED(status), os.WEXITSTATUS(status), os.WIFSIGNALED(status), os.waitstatus_to_exitcode(status))
print(type(usage).__name__, usage.ru_utime >= 0, usage.ru_stime >= 0, usage.ru_maxrss > 0, isinstance(usage.ru_minflt, int), len(usage))
pid = os.fork()
if pid == 0:
    os.kill(os.getpid(), 9)
    os._exit(0)
wpid, status = os.waitpid(pid, 0)
print(os.WIFSIGNALED(status), os.WTERMSIG(status), os.waitstatus_to_exitcode(status))
pid = os.fork()
if pid == 0:
    os._exit(3)
print(os.waitpid(pid, 0)[1] >> 8)
pid = os.fork()
if pid == 0:
    os.execve("/bin/sh", ["sh", "-c", "exit $CODE"], {"CODE": "5"})
print(os.waitstatus_to_exitcode(os.wait()[1]))
pid = os.fork()
if pid == 0:
    os.execvp("sh", ["sh", "-c", "exit 6"])
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
print(os.getpid() > 0, os.getppid() > 0, os.getpid() != os.getppid(), isinstance(os.getuid(), int))
u = os.uname()
print(type(u).__name__, len(u), u.sysname == u[0], isinstance(u.machine, str), u.sysname)
print(isinstance(os.cpu_count(), int) and os.cpu_count() >= 1)
print(len(os.urandom(16)), type(os.urandom(0)))
print(os.strerror(2), os.strerror(13))
print(os.fspath("a"), os.fspath(b"b"))
class P:
    def __fspath__(self):
        return "f.txt"
print(os.fspath(P()), os.path.exists(P()), os.stat(P()).st_size, os.fsencode("x"), os.fsdecode(b"y"))
try:
    os.fspath(1)
except TypeError as e:
    print("TypeError", e)
t = os.times()
print(len(t), t.user >= 0)

# ---- clean up
os.remove("link")
os.remove("f.txt")
os.remove("d1/d2/g.txt")
os.removedirs("d1/d2/d3")
os.rmdir("d1/e")
os.rmdir("d1")
print(os.listdir("."))
os.chdir(old_cwd)
os.rmdir(base)
print(os.path.exists(base))
