# A program split across modules: import forms, module attributes, __all__ and star import, module state, __name__ checks.
import sys
import mod_corpus_geometry
import mod_corpus_geometry as g
from mod_corpus_geometry import *
from mod_corpus_textutil import slug, describe
import mod_corpus_textutil as tu

print(__name__, mod_corpus_geometry.__name__, mod_corpus_geometry is g, g.__doc__)
print(mod_corpus_geometry.LOADED, 'mod_corpus_textutil' in sys.modules, tu.geo is g)
square = [Point(0, 0), Point(3, 0), Point(3, 4), Point(0, 4)]
print(square, distance(square[0], square[2]), perimeter(square), describe(square))
print('_internal' in dir(), hasattr(g, '_internal'), g._internal())
try:
    _internal()
except NameError as e:
    print('NameError:', e)
g.PRECISION = 1
print(distance(Point(0, 0), Point(1, 1)), perimeter([Point(0, 0), Point(1, 1), Point(2, 0)]))
for title in ['Hello, World!', '  Sparrow VM  Notes ', 'A/B testing & more']:
    print(repr(slug(title)))
print('slug calls', tu.calls)
import mod_corpus_textutil
print(mod_corpus_textutil.calls, mod_corpus_textutil is tu)
try:
    from mod_corpus_geometry import does_not_exist
except ImportError as e:
    print('ImportError:', str(e).split(' (')[0])
try:
    import mod_corpus_missing
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e)

def main(argv):
    names = sorted(n for n in vars(g) if not n.startswith('__'))
    print('module names:', names)
    return 0

if __name__ == '__main__':
    status = main(sys.argv)
    print('exit status', status)

# a small plugin loader built on import machinery
PLUGINS = ['mod_corpus_geometry', 'mod_corpus_textutil', 'mod_corpus_nothing']
def load_plugins(names):
    loaded, failed = {}, []
    for name in names:
        try:
            mod = __import__(name)
        except ImportError as e:
            failed.append((name, type(e).__name__))
            continue
        loaded[name] = sorted(k for k in vars(mod) if not k.startswith('_') and callable(getattr(mod, k)))
    return loaded, failed
loaded, failed = load_plugins(PLUGINS)
for name, funcs in loaded.items():
    print(f'{name}: {funcs}')
print('failed:', failed)
print(sys.modules['mod_corpus_geometry'] is g, type(g).__name__, g.__name__ in sys.modules)
geo_api = {name: getattr(g, name) for name in g.__all__}
print(sorted(geo_api), geo_api['distance'](Point(0, 0), Point(0, 2)))
