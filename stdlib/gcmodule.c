/* gcmodule.c: the gc module over the Boehm collector. Boehm is a tracing collector with no
 * generations and no separate cycle detector, so the generational interface of CPython's gc is
 * kept for compatibility and approximated; docs/stdlib.md lists the differences. */
#include <stdint.h>

#include "runtime/runtime.h"
#include "stdlib/modules.h"

#if SP_GC_BOEHM
#include <gc.h>
#endif

/*
 * The module's state is a small list bound as `self` to each of its functions (never visible to
 * Python code): [enabled, threshold0, threshold1, threshold2, debug flags]. Boehm's own
 * enable/disable switch is process-wide; this VM's flag keeps gc.isenabled() per VM and makes
 * enable()/disable() idempotent on Boehm's nesting counter.
 */
enum { GC_STATE_ENABLED, GC_STATE_T0, GC_STATE_T1, GC_STATE_T2, GC_STATE_DEBUG, GC_STATE__COUNT };

static sp_value_t *gcm_state(const sp_value_t *args) { return SP_AS_LIST(args[0])->items; }

static sp_value_t gcm_collect(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[1];
    if (sp_parse_args(vm, "collect", "generation=", args + 1, nargs - 1, kwnames, p) < 0) return SP_NULL;
    int64_t generation = 2;
    if (p[0] && sp_index(vm, p[0], &generation) < 0) return SP_NULL;
    if (generation < 0 || generation > 2) return sp_raise(vm, SP_EXC_ValueError, "invalid generation");
#if SP_GC_BOEHM
    /* An explicit collection runs even while automatic collection is disabled, as in CPython. */
    bool disabled = GC_is_disabled();
    if (disabled) GC_enable();
    GC_gcollect();
    if (disabled) GC_disable();
#endif
    /* CPython returns the number of unreachable objects found; Boehm does not count them. */
    return sp_smallint(0);
}

static sp_value_t gcm_enable(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "gc.enable", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    sp_value_t *state = gcm_state(args);
#if SP_GC_BOEHM
    if (state[GC_STATE_ENABLED] == SP_FALSE && GC_is_disabled()) GC_enable();
#endif
    state[GC_STATE_ENABLED] = SP_TRUE;
    return SP_NONE;
}

static sp_value_t gcm_disable(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "gc.disable", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    sp_value_t *state = gcm_state(args);
#if SP_GC_BOEHM
    if (state[GC_STATE_ENABLED] == SP_TRUE) GC_disable();
#endif
    state[GC_STATE_ENABLED] = SP_FALSE;
    return SP_NONE;
}

static sp_value_t gcm_isenabled(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "gc.isenabled", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    return gcm_state(args)[GC_STATE_ENABLED];
}

/* (KiB allocated since the last collection, 0, 0): Boehm has one generation, and it counts
 * bytes rather than CPython's allocations minus deallocations. */
static sp_value_t gcm_get_count(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "gc.get_count", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    int64_t kib = 0;
#if SP_GC_BOEHM
    kib = (int64_t)(GC_get_bytes_since_gc() / 1024);
#endif
    sp_value_t items[3] = {sp_int_from_i64(vm, kib), sp_smallint(0), sp_smallint(0)};
    return sp_tuple_from_array(vm, items, 3);
}

/* The thresholds are remembered and returned, but Boehm sizes its own collections. */
static sp_value_t gcm_get_threshold(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "gc.get_threshold", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    return sp_tuple_from_array(vm, gcm_state(args) + GC_STATE_T0, 3);
}

static sp_value_t gcm_set_threshold(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (kwnames && SP_AS_TUPLE(kwnames)->size > 0)
        return sp_raise(vm, SP_EXC_TypeError, "set_threshold() takes no keyword arguments");
    if (nargs - 1 < 1 || nargs - 1 > 3)
        return sp_raise(vm, SP_EXC_TypeError, "set_threshold() takes at %s %d argument%s (%d given)",
                        nargs - 1 < 1 ? "least" : "most", nargs - 1 < 1 ? 1 : 3, nargs - 1 < 1 ? "" : "s",
                        nargs - 1);
    sp_value_t *state = gcm_state(args);
    for (int i = 1; i < nargs; i++) {
        int64_t t;
        if (sp_is_float(args[i]))
            return sp_raise(vm, SP_EXC_TypeError, "'float' object cannot be interpreted as an integer");
        if (sp_index(vm, args[i], &t) < 0) return SP_NULL;
        if (t < INT32_MIN || t > INT32_MAX)
            return sp_raise(vm, SP_EXC_OverflowError, "signed integer is %s than %s", t < 0 ? "less" : "greater",
                            t < 0 ? "minimum" : "maximum");
        state[GC_STATE_T0 + i - 1] = sp_smallint(t);
    }
    return SP_NONE;
}

static sp_value_t gcm_get_debug(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "gc.get_debug", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    return gcm_state(args)[GC_STATE_DEBUG];
}

/* Debug flags are kept for get_debug(); Boehm prints no per-object statistics. */
static sp_value_t gcm_set_debug(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "gc.set_debug", nargs - 1, kwnames, 1, 1) < 0) return SP_NULL;
    int64_t flags;
    if (sp_is_float(args[1])) return sp_raise(vm, SP_EXC_TypeError, "'float' object cannot be interpreted as an integer");
    if (sp_index(vm, args[1], &flags) < 0) {
        if (!sp_exc_matches(vm, SP_EXC_OverflowError)) return SP_NULL;
        sp_exc_fetch(vm);
        flags = INT64_MAX;
    }
    if (flags < INT32_MIN || flags > INT32_MAX)
        return sp_raise(vm, SP_EXC_OverflowError, "Python int too large to convert to C int");
    gcm_state(args)[GC_STATE_DEBUG] = sp_int_from_i64(vm, flags);
    return SP_NONE;
}

/* What CPython's gc.is_tracked would say: atomic values (numbers, strs, bytes) are not tracked,
 * containers are, except dicts holding only atomic values, which CPython untracks (it untracks
 * such tuples too, but only during a collection, so a new tuple is tracked). The
 * answer is informational: Boehm scans every block that may hold references. */
static bool gcm_tracked(sp_value_t v, int depth) {
    if (!sp_is_obj(v)) return false;
    if (depth > 100) return true; /* deep nesting: stop looking (and keep the C stack small) */
    sp_type_t *type = SP_AS_OBJ(v)->type;
    if (type->flags & SP_TYPE_HEAPTYPE) return true;
    switch (type->kind) {
    case SP_K_INT:
    case SP_K_FLOAT:
    case SP_K_STR:
    case SP_K_BYTES:
    case SP_K_COMPLEX:
    case SP_K_NONE:
    case SP_K_BOOL: return false;
    case SP_K_DICT: {
        int64_t pos = 0;
        sp_value_t key, value;
        while (sp_dict_next(v, &pos, &key, &value))
            if (gcm_tracked(key, depth + 1) || gcm_tracked(value, depth + 1)) return true;
        return false;
    }
    default: return true;
    }
}

static sp_value_t gcm_is_tracked(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "gc.is_tracked", nargs - 1, kwnames, 1, 1) < 0) return SP_NULL;
    return sp_bool(gcm_tracked(args[1], 0));
}

static sp_value_t gcm_freeze(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return sp_check_nargs(vm, "gc.freeze", nargs - 1, kwnames, 0, 0) < 0 ? SP_NULL : SP_NONE;
}

static sp_value_t gcm_unfreeze(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return sp_check_nargs(vm, "gc.unfreeze", nargs - 1, kwnames, 0, 0) < 0 ? SP_NULL : SP_NONE;
}

static sp_value_t gcm_get_freeze_count(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return sp_check_nargs(vm, "gc.get_freeze_count", nargs - 1, kwnames, 0, 0) < 0 ? SP_NULL : sp_smallint(0);
}

static const sp_method_def_t gcm_functions[] = {
    {"collect", gcm_collect},
    {"enable", gcm_enable},
    {"disable", gcm_disable},
    {"isenabled", gcm_isenabled},
    {"get_count", gcm_get_count},
    {"get_threshold", gcm_get_threshold},
    {"set_threshold", gcm_set_threshold},
    {"get_debug", gcm_get_debug},
    {"set_debug", gcm_set_debug},
    {"is_tracked", gcm_is_tracked},
    {"freeze", gcm_freeze},
    {"unfreeze", gcm_unfreeze},
    {"get_freeze_count", gcm_get_freeze_count},
    {NULL, NULL},
};

sp_value_t gc_module_init(sp_vm_t *vm) {
    sp_value_t module = sp_module_new(vm, sp_str_intern_cstr(vm, "gc"));
    sp_value_t state = sp_list_new(vm, GC_STATE__COUNT);
    if (!module || !state) return SP_NULL;
    sp_value_t *items = SP_AS_LIST(state)->items;
#if SP_GC_BOEHM
    items[GC_STATE_ENABLED] = sp_bool(!GC_is_disabled());
#else
    items[GC_STATE_ENABLED] = SP_TRUE;
#endif
    items[GC_STATE_T0] = sp_smallint(700);
    items[GC_STATE_T1] = sp_smallint(10);
    items[GC_STATE_T2] = sp_smallint(10);
    items[GC_STATE_DEBUG] = sp_smallint(0);
    sp_value_t dict = SP_AS_MODULE(module)->dict;
    for (const sp_method_def_t *f = gcm_functions; f->name; f++) {
        sp_value_t fn = sp_native_new(vm, f->name, f->fn, state);
        if (!fn) return SP_NULL;
        SP_AS_NATIVE(fn)->module_name = SP_AS_MODULE(module)->name;
        if (sp_dict_set_cstr(vm, dict, f->name, fn) < 0) return SP_NULL;
    }
    static const struct {
        const char *name;
        int value;
    } flags[] = {{"DEBUG_STATS", 1},       {"DEBUG_COLLECTABLE", 2}, {"DEBUG_UNCOLLECTABLE", 4},
                 {"DEBUG_SAVEALL", 32},    {"DEBUG_LEAK", 38}};
    for (size_t i = 0; i < sizeof flags / sizeof flags[0]; i++)
        if (sp_dict_set_cstr(vm, dict, flags[i].name, sp_smallint(flags[i].value)) < 0) return SP_NULL;
    sp_value_t garbage = sp_list_new(vm, 0), callbacks = sp_list_new(vm, 0);
    if (!garbage || !callbacks || sp_dict_set_cstr(vm, dict, "garbage", garbage) < 0 ||
        sp_dict_set_cstr(vm, dict, "callbacks", callbacks) < 0)
        return SP_NULL;
    return module;
}
