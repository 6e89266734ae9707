# Package used by l4_modules.py: exercises __init__, relative imports and __all__.
print('pkg_l4 init, __name__ =', __name__, ', __package__ =', __package__)
from .util import helper
from . import consts as _consts
VERSION = '1.' + str(_consts.MINOR)
__all__ = ['helper', 'VERSION', 'public']
public = 'public value'
hidden = 'not in __all__'
