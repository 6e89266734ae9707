# An invalid pattern in the middle of a program: re.error with CPython's position.
import re

print(re.findall(r"\d+", "a1b22"))
re.compile("(a|b")
