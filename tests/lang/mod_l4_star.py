# Helper for 'from mod_l4_star import *' without __all__: underscore names are skipped.
visible = 1
_invisible = 2
def func():
    return 'func'
