# sys.executable is the absolute path of the running interpreter.
import sys
print(type(sys.executable).__name__, sys.executable.startswith('/'), len(sys.executable) > 1)
print(sys.executable.rsplit('/', 1)[-1] != '')
