/* descr.c: descriptors — property, classmethod, staticmethod, __slots__ members — the super
 * type, generic aliases (list[int]), and binding what a type holds to an instance. */
#include <string.h>

#include "runtime/class.h"

typedef struct descr_property {
    sp_object_t hdr;
    sp_value_t fget, fset, fdel, doc; /* SP_NONE when absent */
    sp_value_t name;                  /* from __set_name__, or SP_NULL */
} descr_property_t;

typedef struct descr_wrapper { /* classmethod / staticmethod */
    sp_object_t hdr;
    sp_value_t func;
} descr_wrapper_t;

typedef struct descr_member {
    sp_object_t hdr;
    sp_type_t *owner;
    sp_value_t name;
    int32_t index;
} descr_member_t;

typedef struct descr_super {
    sp_object_t hdr;
    sp_type_t *type;     /* the class whose successors are searched */
    sp_value_t obj;      /* the instance or class bound to, or SP_NULL */
    sp_type_t *obj_type; /* type(obj), or obj itself when obj is a subclass */
} descr_super_t;

typedef struct descr_alias {
    sp_object_t hdr;
    sp_value_t origin, args; /* args: a tuple */
} descr_alias_t;

static bool descr_is(sp_vm_t *vm, sp_value_t v, int which) {
    return sp_is_obj(v) && SP_AS_OBJ(v)->type == CLASS_TYPE(vm, which);
}

static sp_value_t descr_getset_get(sp_vm_t *vm, descr_member_t *m, sp_value_t obj) {
    if (m->index == DESCR_GETSET_CLASS) return SP_OBJ(sp_typeof(vm, obj));
    if (m->index == DESCR_GETSET_WEAKREF) return SP_NONE;
    sp_value_t d = instance_dict(vm, obj);
    if (d == SP_NULL && vm->exc == SP_NULL)
        return sp_raise(vm, SP_EXC_AttributeError, "'%s' object has no attribute '__dict__'", sp_type_name(vm, obj));
    return d;
}

static int descr_getset_set(sp_vm_t *vm, descr_member_t *m, sp_value_t obj, sp_value_t value) {
    if (m->index == DESCR_GETSET_DICT && value != SP_NULL && sp_is_dict(value)) {
        sp_value_t d = instance_dict(vm, obj);
        if (d == SP_NULL) return -1;
        /* Replacing __dict__: the instance keeps its dict object, refilled from `value`. */
        SP_AS_DICT(d)->used = 0;
        sp_value_t fresh = sp_dict_copy(vm, value);
        if (fresh == SP_NULL) return -1;
        *SP_AS_DICT(d) = *SP_AS_DICT(fresh);
        return 0;
    }
    if (m->index == DESCR_GETSET_DICT && value != SP_NULL) {
        sp_raise(vm, SP_EXC_TypeError, "__dict__ must be set to a dictionary, not a '%s'", sp_type_name(vm, value));
        return -1;
    }
    if (m->index == DESCR_GETSET_CLASS) {
        sp_raise(vm, SP_EXC_TypeError, value == SP_NULL ? "can't delete __class__ attribute"
                                                        : "__class__ assignment is not supported");
        return -1;
    }
    sp_raise(vm, SP_EXC_AttributeError, "attribute '%s' of '%s' objects is not writable", sp_str_cstr(m->name),
             m->owner->name);
    return -1;
}

/* ---- Binding ----------------------------------------------------------------------------- */

/* The user-defined __get__/__set__/__delete__ of a descriptor object's class, or SP_NULL. */
static sp_value_t descr_user_method(sp_vm_t *vm, sp_value_t attr, int which) {
    if (!sp_is_obj(attr) || !class_is_heap(SP_AS_OBJ(attr)->type)) return SP_NULL;
    return type_lookup(vm, SP_AS_OBJ(attr)->type, CLASS_NAME(vm, which));
}

bool descr_is_data(sp_vm_t *vm, sp_value_t attr) {
    if (!sp_is_obj(attr)) return false;
    if (descr_is(vm, attr, CLASS_T_PROPERTY) || descr_is(vm, attr, CLASS_T_MEMBER) ||
        descr_is(vm, attr, CLASS_T_GETSET))
        return true;
    return descr_user_method(vm, attr, CLASS_S_SET) != SP_NULL ||
           descr_user_method(vm, attr, CLASS_S_DELETE) != SP_NULL;
}

static sp_value_t descr_property_get(sp_vm_t *vm, descr_property_t *p, sp_value_t obj) {
    if (p->fget == SP_NONE) {
        if (p->name != SP_NULL)
            return sp_raise(vm, SP_EXC_AttributeError, "property '%s' of '%s' object has no getter",
                            sp_str_cstr(p->name), sp_type_name(vm, obj));
        return sp_raise(vm, SP_EXC_AttributeError, "property of '%s' object has no getter", sp_type_name(vm, obj));
    }
    return sp_call1(vm, p->fget, obj);
}

static sp_value_t descr_member_get(sp_vm_t *vm, descr_member_t *m, sp_value_t obj) {
    sp_value_t v = instance_slot_get(vm, obj, m->index);
    if (v == SP_NULL)
        return sp_raise(vm, SP_EXC_AttributeError, "'%s' object has no attribute '%s'", sp_type_name(vm, obj),
                        sp_str_cstr(m->name));
    return v;
}

sp_value_t class_descr_get(sp_vm_t *vm, sp_value_t attr, sp_value_t obj, sp_type_t *type) {
    if (sp_is_function(attr) || sp_is_kind(attr, SP_K_SLOT_WRAPPER))
        return obj != SP_NULL ? sp_bound_method_new(vm, attr, obj) : attr;
    if (sp_is_kind(attr, SP_K_METHOD_DESC)) {
        if (obj == SP_NULL) return attr;
        sp_method_desc_t *desc = SP_AS_METHOD_DESC(attr);
        return sp_native_new(vm, desc->name, desc->fn, obj);
    }
    /* A built-in slot wrapper (runtime/slots.c) binds like a function: (1).__add__ */
    if (sp_is_kind(attr, SP_K_SLOT_WRAPPER)) return obj != SP_NULL ? sp_bound_method_new(vm, attr, obj) : attr;
    if (!sp_is_obj(attr)) return attr;
    if (descr_is(vm, attr, CLASS_T_STATICMETHOD)) return SP_PTR(descr_wrapper_t, attr)->func;
    if (descr_is(vm, attr, CLASS_T_CLASSMETHOD))
        return sp_bound_method_new(vm, SP_PTR(descr_wrapper_t, attr)->func, SP_OBJ(type));
    if (descr_is(vm, attr, CLASS_T_PROPERTY))
        return obj != SP_NULL ? descr_property_get(vm, SP_PTR(descr_property_t, attr), obj) : attr;
    if (descr_is(vm, attr, CLASS_T_MEMBER))
        return obj != SP_NULL ? descr_member_get(vm, SP_PTR(descr_member_t, attr), obj) : attr;
    if (descr_is(vm, attr, CLASS_T_GETSET))
        return obj != SP_NULL ? descr_getset_get(vm, SP_PTR(descr_member_t, attr), obj) : attr;
    sp_value_t get = descr_user_method(vm, attr, CLASS_S_GET);
    if (get != SP_NULL) {
        sp_value_t args[3] = {attr, obj != SP_NULL ? obj : SP_NONE, SP_OBJ(type)};
        return sp_call(vm, get, args, 3, SP_NULL);
    }
    return attr;
}

static int descr_property_set(sp_vm_t *vm, descr_property_t *p, sp_value_t obj, sp_value_t value) {
    sp_value_t fn = value != SP_NULL ? p->fset : p->fdel;
    if (fn == SP_NONE) {
        const char *what = value != SP_NULL ? "setter" : "deleter";
        if (p->name != SP_NULL)
            sp_raise(vm, SP_EXC_AttributeError, "property '%s' of '%s' object has no %s", sp_str_cstr(p->name),
                     sp_type_name(vm, obj), what);
        else
            sp_raise(vm, SP_EXC_AttributeError, "property of '%s' object has no %s", sp_type_name(vm, obj), what);
        return -1;
    }
    sp_value_t r = value != SP_NULL ? sp_call2(vm, fn, obj, value) : sp_call1(vm, fn, obj);
    return r == SP_NULL ? -1 : 0;
}

int descr_set(sp_vm_t *vm, sp_value_t attr, sp_value_t obj, sp_value_t value) {
    if (descr_is(vm, attr, CLASS_T_PROPERTY)) return descr_property_set(vm, SP_PTR(descr_property_t, attr), obj, value);
    if (descr_is(vm, attr, CLASS_T_MEMBER)) {
        descr_member_t *m = SP_PTR(descr_member_t, attr);
        if (value == SP_NULL && instance_slot_get(vm, obj, m->index) == SP_NULL) {
            descr_member_get(vm, m, obj);
            return -1;
        }
        return instance_slot_set(vm, obj, m->index, value);
    }
    if (descr_is(vm, attr, CLASS_T_GETSET)) return descr_getset_set(vm, SP_PTR(descr_member_t, attr), obj, value);
    sp_value_t fn = descr_user_method(vm, attr, value != SP_NULL ? CLASS_S_SET : CLASS_S_DELETE);
    if (fn == SP_NULL) {
        sp_raise(vm, SP_EXC_AttributeError, "__%s__", value != SP_NULL ? "set" : "delete");
        return -1;
    }
    sp_value_t args[3] = {attr, obj, value};
    return sp_call(vm, fn, args, value != SP_NULL ? 3 : 2, SP_NULL) == SP_NULL ? -1 : 0;
}

/* ---- property ------------------------------------------------------------------------------ */

static descr_property_t *descr_property_alloc(sp_vm_t *vm) {
    return (descr_property_t *)sp_new_object(vm, CLASS_TYPE(vm, CLASS_T_PROPERTY), sizeof(descr_property_t));
}

static sp_value_t descr_property_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,
                                           sp_value_t kwnames) {
    (void)type;
    sp_value_t p[4];
    if (sp_parse_args(vm, "property", "fget=, fset=, fdel=, doc=", args, nargs, kwnames, p) < 0) return SP_NULL;
    descr_property_t *prop = descr_property_alloc(vm);
    if (prop == NULL) return SP_NULL;
    prop->fget = p[0] ? p[0] : SP_NONE;
    prop->fset = p[1] ? p[1] : SP_NONE;
    prop->fdel = p[2] ? p[2] : SP_NONE;
    prop->doc = p[3] ? p[3] : SP_NONE;
    if (prop->doc == SP_NONE && sp_is_function(prop->fget)) prop->doc = SP_AS_FUNCTION(prop->fget)->doc;
    return SP_OBJ(prop);
}

/* p.getter(f) / p.setter(f) / p.deleter(f): a copy with one accessor replaced. */
static sp_value_t descr_property_copy(sp_vm_t *vm, const sp_value_t *args, int nargs, int which) {
    static const char *const names[3] = {"getter", "setter", "deleter"};
    if (nargs != 2 || !descr_is(vm, args[0], CLASS_T_PROPERTY))
        return sp_raise(vm, SP_EXC_TypeError, "%s() takes exactly one argument (%d given)", names[which], nargs - 1);
    descr_property_t *old = SP_PTR(descr_property_t, args[0]);
    descr_property_t *prop = descr_property_alloc(vm);
    if (prop == NULL) return SP_NULL;
    *prop = *old;
    if (which == 0) prop->fget = args[1];
    if (which == 1) prop->fset = args[1];
    if (which == 2) prop->fdel = args[1];
    return SP_OBJ(prop);
}

static sp_value_t descr_property_getter(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    (void)kwnames;
    return descr_property_copy(vm, args, nargs, 0);
}
static sp_value_t descr_property_setter(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    (void)kwnames;
    return descr_property_copy(vm, args, nargs, 1);
}
static sp_value_t descr_property_deleter(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    (void)kwnames;
    return descr_property_copy(vm, args, nargs, 2);
}

/* property.__set_name__(owner, name): remembers the name for error messages. */
static sp_value_t descr_property_set_name(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "__set_name__", nargs - 1, kwnames, 2, 2) < 0) return SP_NULL;
    SP_PTR(descr_property_t, args[0])->name = args[2];
    return SP_NONE;
}

static const sp_method_def_t descr_property_methods[] = {
    {"getter", descr_property_getter},
    {"setter", descr_property_setter},
    {"deleter", descr_property_deleter},
    {"__set_name__", descr_property_set_name},
    {NULL, NULL},
};

/* f.__isabstractmethod__ as a bool (False when f has none), for abc's wrappers below. */
static sp_value_t descr_is_abstract(sp_vm_t *vm, sp_value_t f) {
    if (f == SP_NONE) return SP_FALSE;
    sp_value_t v = sp_getattr_opt(vm, f, sp_str_intern_cstr(vm, "__isabstractmethod__"));
    if (v == SP_NULL) return vm->exc != SP_NULL ? SP_NULL : SP_FALSE;
    int t = sp_truthy(vm, v);
    return t < 0 ? SP_NULL : sp_bool(t);
}

static sp_value_t descr_property_getattr(sp_vm_t *vm, sp_value_t self, sp_value_t name) {
    descr_property_t *p = SP_PTR(descr_property_t, self);
    const char *s = sp_str_cstr(name);
    if (!strcmp(s, "__isabstractmethod__")) { /* true when any accessor is abstract */
        sp_value_t fns[3] = {p->fget, p->fset, p->fdel};
        for (int i = 0; i < 3; i++) {
            sp_value_t r = descr_is_abstract(vm, fns[i]);
            if (r != SP_FALSE) return r;
        }
        return SP_FALSE;
    }
    if (!strcmp(s, "fget")) return p->fget;
    if (!strcmp(s, "fset")) return p->fset;
    if (!strcmp(s, "fdel")) return p->fdel;
    if (!strcmp(s, "__doc__")) return p->doc;
    return sp_generic_getattr(vm, self, name);
}

/* ---- classmethod / staticmethod ------------------------------------------------------------- */

static sp_value_t descr_wrapper_new(sp_vm_t *vm, int which, sp_value_t func) {
    descr_wrapper_t *w = (descr_wrapper_t *)sp_new_object(vm, CLASS_TYPE(vm, which), sizeof *w);
    if (w == NULL) return SP_NULL;
    w->func = func;
    return SP_OBJ(w);
}

sp_value_t descr_staticmethod_new(sp_vm_t *vm, sp_value_t func) {
    return descr_wrapper_new(vm, CLASS_T_STATICMETHOD, func);
}

sp_value_t descr_classmethod_new(sp_vm_t *vm, sp_value_t func) {
    return descr_wrapper_new(vm, CLASS_T_CLASSMETHOD, func);
}

static sp_value_t descr_wrapper_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,
                                          sp_value_t kwnames) {
    int which = type == CLASS_TYPE(vm, CLASS_T_CLASSMETHOD) ? CLASS_T_CLASSMETHOD : CLASS_T_STATICMETHOD;
    const char *name = which == CLASS_T_CLASSMETHOD ? "classmethod" : "staticmethod";
    if (kwnames != SP_NULL && SP_AS_TUPLE(kwnames)->size > 0)
        return sp_raise(vm, SP_EXC_TypeError, "%s() takes no keyword arguments", name);
    if (nargs != 1) return sp_raise(vm, SP_EXC_TypeError, "%s expected 1 argument, got %d", name, nargs);
    return descr_wrapper_new(vm, which, args[0]);
}

static sp_value_t descr_wrapper_repr(sp_vm_t *vm, sp_value_t self) {
    sp_value_t inner = sp_repr(vm, SP_PTR(descr_wrapper_t, self)->func);
    if (inner == SP_NULL) return SP_NULL;
    return sp_str_format(vm, "<%s(%s)>", sp_type_name(vm, self), sp_str_cstr(inner));
}

static sp_value_t descr_wrapper_getattr(sp_vm_t *vm, sp_value_t self, sp_value_t name) {
    const char *s = sp_str_cstr(name);
    sp_value_t func = SP_PTR(descr_wrapper_t, self)->func;
    if (!strcmp(s, "__func__") || !strcmp(s, "__wrapped__")) return func;
    if (!strcmp(s, "__isabstractmethod__")) return descr_is_abstract(vm, func);
    if (!strcmp(s, "__name__") || !strcmp(s, "__qualname__") || !strcmp(s, "__doc__")) return sp_getattr(vm, func, name);
    return sp_generic_getattr(vm, self, name);
}

/* A staticmethod is callable (3.10+). */
static sp_value_t descr_static_call(sp_vm_t *vm, sp_value_t self, const sp_value_t *args, int nargs,
                                    sp_value_t kwnames) {
    return sp_call(vm, SP_PTR(descr_wrapper_t, self)->func, args, nargs, kwnames);
}

/* ---- __slots__ members -------------------------------------------------------------------- */

sp_value_t descr_member_new(sp_vm_t *vm, sp_type_t *owner, sp_value_t name, int32_t index) {
    descr_member_t *m = (descr_member_t *)sp_new_object(vm, CLASS_TYPE(vm, CLASS_T_MEMBER), sizeof *m);
    if (m == NULL) return SP_NULL;
    m->owner = owner;
    m->name = name;
    m->index = index;
    return SP_OBJ(m);
}

sp_value_t descr_getset_new(sp_vm_t *vm, sp_type_t *owner, sp_value_t name, int32_t which) {
    sp_value_t m = descr_member_new(vm, owner, name, which);
    if (m != SP_NULL) SP_AS_OBJ(m)->type = CLASS_TYPE(vm, CLASS_T_GETSET);
    return m;
}

static sp_value_t descr_getset_repr(sp_vm_t *vm, sp_value_t self) {
    descr_member_t *m = SP_PTR(descr_member_t, self);
    return sp_str_format(vm, "<attribute '%s' of '%s' objects>", sp_str_cstr(m->name), m->owner->name);
}

static sp_value_t descr_member_repr(sp_vm_t *vm, sp_value_t self) {
    descr_member_t *m = SP_PTR(descr_member_t, self);
    return sp_str_format(vm, "<member '%s' of '%s' objects>", sp_str_cstr(m->name), m->owner->name);
}

/* ---- super ---------------------------------------------------------------------------------- */

/* The type super() searches from: obj's type, or obj itself when it is a subclass of `type`. */
static int descr_super_check(sp_vm_t *vm, sp_type_t *type, sp_value_t obj, sp_type_t **out) {
    if (sp_is_type(obj) && type_is_subtype(SP_AS_TYPE(obj), type)) {
        *out = SP_AS_TYPE(obj);
        return 0;
    }
    if (type_is_subtype(sp_typeof(vm, obj), type)) {
        *out = sp_typeof(vm, obj);
        return 0;
    }
    sp_raise(vm, SP_EXC_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    return -1;
}

/* Zero-argument super(): the `__class__` cell and the first argument of the calling frame. */
static int descr_super_implicit(sp_vm_t *vm, sp_value_t *type, sp_value_t *obj) {
    sp_frame_t *frame = vm->frame;
    if (frame == NULL || frame->func == NULL) {
        sp_raise(vm, SP_EXC_RuntimeError, "super(): no arguments");
        return -1;
    }
    sp_code_t *code = frame->code;
    if (code->argcount == 0) {
        sp_raise(vm, SP_EXC_RuntimeError, "super(): no arguments");
        return -1;
    }
    *obj = frame->locals[0];
    if (code->cell2arg != NULL)
        for (int32_t i = 0; i < code->n_cellvars; i++)
            if (code->cell2arg[i] == 0) *obj = SP_AS_CELL(frame->cells[i])->value;
    if (*obj == SP_NULL) {
        sp_raise(vm, SP_EXC_RuntimeError, "super(): arg[0] deleted");
        return -1;
    }
    for (int32_t i = 0; i < code->n_freevars; i++) {
        if (!sp_str_equal(code->freenames[i], CLASS_NAME(vm, CLASS_S_CLASS))) continue;
        *type = SP_AS_CELL(frame->cells[code->n_cellvars + i])->value;
        if (*type == SP_NULL) {
            sp_raise(vm, SP_EXC_RuntimeError, "super(): empty __class__ cell");
            return -1;
        }
        if (!sp_is_type(*type)) {
            sp_raise(vm, SP_EXC_RuntimeError, "super(): __class__ is not a type (%s)", sp_type_name(vm, *type));
            return -1;
        }
        return 0;
    }
    sp_raise(vm, SP_EXC_RuntimeError, "super(): __class__ cell not found");
    return -1;
}

static sp_value_t descr_super_construct(sp_vm_t *vm, sp_type_t *stype, const sp_value_t *args, int nargs,
                                        sp_value_t kwnames) {
    (void)stype;
    if (kwnames != SP_NULL && SP_AS_TUPLE(kwnames)->size > 0)
        return sp_raise(vm, SP_EXC_TypeError, "super() takes no keyword arguments");
    if (nargs > 2)
        return sp_raise(vm, SP_EXC_TypeError, "super() expected at most 2 arguments, got %d", nargs);
    sp_value_t type = nargs > 0 ? args[0] : SP_NULL, obj = nargs > 1 ? args[1] : SP_NULL;
    if (nargs == 0 && descr_super_implicit(vm, &type, &obj) < 0) return SP_NULL;
    if (!sp_is_type(type))
        return sp_raise(vm, SP_EXC_TypeError, "super() argument 1 must be a type, not %s", sp_type_name(vm, type));
    descr_super_t *s = (descr_super_t *)sp_new_object(vm, CLASS_TYPE(vm, CLASS_T_SUPER), sizeof *s);
    if (s == NULL) return SP_NULL;
    s->type = SP_AS_TYPE(type);
    s->obj = obj;
    if (obj != SP_NULL && descr_super_check(vm, s->type, obj, &s->obj_type) < 0) return SP_NULL;
    return SP_OBJ(s);
}

/* super().name: the MRO of the bound object's type, from the class after `type` on. */
static sp_value_t descr_super_getattr(sp_vm_t *vm, sp_value_t self, sp_value_t name) {
    descr_super_t *s = SP_PTR(descr_super_t, self);
    if (s->obj != SP_NULL && name != CLASS_NAME(vm, CLASS_S_CLASS)) {
        sp_tuple_t *mro = SP_AS_TUPLE(s->obj_type->mro);
        int64_t i = 0;
        while (i < mro->size && SP_AS_TYPE(mro->items[i]) != s->type) i++;
        for (i++; i < mro->size; i++) {
            sp_type_t *t = SP_AS_TYPE(mro->items[i]);
            sp_value_t v = t->dict != SP_NULL ? sp_dict_get(vm, t->dict, name) : SP_NULL;
            if (v == SP_NULL) continue;
            /* A class bound to super (super(C, cls)) binds like a lookup on the class. */
            sp_value_t inst = s->obj == SP_OBJ(s->obj_type) ? SP_NULL : s->obj;
            if (inst == SP_NULL && (sp_is_function(v) || sp_is_kind(v, SP_K_METHOD_DESC))) return v;
            return class_descr_get(vm, v, inst, s->obj_type);
        }
    }
    if (vm->exc != SP_NULL) return SP_NULL;
    sp_value_t v = sp_generic_getattr(vm, self, name);
    if (v == SP_NULL && sp_exc_matches(vm, SP_EXC_AttributeError)) {
        vm->exc = SP_NULL;
        return sp_raise(vm, SP_EXC_AttributeError, "'super' object has no attribute '%s'", sp_str_cstr(name));
    }
    return v;
}

static sp_value_t descr_super_repr(sp_vm_t *vm, sp_value_t self) {
    descr_super_t *s = SP_PTR(descr_super_t, self);
    if (s->obj == SP_NULL) return sp_str_format(vm, "<super: <class '%s'>, NULL>", s->type->name);
    return sp_str_format(vm, "<super: <class '%s'>, <%s object>>", s->type->name, s->obj_type->name);
}

/* ---- Generic aliases: list[int] ------------------------------------------------------------- */

sp_value_t descr_generic_alias_new(sp_vm_t *vm, sp_value_t origin, sp_value_t args) {
    descr_alias_t *a = (descr_alias_t *)sp_new_object(vm, CLASS_TYPE(vm, CLASS_T_GENERIC_ALIAS), sizeof *a);
    if (a == NULL) return SP_NULL;
    a->origin = origin;
    a->args = sp_is_tuple(args) ? args : sp_tuple_from_array(vm, &args, 1);
    return a->args == SP_NULL ? SP_NULL : SP_OBJ(a);
}

/* One argument as typing prints it: types as module.qualname (builtins omitted), ... as "...". */
static sp_value_t descr_alias_arg_repr(sp_vm_t *vm, sp_value_t v) {
    if (v == SP_ELLIPSIS) return sp_str_from_cstr(vm, "...");
    if (!sp_is_type(v)) return sp_repr(vm, v);
    sp_type_t *t = SP_AS_TYPE(v);
    sp_value_t qual = class_type_qualname(vm, t), mod = class_type_module(vm, t);
    if (qual == SP_NULL || mod == SP_NULL) return SP_NULL;
    if (!strcmp(sp_str_cstr(mod), "builtins")) return qual;
    return sp_str_format(vm, "%s.%s", sp_str_cstr(mod), sp_str_cstr(qual));
}

static sp_value_t descr_alias_repr(sp_vm_t *vm, sp_value_t self) {
    descr_alias_t *a = SP_PTR(descr_alias_t, self);
    sp_value_t text = descr_alias_arg_repr(vm, a->origin);
    if (text == SP_NULL) return SP_NULL;
    sp_tuple_t *args = SP_AS_TUPLE(a->args);
    text = sp_str_format(vm, "%s[", sp_str_cstr(text));
    for (int64_t i = 0; text != SP_NULL && i < args->size; i++) {
        sp_value_t r = descr_alias_arg_repr(vm, args->items[i]);
        if (r == SP_NULL) return SP_NULL;
        text = sp_str_format(vm, "%s%s%s", sp_str_cstr(text), i ? ", " : "", sp_str_cstr(r));
    }
    if (text != SP_NULL && args->size == 0) text = sp_str_format(vm, "%s()", sp_str_cstr(text));
    return text == SP_NULL ? SP_NULL : sp_str_format(vm, "%s]", sp_str_cstr(text));
}

static sp_value_t descr_alias_call(sp_vm_t *vm, sp_value_t self, const sp_value_t *args, int nargs,
                                   sp_value_t kwnames) {
    return sp_call(vm, SP_PTR(descr_alias_t, self)->origin, args, nargs, kwnames);
}

static sp_value_t descr_alias_getattr(sp_vm_t *vm, sp_value_t self, sp_value_t name) {
    descr_alias_t *a = SP_PTR(descr_alias_t, self);
    const char *s = sp_str_cstr(name);
    if (!strcmp(s, "__origin__")) return a->origin;
    if (!strcmp(s, "__args__")) return a->args;
    return sp_getattr(vm, a->origin, name);
}

static sp_value_t descr_alias_richcompare(sp_vm_t *vm, sp_value_t a, sp_value_t b, sp_cmp_t op) {
    if ((op != SP_CMP_EQ && op != SP_CMP_NE) || !descr_is(vm, b, CLASS_T_GENERIC_ALIAS) ||
        !descr_is(vm, a, CLASS_T_GENERIC_ALIAS))
        return SP_NOTIMPLEMENTED;
    descr_alias_t *x = SP_PTR(descr_alias_t, a), *y = SP_PTR(descr_alias_t, b);
    int eq = x->origin == y->origin ? sp_equal(vm, x->args, y->args) : 0;
    if (eq < 0) return SP_NULL;
    return sp_bool(op == SP_CMP_EQ ? eq : !eq);
}

/* ---- PEP 604 unions: int | None ------------------------------------------------------------ */

typedef struct descr_union {
    sp_object_t hdr;
    sp_value_t args; /* tuple of the members, flattened and without duplicates */
} descr_union_t;

static bool descr_unionable(sp_vm_t *vm, sp_value_t v) {
    return v == SP_NONE || sp_is_type(v) || descr_is(vm, v, CLASS_T_GENERIC_ALIAS) || descr_is(vm, v, CLASS_T_UNION);
}

/* Appends v's members (v itself, or a union's) to list, skipping ones already there. */
static int descr_union_add(sp_vm_t *vm, sp_value_t list, sp_value_t v) {
    if (descr_is(vm, v, CLASS_T_UNION)) {
        sp_tuple_t *t = SP_AS_TUPLE(SP_PTR(descr_union_t, v)->args);
        for (int64_t i = 0; i < t->size; i++)
            if (descr_union_add(vm, list, t->items[i]) < 0) return -1;
        return 0;
    }
    if (v == SP_NONE) v = SP_OBJ(vm->types[SP_K_NONE]);
    sp_list_t *l = SP_AS_LIST(list);
    for (int64_t i = 0; i < l->size; i++) {
        int eq = l->items[i] == v ? 1 : sp_equal(vm, l->items[i], v);
        if (eq != 0) return eq < 0 ? -1 : 0;
    }
    return sp_list_append(vm, list, v);
}

sp_value_t descr_union_or(sp_vm_t *vm, sp_value_t a, sp_value_t b) {
    if (!descr_unionable(vm, a) || !descr_unionable(vm, b)) return SP_NOTIMPLEMENTED;
    sp_value_t list = sp_list_new(vm, 0);
    if (list == SP_NULL || descr_union_add(vm, list, a) < 0 || descr_union_add(vm, list, b) < 0) return SP_NULL;
    if (SP_AS_LIST(list)->size == 1) return SP_AS_LIST(list)->items[0];
    descr_union_t *u = (descr_union_t *)sp_new_object(vm, CLASS_TYPE(vm, CLASS_T_UNION), sizeof *u);
    if (u == NULL) return SP_NULL;
    u->args = sp_tuple_from_array(vm, SP_AS_LIST(list)->items, SP_AS_LIST(list)->size);
    return u->args == SP_NULL ? SP_NULL : SP_OBJ(u);
}

sp_value_t descr_union_args(sp_vm_t *vm, sp_value_t v) {
    return descr_is(vm, v, CLASS_T_UNION) ? SP_PTR(descr_union_t, v)->args : SP_NULL;
}

static sp_value_t descr_union_binop(sp_vm_t *vm, sp_binop_t op, sp_value_t a, sp_value_t b) {
    return op == SP_BINOP_OR ? descr_union_or(vm, a, b) : SP_NOTIMPLEMENTED;
}

/* "int | str | None": members as typing prints them, NoneType as None. */
static sp_value_t descr_union_repr(sp_vm_t *vm, sp_value_t self) {
    sp_tuple_t *args = SP_AS_TUPLE(SP_PTR(descr_union_t, self)->args);
    sp_value_t text = sp_str_from_cstr(vm, "");
    for (int64_t i = 0; text != SP_NULL && i < args->size; i++) {
        sp_value_t v = args->items[i];
        sp_value_t r = v == SP_OBJ(vm->types[SP_K_NONE]) ? sp_str_from_cstr(vm, "None") : descr_alias_arg_repr(vm, v);
        if (r == SP_NULL) return SP_NULL;
        text = sp_str_format(vm, "%s%s%s", sp_str_cstr(text), i ? " | " : "", sp_str_cstr(r));
    }
    return text;
}

static sp_value_t descr_union_getattr(sp_vm_t *vm, sp_value_t self, sp_value_t name) {
    if (!strcmp(sp_str_cstr(name), "__args__")) return SP_PTR(descr_union_t, self)->args;
    return sp_generic_getattr(vm, self, name);
}

/* Unions are equal when they have the same members in any order. */
static sp_value_t descr_union_richcompare(sp_vm_t *vm, sp_value_t a, sp_value_t b, sp_cmp_t op) {
    if ((op != SP_CMP_EQ && op != SP_CMP_NE) || !descr_is(vm, a, CLASS_T_UNION) || !descr_is(vm, b, CLASS_T_UNION))
        return SP_NOTIMPLEMENTED;
    sp_tuple_t *x = SP_AS_TUPLE(SP_PTR(descr_union_t, a)->args), *y = SP_AS_TUPLE(SP_PTR(descr_union_t, b)->args);
    bool eq = x->size == y->size;
    for (int64_t i = 0; eq && i < x->size; i++) {
        bool found = false;
        for (int64_t j = 0; !found && j < y->size; j++) {
            int r = sp_equal(vm, x->items[i], y->items[j]);
            if (r < 0) return SP_NULL;
            found = r > 0;
        }
        eq = found;
    }
    return sp_bool(op == SP_CMP_EQ ? eq : !eq);
}

/* hash(frozenset(members)), as CPython (so typing.Union[int, str] hashes alike). */
static int descr_union_hash(sp_vm_t *vm, sp_value_t self, int64_t *out) {
    sp_value_t members = sp_set_new(vm, true);
    if (members == SP_NULL || sp_set_update(vm, members, SP_PTR(descr_union_t, self)->args) < 0) return -1;
    return sp_hash(vm, members, out);
}

/* types.GenericAlias(origin, args): what a __class_getitem__ written in Python returns. */
static sp_value_t descr_alias_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,
                                        sp_value_t kwnames) {
    (void)type;
    if (kwnames != SP_NULL && SP_AS_TUPLE(kwnames)->size > 0)
        return sp_raise(vm, SP_EXC_TypeError, "GenericAlias() takes no keyword arguments");
    if (nargs != 2) return sp_raise(vm, SP_EXC_TypeError, "GenericAlias expected 2 arguments, got %d", nargs);
    return descr_generic_alias_new(vm, args[0], args[1]);
}

/* ---- Set-up ----------------------------------------------------------------------------------- */

static sp_type_t *descr_type(sp_vm_t *vm, int which, const char *name, sp_value_t builtins) {
    sp_type_t *t = type_new_builtin(vm, SP_K_OBJECT, name, NULL);
    t->flags &= ~(unsigned)SP_TYPE_BASETYPE;
    t->construct = NULL;
    vm->class_state->types[which] = t;
    if (builtins != SP_NULL) sp_dict_set_cstr(vm, builtins, name, SP_OBJ(t));
    return t;
}

void descr_init(sp_vm_t *vm, sp_value_t builtins) {
    sp_type_t *t = descr_type(vm, CLASS_T_PROPERTY, "property", builtins);
    t->construct = descr_property_construct;
    t->getattr = descr_property_getattr;
    type_add_methods(vm, t, descr_property_methods);
    t = descr_type(vm, CLASS_T_CLASSMETHOD, "classmethod", builtins);
    t->construct = descr_wrapper_construct;
    t->repr = descr_wrapper_repr;
    t->getattr = descr_wrapper_getattr;
    t = descr_type(vm, CLASS_T_STATICMETHOD, "staticmethod", builtins);
    t->construct = descr_wrapper_construct;
    t->repr = descr_wrapper_repr;
    t->getattr = descr_wrapper_getattr;
    t->call = descr_static_call;
    t = descr_type(vm, CLASS_T_SUPER, "super", builtins);
    t->construct = descr_super_construct;
    t->getattr = descr_super_getattr;
    t->repr = descr_super_repr;
    t = descr_type(vm, CLASS_T_MEMBER, "member_descriptor", SP_NULL);
    t->repr = descr_member_repr;
    t = descr_type(vm, CLASS_T_GETSET, "getset_descriptor", SP_NULL);
    t->repr = descr_getset_repr;
    t = descr_type(vm, CLASS_T_GENERIC_ALIAS, "types.GenericAlias", SP_NULL);
    t->repr = descr_alias_repr;
    t->call = descr_alias_call;
    t->getattr = descr_alias_getattr;
    t->richcompare = descr_alias_richcompare;
    t->construct = descr_alias_construct;
    t->binop = descr_union_binop;
    t->hash = NULL;
    t = descr_type(vm, CLASS_T_UNION, "types.UnionType", SP_NULL);
    t->repr = descr_union_repr;
    t->getattr = descr_union_getattr;
    t->richcompare = descr_union_richcompare;
    t->hash = descr_union_hash;
    t->binop = descr_union_binop;
    vm->types[SP_K_TYPE]->binop = descr_union_binop;
}
