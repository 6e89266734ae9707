/* complex.c: the complex type (two doubles), with CPython 3.11's arithmetic algorithms, repr, hash,
 * comparisons and constructor parsing. Imaginary literals compile to these objects (compiler/parser.c). */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/runtime.h"
#include "runtime/slots.h"
#include "vm/vm.h"

typedef struct sp_complex {
    sp_object_t hdr;
    double real, imag;
} sp_complex_t;

typedef struct complex_parts {
    double real, imag;
} complex_parts_t;

#define COMPLEX_HASH_IMAG 1000003ULL

sp_value_t sp_complex_new(sp_vm_t *vm, double real, double imag) {
    sp_complex_t *c =
        (sp_complex_t *)sp_new_atomic_object(vm, vm->types[SP_K_COMPLEX], sizeof(sp_complex_t));
    if (!c) return SP_NULL;
    c->real = real;
    c->imag = imag;
    return SP_OBJ(c);
}

bool sp_is_complex(sp_value_t v) { return sp_is_kind(v, SP_K_COMPLEX); }

void sp_complex_parts(sp_value_t v, double *real, double *imag) {
    *real = SP_PTR(sp_complex_t, v)->real;
    *imag = SP_PTR(sp_complex_t, v)->imag;
}

static sp_value_t complex_box(sp_vm_t *vm, complex_parts_t c) { return sp_complex_new(vm, c.real, c.imag); }

/* Converts an int/bool/float/complex operand; returns 0 when it is not a number (NotImplemented),
 * 1 when converted, -1 on error (an int too large for a float). */
static int complex_operand(sp_vm_t *vm, sp_value_t v, complex_parts_t *out) {
    if (sp_is_complex(v)) {
        sp_complex_parts(v, &out->real, &out->imag);
        return 1;
    }
    if (!sp_is_float(v) && !sp_is_int(v) && !sp_is_bool(v)) return 0;
    out->imag = 0.0;
    return sp_to_double(vm, v, &out->real) < 0 ? -1 : 1;
}

/* ---- Arithmetic (CPython's _Py_c_* algorithms, for bit-identical results) ---------------------- */

static complex_parts_t complex_prod(complex_parts_t a, complex_parts_t b) {
    return (complex_parts_t){a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
}

/* a / b with Smith's scaling; sets *err = EDOM for a zero divisor. */
static complex_parts_t complex_quot(complex_parts_t a, complex_parts_t b, int *err) {
    double abs_breal = fabs(b.real), abs_bimag = fabs(b.imag);
    complex_parts_t r;
    if (abs_breal >= abs_bimag) {
        if (abs_breal == 0.0) {
            *err = EDOM;
            return (complex_parts_t){0.0, 0.0};
        }
        double ratio = b.imag / b.real, denom = b.real + b.imag * ratio;
        r.real = (a.real + a.imag * ratio) / denom;
        r.imag = (a.imag - a.real * ratio) / denom;
    } else if (abs_bimag >= abs_breal) {
        double ratio = b.real / b.imag, denom = b.real * ratio + b.imag;
        r.real = (a.real * ratio + a.imag) / denom;
        r.imag = (a.imag * ratio - a.real) / denom;
    } else {
        r.real = r.imag = NAN;
    }
    return r;
}

static complex_parts_t complex_pow_general(complex_parts_t a, complex_parts_t b, int *err) {
    if (b.real == 0.0 && b.imag == 0.0) return (complex_parts_t){1.0, 0.0};
    if (a.real == 0.0 && a.imag == 0.0) {
        if (b.imag != 0.0 || b.real < 0.0) *err = EDOM;
        return (complex_parts_t){0.0, 0.0};
    }
    double vabs = hypot(a.real, a.imag), len = pow(vabs, b.real), at = atan2(a.imag, a.real);
    double phase = at * b.real;
    if (b.imag != 0.0) {
        len /= exp(at * b.imag);
        phase += b.imag * log(vabs);
    }
    return (complex_parts_t){len * cos(phase), len * sin(phase)};
}

/* a ** n for a small integer n, by repeated squaring as CPython's c_powi. */
static complex_parts_t complex_pow_int(complex_parts_t a, long n, int *err) {
    unsigned long un = n < 0 ? (unsigned long)-n : (unsigned long)n;
    complex_parts_t r = {1.0, 0.0}, p = a;
    for (unsigned long mask = 1; mask > 0 && un >= mask; mask <<= 1) {
        if (un & mask) r = complex_prod(r, p);
        p = complex_prod(p, p);
    }
    if (n < 0) r = complex_quot((complex_parts_t){1.0, 0.0}, r, err);
    return r;
}

/* a ** b with CPython's errors: ZeroDivisionError for 0 to a negative/complex power,
 * OverflowError when the result overflows. */
static sp_value_t complex_power(sp_vm_t *vm, complex_parts_t a, complex_parts_t b) {
    int err = 0;
    complex_parts_t r;
    long n = (long)b.real;
    if (b.imag == 0.0 && b.real == (double)n && labs(n) <= 100)
        r = complex_pow_int(a, n, &err);
    else
        r = complex_pow_general(a, b, &err);
    if (err == EDOM)
        return sp_raise(vm, SP_EXC_ZeroDivisionError, "0.0 to a negative or complex power");
    if (isinf(r.real) || isinf(r.imag))
        return sp_raise(vm, SP_EXC_OverflowError, "complex exponentiation");
    return complex_box(vm, r);
}

sp_value_t sp_complex_pow_float(sp_vm_t *vm, double base, double exponent) {
    return complex_power(vm, (complex_parts_t){base, 0.0}, (complex_parts_t){exponent, 0.0});
}

static sp_value_t complex_binop(sp_vm_t *vm, sp_binop_t op, sp_value_t a, sp_value_t b) {
    complex_parts_t x, y;
    int ra = complex_operand(vm, a, &x);
    if (ra <= 0) return ra < 0 ? SP_NULL : SP_NOTIMPLEMENTED;
    int rb = complex_operand(vm, b, &y);
    if (rb <= 0) return rb < 0 ? SP_NULL : SP_NOTIMPLEMENTED;
    int err = 0;
    switch (op & ~SP_BINOP_INPLACE) {
    case SP_BINOP_ADD: return complex_box(vm, (complex_parts_t){x.real + y.real, x.imag + y.imag});
    case SP_BINOP_SUB: return complex_box(vm, (complex_parts_t){x.real - y.real, x.imag - y.imag});
    case SP_BINOP_MUL: return complex_box(vm, complex_prod(x, y));
    case SP_BINOP_TRUEDIV: {
        complex_parts_t r = complex_quot(x, y, &err);
        if (err) return sp_raise(vm, SP_EXC_ZeroDivisionError, "complex division by zero");
        return complex_box(vm, r);
    }
    case SP_BINOP_POW: return complex_power(vm, x, y);
    default: return SP_NOTIMPLEMENTED;
    }
}

static sp_value_t complex_unop(sp_vm_t *vm, sp_unop_t op, sp_value_t self) {
    double re, im;
    sp_complex_parts(self, &re, &im);
    if (op == SP_UNOP_NEG) return sp_complex_new(vm, -re, -im);
    if (op == SP_UNOP_POS) return sp_complex_new(vm, re, im);
    return SP_NOTIMPLEMENTED;
}

sp_value_t sp_complex_abs(sp_vm_t *vm, sp_value_t v) {
    double re, im;
    sp_complex_parts(v, &re, &im);
    if (isinf(re) || isinf(im)) return sp_float(INFINITY);
    if (isnan(re) || isnan(im)) return sp_float(NAN);
    double r = hypot(re, im);
    if (isinf(r)) return sp_raise(vm, SP_EXC_OverflowError, "absolute value too large");
    return sp_float(r);
}

static int complex_truth(sp_vm_t *vm, sp_value_t self) {
    (void)vm;
    double re, im;
    sp_complex_parts(self, &re, &im);
    return re != 0.0 || im != 0.0;
}

/* == and != only; ordering is NotImplemented (TypeError from the generic code). */
static sp_value_t complex_richcompare(sp_vm_t *vm, sp_value_t a, sp_value_t b, sp_cmp_t op) {
    if (op != SP_CMP_EQ && op != SP_CMP_NE) return SP_NOTIMPLEMENTED;
    if (!sp_is_complex(a)) {
        sp_value_t t = a;
        a = b;
        b = t;
    }
    double re, im;
    sp_complex_parts(a, &re, &im);
    bool equal;
    if (sp_is_complex(b)) {
        double bre, bim;
        sp_complex_parts(b, &bre, &bim);
        equal = re == bre && im == bim;
    } else if (sp_is_float(b)) {
        equal = im == 0.0 && re == sp_float_value(b);
    } else if (sp_is_int(b) || sp_is_bool(b)) {
        sp_value_t i = sp_is_bool(b) ? sp_smallint(b == SP_TRUE) : b;
        equal = im == 0.0 && sp_int_compare_double(vm, i, re) == 0;
    } else {
        return SP_NOTIMPLEMENTED;
    }
    return sp_bool(op == SP_CMP_EQ ? equal : !equal);
}

static int complex_hash(sp_vm_t *vm, sp_value_t self, int64_t *out) {
    (void)vm;
    double re, im;
    sp_complex_parts(self, &re, &im);
    uint64_t combined = (uint64_t)sp_float_hash(re) + COMPLEX_HASH_IMAG * (uint64_t)sp_float_hash(im);
    if (combined == (uint64_t)-1) combined = (uint64_t)-2;
    *out = (int64_t)combined;
    return 0;
}

/* ---- repr ---------------------------------------------------------------------------------- */

/* repr of one part as CPython's 'r' format without the ".0" a float repr adds. */
static void complex_part_text(sp_strbuf_t *buf, double d, bool with_sign) {
    char text[64];
    float_repr_buf(d, text, sizeof text);
    size_t n = strlen(text);
    if (n > 2 && !strchr(text, 'e') && !strcmp(text + n - 2, ".0")) text[n -= 2] = 0;
    if (with_sign && text[0] != '-') strbuf_append(buf, "+", 1);
    strbuf_append(buf, text, n);
}

static sp_value_t complex_repr(sp_vm_t *vm, sp_value_t self) {
    double re, im;
    sp_complex_parts(self, &re, &im);
    sp_strbuf_t buf;
    strbuf_init(vm, &buf);
    if (re == 0.0 && !signbit(re)) {
        complex_part_text(&buf, im, false);
        strbuf_append(&buf, "j", 1);
    } else {
        strbuf_append(&buf, "(", 1);
        complex_part_text(&buf, re, false);
        complex_part_text(&buf, im, true);
        strbuf_append(&buf, "j)", 2);
    }
    return strbuf_finish(&buf);
}

/* ---- Attributes and methods ------------------------------------------------------------------ */

static sp_value_t complex_getattr(sp_vm_t *vm, sp_value_t self, sp_value_t name) {
    const char *s = sp_str_cstr(name);
    double re, im;
    sp_complex_parts(self, &re, &im);
    if (!strcmp(s, "real")) return sp_float(re);
    if (!strcmp(s, "imag")) return sp_float(im);
    return sp_generic_getattr(vm, self, name);
}

static sp_value_t complex_m_conjugate(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "complex.conjugate", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    double re, im;
    sp_complex_parts(args[0], &re, &im);
    return sp_complex_new(vm, re, -im);
}

static sp_value_t complex_m___getnewargs__(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "complex.__getnewargs__", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    double re, im;
    sp_complex_parts(args[0], &re, &im);
    return sp_tuple_pack2(vm, sp_float(re), sp_float(im));
}

static sp_value_t complex_m___complex__(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "complex.__complex__", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    return args[0];
}

/* format(z, spec): str(z) for an empty spec, else the complex form of the mini-language. */
static sp_value_t complex_m___format__(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "__format__", nargs - 1, kwnames, 1, 1) < 0) return SP_NULL;
    if (!sp_is_str(args[1]))
        return sp_raise(vm, SP_EXC_TypeError, "__format__() argument must be str, not %s",
                        sp_type_name(vm, args[1]));
    if (SP_AS_STR(args[1])->size == 0) return sp_str(vm, args[0]);
    double re, im;
    sp_complex_parts(args[0], &re, &im);
    return sp_format_complex(vm, re, im, args[1]);
}

/* ---- Construction ------------------------------------------------------------------------------ */

/* Reads a float at s as CPython's complex parser does (no hex floats); returns the end. */
static const char *complex_read_float(const char *s, double *out) {
    const char *p = s;
    if (*p == '+' || *p == '-') p++;
    if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) return s;
    if (!isdigit((unsigned char)*p) && *p != '.' && tolower((unsigned char)*p) != 'i' &&
        tolower((unsigned char)*p) != 'n')
        return s;
    char *end;
    *out = strtod(s, &end);
    return end;
}

static sp_value_t complex_malformed(sp_vm_t *vm) {
    return sp_raise(vm, SP_EXC_ValueError, "complex() arg is a malformed string");
}

/* complex('1+2j'): the forms <float>, <float>j, <float><signed-float>j, <float><sign>j, <sign>j, j,
 * optionally in parentheses, surrounded by whitespace. */
static sp_value_t complex_from_string(sp_vm_t *vm, sp_value_t str) {
    sp_str_t *st = SP_AS_STR(str);
    if (strlen(st->data) != (size_t)st->size) return complex_malformed(vm);
    if (strchr(st->data, '_')) return complex_malformed(vm);
    const char *s = st->data;
    double x = 0.0, y = 0.0, z;
    bool bracket = false;
    while (isspace((unsigned char)*s)) s++;
    if (*s == '(') {
        bracket = true;
        s++;
        while (isspace((unsigned char)*s)) s++;
    }
    const char *end = complex_read_float(s, &z);
    if (end != s) {
        s = end;
        if (*s == '+' || *s == '-') {
            x = z;
            end = complex_read_float(s, &y);
            if (end != s) s = end;
            else y = *s++ == '+' ? 1.0 : -1.0;
            if (*s != 'j' && *s != 'J') return complex_malformed(vm);
            s++;
        } else if (*s == 'j' || *s == 'J') {
            s++;
            y = z;
        } else {
            x = z;
        }
    } else {
        y = 1.0;
        if (*s == '+' || *s == '-') y = *s++ == '+' ? 1.0 : -1.0;
        if (*s != 'j' && *s != 'J') return complex_malformed(vm);
        s++;
    }
    while (isspace((unsigned char)*s)) s++;
    if (bracket) {
        if (*s != ')') return complex_malformed(vm);
        s++;
        while (isspace((unsigned char)*s)) s++;
    }
    if (*s) return complex_malformed(vm);
    return sp_complex_new(vm, x, y);
}

static sp_value_t complex_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,
                                    sp_value_t kwnames) {
    (void)type;
    sp_value_t p[2];
    if (sp_parse_args(vm, "complex", "real=, imag=", args, nargs, kwnames, p) < 0) return SP_NULL;
    if (p[0] == SP_NULL) p[0] = sp_smallint(0);
    if (sp_is_str(p[0])) {
        if (p[1] != SP_NULL)
            return sp_raise(vm, SP_EXC_TypeError, "complex() can't take second arg if first is a string");
        return complex_from_string(vm, p[0]);
    }
    if (p[1] != SP_NULL && sp_is_str(p[1]))
        return sp_raise(vm, SP_EXC_TypeError, "complex() second arg can't be a string");
    if (slots_is_heap_instance(p[0])) { /* a class's __complex__, else __float__ / __index__ */
        sp_value_t c = slots_complex_arg(vm, p[0]);
        if (c == SP_NULL) return SP_NULL;
        if (sp_is_complex(c) && p[1] == SP_NULL) return c;
        p[0] = c;
    }
    complex_parts_t r, i = {0.0, 0.0};
    int ok = complex_operand(vm, p[0], &r);
    if (ok < 0) return SP_NULL;
    if (ok == 0)
        return sp_raise(vm, SP_EXC_TypeError, "complex() first argument must be a string or a number, not '%s'",
                        sp_type_name(vm, p[0]));
    if (p[1] == SP_NULL) return sp_is_complex(p[0]) ? p[0] : complex_box(vm, r);
    ok = complex_operand(vm, p[1], &i);
    if (ok < 0) return SP_NULL;
    if (ok == 0)
        return sp_raise(vm, SP_EXC_TypeError, "complex() second argument must be a number, not '%s'",
                        sp_type_name(vm, p[1]));
    /* As CPython: parts are only combined when an argument really is complex (keeps -0.0). */
    double real = sp_is_complex(p[1]) ? r.real - i.imag : r.real;
    double imag = sp_is_complex(p[0]) ? i.real + r.imag : i.real;
    return sp_complex_new(vm, real, imag);
}

static const sp_method_def_t complex_methods[] = {
    {"conjugate", complex_m_conjugate},
    {"__getnewargs__", complex_m___getnewargs__},
    {"__complex__", complex_m___complex__},
    {"__format__", complex_m___format__},
    {NULL, NULL},
};

void complex_init(sp_vm_t *vm) {
    sp_type_t *t = vm->types[SP_K_COMPLEX];
    t->repr = complex_repr;
    t->hash = complex_hash;
    t->richcompare = complex_richcompare;
    t->binop = complex_binop;
    t->unop = complex_unop;
    t->truth = complex_truth;
    t->getattr = complex_getattr;
    t->construct = complex_construct;
    t->flags |= SP_TYPE_BASETYPE;
    t->basicsize = sizeof(sp_complex_t); /* subclasses copy the struct (runtime/class.c) */
    type_add_methods(vm, t, complex_methods);
}
