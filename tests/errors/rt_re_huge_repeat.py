# A repetition count past MAXREPEAT: OverflowError, not a huge allocation.
import re

print(re.match("a{5}", "aaaaa").span())
re.compile("(?:ab){1,99999999999999999999}")
