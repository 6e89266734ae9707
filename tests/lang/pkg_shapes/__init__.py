# A package for imports_*.py tests.
print("init pkg_shapes", __name__, __package__)
from .base import Shape
from . import util
VERSION = "1.0"
__all__ = ["Shape", "VERSION", "geom"]
