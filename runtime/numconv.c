/* numconv.c: the alternate number constructors int.from_bytes and float.fromhex, stored as plain
 * functions in the types' dicts (as dict.fromkeys), so they ignore how they are reached. */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/runtime.h"
#include "vm/vm.h"

/* The bytes of `source` (bytes-like or an iterable of ints 0..255) into *out / *n. */
static int numconv_collect_bytes(sp_vm_t *vm, sp_value_t source, const uint8_t **out, int64_t *n) {
    if (sp_is_kind(source, SP_K_BYTES)) {
        *out = SP_AS_BYTES(source)->data;
        *n = SP_AS_BYTES(source)->size;
        return 0;
    }
    if (sp_has_buffer(vm, source)) {
        sp_value_t b = sp_bytes_from_buffer(vm, source);
        if (!b) return -1;
        *out = SP_AS_BYTES(b)->data;
        *n = SP_AS_BYTES(b)->size;
        return 0;
    }
    if (sp_is_str(source) || sp_is_int(source) || sp_is_bool(source)) {
        /* bytes(n) would make n zero bytes; PyObject_Bytes refuses these outright. */
        sp_raise(vm, SP_EXC_TypeError, "cannot convert '%s' object to bytes", sp_type_name(vm, source));
        return -1;
    }
    sp_value_t bytes_type = SP_OBJ(vm->types[SP_K_BYTES]);
    sp_value_t b = sp_call(vm, bytes_type, &source, 1, SP_NULL);
    if (!b) return -1;
    *out = SP_AS_BYTES(b)->data;
    *n = SP_AS_BYTES(b)->size;
    return 0;
}

/* int.from_bytes(bytes, byteorder='big', *, signed=False) */
static sp_value_t numconv_int_from_bytes(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[3];
    if (sp_parse_args(vm, "from_bytes", "bytes, byteorder=, *, signed=", args, nargs, kwnames, p) < 0)
        return SP_NULL;
    bool little = false;
    if (p[1] != SP_NULL) {
        if (!sp_is_str(p[1]))
            return sp_raise(vm, SP_EXC_TypeError, "from_bytes() argument 'byteorder' must be str, not %s",
                            sp_arg_type_name(vm, p[1]));
        const char *order = sp_str_cstr(p[1]);
        if (!strcmp(order, "little")) little = true;
        else if (strcmp(order, "big"))
            return sp_raise(vm, SP_EXC_ValueError, "byteorder must be either 'little' or 'big'");
    }
    int is_signed = p[2] != SP_NULL ? sp_truthy(vm, p[2]) : 0;
    if (is_signed < 0) return SP_NULL;
    const uint8_t *data;
    int64_t n;
    if (numconv_collect_bytes(vm, p[0], &data, &n) < 0) return SP_NULL;
    if (n == 0) return sp_smallint(0);
    /* Hex text, most significant byte first, parsed by the int parser (GMP underneath). */
    char *hex = sp_alloc_atomic(vm, (size_t)n * 2 + 1);
    if (!hex) return SP_NULL;
    static const char digits[] = "0123456789abcdef";
    for (int64_t i = 0; i < n; i++) {
        uint8_t byte = data[little ? n - 1 - i : i];
        hex[2 * i] = digits[byte >> 4];
        hex[2 * i + 1] = digits[byte & 15];
    }
    hex[2 * n] = 0;
    sp_value_t v = sp_int_from_string(vm, hex, (size_t)n * 2, 16);
    if (!v || !is_signed || (uint8_t)data[little ? n - 1 : 0] < 0x80) return v;
    sp_value_t bits = sp_int_from_i64(vm, 8 * n);
    sp_value_t span = bits ? sp_binary_op(vm, SP_BINOP_LSHIFT, sp_smallint(1), bits) : SP_NULL;
    return span ? sp_binary_op(vm, SP_BINOP_SUB, v, span) : SP_NULL;
}

static sp_value_t numconv_bad_hex(sp_vm_t *vm) {
    return sp_raise(vm, SP_EXC_ValueError, "invalid hexadecimal floating-point string");
}

/* Matches a case-insensitive word at *p and advances past it. */
static bool numconv_word(const char **p, const char *word) {
    size_t n = strlen(word);
    for (size_t i = 0; i < n; i++)
        if (tolower((unsigned char)(*p)[i]) != word[i]) return false;
    *p += n;
    return true;
}

/* float.fromhex(string): [sign] (inf | nan | [0x] hex[.hex] [p[sign]dec]) with surrounding
 * whitespace; normalised to C99 hex-float text for strtod, which rounds correctly. */
static sp_value_t numconv_float_fromhex(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "float.fromhex", nargs, kwnames, 1, 1) < 0) return SP_NULL;
    if (!sp_is_str(args[0]))
        return sp_raise(vm, SP_EXC_TypeError, "bad argument type for built-in operation");
    const char *s = sp_str_cstr(args[0]);
    while (isspace((unsigned char)*s)) s++;
    bool negative = *s == '-';
    if (*s == '-' || *s == '+') s++;
    double value;
    if (numconv_word(&s, "infinity") || numconv_word(&s, "inf")) {
        value = INFINITY;
    } else if (numconv_word(&s, "nan")) {
        value = NAN;
    } else {
        size_t len = strlen(s);
        char *text = sp_alloc_atomic(vm, len + 8);
        if (!text) return SP_NULL;
        size_t n = 0;
        text[n++] = '0';
        text[n++] = 'x';
        if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) s += 2;
        int hexdigits = 0;
        while (isxdigit((unsigned char)*s)) text[n++] = *s++, hexdigits++;
        if (*s == '.') {
            text[n++] = *s++;
            while (isxdigit((unsigned char)*s)) text[n++] = *s++, hexdigits++;
        }
        if (!hexdigits) return numconv_bad_hex(vm);
        if (*s == 'p' || *s == 'P') {
            text[n++] = *s++;
            if (*s == '+' || *s == '-') text[n++] = *s++;
            if (!isdigit((unsigned char)*s)) return numconv_bad_hex(vm);
            while (isdigit((unsigned char)*s)) text[n++] = *s++;
        }
        text[n] = 0;
        value = strtod(text, NULL);
        if (isinf(value))
            return sp_raise(vm, SP_EXC_OverflowError, "hexadecimal value too large to represent as a float");
    }
    while (isspace((unsigned char)*s)) s++;
    if (*s) return numconv_bad_hex(vm);
    return sp_float(negative ? -value : value);
}

void numconv_init(sp_vm_t *vm) {
    sp_value_t from_bytes = sp_native_new(vm, "from_bytes", numconv_int_from_bytes, SP_NULL);
    if (from_bytes) sp_dict_set_cstr(vm, vm->types[SP_K_INT]->dict, "from_bytes", from_bytes);
    sp_value_t fromhex = sp_native_new(vm, "fromhex", numconv_float_fromhex, SP_NULL);
    if (fromhex) sp_dict_set_cstr(vm, vm->types[SP_K_FLOAT]->dict, "fromhex", fromhex);
}

sp_value_t sp_str_to_ascii_number(sp_vm_t *vm, sp_value_t str) {
    sp_str_t *s = SP_AS_STR(str);
    if (s->is_ascii) return str;
    char *out = sp_alloc_atomic(vm, (size_t)s->length + 1);
    if (!out) return SP_NULL;
    const char *p = s->data, *end = s->data + s->size;
    int64_t n = 0;
    while (p < end) {
        uint32_t c = str_decode_char(&p);
        int digit = str_unicode_decimal(c);
        out[n++] = c < 0x80 ? (char)c : digit >= 0 ? (char)('0' + digit) : str_unicode_space(c) ? ' ' : '?';
    }
    return sp_str_new(vm, out, (size_t)n);
}
