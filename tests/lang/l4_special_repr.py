# Special methods: __repr__, __str__, __format__; their use by print, str(), repr(), f-strings, containers.
class Both:
    def __repr__(self): return 'Both<repr>'
    def __str__(self): return 'Both<str>'
class ReprOnly:
    def __repr__(self): return 'ReprOnly()'
class StrOnly:
    def __str__(self): return 'just str'
b, r = Both(), ReprOnly()
print(b, r, str(b), repr(b), str(r))
print([b, r], (b,), {'k': b}, {1: [r]})
print(f'{b} {b!r} {b!s} {r}', '%s %r' % (b, b), '{} {!r}'.format(b, b))
so = StrOnly()
print(so, str(so), repr(so).startswith('<__main__.StrOnly object at 0x'))
class Plain: pass
pl = Plain()
print(repr(pl).startswith('<__main__.Plain object at '), str(pl) == repr(pl))

class Money:
    def __init__(self, cents): self.cents = cents
    def __format__(self, spec):
        if spec == '':
            return str(self)
        if spec == 'short':
            return '$%d' % (self.cents // 100)
        return format(self.cents / 100, spec)
    def __str__(self):
        return '$%d.%02d' % divmod(self.cents, 100)
m = Money(12345)
print(f'{m}', f'{m:short}', f'{m:>10.1f}', format(m, '.3f'), '{:short}'.format(m), '{0:,.2f}'.format(Money(123456789)))
print(format(m), str(m))
try:
    format(Plain(), 'x')
except TypeError as e:
    print('TypeError:', e)
print(format(pl, '') == str(pl))

class BadRepr:
    def __repr__(self): return 42
try:
    repr(BadRepr())
except TypeError as e:
    print('TypeError:', e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print('TypeError:', e)
class BadFormat:
    def __format__(self, spec): return 1
try:
    format(BadFormat())
except TypeError as e:
    print('TypeError:', e)

# subclass repr inheritance
class Base:
    def __init__(self, **kw):
        self.__dict__.update(kw)
    def __repr__(self):
        args = ', '.join('%s=%r' % kv for kv in self.__dict__.items())
        return f'{type(self).__name__}({args})'
class Child(Base):
    pass
print(Base(a=1), Child(x='y', z=[1, 2]))

# __repr__ raising propagates out of print
class Raises:
    def __repr__(self): raise ValueError('no repr for you')
try:
    print([Raises()])
except ValueError as e:
    print('ValueError:', e)

# ascii() and !a use repr and escape non-ASCII
class Uni:
    def __repr__(self): return 'caf\xe9 \u2603'
print(ascii(Uni()), f'{Uni()!a}', repr(Uni()))

# str subclass and __str__ returning str subclass
class MyStr(str):
    pass
class GivesMyStr:
    def __str__(self): return MyStr('sub')
print(str(GivesMyStr()), type(str(GivesMyStr())).__name__)

# __format__ inherited from object for ints etc.
class MyInt(int):
    pass
print(format(MyInt(255), 'x'), f'{MyInt(7):03d}', repr(MyInt(5)), str(MyInt(6)))
class MyInt2(int):
    def __repr__(self): return 'MyInt2!'
print(MyInt2(3), str(MyInt2(3)), repr(MyInt2(3)), f'{MyInt2(3)}', '%d' % MyInt2(3), '%s' % MyInt2(3))
