# Inventory management with dicts: nested records, merging, defaultdict-like setdefault, reorder reports, dict comprehensions, views.
STOCK = {
    'apple': {'qty': 50, 'price': 0.40, 'category': 'fruit', 'reorder': 20},
    'banana': {'qty': 12, 'price': 0.25, 'category': 'fruit', 'reorder': 30},
    'carrot': {'qty': 80, 'price': 0.15, 'category': 'vegetable', 'reorder': 25},
    'milk': {'qty': 5, 'price': 1.10, 'category': 'dairy', 'reorder': 10},
    'cheese': {'qty': 18, 'price': 4.50, 'category': 'dairy', 'reorder': 5},
    'bread': {'qty': 0, 'price': 2.20, 'category': 'bakery', 'reorder': 8},
}
SALES = [('apple', 10), ('milk', 3), ('banana', 12), ('bread', 1), ('cheese', 2), ('apple', 45), ('kiwi', 1), ('carrot', 30)]
DELIVERY = {'bread': {'qty': 20}, 'milk': {'qty': 24, 'price': 1.05}, 'kiwi': {'qty': 40, 'price': 0.30, 'category': 'fruit', 'reorder': 10}}

class OutOfStock(Exception):
    pass

def sell(stock, item, n):
    try:
        rec = stock[item]
    except KeyError:
        raise KeyError(f'unknown item {item!r}') from None
    if rec['qty'] < n:
        raise OutOfStock(f'{item}: wanted {n}, have {rec["qty"]}')
    rec['qty'] -= n
    return n * rec['price']

revenue, failures = 0.0, []
for item, n in SALES:
    try:
        revenue += sell(STOCK, item, n)
    except (KeyError, OutOfStock) as e:
        failures.append(f'{type(e).__name__}: {e.args[0]}')
print(f'revenue {revenue:.2f}')
print('\n'.join(failures))

for item, update in DELIVERY.items():
    rec = STOCK.setdefault(item, {'qty': 0, 'price': 0.0, 'category': 'misc', 'reorder': 0})
    rec['qty'] += update['qty']
    rec.update({k: v for k, v in update.items() if k != 'qty'})
print(sorted(STOCK), len(STOCK))

low = {k: v['reorder'] - v['qty'] for k, v in STOCK.items() if v['qty'] < v['reorder']}
print('reorder:', dict(sorted(low.items(), key=lambda kv: -kv[1])))
by_cat = {}
for name, rec in STOCK.items():
    cat = by_cat.setdefault(rec['category'], {'items': [], 'value': 0.0})
    cat['items'].append(name)
    cat['value'] += rec['qty'] * rec['price']
for cat in sorted(by_cat, key=lambda c: -by_cat[c]['value']):
    print(f'{cat:<10} {", ".join(sorted(by_cat[cat]["items"])):<22} {by_cat[cat]["value"]:8.2f}')
prices = {k: v['price'] for k, v in STOCK.items()}
inverted = {}
for k, p in prices.items():
    inverted.setdefault(p, []).append(k)
print(sorted(inverted.items())[:4])
print(max(prices, key=prices.get), min(prices.items(), key=lambda kv: kv[1]), sum(prices.values()) / len(prices) > 1)
keys = STOCK.keys()
fruit = {k for k, v in STOCK.items() if v['category'] == 'fruit'}
print(sorted(keys & fruit), sorted(keys - fruit), 'kiwi' in keys, len(keys))
snapshot = {k: dict(v) for k, v in STOCK.items()}
STOCK['apple']['qty'] = 999
print(snapshot['apple']['qty'], STOCK['apple']['qty'], snapshot == STOCK, {**snapshot['milk'], 'qty': 0})
merged = {}
for d in ({'a': 1, 'b': 2}, {'b': 20, 'c': 30}, {'a': 100}):
    for k, v in d.items():
        merged[k] = merged.get(k, 0) + v
print(merged, dict.fromkeys('xyz', 0), {k: len(k) for k in sorted(STOCK)}, list(reversed(list(STOCK)))[:2])
