# A Money value type: integer cents, currency checks, allocation without losing cents, __hash__/__eq__, sorting, __format__.
class CurrencyMismatch(ValueError):
    pass

class Money:
    __slots__ = ('cents', 'currency')
    SYMBOLS = {'USD': '$', 'EUR': '€', 'GBP': '£', 'JPY': '¥'}
    def __init__(self, amount, currency='USD'):
        if isinstance(amount, str):
            whole, _, frac = amount.partition('.')
            sign = -1 if whole.startswith('-') else 1
            cents = abs(int(whole or '0')) * 100 + int((frac + '00')[:2])
            object.__setattr__(self, 'cents', sign * cents)
        elif isinstance(amount, int):
            object.__setattr__(self, 'cents', amount * 100)
        else:
            raise TypeError(f'use int or str amounts, not {type(amount).__name__}')
        object.__setattr__(self, 'currency', currency)
    @classmethod
    def from_cents(cls, cents, currency='USD'):
        m = cls(0, currency)
        object.__setattr__(m, 'cents', cents)
        return m
    def __setattr__(self, name, value):
        raise AttributeError('Money is immutable')
    def _check(self, other):
        if not isinstance(other, Money):
            return False
        if other.currency != self.currency:
            raise CurrencyMismatch(f'{self.currency} vs {other.currency}')
        return True
    def __add__(self, other):
        if other == 0:
            return self
        if not self._check(other):
            return NotImplemented
        return Money.from_cents(self.cents + other.cents, self.currency)
    __radd__ = __add__
    def __sub__(self, other):
        if not self._check(other):
            return NotImplemented
        return Money.from_cents(self.cents - other.cents, self.currency)
    def __mul__(self, factor):
        if isinstance(factor, Money):
            return NotImplemented
        return Money.from_cents(round(self.cents * factor), self.currency)
    __rmul__ = __mul__
    def __neg__(self):
        return Money.from_cents(-self.cents, self.currency)
    def __eq__(self, other):
        if isinstance(other, int) and other == 0:
            return self.cents == 0
        return isinstance(other, Money) and (self.cents, self.currency) == (other.cents, other.currency)
    def __hash__(self):
        return hash((self.cents, self.currency))
    def __lt__(self, other):
        self._check(other)
        return self.cents < other.cents
    def __bool__(self):
        return self.cents != 0
    def allocate(self, ratios):
        total = sum(ratios)
        shares = [self.cents * r // total for r in ratios]
        for i in range(self.cents - sum(shares)):
            shares[i] += 1
        return [Money.from_cents(s, self.currency) for s in shares]
    def __repr__(self):
        return f'Money({self.cents / 100:.2f}, {self.currency!r})'
    def __str__(self):
        return format(self, '')
    def __format__(self, spec):
        sym = self.SYMBOLS.get(self.currency, self.currency + ' ')
        body = f'{abs(self.cents) // 100:,}.{abs(self.cents) % 100:02d}'
        text = ('-' if self.cents < 0 else '') + sym + body
        return format(text, spec)

a, b = Money('19.99'), Money('5.01')
print(a, b, a + b, a - b, b - a, a * 3, 0.5 * a, -a, repr(a * 1.175))
print(sum([a, b, Money(100)]), sum([], Money(0)), a == Money('19.99'), a != b, len({a, Money('19.99'), b}), bool(Money(0)))
print(sorted([Money(5), Money('4.99'), Money('-1'), Money('5.00')]), max(a, b))
print(Money(100).allocate([1, 1, 1]), Money('0.05').allocate([3, 7]), sum(Money(100).allocate([1, 1, 1])))
e = Money(10, 'EUR')
print(f'[{e:>12}] [{Money("-1234.5", "GBP"):<14}] [{Money(1000000, "JPY")}] {Money(3, "CHF")}')
for bad in (lambda: a + e, lambda: a < e, lambda: a * a, lambda: Money(1.5), lambda: setattr(a, 'cents', 1), lambda: a + 5):
    try:
        bad()
    except (CurrencyMismatch, TypeError, AttributeError) as err:
        print(f'{type(err).__name__}: {err}')
ledger = {}
for who, amt in [('ann', '12.50'), ('bob', '7.25'), ('ann', '-2.50'), ('cy', '0.99'), ('bob', '7.25')]:
    ledger[who] = ledger.get(who, Money(0)) + Money(amt)
for who, bal in sorted(ledger.items(), key=lambda kv: kv[1], reverse=True):
    print(f'{who:<5}{bal:>10}')
