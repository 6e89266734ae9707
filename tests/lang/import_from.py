# import-as, from-import, sys.modules, missing modules (beyond the core `import X`).
import sys
import mod_helper as mh
print(mh.greet("alias"), mh.__name__)
from mod_helper import greet, table as tbl
print(greet("from-import"), tbl)
import mod_helper
print(mh is mod_helper, 'mod_helper' in sys.modules, mh.counter)
from mod_helper import bump
print(bump(), mh.counter)
try:
    import mod_does_not_exist
except ImportError as e:
    print(type(e).__name__, e)
try:
    from mod_helper import nothing_here
except ImportError as e:
    print(type(e).__name__)
