# sys.stdin/stdout/stderr.fileno() are the standard descriptors.
import os
import sys

print(sys.stdin.fileno(), sys.stdout.fileno(), sys.stderr.fileno())
sys.stdout.flush()
os.write(sys.stdout.fileno(), b'written to fd 1\n')
try:
    sys.stdout.fileno(1)
except TypeError as e:
    print(type(e).__name__)
