# subprocess.list2cmdline: MS C runtime quoting rules (available on every platform).
import subprocess
cases = [
    ["a", "b", "c"], ["a b", "c"], [""], ["a\tb"], ['ab"c'], ['a\\b'], ['a\\\\b'], ['a\\"b'],
    ['a b\\'], ['a b\\\\'], ['x\\'], ['"'], ['\\"'], ['a "b c" d'], ["C:\\Program Files\\x"],
    [], ["ends\\", "with space\\"], [b"bytes arg"],
]
for c in cases:
    print(repr(c), "->", repr(subprocess.list2cmdline(c)))
try:
    subprocess.list2cmdline([1])
except TypeError as e:
    print(type(e).__name__, e)
