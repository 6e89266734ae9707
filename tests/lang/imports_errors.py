# Import failures with CPython's exceptions and messages.
import sys
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, isinstance(e, ImportError))
try:
    import mod_helper.sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    import pkg_shapes.nothing
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from pkg_shapes import nothing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    from mod_helper import nothing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    import no_such_pkg.sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
# a module that fails is removed from sys.modules and runs again on the next import
for i in range(2):
    try:
        import mod_fails
    except ValueError as e:
        print("ValueError", e, "mod_fails" in sys.modules)
# None in sys.modules blocks the import
sys.modules["blocked_mod"] = None
try:
    import blocked_mod
except ImportError as e:
    print(type(e).__name__, e)
# circular imports: partially initialised modules
import pkg_circ.a
print(pkg_circ.a.fa())
try:
    import pkg_circ.c
except ImportError as e:
    msg = str(e)
    print(type(e).__name__, msg[:msg.index(" (/")] if " (/" in msg else msg)
print("pkg_circ.c" in sys.modules, "pkg_circ.d" in sys.modules)
