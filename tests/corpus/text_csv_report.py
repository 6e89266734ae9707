# CSV parsing with quotes and escapes (hand-written), typed columns, grouping, aggregation and a formatted report.
RAW = '''region,product,units,price,date
North,"Widget, large",12,9.99,2024-01-05
South,Gadget,5,24.50,2024-01-06
North,Gadget,7,24.50,2024-01-09
East,"Doohickey ""pro""",3,99.00,2024-02-01
South,"Widget, large",20,9.99,2024-02-03
West,Gizmo,,15.00,2024-02-10
East,Gadget,11,24.50,2024-02-11
North,Gizmo,4,15.00,2024-03-01
West,"Widget, large",9,9.99,2024-03-02
South,Gizmo,abc,15.00,2024-03-05
'''

def parse_csv(text):
    rows, row, field = [], [], []
    in_quotes = False
    i = 0
    while i < len(text):
        c = text[i]
        if in_quotes:
            if c == '"':
                if text[i + 1:i + 2] == '"':
                    field.append('"')
                    i += 1
                else:
                    in_quotes = False
            else:
                field.append(c)
        elif c == '"':
            in_quotes = True
        elif c == ',':
            row.append(''.join(field))
            field = []
        elif c == '\n':
            row.append(''.join(field))
            rows.append(row)
            row, field = [], []
        else:
            field.append(c)
        i += 1
    if field or row:
        row.append(''.join(field))
        rows.append(row)
    return rows

class Record:
    def __init__(self, header, values):
        for name, value in zip(header, values):
            setattr(self, name, value)
    def __repr__(self):
        return 'Record(' + ', '.join(f'{k}={v!r}' for k, v in vars(self).items()) + ')'

def convert(rec, line):
    try:
        rec.units = int(rec.units)
    except ValueError:
        raise ValueError(f'line {line}: bad units {rec.units!r}') from None
    rec.price = float(rec.price)
    rec.month = int(rec.date.split('-')[1])
    return rec

rows = parse_csv(RAW)
header, body = rows[0], rows[1:]
records, problems = [], []
for n, values in enumerate(body, 2):
    try:
        records.append(convert(Record(header, values), n))
    except ValueError as e:
        problems.append(str(e))
print(len(records), 'good rows;', len(problems), 'problems')
for p in problems:
    print('  ' + p)
print(records[3])

def group(recs, key):
    out = {}
    for r in recs:
        out.setdefault(key(r), []).append(r)
    return out

revenue = lambda rs: sum(r.units * r.price for r in rs)
print(f'\n{"Region":<8}{"Units":>7}{"Revenue":>12}{"Share":>8}')
total = revenue(records)
for region, rs in sorted(group(records, lambda r: r.region).items(), key=lambda kv: -revenue(kv[1])):
    print(f'{region:<8}{sum(r.units for r in rs):>7}{revenue(rs):>12,.2f}{revenue(rs) / total:>8.1%}')
print(f'{"TOTAL":<8}{sum(r.units for r in records):>7}{total:>12,.2f}')
print()
months = group(records, lambda r: r.month)
products = sorted({r.product for r in records})
print(f'{"product":<18}' + ''.join(f'{m:>8}' for m in sorted(months)))
for p in products:
    cells = [sum(r.units for r in months[m] if r.product == p) for m in sorted(months)]
    print(f'{p:<18}' + ''.join(f'{c or "-":>8}' for c in cells))
best = max(records, key=lambda r: r.units * r.price)
print(f'\nbest sale: {best.product} in {best.region} on {best.date}: {best.units} x {best.price:.2f}')
