/* math.c: the math module, as CPython 3.11's: libm functions with CPython's error rules
 * ("math domain error" / "math range error"), exact fsum, n-ary hypot/dist/gcd/lcm, and the
 * integer functions (factorial, comb, perm, isqrt, prod) on arbitrary-size ints. */
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "runtime/class.h"
#include "runtime/runtime.h"
#include "runtime/slots.h"
#include "stdlib/modules.h"

/* ---- Argument conversion ----------------------------------------------------------------- */

/* A real-number argument as a double, as CPython's PyFloat_AsDouble: float, int, bool, then
 * type(x).__float__, then __index__; TypeError "must be real number, not X". */
static int math_double(sp_vm_t *vm, sp_value_t x, double *out) {
    x = class_exact(vm, x);
    if (sp_is_float(x)) {
        *out = sp_float_value(x);
        return 0;
    }
    if (sp_is_bool(x) || sp_is_int(x)) return sp_int_to_double(vm, x, out);
    if (slots_is_heap_instance(x)) {
        bool found;
        sp_value_t r = slots_call_dunder(vm, x, "__float__", NULL, 0, &found);
        if (found) {
            if (!r) return -1;
            r = class_exact(vm, r);
            if (!sp_is_float(r)) {
                sp_raise(vm, SP_EXC_TypeError, "%s.__float__ returned non-float (type %s)", sp_type_name(vm, x),
                         sp_type_name(vm, r));
                return -1;
            }
            *out = sp_float_value(r);
            return 0;
        }
        if (vm->exc) return -1;
        r = slots_call_dunder(vm, x, "__index__", NULL, 0, &found);
        if (found) return r ? math_double(vm, r, out) : -1;
        if (vm->exc) return -1;
    }
    sp_raise(vm, SP_EXC_TypeError, "must be real number, not %s", sp_type_name(vm, x));
    return -1;
}

/* An integer argument (int, bool, or __index__) as an int value of any size. */
static sp_value_t math_int(sp_vm_t *vm, sp_value_t x) { return slots_index(vm, x); }

static sp_value_t math_domain_error(sp_vm_t *vm) { return sp_raise(vm, SP_EXC_ValueError, "math domain error"); }
static sp_value_t math_range_error(sp_vm_t *vm) { return sp_raise(vm, SP_EXC_OverflowError, "math range error"); }

/* ---- One- and two-argument float functions ----------------------------------------------- */

/* CPython's math_1: a nan from a non-nan is a domain error; an infinity from a finite number is
 * a range error for functions that can overflow, else a domain error (a pole). */
static sp_value_t math_apply1(sp_vm_t *vm, const char *name, const sp_value_t *args, int nargs, sp_value_t kwnames,
                              double (*fn)(double), bool can_overflow) {
    if (sp_check_nargs(vm, name, nargs, kwnames, 1, 1) < 0) return SP_NULL;
    double x;
    if (math_double(vm, args[0], &x) < 0) return SP_NULL;
    double r = fn(x);
    if (isnan(r) && !isnan(x)) return math_domain_error(vm);
    if (isinf(r) && isfinite(x)) return can_overflow ? math_range_error(vm) : math_domain_error(vm);
    return sp_float(r);
}

/*
 * gamma and lgamma. libm's tgamma is not accurate enough to give CPython's results (it returns
 * 479001599.99999994 for gamma(13)), so these follow CPython's method: exact values for small
 * integers, else the Lanczos approximation with g = 6.0246800407767296 and N = 13 terms, as a
 * rational function num(x) / den(x) whose denominator is x (x+1) ... (x+11), and the reflection
 * formula with an accurate sin(pi x) for negative x. Poles return NaN (a domain error).
 */
static const double math_lanczos_g = 6.024680040776729583740234375;
static const double math_lanczos_g_minus_half = 5.524680040776729583740234375;
static const double math_lanczos_num[13] = {
    23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
static const double math_lanczos_den[13] = {0.0,       39916800.0, 120543840.0, 150917976.0, 105258076.0,
                                            45995730.0, 13339535.0, 2637558.0,   357423.0,    32670.0,
                                            1925.0,     66.0,       1.0};
static const double math_pi = 3.141592653589793238462643383279502884;

/* num(x) / den(x), evaluated in x for small x and in 1/x for large x (no overflow). */
static double math_lanczos_sum(double x) {
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = 12; i >= 0; i--) {
            num = num * x + math_lanczos_num[i];
            den = den * x + math_lanczos_den[i];
        }
    } else {
        for (int i = 0; i < 13; i++) {
            num = num / x + math_lanczos_num[i];
            den = den / x + math_lanczos_den[i];
        }
    }
    return num / den;
}

/* sin(pi x) for finite x, accurate near the integers (argument reduction by halves). */
static double math_sinpi(double x) {
    double y = fmod(fabs(x), 2.0);
    double r;
    switch ((int)round(2.0 * y)) {
    case 0: r = sin(math_pi * y); break;
    case 1: r = cos(math_pi * (y - 0.5)); break;
    case 2: r = sin(math_pi * (1.0 - y)); break;
    case 3: r = -cos(math_pi * (y - 1.5)); break;
    default: r = sin(math_pi * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

static double math_c_tgamma(double x) {
    if (!isfinite(x)) return isnan(x) || x > 0 ? x : NAN;
    if (x == floor(x)) {
        if (x <= 0) return NAN; /* poles */
        if (x <= 23) {
            double f = 1.0; /* (x - 1)! is exact in a double up to 22! */
            for (int i = 2; i < (int)x; i++) f *= i;
            return f;
        }
    }
    double absx = fabs(x);
    if (absx < 1e-20) return 1.0 / x;
    if (absx > 200.0) return x < 0.0 ? 0.0 / math_sinpi(x) : INFINITY;
    double y = absx + math_lanczos_g_minus_half, z;
    if (absx > math_lanczos_g_minus_half) {
        double q = y - absx;
        z = q - math_lanczos_g_minus_half;
    } else {
        double q = y - math_lanczos_g_minus_half;
        z = q - absx;
    }
    z = z * math_lanczos_g / y;
    double r;
    if (x < 0.0) {
        r = -math_pi / math_sinpi(absx) / absx * exp(y) / math_lanczos_sum(absx);
        r -= z * r;
        if (absx < 140.0) r /= pow(y, absx - 0.5);
        else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = math_lanczos_sum(absx) / exp(y);
        r += z * r;
        if (absx < 140.0) r *= pow(y, absx - 0.5);
        else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    return r;
}

static double math_c_lgamma(double x) {
    if (!isfinite(x)) return isnan(x) ? x : INFINITY;
    if (x == floor(x) && x <= 2.0) return x <= 0.0 ? NAN : 0.0; /* poles; lgamma(1) == lgamma(2) == 0 */
    double absx = fabs(x);
    if (absx < 1e-20) return -log(absx);
    double r = log(math_lanczos_sum(absx)) - math_lanczos_g;
    r += (absx - 0.5) * (log(absx + math_lanczos_g - 0.5) - 1);
    if (x < 0.0) r = log(math_pi) - log(fabs(math_sinpi(absx))) - log(absx) - r;
    return r;
}


#define MATH_FUNC1(name, fn, can_overflow)                                                                        \
    static sp_value_t math_##name(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {         \
        return math_apply1(vm, "math." #name, args, nargs, kwnames, fn, can_overflow);                          \
    }
MATH_FUNC1(acos, acos, false)
MATH_FUNC1(acosh, acosh, false)
MATH_FUNC1(asin, asin, false)
MATH_FUNC1(asinh, asinh, false)
MATH_FUNC1(atan, atan, false)
MATH_FUNC1(atanh, atanh, false)
MATH_FUNC1(cbrt, cbrt, false)
MATH_FUNC1(cos, cos, false)
MATH_FUNC1(cosh, cosh, true)
MATH_FUNC1(erf, erf, false)
MATH_FUNC1(erfc, erfc, false)
MATH_FUNC1(exp, exp, true)
MATH_FUNC1(exp2, exp2, true)
MATH_FUNC1(expm1, expm1, true)
MATH_FUNC1(fabs, fabs, false)
MATH_FUNC1(gamma, math_c_tgamma, true)
MATH_FUNC1(lgamma, math_c_lgamma, true)
MATH_FUNC1(sin, sin, false)
MATH_FUNC1(sinh, sinh, true)
MATH_FUNC1(sqrt, sqrt, false)
MATH_FUNC1(tan, tan, false)
MATH_FUNC1(tanh, tanh, false)

/* degrees and radians never raise: an overflow is simply inf, as in CPython. */
static sp_value_t math_degrees(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    double x;
    if (sp_check_nargs(vm, "math.degrees", nargs, kwnames, 1, 1) < 0 || math_double(vm, args[0], &x) < 0) return SP_NULL;
    return sp_float(x * (180.0 / 3.141592653589793238462643383279502884));
}

static sp_value_t math_radians(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    double x;
    if (sp_check_nargs(vm, "math.radians", nargs, kwnames, 1, 1) < 0 || math_double(vm, args[0], &x) < 0) return SP_NULL;
    return sp_float(x * (3.141592653589793238462643383279502884 / 180.0));
}

/* Two doubles from a 2-argument call ("atan2 expected 2 arguments, got 1"). */
static int math_two(sp_vm_t *vm, const char *name, const sp_value_t *args, int nargs, sp_value_t kwnames, double *x,
                    double *y) {
    if (sp_check_nargs(vm, name, nargs, kwnames, 2, 2) < 0) return -1;
    if (math_double(vm, args[0], x) < 0 || math_double(vm, args[1], y) < 0) return -1;
    return 0;
}

static sp_value_t math_atan2(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    double x, y;
    if (math_two(vm, "atan2", args, nargs, kwnames, &y, &x) < 0) return SP_NULL;
    return sp_float(atan2(y, x));
}

static sp_value_t math_copysign(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    double x, y;
    if (math_two(vm, "copysign", args, nargs, kwnames, &x, &y) < 0) return SP_NULL;
    return sp_float(copysign(x, y));
}

static sp_value_t math_fmod(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    double x, y;
    if (math_two(vm, "fmod", args, nargs, kwnames, &x, &y) < 0) return SP_NULL;
    if (isinf(y) && isfinite(x)) return sp_float(x);
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) return math_domain_error(vm);
    return sp_float(r);
}

static sp_value_t math_remainder(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    double x, y;
    if (math_two(vm, "remainder", args, nargs, kwnames, &x, &y) < 0) return SP_NULL;
    double r = remainder(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) return math_domain_error(vm);
    return sp_float(r);
}

static sp_value_t math_nextafter(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    double x, y;
    if (math_two(vm, "nextafter", args, nargs, kwnames, &x, &y) < 0) return SP_NULL;
    return sp_float(nextafter(x, y));
}

/* pow(x, y) with C99 Annex F's special values and CPython's errors. */
static sp_value_t math_pow(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    double x, y, r;
    if (math_two(vm, "pow", args, nargs, kwnames, &x, &y) < 0) return SP_NULL;
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x)) r = y == 0.0 ? 1.0 : x;
        else if (isnan(y)) r = x == 1.0 ? 1.0 : y;
        else if (isinf(x)) {
            bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (x > 0) r = y > 0 ? x : 0.0;
            else r = y > 0 ? (odd_y ? x : fabs(x)) : (odd_y ? copysign(0.0, x) : 0.0);
        } else if (fabs(x) == 1.0) r = 1.0;
        else if ((y > 0) == (fabs(x) > 1.0)) r = INFINITY;
        else r = 0.0;
        return sp_float(r);
    }
    r = pow(x, y);
    if (isnan(r)) return math_domain_error(vm);
    if (isinf(r)) return x == 0.0 ? math_domain_error(vm) : math_range_error(vm);
    return sp_float(r);
}

/* ---- Predicates and decompositions -------------------------------------------------------- */

static sp_value_t math_predicate(sp_vm_t *vm, const char *name, const sp_value_t *args, int nargs, sp_value_t kwnames,
                                 int which) {
    double x;
    if (sp_check_nargs(vm, name, nargs, kwnames, 1, 1) < 0 || math_double(vm, args[0], &x) < 0) return SP_NULL;
    return sp_bool(which == 0 ? isfinite(x) : which == 1 ? isinf(x) : isnan(x));
}

static sp_value_t math_isfinite(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return math_predicate(vm, "math.isfinite", args, nargs, kwnames, 0);
}
static sp_value_t math_isinf(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return math_predicate(vm, "math.isinf", args, nargs, kwnames, 1);
}
static sp_value_t math_isnan(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return math_predicate(vm, "math.isnan", args, nargs, kwnames, 2);
}

static sp_value_t math_isclose(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[4];
    if (sp_parse_args(vm, "isclose", "a, b, *, rel_tol=, abs_tol=", args, nargs, kwnames, p) < 0) return SP_NULL;
    double a, b, rel_tol = 1e-9, abs_tol = 0.0;
    if (math_double(vm, p[0], &a) < 0 || math_double(vm, p[1], &b) < 0) return SP_NULL;
    if (p[2] && math_double(vm, p[2], &rel_tol) < 0) return SP_NULL;
    if (p[3] && math_double(vm, p[3], &abs_tol) < 0) return SP_NULL;
    if (rel_tol < 0.0 || abs_tol < 0.0) return sp_raise(vm, SP_EXC_ValueError, "tolerances must be non-negative");
    if (a == b) return SP_TRUE;
    if (isinf(a) || isinf(b)) return SP_FALSE;
    double diff = fabs(b - a);
    return sp_bool((diff <= fabs(rel_tol * b)) || (diff <= fabs(rel_tol * a)) || diff <= abs_tol);
}

static sp_value_t math_frexp(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    double x;
    if (sp_check_nargs(vm, "math.frexp", nargs, kwnames, 1, 1) < 0 || math_double(vm, args[0], &x) < 0) return SP_NULL;
    int e = 0;
    double m = isfinite(x) && x != 0 ? frexp(x, &e) : x;
    return sp_tuple_pack2(vm, sp_float(m), sp_smallint(e));
}

static sp_value_t math_ldexp(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    double x;
    if (sp_check_nargs(vm, "ldexp", nargs, kwnames, 2, 2) < 0 || math_double(vm, args[0], &x) < 0) return SP_NULL;
    sp_value_t i = class_exact(vm, args[1]);
    if (!sp_is_int(i) && !sp_is_bool(i))
        return sp_raise(vm, SP_EXC_TypeError, "Expected an int as second argument to ldexp.");
    int64_t e;
    if (sp_int_to_i64(vm, i, &e) < 0) {
        sp_exc_fetch(vm);
        e = sp_int_sign(vm, i) > 0 ? INT64_MAX : INT64_MIN;
    }
    if (x == 0.0 || !isfinite(x)) return sp_float(x);
    if (e > 100000) return math_range_error(vm);
    if (e < -100000) return sp_float(copysign(0.0, x));
    double r = ldexp(x, (int)e);
    if (isinf(r)) return math_range_error(vm);
    return sp_float(r);
}

static sp_value_t math_modf(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    double x;
    if (sp_check_nargs(vm, "math.modf", nargs, kwnames, 1, 1) < 0 || math_double(vm, args[0], &x) < 0) return SP_NULL;
    if (isinf(x)) return sp_tuple_pack2(vm, sp_float(copysign(0.0, x)), sp_float(x));
    double ip;
    double frac = modf(x, &ip);
    return sp_tuple_pack2(vm, sp_float(frac), sp_float(ip));
}

static sp_value_t math_ulp(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    double x;
    if (sp_check_nargs(vm, "math.ulp", nargs, kwnames, 1, 1) < 0 || math_double(vm, args[0], &x) < 0) return SP_NULL;
    if (isnan(x)) return sp_float(x);
    x = fabs(x);
    if (isinf(x)) return sp_float(x);
    double next = nextafter(x, INFINITY);
    if (isinf(next)) return sp_float(x - nextafter(x, -INFINITY));
    return sp_float(next - x);
}

/* ---- floor, ceil, trunc: ints out, through __floor__ / __ceil__ / __trunc__ ---------------- */

static sp_value_t math_rounding(sp_vm_t *vm, const char *name, const char *dunder, const sp_value_t *args, int nargs,
                                sp_value_t kwnames, double (*fn)(double)) {
    if (sp_check_nargs(vm, name, nargs, kwnames, 1, 1) < 0) return SP_NULL;
    sp_value_t x = args[0];
    if (sp_is_float(x)) return sp_int_from_double(vm, fn(sp_float_value(x)));
    if (sp_is_bool(x)) return sp_smallint(x == SP_TRUE);
    if (sp_is_int(x) && !slots_is_heap_instance(x)) return x;
    if (slots_is_heap_instance(x)) {
        bool found;
        sp_value_t r = slots_call_dunder(vm, x, dunder, NULL, 0, &found);
        if (found || vm->exc) return r;
        /* An int or float subclass without its own method: the built-in behaviour. */
        x = class_exact(vm, x);
        if (sp_is_float(x)) return sp_int_from_double(vm, fn(sp_float_value(x)));
        if (sp_is_int(x)) return x;
    }
    if (fn == trunc)
        return sp_raise(vm, SP_EXC_TypeError, "type %s doesn't define __trunc__ method", sp_type_name(vm, x));
    double d;
    if (math_double(vm, x, &d) < 0) return SP_NULL;
    return sp_int_from_double(vm, fn(d));
}

static sp_value_t math_floor(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return math_rounding(vm, "math.floor", "__floor__", args, nargs, kwnames, floor);
}
static sp_value_t math_ceil(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return math_rounding(vm, "math.ceil", "__ceil__", args, nargs, kwnames, ceil);
}
static sp_value_t math_trunc(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return math_rounding(vm, "math.trunc", "__trunc__", args, nargs, kwnames, trunc);
}

/* ---- Logarithms (of ints of any size too) ------------------------------------------------- */

/* The bit length of a nonzero int, through int.bit_length. */
static int math_bit_length(sp_vm_t *vm, sp_value_t n, int64_t *out) {
    sp_value_t method;
    int kind = sp_load_method(vm, n, sp_str_intern_cstr(vm, "bit_length"), &method);
    if (kind < 0) return -1;
    sp_value_t r = kind == 1 ? sp_call(vm, method, &n, 1, SP_NULL) : sp_call(vm, method, NULL, 0, SP_NULL);
    return r ? sp_int_to_i64(vm, r, out) : -1;
}

/* A positive int too large for a double as m * 2**e with m in [0.5, 1], correctly rounded:
 * keep the top 62 bits, with a sticky bit for anything below, and let the conversion round. */
static int math_int_frexp(sp_vm_t *vm, sp_value_t n, double *m, int64_t *e) {
    int64_t bits;
    if (math_bit_length(vm, n, &bits) < 0) return -1;
    int64_t shift = bits - 62;
    sp_value_t top = sp_int_binop(vm, SP_BINOP_RSHIFT, n, sp_smallint(shift));
    sp_value_t back = top ? sp_int_binop(vm, SP_BINOP_LSHIFT, top, sp_smallint(shift)) : SP_NULL;
    int64_t t;
    if (!back || sp_int_to_i64(vm, top, &t) < 0) return -1;
    if (sp_int_compare(vm, back, n) != 0) t |= 1;
    *m = ldexp((double)t, -62);
    *e = bits;
    return 0;
}

/* log of one argument with `fn` (log, log2, log10): domain errors as CPython's m_log. */
static sp_value_t math_log_of(sp_vm_t *vm, sp_value_t x, double (*fn)(double), double *out) {
    x = class_exact(vm, x);
    if (sp_is_int(x) || sp_is_bool(x)) {
        if (sp_int_sign(vm, x) <= 0) return math_domain_error(vm);
        double d;
        if (sp_int_to_double(vm, x, &d) == 0) {
            *out = fn(d);
            return SP_NONE;
        }
        sp_exc_fetch(vm);
        double m;
        int64_t e;
        if (math_int_frexp(vm, x, &m, &e) < 0) return SP_NULL;
        *out = fn(m) + fn(2.0) * (double)e;
        return SP_NONE;
    }
    double d;
    if (math_double(vm, x, &d) < 0) return SP_NULL;
    if (isnan(d) || (isinf(d) && d > 0)) {
        *out = d;
        return SP_NONE;
    }
    if (d <= 0) return math_domain_error(vm);
    *out = fn(d);
    return SP_NONE;
}

static sp_value_t math_log(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (kwnames && SP_AS_TUPLE(kwnames)->size > 0)
        return sp_raise(vm, SP_EXC_TypeError, "log() takes no keyword arguments");
    if (nargs < 1 || nargs > 2) return sp_raise(vm, SP_EXC_TypeError, "math.log requires 1 to 2 arguments");
    double num, den;
    if (!math_log_of(vm, args[0], log, &num)) return SP_NULL;
    if (nargs == 1) return sp_float(num);
    if (!math_log_of(vm, args[1], log, &den)) return SP_NULL;
    if (den == 0.0) return sp_raise(vm, SP_EXC_ZeroDivisionError, "float division by zero");
    return sp_float(num / den);
}

static sp_value_t math_log_n(sp_vm_t *vm, const char *name, const sp_value_t *args, int nargs, sp_value_t kwnames,
                             double (*fn)(double)) {
    double r;
    if (sp_check_nargs(vm, name, nargs, kwnames, 1, 1) < 0 || !math_log_of(vm, args[0], fn, &r)) return SP_NULL;
    return sp_float(r);
}

static sp_value_t math_log2(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return math_log_n(vm, "math.log2", args, nargs, kwnames, log2);
}
static sp_value_t math_log10(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return math_log_n(vm, "math.log10", args, nargs, kwnames, log10);
}

static double math_log1p_checked(double x) { return x <= -1.0 ? NAN : log1p(x); }
MATH_FUNC1(log1p, math_log1p_checked, false)

/* ---- fsum: exact summation (Shewchuk's partials, as CPython's msum) ------------------------ */

static sp_value_t math_fsum(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "math.fsum", nargs, kwnames, 1, 1) < 0) return SP_NULL;
    sp_value_t it = sp_iter(vm, args[0]);
    if (!it) return SP_NULL;
    double small[32], *partials = small;
    int64_t n = 0, cap = 32;
    double special_sum = 0.0, inf_sum = 0.0;
    for (sp_value_t item; (item = sp_next(vm, it));) {
        double x;
        if (math_double(vm, item, &x) < 0) return SP_NULL;
        double original = x;
        int64_t kept = 0;
        for (int64_t i = 0; i < n; i++) {
            double y = partials[i];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0) partials[kept++] = lo;
            x = hi;
        }
        n = kept;
        if (x == 0.0) continue;
        if (!isfinite(x)) {
            /* A non-finite partial from finite inputs is an overflow; else remember it aside. */
            if (isfinite(original)) return sp_raise(vm, SP_EXC_OverflowError, "intermediate overflow in fsum");
            if (isinf(original)) inf_sum += original;
            special_sum += original;
            n = 0;
        } else {
            if (n == cap) {
                double *grown = sp_alloc_atomic(vm, (size_t)cap * 2 * sizeof *grown);
                if (!grown) return SP_NULL;
                memcpy(grown, partials, (size_t)n * sizeof *grown);
                partials = grown;
                cap *= 2;
            }
            partials[n++] = x;
        }
    }
    if (vm->exc) return SP_NULL;
    if (special_sum != 0.0 || isnan(special_sum)) {
        if (isnan(inf_sum)) return sp_raise(vm, SP_EXC_ValueError, "-inf + inf in fsum");
        return sp_float(special_sum);
    }
    double hi = 0.0;
    if (n > 0) {
        hi = partials[--n];
        double lo = 0.0;
        while (n > 0) {
            double x = hi;
            double y = partials[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        /* Round half to even correctly: if the rest of the partials push the same way as lo. */
        if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            double yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    return sp_float(hi);
}

/* ---- hypot and dist: the norm of a vector, correctly rounded as CPython 3.11's ------------ */

typedef struct math_dd {
    double hi, lo;
} math_dd_t;

static math_dd_t math_dd_mul(double x, double y) {
    double hi = x * y;
    return (math_dd_t){hi, fma(x, y, -hi)};
}

static math_dd_t math_dd_fast_sum(double a, double b) {
    double hi = a + b;
    return (math_dd_t){hi, (a - hi) + b};
}

/* sqrt(sum of squares) of vec[0..n) (all >= 0, max their largest), scaled by a power of two so
 * no square overflows or underflows, with the rounding error of the sum and of the square root
 * corrected from their exact low parts. */
static double math_vector_norm(int64_t n, double *vec, double max, bool found_nan) {
    if (isinf(max)) return max;
    if (found_nan) return NAN;
    if (max == 0.0 || n <= 1) return max;
    int max_e;
    frexp(max, &max_e);
    if (max_e < -1023) {
        for (int64_t i = 0; i < n; i++) vec[i] /= DBL_MIN;
        return DBL_MIN * math_vector_norm(n, vec, max / DBL_MIN, found_nan);
    }
    double scale = ldexp(1.0, -max_e);
    double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
    for (int64_t i = 0; i < n; i++) {
        double x = vec[i] * scale;
        math_dd_t pr = math_dd_mul(x, x);
        math_dd_t sm = math_dd_fast_sum(csum, pr.hi);
        csum = sm.hi;
        frac1 += pr.lo;
        frac2 += sm.lo;
    }
    double h = sqrt(csum - 1.0 + (frac1 + frac2));
    math_dd_t pr = math_dd_mul(-h, h);
    math_dd_t sm = math_dd_fast_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
    double x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    return h / scale;
}

static sp_value_t math_hypot(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (kwnames && SP_AS_TUPLE(kwnames)->size > 0)
        return sp_raise(vm, SP_EXC_TypeError, "hypot() takes no keyword arguments");
    double small[16], *vec = nargs <= 16 ? small : sp_alloc_atomic(vm, (size_t)nargs * sizeof(double));
    if (!vec) return SP_NULL;
    double max = 0.0;
    bool found_nan = false;
    for (int i = 0; i < nargs; i++) {
        double x;
        if (math_double(vm, args[i], &x) < 0) return SP_NULL;
        x = fabs(x);
        vec[i] = x;
        found_nan |= isnan(x);
        if (x > max) max = x;
    }
    return sp_float(math_vector_norm(nargs, vec, max, found_nan));
}

static sp_value_t math_dist(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[2];
    if (sp_parse_args(vm, "dist", "p, q, /", args, nargs, kwnames, p) < 0) return SP_NULL;
    for (int i = 0; i < 2; i++)
        if (!sp_is_tuple(p[i]) && !(p[i] = sp_tuple_from_iterable(vm, p[i]))) return SP_NULL;
    int64_t n = SP_AS_TUPLE(p[0])->size;
    if (n != SP_AS_TUPLE(p[1])->size)
        return sp_raise(vm, SP_EXC_ValueError, "both points must have the same number of dimensions");
    double *vec = sp_alloc_atomic(vm, (size_t)(n + 1) * sizeof(double));
    if (!vec) return SP_NULL;
    double max = 0.0;
    bool found_nan = false;
    for (int64_t i = 0; i < n; i++) {
        double a, b;
        if (math_double(vm, SP_AS_TUPLE(p[0])->items[i], &a) < 0 || math_double(vm, SP_AS_TUPLE(p[1])->items[i], &b) < 0)
            return SP_NULL;
        double x = fabs(a - b);
        vec[i] = x;
        found_nan |= isnan(x);
        if (x > max) max = x;
    }
    return sp_float(math_vector_norm(n, vec, max, found_nan));
}

/* ---- Integer functions -------------------------------------------------------------------- */

static sp_value_t math_binop(sp_vm_t *vm, sp_binop_t op, sp_value_t a, sp_value_t b) {
    return sp_int_binop(vm, op, a, b);
}

/* gcd(|a|, |b|) by Euclid's algorithm on the int type (GMP does each step). */
static sp_value_t math_gcd2(sp_vm_t *vm, sp_value_t a, sp_value_t b) {
    if (sp_int_sign(vm, a) < 0 && !(a = sp_unary_op(vm, SP_UNOP_NEG, a))) return SP_NULL;
    if (sp_int_sign(vm, b) < 0 && !(b = sp_unary_op(vm, SP_UNOP_NEG, b))) return SP_NULL;
    while (sp_int_sign(vm, b) != 0) {
        sp_value_t r = math_binop(vm, SP_BINOP_MOD, a, b);
        if (!r) return SP_NULL;
        a = b;
        b = r;
    }
    return a;
}

static sp_value_t math_gcd(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (kwnames && SP_AS_TUPLE(kwnames)->size > 0)
        return sp_raise(vm, SP_EXC_TypeError, "gcd() takes no keyword arguments");
    sp_value_t g = sp_smallint(0);
    for (int i = 0; i < nargs; i++) {
        sp_value_t x = math_int(vm, args[i]);
        if (!x || !(g = math_gcd2(vm, g, x))) return SP_NULL;
    }
    return g;
}

static sp_value_t math_lcm(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (kwnames && SP_AS_TUPLE(kwnames)->size > 0)
        return sp_raise(vm, SP_EXC_TypeError, "lcm() takes no keyword arguments");
    sp_value_t l = sp_smallint(1);
    for (int i = 0; i < nargs; i++) {
        sp_value_t x = math_int(vm, args[i]);
        if (!x) return SP_NULL;
        if (sp_int_sign(vm, l) == 0) continue; /* still convert (and type-check) every argument */
        if (sp_int_sign(vm, x) == 0) {
            l = sp_smallint(0);
            continue;
        }
        if (sp_int_sign(vm, x) < 0 && !(x = sp_unary_op(vm, SP_UNOP_NEG, x))) return SP_NULL;
        sp_value_t g = math_gcd2(vm, l, x);
        sp_value_t q = g ? math_binop(vm, SP_BINOP_FLOORDIV, x, g) : SP_NULL;
        if (!q || !(l = math_binop(vm, SP_BINOP_MUL, l, q))) return SP_NULL;
    }
    return l;
}

/* isqrt(n): the largest a with a*a <= n, by Newton's iteration from above on the int type. */
static sp_value_t math_isqrt(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "math.isqrt", nargs, kwnames, 1, 1) < 0) return SP_NULL;
    sp_value_t n = math_int(vm, args[0]);
    if (!n) return SP_NULL;
    int sign = sp_int_sign(vm, n);
    if (sign < 0) return sp_raise(vm, SP_EXC_ValueError, "isqrt() argument must be nonnegative");
    if (sign == 0) return sp_smallint(0);
    int64_t small;
    if (sp_int_to_i64(vm, n, &small) == 0 && small < ((int64_t)1 << 52)) {
        int64_t a = (int64_t)sqrt((double)small);
        while (a * a > small) a--;
        while ((a + 1) * (a + 1) <= small) a++;
        return sp_smallint(a);
    }
    sp_exc_fetch(vm);
    int64_t bits;
    if (math_bit_length(vm, n, &bits) < 0) return SP_NULL;
    /* A start at or above the root: 2 ** ceil(bits / 2). */
    sp_value_t x = math_binop(vm, SP_BINOP_LSHIFT, sp_smallint(1), sp_smallint((bits + 1) / 2));
    for (;;) {
        if (!x) return SP_NULL;
        sp_value_t q = math_binop(vm, SP_BINOP_FLOORDIV, n, x);
        sp_value_t sum = q ? math_binop(vm, SP_BINOP_ADD, x, q) : SP_NULL;
        sp_value_t y = sum ? math_binop(vm, SP_BINOP_RSHIFT, sum, sp_smallint(1)) : SP_NULL;
        if (!y) return SP_NULL;
        if (sp_int_compare(vm, y, x) >= 0) return x;
        x = y;
    }
}

/* The product of the integers in (lo, hi], by binary splitting so GMP multiplies balanced
 * operands (factorial, perm). */
static sp_value_t math_range_product(sp_vm_t *vm, sp_value_t lo, sp_value_t hi) {
    sp_value_t count = math_binop(vm, SP_BINOP_SUB, hi, lo);
    if (!count) return SP_NULL;
    int64_t n;
    if (sp_int_to_i64(vm, count, &n) < 0) return SP_NULL;
    if (n <= 0) return sp_smallint(1);
    if (n <= 8) {
        sp_value_t acc = sp_smallint(1);
        for (int64_t i = 1; i <= n && acc; i++) {
            sp_value_t k = math_binop(vm, SP_BINOP_ADD, lo, sp_smallint(i));
            acc = k ? math_binop(vm, SP_BINOP_MUL, acc, k) : SP_NULL;
        }
        return acc;
    }
    if (sp_enter_c(vm, NULL) < 0) return SP_NULL;
    sp_value_t mid = math_binop(vm, SP_BINOP_ADD, lo, sp_smallint(n / 2));
    sp_value_t left = mid ? math_range_product(vm, lo, mid) : SP_NULL;
    sp_value_t right = left ? math_range_product(vm, mid, hi) : SP_NULL;
    sp_leave_c(vm);
    return right ? math_binop(vm, SP_BINOP_MUL, left, right) : SP_NULL;
}

static sp_value_t math_factorial_of(sp_vm_t *vm, sp_value_t n) {
    if (sp_int_sign(vm, n) < 0) return sp_raise(vm, SP_EXC_ValueError, "factorial() not defined for negative values");
    int64_t k;
    if (sp_int_to_i64(vm, n, &k) < 0) {
        sp_exc_fetch(vm);
        return sp_raise(vm, SP_EXC_OverflowError, "factorial() argument should not exceed %lld", (long long)INT64_MAX);
    }
    return math_range_product(vm, sp_smallint(0), n);
}

static sp_value_t math_factorial(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "math.factorial", nargs, kwnames, 1, 1) < 0) return SP_NULL;
    sp_value_t n = math_int(vm, args[0]);
    return n ? math_factorial_of(vm, n) : SP_NULL;
}

/* n and k of comb/perm as non-negative ints (k SP_NULL when omitted). */
static int math_n_k(sp_vm_t *vm, sp_value_t *n, sp_value_t *k) {
    if (!(*n = math_int(vm, *n))) return -1;
    if (*k && !(*k = math_int(vm, *k))) return -1;
    if (sp_int_sign(vm, *n) < 0) {
        if (!*k) return 0; /* perm(n): factorial's own error */
        sp_raise(vm, SP_EXC_ValueError, "n must be a non-negative integer");
        return -1;
    }
    if (*k && sp_int_sign(vm, *k) < 0) {
        sp_raise(vm, SP_EXC_ValueError, "k must be a non-negative integer");
        return -1;
    }
    return 0;
}

static sp_value_t math_perm(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[2];
    if (sp_parse_args(vm, "perm", "n, k=, /", args, nargs, kwnames, p) < 0) return SP_NULL;
    if (p[1] == SP_NONE) p[1] = SP_NULL;
    if (math_n_k(vm, &p[0], &p[1]) < 0) return SP_NULL;
    if (!p[1]) return math_factorial_of(vm, p[0]);
    if (sp_int_compare(vm, p[1], p[0]) > 0) return sp_smallint(0);
    sp_value_t lo = math_binop(vm, SP_BINOP_SUB, p[0], p[1]);
    return lo ? math_range_product(vm, lo, p[0]) : SP_NULL;
}

static sp_value_t math_comb(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[2];
    if (sp_parse_args(vm, "comb", "n, k, /", args, nargs, kwnames, p) < 0) return SP_NULL;
    if (math_n_k(vm, &p[0], &p[1]) < 0) return SP_NULL;
    sp_value_t n = p[0], k = p[1];
    if (sp_int_compare(vm, k, n) > 0) return sp_smallint(0);
    /* comb(n, k) == comb(n, n - k): use the smaller k. */
    sp_value_t other = math_binop(vm, SP_BINOP_SUB, n, k);
    if (!other) return SP_NULL;
    if (sp_int_compare(vm, other, k) < 0) k = other;
    int64_t kk;
    if (sp_int_to_i64(vm, k, &kk) < 0) {
        sp_exc_fetch(vm);
        return sp_raise(vm, SP_EXC_OverflowError, "min(n - k, k) must not exceed %lld", (long long)INT64_MAX);
    }
    if (!SP_USE_GMP) {
        /* 64-bit ints: step by step, c = c * (n - i) / (i + 1), so the intermediate values stay
         * close to the result instead of reaching n!/(n-k)!. */
        sp_value_t c = sp_smallint(1);
        for (int64_t i = 0; i < kk && c; i++) {
            sp_value_t factor = math_binop(vm, SP_BINOP_SUB, n, sp_smallint(i));
            sp_value_t prod = factor ? math_binop(vm, SP_BINOP_MUL, c, factor) : SP_NULL;
            c = prod ? math_binop(vm, SP_BINOP_FLOORDIV, prod, sp_smallint(i + 1)) : SP_NULL;
        }
        return c;
    }
    /* n (n-1) ... (n-k+1) / k!, both by binary splitting; the division is exact. */
    sp_value_t lo = math_binop(vm, SP_BINOP_SUB, n, k);
    sp_value_t num = lo ? math_range_product(vm, lo, n) : SP_NULL;
    sp_value_t den = num ? math_range_product(vm, sp_smallint(0), k) : SP_NULL;
    return den ? math_binop(vm, SP_BINOP_FLOORDIV, num, den) : SP_NULL;
}

static sp_value_t math_prod(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[2];
    if (sp_parse_args(vm, "prod", "iterable, /, *, start=", args, nargs, kwnames, p) < 0) return SP_NULL;
    sp_value_t acc = p[1] ? p[1] : sp_smallint(1);
    sp_value_t it = sp_iter(vm, p[0]);
    if (!it) return SP_NULL;
    for (sp_value_t item; (item = sp_next(vm, it));)
        if (!(acc = sp_binary_op(vm, SP_BINOP_MUL, acc, item))) return SP_NULL;
    return vm->exc ? SP_NULL : acc;
}

/* ---- The module --------------------------------------------------------------------------- */

static const sp_method_def_t math_functions[] = {
    {"acos", math_acos},         {"acosh", math_acosh},   {"asin", math_asin},           {"asinh", math_asinh},
    {"atan", math_atan},         {"atan2", math_atan2},   {"atanh", math_atanh},         {"cbrt", math_cbrt},
    {"ceil", math_ceil},         {"comb", math_comb},     {"copysign", math_copysign},   {"cos", math_cos},
    {"cosh", math_cosh},         {"degrees", math_degrees}, {"dist", math_dist},         {"erf", math_erf},
    {"erfc", math_erfc},         {"exp", math_exp},       {"exp2", math_exp2},           {"expm1", math_expm1},
    {"fabs", math_fabs},         {"factorial", math_factorial}, {"floor", math_floor},   {"fmod", math_fmod},
    {"frexp", math_frexp},       {"fsum", math_fsum},     {"gamma", math_gamma},         {"gcd", math_gcd},
    {"hypot", math_hypot},       {"isclose", math_isclose}, {"isfinite", math_isfinite}, {"isinf", math_isinf},
    {"isnan", math_isnan},       {"isqrt", math_isqrt},   {"lcm", math_lcm},             {"ldexp", math_ldexp},
    {"lgamma", math_lgamma},     {"log", math_log},       {"log10", math_log10},         {"log1p", math_log1p},
    {"log2", math_log2},         {"modf", math_modf},     {"nextafter", math_nextafter}, {"perm", math_perm},
    {"pow", math_pow},           {"prod", math_prod},     {"radians", math_radians},     {"remainder", math_remainder},
    {"sin", math_sin},           {"sinh", math_sinh},     {"sqrt", math_sqrt},           {"tan", math_tan},
    {"tanh", math_tanh},         {"trunc", math_trunc},   {"ulp", math_ulp},             {NULL, NULL},
};

sp_value_t math_module_init(sp_vm_t *vm) {
    sp_value_t module = sp_module_new(vm, sp_str_intern_cstr(vm, "math"));
    if (!module) return SP_NULL;
    module_add_functions(vm, module, math_functions);
    sp_value_t dict = SP_AS_MODULE(module)->dict;
    static const struct {
        const char *name;
        double value;
    } constants[] = {
        {"pi", 3.141592653589793238462643383279502884},
        {"e", 2.718281828459045235360287471352662498},
        {"tau", 6.283185307179586476925286766559005768},
        {"inf", INFINITY},
        {"nan", NAN},
    };
    for (size_t i = 0; i < sizeof constants / sizeof constants[0]; i++)
        if (sp_dict_set_cstr(vm, dict, constants[i].name, sp_float(constants[i].value)) < 0) return SP_NULL;
    return vm->exc ? SP_NULL : module;
}
