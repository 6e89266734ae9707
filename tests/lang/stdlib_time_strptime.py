# time.strptime: common directives, struct_time result, CPython's error messages.
import time
cases = [
    ("2024-03-15 13:45:09", "%Y-%m-%d %H:%M:%S"),
    ("15/03/24", "%d/%m/%y"),
    ("01/01/69", "%d/%m/%y"),
    ("Fri Mar 15 13:45:09 2024", "%a %b %d %H:%M:%S %Y"),
    ("Friday, March 15 2024", "%A, %B %d %Y"),
    ("  15   mar 2024", " %d %b %Y"),
    ("2024 075", "%Y %j"),
    ("12:30 AM", "%I:%M %p"),
    ("12:30 pm", "%I:%M %p"),
    ("07:05 PM", "%I:%M %p"),
    ("2024-03-15T13:45:09.5", "%Y-%m-%dT%H:%M:%S.%f"),
    ("100% done 7", "100%% done %H"),
    ("Feb 29", "%b %d"),
    ("2000-02-29", "%Y-%m-%d"),
    ("1999", "%Y"),
    ("23:59:60", "%H:%M:%S"),
    ("2024-03-15 +0530", "%Y-%m-%d %z"),
    ("2024-03-15 -07:00", "%Y-%m-%d %z"),
    ("2024-03-15 Z", "%Y-%m-%d %z"),
    ("03/15/24 10:11:12", "%x %X"),
    ("Fri Mar 15 13:45:09 2024", "%c"),
]
for s, f in cases:
    t = time.strptime(s, f)
    print(repr(s), repr(f), tuple(t), t.tm_gmtoff, t.tm_zone)
t = time.strptime("Fri Mar 15 13:45:09 2024")
print(t)
print(type(t).__name__, t.tm_year, t.tm_yday, t.tm_wday, t.tm_isdst)
t = time.strptime("2024 UTC", "%Y %Z")
print(t.tm_zone, t.tm_isdst)
for s, f in [("2024-13-01", "%Y-%m-%d"), ("2024-03-15 extra", "%Y-%m-%d"), ("2024-02-30", "%Y-%m-%d"),
             ("abc", "%Y"), ("2024", "%Y %Q"), ("2024", "%Y%"), ("2024-03-151", "%Y-%m-%d"), ("", "%Y"),
             ("13:00 PM", "%I:%M %p"), (2024, "%Y"), ("2024", None)]:
    try:
        print(time.strptime(s, f))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
