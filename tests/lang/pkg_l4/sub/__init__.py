# pkg_l4.sub: nested package importing from its parent with '..'.
from ..consts import MINOR
SUB_MINOR = MINOR * 10
print('pkg_l4.sub init', __name__, __package__)
