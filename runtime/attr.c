/* attr.c: attribute lookup, assignment and deletion on any object, and the LOAD_METHOD fast
 * path. Types with unusual attributes (modules, functions, exceptions) hook in by slot. */
#include <string.h>

#include "runtime/class.h"

sp_value_t type_lookup(sp_vm_t *vm, sp_type_t *type, sp_value_t name) {
    if (sp_is_tuple(type->mro)) {
        sp_tuple_t *mro = SP_AS_TUPLE(type->mro);
        for (int64_t i = 0; i < mro->size; i++) {
            sp_type_t *t = SP_AS_TYPE(mro->items[i]);
            if (t->dict == SP_NULL) continue;
            sp_value_t v = sp_dict_get(vm, t->dict, name);
            if (v != SP_NULL) return v;
        }
        return SP_NULL;
    }
    for (sp_type_t *t = type; t != NULL; t = t->base) {
        if (t->dict == SP_NULL) continue;
        sp_value_t v = sp_dict_get(vm, t->dict, name);
        if (v != SP_NULL) return v;
    }
    return SP_NULL;
}

/* Binds what a type's dict holds to an instance: C method descriptors become builtin methods
 * bound to obj, Python functions become bound methods, anything else is returned as is. */
static sp_value_t attr_bind(sp_vm_t *vm, sp_value_t attr, sp_value_t obj) {
    if (sp_is_kind(attr, SP_K_METHOD_DESC)) {
        sp_method_desc_t *desc = SP_AS_METHOD_DESC(attr);
        return sp_native_new(vm, desc->name, desc->fn, obj);
    }
    if (sp_is_function(attr) || sp_is_kind(attr, SP_K_SLOT_WRAPPER)) return sp_bound_method_new(vm, attr, obj);
    return class_descr_get(vm, attr, obj, sp_typeof(vm, obj)); /* property, classmethod, ... */
}

static sp_value_t attr_missing(sp_vm_t *vm, sp_value_t obj, sp_value_t name) {
    return sp_raise(vm, SP_EXC_AttributeError, "'%s' object has no attribute '%s'", sp_type_name(vm, obj),
                    sp_str_cstr(name));
}

sp_value_t sp_generic_getattr(sp_vm_t *vm, sp_value_t obj, sp_value_t name) {
    sp_type_t *type = sp_typeof(vm, obj);
    sp_value_t v = type_lookup(vm, type, name);
    if (v != SP_NULL) return attr_bind(vm, v, obj);
    if (vm->exc != SP_NULL) return SP_NULL;
    if (!strcmp(sp_str_cstr(name), "__class__")) return SP_OBJ(type);
    return attr_missing(vm, obj, name);
}

sp_value_t sp_getattr(sp_vm_t *vm, sp_value_t obj, sp_value_t name) {
    sp_type_t *type = sp_typeof(vm, obj);
    if (type->getattr != NULL) return type->getattr(vm, obj, name);
    return sp_generic_getattr(vm, obj, name);
}

sp_value_t sp_getattr_opt(sp_vm_t *vm, sp_value_t obj, sp_value_t name) {
    sp_value_t v = sp_getattr(vm, obj, name);
    if (v == SP_NULL && sp_exc_matches(vm, SP_EXC_AttributeError)) vm->exc = SP_NULL;
    return v;
}

/* The error for assigning to (value set) or deleting an attribute of a built-in instance, with
 * CPython's messages: __class__ is refused with TypeError, a method is "read-only", a data
 * attribute a getattr slot serves (int.real) is "not writable", anything else is missing. */
static int attr_refuse(sp_vm_t *vm, sp_value_t obj, sp_value_t name, sp_value_t value) {
    sp_type_t *type = sp_typeof(vm, obj);
    const char *cname = sp_str_cstr(name);
    if (!strcmp(cname, "__class__")) {
        if (value)
            sp_raise(vm, SP_EXC_TypeError,
                     "__class__ assignment only supported for mutable types or ModuleType subclasses");
        else
            sp_raise(vm, SP_EXC_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (type_lookup(vm, type, name) != SP_NULL) {
        sp_raise(vm, SP_EXC_AttributeError, "'%s' object attribute '%s' is read-only", type->name, cname);
        return -1;
    }
    if (vm->exc != SP_NULL) return -1;
    if (type->getattr != NULL) {
        if (type->getattr(vm, obj, name) != SP_NULL) {
            sp_raise(vm, SP_EXC_AttributeError, "attribute '%s' of '%s' objects is not writable", cname,
                     type->name);
            return -1;
        }
        if (!sp_exc_matches(vm, SP_EXC_AttributeError)) return -1;
        vm->exc = SP_NULL;
    }
    attr_missing(vm, obj, name);
    return -1;
}

int sp_setattr(sp_vm_t *vm, sp_value_t obj, sp_value_t name, sp_value_t value) {
    sp_type_t *type = sp_typeof(vm, obj);
    if (type->setattr != NULL) return type->setattr(vm, obj, name, value);
    return attr_refuse(vm, obj, name, value);
}

int sp_delattr(sp_vm_t *vm, sp_value_t obj, sp_value_t name) {
    sp_type_t *type = sp_typeof(vm, obj);
    if (type->setattr != NULL) return type->setattr(vm, obj, name, SP_NULL);
    return attr_refuse(vm, obj, name, SP_NULL);
}

int sp_load_method(sp_vm_t *vm, sp_value_t obj, sp_value_t name, sp_value_t *method) {
    sp_type_t *type = sp_typeof(vm, obj);
    /* Instances of classes: the method unbound unless an own attribute shadows it. */
    if (type->getattr == instance_getattr) return instance_load_method(vm, obj, name, method);
    /* A getattr slot may shadow the type's methods (a module's functions, an exception's
     * attributes), so those objects take the ordinary path. */
    if (type->getattr == NULL) {
        sp_value_t v = type_lookup(vm, type, name);
        if (v != SP_NULL &&
            (sp_is_kind(v, SP_K_METHOD_DESC) || sp_is_function(v) || sp_is_kind(v, SP_K_SLOT_WRAPPER))) {
            *method = v;
            return 1;
        }
    }
    *method = sp_getattr(vm, obj, name);
    return *method == SP_NULL ? -1 : 0;
}
