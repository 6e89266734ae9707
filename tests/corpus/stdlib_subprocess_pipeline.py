# Subprocess pipeline: subprocess.run with /bin/sh, cat, echo, sort, wc.
import subprocess
import os

r = subprocess.run(["echo", "hello", "world"], capture_output=True)
print(r.returncode, r.stdout, r.stderr, r.args)

r = subprocess.run(["cat"], input=b"piped\ninput\n", stdout=subprocess.PIPE)
print(r.stdout.decode().splitlines())

r = subprocess.run(["sort"], input="pear\napple\nfig\n", capture_output=True, text=True)
print(repr(r.stdout))

r = subprocess.run("echo out; echo err >&2; exit 3", shell=True, capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print("CalledProcessError", e.returncode, e)

try:
    subprocess.run(["/bin/sh", "-c", "exit 2"], check=True)
except subprocess.CalledProcessError as e:
    print("check=True ->", e.returncode, e.cmd)

out = subprocess.check_output(["/bin/sh", "-c", "printf 'a b\\nc\\n' | wc -l"])
print(int(out.strip()))
print(subprocess.check_output("echo $((6*7))", shell=True, text=True).strip())
print(subprocess.call(["true"]), subprocess.call(["false"]))

r = subprocess.run(["/bin/sh", "-c", "echo $SPARROW_X"], env={"SPARROW_X": "from-env", "PATH": os.environ.get("PATH", "/bin")},
                   capture_output=True, text=True)
print(r.stdout.strip())
r = subprocess.run(["pwd"], cwd="/", capture_output=True, text=True)
print(r.stdout.strip())
r = subprocess.run(["sh", "-c", "cat >&2"], input=b"to-stderr", stdout=subprocess.DEVNULL,
                   stderr=subprocess.STDOUT)
print(r.stdout, r.returncode)
r = subprocess.run(["sh", "-c", "echo x; echo y >&2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(sorted(r.stdout.split()))

try:
    subprocess.run(["/definitely/not/here"])
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b"through popen")
print(out, err, p.returncode)

p = subprocess.Popen(["sh", "-c", "exit 5"])
print(p.wait(), p.returncode, p.poll())

words = "the cat sat on the mat the end".split()
text = "\n".join(words) + "\n"
step1 = subprocess.run(["sort"], input=text, capture_output=True, text=True).stdout
step2 = subprocess.run(["uniq", "-c"], input=step1, capture_output=True, text=True).stdout
counts = sorted(((int(n), w) for n, w in (l.split() for l in step2.splitlines())), reverse=True)
print(counts[:3])

r = subprocess.run(["sh", "-c", "for i in 1 2 3; do echo line$i; done"], capture_output=True, text=True)
for i, line in enumerate(r.stdout.splitlines()):
    print(i, line)
try:
    subprocess.run(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", 0 < e.timeout <= 0.2, e.cmd)
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
print(repr(subprocess.CompletedProcess(["x"], 0)))
