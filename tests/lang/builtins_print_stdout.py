# print() writes to the current sys.stdout: a replaced stream object receives the text, and
# print does nothing while sys.stdout is None.
import sys

class Buf:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append("<flush>")

old = sys.stdout
b = Buf()
sys.stdout = b
print("hello", 1)
print("x", "y", sep="-", end="", flush=True)
sys.stdout = None
print("dropped")
sys.stdout = old
print(b.parts)
print("to stdout", file=None)
