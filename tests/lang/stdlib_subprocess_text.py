# subprocess text-mode pipes, os.popen, os.system, os.fdopen.
import subprocess, os
p = subprocess.Popen(["sh", "-c", "printf 'a\\r\\nb\\nc'"], stdout=subprocess.PIPE, text=True)
print([l for l in p.stdout]); p.wait(); p.stdout.close()
with os.popen("echo popen; exit 3") as f:
    print(f.read())
print(os.popen("exit 3").close(), os.system("exit 2") >> 8)
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
print("x", file=p.stdin); p.stdin.flush()
print(repr(p.stdout.readline())); p.stdin.close(); p.wait(); p.stdout.close()
f = os.fdopen(os.open("/dev/null", os.O_RDONLY)); print(f.read() == "", f.mode); f.close()
# Writing to a child that has exited raises BrokenPipeError (the interpreter is not killed by SIGPIPE).
print(subprocess.run(["true"], input=b"x" * 1000000))
print(subprocess.run(["head", "-c", "10"], input=b"y" * 1000000, capture_output=True).stdout)
p = subprocess.Popen(["true"], stdin=subprocess.PIPE)
p.wait()
try:
    p.stdin.write(b"z" * 100000)
    p.stdin.flush()
except BrokenPipeError as e:
    print("BrokenPipeError", e.errno)
p.stdin = None
