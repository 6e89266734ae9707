# Special methods: __repr__/__str__/__format__, __getattr__/__getattribute__/__setattr__/__delattr__,
# and the built-in slot wrappers that Python code calls explicitly.
class Both:
    def __repr__(self): return 'Both<r>'
    def __str__(self): return 'Both<s>'
class ReprOnly:
    def __repr__(self): return 'RO'
class StrOnly:
    def __str__(self): return 'SO'
b = Both()
print(b, repr(b), str(b), [b], (ReprOnly(),), {'k': ReprOnly()}, f'{b} {b!r} {ReprOnly()}', '%s|%r' % (b, b))
print(str(StrOnly()), repr(StrOnly()).startswith('<__main__.StrOnly object at 0x'), '{}'.format(StrOnly()))
class BadRepr:
    def __repr__(self): return 42
class BadStr:
    def __str__(self): return None
for stmt in ['repr(BadRepr())', 'str(BadStr())', 'print(BadStr())', "f'{BadStr()}'", "format(object(), 'x')"]:
    try:
        exec(stmt)
    except TypeError as e:
        print('TypeError:', e)
class Money:
    def __init__(self, c): self.c = c
    def __format__(self, spec):
        if not spec: return 'M(%d)' % self.c
        return format(self.c / 100, spec)
m = Money(1234)
print(f'{m}', f'{m:.1f}', format(m), format(m, '>8.2f'), '{:.3f}'.format(m), '{0}'.format(m), str(m)[:10])
class BadFormat:
    def __format__(self, spec): return 1
try:
    format(BadFormat(), '')
except TypeError as e:
    print('TypeError:', e)
print(object.__repr__(b).startswith('<__main__.Both object'), object.__str__(ReprOnly()), str.__repr__('x'), int.__repr__(5))

class Lazy:
    def __init__(self): self.real = 1
    def __getattr__(self, name):
        if name.startswith('x'): return name.upper()
        raise AttributeError(f'no {name}')
z = Lazy()
print(z.real, z.xyz, getattr(z, 'xa'), hasattr(z, 'q'), getattr(z, 'q', 'dflt'))
try:
    z.q
except AttributeError as e:
    print('AttributeError:', e)
class Spy:
    def __init__(self): self.a = 1
    def __getattribute__(self, name):
        if name == 'secret': return 'intercepted'
        return object.__getattribute__(self, name)
    def __getattr__(self, name): return 'fallback-' + name
sp = Spy()
print(sp.a, sp.secret, sp.other, Spy.__getattribute__(sp, 'a'))
class Guard:
    def __init__(self):
        object.__setattr__(self, 'log', [])
    def __setattr__(self, name, value):
        self.log.append(('set', name))
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        self.log.append(('del', name))
        object.__delattr__(self, name)
gd = Guard()
gd.x = 5; setattr(gd, 'y', 'ab'); del gd.x
print(gd.y, gd.log, hasattr(gd, 'x'))
try:
    del gd.nothere
except AttributeError as e:
    print('AttributeError:', e)
class Frozen:
    __slots__ = ()
    def __setattr__(self, n, v): raise AttributeError(f'{n} is frozen')
try:
    Frozen().a = 1
except AttributeError as e:
    print('AttributeError:', e)
class Sub(Lazy):
    pass
print(Sub().xq, Sub().real)

class MyList(list):
    def __getitem__(self, i): return super().__getitem__(i) * 10
    def __len__(self): return super().__len__() + 100
    def __contains__(self, x): return x == 'magic' or super().__contains__(x)
ml = MyList([1, 2, 3])
print(ml[0], ml[-1], len(ml), 'magic' in ml, 2 in ml, 9 in ml, list(ml), ml)
class MyDict(dict):
    def __setitem__(self, k, v): dict.__setitem__(self, k.lower(), v)
    def __missing__(self, k): return 'missing:' + k
md = MyDict()
md['A'] = 1
print(md, md['a'])
class MyStr(str):
    def __str__(self): return 'MyStr!'
    def __add__(self, o): return MyStr(str.__add__(self, o).upper())
ms = MyStr('ab')
print(ms, str(ms), repr(ms), ms + 'cd', type(ms + 'cd').__name__, ms == 'ab', hash(ms) == hash('ab'), f'{ms}')
class E(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self): return f'[{self.code}] ' + Exception.__str__(self)
try:
    raise E(7, 'bad thing')
except E as e:
    print(e, e.args, repr(e), e.code)
class Init:
    def __init__(self, v):
        super().__init__()
        self.v = v
print(Init(3).v, object.__init__(Init(1)) is None)
for stmt in ['object.__init__(Init(1), 2)', 'Init(1, 2)', 'int.__add__("a", 1)', 'int.__add__(1)', 'object.__repr__()',
             'int.__neg__(1, 2)', 'list.__getitem__([1], 5)', 'dict.__getitem__({}, "k")']:
    try:
        exec(stmt)
    except (TypeError, IndexError, KeyError) as e:
        print(type(e).__name__ + ':', e)
print(int.__add__, object.__eq__, list.__len__([1, 2]), dict.__contains__({1: 2}, 1), tuple.__hash__((1,)) == hash((1,)))
print(list.__hash__, dict.__hash__, set.__hash__, type(int.__dict__['__add__']).__name__, int.__add__.__name__, int.__add__.__qualname__)
print(sorted(n for n in dir(int) if n in ('__add__', '__radd__', '__neg__', '__index__', '__hash__', '__eq__')))
