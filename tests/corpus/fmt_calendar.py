# Calendar printing without the calendar module: leap years, day-of-week by Zeller, month grids, ISO weeks and date arithmetic.
MONTHS = 'January February March April May June July August September October November December'.split()
DAYS = 'Mo Tu We Th Fr Sa Su'.split()

def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

def days_in_month(y, m):
    return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]

def weekday(y, m, d):
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7

class Date:
    def __init__(self, y, m, d):
        if not 1 <= m <= 12 or not 1 <= d <= days_in_month(y, m):
            raise ValueError(f'invalid date {y:04d}-{m:02d}-{d:02d}')
        self.y, self.m, self.d = y, m, d
    def ordinal(self):
        days = self.d
        for yy in range(1, self.y):
            days += 366 if is_leap(yy) else 365
        for mm in range(1, self.m):
            days += days_in_month(self.y, mm)
        return days
    @classmethod
    def from_ordinal(cls, n):
        y = 1
        while n > (366 if is_leap(y) else 365):
            n -= 366 if is_leap(y) else 365
            y += 1
        m = 1
        while n > days_in_month(y, m):
            n -= days_in_month(y, m)
            m += 1
        return cls(y, m, n)
    def __add__(self, days):
        return Date.from_ordinal(self.ordinal() + days)
    def __sub__(self, other):
        if isinstance(other, Date):
            return self.ordinal() - other.ordinal()
        return self + (-other)
    def __lt__(self, other):
        return (self.y, self.m, self.d) < (other.y, other.m, other.d)
    def __eq__(self, other):
        return (self.y, self.m, self.d) == (other.y, other.m, other.d)
    def weekday(self):
        return weekday(self.y, self.m, self.d)
    def isoweek(self):
        thursday = self + (3 - self.weekday())
        jan1 = Date(thursday.y, 1, 1)
        return thursday.y, (thursday - jan1) // 7 + 1
    def __str__(self):
        return f'{self.y:04d}-{self.m:02d}-{self.d:02d}'
    def __format__(self, spec):
        if spec == 'long':
            return f'{DAYS[self.weekday()]} {self.d} {MONTHS[self.m - 1]} {self.y}'
        return format(str(self), spec)

def month_grid(y, m):
    lines = [f'{MONTHS[m - 1]} {y}'.center(20).rstrip(), ' '.join(DAYS)]
    cells = ['  '] * weekday(y, m, 1) + [f'{d:2d}' for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(' '.join(cells[i:i + 7]))
    return lines

for y, m in ((2024, 2), (2000, 1), (1969, 7)):
    print('\n'.join(month_grid(y, m)))
    print()
left, right = month_grid(2025, 11), month_grid(2025, 12)
for i in range(max(len(left), len(right))):
    a = left[i] if i < len(left) else ''
    b = right[i] if i < len(right) else ''
    print(f'{a:<22}{b}')
print([y for y in range(1896, 1925) if is_leap(y)])
d = Date(2024, 2, 28)
print(d + 1, d + 2, d + 366, d - 59, Date(2025, 1, 1) - Date(2024, 1, 1), f'{Date(1969, 7, 20):long}', f'{d:>14}')
print([str(Date(2024, 12, 28) + i) + ':' + str((Date(2024, 12, 28) + i).isoweek()) for i in range(0, 8, 2)])
for bad in ((2023, 2, 29), (2024, 13, 1), (2024, 4, 31)):
    try:
        Date(*bad)
    except ValueError as e:
        print('ValueError:', e)
fridays13 = [str(Date(2026, m, 13)) for m in range(1, 13) if Date(2026, m, 13).weekday() == 4]
print('Friday the 13th in 2026:', fridays13)
print(sorted([Date(2024, 5, 1), Date(2023, 12, 31), Date(2024, 1, 15)])[0], Date(2024, 3, 1) == Date(2024, 2, 29) + 1)
