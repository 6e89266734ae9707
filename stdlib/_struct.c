/* _struct.c: the C core of the struct module — format parsing, pack/unpack of C values in native
 * or standard sizes and byte orders, with CPython 3.11's errors; stdlib/lib/struct.py wraps it.
 * It never holds state of its own: struct.error is looked up in the module each time it is raised. */
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "runtime/runtime.h"
#include "stdlib/modules.h"

/* One parsed format item: `count` repetitions of `code` (for s and p: one string of count
 * bytes) starting at byte `offset`; `size` is the size of one repetition. */
typedef struct st_item {
    char code;
    int64_t count;
    int64_t offset;
    int size;
} st_item_t;

/* A parsed format: byte order, total size, number of Python values, the items. */
typedef struct st_format {
    bool native;        /* '@': native sizes and alignment */
    bool little;        /* byte order of the items */
    int64_t size;       /* calcsize() */
    int64_t nargs;      /* values pack() takes and unpack() returns */
    int nitems;
    st_item_t *items;
} st_format_t;

static bool st_host_little(void) {
    const uint16_t probe = 1;
    return *(const uint8_t *)&probe == 1;
}

/* ---- struct.error ------------------------------------------------------------------------------- */

/* Raises struct.error(msg), the class being the one the module made at import. */
static sp_value_t st_error(sp_vm_t *vm, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static sp_value_t st_error(sp_vm_t *vm, const char *fmt, ...) {
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    sp_value_t module = sp_dict_get_cstr(vm, vm->modules, "_struct");
    sp_value_t cls = module != SP_NULL && sp_is_kind(module, SP_K_MODULE)
                         ? sp_dict_get_cstr(vm, SP_AS_MODULE(module)->dict, "error")
                         : SP_NULL;
    if (cls == SP_NULL) return sp_raise(vm, SP_EXC_ValueError, "%s", msg);
    sp_value_t text = sp_str_from_cstr(vm, msg);
    if (text == SP_NULL) return SP_NULL;
    sp_value_t exc = sp_call(vm, cls, &text, 1, SP_NULL);
    if (exc == SP_NULL) return SP_NULL;
    return sp_raise_object(vm, exc);
}

/* ---- Format parsing ----------------------------------------------------------------------------- */

/* Size of one item of `code` in native or standard mode; 0 for a bad code. */
static int st_code_size(char code, bool native) {
    switch (code) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': return native ? (int)sizeof(long) : 4;
    case 'q': case 'Q': case 'd': return 8;
    case 'n': case 'N': return native ? (int)sizeof(size_t) : 0;
    case 'P': return native ? (int)sizeof(void *) : 0;
    default: return 0;
    }
}

/* The format argument as C text: str or bytes, else CPython's TypeError. */
static const char *st_format_text(sp_vm_t *vm, sp_value_t fmt, int64_t *len) {
    if (sp_is_str(fmt)) {
        *len = SP_AS_STR(fmt)->size;
        return sp_str_cstr(fmt);
    }
    if (sp_is_kind(fmt, SP_K_BYTES)) {
        *len = SP_AS_BYTES(fmt)->size;
        return (const char *)SP_AS_BYTES(fmt)->data;
    }
    sp_raise(vm, SP_EXC_TypeError, "Struct() argument 1 must be a str or bytes object, not %s",
             sp_type_name(vm, fmt));
    return NULL;
}

static bool st_isspace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

/* Parses fmt into *out; 0 or -1 with struct.error. */
static int st_parse(sp_vm_t *vm, sp_value_t fmt, st_format_t *out) {
    int64_t len;
    const char *s = st_format_text(vm, fmt, &len);
    if (s == NULL) return -1;
    const char *end = s + len;
    out->native = true;
    out->little = st_host_little();
    if (s < end) {
        switch (*s) {
        case '@': s++; break;
        case '=': out->native = false; s++; break;
        case '<': out->native = false; out->little = true; s++; break;
        case '>': case '!': out->native = false; out->little = false; s++; break;
        default: break;
        }
    }
    int cap = 8;
    out->items = sp_alloc_atomic(vm, (size_t)cap * sizeof(st_item_t));
    if (out->items == NULL) return -1;
    out->nitems = 0;
    out->size = 0;
    out->nargs = 0;
    const int64_t limit = INT64_MAX;
    while (s < end) {
        if (st_isspace(*s)) {
            s++;
            continue;
        }
        int64_t count = 1;
        if (*s >= '0' && *s <= '9') {
            count = 0;
            while (s < end && *s >= '0' && *s <= '9') {
                if (count > (limit - (*s - '0')) / 10) {
                    st_error(vm, "total struct size too long");
                    return -1;
                }
                count = count * 10 + (*s - '0');
                s++;
            }
            if (s == end) {
                st_error(vm, "repeat count given without format specifier");
                return -1;
            }
        }
        char code = *s++;
        int size = st_code_size(code, out->native);
        if (size == 0) {
            st_error(vm, "bad char in struct format");
            return -1;
        }
        if (out->native && code != 's' && code != 'p' && code != 'x') {
            int64_t align = size;
            out->size = (out->size + align - 1) / align * align;
        }
        if (count > (limit - out->size) / size) {
            st_error(vm, "total struct size too long");
            return -1;
        }
        if (code == 'x' || (count == 0 && code != 's' && code != 'p')) {
            out->size += (int64_t)size * count;
            continue;
        }
        if (out->nitems == cap) {
            cap *= 2;
            st_item_t *grown = sp_alloc_atomic(vm, (size_t)cap * sizeof(st_item_t));
            if (grown == NULL) return -1;
            memcpy(grown, out->items, (size_t)out->nitems * sizeof(st_item_t));
            out->items = grown;
        }
        st_item_t *item = &out->items[out->nitems++];
        item->code = code;
        item->count = count;
        item->offset = out->size;
        item->size = size;
        if (code == 's' || code == 'p') {
            out->size += count;
            out->nargs += 1;
        } else {
            out->size += (int64_t)size * count;
            out->nargs += count;
        }
    }
    return 0;
}

/* ---- Integers ----------------------------------------------------------------------------------- */

/* Converts a pack argument to a 64-bit pattern. Returns 0 (in *bits, with *neg telling the sign),
 * 1 when the value does not fit 64 bits (signed or unsigned), -1 with struct.error when it is
 * not an integer. */
static int st_get_int(sp_vm_t *vm, sp_value_t v, uint64_t *bits, bool *neg) {
    if (v == SP_TRUE || v == SP_FALSE) {
        *bits = v == SP_TRUE;
        *neg = false;
        return 0;
    }
    int64_t i;
    if (sp_is_int(v)) {
        if (sp_int_to_i64(vm, v, &i) == 0) {
            *bits = (uint64_t)i;
            *neg = i < 0;
            return 0;
        }
        vm->exc = SP_NULL;
        if (sp_int_sign(vm, v) < 0) return 1;
        /* 2**63 <= v: fits an unsigned 64-bit value when v - 2**64 fits a signed one. */
        sp_value_t two64 = sp_int_binop(vm, SP_BINOP_LSHIFT, sp_int_from_i64(vm, 1), sp_int_from_i64(vm, 64));
        sp_value_t low = two64 ? sp_int_binop(vm, SP_BINOP_SUB, v, two64) : SP_NULL;
        if (low == SP_NULL) return -1;
        if (sp_int_to_i64(vm, low, &i) < 0 || i >= 0) {
            vm->exc = SP_NULL;
            return 1;
        }
        *bits = (uint64_t)i;
        *neg = false;
        return 0;
    }
    if (sp_is_float(v) || !sp_is_obj(v) || sp_typeof(vm, v)->kind == SP_K_FLOAT) {
        st_error(vm, "required argument is not an integer");
        return -1;
    }
    sp_value_t method;
    sp_value_t name = sp_str_intern_cstr(vm, "__index__");
    if (sp_load_method(vm, v, name, &method) <= 0) {
        vm->exc = SP_NULL;
        st_error(vm, "required argument is not an integer");
        return -1;
    }
    vm->exc = SP_NULL;
    if (sp_index(vm, v, &i) < 0) {
        if (sp_exc_matches(vm, SP_EXC_OverflowError)) {
            vm->exc = SP_NULL;
            return 1;
        }
        return -1;
    }
    *bits = (uint64_t)i;
    *neg = i < 0;
    return 0;
}

/* The range error of a narrow integer code, worded as CPython 3.11. */
static void st_range_error(sp_vm_t *vm, char code, bool native, int size, bool is_unsigned) {
    if (code == 'b') {
        st_error(vm, "byte format requires -128 <= number <= 127");
    } else if (code == 'B') {
        st_error(vm, "ubyte format requires 0 <= number <= 255");
    } else if (code == 'h' && native) {
        st_error(vm, "short format requires -32768 <= number <= 32767");
    } else if (code == 'H' && native) {
        st_error(vm, "ushort format requires 0 <= number <= 65535");
    } else if (is_unsigned) {
        st_error(vm, "'%c' format requires 0 <= number <= %llu", code,
                 (unsigned long long)((1ULL << (size * 8)) - 1));
    } else {
        long long max = (long long)((1ULL << (size * 8 - 1)) - 1);
        st_error(vm, "'%c' format requires %lld <= number <= %lld", code, -max - 1, max);
    }
    (void)native;
}

static void st_store(uint8_t *p, uint64_t bits, int size, bool little) {
    for (int k = 0; k < size; k++) {
        int shift = little ? k : size - 1 - k;
        p[k] = (uint8_t)(bits >> (shift * 8));
    }
}

static uint64_t st_load(const uint8_t *p, int size, bool little) {
    uint64_t bits = 0;
    for (int k = 0; k < size; k++) {
        int shift = little ? k : size - 1 - k;
        bits |= (uint64_t)p[k] << (shift * 8);
    }
    return bits;
}

static bool st_is_unsigned(char code) {
    return code == 'B' || code == 'H' || code == 'I' || code == 'L' || code == 'Q' || code == 'N' || code == 'P';
}

/* Packs one integer item; 0 or -1. */
static int st_pack_int(sp_vm_t *vm, const st_format_t *f, const st_item_t *item, uint8_t *p, sp_value_t v) {
    uint64_t bits = 0;
    bool neg = false;
    int r = st_get_int(vm, v, &bits, &neg);
    if (r < 0) return -1;
    char code = item->code;
    int size = item->size;
    bool is_unsigned = st_is_unsigned(code);
    /* CPython packs with the native routines when the standard layout matches the host (all
     * little-endian codes but l/L here); the big-endian routines word some errors differently. */
    bool native_like = f->native || (f->little == st_host_little() && code != 'l' && code != 'L');
    if (r == 1) {
        if (code == 'P' || (!native_like && size == 8)) st_error(vm, "int too large to convert");
        else st_error(vm, "argument out of range");
        return -1;
    }
    if (code == 'P') {
        st_store(p, bits, size, f->little);
        return 0;
    }
    /* A negative value was read as signed; a huge positive one as unsigned (top bit set). */
    bool huge = !neg && (bits >> 63) != 0;
    if (size == 8) {
        if (is_unsigned ? neg : huge) {
            st_error(vm, native_like ? "argument out of range" : "int too large to convert");
            return -1;
        }
    } else if (is_unsigned) {
        if (huge || (neg && code != 'B' && (code != 'H' || !native_like))) {
            st_error(vm, "argument out of range");
            return -1;
        }
        if (neg || bits > (1ULL << (size * 8)) - 1) {
            st_range_error(vm, code, native_like, size, true);
            return -1;
        }
    } else {
        if (huge) {
            st_error(vm, "argument out of range");
            return -1;
        }
        int64_t sv = (int64_t)bits;
        int64_t max = (int64_t)((1ULL << (size * 8 - 1)) - 1);
        if (sv > max || sv < -max - 1) {
            st_range_error(vm, code, native_like, size, false);
            return -1;
        }
    }
    st_store(p, bits, size, f->little);
    return 0;
}

/* ---- Floats ------------------------------------------------------------------------------------- */

/* IEEE 754 binary16 from a double, rounding half to even; -1 with OverflowError past the range. */
static int st_half_from_double(sp_vm_t *vm, double x, uint16_t *out) {
    uint16_t sign = signbit(x) ? 0x8000 : 0;
    if (isnan(x)) {
        *out = sign | 0x7e00;
        return 0;
    }
    double a = fabs(x);
    if (isinf(a)) {
        *out = sign | 0x7c00;
        return 0;
    }
    if (a == 0) {
        *out = sign;
        return 0;
    }
    int e;
    double m = frexp(a, &e); /* a = m * 2**e, 0.5 <= m < 1 */
    /* Normal halves have 1 <= a < 65536 scaled: exponent field e - 1 + 15 in 1..30. */
    if (e - 1 + 15 >= 1) {
        /* 11 significant bits: scale m to [1024, 2048). */
        double scaled = ldexp(m, 11);
        double r = nearbyint(scaled); /* default rounding mode: half to even */
        if (r >= 2048) {
            r /= 2;
            e += 1;
        }
        int field = e - 1 + 15;
        if (field >= 31) {
            sp_raise(vm, SP_EXC_OverflowError, "float too large to pack with e format");
            return -1;
        }
        *out = sign | (uint16_t)(field << 10) | (uint16_t)((uint32_t)r - 1024);
        return 0;
    }
    /* Subnormal: units of 2**-24. */
    double r = nearbyint(ldexp(a, 24));
    *out = sign | (uint16_t)r; /* r == 1024 rounds up into the smallest normal, as it should */
    return 0;
}

static double st_double_from_half(uint16_t h) {
    int sign = h >> 15;
    int field = (h >> 10) & 0x1f;
    int frac = h & 0x3ff;
    double v;
    if (field == 0) v = ldexp(frac, -24);
    else if (field == 31) v = frac ? NAN : INFINITY;
    else v = ldexp(frac + 1024, field - 25);
    return sign ? -v : v;
}

/* A pack argument as a double: struct.error for non-numbers. */
static int st_get_double(sp_vm_t *vm, sp_value_t v, double *out) {
    if (sp_to_double(vm, v, out) == 0) return 0;
    if (sp_exc_matches(vm, SP_EXC_TypeError)) {
        vm->exc = SP_NULL;
        st_error(vm, "required argument is not a float");
    }
    return -1;
}

static int st_pack_float(sp_vm_t *vm, const st_format_t *f, const st_item_t *item, uint8_t *p, sp_value_t v) {
    double d;
    if (st_get_double(vm, v, &d) < 0) return -1;
    if (item->code == 'd') {
        uint64_t bits;
        memcpy(&bits, &d, 8);
        st_store(p, bits, 8, f->little);
    } else if (item->code == 'f') {
        float x = (float)d;
        if (isinf(x) && !isinf(d)) {
            sp_raise(vm, SP_EXC_OverflowError, "float too large to pack with f format");
            return -1;
        }
        uint32_t bits;
        memcpy(&bits, &x, 4);
        st_store(p, bits, 4, f->little);
    } else {
        uint16_t h;
        if (st_half_from_double(vm, d, &h) < 0) return -1;
        st_store(p, h, 2, f->little);
    }
    return 0;
}

/* ---- pack / unpack ------------------------------------------------------------------------------ */

/* Packs args (exactly f->nargs values) into buf (f->size bytes, zeroed by the caller). */
static int st_pack_values(sp_vm_t *vm, const st_format_t *f, uint8_t *buf, const sp_value_t *args) {
    int64_t a = 0;
    for (int i = 0; i < f->nitems; i++) {
        const st_item_t *item = &f->items[i];
        uint8_t *p = buf + item->offset;
        char code = item->code;
        if (code == 's' || code == 'p') {
            sp_value_t v = args[a++];
            const uint8_t *data;
            int64_t n;
            if (sp_is_kind(v, SP_K_BYTES)) {
                data = SP_AS_BYTES(v)->data;
                n = SP_AS_BYTES(v)->size;
            } else if (sp_is_bytearray(v)) {
                data = sp_bytearray_data(v, &n);
            } else {
                st_error(vm, "argument for '%c' must be a bytes object", code);
                return -1;
            }
            if (code == 's') {
                if (n > item->count) n = item->count;
                if (n) memcpy(p, data, (size_t)n);
            } else {
                int64_t room = item->count - 1;
                if (n > room) n = room;
                if (n > 0) memcpy(p + 1, data, (size_t)n);
                if (room >= 0) p[0] = (uint8_t)(n > 255 ? 255 : n);
            }
            continue;
        }
        for (int64_t k = 0; k < item->count; k++, p += item->size) {
            sp_value_t v = args[a++];
            int r = 0;
            switch (code) {
            case 'c':
                if (!sp_is_kind(v, SP_K_BYTES) || SP_AS_BYTES(v)->size != 1) {
                    st_error(vm, "char format requires a bytes object of length 1");
                    return -1;
                }
                *p = SP_AS_BYTES(v)->data[0];
                break;
            case '?': {
                int t = sp_truthy(vm, v);
                if (t < 0) return -1;
                *p = (uint8_t)t;
                break;
            }
            case 'e': case 'f': case 'd':
                r = st_pack_float(vm, f, item, p, v);
                break;
            default:
                r = st_pack_int(vm, f, item, p, v);
                break;
            }
            if (r < 0) return -1;
        }
    }
    return 0;
}

/* Unpacks f->size bytes at buf into a tuple. */
static sp_value_t st_unpack_values(sp_vm_t *vm, const st_format_t *f, const uint8_t *buf) {
    sp_value_t result = sp_tuple_new(vm, f->nargs);
    if (result == SP_NULL) return SP_NULL;
    sp_value_t *out = SP_AS_TUPLE(result)->items;
    int64_t a = 0;
    for (int i = 0; i < f->nitems; i++) {
        const st_item_t *item = &f->items[i];
        const uint8_t *p = buf + item->offset;
        char code = item->code;
        if (code == 's') {
            out[a] = sp_bytes_new(vm, p, (size_t)item->count);
            if (out[a++] == SP_NULL) return SP_NULL;
            continue;
        }
        if (code == 'p') {
            int64_t n = p[0];
            if (n > item->count - 1) n = item->count - 1;
            out[a] = sp_bytes_new(vm, p + 1, (size_t)n);
            if (out[a++] == SP_NULL) return SP_NULL;
            continue;
        }
        for (int64_t k = 0; k < item->count; k++, p += item->size) {
            sp_value_t v;
            uint64_t bits = st_load(p, item->size, f->little);
            switch (code) {
            case 'c': v = sp_bytes_new(vm, p, 1); break;
            case '?': v = sp_bool(*p != 0); break;
            case 'e': v = sp_float(st_double_from_half((uint16_t)bits)); break;
            case 'f': {
                uint32_t b32 = (uint32_t)bits;
                float x;
                memcpy(&x, &b32, 4);
                v = sp_float((double)x);
                break;
            }
            case 'd': {
                double x;
                memcpy(&x, &bits, 8);
                v = sp_float(x);
                break;
            }
            default:
                if (st_is_unsigned(code)) {
                    v = sp_int_from_u64(vm, bits);
                } else {
                    int sh = 64 - item->size * 8;
                    v = sp_int_from_i64(vm, sh ? (int64_t)(bits << sh) >> sh : (int64_t)bits);
                }
                break;
            }
            if (v == SP_NULL) return SP_NULL;
            out[a++] = v;
        }
    }
    return result;
}

/* A readable buffer (any bytes-like object); TypeError otherwise. */
static const uint8_t *st_read_buffer(sp_vm_t *vm, sp_value_t v, int64_t *size) {
    sp_buffer_t buf;
    if (sp_get_buffer(vm, v, &buf) < 0) return NULL;
    *size = buf.size;
    return buf.data;
}

/* A writable buffer (bytearray, array.array, writable memoryview); TypeError otherwise. */
static uint8_t *st_write_buffer(sp_vm_t *vm, sp_value_t v, int64_t *size) {
    sp_buffer_t buf;
    if (sp_has_buffer(vm, v)) {
        if (sp_get_buffer(vm, v, &buf) < 0) return NULL;
        if (!buf.readonly) {
            *size = buf.size;
            return buf.data;
        }
    }
    sp_raise(vm, SP_EXC_TypeError, "argument must be read-write bytes-like object, not %s", sp_type_name(vm, v));
    return NULL;
}

/* struct.pack(format, *values) -> bytes */
static sp_value_t st_pack(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (kwnames != SP_NULL && SP_AS_TUPLE(kwnames)->size > 0)
        return sp_raise(vm, SP_EXC_TypeError, "pack() takes no keyword arguments");
    if (nargs < 1) return sp_raise(vm, SP_EXC_TypeError, "missing format argument");
    st_format_t f;
    if (st_parse(vm, args[0], &f) < 0) return SP_NULL;
    if (nargs - 1 != f.nargs)
        return st_error(vm, "pack expected %lld items for packing (got %d)", (long long)f.nargs, nargs - 1);
    uint8_t *buf = sp_alloc_atomic(vm, (size_t)f.size + 1);
    if (buf == NULL) return SP_NULL;
    memset(buf, 0, (size_t)f.size);
    if (st_pack_values(vm, &f, buf, args + 1) < 0) return SP_NULL;
    return sp_bytes_new(vm, buf, (size_t)f.size);
}

/* struct.pack_into(format, buffer, offset, *values) */
static sp_value_t st_pack_into(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (kwnames != SP_NULL && SP_AS_TUPLE(kwnames)->size > 0)
        return sp_raise(vm, SP_EXC_TypeError, "pack_into() takes no keyword arguments");
    if (nargs < 1) return sp_raise(vm, SP_EXC_TypeError, "missing format argument");
    st_format_t f;
    if (st_parse(vm, args[0], &f) < 0) return SP_NULL;
    if (nargs - 3 != f.nargs) {
        if (nargs < 2) return st_error(vm, "pack_into expected buffer argument");
        if (nargs < 3) return st_error(vm, "pack_into expected offset argument");
        return st_error(vm, "pack_into expected %lld items for packing (got %d)", (long long)f.nargs, nargs - 3);
    }
    int64_t size;
    uint8_t *data = st_write_buffer(vm, args[1], &size);
    if (data == NULL) return SP_NULL;
    int64_t offset;
    if (sp_index(vm, args[2], &offset) < 0) return SP_NULL;
    if (offset < 0) {
        if (offset + f.size > 0) return st_error(vm, "no space to pack %lld bytes at offset %lld", (long long)f.size, (long long)offset);
        if (offset + size < 0) return st_error(vm, "offset %lld out of range for %lld-byte buffer", (long long)offset, (long long)size);
        offset += size;
    }
    if (size - offset < f.size)
        return st_error(vm, "pack_into requires a buffer of at least %llu bytes for packing %lld bytes at offset %lld (actual buffer size is %lld)",
                        (unsigned long long)f.size + (unsigned long long)offset, (long long)f.size, (long long)offset, (long long)size);
    uint8_t *tmp = sp_alloc_atomic(vm, (size_t)f.size + 1);
    if (tmp == NULL) return SP_NULL;
    memset(tmp, 0, (size_t)f.size);
    if (st_pack_values(vm, &f, tmp, args + 3) < 0) return SP_NULL;
    /* Re-read the buffer: a value's __index__ may have resized a bytearray meanwhile. */
    data = st_write_buffer(vm, args[1], &size);
    if (data == NULL) return SP_NULL;
    if (size - offset < f.size) return st_error(vm, "buffer changed size during pack_into");
    memcpy(data + offset, tmp, (size_t)f.size);
    return SP_NONE;
}

/* struct.unpack(format, buffer, /) -> tuple */
static sp_value_t st_unpack(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "unpack", nargs, kwnames, 2, 2) < 0) return SP_NULL;
    st_format_t f;
    if (st_parse(vm, args[0], &f) < 0) return SP_NULL;
    int64_t size;
    const uint8_t *data = st_read_buffer(vm, args[1], &size);
    if (data == NULL) return SP_NULL;
    if (size != f.size) return st_error(vm, "unpack requires a buffer of %lld bytes", (long long)f.size);
    return st_unpack_values(vm, &f, data);
}

/* struct.unpack_from(format, /, buffer, offset=0) -> tuple */
static sp_value_t st_unpack_from(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[3];
    if (sp_parse_args(vm, "unpack_from", "format, /, buffer, offset=", args, nargs, kwnames, p) < 0)
        return SP_NULL;
    st_format_t f;
    if (st_parse(vm, p[0], &f) < 0) return SP_NULL;
    int64_t size;
    const uint8_t *data = st_read_buffer(vm, p[1], &size);
    if (data == NULL) return SP_NULL;
    int64_t offset = 0;
    if (p[2] != SP_NULL && sp_index(vm, p[2], &offset) < 0) return SP_NULL;
    if (offset < 0) {
        if (offset + size < 0) return st_error(vm, "offset %lld out of range for %lld-byte buffer", (long long)offset, (long long)size);
        if (offset + f.size > 0)
            return st_error(vm, "not enough data to unpack %lld bytes at offset %lld", (long long)f.size, (long long)offset);
        offset += size;
    }
    if (offset > size || size - offset < f.size)
        return st_error(vm, "unpack_from requires a buffer of at least %llu bytes for unpacking %lld bytes at offset %lld (actual buffer size is %lld)",
                        (unsigned long long)f.size + (unsigned long long)offset, (long long)f.size, (long long)offset, (long long)size);
    return st_unpack_values(vm, &f, data + offset);
}

/* _struct._iter_unpack_list(format, buffer) -> list of tuples (struct.py wraps it in iter()). */
static sp_value_t st_iter_unpack(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "iter_unpack", nargs, kwnames, 2, 2) < 0) return SP_NULL;
    st_format_t f;
    if (st_parse(vm, args[0], &f) < 0) return SP_NULL;
    if (f.size == 0) return st_error(vm, "cannot iteratively unpack with a struct of length 0");
    int64_t size;
    const uint8_t *data = st_read_buffer(vm, args[1], &size);
    if (data == NULL) return SP_NULL;
    if (size % f.size != 0)
        return st_error(vm, "iterative unpacking requires a buffer of a multiple of %lld bytes", (long long)f.size);
    sp_value_t list = sp_list_new(vm, 0);
    if (list == SP_NULL) return SP_NULL;
    for (int64_t off = 0; off < size; off += f.size) {
        sp_value_t t = st_unpack_values(vm, &f, data + off);
        if (t == SP_NULL || sp_list_append(vm, list, t) < 0) return SP_NULL;
    }
    return list;
}

/* struct.calcsize(format) -> int */
static sp_value_t st_calcsize(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "calcsize", nargs, kwnames, 1, 1) < 0) return SP_NULL;
    st_format_t f;
    if (st_parse(vm, args[0], &f) < 0) return SP_NULL;
    return sp_int_from_i64(vm, f.size);
}

/* _struct._nargs(format) -> the number of values the format packs (for Struct objects). */
static sp_value_t st_nargs(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "_nargs", nargs, kwnames, 1, 1) < 0) return SP_NULL;
    st_format_t f;
    if (st_parse(vm, args[0], &f) < 0) return SP_NULL;
    return sp_int_from_i64(vm, f.nargs);
}

static sp_value_t st_clearcache(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    (void)args;
    if (sp_check_nargs(vm, "_clearcache", nargs, kwnames, 0, 0) < 0) return SP_NULL;
    return SP_NONE;
}

static const sp_method_def_t st_functions[] = {
    {"pack", st_pack},
    {"pack_into", st_pack_into},
    {"unpack", st_unpack},
    {"unpack_from", st_unpack_from},
    {"_iter_unpack_list", st_iter_unpack},
    {"calcsize", st_calcsize},
    {"_nargs", st_nargs},
    {"_clearcache", st_clearcache},
    {NULL, NULL},
};

sp_value_t struct_module_init(sp_vm_t *vm) {
    sp_value_t module = sp_module_new(vm, sp_str_intern_cstr(vm, "_struct"));
    if (module == SP_NULL) return SP_NULL;
    module_add_functions(vm, module, st_functions);
    /* struct.error: class error(Exception), made by calling type() as a class statement would. */
    sp_value_t ns = sp_dict_new(vm);
    if (ns == SP_NULL || sp_dict_set_cstr(vm, ns, "__module__", sp_str_from_cstr(vm, "struct")) < 0) return SP_NULL;
    sp_value_t base = SP_OBJ(vm->exc_types[SP_EXC_Exception]);
    sp_value_t type_args[3] = {sp_str_from_cstr(vm, "error"), sp_tuple_from_array(vm, &base, 1), ns};
    if (type_args[0] == SP_NULL || type_args[1] == SP_NULL) return SP_NULL;
    sp_value_t error = sp_call(vm, SP_OBJ(vm->types[SP_K_TYPE]), type_args, 3, SP_NULL);
    if (error == SP_NULL) return SP_NULL;
    if (sp_dict_set_cstr(vm, SP_AS_MODULE(module)->dict, "error", error) < 0) return SP_NULL;
    return module;
}
