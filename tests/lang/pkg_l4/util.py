# pkg_l4.util: a plain submodule with a relative import of a sibling.
from .consts import MINOR, NAMES
print('pkg_l4.util loaded as', __name__)
def helper(x):
    return 'helper(%s) minor=%d names=%s' % (x, MINOR, ','.join(NAMES))
