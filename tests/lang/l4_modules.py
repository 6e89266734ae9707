# Modules: import forms, packages, relative imports, __name__, sys.modules, sys.path, circular imports, errors.
import sys
print(__name__, __name__ == '__main__')
import pkg_l4
print(pkg_l4.VERSION, pkg_l4.helper(1), pkg_l4.__name__, type(pkg_l4).__name__)
import pkg_l4.sub.deep.leaf
print(pkg_l4.sub.deep.leaf.describe(), pkg_l4.sub.SUB_MINOR)
import pkg_l4.sub.deep.leaf as leaf
print(leaf.describe() == pkg_l4.sub.deep.leaf.describe(), leaf is sys.modules['pkg_l4.sub.deep.leaf'])
from pkg_l4 import util, consts as C
from pkg_l4.sub import SUB_MINOR as SM
print(util.__name__, C.MINOR, SM)
from pkg_l4 import *
print(helper('star'), VERSION, public, 'hidden' in dir())
from mod_l4_star import *
print(visible, func(), '_invisible' in dir())
import mod_l4_main
print(mod_l4_main.main(), mod_l4_main.__name__)
import mod_l4_main as again
print(again is mod_l4_main)
print(sorted(k for k in sys.modules if k.startswith('pkg_l4')))
print('pkg_l4' in sys.modules, sys.modules['pkg_l4'] is pkg_l4, sys.modules['__main__'].__name__)
print(sys.path[0].endswith('lang'), isinstance(sys.path, list))

# circular import
import mod_l4_circ_a
print(mod_l4_circ_a.from_b(), mod_l4_circ_a.A_LATE, mod_l4_circ_a.mod_l4_circ_b.SEEN)
print(getattr(mod_l4_circ_a.mod_l4_circ_b, 'SEEN_ERR', 'imported fine'))

# import errors
for stmt in ('import no_such_module_l4', 'import pkg_l4.nope', 'from pkg_l4 import nope', 'from no_such_pkg_l4.x import y',
             'import pkg_l4.consts.MINOR', 'from mod_l4_star import missing_name'):
    try:
        exec(stmt)
    except ImportError as e:
        msg = str(e).split(' (')[0]
        print(type(e).__name__ + ':', msg, '| name =', e.name)
try:
    import mod_l4_bad
except ValueError as e:
    print('ValueError:', e, '| in sys.modules:', 'mod_l4_bad' in sys.modules)
try:
    import mod_l4_bad
except ValueError as e:
    print('again ValueError:', e)

# modules are objects with attributes
import mod_l4_star as m
m.added = 'new attr'
print(m.added, hasattr(m, 'visible'), sorted(n for n in dir(m) if not n.startswith('__')))
print(m.__name__, m.__doc__ is None or m.__doc__[:6], '__file__' in dir(m))
try:
    m.nothing
except AttributeError as e:
    print('AttributeError:', e)
del m.added
print(hasattr(m, 'added'))

# importing inside a function binds a local name
def local_import():
    import pkg_l4.consts as pc
    return pc.NAMES
print(local_import(), 'pc' in globals())

# __import__ builtin
mod = __import__('pkg_l4.util')
print(mod.__name__, __import__('pkg_l4.util', fromlist=['helper']).__name__)
# relative import outside a package
try:
    exec('from . import something')
except ImportError as e:
    print('ImportError:', e)
