/* bytes.c: the immutable bytes type — repr, comparison, slicing, the common methods and the
 * utf-8 / ascii / latin-1 codecs (decode). bytearray is not implemented here. */
#include <stdio.h>
#include <string.h>

#include "runtime/runtime.h"

#define BYTES_SELF(args) SP_AS_BYTES((args)[0])

sp_value_t sp_bytes_new(sp_vm_t *vm, const void *data, size_t size) {
    sp_bytes_t *b =
        (sp_bytes_t *)sp_new_atomic_object(vm, vm->types[SP_K_BYTES], sizeof(sp_bytes_t) + size + 1);
    if (!b) return SP_NULL;
    b->hash = -1;
    b->size = (int64_t)size;
    if (size) memcpy(b->data, data, size);
    b->data[size] = 0; /* a NUL after the data makes C-string use safe */
    return SP_OBJ(b);
}

/* A new bytes of `size` uninitialised bytes, to be filled by the caller. */
static sp_bytes_t *bytes_alloc(sp_vm_t *vm, int64_t size) {
    sp_bytes_t *b =
        (sp_bytes_t *)sp_new_atomic_object(vm, vm->types[SP_K_BYTES], sizeof(sp_bytes_t) + (size_t)size + 1);
    if (!b) return NULL;
    b->hash = -1;
    b->size = size;
    b->data[size] = 0;
    return b;
}

static bool bytes_is(sp_value_t v) {
    return sp_is_kind(v, SP_K_BYTES);
}

/* ---- Codecs ----------------------------------------------------------------------------- */

/* Raises CPython's UnicodeDecodeError for bytes [start, end] (inclusive). */
static sp_value_t bytes_decode_error(sp_vm_t *vm, const char *codec, const uint8_t *data, int64_t start,
                                     int64_t end, const char *reason) {
    if (start == end)
        return sp_raise(vm, SP_EXC_UnicodeDecodeError,
                        "'%s' codec can't decode byte 0x%02x in position %lld: %s", codec, data[start],
                        (long long)start, reason);
    return sp_raise(vm, SP_EXC_UnicodeDecodeError, "'%s' codec can't decode bytes in position %lld-%lld: %s",
                    codec, (long long)start, (long long)end, reason);
}

/* Length of the valid UTF-8 sequence at data[i], or 0 with *bad_end / *reason describing the
 * invalid bytes (as CPython reports them). */
static int utf8_check_seq(const uint8_t *data, int64_t size, int64_t i, int64_t *bad_end,
                          const char **reason) {
    uint8_t b = data[i];
    if (b < 0x80) return 1;
    int need;
    uint8_t lo = 0x80, hi = 0xBF;
    if (b >= 0xC2 && b <= 0xDF)
        need = 1;
    else if (b >= 0xE0 && b <= 0xEF) {
        need = 2;
        if (b == 0xE0) lo = 0xA0;
        if (b == 0xED) hi = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
        need = 3;
        if (b == 0xF0) lo = 0x90;
        if (b == 0xF4) hi = 0x8F;
    } else {
        *bad_end = i;
        *reason = "invalid start byte";
        return 0;
    }
    for (int k = 1; k <= need; k++) {
        if (i + k >= size) {
            *bad_end = i + k - 1;
            *reason = "unexpected end of data";
            return 0;
        }
        uint8_t c = data[i + k];
        bool ok = k == 1 ? (c >= lo && c <= hi) : (c >= 0x80 && c <= 0xBF);
        if (!ok) {
            *bad_end = i + k - 1;
            *reason = "invalid continuation byte";
            return 0;
        }
    }
    return need + 1;
}

static sp_value_t bytes_decode_utf8(sp_vm_t *vm, const uint8_t *data, int64_t size, const char *errors) {
    sp_strbuf_t buf;
    strbuf_init(vm, &buf);
    int64_t i = 0, run = 0;
    while (i < size) {
        int64_t bad_end;
        const char *reason;
        int n = utf8_check_seq(data, size, i, &bad_end, &reason);
        if (n) {
            i += n;
            continue;
        }
        strbuf_append(&buf, (const char *)data + run, (size_t)(i - run));
        if (!strcmp(errors, "replace"))
            strbuf_append(&buf, "\xEF\xBF\xBD", 3);
        else if (strcmp(errors, "ignore") != 0)
            return bytes_decode_error(vm, "utf-8", data, i, bad_end, reason);
        i = run = bad_end + 1;
    }
    strbuf_append(&buf, (const char *)data + run, (size_t)(size - run));
    return strbuf_finish(&buf);
}

/* ascii (limit 0x80) or latin-1 (limit 0x100). */
static sp_value_t bytes_decode_8bit(sp_vm_t *vm, const uint8_t *data, int64_t size, const char *errors,
                                    unsigned limit) {
    sp_strbuf_t buf;
    strbuf_init(vm, &buf);
    char tmp[4];
    for (int64_t i = 0; i < size; i++) {
        if (data[i] < limit) {
            strbuf_append(&buf, tmp, (size_t)str_encode_char(data[i], tmp));
        } else if (!strcmp(errors, "replace")) {
            strbuf_append(&buf, "\xEF\xBF\xBD", 3);
        } else if (strcmp(errors, "ignore") != 0) {
            return bytes_decode_error(vm, "ascii", data, i, i, "ordinal not in range(128)");
        }
    }
    return strbuf_finish(&buf);
}

sp_value_t bytes_decode(sp_vm_t *vm, sp_value_t bytes, const char *encoding, const char *errors) {
    const char *codec = str_codec_name(encoding);
    if (!codec) return sp_raise(vm, SP_EXC_LookupError, "unknown encoding: %s", encoding);
    sp_bytes_t *b = SP_AS_BYTES(bytes);
    if (!strcmp(codec, "utf-8")) return bytes_decode_utf8(vm, b->data, b->size, errors);
    return bytes_decode_8bit(vm, b->data, b->size, errors, !strcmp(codec, "ascii") ? 0x80 : 0x100);
}

/* ---- Slots ------------------------------------------------------------------------------ */

static sp_value_t bytes_repr(sp_vm_t *vm, sp_value_t self) {
    sp_bytes_t *b = SP_AS_BYTES(self);
    bool has_single = memchr(b->data, '\'', (size_t)b->size) != NULL;
    bool has_double = memchr(b->data, '"', (size_t)b->size) != NULL;
    char quote = has_single && !has_double ? '"' : '\'';
    sp_strbuf_t buf;
    strbuf_init(vm, &buf);
    strbuf_append(&buf, "b", 1);
    strbuf_append(&buf, &quote, 1);
    for (int64_t i = 0; i < b->size; i++) {
        uint8_t c = b->data[i];
        char esc[8];
        if (c == (uint8_t)quote || c == '\\') {
            esc[0] = '\\';
            esc[1] = (char)c;
            strbuf_append(&buf, esc, 2);
        } else if (c == '\n')
            strbuf_append(&buf, "\\n", 2);
        else if (c == '\r')
            strbuf_append(&buf, "\\r", 2);
        else if (c == '\t')
            strbuf_append(&buf, "\\t", 2);
        else if (c < 0x20 || c >= 0x7F) {
            snprintf(esc, sizeof esc, "\\x%02x", c);
            strbuf_append(&buf, esc, 4);
        } else {
            strbuf_append(&buf, (const char *)&c, 1);
        }
    }
    strbuf_append(&buf, &quote, 1);
    return strbuf_finish(&buf);
}

static int bytes_hash(sp_vm_t *vm, sp_value_t self, int64_t *out) {
    sp_bytes_t *b = SP_AS_BYTES(self);
    if (b->hash == -1) {
        uint64_t h = UINT64_C(0xcbf29ce484222325);
        for (int64_t i = 0; i < b->size; i++) {
            h ^= b->data[i];
            h *= UINT64_C(0x100000001b3);
        }
        h ^= h >> 29;
        b->hash = (int64_t)(h >> 1);
    }
    *out = b->hash;
    return 0;
}

static int bytes_cmp(sp_bytes_t *x, sp_bytes_t *y) {
    int64_t n = x->size < y->size ? x->size : y->size;
    int c = memcmp(x->data, y->data, (size_t)n);
    if (c) return c < 0 ? -1 : 1;
    return x->size < y->size ? -1 : x->size > y->size;
}

static sp_value_t bytes_richcompare(sp_vm_t *vm, sp_value_t a, sp_value_t b, sp_cmp_t op) {
    if (!bytes_is(a) || !bytes_is(b)) return SP_NOTIMPLEMENTED;
    int c = bytes_cmp(SP_AS_BYTES(a), SP_AS_BYTES(b));
    switch (op) {
    case SP_CMP_LT:
        return sp_bool(c < 0);
    case SP_CMP_LE:
        return sp_bool(c <= 0);
    case SP_CMP_EQ:
        return sp_bool(c == 0);
    case SP_CMP_NE:
        return sp_bool(c != 0);
    case SP_CMP_GT:
        return sp_bool(c > 0);
    default:
        return sp_bool(c >= 0);
    }
}

static sp_value_t bytes_concat(sp_vm_t *vm, sp_bytes_t *x, sp_bytes_t *y) {
    sp_bytes_t *r = bytes_alloc(vm, x->size + y->size);
    if (!r) return SP_NULL;
    memcpy(r->data, x->data, (size_t)x->size);
    memcpy(r->data + x->size, y->data, (size_t)y->size);
    return SP_OBJ(r);
}

static sp_value_t bytes_binop(sp_vm_t *vm, sp_binop_t op, sp_value_t a, sp_value_t b) {
    op &= ~SP_BINOP_INPLACE;
    if (op == SP_BINOP_MOD && bytes_is(a)) return sp_bytes_percent(vm, a, b);
    if (op == SP_BINOP_ADD && bytes_is(a)) {
        if (bytes_is(b)) return bytes_concat(vm, SP_AS_BYTES(a), SP_AS_BYTES(b));
        if (sp_typeof(vm, b)->flags & SP_TYPE_HEAPTYPE || sp_is_kind(b, SP_K_BYTEARRAY)) return SP_NOTIMPLEMENTED;
        if (sp_has_buffer(vm, b)) { /* bytes + any bytes-like object (memoryview, array) is bytes */
            sp_value_t y = sp_bytes_from_buffer(vm, b);
            return y ? bytes_concat(vm, SP_AS_BYTES(a), SP_AS_BYTES(y)) : SP_NULL;
        }
        return sp_raise(vm, SP_EXC_TypeError, "can't concat %s to bytes", sp_type_name(vm, b));
    }
    if (op == SP_BINOP_MUL) {
        sp_value_t s = bytes_is(a) ? a : b, n = bytes_is(a) ? b : a;
        if (!bytes_is(s)) return SP_NOTIMPLEMENTED;
        if (!sp_is_int(n) && !sp_is_bool(n)) {
            if (sp_typeof(vm, n)->flags & SP_TYPE_HEAPTYPE) return SP_NOTIMPLEMENTED;
            return sp_raise(vm, SP_EXC_TypeError, "can't multiply sequence by non-int of type '%s'",
                            sp_type_name(vm, n));
        }
        int64_t count;
        if (sp_int_to_i64(vm, n, &count) < 0) return SP_NULL;
        sp_bytes_t *x = SP_AS_BYTES(s);
        if (count <= 0 || x->size == 0) return sp_bytes_new(vm, NULL, 0);
        if (x->size > INT64_MAX / 2 / count) return sp_raise_nomem(vm);
        sp_bytes_t *r = bytes_alloc(vm, x->size * count);
        if (!r) return SP_NULL;
        for (int64_t i = 0; i < count; i++) memcpy(r->data + i * x->size, x->data, (size_t)x->size);
        return SP_OBJ(r);
    }
    return SP_NOTIMPLEMENTED;
}

static int64_t bytes_len(sp_vm_t *vm, sp_value_t self) {
    return SP_AS_BYTES(self)->size;
}

static sp_value_t bytes_getitem(sp_vm_t *vm, sp_value_t self, sp_value_t key) {
    sp_bytes_t *b = SP_AS_BYTES(self);
    if (sp_is_int(key) || sp_is_bool(key)) {
        int64_t i;
        if (sp_index(vm, key, &i) < 0) return SP_NULL;
        if (i < 0) i += b->size;
        if (i < 0 || i >= b->size) return sp_raise(vm, SP_EXC_IndexError, "index out of range");
        return sp_smallint(b->data[i]);
    }
    if (sp_is_kind(key, SP_K_SLICE)) {
        int64_t start, stop, step;
        int64_t n = sp_slice_indices(vm, key, b->size, &start, &stop, &step);
        if (n < 0) return SP_NULL;
        if (step == 1) return n == b->size ? self : sp_bytes_new(vm, b->data + start, (size_t)n);
        sp_bytes_t *r = bytes_alloc(vm, n);
        if (!r) return SP_NULL;
        for (int64_t i = 0; i < n; i++) r->data[i] = b->data[start + i * step];
        return SP_OBJ(r);
    }
    return sp_raise(vm, SP_EXC_TypeError, "byte indices must be integers or slices, not %s",
                    sp_type_name(vm, key));
}

/* Byte offset of needle in hay[from, to), or -1. */
static int64_t bytes_search(const uint8_t *hay, int64_t from, int64_t to, const uint8_t *needle, int64_t n) {
    if (n == 0) return from <= to ? from : -1;
    for (int64_t i = from; i + n <= to; i++)
        if (hay[i] == needle[0] && memcmp(hay + i, needle, (size_t)n) == 0) return i;
    return -1;
}

static int64_t bytes_rsearch(const uint8_t *hay, int64_t from, int64_t to, const uint8_t *needle, int64_t n) {
    for (int64_t i = to - n; i >= from; i--)
        if (memcmp(hay + i, needle, (size_t)n) == 0) return i;
    return -1;
}

/* The needle of find/count/`in`: a bytes, or an int 0..255 stored in *one. */
static int bytes_needle(sp_vm_t *vm, sp_value_t v, uint8_t *one, const uint8_t **data, int64_t *n,
                        const char *msg) {
    if (!bytes_is(v) && sp_has_buffer(vm, v) && !(v = sp_bytes_from_buffer(vm, v))) return -1;
    if (bytes_is(v)) {
        *data = SP_AS_BYTES(v)->data;
        *n = SP_AS_BYTES(v)->size;
        return 0;
    }
    if (sp_is_int(v) || sp_is_bool(v)) {
        int64_t i;
        if (sp_int_to_i64(vm, v, &i) < 0 || i < 0 || i > 255) {
            if (vm->exc) sp_exc_fetch(vm);
            sp_raise(vm, SP_EXC_ValueError, "byte must be in range(0, 256)");
            return -1;
        }
        *one = (uint8_t)i;
        *data = one;
        *n = 1;
        return 0;
    }
    if (msg)
        sp_raise(vm, SP_EXC_TypeError, "%s, not '%s'", msg, sp_type_name(vm, v));
    else
        sp_raise(vm, SP_EXC_TypeError, "a bytes-like object is required, not '%s'", sp_type_name(vm, v));
    return -1;
}

static int bytes_contains(sp_vm_t *vm, sp_value_t self, sp_value_t item) {
    uint8_t one;
    const uint8_t *data;
    int64_t n;
    if (bytes_needle(vm, item, &one, &data, &n, NULL) < 0) return -1;
    sp_bytes_t *b = SP_AS_BYTES(self);
    return bytes_search(b->data, 0, b->size, data, n) >= 0;
}

static sp_value_t bytes_iter(sp_vm_t *vm, sp_value_t self) {
    return sp_iterator_new(vm, vm->iter_types[SP_ITER_BYTES], self, SP_NULL, 0, 0);
}

/* bytes(iterable of ints). */
static sp_value_t bytes_from_iterable(sp_vm_t *vm, sp_value_t iterable) {
    sp_value_t list = sp_list_from_iterable(vm, iterable);
    if (!list) return SP_NULL;
    sp_list_t *l = SP_AS_LIST(list);
    sp_bytes_t *r = bytes_alloc(vm, l->size);
    if (!r) return SP_NULL;
    for (int64_t i = 0; i < l->size; i++) {
        int64_t v;
        if (sp_index(vm, l->items[i], &v) < 0) return SP_NULL;
        if (v < 0 || v > 255) return sp_raise(vm, SP_EXC_ValueError, "bytes must be in range(0, 256)");
        r->data[i] = (uint8_t)v;
    }
    return SP_OBJ(r);
}

static sp_value_t bytes_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,
                                  sp_value_t kwnames) {
    sp_value_t a[3];
    if (sp_parse_args(vm, "bytes", "source=, encoding=, errors=", args, nargs, kwnames, a) < 0)
        return SP_NULL;
    sp_value_t src = a[0];
    for (int i = 1; i <= 2; i++)
        if (a[i] && !sp_is_str(a[i]))
            return sp_raise(vm, SP_EXC_TypeError, "bytes() argument '%s' must be str, not %s",
                            i == 1 ? "encoding" : "errors", sp_arg_type_name(vm, a[i]));
    if (!src) {
        if (a[1]) return sp_raise(vm, SP_EXC_TypeError, "encoding without a string argument");
        if (a[2]) return sp_raise(vm, SP_EXC_TypeError, "errors without a string argument");
        return sp_bytes_new(vm, NULL, 0);
    }
    if (sp_is_str(src)) {
        if (!a[1]) return sp_raise(vm, SP_EXC_TypeError, "string argument without an encoding");
        return str_encode(vm, src, sp_str_cstr(a[1]), a[2] ? sp_str_cstr(a[2]) : "strict");
    }
    if (a[1]) return sp_raise(vm, SP_EXC_TypeError, "encoding without a string argument");
    if (a[2]) return sp_raise(vm, SP_EXC_TypeError, "errors without a string argument");
    if (bytes_is(src))
        return SP_AS_OBJ(src)->type == vm->types[SP_K_BYTES]
                   ? src
                   : sp_bytes_new(vm, SP_AS_BYTES(src)->data, (size_t)SP_AS_BYTES(src)->size);
    if (sp_has_buffer(vm, src)) return sp_bytes_from_buffer(vm, src); /* the raw memory, not the items */
    if (sp_is_int(src) || sp_is_bool(src)) {
        int64_t n;
        if (sp_index(vm, src, &n) < 0) return SP_NULL;
        if (n < 0) return sp_raise(vm, SP_EXC_ValueError, "negative count");
        sp_bytes_t *r = bytes_alloc(vm, n);
        if (!r) return SP_NULL;
        memset(r->data, 0, (size_t)n);
        return SP_OBJ(r);
    }
    if (!sp_typeof(vm, src)->iter && !sp_typeof(vm, src)->getitem)
        return sp_raise(vm, SP_EXC_TypeError, "cannot convert '%s' object to bytes", sp_type_name(vm, src));
    return bytes_from_iterable(vm, src);
}

/* ---- Methods ---------------------------------------------------------------------------- */

static int bytes_nargs(sp_vm_t *vm, const char *name, int nargs, sp_value_t kwnames, int min, int max) {
    return str_method_nargs(vm, "bytes", name, nargs - 1, kwnames, min, max);
}

static sp_value_t bytes_m_decode(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t a[2];
    if (sp_parse_args(vm, "decode", "encoding=, errors=", args + 1, nargs - 1, kwnames, a) < 0)
        return SP_NULL;
    for (int i = 0; i < 2; i++)
        if (a[i] && !sp_is_str(a[i]))
            return sp_raise(vm, SP_EXC_TypeError, "decode() argument '%s' must be str, not %s",
                            i ? "errors" : "encoding", sp_arg_type_name(vm, a[i]));
    return bytes_decode(vm, args[0], a[0] ? sp_str_cstr(a[0]) : "utf-8", a[1] ? sp_str_cstr(a[1]) : "strict");
}

static sp_value_t bytes_m_hex(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (bytes_nargs(vm, "hex", nargs, kwnames, 0, 0) < 0) return SP_NULL;
    sp_bytes_t *b = BYTES_SELF(args);
    static const char digits[] = "0123456789abcdef";
    char *out = sp_alloc_atomic(vm, (size_t)b->size * 2 + 1);
    if (!out) return SP_NULL;
    for (int64_t i = 0; i < b->size; i++) {
        out[2 * i] = digits[b->data[i] >> 4];
        out[2 * i + 1] = digits[b->data[i] & 15];
    }
    return sp_str_new(vm, out, (size_t)b->size * 2);
}

static sp_value_t bytes_m_join(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (bytes_nargs(vm, "join", nargs, kwnames, 1, 1) < 0) return SP_NULL;
    /* PySequence_Fast's wording when the argument is not iterable at all. */
    sp_value_t it = sp_iter(vm, args[1]);
    if (!it && sp_exc_matches(vm, SP_EXC_TypeError)) {
        sp_exc_fetch(vm);
        return sp_raise(vm, SP_EXC_TypeError, "can only join an iterable");
    }
    sp_value_t list = it ? sp_list_from_iterable(vm, it) : SP_NULL;
    if (!list) return SP_NULL;
    sp_list_t *l = SP_AS_LIST(list);
    sp_bytes_t *sep = BYTES_SELF(args);
    int64_t size = 0;
    for (int64_t i = 0; i < l->size; i++) {
        if (!bytes_is(l->items[i]) && sp_has_buffer(vm, l->items[i]) &&
            !(l->items[i] = sp_bytes_from_buffer(vm, l->items[i])))
            return SP_NULL;
        if (!bytes_is(l->items[i]))
            return sp_raise(vm, SP_EXC_TypeError,
                            "sequence item %lld: expected a bytes-like object, %s found", (long long)i,
                            sp_type_name(vm, l->items[i]));
        size += SP_AS_BYTES(l->items[i])->size + (i ? sep->size : 0);
    }
    sp_bytes_t *r = bytes_alloc(vm, size);
    if (!r) return SP_NULL;
    uint8_t *out = r->data;
    for (int64_t i = 0; i < l->size; i++) {
        if (i) {
            memcpy(out, sep->data, (size_t)sep->size);
            out += sep->size;
        }
        sp_bytes_t *item = SP_AS_BYTES(l->items[i]);
        memcpy(out, item->data, (size_t)item->size);
        out += item->size;
    }
    return SP_OBJ(r);
}

static bool bytes_is_space(uint8_t c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

/* Resolves optional start/end as CPython's ADJUST_INDICES. */
static int bytes_adjust(sp_vm_t *vm, int64_t len, const sp_value_t *args, int nargs, int first,
                        int64_t *start, int64_t *end) {
    *start = 0;
    *end = len;
    for (int k = 0; k < 2; k++) {
        int i = first + k;
        if (i >= nargs || args[i] == SP_NONE) continue;
        int64_t *out = k ? end : start;
        if (!sp_is_int(args[i]) && !sp_is_bool(args[i])) {
            sp_raise(vm, SP_EXC_TypeError,
                     "slice indices must be integers or None or have an __index__ method");
            return -1;
        }
        if (sp_int_to_i64(vm, args[i], out) < 0) {
            sp_exc_fetch(vm);
            *out = sp_int_sign(vm, args[i]) < 0 ? -len - 1 : len + 1;
        }
    }
    if (*end > len) *end = len;
    if (*end < 0 && (*end += len) < 0) *end = 0;
    if (*start < 0 && (*start += len) < 0) *start = 0;
    return 0;
}

/* find/rfind/index/rindex/count. mode: 0 find, 1 rfind, 2 count. */
static sp_value_t bytes_search_method(sp_vm_t *vm, const char *name, const sp_value_t *args, int nargs,
                                      sp_value_t kwnames, int mode, bool raise) {
    if (bytes_nargs(vm, name, nargs, kwnames, 1, 3) < 0) return SP_NULL;
    uint8_t one;
    const uint8_t *needle;
    int64_t n, start, end;
    sp_bytes_t *b = BYTES_SELF(args);
    if (bytes_adjust(vm, b->size, args, nargs, 2, &start, &end) < 0) return SP_NULL;
    if (bytes_needle(vm, args[1], &one, &needle, &n, "argument should be integer or bytes-like object") < 0)
        return SP_NULL;
    if (mode == 2) {
        if (start > b->size || end < start) return sp_smallint(0);
        if (n == 0) return sp_smallint(end - start + 1);
        int64_t count = 0, hit;
        while ((hit = bytes_search(b->data, start, end, needle, n)) >= 0) {
            count++;
            start = hit + n;
        }
        return sp_smallint(count);
    }
    int64_t hit = -1;
    if (start <= b->size && end - start >= n)
        hit = mode ? bytes_rsearch(b->data, start, end, needle, n)
                   : bytes_search(b->data, start, end, needle, n);
    if (hit < 0 && raise) return sp_raise(vm, SP_EXC_ValueError, "subsection not found");
    return sp_smallint(hit);
}

static sp_value_t bytes_m_find(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return bytes_search_method(vm, "find", args, nargs, kwnames, 0, false);
}
static sp_value_t bytes_m_rfind(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return bytes_search_method(vm, "rfind", args, nargs, kwnames, 1, false);
}
static sp_value_t bytes_m_index(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return bytes_search_method(vm, "index", args, nargs, kwnames, 0, true);
}
static sp_value_t bytes_m_rindex(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return bytes_search_method(vm, "rindex", args, nargs, kwnames, 1, true);
}
static sp_value_t bytes_m_count(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return bytes_search_method(vm, "count", args, nargs, kwnames, 2, false);
}

static sp_value_t bytes_startsend(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames,
                                  bool at_end) {
    const char *name = at_end ? "endswith" : "startswith";
    if (bytes_nargs(vm, name, nargs, kwnames, 1, 3) < 0) return SP_NULL;
    sp_bytes_t *b = BYTES_SELF(args);
    int64_t start, end;
    if (bytes_adjust(vm, b->size, args, nargs, 2, &start, &end) < 0) return SP_NULL;
    sp_value_t arg = args[1];
    int64_t count = sp_is_tuple(arg) ? SP_AS_TUPLE(arg)->size : 1;
    if (!bytes_is(arg) && !sp_is_tuple(arg) && sp_has_buffer(vm, arg) && !(arg = sp_bytes_from_buffer(vm, arg)))
        return SP_NULL;
    if (!bytes_is(arg) && !sp_is_tuple(arg))
        return sp_raise(vm, SP_EXC_TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name,
                        sp_type_name(vm, arg));
    for (int64_t i = 0; i < count; i++) {
        sp_value_t item = sp_is_tuple(arg) ? SP_AS_TUPLE(arg)->items[i] : arg;
        if (!bytes_is(item) && sp_has_buffer(vm, item) && !(item = sp_bytes_from_buffer(vm, item))) return SP_NULL;
        if (!bytes_is(item))
            return sp_raise(vm, SP_EXC_TypeError, "a bytes-like object is required, not '%s'",
                            sp_type_name(vm, item));
        sp_bytes_t *sub = SP_AS_BYTES(item);
        if (start > b->size || end - start < sub->size) continue;
        int64_t at = at_end ? end - sub->size : start;
        if (memcmp(b->data + at, sub->data, (size_t)sub->size) == 0) return SP_TRUE;
    }
    return SP_FALSE;
}

static sp_value_t bytes_m_startswith(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return bytes_startsend(vm, args, nargs, kwnames, false);
}
static sp_value_t bytes_m_endswith(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return bytes_startsend(vm, args, nargs, kwnames, true);
}

/* Replaces *v, a bytes-like argument, by bytes; raises the TypeError for anything else. */
static bool bytes_require(sp_vm_t *vm, sp_value_t *v) {
    if (bytes_is(*v)) return true;
    return (*v = sp_bytes_from_buffer(vm, *v)) != SP_NULL;
}

static sp_value_t bytes_m_split(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t a[2];
    if (sp_parse_args(vm, "split", "sep=, maxsplit=", args + 1, nargs - 1, kwnames, a) < 0) return SP_NULL;
    int64_t maxsplit = -1;
    if (a[1] && sp_index(vm, a[1], &maxsplit) < 0) return SP_NULL;
    sp_bytes_t *b = BYTES_SELF(args);
    sp_value_t list = sp_list_new(vm, 0), piece;
    if (!list) return SP_NULL;
    if (a[0] && a[0] != SP_NONE) {
        if (!bytes_require(vm, &a[0])) return SP_NULL;
        sp_bytes_t *sep = SP_AS_BYTES(a[0]);
        if (sep->size == 0) return sp_raise(vm, SP_EXC_ValueError, "empty separator");
        int64_t pos = 0, hit;
        while (maxsplit-- != 0 && (hit = bytes_search(b->data, pos, b->size, sep->data, sep->size)) >= 0) {
            if (!(piece = sp_bytes_new(vm, b->data + pos, (size_t)(hit - pos))) ||
                sp_list_append(vm, list, piece) < 0)
                return SP_NULL;
            pos = hit + sep->size;
        }
        if (!(piece = sp_bytes_new(vm, b->data + pos, (size_t)(b->size - pos))) ||
            sp_list_append(vm, list, piece) < 0)
            return SP_NULL;
        return list;
    }
    int64_t i = 0;
    while (i < b->size) {
        while (i < b->size && bytes_is_space(b->data[i])) i++;
        if (i >= b->size) break;
        int64_t j = i;
        if (maxsplit-- == 0)
            j = b->size;
        else
            while (j < b->size && !bytes_is_space(b->data[j])) j++;
        if (!(piece = sp_bytes_new(vm, b->data + i, (size_t)(j - i))) || sp_list_append(vm, list, piece) < 0)
            return SP_NULL;
        i = j;
    }
    return list;
}

/* strip/lstrip/rstrip: which = 1 left, 2 right, 3 both. */
static sp_value_t bytes_strip_common(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames,
                                     const char *name, int which) {
    if (bytes_nargs(vm, name, nargs, kwnames, 0, 1) < 0) return SP_NULL;
    const sp_bytes_t *chars = NULL;
    if (nargs > 1 && args[1] != SP_NONE) {
        sp_value_t c = args[1];
        if (!bytes_require(vm, &c)) return SP_NULL;
        chars = SP_AS_BYTES(c);
    }
    sp_bytes_t *b = BYTES_SELF(args);
    int64_t i = 0, j = b->size;
#define BYTES_STRIPPED(c) (chars ? memchr(chars->data, (c), (size_t)chars->size) != NULL : bytes_is_space(c))
    if (which & 1)
        while (i < j && BYTES_STRIPPED(b->data[i])) i++;
    if (which & 2)
        while (j > i && BYTES_STRIPPED(b->data[j - 1])) j--;
#undef BYTES_STRIPPED
    if (i == 0 && j == b->size) return args[0];
    return sp_bytes_new(vm, b->data + i, (size_t)(j - i));
}

static sp_value_t bytes_m_strip(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return bytes_strip_common(vm, args, nargs, kwnames, "strip", 3);
}
static sp_value_t bytes_m_lstrip(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return bytes_strip_common(vm, args, nargs, kwnames, "lstrip", 1);
}
static sp_value_t bytes_m_rstrip(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return bytes_strip_common(vm, args, nargs, kwnames, "rstrip", 2);
}

static sp_value_t bytes_m_replace(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (bytes_nargs(vm, "replace", nargs, kwnames, 2, 3) < 0) return SP_NULL;
    sp_value_t old_v = args[1], new_v = args[2];
    if (!bytes_require(vm, &old_v) || !bytes_require(vm, &new_v)) return SP_NULL;
    int64_t max = -1;
    if (nargs > 3 && sp_index(vm, args[3], &max) < 0) return SP_NULL;
    if (max < 0) max = INT64_MAX;
    sp_bytes_t *b = BYTES_SELF(args), *old = SP_AS_BYTES(old_v), *new = SP_AS_BYTES(new_v);
    sp_strbuf_t buf; /* the string builder works on raw bytes too */
    strbuf_init(vm, &buf);
    int64_t pos = 0, done = 0, hit;
    if (old->size == 0) {
        for (; done < max; done++) {
            strbuf_append(&buf, (const char *)new->data, (size_t) new->size);
            if (pos >= b->size) break;
            strbuf_append(&buf, (const char *)b->data + pos++, 1);
        }
    } else {
        while (done < max && (hit = bytes_search(b->data, pos, b->size, old->data, old->size)) >= 0) {
            strbuf_append(&buf, (const char *)b->data + pos, (size_t)(hit - pos));
            strbuf_append(&buf, (const char *)new->data, (size_t) new->size);
            pos = hit + old->size;
            done++;
        }
    }
    strbuf_append(&buf, (const char *)b->data + pos, (size_t)(b->size - pos));
    if (buf.size == (size_t)-1) return SP_NULL;
    return sp_bytes_new(vm, buf.data ? buf.data : "", buf.size);
}

/* upper/lower: ASCII letters only, as CPython's bytes. */
static sp_value_t bytes_case(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames, bool upper) {
    if (bytes_nargs(vm, upper ? "upper" : "lower", nargs, kwnames, 0, 0) < 0) return SP_NULL;
    sp_bytes_t *b = BYTES_SELF(args);
    sp_bytes_t *r = bytes_alloc(vm, b->size);
    if (!r) return SP_NULL;
    for (int64_t i = 0; i < b->size; i++) {
        uint8_t c = b->data[i];
        if (upper && c >= 'a' && c <= 'z') c = (uint8_t)(c - 32);
        if (!upper && c >= 'A' && c <= 'Z') c = (uint8_t)(c + 32);
        r->data[i] = c;
    }
    return SP_OBJ(r);
}

static sp_value_t bytes_m_upper(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return bytes_case(vm, args, nargs, kwnames, true);
}
static sp_value_t bytes_m_lower(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return bytes_case(vm, args, nargs, kwnames, false);
}

/* isdigit/isalpha/isalnum/isspace on ASCII bytes: non-empty and every byte matches. */
static sp_value_t bytes_pred(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames,
                             const char *name, int which) {
    if (bytes_nargs(vm, name, nargs, kwnames, 0, 0) < 0) return SP_NULL;
    sp_bytes_t *b = BYTES_SELF(args);
    if (b->size == 0) return SP_FALSE;
    for (int64_t i = 0; i < b->size; i++) {
        uint8_t c = b->data[i];
        bool digit = c >= '0' && c <= '9', alpha = (c | 32) >= 'a' && (c | 32) <= 'z';
        bool ok = which == 0 ? digit : which == 1 ? alpha : which == 2 ? digit || alpha : bytes_is_space(c);
        if (!ok) return SP_FALSE;
    }
    return SP_TRUE;
}

static sp_value_t bytes_m_isdigit(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return bytes_pred(vm, args, nargs, kwnames, "isdigit", 0);
}
static sp_value_t bytes_m_isalpha(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return bytes_pred(vm, args, nargs, kwnames, "isalpha", 1);
}
static sp_value_t bytes_m_isalnum(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return bytes_pred(vm, args, nargs, kwnames, "isalnum", 2);
}
static sp_value_t bytes_m_isspace(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return bytes_pred(vm, args, nargs, kwnames, "isspace", 3);
}

static const sp_method_def_t bytes_methods[] = {
    {"decode", bytes_m_decode},     {"hex", bytes_m_hex},
    {"join", bytes_m_join},         {"split", bytes_m_split},
    {"strip", bytes_m_strip},       {"lstrip", bytes_m_lstrip},
    {"rstrip", bytes_m_rstrip},     {"startswith", bytes_m_startswith},
    {"endswith", bytes_m_endswith}, {"find", bytes_m_find},
    {"rfind", bytes_m_rfind},       {"index", bytes_m_index},
    {"rindex", bytes_m_rindex},     {"count", bytes_m_count},
    {"replace", bytes_m_replace},   {"upper", bytes_m_upper},
    {"lower", bytes_m_lower},       {"isdigit", bytes_m_isdigit},
    {"isalpha", bytes_m_isalpha},   {"isalnum", bytes_m_isalnum},
    {"isspace", bytes_m_isspace},   {NULL, NULL},
};

void bytes_init(sp_vm_t *vm) {
    sp_type_t *t = vm->types[SP_K_BYTES];
    t->flags |= SP_TYPE_BASETYPE;
    t->repr = bytes_repr;
    t->hash = bytes_hash;
    t->richcompare = bytes_richcompare;
    t->binop = bytes_binop;
    t->len = bytes_len;
    t->getitem = bytes_getitem;
    t->contains = bytes_contains;
    t->iter = bytes_iter;
    t->construct = bytes_construct;
    type_add_methods(vm, t, bytes_methods);
}
