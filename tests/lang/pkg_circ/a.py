print("a start")
from . import b
X = 1
def fa():
    return "fa+" + b.fb()
print("a end")
