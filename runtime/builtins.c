/* builtins.c: the builtins module — print, len, min/max, sorted, isinstance and the rest of
 * CPython's built-in functions, plus the names of the built-in types and exceptions. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "runtime/runtime.h"
#include "runtime/class.h"
#include "runtime/slots.h"

/* Number of keyword arguments in a call. */
static int builtin_nkw(sp_value_t kwnames) {
    return kwnames != SP_NULL ? (int)SP_AS_TUPLE(kwnames)->size : 0;
}

/* ---- print and input -------------------------------------------------------------------------- */

/* Where print() writes: a C stream (the VM's own, or a sys standard stream), or a Python
 * object with a write method. */
typedef struct builtin_sink {
    FILE *file;
    sp_value_t write; /* bound write method when file is NULL */
} builtin_sink_t;

static int builtin_sink_write(sp_vm_t *vm, builtin_sink_t *sink, sp_value_t s) {
    if (sink->file != NULL) {
        fwrite(sp_str_cstr(s), 1, (size_t)SP_AS_STR(s)->size, sink->file);
        return 0;
    }
    return sp_call1(vm, sink->write, s) == SP_NULL ? -1 : 0;
}

/* Validates print's sep/end argument: None or a str. */
static int builtin_print_text_arg(sp_vm_t *vm, const char *what, sp_value_t v, sp_value_t *out,
                                  sp_value_t dflt) {
    if (v == SP_NULL || v == SP_NONE) {
        *out = dflt;
        return 0;
    }
    if (!sp_is_str(v)) {
        sp_raise(vm, SP_EXC_TypeError, "%s must be None or a string, not %s", what, sp_type_name(vm, v));
        return -1;
    }
    *out = v;
    return 0;
}

/* Resolves print's file= argument into a sink. */
static int builtin_print_sink(sp_vm_t *vm, sp_value_t file, builtin_sink_t *sink) {
    sink->file = NULL;
    sink->write = SP_NULL;
    if (file == SP_NULL || file == SP_NONE) {
        sink->file = vm->out ? vm->out : stdout;
        return 0;
    }
    sink->file = sys_stream_file(vm, file);
    if (sink->file != NULL) return 0;
    sink->write = sp_getattr(vm, file, sp_str_intern_cstr(vm, "write"));
    return sink->write == SP_NULL ? -1 : 0;
}

sp_value_t builtin_print(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t sep_arg = SP_NULL, end_arg = SP_NULL, file = SP_NULL, flush = SP_NULL;
    int nkw = builtin_nkw(kwnames);
    for (int k = 0; k < nkw; k++) {
        const char *key = sp_str_cstr(SP_AS_TUPLE(kwnames)->items[k]);
        sp_value_t v = args[nargs + k];
        if (!strcmp(key, "sep"))
            sep_arg = v;
        else if (!strcmp(key, "end"))
            end_arg = v;
        else if (!strcmp(key, "file"))
            file = v;
        else if (!strcmp(key, "flush"))
            flush = v;
        else
            return sp_raise(vm, SP_EXC_TypeError, "'%s' is an invalid keyword argument for print()", key);
    }
    sp_value_t sep, end;
    if (builtin_print_text_arg(vm, "sep", sep_arg, &sep, SP_NULL) < 0) return SP_NULL;
    if (builtin_print_text_arg(vm, "end", end_arg, &end, SP_NULL) < 0) return SP_NULL;
    if (file == SP_NULL || file == SP_NONE) {
        /* print() writes to the current sys.stdout, which may have been replaced (e.g. by
         * contextlib.redirect_stdout); when it is None, print does nothing, as CPython. */
        file = vm->sys_module ? sp_dict_get_cstr(vm, SP_AS_MODULE(vm->sys_module)->dict, "stdout") : SP_NULL;
        if (file == SP_NONE) return SP_NONE;
    }
    builtin_sink_t sink;
    if (builtin_print_sink(vm, file, &sink) < 0) return SP_NULL;
    if (sep == SP_NULL) sep = vm->small_strs[' '] ? vm->small_strs[' '] : sp_str_from_cstr(vm, " ");
    if (end == SP_NULL) end = vm->small_strs['\n'] ? vm->small_strs['\n'] : sp_str_from_cstr(vm, "\n");
    for (int i = 0; i < nargs; i++) {
        if (i > 0 && builtin_sink_write(vm, &sink, sep) < 0) return SP_NULL;
        sp_value_t s = sp_str(vm, args[i]);
        if (s == SP_NULL || builtin_sink_write(vm, &sink, s) < 0) return SP_NULL;
    }
    if (builtin_sink_write(vm, &sink, end) < 0) return SP_NULL;
    if (flush != SP_NULL) {
        int t = sp_truthy(vm, flush);
        if (t < 0) return SP_NULL;
        if (t && sink.file) fflush(sink.file);
        if (t && !sink.file) {
            sp_value_t flush_fn = sp_getattr(vm, file, sp_str_intern_cstr(vm, "flush"));
            if (flush_fn == SP_NULL || sp_call(vm, flush_fn, NULL, 0, SP_NULL) == SP_NULL) return SP_NULL;
        }
    }
    return SP_NONE;
}

/* open(): io.open, imported on first use (stdlib/lib/io.py). */
static sp_value_t builtin_open(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t io = sp_import(vm, sp_str_intern_cstr(vm, "io"), SP_NULL, 0);
    if (io == SP_NULL) return SP_NULL;
    sp_value_t open_fn = sp_getattr(vm, io, sp_str_intern_cstr(vm, "open"));
    if (open_fn == SP_NULL) return SP_NULL;
    return sp_call(vm, open_fn, args, nargs, kwnames);
}

static sp_value_t builtin_input(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "input", nargs, kwnames, 0, 1) < 0) return SP_NULL;
    FILE *out = vm->out ? vm->out : stdout;
    if (nargs == 1) {
        sp_value_t prompt = sp_str(vm, args[0]);
        if (prompt == SP_NULL) return SP_NULL;
        fputs(sp_str_cstr(prompt), out);
    }
    fflush(out);
    sp_strbuf_t buf;
    strbuf_init(vm, &buf);
    char chunk[256];
    bool got_any = false;
    while (fgets(chunk, sizeof chunk, stdin) != NULL) {
        got_any = true;
        size_t n = strlen(chunk);
        bool line_end = n > 0 && chunk[n - 1] == '\n';
        strbuf_append(&buf, chunk, line_end ? n - 1 : n);
        if (line_end) break;
    }
    if (!got_any) return sp_raise(vm, SP_EXC_EOFError, "EOF when reading a line");
    return strbuf_finish(&buf);
}

/* ---- Simple one-argument builtins -------------------------------------------------------------- */

static sp_value_t builtin_len(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "len", nargs, kwnames, 1, 1) < 0) return SP_NULL;
    int64_t n = sp_len(vm, args[0]);
    return n < 0 ? SP_NULL : sp_int_from_i64(vm, n);
}

static sp_value_t builtin_repr(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "repr", nargs, kwnames, 1, 1) < 0) return SP_NULL;
    return sp_repr(vm, args[0]);
}

/* Decodes one UTF-8 sequence at s (valid UTF-8 assumed); *len gets its byte length. */
static uint32_t builtin_utf8_decode(const unsigned char *s, int *len) {
    if (s[0] < 0x80) return *len = 1, s[0];
    if (s[0] < 0xE0) return *len = 2, ((uint32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
    if (s[0] < 0xF0)
        return *len = 3, ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
    *len = 4;
    return ((uint32_t)(s[0] & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) |
           ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
}

static sp_value_t builtin_ascii(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "ascii", nargs, kwnames, 1, 1) < 0) return SP_NULL;
    sp_value_t r = sp_repr(vm, args[0]);
    if (r == SP_NULL || SP_AS_STR(r)->is_ascii) return r;
    sp_strbuf_t buf;
    strbuf_init(vm, &buf);
    const unsigned char *p = (const unsigned char *)sp_str_cstr(r);
    const unsigned char *end = p + SP_AS_STR(r)->size;
    while (p < end) {
        int len;
        uint32_t cp = builtin_utf8_decode(p, &len);
        if (cp < 0x80)
            strbuf_append(&buf, (const char *)p, 1);
        else if (cp < 0x100)
            strbuf_printf(&buf, "\\x%02x", cp);
        else if (cp < 0x10000)
            strbuf_printf(&buf, "\\u%04x", cp);
        else
            strbuf_printf(&buf, "\\U%08x", cp);
        p += len;
    }
    return strbuf_finish(&buf);
}

static sp_value_t builtin_hash(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "hash", nargs, kwnames, 1, 1) < 0) return SP_NULL;
    int64_t h;
    if (sp_hash(vm, args[0], &h) < 0) return SP_NULL;
    return sp_int_from_i64(vm, h);
}

static sp_value_t builtin_id(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "id", nargs, kwnames, 1, 1) < 0) return SP_NULL;
    return sp_int_from_u64(vm, (uint64_t)args[0]);
}

static sp_value_t builtin_callable(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "callable", nargs, kwnames, 1, 1) < 0) return SP_NULL;
    return sp_bool(sp_typeof(vm, args[0])->call != NULL);
}

static sp_value_t builtin_abs(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "abs", nargs, kwnames, 1, 1) < 0) return SP_NULL;
    sp_value_t v = args[0];
    if (slots_is_heap_instance(v)) {
        bool found; /* __abs__ of a class (CPython's nb_absolute) */
        sp_value_t r = slots_call_dunder(vm, v, "__abs__", NULL, 0, &found);
        if (found || vm->exc) return r;
    }
    if (sp_is_bool(v)) return sp_smallint(v == SP_TRUE);
    if (sp_is_float(v)) return sp_float(fabs(sp_float_value(v)));
    if (sp_is_int(v)) return sp_int_sign(vm, v) < 0 ? sp_unary_op(vm, SP_UNOP_NEG, v) : v;
    if (sp_is_complex(v)) return sp_complex_abs(vm, v);
    return sp_raise(vm, SP_EXC_TypeError, "bad operand type for abs(): '%s'", sp_type_name(vm, v));
}

static sp_value_t builtin_ord(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "ord", nargs, kwnames, 1, 1) < 0) return SP_NULL;
    sp_value_t v = args[0];
    if (sp_is_str(v)) {
        sp_str_t *s = SP_AS_STR(v);
        if (s->length != 1)
            return sp_raise(vm, SP_EXC_TypeError,
                            "ord() expected a character, but string of length %lld found",
                            (long long)s->length);
        int len;
        return sp_int_from_i64(vm, builtin_utf8_decode((const unsigned char *)s->data, &len));
    }
    if (sp_is_kind(v, SP_K_BYTES)) {
        sp_bytes_t *b = SP_AS_BYTES(v);
        if (b->size != 1)
            return sp_raise(vm, SP_EXC_TypeError,
                            "ord() expected a character, but string of length %lld found",
                            (long long)b->size);
        return sp_int_from_i64(vm, b->data[0]);
    }
    return sp_raise(vm, SP_EXC_TypeError, "ord() expected string of length 1, but %s found",
                    sp_type_name(vm, v));
}

static sp_value_t builtin_chr(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "chr", nargs, kwnames, 1, 1) < 0) return SP_NULL;
    int64_t i;
    if (sp_index(vm, args[0], &i) < 0) {
        if (!sp_exc_matches(vm, SP_EXC_OverflowError)) return SP_NULL;
        vm->exc = SP_NULL;
        return sp_raise(vm, SP_EXC_OverflowError, "Python int too large to convert to C int");
    }
    if (i < 0 || i > 0x10FFFF) return sp_raise(vm, SP_EXC_ValueError, "chr() arg not in range(0x110000)");
    return sp_str_from_codepoint(vm, (uint32_t)i);
}

/* hex(), oct(), bin(): the int's text in the base, with prefix. */
static sp_value_t builtin_format_base(sp_vm_t *vm, const char *fname, const sp_value_t *args, int nargs,
                                      sp_value_t kwnames, int base) {
    if (sp_check_nargs(vm, fname, nargs, kwnames, 1, 1) < 0) return SP_NULL;
    sp_value_t v = slots_index(vm, args[0]);
    return v == SP_NULL ? SP_NULL : sp_int_format_base(vm, v, base);
}

static sp_value_t builtin_hex(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return builtin_format_base(vm, "hex", args, nargs, kwnames, 16);
}
static sp_value_t builtin_oct(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return builtin_format_base(vm, "oct", args, nargs, kwnames, 8);
}
static sp_value_t builtin_bin(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return builtin_format_base(vm, "bin", args, nargs, kwnames, 2);
}

static sp_value_t builtin_format(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[2];
    if (sp_parse_args(vm, "format", "value, format_spec=, /", args, nargs, kwnames, p) < 0) return SP_NULL;
    sp_value_t spec = p[1] != SP_NULL ? p[1] : SP_NULL;
    if (spec != SP_NULL && !sp_is_str(spec))
        return sp_raise(vm, SP_EXC_TypeError, "format() argument 2 must be str, not %s",
                        sp_arg_type_name(vm, spec));
    return slots_format(vm, p[0], spec);
}

/* ---- Iteration helpers ---------------------------------------------------------------------------- */

static sp_value_t builtin_iter(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "iter", nargs, kwnames, 1, 2) < 0) return SP_NULL;
    if (nargs == 1) return sp_iter(vm, args[0]);
    if (sp_typeof(vm, args[0])->call == NULL)
        return sp_raise(vm, SP_EXC_TypeError, "iter(v, w): v must be callable");
    return slots_callable_iter(vm, args[0], args[1]);
}

static sp_value_t builtin_next(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "next", nargs, kwnames, 1, 2) < 0) return SP_NULL;
    sp_value_t v = sp_next(vm, args[0]);
    if (v != SP_NULL) return v;
    if (vm->exc == SP_NULL) {
        if (nargs == 2) return args[1];
        return sp_raise_empty(vm, SP_EXC_StopIteration);
    }
    if (nargs == 2 && sp_exc_matches(vm, SP_EXC_StopIteration)) {
        vm->exc = SP_NULL;
        return args[1];
    }
    return SP_NULL;
}

/* any() and all(): stop at the first item whose truth equals `stop_on`. */
static sp_value_t builtin_any_all(sp_vm_t *vm, const char *fname, const sp_value_t *args, int nargs,
                                  sp_value_t kwnames, bool stop_on) {
    if (sp_check_nargs(vm, fname, nargs, kwnames, 1, 1) < 0) return SP_NULL;
    sp_value_t it = sp_iter(vm, args[0]);
    if (it == SP_NULL) return SP_NULL;
    for (;;) {
        sp_value_t x = sp_next(vm, it);
        if (x == SP_NULL) return vm->exc != SP_NULL ? SP_NULL : sp_bool(!stop_on);
        int t = sp_truthy(vm, x);
        if (t < 0) return SP_NULL;
        if ((bool)t == stop_on) return sp_bool(stop_on);
    }
}

static sp_value_t builtin_any(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return builtin_any_all(vm, "any", args, nargs, kwnames, true);
}
static sp_value_t builtin_all(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return builtin_any_all(vm, "all", args, nargs, kwnames, false);
}

/* min() and max(): `op` is SP_CMP_LT for min, SP_CMP_GT for max. */
static sp_value_t builtin_min_max(sp_vm_t *vm, const char *fname, const sp_value_t *args, int nargs,
                                  sp_value_t kwnames, sp_cmp_t op) {
    sp_value_t kw[2];
    if (nargs == 0) return sp_raise(vm, SP_EXC_TypeError, "%s expected at least 1 argument, got 0", fname);
    if (sp_parse_args(vm, fname, "*, key=, default=", args + nargs, 0, kwnames, kw) < 0) return SP_NULL;
    sp_value_t key = kw[0] == SP_NONE ? SP_NULL : kw[0], dflt = kw[1];
    if (nargs > 1 && dflt != SP_NULL)
        return sp_raise(vm, SP_EXC_TypeError,
                        "Cannot specify a default for %s() with multiple positional arguments", fname);
    sp_value_t source = nargs == 1 ? args[0] : sp_tuple_from_array(vm, args, nargs);
    if (source == SP_NULL) return SP_NULL;
    sp_value_t it = sp_iter(vm, source);
    if (it == SP_NULL) return SP_NULL;
    sp_value_t best = SP_NULL, best_key = SP_NULL;
    for (;;) {
        sp_value_t x = sp_next(vm, it);
        if (x == SP_NULL) break;
        sp_value_t k = key != SP_NULL ? sp_call1(vm, key, x) : x;
        if (k == SP_NULL) return SP_NULL;
        if (best == SP_NULL) {
            best = x, best_key = k;
            continue;
        }
        sp_value_t r = sp_compare(vm, k, best_key, op);
        if (r == SP_NULL) return SP_NULL;
        int better = r == SP_TRUE ? 1 : r == SP_FALSE ? 0 : sp_truthy(vm, r);
        if (better < 0) return SP_NULL;
        if (better) best = x, best_key = k;
    }
    if (vm->exc != SP_NULL) return SP_NULL;
    if (best != SP_NULL) return best;
    if (dflt != SP_NULL) return dflt;
    return sp_raise(vm, SP_EXC_ValueError, "%s() arg is an empty sequence", fname);
}

static sp_value_t builtin_min(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return builtin_min_max(vm, "min", args, nargs, kwnames, SP_CMP_LT);
}
static sp_value_t builtin_max(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return builtin_min_max(vm, "max", args, nargs, kwnames, SP_CMP_GT);
}

static sp_value_t builtin_sum(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[2];
    if (sp_parse_args(vm, "sum", "iterable, /, start=", args, nargs, kwnames, p) < 0) return SP_NULL;
    sp_value_t total = p[1] != SP_NULL ? p[1] : sp_smallint(0);
    if (sp_is_str(total))
        return sp_raise(vm, SP_EXC_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (sp_is_kind(total, SP_K_BYTES))
        return sp_raise(vm, SP_EXC_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    sp_value_t it = sp_iter(vm, p[0]);
    if (it == SP_NULL) return SP_NULL;
    /* Fast paths, as CPython's: a small-int total adds small-int items in int64, a float total
     * adds float and small-int items in a double (each int converts exactly or rounds as float()
     * does, so the result is the generic path's). Any other item (bool, big int, subclass, ...)
     * or an overflow goes through sp_binary_op, and the loop picks a fast path again after it. */
    for (;;) {
        sp_value_t x;
        if (sp_is_smallint(total)) {
            int64_t acc = sp_smallint_value(total);
            for (;;) {
                x = sp_next(vm, it);
                if (x == SP_NULL) return vm->exc != SP_NULL ? SP_NULL : sp_smallint(acc);
                if (!sp_is_smallint(x)) break;
                int64_t s = acc + sp_smallint_value(x); /* two 48-bit values: no int64 overflow */
                if (!sp_fits_smallint(s)) break;
                acc = s;
            }
            total = sp_smallint(acc);
        } else if (sp_is_float(total)) {
            double acc = sp_float_value(total);
            for (;;) {
                x = sp_next(vm, it);
                if (x == SP_NULL) return vm->exc != SP_NULL ? SP_NULL : sp_float(acc);
                if (sp_is_float(x)) acc += sp_float_value(x);
                else if (sp_is_smallint(x)) acc += (double)sp_smallint_value(x);
                else break;
            }
            total = sp_float(acc);
        } else {
            x = sp_next(vm, it);
            if (x == SP_NULL) return vm->exc != SP_NULL ? SP_NULL : total;
        }
        total = sp_binary_op(vm, SP_BINOP_ADD, total, x);
        if (total == SP_NULL) return SP_NULL;
    }
}

static sp_value_t builtin_sorted(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (nargs != 1) return sp_raise(vm, SP_EXC_TypeError, "sorted expected 1 argument, got %d", nargs);
    /* sp_list_from_iterable copies even a list, so sorting never touches the argument. The
     * keywords are list.sort's, checked after the copy as CPython does. */
    sp_value_t list = sp_list_from_iterable(vm, args[0]);
    if (list == SP_NULL) return SP_NULL;
    sp_value_t kw[2];
    if (sp_parse_args(vm, "sort", "*, key=, reverse=", args + 1, 0, kwnames, kw) < 0) return SP_NULL;
    int reverse = kw[1] != SP_NULL ? sp_truthy(vm, kw[1]) : 0;
    if (reverse < 0) return SP_NULL;
    sp_value_t key = kw[0] == SP_NONE ? SP_NULL : kw[0];
    if (sp_list_sort(vm, list, key, reverse) < 0) return SP_NULL;
    return list;
}

/* ---- Arithmetic builtins ---------------------------------------------------------------------- */

/* True for int, bool and float. */
/* A float subclass's instance (a heap box around the double). */
static bool builtin_is_float_box(sp_value_t v) { return sp_is_obj(v) && SP_AS_OBJ(v)->type->kind == SP_K_FLOAT; }

static bool builtin_is_number(sp_value_t v) {
    return sp_is_int(v) || sp_is_bool(v) || sp_is_float(v) || builtin_is_float_box(v);
}

/* divmod of two doubles, as CPython's float_divmod (the sign of the remainder follows b). */
static sp_value_t builtin_float_divmod(sp_vm_t *vm, double a, double b) {
    if (b == 0.0) return sp_raise(vm, SP_EXC_ZeroDivisionError, "float divmod()");
    double mod = fmod(a, b);
    double div = (a - mod) / b;
    if (mod != 0.0) {
        if ((b < 0) != (mod < 0)) {
            mod += b;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, b);
    }
    double floordiv;
    if (div != 0.0) {
        floordiv = floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
    } else {
        floordiv = copysign(0.0, a / b);
    }
    return sp_tuple_pack2(vm, sp_float(floordiv), sp_float(mod));
}

static sp_value_t builtin_divmod(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "divmod", nargs, kwnames, 2, 2) < 0) return SP_NULL;
    sp_value_t a = args[0], b = args[1];
    bool numbers = builtin_is_number(a) && builtin_is_number(b);
    if (!numbers || slots_is_heap_instance(a) || slots_is_heap_instance(b)) {
        sp_value_t r = slots_binary_dunder(vm, a, b, "__divmod__", "__rdivmod__");
        if (r != SP_NOTIMPLEMENTED) return r;
        if (!numbers)
            return sp_raise(vm, SP_EXC_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                            sp_type_name(vm, a), sp_type_name(vm, b));
    }
    if (sp_is_float(a) || sp_is_float(b) || builtin_is_float_box(a) || builtin_is_float_box(b)) {
        double x, y;
        if (sp_to_double(vm, a, &x) < 0 || sp_to_double(vm, b, &y) < 0) return SP_NULL;
        return builtin_float_divmod(vm, x, y);
    }
    sp_value_t q = sp_binary_op(vm, SP_BINOP_FLOORDIV, a, b);
    if (q == SP_NULL) return SP_NULL;
    sp_value_t r = sp_binary_op(vm, SP_BINOP_MOD, a, b);
    if (r == SP_NULL) return SP_NULL;
    return sp_tuple_pack2(vm, q, r);
}

static sp_value_t builtin_pow(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[3];
    if (sp_parse_args(vm, "pow", "base, exp, mod=", args, nargs, kwnames, p) < 0) return SP_NULL;
    if (p[2] == SP_NULL || p[2] == SP_NONE) return sp_binary_op(vm, SP_BINOP_POW, p[0], p[1]);
    bool all_ints = true, all_numbers = true;
    for (int i = 0; i < 3; i++) {
        all_ints &= sp_is_int(p[i]) || sp_is_bool(p[i]);
        all_numbers &= builtin_is_number(p[i]);
    }
    if (all_ints) {
        sp_value_t v[3];
        for (int i = 0; i < 3; i++) v[i] = sp_is_bool(p[i]) ? sp_smallint(p[i] == SP_TRUE) : p[i];
        return sp_int_pow_mod(vm, v[0], v[1], v[2]);
    }
    if (slots_is_heap_instance(p[0])) { /* three-argument pow only asks the base: a.__pow__(b, m) */
        bool found;
        sp_value_t r = slots_call_dunder(vm, p[0], "__pow__", p + 1, 2, &found);
        if ((found && r != SP_NOTIMPLEMENTED) || vm->exc) return r;
    }
    if (all_numbers)
        return sp_raise(vm, SP_EXC_TypeError,
                        "pow() 3rd argument not allowed unless all arguments are integers");
    return sp_raise(vm, SP_EXC_TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                    sp_type_name(vm, p[0]), sp_type_name(vm, p[1]), sp_type_name(vm, p[2]));
}

static sp_value_t builtin_round(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[2];
    if (sp_parse_args(vm, "round", "number, ndigits=", args, nargs, kwnames, p) < 0) return SP_NULL;
    sp_value_t x = p[0], nd = p[1] == SP_NONE ? SP_NULL : p[1];
    if (sp_is_float(x)) return sp_float_round(vm, sp_float_value(x), nd != SP_NULL ? nd : SP_NONE);
    if ((!sp_is_int(x) && !sp_is_bool(x)) || slots_is_heap_instance(x)) { /* subclasses too: their __round__ */
        sp_value_t method = type_lookup(vm, sp_typeof(vm, x), sp_str_intern_cstr(vm, "__round__"));
        if (method == SP_NULL)
            return sp_raise(vm, SP_EXC_TypeError, "type %s doesn't define __round__ method",
                            sp_type_name(vm, x));
        return nd != SP_NULL ? sp_call2(vm, method, x, nd) : sp_call1(vm, method, x);
    }
    if (sp_is_bool(x)) x = sp_smallint(x == SP_TRUE);
    return sp_int_round(vm, x, nd);
}

/* ---- Types and attributes ------------------------------------------------------------------------ */

/* isinstance / issubclass against a classinfo that may be a type or a (nested) tuple of them.
 * Returns 1, 0, or -1 with `err` raised when classinfo holds something else. */
static int builtin_check_class(sp_vm_t *vm, sp_type_t *type, sp_value_t classinfo, const char *err,
                               int depth) {
    if (sp_is_type(classinfo)) return type_is_subtype(type, SP_AS_TYPE(classinfo));
    sp_value_t members = descr_union_args(vm, classinfo); /* int | str */
    if (members != SP_NULL) classinfo = members;
    if (sp_is_tuple(classinfo)) {
        if (depth > SP_MAX_NESTING) {
            sp_raise(vm, SP_EXC_RecursionError, "maximum recursion depth exceeded in __instancecheck__");
            return -1;
        }
        sp_tuple_t *t = SP_AS_TUPLE(classinfo);
        for (int64_t i = 0; i < t->size; i++) {
            int r = builtin_check_class(vm, type, t->items[i], err, depth + 1);
            if (r != 0) return r;
        }
        return 0;
    }
    sp_raise(vm, SP_EXC_TypeError, "%s", err);
    return -1;
}

/* isinstance/issubclass when classinfo is not a plain class: a class whose metaclass defines
 * __instancecheck__/__subclasscheck__ (abc.ABCMeta), an object of a class defining it, or a
 * tuple of such (each tried in turn). Returns -2 when no hook applies (use the MRO test). */
static int builtin_check_hook(sp_vm_t *vm, sp_value_t x, sp_value_t classinfo, const char *hook, int depth) {
    if (sp_is_tuple(classinfo)) {
        if (depth > SP_MAX_NESTING) {
            sp_raise(vm, SP_EXC_RecursionError, "maximum recursion depth exceeded in %s", hook);
            return -1;
        }
        sp_tuple_t *t = SP_AS_TUPLE(classinfo);
        bool any = false;
        for (int64_t i = 0; i < t->size; i++)
            if (!sp_is_type(t->items[i]) || class_is_heap(SP_AS_OBJ(t->items[i])->type)) any = true;
        if (!any) return -2;
        for (int64_t i = 0; i < t->size; i++) {
            int r = builtin_check_hook(vm, x, t->items[i], hook, depth + 1);
            if (r == -2) {
                if (!sp_is_type(t->items[i]) || (hook[2] == 's' && !sp_is_type(x)))
                    return -2; /* let the plain test raise its error */
                r = hook[2] == 'i' ? sp_isinstance(vm, x, SP_AS_TYPE(t->items[i]))
                                   : type_is_subtype(SP_AS_TYPE(x), SP_AS_TYPE(t->items[i]));
            }
            if (r != 0) return r;
        }
        return 0;
    }
    sp_type_t *meta = sp_typeof(vm, classinfo);
    if (sp_is_type(classinfo) && !class_is_heap(meta)) return -2;
    sp_value_t fn = type_lookup(vm, meta, sp_str_intern_cstr(vm, hook));
    if (fn == SP_NULL || !sp_is_function(fn)) return vm->exc != SP_NULL ? -1 : -2;
    sp_value_t argv[2] = {classinfo, x};
    sp_value_t r = sp_call(vm, fn, argv, 2, SP_NULL);
    return r == SP_NULL ? -1 : sp_truthy(vm, r);
}

static sp_value_t builtin_isinstance(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "isinstance", nargs, kwnames, 2, 2) < 0) return SP_NULL;
    if (sp_typeof(vm, args[0]) == (sp_type_t *)SP_AS_OBJ(args[1])) return SP_TRUE; /* exact match first */
    if (sp_is_obj(args[1]) && !(sp_is_type(args[1]) && !class_is_heap(SP_AS_OBJ(args[1])->type))) {
        int h = builtin_check_hook(vm, args[0], args[1], "__instancecheck__", 0);
        if (h != -2) return h < 0 ? SP_NULL : sp_bool(h);
    }
    int r = builtin_check_class(vm, sp_typeof(vm, args[0]), args[1],
                                "isinstance() arg 2 must be a type, a tuple of types, or a union", 0);
    return r < 0 ? SP_NULL : sp_bool(r);
}

static sp_value_t builtin_issubclass(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "issubclass", nargs, kwnames, 2, 2) < 0) return SP_NULL;
    if (sp_is_obj(args[1]) && !(sp_is_type(args[1]) && !class_is_heap(SP_AS_OBJ(args[1])->type))) {
        int h = builtin_check_hook(vm, args[0], args[1], "__subclasscheck__", 0);
        if (h != -2) return h < 0 ? SP_NULL : sp_bool(h);
    }
    if (!sp_is_type(args[0])) return sp_raise(vm, SP_EXC_TypeError, "issubclass() arg 1 must be a class");
    int r = builtin_check_class(vm, SP_AS_TYPE(args[0]), args[1],
                                "issubclass() arg 2 must be a class, a tuple of classes, or a union", 0);
    return r < 0 ? SP_NULL : sp_bool(r);
}

/* Checks an attribute-name argument. */
static int builtin_check_name(sp_vm_t *vm, sp_value_t name) {
    if (sp_is_str(name)) return 0;
    sp_raise(vm, SP_EXC_TypeError, "attribute name must be string, not '%s'", sp_type_name(vm, name));
    return -1;
}

static sp_value_t builtin_getattr(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "getattr", nargs, kwnames, 2, 3) < 0) return SP_NULL;
    if (builtin_check_name(vm, args[1]) < 0) return SP_NULL;
    if (nargs == 2) return sp_getattr(vm, args[0], args[1]);
    sp_value_t v = sp_getattr_opt(vm, args[0], args[1]);
    if (v == SP_NULL && vm->exc == SP_NULL) return args[2];
    return v;
}

static sp_value_t builtin_hasattr(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "hasattr", nargs, kwnames, 2, 2) < 0) return SP_NULL;
    if (builtin_check_name(vm, args[1]) < 0) return SP_NULL;
    sp_value_t v = sp_getattr_opt(vm, args[0], args[1]);
    if (v == SP_NULL && vm->exc != SP_NULL) return SP_NULL;
    return sp_bool(v != SP_NULL);
}

static sp_value_t builtin_setattr(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "setattr", nargs, kwnames, 3, 3) < 0) return SP_NULL;
    if (builtin_check_name(vm, args[1]) < 0) return SP_NULL;
    return sp_setattr(vm, args[0], args[1], args[2]) < 0 ? SP_NULL : SP_NONE;
}

static sp_value_t builtin_delattr(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "delattr", nargs, kwnames, 2, 2) < 0) return SP_NULL;
    if (builtin_check_name(vm, args[1]) < 0) return SP_NULL;
    return sp_delattr(vm, args[0], args[1]) < 0 ? SP_NULL : SP_NONE;
}

/* ---- Namespaces ---------------------------------------------------------------------------- */

static sp_value_t builtin_globals(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "globals", nargs, kwnames, 0, 0) < 0) return SP_NULL;
    if (vm->frame == NULL) return sp_dict_new(vm);
    return vm->frame->globals;
}

/* A snapshot dict of a function frame's bound locals and cells. */
static sp_value_t builtin_frame_locals(sp_vm_t *vm, sp_frame_t *frame) {
    if (frame->locals_dict != SP_NULL) return frame->locals_dict;
    sp_value_t dict = sp_dict_new(vm);
    if (dict == SP_NULL) return SP_NULL;
    sp_code_t *code = frame->code;
    for (int32_t i = 0; i < code->n_locals; i++)
        if (frame->locals[i] != SP_NULL && sp_dict_set(vm, dict, code->localnames[i], frame->locals[i]) < 0)
            return SP_NULL;
    int32_t ncells = code->n_cellvars + code->n_freevars;
    for (int32_t i = 0; frame->cells != NULL && i < ncells; i++) {
        sp_value_t name = i < code->n_cellvars ? code->cellnames[i] : code->freenames[i - code->n_cellvars];
        sp_value_t cell = frame->cells[i];
        if (sp_is_kind(cell, SP_K_CELL) && SP_AS_CELL(cell)->value != SP_NULL &&
            sp_dict_set(vm, dict, name, SP_AS_CELL(cell)->value) < 0)
            return SP_NULL;
    }
    return dict;
}

static sp_value_t builtin_locals(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "locals", nargs, kwnames, 0, 0) < 0) return SP_NULL;
    if (vm->frame == NULL) return sp_dict_new(vm);
    return builtin_frame_locals(vm, vm->frame);
}

static sp_value_t builtin_vars(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "vars", nargs, kwnames, 0, 1) < 0) return SP_NULL;
    if (nargs == 0) return builtin_locals(vm, args, 0, SP_NULL);
    sp_value_t d = sp_getattr_opt(vm, args[0], sp_str_intern_cstr(vm, "__dict__"));
    if (d == SP_NULL && vm->exc == SP_NULL)
        return sp_raise(vm, SP_EXC_TypeError, "vars() argument must have __dict__ attribute");
    return d;
}

/* Adds the keys of a dict to a set of names. */
static int builtin_dir_add(sp_vm_t *vm, sp_value_t names, sp_value_t dict) {
    if (!sp_is_dict(dict)) return 0;
    int64_t pos = 0;
    sp_value_t key, value;
    while (sp_dict_next(dict, &pos, &key, &value))
        if (sp_set_add(vm, names, key) < 0) return -1;
    return 0;
}

/* dir(obj): the sorted names of the object's own namespace and of its type's MRO. */
static sp_value_t builtin_dir(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "dir", nargs, kwnames, 0, 1) < 0) return SP_NULL;
    sp_value_t names = sp_set_new(vm, false);
    if (names == SP_NULL) return SP_NULL;
    if (nargs == 0) {
        sp_value_t locals = builtin_locals(vm, args, 0, SP_NULL);
        if (locals == SP_NULL || builtin_dir_add(vm, names, locals) < 0) return SP_NULL;
    } else {
        sp_value_t obj = args[0];
        sp_type_t *type = sp_is_type(obj) ? SP_AS_TYPE(obj) : sp_typeof(vm, obj);
        if (slots_is_heap_instance(obj)) { /* a class's __dir__ decides, then the result is sorted */
            bool found;
            sp_value_t listed = slots_call_dunder(vm, obj, "__dir__", NULL, 0, &found);
            if (found) {
                sp_value_t list = listed != SP_NULL ? sp_list_from_iterable(vm, listed) : SP_NULL;
                if (list == SP_NULL || sp_list_sort(vm, list, SP_NULL, false) < 0) return SP_NULL;
                return list;
            }
            if (vm->exc) return SP_NULL;
        }
        if (!sp_is_type(obj)) {
            sp_value_t own = sp_getattr_opt(vm, obj, sp_str_intern_cstr(vm, "__dict__"));
            if (own == SP_NULL && vm->exc != SP_NULL) return SP_NULL;
            if (builtin_dir_add(vm, names, own) < 0) return SP_NULL;
        }
        if (!sp_is_kind(obj, SP_K_MODULE)) {
            sp_tuple_t *mro = SP_AS_TUPLE(type->mro);
            for (int64_t i = 0; i < mro->size; i++)
                if (builtin_dir_add(vm, names, SP_AS_TYPE(mro->items[i])->dict) < 0) return SP_NULL;
        }
    }
    sp_value_t list = sp_list_from_iterable(vm, names);
    if (list == SP_NULL || sp_list_sort(vm, list, SP_NULL, false) < 0) return SP_NULL;
    return list;
}

/* exit() and quit(): CPython's site module adds them; scripts use them like sys.exit(). */
static sp_value_t builtin_exit(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[1];
    if (sp_parse_args(vm, "exit", "code=", args, nargs, kwnames, p) < 0) return SP_NULL;
    if (p[0] == SP_NULL) return sp_raise_empty(vm, SP_EXC_SystemExit);
    return sp_raise_value(vm, SP_EXC_SystemExit, p[0]);
}

/* ---- The module ------------------------------------------------------------------------------- */

static const sp_method_def_t builtin_functions[] = {
    {"__import__", builtin___import__},
    {"print", builtin_print},
    {"input", builtin_input},
    {"open", builtin_open},
    {"len", builtin_len},
    {"repr", builtin_repr},
    {"ascii", builtin_ascii},
    {"hash", builtin_hash},
    {"id", builtin_id},
    {"callable", builtin_callable},
    {"abs", builtin_abs},
    {"ord", builtin_ord},
    {"chr", builtin_chr},
    {"hex", builtin_hex},
    {"oct", builtin_oct},
    {"bin", builtin_bin},
    {"format", builtin_format},
    {"iter", builtin_iter},
    {"next", builtin_next},
    {"any", builtin_any},
    {"all", builtin_all},
    {"min", builtin_min},
    {"max", builtin_max},
    {"sum", builtin_sum},
    {"sorted", builtin_sorted},
    {"divmod", builtin_divmod},
    {"pow", builtin_pow},
    {"round", builtin_round},
    {"isinstance", builtin_isinstance},
    {"issubclass", builtin_issubclass},
    {"getattr", builtin_getattr},
    {"hasattr", builtin_hasattr},
    {"setattr", builtin_setattr},
    {"delattr", builtin_delattr},
    {"globals", builtin_globals},
    {"locals", builtin_locals},
    {"vars", builtin_vars},
    {"dir", builtin_dir},
    {"exit", builtin_exit},
    {"quit", builtin_exit},
    {NULL, NULL},
};

/* The built-in types reachable by name, by kind. */
static const sp_kind_t builtin_type_kinds[] = {
    SP_K_OBJECT, SP_K_TYPE,  SP_K_BOOL, SP_K_INT, SP_K_FLOAT,     SP_K_STR,   SP_K_BYTES,
    SP_K_LIST,   SP_K_TUPLE, SP_K_DICT, SP_K_SET, SP_K_FROZENSET, SP_K_RANGE, SP_K_SLICE,
    SP_K_COMPLEX, SP_K_BYTEARRAY, SP_K_MEMORYVIEW,
};

/* The iterator types that are builtins, with their names. */
static const struct {
    sp_iter_kind_t kind;
    const char *name;
} builtin_iter_types[] = {
    {SP_ITER_ENUMERATE, "enumerate"}, {SP_ITER_ZIP, "zip"},           {SP_ITER_MAP, "map"},
    {SP_ITER_FILTER, "filter"},       {SP_ITER_REVERSED, "reversed"},
};

static void builtins_add_types(sp_vm_t *vm, sp_value_t dict) {
    for (size_t i = 0; i < sizeof builtin_type_kinds / sizeof builtin_type_kinds[0]; i++) {
        sp_type_t *t = vm->types[builtin_type_kinds[i]];
        sp_dict_set(vm, dict, sp_str_intern_cstr(vm, t->name), SP_OBJ(t));
    }
    for (size_t i = 0; i < sizeof builtin_iter_types / sizeof builtin_iter_types[0]; i++) {
        sp_type_t *t = vm->iter_types[builtin_iter_types[i].kind];
        if (t != NULL) sp_dict_set(vm, dict, sp_str_intern_cstr(vm, builtin_iter_types[i].name), SP_OBJ(t));
    }
    for (int k = 0; k < SP_EXC__COUNT; k++) {
        sp_type_t *t = vm->exc_types[k];
        if (t != NULL) sp_dict_set(vm, dict, sp_str_intern_cstr(vm, t->name), SP_OBJ(t));
    }
}

void builtins_init(sp_vm_t *vm) {
    type_init_methods(vm);
    sp_value_t module = sp_module_new(vm, sp_str_intern_cstr(vm, "builtins"));
    if (module == SP_NULL) return;
    sp_value_t dict = SP_AS_MODULE(module)->dict;
    vm->builtins = dict;
    module_add_functions(vm, module, builtin_functions);
    builtins_eval_init(vm, module);
    builtins_add_types(vm, dict);
    /* CPython's old names for OSError are the same class. */
    sp_dict_set_cstr(vm, dict, "IOError", SP_OBJ(vm->exc_types[SP_EXC_OSError]));
    sp_dict_set_cstr(vm, dict, "EnvironmentError", SP_OBJ(vm->exc_types[SP_EXC_OSError]));
    class_init(vm, dict); /* __build_class__, super, property, classmethod, staticmethod */
    sp_dict_set_cstr(vm, dict, "None", SP_NONE);
    sp_dict_set_cstr(vm, dict, "True", SP_TRUE);
    sp_dict_set_cstr(vm, dict, "False", SP_FALSE);
    sp_dict_set_cstr(vm, dict, "Ellipsis", SP_ELLIPSIS);
    sp_dict_set_cstr(vm, dict, "NotImplemented", SP_NOTIMPLEMENTED);
    sp_dict_set_cstr(vm, dict, "__debug__", SP_TRUE);
    if (!sp_is_dict(vm->modules)) vm->modules = sp_dict_new(vm);
    sp_dict_set_cstr(vm, vm->modules, "builtins", module);
    slots_init(vm); /* every built-in type exists now: expose their slots as dunders */
}
