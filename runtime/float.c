/* float.c: Python's float — arithmetic with CPython's signs and errors, shortest repr, parsing,
 * hashing and round(). Floats are inline values (value.h): nothing here allocates a float. */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/runtime.h"
#include "runtime/class.h"

#define FLOAT_HASH_MODULUS (((uint64_t)1 << 61) - 1)
#define FLOAT_HASH_BITS 61
#define FLOAT_HASH_INF 314159

/* A float subclass's instance: a heap object boxing the double (class_exact unboxes it). */
static bool float_is_box(sp_value_t v) { return sp_is_obj(v) && SP_AS_OBJ(v)->type->kind == SP_K_FLOAT; }
/* A float (plain or subclass) on either side of an arithmetic operation. */
static bool float_is_floatish(sp_value_t v) { return sp_is_float(v) || float_is_box(v); }
static bool float_is_number(sp_value_t v) { return sp_is_float(v) || sp_is_bool(v) || sp_is_int(v) || float_is_box(v); }
/* The double of a float method's self (a plain float or a subclass's box). */
static double float_self(sp_vm_t *vm, sp_value_t v) {
    return sp_float_value(sp_is_float(v) ? v : class_exact(vm, v));
}

int sp_to_double(sp_vm_t *vm, sp_value_t v, double *out) {
    if (sp_is_float(v)) {
        *out = sp_float_value(v);
        return 0;
    }
    if (sp_is_bool(v) || sp_is_int(v)) return sp_int_to_double(vm, v, out);
    if (float_is_box(v)) { /* a float subclass's box */
        *out = sp_float_value(class_exact(vm, v));
        return 0;
    }
    sp_raise(vm, SP_EXC_TypeError, "must be real number, not %s", sp_type_name(vm, v));
    return -1;
}

/* ---- repr: the shortest digits that round-trip ------------------------------------------- */

/* Digits (no dot; trailing zeros kept) and decimal point position of d > 0 with `precision`
 * significant digits, correctly rounded from the exact binary value by printf. */
static void float_digits(double d, int precision, char *digits, int *decpt) {
    char buf[40];
    snprintf(buf, sizeof buf, "%.*e", precision - 1, d);
    int n = 0;
    char *p = buf;
    for (; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9') digits[n++] = *p;
    digits[n] = '\0';
    *decpt = atoi(p + 1) + 1;
}

static void float_strip_zeros(char *digits) {
    size_t n = strlen(digits);
    while (n > 1 && digits[n - 1] == '0') digits[--n] = '\0';
}

static bool float_roundtrips(const char *digits, int decpt, double d) {
    char buf[48];
    snprintf(buf, sizeof buf, "0.%se%d", digits, decpt);
    return strtod(buf, NULL) == d;
}

/* The next decimal of the same length above `digits` (for the asymmetric gap at powers of 2). */
static void float_digits_up(char *digits, int *decpt) {
    int n = (int)strlen(digits), i = n - 1;
    while (i >= 0 && digits[i] == '9') digits[i--] = '0';
    if (i < 0) {
        memmove(digits + 1, digits, (size_t)n + 1);
        digits[0] = '1';
        (*decpt)++;
    } else {
        digits[i]++;
    }
}

static void float_shortest(double d, char *digits, int *decpt) {
    /* One try covers precisions 1 to 15: a double's 1-ulp rounding interval is narrower than half
     * a unit in the 15th significant digit, so a round-tripping decimal of at most 15 digits exists
     * exactly when the 15-digit rounding round-trips, and that rounding, trailing zeros stripped,
     * is it (the only one of its length). Otherwise the answer has 16 or 17 digits. Subnormals,
     * whose ulp is relatively wider, take the digit-by-digit search. */
    int first = 1;
    if (d >= DBL_MIN) {
        float_digits(d, 15, digits, decpt);
        float_strip_zeros(digits);
        if (float_roundtrips(digits, *decpt, d)) return;
        first = 16;
    }
    for (int precision = first; precision <= 17; precision++) {
        float_digits(d, precision, digits, decpt);
        if (float_roundtrips(digits, *decpt, d)) break;
        /* At a power of two the gap below d is half the gap above: the nearest candidate may
         * miss while the next one up still round-trips (CPython's repr picks it). */
        char up[24];
        int up_decpt = *decpt;
        memcpy(up, digits, strlen(digits) + 1);
        float_digits_up(up, &up_decpt);
        if (float_roundtrips(up, up_decpt, d)) {
            memcpy(digits, up, strlen(up) + 1);
            *decpt = up_decpt;
            break;
        }
    }
    float_strip_zeros(digits);
}

/* Lays out digits as CPython's repr: exponent form when decpt <= -4 or decpt > 16. */
static int float_layout(bool negative, const char *digits, int decpt, char *buf, size_t size) {
    char out[64];
    int n = (int)strlen(digits), len = 0;
    if (negative) out[len++] = '-';
    if (decpt <= -4 || decpt > 16) {
        out[len++] = digits[0];
        if (n > 1) {
            out[len++] = '.';
            memcpy(out + len, digits + 1, (size_t)n - 1);
            len += n - 1;
        }
        len += snprintf(out + len, sizeof out - (size_t)len, "e%c%02d", decpt - 1 < 0 ? '-' : '+', abs(decpt - 1));
    } else if (decpt <= 0) {
        out[len++] = '0';
        out[len++] = '.';
        for (int i = 0; i < -decpt; i++) out[len++] = '0';
        memcpy(out + len, digits, (size_t)n);
        len += n;
    } else {
        for (int i = 0; i < decpt; i++) out[len++] = i < n ? digits[i] : '0';
        out[len++] = '.';
        if (decpt >= n) out[len++] = '0';
        else {
            memcpy(out + len, digits + decpt, (size_t)(n - decpt));
            len += n - decpt;
        }
    }
    out[len] = '\0';
    snprintf(buf, size, "%s", out);
    return len;
}

int float_repr_buf(double d, char *buf, size_t size) {
    if (isnan(d)) return snprintf(buf, size, "nan");
    if (isinf(d)) return snprintf(buf, size, d < 0 ? "-inf" : "inf");
    if (d == 0) return snprintf(buf, size, signbit(d) ? "-0.0" : "0.0");
    char digits[24];
    int decpt;
    float_shortest(fabs(d), digits, &decpt);
    return float_layout(d < 0, digits, decpt, buf, size);
}

sp_value_t sp_float_repr(sp_vm_t *vm, double d) {
    char buf[64];
    int len = float_repr_buf(d, buf, sizeof buf);
    return sp_str_new(vm, buf, (size_t)len);
}

/* ---- hash -------------------------------------------------------------------------------- */

/* CPython's numeric hash: the value as a fraction reduced modulo 2^61 - 1, so that equal ints
 * and floats hash equal. Works through the mantissa 28 bits at a time. */
int64_t sp_float_hash(double d) {
    if (isinf(d)) return d > 0 ? FLOAT_HASH_INF : -FLOAT_HASH_INF;
    if (isnan(d)) return 0;
    int e;
    double m = frexp(d, &e);
    bool negative = m < 0;
    if (negative) m = -m;
    uint64_t x = 0;
    while (m != 0) {
        x = ((x << 28) & FLOAT_HASH_MODULUS) | x >> (FLOAT_HASH_BITS - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= FLOAT_HASH_MODULUS) x -= FLOAT_HASH_MODULUS;
    }
    e = e >= 0 ? e % FLOAT_HASH_BITS : FLOAT_HASH_BITS - 1 - ((-1 - e) % FLOAT_HASH_BITS);
    x = ((x << e) & FLOAT_HASH_MODULUS) | x >> (FLOAT_HASH_BITS - e);
    int64_t h = negative ? -(int64_t)x : (int64_t)x;
    return h == -1 ? -2 : h;
}

/* ---- arithmetic ------------------------------------------------------------------------- */

static bool float_is_odd_integer(double d) { return fmod(fabs(d), 2.0) == 1.0; }

/* CPython's float_pow, special cases first so C's pow never sees them. */
static sp_value_t float_pow(sp_vm_t *vm, double iv, double iw) {
    if (iw == 0) return sp_float(1.0);
    if (isnan(iv)) return sp_float(iv);
    if (isnan(iw)) return sp_float(iv == 1.0 ? 1.0 : iw);
    if (isinf(iw)) {
        iv = fabs(iv);
        if (iv == 1.0) return sp_float(1.0);
        return sp_float((iw > 0) == (iv > 1.0) ? fabs(iw) : 0.0);
    }
    if (isinf(iv)) {
        bool odd = float_is_odd_integer(iw);
        if (iw > 0) return sp_float(odd ? iv : fabs(iv));
        return sp_float(odd ? copysign(0.0, iv) : 0.0);
    }
    if (iv == 0.0) {
        if (iw < 0) return sp_raise(vm, SP_EXC_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return sp_float(float_is_odd_integer(iw) ? iv : 0.0);
    }
    bool negate = false;
    if (iv < 0) {
        if (iw != floor(iw)) return sp_complex_pow_float(vm, iv, iw); /* (-8) ** (1/3) is complex */
        iv = -iv;
        negate = float_is_odd_integer(iw);
    }
    if (iv == 1.0) return sp_float(negate ? -1.0 : 1.0);
    double r = pow(iv, iw);
    if (isinf(r)) return sp_raise(vm, SP_EXC_OverflowError, "(34, 'Numerical result out of range')");
    return sp_float(negate ? -r : r);
}

/* Python's modulo: the result takes the divisor's sign; a zero result keeps it as -0.0/0.0. */
static double float_mod(double x, double y) {
    double mod = fmod(x, y);
    if (mod != 0) {
        if ((y < 0) != (mod < 0)) mod += y;
    } else {
        mod = copysign(0.0, y);
    }
    return mod;
}

/* CPython's float_divmod: floor quotient consistent with float_mod. */
static void float_divmod_values(double x, double y, double *floordiv, double *mod) {
    double m = fmod(x, y);
    double div = (x - m) / y;
    if (m != 0) {
        if ((y < 0) != (m < 0)) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = copysign(0.0, y);
    }
    double q;
    if (div != 0) {
        q = floor(div);
        if (div - q > 0.5) q += 1.0;
    } else {
        q = copysign(0.0, x / y);
    }
    *floordiv = q;
    *mod = m;
}

sp_value_t sp_float_binop(sp_vm_t *vm, sp_binop_t op, sp_value_t a, sp_value_t b) {
    op &= ~SP_BINOP_INPLACE;
    if (!float_is_number(a) || !float_is_number(b)) return SP_NOTIMPLEMENTED;
    if (op >= SP_BINOP_LSHIFT || op == SP_BINOP_MATMUL) return SP_NOTIMPLEMENTED;
    double x, y;
    if (sp_to_double(vm, a, &x) < 0 || sp_to_double(vm, b, &y) < 0) return SP_NULL;
    double q, m;
    switch (op) {
    case SP_BINOP_ADD: return sp_float(x + y);
    case SP_BINOP_SUB: return sp_float(x - y);
    case SP_BINOP_MUL: return sp_float(x * y);
    case SP_BINOP_TRUEDIV:
        if (y == 0) return sp_raise(vm, SP_EXC_ZeroDivisionError, "float division by zero");
        return sp_float(x / y);
    case SP_BINOP_FLOORDIV:
        if (y == 0) return sp_raise(vm, SP_EXC_ZeroDivisionError, "float floor division by zero");
        float_divmod_values(x, y, &q, &m);
        return sp_float(q);
    case SP_BINOP_MOD:
        if (y == 0) return sp_raise(vm, SP_EXC_ZeroDivisionError, "float modulo");
        return sp_float(float_mod(x, y));
    case SP_BINOP_POW: return float_pow(vm, x, y);
    default: return SP_NOTIMPLEMENTED;
    }
}

sp_value_t sp_number_divmod(sp_vm_t *vm, sp_value_t a, sp_value_t b) {
    if (!float_is_number(a) || !float_is_number(b)) return SP_NOTIMPLEMENTED;
    if (float_is_floatish(a) || float_is_floatish(b)) {
        double x, y, q, m;
        if (sp_to_double(vm, a, &x) < 0 || sp_to_double(vm, b, &y) < 0) return SP_NULL;
        if (y == 0) return sp_raise(vm, SP_EXC_ZeroDivisionError, "float divmod()");
        float_divmod_values(x, y, &q, &m);
        return sp_tuple_pack2(vm, sp_float(q), sp_float(m));
    }
    sp_value_t q = sp_int_binop(vm, SP_BINOP_FLOORDIV, a, b);
    sp_value_t m = q ? sp_int_binop(vm, SP_BINOP_MOD, a, b) : SP_NULL;
    return m ? sp_tuple_pack2(vm, q, m) : SP_NULL;
}

sp_value_t sp_number_abs(sp_vm_t *vm, sp_value_t v) {
    if (sp_is_float(v)) return sp_float(fabs(sp_float_value(v)));
    if (float_is_box(v)) return sp_float(fabs(float_self(vm, v)));
    if (!sp_is_bool(v) && !sp_is_int(v)) return SP_NOTIMPLEMENTED;
    if (sp_int_sign(vm, v) < 0) return sp_int_binop(vm, SP_BINOP_SUB, sp_smallint(0), v);
    return sp_int_binop(vm, SP_BINOP_OR, v, sp_smallint(0)); /* bool or int subclass -> int */
}

/* ---- round ------------------------------------------------------------------------------- */

/* Rounds the exact decimal digits of trunc(d) (sticky: d had a fraction) to a multiple of
 * 10^shift, half to even, as CPython's dtoa does for negative ndigits. */
static double float_round_tens(double d, int shift) {
    char digits[400], text[420];
    int len = snprintf(digits, sizeof digits, "%.0f", fabs(trunc(d)));
    bool sticky = d != trunc(d);
    int keep = len - shift;
    bool up = false;
    if (keep >= 0) {
        /* dropped part: digits[keep..]; compare with 5000... */
        char first = keep < len ? digits[keep] : '0';
        bool rest = sticky;
        for (int i = keep + 1; i < len && !rest; i++) rest = digits[i] != '0';
        bool last_odd = keep > 0 && ((digits[keep - 1] - '0') & 1);
        up = first > '5' || (first == '5' && (rest || last_odd));
    }
    if (keep <= 0) {
        if (!up) return copysign(0.0, d);
        snprintf(text, sizeof text, "1e%d", shift);
    } else {
        /* One unit up in the last kept place, carrying through nines ("199" -> "200"). */
        int i = keep - 1;
        while (up && i >= 0 && digits[i] == '9') digits[i--] = '0';
        if (up && i >= 0) digits[i]++;
        snprintf(text, sizeof text, "%s%.*se%d", up && i < 0 ? "1" : "", keep, digits, shift);
    }
    return copysign(strtod(text, NULL), d);
}

/* round(d, n): printf rounds the exact binary value half to even, as CPython's dtoa-based
 * rounding does; the text then converts back correctly rounded. */
static sp_value_t float_round_digits(sp_vm_t *vm, double d, int64_t n) {
    if (isnan(d) || isinf(d) || d == 0) return sp_float(d);
    if (n > 323) return sp_float(d); /* beyond the smallest subnormal's digits: unchanged */
    if (n < -308) return sp_float(copysign(0.0, d));
    double r;
    if (n >= 0) {
        char buf[1100];
        snprintf(buf, sizeof buf, "%.*f", (int)n, d);
        r = strtod(buf, NULL);
    } else {
        r = float_round_tens(d, (int)-n);
    }
    if (isinf(r)) return sp_raise(vm, SP_EXC_OverflowError, "rounded value too large to represent");
    return sp_float(r == 0 ? copysign(0.0, d) : r);
}

sp_value_t sp_float_round(sp_vm_t *vm, double d, sp_value_t ndigits) {
    if (!ndigits || ndigits == SP_NONE) {
        double r = round(d); /* half away from zero, then fixed to half to even */
        if (fabs(d - r) == 0.5) r = 2.0 * round(d / 2.0);
        return sp_int_from_double(vm, r);
    }
    int64_t n;
    if (!sp_is_bool(ndigits) && !sp_is_int(ndigits)) {
        if (sp_index(vm, ndigits, &n) < 0) return SP_NULL;
    } else if (sp_int_to_i64(vm, ndigits, &n) < 0) {
        sp_exc_fetch(vm);
        n = sp_int_sign(vm, ndigits) > 0 ? INT64_MAX : INT64_MIN;
    }
    return float_round_digits(vm, d, n);
}

/* ---- parsing ----------------------------------------------------------------------------- */

static bool float_is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static bool float_is_digit(char c) { return c >= '0' && c <= '9'; }

/* Copies a run of digits with single underscores between digits into out; false if malformed. */
static bool float_copy_digits(const char **pp, const char *end, char **out, int *count) {
    const char *p = *pp;
    *count = 0;
    while (p < end && (float_is_digit(*p) || *p == '_')) {
        if (*p == '_') {
            if (*count == 0 || p + 1 >= end || !float_is_digit(p[1])) return false;
        } else {
            *(*out)++ = *p;
            (*count)++;
        }
        p++;
    }
    *pp = p;
    return true;
}

static bool float_match_word(const char *p, const char *end, const char *word) {
    size_t n = strlen(word);
    if ((size_t)(end - p) != n) return false;
    for (size_t i = 0; i < n; i++)
        if ((p[i] | 0x20) != word[i]) return false;
    return true;
}

/* Parses [sign] (inf | infinity | nan | digits[.digits][e[sign]digits]) into clean text. */
static bool float_parse_text(const char *p, const char *end, char *clean, double *out) {
    bool negative = false;
    if (p < end && (*p == '+' || *p == '-')) negative = *p++ == '-';
    if (float_match_word(p, end, "inf") || float_match_word(p, end, "infinity")) {
        *out = negative ? -INFINITY : INFINITY;
        return true;
    }
    if (float_match_word(p, end, "nan")) {
        *out = NAN;
        return true;
    }
    char *o = clean;
    if (negative) *o++ = '-';
    int int_digits, frac_digits = 0, exp_digits;
    if (!float_copy_digits(&p, end, &o, &int_digits)) return false;
    if (p < end && *p == '.') {
        *o++ = *p++;
        if (p < end && *p == '_') return false;
        if (!float_copy_digits(&p, end, &o, &frac_digits)) return false;
    }
    if (int_digits + frac_digits == 0) return false;
    if (p < end && (*p | 0x20) == 'e') {
        *o++ = *p++;
        if (p < end && (*p == '+' || *p == '-')) *o++ = *p++;
        if (!float_copy_digits(&p, end, &o, &exp_digits) || exp_digits == 0) return false;
    }
    if (p != end) return false;
    *o = '\0';
    *out = strtod(clean, NULL);
    return true;
}

static int float_parse_bytes(sp_vm_t *vm, const char *s, size_t len, sp_value_t original, double *out) {
    const char *p = s, *end = s + len;
    while (p < end && float_is_space(*p)) p++;
    while (end > p && float_is_space(end[-1])) end--;
    char *clean = sp_alloc_atomic(vm, (size_t)(end - p) + 2);
    if (!clean) return -1;
    if (p < end && float_parse_text(p, end, clean, out)) return 0;
    sp_value_t repr = sp_repr(vm, original);
    if (!repr) return -1;
    sp_raise(vm, SP_EXC_ValueError, "could not convert string to float: %s", sp_str_cstr(repr));
    return -1;
}

int sp_float_parse(sp_vm_t *vm, sp_value_t str, double *out) {
    if (sp_is_kind(str, SP_K_BYTES))
        return float_parse_bytes(vm, (const char *)SP_AS_BYTES(str)->data, (size_t)SP_AS_BYTES(str)->size, str, out);
    return float_parse_bytes(vm, sp_str_cstr(str), (size_t)SP_AS_STR(str)->size, str, out);
}

/* ---- type slots and methods --------------------------------------------------------------- */

static sp_value_t float_repr(sp_vm_t *vm, sp_value_t self) { return sp_float_repr(vm, sp_float_value(self)); }

static int float_hash_slot(sp_vm_t *vm, sp_value_t self, int64_t *out) {
    *out = sp_float_hash(sp_float_value(self));
    return 0;
}

static int float_truth(sp_vm_t *vm, sp_value_t self) { return sp_float_value(self) != 0; }

static bool float_cmp_doubles(double x, double y, sp_cmp_t op) {
    switch (op) {
    case SP_CMP_LT: return x < y;
    case SP_CMP_LE: return x <= y;
    case SP_CMP_EQ: return x == y;
    case SP_CMP_NE: return x != y;
    case SP_CMP_GT: return x > y;
    default: return x >= y;
    }
}

static const sp_cmp_t float_swapped_cmp[] = {SP_CMP_GT, SP_CMP_GE, SP_CMP_EQ, SP_CMP_NE, SP_CMP_LT, SP_CMP_LE};

/* float vs float/int/bool; an int side compares exactly (sp_int_compare_double). */
static sp_value_t float_richcompare(sp_vm_t *vm, sp_value_t a, sp_value_t b, sp_cmp_t op) {
    if (!float_is_number(a) || !float_is_number(b)) return SP_NOTIMPLEMENTED;
    if (sp_is_float(a) && sp_is_float(b)) return sp_bool(float_cmp_doubles(sp_float_value(a), sp_float_value(b), op));
    if (!sp_is_float(a) && !sp_is_float(b)) return SP_NOTIMPLEMENTED;
    /* Put the int on the left: int <op> float. */
    if (sp_is_float(a)) {
        sp_value_t t = a;
        a = b;
        b = t;
        op = float_swapped_cmp[op];
    }
    int c = sp_int_compare_double(vm, a, sp_float_value(b));
    if (c == 2) return sp_bool(op == SP_CMP_NE);
    return sp_bool(float_cmp_doubles((double)c, 0.0, op));
}

static sp_value_t float_binop_slot(sp_vm_t *vm, sp_binop_t op, sp_value_t a, sp_value_t b) {
    if (!sp_is_float(a) && !sp_is_float(b)) return SP_NOTIMPLEMENTED;
    return sp_float_binop(vm, op, a, b);
}

static sp_value_t float_unop(sp_vm_t *vm, sp_unop_t op, sp_value_t self) {
    double d = sp_float_value(self);
    if (op == SP_UNOP_NEG) return sp_float(-d);
    if (op == SP_UNOP_POS) return self;
    if (op == SP_UNOP_NOT) return sp_bool(d == 0);
    return SP_NOTIMPLEMENTED;
}

static sp_value_t float_from_object(sp_vm_t *vm, sp_value_t x) {
    double d;
    if (sp_is_float(x)) return x;
    if (sp_is_bool(x) || sp_is_int(x)) return sp_int_to_double(vm, x, &d) < 0 ? SP_NULL : sp_float(d);
    if (sp_is_str(x) || sp_is_kind(x, SP_K_BYTES)) return sp_float_parse(vm, x, &d) < 0 ? SP_NULL : sp_float(d);
    static const char *const hooks[] = {"__float__", "__index__"};
    for (size_t i = 0; i < 2; i++) {
        sp_value_t fn = type_lookup(vm, sp_typeof(vm, x), sp_str_intern_cstr(vm, hooks[i]));
        if (!fn) continue;
        sp_value_t r = sp_call1(vm, fn, x);
        if (!r) return SP_NULL;
        if (i == 0 && !sp_is_float(r))
            return sp_raise(vm, SP_EXC_TypeError, "%s.__float__ returned non-float (type %s)", sp_type_name(vm, x),
                            sp_type_name(vm, r));
        return i == 0 ? r : float_from_object(vm, r);
    }
    return sp_raise(vm, SP_EXC_TypeError, "float() argument must be a string or a real number, not '%s'",
                    sp_type_name(vm, x));
}

static sp_value_t float_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,
                                  sp_value_t kwnames) {
    if (kwnames && SP_AS_TUPLE(kwnames)->size > 0)
        return sp_raise(vm, SP_EXC_TypeError, "float() takes no keyword arguments");
    if (nargs > 1) return sp_raise(vm, SP_EXC_TypeError, "float expected at most 1 argument, got %d", nargs);
    return nargs == 0 ? sp_float(0.0) : float_from_object(vm, class_exact(vm, args[0]));
}

static sp_value_t float_m_is_integer(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "float.is_integer", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    double d = float_self(vm, args[0]);
    return sp_bool(isfinite(d) && d == floor(d));
}

static sp_value_t float_m_conjugate(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "float.conjugate", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    return sp_float(float_self(vm, args[0]));
}

static sp_value_t float_m_as_integer_ratio(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "float.as_integer_ratio", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    double d = float_self(vm, args[0]);
    if (isinf(d)) return sp_raise(vm, SP_EXC_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(d)) return sp_raise(vm, SP_EXC_ValueError, "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(d, &e);
    /* Scale the mantissa to an integer, then cancel powers of two. */
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    sp_value_t num = sp_int_from_double(vm, m), den = sp_smallint(1);
    if (!num) return SP_NULL;
    sp_value_t shift = sp_int_from_i64(vm, e < 0 ? -e : e);
    if (e > 0) num = sp_int_binop(vm, SP_BINOP_LSHIFT, num, shift);
    else den = sp_int_binop(vm, SP_BINOP_LSHIFT, den, shift);
    if (!num || !den) return SP_NULL;
    /* Reduce: the denominator is a power of two. */
    while (den != sp_smallint(1) && sp_int_binop(vm, SP_BINOP_AND, num, sp_smallint(1)) == sp_smallint(0)) {
        num = sp_int_binop(vm, SP_BINOP_RSHIFT, num, sp_smallint(1));
        den = sp_int_binop(vm, SP_BINOP_RSHIFT, den, sp_smallint(1));
    }
    return sp_tuple_pack2(vm, num, den);
}

/* float.hex(): '0x1.8000000000000p+0' style, 13 hex digits of mantissa. */
static sp_value_t float_m_hex(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "float.hex", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    double d = float_self(vm, args[0]);
    if (isnan(d) || isinf(d)) return sp_float_repr(vm, d);
    const char *sign = signbit(d) ? "-" : "";
    if (d == 0) return sp_str_format(vm, "%s0x0.0p+0", sign);
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    uint64_t mant = bits & (((uint64_t)1 << 52) - 1);
    int exp = (int)((bits >> 52) & 0x7FF);
    int lead = 1;
    if (exp == 0) {
        lead = 0;
        exp = -1022;
    } else {
        exp -= 1023;
    }
    return sp_str_format(vm, "%s0x%d.%013llxp%c%d", sign, lead, (unsigned long long)mant, exp < 0 ? '-' : '+',
                         exp < 0 ? -exp : exp);
}

/* float.real and float.imag (CPython's getsets). */
static sp_value_t float_getattr(sp_vm_t *vm, sp_value_t self, sp_value_t name) {
    const char *s = sp_str_cstr(name);
    if (!strcmp(s, "real")) return sp_float(float_self(vm, self));
    if (!strcmp(s, "imag")) return sp_float(0.0);
    return sp_generic_getattr(vm, self, name);
}

/* float.__round__(ndigits=None): an int without ndigits, else a float. */
static sp_value_t float_m_round(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (kwnames != SP_NULL && SP_AS_TUPLE(kwnames)->size > 0)
        return sp_raise(vm, SP_EXC_TypeError, "float.__round__() takes no keyword arguments");
    if (sp_check_nargs(vm, "__round__", nargs - 1, SP_NULL, 0, 1) < 0) return SP_NULL;
    sp_value_t p[1] = {nargs > 1 ? args[1] : SP_NULL};
    return sp_float_round(vm, float_self(vm, args[0]), p[0] == SP_NULL ? SP_NONE : p[0]);
}

static sp_value_t float_rounding(sp_vm_t *vm, const char *name, const sp_value_t *args, int nargs,
                                 sp_value_t kwnames, double (*fn)(double)) {
    if (sp_check_arity(vm, name, nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    return sp_int_from_double(vm, fn(float_self(vm, args[0])));
}

static sp_value_t float_m_trunc(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return float_rounding(vm, "float.__trunc__", args, nargs, kwnames, trunc);
}
static sp_value_t float_m_floor(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return float_rounding(vm, "float.__floor__", args, nargs, kwnames, floor);
}
static sp_value_t float_m_ceil(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return float_rounding(vm, "float.__ceil__", args, nargs, kwnames, ceil);
}

static const sp_method_def_t float_methods[] = {
    {"__round__", float_m_round},
    {"__trunc__", float_m_trunc},
    {"__floor__", float_m_floor},
    {"__ceil__", float_m_ceil},
    {"is_integer", float_m_is_integer},
    {"conjugate", float_m_conjugate},
    {"as_integer_ratio", float_m_as_integer_ratio},
    {"hex", float_m_hex},
    {NULL, NULL},
};

void float_init(sp_vm_t *vm) {
    sp_type_t *t = vm->types[SP_K_FLOAT];
    t->repr = float_repr;
    t->hash = float_hash_slot;
    t->getattr = float_getattr;
    t->richcompare = float_richcompare;
    t->binop = float_binop_slot;
    t->unop = float_unop;
    t->truth = float_truth;
    t->construct = float_construct;
    t->flags |= SP_TYPE_BASETYPE;
    type_add_methods(vm, t, float_methods);
}
