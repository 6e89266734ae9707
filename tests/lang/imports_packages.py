# Packages, submodules, relative imports, import forms.
import sys
import pkg_shapes
print(pkg_shapes.VERSION, pkg_shapes.Shape(), pkg_shapes.util.double(4))
print(pkg_shapes.__name__, pkg_shapes.__package__, pkg_shapes.__file__.endswith("pkg_shapes/__init__.py"))
print(type(pkg_shapes.__path__).__name__, len(pkg_shapes.__path__), pkg_shapes.__path__[0].endswith("pkg_shapes"))
print(hasattr(pkg_shapes, "geom"))
import pkg_shapes.geom
print(hasattr(pkg_shapes, "geom"), pkg_shapes.base.area(pkg_shapes.geom.Square(3)), pkg_shapes.geom.twice_area(pkg_shapes.geom.Square(2)))
import pkg_shapes.sub.deep
print(pkg_shapes.sub.deep.make(2), pkg_shapes.sub.deep.V)
import pkg_shapes.sub.deep as dp
print(dp is pkg_shapes.sub.deep, dp.__name__, dp.__package__)
from pkg_shapes.sub import deep
print(deep is dp)
from pkg_shapes import geom as g, util
print(g.area(g.Square(5)), util.double(21))
import pkg_shapes.util as pu
print(pu is util)
print(sorted([k for k in sys.modules if k.startswith("pkg_shapes")]))
print(pkg_shapes.sub.deep.u is util)
# namespace package (directory without __init__.py)
import pkg_ns.inner.leaf
print(pkg_ns.inner.leaf.LEAF, pkg_ns.__file__ if hasattr(pkg_ns, "__file__") else "no file")
from pkg_ns.inner import leaf
print(leaf.LEAF)
# relative import beyond the top-level package
try:
    import pkg_shapes.sub.beyond
except ImportError as e:
    print(type(e).__name__, e)
print("pkg_shapes.sub.beyond" in sys.modules)
# relative import from the main script
try:
    from . import mod_helper
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .mod_helper import x
except ImportError as e:
    print(type(e).__name__, e)
