# A sub() template naming a missing group: re.error from the template parser.
import re

re.sub(r"(\w+)", r"\2", "hello")
