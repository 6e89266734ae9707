/* str.c: the str type — immutable UTF-8 text with cached hash and length (DESIGN decision 9),
 * interning, the string builder, repr, % formatting, str.format and the str methods.
 * It must not keep state outside the VM: the intern table hangs off sp_vm_t. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/runtime.h"
#include "runtime/unicode_db.h"
#include "runtime/slots.h"
#include "runtime/class.h"

/* ---- UTF-8 ------------------------------------------------------------------------------ */

/* Decodes the code point at *p (valid UTF-8 assumed) and advances *p past it. */
uint32_t str_decode_char(const char **p) {
    const unsigned char *s = (const unsigned char *)*p;
    uint32_t c = s[0];
    int n = 1;
    if (c >= 0xF0) {
        c = ((c & 0x07) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) | (s[3] & 0x3Fu);
        n = 4;
    } else if (c >= 0xE0) {
        c = ((c & 0x0F) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
        n = 3;
    } else if (c >= 0xC0) {
        c = ((c & 0x1F) << 6) | (s[1] & 0x3Fu);
        n = 2;
    }
    *p += n;
    return c;
}

/* Writes the UTF-8 form of cp to out (room for 4 bytes); returns the byte count. */
int str_encode_char(uint32_t cp, char *out) {
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Counts the code points in size bytes of UTF-8 (every byte that is not a continuation). */
static int64_t utf8_count(const char *data, int64_t size) {
    int64_t n = 0;
    for (int64_t i = 0; i < size; i++) n += ((unsigned char)data[i] & 0xC0) != 0x80;
    return n;
}

/* Byte offset of code point index i (0 <= i <= length). O(1) for ASCII strs. */
static int64_t str_byte_offset(const sp_str_t *s, int64_t i) {
    if (s->is_ascii || i <= 0) return i <= 0 ? 0 : i;
    if (i >= s->length) return s->size;
    const char *p = s->data;
    while (i-- > 0) {
        p++;
        while (((unsigned char)*p & 0xC0) == 0x80) p++;
    }
    return p - s->data;
}

/* Code point index of byte offset off (which starts a code point). */
static int64_t str_cp_index(const sp_str_t *s, int64_t off) {
    return s->is_ascii ? off : utf8_count(s->data, off);
}

/* ---- Unicode character classes and simple case mappings: runtime/unicode_db.c, generated from
 * CPython 3.11's own tables (tools/gen-unicode.py); the full mappings (ß -> SS) are below. ---- */

/* Simple (one-to-one) lowercase mapping. */
static uint32_t uc_lower(uint32_t c) {
    if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    return unicode_case(c, 1);
}

/* Simple uppercase mapping. */
static uint32_t uc_upper(uint32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') ? c - 32 : c;
    return unicode_case(c, 0);
}

/* True for the titlecase digraphs (Dž, Lj, Nj, Dz). */
static bool uc_is_title(uint32_t c) {
    return (unicode_flags(c) & UNICODE_TITLE) != 0;
}

/* Simple titlecase mapping: the digraphs have a title form between upper and lower. */
static uint32_t uc_title(uint32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') ? c - 32 : c;
    return unicode_case(c, 2);
}

static bool uc_is_upper(uint32_t c) {
    return (unicode_flags(c) & UNICODE_UPPER) != 0;
}
static bool uc_is_lower(uint32_t c) {
    return (unicode_flags(c) & UNICODE_LOWER) != 0;
}
static bool uc_is_cased(uint32_t c) {
    return (unicode_flags(c) & UNICODE_CASED) != 0;
}

/* True when c is whitespace as str.isspace and str.split() see it. */
static bool uc_is_space(uint32_t c) {
    if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
    return (unicode_flags(c) & UNICODE_SPACE) != 0;
}

/* True when c ends a line for str.splitlines. */
static bool uc_is_linebreak(uint32_t c) {
    return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || (c >= 0x1C && c <= 0x1E) || c == 0x85 ||
           c == 0x2028 || c == 0x2029;
}

/* Decimal digit value of c (Nd), or -1. Every Nd block of Unicode 14 is ten consecutive code
 * points from its zero, listed here. */
static int uc_decimal(uint32_t c) {
    static const uint32_t zeros[] = {
        0x30,    0x660,   0x6f0,   0x7c0,   0x966,   0x9e6,   0xa66,   0xae6,   0xb66,   0xbe6,   0xc66,
        0xce6,   0xd66,   0xde6,   0xe50,   0xed0,   0xf20,   0x1040,  0x1090,  0x17e0,  0x1810,  0x1946,
        0x19d0,  0x1a80,  0x1a90,  0x1b50,  0x1bb0,  0x1c40,  0x1c50,  0xa620,  0xa8d0,  0xa900,  0xa9d0,
        0xa9f0,  0xaa50,  0xabf0,  0xff10,  0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0,
        0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60,
        0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0};
    if (c < 0x80) return c >= '0' && c <= '9' ? (int)(c - '0') : -1;
    for (size_t i = 1; i < sizeof zeros / sizeof *zeros; i++)
        if (c >= zeros[i] && c <= zeros[i] + 9) return (int)(c - zeros[i]);
    return -1;
}

int str_unicode_decimal(uint32_t c) { return uc_decimal(c); }
bool str_unicode_space(uint32_t c) { return uc_is_space(c); }

static bool uc_is_decimal(uint32_t c) {
    return (unicode_flags(c) & UNICODE_DECIMAL) != 0;
}

static bool uc_is_digit(uint32_t c) {
    return (unicode_flags(c) & UNICODE_DIGIT) != 0;
}

static bool uc_is_numeric(uint32_t c) {
    return (unicode_flags(c) & UNICODE_NUMERIC) != 0;
}

/* True for letters (L*): cased letters plus the big caseless scripts. */
static bool uc_is_alpha(uint32_t c) {
    return (unicode_flags(c) & UNICODE_ALPHA) != 0;
}

static bool uc_is_alnum(uint32_t c) {
    return uc_is_alpha(c) || uc_is_numeric(c);
}

/* True when repr() shows c literally (not Cc, Cf, Cs, Co, Cn, Zl, Zp, or Zs other than ' '). */
static bool uc_is_printable(uint32_t c) {
    return (unicode_flags(c) & UNICODE_PRINTABLE) != 0;
}

/* ---- Allocation ------------------------------------------------------------------------- */

/* Allocates an uninitialised str of `size` bytes (NUL written); the caller fills data and then
 * calls str_finish_new to compute length and the ASCII flag. */
static sp_str_t *str_alloc(sp_vm_t *vm, int64_t size) {
    sp_str_t *s =
        (sp_str_t *)sp_new_atomic_object(vm, vm->types[SP_K_STR], sizeof(sp_str_t) + (size_t)size + 1);
    if (!s) return NULL;
    s->hash = -1;
    s->size = size;
    s->length = size;
    s->is_ascii = 1;
    s->interned = 0;
    s->data[size] = '\0';
    return s;
}

/* Computes length and is_ascii of a freshly filled str. */
static sp_value_t str_finish_new(sp_str_t *s) {
    s->length = utf8_count(s->data, s->size);
    s->is_ascii = s->length == s->size;
    return SP_OBJ(s);
}

/* The cached one-char str for ASCII c, or the empty str. */
static sp_value_t str_cached(sp_vm_t *vm, const char *data, size_t size) {
    if (size == 0 && vm->empty_str) return vm->empty_str;
    if (size == 1 && (unsigned char)data[0] < 128 && vm->small_strs[(unsigned char)data[0]])
        return vm->small_strs[(unsigned char)data[0]];
    return SP_NULL;
}

sp_value_t sp_str_new(sp_vm_t *vm, const char *data, size_t size) {
    sp_value_t cached = str_cached(vm, data, size);
    if (cached) return cached;
    sp_str_t *s = str_alloc(vm, (int64_t)size);
    if (!s) return SP_NULL;
    memcpy(s->data, data, size);
    return str_finish_new(s);
}

sp_value_t sp_str_from_cstr(sp_vm_t *vm, const char *cstr) {
    return sp_str_new(vm, cstr, strlen(cstr));
}

/* A str of known code-point length (saves the counting pass). */
static sp_value_t str_new_known(sp_vm_t *vm, const char *data, int64_t size, int64_t length) {
    sp_value_t cached = str_cached(vm, data, (size_t)size);
    if (cached) return cached;
    sp_str_t *s = str_alloc(vm, size);
    if (!s) return SP_NULL;
    memcpy(s->data, data, (size_t)size);
    s->length = length;
    s->is_ascii = size == length;
    return SP_OBJ(s);
}

sp_value_t sp_str_format(sp_vm_t *vm, const char *fmt, ...) {
    sp_strbuf_t buf;
    strbuf_init(vm, &buf);
    va_list ap;
    va_start(ap, fmt);
    char small[256];
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    if (n >= 0 && (size_t)n < sizeof small) {
        strbuf_append(&buf, small, (size_t)n);
    } else if (n >= 0) {
        char *big = sp_alloc_atomic(vm, (size_t)n + 1);
        if (big) {
            vsnprintf(big, (size_t)n + 1, fmt, ap2);
            strbuf_append(&buf, big, (size_t)n);
        }
    }
    va_end(ap2);
    va_end(ap);
    return strbuf_finish(&buf);
}

sp_value_t sp_str_from_codepoint(sp_vm_t *vm, uint32_t cp) {
    if (cp < 128 && vm->small_strs[cp]) return vm->small_strs[cp];
    char buf[4];
    int n = str_encode_char(cp, buf);
    return str_new_known(vm, buf, n, 1);
}

sp_value_t sp_str_char_at(sp_vm_t *vm, sp_value_t s, int64_t i) {
    sp_str_t *str = SP_AS_STR(s);
    if (str->is_ascii) return sp_str_from_codepoint(vm, (unsigned char)str->data[i]);
    const char *p = str->data + str_byte_offset(str, i);
    return sp_str_from_codepoint(vm, str_decode_char(&p));
}

/* ---- The string builder ----------------------------------------------------------------- */

/* A failed allocation leaves the buffer "poisoned" (data NULL, size SIZE_MAX): later appends
 * are ignored and strbuf_finish returns SP_NULL with the MemoryError already set. */
#define STRBUF_FAILED ((size_t)-1)

void strbuf_init(sp_vm_t *vm, sp_strbuf_t *buf) {
    buf->vm = vm;
    buf->data = NULL;
    buf->size = 0;
    buf->capacity = 0;
}

/* Makes room for `extra` more bytes; false when poisoned. */
static bool strbuf_reserve(sp_strbuf_t *buf, size_t extra) {
    if (buf->size == STRBUF_FAILED) return false;
    if (buf->size + extra <= buf->capacity) return true;
    size_t cap = buf->capacity ? buf->capacity * 2 : 64;
    while (cap < buf->size + extra) cap *= 2;
    char *data = sp_alloc_atomic(buf->vm, cap);
    if (!data) {
        buf->data = NULL;
        buf->size = STRBUF_FAILED;
        return false;
    }
    if (buf->size) memcpy(data, buf->data, buf->size);
    buf->data = data;
    buf->capacity = cap;
    return true;
}

void strbuf_append(sp_strbuf_t *buf, const char *data, size_t size) {
    if (size == 0 || !strbuf_reserve(buf, size)) return;
    memcpy(buf->data + buf->size, data, size);
    buf->size += size;
}

void strbuf_append_cstr(sp_strbuf_t *buf, const char *cstr) {
    strbuf_append(buf, cstr, strlen(cstr));
}

void strbuf_append_str(sp_strbuf_t *buf, sp_value_t str) {
    strbuf_append(buf, SP_AS_STR(str)->data, (size_t)SP_AS_STR(str)->size);
}

/* Appends one code point as UTF-8. */
static void strbuf_append_cp(sp_strbuf_t *buf, uint32_t cp) {
    char tmp[4];
    strbuf_append(buf, tmp, (size_t)str_encode_char(cp, tmp));
}

/* Appends `count` copies of a byte. */
static void strbuf_append_fill(sp_strbuf_t *buf, char c, int64_t count) {
    if (count <= 0 || !strbuf_reserve(buf, (size_t)count)) return;
    memset(buf->data + buf->size, c, (size_t)count);
    buf->size += (size_t)count;
}

void strbuf_printf(sp_strbuf_t *buf, const char *fmt, ...) {
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    if (n > 0 && strbuf_reserve(buf, (size_t)n + 1)) {
        vsnprintf(buf->data + buf->size, (size_t)n + 1, fmt, ap2);
        buf->size += (size_t)n;
    }
    va_end(ap2);
    va_end(ap);
}

sp_value_t strbuf_finish(sp_strbuf_t *buf) {
    if (buf->size == STRBUF_FAILED) return SP_NULL;
    return sp_str_new(buf->vm, buf->data ? buf->data : "", buf->size);
}

/* ---- Hashing, equality, interning ------------------------------------------------------- */

/* FNV-1a over the bytes with a final avalanche (a fixed key keeps runs reproducible). */
static int64_t str_hash_bytes(const char *data, int64_t size) {
    uint64_t h = UINT64_C(0xcbf29ce484222325);
    for (int64_t i = 0; i < size; i++) {
        h ^= (unsigned char)data[i];
        h *= UINT64_C(0x100000001b3);
    }
    h ^= h >> 33;
    h *= UINT64_C(0xff51afd7ed558ccd);
    h ^= h >> 33;
    int64_t r = (int64_t)(h >> 1); /* non-negative: never -1 */
    return r;
}

int64_t sp_str_hash(sp_value_t s) {
    sp_str_t *str = SP_AS_STR(s);
    if (str->hash == -1) str->hash = str_hash_bytes(str->data, str->size);
    return str->hash;
}

bool sp_str_equal(sp_value_t a, sp_value_t b) {
    if (a == b) return true;
    sp_str_t *x = SP_AS_STR(a), *y = SP_AS_STR(b);
    if (x->interned && y->interned) return false;
    if (x->size != y->size) return false;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) return false;
    return memcmp(x->data, y->data, (size_t)x->size) == 0;
}

/* Finds the slot of (data, size) in the intern table: its str, or an empty slot. */
static sp_value_t *intern_find(sp_vm_t *vm, const char *data, int64_t size, int64_t hash) {
    int64_t mask = vm->intern_mask;
    for (int64_t i = hash & mask;; i = (i + 1) & mask) {
        sp_value_t *slot = &vm->intern_slots[i];
        if (!*slot) return slot;
        sp_str_t *s = SP_AS_STR(*slot);
        if (s->hash == hash && s->size == size && memcmp(s->data, data, (size_t)size) == 0) return slot;
    }
}

/* Doubles the intern table (or creates it); false on MemoryError. */
static bool intern_grow(sp_vm_t *vm) {
    int64_t old_size = vm->intern_slots ? vm->intern_mask + 1 : 0;
    int64_t size = old_size ? old_size * 2 : 1024;
    sp_value_t *old = vm->intern_slots;
    sp_value_t *slots = sp_alloc(vm, (size_t)size * sizeof(sp_value_t));
    if (!slots) return false;
    vm->intern_slots = slots;
    vm->intern_mask = size - 1;
    for (int64_t i = 0; i < old_size; i++) {
        if (!old[i]) continue;
        sp_str_t *s = SP_AS_STR(old[i]);
        *intern_find(vm, s->data, s->size, s->hash) = old[i];
    }
    return true;
}

/* Interns an existing str object (returns the canonical one). */
static sp_value_t str_intern_value(sp_vm_t *vm, sp_value_t str) {
    sp_str_t *s = SP_AS_STR(str);
    if (s->interned) return str;
    if (!vm->intern_slots || (vm->intern_used + 1) * 3 >= (vm->intern_mask + 1) * 2)
        if (!intern_grow(vm)) return SP_NULL;
    sp_value_t *slot = intern_find(vm, s->data, s->size, sp_str_hash(str));
    if (*slot) return *slot;
    s->interned = 1;
    *slot = str;
    vm->intern_used++;
    return str;
}

sp_value_t sp_str_intern(sp_vm_t *vm, const char *data, size_t size) {
    int64_t hash = str_hash_bytes(data, (int64_t)size);
    if (vm->intern_slots) {
        sp_value_t *slot = intern_find(vm, data, (int64_t)size, hash);
        if (*slot) return *slot;
    }
    sp_value_t s = sp_str_new(vm, data, size);
    if (!s) return SP_NULL;
    /* A cached small str is shared: interning it in place keeps its identity. */
    return str_intern_value(vm, s);
}

sp_value_t sp_str_intern_cstr(sp_vm_t *vm, const char *cstr) {
    return sp_str_intern(vm, cstr, strlen(cstr));
}

/* ---- Concatenation, repetition, comparison ---------------------------------------------- */

sp_value_t sp_str_concat(sp_vm_t *vm, sp_value_t a, sp_value_t b) {
    sp_str_t *x = SP_AS_STR(a), *y = SP_AS_STR(b);
    if (x->size == 0) return b;
    if (y->size == 0) return a;
    sp_str_t *s = str_alloc(vm, x->size + y->size);
    if (!s) return SP_NULL;
    memcpy(s->data, x->data, (size_t)x->size);
    memcpy(s->data + x->size, y->data, (size_t)y->size);
    s->length = x->length + y->length;
    s->is_ascii = x->is_ascii && y->is_ascii;
    return SP_OBJ(s);
}

/* str * n (n <= 0 gives ''). */
static sp_value_t str_repeat(sp_vm_t *vm, sp_value_t str, int64_t n) {
    sp_str_t *x = SP_AS_STR(str);
    if (n <= 0 || x->size == 0) return vm->empty_str;
    if (n == 1) return str;
    if (x->size > INT64_MAX / 2 / n) return sp_raise_nomem(vm);
    sp_str_t *s = str_alloc(vm, x->size * n);
    if (!s) return SP_NULL;
    if (x->size == 1) {
        memset(s->data, x->data[0], (size_t)n);
    } else {
        for (int64_t i = 0; i < n; i++) memcpy(s->data + i * x->size, x->data, (size_t)x->size);
    }
    s->length = x->length * n;
    s->is_ascii = x->is_ascii;
    return SP_OBJ(s);
}

/* Lexicographic comparison: UTF-8 byte order is code-point order. */
static int str_cmp(sp_value_t a, sp_value_t b) {
    sp_str_t *x = SP_AS_STR(a), *y = SP_AS_STR(b);
    int64_t n = x->size < y->size ? x->size : y->size;
    int c = memcmp(x->data, y->data, (size_t)n);
    if (c) return c < 0 ? -1 : 1;
    return x->size < y->size ? -1 : x->size > y->size;
}

static sp_value_t str_richcompare(sp_vm_t *vm, sp_value_t a, sp_value_t b, sp_cmp_t op) {
    if (!sp_is_str(a) || !sp_is_str(b)) return SP_NOTIMPLEMENTED;
    if (op == SP_CMP_EQ) return sp_bool(sp_str_equal(a, b));
    if (op == SP_CMP_NE) return sp_bool(!sp_str_equal(a, b));
    int c = str_cmp(a, b);
    switch (op) {
    case SP_CMP_LT:
        return sp_bool(c < 0);
    case SP_CMP_LE:
        return sp_bool(c <= 0);
    case SP_CMP_GT:
        return sp_bool(c > 0);
    default:
        return sp_bool(c >= 0);
    }
}

/* True when a user class might still answer the operation through its reflected method. */
static bool str_other_may_reflect(sp_vm_t *vm, sp_value_t other) {
    return (sp_typeof(vm, other)->flags & SP_TYPE_HEAPTYPE) != 0;
}

static sp_value_t str_percent_format(sp_vm_t *vm, sp_value_t fmt, sp_value_t args);

static sp_value_t str_binop(sp_vm_t *vm, sp_binop_t op, sp_value_t a, sp_value_t b) {
    op &= ~SP_BINOP_INPLACE;
    if (op == SP_BINOP_ADD && sp_is_str(a)) {
        if (sp_is_str(b)) return sp_str_concat(vm, a, b);
        if (str_other_may_reflect(vm, b)) return SP_NOTIMPLEMENTED;
        return sp_raise(vm, SP_EXC_TypeError, "can only concatenate str (not \"%s\") to str",
                        sp_type_name(vm, b));
    }
    if (op == SP_BINOP_MUL) {
        sp_value_t s = sp_is_str(a) ? a : b, n = sp_is_str(a) ? b : a;
        if (!sp_is_str(s)) return SP_NOTIMPLEMENTED;
        if (!sp_is_int(n) && !sp_is_bool(n)) {
            if (str_other_may_reflect(vm, n) || sp_is_str(n)) {
                if (sp_is_str(n))
                    return sp_raise(vm, SP_EXC_TypeError, "can't multiply sequence by non-int of type 'str'");
                return SP_NOTIMPLEMENTED;
            }
            return sp_raise(vm, SP_EXC_TypeError, "can't multiply sequence by non-int of type '%s'",
                            sp_type_name(vm, n));
        }
        int64_t count;
        if (sp_int_to_i64(vm, n, &count) < 0) {
            if (!sp_exc_matches(vm, SP_EXC_OverflowError)) return SP_NULL;
            sp_exc_fetch(vm);
            if (sp_int_sign(vm, n) < 0) return vm->empty_str;
            return sp_raise(vm, SP_EXC_OverflowError, "cannot fit 'int' into an index-sized integer");
        }
        return str_repeat(vm, s, count);
    }
    if (op == SP_BINOP_MOD && sp_is_str(a)) return str_percent_format(vm, a, b);
    return SP_NOTIMPLEMENTED;
}

/* ---- repr ------------------------------------------------------------------------------- */

/* Appends the repr of UTF-8 text with CPython's quote choice and escapes. */
static void str_repr_into(sp_strbuf_t *buf, const char *data, int64_t size) {
    bool has_single = memchr(data, '\'', (size_t)size) != NULL;
    bool has_double = memchr(data, '"', (size_t)size) != NULL;
    char quote = has_single && !has_double ? '"' : '\'';
    strbuf_append(buf, &quote, 1);
    const char *p = data, *end = data + size;
    while (p < end) {
        const char *run = p;
        /* Copy runs of plain printable ASCII in one go. */
        while (p < end && (unsigned char)*p >= 0x20 && (unsigned char)*p < 0x7F && *p != '\\' && *p != quote)
            p++;
        if (p > run) strbuf_append(buf, run, (size_t)(p - run));
        if (p >= end) break;
        const char *start = p;
        uint32_t c = str_decode_char(&p);
        char esc[16];
        if (c == (uint32_t)quote || c == '\\') {
            esc[0] = '\\';
            esc[1] = (char)c;
            strbuf_append(buf, esc, 2);
        } else if (c == '\n') {
            strbuf_append(buf, "\\n", 2);
        } else if (c == '\r') {
            strbuf_append(buf, "\\r", 2);
        } else if (c == '\t') {
            strbuf_append(buf, "\\t", 2);
        } else if (uc_is_printable(c)) {
            strbuf_append(buf, start, (size_t)(p - start));
        } else if (c < 0x100) {
            snprintf(esc, sizeof esc, "\\x%02x", c);
            strbuf_append(buf, esc, 4);
        } else if (c < 0x10000) {
            snprintf(esc, sizeof esc, "\\u%04x", c);
            strbuf_append(buf, esc, 6);
        } else {
            snprintf(esc, sizeof esc, "\\U%08x", c);
            strbuf_append(buf, esc, 10);
        }
    }
    strbuf_append(buf, &quote, 1);
}

sp_value_t sp_str_repr(sp_vm_t *vm, sp_value_t s) {
    sp_strbuf_t buf;
    strbuf_init(vm, &buf);
    str_repr_into(&buf, SP_AS_STR(s)->data, SP_AS_STR(s)->size);
    return strbuf_finish(&buf);
}

/* ---- Type slots ------------------------------------------------------------------------- */

static sp_value_t str_str_slot(sp_vm_t *vm, sp_value_t self) {
    if (SP_AS_OBJ(self)->type == vm->types[SP_K_STR]) return self;
    return sp_str_new(vm, SP_AS_STR(self)->data, (size_t)SP_AS_STR(self)->size);
}

static int str_hash_slot(sp_vm_t *vm, sp_value_t self, int64_t *out) {
    *out = sp_str_hash(self);
    return 0;
}

static int64_t str_len_slot(sp_vm_t *vm, sp_value_t self) {
    return SP_AS_STR(self)->length;
}

static int str_truth_slot(sp_vm_t *vm, sp_value_t self) {
    return SP_AS_STR(self)->size != 0;
}

/* A substring given by code-point indices [start, stop) (already clamped). */
static sp_value_t str_substr(sp_vm_t *vm, sp_value_t str, int64_t start, int64_t stop) {
    sp_str_t *s = SP_AS_STR(str);
    if (start >= stop) return vm->empty_str;
    if (start == 0 && stop == s->length) return str;
    int64_t from = str_byte_offset(s, start), to = str_byte_offset(s, stop);
    return str_new_known(vm, s->data + from, to - from, stop - start);
}

/* str[slice] with any step. */
static sp_value_t str_slice(sp_vm_t *vm, sp_value_t str, sp_value_t slice) {
    sp_str_t *s = SP_AS_STR(str);
    int64_t start, stop, step;
    int64_t n = sp_slice_indices(vm, slice, s->length, &start, &stop, &step);
    if (n < 0) return SP_NULL;
    if (step == 1) return str_substr(vm, str, start, start + n);
    if (n == 0) return vm->empty_str;
    if (s->is_ascii) {
        sp_str_t *r = str_alloc(vm, n);
        if (!r) return SP_NULL;
        for (int64_t i = 0; i < n; i++) r->data[i] = s->data[start + i * step];
        return SP_OBJ(r);
    }
    /* Non-ASCII: decode once into code-point byte offsets, then gather. */
    int64_t *offs = sp_alloc_atomic(vm, (size_t)(s->length + 1) * sizeof(int64_t));
    if (!offs) return SP_NULL;
    const char *p = s->data;
    for (int64_t i = 0; i < s->length; i++) {
        offs[i] = p - s->data;
        str_decode_char(&p);
    }
    offs[s->length] = s->size;
    sp_strbuf_t buf;
    strbuf_init(vm, &buf);
    for (int64_t i = 0; i < n; i++) {
        int64_t k = start + i * step;
        strbuf_append(&buf, s->data + offs[k], (size_t)(offs[k + 1] - offs[k]));
    }
    return strbuf_finish(&buf);
}

static sp_value_t str_getitem(sp_vm_t *vm, sp_value_t self, sp_value_t key) {
    if (sp_is_int(key) || sp_is_bool(key)) {
        int64_t i;
        if (sp_index(vm, key, &i) < 0) {
            if (!sp_exc_matches(vm, SP_EXC_OverflowError)) return SP_NULL;
            sp_exc_fetch(vm);
            return sp_raise(vm, SP_EXC_IndexError, "cannot fit 'int' into an index-sized integer");
        }
        int64_t len = SP_AS_STR(self)->length;
        if (i < 0) i += len;
        if (i < 0 || i >= len) return sp_raise(vm, SP_EXC_IndexError, "string index out of range");
        return sp_str_char_at(vm, self, i);
    }
    if (sp_is_kind(key, SP_K_SLICE)) return str_slice(vm, self, key);
    return sp_raise(vm, SP_EXC_TypeError, "string indices must be integers, not '%s'", sp_type_name(vm, key));
}

/* Byte offset of needle in hay[from, to), or -1. */
static int64_t bytes_find(const char *hay, int64_t from, int64_t to, const char *needle, int64_t n) {
    if (n == 0) return from <= to ? from : -1;
    if (to - from < n) return -1;
    if (n == 1) {
        const char *hit = memchr(hay + from, needle[0], (size_t)(to - from));
        return hit ? hit - hay : -1;
    }
    const char *last = hay + to - n;
    for (const char *p = hay + from; p <= last; p++) {
        p = memchr(p, needle[0], (size_t)(last - p + 1));
        if (!p) return -1;
        if (memcmp(p, needle, (size_t)n) == 0) return p - hay;
    }
    return -1;
}

/* Byte offset of the last needle in hay[from, to), or -1. */
static int64_t bytes_rfind(const char *hay, int64_t from, int64_t to, const char *needle, int64_t n) {
    if (to - from < n) return -1;
    for (int64_t i = to - n; i >= from; i--)
        if (memcmp(hay + i, needle, (size_t)n) == 0) return i;
    return -1;
}

static int str_contains(sp_vm_t *vm, sp_value_t self, sp_value_t item) {
    if (!sp_is_str(item)) {
        sp_raise(vm, SP_EXC_TypeError, "'in <string>' requires string as left operand, not %s",
                 sp_type_name(vm, item));
        return -1;
    }
    sp_str_t *s = SP_AS_STR(self), *n = SP_AS_STR(item);
    return bytes_find(s->data, 0, s->size, n->data, n->size) >= 0;
}

static sp_value_t str_iter(sp_vm_t *vm, sp_value_t self) {
    return sp_iterator_new(vm, vm->iter_types[SP_ITER_STR], self, SP_NULL, 0, 0);
}

/* The name of an encoding argument (a str), or NULL with TypeError set. */
static const char *str_arg_cstr(sp_vm_t *vm, sp_value_t v, const char *func, const char *arg, int pos) {
    if (sp_is_str(v)) return sp_str_cstr(v);
    sp_raise(vm, SP_EXC_TypeError, "%s() argument '%s' must be str, not %s", func, arg,
             sp_arg_type_name(vm, v));
    (void)pos;
    return NULL;
}

/* str(), str(object), str(bytes, encoding, errors). */
static sp_value_t str_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,
                                sp_value_t kwnames) {
    sp_value_t a[3];
    if (sp_parse_args(vm, "str", "object=, encoding=, errors=", args, nargs, kwnames, a) < 0) return SP_NULL;
    if (!a[1] && !a[2]) {
        if (!a[0]) return vm->empty_str;
        /* str(MyStr('a')) is an exact str; a __str__ returning a str subclass is kept as is. */
        if (sp_is_str(a[0]) && sp_typeof(vm, a[0])->str == vm->types[SP_K_STR]->str) return class_exact(vm, a[0]);
        return sp_str(vm, a[0]);
    }
    const char *encoding = "utf-8", *errors = "strict";
    if (a[1] && !(encoding = str_arg_cstr(vm, a[1], "str", "encoding", 2))) return SP_NULL;
    if (a[2] && !(errors = str_arg_cstr(vm, a[2], "str", "errors", 3))) return SP_NULL;
    if (!a[0]) return vm->empty_str;
    if (!sp_is_kind(a[0], SP_K_BYTES) && sp_has_buffer(vm, a[0]) && !(a[0] = sp_bytes_from_buffer(vm, a[0])))
        return SP_NULL;
    if (!sp_is_kind(a[0], SP_K_BYTES)) {
        if (sp_is_str(a[0])) return sp_raise(vm, SP_EXC_TypeError, "decoding str is not supported");
        return sp_raise(vm, SP_EXC_TypeError, "decoding to str: need a bytes-like object, %s found",
                        sp_type_name(vm, a[0]));
    }
    return bytes_decode(vm, a[0], encoding, errors);
}

/* ---- Method helpers --------------------------------------------------------------------- */

#define STR_SELF(args) SP_AS_STR((args)[0])

int str_method_nargs(sp_vm_t *vm, const char *type_name, const char *name, int n, sp_value_t kwnames, int min,
                     int max) {
    /* CPython parses these with PyArg_ParseTuple, whose wording differs from Argument Clinic's. */
    bool has_kw = kwnames && SP_AS_TUPLE(kwnames)->size > 0;
    if (!has_kw && n >= min && n <= max) return 0; /* the common case: no message to build */
    static const char *const old_style[] = {"find",  "rfind",      "index",    "rindex",
                                            "count", "startswith", "endswith", "hex"};
    bool old = false;
    for (size_t i = 0; i < sizeof old_style / sizeof *old_style; i++)
        old = old || !strcmp(name, old_style[i]);
    char qualified[64];
    snprintf(qualified, sizeof qualified, "%s.%s", type_name, name);
    if (has_kw) {
        sp_raise(vm, SP_EXC_TypeError, "%s() takes no keyword arguments", qualified);
        return -1;
    }
    if (old) {
        bool few = n < min;
        sp_raise(vm, SP_EXC_TypeError, "%s() takes at %s %d argument%s (%d given)", name,
                 few ? "least" : "most", few ? min : max, (few ? min : max) == 1 ? "" : "s", n);
        return -1;
    }
    return sp_check_nargs(vm, min == max && min <= 1 ? qualified : name, n, SP_NULL, min, max);
}

/* Checks the positional count of a str method call (self excluded) and that no keywords came. */
static int str_nargs(sp_vm_t *vm, const char *name, int nargs, sp_value_t kwnames, int min, int max) {
    return str_method_nargs(vm, "str", name, nargs - 1, kwnames, min, max);
}

/* Parses a method call's arguments after self. */
static int str_parse(sp_vm_t *vm, const char *name, const char *spec, const sp_value_t *args, int nargs,
                     sp_value_t kwnames, sp_value_t *out) {
    return sp_parse_args(vm, name, spec, args + 1, nargs - 1, kwnames, out);
}

/* Raises "must be str, not int" unless v is a str. */
static bool str_require(sp_vm_t *vm, sp_value_t v) {
    if (sp_is_str(v)) return true;
    sp_raise(vm, SP_EXC_TypeError, "must be str, not %s", sp_type_name(vm, v));
    return false;
}

/* Resolves the optional start/end arguments of find/count/startswith as CPython's
 * ADJUST_INDICES: negative counts from the end, end clamps to len; start may stay > len. */
static int str_adjust_indices(sp_vm_t *vm, int64_t len, sp_value_t startv, sp_value_t endv, int64_t *start,
                              int64_t *end) {
    *start = 0;
    *end = len;
    sp_value_t vals[2] = {startv, endv};
    int64_t *outs[2] = {start, end};
    for (int i = 0; i < 2; i++) {
        if (!vals[i] || vals[i] == SP_NONE) continue;
        if (!sp_is_int(vals[i]) && !sp_is_bool(vals[i])) {
            sp_raise(vm, SP_EXC_TypeError,
                     "slice indices must be integers or None or have an __index__ method");
            return -1;
        }
        if (sp_int_to_i64(vm, vals[i], outs[i]) < 0) {
            sp_exc_fetch(vm);
            *outs[i] = sp_int_sign(vm, vals[i]) < 0 ? -len - 1 : len + 1;
        }
    }
    if (*end > len) *end = len;
    if (*end < 0 && (*end += len) < 0) *end = 0;
    if (*start < 0 && (*start += len) < 0) *start = 0;
    return 0;
}

/* A new str from bytes [from, to) of s. */
static sp_value_t str_bytes_range(sp_vm_t *vm, sp_str_t *s, int64_t from, int64_t to) {
    if (from == 0 && to == s->size) return SP_OBJ(s);
    if (s->is_ascii) return str_new_known(vm, s->data + from, to - from, to - from);
    return sp_str_new(vm, s->data + from, (size_t)(to - from));
}

/* Decodes a whole str into an array of code points (GC-allocated, atomic). */
static uint32_t *str_to_cps(sp_vm_t *vm, sp_str_t *s) {
    uint32_t *cps = sp_alloc_atomic(vm, (size_t)(s->length + 1) * sizeof(uint32_t));
    if (!cps) return NULL;
    const char *p = s->data;
    for (int64_t i = 0; i < s->length; i++) cps[i] = str_decode_char(&p);
    return cps;
}

/* Start of the code point that ends just before p (p > start). */
static const char *str_prev(const char *start, const char *p) {
    do p--;
    while (p > start && ((unsigned char)*p & 0xC0) == 0x80);
    return p;
}

static sp_value_t str_bool_result(bool b) {
    return sp_bool(b);
}

/* ---- join, split, splitlines ------------------------------------------------------------ */

sp_value_t sp_str_join(sp_vm_t *vm, sp_value_t sep, sp_value_t iterable) {
    sp_value_t seq = iterable;
    if (!sp_is_list(seq) && !sp_is_tuple(seq)) {
        /* PySequence_Fast's wording when the argument is not iterable at all. */
        sp_value_t it = sp_iter(vm, iterable);
        if (!it && sp_exc_matches(vm, SP_EXC_TypeError)) {
            sp_exc_fetch(vm);
            return sp_raise(vm, SP_EXC_TypeError, "can only join an iterable");
        }
        seq = it ? sp_list_from_iterable(vm, it) : SP_NULL;
        if (!seq) return SP_NULL;
    }
    int64_t n = sp_is_list(seq) ? SP_AS_LIST(seq)->size : SP_AS_TUPLE(seq)->size;
    sp_value_t *items = sp_is_list(seq) ? SP_AS_LIST(seq)->items : SP_AS_TUPLE(seq)->items;
    if (n == 1 && sp_is_str(items[0]) && SP_AS_OBJ(items[0])->type == vm->types[SP_K_STR]) return items[0];
    sp_str_t *s = SP_AS_STR(sep);
    int64_t size = 0, length = 0;
    for (int64_t i = 0; i < n; i++) {
        if (!sp_is_str(items[i]))
            return sp_raise(vm, SP_EXC_TypeError, "sequence item %lld: expected str instance, %s found",
                            (long long)i, sp_type_name(vm, items[i]));
        size += SP_AS_STR(items[i])->size + (i ? s->size : 0);
        length += SP_AS_STR(items[i])->length + (i ? s->length : 0);
    }
    if (n == 0) return vm->empty_str;
    sp_str_t *r = str_alloc(vm, size);
    if (!r) return SP_NULL;
    char *out = r->data;
    for (int64_t i = 0; i < n; i++) {
        if (i && s->size) {
            memcpy(out, s->data, (size_t)s->size);
            out += s->size;
        }
        sp_str_t *item = SP_AS_STR(items[i]);
        memcpy(out, item->data, (size_t)item->size);
        out += item->size;
    }
    r->length = length;
    r->is_ascii = size == length;
    return SP_OBJ(r);
}

static sp_value_t str_m_join(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (str_nargs(vm, "join", nargs, kwnames, 1, 1) < 0) return SP_NULL;
    return sp_str_join(vm, args[0], args[1]);
}

/* Appends bytes [from, to) of s to list as a str; -1 on error. */
static int str_list_add(sp_vm_t *vm, sp_value_t list, sp_str_t *s, int64_t from, int64_t to) {
    sp_value_t piece = str_bytes_range(vm, s, from, to);
    return piece ? sp_list_append(vm, list, piece) : -1;
}

/* split() with no separator: runs of whitespace separate, leading/trailing ignored. */
static sp_value_t str_split_ws(sp_vm_t *vm, sp_str_t *s, int64_t maxsplit) {
    sp_value_t list = sp_list_new(vm, 0);
    if (!list) return SP_NULL;
    const char *p = s->data, *end = s->data + s->size;
    while (p < end) {
        const char *q = p;
        while (q < end) { /* skip whitespace */
            const char *r = q;
            if (!uc_is_space(str_decode_char(&r))) break;
            q = r;
        }
        if (q >= end) break;
        const char *word = q;
        if (maxsplit-- == 0) {
            /* The rest, trailing whitespace included, is the last item. */
            if (str_list_add(vm, list, s, word - s->data, s->size) < 0) return SP_NULL;
            return list;
        }
        while (q < end) {
            const char *r = q;
            if (uc_is_space(str_decode_char(&r))) break;
            q = r;
        }
        if (str_list_add(vm, list, s, word - s->data, q - s->data) < 0) return SP_NULL;
        p = q;
    }
    return list;
}

/* rsplit() with no separator. */
static sp_value_t str_rsplit_ws(sp_vm_t *vm, sp_str_t *s, int64_t maxsplit) {
    sp_value_t list = sp_list_new(vm, 0);
    if (!list) return SP_NULL;
    const char *begin = s->data, *p = s->data + s->size;
    while (p > begin) {
        const char *q = p;
        while (q > begin) {
            const char *r = str_prev(begin, q), *t = r;
            if (!uc_is_space(str_decode_char(&t))) break;
            q = r;
        }
        if (q <= begin) break;
        const char *word_end = q;
        if (maxsplit-- == 0) {
            if (str_list_add(vm, list, s, 0, word_end - begin) < 0) return SP_NULL;
            break;
        }
        while (q > begin) {
            const char *r = str_prev(begin, q), *t = r;
            if (uc_is_space(str_decode_char(&t))) break;
            q = r;
        }
        if (str_list_add(vm, list, s, q - begin, word_end - begin) < 0) return SP_NULL;
        p = q;
    }
    /* Built back to front: reverse in place. */
    sp_list_t *l = SP_AS_LIST(list);
    for (int64_t i = 0, j = l->size - 1; i < j; i++, j--) {
        sp_value_t t = l->items[i];
        l->items[i] = l->items[j];
        l->items[j] = t;
    }
    return list;
}

/* split(sep) / rsplit(sep) with an explicit separator. */
static sp_value_t str_split_sep(sp_vm_t *vm, sp_str_t *s, sp_str_t *sep, int64_t maxsplit, bool reverse) {
    if (sep->size == 0) return sp_raise(vm, SP_EXC_ValueError, "empty separator");
    sp_value_t list = sp_list_new(vm, 0);
    if (!list) return SP_NULL;
    if (!reverse) {
        int64_t pos = 0, hit;
        while (maxsplit-- != 0 && (hit = bytes_find(s->data, pos, s->size, sep->data, sep->size)) >= 0) {
            if (str_list_add(vm, list, s, pos, hit) < 0) return SP_NULL;
            pos = hit + sep->size;
        }
        if (str_list_add(vm, list, s, pos, s->size) < 0) return SP_NULL;
        return list;
    }
    int64_t end = s->size, hit;
    while (maxsplit-- != 0 && (hit = bytes_rfind(s->data, 0, end, sep->data, sep->size)) >= 0) {
        if (str_list_add(vm, list, s, hit + sep->size, end) < 0) return SP_NULL;
        end = hit;
    }
    if (str_list_add(vm, list, s, 0, end) < 0) return SP_NULL;
    sp_list_t *l = SP_AS_LIST(list);
    for (int64_t i = 0, j = l->size - 1; i < j; i++, j--) {
        sp_value_t t = l->items[i];
        l->items[i] = l->items[j];
        l->items[j] = t;
    }
    return list;
}

/* Shared argument handling of split and rsplit. */
static sp_value_t str_split_common(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames,
                                   bool reverse) {
    const char *name = reverse ? "rsplit" : "split";
    sp_value_t a[2];
    if (str_parse(vm, name, "sep=, maxsplit=", args, nargs, kwnames, a) < 0) return SP_NULL;
    int64_t maxsplit = -1;
    if (a[1] && sp_index(vm, a[1], &maxsplit) < 0) return SP_NULL;
    if (maxsplit < 0) maxsplit = -1;
    if (!a[0] || a[0] == SP_NONE)
        return reverse ? str_rsplit_ws(vm, STR_SELF(args), maxsplit)
                       : str_split_ws(vm, STR_SELF(args), maxsplit);
    if (!sp_is_str(a[0]))
        return sp_raise(vm, SP_EXC_TypeError, "must be str or None, not %s", sp_type_name(vm, a[0]));
    return str_split_sep(vm, STR_SELF(args), SP_AS_STR(a[0]), maxsplit, reverse);
}

static sp_value_t str_m_split(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return str_split_common(vm, args, nargs, kwnames, false);
}

static sp_value_t str_m_rsplit(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return str_split_common(vm, args, nargs, kwnames, true);
}

static sp_value_t str_m_splitlines(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t a[1];
    if (str_parse(vm, "splitlines", "keepends=", args, nargs, kwnames, a) < 0) return SP_NULL;
    int64_t keep = 0; /* an int, as Argument Clinic's bool(accept={int}) wants */
    if (a[0] && sp_index(vm, a[0], &keep) < 0) return SP_NULL;
    sp_str_t *s = STR_SELF(args);
    sp_value_t list = sp_list_new(vm, 0);
    if (!list) return SP_NULL;
    const char *p = s->data, *end = s->data + s->size, *line = p;
    while (p < end) {
        const char *q = p;
        uint32_t c = str_decode_char(&q);
        if (!uc_is_linebreak(c)) {
            p = q;
            continue;
        }
        if (c == '\r' && q < end && *q == '\n') q++;
        if (str_list_add(vm, list, s, line - s->data, (keep ? q : p) - s->data) < 0) return SP_NULL;
        line = p = q;
    }
    if (line < end && str_list_add(vm, list, s, line - s->data, s->size) < 0) return SP_NULL;
    return list;
}

/* ---- strip ------------------------------------------------------------------------------ */

/* True when c is in the strip set `chars` (NULL: whitespace). */
static bool str_in_chars(uint32_t c, const sp_str_t *chars) {
    if (!chars) return uc_is_space(c);
    if (c < 0x80 && chars->is_ascii) return memchr(chars->data, (int)c, (size_t)chars->size) != NULL;
    const char *p = chars->data, *end = chars->data + chars->size;
    while (p < end)
        if (str_decode_char(&p) == c) return true;
    return false;
}

/* strip/lstrip/rstrip: which = 1 left, 2 right, 3 both. */
static sp_value_t str_strip_common(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames,
                                   const char *name, int which) {
    if (str_nargs(vm, name, nargs, kwnames, 0, 1) < 0) return SP_NULL;
    const sp_str_t *chars = NULL;
    if (nargs > 1 && args[1] != SP_NONE) {
        if (!sp_is_str(args[1])) return sp_raise(vm, SP_EXC_TypeError, "%s arg must be None or str", name);
        chars = SP_AS_STR(args[1]);
    }
    sp_str_t *s = STR_SELF(args);
    const char *b = s->data, *e = s->data + s->size;
    if (which & 1) {
        while (b < e) {
            const char *t = b;
            if (!str_in_chars(str_decode_char(&t), chars)) break;
            b = t;
        }
    }
    if (which & 2) {
        while (e > b) {
            const char *r = str_prev(b, e), *t = r;
            if (!str_in_chars(str_decode_char(&t), chars)) break;
            e = r;
        }
    }
    return str_bytes_range(vm, s, b - s->data, e - s->data);
}

static sp_value_t str_m_strip(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return str_strip_common(vm, args, nargs, kwnames, "strip", 3);
}
static sp_value_t str_m_lstrip(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return str_strip_common(vm, args, nargs, kwnames, "lstrip", 1);
}
static sp_value_t str_m_rstrip(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return str_strip_common(vm, args, nargs, kwnames, "rstrip", 2);
}

/* ---- Case conversion -------------------------------------------------------------------- */

typedef enum str_case_op {
    CASE_LOWER,
    CASE_UPPER,
    CASE_SWAP,
    CASE_TITLE,
    CASE_CAPITALIZE,
    CASE_FOLD
} str_case_op_t;

/* Appends the full lowercase of cps[i] (final sigma and dotted capital I need context). */
static void case_append_lower(sp_strbuf_t *buf, const uint32_t *cps, int64_t n, int64_t i, bool fold) {
    uint32_t c = cps[i];
    if (c == 0x3A3) {
        /* Final sigma: after a cased letter and not before one. */
        bool before = i > 0 && uc_is_cased(cps[i - 1]);
        bool after = i + 1 < n && uc_is_cased(cps[i + 1]);
        strbuf_append_cp(buf, before && !after && !fold ? 0x3C2 : 0x3C3);
        return;
    }
    uint32_t full[3];
    int n_full = unicode_full_case(c, fold ? 3 : 1, full);
    if (!n_full && fold) n_full = unicode_full_case(c, 1, full); /* casefold == full lowercase */
    for (int k = 0; k < n_full; k++) strbuf_append_cp(buf, full[k]);
    if (n_full) return;
    if (fold && c == 0x3C2) c = 0x3C3;
    strbuf_append_cp(buf, uc_lower(c));
}

/* Appends the full uppercase (title: titlecase) of c. */
static void case_append_upper(sp_strbuf_t *buf, uint32_t c, bool title) {
    uint32_t full[3]; /* ß -> SS, ﬁ -> FI, ŉ -> ʼN, ... from the generated table */
    int n_full = unicode_full_case(c, title ? 2 : 0, full);
    for (int k = 0; k < n_full; k++) strbuf_append_cp(buf, full[k]);
    if (!n_full) strbuf_append_cp(buf, title ? uc_title(c) : uc_upper(c));
}

/* ASCII-only fast path of the case operations. */
static sp_value_t str_case_ascii(sp_vm_t *vm, sp_str_t *s, str_case_op_t op) {
    sp_str_t *r = str_alloc(vm, s->size);
    if (!r) return SP_NULL;
    bool prev_cased = false;
    for (int64_t i = 0; i < s->size; i++) {
        char c = s->data[i];
        bool up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
        bool to_upper = false, to_lower = false;
        switch (op) {
        case CASE_LOWER:
        case CASE_FOLD:
            to_lower = true;
            break;
        case CASE_UPPER:
            to_upper = true;
            break;
        case CASE_SWAP:
            to_upper = low;
            to_lower = up;
            break;
        case CASE_TITLE:
            to_upper = !prev_cased;
            to_lower = prev_cased;
            break;
        case CASE_CAPITALIZE:
            to_upper = i == 0;
            to_lower = i != 0;
            break;
        }
        if (to_upper && low)
            c = (char)(c - 32);
        else if (to_lower && up)
            c = (char)(c + 32);
        r->data[i] = c;
        prev_cased = up || low;
    }
    return SP_OBJ(r);
}

static sp_value_t str_case(sp_vm_t *vm, sp_str_t *s, str_case_op_t op) {
    if (s->is_ascii) return str_case_ascii(vm, s, op);
    uint32_t *cps = str_to_cps(vm, s);
    if (!cps) return SP_NULL;
    sp_strbuf_t buf;
    strbuf_init(vm, &buf);
    bool prev_cased = false;
    int64_t n = s->length;
    for (int64_t i = 0; i < n; i++) {
        uint32_t c = cps[i];
        switch (op) {
        case CASE_LOWER:
            case_append_lower(&buf, cps, n, i, false);
            break;
        case CASE_FOLD:
            case_append_lower(&buf, cps, n, i, true);
            break;
        case CASE_UPPER:
            case_append_upper(&buf, c, false);
            break;
        case CASE_SWAP: /* titlecase letters (Dž) are neither upper nor lower: unchanged */
            if (uc_is_upper(c))
                case_append_lower(&buf, cps, n, i, false);
            else if (uc_is_lower(c))
                case_append_upper(&buf, c, false);
            else
                strbuf_append_cp(&buf, c);
            break;
        case CASE_TITLE:
            if (prev_cased)
                case_append_lower(&buf, cps, n, i, false);
            else
                case_append_upper(&buf, c, true);
            break;
        case CASE_CAPITALIZE:
            if (i == 0)
                case_append_upper(&buf, c, true);
            else
                case_append_lower(&buf, cps, n, i, false);
            break;
        }
        prev_cased = uc_is_cased(c);
    }
    return strbuf_finish(&buf);
}

#define STR_CASE_METHOD(fname, pyname, op)                                                                   \
    static sp_value_t fname(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {            \
        if (str_nargs(vm, pyname, nargs, kwnames, 0, 0) < 0) return SP_NULL;                                 \
        return str_case(vm, STR_SELF(args), op);                                                             \
    }
STR_CASE_METHOD(str_m_lower, "lower", CASE_LOWER)
STR_CASE_METHOD(str_m_upper, "upper", CASE_UPPER)
STR_CASE_METHOD(str_m_swapcase, "swapcase", CASE_SWAP)
STR_CASE_METHOD(str_m_title, "title", CASE_TITLE)
STR_CASE_METHOD(str_m_capitalize, "capitalize", CASE_CAPITALIZE)
STR_CASE_METHOD(str_m_casefold, "casefold", CASE_FOLD)

/* ---- Predicates ------------------------------------------------------------------------- */

/* True when every code point satisfies pred (and the str is not empty). */
static bool str_all(const sp_str_t *s, bool (*pred)(uint32_t)) {
    if (s->size == 0) return false;
    const char *p = s->data, *end = s->data + s->size;
    while (p < end)
        if (!pred(str_decode_char(&p))) return false;
    return true;
}

/* isupper / islower: at least one cased char, and no cased char of the other kind. */
static bool str_case_test(const sp_str_t *s, bool want_upper) {
    bool cased = false;
    const char *p = s->data, *end = s->data + s->size;
    while (p < end) {
        uint32_t c = str_decode_char(&p);
        if (want_upper ? (uc_is_lower(c) || uc_is_title(c)) : (uc_is_upper(c) || uc_is_title(c)))
            return false;
        cased = cased || (want_upper ? uc_is_upper(c) : uc_is_lower(c));
    }
    return cased;
}

static bool str_istitle(const sp_str_t *s) {
    bool cased = false, prev_cased = false;
    const char *p = s->data, *end = s->data + s->size;
    while (p < end) {
        uint32_t c = str_decode_char(&p);
        if (uc_is_upper(c) || uc_is_title(c)) {
            if (prev_cased) return false;
            prev_cased = cased = true;
        } else if (uc_is_lower(c)) {
            if (!prev_cased) return false;
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return cased;
}

static bool uc_is_ident_start(uint32_t c) {
    return c == '_' || (unicode_flags(c) & UNICODE_ID_START) != 0;
}
static bool uc_is_ident_char(uint32_t c) {
    return (unicode_flags(c) & UNICODE_ID_CONTINUE) != 0;
}

static bool str_isidentifier(const sp_str_t *s) {
    if (s->size == 0) return false;
    const char *p = s->data, *end = s->data + s->size;
    if (!uc_is_ident_start(str_decode_char(&p))) return false;
    while (p < end)
        if (!uc_is_ident_char(str_decode_char(&p))) return false;
    return true;
}

enum {
    PRED_DIGIT,
    PRED_ALPHA,
    PRED_ALNUM,
    PRED_SPACE,
    PRED_DECIMAL,
    PRED_NUMERIC,
    PRED_UPPER,
    PRED_LOWER,
    PRED_TITLE,
    PRED_IDENT,
    PRED_ASCII,
    PRED_PRINTABLE
};

static bool str_predicate(const sp_str_t *s, int which) {
    switch (which) {
    case PRED_DIGIT:
        return str_all(s, uc_is_digit);
    case PRED_ALPHA:
        return str_all(s, uc_is_alpha);
    case PRED_ALNUM:
        return str_all(s, uc_is_alnum);
    case PRED_SPACE:
        return str_all(s, uc_is_space);
    case PRED_DECIMAL:
        return str_all(s, uc_is_decimal);
    case PRED_NUMERIC:
        return str_all(s, uc_is_numeric);
    case PRED_UPPER:
        return str_case_test(s, true);
    case PRED_LOWER:
        return str_case_test(s, false);
    case PRED_TITLE:
        return str_istitle(s);
    case PRED_IDENT:
        return str_isidentifier(s);
    case PRED_ASCII:
        return s->is_ascii;
    default:
        return s->size == 0 || str_all(s, uc_is_printable);
    }
}

#define STR_PRED_METHOD(fname, pyname, which)                                                                \
    static sp_value_t fname(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {            \
        if (str_nargs(vm, pyname, nargs, kwnames, 0, 0) < 0) return SP_NULL;                                 \
        return str_bool_result(str_predicate(STR_SELF(args), which));                                        \
    }
STR_PRED_METHOD(str_m_isdigit, "isdigit", PRED_DIGIT)
STR_PRED_METHOD(str_m_isalpha, "isalpha", PRED_ALPHA)
STR_PRED_METHOD(str_m_isalnum, "isalnum", PRED_ALNUM)
STR_PRED_METHOD(str_m_isspace, "isspace", PRED_SPACE)
STR_PRED_METHOD(str_m_isdecimal, "isdecimal", PRED_DECIMAL)
STR_PRED_METHOD(str_m_isnumeric, "isnumeric", PRED_NUMERIC)
STR_PRED_METHOD(str_m_isupper, "isupper", PRED_UPPER)
STR_PRED_METHOD(str_m_islower, "islower", PRED_LOWER)
STR_PRED_METHOD(str_m_istitle, "istitle", PRED_TITLE)
STR_PRED_METHOD(str_m_isidentifier, "isidentifier", PRED_IDENT)
STR_PRED_METHOD(str_m_isascii, "isascii", PRED_ASCII)
STR_PRED_METHOD(str_m_isprintable, "isprintable", PRED_PRINTABLE)

/* ---- Searching -------------------------------------------------------------------------- */

/* The shared core of find/rfind/index/rindex/count: resolves the arguments to a byte range. */
typedef struct str_search {
    sp_str_t *s, *sub;
    int64_t start, end; /* code points, after ADJUST_INDICES */
    int64_t byte_start, byte_end;
} str_search_t;

static int str_search_args(sp_vm_t *vm, const char *name, const sp_value_t *args, int nargs,
                           sp_value_t kwnames, str_search_t *out) {
    if (str_nargs(vm, name, nargs, kwnames, 1, 3) < 0) return -1;
    out->s = STR_SELF(args);
    if (str_adjust_indices(vm, out->s->length, nargs > 2 ? args[2] : SP_NULL, nargs > 3 ? args[3] : SP_NULL,
                           &out->start, &out->end) < 0)
        return -1;
    if (!str_require(vm, args[1])) return -1;
    out->sub = SP_AS_STR(args[1]);
    out->byte_start = out->start > out->s->length ? out->s->size : str_byte_offset(out->s, out->start);
    out->byte_end = str_byte_offset(out->s, out->end);
    return 0;
}

/* Code-point index of the first (or last) match, -1 when absent, -2 on error. */
static int64_t str_find_common(sp_vm_t *vm, const char *name, const sp_value_t *args, int nargs,
                               sp_value_t kwnames, bool reverse) {
    str_search_t q;
    if (str_search_args(vm, name, args, nargs, kwnames, &q) < 0) return -2;
    if (q.start > q.s->length || q.end - q.start < q.sub->length) return -1;
    int64_t hit = reverse ? bytes_rfind(q.s->data, q.byte_start, q.byte_end, q.sub->data, q.sub->size)
                          : bytes_find(q.s->data, q.byte_start, q.byte_end, q.sub->data, q.sub->size);
    return hit < 0 ? -1 : str_cp_index(q.s, hit);
}

static sp_value_t str_find_result(sp_vm_t *vm, int64_t r, bool raise) {
    if (r == -2) return SP_NULL;
    if (r == -1 && raise) return sp_raise(vm, SP_EXC_ValueError, "substring not found");
    return sp_smallint(r);
}

static sp_value_t str_m_find(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return str_find_result(vm, str_find_common(vm, "find", args, nargs, kwnames, false), false);
}
static sp_value_t str_m_rfind(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return str_find_result(vm, str_find_common(vm, "rfind", args, nargs, kwnames, true), false);
}
static sp_value_t str_m_index(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return str_find_result(vm, str_find_common(vm, "index", args, nargs, kwnames, false), true);
}
static sp_value_t str_m_rindex(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return str_find_result(vm, str_find_common(vm, "rindex", args, nargs, kwnames, true), true);
}

/* Counts non-overlapping occurrences of needle in hay[from, to), at most max (-1: all). */
static int64_t bytes_count(const char *hay, int64_t from, int64_t to, const char *needle, int64_t n,
                           int64_t max) {
    int64_t count = 0, hit;
    while (count != max && (hit = bytes_find(hay, from, to, needle, n)) >= 0) {
        count++;
        from = hit + n;
    }
    return count;
}

static sp_value_t str_m_count(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    str_search_t q;
    if (str_search_args(vm, "count", args, nargs, kwnames, &q) < 0) return SP_NULL;
    if (q.start > q.s->length || q.end < q.start) return sp_smallint(0);
    if (q.sub->size == 0) return sp_smallint(q.end - q.start + 1);
    return sp_smallint(bytes_count(q.s->data, q.byte_start, q.byte_end, q.sub->data, q.sub->size, -1));
}

/* startswith/endswith against one str; start/end already adjusted. */
static bool str_tailmatch(sp_str_t *s, sp_str_t *sub, int64_t start, int64_t end, bool at_end) {
    if (end - start < sub->length || start > s->length) return false;
    int64_t bs = str_byte_offset(s, start), be = str_byte_offset(s, end);
    if (be - bs < sub->size) return false;
    int64_t at = at_end ? be - sub->size : bs;
    return memcmp(s->data + at, sub->data, (size_t)sub->size) == 0;
}

static sp_value_t str_startsend(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames,
                                bool at_end) {
    const char *name = at_end ? "endswith" : "startswith";
    if (str_nargs(vm, name, nargs, kwnames, 1, 3) < 0) return SP_NULL;
    sp_str_t *s = STR_SELF(args);
    int64_t start, end;
    if (str_adjust_indices(vm, s->length, nargs > 2 ? args[2] : SP_NULL, nargs > 3 ? args[3] : SP_NULL,
                           &start, &end) < 0)
        return SP_NULL;
    sp_value_t arg = args[1];
    if (sp_is_str(arg)) return sp_bool(str_tailmatch(s, SP_AS_STR(arg), start, end, at_end));
    if (!sp_is_tuple(arg))
        return sp_raise(vm, SP_EXC_TypeError, "%s first arg must be str or a tuple of str, not %s", name,
                        sp_type_name(vm, arg));
    for (int64_t i = 0; i < SP_AS_TUPLE(arg)->size; i++) {
        sp_value_t item = SP_AS_TUPLE(arg)->items[i];
        if (!sp_is_str(item))
            return sp_raise(vm, SP_EXC_TypeError, "tuple for %s must only contain str, not %s", name,
                            sp_type_name(vm, item));
        if (str_tailmatch(s, SP_AS_STR(item), start, end, at_end)) return SP_TRUE;
    }
    return SP_FALSE;
}

static sp_value_t str_m_startswith(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return str_startsend(vm, args, nargs, kwnames, false);
}
static sp_value_t str_m_endswith(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return str_startsend(vm, args, nargs, kwnames, true);
}

/* ---- replace, partition, prefix/suffix -------------------------------------------------- */

static sp_value_t str_replace(sp_vm_t *vm, sp_str_t *s, sp_str_t *old, sp_str_t *new, int64_t max) {
    if (max < 0) max = INT64_MAX;
    sp_strbuf_t buf;
    strbuf_init(vm, &buf);
    if (old->size == 0) {
        /* Insert `new` before every code point and at the end, up to max times. */
        const char *p = s->data, *end = s->data + s->size;
        int64_t done = 0;
        while (done < max) {
            strbuf_append_str(&buf, SP_OBJ(new));
            done++;
            if (p >= end) break;
            const char *q = p;
            str_decode_char(&q);
            strbuf_append(&buf, p, (size_t)(q - p));
            p = q;
        }
        strbuf_append(&buf, p, (size_t)(end - p));
        return strbuf_finish(&buf);
    }
    int64_t pos = 0, hit, done = 0;
    while (done < max && (hit = bytes_find(s->data, pos, s->size, old->data, old->size)) >= 0) {
        strbuf_append(&buf, s->data + pos, (size_t)(hit - pos));
        strbuf_append_str(&buf, SP_OBJ(new));
        pos = hit + old->size;
        done++;
    }
    if (done == 0) return SP_OBJ(s);
    strbuf_append(&buf, s->data + pos, (size_t)(s->size - pos));
    return strbuf_finish(&buf);
}

static sp_value_t str_m_replace(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (str_nargs(vm, "replace", nargs, kwnames, 2, 3) < 0) return SP_NULL;
    for (int i = 1; i <= 2; i++)
        if (!sp_is_str(args[i]))
            return sp_raise(vm, SP_EXC_TypeError, "replace() argument %d must be str, not %s", i,
                            sp_arg_type_name(vm, args[i]));
    int64_t count = -1;
    if (nargs > 3 && sp_index(vm, args[3], &count) < 0) return SP_NULL;
    return str_replace(vm, STR_SELF(args), SP_AS_STR(args[1]), SP_AS_STR(args[2]), count);
}

static sp_value_t str_partition_common(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames,
                                       bool reverse) {
    if (str_nargs(vm, reverse ? "rpartition" : "partition", nargs, kwnames, 1, 1) < 0) return SP_NULL;
    if (!str_require(vm, args[1])) return SP_NULL;
    sp_str_t *s = STR_SELF(args), *sep = SP_AS_STR(args[1]);
    if (sep->size == 0) return sp_raise(vm, SP_EXC_ValueError, "empty separator");
    int64_t hit = reverse ? bytes_rfind(s->data, 0, s->size, sep->data, sep->size)
                          : bytes_find(s->data, 0, s->size, sep->data, sep->size);
    sp_value_t parts[3];
    if (hit < 0) {
        parts[0] = reverse ? vm->empty_str : args[0];
        parts[1] = vm->empty_str;
        parts[2] = reverse ? args[0] : vm->empty_str;
    } else {
        parts[0] = str_bytes_range(vm, s, 0, hit);
        parts[1] = args[1];
        parts[2] = parts[0] ? str_bytes_range(vm, s, hit + sep->size, s->size) : SP_NULL;
        if (!parts[2]) return SP_NULL;
    }
    return sp_tuple_from_array(vm, parts, 3);
}

static sp_value_t str_m_partition(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return str_partition_common(vm, args, nargs, kwnames, false);
}
static sp_value_t str_m_rpartition(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return str_partition_common(vm, args, nargs, kwnames, true);
}

static sp_value_t str_affix_common(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames,
                                   bool suffix) {
    const char *name = suffix ? "removesuffix" : "removeprefix";
    if (str_nargs(vm, name, nargs, kwnames, 1, 1) < 0) return SP_NULL;
    if (!sp_is_str(args[1]))
        return sp_raise(vm, SP_EXC_TypeError, "%s() argument must be str, not %s", name,
                        sp_arg_type_name(vm, args[1]));
    sp_str_t *s = STR_SELF(args), *a = SP_AS_STR(args[1]);
    if (a->size == 0 || a->size > s->size) return args[0];
    if (suffix) {
        if (memcmp(s->data + s->size - a->size, a->data, (size_t)a->size) != 0) return args[0];
        return str_bytes_range(vm, s, 0, s->size - a->size);
    }
    if (memcmp(s->data, a->data, (size_t)a->size) != 0) return args[0];
    return str_bytes_range(vm, s, a->size, s->size);
}

static sp_value_t str_m_removeprefix(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return str_affix_common(vm, args, nargs, kwnames, false);
}
static sp_value_t str_m_removesuffix(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return str_affix_common(vm, args, nargs, kwnames, true);
}

/* ---- Padding ---------------------------------------------------------------------------- */

/* Pads s to `width` code points with `left` fill chars on the left and the rest on the right. */
static sp_value_t str_pad(sp_vm_t *vm, sp_value_t str, int64_t left, int64_t right, uint32_t fill) {
    sp_str_t *s = SP_AS_STR(str);
    if (left <= 0 && right <= 0) return str;
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    sp_strbuf_t buf;
    strbuf_init(vm, &buf);
    if (fill < 0x80) {
        strbuf_append_fill(&buf, (char)fill, left);
        strbuf_append_str(&buf, str);
        strbuf_append_fill(&buf, (char)fill, right);
    } else {
        for (int64_t i = 0; i < left; i++) strbuf_append_cp(&buf, fill);
        strbuf_append(&buf, s->data, (size_t)s->size);
        for (int64_t i = 0; i < right; i++) strbuf_append_cp(&buf, fill);
    }
    return strbuf_finish(&buf);
}

/* Parses (width[, fillchar]) of center/ljust/rjust. */
static int str_pad_args(sp_vm_t *vm, const char *name, const sp_value_t *args, int nargs, sp_value_t kwnames,
                        int64_t *width, uint32_t *fill) {
    if (str_nargs(vm, name, nargs, kwnames, 1, 2) < 0) return -1;
    if (sp_index(vm, args[1], width) < 0) return -1;
    *fill = ' ';
    if (nargs > 2) {
        if (!sp_is_str(args[2])) {
            sp_raise(vm, SP_EXC_TypeError, "The fill character must be a unicode character, not %s",
                     sp_type_name(vm, args[2]));
            return -1;
        }
        if (SP_AS_STR(args[2])->length != 1) {
            sp_raise(vm, SP_EXC_TypeError, "The fill character must be exactly one character long");
            return -1;
        }
        const char *p = SP_AS_STR(args[2])->data;
        *fill = str_decode_char(&p);
    }
    return 0;
}

static sp_value_t str_m_center(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    int64_t width;
    uint32_t fill;
    if (str_pad_args(vm, "center", args, nargs, kwnames, &width, &fill) < 0) return SP_NULL;
    int64_t marg = width - STR_SELF(args)->length;
    if (marg <= 0) return args[0];
    int64_t left = marg / 2 + (marg & width & 1);
    return str_pad(vm, args[0], left, marg - left, fill);
}

static sp_value_t str_m_ljust(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    int64_t width;
    uint32_t fill;
    if (str_pad_args(vm, "ljust", args, nargs, kwnames, &width, &fill) < 0) return SP_NULL;
    return str_pad(vm, args[0], 0, width - STR_SELF(args)->length, fill);
}

static sp_value_t str_m_rjust(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    int64_t width;
    uint32_t fill;
    if (str_pad_args(vm, "rjust", args, nargs, kwnames, &width, &fill) < 0) return SP_NULL;
    return str_pad(vm, args[0], width - STR_SELF(args)->length, 0, fill);
}

static sp_value_t str_m_zfill(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (str_nargs(vm, "zfill", nargs, kwnames, 1, 1) < 0) return SP_NULL;
    int64_t width;
    if (sp_index(vm, args[1], &width) < 0) return SP_NULL;
    sp_str_t *s = STR_SELF(args);
    int64_t fill = width - s->length;
    if (fill <= 0) return args[0];
    bool sign = s->size > 0 && (s->data[0] == '+' || s->data[0] == '-');
    sp_strbuf_t buf;
    strbuf_init(vm, &buf);
    if (sign) strbuf_append(&buf, s->data, 1);
    strbuf_append_fill(&buf, '0', fill);
    strbuf_append(&buf, s->data + sign, (size_t)(s->size - sign));
    return strbuf_finish(&buf);
}

static sp_value_t str_m_expandtabs(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t a[1];
    if (str_parse(vm, "expandtabs", "tabsize=", args, nargs, kwnames, a) < 0) return SP_NULL;
    int64_t tabsize = 8;
    if (a[0] && sp_index(vm, a[0], &tabsize) < 0) return SP_NULL;
    sp_str_t *s = STR_SELF(args);
    if (!memchr(s->data, '\t', (size_t)s->size)) return args[0];
    sp_strbuf_t buf;
    strbuf_init(vm, &buf);
    int64_t column = 0;
    const char *p = s->data, *end = s->data + s->size;
    while (p < end) {
        const char *q = p;
        uint32_t c = str_decode_char(&q);
        if (c == '\t') {
            if (tabsize > 0) {
                int64_t n = tabsize - column % tabsize;
                strbuf_append_fill(&buf, ' ', n);
                column += n;
            }
        } else {
            strbuf_append(&buf, p, (size_t)(q - p));
            column = (c == '\n' || c == '\r') ? 0 : column + 1;
        }
        p = q;
    }
    return strbuf_finish(&buf);
}

/* ---- encode, translate, maketrans ------------------------------------------------------- */

/* Canonical codec name: "utf-8", "ascii", "latin-1", or NULL when unknown. */
const char *str_codec_name(const char *encoding) {
    char norm[32];
    size_t n = 0;
    for (const char *p = encoding; *p && n + 1 < sizeof norm; p++) {
        char c = *p;
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
        norm[n++] = c == '_' ? '-' : c;
    }
    norm[n] = '\0';
    if (!strcmp(norm, "utf-8") || !strcmp(norm, "utf8") || !strcmp(norm, "u8")) return "utf-8";
    if (!strcmp(norm, "ascii") || !strcmp(norm, "us-ascii") || !strcmp(norm, "646")) return "ascii";
    if (!strcmp(norm, "latin-1") || !strcmp(norm, "latin1") || !strcmp(norm, "iso-8859-1") ||
        !strcmp(norm, "iso8859-1") || !strcmp(norm, "l1") || !strcmp(norm, "8859") || !strcmp(norm, "cp819"))
        return "latin-1";
    return NULL;
}

/* Encodes a str to bytes with a codec ("strict", "ignore" or "replace" errors). */
sp_value_t str_encode(sp_vm_t *vm, sp_value_t str, const char *encoding, const char *errors) {
    const char *codec = str_codec_name(encoding);
    if (!codec) return sp_raise(vm, SP_EXC_LookupError, "unknown encoding: %s", encoding);
    sp_str_t *s = SP_AS_STR(str);
    if (!strcmp(codec, "utf-8") || s->is_ascii) return sp_bytes_new(vm, s->data, (size_t)s->size);
    uint32_t limit = !strcmp(codec, "ascii") ? 0x80 : 0x100;
    const char *range = limit == 0x80 ? "128" : "256";
    sp_strbuf_t out; /* raw bytes: every byte appended is < limit or ASCII escape text */
    strbuf_init(vm, &out);
    int64_t pos = 0;
    const char *p = s->data, *end = s->data + s->size;
    for (; p < end; pos++) {
        uint32_t c = str_decode_char(&p);
        if (c < limit) {
            char byte = (char)c;
            strbuf_append(&out, &byte, 1);
        } else if (!strcmp(errors, "ignore")) {
            continue;
        } else if (!strcmp(errors, "replace")) {
            strbuf_append(&out, "?", 1);
        } else if (!strcmp(errors, "backslashreplace")) {
            strbuf_printf(&out, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x", c);
        } else if (!strcmp(errors, "xmlcharrefreplace")) {
            strbuf_printf(&out, "&#%u;", c);
        } else if (strcmp(errors, "strict")) {
            return sp_raise(vm, SP_EXC_LookupError, "unknown error handler name '%s'", errors);
        } else {
            /* CPython always shows the character escaped: '\xe9', '\u65e5', '\U0001f600'. */
            char esc[16];
            snprintf(esc, sizeof esc, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x", c);
            return sp_raise(
                vm, SP_EXC_UnicodeEncodeError,
                "'%s' codec can't encode character '%s' in position %lld: ordinal not in range(%s)", codec,
                esc, (long long)pos, range);
        }
    }
    return sp_bytes_new(vm, out.size ? out.data : "", out.size);
}

static sp_value_t str_m_encode(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t a[2];
    if (str_parse(vm, "encode", "encoding=, errors=", args, nargs, kwnames, a) < 0) return SP_NULL;
    const char *encoding = "utf-8", *errors = "strict";
    if (a[0] && !(encoding = str_arg_cstr(vm, a[0], "encode", "encoding", 1))) return SP_NULL;
    if (a[1] && !(errors = str_arg_cstr(vm, a[1], "encode", "errors", 2))) return SP_NULL;
    return str_encode(vm, args[0], encoding, errors);
}

static sp_value_t str_m_translate(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (str_nargs(vm, "translate", nargs, kwnames, 1, 1) < 0) return SP_NULL;
    sp_str_t *s = STR_SELF(args);
    sp_strbuf_t buf;
    strbuf_init(vm, &buf);
    const char *p = s->data, *end = s->data + s->size;
    while (p < end) {
        const char *start = p;
        uint32_t c = str_decode_char(&p);
        sp_value_t to = sp_getitem(vm, args[1], sp_smallint(c));
        if (!to) {
            if (!sp_exc_matches(vm, SP_EXC_LookupError)) return SP_NULL;
            sp_exc_fetch(vm);
            strbuf_append(&buf, start, (size_t)(p - start));
        } else if (to == SP_NONE) {
            continue;
        } else if (sp_is_str(to)) {
            strbuf_append_str(&buf, to);
        } else if (sp_is_int(to)) {
            int64_t cp;
            if (sp_int_to_i64(vm, to, &cp) < 0) return SP_NULL;
            if (cp < 0 || cp > 0x10FFFF)
                return sp_raise(vm, SP_EXC_ValueError, "character mapping must be in range(0x110000)");
            strbuf_append_cp(&buf, (uint32_t)cp);
        } else {
            return sp_raise(vm, SP_EXC_TypeError, "character mapping must return integer, None or str");
        }
    }
    return strbuf_finish(&buf);
}

/* str.maketrans(x[, y[, z]]): a static method, so args[0] is x (not a bound self). */
static sp_value_t str_m_maketrans(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (kwnames && SP_AS_TUPLE(kwnames)->size > 0)
        return sp_raise(vm, SP_EXC_TypeError, "str.maketrans() takes no keyword arguments");
    if (sp_check_nargs(vm, "maketrans", nargs, kwnames, 1, 3) < 0) return SP_NULL;
    sp_value_t table = sp_dict_new(vm);
    if (!table) return SP_NULL;
    if (nargs == 1) {
        if (!sp_is_dict(args[0]))
            return sp_raise(vm, SP_EXC_TypeError,
                            "if you give only one argument to maketrans it must be a dict");
        int64_t pos = 0;
        sp_value_t k, v;
        while (sp_dict_next(args[0], &pos, &k, &v)) {
            if (sp_is_str(k)) {
                if (SP_AS_STR(k)->length != 1)
                    return sp_raise(vm, SP_EXC_ValueError,
                                    "string keys in translate table must be of length 1");
                const char *p = sp_str_cstr(k);
                k = sp_smallint(str_decode_char(&p));
            } else if (!sp_is_int(k)) {
                return sp_raise(vm, SP_EXC_TypeError, "keys in translate table must be strings or integers");
            }
            if (sp_dict_set(vm, table, k, v) < 0) return SP_NULL;
        }
        return table;
    }
    /* Argument Clinic converts y and z before the body looks at x. */
    for (int i = 1; i < nargs; i++)
        if (!sp_is_str(args[i]))
            return sp_raise(vm, SP_EXC_TypeError, "maketrans() argument %d must be str, not %s", i + 1,
                            sp_arg_type_name(vm, args[i]));
    if (!sp_is_str(args[0]))
        return sp_raise(vm, SP_EXC_TypeError,
                        "first maketrans argument must be a string if there is a second argument");
    sp_str_t *x = SP_AS_STR(args[0]), *y = SP_AS_STR(args[1]);
    if (x->length != y->length)
        return sp_raise(vm, SP_EXC_ValueError, "the first two maketrans arguments must have equal length");
    const char *p = x->data, *q = y->data;
    for (int64_t i = 0; i < x->length; i++) {
        uint32_t a = str_decode_char(&p), b = str_decode_char(&q);
        if (sp_dict_set(vm, table, sp_smallint(a), sp_smallint(b)) < 0) return SP_NULL;
    }
    if (nargs > 2) {
        if (!sp_is_str(args[2]))
            return sp_raise(vm, SP_EXC_TypeError, "maketrans() argument 3 must be str, not %s",
                            sp_arg_type_name(vm, args[2]));
        const char *r = sp_str_cstr(args[2]), *end = r + SP_AS_STR(args[2])->size;
        while (r < end)
            if (sp_dict_set(vm, table, sp_smallint(str_decode_char(&r)), SP_NONE) < 0) return SP_NULL;
    }
    return table;
}

/* ---- printf-style formatting (str % args) ----------------------------------------------- */

/* One parsed conversion specifier. */
typedef struct pct_spec {
    bool left, plus, space, alt, zero;
    int64_t width;     /* -1: none */
    int64_t precision; /* -1: none */
    char type;
} pct_spec_t;

/* The state of one formatting run: the arguments and how many were used. */
typedef struct pct_state {
    const sp_value_t *argv;
    int64_t argc, next;
    sp_value_t mapping; /* SP_NULL unless the argument is a mapping */
} pct_state_t;

/* The next positional argument, or TypeError. */
static sp_value_t pct_next_arg(sp_vm_t *vm, pct_state_t *st) {
    if (st->next >= st->argc) return sp_raise(vm, SP_EXC_TypeError, "not enough arguments for format string");
    return st->argv[st->next++];
}

/* Appends text of `length` code points padded to the spec's width (spaces). */
static void pct_pad_text(sp_strbuf_t *buf, const pct_spec_t *sp, const char *text, int64_t size,
                         int64_t length) {
    int64_t pad = sp->width > length ? sp->width - length : 0;
    if (!sp->left) strbuf_append_fill(buf, ' ', pad);
    strbuf_append(buf, text, (size_t)size);
    if (sp->left) strbuf_append_fill(buf, ' ', pad);
}

/* %s %r %a: the str/repr of v, cut to the precision. */
static int pct_text(sp_vm_t *vm, sp_strbuf_t *buf, const pct_spec_t *sp, sp_value_t v) {
    sp_value_t s = sp->type == 's' ? sp_str(vm, v) : sp_repr(vm, v);
    if (!s) return -1;
    if (sp->type == 'a' && !SP_AS_STR(s)->is_ascii) {
        /* ascii(): escape every non-ASCII code point of the repr. */
        sp_strbuf_t esc;
        strbuf_init(vm, &esc);
        const char *p = sp_str_cstr(s), *end = p + SP_AS_STR(s)->size;
        while (p < end) {
            uint32_t c = str_decode_char(&p);
            if (c < 0x80)
                strbuf_append_cp(&esc, c);
            else if (c < 0x100)
                strbuf_printf(&esc, "\\x%02x", c);
            else if (c < 0x10000)
                strbuf_printf(&esc, "\\u%04x", c);
            else
                strbuf_printf(&esc, "\\U%08x", c);
        }
        if (!(s = strbuf_finish(&esc))) return -1;
    }
    sp_str_t *str = SP_AS_STR(s);
    int64_t length = str->length, size = str->size;
    if (sp->precision >= 0 && sp->precision < length) {
        length = sp->precision;
        size = str_byte_offset(str, length);
    }
    pct_pad_text(buf, sp, str->data, size, length);
    return 0;
}

/* Appends sign + prefix + digits (ASCII) with the spec's width, zero padding and precision. */
static void pct_pad_number(sp_strbuf_t *buf, const pct_spec_t *sp, const char *sign, const char *prefix,
                           const char *digits, int64_t ndigits) {
    int64_t zeros = sp->precision > ndigits ? sp->precision - ndigits : 0;
    int64_t body = (int64_t)strlen(sign) + (int64_t)strlen(prefix) + zeros + ndigits;
    int64_t pad = sp->width > body ? sp->width - body : 0;
    if (!sp->left && !sp->zero) strbuf_append_fill(buf, ' ', pad);
    strbuf_append_cstr(buf, sign);
    strbuf_append_cstr(buf, prefix);
    if (!sp->left && sp->zero) strbuf_append_fill(buf, '0', pad);
    strbuf_append_fill(buf, '0', zeros);
    strbuf_append(buf, digits, (size_t)ndigits);
    if (sp->left) strbuf_append_fill(buf, ' ', pad);
}

/* A class instance for %d (int(v)) or %x/%o (v.__index__()); a TypeError becomes the
 * caller's "format: ... required" message, as CPython. Returns v unchanged when not convertible. */
static sp_value_t pct_int_of_object(sp_vm_t *vm, sp_value_t v, bool decimal) {
    sp_value_t r;
    if (decimal) {
        r = sp_call(vm, SP_OBJ(vm->types[SP_K_INT]), &v, 1, SP_NULL);
    } else {
        bool found;
        r = slots_call_dunder(vm, v, "__index__", NULL, 0, &found);
        if (!found && !vm->exc) return v;
    }
    if (r || !sp_exc_matches(vm, SP_EXC_TypeError)) return r;
    sp_exc_fetch(vm);
    return v;
}

/* float(v) for a class instance: 0, or -1 with no exception when it has no float form (the
 * caller reports "must be real number"), or -1 with a non-TypeError error. */
static int pct_float_of_object(sp_vm_t *vm, sp_value_t v, double *out) {
    sp_value_t r = sp_call(vm, SP_OBJ(vm->types[SP_K_FLOAT]), &v, 1, SP_NULL);
    if (r && sp_is_float(r)) {
        *out = sp_float_value(r);
        return 0;
    }
    if (!r && sp_exc_matches(vm, SP_EXC_TypeError)) sp_exc_fetch(vm);
    return -1;
}

/* %d %i %u %x %X %o. */
static int pct_int(sp_vm_t *vm, sp_strbuf_t *buf, const pct_spec_t *sp, sp_value_t v) {
    bool decimal = sp->type == 'd' || sp->type == 'i' || sp->type == 'u';
    if (sp_is_bool(v)) v = sp_smallint(v == SP_TRUE);
    if (slots_is_heap_instance(v) && !sp_is_int(v)) v = pct_int_of_object(vm, v, decimal);
    if (!v) return -1;
    if (sp_is_float(v) && decimal) {
        if (!(v = sp_int_from_double(vm, sp_float_value(v)))) return -1;
    } else if (!sp_is_int(v)) {
        if (decimal)
            sp_raise(vm, SP_EXC_TypeError, "%%%c format: a real number is required, not %s", sp->type,
                     sp_type_name(vm, v));
        else
            sp_raise(vm, SP_EXC_TypeError, "%%%c format: an integer is required, not %s", sp->type,
                     sp_type_name(vm, v));
        return -1;
    }
    sp_value_t text =
        decimal ? sp_int_to_decimal(vm, v) : sp_int_format_base(vm, v, sp->type == 'o' ? 8 : 16);
    if (!text) return -1;
    const char *digits = sp_str_cstr(text);
    bool negative = digits[0] == '-';
    digits += negative;
    if (!decimal) digits += 2; /* the "0x" / "0o" prefix */
    char *copy = NULL;
    if (sp->type == 'X') {
        size_t n = strlen(digits);
        copy = sp_alloc_atomic(vm, n + 1);
        if (!copy) return -1;
        for (size_t i = 0; i <= n; i++)
            copy[i] = (digits[i] >= 'a' && digits[i] <= 'f') ? (char)(digits[i] - 32) : digits[i];
        digits = copy;
    }
    const char *sign = negative ? "-" : sp->plus ? "+" : sp->space ? " " : "";
    const char *prefix = "";
    if (sp->alt && !decimal) prefix = sp->type == 'o' ? "0o" : sp->type == 'x' ? "0x" : "0X";
    pct_pad_number(buf, sp, sign, prefix, digits, (int64_t)strlen(digits));
    return 0;
}

/* %e %E %f %F %g %G through the C library, which rounds correctly as CPython does. */
static int pct_float(sp_vm_t *vm, sp_strbuf_t *buf, const pct_spec_t *sp, sp_value_t v) {
    double d;
    if (sp_is_float(v)) {
        d = sp_float_value(v);
    } else if (sp_is_int(v) || sp_is_bool(v)) {
        if (sp_to_double(vm, v, &d) < 0) return -1;
    } else if (slots_is_heap_instance(v) && pct_float_of_object(vm, v, &d) == 0) {
        /* float(v): __float__ or __index__ */
    } else {
        if (vm->exc) return -1;
        sp_raise(vm, SP_EXC_TypeError, "must be real number, not %s", sp_type_name(vm, v));
        return -1;
    }
    if (!isfinite(d)) {
        /* CPython pads inf/nan with zeros too (C's printf would use spaces). */
        bool upper = sp->type == 'E' || sp->type == 'F' || sp->type == 'G';
        const char *text = isnan(d) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        const char *sign = signbit(d) && !isnan(d) ? "-" : sp->plus ? "+" : sp->space ? " " : "";
        pct_spec_t plain = *sp;
        plain.precision = -1;
        pct_pad_number(buf, &plain, sign, "", text, 3);
        return 0;
    }
    char cfmt[16], *f = cfmt;
    *f++ = '%';
    if (sp->left) *f++ = '-';
    if (sp->plus) *f++ = '+';
    if (sp->space) *f++ = ' ';
    if (sp->alt) *f++ = '#';
    if (sp->zero) *f++ = '0';
    memcpy(f, "*.*", 3);
    f += 3;
    *f++ = sp->type;
    *f = '\0';
    int width = sp->width > 0 ? (int)sp->width : 0;
    int precision = sp->precision >= 0 ? (int)sp->precision : 6;
    strbuf_printf(buf, cfmt, width, precision, d);
    return 0;
}

/* %c: an int code point or a one-character str. */
static int pct_char(sp_vm_t *vm, sp_strbuf_t *buf, const pct_spec_t *sp, sp_value_t v) {
    char tmp[4];
    int n;
    if (sp_is_str(v) && SP_AS_STR(v)->length == 1) {
        pct_pad_text(buf, sp, sp_str_cstr(v), SP_AS_STR(v)->size, 1);
        return 0;
    }
    if (!sp_is_int(v) && !sp_is_bool(v)) {
        sp_raise(vm, SP_EXC_TypeError, "%%c requires int or char");
        return -1;
    }
    int64_t cp;
    if (sp_int_to_i64(vm, v, &cp) < 0 || cp < 0 || cp > 0x10FFFF) {
        if (vm->exc) sp_exc_fetch(vm);
        sp_raise(vm, SP_EXC_OverflowError, "%%c arg not in range(0x110000)");
        return -1;
    }
    n = str_encode_char((uint32_t)cp, tmp);
    pct_pad_text(buf, sp, tmp, n, 1);
    return 0;
}

/* Parses a width or precision: digits, or '*' taking the next argument. */
static int pct_number(sp_vm_t *vm, const char **p, const char *end, pct_state_t *st, int64_t *out) {
    if (*p < end && **p == '*') {
        (*p)++;
        sp_value_t v = pct_next_arg(vm, st);
        if (!v) return -1;
        if (!sp_is_int(v) && !sp_is_bool(v)) {
            sp_raise(vm, SP_EXC_TypeError, "* wants int");
            return -1;
        }
        return sp_int_to_i64(vm, v, out);
    }
    int64_t n = 0;
    bool any = false;
    while (*p < end && **p >= '0' && **p <= '9') {
        n = n * 10 + (**p - '0');
        if (n > INT32_MAX) {
            sp_raise(vm, SP_EXC_ValueError, "width too big");
            return -1;
        }
        (*p)++;
        any = true;
    }
    if (any) *out = n;
    return 0;
}

/* Reads a "(key)" and looks it up in the mapping argument. */
static sp_value_t pct_keyed_arg(sp_vm_t *vm, const char **p, const char *end, pct_state_t *st) {
    if (!st->mapping) return sp_raise(vm, SP_EXC_TypeError, "format requires a mapping");
    const char *start = ++*p;
    int depth = 1;
    while (*p < end) {
        if (**p == '(')
            depth++;
        else if (**p == ')' && --depth == 0)
            break;
        (*p)++;
    }
    if (*p >= end) return sp_raise(vm, SP_EXC_ValueError, "incomplete format key");
    sp_value_t key = sp_str_new(vm, start, (size_t)(*p - start));
    (*p)++;
    st->next = st->argc; /* as CPython: after a keyed field, a plain one finds no argument left */
    return key ? sp_getitem(vm, st->mapping, key) : SP_NULL;
}

/* Formats one conversion starting after its '%'. */
static int pct_one(sp_vm_t *vm, sp_strbuf_t *buf, const char **pp, const char *fmt_start, const char *end,
                   pct_state_t *st) {
    const char *p = *pp;
    pct_spec_t sp = {.width = -1, .precision = -1};
    sp_value_t arg = SP_NULL;
    if (p < end && *p == '(' && !(arg = pct_keyed_arg(vm, &p, end, st))) return -1;
    for (; p < end; p++) {
        if (*p == '-')
            sp.left = true;
        else if (*p == '+')
            sp.plus = true;
        else if (*p == ' ')
            sp.space = true;
        else if (*p == '#')
            sp.alt = true;
        else if (*p == '0')
            sp.zero = true;
        else
            break;
    }
    if (pct_number(vm, &p, end, st, &sp.width) < 0) return -1;
    if (sp.width < -1) {
        sp.left = true;
        sp.width = -sp.width;
    }
    if (p < end && *p == '.') {
        p++;
        sp.precision = 0;
        if (pct_number(vm, &p, end, st, &sp.precision) < 0) return -1;
    }
    while (p < end && (*p == 'h' || *p == 'l' || *p == 'L')) p++;
    if (p >= end) {
        sp_raise(vm, SP_EXC_ValueError, "incomplete format");
        return -1;
    }
    sp.type = *p++;
    *pp = p;
    if (sp.type == '%') {
        strbuf_append(buf, "%", 1);
        return 0;
    }
    if (!strchr("sradiuxXoeEfFgGc", sp.type)) {
        unsigned char c = (unsigned char)sp.type;
        sp_raise(vm, SP_EXC_ValueError, "unsupported format character '%c' (0x%x) at index %lld", c, c,
                 (long long)utf8_count(fmt_start, p - 1 - fmt_start));
        return -1;
    }
    if (!arg && !(arg = pct_next_arg(vm, st))) return -1;
    switch (sp.type) {
    case 's':
    case 'r':
    case 'a':
        return pct_text(vm, buf, &sp, arg);
    case 'c':
        return pct_char(vm, buf, &sp, arg);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
        return pct_float(vm, buf, &sp, arg);
    default:
        return pct_int(vm, buf, &sp, arg);
    }
}

/* fmt % args. */
static sp_value_t str_percent_format(sp_vm_t *vm, sp_value_t fmt, sp_value_t args) {
    pct_state_t st = {.argv = &args, .argc = 1, .next = 0, .mapping = SP_NULL};
    if (sp_is_tuple(args)) {
        st.argv = SP_AS_TUPLE(args)->items;
        st.argc = SP_AS_TUPLE(args)->size;
    } else if (!sp_is_str(args) && sp_typeof(vm, args)->getitem) {
        st.mapping = args;
    }
    sp_str_t *f = SP_AS_STR(fmt);
    const char *p = f->data, *end = f->data + f->size;
    sp_strbuf_t buf;
    strbuf_init(vm, &buf);
    while (p < end) {
        const char *pct = memchr(p, '%', (size_t)(end - p));
        if (!pct) {
            strbuf_append(&buf, p, (size_t)(end - p));
            break;
        }
        strbuf_append(&buf, p, (size_t)(pct - p));
        p = pct + 1;
        if (pct_one(vm, &buf, &p, f->data, end, &st) < 0) return SP_NULL;
    }
    if (st.next < st.argc && !st.mapping)
        return sp_raise(vm, SP_EXC_TypeError, "not all arguments converted during string formatting");
    return strbuf_finish(&buf);
}

/* ---- str.format ------------------------------------------------------------------------- */

/* The arguments of one str.format call and its automatic numbering state. */
typedef struct fmt_state {
    const sp_value_t *pos; /* positional arguments */
    int npos;
    const sp_value_t *kw; /* keyword values */
    sp_value_t kwnames;   /* tuple of str or SP_NULL */
    int auto_index;       /* next automatic field number; -1 once manual numbering is used */
    bool manual;
    sp_value_t mapping;   /* format_map's mapping (names looked up with []), or SP_NULL */
} fmt_state_t;

static sp_value_t fmt_render(sp_vm_t *vm, fmt_state_t *st, const char *p, const char *end, int depth);

/* Parses a decimal field index; -1 when text is not all digits. */
static int64_t fmt_parse_index(const char *p, const char *end) {
    if (p == end) return -1;
    int64_t n = 0;
    for (; p < end; p++) {
        if (*p < '0' || *p > '9' || n > INT32_MAX) return -1;
        n = n * 10 + (*p - '0');
    }
    return n;
}

/* The first object a field name names: an automatic or explicit index, or a keyword. */
static sp_value_t fmt_first_object(sp_vm_t *vm, fmt_state_t *st, const char *p, const char *end) {
    int64_t index;
    if (p == end) {
        if (st->manual)
            return sp_raise(vm, SP_EXC_ValueError,
                            "cannot switch from manual field specification to automatic field numbering");
        index = st->auto_index++;
    } else if ((index = fmt_parse_index(p, end)) >= 0) {
        if (st->auto_index > 0)
            return sp_raise(vm, SP_EXC_ValueError,
                            "cannot switch from automatic field numbering to manual field specification");
        st->manual = true;
    } else if (st->mapping) {
        sp_value_t key = sp_str_new(vm, p, (size_t)(end - p));
        return key ? sp_getitem(vm, st->mapping, key) : SP_NULL;
    } else {
        int64_t nkw = st->kwnames ? SP_AS_TUPLE(st->kwnames)->size : 0;
        for (int64_t i = 0; i < nkw; i++) {
            sp_str_t *name = SP_AS_STR(SP_AS_TUPLE(st->kwnames)->items[i]);
            if (name->size == end - p && memcmp(name->data, p, (size_t)(end - p)) == 0) return st->kw[i];
        }
        sp_value_t key = sp_str_new(vm, p, (size_t)(end - p));
        return key ? sp_raise_value(vm, SP_EXC_KeyError, key) : SP_NULL;
    }
    if (index >= st->npos)
        return sp_raise(vm, SP_EXC_IndexError,
                        "Replacement index %lld out of range for positional args tuple", (long long)index);
    return st->pos[index];
}

/* Resolves a whole field name: first object, then .attr and [key] parts. */
static sp_value_t fmt_resolve(sp_vm_t *vm, fmt_state_t *st, const char *p, const char *end) {
    const char *q = p;
    while (q < end && *q != '.' && *q != '[') q++;
    sp_value_t obj = fmt_first_object(vm, st, p, q);
    while (obj && q < end) {
        if (*q == '.') {
            const char *name = ++q;
            while (q < end && *q != '.' && *q != '[') q++;
            if (q == name) return sp_raise(vm, SP_EXC_ValueError, "Empty attribute in format string");
            sp_value_t attr = sp_str_intern(vm, name, (size_t)(q - name));
            obj = attr ? sp_getattr(vm, obj, attr) : SP_NULL;
        } else {
            const char *key = ++q;
            while (q < end && *q != ']') q++;
            if (q >= end) return sp_raise(vm, SP_EXC_ValueError, "Missing ']' in format string");
            if (q == key) return sp_raise(vm, SP_EXC_ValueError, "Empty attribute in format string");
            int64_t index = fmt_parse_index(key, q);
            sp_value_t k = index >= 0 ? sp_smallint(index) : sp_str_new(vm, key, (size_t)(q - key));
            obj = k ? sp_getitem(vm, obj, k) : SP_NULL;
            q++;
            if (q < end && *q != '.' && *q != '[')
                return sp_raise(vm, SP_EXC_ValueError,
                                "Only '.' or '[' may follow ']' in format field specifier");
        }
    }
    return obj;
}

/* Formats value with a non-empty spec via the builtin format(), when the builtins provide it. */
static sp_value_t str_apply_spec(sp_vm_t *vm, sp_value_t str, sp_value_t spec);

static sp_value_t fmt_apply_spec(sp_vm_t *vm, sp_value_t value, sp_value_t spec) {
    if (sp_is_str(value)) return str_apply_spec(vm, value, spec);
    sp_value_t format = vm->builtins ? sp_dict_get_cstr(vm, vm->builtins, "format") : SP_NULL;
    if (!format) return sp_raise(vm, SP_EXC_ValueError, "format specs are not supported yet");
    return sp_call2(vm, format, value, spec);
}

/* ascii(value) through the builtin, as the !a conversion. */
static sp_value_t str_ascii_of(sp_vm_t *vm, sp_value_t value) {
    sp_value_t ascii = vm->builtins ? sp_dict_get_cstr(vm, vm->builtins, "ascii") : SP_NULL;
    return ascii ? sp_call(vm, ascii, &value, 1, SP_NULL) : sp_repr(vm, value);
}

/* Formats one replacement field (the text between its braces). */
static sp_value_t fmt_field(sp_vm_t *vm, fmt_state_t *st, const char *p, const char *end, int depth) {
    const char *q = p;
    int brackets = 0;
    while (q < end && (brackets || (*q != '!' && *q != ':'))) {
        if (*q == '[')
            brackets = 1;
        else if (*q == ']')
            brackets = 0;
        q++;
    }
    sp_value_t value = fmt_resolve(vm, st, p, q);
    if (!value) return SP_NULL;
    char conv = 0;
    if (q < end && *q == '!') {
        if (q + 1 >= end)
            return sp_raise(vm, SP_EXC_ValueError, "end of string while looking for conversion specifier");
        conv = q[1];
        q += 2;
        if (q < end && *q != ':')
            return sp_raise(vm, SP_EXC_ValueError, "expected ':' after conversion specifier");
    }
    if (conv == 'a')
        value = str_ascii_of(vm, value);
    else if (conv == 'r')
        value = sp_repr(vm, value);
    else if (conv == 's')
        value = sp_str(vm, value);
    else if (conv)
        return sp_raise(vm, SP_EXC_ValueError, "Unknown conversion specifier %c", conv);
    if (!value) return SP_NULL;
    if (q < end && *q == ':' && q + 1 < end) {
        if (depth >= 2) return sp_raise(vm, SP_EXC_ValueError, "Max string recursion exceeded");
        sp_value_t spec = fmt_render(vm, st, q + 1, end, depth + 1);
        if (!spec) return SP_NULL;
        if (SP_AS_STR(spec)->size) return fmt_apply_spec(vm, value, spec);
    }
    if (slots_is_heap_instance(value)) return slots_format(vm, value, SP_NULL); /* a class's __format__ */
    return sp_is_str(value) ? value : sp_str(vm, value);
}

/* Renders a format string (or a nested spec) with the call's arguments. */
static sp_value_t fmt_render(sp_vm_t *vm, fmt_state_t *st, const char *p, const char *end, int depth) {
    sp_strbuf_t buf;
    strbuf_init(vm, &buf);
    while (p < end) {
        const char *q = p;
        while (q < end && *q != '{' && *q != '}') q++;
        strbuf_append(&buf, p, (size_t)(q - p));
        if (q >= end) break;
        if (*q == '}') {
            if (q + 1 < end && q[1] == '}') {
                strbuf_append(&buf, "}", 1);
                p = q + 2;
                continue;
            }
            return sp_raise(vm, SP_EXC_ValueError, "Single '}' encountered in format string");
        }
        if (q + 1 < end && q[1] == '{') {
            strbuf_append(&buf, "{", 1);
            p = q + 2;
            continue;
        }
        if (q + 1 >= end) return sp_raise(vm, SP_EXC_ValueError, "Single '{' encountered in format string");
        const char *field = q + 1, *r = field;
        int nest = 1;
        bool in_brackets = false;
        for (; r < end; r++) {
            if (*r == '[')
                in_brackets = true;
            else if (*r == ']')
                in_brackets = false;
            else if (!in_brackets && *r == '{')
                nest++;
            else if (!in_brackets && *r == '}' && --nest == 0)
                break;
        }
        if (r >= end) return sp_raise(vm, SP_EXC_ValueError, "expected '}' before end of string");
        sp_value_t piece = fmt_field(vm, st, field, r, depth);
        if (!piece) return SP_NULL;
        strbuf_append_str(&buf, piece);
        p = r + 1;
    }
    return strbuf_finish(&buf);
}

static sp_value_t str_m_format(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    fmt_state_t st = {.pos = args + 1, .npos = nargs - 1, .kw = args + nargs, .kwnames = kwnames};
    sp_str_t *s = STR_SELF(args);
    return fmt_render(vm, &st, s->data, s->data + s->size, 0);
}

/* str.format_map(mapping): names are looked up with mapping[name] (so __missing__ works). */
static sp_value_t str_m_format_map(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "str.format_map", nargs - 1, kwnames, 1, 1) < 0) return SP_NULL;
    fmt_state_t st = {.pos = args + 1, .npos = 0, .mapping = args[1]};
    sp_str_t *s = STR_SELF(args);
    return fmt_render(vm, &st, s->data, s->data + s->size, 0);
}

/* A parsed format-spec mini-language: [[fill]align][sign][z][#][0][width][grouping][.precision][type]. */
typedef struct str_spec {
    uint32_t fill;
    char align, sign, grouping, type;
    bool alt, zero;
    int64_t width, precision; /* -1: absent */
} str_spec_t;

/* Reads decimal digits into *out (left unchanged when there are none). */
static bool spec_digits(const char **p, const char *end, int64_t *out) {
    if (*p >= end || **p < '0' || **p > '9') return false;
    int64_t n = 0;
    while (*p < end && **p >= '0' && **p <= '9') {
        if (n < INT32_MAX) n = n * 10 + (**p - '0');
        (*p)++;
    }
    *out = n;
    return true;
}

static int str_parse_spec(sp_vm_t *vm, sp_value_t spec, str_spec_t *out) {
    sp_str_t *s = SP_AS_STR(spec);
    const char *p = s->data, *end = s->data + s->size;
    *out = (str_spec_t){.fill = ' ', .width = -1, .precision = -1};
    const char *second = p;
    if (p < end) str_decode_char(&second);
    if (second < end && strchr("<>=^", *second)) {
        out->fill = str_decode_char(&p);
        out->align = *p++;
    } else if (p < end && strchr("<>=^", *p)) {
        out->align = *p++;
    }
    if (p < end && strchr("+- ", *p)) out->sign = *p++;
    if (p < end && *p == 'z') p++;
    if (p < end && *p == '#') out->alt = (p++, true);
    if (p < end && *p == '0') out->zero = (p++, true);
    spec_digits(&p, end, &out->width);
    if (p < end && (*p == ',' || *p == '_')) out->grouping = *p++;
    if (p < end && *p == '.') {
        p++;
        if (!spec_digits(&p, end, &out->precision)) {
            sp_raise(vm, SP_EXC_ValueError, "Format specifier missing precision");
            return -1;
        }
    }
    if (end - p > 1) {
        sp_raise(vm, SP_EXC_ValueError, "Invalid format specifier '%s' for object of type 'str'", s->data);
        return -1;
    }
    if (p < end) out->type = *p;
    return 0;
}

/* format(str, spec): alignment, fill, width and precision (truncation). */
static sp_value_t str_apply_spec(sp_vm_t *vm, sp_value_t str, sp_value_t spec) {
    str_spec_t sp;
    if (str_parse_spec(vm, spec, &sp) < 0) return SP_NULL;
    if (sp.type && sp.type != 's')
        return sp_raise(vm, SP_EXC_ValueError, "Unknown format code '%c' for object of type 'str'", sp.type);
    if (sp.grouping) return sp_raise(vm, SP_EXC_ValueError, "Cannot specify '%c' with 's'.", sp.grouping);
    if (sp.sign) return sp_raise(vm, SP_EXC_ValueError, "Sign not allowed in string format specifier");
    if (sp.alt)
        return sp_raise(vm, SP_EXC_ValueError, "Alternate form (#) not allowed in string format specifier");
    if (sp.align == '=')
        return sp_raise(vm, SP_EXC_ValueError, "'=' alignment not allowed in string format specifier");
    if (sp.zero && !sp.align) sp.fill = '0';
    sp_str_t *s = SP_AS_STR(str);
    if (sp.precision >= 0 && sp.precision < s->length) {
        str = str_substr(vm, str, 0, sp.precision);
        if (!str) return SP_NULL;
        s = SP_AS_STR(str);
    }
    int64_t pad = sp.width > s->length ? sp.width - s->length : 0;
    int64_t left = sp.align == '>' ? pad : sp.align == '^' ? pad / 2 : 0;
    return str_pad(vm, str, left, pad - left, sp.fill);
}

static sp_value_t str_m___format__(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (str_nargs(vm, "__format__", nargs, kwnames, 1, 1) < 0) return SP_NULL;
    if (!sp_is_str(args[1]))
        return sp_raise(vm, SP_EXC_TypeError, "__format__() argument must be str, not %s",
                        sp_type_name(vm, args[1]));
    if (SP_AS_STR(args[1])->size == 0) return sp_str(vm, args[0]); /* a subclass's __str__ counts */
    return str_apply_spec(vm, args[0], args[1]);
}

static sp_value_t str_m___getnewargs__(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (str_nargs(vm, "__getnewargs__", nargs, kwnames, 0, 0) < 0) return SP_NULL;
    sp_value_t copy = sp_str_new(vm, STR_SELF(args)->data, (size_t)STR_SELF(args)->size);
    return copy ? sp_tuple_from_array(vm, &copy, 1) : SP_NULL;
}

/* ---- Type set-up ------------------------------------------------------------------------ */

static const sp_method_def_t str_methods[] = {
    {"join", str_m_join},
    {"split", str_m_split},
    {"rsplit", str_m_rsplit},
    {"splitlines", str_m_splitlines},
    {"strip", str_m_strip},
    {"lstrip", str_m_lstrip},
    {"rstrip", str_m_rstrip},
    {"upper", str_m_upper},
    {"lower", str_m_lower},
    {"capitalize", str_m_capitalize},
    {"title", str_m_title},
    {"swapcase", str_m_swapcase},
    {"casefold", str_m_casefold},
    {"replace", str_m_replace},
    {"startswith", str_m_startswith},
    {"endswith", str_m_endswith},
    {"find", str_m_find},
    {"rfind", str_m_rfind},
    {"index", str_m_index},
    {"rindex", str_m_rindex},
    {"count", str_m_count},
    {"isdigit", str_m_isdigit},
    {"isalpha", str_m_isalpha},
    {"isalnum", str_m_isalnum},
    {"isspace", str_m_isspace},
    {"isupper", str_m_isupper},
    {"islower", str_m_islower},
    {"istitle", str_m_istitle},
    {"isidentifier", str_m_isidentifier},
    {"isdecimal", str_m_isdecimal},
    {"isnumeric", str_m_isnumeric},
    {"isascii", str_m_isascii},
    {"isprintable", str_m_isprintable},
    {"center", str_m_center},
    {"ljust", str_m_ljust},
    {"rjust", str_m_rjust},
    {"zfill", str_m_zfill},
    {"partition", str_m_partition},
    {"rpartition", str_m_rpartition},
    {"expandtabs", str_m_expandtabs},
    {"encode", str_m_encode},
    {"format", str_m_format},
    {"translate", str_m_translate},
    {"removeprefix", str_m_removeprefix},
    {"removesuffix", str_m_removesuffix},
    {"__format__", str_m___format__},
    {"format_map", str_m_format_map},
    {"__getnewargs__", str_m___getnewargs__},
    {NULL, NULL},
};

void str_init(sp_vm_t *vm) {
    sp_type_t *t = vm->types[SP_K_STR];
    t->flags |= SP_TYPE_BASETYPE;
    t->repr = sp_str_repr;
    t->str = str_str_slot;
    t->hash = str_hash_slot;
    t->richcompare = str_richcompare;
    t->binop = str_binop;
    t->len = str_len_slot;
    t->truth = str_truth_slot;
    t->getitem = str_getitem;
    t->contains = str_contains;
    t->iter = str_iter;
    t->construct = str_construct;

    /* The shared small strs first, so every later "" or one-char ASCII str reuses them. */
    sp_str_t *empty = str_alloc(vm, 0);
    if (!empty) return;
    vm->empty_str = str_intern_value(vm, SP_OBJ(empty));
    for (int c = 0; c < 128; c++) {
        sp_str_t *s = str_alloc(vm, 1);
        if (!s) return;
        s->data[0] = (char)c;
        vm->small_strs[c] = str_intern_value(vm, SP_OBJ(s));
    }
    vm->s___name__ = sp_str_intern_cstr(vm, "__name__");
    vm->s___main__ = sp_str_intern_cstr(vm, "__main__");
    vm->s___builtins__ = sp_str_intern_cstr(vm, "__builtins__");
    vm->s___file__ = sp_str_intern_cstr(vm, "__file__");
    vm->s___doc__ = sp_str_intern_cstr(vm, "__doc__");
    vm->s___module__ = sp_str_intern_cstr(vm, "__module__");
    type_add_methods(vm, t, str_methods);
    /* maketrans is a static method: a plain builtin in the dict is never bound to self. */
    sp_value_t maketrans = sp_native_new(vm, "maketrans", str_m_maketrans, SP_NULL);
    if (maketrans) sp_dict_set_cstr(vm, t->dict, "maketrans", maketrans);
}
