/* int.c: Python's int (and bool's arithmetic): small ints inline, big ints on GMP, or 64-bit
 * ints that raise OverflowError when built --without-gmp. Must never let GMP abort the process. */
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/runtime.h"
#include "runtime/class.h"

#if SP_USE_GMP
#include <gmp.h>
#if SP_GC_BOEHM
#include <gc.h>
#endif
#endif

/*
 * Every int operation first tries the int64 fast path (both operands fit in int64, which every
 * small int does); only when that overflows, or an operand is already big, does the "big" path
 * run. With GMP the big path works on mpz_t; without GMP every int fits in int64 (values
 * outside the 48-bit inline range are boxed in a tiny object) and the big path is an
 * OverflowError. Results that fit a small int are always returned inline.
 */
#if SP_USE_GMP
struct sp_bigint {
    sp_object_t hdr;
    mpz_t z; /* limbs live on the GC heap (atomic): this object must be scanned */
};
#else
struct sp_bigint {
    sp_object_t hdr;
    int64_t value;
};
#endif

#define INT_HASH_MODULUS (((uint64_t)1 << 61) - 1)
#define INT_LIMIT_HINT "use sys.set_int_max_str_digits() to increase the limit"

static bool int_is_intlike(sp_value_t v) { return sp_is_bool(v) || sp_is_int(v); }

/* bools act as the ints 0 and 1. */
static sp_value_t int_unbool(sp_value_t v) {
    if (v == SP_TRUE) return sp_smallint(1);
    if (v == SP_FALSE) return sp_smallint(0);
    return v;
}

static sp_bigint_t *int_big(sp_value_t v) { return SP_PTR(sp_bigint_t, v); }

static sp_value_t int_zero_division(sp_vm_t *vm, sp_binop_t op) {
    if (op == SP_BINOP_MOD) return sp_raise(vm, SP_EXC_ZeroDivisionError, "integer modulo by zero");
    if (op == SP_BINOP_TRUEDIV) return sp_raise(vm, SP_EXC_ZeroDivisionError, "division by zero");
    return sp_raise(vm, SP_EXC_ZeroDivisionError, "integer division or modulo by zero");
}

/* ---- The int64 fast path (both builds) --------------------------------------------------- */

static bool int_mul_overflows(int64_t x, int64_t y, int64_t *out) {
#if defined(__GNUC__) || defined(__clang__)
    return __builtin_mul_overflow(x, y, out);
#else
    if (x != 0 && ((x == -1 && y == INT64_MIN) || (y == -1 && x == INT64_MIN))) return true;
    if (x != 0 && (y > INT64_MAX / x || y < INT64_MIN / x) && x > 0) return true;
    if (x < -1 && (y < INT64_MAX / x || y > INT64_MIN / x)) return true;
    *out = x * y;
    return false;
#endif
}

static bool int_add_overflows(int64_t x, int64_t y) {
    return (y > 0 && x > INT64_MAX - y) || (y < 0 && x < INT64_MIN - y);
}

static int64_t int_floordiv_i64(int64_t x, int64_t y) {
    int64_t q = x / y;
    if (x % y != 0 && ((x < 0) != (y < 0))) q--;
    return q;
}

static int64_t int_mod_i64(int64_t x, int64_t y) {
    if (y == -1) return 0;
    int64_t r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) r += y;
    return r;
}

/* x ** y for y >= 0 by squaring; false on overflow. */
static bool int_pow_i64(int64_t x, int64_t y, int64_t *out) {
    int64_t result = 1;
    while (y > 0) {
        if ((y & 1) && int_mul_overflows(result, x, &result)) return false;
        y >>= 1;
        if (y > 0 && int_mul_overflows(x, x, &x)) return false;
    }
    *out = result;
    return true;
}

/* Arithmetic on two int64s: 1 with *res set, 0 when the result needs the big path, -1 error. */
static int int_i64_binop(sp_vm_t *vm, sp_binop_t op, int64_t x, int64_t y, sp_value_t *res) {
    int64_t r = 0;
    switch (op) {
    case SP_BINOP_ADD:
        if (int_add_overflows(x, y)) return 0;
        r = x + y;
        break;
    case SP_BINOP_SUB:
        if ((y < 0 && x > INT64_MAX + y) || (y > 0 && x < INT64_MIN + y)) return 0;
        r = x - y;
        break;
    case SP_BINOP_MUL:
        if (int_mul_overflows(x, y, &r)) return 0;
        break;
    case SP_BINOP_FLOORDIV:
    case SP_BINOP_MOD:
        if (y == 0) return int_zero_division(vm, op), -1;
        if (x == INT64_MIN && y == -1) {
            if (op == SP_BINOP_FLOORDIV) return 0;
            r = 0;
            break;
        }
        r = op == SP_BINOP_FLOORDIV ? int_floordiv_i64(x, y) : int_mod_i64(x, y);
        break;
    case SP_BINOP_TRUEDIV: {
        if (y == 0) return int_zero_division(vm, op), -1;
        const int64_t exact = (int64_t)1 << 53;
        if (x > exact || x < -exact || y > exact || y < -exact) {
            if (SP_USE_GMP) return 0; /* correctly rounded on the big path */
        }
        *res = sp_float((double)x / (double)y);
        return 1;
    }
    case SP_BINOP_POW:
        if (y < 0) return 0; /* float result: handled by the caller */
        if (!int_pow_i64(x, y, &r)) return 0;
        break;
    case SP_BINOP_LSHIFT:
        if (y < 0) return sp_raise(vm, SP_EXC_ValueError, "negative shift count"), -1;
        if (x == 0) break;
        if (y >= 63) return 0;
        r = (int64_t)((uint64_t)x << y);
        if ((r < 0 ? ~(~r >> y) : r >> y) != x) return 0;
        break;
    case SP_BINOP_RSHIFT:
        if (y < 0) return sp_raise(vm, SP_EXC_ValueError, "negative shift count"), -1;
        if (y >= 63) r = x < 0 ? -1 : 0;
        else r = x < 0 ? ~(~x >> y) : x >> y;
        break;
    case SP_BINOP_AND: r = x & y; break;
    case SP_BINOP_OR: r = x | y; break;
    case SP_BINOP_XOR: r = x ^ y; break;
    default:
        *res = SP_NOTIMPLEMENTED;
        return 1;
    }
    *res = sp_int_from_i64(vm, r);
    return *res ? 1 : -1;
}

/* Exact comparison of an int64 with a non-nan double: -1, 0, 1. */
static int int_i64_compare_double(int64_t x, double d) {
    if (d >= 9223372036854775808.0) return -1;
    if (d < -9223372036854775808.0) return 1;
    int64_t t = (int64_t)d; /* truncation is exact and in range */
    if (x != t) return x < t ? -1 : 1;
    double frac = d - (double)t;
    return frac > 0 ? -1 : frac < 0 ? 1 : 0;
}

/* CPython's int hash: sign * (|x| mod 2^61-1), with -1 reserved for errors. */
static int64_t int_hash_finish(bool negative, uint64_t modded) {
    int64_t h = negative ? -(int64_t)modded : (int64_t)modded;
    return h == -1 ? -2 : h;
}

static int64_t int_hash_i64(int64_t x) {
    uint64_t ax = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
    return int_hash_finish(x < 0, ax % INT_HASH_MODULUS);
}

static uint64_t int_bit_length_i64(int64_t x) {
    uint64_t ax = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
    uint64_t n = 0;
    while (ax) {
        n++;
        ax >>= 1;
    }
    return n;
}

#if SP_USE_GMP
/* ---- The GMP big path ------------------------------------------------------------------- */

/*
 * GMP aborts the process when an allocation fails, so every operation whose result could be
 * huge (mul, pow, lshift) checks its estimated size first and raises MemoryError past this
 * many bits (512 MiB of limbs on 64-bit hosts), or past the VM's heap limit.
 */
#define INT_MAX_BITS (sizeof(long) >= 8 ? (uint64_t)1 << 32 : (uint64_t)1 << 28)

static uint64_t int_max_bits(sp_vm_t *vm) {
    uint64_t cap = INT_MAX_BITS;
    if (vm->heap_limit != 0 && (uint64_t)vm->heap_limit < cap / 8) cap = (uint64_t)vm->heap_limit * 8;
    return cap;
}

#if SP_GC_BOEHM
static void *int_gmp_alloc(size_t size) {
    void *p = GC_MALLOC_ATOMIC(size);
    if (!p) {
        fputs("sparrow: out of memory in GMP\n", stderr);
        abort();
    }
    return p;
}
static void *int_gmp_realloc(void *ptr, size_t old_size, size_t new_size) {
    void *p = GC_REALLOC(ptr, new_size);
    if (!p) {
        fputs("sparrow: out of memory in GMP\n", stderr);
        abort();
    }
    return p;
}
/* The collector reclaims limbs: freeing explicitly could free limbs a copy still uses. */
static void int_gmp_free(void *ptr, size_t size) {}
#endif

/* int64 <-> mpz that also works where long is 32 bits. */
static void int_mpz_set_i64(mpz_t z, int64_t x) {
    if (sizeof(long) >= 8) {
        mpz_set_si(z, (long)x);
        return;
    }
    uint64_t ax = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
    mpz_set_ui(z, (unsigned long)(ax >> 32));
    mpz_mul_2exp(z, z, 32);
    mpz_add_ui(z, z, (unsigned long)(ax & 0xFFFFFFFFu));
    if (x < 0) mpz_neg(z, z);
}

static void int_mpz_set_u64(mpz_t z, uint64_t u) {
    mpz_set_ui(z, (unsigned long)(u >> 32));
    mpz_mul_2exp(z, z, 32);
    mpz_add_ui(z, z, (unsigned long)(u & 0xFFFFFFFFu));
}

/* |z| as uint64 (caller knows it fits). */
static uint64_t int_mpz_get_abs_u64(mpz_srcptr z) {
    if (sizeof(long) >= 8) return (uint64_t)mpz_getlimbn(z, 0);
    mpz_t t;
    mpz_init(t);
    mpz_abs(t, z);
    uint64_t lo = mpz_get_ui(t) & 0xFFFFFFFFu;
    mpz_tdiv_q_2exp(t, t, 32);
    return ((uint64_t)mpz_get_ui(t) << 32) | lo;
}

static bool int_mpz_get_i64(mpz_srcptr z, int64_t *out) {
    size_t bits = mpz_sizeinbase(z, 2);
    if (bits > 64) return false;
    uint64_t a = mpz_sgn(z) == 0 ? 0 : int_mpz_get_abs_u64(z);
    if (mpz_sgn(z) >= 0) {
        if (a > (uint64_t)INT64_MAX) return false;
        *out = (int64_t)a;
    } else {
        if (a > (uint64_t)INT64_MAX + 1) return false;
        *out = (int64_t)((uint64_t)0 - a);
    }
    return true;
}

static bool int_get_i64(sp_value_t v, int64_t *out) {
    v = int_unbool(v);
    if (sp_is_smallint(v)) {
        *out = sp_smallint_value(v);
        return true;
    }
    return int_mpz_get_i64(int_big(v)->z, out);
}

/* A read-only mpz view of any int: the big int's own, or tmp filled from a small one. */
static mpz_srcptr int_mpz(sp_value_t v, mpz_t tmp) {
    v = int_unbool(v);
    if (!sp_is_smallint(v)) return int_big(v)->z;
    mpz_init(tmp);
    int_mpz_set_i64(tmp, sp_smallint_value(v));
    return tmp;
}

/* Boxes an mpz result (taking its limbs), inline when it fits. */
static sp_value_t int_from_mpz(sp_vm_t *vm, mpz_t z) {
    int64_t small;
    if (mpz_sizeinbase(z, 2) <= 47 && int_mpz_get_i64(z, &small)) return sp_smallint(small);
    sp_bigint_t *b = (sp_bigint_t *)sp_new_object(vm, vm->types[SP_K_INT], sizeof(sp_bigint_t));
    if (!b) return SP_NULL;
    mpz_init(b->z);
    mpz_swap(b->z, z);
    return SP_OBJ(b);
}

static sp_value_t int_new_big_i64(sp_vm_t *vm, int64_t i) {
    mpz_t z;
    mpz_init(z);
    int_mpz_set_i64(z, i);
    return int_from_mpz(vm, z);
}

sp_value_t sp_int_from_u64(sp_vm_t *vm, uint64_t u) {
    if (u <= (uint64_t)SP_SMALLINT_MAX) return sp_smallint((int64_t)u);
    mpz_t z;
    mpz_init(z);
    int_mpz_set_u64(z, u);
    return int_from_mpz(vm, z);
}

static uint64_t int_bits(sp_value_t v) {
    mpz_t tmp;
    mpz_srcptr z = int_mpz(v, tmp);
    return mpz_sgn(z) == 0 ? 0 : (uint64_t)mpz_sizeinbase(z, 2);
}

static sp_value_t int_too_big(sp_vm_t *vm) { return sp_raise_nomem(vm); }

/* Correctly rounded |a| / |b| (CPython's exact true division), sign applied after. */
static sp_value_t int_mpz_truediv(sp_vm_t *vm, mpz_srcptr a, mpz_srcptr b) {
    if (mpz_sgn(b) == 0) return int_zero_division(vm, SP_BINOP_TRUEDIV);
    bool negative = (mpz_sgn(a) < 0) != (mpz_sgn(b) < 0);
    if (mpz_sgn(a) == 0) return sp_float(negative ? -0.0 : 0.0);
    long na = (long)mpz_sizeinbase(a, 2), nb = (long)mpz_sizeinbase(b, 2);
    if (na - nb > 1025)
        return sp_raise(vm, SP_EXC_OverflowError, "integer division result too large for a float");
    /* Scale so the quotient has 55-56 bits (or keeps 2 bits below the smallest subnormal). */
    long shift = na - nb - 55;
    if (shift < -1076) shift = -1076;
    mpz_t num, den, q, r;
    mpz_inits(num, den, q, r, NULL);
    mpz_abs(num, a);
    mpz_abs(den, b);
    if (shift >= 0) mpz_mul_2exp(den, den, (mp_bitcnt_t)shift);
    else mpz_mul_2exp(num, num, (mp_bitcnt_t)-shift);
    mpz_tdiv_qr(q, r, num, den);
    uint64_t qv = int_mpz_get_abs_u64(q);
    bool sticky = mpz_sgn(r) != 0;
    long nq = (long)int_bit_length_i64((int64_t)qv);
    long drop = nq - 53;
    if (drop < -1074 - shift) drop = -1074 - shift;
    uint64_t low = qv & (((uint64_t)1 << drop) - 1), half = (uint64_t)1 << (drop - 1);
    qv >>= drop;
    if (low > half || (low == half && (sticky || (qv & 1)))) qv++;
    double d = ldexp((double)qv, (int)(shift + drop));
    if (isinf(d)) return sp_raise(vm, SP_EXC_OverflowError, "integer division result too large for a float");
    return sp_float(negative ? -d : d);
}

static sp_value_t int_big_pow(sp_vm_t *vm, sp_value_t a, sp_value_t b) {
    int64_t e;
    mpz_t ta, r;
    mpz_srcptr base = int_mpz(a, ta);
    /* 0, 1 and -1 stay small whatever the exponent. */
    if (mpz_cmpabs_ui(base, 1) <= 0) {
        if (mpz_sgn(base) == 0) return sp_smallint(0);
        if (mpz_sgn(base) > 0) return sp_smallint(1);
        mpz_t tb;
        return sp_smallint(mpz_odd_p(int_mpz(b, tb)) ? -1 : 1);
    }
    if (!int_get_i64(b, &e)) return int_too_big(vm);
    signed long exp2;
    double mant = mpz_get_d_2exp(&exp2, base);
    double log2_result = ((double)exp2 + log2(fabs(mant))) * (double)e;
    if (log2_result > (double)int_max_bits(vm)) return int_too_big(vm);
    mpz_init(r);
    mpz_pow_ui(r, base, (unsigned long)e);
    return int_from_mpz(vm, r);
}

static sp_value_t int_big_shift(sp_vm_t *vm, sp_binop_t op, sp_value_t a, sp_value_t b) {
    mpz_t ta, tb, r;
    mpz_srcptr x = int_mpz(a, ta), y = int_mpz(b, tb);
    if (mpz_sgn(y) < 0) return sp_raise(vm, SP_EXC_ValueError, "negative shift count");
    int64_t count;
    bool fits = int_mpz_get_i64(y, &count);
    mpz_init(r);
    if (op == SP_BINOP_RSHIFT) {
        if (!fits || (uint64_t)count >= mpz_sizeinbase(x, 2) + 1) return sp_smallint(mpz_sgn(x) < 0 ? -1 : 0);
        mpz_fdiv_q_2exp(r, x, (mp_bitcnt_t)count);
        return int_from_mpz(vm, r);
    }
    if (mpz_sgn(x) == 0) return sp_smallint(0);
    if (!fits) return sp_raise(vm, SP_EXC_OverflowError, "too many digits in integer");
    if ((uint64_t)count + mpz_sizeinbase(x, 2) > int_max_bits(vm)) return int_too_big(vm);
    mpz_mul_2exp(r, x, (mp_bitcnt_t)count);
    return int_from_mpz(vm, r);
}

/* The big path of sp_int_binop: an operand is big or the int64 path overflowed. */
static sp_value_t int_big_binop(sp_vm_t *vm, sp_binop_t op, sp_value_t a, sp_value_t b) {
    if (op == SP_BINOP_POW) return int_big_pow(vm, a, b);
    if (op == SP_BINOP_LSHIFT || op == SP_BINOP_RSHIFT) return int_big_shift(vm, op, a, b);
    mpz_t ta, tb, r;
    mpz_srcptr x = int_mpz(a, ta), y = int_mpz(b, tb);
    if (op == SP_BINOP_TRUEDIV) return int_mpz_truediv(vm, x, y);
    mpz_init(r);
    switch (op) {
    case SP_BINOP_ADD: mpz_add(r, x, y); break;
    case SP_BINOP_SUB: mpz_sub(r, x, y); break;
    case SP_BINOP_MUL:
        if ((uint64_t)mpz_sizeinbase(x, 2) + mpz_sizeinbase(y, 2) > int_max_bits(vm)) return int_too_big(vm);
        mpz_mul(r, x, y);
        break;
    case SP_BINOP_FLOORDIV:
    case SP_BINOP_MOD:
        if (mpz_sgn(y) == 0) return int_zero_division(vm, op);
        if (op == SP_BINOP_FLOORDIV) mpz_fdiv_q(r, x, y);
        else mpz_fdiv_r(r, x, y);
        break;
    case SP_BINOP_AND: mpz_and(r, x, y); break;
    case SP_BINOP_OR: mpz_ior(r, x, y); break;
    case SP_BINOP_XOR: mpz_xor(r, x, y); break;
    default: return SP_NOTIMPLEMENTED;
    }
    return int_from_mpz(vm, r);
}

static sp_value_t int_big_unop(sp_vm_t *vm, sp_unop_t op, sp_value_t v) {
    mpz_t t, r;
    mpz_srcptr x = int_mpz(v, t);
    mpz_init(r);
    if (op == SP_UNOP_NEG) mpz_neg(r, x);
    else if (op == SP_UNOP_INVERT) mpz_com(r, x);
    else mpz_set(r, x);
    return int_from_mpz(vm, r);
}

static int int_big_compare(sp_value_t a, sp_value_t b) {
    mpz_t ta, tb;
    int c = mpz_cmp(int_mpz(a, ta), int_mpz(b, tb));
    return c < 0 ? -1 : c > 0;
}

static int int_big_sign(sp_value_t v) { return mpz_sgn(int_big(v)->z); }

static int int_big_compare_double(sp_value_t v, double d) {
    int c = mpz_cmp_d(int_big(v)->z, d);
    return c < 0 ? -1 : c > 0;
}

static int64_t int_big_hash(sp_value_t v) {
    mpz_t m, r;
    mpz_inits(m, r, NULL);
    int_mpz_set_u64(m, INT_HASH_MODULUS);
    mpz_tdiv_r(r, int_big(v)->z, m);
    uint64_t modded = mpz_sgn(r) == 0 ? 0 : int_mpz_get_abs_u64(r);
    return int_hash_finish(mpz_sgn(r) < 0, modded);
}

/* float(big): round half to even on the top 55 bits with a sticky bit for the rest. */
static int int_big_to_double(sp_vm_t *vm, sp_value_t v, double *out) {
    mpz_srcptr z = int_big(v)->z;
    size_t n = mpz_sizeinbase(z, 2);
    int64_t small;
    if (n <= 63 && int_mpz_get_i64(z, &small)) {
        *out = (double)small; /* the hardware conversion rounds half to even */
        return 0;
    }
    if (n > 1024) goto overflow;
    mpz_t t;
    mpz_init(t);
    mpz_abs(t, z);
    size_t shift = n - 55;
    bool sticky = mpz_scan1(t, 0) < shift;
    mpz_tdiv_q_2exp(t, t, shift);
    uint64_t q = int_mpz_get_abs_u64(t) | (sticky ? 1 : 0);
    uint64_t low = q & 3;
    q >>= 2;
    if (low > 2 || (low == 2 && (q & 1))) q++;
    double d = ldexp((double)q, (int)shift + 2);
    if (isinf(d)) goto overflow;
    *out = mpz_sgn(z) < 0 ? -d : d;
    return 0;
overflow:
    sp_raise(vm, SP_EXC_OverflowError, "int too large to convert to float");
    return -1;
}

static sp_value_t int_limit_error(sp_vm_t *vm) {
    return sp_raise(vm, SP_EXC_ValueError,
                    "Exceeds the limit (%d digits) for integer string conversion; " INT_LIMIT_HINT,
                    vm->int_max_str_digits);
}

static sp_value_t int_big_to_text(sp_vm_t *vm, sp_value_t v, int base) {
    mpz_srcptr z = int_big(v)->z;
    size_t estimate = mpz_sizeinbase(z, base);
    int limit = vm->int_max_str_digits;
    if (base == 10 && limit > 0 && estimate - 1 > (size_t)limit) return int_limit_error(vm);
    char *buf = sp_alloc_atomic(vm, estimate + 2);
    if (!buf) return SP_NULL;
    mpz_get_str(buf, base, z);
    size_t len = strlen(buf);
    if (base == 10 && limit > 0 && len - (buf[0] == '-') > (size_t)limit) return int_limit_error(vm);
    return sp_str_new(vm, buf, len);
}

static sp_value_t int_big_from_digits(sp_vm_t *vm, const char *digits, int base, bool negative) {
    mpz_t z;
    mpz_init(z);
    mpz_set_str(z, digits, base);
    if (negative) mpz_neg(z, z);
    return int_from_mpz(vm, z);
}

static sp_value_t int_big_from_double(sp_vm_t *vm, double d) {
    mpz_t z;
    mpz_init(z);
    mpz_set_d(z, d);
    return int_from_mpz(vm, z);
}

static sp_value_t int_big_pow_mod(sp_vm_t *vm, sp_value_t base, sp_value_t exp, sp_value_t mod) {
    mpz_t tb, te, tm, b, r;
    mpz_srcptr zb = int_mpz(base, tb), ze = int_mpz(exp, te), zm = int_mpz(mod, tm);
    mpz_inits(b, r, NULL);
    mpz_set(b, zb);
    if (mpz_sgn(ze) < 0) {
        if (!mpz_invert(b, b, zm)) {
            if (mpz_cmpabs_ui(zm, 1) == 0) return sp_smallint(0);
            return sp_raise(vm, SP_EXC_ValueError, "base is not invertible for the given modulus");
        }
        mpz_t e;
        mpz_init(e);
        mpz_neg(e, ze);
        mpz_powm(r, b, e, zm);
    } else {
        mpz_powm(r, b, ze, zm);
    }
    /* GMP gives 0 <= r < |m|; Python's result takes the modulus's sign. */
    if (mpz_sgn(zm) < 0 && mpz_sgn(r) != 0) mpz_add(r, r, zm);
    return int_from_mpz(vm, r);
}

static sp_value_t int_big_bit_count(sp_vm_t *vm, sp_value_t v) {
    mpz_t t, a;
    mpz_init(a);
    mpz_abs(a, int_mpz(v, t));
    return sp_int_from_u64(vm, (uint64_t)mpz_popcount(a));
}

static void int_gmp_setup(void) {
#if SP_GC_BOEHM
    mp_set_memory_functions(int_gmp_alloc, int_gmp_realloc, int_gmp_free);
#endif
}

#else
/* ---- Without GMP: every int is an int64 ------------------------------------------------- */

static bool int_get_i64(sp_value_t v, int64_t *out) {
    v = int_unbool(v);
    *out = sp_is_smallint(v) ? sp_smallint_value(v) : int_big(v)->value;
    return true;
}

static sp_value_t int_overflow(sp_vm_t *vm) { return sp_raise(vm, SP_EXC_OverflowError, "integer overflow"); }

static sp_value_t int_new_big_i64(sp_vm_t *vm, int64_t i) {
    sp_bigint_t *b = (sp_bigint_t *)sp_new_atomic_object(vm, vm->types[SP_K_INT], sizeof(sp_bigint_t));
    if (!b) return SP_NULL;
    b->value = i;
    return SP_OBJ(b);
}

sp_value_t sp_int_from_u64(sp_vm_t *vm, uint64_t u) {
    if (u > (uint64_t)INT64_MAX) return int_overflow(vm);
    return sp_int_from_i64(vm, (int64_t)u);
}

static uint64_t int_bits(sp_value_t v) {
    int64_t x;
    int_get_i64(v, &x);
    return int_bit_length_i64(x);
}

static sp_value_t int_big_binop(sp_vm_t *vm, sp_binop_t op, sp_value_t a, sp_value_t b) {
    if (op == SP_BINOP_LSHIFT) {
        int64_t x;
        int_get_i64(a, &x);
        if (x == 0) return sp_smallint(0);
    }
    return int_overflow(vm);
}

static sp_value_t int_big_unop(sp_vm_t *vm, sp_unop_t op, sp_value_t v) { return int_overflow(vm); }

static int int_big_compare(sp_value_t a, sp_value_t b) {
    int64_t x, y;
    int_get_i64(a, &x);
    int_get_i64(b, &y);
    return x < y ? -1 : x > y;
}

static int int_big_sign(sp_value_t v) { return int_big(v)->value < 0 ? -1 : int_big(v)->value > 0; }

static int int_big_compare_double(sp_value_t v, double d) { return int_i64_compare_double(int_big(v)->value, d); }

static int64_t int_big_hash(sp_value_t v) { return int_hash_i64(int_big(v)->value); }

static int int_big_to_double(sp_vm_t *vm, sp_value_t v, double *out) {
    *out = (double)int_big(v)->value;
    return 0;
}

static sp_value_t int_big_to_text(sp_vm_t *vm, sp_value_t v, int base) {
    int64_t x = int_big(v)->value;
    char buf[80];
    if (base == 10) {
        snprintf(buf, sizeof buf, "%lld", (long long)x);
        return sp_str_from_cstr(vm, buf);
    }
    uint64_t ax = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
    char *p = buf + sizeof buf - 1;
    *p = '\0';
    do {
        *--p = "0123456789abcdef"[ax % (uint64_t)base];
        ax /= (uint64_t)base;
    } while (ax);
    if (x < 0) *--p = '-';
    return sp_str_from_cstr(vm, p);
}

static sp_value_t int_big_from_digits(sp_vm_t *vm, const char *digits, int base, bool negative) {
    uint64_t acc = 0, limit = negative ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
    for (const char *p = digits; *p; p++) {
        int c = *p, d = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
        if (acc > (limit - (uint64_t)d) / (uint64_t)base) return int_overflow(vm);
        acc = acc * (uint64_t)base + (uint64_t)d;
    }
    return sp_int_from_i64(vm, negative ? (int64_t)((uint64_t)0 - acc) : (int64_t)acc);
}

static sp_value_t int_big_from_double(sp_vm_t *vm, double d) {
    if (d >= 9223372036854775808.0 || d < -9223372036854775808.0) return int_overflow(vm);
    return sp_int_from_i64(vm, (int64_t)d);
}

/* (x * y) mod m without overflow, for 0 <= x, y < m. */
static uint64_t int_mulmod(uint64_t x, uint64_t y, uint64_t m) {
    uint64_t r = 0;
    x %= m;
    while (y) {
        if (y & 1) r = (r >= m - x) ? r - (m - x) : r + x;
        x = (x >= m - x) ? x - (m - x) : x + x;
        y >>= 1;
    }
    return r;
}

static int64_t int_inverse_mod(int64_t a, int64_t m) {
    int64_t t = 0, newt = 1, r = m, newr = a, q, tmp;
    while (newr != 0) {
        q = r / newr;
        tmp = t - q * newt, t = newt, newt = tmp;
        tmp = r - q * newr, r = newr, newr = tmp;
    }
    if (r != 1) return -1;
    return t < 0 ? t + m : t;
}

static sp_value_t int_big_pow_mod(sp_vm_t *vm, sp_value_t base, sp_value_t exp, sp_value_t mod) {
    int64_t b, e, m;
    int_get_i64(base, &b);
    int_get_i64(exp, &e);
    int_get_i64(mod, &m);
    if (m == INT64_MIN) return int_overflow(vm);
    uint64_t am = (uint64_t)(m < 0 ? -m : m);
    if (am == 1) return sp_smallint(0);
    uint64_t ub = (uint64_t)int_mod_i64(b, (int64_t)am);
    if (e < 0) {
        int64_t inv = int_inverse_mod((int64_t)ub, (int64_t)am);
        if (inv < 0) return sp_raise(vm, SP_EXC_ValueError, "base is not invertible for the given modulus");
        ub = (uint64_t)inv;
        e = -e;
    }
    uint64_t r = 1;
    while (e > 0) {
        if (e & 1) r = int_mulmod(r, ub, am);
        ub = int_mulmod(ub, ub, am);
        e >>= 1;
    }
    int64_t result = (int64_t)r;
    if (m < 0 && result != 0) result += m;
    return sp_int_from_i64(vm, result);
}

static sp_value_t int_big_bit_count(sp_vm_t *vm, sp_value_t v) {
    int64_t x;
    int_get_i64(v, &x);
    uint64_t ax = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x, n = 0;
    for (; ax; ax &= ax - 1) n++;
    return sp_smallint((int64_t)n);
}

static void int_gmp_setup(void) {}
#endif

/* ---- Public API ------------------------------------------------------------------------- */

sp_value_t sp_int_from_i64(sp_vm_t *vm, int64_t i) {
    if (sp_fits_smallint(i)) return sp_smallint(i);
    return int_new_big_i64(vm, i);
}

int sp_int_to_i64(sp_vm_t *vm, sp_value_t v, int64_t *out) {
    if (int_get_i64(v, out)) return 0;
    sp_raise(vm, SP_EXC_OverflowError, "Python int too large to convert to C long");
    return -1;
}

int sp_int_to_double(sp_vm_t *vm, sp_value_t v, double *out) {
    v = int_unbool(v);
    if (sp_is_smallint(v)) {
        *out = (double)sp_smallint_value(v);
        return 0;
    }
    return int_big_to_double(vm, v, out);
}

sp_value_t sp_int_from_double(sp_vm_t *vm, double d) {
    if (isinf(d)) return sp_raise(vm, SP_EXC_OverflowError, "cannot convert float infinity to integer");
    if (isnan(d)) return sp_raise(vm, SP_EXC_ValueError, "cannot convert float NaN to integer");
    d = trunc(d);
    if (fabs(d) <= (double)SP_SMALLINT_MAX) return sp_smallint((int64_t)d);
    return int_big_from_double(vm, d);
}

int sp_int_sign(sp_vm_t *vm, sp_value_t v) {
    v = int_unbool(v);
    if (sp_is_smallint(v)) {
        int64_t x = sp_smallint_value(v);
        return x < 0 ? -1 : x > 0;
    }
    return int_big_sign(v);
}

int sp_int_compare(sp_vm_t *vm, sp_value_t a, sp_value_t b) {
    a = int_unbool(a);
    b = int_unbool(b);
    if (sp_is_smallint(a) && sp_is_smallint(b)) {
        int64_t x = sp_smallint_value(a), y = sp_smallint_value(b);
        return x < y ? -1 : x > y;
    }
    return int_big_compare(a, b);
}

int sp_int_compare_double(sp_vm_t *vm, sp_value_t i, double d) {
    if (isnan(d)) return 2;
    i = int_unbool(i);
    if (sp_is_smallint(i)) return int_i64_compare_double(sp_smallint_value(i), d);
    return int_big_compare_double(i, d);
}

int64_t sp_int_hash(sp_vm_t *vm, sp_value_t v) {
    v = int_unbool(v);
    if (sp_is_smallint(v)) return int_hash_i64(sp_smallint_value(v));
    return int_big_hash(v);
}

sp_value_t sp_int_binop(sp_vm_t *vm, sp_binop_t op, sp_value_t a, sp_value_t b) {
    op &= ~SP_BINOP_INPLACE;
    if (!int_is_intlike(a) || !int_is_intlike(b)) return SP_NOTIMPLEMENTED;
    if (op == SP_BINOP_MATMUL) return SP_NOTIMPLEMENTED;
    int64_t x, y;
    if (int_get_i64(a, &x) && int_get_i64(b, &y)) {
        sp_value_t res;
        int done = int_i64_binop(vm, op, x, y, &res);
        if (done > 0) return res;
        if (done < 0) return SP_NULL;
    }
    /* int ** negative int is a float power, as in CPython. */
    if (op == SP_BINOP_POW && sp_int_sign(vm, b) < 0) return sp_float_binop(vm, op, a, b);
    return int_big_binop(vm, op, int_unbool(a), int_unbool(b));
}

static sp_value_t int_unop(sp_vm_t *vm, sp_unop_t op, sp_value_t v) {
    v = int_unbool(v);
    if (op == SP_UNOP_NOT) return sp_bool(sp_int_sign(vm, v) == 0);
    int64_t x;
    if (int_get_i64(v, &x)) {
        if (op == SP_UNOP_POS) return sp_is_smallint(v) ? v : class_exact(vm, v); /* a subclass: int */
        if (op == SP_UNOP_INVERT) return sp_int_from_i64(vm, ~x);
        if (x != INT64_MIN) return sp_int_from_i64(vm, -x);
    }
    return int_big_unop(vm, op, v);
}

sp_value_t sp_int_to_decimal(sp_vm_t *vm, sp_value_t v) {
    v = int_unbool(v);
    if (sp_is_smallint(v)) {
        char buf[32];
        snprintf(buf, sizeof buf, "%lld", (long long)sp_smallint_value(v));
        return sp_str_from_cstr(vm, buf);
    }
    return int_big_to_text(vm, v, 10);
}

sp_value_t sp_int_format_base(sp_vm_t *vm, sp_value_t v, int base) {
    const char *prefix = base == 2 ? "0b" : base == 8 ? "0o" : "0x";
    v = int_unbool(v);
    sp_value_t digits;
    if (sp_is_smallint(v)) {
        int64_t x = sp_smallint_value(v);
        uint64_t ax = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
        char buf[72], *p = buf + sizeof buf - 1;
        *p = '\0';
        do {
            *--p = "0123456789abcdef"[ax % (uint64_t)base];
            ax /= (uint64_t)base;
        } while (ax);
        return sp_str_format(vm, "%s%s%s", x < 0 ? "-" : "", prefix, p);
    }
    digits = int_big_to_text(vm, v, base);
    if (!digits) return SP_NULL;
    const char *text = sp_str_cstr(digits);
    if (text[0] == '-') return sp_str_format(vm, "-%s%s", prefix, text + 1);
    return sp_str_format(vm, "%s%s", prefix, text);
}

sp_value_t sp_int_pow_mod(sp_vm_t *vm, sp_value_t base, sp_value_t exp, sp_value_t mod) {
    if (!int_is_intlike(base) || !int_is_intlike(exp) || !int_is_intlike(mod))
        return sp_raise(vm, SP_EXC_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    if (sp_int_sign(vm, mod) == 0) return sp_raise(vm, SP_EXC_ValueError, "pow() 3rd argument cannot be 0");
    return int_big_pow_mod(vm, int_unbool(base), int_unbool(exp), int_unbool(mod));
}

sp_value_t sp_int_round(sp_vm_t *vm, sp_value_t v, sp_value_t ndigits) {
    v = int_unbool(v);
    if (!ndigits || ndigits == SP_NONE) return v;
    int64_t n;
    if (!int_is_intlike(ndigits)) {
        if (sp_index(vm, ndigits, &n) < 0) return SP_NULL;
    } else if (!int_get_i64(ndigits, &n)) {
        return sp_int_sign(vm, ndigits) > 0 ? v : sp_smallint(0);
    }
    if (n >= 0) return v;
    /* |v| < 10 ** (digits + 1): rounding at a larger power gives 0. */
    if ((uint64_t)-(n + 1) + 1 > int_bits(v) * 30103 / 100000 + 2) return sp_smallint(0);
    sp_value_t pow10 = sp_int_binop(vm, SP_BINOP_POW, sp_smallint(10), sp_int_from_i64(vm, -n));
    if (!pow10) return SP_NULL;
    sp_value_t q = sp_int_binop(vm, SP_BINOP_FLOORDIV, v, pow10);
    sp_value_t r = q ? sp_int_binop(vm, SP_BINOP_MOD, v, pow10) : SP_NULL;
    sp_value_t twice = r ? sp_int_binop(vm, SP_BINOP_ADD, r, r) : SP_NULL;
    if (!twice) return SP_NULL;
    int c = sp_int_compare(vm, twice, pow10);
    sp_value_t odd = sp_int_binop(vm, SP_BINOP_AND, q, sp_smallint(1));
    if (c > 0 || (c == 0 && odd != sp_smallint(0))) {
        q = sp_int_binop(vm, SP_BINOP_ADD, q, sp_smallint(1));
        if (!q) return SP_NULL;
    }
    return sp_int_binop(vm, SP_BINOP_MUL, q, pow10);
}

/* ---- Parsing int(str, base) --------------------------------------------------------------- */

static bool int_is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static int int_digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

static sp_value_t int_invalid_literal(sp_vm_t *vm, const char *s, size_t len, int base) {
    sp_value_t text = sp_str_new(vm, s, len);
    sp_value_t repr = text ? sp_str_repr(vm, text) : SP_NULL;
    if (!repr) return SP_NULL;
    /* CPython formats with %.200R: at most 200 code points of the repr. */
    const char *r = sp_str_cstr(repr);
    size_t cut = 0, points = 0;
    while (r[cut] && points < 200) {
        cut++;
        while ((r[cut] & 0xC0) == 0x80) cut++;
        points++;
    }
    return sp_raise(vm, SP_EXC_ValueError, "invalid literal for int() with base %d: %.*s", base, (int)cut, r);
}

/* Strips an optional base prefix matching base (or choosing it when base is 0). */
static const char *int_skip_prefix(const char *p, const char *end, int *base) {
    if (end - p < 2 || p[0] != '0') return p;
    char c = (char)(p[1] | 0x20);
    int prefixed = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
    if (prefixed == 0 || (*base != 0 && *base != prefixed)) return p;
    *base = prefixed;
    return p + 2;
}

sp_value_t sp_int_from_string(sp_vm_t *vm, const char *s, size_t len, int base) {
    const char *p = s, *end = s + len;
    int orig_base = base;
    while (p < end && int_is_space(*p)) p++;
    while (end > p && int_is_space(end[-1])) end--;
    bool negative = false;
    if (p < end && (*p == '+' || *p == '-')) negative = *p++ == '-';
    const char *start = p;
    p = int_skip_prefix(p, end, &base);
    bool prefixed = p != start, leading_zero = !prefixed && base == 0 && p < end && *p == '0';
    if (base == 0) base = 10;
    /* Digits with single underscores between them (one may follow a prefix). */
    char *digits = sp_alloc_atomic(vm, (size_t)(end - p) + 1);
    if (!digits) return SP_NULL;
    size_t n = 0;
    bool underscore_ok = prefixed;
    for (; p < end; p++) {
        if (*p == '_' && underscore_ok) {
            underscore_ok = false;
            if (p + 1 == end) goto invalid;
            continue;
        }
        if (int_digit_value(*p) >= base) goto invalid;
        digits[n++] = *p;
        underscore_ok = true;
    }
    digits[n] = '\0';
    if (n == 0) goto invalid;
    if (leading_zero) {
        for (size_t i = 0; i < n; i++)
            if (digits[i] != '0') goto invalid;
    }
    if ((base & (base - 1)) != 0 && vm->int_max_str_digits > 0 && n > (size_t)vm->int_max_str_digits)
        return sp_raise(vm, SP_EXC_ValueError,
                        "Exceeds the limit (%d digits) for integer string conversion: value has %zu digits; "
                        INT_LIMIT_HINT, vm->int_max_str_digits, n);
    if (n <= 12 && base <= 36) {
        int64_t acc = 0;
        for (size_t i = 0; i < n; i++) acc = acc * base + int_digit_value(digits[i]);
        if (acc <= SP_SMALLINT_MAX) return sp_smallint(negative ? -acc : acc);
    }
    return int_big_from_digits(vm, digits, base, negative);
invalid:
    return int_invalid_literal(vm, s, len, orig_base);
}

/* ---- Type slots and methods ------------------------------------------------------------- */

static sp_value_t int_repr(sp_vm_t *vm, sp_value_t self) { return sp_int_to_decimal(vm, self); }

static int int_hash_slot(sp_vm_t *vm, sp_value_t self, int64_t *out) {
    *out = sp_int_hash(vm, self);
    return 0;
}

static int int_truth(sp_vm_t *vm, sp_value_t self) { return sp_int_sign(vm, self) != 0; }

static bool int_cmp_result(int c, sp_cmp_t op) {
    switch (op) {
    case SP_CMP_LT: return c < 0;
    case SP_CMP_LE: return c <= 0;
    case SP_CMP_EQ: return c == 0;
    case SP_CMP_NE: return c != 0;
    case SP_CMP_GT: return c > 0;
    default: return c >= 0;
    }
}

static sp_value_t int_richcompare(sp_vm_t *vm, sp_value_t a, sp_value_t b, sp_cmp_t op) {
    if (!int_is_intlike(a)) return SP_NOTIMPLEMENTED;
    if (int_is_intlike(b)) return sp_bool(int_cmp_result(sp_int_compare(vm, a, b), op));
    if (sp_is_float(b)) {
        int c = sp_int_compare_double(vm, a, sp_float_value(b));
        if (c == 2) return sp_bool(op == SP_CMP_NE);
        return sp_bool(int_cmp_result(c, op));
    }
    return SP_NOTIMPLEMENTED;
}

static sp_value_t int_binop_slot(sp_vm_t *vm, sp_binop_t op, sp_value_t a, sp_value_t b) {
    return sp_int_binop(vm, op, a, b);
}

/* bool & | ^ bool stays a bool; everything else is int arithmetic. */
static sp_value_t bool_binop_slot(sp_vm_t *vm, sp_binop_t op, sp_value_t a, sp_value_t b) {
    sp_binop_t plain = op & ~SP_BINOP_INPLACE;
    if (sp_is_bool(a) && sp_is_bool(b)) {
        bool x = a == SP_TRUE, y = b == SP_TRUE;
        if (plain == SP_BINOP_AND) return sp_bool(x && y);
        if (plain == SP_BINOP_OR) return sp_bool(x || y);
        if (plain == SP_BINOP_XOR) return sp_bool(x != y);
    }
    return sp_int_binop(vm, op, a, b);
}

/* int(str, base): non-ASCII digits (int('٣')) are read as their ASCII values; a failure reports
 * the original text. */
static sp_value_t int_from_str(sp_vm_t *vm, sp_value_t str, int base) {
    sp_value_t ascii = sp_str_to_ascii_number(vm, str);
    if (!ascii) return SP_NULL;
    sp_value_t r = sp_int_from_string(vm, sp_str_cstr(ascii), (size_t)SP_AS_STR(ascii)->size, base);
    if (r || ascii == str || !sp_exc_matches(vm, SP_EXC_ValueError)) return r;
    sp_exc_fetch(vm);
    return sp_int_from_string(vm, sp_str_cstr(str), (size_t)SP_AS_STR(str)->size, base);
}

/* Converts the argument of int(x) when x is not a str. */
static sp_value_t int_from_object(sp_vm_t *vm, sp_value_t x) {
    if (int_is_intlike(x)) return class_exact(vm, int_unbool(x));
    if (sp_is_float(x)) return sp_int_from_double(vm, sp_float_value(x));
    if (sp_is_str(x)) return int_from_str(vm, x, 10);
    if (sp_is_bytearray(x) && !(x = sp_bytes_from_bytearray(vm, x))) return SP_NULL;
    if (sp_is_kind(x, SP_K_BYTES))
        return sp_int_from_string(vm, (const char *)SP_AS_BYTES(x)->data, (size_t)SP_AS_BYTES(x)->size, 10);
    static const char *const hooks[] = {"__int__", "__index__"};
    for (size_t i = 0; i < 2; i++) {
        sp_value_t fn = type_lookup(vm, sp_typeof(vm, x), sp_str_intern_cstr(vm, hooks[i]));
        if (!fn) continue;
        sp_value_t r = sp_call1(vm, fn, x);
        if (r && !int_is_intlike(r))
            return sp_raise(vm, SP_EXC_TypeError, "%s returned non-int (type %s)", hooks[i], sp_type_name(vm, r));
        return r ? int_unbool(r) : SP_NULL;
    }
    return sp_raise(vm, SP_EXC_TypeError,
                    "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                    sp_type_name(vm, x));
}

static sp_value_t int_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,
                                sp_value_t kwnames) {
    sp_value_t p[2];
    if (sp_parse_args(vm, "int", "x=, /, base=", args, nargs, kwnames, p) < 0) return SP_NULL;
    if (!p[1]) return p[0] ? int_from_object(vm, p[0]) : sp_smallint(0);
    if (!p[0]) return sp_raise(vm, SP_EXC_TypeError, "int() missing string argument");
    int64_t base;
    if (sp_index(vm, p[1], &base) < 0) {
        if (!sp_exc_matches(vm, SP_EXC_OverflowError)) return SP_NULL;
        sp_exc_fetch(vm);
        base = -1;
    }
    if (base != 0 && (base < 2 || base > 36))
        return sp_raise(vm, SP_EXC_ValueError, "int() base must be >= 2 and <= 36, or 0");
    if (sp_is_str(p[0])) return int_from_str(vm, p[0], (int)base);
    if (sp_is_bytearray(p[0]) && !(p[0] = sp_bytes_from_bytearray(vm, p[0]))) return SP_NULL;
    if (sp_is_kind(p[0], SP_K_BYTES))
        return sp_int_from_string(vm, (const char *)SP_AS_BYTES(p[0])->data, (size_t)SP_AS_BYTES(p[0])->size,
                                  (int)base);
    return sp_raise(vm, SP_EXC_TypeError, "int() can't convert non-string with explicit base");
}

static sp_value_t int_m_bit_length(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "int.bit_length", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    return sp_int_from_u64(vm, int_bits(args[0]));
}

static sp_value_t int_m_bit_count(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "int.bit_count", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    return int_big_bit_count(vm, int_unbool(args[0]));
}

/* The numbers-tower attributes real, imag, numerator, denominator (CPython's int getsets). */
/* self of an int method as a plain int (bools and subclass instances converted). */
static sp_value_t int_plain(sp_vm_t *vm, sp_value_t v) {
    v = int_unbool(v);
    return sp_is_smallint(v) ? v : class_exact(vm, v);
}

static sp_value_t int_getattr(sp_vm_t *vm, sp_value_t self, sp_value_t name) {
    const char *s = sp_str_cstr(name);
    if (!strcmp(s, "real") || !strcmp(s, "numerator")) return int_plain(vm, self);
    if (!strcmp(s, "imag")) return sp_smallint(0);
    if (!strcmp(s, "denominator")) return sp_smallint(1);
    return sp_generic_getattr(vm, self, name);
}

static sp_value_t int_m_conjugate(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "int.conjugate", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    return int_plain(vm, args[0]);
}

/* int.__round__(ndigits=None): to a multiple of 10**-ndigits for negative ndigits. */
static sp_value_t int_m_round(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (kwnames != SP_NULL && SP_AS_TUPLE(kwnames)->size > 0)
        return sp_raise(vm, SP_EXC_TypeError, "int.__round__() takes no keyword arguments");
    if (sp_check_nargs(vm, "__round__", nargs - 1, SP_NULL, 0, 1) < 0) return SP_NULL;
    sp_value_t p[1] = {nargs > 1 ? args[1] : SP_NULL};
    sp_value_t x = int_plain(vm, args[0]);
    return x == SP_NULL ? SP_NULL : sp_int_round(vm, x, p[0]);
}

/* int.__trunc__, __floor__, __ceil__ (and __index__-like identity): self as a plain int. */
static sp_value_t int_m_identity(sp_vm_t *vm, const char *name, const sp_value_t *args, int nargs,
                                 sp_value_t kwnames) {
    if (sp_check_arity(vm, name, nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    return int_plain(vm, args[0]);
}
static sp_value_t int_m_trunc(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return int_m_identity(vm, "int.__trunc__", args, nargs, kwnames);
}
static sp_value_t int_m_floor(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return int_m_identity(vm, "int.__floor__", args, nargs, kwnames);
}
static sp_value_t int_m_ceil(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return int_m_identity(vm, "int.__ceil__", args, nargs, kwnames);
}

static sp_value_t int_m_as_integer_ratio(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "int.as_integer_ratio", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    sp_value_t x = int_plain(vm, args[0]);
    return x == SP_NULL ? SP_NULL : sp_tuple_pack2(vm, x, sp_smallint(1));
}

/* int.to_bytes(length=1, byteorder='big', *, signed=False) */
static sp_value_t int_m_to_bytes(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[4];
    p[0] = args[0];
    if (sp_parse_args(vm, "to_bytes", "length=, byteorder=, *, signed=", args + 1, nargs - 1, kwnames,
                      p + 1) < 0)
        return SP_NULL;
    int64_t length = 1;
    if (p[1] && sp_index(vm, p[1], &length) < 0) return SP_NULL;
    if (length < 0) return sp_raise(vm, SP_EXC_ValueError, "length argument must be non-negative");
    bool little = false;
    if (p[2]) {
        if (!sp_is_str(p[2]))
            return sp_raise(vm, SP_EXC_TypeError, "to_bytes() argument 'byteorder' must be str, not %s",
                            sp_arg_type_name(vm, p[2]));
        const char *order = sp_str_cstr(p[2]);
        if (strcmp(order, "little") == 0) little = true;
        else if (strcmp(order, "big") != 0)
            return sp_raise(vm, SP_EXC_ValueError, "byteorder must be either 'little' or 'big'");
    }
    int is_signed = p[3] ? sp_truthy(vm, p[3]) : 0;
    if (is_signed < 0) return SP_NULL;
    sp_value_t v = int_unbool(p[0]);
    if (!is_signed && sp_int_sign(vm, v) < 0)
        return sp_raise(vm, SP_EXC_OverflowError, "can't convert negative int to unsigned");
    uint8_t *buf = sp_alloc_atomic(vm, (size_t)length + 1);
    if (!buf) return SP_NULL;
    /* Peel bytes off with floor arithmetic: two's complement for negatives. */
    sp_value_t rest = v;
    for (int64_t i = 0; i < length; i++) {
        sp_value_t byte = sp_int_binop(vm, SP_BINOP_AND, rest, sp_smallint(255));
        rest = byte ? sp_int_binop(vm, SP_BINOP_RSHIFT, rest, sp_smallint(8)) : SP_NULL;
        if (!rest) return SP_NULL;
        buf[little ? i : length - 1 - i] = (uint8_t)sp_smallint_value(byte);
    }
    bool fits = rest == sp_smallint(0) || (is_signed && rest == sp_smallint(-1));
    if (fits && is_signed && length > 0) {
        bool top_set = (buf[little ? length - 1 : 0] & 0x80) != 0;
        fits = top_set == (rest == sp_smallint(-1));
    } else if (fits && is_signed && length == 0) {
        fits = rest == sp_smallint(0) && sp_int_sign(vm, v) == 0;
    }
    if (!fits) return sp_raise(vm, SP_EXC_OverflowError, "int too big to convert");
    return sp_bytes_new(vm, buf, (size_t)length);
}

static const sp_method_def_t int_methods[] = {
    {"bit_length", int_m_bit_length},
    {"bit_count", int_m_bit_count},
    {"conjugate", int_m_conjugate},
    {"__round__", int_m_round},
    {"__trunc__", int_m_trunc},
    {"__floor__", int_m_floor},
    {"__ceil__", int_m_ceil},
    {"as_integer_ratio", int_m_as_integer_ratio},
    {"to_bytes", int_m_to_bytes},
    {NULL, NULL},
};

static void int_fill_numeric_slots(sp_type_t *t) {
    t->hash = int_hash_slot;
    t->getattr = int_getattr;
    t->richcompare = int_richcompare;
    t->unop = int_unop;
    t->truth = int_truth;
}

void int_init(sp_vm_t *vm) {
    int_gmp_setup();
    /* CPython 3.11 starts with a 4300-digit limit; sys.set_int_max_str_digits(0) lifts it later. */
    if (vm->int_max_str_digits == 0) vm->int_max_str_digits = 4300;
    sp_type_t *t = vm->types[SP_K_INT];
    int_fill_numeric_slots(t);
    t->repr = int_repr;
    t->binop = int_binop_slot;
    t->construct = int_construct;
    t->flags |= SP_TYPE_BASETYPE;
    type_add_methods(vm, t, int_methods);
    /* bool's repr and constructor live in singletons.c; its arithmetic is int's. */
    sp_type_t *b = vm->types[SP_K_BOOL];
    int_fill_numeric_slots(b);
    b->binop = bool_binop_slot;
}

/* ---- Instances of int subclasses (runtime/class.c) ----------------------------------------- */

/* An int subclass's instance is always a heap big-int object of that type, whatever its value,
 * so every int function accepts it (they all read big ints through their mpz / int64 field). */
sp_value_t sp_int_box(sp_vm_t *vm, sp_type_t *type, sp_value_t v) {
    v = int_unbool(v);
    if (!sp_is_int(v)) return sp_raise(vm, SP_EXC_TypeError, "int() returned non-int (type %s)", sp_type_name(vm, v));
    sp_bigint_t *b = (sp_bigint_t *)sp_new_object(vm, type, sizeof(sp_bigint_t));
    if (!b) return SP_NULL;
#if SP_USE_GMP
    mpz_init(b->z);
    if (sp_is_smallint(v))
        int_mpz_set_i64(b->z, sp_smallint_value(v));
    else
        mpz_set(b->z, int_big(v)->z);
#else
    b->value = sp_is_smallint(v) ? sp_smallint_value(v) : int_big(v)->value;
#endif
    return SP_OBJ(b);
}
