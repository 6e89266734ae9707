# A pattern nested 100,000 groups deep: RecursionError from the parser, never a C stack overflow.
import re

re.compile("(" * 100000 + "a" + ")" * 100000)
