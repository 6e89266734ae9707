/* format.c: the format-spec mini-language for numbers (int.__format__, float.__format__, bool via
 * int, object.__format__), CPython 3.11-exact. str's own spec stays in str.c; no field syntax here. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/runtime.h"
#include "vm/vm.h"

/* A parsed spec: [[fill]align][sign][z][#][0][width][grouping][.precision][type]. */
typedef struct fmt_spec {
    char fill[5];     /* UTF-8 of the fill code point, NUL-terminated */
    char align;       /* '<' '>' '^' '=' or 0 (type default) */
    char sign;        /* '+' '-' ' ' or 0 */
    char grouping;    /* ',' '_' or 0 */
    char type;        /* presentation type or 0 */
    bool no_neg_zero; /* 'z' */
    bool alt;         /* '#' */
    int64_t width, precision; /* -1: absent */
} fmt_spec_t;

/* Widths past this are refused as MemoryError up front rather than attempted. */
#define FMT_MAX_WIDTH ((int64_t)1 << 31)

/* Reads a decimal count; returns 0 when absent, 1 when read, -1 on overflow (error set). */
static int fmt_read_count(sp_vm_t *vm, const char **p, const char *end, int64_t *out) {
    if (*p >= end || **p < '0' || **p > '9') return 0;
    int64_t n = 0;
    while (*p < end && **p >= '0' && **p <= '9') {
        if (n > (INT64_MAX - 9) / 10) {
            sp_raise(vm, SP_EXC_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        n = n * 10 + (*(*p)++ - '0');
    }
    *out = n;
    return 1;
}

/* True for the four alignment characters. */
static bool fmt_is_align(char c) { return c == '<' || c == '>' || c == '^' || c == '='; }

/* CPython's "Cannot specify ',' with 'x'." for a grouping the presentation type forbids. */
static int fmt_bad_grouping(sp_vm_t *vm, const fmt_spec_t *spec) {
    unsigned char t = (unsigned char)spec->type;
    if (t > 32 && t < 128)
        sp_raise(vm, SP_EXC_ValueError, "Cannot specify '%c' with '%c'.", spec->grouping, t);
    else
        sp_raise(vm, SP_EXC_ValueError, "Cannot specify '%c' with '\\x%x'.", spec->grouping, t);
    return -1;
}

/* Checks the grouping against the type, as parse_internal_render_format_spec does. */
static int fmt_check_grouping(sp_vm_t *vm, const fmt_spec_t *spec) {
    if (!spec->grouping || strchr("defgEG%F", spec->type) || !spec->type) return 0;
    if (spec->grouping == '_' && strchr("boxX", spec->type)) return 0;
    return fmt_bad_grouping(vm, spec);
}

/* Parses `text` (a str) for an object of type `tname`; default_align is '>' for numbers. */
static int fmt_parse(sp_vm_t *vm, sp_value_t text, const char *tname, fmt_spec_t *spec) {
    sp_str_t *s = SP_AS_STR(text);
    const char *p = s->data, *end = s->data + s->size;
    *spec = (fmt_spec_t){.fill = " ", .width = -1, .precision = -1};
    bool fill_given = false;
    const char *after_first = p;
    if (p < end) str_decode_char(&after_first);
    if (after_first < end && fmt_is_align(*after_first)) {
        memcpy(spec->fill, p, (size_t)(after_first - p));
        spec->fill[after_first - p] = 0;
        spec->align = *after_first;
        fill_given = true;
        p = after_first + 1;
    } else if (p < end && fmt_is_align(*p)) {
        spec->align = *p++;
    }
    if (p < end && (*p == '+' || *p == '-' || *p == ' ')) spec->sign = *p++;
    if (p < end && *p == 'z') spec->no_neg_zero = (p++, true);
    if (p < end && *p == '#') spec->alt = (p++, true);
    if (!fill_given && p < end && *p == '0') {
        strcpy(spec->fill, "0");
        if (!spec->align) spec->align = '=';
        p++;
    }
    if (fmt_read_count(vm, &p, end, &spec->width) < 0) return -1;
    if (p < end && *p == ',') spec->grouping = *p++;
    if (p < end && *p == '_') {
        if (spec->grouping) return sp_raise(vm, SP_EXC_ValueError, "Cannot specify both ',' and '_'."), -1;
        spec->grouping = *p++;
    }
    if (p < end && *p == ',' && spec->grouping == '_')
        return sp_raise(vm, SP_EXC_ValueError, "Cannot specify both ',' and '_'."), -1;
    if (p < end && *p == '.') {
        p++;
        int got = fmt_read_count(vm, &p, end, &spec->precision);
        if (got < 0) return -1;
        if (got == 0) return sp_raise(vm, SP_EXC_ValueError, "Format specifier missing precision"), -1;
    }
    if (end - p > 1)
        return sp_raise(vm, SP_EXC_ValueError, "Invalid format specifier '%s' for object of type '%s'", s->data,
                        tname),
               -1;
    if (p < end) spec->type = *p;
    if (spec->width > FMT_MAX_WIDTH || spec->precision > FMT_MAX_WIDTH) return sp_raise_nomem(vm), -1;
    return fmt_check_grouping(vm, spec);
}

/* "Unknown format code 'd' for object of type 'float'". */
static sp_value_t fmt_unknown_code(sp_vm_t *vm, char type, const char *tname) {
    unsigned char t = (unsigned char)type;
    if (t > 32 && t < 128)
        return sp_raise(vm, SP_EXC_ValueError, "Unknown format code '%c' for object of type '%s'", t, tname);
    return sp_raise(vm, SP_EXC_ValueError, "Unknown format code '\\x%x' for object of type '%s'", t, tname);
}

/* ---- Layout: sign, prefix, grouped digits, the rest, padded to the width -------------------- */

/* Appends `n` copies of the fill. */
static void fmt_pad(sp_strbuf_t *buf, const char *fill, int64_t n) {
    for (int64_t i = 0; i < n; i++) strbuf_append_cstr(buf, fill);
}

/* Writes `digits` with a separator every `group` digits, padded with '0's to at least
 * min_width characters, as CPython's _PyUnicode_InsertThousandsGrouping (which may overshoot
 * min_width by one rather than start with a separator). Builds right to left. */
static char *fmt_group(sp_vm_t *vm, const char *digits, int64_t ndigits, char sep, int group, int64_t min_width,
                       int64_t *out_len) {
    int64_t cap = (ndigits > min_width ? ndigits : min_width) * 2 + 4;
    char *out = sp_alloc_atomic(vm, (size_t)cap);
    if (!out) return NULL;
    int64_t pos = cap, remaining = ndigits;
    bool use_sep = false;
    for (;;) {
        int64_t l = remaining > min_width ? remaining : min_width;
        if (l < 1) l = 1;
        if (l > group) l = group;
        int64_t zeros = l - remaining > 0 ? l - remaining : 0;
        int64_t chars = remaining < l ? remaining : l;
        if (chars < 0) chars = 0;
        if (use_sep) out[--pos] = sep;
        for (int64_t i = 0; i < chars; i++) out[--pos] = digits[remaining - 1 - i];
        for (int64_t i = 0; i < zeros; i++) out[--pos] = '0';
        use_sep = true;
        remaining -= chars;
        min_width -= l;
        if (remaining <= 0 && min_width <= 0) break;
        min_width -= 1;
    }
    *out_len = cap - pos;
    return out + pos;
}

/* The pieces of a formatted number before padding. */
typedef struct fmt_number {
    const char *sign;   /* "", "-", "+", " " */
    const char *prefix; /* "", "0x", ... */
    const char *digits; /* the integer digits (grouped by fmt_layout) */
    int64_t ndigits;
    const char *rest;   /* decimal point, fraction, exponent, '%' */
    int group;          /* digits per group: 3, or 4 for '_' with b/o/x/X */
} fmt_number_t;

/* Joins the pieces with grouping and pads them as calc_number_widths/fill_number do. */
static sp_value_t fmt_layout(sp_vm_t *vm, const fmt_spec_t *spec, const fmt_number_t *num) {
    int64_t left_len = (int64_t)(strlen(num->sign) + strlen(num->prefix)), rest_len = (int64_t)strlen(num->rest);
    const char *digits = num->digits;
    int64_t ndigits = num->ndigits;
    if (spec->grouping && num->ndigits > 0) { /* inf, nan and 'c' have no digits to group */
        int64_t min_width = 0;
        if (spec->fill[0] == '0' && !spec->fill[1] && spec->align == '=')
            min_width = spec->width - left_len - rest_len;
        digits = fmt_group(vm, num->digits, num->ndigits, spec->grouping, num->group, min_width, &ndigits);
        if (!digits) return SP_NULL;
    }
    int64_t total = left_len + ndigits + rest_len;
    int64_t pad = spec->width > total ? spec->width - total : 0;
    char align = spec->align ? spec->align : '>';
    int64_t before = align == '>' ? pad : align == '^' ? pad / 2 : 0;
    sp_strbuf_t buf;
    strbuf_init(vm, &buf);
    fmt_pad(&buf, spec->fill, before);
    strbuf_append_cstr(&buf, num->sign);
    strbuf_append_cstr(&buf, num->prefix);
    if (align == '=') fmt_pad(&buf, spec->fill, pad);
    strbuf_append(&buf, digits, (size_t)ndigits);
    strbuf_append_cstr(&buf, num->rest);
    if (align == '<' || align == '^') fmt_pad(&buf, spec->fill, pad - before);
    return strbuf_finish(&buf);
}

/* ---- int ------------------------------------------------------------------------------------ */

/* The sign text for a number: '-' when negative, else what the spec asks for. */
static const char *fmt_sign(const fmt_spec_t *spec, bool negative) {
    if (negative) return "-";
    return spec->sign == '+' ? "+" : spec->sign == ' ' ? " " : "";
}

static sp_value_t fmt_float_value(sp_vm_t *vm, double d, const fmt_spec_t *spec, const char *tname);

/* format(int, spec) for a parsed spec: integer types, 'c', or the float types via float(). */
static sp_value_t fmt_int(sp_vm_t *vm, sp_value_t v, fmt_spec_t *spec) {
    char type = spec->type ? spec->type : 'd';
    if (strchr("eEfFgG%", type)) {
        double d;
        if (sp_int_to_double(vm, v, &d) < 0) return SP_NULL;
        return fmt_float_value(vm, d, spec, "int");
    }
    if (!strchr("bcdoxXn", type)) return fmt_unknown_code(vm, type, sp_type_name(vm, v));
    if (spec->precision >= 0)
        return sp_raise(vm, SP_EXC_ValueError, "Precision not allowed in integer format specifier");
    if (spec->no_neg_zero)
        return sp_raise(vm, SP_EXC_ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
    fmt_number_t num = {.prefix = "", .rest = "", .group = 3};
    sp_value_t text;
    if (type == 'c') {
        if (spec->sign) return sp_raise(vm, SP_EXC_ValueError, "Sign not allowed with integer format specifier 'c'");
        if (spec->alt)
            return sp_raise(vm, SP_EXC_ValueError,
                            "Alternate form (#) not allowed with integer format specifier 'c'");
        int64_t cp;
        if (sp_int_to_i64(vm, v, &cp) < 0 || cp < 0 || cp > 0x10FFFF) {
            vm->exc = SP_NULL;
            return sp_raise(vm, SP_EXC_OverflowError, "%%c arg not in range(0x110000)");
        }
        text = sp_str_from_codepoint(vm, (uint32_t)cp);
        num.sign = "";
    } else {
        int base = type == 'b' ? 2 : type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
        text = base == 10 ? sp_int_to_decimal(vm, v) : sp_int_format_base(vm, v, base);
        if (!text) return SP_NULL;
        const char *t = sp_str_cstr(text);
        num.sign = fmt_sign(spec, *t == '-');
        if (*t == '-') t++;
        if (base != 10) t += 2;
        if (spec->alt && base != 10) num.prefix = type == 'X' ? "0X" : type == 'x' ? "0x" : type == 'o' ? "0o" : "0b";
        if (base != 10 && spec->grouping == '_') num.group = 4;
        if (type == 'X') {
            char *upper = sp_alloc_atomic(vm, strlen(t) + 1);
            if (!upper) return SP_NULL;
            for (size_t i = 0; (upper[i] = t[i]) != 0; i++)
                if (upper[i] >= 'a' && upper[i] <= 'f') upper[i] = (char)(upper[i] - 32);
            t = upper;
        }
        num.digits = t;
        num.ndigits = (int64_t)strlen(t);
        return fmt_layout(vm, spec, &num);
    }
    if (!text) return SP_NULL;
    num.digits = sp_str_cstr(text);
    num.ndigits = SP_AS_STR(text)->size;
    return fmt_layout(vm, spec, &num);
}

/* ---- float: PyOS_double_to_string's format_float_short, on digits from printf ---------------- */

/* Correctly rounded decimal digits of |d| (finite): value = 0.DIGITS * 10**decpt, no trailing
 * zeros (at least "0"). mode 'e': ndigits significant digits; 'f': ndigits after the point;
 * 'r': the shortest repr. Returns the digit string (GC memory) or NULL on MemoryError. */
static char *fmt_digits(sp_vm_t *vm, double d, char mode, int64_t ndigits, int64_t *decpt) {
    size_t cap = (size_t)ndigits + 400;
    char *text = sp_alloc_atomic(vm, cap);
    if (!text) return NULL;
    d = fabs(d);
    if (mode == 'e')
        snprintf(text, cap, "%.*e", (int)(ndigits > 0 ? ndigits - 1 : 0), d);
    else if (mode == 'f')
        snprintf(text, cap, "%.*f", (int)ndigits, d);
    else
        float_repr_buf(d, text, cap);
    char *digits = sp_alloc_atomic(vm, cap);
    if (!digits) return NULL;
    int64_t n = 0, point = -1, exp = 0;
    for (const char *p = text; *p; p++) {
        if (*p >= '0' && *p <= '9') digits[n++] = *p;
        else if (*p == '.') point = n;
        else if (*p == 'e' || *p == 'E') {
            exp = strtol(p + 1, NULL, 10);
            break;
        }
    }
    if (point < 0) point = n;
    int64_t lead = 0;
    while (lead < n && digits[lead] == '0') lead++;
    while (n > lead && digits[n - 1] == '0') n--;
    if (lead == n) {
        *decpt = 1;
        return "0";
    }
    digits[n] = 0;
    *decpt = point - lead + exp;
    return digits + lead;
}

/* Flags of format_float_short. */
typedef struct fmt_float_flags {
    bool add_dot_0, alt, upper;
} fmt_float_flags_t;

/* Lays out digits as format_float_short does (type 'e', 'f', 'g' or 'r'), without the sign. */
static void fmt_float_body(sp_strbuf_t *buf, const char *digits, int64_t decpt, char type, int64_t precision,
                           fmt_float_flags_t fl) {
    int64_t ndig = (int64_t)strlen(digits), vend = ndig, exp = 0;
    bool use_exp = false;
    if (type == 'e') {
        use_exp = true;
        vend = precision;
    } else if (type == 'f') {
        vend = decpt + precision;
    } else if (type == 'g') {
        if (decpt <= -4 || decpt > (fl.add_dot_0 ? precision - 1 : precision)) use_exp = true;
        if (fl.alt) vend = precision;
    } else if (decpt <= -4 || decpt > 16) {
        use_exp = true;
    }
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    int64_t vstart = decpt <= 0 ? decpt - 1 : 0;
    int64_t min_end = !use_exp && fl.add_dot_0 ? decpt + 1 : decpt;
    if (vend < min_end) vend = min_end;
    size_t mark = buf->size;
    if (decpt <= 0) {
        fmt_pad(buf, "0", decpt - vstart);
        strbuf_append(buf, ".", 1);
        fmt_pad(buf, "0", -decpt);
    } else {
        fmt_pad(buf, "0", -vstart);
    }
    if (decpt > 0 && decpt <= ndig) {
        strbuf_append(buf, digits, (size_t)decpt);
        strbuf_append(buf, ".", 1);
        strbuf_append(buf, digits + decpt, (size_t)(ndig - decpt));
    } else {
        strbuf_append(buf, digits, (size_t)ndig);
    }
    if (ndig < decpt) {
        fmt_pad(buf, "0", decpt - ndig);
        strbuf_append(buf, ".", 1);
        fmt_pad(buf, "0", vend - decpt);
    } else {
        fmt_pad(buf, "0", vend - ndig);
    }
    if (buf->size > mark && buf->data[buf->size - 1] == '.' && !fl.alt) buf->size--;
    if (use_exp) strbuf_printf(buf, "%c%+.02lld", fl.upper ? 'E' : 'e', (long long)exp);
}

/* The text of finite or non-finite |d| for a presentation type (no sign), as PyOS_double_to_string. */
static int fmt_float_text(sp_vm_t *vm, sp_strbuf_t *buf, double d, char type, int64_t precision,
                          fmt_float_flags_t fl, bool *rounded_zero) {
    if (!isfinite(d)) {
        strbuf_append_cstr(buf, isnan(d) ? (fl.upper ? "NAN" : "nan") : (fl.upper ? "INF" : "inf"));
        return 0;
    }
    char mode = type == 'f' ? 'f' : type == 'r' ? 'r' : 'e';
    if (type == 'g' && precision == 0) precision = 1;
    int64_t want = type == 'e' ? precision + 1 : precision;
    int64_t decpt;
    const char *digits = fmt_digits(vm, d, mode, want, &decpt);
    if (!digits) return -1;
    *rounded_zero = digits[0] == '0';
    fmt_float_body(buf, digits, decpt, type, type == 'e' ? precision + 1 : precision, fl);
    return 0;
}

static sp_value_t fmt_float_core(sp_vm_t *vm, double d, const fmt_spec_t *spec, char type, int64_t precision,
                                 fmt_float_flags_t fl, bool percent);

/* format(float, spec) for a parsed spec (ints reach here for e/f/g/%). */
static sp_value_t fmt_float_value(sp_vm_t *vm, double d, const fmt_spec_t *spec, const char *tname) {
    char type = spec->type;
    if (type && !strchr("eEfFgGn%", type)) return fmt_unknown_code(vm, type, tname);
    int64_t precision = spec->precision;
    fmt_float_flags_t fl = {.alt = spec->alt, .upper = type == 'E' || type == 'F' || type == 'G'};
    bool percent = type == '%';
    if (!type) {
        fl.add_dot_0 = true;
        type = precision < 0 ? 'r' : 'g';
    }
    if (type == 'n') type = 'g';
    if (percent) {
        type = 'f';
        d *= 100;
    }
    if (precision < 0) precision = 6;
    return fmt_float_core(vm, d, spec, type, precision, fl, percent);
}

/* Formats d for a resolved lower-case type ('e', 'f', 'g', 'r') and precision, then lays it out. */
static sp_value_t fmt_float_core(sp_vm_t *vm, double d, const fmt_spec_t *spec, char type, int64_t precision,
                                 fmt_float_flags_t fl, bool percent) {
    if (type >= 'A' && type <= 'Z') type = (char)(type + 32);
    sp_strbuf_t body;
    strbuf_init(vm, &body);
    bool rounded_zero = false;
    if (fmt_float_text(vm, &body, d, type, precision, fl, &rounded_zero) < 0) return SP_NULL;
    if (percent) strbuf_append(&body, "%", 1);
    strbuf_append(&body, "", 1); /* NUL-terminate for the scan below */
    bool negative = signbit(d) && !isnan(d) && !(spec->no_neg_zero && rounded_zero);
    fmt_number_t num = {.sign = fmt_sign(spec, negative), .prefix = "", .digits = body.data, .group = 3};
    while (num.digits[num.ndigits] >= '0' && num.digits[num.ndigits] <= '9') num.ndigits++;
    num.rest = body.data + num.ndigits;
    return fmt_layout(vm, spec, &num);
}

/* format(complex, spec): both parts formatted unpadded ('' type: like str(z)), then padded whole. */
static sp_value_t fmt_complex_value(sp_vm_t *vm, double re, double im, const fmt_spec_t *spec) {
    char type = spec->type;
    if (type && !strchr("eEfFgGn", type)) return fmt_unknown_code(vm, type, "complex");
    if (spec->fill[0] == '0' && !spec->fill[1])
        return sp_raise(vm, SP_EXC_ValueError, "Zero padding is not allowed in complex format specifier");
    if (spec->align == '=')
        return sp_raise(vm, SP_EXC_ValueError, "'=' alignment flag is not allowed in complex format specifier");
    int64_t precision = spec->precision;
    bool skip_re = false, parens = false;
    fmt_float_flags_t fl = {.alt = spec->alt, .upper = type == 'E' || type == 'F' || type == 'G'};
    if (!type) {
        type = 'r';
        if (re == 0.0 && !signbit(re)) skip_re = true;
        else parens = true;
    }
    if (type == 'n') type = 'g';
    if (precision < 0) precision = type == 'r' ? 0 : 6;
    else if (type == 'r') type = 'g';
    fmt_spec_t part = *spec;
    part.width = -1;
    part.align = '<';
    strcpy(part.fill, " ");
    sp_value_t re_text = skip_re ? vm->empty_str : fmt_float_core(vm, re, &part, type, precision, fl, false);
    if (!skip_re) part.sign = '+';
    sp_value_t im_text = re_text ? fmt_float_core(vm, im, &part, type, precision, fl, false) : SP_NULL;
    if (!im_text) return SP_NULL;
    sp_strbuf_t body;
    strbuf_init(vm, &body);
    if (parens) strbuf_append(&body, "(", 1);
    strbuf_append_str(&body, re_text);
    strbuf_append_str(&body, im_text);
    strbuf_append(&body, parens ? "j)" : "j", parens ? 2 : 1);
    strbuf_append(&body, "", 1);
    fmt_spec_t whole = *spec;
    whole.grouping = 0;
    whole.sign = 0;
    fmt_number_t num = {.sign = "", .prefix = "", .digits = "", .rest = body.data, .group = 3};
    return fmt_layout(vm, &whole, &num);
}

sp_value_t sp_format_complex(sp_vm_t *vm, double re, double im, sp_value_t spec) {
    fmt_spec_t parsed;
    if (fmt_parse(vm, spec, "complex", &parsed) < 0) return SP_NULL;
    return fmt_complex_value(vm, re, im, &parsed);
}

/* ---- The __format__ methods and format() ---------------------------------------------------- */

/* Checks `x.__format__(spec)`'s argument. */
static int fmt_check_arg(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "__format__", nargs - 1, kwnames, 1, 1) < 0) return -1;
    if (!sp_is_str(args[1])) {
        sp_raise(vm, SP_EXC_TypeError, "__format__() argument must be str, not %s", sp_type_name(vm, args[1]));
        return -1;
    }
    return 0;
}

sp_value_t sp_format_int(sp_vm_t *vm, sp_value_t v, sp_value_t spec) {
    if (SP_AS_STR(spec)->size == 0) return sp_str(vm, v);
    fmt_spec_t parsed;
    if (fmt_parse(vm, spec, sp_type_name(vm, v), &parsed) < 0) return SP_NULL;
    return fmt_int(vm, sp_is_bool(v) ? sp_smallint(v == SP_TRUE) : v, &parsed);
}

sp_value_t sp_format_float(sp_vm_t *vm, double d, sp_value_t spec) {
    if (SP_AS_STR(spec)->size == 0) return sp_float_repr(vm, d);
    fmt_spec_t parsed;
    if (fmt_parse(vm, spec, "float", &parsed) < 0) return SP_NULL;
    return fmt_float_value(vm, d, &parsed, "float");
}

static sp_value_t int_m___format__(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (fmt_check_arg(vm, args, nargs, kwnames) < 0) return SP_NULL;
    return sp_format_int(vm, args[0], args[1]);
}

static sp_value_t float_m___format__(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (fmt_check_arg(vm, args, nargs, kwnames) < 0) return SP_NULL;
    double d;
    if (sp_to_double(vm, args[0], &d) < 0) return SP_NULL;
    return sp_format_float(vm, d, args[1]);
}

/* object.__format__: str(self) for an empty spec, TypeError otherwise (as CPython). */
static sp_value_t object_m___format__(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (fmt_check_arg(vm, args, nargs, kwnames) < 0) return SP_NULL;
    if (SP_AS_STR(args[1])->size == 0) return sp_str(vm, args[0]);
    return sp_raise(vm, SP_EXC_TypeError, "unsupported format string passed to %s.__format__",
                    sp_type_name(vm, args[0]));
}

void format_init(sp_vm_t *vm) {
    static const sp_method_def_t int_defs[] = {{"__format__", int_m___format__}, {NULL, NULL}};
    static const sp_method_def_t float_defs[] = {{"__format__", float_m___format__}, {NULL, NULL}};
    static const sp_method_def_t object_defs[] = {{"__format__", object_m___format__}, {NULL, NULL}};
    type_add_methods(vm, vm->types[SP_K_INT], int_defs);
    type_add_methods(vm, vm->types[SP_K_FLOAT], float_defs);
    if (type_lookup(vm, vm->types[SP_K_OBJECT], sp_str_intern_cstr(vm, "__format__")) == SP_NULL)
        type_add_methods(vm, vm->types[SP_K_OBJECT], object_defs);
}
