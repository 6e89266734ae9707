/* singletons.c: None, NotImplemented, Ellipsis and bool's text and constructor. These values
 * are immediates (value.h), never heap objects; bool's arithmetic is int's (runtime/int.c). */
#include "runtime/runtime.h"

static sp_value_t singleton_repr(sp_vm_t *vm, sp_value_t self) {
    static const char *const names[SP_IMM__COUNT] = {"None", "False", "True", "NotImplemented", "Ellipsis"};
    return sp_str_intern_cstr(vm, names[sp_singleton_index(self)]);
}

/* Identity hash, as object.__hash__: derived from the immediate word, never -1. */
static int singleton_hash(sp_vm_t *vm, sp_value_t self, int64_t *out) {
    *out = (int64_t)((self >> 4) | (self << 60)) & INT64_MAX;
    return 0;
}

/* object's default comparison: == and != by identity, ordering not supported. */
static sp_value_t singleton_richcompare(sp_vm_t *vm, sp_value_t a, sp_value_t b, sp_cmp_t op) {
    if (op == SP_CMP_EQ) return a == b ? SP_TRUE : SP_NOTIMPLEMENTED;
    if (op == SP_CMP_NE) return a == b ? SP_FALSE : SP_NOTIMPLEMENTED;
    return SP_NOTIMPLEMENTED;
}

static int none_truth(sp_vm_t *vm, sp_value_t self) { return 0; }

/* NoneType(), type(NotImplemented)(), type(...)() return the singleton itself. */
static sp_value_t singleton_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,
                                      sp_value_t kwnames) {
    if (nargs > 0 || (kwnames && SP_AS_TUPLE(kwnames)->size > 0))
        return sp_raise(vm, SP_EXC_TypeError, "%s takes no arguments", type->name);
    if (type->kind == SP_K_NONE) return SP_NONE;
    return type->kind == SP_K_NOTIMPLEMENTED ? SP_NOTIMPLEMENTED : SP_ELLIPSIS;
}

static sp_value_t bool_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,
                                 sp_value_t kwnames) {
    if (kwnames && SP_AS_TUPLE(kwnames)->size > 0)
        return sp_raise(vm, SP_EXC_TypeError, "bool() takes no keyword arguments");
    if (nargs > 1) return sp_raise(vm, SP_EXC_TypeError, "bool expected at most 1 argument, got %d", nargs);
    if (nargs == 0) return SP_FALSE;
    int truth = sp_truthy(vm, args[0]);
    return truth < 0 ? SP_NULL : sp_bool(truth);
}

static void singleton_fill(sp_type_t *t) {
    t->repr = singleton_repr;
    t->hash = singleton_hash;
    t->richcompare = singleton_richcompare;
    t->construct = singleton_construct;
}

void singletons_init(sp_vm_t *vm) {
    singleton_fill(vm->types[SP_K_NONE]);
    vm->types[SP_K_NONE]->truth = none_truth;
    singleton_fill(vm->types[SP_K_NOTIMPLEMENTED]);
    singleton_fill(vm->types[SP_K_ELLIPSIS]);
    /* bool: only its text and constructor here; hash, comparison and arithmetic are int's,
     * installed by int_init. */
    sp_type_t *b = vm->types[SP_K_BOOL];
    b->repr = singleton_repr;
    b->construct = bool_construct;
    b->flags &= ~(unsigned)SP_TYPE_BASETYPE; /* bool cannot be subclassed */
}
