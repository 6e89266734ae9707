/* range.c: the range type — an arithmetic progression with O(1) len, indexing and `in`.
 * Bounds are any ints: int64 fields on the fast path, and a "big" form (a tuple of int values,
 * CPython's longrange) when a bound or the length does not fit; len() of a range longer than
 * int64 raises OverflowError, as CPython's does. */
#include <string.h>

#include "runtime/runtime.h"
#include "runtime/slots.h"

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
    range->big = SP_NULL;
    return SP_OBJ(range);
}

/* ---- Big ranges: the same arithmetic on int values ------------------------------------------ */

enum { RANGE_START, RANGE_STOP, RANGE_STEP, RANGE_LENGTH };

/* The int64 value of the int v, or false (and no exception) when it does not fit. */
static bool range_fits_i64(sp_vm_t *vm, sp_value_t v, int64_t *out) {
    if (sp_is_smallint(v)) {
        *out = sp_smallint_value(v);
        return true;
    }
    if (sp_is_bool(v)) {
        *out = v == SP_TRUE;
        return true;
    }
    if (sp_int_to_i64(vm, v, out) == 0) return true;
    sp_exc_fetch(vm);
    return false;
}

/* start, stop, step or length of any range, as an int value. */
static sp_value_t range_field(sp_vm_t *vm, sp_range_t *range, int which) {
    if (range->big) return SP_AS_TUPLE(range->big)->items[which];
    int64_t fields[4] = {range->start, range->stop, range->step, range->length};
    return sp_int_from_i64(vm, fields[which]);
}

/* a <op> b for int values; SP_NULL on error (MemoryError, or OverflowError without GMP). */
static sp_value_t range_op(sp_vm_t *vm, sp_binop_t op, sp_value_t a, sp_value_t b) {
    if (!a || !b) return SP_NULL;
    return sp_int_binop(vm, op, a, b);
}

/* Number of items of range(start, stop, step) for int values (step != 0 with sign `sign`). */
static sp_value_t range_count_big(sp_vm_t *vm, sp_value_t start, sp_value_t stop, sp_value_t step, int sign) {
    int order = sp_int_compare(vm, start, stop);
    if (sign > 0 ? order >= 0 : order <= 0) return sp_smallint(0);
    sp_value_t one = sp_smallint(1);
    sp_value_t distance = sign > 0 ? range_op(vm, SP_BINOP_SUB, stop, start) : range_op(vm, SP_BINOP_SUB, start, stop);
    sp_value_t stride = sign > 0 ? step : range_op(vm, SP_BINOP_SUB, sp_smallint(0), step);
    sp_value_t steps = range_op(vm, SP_BINOP_FLOORDIV, range_op(vm, SP_BINOP_SUB, distance, one), stride);
    return range_op(vm, SP_BINOP_ADD, steps, one);
}

/* range(start, stop, step) for int values: the int64 form when everything fits, else the big one. */
static sp_value_t range_from_ints(sp_vm_t *vm, sp_value_t start, sp_value_t stop, sp_value_t step) {
    int sign = sp_int_sign(vm, step);
    if (sign == 0) return sp_raise(vm, SP_EXC_ValueError, "range() arg 3 must not be zero");
    int64_t bounds[3];
    if (range_fits_i64(vm, start, &bounds[0]) && range_fits_i64(vm, stop, &bounds[1]) &&
        range_fits_i64(vm, step, &bounds[2])) {
        int64_t length = range_count(bounds[0], bounds[1], bounds[2]);
        if (length >= 0) return range_make(vm, bounds[0], bounds[1], bounds[2], length);
    }
    sp_value_t length = range_count_big(vm, start, stop, step, sign);
    if (!length) return SP_NULL;
    sp_value_t parts[4] = {start, stop, step, length};
    sp_value_t big = sp_tuple_from_array(vm, parts, 4);
    if (!big) return SP_NULL;
    sp_range_t *range = (sp_range_t *)sp_new_object(vm, vm->types[SP_K_RANGE], sizeof *range);
    if (!range) return SP_NULL;
    range->start = range->stop = range->step = 0;
    if (!range_fits_i64(vm, length, &range->length)) range->length = INT64_MAX;
    range->big = big;
    return SP_OBJ(range);
}

sp_value_t sp_range_new(sp_vm_t *vm, int64_t start, int64_t stop, int64_t step) {
    if (step == 0) return sp_raise(vm, SP_EXC_ValueError, "range() arg 3 must not be zero");
    int64_t length = range_count(start, stop, step);
    if (length < 0)
        return range_from_ints(vm, sp_int_from_i64(vm, start), sp_int_from_i64(vm, stop), sp_int_from_i64(vm, step));
    return range_make(vm, start, stop, step, length);
}

/* The item at position i (an int value) of any range. */
static sp_value_t range_item_value(sp_vm_t *vm, sp_range_t *range, sp_value_t i) {
    sp_value_t offset = range_op(vm, SP_BINOP_MUL, i, range_field(vm, range, RANGE_STEP));
    return range_op(vm, SP_BINOP_ADD, range_field(vm, range, RANGE_START), offset);
}

sp_value_t sp_range_item_at(sp_vm_t *vm, sp_value_t self, int64_t i) {
    return range_item_value(vm, SP_AS_RANGE(self), sp_int_from_i64(vm, i));
}

sp_value_t sp_range_reversed(sp_vm_t *vm, sp_value_t self) {
    sp_range_t *range = SP_AS_RANGE(self);
    sp_value_t length = range_field(vm, range, RANGE_LENGTH);
    if (sp_int_sign(vm, length) == 0) return range_make(vm, 0, 0, 1, 0);
    sp_value_t step = range_field(vm, range, RANGE_STEP);
    sp_value_t last = range_item_value(vm, range, range_op(vm, SP_BINOP_SUB, length, sp_smallint(1)));
    sp_value_t stop = range_op(vm, SP_BINOP_SUB, range_field(vm, range, RANGE_START), step);
    sp_value_t back = range_op(vm, SP_BINOP_SUB, sp_smallint(0), step);
    if (!last || !stop || !back) return SP_NULL;
    return range_from_ints(vm, last, stop, back);
}

/* The item at position i (0 <= i < length); wrapping arithmetic is exact because the result
 * lies between start and stop. */
static int64_t range_item(sp_range_t *range, int64_t i) {
    return (int64_t)((uint64_t)range->start + (uint64_t)i * (uint64_t)range->step);
}


static sp_value_t range_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,
                                  sp_value_t kwnames) {
    if (kwnames && SP_AS_TUPLE(kwnames)->size > 0)
        return sp_raise(vm, SP_EXC_TypeError, "range() takes no keyword arguments");
    if (nargs < 1) return sp_raise(vm, SP_EXC_TypeError, "range expected at least 1 argument, got %d", nargs);
    if (nargs > 3) return sp_raise(vm, SP_EXC_TypeError, "range expected at most 3 arguments, got %d", nargs);
    sp_value_t bounds[3] = {sp_smallint(0), SP_NULL, sp_smallint(1)};
    for (int i = 0; i < nargs; i++)
        if (!(bounds[nargs == 1 ? 1 : i] = slots_index(vm, args[i]))) return SP_NULL;
    return range_from_ints(vm, bounds[0], bounds[1], bounds[2]);
}

static sp_value_t range_repr(sp_vm_t *vm, sp_value_t self) {
    sp_range_t *range = SP_AS_RANGE(self);
    if (range->big) {
        sp_value_t text[3];
        for (int i = 0; i < 3; i++)
            if (!(text[i] = sp_repr(vm, range_field(vm, range, i)))) return SP_NULL;
        if (sp_int_compare(vm, range_field(vm, range, RANGE_STEP), sp_smallint(1)) == 0)
            return sp_str_format(vm, "range(%s, %s)", sp_str_cstr(text[0]), sp_str_cstr(text[1]));
        return sp_str_format(vm, "range(%s, %s, %s)", sp_str_cstr(text[0]), sp_str_cstr(text[1]),
                             sp_str_cstr(text[2]));
    }
    if (range->step == 1)
        return sp_str_format(vm, "range(%lld, %lld)", (long long)range->start, (long long)range->stop);
    return sp_str_format(vm, "range(%lld, %lld, %lld)", (long long)range->start, (long long)range->stop,
                         (long long)range->step);
}

static int64_t range_len(sp_vm_t *vm, sp_value_t self) {
    sp_range_t *range = SP_AS_RANGE(self);
    if (range->big && range->length == INT64_MAX &&
        sp_int_compare(vm, range_field(vm, range, RANGE_LENGTH), sp_int_from_i64(vm, INT64_MAX)) > 0) {
        sp_raise(vm, SP_EXC_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return range->length;
}

/* A range is true when it is not empty (even one too long for len()). */
static int range_truth(sp_vm_t *vm, sp_value_t self) { return SP_AS_RANGE(self)->length > 0; }

/* A slice bound of a big range, clamped as CPython's _PySlice_GetLongIndices: None gives
 * `none`, a negative bound counts from the end, the result lies in [lower, upper]. */
static sp_value_t range_slice_index(sp_vm_t *vm, sp_value_t bound) {
    if (!sp_is_int(bound) && !sp_is_bool(bound) &&
        !type_lookup(vm, sp_typeof(vm, bound), sp_str_intern_cstr(vm, "__index__")))
        return sp_raise(vm, SP_EXC_TypeError, "slice indices must be integers or None or have an __index__ method");
    return slots_index(vm, bound);
}

static sp_value_t range_slice_bound(sp_vm_t *vm, sp_value_t bound, sp_value_t none, sp_value_t length,
                                    sp_value_t lower, sp_value_t upper) {
    if (bound == SP_NONE) return none;
    sp_value_t v = range_slice_index(vm, bound);
    if (!v) return SP_NULL;
    if (sp_int_sign(vm, v) < 0) {
        v = range_op(vm, SP_BINOP_ADD, v, length);
        if (!v) return SP_NULL;
        return sp_int_compare(vm, v, lower) < 0 ? lower : v;
    }
    return sp_int_compare(vm, v, upper) > 0 ? upper : v;
}

/* True when the int64 slicing path computes the slice exactly: every bound None or a small int
 * (a larger step would be clamped by sp_slice_indices). */
static bool range_slice_small(sp_slice_t *slice) {
    sp_value_t parts[3] = {slice->start, slice->stop, slice->step};
    for (int i = 0; i < 3; i++)
        if (parts[i] != SP_NONE && !sp_is_smallint(parts[i]) && !sp_is_bool(parts[i])) return false;
    return true;
}

static sp_value_t range_slice_big(sp_vm_t *vm, sp_range_t *range, sp_value_t slice) {
    sp_slice_t *s = SP_AS_SLICE(slice);
    sp_value_t step = sp_smallint(1);
    if (s->step != SP_NONE) {
        step = range_slice_index(vm, s->step);
        if (!step) return SP_NULL;
    }
    int sign = sp_int_sign(vm, step);
    if (sign == 0) return sp_raise(vm, SP_EXC_ValueError, "slice step cannot be zero");
    sp_value_t length = range_field(vm, range, RANGE_LENGTH);
    sp_value_t lower = sign < 0 ? sp_smallint(-1) : sp_smallint(0);
    sp_value_t upper = sign < 0 ? range_op(vm, SP_BINOP_SUB, length, sp_smallint(1)) : length;
    if (!upper) return SP_NULL;
    sp_value_t start = range_slice_bound(vm, s->start, sign < 0 ? upper : lower, length, lower, upper);
    if (!start) return SP_NULL;
    sp_value_t stop = range_slice_bound(vm, s->stop, sign < 0 ? lower : upper, length, lower, upper);
    if (!stop) return SP_NULL;
    sp_value_t first = range_item_value(vm, range, start), end = range_item_value(vm, range, stop);
    sp_value_t new_step = range_op(vm, SP_BINOP_MUL, step, range_field(vm, range, RANGE_STEP));
    if (!first || !end || !new_step) return SP_NULL;
    return range_from_ints(vm, first, end, new_step);
}

static sp_value_t range_slice(sp_vm_t *vm, sp_range_t *range, sp_value_t slice) {
    int64_t start, stop, step;
    int64_t count = sp_slice_indices(vm, slice, range->length, &start, &stop, &step);
    if (count < 0) return SP_NULL;
    int64_t new_step = (int64_t)((uint64_t)range->step * (uint64_t)step);
    return range_make(vm, range_item(range, start), range_item(range, stop), new_step, count);
}

static sp_value_t range_getitem(sp_vm_t *vm, sp_value_t self, sp_value_t key) {
    sp_range_t *range = SP_AS_RANGE(self);
    if (range->big) {
        if (sp_is_kind(key, SP_K_SLICE)) return range_slice_big(vm, range, key);
        if (!sp_is_int(key) && !sp_is_bool(key) &&
            !type_lookup(vm, sp_typeof(vm, key), sp_str_intern_cstr(vm, "__index__")))
            return sp_raise(vm, SP_EXC_TypeError, "range indices must be integers or slices, not %s",
                            sp_type_name(vm, key));
        sp_value_t i = slots_index(vm, key);
        if (!i) return SP_NULL;
        sp_value_t length = range_field(vm, range, RANGE_LENGTH);
        if (sp_int_sign(vm, i) < 0 && !(i = range_op(vm, SP_BINOP_ADD, i, length))) return SP_NULL;
        if (sp_int_sign(vm, i) < 0 || sp_int_compare(vm, i, length) >= 0)
            return sp_raise(vm, SP_EXC_IndexError, "range object index out of range");
        return range_item_value(vm, range, i);
    }
    if (sp_is_kind(key, SP_K_SLICE))
        return range_slice_small(SP_AS_SLICE(key)) ? range_slice(vm, range, key) : range_slice_big(vm, range, key);
    int64_t i;
    if (sp_is_int(key) && !range_fits_i64(vm, key, &i))
        return sp_raise(vm, SP_EXC_IndexError, "range object index out of range");
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

/* Position of the int v in a big range: an int value, SP_NONE when absent, SP_NULL on error. */
static sp_value_t range_find_big(sp_vm_t *vm, sp_range_t *range, sp_value_t v) {
    sp_value_t start = range_field(vm, range, RANGE_START), stop = range_field(vm, range, RANGE_STOP);
    sp_value_t step = range_field(vm, range, RANGE_STEP);
    bool inside = sp_int_sign(vm, step) > 0 ? sp_int_compare(vm, start, v) <= 0 && sp_int_compare(vm, v, stop) < 0
                                            : sp_int_compare(vm, stop, v) < 0 && sp_int_compare(vm, v, start) <= 0;
    if (!inside) return SP_NONE;
    sp_value_t offset = range_op(vm, SP_BINOP_SUB, v, start);
    sp_value_t rest = range_op(vm, SP_BINOP_MOD, offset, step);
    if (!rest) return SP_NULL;
    return sp_int_sign(vm, rest) ? SP_NONE : range_op(vm, SP_BINOP_FLOORDIV, offset, step);
}

/* Position of v (compared by ==): an int value, SP_NONE when absent, SP_NULL on error.
 * Ints take the O(1) path; other values are compared with every item, as CPython does. */
static sp_value_t range_find(sp_vm_t *vm, sp_range_t *range, sp_value_t v) {
    if (sp_is_int(v) || sp_is_bool(v)) {
        if (range->big) return range_find_big(vm, range, sp_is_bool(v) ? sp_smallint(v == SP_TRUE) : v);
        int64_t i;
        if (!range_fits_i64(vm, v, &i)) return SP_NONE; /* outside every int64 range */
        int64_t found = range_find_int(range, i);
        return found < 0 ? SP_NONE : sp_int_from_i64(vm, found);
    }
    for (int64_t i = 0; i < range->length; i++) {
        sp_value_t item = range->big ? sp_range_item_at(vm, SP_OBJ(range), i) : sp_int_from_i64(vm, range_item(range, i));
        if (!item) return SP_NULL;
        int eq = sp_equal(vm, item, v);
        if (eq < 0) return SP_NULL;
        if (eq) return sp_int_from_i64(vm, i);
    }
    return SP_NONE;
}

static int range_contains(sp_vm_t *vm, sp_value_t self, sp_value_t item) {
    sp_value_t found = range_find(vm, SP_AS_RANGE(self), item);
    return !found ? -1 : found != SP_NONE;
}

static sp_value_t range_iter(sp_vm_t *vm, sp_value_t self) {
    return sp_iterator_new(vm, vm->iter_types[SP_ITER_RANGE], self, SP_NULL, 0, 0);
}

/* Ranges are equal when they yield the same sequence (range(0) == range(2, 1)). */
static bool range_same(sp_vm_t *vm, sp_range_t *a, sp_range_t *b) {
    if (a->big || b->big) {
        sp_value_t length = range_field(vm, a, RANGE_LENGTH);
        if (sp_int_compare(vm, length, range_field(vm, b, RANGE_LENGTH))) return false;
        if (sp_int_sign(vm, length) == 0) return true;
        if (sp_int_compare(vm, range_field(vm, a, RANGE_START), range_field(vm, b, RANGE_START))) return false;
        return sp_int_compare(vm, length, sp_smallint(1)) == 0 ||
               sp_int_compare(vm, range_field(vm, a, RANGE_STEP), range_field(vm, b, RANGE_STEP)) == 0;
    }
    if (a->length != b->length) return false;
    if (a->length == 0) return true;
    if (a->start != b->start) return false;
    return a->length == 1 || a->step == b->step;
}

static sp_value_t range_richcompare(sp_vm_t *vm, sp_value_t a, sp_value_t b, sp_cmp_t op) {
    if (!sp_is_kind(a, SP_K_RANGE) || !sp_is_kind(b, SP_K_RANGE)) return SP_NOTIMPLEMENTED;
    if (op != SP_CMP_EQ && op != SP_CMP_NE) return SP_NOTIMPLEMENTED;
    bool same = range_same(vm, SP_AS_RANGE(a), SP_AS_RANGE(b));
    return sp_bool(op == SP_CMP_EQ ? same : !same);
}

/* As CPython: hash((len, start, step)) with start/step None where they do not matter. */
static int range_hash(sp_vm_t *vm, sp_value_t self, int64_t *out) {
    sp_range_t *range = SP_AS_RANGE(self);
    sp_value_t length = range_field(vm, range, RANGE_LENGTH);
    sp_value_t parts[3] = {length, SP_NONE, SP_NONE};
    if (sp_int_sign(vm, length) > 0) parts[1] = range_field(vm, range, RANGE_START);
    if (sp_int_compare(vm, length, sp_smallint(1)) > 0) parts[2] = range_field(vm, range, RANGE_STEP);
    sp_value_t tuple = sp_tuple_from_array(vm, parts, 3);
    if (!tuple) return -1;
    return sp_hash(vm, tuple, out);
}

static sp_value_t range_getattr(sp_vm_t *vm, sp_value_t self, sp_value_t name) {
    const char *text = sp_str_cstr(name);
    sp_range_t *range = SP_AS_RANGE(self);
    if (!strcmp(text, "start")) return range_field(vm, range, RANGE_START);
    if (!strcmp(text, "stop")) return range_field(vm, range, RANGE_STOP);
    if (!strcmp(text, "step")) return range_field(vm, range, RANGE_STEP);
    return sp_generic_getattr(vm, self, name);
}

static sp_value_t range_m_index(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "range.index", nargs - 1, kwnames, 1, 1) < 0) return SP_NULL;
    sp_value_t found = range_find(vm, SP_AS_RANGE(args[0]), args[1]);
    if (!found) return SP_NULL;
    if (found == SP_NONE) {
        /* Only an exact int or a bool takes the fast path whose message shows the value. */
        if (!sp_is_bool(args[1]) && sp_typeof(vm, args[1]) != vm->types[SP_K_INT])
            return sp_raise(vm, SP_EXC_ValueError, "sequence.index(x): x not in sequence");
        sp_value_t text = sp_repr(vm, args[1]);
        if (!text) return SP_NULL;
        return sp_raise(vm, SP_EXC_ValueError, "%s is not in range", sp_str_cstr(text));
    }
    return found;
}

static sp_value_t range_m_count(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "range.count", nargs - 1, kwnames, 1, 1) < 0) return SP_NULL;
    sp_range_t *range = SP_AS_RANGE(args[0]);
    sp_value_t v = args[1];
    if (sp_is_int(v) || sp_is_bool(v)) {
        sp_value_t found = range_find(vm, range, v);
        return found ? sp_smallint(found != SP_NONE) : SP_NULL;
    }
    int64_t count = 0;
    for (int64_t i = 0; i < range->length; i++) {
        sp_value_t item = range->big ? sp_range_item_at(vm, args[0], i) : sp_int_from_i64(vm, range_item(range, i));
        if (!item) return SP_NULL;
        int eq = sp_equal(vm, item, v);
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
    type->truth = range_truth;
    type->getitem = range_getitem;
    type->contains = range_contains;
    type->iter = range_iter;
    type->getattr = range_getattr;
    type->construct = range_construct;
    type_add_methods(vm, type, range_methods);
}
