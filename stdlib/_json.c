/* _json.c: the json module's accelerator — a whole-document scanner and encoder in C that
 * json/decoder.py and json/encoder.py use when present; output, errors and positions are the
 * pure-Python versions' (CPython 3.11's). It keeps no state: hooks arrive as arguments. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/class.h"
#include "runtime/runtime.h"
#include "stdlib/modules.h"

/* ---- Errors ------------------------------------------------------------------------------------- */

/* Raises json.decoder.JSONDecodeError(msg, doc, pos). */
static sp_value_t js_decode_error(sp_vm_t *vm, const char *msg, sp_value_t doc, int64_t pos) {
    sp_value_t module = sp_dict_get_cstr(vm, vm->modules, "json.decoder");
    sp_value_t cls = module != SP_NULL && sp_is_kind(module, SP_K_MODULE)
                         ? sp_dict_get_cstr(vm, SP_AS_MODULE(module)->dict, "JSONDecodeError")
                         : SP_NULL;
    if (cls == SP_NULL) return sp_raise(vm, SP_EXC_ValueError, "%s (char %lld)", msg, (long long)pos);
    sp_value_t args[3] = {sp_str_from_cstr(vm, msg), doc, sp_int_from_i64(vm, pos)};
    if (args[0] == SP_NULL) return SP_NULL;
    sp_value_t exc = sp_call(vm, cls, args, 3, SP_NULL);
    if (exc == SP_NULL) return SP_NULL;
    return sp_raise_object(vm, exc);
}

/* ---- Scanner ------------------------------------------------------------------------------------ */

/* The parse state: the document's UTF-8 bytes, the byte position and the code-point index of
 * that position (Python indices and error positions are code points), and the hooks (SP_NULL
 * for the defaults). */
typedef struct js_scanner {
    sp_vm_t *vm;
    sp_value_t doc;
    const char *s;
    int64_t size;
    int64_t pos;  /* byte offset */
    int64_t cpos; /* code-point index of pos */
    bool strict;
    sp_value_t object_hook, object_pairs_hook, parse_float, parse_int, parse_constant;
} js_scanner_t;

/* Signals "no value starts here" (StopIteration(cpos) for the caller to turn into an error). */
static sp_value_t js_stop(js_scanner_t *sc, int64_t cpos) {
    return sp_raise_value(sc->vm, SP_EXC_StopIteration, sp_int_from_i64(sc->vm, cpos));
}

static void js_skip_ws(js_scanner_t *sc) {
    while (sc->pos < sc->size) {
        char c = sc->s[sc->pos];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
        sc->pos++;
        sc->cpos++;
    }
}

static int js_hex4(const char *p, const char *end, uint32_t *out) {
    if (end - p < 4) return -1;
    uint32_t v = 0;
    for (int k = 0; k < 4; k++) {
        char c = p[k];
        int d;
        if (c >= '0' && c <= '9') d = c - '0';
        else if (c >= 'a' && c <= 'f') d = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F') d = c - 'A' + 10;
        else return -1;
        v = v * 16 + (uint32_t)d;
    }
    *out = v;
    return 0;
}

/* Scans a string whose opening quote is just before sc->pos. */
static sp_value_t js_scan_string(js_scanner_t *sc) {
    sp_vm_t *vm = sc->vm;
    int64_t begin = sc->cpos - 1;
    const char *s = sc->s, *end = s + sc->size;
    const char *p = s + sc->pos;
    int64_t cpos = sc->cpos;
    /* Fast path: no escapes before the closing quote. */
    const char *q = p;
    int64_t cq = cpos;
    while (q < end) {
        unsigned char c = (unsigned char)*q;
        if (c == '"' || c == '\\') break;
        if (c < 0x20 && sc->strict) {
            sc->cpos = cq;
            return js_decode_error(vm, "Invalid control character at", sc->doc, cq);
        }
        if ((c & 0xC0) != 0x80) cq++;
        q++;
    }
    if (q >= end) return js_decode_error(vm, "Unterminated string starting at", sc->doc, begin);
    if (*q == '"') {
        sp_value_t r = sp_str_new(vm, p, (size_t)(q - p));
        sc->pos = q + 1 - s;
        sc->cpos = cq + 1;
        return r;
    }
    sp_strbuf_t buf;
    strbuf_init(vm, &buf);
    strbuf_append(&buf, p, (size_t)(q - p));
    p = q;
    cpos = cq;
    for (;;) {
        if (p >= end) return js_decode_error(vm, "Unterminated string starting at", sc->doc, begin);
        unsigned char c = (unsigned char)*p;
        if (c == '"') break;
        if (c != '\\') {
            const char *run = p;
            while (p < end) {
                c = (unsigned char)*p;
                if (c == '"' || c == '\\') break;
                if (c < 0x20 && sc->strict) return js_decode_error(vm, "Invalid control character at", sc->doc, cpos);
                if ((c & 0xC0) != 0x80) cpos++;
                p++;
            }
            strbuf_append(&buf, run, (size_t)(p - run));
            continue;
        }
        /* An escape: p at the backslash. */
        int64_t bs_cpos = cpos;
        if (p + 1 >= end) return js_decode_error(vm, "Unterminated string starting at", sc->doc, begin);
        char e = p[1];
        char out;
        switch (e) {
        case '"': out = '"'; break;
        case '\\': out = '\\'; break;
        case '/': out = '/'; break;
        case 'b': out = '\b'; break;
        case 'f': out = '\f'; break;
        case 'n': out = '\n'; break;
        case 'r': out = '\r'; break;
        case 't': out = '\t'; break;
        case 'u': out = 0; break;
        default: return js_decode_error(vm, "Invalid \\escape", sc->doc, bs_cpos);
        }
        if (e != 'u') {
            strbuf_append(&buf, &out, 1);
            p += 2;
            cpos += 2;
            continue;
        }
        uint32_t uni;
        if (js_hex4(p + 2, end, &uni) < 0) return js_decode_error(vm, "Invalid \\uXXXX escape", sc->doc, bs_cpos + 1);
        p += 6;
        cpos += 6;
        if (uni >= 0xd800 && uni <= 0xdbff && end - p >= 2 && p[0] == '\\' && p[1] == 'u') {
            uint32_t uni2;
            if (js_hex4(p + 2, end, &uni2) < 0)
                return js_decode_error(vm, "Invalid \\uXXXX escape", sc->doc, cpos + 1);
            if (uni2 >= 0xdc00 && uni2 <= 0xdfff) {
                uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00));
                p += 6;
                cpos += 6;
            }
        }
        char enc[4];
        int n = str_encode_char(uni, enc);
        strbuf_append(&buf, enc, (size_t)n);
    }
    sc->pos = p + 1 - s;
    sc->cpos = cpos + 1;
    return strbuf_finish(&buf);
}

static sp_value_t js_scan_value(js_scanner_t *sc);

/* Scans a value that must be there (an array item, an object's value): a JSONDecodeError
 * "Expecting value" where none starts. */
static sp_value_t js_expect_value(js_scanner_t *sc) {
    int64_t value_at = sc->cpos;
    sp_value_t value = js_scan_value(sc);
    if (value == SP_NULL && sp_exc_matches(sc->vm, SP_EXC_StopIteration)) {
        sc->vm->exc = SP_NULL;
        return js_decode_error(sc->vm, "Expecting value", sc->doc, value_at);
    }
    return value;
}

/* The value of the constant name (already consumed): parse_constant(name), or value. */
static sp_value_t js_call_constant(js_scanner_t *sc, const char *name, double value) {
    if (sc->parse_constant == SP_NULL) return sp_float(value);
    sp_value_t text = sp_str_from_cstr(sc->vm, name);
    return text ? sp_call1(sc->vm, sc->parse_constant, text) : SP_NULL;
}

static bool js_isdigit(char c) { return c >= '0' && c <= '9'; }

static sp_value_t js_scan_number(js_scanner_t *sc) {
    sp_vm_t *vm = sc->vm;
    const char *s = sc->s;
    int64_t start = sc->pos, i = sc->pos, n = sc->size;
    if (s[i] == '-') {
        i++;
        if (i >= n) return js_stop(sc, sc->cpos);
    }
    if (s[i] >= '1' && s[i] <= '9') {
        i++;
        while (i < n && js_isdigit(s[i])) i++;
    } else if (s[i] == '0') {
        i++;
    } else {
        return js_stop(sc, sc->cpos);
    }
    bool is_float = false;
    if (i < n - 1 && s[i] == '.' && js_isdigit(s[i + 1])) {
        is_float = true;
        i += 2;
        while (i < n && js_isdigit(s[i])) i++;
    }
    if (i < n - 1 && (s[i] == 'e' || s[i] == 'E')) {
        int64_t e = i + 1;
        if (s[e] == '-' || s[e] == '+') e++;
        if (e < n && js_isdigit(s[e])) {
            is_float = true;
            i = e + 1;
            while (i < n && js_isdigit(s[i])) i++;
        }
    }
    int64_t len = i - start;
    sc->pos = i;
    sc->cpos += len;
    if (is_float) {
        if (sc->parse_float != SP_NULL) {
            sp_value_t text = sp_str_new(vm, s + start, (size_t)len);
            return text ? sp_call1(vm, sc->parse_float, text) : SP_NULL;
        }
        char small[64];
        char *copy = len < (int64_t)sizeof small ? small : sp_alloc_atomic(vm, (size_t)len + 1);
        if (copy == NULL) return SP_NULL;
        memcpy(copy, s + start, (size_t)len);
        copy[len] = 0;
        return sp_float(strtod(copy, NULL));
    }
    if (sc->parse_int != SP_NULL) {
        sp_value_t text = sp_str_new(vm, s + start, (size_t)len);
        return text ? sp_call1(vm, sc->parse_int, text) : SP_NULL;
    }
    if (len <= 18) {
        int64_t v = 0;
        int64_t k = start;
        bool neg = s[k] == '-';
        if (neg) k++;
        for (; k < i; k++) v = v * 10 + (s[k] - '0');
        return sp_int_from_i64(vm, neg ? -v : v);
    }
    return sp_int_from_string(vm, s + start, (size_t)len, 10);
}

static sp_value_t js_scan_object(js_scanner_t *sc) {
    sp_vm_t *vm = sc->vm;
    bool pairs_mode = sc->object_pairs_hook != SP_NULL;
    sp_value_t result = pairs_mode ? sp_list_new(vm, 0) : sp_dict_new(vm);
    if (result == SP_NULL) return SP_NULL;
    js_skip_ws(sc);
    if (sc->pos < sc->size && sc->s[sc->pos] == '}') {
        sc->pos++;
        sc->cpos++;
    } else {
        for (;;) {
            if (sc->pos >= sc->size || sc->s[sc->pos] != '"')
                return js_decode_error(vm, "Expecting property name enclosed in double quotes", sc->doc, sc->cpos);
            sc->pos++;
            sc->cpos++;
            sp_value_t key = js_scan_string(sc);
            if (key == SP_NULL) return SP_NULL;
            js_skip_ws(sc);
            if (sc->pos >= sc->size || sc->s[sc->pos] != ':')
                return js_decode_error(vm, "Expecting ':' delimiter", sc->doc, sc->cpos);
            sc->pos++;
            sc->cpos++;
            js_skip_ws(sc);
            sp_value_t value = js_expect_value(sc);
            if (value == SP_NULL) return SP_NULL;
            if (pairs_mode) {
                sp_value_t pair = sp_tuple_pack2(vm, key, value);
                if (pair == SP_NULL || sp_list_append(vm, result, pair) < 0) return SP_NULL;
            } else if (sp_dict_set(vm, result, key, value) < 0) {
                return SP_NULL;
            }
            js_skip_ws(sc);
            if (sc->pos < sc->size && sc->s[sc->pos] == '}') {
                sc->pos++;
                sc->cpos++;
                break;
            }
            if (sc->pos >= sc->size || sc->s[sc->pos] != ',')
                return js_decode_error(vm, "Expecting ',' delimiter", sc->doc, sc->cpos);
            sc->pos++;
            sc->cpos++;
            js_skip_ws(sc);
        }
    }
    if (pairs_mode) return sp_call1(vm, sc->object_pairs_hook, result);
    if (sc->object_hook != SP_NULL) return sp_call1(vm, sc->object_hook, result);
    return result;
}

static sp_value_t js_scan_array(js_scanner_t *sc) {
    sp_vm_t *vm = sc->vm;
    sp_value_t result = sp_list_new(vm, 0);
    if (result == SP_NULL) return SP_NULL;
    js_skip_ws(sc);
    if (sc->pos < sc->size && sc->s[sc->pos] == ']') {
        sc->pos++;
        sc->cpos++;
        return result;
    }
    for (;;) {
        sp_value_t value = js_expect_value(sc);
        if (value == SP_NULL) return SP_NULL;
        if (sp_list_append(vm, result, value) < 0) return SP_NULL;
        js_skip_ws(sc);
        if (sc->pos < sc->size && sc->s[sc->pos] == ']') {
            sc->pos++;
            sc->cpos++;
            return result;
        }
        if (sc->pos >= sc->size || sc->s[sc->pos] != ',')
            return js_decode_error(vm, "Expecting ',' delimiter", sc->doc, sc->cpos);
        sc->pos++;
        sc->cpos++;
        js_skip_ws(sc);
    }
}

/* If the ASCII word stands at sc->pos, consumes it and returns true. */
static bool js_take(js_scanner_t *sc, const char *word) {
    size_t n = strlen(word);
    if (sc->size - sc->pos < (int64_t)n || memcmp(sc->s + sc->pos, word, n) != 0) return false;
    sc->pos += (int64_t)n;
    sc->cpos += (int64_t)n;
    return true;
}

/* Scans one value at sc->pos; StopIteration when none starts there. */
static sp_value_t js_scan_value(js_scanner_t *sc) {
    if (sc->pos >= sc->size) return js_stop(sc, sc->cpos);
    char c = sc->s[sc->pos];
    switch (c) {
    case '"':
        sc->pos++;
        sc->cpos++;
        return js_scan_string(sc);
    case '{':
    case '[': {
        if (sp_enter_c(sc->vm, " while decoding a JSON document") < 0) return SP_NULL;
        sc->pos++;
        sc->cpos++;
        sp_value_t r = c == '{' ? js_scan_object(sc) : js_scan_array(sc);
        sp_leave_c(sc->vm);
        return r;
    }
    case 'n':
        if (js_take(sc, "null")) return SP_NONE;
        break;
    case 't':
        if (js_take(sc, "true")) return SP_TRUE;
        break;
    case 'f':
        if (js_take(sc, "false")) return SP_FALSE;
        break;
    case 'N':
        if (js_take(sc, "NaN")) return js_call_constant(sc, "NaN", NAN);
        break;
    case 'I':
        if (js_take(sc, "Infinity")) return js_call_constant(sc, "Infinity", INFINITY);
        break;
    case '-':
        if (js_take(sc, "-Infinity")) return js_call_constant(sc, "-Infinity", -INFINITY);
        return js_scan_number(sc);
    default:
        if (js_isdigit(c)) return js_scan_number(sc);
        break;
    }
    return js_stop(sc, sc->cpos);
}

/* The byte offset of code-point index idx in s (idx within [0, length]). */
static int64_t js_byte_offset(sp_value_t s, int64_t idx) {
    sp_str_t *str = SP_AS_STR(s);
    if (str->is_ascii) return idx;
    const char *p = str->data;
    int64_t k = 0, b = 0;
    while (k < idx && b < str->size) {
        b++;
        while (b < str->size && ((unsigned char)p[b] & 0xC0) == 0x80) b++;
        k++;
    }
    return b;
}

/* _json.scan_once(string, idx, strict, object_hook, object_pairs_hook, parse_float, parse_int,
 * parse_constant) -> (value, end); hooks are None for the defaults. */
static sp_value_t js_scan_once(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "scan_once", nargs, kwnames, 8, 8) < 0) return SP_NULL;
    if (!sp_is_str(args[0]))
        return sp_raise(vm, SP_EXC_TypeError, "first argument must be a string, not %s", sp_type_name(vm, args[0]));
    int64_t idx;
    if (sp_index(vm, args[1], &idx) < 0) return SP_NULL;
    js_scanner_t sc;
    sc.vm = vm;
    sc.doc = args[0];
    sc.s = sp_str_cstr(args[0]);
    sc.size = SP_AS_STR(args[0])->size;
    int64_t length = SP_AS_STR(args[0])->length;
    if (idx < 0) return sp_raise(vm, SP_EXC_ValueError, "idx cannot be negative");
    if (idx >= length) return sp_raise_value(vm, SP_EXC_StopIteration, sp_int_from_i64(vm, idx));
    sc.pos = js_byte_offset(args[0], idx);
    sc.cpos = idx;
    int strict = sp_truthy(vm, args[2]);
    if (strict < 0) return SP_NULL;
    sc.strict = strict;
    sp_value_t *hooks[5] = {&sc.object_hook, &sc.object_pairs_hook, &sc.parse_float, &sc.parse_int, &sc.parse_constant};
    for (int k = 0; k < 5; k++) *hooks[k] = args[3 + k] == SP_NONE ? SP_NULL : args[3 + k];
    sp_value_t value = js_scan_value(&sc);
    if (value == SP_NULL) return SP_NULL;
    sp_value_t end = sp_int_from_i64(vm, sc.cpos);
    return end ? sp_tuple_pack2(vm, value, end) : SP_NULL;
}

/* _json.scanstring(string, end, strict=True) -> (str, end) */
static sp_value_t js_scanstring(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "scanstring", nargs, kwnames, 2, 3) < 0) return SP_NULL;
    if (!sp_is_str(args[0]))
        return sp_raise(vm, SP_EXC_TypeError, "first argument must be a string, not %s", sp_type_name(vm, args[0]));
    int64_t end;
    if (sp_index(vm, args[1], &end) < 0) return SP_NULL;
    int64_t length = SP_AS_STR(args[0])->length;
    if (end < 0 || end > length) return sp_raise(vm, SP_EXC_ValueError, "end is out of bounds");
    js_scanner_t sc;
    memset(&sc, 0, sizeof sc);
    sc.vm = vm;
    sc.doc = args[0];
    sc.s = sp_str_cstr(args[0]);
    sc.size = SP_AS_STR(args[0])->size;
    sc.pos = js_byte_offset(args[0], end);
    sc.cpos = end;
    sc.strict = true;
    if (nargs == 3) {
        int t = sp_truthy(vm, args[2]);
        if (t < 0) return SP_NULL;
        sc.strict = t;
    }
    sp_value_t s = js_scan_string(&sc);
    if (s == SP_NULL) return SP_NULL;
    sp_value_t e = sp_int_from_i64(vm, sc.cpos);
    return e ? sp_tuple_pack2(vm, s, e) : SP_NULL;
}

/* ---- Encoder ------------------------------------------------------------------------------------ */

typedef struct js_encoder {
    sp_vm_t *vm;
    sp_strbuf_t *buf;
    sp_value_t default_fn;
    bool ensure_ascii, check_circular, allow_nan, sort_keys, skipkeys;
    sp_value_t indent; /* str or SP_NULL */
    sp_value_t key_separator, item_separator;
    sp_value_t *path; /* containers being encoded, for the circular check */
    int depth, path_cap;
    int level; /* indentation level of the container being written */
} js_encoder_t;

static const char js_hex[] = "0123456789abcdef";

static void js_append_u(sp_strbuf_t *buf, uint32_t c) {
    char esc[6] = {'\\', 'u', js_hex[(c >> 12) & 15], js_hex[(c >> 8) & 15], js_hex[(c >> 4) & 15], js_hex[c & 15]};
    strbuf_append(buf, esc, 6);
}

/* Appends the JSON string literal of str s. */
static void js_encode_string(sp_strbuf_t *buf, sp_value_t s, bool ensure_ascii) {
    const char *p = sp_str_cstr(s), *end = p + SP_AS_STR(s)->size;
    strbuf_append(buf, "\"", 1);
    const char *run = p;
    while (p < end) {
        unsigned char c = (unsigned char)*p;
        if (c >= 0x20 && c != '"' && c != '\\' && (c < 0x7f || (!ensure_ascii))) {
            p++;
            continue;
        }
        if (c == 0x7f && !ensure_ascii) {
            p++;
            continue;
        }
        strbuf_append(buf, run, (size_t)(p - run));
        if (c < 0x80) {
            p++;
            switch (c) {
            case '"': strbuf_append(buf, "\\\"", 2); break;
            case '\\': strbuf_append(buf, "\\\\", 2); break;
            case '\n': strbuf_append(buf, "\\n", 2); break;
            case '\r': strbuf_append(buf, "\\r", 2); break;
            case '\t': strbuf_append(buf, "\\t", 2); break;
            case '\b': strbuf_append(buf, "\\b", 2); break;
            case '\f': strbuf_append(buf, "\\f", 2); break;
            default: js_append_u(buf, c); break;
            }
        } else {
            uint32_t cp = str_decode_char(&p);
            if (cp >= 0x10000) {
                cp -= 0x10000;
                js_append_u(buf, 0xd800 | ((cp >> 10) & 0x3ff));
                js_append_u(buf, 0xdc00 | (cp & 0x3ff));
            } else {
                js_append_u(buf, cp);
            }
        }
        run = p;
    }
    strbuf_append(buf, run, (size_t)(p - run));
    strbuf_append(buf, "\"", 1);
}

/* The JSON text of a float; ValueError when allow_nan is off and d is not finite. */
static int js_float_text(js_encoder_t *en, double d, char *out, size_t size) {
    if (isfinite(d)) return float_repr_buf(d, out, size);
    if (!en->allow_nan) {
        sp_raise(en->vm, SP_EXC_ValueError, "Out of range float values are not JSON compliant");
        return -1;
    }
    const char *t = isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
    snprintf(out, size, "%s", t);
    return (int)strlen(out);
}

static bool js_is_float(sp_vm_t *vm, sp_value_t v) { return sp_is_float(v) || sp_kindof(vm, v) == SP_K_FLOAT; }

static int js_append_int(js_encoder_t *en, sp_value_t v) {
    if (sp_is_smallint(v)) {
        char tmp[32];
        int n = snprintf(tmp, sizeof tmp, "%lld", (long long)sp_smallint_value(v));
        strbuf_append(en->buf, tmp, (size_t)n);
        return 0;
    }
    sp_value_t text = sp_int_to_decimal(en->vm, class_exact(en->vm, v));
    if (text == SP_NULL) return -1;
    strbuf_append_str(en->buf, text);
    return 0;
}

static int js_append_float(js_encoder_t *en, sp_value_t v) {
    double d;
    if (sp_to_double(en->vm, v, &d) < 0) return -1;
    char tmp[64];
    int n = js_float_text(en, d, tmp, sizeof tmp);
    if (n < 0) return -1;
    strbuf_append(en->buf, tmp, (size_t)n);
    return 0;
}

static int js_encode(js_encoder_t *en, sp_value_t o);

static int js_mark(js_encoder_t *en, sp_value_t o) {
    if (!en->check_circular) return 0;
    for (int k = 0; k < en->depth; k++)
        if (en->path[k] == o) {
            sp_raise(en->vm, SP_EXC_ValueError, "Circular reference detected");
            return -1;
        }
    if (en->depth == en->path_cap) {
        int cap = en->path_cap ? en->path_cap * 2 : 16;
        sp_value_t *grown = sp_alloc(en->vm, (size_t)cap * sizeof(sp_value_t));
        if (grown == NULL) return -1;
        if (en->depth) memcpy(grown, en->path, (size_t)en->depth * sizeof(sp_value_t));
        en->path = grown;
        en->path_cap = cap;
    }
    en->path[en->depth++] = o;
    return 0;
}

static void js_unmark(js_encoder_t *en) {
    if (en->check_circular) en->depth--;
}

/* Newline plus `level` indents. */
static void js_newline(js_encoder_t *en, int level) {
    strbuf_append(en->buf, "\n", 1);
    for (int k = 0; k < level; k++) strbuf_append_str(en->buf, en->indent);
}

/* The separator before a list item or dict entry (other than the first) of a container at level. */
static void js_separator(js_encoder_t *en, int level) {
    strbuf_append_str(en->buf, en->item_separator);
    if (en->indent != SP_NULL) js_newline(en, level + 1);
}

/* Encodes a list item or dict value of a container at level. */
static int js_encode_child(js_encoder_t *en, sp_value_t o, int level) {
    en->level = level + 1;
    int r = js_encode(en, o);
    en->level = level;
    return r;
}

/* Ends a container at level with its closing bracket (1 char); returns 0. */
static int js_close(js_encoder_t *en, int level, const char *bracket) {
    if (en->indent != SP_NULL) js_newline(en, level);
    strbuf_append(en->buf, bracket, 1);
    js_unmark(en);
    return 0;
}

static int js_encode_list(js_encoder_t *en, sp_value_t o) {
    int level = en->level;
    sp_value_t *items;
    int64_t n;
    if (sp_is_list(o)) {
        n = SP_AS_LIST(o)->size;
    } else {
        n = SP_AS_TUPLE(o)->size;
    }
    if (n == 0) {
        strbuf_append(en->buf, "[]", 2);
        return 0;
    }
    if (js_mark(en, o) < 0) return -1;
    strbuf_append(en->buf, "[", 1);
    if (en->indent != SP_NULL) js_newline(en, level + 1);
    for (int64_t i = 0;; i++) {
        /* Re-read each step: default() may mutate the list. */
        if (sp_is_list(o)) {
            n = SP_AS_LIST(o)->size;
            items = SP_AS_LIST(o)->items;
        } else {
            items = SP_AS_TUPLE(o)->items;
        }
        if (i >= n) break;
        if (i > 0) js_separator(en, level);
        if (js_encode_child(en, items[i], level) < 0) return -1;
    }
    return js_close(en, level, "]");
}

/* Appends a dict key converted as CPython does; 1 when the key is skipped, -1 on error. */
static int js_encode_key(js_encoder_t *en, sp_value_t key) {
    sp_vm_t *vm = en->vm;
    if (sp_is_str(key)) {
        js_encode_string(en->buf, key, en->ensure_ascii);
        return 0;
    }
    char tmp[64];
    const char *text = NULL;
    sp_value_t big = SP_NULL;
    if (js_is_float(vm, key)) {
        double d;
        if (sp_to_double(vm, key, &d) < 0) return -1;
        if (js_float_text(en, d, tmp, sizeof tmp) < 0) return -1;
        text = tmp;
    } else if (key == SP_TRUE) {
        text = "true";
    } else if (key == SP_FALSE) {
        text = "false";
    } else if (key == SP_NONE) {
        text = "null";
    } else if (sp_is_int(key)) {
        big = sp_int_to_decimal(vm, class_exact(vm, key));
        if (big == SP_NULL) return -1;
        text = sp_str_cstr(big);
    } else if (en->skipkeys) {
        return 1;
    } else {
        sp_raise(vm, SP_EXC_TypeError, "keys must be str, int, float, bool or None, not %s", sp_type_name(vm, key));
        return -1;
    }
    strbuf_append(en->buf, "\"", 1);
    strbuf_append_cstr(en->buf, text);
    strbuf_append(en->buf, "\"", 1);
    return 0;
}

static int js_encode_dict(js_encoder_t *en, sp_value_t o) {
    sp_vm_t *vm = en->vm;
    int level = en->level;
    if (SP_AS_DICT(o)->used == 0) {
        strbuf_append(en->buf, "{}", 2);
        return 0;
    }
    if (js_mark(en, o) < 0) return -1;
    /* A snapshot of the items (in key order with sort_keys): value code may mutate the dict. */
    sp_value_t keys = sp_list_new(vm, 0);
    if (keys == SP_NULL) return -1;
    int64_t pos = 0;
    sp_value_t k, v;
    while (sp_dict_next(o, &pos, &k, &v))
        if (sp_list_append(vm, keys, k) < 0) return -1;
    if (en->sort_keys && sp_list_sort(vm, keys, SP_NULL, false) < 0) return -1;
    strbuf_append(en->buf, "{", 1);
    if (en->indent != SP_NULL) js_newline(en, level + 1);
    bool first = true;
    for (int64_t i = 0; i < SP_AS_LIST(keys)->size; i++) {
        sp_value_t key = SP_AS_LIST(keys)->items[i];
        sp_value_t value = sp_dict_get(vm, o, key);
        if (value == SP_NULL) {
            if (vm->exc) return -1;
            continue;
        }
        size_t mark = en->buf->size;
        if (!first) js_separator(en, level);
        int r = js_encode_key(en, key);
        if (r < 0) return -1;
        if (r == 1) {
            en->buf->size = mark;
            continue;
        }
        first = false;
        strbuf_append_str(en->buf, en->key_separator);
        if (js_encode_child(en, value, level) < 0) return -1;
    }
    return js_close(en, level, "}");
}

/* Appends the JSON text of o; nesting is guarded by the C-depth counter (RecursionError). */
static int js_encode(js_encoder_t *en, sp_value_t o) {
    sp_vm_t *vm = en->vm;
    if (o == SP_NONE) {
        strbuf_append(en->buf, "null", 4);
        return 0;
    }
    if (o == SP_TRUE) {
        strbuf_append(en->buf, "true", 4);
        return 0;
    }
    if (o == SP_FALSE) {
        strbuf_append(en->buf, "false", 5);
        return 0;
    }
    if (sp_is_str(o)) {
        js_encode_string(en->buf, o, en->ensure_ascii);
        return 0;
    }
    if (sp_is_int(o)) return js_append_int(en, o);
    if (js_is_float(vm, o)) return js_append_float(en, o);
    if (sp_enter_c(vm, " while encoding a JSON object") < 0) return -1;
    int r;
    if (sp_is_list(o) || sp_is_tuple(o)) {
        r = js_encode_list(en, o);
    } else if (sp_is_dict(o)) {
        r = js_encode_dict(en, o);
    } else {
        r = js_mark(en, o);
        if (r == 0) {
            sp_value_t replacement = sp_call1(vm, en->default_fn, o);
            r = replacement == SP_NULL ? -1 : js_encode(en, replacement);
            if (r == 0) js_unmark(en);
        }
    }
    sp_leave_c(vm);
    return r;
}

/* _json.encode(obj, default, ensure_ascii, check_circular, allow_nan, indent, key_separator,
 * item_separator, sort_keys, skipkeys) -> str; indent is a str or None. */
static sp_value_t js_encode_fn(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "encode", nargs, kwnames, 10, 10) < 0) return SP_NULL;
    js_encoder_t en;
    memset(&en, 0, sizeof en);
    en.vm = vm;
    en.default_fn = args[1];
    bool *flags[3] = {&en.ensure_ascii, &en.check_circular, &en.allow_nan};
    for (int k = 0; k < 3; k++) {
        int t = sp_truthy(vm, args[2 + k]);
        if (t < 0) return SP_NULL;
        *flags[k] = t;
    }
    if (args[5] != SP_NONE && !sp_is_str(args[5])) return sp_raise(vm, SP_EXC_TypeError, "indent must be a str or None");
    en.indent = args[5] == SP_NONE ? SP_NULL : args[5];
    if (!sp_is_str(args[6]) || !sp_is_str(args[7]))
        return sp_raise(vm, SP_EXC_TypeError, "make_encoder() argument 6 must be str, not %s", sp_type_name(vm, args[6]));
    en.key_separator = args[6];
    en.item_separator = args[7];
    int t = sp_truthy(vm, args[8]);
    if (t < 0) return SP_NULL;
    en.sort_keys = t;
    t = sp_truthy(vm, args[9]);
    if (t < 0) return SP_NULL;
    en.skipkeys = t;
    sp_strbuf_t buf;
    strbuf_init(vm, &buf);
    en.buf = &buf;
    if (js_encode(&en, args[0]) < 0) return SP_NULL;
    return strbuf_finish(&buf);
}

static sp_value_t js_encode_basestring_common(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames,
                                              const char *name, bool ascii) {
    if (sp_check_nargs(vm, name, nargs, kwnames, 1, 1) < 0) return SP_NULL;
    if (!sp_is_str(args[0]))
        return sp_raise(vm, SP_EXC_TypeError, "first argument must be a string, not %s", sp_type_name(vm, args[0]));
    sp_strbuf_t buf;
    strbuf_init(vm, &buf);
    js_encode_string(&buf, args[0], ascii);
    return strbuf_finish(&buf);
}

static sp_value_t js_encode_basestring_ascii(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return js_encode_basestring_common(vm, args, nargs, kwnames, "encode_basestring_ascii", true);
}

static sp_value_t js_encode_basestring(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return js_encode_basestring_common(vm, args, nargs, kwnames, "encode_basestring", false);
}

static const sp_method_def_t js_functions[] = {
    {"scan_once", js_scan_once},
    {"scanstring", js_scanstring},
    {"encode", js_encode_fn},
    {"encode_basestring_ascii", js_encode_basestring_ascii},
    {"encode_basestring", js_encode_basestring},
    {NULL, NULL},
};

sp_value_t json_module_init(sp_vm_t *vm) {
    sp_value_t module = sp_module_new(vm, sp_str_intern_cstr(vm, "_json"));
    if (module == SP_NULL) return SP_NULL;
    module_add_functions(vm, module, js_functions);
    return module;
}
