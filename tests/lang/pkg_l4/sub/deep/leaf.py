# pkg_l4.sub.deep.leaf: three-level relative import.
from ... import consts
from ...util import helper
from .. import SUB_MINOR
def describe():
    return '%s %d %s' % (__name__, SUB_MINOR + consts.MINOR, helper('leaf'))
