import types, sys
for n in ['FunctionType','LambdaType','MethodType','BuiltinFunctionType','BuiltinMethodType','ModuleType','GeneratorType','CodeType','CellType','NoneType','NotImplementedType','EllipsisType','TracebackType','MemberDescriptorType','MethodDescriptorType']:
    print(n, getattr(types, n).__name__)
mp = types.MappingProxyType({'a': 1, 'b': 2})
print(mp, type(mp).__name__, mp['a'], len(mp), list(mp), 'a' in mp, mp.get('z', 0), mp == {'a': 1, 'b': 2})
print(list(mp.items()), mp.copy(), mp | {'c': 3})
try: mp['x'] = 1
except TypeError as e: print(e)
try: del mp['a']
except TypeError as e: print(e)
try: types.MappingProxyType([1])
except TypeError as e: print(e)
ns = types.SimpleNamespace(x=1, y='s')
print(ns, ns.x, ns == types.SimpleNamespace(y='s', x=1))
print(repr(types.SimpleNamespace()))
C = types.new_class('C', (object,), {}, lambda ns: ns.update(v=5))
print(C.__name__, C.v, C.__mro__[-1])
print(types.prepare_class('D', (int,)))
print(types.resolve_bases((int, str)))
class M:
    def __mro_entries__(self, bases): return (dict,)
print(types.resolve_bases((M(), int)))
D = types.new_class('D', (M(),))
print(D.__orig_bases__[0].__class__.__name__, D.__bases__)
class E:
    def __init__(self): self._v = 3
    @types.DynamicClassAttribute
    def v(self): return self._v
print(E().v)
try: E.v
except AttributeError as e: print('AttributeError', e)
def g(): yield 1
print(types.coroutine(g) is g, isinstance(g(), types.GeneratorType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(sys, types.ModuleType), types.ModuleType('m').__name__)
print(types.GenericAlias(list, (int,)), int | None)
print(isinstance(int | str, types.UnionType))
def mk():
    a = 5
    return lambda: a
print(isinstance(mk().__closure__[0], types.CellType))
try: 1/0
except Exception as e: print(isinstance(e.__traceback__, types.TracebackType))
print(type(sys.implementation).__name__, isinstance(sys.implementation, types.SimpleNamespace))
print(types.GenericAlias is type(list[int]), types.UnionType is type(int | str))
impl = sys.implementation
print(type(impl) is types.SimpleNamespace, isinstance(impl.name, str), isinstance(impl.hexversion, int))
print(impl.version == sys.version_info or tuple(impl.version) == tuple(sys.version_info))
NS = types.SimpleNamespace
n = NS(b=1, a=2)
print(n, n == NS(b=1, a=2), n == NS(a=2, b=1), n != NS(a=3), n == 1)
n.c = [1]
del n.a
print(n, vars(n))
try: NS(1)
except TypeError as e: print(e)
class Sub(NS): pass
print(Sub(x=1), Sub(x=1) == NS(x=1))
try: hash(n)
except TypeError as e: print(type(e).__name__)
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    ALIAS = 1
m = Color.__members__
print(type(m).__name__, list(m), m['ALIAS'], len(m))
print(m)
try: m['BLUE'] = 3
except TypeError as e: print(type(e).__name__, e)
print(dict(m.items()) == {'RED': Color.RED, 'GREEN': Color.GREEN, 'ALIAS': Color.RED})
