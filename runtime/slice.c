/* slice.c: slice objects and the index arithmetic that every sequence uses to resolve them
 * (CPython's PySlice_Unpack + PySlice_AdjustIndices). Knows nothing about any sequence type. */
#include <string.h>

#include "runtime/runtime.h"
#include "runtime/slots.h"

sp_value_t sp_slice_new(sp_vm_t *vm, sp_value_t start, sp_value_t stop, sp_value_t step) {
    sp_slice_t *slice = (sp_slice_t *)sp_new_object(vm, vm->types[SP_K_SLICE], sizeof *slice);
    if (!slice) return SP_NULL;
    slice->start = start;
    slice->stop = stop;
    slice->step = step;
    return SP_OBJ(slice);
}

/* Converts one slice bound to int64, clamping big ints to the int64 range (a huge bound means
 * "past the end" whatever the sequence's length, so clamping never changes the result). */
static int slice_bound(sp_vm_t *vm, sp_value_t v, int64_t *out) {
    if (sp_is_smallint(v)) {
        *out = sp_smallint_value(v);
        return 0;
    }
    if (sp_is_bool(v)) {
        *out = v == SP_TRUE;
        return 0;
    }
    if (slots_is_heap_instance(v)) { /* an int subclass, or a class with __index__ */
        bool has_index = sp_is_int(v) || type_lookup(vm, sp_typeof(vm, v), sp_str_intern_cstr(vm, "__index__"));
        sp_value_t i = has_index ? slots_index(vm, v) : SP_NULL;
        if (i != SP_NULL) return slice_bound(vm, i, out);
        if (vm->exc) return -1;
    }
    if (sp_is_kind(v, SP_K_INT)) {
        *out = sp_int_sign(vm, v) > 0 ? INT64_MAX : INT64_MIN;
        return 0;
    }
    sp_raise(vm, SP_EXC_TypeError, "slice indices must be integers or None or have an __index__ method");
    return -1;
}

/* PySlice_Unpack: resolves None and clamps, before the length is known. */
static int slice_unpack(sp_vm_t *vm, sp_slice_t *slice, int64_t *start, int64_t *stop, int64_t *step) {
    if (slice->step == SP_NONE) {
        *step = 1;
    } else {
        if (slice_bound(vm, slice->step, step) < 0) return -1;
        if (*step == 0) {
            sp_raise(vm, SP_EXC_ValueError, "slice step cannot be zero");
            return -1;
        }
        /* -INT64_MIN would overflow when a sequence negates the step. */
        if (*step < -INT64_MAX) *step = -INT64_MAX;
    }
    if (slice->start == SP_NONE) *start = *step < 0 ? INT64_MAX : 0;
    else if (slice_bound(vm, slice->start, start) < 0) return -1;
    if (slice->stop == SP_NONE) *stop = *step < 0 ? INT64_MIN : INT64_MAX;
    else if (slice_bound(vm, slice->stop, stop) < 0) return -1;
    return 0;
}

/* PySlice_AdjustIndices: clamps into the sequence and counts the selected items. */
static int64_t slice_adjust(int64_t length, int64_t *start, int64_t *stop, int64_t step) {
    if (*start < 0) {
        *start += length;
        if (*start < 0) *start = step < 0 ? -1 : 0;
    } else if (*start >= length) {
        *start = step < 0 ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0) *stop = step < 0 ? -1 : 0;
    } else if (*stop >= length) {
        *stop = step < 0 ? length - 1 : length;
    }
    if (step < 0) {
        if (*stop < *start) return (*start - *stop - 1) / (-step) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

int64_t sp_slice_indices(sp_vm_t *vm, sp_value_t slice, int64_t length, int64_t *start, int64_t *stop,
                         int64_t *step) {
    if (slice_unpack(vm, SP_AS_SLICE(slice), start, stop, step) < 0) return -1;
    return slice_adjust(length, start, stop, *step);
}

static sp_value_t slice_repr(sp_vm_t *vm, sp_value_t self) {
    sp_slice_t *slice = SP_AS_SLICE(self);
    sp_value_t parts[3] = {slice->start, slice->stop, slice->step};
    sp_strbuf_t buf;
    strbuf_init(vm, &buf);
    strbuf_append_cstr(&buf, "slice(");
    for (int i = 0; i < 3; i++) {
        sp_value_t text = sp_repr(vm, parts[i]);
        if (!text) return SP_NULL;
        if (i) strbuf_append_cstr(&buf, ", ");
        strbuf_append_str(&buf, text);
    }
    strbuf_append_cstr(&buf, ")");
    return strbuf_finish(&buf);
}

/* Slices compare as the tuples (start, stop, step). */
static sp_value_t slice_richcompare(sp_vm_t *vm, sp_value_t a, sp_value_t b, sp_cmp_t op) {
    if (!sp_is_kind(a, SP_K_SLICE) || !sp_is_kind(b, SP_K_SLICE)) return SP_NOTIMPLEMENTED;
    sp_slice_t *sa = SP_AS_SLICE(a), *sb = SP_AS_SLICE(b);
    sp_value_t ta = sp_tuple_from_array(vm, (sp_value_t[]){sa->start, sa->stop, sa->step}, 3);
    if (!ta) return SP_NULL;
    sp_value_t tb = sp_tuple_from_array(vm, (sp_value_t[]){sb->start, sb->stop, sb->step}, 3);
    if (!tb) return SP_NULL;
    return sp_seq_compare(vm, ta, tb, op);
}

static sp_value_t slice_getattr(sp_vm_t *vm, sp_value_t self, sp_value_t name) {
    const char *text = sp_str_cstr(name);
    if (!strcmp(text, "start")) return SP_AS_SLICE(self)->start;
    if (!strcmp(text, "stop")) return SP_AS_SLICE(self)->stop;
    if (!strcmp(text, "step")) return SP_AS_SLICE(self)->step;
    return sp_generic_getattr(vm, self, name);
}

/* slice.indices(length) -> (start, stop, step), as CPython (int64 lengths only). */
static sp_value_t slice_m_indices(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "slice.indices", nargs - 1, kwnames, 1, 1) < 0) return SP_NULL;
    int64_t length, start, stop, step;
    if (sp_index(vm, args[1], &length) < 0) return SP_NULL;
    if (length < 0) return sp_raise(vm, SP_EXC_ValueError, "length should not be negative");
    if (sp_slice_indices(vm, args[0], length, &start, &stop, &step) < 0) return SP_NULL;
    return sp_tuple_from_array(
        vm, (sp_value_t[]){sp_int_from_i64(vm, start), sp_int_from_i64(vm, stop), sp_int_from_i64(vm, step)}, 3);
}

static sp_value_t slice_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,
                                  sp_value_t kwnames) {
    if (kwnames && SP_AS_TUPLE(kwnames)->size > 0)
        return sp_raise(vm, SP_EXC_TypeError, "slice() takes no keyword arguments");
    if (nargs < 1) return sp_raise(vm, SP_EXC_TypeError, "slice expected at least 1 argument, got %d", nargs);
    if (nargs > 3) return sp_raise(vm, SP_EXC_TypeError, "slice expected at most 3 arguments, got %d", nargs);
    if (nargs == 1) return sp_slice_new(vm, SP_NONE, args[0], SP_NONE);
    return sp_slice_new(vm, args[0], args[1], nargs == 3 ? args[2] : SP_NONE);
}

static const sp_method_def_t slice_methods[] = {
    {"indices", slice_m_indices},
    {NULL, NULL},
};

void slice_init(sp_vm_t *vm) {
    sp_type_t *type = vm->types[SP_K_SLICE];
    type->repr = slice_repr;
    type->richcompare = slice_richcompare;
    type->getattr = slice_getattr;
    type->construct = slice_construct;
    type_add_methods(vm, type, slice_methods);
}
