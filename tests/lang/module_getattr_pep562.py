# PEP 562: a module-level __getattr__ serves missing attributes.
import sys
m = type(sys)('m')
m.x = 1
def hook(name):
    if name == 'lazy':
        return 'computed'
    raise AttributeError(f'module m has no attribute {name!r}')
m.__getattr__ = hook
print(m.x, m.lazy, getattr(m, 'lazy'), hasattr(m, 'other'), getattr(m, 'other', 'dflt'))
try:
    m.other
except AttributeError as e:
    print(e)
del m.__getattr__
try:
    m.lazy
except AttributeError as e:
    print(e)
