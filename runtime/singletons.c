/* singletons.c: the types of the immediate singletons None, True/False, NotImplemented and
 * Ellipsis. Their values live in the value word itself (runtime/value.h); only slots live here. */
#include "runtime/runtime.h"

static sp_value_t none_repr(sp_vm_t *vm, sp_value_t self) { return sp_str_intern_cstr(vm, "None"); }
static sp_value_t notimpl_repr(sp_vm_t *vm, sp_value_t self) { return sp_str_intern_cstr(vm, "NotImplemented"); }
static sp_value_t ellipsis_repr(sp_vm_t *vm, sp_value_t self) { return sp_str_intern_cstr(vm, "Ellipsis"); }
static sp_value_t bool_repr(sp_vm_t *vm, sp_value_t self) {
    return sp_str_intern_cstr(vm, self == SP_TRUE ? "True" : "False");
}

static int singleton_false(sp_vm_t *vm, sp_value_t self) { return 0; }
static int singleton_true(sp_vm_t *vm, sp_value_t self) { return 1; }
static int bool_truth(sp_vm_t *vm, sp_value_t self) { return self == SP_TRUE; }

/* Singletons hash by identity; the value word is stable, so it serves as the identity. */
static int singleton_hash(sp_vm_t *vm, sp_value_t self, int64_t *out) {
    *out = (int64_t)(self >> 4 ^ self);
    return 0;
}


/* NoneType(), type(NotImplemented)() and type(...)() return the singleton, as CPython's. */
static sp_value_t singleton_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,
                                      sp_value_t kwnames) {
    if (nargs != 0 || kwnames != SP_NULL) return sp_raise(vm, SP_EXC_TypeError, "%s takes no arguments", type->name);
    if (type->kind == SP_K_NONE) return SP_NONE;
    if (type->kind == SP_K_NOTIMPLEMENTED) return SP_NOTIMPLEMENTED;
    return SP_ELLIPSIS;
}

/* bool(x): the truth value of x; no keywords. */
static sp_value_t bool_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,
                                 sp_value_t kwnames) {
    if (kwnames != SP_NULL) return sp_raise(vm, SP_EXC_TypeError, "bool() takes no keyword arguments");
    if (nargs > 1) return sp_raise(vm, SP_EXC_TypeError, "bool expected at most 1 argument, got %d", nargs);
    if (nargs == 0) return SP_FALSE;
    int t = sp_truthy(vm, args[0]);
    return t < 0 ? SP_NULL : sp_bool(t);
}

/* Identity comparison: the only meaningful one for these singletons. */
static sp_value_t singleton_richcompare(sp_vm_t *vm, sp_value_t a, sp_value_t b, sp_cmp_t op) {
    if (op == SP_CMP_EQ) return sp_bool(a == b);
    if (op == SP_CMP_NE) return sp_bool(a != b);
    return SP_NOTIMPLEMENTED;
}

void singletons_init(sp_vm_t *vm) {
    sp_type_t *none = vm->types[SP_K_NONE];
    none->repr = none_repr;
    none->truth = singleton_false;
    none->hash = singleton_hash;
    none->construct = singleton_construct;
    none->richcompare = singleton_richcompare;

    sp_type_t *notimpl = vm->types[SP_K_NOTIMPLEMENTED];
    notimpl->repr = notimpl_repr;
    notimpl->truth = singleton_true;
    notimpl->hash = singleton_hash;
    notimpl->construct = singleton_construct;
    notimpl->richcompare = singleton_richcompare;

    sp_type_t *ellipsis = vm->types[SP_K_ELLIPSIS];
    ellipsis->repr = ellipsis_repr;
    ellipsis->truth = singleton_true;
    ellipsis->hash = singleton_hash;
    ellipsis->construct = singleton_construct;
    ellipsis->richcompare = singleton_richcompare;

    /* bool inherits int's arithmetic, hashing and comparison (int_init copies them when it
     * runs; bool's own slots are only its repr, truth and constructor). */
    sp_type_t *boolean = vm->types[SP_K_BOOL];
    boolean->repr = bool_repr;
    boolean->truth = bool_truth;
    boolean->construct = bool_construct;
}
