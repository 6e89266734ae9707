/* type.c: type objects — creating every built-in type at start-up, the `type` and `object`
 * types' own behaviour, and subtype tests. Per-type slots are filled by each type's own file. */
#include <stdio.h>
#include <string.h>

#include "runtime/class.h"

/* The CPython name of each built-in kind, in sp_kind_t order. */
static const char *const type_kind_names[SP_K__COUNT] = {
    [SP_K_OBJECT] = "object",
    [SP_K_TYPE] = "type",
    [SP_K_NONE] = "NoneType",
    [SP_K_BOOL] = "bool",
    [SP_K_INT] = "int",
    [SP_K_FLOAT] = "float",
    [SP_K_STR] = "str",
    [SP_K_BYTES] = "bytes",
    [SP_K_LIST] = "list",
    [SP_K_TUPLE] = "tuple",
    [SP_K_DICT] = "dict",
    [SP_K_SET] = "set",
    [SP_K_FROZENSET] = "frozenset",
    [SP_K_RANGE] = "range",
    [SP_K_SLICE] = "slice",
    [SP_K_FUNCTION] = "function",
    [SP_K_CODE] = "code",
    [SP_K_CELL] = "cell",
    [SP_K_NATIVE_FUNC] = "builtin_function_or_method",
    [SP_K_METHOD_DESC] = "method_descriptor",
    [SP_K_BOUND_METHOD] = "method",
    [SP_K_MODULE] = "module",
    [SP_K_NOTIMPLEMENTED] = "NotImplementedType",
    [SP_K_ELLIPSIS] = "ellipsis",
    [SP_K_EXCEPTION] = "BaseException",
    [SP_K_TRACEBACK] = "traceback",
    [SP_K_ITERATOR] = "iterator",
    [SP_K_DICT_VIEW] = "dict_keys",
    [SP_K_GENERATOR] = "generator",
    [SP_K_SLOT_WRAPPER] = "wrapper_descriptor",
    [SP_K_COMPLEX] = "complex",
    [SP_K_BYTEARRAY] = "bytearray",
    [SP_K_MEMORYVIEW] = "memoryview",
};

/* Kinds that Python code may subclass (once classes exist). */
static const bool type_kind_is_basetype[SP_K__COUNT] = {
    [SP_K_OBJECT] = true, [SP_K_TYPE] = true,  [SP_K_INT] = true,       [SP_K_FLOAT] = true,
    [SP_K_STR] = true,    [SP_K_BYTES] = true, [SP_K_LIST] = true,      [SP_K_TUPLE] = true,
    [SP_K_DICT] = true,   [SP_K_SET] = true,   [SP_K_FROZENSET] = true, [SP_K_EXCEPTION] = true,
    [SP_K_COMPLEX] = true, [SP_K_BYTEARRAY] = true,
};

/* Kinds whose instances hash by identity, as CPython's object default. Containers and numbers
 * install their own hash (or none: unhashable) in their init functions. */
static const bool type_kind_hashes_by_identity[SP_K__COUNT] = {
    [SP_K_OBJECT] = true,         [SP_K_TYPE] = true,        [SP_K_NONE] = true,
    [SP_K_FUNCTION] = true,       [SP_K_CODE] = true,        [SP_K_CELL] = true,
    [SP_K_NATIVE_FUNC] = true,    [SP_K_METHOD_DESC] = true, [SP_K_MODULE] = true,
    [SP_K_NOTIMPLEMENTED] = true, [SP_K_ELLIPSIS] = true,    [SP_K_EXCEPTION] = true,
    [SP_K_TRACEBACK] = true,      [SP_K_ITERATOR] = true,    [SP_K_GENERATOR] = true,
};

/* ---- Identity defaults shared by many types ---------------------------------------------- */

/* hash() by address, as CPython's object.__hash__ (the address rotated so the alignment zeros
 * do not cluster the buckets). Immediates hash by their word. */
static int type_identity_hash(sp_vm_t *vm, sp_value_t self, int64_t *out) {
    uint64_t bits = (uint64_t)self;
    bits = (bits >> 4) | (bits << 60);
    int64_t h = (int64_t)bits;
    *out = h == -1 ? -2 : h;
    return 0;
}

/* repr(): "<object object at 0x...>", naming the instance's type. */
static sp_value_t type_object_repr(sp_vm_t *vm, sp_value_t self) {
    sp_type_t *type = sp_typeof(vm, self);
    if (class_is_heap(type)) { /* object.__repr__ of a class's instance: "<__main__.C object at 0x...>" */
        sp_value_t mod = class_type_module(vm, type);
        if (mod == SP_NULL) return SP_NULL;
        if (sp_is_str(mod) && strcmp(sp_str_cstr(mod), "builtins") != 0)
            return sp_str_format(vm, "<%s.%s object at %p>", sp_str_cstr(mod), sp_str_cstr(type->ht_qualname),
                                 (void *)(uintptr_t)self);
    }
    return sp_str_format(vm, "<%s object at %p>", sp_type_name(vm, self), (void *)(uintptr_t)self);
}

/* object(): a bare instance; no arguments accepted. */
static sp_value_t type_object_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,
                                        sp_value_t kwnames) {
    if (nargs > 0 || kwnames != SP_NULL) return sp_raise(vm, SP_EXC_TypeError, "object() takes no arguments");
    /* Scanned, not atomic: a subclass type may be referenced only by its instances' headers. */
    sp_object_t *obj = sp_new_object(vm, type, sizeof(sp_object_t));
    return obj ? SP_OBJ(obj) : SP_NULL;
}

/* ---- The `type` type ---------------------------------------------------------------------- */

static sp_value_t type_repr(sp_vm_t *vm, sp_value_t self) {
    return class_type_repr(vm, SP_AS_TYPE(self));
}

/* Calling a type object constructs an instance through the type's construct slot. */
static sp_value_t type_call(sp_vm_t *vm, sp_value_t self, const sp_value_t *args, int nargs,
                            sp_value_t kwnames) {
    sp_type_t *type = SP_AS_TYPE(self);
    if (type->construct == NULL)
        return sp_raise(vm, SP_EXC_TypeError, "cannot create '%s' instances", type->name);
    return type->construct(vm, type, args, nargs, kwnames);
}

/* type(x) gives x's type; the three-argument form would create a class. */
static sp_value_t type_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,
                                 sp_value_t kwnames) {
    int nkw = kwnames != SP_NULL ? (int)SP_AS_TUPLE(kwnames)->size : 0;
    if (nargs == 1 && nkw == 0) return SP_OBJ(sp_typeof(vm, args[0]));
    if (nargs == 1) return sp_raise(vm, SP_EXC_TypeError, "type() takes no keyword arguments");
    if (nargs + nkw != 3 && nargs + nkw != 1)
        return sp_raise(vm, SP_EXC_TypeError, "type() takes 1 or 3 arguments");
    if (nargs == 3 && nkw == 0) return class_new(vm, args[0], args[1], args[2], SP_NULL);
    return sp_raise(vm, SP_EXC_TypeError, "type() takes 1 or 3 arguments");
}

/* The tuple of a type's direct bases: (base,) or () for object. */
static sp_value_t type_bases_tuple(sp_vm_t *vm, sp_type_t *type) {
    if (type->base == NULL) return sp_tuple_new(vm, 0);
    sp_value_t base = SP_OBJ(type->base);
    return sp_tuple_from_array(vm, &base, 1);
}

/* The attributes every type object has, computed from its struct; SP_NULL (no exception)
 * when `attr` is not one of them. */
static sp_value_t type_special_attr(sp_vm_t *vm, sp_type_t *type, const char *attr) {
    if (attr[0] != '_' || attr[1] != '_') return SP_NULL;
    /* A built-in type named "module.Name" (types.UnionType) is Name in module `module`. */
    const char *dot = class_is_heap(type) ? NULL : strrchr(type->name, '.');
    if (!strcmp(attr, "__name__") || !strcmp(attr, "__qualname__"))
        return sp_str_from_cstr(vm, dot ? dot + 1 : type->name);
    if (!strcmp(attr, "__module__")) {
        /* Classes, and C types of stdlib modules (deque, array, ...), record it in their dict. */
        sp_value_t mod = sp_dict_get(vm, type->dict, vm->s___module__);
        if (mod != SP_NULL) return mod;
        if (dot) return sp_str_new(vm, type->name, (size_t)(dot - type->name));
        return sp_str_from_cstr(vm, "builtins");
    }
    if (!strcmp(attr, "__mro__")) return type->mro;
    if (!strcmp(attr, "__base__")) return type->base ? SP_OBJ(type->base) : SP_NONE;
    if (!strcmp(attr, "__bases__")) return type_bases_tuple(vm, type);
    if (!strcmp(attr, "__dict__")) return sp_dict_copy(vm, type->dict);
    if (!strcmp(attr, "__doc__")) {
        sp_value_t doc = sp_dict_get(vm, type->dict, vm->s___doc__);
        return doc != SP_NULL ? doc : SP_NONE;
    }
    if (!strcmp(attr, "__class__")) return SP_OBJ(type->hdr.type);
    return SP_NULL;
}

/* Attribute lookup on a class whose metaclass is a class too (CPython's type_getattro): the
 * metaclass's data descriptors, then the class's MRO, then the metaclass's other attributes
 * bound to the class (C.meta_method()). SP_NULL with no exception when nothing is found. */
static sp_value_t type_getattr_meta(sp_vm_t *vm, sp_type_t *type, sp_value_t name) {
    sp_type_t *meta = type->hdr.type;
    sp_value_t meta_attr = type_lookup(vm, meta, name);
    if (meta_attr != SP_NULL && descr_is_data(vm, meta_attr)) return class_descr_get(vm, meta_attr, SP_OBJ(type), meta);
    if (vm->exc != SP_NULL) return SP_NULL;
    sp_value_t v = type_lookup(vm, type, name);
    if (v != SP_NULL) return class_descr_get(vm, v, SP_NULL, type);
    if (meta_attr != SP_NULL) return class_descr_get(vm, meta_attr, SP_OBJ(type), meta);
    return SP_NULL;
}

/* Attribute lookup on a type object: its own special attributes, then its MRO dicts (methods
 * come back unbound, as CPython's method descriptors), then the methods of `type` itself. */
static sp_value_t type_getattr(sp_vm_t *vm, sp_value_t self, sp_value_t name) {
    sp_type_t *type = SP_AS_TYPE(self);
    sp_value_t v = class_type_special_attr(vm, type, name);
    if (v == SP_NULL && vm->exc == SP_NULL) v = type_special_attr(vm, type, sp_str_cstr(name));
    if (v != SP_NULL || vm->exc != SP_NULL) return v;
    if (class_is_heap(type->hdr.type)) {
        v = type_getattr_meta(vm, type, name);
        if (v != SP_NULL || vm->exc != SP_NULL) return v;
        return sp_raise(vm, SP_EXC_AttributeError, "type object '%s' has no attribute '%s'", type->name,
                        sp_str_cstr(name));
    }
    v = type_lookup(vm, type, name);
    if (v != SP_NULL) return class_descr_get(vm, v, SP_NULL, type); /* classmethod, staticmethod */
    v = type_lookup(vm, vm->types[SP_K_TYPE], name);
    if (v != SP_NULL) {
        if (sp_is_kind(v, SP_K_METHOD_DESC)) {
            sp_method_desc_t *desc = SP_AS_METHOD_DESC(v);
            return sp_native_new(vm, desc->name, desc->fn, self);
        }
        return class_descr_get(vm, v, self, vm->types[SP_K_TYPE]); /* type.__prepare__: a classmethod */
    }
    return sp_raise(vm, SP_EXC_AttributeError, "type object '%s' has no attribute '%s'", type->name,
                    sp_str_cstr(name));
}

/* Built-in types are immutable, as in CPython. */
static int type_setattr(sp_vm_t *vm, sp_value_t self, sp_value_t name, sp_value_t value) {
    sp_type_t *type = SP_AS_TYPE(self);
    if (class_is_heap(type->hdr.type)) { /* a data descriptor of the metaclass (a property) */
        sp_value_t meta_attr = type_lookup(vm, type->hdr.type, name);
        if (meta_attr != SP_NULL && descr_is_data(vm, meta_attr)) return descr_set(vm, meta_attr, self, value);
        if (vm->exc != SP_NULL) return -1;
    }
    if ((type->flags & SP_TYPE_HEAPTYPE) && !strcmp(sp_str_cstr(name), "__abstractmethods__")) {
        /* object.__new__ refuses classes whose __abstractmethods__ is non-empty. */
        int abstract = value != SP_NULL ? sp_truthy(vm, value) : 0;
        if (abstract < 0) return -1;
        class_set_abstract(vm, type, abstract != 0);
    }
    if (type->flags & SP_TYPE_HEAPTYPE) {
        /* __name__ and __qualname__ live in the type, not in its dict (CPython's type_set_name). */
        bool is_name = !strcmp(sp_str_cstr(name), "__name__");
        if (is_name || !strcmp(sp_str_cstr(name), "__qualname__")) {
            if (value == SP_NULL) {
                sp_raise(vm, SP_EXC_TypeError, "cannot delete '%s' attribute of immutable type '%s'",
                         sp_str_cstr(name), type->name);
                return -1;
            }
            if (!sp_is_str(value)) {
                sp_raise(vm, SP_EXC_TypeError, "can only assign string to %s.%s, not '%s'", type->name,
                         sp_str_cstr(name), sp_type_name(vm, value));
                return -1;
            }
            if (is_name) {
                type->ht_name = value;
                type->name = sp_str_cstr(value);
            } else {
                type->ht_qualname = value;
            }
            return 0;
        }
        if (value == SP_NULL) {
            int r = sp_dict_del(vm, type->dict, name);
            if (r == 0)
                sp_raise(vm, SP_EXC_AttributeError, "type object '%s' has no attribute '%s'", type->name,
                         sp_str_cstr(name));
            if (r > 0) class_type_changed(vm, type, name);
            return r > 0 ? 0 : -1;
        }
        if (sp_dict_set(vm, type->dict, name, value) < 0) return -1;
        class_type_changed(vm, type, name);
        return 0;
    }
    sp_raise(vm, SP_EXC_TypeError, "cannot set '%s' attribute of immutable type '%s'", sp_str_cstr(name),
             type->name);
    return -1;
}

/* type.mro(): the MRO as a list. */
static sp_value_t type_mro_method(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (nargs >= 1 && sp_is_type(args[0])) {
        /* Bound to a class, the method names it: "int.mro() takes no arguments (1 given)". */
        char qualified[128];
        snprintf(qualified, sizeof qualified, "%s.mro", SP_AS_TYPE(args[0])->name);
        if (sp_check_nargs(vm, qualified, nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    }
    if (sp_check_nargs(vm, "mro", nargs, kwnames, 1, 1) < 0) return SP_NULL;
    if (!sp_is_type(args[0]))
        return sp_raise(vm, SP_EXC_TypeError, "descriptor 'mro' requires a 'type' object but received a '%s'",
                        sp_type_name(vm, args[0]));
    sp_tuple_t *mro = SP_AS_TUPLE(SP_AS_TYPE(args[0])->mro);
    return sp_list_from_array(vm, mro->items, mro->size);
}

static const sp_method_def_t type_methods[] = {
    {"mro", type_mro_method},
    {NULL, NULL},
};

/* ---- Creating types ----------------------------------------------------------------------- */

/* Allocates a type object without its dict and MRO (those need the dict and tuple types). */
static sp_type_t *type_alloc(sp_vm_t *vm, sp_kind_t kind, const char *name, sp_type_t *base) {
    sp_type_t *type = (sp_type_t *)sp_new_object(vm, vm->types[SP_K_TYPE], sizeof(sp_type_t));
    if (type == NULL) return NULL;
    type->name = name;
    type->kind = kind;
    type->base = base;
    type->dict = SP_NULL;
    type->mro = SP_NULL;
    if (type_kind_is_basetype[kind]) type->flags |= SP_TYPE_BASETYPE;
    if (type_kind_hashes_by_identity[kind]) type->hash = type_identity_hash;
    return type;
}

/* Builds the MRO tuple (self, base, base's base, ..., object) of a single-inheritance type. */
static sp_value_t type_make_mro(sp_vm_t *vm, sp_type_t *type) {
    sp_value_t chain[32];
    int n = 0;
    for (sp_type_t *t = type; t != NULL && n < 32; t = t->base) chain[n++] = SP_OBJ(t);
    return sp_tuple_from_array(vm, chain, n);
}

/* Fills a type's dict and MRO once the dict and tuple types exist. */
static void type_finish(sp_vm_t *vm, sp_type_t *type) {
    if (type->dict == SP_NULL) type->dict = sp_dict_new(vm);
    if (type->mro == SP_NULL) type->mro = type_make_mro(vm, type);
}

sp_type_t *type_new_builtin(sp_vm_t *vm, sp_kind_t kind, const char *name, sp_type_t *base) {
    if (base == NULL && kind != SP_K_OBJECT) base = vm->types[SP_K_OBJECT];
    sp_type_t *type = type_alloc(vm, kind, name, base);
    if (type == NULL) return NULL;
    /* A type of its base's kind (an exception subclass, say) inherits every slot: copy the
     * slot block, which is everything after the identity fields. */
    if (base != NULL && base->kind == kind) {
        size_t start = offsetof(sp_type_t, repr);
        memcpy((char *)type + start, (char *)base + start, sizeof(sp_type_t) - start);
    }
    type_finish(vm, type);
    return type;
}

void type_add_methods(sp_vm_t *vm, sp_type_t *type, const sp_method_def_t *methods) {
    for (const sp_method_def_t *m = methods; m->name != NULL; m++) {
        sp_method_desc_t *desc =
            (sp_method_desc_t *)sp_new_object(vm, vm->types[SP_K_METHOD_DESC], sizeof(sp_method_desc_t));
        if (desc == NULL) return;
        desc->name = m->name;
        desc->fn = m->fn;
        desc->owner = type;
        sp_dict_set(vm, type->dict, sp_str_intern_cstr(vm, m->name), SP_OBJ(desc));
    }
}

/* The `type` type must exist before any type object (each one's header points at it), and
 * it is its own type. */
static void type_create_all(sp_vm_t *vm) {
    sp_type_t *type_type = (sp_type_t *)sp_alloc(vm, sizeof(sp_type_t));
    type_type->hdr.type = type_type;
    vm->types[SP_K_TYPE] = type_type;
    vm->types[SP_K_OBJECT] = type_alloc(vm, SP_K_OBJECT, "object", NULL);
    type_type->name = "type";
    type_type->kind = SP_K_TYPE;
    type_type->base = vm->types[SP_K_OBJECT];
    type_type->flags = SP_TYPE_BASETYPE;
    type_type->hash = type_identity_hash;
    for (int k = 0; k < SP_K__COUNT; k++) {
        if (vm->types[k] != NULL) continue;
        sp_type_t *base = k == SP_K_BOOL ? vm->types[SP_K_INT] : vm->types[SP_K_OBJECT];
        if (k == SP_K_BOOL && base == NULL) {
            /* int comes after bool in sp_kind_t: make it now. */
            vm->types[SP_K_INT] = type_alloc(vm, SP_K_INT, type_kind_names[SP_K_INT], vm->types[SP_K_OBJECT]);
            base = vm->types[SP_K_INT];
        }
        vm->types[k] = type_alloc(vm, (sp_kind_t)k, type_kind_names[k], base);
    }
}

/* Installs the behaviour of `object` and `type`. */
static void type_init_core_slots(sp_vm_t *vm) {
    sp_type_t *object_type = vm->types[SP_K_OBJECT];
    object_type->repr = type_object_repr;
    object_type->construct = type_object_construct;

    sp_type_t *type_type = vm->types[SP_K_TYPE];
    type_type->repr = type_repr;
    type_type->call = type_call;
    type_type->construct = type_construct;
    type_type->getattr = type_getattr;
    type_type->setattr = type_setattr;
}

void type_init_methods(sp_vm_t *vm) {
    type_add_methods(vm, vm->types[SP_K_TYPE], type_methods);
}

void type_init_builtins(sp_vm_t *vm) {
    type_create_all(vm);
    for (int k = 0; k < SP_K__COUNT; k++) type_finish(vm, vm->types[k]);
    type_init_core_slots(vm);
}

/* ---- Subtype tests ------------------------------------------------------------------------ */

int type_is_subtype(sp_type_t *sub, sp_type_t *type) {
    if (sub == type) return 1;
    if (sub->mro != SP_NULL && sp_is_tuple(sub->mro)) {
        sp_tuple_t *mro = SP_AS_TUPLE(sub->mro);
        for (int64_t i = 0; i < mro->size; i++)
            if (SP_AS_TYPE(mro->items[i]) == type) return 1;
        return 0;
    }
    for (sp_type_t *t = sub->base; t != NULL; t = t->base)
        if (t == type) return 1;
    return 0;
}

int sp_isinstance(sp_vm_t *vm, sp_value_t v, sp_type_t *type) {
    return type_is_subtype(sp_typeof(vm, v), type);
}
