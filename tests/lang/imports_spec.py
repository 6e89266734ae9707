# Imported modules carry a module spec (__spec__) as importlib's ModuleSpec: name, parent,
# origin, submodule_search_locations; the main script's __spec__ is None.
import mod_helper
import pkg_shapes
import pkg_shapes.geom
import pkg_ns.inner.leaf

print(__spec__)
for m in (mod_helper, pkg_shapes, pkg_shapes.geom, pkg_ns, pkg_ns.inner, pkg_ns.inner.leaf):
    spec = m.__spec__
    print(type(spec).__name__, type(spec).__module__, spec.name, repr(spec.parent), spec.has_location)
    print(' ', spec.name == m.__name__, spec.parent == m.__package__, hasattr(m, '__loader__'))
    print(' ', spec.origin is None or spec.origin == m.__file__,
          spec.origin is None or spec.origin.endswith(('.py', '__init__.py')))
    locations = spec.submodule_search_locations
    print(' ', locations is None, locations is None or list(locations) == list(m.__path__))
print(pkg_shapes.__spec__.origin.endswith('pkg_shapes/__init__.py'), pkg_ns.__spec__.origin)
print(mod_helper.__spec__ == mod_helper.__spec__, mod_helper.__spec__ == pkg_shapes.__spec__)
print(__import__('sys').modules['mod_helper'].__spec__.name)
