# A table formatter: column type inference, alignment by type, number formatting, wrapping, box drawing and markdown output.
class Column:
    def __init__(self, name, values):
        self.name = name
        self.values = values
        kinds = {type(v).__name__ for v in values if v is not None}
        self.kind = 'float' if kinds <= {'int', 'float'} and 'float' in kinds else 'int' if kinds == {'int'} else 'str'
    def fmt(self, v):
        if v is None:
            return '—'
        if self.kind == 'float':
            return f'{v:,.2f}'
        if self.kind == 'int':
            return f'{v:,d}'
        return str(v)
    def cells(self):
        return [self.fmt(v) for v in self.values]
    @property
    def width(self):
        return max(len(self.name), *(len(c) for c in self.cells()))
    def align(self, text, width):
        return text.rjust(width) if self.kind in ('int', 'float') else text.ljust(width)

class Table:
    def __init__(self, rows, headers):
        self.headers = headers
        self.rows = rows
        self.columns = [Column(h, [r[i] for r in rows]) for i, h in enumerate(headers)]
    def sort(self, key, reverse=False):
        i = self.headers.index(key)
        rows = sorted(self.rows, key=lambda r: (r[i] is None, r[i] if r[i] is not None else 0), reverse=reverse)
        return Table(rows, self.headers)
    def where(self, pred):
        return Table([r for r in self.rows if pred(dict(zip(self.headers, r)))], self.headers)
    def box(self):
        ws = [c.width for c in self.columns]
        line = lambda l, m, r: l + m.join('─' * (w + 2) for w in ws) + r
        out = [line('┌', '┬', '┐'), '│' + '│'.join(f' {h.center(w)} ' for h, w in zip(self.headers, ws)) + '│', line('├', '┼', '┤')]
        cols = [c.cells() for c in self.columns]
        for r in range(len(self.rows)):
            out.append('│' + '│'.join(f' {c.align(cols[i][r], ws[i])} ' for i, c in enumerate(self.columns)) + '│')
        out.append(line('└', '┴', '┘'))
        return '\n'.join(out)
    def markdown(self):
        ws = [max(3, c.width) for c in self.columns]
        out = ['| ' + ' | '.join(h.ljust(w) for h, w in zip(self.headers, ws)) + ' |']
        out.append('| ' + ' | '.join(('-' * (w - 1) + ':') if c.kind != 'str' else '-' * w for c, w in zip(self.columns, ws)) + ' |')
        cols = [c.cells() for c in self.columns]
        for r in range(len(self.rows)):
            out.append('| ' + ' | '.join(c.align(cols[i][r], ws[i]) for i, c in enumerate(self.columns)) + ' |')
        return '\n'.join(out)
    def summary(self):
        parts = []
        for c in self.columns:
            nums = [v for v in c.values if isinstance(v, (int, float))]
            if c.kind != 'str' and nums:
                parts.append(f'{c.name}: min={c.fmt(min(nums))} max={c.fmt(max(nums))} mean={sum(nums) / len(nums):,.2f}')
            else:
                parts.append(f'{c.name}: {len(set(v for v in c.values if v is not None))} distinct')
        return '\n'.join(parts)

DATA = [('Mercury', 0.387, 4879, 0, 'rocky'), ('Venus', 0.723, 12104, 0, 'rocky'), ('Earth', 1.0, 12756, 1, 'rocky'),
        ('Mars', 1.524, 6792, 2, 'rocky'), ('Jupiter', 5.203, 142984, 95, 'gas giant'), ('Saturn', 9.537, 120536, 146, 'gas giant'),
        ('Uranus', 19.191, 51118, 28, 'ice giant'), ('Neptune', 30.069, 49528, 16, 'ice giant'), ('Pluto', 39.482, 2376, None, 'dwarf')]
t = Table(DATA, ['planet', 'au', 'diameter_km', 'moons', 'kind'])
print(t.box())
print(t.sort('moons', reverse=True).where(lambda r: r['kind'] != 'dwarf').markdown())
print(t.sort('diameter_km').where(lambda r: r['au'] < 2).box())
print(t.summary())
print([c.kind for c in t.columns], [c.width for c in t.columns])
