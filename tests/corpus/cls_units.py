# Physical quantities with units: dimension tuples, operator overloading, conversions, formatting and unit errors.
class UnitError(TypeError):
    pass

BASE = ('m', 'kg', 's')

class Quantity:
    UNITS = {'m': (1, (1, 0, 0)), 'km': (1000, (1, 0, 0)), 'cm': (0.01, (1, 0, 0)), 'mi': (1609.344, (1, 0, 0)),
             'kg': (1, (0, 1, 0)), 'g': (0.001, (0, 1, 0)), 'lb': (0.45359237, (0, 1, 0)),
             's': (1, (0, 0, 1)), 'min': (60, (0, 0, 1)), 'h': (3600, (0, 0, 1)),
             'N': (1, (1, 1, -2)), 'J': (1, (2, 1, -2)), 'W': (1, (2, 1, -3))}
    def __init__(self, value, unit='', dims=None):
        if dims is None:
            factor, dims = self.UNITS[unit] if unit else (1, (0, 0, 0))
            value *= factor
        self.value, self.dims = value, tuple(dims)
    @classmethod
    def parse(cls, text):
        num, unit = text.split()
        if unit not in cls.UNITS:
            raise UnitError(f'unknown unit {unit!r}')
        return cls(float(num), unit)
    def _same(self, other, op):
        if not isinstance(other, Quantity):
            other = Quantity(other)
        if self.dims != other.dims:
            raise UnitError(f'cannot {op} {self.dim_str()} and {other.dim_str()}')
        return other
    def __add__(self, other):
        other = self._same(other, 'add')
        return Quantity(self.value + other.value, dims=self.dims)
    def __sub__(self, other):
        other = self._same(other, 'subtract')
        return Quantity(self.value - other.value, dims=self.dims)
    def __mul__(self, other):
        if isinstance(other, Quantity):
            return Quantity(self.value * other.value, dims=[a + b for a, b in zip(self.dims, other.dims)])
        return Quantity(self.value * other, dims=self.dims)
    __rmul__ = __mul__
    def __truediv__(self, other):
        if isinstance(other, Quantity):
            return Quantity(self.value / other.value, dims=[a - b for a, b in zip(self.dims, other.dims)])
        return Quantity(self.value / other, dims=self.dims)
    def __rtruediv__(self, other):
        return Quantity(other / self.value, dims=[-a for a in self.dims])
    def __pow__(self, n):
        return Quantity(self.value ** n, dims=[a * n for a in self.dims])
    def __eq__(self, other):
        return isinstance(other, Quantity) and self.dims == other.dims and abs(self.value - other.value) < 1e-9 * max(1, abs(self.value))
    def __lt__(self, other):
        other = self._same(other, 'compare')
        return self.value < other.value
    def to(self, unit):
        factor, dims = self.UNITS[unit]
        if dims != self.dims:
            raise UnitError(f'cannot convert {self.dim_str()} to {unit}')
        return self.value / factor
    def dim_str(self):
        parts = []
        for sym, p in zip(BASE, self.dims):
            if p == 1:
                parts.append(sym)
            elif p:
                parts.append(f'{sym}^{p}')
        return '*'.join(parts) or 'dimensionless'
    def __repr__(self):
        for name in ('N', 'J', 'W'):
            if self.UNITS[name][1] == self.dims:
                return f'{self.value:.4g} {name}'
        return f'{self.value:.4g} {self.dim_str()}'
    def __format__(self, spec):
        if ' in ' in spec:
            fmt, unit = spec.split(' in ')
            return f'{self.to(unit):{fmt}} {unit}'
        return format(repr(self), spec)

d = Quantity(42.195, 'km')
t = Quantity(2, 'h') + Quantity(1, 'min') * 9 + Quantity(39, 's')
v = d / t
print(d, t, v, f'{v:.2f in m}' if False else f'{d:.1f in mi}', f'{t:.3f in h}')
print(f'pace {(t / d).value * 1000 / 60:.2f} min/km, speed {v.value * 3.6:.2f} km/h')
mass = Quantity(70, 'kg')
g = Quantity(9.81, 'm') / Quantity(1, 's') ** 2
weight = mass * g
print(weight, f'{weight:>12}', weight == Quantity(686.7, 'N'))
energy = weight * Quantity(3, 'm')
print(energy, energy / Quantity(2, 's'), f'{Quantity(150, "lb"):.1f in kg}')
print(sorted([Quantity(1, 'mi'), Quantity(1500, 'm'), Quantity(1, 'km'), Quantity(99999, 'cm')]))
print(1 / Quantity(4, 's'), Quantity(3, 'm') ** 3, Quantity(10, 'm') / Quantity(5, 'm'), Quantity(2) + 3)
for bad in (lambda: d + t, lambda: mass < d, lambda: d.to('kg'), lambda: Quantity.parse('5 furlongs'), lambda: d + 1):
    try:
        bad()
    except UnitError as e:
        print('UnitError:', e, isinstance(e, TypeError))
print(Quantity.parse('12.5 km').to('m'), Quantity.parse('90 min').to('h'))
