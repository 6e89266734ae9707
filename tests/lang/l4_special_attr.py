# Special methods: __getattr__, __getattribute__, __setattr__, __delattr__, __dir__.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_target', target)
        object.__setattr__(self, 'log', [])
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self.log.append('set ' + name)
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self.log.append('del ' + name)
        delattr(self._target, name)
class Target:
    pass
t = Target()
t.a = 1
p = Proxy(t)
print(p.a)
p.b = 2
print(t.b, p.b)
del p.a
print(hasattr(t, 'a'), p.log)
try:
    p.missing
except AttributeError as e:
    print('AttributeError:', e)
print(getattr(p, 'missing', 'dflt'), hasattr(p, 'missing'))

# __getattr__ only for missing attributes
class Fallback:
    x = 'class x'
    def __getattr__(self, name):
        if name.startswith('dyn_'):
            return name[4:]
        raise AttributeError(f'{type(self).__name__!r} has no {name!r}')
f = Fallback()
print(f.x, f.dyn_hello)
try:
    f.other
except AttributeError as e:
    print('AttributeError:', e)

# __getattribute__ intercepts everything
class Spy:
    def __init__(self):
        self.v = 10
    def __getattribute__(self, name):
        if name == 'secret':
            return 'intercepted'
        return object.__getattribute__(self, name)
    def method(self):
        return self.v + 1
s = Spy()
print(s.v, s.secret, s.method())
class Upper:
    def __getattribute__(self, name):
        raise AttributeError(name)
    def __getattr__(self, name):
        return 'fallback ' + name
print(Upper().anything)

# __setattr__ validation and super().__setattr__
class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            super().__setattr__(k, v)
    def __setattr__(self, name, value):
        raise AttributeError(f'cannot set {name!r}: frozen')
    def __delattr__(self, name):
        raise AttributeError(f'cannot delete {name!r}: frozen')
fr = Frozen(a=1, b=2)
print(fr.a, fr.b)
try:
    fr.a = 5
except AttributeError as e:
    print('AttributeError:', e)
try:
    del fr.b
except AttributeError as e:
    print('AttributeError:', e)
try:
    setattr(fr, 'c', 1)
except AttributeError as e:
    print('AttributeError:', e)

# __setattr__ recording order including inside __init__
class Rec:
    def __init__(self):
        self.a = 1
        self.b = 2
    def __setattr__(self, name, value):
        print('setattr', name, value)
        object.__setattr__(self, name, value)
r = Rec()
r.c = r.a + r.b
print(sorted(vars(r).items()))

# __dir__
class Dirs:
    def __dir__(self):
        return ['zeta', 'alpha', 'mid']
print(dir(Dirs()))

# attribute errors on builtins
try:
    (1).foo
except AttributeError as e:
    print('AttributeError:', e)
try:
    'x'.foo = 1
except AttributeError as e:
    print('AttributeError:', e)
try:
    [].append = 1
except AttributeError as e:
    print('AttributeError:', e)
try:
    int.foo = 1
except TypeError as e:
    print('TypeError:', e)
try:
    object().__dict__
except AttributeError as e:
    print('AttributeError:', e)

# __getattr__ recursion guard pattern
class Wrapper:
    def __init__(self, d):
        self.__dict__['d'] = d
    def __getattr__(self, k):
        try:
            return self.d[k]
        except KeyError:
            raise AttributeError(k) from None
    def __setattr__(self, k, v):
        self.d[k] = v
w = Wrapper({'x': 1})
w.y = 2
print(w.x, w.y, w.d)
try:
    w.z
except AttributeError as e:
    print('AttributeError:', e, e.__suppress_context__)

# name mangling of private attributes
class Private:
    def __init__(self):
        self.__hidden = 42
        self._semi = 1
    def reveal(self):
        return self.__hidden
pv = Private()
print(pv.reveal(), pv._Private__hidden, sorted(vars(pv)))
try:
    pv.__hidden
except AttributeError as e:
    print('AttributeError:', e)
class SubPrivate(Private):
    def peek(self):
        return self.__hidden
try:
    SubPrivate().peek()
except AttributeError as e:
    print('AttributeError:', e)
