/* range.c: the range type — an arithmetic progression with O(1) len, indexing and `in`.
 * Bounds are int64 (a range past them raises OverflowError, as CPython's len() would). */
#include <string.h>

#include "runtime/runtime.h"

/* Number of items of range(start, stop, step), computed in uint64 so it cannot overflow;
 * -1 when it does not fit in int64. */
static int64_t range_count(int64_t start, int64_t stop, int64_t step) {
    uint64_t count;
    if (step > 0) {
        if (start >= stop) return 0;
        count = ((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1;
    } else {
        if (start <= stop) return 0;
        count = ((uint64_t)start - (uint64_t)stop - 1) / (0 - (uint64_t)step) + 1;
    }
    return count > (uint64_t)INT64_MAX ? -1 : (int64_t)count;
}

static sp_value_t range_make(sp_vm_t *vm, int64_t start, int64_t stop, int64_t step, int64_t length) {
    sp_range_t *range = (sp_range_t *)sp_new_atomic_object(vm, vm->types[SP_K_RANGE], sizeof *range);
    if (!range) return SP_NULL;
    range->start = start;
    range->stop = stop;
    range->step = step;
    range->length = length;
    return SP_OBJ(range);
}

sp_value_t sp_range_new(sp_vm_t *vm, int64_t start, int64_t stop, int64_t step) {
    if (step == 0) return sp_raise(vm, SP_EXC_ValueError, "range() arg 3 must not be zero");
    int64_t length = range_count(start, stop, step);
    if (length < 0) return sp_raise(vm, SP_EXC_OverflowError, "Python int too large to convert to C ssize_t");
    return range_make(vm, start, stop, step, length);
}

/* The item at position i (0 <= i < length); wrapping arithmetic is exact because the result
 * lies between start and stop. */
static int64_t range_item(sp_range_t *range, int64_t i) {
    return (int64_t)((uint64_t)range->start + (uint64_t)i * (uint64_t)range->step);
}

static int range_arg(sp_vm_t *vm, sp_value_t v, int64_t *out) {
    if (sp_index(vm, v, out) == 0) return 0;
    /* Ranges are int64-bounded for now: report it the way CPython reports ssize_t overflow. */
    if (sp_exc_matches(vm, SP_EXC_OverflowError)) {
        sp_exc_fetch(vm);
        sp_raise(vm, SP_EXC_OverflowError, "Python int too large to convert to C ssize_t");
    }
    return -1;
}

static sp_value_t range_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,
                                  sp_value_t kwnames) {
    if (kwnames && SP_AS_TUPLE(kwnames)->size > 0)
        return sp_raise(vm, SP_EXC_TypeError, "range() takes no keyword arguments");
    if (nargs < 1) return sp_raise(vm, SP_EXC_TypeError, "range expected at least 1 argument, got %d", nargs);
    if (nargs > 3) return sp_raise(vm, SP_EXC_TypeError, "range expected at most 3 arguments, got %d", nargs);
    int64_t bounds[3] = {0, 0, 1};
    for (int i = 0; i < nargs; i++)
        if (range_arg(vm, args[i], &bounds[nargs == 1 ? 1 : i]) < 0) return SP_NULL;
    return sp_range_new(vm, bounds[0], bounds[1], bounds[2]);
}

static sp_value_t range_repr(sp_vm_t *vm, sp_value_t self) {
    sp_range_t *range = SP_AS_RANGE(self);
    if (range->step == 1)
        return sp_str_format(vm, "range(%lld, %lld)", (long long)range->start, (long long)range->stop);
    return sp_str_format(vm, "range(%lld, %lld, %lld)", (long long)range->start, (long long)range->stop,
                         (long long)range->step);
}

static int64_t range_len(sp_vm_t *vm, sp_value_t self) { return SP_AS_RANGE(self)->length; }

static sp_value_t range_slice(sp_vm_t *vm, sp_range_t *range, sp_value_t slice) {
    int64_t start, stop, step;
    int64_t count = sp_slice_indices(vm, slice, range->length, &start, &stop, &step);
    if (count < 0) return SP_NULL;
    int64_t new_step = (int64_t)((uint64_t)range->step * (uint64_t)step);
    return range_make(vm, range_item(range, start), range_item(range, stop), new_step, count);
}

static sp_value_t range_getitem(sp_vm_t *vm, sp_value_t self, sp_value_t key) {
    sp_range_t *range = SP_AS_RANGE(self);
    if (sp_is_kind(key, SP_K_SLICE)) return range_slice(vm, range, key);
    int64_t i;
    if (sp_seq_index(vm, key, range->length, "range", "range object index out of range", &i) < 0) return SP_NULL;
    return sp_int_from_i64(vm, range_item(range, i));
}

/* Position of the int v in the range, or -1. */
static int64_t range_find_int(sp_range_t *range, int64_t v) {
    if (range->length == 0) return -1;
    int64_t last = range_item(range, range->length - 1);
    if (range->step > 0 ? (v < range->start || v > last) : (v > range->start || v < last)) return -1;
    uint64_t offset = range->step > 0 ? (uint64_t)v - (uint64_t)range->start : (uint64_t)range->start - (uint64_t)v;
    uint64_t step = range->step > 0 ? (uint64_t)range->step : 0 - (uint64_t)range->step;
    if (offset % step) return -1;
    return (int64_t)(offset / step);
}

/* Position of v (compared by ==) or -1; -2 on error. Ints take the O(1) path. */
static int64_t range_find(sp_vm_t *vm, sp_range_t *range, sp_value_t v) {
    if (sp_is_smallint(v)) return range_find_int(range, sp_smallint_value(v));
    if (sp_is_bool(v)) return range_find_int(range, v == SP_TRUE);
    if (sp_is_kind(v, SP_K_INT)) return -1; /* big ints lie outside every int64 range */
    for (int64_t i = 0; i < range->length; i++) {
        int eq = sp_equal(vm, sp_int_from_i64(vm, range_item(range, i)), v);
        if (eq < 0) return -2;
        if (eq) return i;
    }
    return -1;
}

static int range_contains(sp_vm_t *vm, sp_value_t self, sp_value_t item) {
    int64_t found = range_find(vm, SP_AS_RANGE(self), item);
    return found == -2 ? -1 : found >= 0;
}

static sp_value_t range_iter(sp_vm_t *vm, sp_value_t self) {
    return sp_iterator_new(vm, vm->iter_types[SP_ITER_RANGE], self, SP_NULL, 0, 0);
}

/* Ranges are equal when they yield the same sequence (range(0) == range(2, 1)). */
static bool range_same(sp_range_t *a, sp_range_t *b) {
    if (a->length != b->length) return false;
    if (a->length == 0) return true;
    if (a->start != b->start) return false;
    return a->length == 1 || a->step == b->step;
}

static sp_value_t range_richcompare(sp_vm_t *vm, sp_value_t a, sp_value_t b, sp_cmp_t op) {
    if (!sp_is_kind(a, SP_K_RANGE) || !sp_is_kind(b, SP_K_RANGE)) return SP_NOTIMPLEMENTED;
    if (op != SP_CMP_EQ && op != SP_CMP_NE) return SP_NOTIMPLEMENTED;
    bool same = range_same(SP_AS_RANGE(a), SP_AS_RANGE(b));
    return sp_bool(op == SP_CMP_EQ ? same : !same);
}

/* As CPython: hash((len, start, step)) with start/step None where they do not matter. */
static int range_hash(sp_vm_t *vm, sp_value_t self, int64_t *out) {
    sp_range_t *range = SP_AS_RANGE(self);
    sp_value_t parts[3] = {sp_int_from_i64(vm, range->length), SP_NONE, SP_NONE};
    if (range->length > 0) parts[1] = sp_int_from_i64(vm, range->start);
    if (range->length > 1) parts[2] = sp_int_from_i64(vm, range->step);
    sp_value_t tuple = sp_tuple_from_array(vm, parts, 3);
    if (!tuple) return -1;
    return sp_hash(vm, tuple, out);
}

static sp_value_t range_getattr(sp_vm_t *vm, sp_value_t self, sp_value_t name) {
    const char *text = sp_str_cstr(name);
    sp_range_t *range = SP_AS_RANGE(self);
    if (!strcmp(text, "start")) return sp_int_from_i64(vm, range->start);
    if (!strcmp(text, "stop")) return sp_int_from_i64(vm, range->stop);
    if (!strcmp(text, "step")) return sp_int_from_i64(vm, range->step);
    return sp_generic_getattr(vm, self, name);
}

static sp_value_t range_m_index(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "range.index", nargs - 1, kwnames, 1, 1) < 0) return SP_NULL;
    int64_t found = range_find(vm, SP_AS_RANGE(args[0]), args[1]);
    if (found == -2) return SP_NULL;
    if (found == -1) {
        sp_value_t text = sp_repr(vm, args[1]);
        if (!text) return SP_NULL;
        return sp_raise(vm, SP_EXC_ValueError, "%s is not in range", sp_str_cstr(text));
    }
    return sp_int_from_i64(vm, found);
}

static sp_value_t range_m_count(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "range.count", nargs - 1, kwnames, 1, 1) < 0) return SP_NULL;
    sp_range_t *range = SP_AS_RANGE(args[0]);
    sp_value_t v = args[1];
    if (sp_is_int(v) || sp_is_bool(v)) {
        int64_t found = range_find(vm, range, v);
        return sp_smallint(found >= 0);
    }
    int64_t count = 0;
    for (int64_t i = 0; i < range->length; i++) {
        int eq = sp_equal(vm, sp_int_from_i64(vm, range_item(range, i)), v);
        if (eq < 0) return SP_NULL;
        count += eq;
    }
    return sp_int_from_i64(vm, count);
}

static const sp_method_def_t range_methods[] = {
    {"index", range_m_index},
    {"count", range_m_count},
    {NULL, NULL},
};

void range_init(sp_vm_t *vm) {
    sp_type_t *type = vm->types[SP_K_RANGE];
    type->repr = range_repr;
    type->hash = range_hash;
    type->richcompare = range_richcompare;
    type->len = range_len;
    type->getitem = range_getitem;
    type->contains = range_contains;
    type->iter = range_iter;
    type->getattr = range_getattr;
    type->construct = range_construct;
    type_add_methods(vm, type, range_methods);
}
