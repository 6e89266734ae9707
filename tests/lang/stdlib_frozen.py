# Frozen modules: the pure-Python standard library is compiled into the binary and imported
# after the built-in C modules and before sys.path (CPython 3.11 freezes __hello__/__phello__ too).
import sys

import __hello__
__hello__.main()
print(__hello__.initialized, __hello__.__name__, repr(__hello__.__package__))
print(__hello__.__spec__.name, __hello__.__spec__.origin, __hello__.__spec__.has_location)
print(__hello__.__spec__.submodule_search_locations, __hello__.__spec__.parent == '')
print(hasattr(__hello__, '__path__'))
print(__hello__.TestFrozenUtf8_1.__doc__ == '\u00b6', __hello__.TestFrozenUtf8_2.__doc__ == '\u03c0',
      __hello__.TestFrozenUtf8_4.__doc__ == '\U0001f600')
print(type(__hello__.main).__name__, __hello__.main.__module__, __hello__.main.__code__.co_filename)
print('__hello__' in sys.modules, '__hello__' in sys.builtin_module_names)

# A second import returns the same module object.
import __hello__ as again
print(again is __hello__)

# Packages: __path__ is a list, __package__ names the package, submodules bind as attributes.
import __phello__.spam
print(__phello__.__name__, __phello__.__package__, type(__phello__.__path__).__name__)
print(__phello__.__spec__.origin, __phello__.__spec__.parent, __phello__.__spec__.submodule_search_locations is not None)
print(__phello__.spam.__name__, __phello__.spam.__package__, __phello__.spam.__spec__.parent)
print(__phello__.spam is sys.modules['__phello__.spam'], __phello__.spam.initialized)
__phello__.spam.main()

from __phello__.ham import eggs
import __phello__.ham
print(eggs.__name__, eggs.__package__, __phello__.ham.__package__, __phello__.ham.eggs is eggs)
print(sorted(k for k in vars(eggs) if k.startswith('__') and k not in ('__file__', '__cached__', '__loader__')))

# Relative imports resolve against a frozen package's names.
g = {'__name__': '__phello__.ham.eggs', '__package__': '__phello__.ham'}
m = __import__('spam', g, None, ['main'], 2)
print(m.__name__, m is __phello__.spam)
m = __import__('', g, None, ['eggs'], 1)
print(m.__name__)
try:
    __import__('nothere', g, None, ['x'], 2)
except ImportError as e:
    print(type(e).__name__, e)

# Frozen code objects name their file "<frozen NAME>" (tests/errors/rt_frozen_traceback).
print(__phello__.spam.main.__code__.co_filename, __phello__.spam.main.__code__.co_firstlineno)

# Running a frozen module's code again is independent of the first import.
del sys.modules['__hello__']
import __hello__ as fresh
print(fresh is __hello__, fresh.initialized)

try:
    import __phello__.nothere
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
