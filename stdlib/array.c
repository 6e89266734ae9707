/* array.c: the array module — compact arrays of C numbers (typecodes b B u h H i I l L q Q f d)
 * with CPython 3.11's methods, conversions and error messages. The array type is made per VM at
 * import; its instances are recognised by the type's name pointer. Arrays export their memory
 * through the buffer protocol (getbuffer slot). */
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "runtime/runtime.h"
#include "runtime/slots.h"
#include "stdlib/modules.h"

static const char ar_type_name[] = "array";

typedef struct ar_array {
    sp_object_t hdr;
    char typecode;
    int itemsize;
    int64_t size;     /* items */
    int64_t capacity; /* items */
    uint8_t *data;    /* atomic GC block of capacity * itemsize bytes */
} ar_array_t;

#define AR(v) SP_PTR(ar_array_t, (v))
/* Past this many bytes an allocation is refused up front (MemoryError, never a crash). */
#define AR_MAX_BYTES ((int64_t)1 << 40)

static const char ar_typecodes[] = "bBuhHiIlLqQfd";

static int ar_itemsize(char tc) {
    switch (tc) {
    case 'b': case 'B': return 1;
    case 'h': case 'H': return 2;
    case 'u': case 'i': case 'I': case 'f': return 4;
    default: return 8;
    }
}

/* The array type an object is an instance of (walking up from a subclass), or NULL. */
static sp_type_t *ar_base_type(sp_value_t v) {
    if (!sp_is_obj(v)) return NULL;
    for (sp_type_t *t = SP_AS_OBJ(v)->type; t != NULL; t = t->base)
        if (t->name == ar_type_name) return t;
    return NULL;
}

static bool ar_is_array(sp_value_t v) { return ar_base_type(v) != NULL; }

/* The getbuffer slot: the items' memory, format = the typecode. */
static int ar_getbuffer(sp_vm_t *vm, sp_value_t v, sp_buffer_t *out) {
    (void)vm;
    ar_array_t *a = AR(v);
    *out = (sp_buffer_t){v, a->data != NULL ? a->data : (uint8_t *)"", a->size * a->itemsize, a->itemsize,
                         a->typecode == 'u' ? 'w' : a->typecode, 0}; /* 'w': CPython's UCS-4 code */
    return 0;
}

static int ar_reserve(sp_vm_t *vm, ar_array_t *a, int64_t n) {
    if (n <= a->capacity) return 0;
    if (n > AR_MAX_BYTES / a->itemsize) return sp_raise_nomem(vm), -1;
    int64_t cap = a->capacity * 2 > n ? a->capacity * 2 : n;
    if (cap < 4) cap = 4;
    if (cap > AR_MAX_BYTES / a->itemsize) cap = n;
    uint8_t *data = sp_alloc_atomic(vm, (size_t)(cap * a->itemsize));
    if (data == NULL) return -1;
    if (a->size) memcpy(data, a->data, (size_t)(a->size * a->itemsize));
    a->data = data;
    a->capacity = cap;
    return 0;
}

static sp_value_t ar_new(sp_vm_t *vm, sp_type_t *type, char tc, int64_t n) {
    ar_array_t *a = (ar_array_t *)sp_new_object(vm, type, sizeof(ar_array_t));
    if (a == NULL) return SP_NULL;
    a->typecode = tc;
    a->itemsize = ar_itemsize(tc);
    if (ar_reserve(vm, a, n) < 0) return SP_NULL;
    a->size = n;
    if (n) memset(a->data, 0, (size_t)(n * a->itemsize));
    return SP_OBJ(a);
}

/* ---- Item conversion ---------------------------------------------------------------------------- */

/* The value as an integer: 0 with *s (fits int64) / *u (fits uint64 only, *big_pos), 1 when
 * beyond 64 bits (*neg tells the side), -1 with TypeError for non-integers. */
static int ar_get_int(sp_vm_t *vm, sp_value_t v, int64_t *s, bool *unsigned_only, bool *neg) {
    *unsigned_only = false;
    *neg = false;
    if (sp_is_int(v)) {
        if (sp_int_to_i64(vm, v, s) == 0) return 0;
        vm->exc = SP_NULL;
        *neg = sp_int_sign(vm, v) < 0;
        if (*neg) return 1;
        sp_value_t two64 = sp_int_binop(vm, SP_BINOP_LSHIFT, sp_int_from_i64(vm, 1), sp_int_from_i64(vm, 64));
        sp_value_t low = two64 ? sp_int_binop(vm, SP_BINOP_SUB, v, two64) : SP_NULL;
        if (low == SP_NULL) return -1;
        if (sp_int_to_i64(vm, low, s) < 0 || *s >= 0) {
            vm->exc = SP_NULL;
            return 1;
        }
        *unsigned_only = true;
        return 0;
    }
    if (sp_index(vm, v, s) < 0) {
        if (sp_exc_matches(vm, SP_EXC_OverflowError)) {
            vm->exc = SP_NULL;
            return 1;
        }
        return -1;
    }
    *neg = *s < 0;
    return 0;
}

static int ar_overflow(sp_vm_t *vm, const char *msg) {
    sp_raise(vm, SP_EXC_OverflowError, "%s", msg);
    return -1;
}

/* Range checks of the narrow signed/unsigned codes, in the order (and words) CPython's
 * PyArg_Parse codes apply them. */
static int ar_check_range(sp_vm_t *vm, int64_t x, int64_t lo, int64_t hi, const char *what) {
    char msg[96];
    if (x > hi) {
        snprintf(msg, sizeof msg, "%s is greater than maximum", what);
        return ar_overflow(vm, msg);
    }
    if (x < lo) {
        snprintf(msg, sizeof msg, "%s is less than minimum", what);
        return ar_overflow(vm, msg);
    }
    return 0;
}

/* Converts v to the C representation of typecode tc in out (at least 8 bytes). */
static int ar_convert(sp_vm_t *vm, char tc, sp_value_t v, uint8_t *out) {
    if (tc == 'f' || tc == 'd') {
        double d;
        if (!sp_is_float(v) && !sp_is_int(v) && !sp_is_bool(v) && sp_kindof(vm, v) != SP_K_FLOAT) {
            if (sp_to_double(vm, v, &d) < 0) {
                if (sp_exc_matches(vm, SP_EXC_TypeError)) {
                    vm->exc = SP_NULL;
                    sp_raise(vm, SP_EXC_TypeError, "must be real number, not %s", sp_type_name(vm, v));
                }
                return -1;
            }
        } else if (sp_to_double(vm, v, &d) < 0) {
            return -1;
        }
        if (tc == 'f') {
            float f = (float)d;
            memcpy(out, &f, 4);
        } else {
            memcpy(out, &d, 8);
        }
        return 0;
    }
    if (tc == 'u') {
        if (!sp_is_str(v) || SP_AS_STR(v)->length != 1) {
            sp_raise(vm, SP_EXC_TypeError, "array item must be unicode character");
            return -1;
        }
        const char *p = sp_str_cstr(v);
        uint32_t cp = str_decode_char(&p);
        memcpy(out, &cp, 4);
        return 0;
    }
    int64_t x;
    bool unsigned_only, neg;
    int r = ar_get_int(vm, v, &x, &unsigned_only, &neg);
    if (r < 0) return -1;
    bool fits_long = r == 0 && !unsigned_only;
    switch (tc) {
    case 'b': {
        if (!fits_long) return ar_overflow(vm, "Python int too large to convert to C long");
        if (ar_check_range(vm, x, INT16_MIN, INT16_MAX, "signed short integer") < 0) return -1;
        if (ar_check_range(vm, x, INT8_MIN, INT8_MAX, "signed char") < 0) return -1;
        int8_t c = (int8_t)x;
        memcpy(out, &c, 1);
        return 0;
    }
    case 'B': {
        if (!fits_long) return ar_overflow(vm, "Python int too large to convert to C long");
        if (ar_check_range(vm, x, 0, UINT8_MAX, "unsigned byte integer") < 0) return -1;
        uint8_t c = (uint8_t)x;
        memcpy(out, &c, 1);
        return 0;
    }
    case 'h': {
        if (!fits_long) return ar_overflow(vm, "Python int too large to convert to C long");
        if (ar_check_range(vm, x, INT16_MIN, INT16_MAX, "signed short integer") < 0) return -1;
        int16_t c = (int16_t)x;
        memcpy(out, &c, 2);
        return 0;
    }
    case 'H': {
        if (!fits_long) return ar_overflow(vm, "Python int too large to convert to C long");
        if (ar_check_range(vm, x, INT32_MIN, INT32_MAX, "signed integer") < 0) return -1;
        if (ar_check_range(vm, x, 0, UINT16_MAX, "unsigned short") < 0) return -1;
        uint16_t c = (uint16_t)x;
        memcpy(out, &c, 2);
        return 0;
    }
    case 'i': {
        if (!fits_long) return ar_overflow(vm, "Python int too large to convert to C long");
        if (ar_check_range(vm, x, INT32_MIN, INT32_MAX, "signed integer") < 0) return -1;
        int32_t c = (int32_t)x;
        memcpy(out, &c, 4);
        return 0;
    }
    case 'I': case 'L': {
        if (neg || (r == 0 && !unsigned_only && x < 0))
            return ar_overflow(vm, "can't convert negative value to unsigned int");
        if (r == 1) return ar_overflow(vm, "Python int too large to convert to C unsigned long");
        if (tc == 'I') {
            if (unsigned_only || x > (int64_t)UINT32_MAX) return ar_overflow(vm, "unsigned int is greater than maximum");
            uint32_t c = (uint32_t)x;
            memcpy(out, &c, 4);
        } else {
            uint64_t c = (uint64_t)x;
            memcpy(out, &c, 8);
        }
        return 0;
    }
    case 'l': {
        if (!fits_long) return ar_overflow(vm, "Python int too large to convert to C long");
        memcpy(out, &x, 8);
        return 0;
    }
    case 'q': {
        if (!fits_long) return ar_overflow(vm, "int too big to convert");
        memcpy(out, &x, 8);
        return 0;
    }
    default: { /* 'Q' */
        if (neg || (r == 0 && !unsigned_only && x < 0)) return ar_overflow(vm, "can't convert negative int to unsigned");
        if (r == 1) return ar_overflow(vm, "int too big to convert");
        uint64_t c = (uint64_t)x;
        memcpy(out, &c, 8);
        return 0;
    }
    }
}

/* The Python value of item i. */
static sp_value_t ar_get(sp_vm_t *vm, const ar_array_t *a, int64_t i) {
    const uint8_t *p = a->data + i * a->itemsize;
    switch (a->typecode) {
    case 'b': return sp_int_from_i64(vm, *(const int8_t *)p);
    case 'B': return sp_int_from_i64(vm, *p);
    case 'h': { int16_t x; memcpy(&x, p, 2); return sp_int_from_i64(vm, x); }
    case 'H': { uint16_t x; memcpy(&x, p, 2); return sp_int_from_i64(vm, x); }
    case 'i': { int32_t x; memcpy(&x, p, 4); return sp_int_from_i64(vm, x); }
    case 'I': { uint32_t x; memcpy(&x, p, 4); return sp_int_from_i64(vm, x); }
    case 'l': case 'q': { int64_t x; memcpy(&x, p, 8); return sp_int_from_i64(vm, x); }
    case 'L': case 'Q': { uint64_t x; memcpy(&x, p, 8); return sp_int_from_u64(vm, x); }
    case 'f': { float x; memcpy(&x, p, 4); return sp_float((double)x); }
    case 'd': { double x; memcpy(&x, p, 8); return sp_float(x); }
    default: {
        uint32_t cp;
        memcpy(&cp, p, 4);
        if (cp > 0x10FFFF) return sp_raise(vm, SP_EXC_ValueError, "character U+%x is not in range [U+0000; U+10ffff]", cp);
        return sp_str_from_codepoint(vm, cp);
    }
    }
}

/* Appends a converted value. */
static int ar_append_value(sp_vm_t *vm, ar_array_t *a, sp_value_t v) {
    uint8_t tmp[8];
    if (ar_convert(vm, a->typecode, v, tmp) < 0) return -1;
    if (ar_reserve(vm, a, a->size + 1) < 0) return -1;
    memcpy(a->data + a->size * a->itemsize, tmp, (size_t)a->itemsize);
    a->size++;
    return 0;
}

/* Appends raw bytes (a multiple of the item size). */
static int ar_append_raw(sp_vm_t *vm, ar_array_t *a, const uint8_t *data, int64_t nitems) {
    if (nitems == 0) return 0;
    if (ar_reserve(vm, a, a->size + nitems) < 0) return -1;
    memmove(a->data + a->size * a->itemsize, data, (size_t)(nitems * a->itemsize));
    a->size += nitems;
    return 0;
}

/* Appends every item of an iterable (converted; the array is unchanged on error from a list). */
static int ar_extend_iterable(sp_vm_t *vm, ar_array_t *a, sp_value_t iterable) {
    sp_value_t it = sp_iter(vm, iterable);
    if (it == SP_NULL) return -1;
    for (;;) {
        sp_value_t v = sp_next(vm, it);
        if (v == SP_NULL) return vm->exc ? -1 : 0;
        if (ar_append_value(vm, a, v) < 0) return -1;
    }
}

static int ar_frombytes_data(sp_vm_t *vm, ar_array_t *a, const uint8_t *data, int64_t n) {
    if (n % a->itemsize != 0) {
        sp_raise(vm, SP_EXC_ValueError, "bytes length not a multiple of item size");
        return -1;
    }
    return ar_append_raw(vm, a, data, n / a->itemsize);
}

static int ar_fromunicode_str(sp_vm_t *vm, ar_array_t *a, sp_value_t s) {
    int64_t n = SP_AS_STR(s)->length;
    if (ar_reserve(vm, a, a->size + n) < 0) return -1;
    const char *p = sp_str_cstr(s);
    for (int64_t i = 0; i < n; i++) {
        uint32_t cp = str_decode_char(&p);
        memcpy(a->data + (a->size + i) * 4, &cp, 4);
    }
    a->size += n;
    return 0;
}

/* ---- Construction ------------------------------------------------------------------------------- */

static sp_value_t ar_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (kwnames != SP_NULL && SP_AS_TUPLE(kwnames)->size > 0 && !(type->flags & SP_TYPE_HEAPTYPE))
        return sp_raise(vm, SP_EXC_TypeError, "array.array() takes no keyword arguments");
    if (nargs < 1) return sp_raise(vm, SP_EXC_TypeError, "array() takes at least 1 argument (0 given)");
    if (nargs > 2) return sp_raise(vm, SP_EXC_TypeError, "array() takes at most 2 arguments (%d given)", nargs);
    sp_value_t tcv = args[0];
    if (!sp_is_str(tcv) || SP_AS_STR(tcv)->length != 1)
        return sp_raise(vm, SP_EXC_TypeError, "array() argument 1 must be a unicode character, not %s",
                        sp_type_name(vm, tcv));
    char tc = sp_str_cstr(tcv)[0];
    if (SP_AS_STR(tcv)->size != 1 || tc == 0 || strchr(ar_typecodes, tc) == NULL)
        return sp_raise(vm, SP_EXC_ValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    sp_value_t self = ar_new(vm, type, tc, 0);
    if (self == SP_NULL || nargs == 1) return self;
    ar_array_t *a = AR(self);
    sp_value_t init = args[1];
    if (sp_is_str(init)) {
        if (tc != 'u')
            return sp_raise(vm, SP_EXC_TypeError, "cannot use a str to initialize an array with typecode '%c'", tc);
        return ar_fromunicode_str(vm, a, init) < 0 ? SP_NULL : self;
    }
    if (ar_is_array(init)) {
        ar_array_t *src = AR(init);
        if (src->typecode == 'u' && tc != 'u')
            return sp_raise(vm, SP_EXC_TypeError,
                            "cannot use a unicode array to initialize an array with typecode '%c'", tc);
        if (src->typecode == tc) {
            ar_array_t snapshot = *src;
            return ar_append_raw(vm, a, snapshot.data, snapshot.size) < 0 ? SP_NULL : self;
        }
    }
    if (sp_is_kind(init, SP_K_BYTES))
        return ar_frombytes_data(vm, a, SP_AS_BYTES(init)->data, SP_AS_BYTES(init)->size) < 0 ? SP_NULL : self;
    if (sp_is_bytearray(init)) {
        int64_t n;
        uint8_t *d = sp_bytearray_data(init, &n);
        return ar_frombytes_data(vm, a, d, n) < 0 ? SP_NULL : self;
    }
    return ar_extend_iterable(vm, a, init) < 0 ? SP_NULL : self;
}

/* ---- Methods ------------------------------------------------------------------------------------ */

/* Checks self is an array for a method called through the type ("descriptor ... requires"). */
static ar_array_t *ar_self(sp_vm_t *vm, const char *method, const sp_value_t *args, int nargs) {
    if (nargs >= 1 && ar_is_array(args[0])) return AR(args[0]);
    sp_raise(vm, SP_EXC_TypeError, "descriptor '%s' for 'array.array' objects doesn't apply to a '%s' object", method,
             nargs >= 1 ? sp_type_name(vm, args[0]) : "NoneType");
    return NULL;
}

#define AR_METHOD(NAME, MIN, MAX)                                                         \
    ar_array_t *a = ar_self(vm, #NAME, args, nargs);                                      \
    if (a == NULL) return SP_NULL;                                                        \
    if (sp_check_arity(vm, "array." #NAME, nargs - 1, kwnames, MIN, MAX) < 0) return SP_NULL;

static sp_value_t ar_append(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    AR_METHOD(append, 1, 1)
    return ar_append_value(vm, a, args[1]) < 0 ? SP_NULL : SP_NONE;
}

static int ar_extend_any(sp_vm_t *vm, ar_array_t *a, sp_value_t other) {
    if (ar_is_array(other)) {
        ar_array_t *b = AR(other);
        if (b->typecode != a->typecode) {
            sp_raise(vm, SP_EXC_TypeError, "can only extend with array of same kind");
            return -1;
        }
        return ar_append_raw(vm, a, b->data, b->size);
    }
    return ar_extend_iterable(vm, a, other);
}

static sp_value_t ar_extend(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    AR_METHOD(extend, 1, 1)
    return ar_extend_any(vm, a, args[1]) < 0 ? SP_NULL : SP_NONE;
}

static sp_value_t ar_insert(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    AR_METHOD(insert, 2, 2)
    int64_t i;
    if (sp_index(vm, args[1], &i) < 0) return SP_NULL;
    uint8_t tmp[8];
    if (ar_convert(vm, a->typecode, args[2], tmp) < 0) return SP_NULL;
    if (i < 0) {
        i += a->size;
        if (i < 0) i = 0;
    }
    if (i > a->size) i = a->size;
    if (ar_reserve(vm, a, a->size + 1) < 0) return SP_NULL;
    int sz = a->itemsize;
    memmove(a->data + (i + 1) * sz, a->data + i * sz, (size_t)((a->size - i) * sz));
    memcpy(a->data + i * sz, tmp, (size_t)sz);
    a->size++;
    return SP_NONE;
}

static void ar_delete_range(ar_array_t *a, int64_t i, int64_t n) {
    int sz = a->itemsize;
    memmove(a->data + i * sz, a->data + (i + n) * sz, (size_t)((a->size - i - n) * sz));
    a->size -= n;
}

static sp_value_t ar_pop(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    AR_METHOD(pop, 0, 1)
    int64_t i = -1;
    if (nargs == 2 && sp_index(vm, args[1], &i) < 0) return SP_NULL;
    if (a->size == 0) return sp_raise(vm, SP_EXC_IndexError, "pop from empty array");
    if (i < 0) i += a->size;
    if (i < 0 || i >= a->size) return sp_raise(vm, SP_EXC_IndexError, "pop index out of range");
    sp_value_t v = ar_get(vm, a, i);
    if (v == SP_NULL) return SP_NULL;
    ar_delete_range(a, i, 1);
    return v;
}

/* The first index in [start, stop) whose item equals v, -1 when none, -2 on error. */
static int64_t ar_find(sp_vm_t *vm, ar_array_t *a, sp_value_t v, int64_t start, int64_t stop) {
    for (int64_t i = start; i < stop && i < a->size; i++) {
        sp_value_t item = ar_get(vm, a, i);
        if (item == SP_NULL) return -2;
        int eq = sp_equal(vm, item, v);
        if (eq < 0) return -2;
        if (eq) return i;
    }
    return -1;
}

static sp_value_t ar_remove(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    AR_METHOD(remove, 1, 1)
    int64_t i = ar_find(vm, a, args[1], 0, a->size);
    if (i == -2) return SP_NULL;
    if (i < 0) return sp_raise(vm, SP_EXC_ValueError, "array.remove(x): x not in array");
    ar_delete_range(a, i, 1);
    return SP_NONE;
}

static sp_value_t ar_index(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    AR_METHOD(index, 1, 3)
    int64_t start = 0, stop = a->size;
    if (nargs >= 3 && sp_seq_index_bound(vm, args[2], a->size, &start) < 0) return SP_NULL;
    if (nargs >= 4 && sp_seq_index_bound(vm, args[3], a->size, &stop) < 0) return SP_NULL;
    int64_t i = ar_find(vm, a, args[1], start, stop);
    if (i == -2) return SP_NULL;
    if (i < 0) return sp_raise(vm, SP_EXC_ValueError, "array.index(x): x not in array");
    return sp_int_from_i64(vm, i);
}

static sp_value_t ar_count(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    AR_METHOD(count, 1, 1)
    int64_t n = 0;
    for (int64_t i = 0; i < a->size; i++) {
        sp_value_t item = ar_get(vm, a, i);
        if (item == SP_NULL) return SP_NULL;
        int eq = sp_equal(vm, item, args[1]);
        if (eq < 0) return SP_NULL;
        n += eq;
    }
    return sp_int_from_i64(vm, n);
}

static sp_value_t ar_reverse(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    AR_METHOD(reverse, 0, 0)
    int sz = a->itemsize;
    uint8_t tmp[8];
    for (int64_t i = 0, j = a->size - 1; i < j; i++, j--) {
        memcpy(tmp, a->data + i * sz, (size_t)sz);
        memcpy(a->data + i * sz, a->data + j * sz, (size_t)sz);
        memcpy(a->data + j * sz, tmp, (size_t)sz);
    }
    return SP_NONE;
}

static sp_value_t ar_byteswap(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    AR_METHOD(byteswap, 0, 0)
    int sz = a->itemsize;
    for (int64_t i = 0; i < a->size; i++) {
        uint8_t *p = a->data + i * sz;
        for (int k = 0; k < sz / 2; k++) {
            uint8_t t = p[k];
            p[k] = p[sz - 1 - k];
            p[sz - 1 - k] = t;
        }
    }
    return SP_NONE;
}

static sp_value_t ar_tobytes(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    AR_METHOD(tobytes, 0, 0)
    return sp_bytes_new(vm, a->data, (size_t)(a->size * a->itemsize));
}

static sp_value_t ar_frombytes(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    AR_METHOD(frombytes, 1, 1)
    /* A copy: the source may be this very array (or a view of it), which the append resizes. */
    sp_buffer_t buf;
    if (sp_get_buffer(vm, args[1], &buf) < 0) return SP_NULL;
    if (buf.itemsize != 1) return sp_raise(vm, SP_EXC_TypeError, "a bytes-like object is required");
    sp_value_t b = sp_bytes_from_buffer(vm, args[1]);
    if (b == SP_NULL) return SP_NULL;
    return ar_frombytes_data(vm, a, SP_AS_BYTES(b)->data, SP_AS_BYTES(b)->size) < 0 ? SP_NULL : SP_NONE;
}

/* tofile(f): f.write(the array's bytes). */
static sp_value_t ar_tofile(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    AR_METHOD(tofile, 1, 1)
    /* As CPython: one write() per 64 KiB block, none at all for an empty array. */
    const int64_t block = 64 * 1024;
    for (int64_t at = 0; at < a->size * a->itemsize; at += block) {
        int64_t n = a->size * a->itemsize - at < block ? a->size * a->itemsize - at : block;
        sp_value_t b = sp_bytes_new(vm, a->data + at, (size_t)n);
        sp_value_t write = b ? sp_getattr(vm, args[1], sp_str_intern_cstr(vm, "write")) : SP_NULL;
        if (write == SP_NULL || sp_call1(vm, write, b) == SP_NULL) return SP_NULL;
    }
    return SP_NONE;
}

/* fromfile(f, n): appends n items read with f.read(); EOFError when fewer bytes came back. */
static sp_value_t ar_fromfile(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    AR_METHOD(fromfile, 2, 2)
    int64_t n;
    if (sp_index(vm, args[2], &n) < 0) return SP_NULL;
    if (n < 0) return sp_raise(vm, SP_EXC_ValueError, "negative count");
    if (n > AR_MAX_BYTES / a->itemsize) return sp_raise_nomem(vm);
    sp_value_t count = sp_int_from_i64(vm, n * a->itemsize);
    sp_value_t read = count ? sp_getattr(vm, args[1], sp_str_intern_cstr(vm, "read")) : SP_NULL;
    sp_value_t b = read ? sp_call1(vm, read, count) : SP_NULL;
    if (b == SP_NULL) return SP_NULL;
    if (!sp_is_kind(b, SP_K_BYTES)) return sp_raise(vm, SP_EXC_TypeError, "read() didn't return bytes");
    if (ar_frombytes_data(vm, a, SP_AS_BYTES(b)->data, SP_AS_BYTES(b)->size) < 0) return SP_NULL;
    if (SP_AS_BYTES(b)->size != n * a->itemsize) return sp_raise(vm, SP_EXC_EOFError, "read() didn't return enough bytes");
    return SP_NONE;
}

static sp_value_t ar_tolist(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    AR_METHOD(tolist, 0, 0)
    sp_value_t list = sp_list_new(vm, a->size);
    if (list == SP_NULL) return SP_NULL;
    for (int64_t i = 0; i < a->size; i++) {
        sp_value_t v = ar_get(vm, a, i);
        if (v == SP_NULL) return SP_NULL;
        SP_AS_LIST(list)->items[i] = v;
    }
    return list;
}

static sp_value_t ar_fromlist(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    AR_METHOD(fromlist, 1, 1)
    if (!sp_is_list(args[1])) return sp_raise(vm, SP_EXC_TypeError, "arg must be list");
    int64_t old = a->size;
    sp_list_t *l = SP_AS_LIST(args[1]);
    for (int64_t i = 0; i < l->size; i++) {
        if (ar_append_value(vm, a, l->items[i]) < 0) {
            a->size = old;
            return SP_NULL;
        }
    }
    return SP_NONE;
}

static sp_value_t ar_tounicode(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    AR_METHOD(tounicode, 0, 0)
    if (a->typecode != 'u') return sp_raise(vm, SP_EXC_ValueError, "tounicode() may only be called on unicode type arrays");
    sp_strbuf_t buf;
    strbuf_init(vm, &buf);
    for (int64_t i = 0; i < a->size; i++) {
        uint32_t cp;
        memcpy(&cp, a->data + i * 4, 4);
        if (cp > 0x10FFFF) return sp_raise(vm, SP_EXC_ValueError, "character U+%x is not in range [U+0000; U+10ffff]", cp);
        char enc[4];
        int n = str_encode_char(cp, enc);
        strbuf_append(&buf, enc, (size_t)n);
    }
    return strbuf_finish(&buf);
}

static sp_value_t ar_fromunicode(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    AR_METHOD(fromunicode, 1, 1)
    if (!sp_is_str(args[1]))
        return sp_raise(vm, SP_EXC_TypeError, "fromunicode() argument must be str, not %s", sp_type_name(vm, args[1]));
    if (a->typecode != 'u') return sp_raise(vm, SP_EXC_ValueError, "fromunicode() may only be called on unicode type arrays");
    return ar_fromunicode_str(vm, a, args[1]) < 0 ? SP_NULL : SP_NONE;
}

static sp_value_t ar_buffer_info(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    AR_METHOD(buffer_info, 0, 0)
    return sp_tuple_pack2(vm, sp_int_from_u64(vm, (uint64_t)(uintptr_t)a->data), sp_int_from_i64(vm, a->size));
}

static sp_value_t ar_copy_of(sp_vm_t *vm, ar_array_t *a) {
    sp_type_t *t = ar_base_type(SP_OBJ(a));
    sp_value_t r = ar_new(vm, t, a->typecode, a->size);
    if (r != SP_NULL && a->size) memcpy(AR(r)->data, a->data, (size_t)(a->size * a->itemsize));
    return r;
}

static sp_value_t ar_copy(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    AR_METHOD(__copy__, 0, 0)
    return ar_copy_of(vm, a);
}

static sp_value_t ar_deepcopy(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    AR_METHOD(__deepcopy__, 1, 1)
    return ar_copy_of(vm, a);
}

static sp_value_t ar_binop(sp_vm_t *vm, sp_binop_t op, sp_value_t x, sp_value_t y);

/* __iadd__ / __imul__ as methods (the slot-wrapper table has no in-place forms for this kind). */
static sp_value_t ar_iadd(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    AR_METHOD(__iadd__, 1, 1)
    (void)a;
    return ar_binop(vm, (sp_binop_t)(SP_BINOP_ADD | SP_BINOP_INPLACE), args[0], args[1]);
}

static sp_value_t ar_imul(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    AR_METHOD(__imul__, 1, 1)
    (void)a;
    return ar_binop(vm, (sp_binop_t)(SP_BINOP_MUL | SP_BINOP_INPLACE), args[0], args[1]);
}

static const sp_method_def_t ar_methods[] = {
    {"__iadd__", ar_iadd},
    {"__imul__", ar_imul},
    {"append", ar_append},
    {"extend", ar_extend},
    {"insert", ar_insert},
    {"pop", ar_pop},
    {"remove", ar_remove},
    {"index", ar_index},
    {"count", ar_count},
    {"reverse", ar_reverse},
    {"byteswap", ar_byteswap},
    {"tobytes", ar_tobytes},
    {"frombytes", ar_frombytes},
    {"tofile", ar_tofile},
    {"fromfile", ar_fromfile},
    {"tolist", ar_tolist},
    {"fromlist", ar_fromlist},
    {"tounicode", ar_tounicode},
    {"fromunicode", ar_fromunicode},
    {"buffer_info", ar_buffer_info},
    {"__copy__", ar_copy},
    {"__deepcopy__", ar_deepcopy},
    {NULL, NULL},
};

/* ---- Slots -------------------------------------------------------------------------------------- */

static sp_value_t ar_repr(sp_vm_t *vm, sp_value_t self) {
    ar_array_t *a = AR(self);
    const char *name = SP_AS_OBJ(self)->type->name;
    if (a->size == 0) return sp_str_format(vm, "%s('%c')", name, a->typecode);
    sp_value_t body;
    if (a->typecode == 'u') {
        sp_value_t s = ar_tounicode(vm, &self, 1, SP_NULL);
        body = s ? sp_repr(vm, s) : SP_NULL;
    } else {
        sp_value_t l = ar_tolist(vm, &self, 1, SP_NULL);
        body = l ? sp_repr(vm, l) : SP_NULL;
    }
    if (body == SP_NULL) return SP_NULL;
    return sp_str_format(vm, "%s('%c', %s)", name, a->typecode, sp_str_cstr(body));
}

static int64_t ar_len(sp_vm_t *vm, sp_value_t self) {
    (void)vm;
    return AR(self)->size;
}

static sp_value_t ar_getitem(sp_vm_t *vm, sp_value_t self, sp_value_t key) {
    ar_array_t *a = AR(self);
    if (sp_is_kind(key, SP_K_SLICE)) {
        int64_t start, stop, step;
        int64_t n = sp_slice_indices(vm, key, a->size, &start, &stop, &step);
        if (n < 0) return SP_NULL;
        sp_value_t r = ar_new(vm, ar_base_type(self), a->typecode, n);
        if (r == SP_NULL) return SP_NULL;
        int sz = a->itemsize;
        for (int64_t k = 0; k < n; k++) memcpy(AR(r)->data + k * sz, a->data + (start + k * step) * sz, (size_t)sz);
        return r;
    }
    if (!sp_is_int(key) && !sp_is_bool(key)) {
        int64_t dummy;
        if (sp_index(vm, key, &dummy) < 0) {
            if (sp_exc_matches(vm, SP_EXC_TypeError)) {
                vm->exc = SP_NULL;
                return sp_raise(vm, SP_EXC_TypeError, "array indices must be integers");
            }
            return SP_NULL;
        }
    }
    int64_t i;
    if (sp_seq_index(vm, key, a->size, "array", "array index out of range", &i) < 0) return SP_NULL;
    return ar_get(vm, a, i);
}

/* a[slice] = other (an array of the same typecode) or del a[slice]. */
static int ar_set_slice(sp_vm_t *vm, ar_array_t *a, sp_value_t key, sp_value_t value) {
    int64_t start, stop, step;
    int64_t n = sp_slice_indices(vm, key, a->size, &start, &stop, &step);
    if (n < 0) return -1;
    int sz = a->itemsize;
    if (value == SP_NULL) {
        if (step == 1) {
            ar_delete_range(a, start, n);
            return 0;
        }
        /* Compact the kept items in one pass. */
        int64_t w = 0, next = n > 0 ? (step > 0 ? start : start + (n - 1) * step) : -1, k = 0;
        int64_t astep = step > 0 ? step : -step;
        for (int64_t r = 0; r < a->size; r++) {
            if (k < n && r == next) {
                k++;
                next += astep;
                continue;
            }
            if (w != r) memmove(a->data + w * sz, a->data + r * sz, (size_t)sz);
            w++;
        }
        a->size = w;
        return 0;
    }
    if (!ar_is_array(value)) {
        sp_raise(vm, SP_EXC_TypeError, "can only assign array (not \"%s\") to array slice", sp_type_name(vm, value));
        return -1;
    }
    ar_array_t *b = AR(value);
    if (b->typecode != a->typecode) {
        sp_raise(vm, SP_EXC_TypeError, "bad argument type for built-in operation");
        return -1;
    }
    int64_t m = b->size;
    uint8_t *src = sp_alloc_atomic(vm, (size_t)(m * sz) + 1);
    if (src == NULL) return -1;
    if (m) memcpy(src, b->data, (size_t)(m * sz));
    if (step == 1) {
        if (stop < start) stop = start;
        int64_t newsize = a->size - (stop - start) + m;
        if (ar_reserve(vm, a, newsize) < 0) return -1;
        memmove(a->data + (start + m) * sz, a->data + stop * sz, (size_t)((a->size - stop) * sz));
        if (m) memcpy(a->data + start * sz, src, (size_t)(m * sz));
        a->size = newsize;
        return 0;
    }
    if (m != n) {
        sp_raise(vm, SP_EXC_ValueError, "attempt to assign array of size %lld to extended slice of size %lld",
                 (long long)m, (long long)n);
        return -1;
    }
    for (int64_t k = 0; k < n; k++) memcpy(a->data + (start + k * step) * sz, src + k * sz, (size_t)sz);
    return 0;
}

static int ar_setitem(sp_vm_t *vm, sp_value_t self, sp_value_t key, sp_value_t value) {
    ar_array_t *a = AR(self);
    if (sp_is_kind(key, SP_K_SLICE)) return ar_set_slice(vm, a, key, value);
    if (!sp_is_int(key) && !sp_is_bool(key)) {
        int64_t dummy;
        if (sp_index(vm, key, &dummy) < 0) {
            if (sp_exc_matches(vm, SP_EXC_TypeError)) {
                vm->exc = SP_NULL;
                sp_raise(vm, SP_EXC_TypeError, "array indices must be integers");
            }
            return -1;
        }
    }
    int64_t i;
    if (sp_seq_index(vm, key, a->size, "array",
                     value == SP_NULL ? "array assignment index out of range" : "array assignment index out of range",
                     &i) < 0)
        return -1;
    if (value == SP_NULL) {
        ar_delete_range(a, i, 1);
        return 0;
    }
    uint8_t tmp[8];
    if (ar_convert(vm, a->typecode, value, tmp) < 0) return -1;
    if (i >= a->size) {
        sp_raise(vm, SP_EXC_IndexError, "array assignment index out of range");
        return -1;
    }
    memcpy(a->data + i * a->itemsize, tmp, (size_t)a->itemsize);
    return 0;
}

static int ar_contains(sp_vm_t *vm, sp_value_t self, sp_value_t item) {
    int64_t i = ar_find(vm, AR(self), item, 0, AR(self)->size);
    return i == -2 ? -1 : i >= 0;
}

static sp_value_t ar_iter(sp_vm_t *vm, sp_value_t self) {
    return sp_iterator_new(vm, vm->iter_types[SP_ITER_SEQ], self, SP_NULL, 0, 0);
}

static sp_value_t ar_richcompare(sp_vm_t *vm, sp_value_t x, sp_value_t y, sp_cmp_t op) {
    if (!ar_is_array(x) || !ar_is_array(y)) return SP_NOTIMPLEMENTED;
    ar_array_t *a = AR(x), *b = AR(y);
    if ((op == SP_CMP_EQ || op == SP_CMP_NE) && a->size != b->size) return sp_bool(op == SP_CMP_NE);
    int64_t i = 0;
    for (; i < a->size && i < b->size; i++) {
        sp_value_t va = ar_get(vm, a, i), vb = ar_get(vm, b, i);
        if (va == SP_NULL || vb == SP_NULL) return SP_NULL;
        int eq = sp_equal(vm, va, vb);
        if (eq < 0) return SP_NULL;
        if (!eq) {
            if (op == SP_CMP_EQ) return SP_FALSE;
            if (op == SP_CMP_NE) return SP_TRUE;
            return sp_compare(vm, va, vb, op);
        }
    }
    int64_t la = a->size, lb = b->size;
    bool r;
    switch (op) {
    case SP_CMP_LT: r = la < lb; break;
    case SP_CMP_LE: r = la <= lb; break;
    case SP_CMP_EQ: r = la == lb; break;
    case SP_CMP_NE: r = la != lb; break;
    case SP_CMP_GT: r = la > lb; break;
    default: r = la >= lb; break;
    }
    return sp_bool(r);
}

static sp_value_t ar_repeat(sp_vm_t *vm, ar_array_t *a, sp_value_t count, sp_value_t target) {
    int64_t n;
    if (sp_seq_repeat_count(vm, count, &n) < 0) return SP_NULL;
    if (n < 0) n = 0;
    int sz = a->itemsize;
    if (a->size && n > AR_MAX_BYTES / sz / a->size) return sp_raise_nomem(vm);
    int64_t total = a->size * n;
    uint8_t *src = sp_alloc_atomic(vm, (size_t)(a->size * sz) + 1);
    if (src == NULL) return SP_NULL;
    if (a->size) memcpy(src, a->data, (size_t)(a->size * sz));
    int64_t len = a->size;
    sp_value_t r = target != SP_NULL ? target : ar_new(vm, ar_base_type(SP_OBJ(a)), a->typecode, 0);
    if (r == SP_NULL) return SP_NULL;
    ar_array_t *out = AR(r);
    if (ar_reserve(vm, out, total) < 0) return SP_NULL;
    for (int64_t k = 0; k < n; k++) memcpy(out->data + k * len * sz, src, (size_t)(len * sz));
    out->size = total;
    return r;
}

static sp_value_t ar_binop(sp_vm_t *vm, sp_binop_t op, sp_value_t x, sp_value_t y) {
    bool inplace = (op & SP_BINOP_INPLACE) != 0;
    sp_binop_t base = (sp_binop_t)(op & ~SP_BINOP_INPLACE);
    if (base == SP_BINOP_ADD) {
        if (!ar_is_array(x)) return SP_NOTIMPLEMENTED;
        ar_array_t *a = AR(x);
        if (!ar_is_array(y)) {
            if (inplace)
                return sp_raise(vm, SP_EXC_TypeError, "can only extend array with array (not \"%s\")", sp_type_name(vm, y));
            return sp_raise(vm, SP_EXC_TypeError, "can only append array (not \"%s\") to array", sp_type_name(vm, y));
        }
        ar_array_t *b = AR(y);
        if (b->typecode != a->typecode) {
            if (inplace) return sp_raise(vm, SP_EXC_TypeError, "can only extend with array of same kind");
            return sp_raise(vm, SP_EXC_TypeError, "bad argument type for built-in operation");
        }
        if (inplace) {
            ar_array_t snap = *b;
            return ar_append_raw(vm, a, snap.data, snap.size) < 0 ? SP_NULL : x;
        }
        sp_value_t r = ar_new(vm, ar_base_type(x), a->typecode, 0);
        if (r == SP_NULL) return SP_NULL;
        if (ar_append_raw(vm, AR(r), a->data, a->size) < 0 || ar_append_raw(vm, AR(r), b->data, b->size) < 0)
            return SP_NULL;
        return r;
    }
    if (base == SP_BINOP_MUL) {
        if (ar_is_array(x)) return ar_repeat(vm, AR(x), y, inplace ? x : SP_NULL);
        if (ar_is_array(y) && !inplace) return ar_repeat(vm, AR(y), x, SP_NULL);
    }
    return SP_NOTIMPLEMENTED;
}

static sp_value_t ar_getattr(sp_vm_t *vm, sp_value_t self, sp_value_t name) {
    const char *s = sp_str_cstr(name);
    if (!strcmp(s, "typecode")) {
        char tc[2] = {AR(self)->typecode, 0};
        return sp_str_from_cstr(vm, tc);
    }
    if (!strcmp(s, "itemsize")) return sp_int_from_i64(vm, AR(self)->itemsize);
    return sp_generic_getattr(vm, self, name);
}

sp_value_t array_module_init(sp_vm_t *vm) {
    sp_value_t module = sp_module_new(vm, sp_str_intern_cstr(vm, "array"));
    if (module == SP_NULL) return SP_NULL;
    sp_type_t *type = type_new_builtin(vm, SP_K_OBJECT, ar_type_name, vm->types[SP_K_OBJECT]);
    if (type == NULL) return SP_NULL;
    type->flags |= SP_TYPE_BASETYPE;
    type->basicsize = sizeof(ar_array_t);
    type->construct = ar_construct;
    type->repr = ar_repr;
    type->len = ar_len;
    type->getitem = ar_getitem;
    type->setitem = ar_setitem;
    type->contains = ar_contains;
    type->iter = ar_iter;
    type->richcompare = ar_richcompare;
    type->binop = ar_binop;
    type->getattr = ar_getattr;
    type->getbuffer = ar_getbuffer;
    type->hash = NULL;
    type_add_methods(vm, type, ar_methods);
    slots_add_wrappers(vm, type);
    sp_value_t dict = SP_AS_MODULE(module)->dict;
    sp_dict_set_cstr(vm, type->dict, "__module__", sp_str_from_cstr(vm, "array"));
    sp_dict_set_cstr(vm, dict, "array", SP_OBJ(type));
    sp_dict_set_cstr(vm, dict, "ArrayType", SP_OBJ(type));
    sp_dict_set_cstr(vm, dict, "typecodes", sp_str_from_cstr(vm, ar_typecodes));
    return module;
}
