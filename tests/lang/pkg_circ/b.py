print("b start")
from . import a
def fb():
    return "fb sees X=%d" % a.X
print("b end")
