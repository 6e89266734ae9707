# __all__ with a non-str item.
from mod_bad_all import *
