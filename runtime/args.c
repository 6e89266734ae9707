/* args.c: argument parsing for functions written in C, with CPython's exact TypeError messages
 * (those of Argument Clinic and PyArg_UnpackTuple). It never allocates on success. */
#include <string.h>

#include "runtime/runtime.h"

/* The most parameters a spec may name; builtins need far fewer. */
#define ARGS_MAX_PARAMS 16

/* A parsed spec: parameter names (pointers into the spec text), which ones are optional, and
 * where the positional-only and keyword-only sections end and begin. */
typedef struct args_spec {
    const char *names[ARGS_MAX_PARAMS];
    int name_lens[ARGS_MAX_PARAMS];
    bool optional[ARGS_MAX_PARAMS];
    int count;
    int posonly; /* parameters before "/" */
    int maxpos;  /* parameters before "*" (or all of them) */
    int minpos;  /* required parameters before the first optional positional one */
} args_spec_t;

static const char *args_skip_blanks(const char *p) {
    while (*p == ' ' || *p == ',') p++;
    return p;
}

/* Splits "a, b, /, c=, *, d=" into an args_spec_t. The spec is a C literal, so no validation
 * beyond bounds is done. */
static void args_parse_spec(const char *spec, args_spec_t *out) {
    memset(out, 0, sizeof *out);
    out->maxpos = -1;
    const char *p = args_skip_blanks(spec);
    while (*p) {
        const char *start = p;
        while (*p && *p != ',' && *p != ' ' && *p != '=') p++;
        int len = (int)(p - start);
        bool optional = *p == '=';
        if (optional) p++;
        if (len == 1 && *start == '/')
            out->posonly = out->count;
        else if (len == 1 && *start == '*')
            out->maxpos = out->count;
        else if (len > 0 && out->count < ARGS_MAX_PARAMS) {
            out->names[out->count] = start;
            out->name_lens[out->count] = len;
            out->optional[out->count] = optional;
            out->count++;
        }
        p = args_skip_blanks(p);
    }
    if (out->maxpos < 0) out->maxpos = out->count;
    while (out->minpos < out->maxpos && !out->optional[out->minpos]) out->minpos++;
}

/* Index of the keyword-capable parameter called `name`, or -1. */
static int args_find_param(const args_spec_t *spec, sp_value_t name) {
    const char *s = sp_str_cstr(name);
    size_t len = (size_t)SP_AS_STR(name)->size;
    for (int i = spec->posonly; i < spec->count; i++)
        if ((size_t)spec->name_lens[i] == len && memcmp(spec->names[i], s, len) == 0) return i;
    return -1;
}

/* Index of the keyword argument called like parameter i, or -1. */
static int args_find_keyword(const args_spec_t *spec, int i, sp_value_t kwnames) {
    if (kwnames == SP_NULL) return -1;
    sp_tuple_t *kw = SP_AS_TUPLE(kwnames);
    for (int64_t k = 0; k < kw->size; k++) {
        sp_str_t *key = SP_AS_STR(kw->items[k]);
        if (key->size == spec->name_lens[i] && memcmp(key->data, spec->names[i], (size_t)key->size) == 0)
            return (int)k;
    }
    return -1;
}

/* The count checks Argument Clinic makes before looking at keywords. */
static int args_check_counts(sp_vm_t *vm, const char *fname, const args_spec_t *spec, int nargs, int nkw) {
    if (nargs + nkw > spec->count) {
        sp_raise(vm, SP_EXC_TypeError, "%s() takes at most %d %sargument%s (%d given)", fname, spec->count,
                 nargs == 0 ? "keyword " : "", spec->count == 1 ? "" : "s", nargs + nkw);
        return -1;
    }
    if (nargs > spec->maxpos) {
        if (spec->maxpos == 0)
            sp_raise(vm, SP_EXC_TypeError, "%s() takes no positional arguments", fname);
        else
            sp_raise(vm, SP_EXC_TypeError, "%s() takes %s %d positional argument%s (%d given)", fname,
                     spec->minpos < spec->maxpos ? "at most" : "exactly", spec->maxpos,
                     spec->maxpos == 1 ? "" : "s", nargs);
        return -1;
    }
    int min_posonly = spec->minpos < spec->posonly ? spec->minpos : spec->posonly;
    if (nargs < min_posonly) {
        sp_raise(vm, SP_EXC_TypeError, "%s() takes %s %d positional argument%s (%d given)", fname,
                 spec->minpos < spec->maxpos ? "at least" : "exactly", spec->minpos,
                 spec->minpos == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

/* Raises the error for a keyword that names no parameter (there must be one). */
static int args_unexpected_keyword(sp_vm_t *vm, const char *fname, const args_spec_t *spec,
                                   sp_value_t kwnames) {
    sp_tuple_t *kw = SP_AS_TUPLE(kwnames);
    for (int64_t k = 0; k < kw->size; k++) {
        if (args_find_param(spec, kw->items[k]) < 0) {
            sp_raise(vm, SP_EXC_TypeError, "'%s' is an invalid keyword argument for %s()",
                     sp_str_cstr(kw->items[k]), fname);
            return -1;
        }
    }
    sp_raise(vm, SP_EXC_TypeError, "%s() got an unexpected keyword argument", fname);
    return -1;
}

int sp_parse_args(sp_vm_t *vm, const char *fname, const char *spec_text, const sp_value_t *args, int nargs,
                  sp_value_t kwnames, sp_value_t *out) {
    args_spec_t spec;
    args_parse_spec(spec_text, &spec);
    int nkw = kwnames != SP_NULL ? (int)SP_AS_TUPLE(kwnames)->size : 0;
    if (spec.posonly == spec.count) {
        /* All positional-only: Argument Clinic checks with _PyArg_CheckPositional's wording. */
        if (sp_check_nargs(vm, fname, nargs, kwnames, spec.minpos, spec.count) < 0) return -1;
        for (int i = 0; i < spec.count; i++) out[i] = i < nargs ? args[i] : SP_NULL;
        return 0;
    }
    if (args_check_counts(vm, fname, &spec, nargs, nkw) < 0) return -1;
    for (int i = 0; i < nargs; i++) out[i] = args[i];
    for (int i = spec.posonly; i < nargs && nkw > 0; i++) {
        if (args_find_keyword(&spec, i, kwnames) >= 0) {
            sp_raise(vm, SP_EXC_TypeError, "argument for %s() given by name ('%.*s') and position (%d)",
                     fname, spec.name_lens[i], spec.names[i], i + 1);
            return -1;
        }
    }
    int used = 0;
    for (int i = nargs; i < spec.count; i++) {
        int k = i >= spec.posonly ? args_find_keyword(&spec, i, kwnames) : -1;
        out[i] = k >= 0 ? args[nargs + k] : SP_NULL;
        if (k >= 0)
            used++;
        else if (!spec.optional[i]) {
            sp_raise(vm, SP_EXC_TypeError, "%s() missing required argument '%.*s' (pos %d)", fname,
                     spec.name_lens[i], spec.names[i], i + 1);
            return -1;
        }
    }
    if (used < nkw) return args_unexpected_keyword(vm, fname, &spec, kwnames);
    return 0;
}

const char *sp_arg_type_name(sp_vm_t *vm, sp_value_t v) {
    return v == SP_NONE ? "None" : sp_type_name(vm, v);
}

int sp_check_nargs(sp_vm_t *vm, const char *fname, int nargs, sp_value_t kwnames, int min, int max) {
    if (kwnames != SP_NULL && SP_AS_TUPLE(kwnames)->size > 0) {
        sp_raise(vm, SP_EXC_TypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    if (nargs >= min && nargs <= max) return 0;
    if (min == max && min == 0)
        sp_raise(vm, SP_EXC_TypeError, "%s() takes no arguments (%d given)", fname, nargs);
    else if (min == max && min == 1)
        sp_raise(vm, SP_EXC_TypeError, "%s() takes exactly one argument (%d given)", fname, nargs);
    else if (min == max)
        sp_raise(vm, SP_EXC_TypeError, "%s expected %d arguments, got %d", fname, min, nargs);
    else if (nargs < min)
        sp_raise(vm, SP_EXC_TypeError, "%s expected at least %d argument%s, got %d", fname, min,
                 min == 1 ? "" : "s", nargs);
    else
        sp_raise(vm, SP_EXC_TypeError, "%s expected at most %d argument%s, got %d", fname, max,
                 max == 1 ? "" : "s", nargs);
    return -1;
}
