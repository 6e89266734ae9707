# sys.stdin/stdout/stderr: reading (through a child process fed by a pipe), writing, attributes.
import sys
import subprocess


def child(prog, data):
    r = subprocess.run([sys.executable, '-c', prog], input=data, capture_output=True, text=True)
    print(repr(r.stdout), r.returncode)
    if r.returncode:
        print(r.stderr.strip().splitlines()[-1])


child('import sys; print(repr(sys.stdin.read()))', 'one\ntwo\nthree')
child('import sys; print(repr(sys.stdin.read(5)), repr(sys.stdin.read(-1)), repr(sys.stdin.read()))', 'héllo wörld\n')
child('import sys; print(repr(sys.stdin.read(None)))', 'abc')
child('import sys; print(repr(sys.stdin.readline()), repr(sys.stdin.readline(2)), repr(sys.stdin.readline(100)),'
      ' repr(sys.stdin.readline()), repr(sys.stdin.readline()))', 'first\nsecond\nthird')
child('import sys; print(repr(sys.stdin.readline(0)), repr(sys.stdin.readline(-1)), repr(sys.stdin.readline(True)))',
      'a\nb\n')
child('import sys\ntry:\n    sys.stdin.readline(None)\nexcept TypeError as e:\n    print(e)\n'
      'print(sys.stdin.readlines(None), repr(sys.stdin.read()))', 'a\nb\n')
child('import sys; print(sys.stdin.readlines())', 'x\ny\n\nz')
child('import sys; print(sys.stdin.readlines(3)); print(sys.stdin.readlines())', 'ab\ncd\nef\n')
child('import sys\nfor line in sys.stdin:\n    print(repr(line))', 'l1\nl2\nl3')
child('import sys\nprint(repr(next(sys.stdin)))\nprint(list(sys.stdin))\ntry:\n    next(sys.stdin)\n'
      'except StopIteration:\n    print("stop")', 'α\nβ\nγ\n')
child('import sys; print(iter(sys.stdin) is sys.stdin, sys.stdin.readable(), sys.stdin.writable(),'
      ' sys.stdin.seekable())', '')
child('import sys\ntry:\n    sys.stdin.readline("x")\nexcept TypeError as e:\n    print(e)\n'
      'try:\n    sys.stdin.read(1.5)\nexcept TypeError as e:\n    print(e)\n'
      'try:\n    sys.stdin.write("x")\nexcept OSError as e:\n    print(type(e).__name__, e)\n'
      'try:\n    sys.stdin.writelines(["x"])\nexcept OSError as e:\n    print(type(e).__name__, e)\n'
      'print(repr(sys.stdin.read()))', 'data')
child('import sys; sys.stdout.write("out\\n"); sys.stderr.write("err\\n"); sys.stdout.flush()', '')

import io
for name in ('read', 'readline', 'readlines'):
    try:
        getattr(sys.stdout, name)()
    except io.UnsupportedOperation as e:
        print(name, type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
try:
    next(sys.stdout)
except io.UnsupportedOperation as e:
    print('next', e)

for s in (sys.stdin, sys.stdout, sys.stderr):
    print(s.name, s.mode, s.encoding, s.closed, s.newlines, s.readable(), s.writable(), s.fileno())
print(sys.stderr.errors, sys.stdout.line_buffering == sys.stdout.isatty())
print(sys.stdout.write('hé\n'))
sys.stdout.writelines(['a', 'b\n', 'c\n'])
sys.stdout.writelines(iter(()))
sys.stdout.writelines(x + '\n' for x in 'de')
for bad in (5, b'x', None):
    try:
        sys.stdout.write(bad)
    except TypeError as e:
        print(e)
try:
    sys.stdout.writelines(['ok\n', 3])
except TypeError as e:
    print(e)
try:
    sys.stdout.writelines(5)
except TypeError as e:
    print(e)
sys.stdout.flush()
print(sys.__stdout__ is sys.stdout, sys.__stdin__ is sys.stdin)
