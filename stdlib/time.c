/* time.c: the time module, as CPython 3.11's on POSIX: clocks (time, monotonic, perf_counter,
 * process_time and their _ns forms), sleep, struct_time and the calendar conversions (gmtime,
 * localtime, mktime, strftime, asctime, ctime) and the time zone constants. */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <string.h>
#include <time.h>

#include "runtime/class.h"
#include "runtime/runtime.h"
#include "runtime/slots.h"
#include "stdlib/modules.h"

/*
 * struct_time is a named tuple of 9 fields plus tm_zone and tm_gmtoff, which are attributes only
 * (not items), as CPython's structseq. It is written in Python and run into the module once at
 * import: a tuple subclass needs no C type of its own.
 */
static const char time_struct_source[] =
    "class struct_time(tuple):\n"
    "    'The time value as returned by gmtime(), localtime() and strptime().'\n"
    "    n_sequence_fields = 9\n"
    "    n_fields = 11\n"
    "    n_unnamed_fields = 0\n"
    "    _names = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday',\n"
    "              'tm_isdst')\n"
    "    def __new__(cls, sequence, dict=None):\n"
    "        try:\n"
    "            items = tuple(sequence)\n"
    "        except TypeError:\n"
    "            raise TypeError('constructor requires a sequence') from None\n"
    "        n = len(items)\n"
    "        if n < 9:\n"
    "            raise TypeError('time.struct_time() takes an at least 9-sequence (%d-sequence given)' % n)\n"
    "        if n > 11:\n"
    "            raise TypeError('time.struct_time() takes an at most 11-sequence (%d-sequence given)' % n)\n"
    "        self = tuple.__new__(cls, items[:9])\n"
    "        extra = items[9:] + (None, None)\n"
    "        self._zone = extra[0]\n"
    "        self._gmtoff = extra[1]\n"
    "        return self\n"
    "    def __repr__(self):\n"
    "        fields = ', '.join('%s=%r' % (name, value) for name, value in zip(self._names, self))\n"
    "        return 'time.struct_time(' + fields + ')'\n"
    "    def __reduce__(self):\n"
    "        return (struct_time, (tuple(self), {'tm_zone': self._zone, 'tm_gmtoff': self._gmtoff}))\n"
    "    tm_year = property(lambda self: self[0], doc='year, for example, 1993')\n"
    "    tm_mon = property(lambda self: self[1], doc='month of year, range [1, 12]')\n"
    "    tm_mday = property(lambda self: self[2], doc='day of month, range [1, 31]')\n"
    "    tm_hour = property(lambda self: self[3], doc='hours, range [0, 23]')\n"
    "    tm_min = property(lambda self: self[4], doc='minutes, range [0, 59]')\n"
    "    tm_sec = property(lambda self: self[5], doc='seconds, range [0, 61])')\n"
    "    tm_wday = property(lambda self: self[6], doc='day of week, range [0, 6], Monday is 0')\n"
    "    tm_yday = property(lambda self: self[7], doc='day of year, range [1, 366]')\n"
    "    tm_isdst = property(lambda self: self[8], doc='1 if summer time is in effect, 0 if not, and -1 if unknown')\n"
    "    tm_zone = property(lambda self: self._zone, doc='abbreviation of timezone name')\n"
    "    tm_gmtoff = property(lambda self: self._gmtoff, doc='offset from UTC in seconds')\n"
    "def strptime(string, format='%a %b %d %H:%M:%S %Y'):\n"
    "    'Parses a string to a struct_time according to a format (stdlib/lib/_strptime.py).'\n"
    "    import _strptime\n"
    "    return _strptime._strptime_time(string, format)\n";

/* Checks the positional count of a function taking [min, max] arguments with the messages of
 * CPython's PyArg_ParseTuple ("strftime() takes at least 1 argument (0 given)"). */
static int time_nargs(sp_vm_t *vm, const char *name, int nargs, sp_value_t kwnames, int min, int max) {
    if (kwnames && SP_AS_TUPLE(kwnames)->size > 0) {
        sp_raise(vm, SP_EXC_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs >= min && nargs <= max) return 0;
    bool few = nargs < min;
    int bound = few ? min : max;
    sp_raise(vm, SP_EXC_TypeError, "%s() takes at %s %d argument%s (%d given)", name, few ? "least" : "most", bound,
             bound == 1 ? "" : "s", nargs);
    return -1;
}

/* ---- Clocks ------------------------------------------------------------------------------- */

static int time_clock(sp_vm_t *vm, clockid_t clock, struct timespec *ts) {
    if (clock_gettime(clock, ts) == 0) return 0;
    sp_raise(vm, SP_EXC_OSError, "[Errno %d] %s", errno, strerror(errno));
    return -1;
}

static sp_value_t time_clock_float(sp_vm_t *vm, const char *name, int nargs, sp_value_t kwnames, clockid_t clock) {
    struct timespec ts;
    if (sp_check_nargs(vm, name, nargs, kwnames, 0, 0) < 0 || time_clock(vm, clock, &ts) < 0) return SP_NULL;
    return sp_float((double)ts.tv_sec + (double)ts.tv_nsec * 1e-9);
}

static sp_value_t time_clock_ns(sp_vm_t *vm, const char *name, int nargs, sp_value_t kwnames, clockid_t clock) {
    struct timespec ts;
    if (sp_check_nargs(vm, name, nargs, kwnames, 0, 0) < 0 || time_clock(vm, clock, &ts) < 0) return SP_NULL;
    sp_value_t sec = sp_int_from_i64(vm, (int64_t)ts.tv_sec);
    sp_value_t scaled = sec ? sp_int_binop(vm, SP_BINOP_MUL, sec, sp_smallint(1000000000)) : SP_NULL;
    return scaled ? sp_int_binop(vm, SP_BINOP_ADD, scaled, sp_smallint(ts.tv_nsec)) : SP_NULL;
}

#define TIME_CLOCK(name, clock)                                                                                  \
    static sp_value_t time_##name(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {         \
        return time_clock_float(vm, "time." #name, nargs, kwnames, clock);                                              \
    }                                                                                                            \
    static sp_value_t time_##name##_ns(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {    \
        return time_clock_ns(vm, "time." #name "_ns", nargs, kwnames, clock);                                           \
    }
TIME_CLOCK(time, CLOCK_REALTIME)
TIME_CLOCK(monotonic, CLOCK_MONOTONIC)
TIME_CLOCK(perf_counter, CLOCK_MONOTONIC)
TIME_CLOCK(process_time, CLOCK_PROCESS_CPUTIME_ID)
TIME_CLOCK(thread_time, CLOCK_THREAD_CPUTIME_ID)

/* A number of seconds (int or float; __index__ otherwise, as CPython's) as a double. */
static int time_seconds(sp_vm_t *vm, sp_value_t v, double *out) {
    v = class_exact(vm, v);
    if (sp_is_float(v)) {
        *out = sp_float_value(v);
        return 0;
    }
    if (sp_is_int(v) || sp_is_bool(v)) return sp_int_to_double(vm, v, out);
    sp_value_t i = slots_index(vm, v);
    return i ? time_seconds(vm, i, out) : -1;
}

static sp_value_t time_sleep(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "time.sleep", nargs, kwnames, 1, 1) < 0) return SP_NULL;
    double secs;
    if (time_seconds(vm, args[0], &secs) < 0) return SP_NULL;
    if (isnan(secs)) return sp_raise(vm, SP_EXC_ValueError, "Invalid value NaN (not a number)");
    if (secs < 0) return sp_raise(vm, SP_EXC_ValueError, "sleep length must be non-negative");
    if (secs > 9.2e18 / 1e9) return sp_raise(vm, SP_EXC_OverflowError, "timestamp out of range for platform time_t");
    struct timespec req;
    req.tv_sec = (time_t)secs;
    req.tv_nsec = (long)((secs - (double)req.tv_sec) * 1e9);
    if (req.tv_nsec > 999999999) req.tv_nsec = 999999999;
    while (nanosleep(&req, &req) != 0) {
        if (errno != EINTR) return sp_raise(vm, SP_EXC_OSError, "[Errno %d] %s", errno, strerror(errno));
    }
    return SP_NONE;
}

/* ---- struct tm <-> struct_time ------------------------------------------------------------ */

/* A timestamp argument (None or absent: now) as time_t, rounded toward minus infinity. */
static int time_timestamp(sp_vm_t *vm, sp_value_t v, time_t *out) {
    if (!v || v == SP_NONE) {
        *out = time(NULL);
        return 0;
    }
    double d;
    if (time_seconds(vm, v, &d) < 0) return -1;
    if (isnan(d)) {
        sp_raise(vm, SP_EXC_ValueError, "Invalid value NaN (not a number)");
        return -1;
    }
    d = floor(d);
    if (!(d >= -9.2e18 && d <= 9.2e18)) {
        sp_raise(vm, SP_EXC_OverflowError, "timestamp out of range for platform time_t");
        return -1;
    }
    *out = (time_t)d;
    return 0;
}

static sp_value_t time_make_struct(sp_vm_t *vm, sp_value_t cls, const struct tm *tm, const char *zone, long gmtoff) {
    sp_value_t items[11] = {
        sp_int_from_i64(vm, (int64_t)tm->tm_year + 1900),
        sp_smallint(tm->tm_mon + 1),
        sp_smallint(tm->tm_mday),
        sp_smallint(tm->tm_hour),
        sp_smallint(tm->tm_min),
        sp_smallint(tm->tm_sec),
        sp_smallint((tm->tm_wday + 6) % 7),
        sp_smallint(tm->tm_yday + 1),
        sp_smallint(tm->tm_isdst),
        zone ? sp_str_from_cstr(vm, zone) : SP_NONE,
        sp_int_from_i64(vm, gmtoff),
    };
    if (!items[0] || !items[9]) return SP_NULL;
    sp_value_t tuple = sp_tuple_from_array(vm, items, 11);
    return tuple ? sp_call1(vm, cls, tuple) : SP_NULL;
}

/* gmtime and localtime: their native's self is the struct_time class (args[0]). */
static sp_value_t time_convert(sp_vm_t *vm, const char *name, const sp_value_t *args, int nargs, sp_value_t kwnames,
                               bool local) {
    sp_value_t cls = args[0];
    args++, nargs--;
    if (time_nargs(vm, name, nargs, kwnames, 0, 1) < 0) return SP_NULL;
    time_t t;
    if (time_timestamp(vm, nargs ? args[0] : SP_NULL, &t) < 0) return SP_NULL;
    struct tm tm;
    errno = 0;
    if (!(local ? localtime_r(&t, &tm) : gmtime_r(&t, &tm))) {
        int err = errno ? errno : EOVERFLOW;
        return sp_raise(vm, SP_EXC_OSError, "[Errno %d] %s", err, strerror(err));
    }
    return time_make_struct(vm, cls, &tm, tm.tm_zone, tm.tm_gmtoff);
}

static sp_value_t time_gmtime(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return time_convert(vm, "gmtime", args, nargs, kwnames, false);
}

static sp_value_t time_localtime(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return time_convert(vm, "localtime", args, nargs, kwnames, true);
}

/* A 9-item time tuple (or struct_time) as struct tm, as CPython's gettmarg. */
static int time_tuple_to_tm(sp_vm_t *vm, const char *name, sp_value_t v, struct tm *tm) {
    if (!sp_isinstance(vm, v, vm->types[SP_K_TUPLE])) {
        sp_raise(vm, SP_EXC_TypeError, "Tuple or struct_time argument required");
        return -1;
    }
    sp_value_t t = class_exact(vm, v);
    if (!sp_is_tuple(t) && !(t = sp_tuple_from_iterable(vm, v))) return -1;
    if (SP_AS_TUPLE(t)->size != 9) {
        sp_raise(vm, SP_EXC_TypeError, "%s(): illegal time tuple argument", name);
        return -1;
    }
    int64_t f[9];
    for (int i = 0; i < 9; i++) {
        sp_value_t item = SP_AS_TUPLE(t)->items[i];
        if (!sp_is_int(item) && !sp_is_bool(item)) {
            sp_raise(vm, SP_EXC_TypeError, "'%s' object cannot be interpreted as an integer", sp_type_name(vm, item));
            return -1;
        }
        if (sp_int_to_i64(vm, item, &f[i]) < 0 || f[i] < INT32_MIN || f[i] > INT32_MAX) {
            bool big = vm->exc ? sp_int_sign(vm, item) > 0 : f[i] > 0;
            if (vm->exc) sp_exc_fetch(vm);
            sp_raise(vm, SP_EXC_OverflowError, "signed integer is %s", big ? "greater than maximum" : "less than minimum");
            return -1;
        }
        if (i == 0 && f[0] - 1900 < INT32_MIN) {
            sp_raise(vm, SP_EXC_OverflowError, "year out of range");
            return -1;
        }
    }
    memset(tm, 0, sizeof *tm);
    tm->tm_year = (int)(f[0] - 1900);
    tm->tm_mon = (int)f[1] - 1;
    tm->tm_mday = (int)f[2];
    tm->tm_hour = (int)f[3];
    tm->tm_min = (int)f[4];
    tm->tm_sec = (int)f[5];
    tm->tm_wday = (int)((f[6] + 1) % 7);
    tm->tm_yday = (int)f[7] - 1;
    tm->tm_isdst = (int)f[8];
    /* A struct_time carries its zone. */
    if (slots_is_heap_instance(v)) {
        sp_value_t zone = sp_getattr_opt(vm, v, sp_str_intern_cstr(vm, "tm_zone"));
        if (vm->exc) return -1;
        sp_value_t off = sp_getattr_opt(vm, v, sp_str_intern_cstr(vm, "tm_gmtoff"));
        if (vm->exc) return -1;
        if (zone && sp_is_str(zone)) tm->tm_zone = sp_str_cstr(zone);
        int64_t gmtoff;
        if (off && sp_is_int(off) && sp_int_to_i64(vm, off, &gmtoff) == 0) tm->tm_gmtoff = (long)gmtoff;
        if (vm->exc) sp_exc_fetch(vm);
    }
    return 0;
}

/* The range checks CPython's strftime and asctime make (checktm), after mapping 0 to 1 for the
 * month and day and out-of-range weekday/yday values the way CPython does. */
static int time_check_tm(sp_vm_t *vm, struct tm *tm) {
    const char *what = NULL;
    if (tm->tm_mon < 0 || tm->tm_mon > 11) what = "month out of range";
    else if (tm->tm_mday < 1 || tm->tm_mday > 31) what = "day of month out of range";
    else if (tm->tm_hour < 0 || tm->tm_hour > 23) what = "hour out of range";
    else if (tm->tm_min < 0 || tm->tm_min > 59) what = "minute out of range";
    else if (tm->tm_sec < 0 || tm->tm_sec > 61) what = "seconds out of range";
    else if (tm->tm_wday < 0) what = "day of week out of range";
    else if (tm->tm_yday < 0 || tm->tm_yday > 365) what = "day of year out of range";
    if (!what) return 0;
    sp_raise(vm, SP_EXC_ValueError, "%s", what);
    return -1;
}

/* The time tuple argument of strftime/asctime (absent or None: localtime()). */
static int time_tm_arg(sp_vm_t *vm, const char *name, sp_value_t v, struct tm *tm, bool for_strftime) {
    if (!v) {
        time_t now = time(NULL);
        if (!localtime_r(&now, tm)) {
            sp_raise(vm, SP_EXC_OSError, "[Errno %d] %s", errno, strerror(errno));
            return -1;
        }
        return 0;
    }
    if (time_tuple_to_tm(vm, name, v, tm) < 0) return -1;
    if (for_strftime) {
        if (tm->tm_mon == -1) tm->tm_mon = 0;
        if (tm->tm_mday == 0) tm->tm_mday = 1;
        if (tm->tm_yday == -1) tm->tm_yday = 0;
        if (tm->tm_isdst < -1) tm->tm_isdst = -1;
        else if (tm->tm_isdst > 1) tm->tm_isdst = 1;
    }
    return time_check_tm(vm, tm);
}

static sp_value_t time_strftime(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (time_nargs(vm, "strftime", nargs, kwnames, 1, 2) < 0) return SP_NULL;
    if (!sp_is_str(args[0]))
        return sp_raise(vm, SP_EXC_TypeError, "strftime() argument 1 must be str, not %s", sp_arg_type_name(vm, args[0]));
    struct tm tm;
    if (time_tm_arg(vm, "strftime", nargs > 1 ? args[1] : SP_NULL, &tm, true) < 0) return SP_NULL;
    const char *fmt = sp_str_cstr(args[0]);
    size_t fmtlen = (size_t)SP_AS_STR(args[0])->size;
    if (memchr(fmt, '\0', fmtlen)) return sp_raise(vm, SP_EXC_ValueError, "embedded null character");
    if (fmtlen == 0) return vm->empty_str;
    /* strftime returns 0 both for "too small" and for an empty result: grow up to 256x, as
     * CPython, then accept the empty string. */
    for (size_t size = 1024; size <= 256 * fmtlen + 1024; size *= 2) {
        char *buf = sp_alloc_atomic(vm, size);
        if (!buf) return SP_NULL;
        size_t n = strftime(buf, size, fmt, &tm);
        if (n > 0 || size >= 256 * fmtlen) return sp_str_new(vm, buf, n);
    }
    return vm->empty_str;
}

/* "Sun Jun 20 23:21:05 1993", as CPython's _asctime (the year may have any width). */
static sp_value_t time_format_asctime(sp_vm_t *vm, const struct tm *tm) {
    static const char days[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char months[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return sp_str_format(vm, "%s %s%3d %.2d:%.2d:%.2d %lld", days[tm->tm_wday % 7], months[tm->tm_mon % 12],
                         tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec, (long long)tm->tm_year + 1900);
}

static sp_value_t time_asctime(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (time_nargs(vm, "asctime", nargs, kwnames, 0, 1) < 0) return SP_NULL;
    struct tm tm;
    if (time_tm_arg(vm, "asctime", nargs ? args[0] : SP_NULL, &tm, false) < 0) return SP_NULL;
    return time_format_asctime(vm, &tm);
}

static sp_value_t time_ctime(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (time_nargs(vm, "ctime", nargs, kwnames, 0, 1) < 0) return SP_NULL;
    time_t t;
    if (time_timestamp(vm, nargs ? args[0] : SP_NULL, &t) < 0) return SP_NULL;
    struct tm tm;
    if (!localtime_r(&t, &tm)) {
        int err = errno ? errno : EOVERFLOW;
        return sp_raise(vm, SP_EXC_OSError, "[Errno %d] %s", err, strerror(err));
    }
    return time_format_asctime(vm, &tm);
}

static sp_value_t time_mktime(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "time.mktime", nargs, kwnames, 1, 1) < 0) return SP_NULL;
    struct tm tm;
    if (time_tuple_to_tm(vm, "mktime", args[0], &tm) < 0) return SP_NULL;
    tm.tm_wday = -1; /* sentinel: mktime sets it on success, so -1 stays only on failure */
    time_t t = mktime(&tm);
    if (t == (time_t)-1 && tm.tm_wday == -1) return sp_raise(vm, SP_EXC_OverflowError, "mktime argument out of range");
    return sp_float((double)t);
}

/* ---- Time zone constants ------------------------------------------------------------------ */

/* timezone, altzone, daylight and tzname from the UTC offsets of January and July of this year,
 * as CPython does where struct tm has tm_gmtoff (southern-hemisphere zones swap the two). */
static void time_init_timezone(sp_vm_t *vm, sp_value_t dict) {
    tzset();
    time_t now = time(NULL);
    struct tm jan, jul, cur;
    if (!localtime_r(&now, &cur)) memset(&cur, 0, sizeof cur);
    time_t year_start = now - (time_t)cur.tm_yday * 86400;
    time_t t_jan = year_start - (year_start % 86400), t_jul = t_jan + (time_t)183 * 86400;
    if (!localtime_r(&t_jan, &jan) || !localtime_r(&t_jul, &jul)) return;
    long janzone = -jan.tm_gmtoff, julzone = -jul.tm_gmtoff;
    const char *janname = jan.tm_zone ? jan.tm_zone : "", *julname = jul.tm_zone ? jul.tm_zone : "";
    bool southern = janzone < julzone;
    long std = southern ? julzone : janzone, dst = southern ? janzone : julzone;
    sp_value_t names[2] = {sp_str_from_cstr(vm, southern ? julname : janname),
                           sp_str_from_cstr(vm, southern ? janname : julname)};
    if (!names[0] || !names[1]) return;
    sp_dict_set_cstr(vm, dict, "timezone", sp_int_from_i64(vm, std));
    sp_dict_set_cstr(vm, dict, "altzone", sp_int_from_i64(vm, dst));
    sp_dict_set_cstr(vm, dict, "daylight", sp_smallint(janzone != julzone));
    sp_dict_set_cstr(vm, dict, "tzname", sp_tuple_from_array(vm, names, 2));
}

/* ---- The module --------------------------------------------------------------------------- */

static const sp_method_def_t time_functions[] = {
    {"time", time_time},
    {"time_ns", time_time_ns},
    {"monotonic", time_monotonic},
    {"monotonic_ns", time_monotonic_ns},
    {"perf_counter", time_perf_counter},
    {"perf_counter_ns", time_perf_counter_ns},
    {"process_time", time_process_time},
    {"process_time_ns", time_process_time_ns},
    {"thread_time", time_thread_time},
    {"thread_time_ns", time_thread_time_ns},
    {"sleep", time_sleep},
    {"mktime", time_mktime},
    {"strftime", time_strftime},
    {"asctime", time_asctime},
    {"ctime", time_ctime},
    {NULL, NULL},
};

/* Functions that build struct_time get the class as their bound self. */
static const sp_method_def_t time_struct_functions[] = {
    {"gmtime", time_gmtime},
    {"localtime", time_localtime},
    {NULL, NULL},
};

sp_value_t time_module_init(sp_vm_t *vm) {
    sp_value_t module = sp_module_new(vm, sp_str_intern_cstr(vm, "time"));
    if (!module) return SP_NULL;
    sp_value_t dict = SP_AS_MODULE(module)->dict;
    if (sp_dict_set(vm, dict, vm->s___name__, sp_str_intern_cstr(vm, "time")) < 0) return SP_NULL;
    if (sp_dict_set(vm, dict, vm->s___builtins__, vm->builtins) < 0) return SP_NULL;
    module_add_functions(vm, module, time_functions);
    sp_value_t source = sp_str_from_cstr(vm, time_struct_source);
    sp_value_t filename = sp_str_from_cstr(vm, "<frozen time>");
    if (!source || !filename || !import_exec_source(vm, module, source, filename)) return SP_NULL;
    sp_value_t cls = sp_dict_get_cstr(vm, dict, "struct_time");
    if (!cls) return vm->exc ? SP_NULL : sp_raise(vm, SP_EXC_SystemError, "time: struct_time missing");
    for (const sp_method_def_t *f = time_struct_functions; f->name; f++) {
        sp_value_t fn = sp_native_new(vm, f->name, f->fn, cls);
        if (!fn) return SP_NULL;
        SP_AS_NATIVE(fn)->module_name = SP_AS_MODULE(module)->name;
        if (sp_dict_set_cstr(vm, dict, f->name, fn) < 0) return SP_NULL;
    }
    time_init_timezone(vm, dict);
    return vm->exc ? SP_NULL : module;
}
