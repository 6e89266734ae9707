/* bytesmeth.c: the bytes methods that are str methods in ASCII clothing (center, partition, title,
 * zfill, ...), run by str's code on a reversible byte -> code point mapping, plus translate/maketrans
 * and splitlines, whose byte rules differ from str's. Adds to the bytes type only. */
#include <stdio.h>
#include <string.h>

#include "runtime/runtime.h"
#include "vm/vm.h"

/* Bytes >= 0x80 map to private-use code points: uncased, not alphanumeric, not space, so str's
 * case and class rules then match bytes' ASCII-only rules exactly. */
#define BM_HIGH_BASE 0xE000u

static sp_value_t bm_to_str(sp_vm_t *vm, const uint8_t *data, int64_t n) {
    sp_strbuf_t buf;
    strbuf_init(vm, &buf);
    for (int64_t i = 0; i < n; i++) {
        char enc[4];
        int len = str_encode_char(data[i] < 0x80 ? data[i] : BM_HIGH_BASE + data[i], enc);
        strbuf_append(&buf, enc, (size_t)len);
    }
    return strbuf_finish(&buf);
}

/* The inverse of bm_to_str (every code point came from it). */
static sp_value_t bm_from_str(sp_vm_t *vm, sp_value_t s) {
    sp_str_t *st = SP_AS_STR(s);
    uint8_t *out = sp_alloc_atomic(vm, (size_t)st->length + 1);
    if (!out) return SP_NULL;
    const char *p = st->data, *end = st->data + st->size;
    int64_t n = 0;
    while (p < end) {
        uint32_t c = str_decode_char(&p);
        out[n++] = (uint8_t)(c < 0x80 ? c : c - BM_HIGH_BASE);
    }
    return sp_bytes_new(vm, out, (size_t)n);
}

/* bytes/bytearray argument -> mapped str; anything else unchanged. */
static sp_value_t bm_arg(sp_vm_t *vm, sp_value_t v) {
    if (sp_is_kind(v, SP_K_BYTES)) return bm_to_str(vm, SP_AS_BYTES(v)->data, SP_AS_BYTES(v)->size);
    if (sp_has_buffer(vm, v)) { /* bytearray, memoryview, array: their bytes */
        sp_value_t b = sp_bytes_from_buffer(vm, v);
        return b ? bm_arg(vm, b) : SP_NULL;
    }
    return v;
}

/* Maps a str method's result back: str -> bytes, lists/tuples item by item. */
static sp_value_t bm_result(sp_vm_t *vm, sp_value_t r) {
    if (!r) return SP_NULL;
    if (sp_is_str(r)) return bm_from_str(vm, r);
    if (sp_is_list(r) || sp_is_tuple(r)) {
        int64_t n = sp_is_list(r) ? SP_AS_LIST(r)->size : SP_AS_TUPLE(r)->size;
        sp_value_t *items = sp_is_list(r) ? SP_AS_LIST(r)->items : SP_AS_TUPLE(r)->items;
        for (int64_t i = 0; i < n; i++)
            if (sp_is_str(items[i]) && !(items[i] = bm_from_str(vm, items[i]))) return SP_NULL;
    }
    return r;
}

/* A str argument where bytes are expected gets bytes' own TypeError, not str's success. */
static sp_value_t bm_check_args(sp_vm_t *vm, const char *name, const sp_value_t *args, int total) {
    bool padding = !strcmp(name, "center") || !strcmp(name, "ljust") || !strcmp(name, "rjust");
    for (int i = 1; i < total; i++) {
        if (!sp_is_str(args[i])) continue;
        if (padding)
            return sp_raise(vm, SP_EXC_TypeError, "%s() argument 2 must be a byte string of length 1, not str", name);
        return sp_raise(vm, SP_EXC_TypeError, "a bytes-like object is required, not 'str'");
    }
    return SP_NONE;
}

/* Rewords an argument error raised by str's code as bytes' (or bytearray's) own. */
static sp_value_t bm_fix_error(sp_vm_t *vm, const char *name, const sp_value_t *args, int nargs) {
    char from[96], to[112];
    const char *owner = sp_type_name(vm, args[0]);
    if (nargs > 2 && sp_exc_matches(vm, SP_EXC_TypeError)) {
        /* A fill of the wrong length: bytes name the argument's type instead. */
        sp_value_t exc = vm->exc, eargs = SP_AS_EXC(exc)->args;
        static const char wrong_length[] = "The fill character must be exactly one character long";
        if (sp_is_tuple(eargs) && SP_AS_TUPLE(eargs)->size == 1 && sp_is_str(SP_AS_TUPLE(eargs)->items[0]) &&
            !strcmp(sp_str_cstr(SP_AS_TUPLE(eargs)->items[0]), wrong_length))
            return sp_raise(vm, SP_EXC_TypeError, "%s() argument 2 must be a byte string of length 1, not %s",
                            name, sp_type_name(vm, args[2]));
    }
    snprintf(to, sizeof to, "%s.", owner);
    sp_exc_rename_method(vm, "str.", to, false);
    snprintf(from, sizeof from, "%s() takes no keyword arguments", name);
    snprintf(to, sizeof to, "%s.%s() takes no keyword arguments", owner, name);
    sp_exc_rename_method(vm, from, to, false);
    snprintf(from, sizeof from, "The fill character must be a unicode character, not ");
    snprintf(to, sizeof to, "%s() argument 2 must be a byte string of length 1, not ", name);
    sp_exc_rename_method(vm, from, to, false);
    /* str's "must be str, not int" for a separator or affix is bytes' "a bytes-like object ...". */
    static const char *const str_wants[] = {"must be str, not ", "must be str or None, not "};
    sp_value_t exc = vm->exc;
    if (!exc || !sp_is_exception(exc) || !sp_exc_matches(vm, SP_EXC_TypeError)) return SP_NULL;
    sp_value_t eargs = SP_AS_EXC(exc)->args;
    if (!sp_is_tuple(eargs) || SP_AS_TUPLE(eargs)->size != 1 || !sp_is_str(SP_AS_TUPLE(eargs)->items[0]))
        return SP_NULL;
    const char *msg = sp_str_cstr(SP_AS_TUPLE(eargs)->items[0]);
    for (size_t i = 0; i < sizeof str_wants / sizeof *str_wants; i++) {
        const char *at = strstr(msg, str_wants[i]);
        if (!at) continue;
        const char *given = at + strlen(str_wants[i]);
        return sp_raise(vm, SP_EXC_TypeError, "a bytes-like object is required, not '%s'",
                        strcmp(given, "None") ? given : "NoneType");
    }
    return SP_NULL;
}

static sp_value_t bm_delegate(sp_vm_t *vm, const char *name, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    int total = nargs + (kwnames ? (int)SP_AS_TUPLE(kwnames)->size : 0);
    sp_value_t *copy = sp_alloc(vm, (size_t)(total > 0 ? total : 1) * sizeof *copy);
    if (!copy) return SP_NULL;
    for (int i = 0; i < total; i++)
        if (!(copy[i] = bm_arg(vm, args[i]))) return SP_NULL;
    sp_value_t method = type_lookup(vm, vm->types[SP_K_STR], sp_str_intern_cstr(vm, name));
    if (!method || !sp_is_kind(method, SP_K_METHOD_DESC))
        return sp_raise(vm, SP_EXC_AttributeError, "'bytes' object has no attribute '%s'", name);
    /* str's code runs first, so its count and index errors win over the str-argument check, as
     * CPython's order of checks has it; str methods have no side effects to undo. */
    sp_value_t r = SP_PTR(sp_method_desc_t, method)->fn(vm, copy, nargs, kwnames);
    if (!r) return bm_fix_error(vm, name, args, nargs);
    if (!bm_check_args(vm, name, args, total)) return SP_NULL;
    return bm_result(vm, r);
}

#define BM_VIA_STR(name)                                                                               \
    static sp_value_t bm_m_##name(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) { \
        return bm_delegate(vm, #name, args, nargs, kwnames);                                           \
    }
BM_VIA_STR(capitalize)
BM_VIA_STR(center)
BM_VIA_STR(expandtabs)
BM_VIA_STR(isascii)
BM_VIA_STR(islower)
BM_VIA_STR(istitle)
BM_VIA_STR(isupper)
BM_VIA_STR(ljust)
BM_VIA_STR(partition)
BM_VIA_STR(removeprefix)
BM_VIA_STR(removesuffix)
BM_VIA_STR(rjust)
BM_VIA_STR(rpartition)
BM_VIA_STR(rsplit)
BM_VIA_STR(swapcase)
BM_VIA_STR(title)
BM_VIA_STR(zfill)

/* isascii is about the bytes themselves: every byte < 0x80. */
static sp_value_t bm_m_isascii_bytes(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "bytes.isascii", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    sp_bytes_t *b = SP_AS_BYTES(args[0]);
    for (int64_t i = 0; i < b->size; i++)
        if (b->data[i] >= 0x80) return SP_FALSE;
    return SP_TRUE;
}

/* splitlines([keepends]): only \n, \r and \r\n end lines in bytes. */
static sp_value_t bm_m_splitlines(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[1];
    if (sp_parse_args(vm, "splitlines", "keepends=", args + 1, nargs - 1, kwnames, p) < 0) return SP_NULL;
    int64_t keep = 0; /* an int, as Argument Clinic's bool(accept={int}) wants */
    if (p[0] && sp_index(vm, p[0], &keep) < 0) return SP_NULL;
    sp_bytes_t *b = SP_AS_BYTES(args[0]);
    sp_value_t list = sp_list_new(vm, 0);
    if (!list) return SP_NULL;
    int64_t i = 0;
    while (i < b->size) {
        int64_t start = i;
        while (i < b->size && b->data[i] != '\n' && b->data[i] != '\r') i++;
        int64_t eol = i;
        if (i < b->size) i += b->data[i] == '\r' && i + 1 < b->size && b->data[i + 1] == '\n' ? 2 : 1;
        sp_value_t line = sp_bytes_new(vm, b->data + start, (size_t)((keep ? i : eol) - start));
        if (!line || sp_list_append(vm, list, line) < 0) return SP_NULL;
    }
    return list;
}

/* The data of a bytes-like argument as bytes. */
static sp_value_t bm_bytes_like(sp_vm_t *vm, sp_value_t v) {
    if (sp_is_kind(v, SP_K_BYTES)) return v;
    return sp_bytes_from_buffer(vm, v);
}

/* translate(table, /, delete=b''): table is None or 256 bytes. */
static sp_value_t bm_m_translate(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[2];
    if (sp_parse_args(vm, "translate", "table, /, delete=", args + 1, nargs - 1, kwnames, p) < 0) return SP_NULL;
    const uint8_t *table = NULL;
    if (p[0] != SP_NONE) {
        sp_value_t t = bm_bytes_like(vm, p[0]);
        if (!t) return SP_NULL;
        if (SP_AS_BYTES(t)->size != 256)
            return sp_raise(vm, SP_EXC_ValueError, "translation table must be 256 characters long");
        table = SP_AS_BYTES(t)->data;
    }
    bool drop[256] = {false};
    if (p[1]) {
        sp_value_t d = bm_bytes_like(vm, p[1]);
        if (!d) return SP_NULL;
        for (int64_t i = 0; i < SP_AS_BYTES(d)->size; i++) drop[SP_AS_BYTES(d)->data[i]] = true;
    }
    sp_bytes_t *b = SP_AS_BYTES(args[0]);
    uint8_t *out = sp_alloc_atomic(vm, (size_t)b->size + 1);
    if (!out) return SP_NULL;
    int64_t n = 0;
    for (int64_t i = 0; i < b->size; i++)
        if (!drop[b->data[i]]) out[n++] = table ? table[b->data[i]] : b->data[i];
    return sp_bytes_new(vm, out, (size_t)n);
}

/* bytes.maketrans(frm, to): the 256-byte table mapping each byte of frm to the one in to. */
static sp_value_t bm_maketrans_common(sp_vm_t *vm, const char *owner, const sp_value_t *args, int nargs,
                                      sp_value_t kwnames) {
    if (kwnames && SP_AS_TUPLE(kwnames)->size > 0)
        return sp_raise(vm, SP_EXC_TypeError, "%s.maketrans() takes no keyword arguments", owner);
    if (sp_check_nargs(vm, "maketrans", nargs, kwnames, 2, 2) < 0) return SP_NULL;
    sp_value_t from = bm_bytes_like(vm, args[0]), to = from ? bm_bytes_like(vm, args[1]) : SP_NULL;
    if (!to) return SP_NULL;
    if (SP_AS_BYTES(from)->size != SP_AS_BYTES(to)->size)
        return sp_raise(vm, SP_EXC_ValueError, "maketrans arguments must have same length");
    uint8_t table[256];
    for (int i = 0; i < 256; i++) table[i] = (uint8_t)i;
    for (int64_t i = 0; i < SP_AS_BYTES(from)->size; i++) table[SP_AS_BYTES(from)->data[i]] = SP_AS_BYTES(to)->data[i];
    return sp_bytes_new(vm, table, 256);
}
static sp_value_t bm_maketrans(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return bm_maketrans_common(vm, "bytes", args, nargs, kwnames);
}
static sp_value_t bm_maketrans_ba(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return bm_maketrans_common(vm, "bytearray", args, nargs, kwnames);
}

/* hex([sep[, bytes_per_sep]]): separators counted from the right (from the left when negative). */
static sp_value_t bm_m_hex(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[2];
    if (sp_parse_args(vm, "hex", "sep=, bytes_per_sep=", args + 1, nargs - 1, kwnames, p) < 0) return SP_NULL;
    char sep = 0;
    int64_t per = 1;
    /* CPython's order: bytes_per_sep is converted first, then len(sep), then sep's type. */
    if (p[1] && sp_index(vm, p[1], &per) < 0) return SP_NULL;
    if (p[0]) {
        sp_value_t s = p[0];
        if (sp_is_bytearray(s) && !(s = sp_bytes_from_bytearray(vm, s))) return SP_NULL;
        int64_t len = sp_len(vm, s);
        if (len < 0) return SP_NULL;
        if (len != 1) return sp_raise(vm, SP_EXC_ValueError, "sep must be length 1.");
        if (!sp_is_str(s) && !sp_is_kind(s, SP_K_BYTES))
            return sp_raise(vm, SP_EXC_TypeError, "sep must be str or bytes.");
        unsigned char c = sp_is_str(s) ? (unsigned char)SP_AS_STR(s)->data[0] : SP_AS_BYTES(s)->data[0];
        if (c >= 0x80) return sp_raise(vm, SP_EXC_ValueError, "sep must be ASCII.");
        sep = (char)c;
    }
    sp_bytes_t *b = SP_AS_BYTES(args[0]);
    int64_t group = per < 0 ? -per : per;
    sp_strbuf_t buf;
    strbuf_init(vm, &buf);
    static const char digits[] = "0123456789abcdef";
    for (int64_t i = 0; i < b->size; i++) {
        if (sep && group && i > 0) {
            int64_t from_edge = per > 0 ? b->size - i : i;
            if (from_edge % group == 0) strbuf_append(&buf, &sep, 1);
        }
        char two[2] = {digits[b->data[i] >> 4], digits[b->data[i] & 15]};
        strbuf_append(&buf, two, 2);
    }
    return strbuf_finish(&buf);
}

/* One positional argument of bytes % args, prepared for str's % engine: bytes-likes mapped,
 * %r/%a turned into their ascii() text, %s/%b given anything else refused as CPython does. */
static sp_value_t bm_percent_arg(sp_vm_t *vm, sp_value_t v, char conv) {
    if (conv == 'r' || conv == 'a') {
        sp_value_t ascii = sp_dict_get_cstr(vm, vm->builtins, "ascii");
        return ascii ? sp_call(vm, ascii, &v, 1, SP_NULL) : sp_repr(vm, v);
    }
    if (conv == 's' || conv == 'b') {
        if (!sp_is_kind(v, SP_K_BYTES) && !sp_is_bytearray(v))
            return sp_raise(vm, SP_EXC_TypeError,
                            "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                            sp_type_name(vm, v));
        return bm_arg(vm, v);
    }
    if (conv == 'c' && (sp_is_kind(v, SP_K_BYTES) || sp_is_bytearray(v))) return bm_arg(vm, v);
    if (conv == 'c' && sp_is_str(v))
        return sp_raise(vm, SP_EXC_TypeError, "%%c requires an integer in range(256) or a single byte");
    return v;
}

/* bytes % args: the format is scanned for its conversions (so %b/%r/%a can be rewritten to %s
 * and the arguments checked), then str's % engine does the formatting on the mapped text. */
sp_value_t sp_bytes_percent(sp_vm_t *vm, sp_value_t fmt, sp_value_t args) {
    sp_bytes_t *f = SP_AS_BYTES(fmt);
    uint8_t *rewritten = sp_alloc_atomic(vm, (size_t)f->size + 1);
    if (!rewritten) return SP_NULL;
    memcpy(rewritten, f->data, (size_t)f->size);
    bool is_tuple = sp_is_tuple(args);
    int64_t nargs = is_tuple ? SP_AS_TUPLE(args)->size : 1, used = 0;
    sp_value_t out_args = is_tuple ? sp_tuple_new(vm, nargs) : args;
    if (!out_args) return SP_NULL;
    if (is_tuple)
        for (int64_t i = 0; i < nargs; i++) SP_AS_TUPLE(out_args)->items[i] = SP_AS_TUPLE(args)->items[i];
    bool mapping = false;
    for (int64_t i = 0; i < f->size; i++) {
        if (rewritten[i] != '%') continue;
        i++;
        if (i < f->size && rewritten[i] == '(') {
            mapping = true;
            while (i < f->size && rewritten[i] != ')') i++;
            i++;
        }
        while (i < f->size && strchr("-+ #0123456789.*hlL", rewritten[i])) {
            if (rewritten[i] == '*') used++;
            i++;
        }
        if (i >= f->size) break;
        char conv = (char)rewritten[i];
        if (conv == '%') continue;
        if (conv == 'b' || conv == 'r' || conv == 'a') rewritten[i] = 's';
        if (!mapping && used < nargs) {
            sp_value_t *slot = is_tuple ? &SP_AS_TUPLE(out_args)->items[used] : &out_args;
            if (!(*slot = bm_percent_arg(vm, *slot, conv))) return SP_NULL;
        }
        used++;
    }
    sp_value_t text = bm_to_str(vm, rewritten, f->size);
    if (!text) return SP_NULL;
    sp_value_t r = sp_binary_op(vm, SP_BINOP_MOD, text, out_args);
    return r ? bm_from_str(vm, r) : SP_NULL;
}

static const sp_method_def_t bm_methods[] = {
    {"capitalize", bm_m_capitalize}, {"center", bm_m_center},         {"expandtabs", bm_m_expandtabs},
    {"isascii", bm_m_isascii_bytes}, {"islower", bm_m_islower},       {"istitle", bm_m_istitle},
    {"isupper", bm_m_isupper},       {"ljust", bm_m_ljust},           {"partition", bm_m_partition},
    {"removeprefix", bm_m_removeprefix}, {"removesuffix", bm_m_removesuffix}, {"rjust", bm_m_rjust},
    {"rpartition", bm_m_rpartition}, {"rsplit", bm_m_rsplit},         {"swapcase", bm_m_swapcase},
    {"title", bm_m_title},           {"zfill", bm_m_zfill},           {"splitlines", bm_m_splitlines},
    {"translate", bm_m_translate},   {NULL, NULL},
};

void bytesmeth_init(sp_vm_t *vm) {
    (void)bm_m_isascii;
    sp_type_t *bytes = vm->types[SP_K_BYTES];
    sp_value_t existing;
    for (const sp_method_def_t *m = bm_methods; m->name; m++) {
        existing = type_lookup(vm, bytes, sp_str_intern_cstr(vm, m->name));
        if (existing) continue; /* bytes.c's own version wins */
        sp_method_def_t one[2] = {*m, {NULL, NULL}};
        type_add_methods(vm, bytes, one);
    }
    static const sp_method_def_t hex_def[] = {{"hex", bm_m_hex}, {NULL, NULL}};
    type_add_methods(vm, bytes, hex_def); /* replaces bytes.c's hex(), which takes no separator */
    sp_value_t f = sp_native_new(vm, "maketrans", bm_maketrans, SP_NULL);
    if (f) sp_dict_set_cstr(vm, bytes->dict, "maketrans", f);
    f = sp_native_new(vm, "maketrans", bm_maketrans_ba, SP_NULL);
    if (f) sp_dict_set_cstr(vm, vm->types[SP_K_BYTEARRAY]->dict, "maketrans", f);
}
