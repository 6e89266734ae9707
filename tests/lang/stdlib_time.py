# time: the deterministic parts (fixed timestamps in UTC, fixed tuples), types, monotonicity.
import time

def show(expr):
    try:
        r = eval(expr)
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
    else:
        print(expr, '->', repr(r))

for t in (0, 1, 86399, 86400, 951782400, 1234567890, 2**31, 4102444800, -1, -86401, 1e9 + 0.9, -0.5):
    g = time.gmtime(t)
    print(t, g, g.tm_zone, g.tm_gmtoff, len(g), tuple(g))

g = time.gmtime(1234567890)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday, g.tm_isdst)
print(g[0], g[-1], g[1:4], list(g) == [2009, 2, 13, 23, 31, 30, 4, 44, 0], g == tuple(g), isinstance(g, tuple))
print(type(g).__name__, type(g).__module__, time.struct_time.n_sequence_fields, time.struct_time.n_fields)
year, mon, *rest = g
print(year, mon, rest)

s = time.struct_time((2020, 2, 29, 12, 30, 45, 5, 60, 0))
print(s, s.tm_zone, s.tm_gmtoff)
s = time.struct_time((2020, 2, 29, 12, 30, 45, 5, 60, 0, 'XYZ', 3600))
print(s.tm_zone, s.tm_gmtoff, len(s))
for bad in ["time.struct_time((1, 2, 3))", "time.struct_time(range(12))", "time.struct_time(5)"]:
    show(bad)

fmt = '%Y-%m-%d %H:%M:%S|%a %A|%b %B|%j|%w|%y|%%|%I %p|%U %W|%C|%e|%D|%T|%R|%n|%t|%u|%G-%V'
for t in (0, 1234567890, 951782400, 4102444800):
    print(time.strftime(fmt, time.gmtime(t)))
print(time.strftime('%Y/%m/%d', (2001, 2, 3, 4, 5, 6, 0, 1, 0)))
print(time.strftime('%m %d %j', (2001, 0, 0, 0, 0, 0, 0, 0, 0)))
print(repr(time.strftime('', (2001, 2, 3, 4, 5, 6, 0, 1, 0))))
print(time.strftime('caf\u00e9 %Y \U0001f600', (2001, 2, 3, 4, 5, 6, 0, 1, 0)))
print(time.strftime('%Y', (12345, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime('%Y', (33, 1, 1, 0, 0, 0, 0, 1, 0)))
for bad in ["time.strftime('%Y', (2001, 13, 1, 0, 0, 0, 0, 1, 0))",
            "time.strftime('%Y', (2001, 1, 32, 0, 0, 0, 0, 1, 0))",
            "time.strftime('%Y', (2001, 1, 1, 24, 0, 0, 0, 1, 0))",
            "time.strftime('%Y', (2001, 1, 1, 0, 60, 0, 0, 1, 0))",
            "time.strftime('%Y', (2001, 1, 1, 0, 0, 62, 0, 1, 0))",
            "time.strftime('%Y', (2001, 1, 1, 0, 0, 0, -2, 1, 0))",
            "time.strftime('%Y', (2001, 1, 1, 0, 0, 0, 0, 367, 0))",
            "time.strftime('%Y', (2001, 1, 1))",
            "time.strftime('%Y', [2001, 1, 1, 0, 0, 0, 0, 1, 0])",
            "time.strftime('%Y', (2001, 1, 1, 0, 0, 0, 0, 1.5, 0))",
            "time.strftime(5)", "time.strftime()", "time.strftime('a\\0b', time.gmtime(0))"]:
    show(bad)

print(time.asctime(time.gmtime(0)))
print(time.asctime(time.gmtime(1234567890)))
print(time.asctime((2024, 3, 5, 1, 2, 3, 1, 65, 0)))
print(time.asctime((12345, 12, 25, 23, 59, 59, 6, 359, 0)))
show("time.asctime((2024, 13, 5, 1, 2, 3, 1, 65, 0))")
show("time.asctime('x')")

# Types and clocks (values are not printed: they change).
for name in ['time', 'monotonic', 'perf_counter', 'process_time', 'thread_time']:
    print(name, type(getattr(time, name)()).__name__, type(getattr(time, name + '_ns')()).__name__)
a = time.monotonic(); b = time.monotonic(); print(b >= a)
a = time.perf_counter_ns(); b = time.perf_counter_ns(); print(b >= a)
a = time.time(); print(a > 1.6e9, abs(time.time_ns() / 1e9 - a) < 5)
t0 = time.perf_counter(); time.sleep(0.02); print(time.perf_counter() - t0 >= 0.019)
time.sleep(0); time.sleep(True)
for bad in ["time.sleep(-1)", "time.sleep('x')", "time.sleep(float('nan'))", "time.sleep()", "time.time(1)",
            "time.gmtime(float('nan'))", "time.gmtime('x')", "time.gmtime(1, 2)", "time.mktime((1, 2))",
            "time.mktime('x')"]:
    show(bad)
print(type(time.timezone).__name__, type(time.altzone).__name__, time.daylight in (0, 1),
      type(time.tzname).__name__, len(time.tzname))
lt = time.localtime(1234567890)
print(time.mktime(lt), type(time.ctime(0)).__name__, len(time.ctime(0)), time.ctime(1234567890) == time.asctime(lt))
print(isinstance(time.localtime(), time.struct_time), time.gmtime(None).tm_year >= 2024)
