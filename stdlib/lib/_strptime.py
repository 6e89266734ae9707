"""_strptime: the parser behind time.strptime, written for Sparrow (C locale only).

The format is turned into a regular expression, one named group per directive, matched
case-insensitively against the whole string. Supported directives: %Y %y %m %d %H %I %M %S %f
%p %b %B %h %a %A %j %w %u %z %Z (UTC, GMT or the local zone names) %c %x %X %D %T %R %e %%
and whitespace (matches any run of whitespace). Others raise ValueError "'q' is a bad
directive in format ...". Week-number directives (%U %W %G %V) are not supported. Errors
carry CPython's messages.
"""

import re as _re

_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"]
_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_PATTERNS = {
    'd': r"(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])",
    'e': r"(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])",
    'f': r"(?P<f>[0-9]{1,6})",
    'H': r"(?P<H>2[0-3]|[0-1]\d|\d)",
    'I': r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    'j': r"(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    'm': r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    'M': r"(?P<M>[0-5]\d|\d)",
    'S': r"(?P<S>6[0-1]|[0-5]\d|\d)",
    'w': r"(?P<w>[0-6])",
    'u': r"(?P<u>[1-7])",
    'y': r"(?P<y>\d\d)",
    'Y': r"(?P<Y>\d\d\d\d)",
    'z': r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|Z)",
    'p': r"(?P<p>am|pm)",
    'b': r"(?P<b>" + "|".join(sorted([m[:3] for m in _MONTHS], key=len, reverse=True)) + ")",
    'h': r"(?P<b>" + "|".join(sorted([m[:3] for m in _MONTHS], key=len, reverse=True)) + ")",
    'B': r"(?P<B>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + ")",
    'a': r"(?P<a>" + "|".join(d[:3] for d in _DAYS) + ")",
    'A': r"(?P<A>" + "|".join(sorted(_DAYS, key=len, reverse=True)) + ")",
    '%': "%",
}

_ALIASES = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S', 'D': '%m/%d/%y', 'T': '%H:%M:%S',
            'R': '%H:%M'}

_cache = {}


def _zone_names():
    try:
        import time
        names = [n.lower() for n in time.tzname if n]
    except (ImportError, AttributeError):
        names = []
    return ["utc", "gmt"] + names


def _pattern(fmt):
    """The regex source for a format; ValueError for a bad directive."""
    out = []
    seen = set()
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch == '%':
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % fmt)
            d = fmt[i + 1]
            i += 2
            if d in _ALIASES:
                out.append(_pattern(_ALIASES[d]))
                continue
            if d == 'Z':
                pat = "(?P<Z>" + "|".join(_re.escape(z) for z in _zone_names()) + ")"
            elif d in _PATTERNS:
                pat = _PATTERNS[d]
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, fmt))
            group = pat[4] if pat.startswith("(?P<") else None
            if group is not None and group in seen:
                pat = "(?P=%s)" % group   # a repeated directive must match the same text
            elif group is not None:
                seen.add(group)
            out.append(pat)
        elif ch.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            out.append(r"\s+")
        else:
            out.append(_re.escape(ch))
            i += 1
    return "".join(out)


def _compile(fmt):
    regex = _cache.get(fmt)
    if regex is None:
        regex = _re.compile(_pattern(fmt), _re.IGNORECASE)
        if len(_cache) > 100:
            _cache.clear()
        _cache[fmt] = regex
    return regex


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2:
        return 29 if _is_leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _ordinal(year, month, day):
    """Days since 0001-01-01 (day 1), proleptic Gregorian."""
    y = year - 1
    days = y * 365 + y // 4 - y // 100 + y // 400
    for m in range(1, month):
        days += _days_in_month(year, m)
    return days + day


def _from_julian(year, julian):
    month = 1
    while month <= 12 and julian > _days_in_month(year, month):
        julian -= _days_in_month(year, month)
        month += 1
    if month > 12:
        raise ValueError("day is out of range for month")
    return month, julian


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """Parses data_string: ((year, month, day, hour, minute, second, weekday, julian, isdst),
    fraction in microseconds, gmtoff or None, zone name or None)."""
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument %d must be str, not %s" % (index, type(arg)))
    found = _compile(format).match(data_string)
    if found is None:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if len(data_string) != found.end():
        raise ValueError("unconverted data remains: %s" % data_string[found.end():])
    g = found.groupdict()
    year = None
    month = day = 1
    hour = minute = second = fraction = 0
    weekday = julian = None
    gmtoff = None
    tzname = None
    isdst = -1
    if g.get('Y') is not None:
        year = int(g['Y'])
    elif g.get('y') is not None:
        year = int(g['y'])
        year += 2000 if year <= 68 else 1900
    if g.get('m') is not None:
        month = int(g['m'])
    elif g.get('B') is not None:
        month = _MONTHS.index(g['B'].lower()) + 1
    elif g.get('b') is not None:
        month = [m[:3] for m in _MONTHS].index(g['b'].lower()) + 1
    if g.get('d') is not None:
        day = int(g['d'])
    if g.get('H') is not None:
        hour = int(g['H'])
    elif g.get('I') is not None:
        hour = int(g['I'])
        ampm = (g.get('p') or '').lower()
        if ampm == 'am':
            hour = 0 if hour == 12 else hour
        elif ampm == 'pm':
            hour = hour if hour == 12 else hour + 12
    if g.get('M') is not None:
        minute = int(g['M'])
    if g.get('S') is not None:
        second = int(g['S'])
    if g.get('f') is not None:
        fraction = int(g['f'] + "0" * (6 - len(g['f'])))
    if g.get('A') is not None:
        weekday = _DAYS.index(g['A'].lower())
    elif g.get('a') is not None:
        weekday = [d[:3] for d in _DAYS].index(g['a'].lower())
    elif g.get('u') is not None:
        weekday = int(g['u']) - 1
    elif g.get('w') is not None:
        weekday = (int(g['w']) - 1) % 7
    if g.get('j') is not None:
        julian = int(g['j'])
    if g.get('z') is not None:
        z = g['z']
        if z == 'Z' or z == 'z':
            gmtoff = 0
        else:
            if z[3:4] == ':':
                z = z[:3] + z[4:]
                if len(z) > 5:
                    if z[5] != ':':
                        raise ValueError("Inconsistent use of : in %s" % g['z'])
                    z = z[:5] + z[6:]
            hours, minutes, seconds = int(z[1:3]), int(z[3:5]), int(z[5:7] or 0)
            gmtoff = (hours * 60 + minutes) * 60 + seconds
            if z[0] == '-':
                gmtoff = -gmtoff
    if g.get('Z') is not None:
        tzname = g['Z']
        low = tzname.lower()
        if low in ('utc', 'gmt'):
            isdst = 0
        else:
            try:
                import time
                names = [n.lower() for n in time.tzname]
                if low in names and not (names[0] == names[1] and time.daylight):
                    isdst = names.index(low)
            except (ImportError, AttributeError):
                pass
    leap_default = False
    if year is None:
        # With a day but no year, Feb 29 stays valid (a leap year stands in, then 1900).
        leap_default = month == 2 and day == 29
        year = 1904 if leap_default else 1900
    if julian is not None:
        month, day = _from_julian(year, julian)
    if day > _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    if julian is None:
        julian = _ordinal(year, month, day) - _ordinal(year, 1, 1) + 1
    if weekday is None:
        weekday = (_ordinal(year, month, day) + 6) % 7
    if leap_default:
        year = 1900
    return (year, month, day, hour, minute, second, weekday, julian, isdst), fraction, gmtoff, tzname


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """time.strptime: a struct_time (tm_zone and tm_gmtoff from %Z and %z, else None)."""
    import time
    tt, fraction, gmtoff, tzname = _strptime(data_string, format)
    return time.struct_time(tt + (tzname, gmtoff))
