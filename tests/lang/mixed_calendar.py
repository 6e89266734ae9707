# Date arithmetic by hand: leap years, day of week, day-of-year, printing a month calendar.
DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

def days_in_month(y, m):
    return 29 if m == 2 and is_leap(y) else DAYS_IN_MONTH[m - 1]

def day_of_year(y, m, d):
    return sum([days_in_month(y, i) for i in range(1, m)]) + d

def days_from_civil(y, m, d):
    # days since 1970-01-01 (Howard Hinnant's algorithm), negative before the epoch
    y -= m <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468

def weekday(y, m, d):
    return (days_from_civil(y, m, d) + 3) % 7     # 1970-01-01 was a Thursday

def civil_from_days(z):
    z += 719468
    era = (z if z >= 0 else z - 146096) // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + (3 if mp < 10 else -9)
    return (y + (m <= 2), m, d)

print([y for y in range(1896, 1920) if is_leap(y)], is_leap(2000), is_leap(1900), is_leap(2024))
for date in [(1970, 1, 1), (2000, 2, 29), (1999, 12, 31), (2024, 7, 4), (1900, 1, 1), (1600, 3, 1), (2038, 1, 19), (1, 1, 1)]:
    print(date, days_from_civil(*date), WEEKDAYS[weekday(*date)], day_of_year(*date))
print(all([civil_from_days(days_from_civil(y, m, 15)) == (y, m, 15) for y in range(1890, 2110) for m in range(1, 13)]))
print(civil_from_days(0), civil_from_days(-1), civil_from_days(10 ** 6), civil_from_days(-(10 ** 6)))
# days between dates
print(days_from_civil(2024, 12, 25) - days_from_civil(2024, 1, 1))
# Friday the 13ths in a range of years
f13 = []
for y in range(2020, 2027):
    for m in range(1, 13):
        if weekday(y, m, 13) == 4:
            f13.append("%d-%s" % (y, MONTHS[m - 1][:3]))
print(len(f13), f13)

def month_calendar(y, m):
    lines = [(MONTHS[m - 1] + " " + str(y)), "Mo Tu We Th Fr Sa Su"]
    first = weekday(y, m, 1)
    cells = ["  "] * first + [(" " + str(d))[-2:] for d in range(1, days_in_month(y, m) + 1)]
    while len(cells) % 7:
        cells.append("  ")
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]).rstrip())
    return "\n".join(lines)
print(month_calendar(2024, 2))
print(month_calendar(1970, 1))
# count weekdays per year
counts = [0] * 7
for doy in range(365 + is_leap(2023)):
    counts[(days_from_civil(2023, 1, 1) + doy + 3) % 7] += 1
print(dict(zip(WEEKDAYS, counts)))
