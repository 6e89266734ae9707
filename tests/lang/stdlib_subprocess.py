# subprocess: run, Popen, pipes, communicate, errors, and the convenience functions.
import os
import subprocess
import sys

PIPE = subprocess.PIPE
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)

r = subprocess.run(["/bin/sh", "-c", "echo hi; echo err >&2; exit 3"], capture_output=True)
print(r)
print(r.args, r.returncode, r.stdout, r.stderr)
r = subprocess.run("echo $((1+2))", shell=True, stdout=PIPE, text=True)
print(r)
r = subprocess.run(["echo", "a", "b c"], stdout=PIPE, universal_newlines=True)
print(repr(r.stdout))
print(subprocess.run(["cat"], input=b"data in\n", stdout=PIPE).stdout)
print(subprocess.run(["cat"], input="text in\r\nx", capture_output=True, text=True))
print(subprocess.run(["true"]))
print(subprocess.run("exit 2", shell=True).returncode)
print(subprocess.run(["sh", "-c", "echo o; echo e >&2"], stdout=PIPE, stderr=subprocess.STDOUT).stdout)
print(subprocess.run(["sh", "-c", "echo o; echo e >&2"], stdout=subprocess.DEVNULL, stderr=PIPE))
print(subprocess.run(["cat"], stdin=subprocess.DEVNULL, stdout=PIPE).stdout)
print(subprocess.run(["/bin/sh", "-c", "echo $FOO-$BAR"], env={"FOO": "foo", "PATH": "/bin:/usr/bin"}, stdout=PIPE).stdout)
print(subprocess.run(["pwd"], cwd="/", stdout=PIPE).stdout)
print(subprocess.run(["sh", "-c", "echo héllo"], stdout=PIPE, encoding="utf-8").stdout)

# Large outputs on both pipes at once, with large input: communicate must not deadlock.
big = b"x" * 300000 + b"\n"
r = subprocess.run(["/bin/sh", "-c", "cat; head -c 200000 /dev/zero >&2; cat /dev/null"], input=big, capture_output=True)
print(len(r.stdout), len(r.stderr), r.stdout == big, r.returncode)

# Files and descriptors as stdout.
base = "/tmp/sparrow_stdlib_subprocess_%d" % os.getpid()
os.mkdir(base)
path = os.path.join(base, "out.txt")
with open(path, "w") as f:
    subprocess.run(["echo", "to file"], stdout=f)
with open(path, "ab") as f:
    subprocess.run(["echo", "via fd"], stdout=f.fileno())
with open(path) as f:
    print(f.read())
with open(path) as f:
    print(subprocess.run(["tr", "a-z", "A-Z"], stdin=f, stdout=PIPE).stdout)
os.remove(path)
os.rmdir(base)

# Errors.
for cmd, kw in [(["nonexistent-program-xyz"], {}), (["/nonexistent/prog"], {}), (["ls"], {"cwd": "/nonexistent_dir"}), (["/etc/passwd"], {}), (["/"], {})]:
    try:
        subprocess.run(cmd, **kw)
    except OSError as e:
        print(type(e).__name__, e.errno, e.filename, e)
try:
    subprocess.run(["false"], check=True)
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e, e.returncode, e.cmd, e.output, e.stdout, e.stderr)
try:
    subprocess.run(["sh", "-c", "echo out; exit 4"], check=True, capture_output=True)
except subprocess.CalledProcessError as e:
    print(e, e.output, e.stderr)
try:
    subprocess.run(["sh", "-c", "kill -9 $$"], check=True)
except subprocess.CalledProcessError as e:
    print(e, e.returncode)
try:
    subprocess.run(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd, e.timeout > 0)
print(issubclass(subprocess.CalledProcessError, subprocess.SubprocessError), issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError))
print(str(subprocess.TimeoutExpired(["x"], 1.5)), str(subprocess.CalledProcessError(1, "cmd")), str(subprocess.CalledProcessError(-15, ["a"])))
for kw in [{"input": b"x", "stdin": PIPE}, {"capture_output": True, "stdout": PIPE}]:
    try:
        subprocess.run(["true"], **kw)
    except ValueError as e:
        print("ValueError", e)
try:
    subprocess.check_output(["true"], stdout=PIPE)
except ValueError as e:
    print("ValueError", e)

# Convenience functions.
print(subprocess.check_output(["echo", "out"]))
print(subprocess.check_output("echo out; echo err >&2", shell=True, stderr=subprocess.STDOUT, text=True))
print(subprocess.check_output(["cat"], input=b"piped"))
print(subprocess.call(["true"]), subprocess.call("exit 5", shell=True), subprocess.check_call(["true"]))
try:
    subprocess.check_call(["sh", "-c", "exit 9"])
except subprocess.CalledProcessError as e:
    print(e)
print(subprocess.getstatusoutput("echo a; exit 4"))
print(subprocess.getstatusoutput("echo ok"))
print(repr(subprocess.getoutput("printf 'x\\ny\\n\\n'")))
print(subprocess.getoutput("echo err >&2"))

# Popen.
p = subprocess.Popen(["cat"], stdin=PIPE, stdout=PIPE, text=True)
out, err = p.communicate("hello\r\nworld")
print(repr(out), err, p.returncode, p.pid > 0, p.poll())
p = subprocess.Popen(["sh", "-c", "echo line1; echo line2; exit 1"], stdout=PIPE)
print(p.stdout.readline(), p.stdout.read(), p.wait(), p.returncode)
p.stdout.close()
print(repr(p))
p = subprocess.Popen(["sh", "-c", "read x; echo got $x"], stdin=PIPE, stdout=PIPE)
p.stdin.write(b"abc\n")
p.stdin.flush()
print(p.stdout.readline())
p.stdin.close()
print(p.wait())
p.stdout.close()
with subprocess.Popen(["sleep", "10"]) as p:
    print(p.poll())
    p.terminate()
print(p.returncode)
with subprocess.Popen(["sleep", "10"]) as p:
    p.kill()
print(p.returncode)
p = subprocess.Popen(["sleep", "10"])
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e.timeout)
p.send_signal(9)
print(p.wait())
p.kill()
with subprocess.Popen(["sh", "-c", "echo ctx"], stdout=PIPE) as p:
    print(p.stdout.read())
print(p.returncode, p.stdout.closed)
p = subprocess.Popen(["echo", "args"], stdout=PIPE, text=True)
print(p.communicate(), p.args, p.universal_newlines)
p = subprocess.Popen(["sh", "-c", "exit 0"])
print(p.communicate(), p.returncode)
# No zombies: every child is waited for.
print(os.waitpid(-1, os.WNOHANG) if False else "ok")
try:
    os.waitpid(-1, os.WNOHANG)
except ChildProcessError as e:
    print("ChildProcessError", e.errno)
