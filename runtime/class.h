/* class.h: classes (heap types), instances of them, descriptors and super — the API shared by
 * runtime/class.c, instance.c, descr.c and the special-method slots in runtime/slots.c. */
#ifndef SP_CLASS_H
#define SP_CLASS_H

#include "runtime/runtime.h"

/*
 * A class statement (or type(name, bases, ns)) makes a HEAP TYPE: an sp_type_t with
 * SP_TYPE_HEAPTYPE set, `kind` = the kind of its built-in solid base (a subclass of list is
 * SP_K_LIST, so every `sp_is_list` test accepts its instances), `base` = CPython's best base
(the base whose layout it extends: the first base unless a later one is a built-in),
 * `mro` = the C3 linearisation, `dict` = the class namespace (a real dict, the source of truth:
 * setattr(C, ...) writes it and then calls slots_install again).
 *
 * Instance attribute storage (DESIGN decision 8): every instance of a heap type whose
 * type->attrs_offset is SP_ATTRS_PREFIX carries one extra pointer-sized word just BEFORE the
 * object (at ((sp_value_t *)obj)[-1]): sp_new_object allocates it for heap types, and
 * class.c copies the object a built-in constructor made into such a block (class_rebox). It
 * holds an inst_attrs_t (instance.c: shape + values, a dict once materialised, __slots__
 * values). A fixed negative offset works for every base, variable-sized ones included, so C
 * code of the base type never sees the word. Every class has it (attrs_offset ==
 * SP_ATTRS_PREFIX); SP_TYPE_NO_DICT marks classes whose instances only have __slots__.
 * Built-in types have attrs_offset 0. docs/objects.md draws it.
 */

/* True when `type` was made by a class statement / type(name, bases, ns). */
static inline bool class_is_heap(const sp_type_t *type) { return (type->flags & SP_TYPE_HEAPTYPE) != 0; }

/* Looks `name` (interned str) up along type's MRO: see type_lookup in runtime.h. */

/*
 * Binds what type_lookup found to `obj` the way attribute access does (CPython's tp_descr_get):
 * functions → bound methods, classmethod → bound to type(obj), staticmethod → the function,
 * property → calls its getter, C method descriptors → bound natives, anything else as is.
 * `obj` may be SP_NULL for lookups on the class itself (functions then stay plain).
 */
sp_value_t class_descr_get(sp_vm_t *vm, sp_value_t attr, sp_value_t obj, sp_type_t *type);

/*
 * Calls the special method `name` (interned str, e.g. an interned "__add__") of type(self)
 * with self prepended to args — the way every slot wrapper calls a dunder: looked up on the
 * TYPE (never the instance), bound with class_descr_get semantics (so a staticmethod or
 * classmethod dunder works), called without allocating a bound method for plain functions.
 * When the type has no such attribute: returns SP_NULL with NO exception and *found = false.
 */
sp_value_t class_call_special(sp_vm_t *vm, sp_value_t self, sp_value_t name, const sp_value_t *args, int nargs,
                              bool *found);

/*
 * The default attribute hooks of heap types' instances (installed in type->getattr/setattr
 * by class creation, BEFORE slots_install runs): CPython's PyObject_GenericGetAttr/SetAttr —
 * data descriptors in the MRO, then the instance's own attributes, then class attributes
 * (bound). slots.c may replace type->getattr with a wrapper for __getattribute__/__getattr__;
 * that wrapper calls instance_getattr for object.__getattribute__ behaviour.
 */
sp_value_t instance_getattr(sp_vm_t *vm, sp_value_t obj, sp_value_t name);
int instance_setattr(sp_vm_t *vm, sp_value_t obj, sp_value_t name, sp_value_t value); /* SP_NULL: delete */

/*
 * Implemented by runtime/slots.c (the special-method dispatch): for every dunder found along
 * type's MRO, fills the matching sp_type_t slot with a wrapper that calls it via
 * class_call_special. Called by class creation once the type is complete (mro, dict, default
 * getattr/setattr and the base's slots copied in), and again after a dunder is assigned or
 * deleted on a heap type (setattr(C, '__add__', f)); it must then also refresh subclasses or
 * simply look the method up at call time (the wrappers do look up at call time).
 */
void slots_install(sp_vm_t *vm, sp_type_t *type);

/* ---- Shared between class.c, instance.c and descr.c -------------------------------------- */

/* type->flags bit of classes whose instances have no __dict__ (only __slots__). */
#define SP_TYPE_NO_DICT 0x100
/* type->flags bit of classes with a non-empty __abstractmethods__: object.__new__ refuses them. */
#define SP_TYPE_ABSTRACT 0x200

/* runtime/class.c's own types, indexes into class_state_t.types. */
enum {
    CLASS_T_PROPERTY,
    CLASS_T_CLASSMETHOD,
    CLASS_T_STATICMETHOD,
    CLASS_T_SUPER,
    CLASS_T_MEMBER,        /* a __slots__ entry: member_descriptor */
    CLASS_T_GENERIC_ALIAS, /* list[int] */
    CLASS_T_GETSET,        /* __dict__, __weakref__, __class__: getset_descriptor */
    CLASS_T_UNION,         /* int | None: types.UnionType */
    CLASS_T__COUNT
};

/* Interned names used on hot paths, indexes into class_state_t.names. */
enum {
    CLASS_S_INIT, CLASS_S_NEW, CLASS_S_GET, CLASS_S_SET, CLASS_S_DELETE, CLASS_S_SLOTS, CLASS_S_DICT,
    CLASS_S_CLASS, CLASS_S_QUALNAME, CLASS_S_CLASSCELL, CLASS_S_INIT_SUBCLASS, CLASS_S_CLASS_GETITEM,
    CLASS_S_SET_NAME, CLASS_S_MODULE, CLASS_S_DOC, CLASS_S_NAME,
    CLASS_S__COUNT
};

struct inst_shape;
typedef struct class_state {
    sp_type_t *types[CLASS_T__COUNT];
    sp_value_t names[CLASS_S__COUNT];
    struct inst_shape *root_shape; /* the empty shape every instance starts from */
} class_state_t;

#define CLASS_NAME(vm, i) ((vm)->class_state->names[i])
#define CLASS_TYPE(vm, i) ((vm)->class_state->types[i])

/* class.c: creates the class machinery and registers __build_class__, super, property,
 * classmethod, staticmethod in the builtins dict. Called from builtins_init. */
void class_init(sp_vm_t *vm, sp_value_t builtins);
/* class.c: the built-in type whose struct a class's instances use (list, BaseException, ...);
 * a built-in type is its own. */
sp_type_t *class_builtin_base(sp_type_t *type);
/* class.c: type(name, bases, ns) and the class statement's type creation. */
sp_value_t class_new(sp_vm_t *vm, sp_value_t name, sp_value_t bases, sp_value_t ns, sp_value_t kwargs);
/* class.c: type.__new__(meta, name, bases, ns, **kwargs): a class whose type is the most derived of
 * meta and the bases' metaclasses (kwargs: a dict for __init_subclass__, or SP_NULL). */
sp_value_t class_new_meta(sp_vm_t *vm, sp_type_t *meta, sp_value_t name, sp_value_t bases, sp_value_t ns,
                          sp_value_t kwargs);
/* class.c: marks a class abstract (a non-empty __abstractmethods__ was assigned) or not:
 * sets SP_TYPE_ABSTRACT and swaps its construct slot for one that refuses instances, so
 * ordinary classes pay nothing for the check. */
void class_set_abstract(sp_vm_t *vm, sp_type_t *type, bool abstract);
/* class.c: the most derived metaclass among meta and the types of the bases, or NULL with
 * CPython's "metaclass conflict" TypeError. */
sp_type_t *class_calculate_meta(sp_vm_t *vm, sp_type_t *meta, sp_value_t bases);
/* class.c: "<class '__main__.C'>" for heap types, "<class 'int'>" for built-ins. */
sp_value_t class_type_repr(sp_vm_t *vm, sp_type_t *type);
/* class.c: a type's __module__ (str) and "module.qualname" text used by reprs. */
sp_value_t class_type_module(sp_vm_t *vm, sp_type_t *type);
sp_value_t class_type_qualname(sp_vm_t *vm, sp_type_t *type);
/* class.c: the type's attributes computed from the struct (__name__, __bases__, ...) that
 * differ for heap types; SP_NULL (no exception) when not handled here. */
sp_value_t class_type_special_attr(sp_vm_t *vm, sp_type_t *type, sp_value_t name);
/* class.c: type.__subscript__: list[int], C[int] via __class_getitem__. */
sp_value_t class_type_getitem(sp_vm_t *vm, sp_value_t self, sp_value_t key);
/* class.c: after setattr/delattr on a heap type. */
void class_type_changed(sp_vm_t *vm, sp_type_t *type, sp_value_t name);

/* instance.c: the instance's own attribute `name`, or SP_NULL (no exception) when absent. */
sp_value_t instance_attr_get(sp_vm_t *vm, sp_value_t obj, sp_value_t name);
/* instance.c: stores (value) or deletes (SP_NULL) an own attribute; 0 done, 1 missing on
 * delete (no exception), -1 error. Fails with AttributeError when the type has no __dict__. */
int instance_attr_set(sp_vm_t *vm, sp_value_t obj, sp_value_t name, sp_value_t value);
/* instance.c: obj.__dict__ (switching the instance to dict mode), or SP_NULL (no exception)
 * when the type has no attribute area. */
sp_value_t instance_dict(sp_vm_t *vm, sp_value_t obj);
/* instance.c: __slots__ storage: slot `index` of obj (SP_NULL when unset) / stores it. */
sp_value_t instance_slot_get(sp_vm_t *vm, sp_value_t obj, int32_t index);
int instance_slot_set(sp_vm_t *vm, sp_value_t obj, int32_t index, sp_value_t value);
/* instance.c: sp_load_method's fast path for instances of heap types (same contract). */
int instance_load_method(sp_vm_t *vm, sp_value_t obj, sp_value_t name, sp_value_t *method);
/* instance.c: creates the root shape. */
void instance_init(sp_vm_t *vm);

/* class.c: an instance of a subclass of int/str/bytes/tuple as a plain value of the built-in
 * type (int(MyInt(5)) is exactly int); anything else is returned as is. */
sp_value_t class_exact(sp_vm_t *vm, sp_value_t v);
/* int.c: a heap int object of `type` (an int subclass) holding the value of int v. */
sp_value_t sp_int_box(sp_vm_t *vm, sp_type_t *type, sp_value_t v);

/* descr.c: the descriptor types; sets class_state types. */
void descr_init(sp_vm_t *vm, sp_value_t builtins);
/* descr.c: true when attr (found on a type) is a data descriptor (property, slot member, or an
 * instance of a class defining __set__ or __delete__). */
bool descr_is_data(sp_vm_t *vm, sp_value_t attr);
/* descr.c: attr.__set__(obj, value) / attr.__delete__(obj) (value SP_NULL) for a data
 * descriptor; 0 or -1. */
int descr_set(sp_vm_t *vm, sp_value_t attr, sp_value_t obj, sp_value_t value);
/* descr.c: wraps a function as staticmethod / classmethod (for implicit __new__ and
 * __init_subclass__ / __class_getitem__). */
sp_value_t descr_staticmethod_new(sp_vm_t *vm, sp_value_t func);
sp_value_t descr_classmethod_new(sp_vm_t *vm, sp_value_t func);
/* descr.c: a member descriptor for slot `index` named `name` of `owner`. */
sp_value_t descr_member_new(sp_vm_t *vm, sp_type_t *owner, sp_value_t name, int32_t index);
/* descr.c: getset descriptors computed from the instance: which is one of DESCR_GETSET_*. */
enum { DESCR_GETSET_DICT = -1, DESCR_GETSET_WEAKREF = -2, DESCR_GETSET_CLASS = -3 };
sp_value_t descr_getset_new(sp_vm_t *vm, sp_type_t *owner, sp_value_t name, int32_t which);
/* descr.c: list[int]. */
sp_value_t descr_generic_alias_new(sp_vm_t *vm, sp_value_t origin, sp_value_t args);
/* descr.c: PEP 604 unions. `a | b` for classes, None, generic aliases and unions (type's and
 * GenericAlias's binop slot): a types.UnionType, or SP_NOTIMPLEMENTED for other operands. */
sp_value_t descr_union_or(sp_vm_t *vm, sp_value_t a, sp_value_t b);
/* descr.c: the member tuple of a types.UnionType (int | str), or SP_NULL for anything else:
 * isinstance/issubclass test each member. */
sp_value_t descr_union_args(sp_vm_t *vm, sp_value_t v);

#endif
