# Invoice/report generation: dataclass-like classes written by hand, format specs, totals, grouping and alignment.
class LineItem:
    __slots__ = ('sku', 'name', 'qty', 'unit', 'category')
    def __init__(self, sku, name, qty, unit, category='misc'):
        self.sku, self.name, self.qty, self.unit, self.category = sku, name, qty, unit, category
    def __repr__(self):
        fields = ', '.join(f'{f}={getattr(self, f)!r}' for f in self.__slots__)
        return f'LineItem({fields})'
    def __eq__(self, other):
        return isinstance(other, LineItem) and all(getattr(self, f) == getattr(other, f) for f in self.__slots__)
    @property
    def total(self):
        return self.qty * self.unit

class Invoice:
    TAX = {'food': 0.07, 'books': 0.0, 'misc': 0.2}
    def __init__(self, number, customer):
        self.number, self.customer = number, customer
        self.items = []
        self.discounts = []
    def add(self, *args, **kwargs):
        self.items.append(LineItem(*args, **kwargs))
        return self
    def discount(self, label, pct):
        self.discounts.append((label, pct))
        return self
    def subtotal(self):
        return sum(i.total for i in self.items)
    def tax(self):
        return sum(i.total * self.TAX[i.category] for i in self.items)
    def discount_amount(self):
        return sum(self.subtotal() * pct / 100 for _, pct in self.discounts)
    def grand_total(self):
        return self.subtotal() + self.tax() - self.discount_amount()
    def render(self, width=60):
        out = [f'{"INVOICE #" + str(self.number):^{width}}', f'{"Customer: " + self.customer:<{width}}', '=' * width]
        out.append(f'{"SKU":<8}{"Item":<22}{"Qty":>5}{"Unit":>10}{"Total":>15}')
        out.append('-' * width)
        for i in self.items:
            name = i.name if len(i.name) <= 20 else i.name[:19] + '…'
            out.append(f'{i.sku:<8}{name:<22}{i.qty:>5}{i.unit:>10.2f}{i.total:>15,.2f}')
        out.append('-' * width)
        for label, value in (('Subtotal', self.subtotal()), ('Tax', self.tax())):
            out.append(f'{label:>45}{value:>15,.2f}')
        for label, pct in self.discounts:
            out.append(f'{label + f" ({pct}%)":>45}{-self.subtotal() * pct / 100:>15,.2f}')
        out.append(f'{"TOTAL":>45}{self.grand_total():>15,.2f}')
        return '\n'.join(out)

inv = (Invoice(1042, 'ACME Corp.')
       .add('F-001', 'Coffee beans 1kg', 3, 18.5, category='food')
       .add('B-220', 'The Art of Computer Programming', 1, 189.99, category='books')
       .add('M-013', 'USB cable', 12, 3.25)
       .add('M-014', 'Monitor stand', 2, 45.0)
       .discount('Loyalty', 5))
print(inv.render())
print()
by_cat = {}
for item in inv.items:
    by_cat.setdefault(item.category, []).append(item)
for cat, items in sorted(by_cat.items()):
    print(f'{cat:>6}: {len(items)} item(s), {sum(i.total for i in items):9.2f}  rate {Invoice.TAX[cat]:.0%}')
print(inv.items[0])
print(inv.items[0] == LineItem('F-001', 'Coffee beans 1kg', 3, 18.5, 'food'), inv.items[0] == inv.items[1])
try:
    inv.items[0].color = 'red'
except AttributeError as e:
    print('AttributeError:', e)
print('{:*^30}'.format(' thanks '), '%-10s|%8.3f|%+d' % ('pct', 12.3456, 7))
print(f'{inv.grand_total():e} {inv.grand_total():.3g} {int(inv.grand_total()):#x} {int(inv.grand_total()):_b}')
