/* memoryview.c: the buffer protocol (sp_get_buffer, the getbuffer slots of bytes and bytearray)
 * and the memoryview type: a one-dimensional view of another object's memory. */
#include <stdio.h>
#include <string.h>

#include "runtime/runtime.h"
#include "vm/vm.h"

/* ---- The buffer protocol ---------------------------------------------------------------- */

int sp_get_buffer(sp_vm_t *vm, sp_value_t v, sp_buffer_t *out) {
    sp_type_t *t = sp_typeof(vm, v);
    if (t->getbuffer == NULL) {
        sp_raise(vm, SP_EXC_TypeError, "a bytes-like object is required, not '%s'", sp_type_name(vm, v));
        return -1;
    }
    return t->getbuffer(vm, v, out);
}

bool sp_has_buffer(sp_vm_t *vm, sp_value_t v) { return sp_typeof(vm, v)->getbuffer != NULL; }

sp_value_t sp_bytes_from_buffer(sp_vm_t *vm, sp_value_t v) {
    if (sp_is_obj(v) && SP_AS_OBJ(v)->type == vm->types[SP_K_BYTES]) return v;
    sp_buffer_t buf;
    if (sp_get_buffer(vm, v, &buf) < 0) return SP_NULL;
    return sp_bytes_new(vm, buf.data, (size_t)buf.size);
}

static int bytes_getbuffer(sp_vm_t *vm, sp_value_t self, sp_buffer_t *out) {
    (void)vm;
    *out = (sp_buffer_t){self, SP_AS_BYTES(self)->data, SP_AS_BYTES(self)->size, 1, 'B', 1};
    return 0;
}

static int bytearray_getbuffer(sp_vm_t *vm, sp_value_t self, sp_buffer_t *out) {
    (void)vm;
    int64_t n;
    uint8_t *data = sp_bytearray_data(self, &n);
    *out = (sp_buffer_t){self, data != NULL ? data : (uint8_t *)"", n, 1, 'B', 0};
    return 0;
}

/* ---- memoryview ------------------------------------------------------------------------- */

/* A view of items [0, len) at byte offsets offset + i * stride of the exporter's buffer. The
 * exporter's buffer is fetched again on every access (a bytearray may have been reallocated by a
 * resize, which Sparrow allows: see docs/objects.md), and the view's extent checked against it. */
typedef struct mv_view {
    sp_object_t hdr;
    sp_value_t obj;     /* the exporter (never a memoryview: views of views share the root) */
    int64_t offset;     /* byte offset of item 0 */
    int64_t len;        /* items */
    int64_t stride;     /* bytes from one item to the next; negative for reversed slices */
    int64_t itemsize;
    char format;
    uint8_t readonly;
    uint8_t released;
} mv_view_t;

#define MV(v) SP_PTR(mv_view_t, (v))

static bool mv_is(sp_value_t v) { return sp_is_kind(v, SP_K_MEMORYVIEW); }

static int64_t mv_format_size(char f) {
    switch (f) {
    case 'b': case 'B': case 'c': case '?': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'f': case 'w': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'd': case 'n': case 'N': case 'P': return 8;
    default: return 0;
    }
}

static sp_value_t mv_released_error(sp_vm_t *vm) {
    return sp_raise(vm, SP_EXC_ValueError, "operation forbidden on released memoryview object");
}

/* The current address of item 0 (NULL with an error when released or when the exporter shrank
 * below the view). */
static uint8_t *mv_base(sp_vm_t *vm, mv_view_t *m) {
    if (m->released) return mv_released_error(vm), NULL;
    sp_buffer_t buf;
    if (sp_get_buffer(vm, m->obj, &buf) < 0) return NULL;
    int64_t lo = m->offset, hi = m->offset;
    if (m->len > 0) {
        int64_t last = m->offset + (m->len - 1) * m->stride;
        if (last < lo) lo = last;
        if (last > hi) hi = last;
        hi += m->itemsize;
    }
    if (lo < 0 || hi > buf.size) {
        sp_raise(vm, SP_EXC_BufferError, "memoryview: the underlying object was resized below the view");
        return NULL;
    }
    return buf.data + m->offset;
}

static sp_value_t mv_new(sp_vm_t *vm, sp_value_t obj, int64_t offset, int64_t len, int64_t stride, int64_t itemsize,
                         char format, bool readonly) {
    mv_view_t *m = (mv_view_t *)sp_new_object(vm, vm->types[SP_K_MEMORYVIEW], sizeof(mv_view_t));
    if (m == NULL) return SP_NULL;
    m->obj = obj;
    m->offset = offset;
    m->len = len;
    m->stride = stride;
    m->itemsize = itemsize;
    m->format = format;
    m->readonly = readonly;
    return SP_OBJ(m);
}

sp_value_t sp_memoryview_new(sp_vm_t *vm, sp_value_t obj) {
    if (mv_is(obj)) {
        mv_view_t *o = MV(obj);
        if (o->released) return mv_released_error(vm);
        return mv_new(vm, o->obj, o->offset, o->len, o->stride, o->itemsize, o->format, o->readonly);
    }
    sp_buffer_t buf;
    if (sp_typeof(vm, obj)->getbuffer == NULL)
        return sp_raise(vm, SP_EXC_TypeError, "memoryview: a bytes-like object is required, not '%s'",
                        sp_type_name(vm, obj));
    if (sp_get_buffer(vm, obj, &buf) < 0) return SP_NULL;
    int64_t isz = buf.itemsize > 0 ? buf.itemsize : 1;
    return mv_new(vm, obj, 0, buf.size / isz, isz, isz, buf.format, buf.readonly);
}

static sp_value_t mv_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    (void)type;
    sp_value_t a[1];
    if (sp_parse_args(vm, "memoryview", "object", args, nargs, kwnames, a) < 0) return SP_NULL;
    return sp_memoryview_new(vm, a[0]);
}

/* The buffer of a view: its memory in place when contiguous, else a read-only copy. */
static int mv_getbuffer(sp_vm_t *vm, sp_value_t self, sp_buffer_t *out) {
    mv_view_t *m = MV(self);
    uint8_t *p = mv_base(vm, m);
    if (p == NULL) return -1;
    int64_t n = m->len * m->itemsize;
    if (m->stride == m->itemsize) {
        *out = (sp_buffer_t){self, p, n, m->itemsize, m->format, m->readonly};
        return 0;
    }
    uint8_t *copy = sp_alloc_atomic(vm, (size_t)n + 1);
    if (copy == NULL) return -1;
    for (int64_t i = 0; i < m->len; i++) memcpy(copy + i * m->itemsize, p + i * m->stride, (size_t)m->itemsize);
    *out = (sp_buffer_t){self, copy, n, m->itemsize, m->format, 1};
    return 0;
}

/* The Python value of the item at p. */
static sp_value_t mv_unpack(sp_vm_t *vm, char f, const uint8_t *p) {
    switch (f) {
#define MV_GET(code, ctype, conv)                                                                 \
    case code: {                                                                                  \
        ctype x;                                                                                  \
        memcpy(&x, p, sizeof x);                                                                  \
        return conv;                                                                              \
    }
        MV_GET('b', int8_t, sp_smallint(x))
        MV_GET('B', uint8_t, sp_smallint(x))
        MV_GET('h', int16_t, sp_smallint(x))
        MV_GET('H', uint16_t, sp_smallint(x))
        MV_GET('i', int32_t, sp_int_from_i64(vm, x))
        MV_GET('I', uint32_t, sp_int_from_i64(vm, x))
        MV_GET('l', int64_t, sp_int_from_i64(vm, x))
        MV_GET('q', int64_t, sp_int_from_i64(vm, x))
        MV_GET('n', int64_t, sp_int_from_i64(vm, x))
        MV_GET('L', uint64_t, sp_int_from_u64(vm, x))
        MV_GET('Q', uint64_t, sp_int_from_u64(vm, x))
        MV_GET('N', uint64_t, sp_int_from_u64(vm, x))
        MV_GET('P', uint64_t, sp_int_from_u64(vm, x))
        MV_GET('f', float, sp_float((double)x))
        MV_GET('d', double, sp_float(x))
        MV_GET('?', uint8_t, sp_bool(x != 0))
        MV_GET('c', uint8_t, sp_bytes_new(vm, &x, 1))
#undef MV_GET
    default:
        return sp_raise(vm, SP_EXC_NotImplementedError, "memoryview: format %c not supported", f);
    }
}

/* Stores v as an item of format f at p, with CPython's errors. */
static int mv_pack(sp_vm_t *vm, char f, uint8_t *p, sp_value_t v) {
    if (f == 'f' || f == 'd') {
        double d;
        if (!sp_is_float(v) && !sp_is_int(v) && !sp_is_bool(v)) goto bad_type;
        if (sp_to_double(vm, v, &d) < 0) return -1;
        if (f == 'd') {
            memcpy(p, &d, sizeof d);
        } else {
            float x = (float)d; /* out of range becomes inf, as CPython's memoryview */
            memcpy(p, &x, sizeof x);
        }
        return 0;
    }
    if (f == 'c') {
        if (!sp_is_kind(v, SP_K_BYTES)) goto bad_type;
        if (SP_AS_BYTES(v)->size != 1) goto bad_value;
        *p = SP_AS_BYTES(v)->data[0];
        return 0;
    }
    if (f == '?') {
        int t = sp_truthy(vm, v);
        if (t < 0) return -1;
        *p = (uint8_t)t;
        return 0;
    }
    if (!sp_is_int(v) && !sp_is_bool(v)) goto bad_type;
    bool is_unsigned = f == 'B' || f == 'H' || f == 'I' || f == 'L' || f == 'Q' || f == 'N' || f == 'P';
    int64_t size = mv_format_size(f);
    if (is_unsigned && size == 8) {
        if (sp_int_sign(vm, v) < 0) goto bad_value;
        sp_value_t mx = sp_int_from_u64(vm, UINT64_MAX);
        if (mx == SP_NULL) return -1;
        if (sp_int_compare(vm, v, mx) > 0) goto bad_value;
        uint64_t u;
        if (sp_int_sign(vm, v) == 0) {
            u = 0;
        } else {
            /* Split into halves without a uint64 converter: v = hi * 2^32 + lo. */
            sp_value_t sh = sp_binary_op(vm, SP_BINOP_RSHIFT, v, sp_smallint(32));
            sp_value_t lo = sh ? sp_binary_op(vm, SP_BINOP_AND, v, sp_smallint(0xFFFFFFFF)) : SP_NULL;
            int64_t h, l;
            if (lo == SP_NULL || sp_int_to_i64(vm, sh, &h) < 0 || sp_int_to_i64(vm, lo, &l) < 0) return -1;
            u = ((uint64_t)h << 32) | (uint64_t)l;
        }
        memcpy(p, &u, sizeof u);
        return 0;
    }
    int64_t x;
    if (sp_int_to_i64(vm, v, &x) < 0) {
        if (!sp_exc_matches(vm, SP_EXC_OverflowError)) return -1;
        sp_exc_fetch(vm);
        goto bad_value;
    }
    if (size < 8) {
        int64_t lo = is_unsigned ? 0 : -((int64_t)1 << (size * 8 - 1));
        int64_t hi = is_unsigned ? ((int64_t)1 << (size * 8)) - 1 : ((int64_t)1 << (size * 8 - 1)) - 1;
        if (x < lo || x > hi) goto bad_value;
    } else if (is_unsigned && x < 0) {
        goto bad_value;
    }
    switch (size) {
    case 1: { uint8_t y = (uint8_t)x; memcpy(p, &y, 1); break; }
    case 2: { uint16_t y = (uint16_t)x; memcpy(p, &y, 2); break; }
    case 4: { uint32_t y = (uint32_t)x; memcpy(p, &y, 4); break; }
    default: memcpy(p, &x, 8); break;
    }
    return 0;
bad_type:
    sp_raise(vm, SP_EXC_TypeError, "memoryview: invalid type for format '%c'", f);
    return -1;
bad_value:
    sp_raise(vm, SP_EXC_ValueError, "memoryview: invalid value for format '%c'", f);
    return -1;
}

/* An int index; CPython's IndexError for one past int64. */
static int mv_index(sp_vm_t *vm, sp_value_t key, int64_t *out) {
    if (sp_index(vm, key, out) == 0) return 0;
    if (sp_exc_matches(vm, SP_EXC_OverflowError)) {
        sp_exc_fetch(vm);
        sp_raise(vm, SP_EXC_IndexError, "cannot fit 'int' into an index-sized integer");
    }
    return -1;
}

static int64_t mv_len(sp_vm_t *vm, sp_value_t self) {
    if (MV(self)->released) return mv_released_error(vm), -1;
    return MV(self)->len;
}

static sp_value_t mv_getitem(sp_vm_t *vm, sp_value_t self, sp_value_t key) {
    mv_view_t *m = MV(self);
    if (m->released) return mv_released_error(vm);
    if (sp_is_kind(key, SP_K_SLICE)) {
        int64_t start, stop, step;
        int64_t n = sp_slice_indices(vm, key, m->len, &start, &stop, &step);
        if (n < 0) return SP_NULL;
        /* With two items or more |step| < len, so the stride cannot overflow. */
        int64_t stride = n > 1 ? m->stride * step : m->stride;
        return mv_new(vm, m->obj, m->offset + (n > 0 ? start * m->stride : 0), n, stride, m->itemsize, m->format,
                      m->readonly);
    }
    if (sp_is_tuple(key) || key == SP_ELLIPSIS) {
        if (key == SP_ELLIPSIS) return self;
        return sp_raise(vm, SP_EXC_TypeError, "memoryview: invalid slice key");
    }
    int64_t i;
    if (!sp_is_int(key) && !sp_is_bool(key))
        return sp_raise(vm, SP_EXC_TypeError, "memoryview: invalid slice key");
    if (mv_index(vm, key, &i) < 0) return SP_NULL;
    if (i < 0) i += m->len;
    if (i < 0 || i >= m->len) return sp_raise(vm, SP_EXC_IndexError, "index out of bounds on dimension 1");
    uint8_t *p = mv_base(vm, m);
    return p ? mv_unpack(vm, m->format, p + i * m->stride) : SP_NULL;
}

static int mv_setitem(sp_vm_t *vm, sp_value_t self, sp_value_t key, sp_value_t value) {
    mv_view_t *m = MV(self);
    if (m->released) return mv_released_error(vm), -1;
    if (m->readonly) return sp_raise(vm, SP_EXC_TypeError, "cannot modify read-only memory"), -1;
    if (value == SP_NULL) return sp_raise(vm, SP_EXC_TypeError, "cannot delete memory"), -1;
    if (sp_is_kind(key, SP_K_SLICE)) {
        int64_t start, stop, step;
        int64_t n = sp_slice_indices(vm, key, m->len, &start, &stop, &step);
        if (n < 0) return -1;
        sp_buffer_t src;
        if (sp_get_buffer(vm, value, &src) < 0) return -1;
        int64_t sfmt_size = src.itemsize > 0 ? src.itemsize : 1;
        char sf = src.format == 'B' && mv_is(value) ? MV(value)->format : src.format;
        if (sf != m->format || sfmt_size != m->itemsize || src.size / sfmt_size != n) {
            sp_raise(vm, SP_EXC_ValueError, "memoryview assignment: lvalue and rvalue have different structures");
            return -1;
        }
        /* Copy the source first: it may overlap the destination. */
        uint8_t *tmp = sp_alloc_atomic(vm, (size_t)src.size + 1);
        if (tmp == NULL) return -1;
        memcpy(tmp, src.data, (size_t)src.size);
        uint8_t *p = mv_base(vm, m);
        if (p == NULL) return -1;
        for (int64_t k = 0; k < n; k++)
            memcpy(p + (start + k * step) * m->stride, tmp + k * m->itemsize, (size_t)m->itemsize);
        return 0;
    }
    int64_t i;
    if (!sp_is_int(key) && !sp_is_bool(key))
        return sp_raise(vm, SP_EXC_TypeError, "memoryview: invalid slice key"), -1;
    if (mv_index(vm, key, &i) < 0) return -1;
    if (i < 0) i += m->len;
    if (i < 0 || i >= m->len) return sp_raise(vm, SP_EXC_IndexError, "index out of bounds on dimension 1"), -1;
    uint8_t item[8];
    if (mv_pack(vm, m->format, item, value) < 0) return -1;
    uint8_t *p = mv_base(vm, m);
    if (p == NULL) return -1;
    memcpy(p + i * m->stride, item, (size_t)m->itemsize);
    return 0;
}

static sp_value_t mv_repr(sp_vm_t *vm, sp_value_t self) {
    return sp_str_format(vm, "<%smemory at %p>", MV(self)->released ? "released " : "", (void *)SP_AS_OBJ(self));
}

static sp_value_t mv_iter(sp_vm_t *vm, sp_value_t self) {
    if (MV(self)->released) return mv_released_error(vm);
    return sp_iterator_new(vm, vm->iter_types[SP_ITER_SEQ], self, SP_NULL, 0, 0);
}

static sp_value_t mv_tolist_of(sp_vm_t *vm, mv_view_t *m) {
    uint8_t *p = mv_base(vm, m);
    if (p == NULL) return SP_NULL;
    sp_value_t list = sp_list_new(vm, m->len);
    if (list == SP_NULL) return SP_NULL;
    for (int64_t i = 0; i < m->len; i++) {
        sp_value_t v = mv_unpack(vm, m->format, p + i * m->stride);
        if (v == SP_NULL) return SP_NULL;
        SP_AS_LIST(list)->items[i] = v;
    }
    return list;
}

static sp_value_t mv_richcompare(sp_vm_t *vm, sp_value_t a, sp_value_t b, sp_cmp_t op) {
    if (op != SP_CMP_EQ && op != SP_CMP_NE) return SP_NOTIMPLEMENTED;
    sp_value_t self = mv_is(a) ? a : b, other = mv_is(a) ? b : a;
    bool eq;
    if (a == b) {
        eq = true;
    } else if (MV(self)->released || (mv_is(other) && MV(other)->released)) {
        eq = false;
    } else if (!sp_has_buffer(vm, other)) {
        return SP_NOTIMPLEMENTED;
    } else {
        sp_value_t ov = mv_is(other) ? other : sp_memoryview_new(vm, other);
        if (ov == SP_NULL) return SP_NULL;
        sp_value_t x = mv_tolist_of(vm, MV(self)), y = x ? mv_tolist_of(vm, MV(ov)) : SP_NULL;
        if (y == SP_NULL) return SP_NULL;
        int r = sp_equal(vm, x, y);
        if (r < 0) return SP_NULL;
        eq = r;
    }
    return sp_bool(op == SP_CMP_EQ ? eq : !eq);
}

#define MV_SELF(fname, lo, hi)                                                                     \
    if (sp_check_arity(vm, "memoryview." fname, nargs - 1, kwnames, lo, hi) < 0) return SP_NULL;   \
    mv_view_t *m = MV(args[0]);                                                                    \
    if (m->released) return mv_released_error(vm);

static sp_value_t mv_m_tobytes(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t a[1];
    if (sp_parse_args(vm, "tobytes", "order=", args + 1, nargs - 1, kwnames, a) < 0) return SP_NULL;
    if (MV(args[0])->released) return mv_released_error(vm);
    sp_buffer_t buf;
    if (mv_getbuffer(vm, args[0], &buf) < 0) return SP_NULL;
    return sp_bytes_new(vm, buf.data, (size_t)buf.size);
}

static sp_value_t mv_m_tolist(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    MV_SELF("tolist", 0, 0)
    return mv_tolist_of(vm, m);
}

static sp_value_t mv_m_hex(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    MV_SELF("hex", 0, 0)
    sp_buffer_t buf;
    if (mv_getbuffer(vm, args[0], &buf) < 0) return SP_NULL;
    static const char digits[] = "0123456789abcdef";
    char *out = sp_alloc_atomic(vm, (size_t)buf.size * 2 + 1);
    if (out == NULL) return SP_NULL;
    for (int64_t i = 0; i < buf.size; i++) {
        out[2 * i] = digits[buf.data[i] >> 4];
        out[2 * i + 1] = digits[buf.data[i] & 15];
    }
    return sp_str_new(vm, out, (size_t)buf.size * 2);
}

static sp_value_t mv_m_release(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "memoryview.release", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    MV(args[0])->released = 1;
    return SP_NONE;
}

static sp_value_t mv_m_enter(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    MV_SELF("__enter__", 0, 0)
    (void)m;
    return args[0];
}

static sp_value_t mv_m_exit(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    (void)kwnames;
    (void)vm;
    (void)nargs;
    MV(args[0])->released = 1;
    return SP_FALSE;
}

static sp_value_t mv_m_cast(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t a[2];
    if (sp_parse_args(vm, "cast", "format, shape=", args + 1, nargs - 1, kwnames, a) < 0) return SP_NULL;
    mv_view_t *m = MV(args[0]);
    if (m->released) return mv_released_error(vm);
    if (!sp_is_str(a[0]))
        return sp_raise(vm, SP_EXC_TypeError, "memoryview: format argument must be a string");
    if (a[1] != SP_NULL)
        return sp_raise(vm, SP_EXC_NotImplementedError, "memoryview.cast: shape is not supported by Sparrow");
    const char *f = sp_str_cstr(a[0]);
    if (f[0] == '@') f++;
    int64_t size = strlen(f) == 1 ? mv_format_size(f[0]) : 0;
    if (size == 0 || f[0] == 'w')
        return sp_raise(vm, SP_EXC_ValueError,
                        "memoryview: destination format must be a native single character format prefixed with an optional '@'");
    if (m->stride != m->itemsize)
        return sp_raise(vm, SP_EXC_TypeError, "memoryview: casts are restricted to C-contiguous views");
    bool src_bytes = m->format == 'B' || m->format == 'b' || m->format == 'c';
    bool dst_bytes = f[0] == 'B' || f[0] == 'b' || f[0] == 'c';
    if (!src_bytes && !dst_bytes)
        return sp_raise(vm, SP_EXC_TypeError, "memoryview: cannot cast between two non-byte formats");
    int64_t nbytes = m->len * m->itemsize;
    if (nbytes % size != 0) return sp_raise(vm, SP_EXC_TypeError, "memoryview: length is not a multiple of itemsize");
    return mv_new(vm, m->obj, m->offset, nbytes / size, size, size, f[0], m->readonly);
}

static const sp_method_def_t mv_methods[] = {
    {"tobytes", mv_m_tobytes}, {"tolist", mv_m_tolist},    {"hex", mv_m_hex},
    {"release", mv_m_release}, {"__enter__", mv_m_enter}, {"__exit__", mv_m_exit},
    {"cast", mv_m_cast},       {NULL, NULL},
};

static sp_value_t mv_getattr(sp_vm_t *vm, sp_value_t self, sp_value_t name) {
    mv_view_t *m = MV(self);
    const char *s = sp_str_cstr(name);
    bool known = !strcmp(s, "nbytes") || !strcmp(s, "readonly") || !strcmp(s, "itemsize") || !strcmp(s, "format") ||
                 !strcmp(s, "obj") || !strcmp(s, "ndim") || !strcmp(s, "shape") || !strcmp(s, "strides") ||
                 !strcmp(s, "contiguous") || !strcmp(s, "c_contiguous") || !strcmp(s, "f_contiguous");
    if (!known) return sp_generic_getattr(vm, self, name);
    if (m->released) return mv_released_error(vm);
    if (!strcmp(s, "nbytes")) return sp_int_from_i64(vm, m->len * m->itemsize);
    if (!strcmp(s, "readonly")) return sp_bool(m->readonly);
    if (!strcmp(s, "itemsize")) return sp_int_from_i64(vm, m->itemsize);
    if (!strcmp(s, "format")) return sp_str_new(vm, &m->format, 1);
    if (!strcmp(s, "obj")) return m->obj;
    if (!strcmp(s, "ndim")) return sp_smallint(1);
    if (!strcmp(s, "shape")) {
        sp_value_t n = sp_int_from_i64(vm, m->len);
        return n ? sp_tuple_from_array(vm, &n, 1) : SP_NULL;
    }
    if (!strcmp(s, "strides")) {
        sp_value_t n = sp_int_from_i64(vm, m->stride);
        return n ? sp_tuple_from_array(vm, &n, 1) : SP_NULL;
    }
    return sp_bool(m->stride == m->itemsize || m->len <= 1);
}

void memoryview_init(sp_vm_t *vm) {
    vm->types[SP_K_BYTES]->getbuffer = bytes_getbuffer;
    vm->types[SP_K_BYTEARRAY]->getbuffer = bytearray_getbuffer;
    sp_type_t *t = vm->types[SP_K_MEMORYVIEW];
    t->construct = mv_construct;
    t->getbuffer = mv_getbuffer;
    t->repr = mv_repr;
    t->len = mv_len;
    t->getitem = mv_getitem;
    t->setitem = mv_setitem;
    t->iter = mv_iter;
    t->richcompare = mv_richcompare;
    t->getattr = mv_getattr;
    t->hash = NULL;
    type_add_methods(vm, t, mv_methods);
}
