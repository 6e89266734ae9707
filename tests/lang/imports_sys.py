# sys.modules caching and insertion, sys.path walking, __name__/__main__, star imports.
import sys
print(__name__, __package__, __spec__)
print(sys.path[0] == __file__.rsplit("/", 1)[0])
import mod_main_check
print(mod_main_check.run(), mod_main_check.__name__)
# manual insertion into sys.modules
fake = type(sys)("fake_module")
fake.answer = 42
sys.modules["fake_module"] = fake
import fake_module
print(fake_module.answer)
from fake_module import answer
print(answer)
# a module replacing itself in sys.modules
import mod_selfreplace
print(mod_selfreplace["value"])
# cached: same object, not re-run
import mod_main_check as again
print(again is mod_main_check, sys.modules["mod_main_check"] is mod_main_check)
# removing from sys.modules forces a re-run
del sys.modules["mod_main_check"]
import mod_main_check
print(again is mod_main_check)
# star imports
from mod_star_all import *
print(alpha, _hidden)
try:
    beta
except NameError as e:
    print(e)
from mod_star_public import *
print(alpha2, fn2())
try:
    _private2
except NameError as e:
    print(e)
try:
    _sys
except NameError as e:
    print(e)
from pkg_shapes import *
print(VERSION, Shape.__name__, geom.area(geom.Square(2)))
# sys.path extended at run time
sys.path.append(sys.path[0] + "/pkg_ns/inner")
import leaf
print(leaf.__name__, leaf.__package__, leaf.LEAF)
try:
    import deep
except ModuleNotFoundError as e:
    print(e)
sys.path.append(sys.path[0] + "/pkg_shapes/sub")
try:
    import deep
except ImportError as e:
    print(type(e).__name__, e)
