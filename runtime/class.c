/* class.c: class creation — __build_class__, type(name, bases, ns), the C3 MRO, heap types over
 * built-in bases — and constructing instances (__new__ then __init__). */
#include <string.h>

#include "runtime/class.h"

/* ---- Names and reprs ------------------------------------------------------------------------ */

sp_value_t class_type_module(sp_vm_t *vm, sp_type_t *type) {
    if (class_is_heap(type)) {
        sp_value_t mod = sp_dict_get(vm, type->dict, CLASS_NAME(vm, CLASS_S_MODULE));
        if (mod != SP_NULL) return mod;
    }
    return sp_str_from_cstr(vm, "builtins");
}

sp_value_t class_type_qualname(sp_vm_t *vm, sp_type_t *type) {
    if (class_is_heap(type)) return type->ht_qualname;
    return sp_str_from_cstr(vm, type->name);
}

sp_value_t class_type_repr(sp_vm_t *vm, sp_type_t *type) {
    if (!class_is_heap(type)) {
        /* A C extension type names its module in its dict ("<class 'array.array'>"). */
        sp_value_t mod = sp_is_dict(type->dict) ? sp_dict_get_cstr(vm, type->dict, "__module__") : SP_NULL;
        if (mod != SP_NULL && sp_is_str(mod))
            return sp_str_format(vm, "<class '%s.%s'>", sp_str_cstr(mod), type->name);
        return sp_str_format(vm, "<class '%s'>", type->name);
    }
    sp_value_t mod = class_type_module(vm, type);
    if (mod == SP_NULL) return SP_NULL;
    if (sp_is_str(mod) && strcmp(sp_str_cstr(mod), "builtins") != 0)
        return sp_str_format(vm, "<class '%s.%s'>", sp_str_cstr(mod), sp_str_cstr(type->ht_qualname));
    return sp_str_format(vm, "<class '%s'>", sp_str_cstr(type->ht_qualname));
}

/* repr() of an instance of a plain class: "<__main__.C object at 0x...>". */
static sp_value_t class_instance_repr(sp_vm_t *vm, sp_value_t self) {
    sp_type_t *type = sp_typeof(vm, self);
    sp_value_t mod = class_type_module(vm, type);
    if (mod == SP_NULL) return SP_NULL;
    return sp_str_format(vm, "<%s.%s object at %p>", sp_str_cstr(mod), sp_str_cstr(type->ht_qualname),
                         (void *)(uintptr_t)self);
}

sp_value_t class_type_special_attr(sp_vm_t *vm, sp_type_t *type, sp_value_t name) {
    if (!class_is_heap(type)) return SP_NULL;
    const char *s = sp_str_cstr(name);
    if (!strcmp(s, "__name__")) return type->ht_name;
    if (!strcmp(s, "__qualname__")) return type->ht_qualname;
    if (!strcmp(s, "__bases__")) return type->bases;
    return SP_NULL;
}

/* ---- C3 linearisation ----------------------------------------------------------------------- */

/* True when `t` appears in the tail (after position start) of any of the n sequences. */
static bool class_in_tails(sp_tuple_t **seqs, int64_t *starts, int n, sp_value_t t) {
    for (int i = 0; i < n; i++)
        for (int64_t j = starts[i] + 1; j < seqs[i]->size; j++)
            if (seqs[i]->items[j] == t) return true;
    return false;
}

static sp_value_t class_mro_error(sp_vm_t *vm, sp_tuple_t **seqs, int64_t *starts, int n) {
    sp_value_t text = sp_str_from_cstr(vm, "");
    bool first = true;
    for (int i = 0; i < n - 1 && text != SP_NULL; i++) { /* the last sequence is the bases list */
        if (starts[i] >= seqs[i]->size) continue;
        text = sp_str_format(vm, "%s%s%s", sp_str_cstr(text), first ? "" : ", ",
                             SP_AS_TYPE(seqs[i]->items[starts[i]])->name);
        first = false;
    }
    if (text == SP_NULL) return SP_NULL;
    return sp_raise(vm, SP_EXC_TypeError,
                    "Cannot create a consistent method resolution\norder (MRO) for bases %s", sp_str_cstr(text));
}

/* C3: merge the bases' MROs and the bases list, always taking the first head not in any tail. */
static sp_value_t class_c3(sp_vm_t *vm, sp_type_t *type, sp_value_t bases) {
    sp_tuple_t *b = SP_AS_TUPLE(bases);
    int n = (int)b->size + 1;
    sp_tuple_t **seqs = sp_alloc(vm, (size_t)n * sizeof *seqs);
    int64_t *starts = sp_alloc(vm, (size_t)n * sizeof *starts);
    sp_value_t out = sp_list_new(vm, 0);
    if (seqs == NULL || starts == NULL || out == SP_NULL) return SP_NULL;
    for (int i = 0; i < n - 1; i++) seqs[i] = SP_AS_TUPLE(SP_AS_TYPE(b->items[i])->mro);
    seqs[n - 1] = b;
    if (sp_list_append(vm, out, SP_OBJ(type)) < 0) return SP_NULL;
    for (;;) {
        sp_value_t pick = SP_NULL;
        bool left = false;
        for (int i = 0; i < n && pick == SP_NULL; i++) {
            if (starts[i] >= seqs[i]->size) continue;
            left = true;
            sp_value_t head = seqs[i]->items[starts[i]];
            if (!class_in_tails(seqs, starts, n, head)) pick = head;
        }
        if (!left) break;
        if (pick == SP_NULL) return class_mro_error(vm, seqs, starts, n);
        if (sp_list_append(vm, out, pick) < 0) return SP_NULL;
        for (int i = 0; i < n; i++)
            if (starts[i] < seqs[i]->size && seqs[i]->items[starts[i]] == pick) starts[i]++;
    }
    return sp_tuple_from_array(vm, SP_AS_LIST(out)->items, SP_AS_LIST(out)->size);
}

/* ---- Creating a class ----------------------------------------------------------------------- */

/* The built-in type whose layout instances use: the first built-in type of the class's kind
 * along the MRO (class L(Mixin, list) lays out as a list although its __base__ is Mixin). */
sp_type_t *class_builtin_base(sp_type_t *type) {
    if (!class_is_heap(type)) return type;
    if (sp_is_tuple(type->mro)) {
        sp_tuple_t *mro = SP_AS_TUPLE(type->mro);
        for (int64_t i = 0; i < mro->size; i++) {
            sp_type_t *t = SP_AS_TYPE(mro->items[i]);
            if (!class_is_heap(t) && t->kind == type->kind) return t;
        }
    }
    while (type != NULL && class_is_heap(type)) type = type->base;
    return type;
}

/* Checks the bases and picks the one whose layout the class extends (its "solid" base). */
static sp_type_t *class_check_bases(sp_vm_t *vm, sp_value_t bases) {
    sp_tuple_t *b = SP_AS_TUPLE(bases);
    sp_type_t *solid = NULL, *slotted = NULL;
    for (int64_t i = 0; i < b->size; i++) {
        if (!sp_is_type(b->items[i])) {
            sp_raise(vm, SP_EXC_TypeError, "bases must be types");
            return NULL;
        }
        sp_type_t *t = SP_AS_TYPE(b->items[i]);
        if (!(t->flags & SP_TYPE_BASETYPE)) {
            sp_raise(vm, SP_EXC_TypeError, "type '%s' is not an acceptable base type", t->name);
            return NULL;
        }
        for (int64_t j = 0; j < i; j++)
            if (b->items[j] == b->items[i]) {
                sp_raise(vm, SP_EXC_TypeError, "duplicate base class %s", t->name);
                return NULL;
            }
        /* Two unrelated __slots__ layouts cannot share one slot array. */
        if (t->slot_names != SP_NULL && SP_AS_TUPLE(t->slot_names)->size > 0) {
            if (slotted != NULL && !type_is_subtype(t, slotted) && !type_is_subtype(slotted, t)) {
                sp_raise(vm, SP_EXC_TypeError, "multiple bases have instance lay-out conflict");
                return NULL;
            }
            if (slotted == NULL || type_is_subtype(t, slotted)) slotted = t;
        }
        sp_type_t *lay = class_builtin_base(t);
        sp_type_t *cur = solid ? class_builtin_base(solid) : NULL;
        if (solid == NULL || (cur->kind == SP_K_OBJECT && lay->kind != SP_K_OBJECT)) {
            solid = t;
        } else if (lay->kind != SP_K_OBJECT && !type_is_subtype(lay, cur) && !type_is_subtype(cur, lay) &&
                   !(lay->kind == SP_K_EXCEPTION && cur->kind == SP_K_EXCEPTION)) {
            /* Every built-in exception shares one struct, so (OSError, ValueError) can mix. */
            sp_raise(vm, SP_EXC_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        } else if (type_is_subtype(lay, cur) && lay != cur) {
            solid = t;
        }
    }
    return solid;
}

/* The interned attribute name of a __slots__ entry: a private name ("__x", not "__x__") is
 * mangled with the class name as the compiler mangles self.__x ("_C__x"). */
static sp_value_t class_mangle_slot(sp_vm_t *vm, sp_type_t *type, sp_value_t name) {
    const char *n = sp_str_cstr(name);
    size_t len = (size_t)SP_AS_STR(name)->size;
    const char *cls = type->name;
    while (*cls == '_') cls++;
    if (len < 3 || n[0] != '_' || n[1] != '_' || (n[len - 1] == '_' && n[len - 2] == '_') || *cls == '\0')
        return sp_str_intern(vm, n, len);
    sp_value_t mangled = sp_str_format(vm, "_%s%s", cls, n);
    if (mangled == SP_NULL) return SP_NULL;
    return sp_str_intern(vm, sp_str_cstr(mangled), (size_t)SP_AS_STR(mangled)->size);
}

/* __slots__: member descriptors for the new names; the type loses its __dict__ unless a base
 * has one or '__dict__' is listed. */
static int class_make_slots(sp_vm_t *vm, sp_type_t *type, sp_value_t slots, bool base_has_dict) {
    sp_value_t names = sp_is_str(slots) ? sp_tuple_from_array(vm, &slots, 1) : sp_tuple_from_iterable(vm, slots);
    if (names == SP_NULL) return -1;
    sp_value_t inherited = type->slot_names;
    int64_t first = inherited != SP_NULL ? SP_AS_TUPLE(inherited)->size : 0;
    sp_value_t all = sp_list_new(vm, 0);
    if (all == SP_NULL) return -1;
    for (int64_t i = 0; i < first; i++)
        if (sp_list_append(vm, all, SP_AS_TUPLE(inherited)->items[i]) < 0) return -1;
    bool want_dict = base_has_dict;
    for (int64_t i = 0; i < SP_AS_TUPLE(names)->size; i++) {
        sp_value_t n = SP_AS_TUPLE(names)->items[i];
        if (!sp_is_str(n)) {
            sp_raise(vm, SP_EXC_TypeError, "__slots__ items must be strings, not '%s'", sp_type_name(vm, n));
            return -1;
        }
        if (!strcmp(sp_str_cstr(n), "__dict__")) {
            want_dict = true;
            continue;
        }
        n = class_mangle_slot(vm, type, n);
        if (n == SP_NULL) return -1;
        int32_t index = (int32_t)SP_AS_LIST(all)->size;
        sp_value_t member = descr_member_new(vm, type, n, index);
        if (member == SP_NULL || sp_list_append(vm, all, n) < 0 || sp_dict_set(vm, type->dict, n, member) < 0)
            return -1;
    }
    type->slot_names = sp_tuple_from_array(vm, SP_AS_LIST(all)->items, SP_AS_LIST(all)->size);
    if (!want_dict) type->flags |= SP_TYPE_NO_DICT;
    return type->slot_names == SP_NULL ? -1 : 0;
}

/* __new__ is an implicit staticmethod; __init_subclass__ and __class_getitem__ implicit
 * classmethods (as CPython's type_new). */
static int class_wrap_implicit(sp_vm_t *vm, sp_value_t dict) {
    static const int names[3] = {CLASS_S_NEW, CLASS_S_INIT_SUBCLASS, CLASS_S_CLASS_GETITEM};
    for (int i = 0; i < 3; i++) {
        sp_value_t name = CLASS_NAME(vm, names[i]);
        sp_value_t v = sp_dict_get(vm, dict, name);
        if (v == SP_NULL || !sp_is_function(v)) continue;
        v = i == 0 ? descr_staticmethod_new(vm, v) : descr_classmethod_new(vm, v);
        if (v == SP_NULL || sp_dict_set(vm, dict, name, v) < 0) return -1;
    }
    return 0;
}

/* Calls __set_name__(cls, name) on every attribute that defines it. */
static int class_set_names(sp_vm_t *vm, sp_type_t *type) {
    sp_value_t items = sp_dict_copy(vm, type->dict);
    if (items == SP_NULL) return -1;
    int64_t pos = 0;
    sp_value_t key, value;
    while (sp_dict_next(items, &pos, &key, &value)) {
        if (!sp_is_obj(value) || sp_is_type(value) || sp_is_function(value)) continue;
        sp_value_t fn = type_lookup(vm, SP_AS_OBJ(value)->type, CLASS_NAME(vm, CLASS_S_SET_NAME));
        if (fn == SP_NULL) continue;
        sp_value_t args[3] = {value, SP_OBJ(type), key};
        if (sp_call(vm, fn, args, 3, SP_NULL) == SP_NULL) return -1;
    }
    return 0;
}

/* super(cls, cls).__init_subclass__(**kwargs). */
static int class_init_subclass(sp_vm_t *vm, sp_type_t *type, sp_value_t kwargs) {
    sp_tuple_t *mro = SP_AS_TUPLE(type->mro);
    sp_value_t name = CLASS_NAME(vm, CLASS_S_INIT_SUBCLASS);
    for (int64_t i = 1; i < mro->size; i++) {
        sp_type_t *t = SP_AS_TYPE(mro->items[i]);
        sp_value_t fn = t->dict != SP_NULL ? sp_dict_get(vm, t->dict, name) : SP_NULL;
        if (fn == SP_NULL) continue;
        fn = class_descr_get(vm, fn, SP_NULL, type);
        if (fn == SP_NULL) return -1;
        sp_value_t f = SP_NULL;
        if (kwargs != SP_NULL && SP_AS_DICT(kwargs)->used > 0) {
            /* fn(**kwargs): the values with their names as kwnames. */
            int64_t n = SP_AS_DICT(kwargs)->used, pos = 0, k = 0;
            sp_value_t names = sp_tuple_new(vm, n);
            sp_value_t *vals = sp_alloc(vm, (size_t)n * sizeof(sp_value_t));
            if (names == SP_NULL || vals == NULL) return -1;
            sp_value_t key, value;
            while (sp_dict_next(kwargs, &pos, &key, &value)) {
                SP_AS_TUPLE(names)->items[k] = key;
                vals[k++] = value;
            }
            f = sp_call(vm, fn, vals, 0, names);
        } else {
            f = sp_call(vm, fn, NULL, 0, SP_NULL);
        }
        return f == SP_NULL ? -1 : 0;
    }
    if (kwargs != SP_NULL && SP_AS_DICT(kwargs)->used > 0) {
        sp_raise(vm, SP_EXC_TypeError, "%s.__init_subclass__() takes no keyword arguments",
                 sp_str_cstr(class_type_qualname(vm, type)));
        return -1;
    }
    return 0;
}

static sp_value_t class_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,
                                  sp_value_t kwnames);
static sp_value_t class_user_lookup(sp_vm_t *vm, sp_type_t *type, sp_value_t name);
static void class_float_slots(sp_vm_t *vm, sp_type_t *type);

/* The type object itself, its fields copied from the solid base. */
static sp_type_t *class_alloc(sp_vm_t *vm, sp_type_t *meta, sp_value_t name, sp_value_t bases, sp_type_t *solid,
                              sp_value_t dict) {
    sp_type_t *type = (sp_type_t *)sp_new_object(vm, meta, sizeof(sp_type_t));
    if (type == NULL) return NULL;
    size_t start = offsetof(sp_type_t, repr);
    memcpy((char *)type + start, (char *)solid + start, sizeof(sp_type_t) - start);
    type->ht_name = name;
    type->name = sp_str_cstr(name);
    type->kind = solid->kind;
    type->base = solid; /* CPython's best base: the base whose layout the class extends */
    type->bases = bases;
    type->dict = dict;
    type->flags = SP_TYPE_HEAPTYPE | SP_TYPE_BASETYPE;
    type->slot_names = SP_NULL; /* inherited: the longest among the bases (they are nested) */
    for (int64_t i = 0; i < SP_AS_TUPLE(bases)->size; i++) {
        sp_value_t names = SP_AS_TYPE(SP_AS_TUPLE(bases)->items[i])->slot_names;
        if (names != SP_NULL && (type->slot_names == SP_NULL || SP_AS_TUPLE(names)->size > SP_AS_TUPLE(type->slot_names)->size))
            type->slot_names = names;
    }
    type->attrs_offset = SP_ATTRS_PREFIX;
    type->construct = class_construct;
    type->getattr = instance_getattr;
    type->setattr = instance_setattr;
    if (type->kind == SP_K_TYPE) {
        /* A metaclass: its instances are classes, whose attributes live in their own dict and
         * are found by type's getattr (which consults the metaclass); no attribute word. */
        type->attrs_offset = 0;
        type->getattr = vm->types[SP_K_TYPE]->getattr;
        type->setattr = vm->types[SP_K_TYPE]->setattr;
    }
    if (type->kind == SP_K_OBJECT && type->repr == vm->types[SP_K_OBJECT]->repr) type->repr = class_instance_repr;
    return type;
}

/* Whether any base's instances have a __dict__. */
static bool class_bases_have_dict(sp_value_t bases) {
    sp_tuple_t *b = SP_AS_TUPLE(bases);
    for (int64_t i = 0; i < b->size; i++) {
        sp_type_t *t = SP_AS_TYPE(b->items[i]);
        if (class_is_heap(t) && !(t->flags & SP_TYPE_NO_DICT)) return true;
    }
    return false;
}

/* The first class in a chain whose instances have a __dict__ gets the `__dict__` and
 * `__weakref__` getset descriptors (vars(C) shows them, as in CPython). */
static int class_add_getsets(sp_vm_t *vm, sp_type_t *type, sp_value_t bases) {
    if ((type->flags & SP_TYPE_NO_DICT) || type->kind == SP_K_TYPE || class_bases_have_dict(bases)) return 0;
    static const int32_t which[2] = {DESCR_GETSET_DICT, DESCR_GETSET_WEAKREF};
    static const char *const names[2] = {"__dict__", "__weakref__"};
    for (int i = 0; i < 2; i++) {
        sp_value_t name = sp_str_intern_cstr(vm, names[i]);
        if (sp_dict_get(vm, type->dict, name) != SP_NULL) continue;
        sp_value_t d = descr_getset_new(vm, type, name, which[i]);
        if (d == SP_NULL || sp_dict_set(vm, type->dict, name, d) < 0) return -1;
    }
    return 0;
}

/* Records the class in each base's __subclasses__() list. */
static int class_register_subclass(sp_vm_t *vm, sp_type_t *type) {
    sp_tuple_t *b = SP_AS_TUPLE(type->bases);
    for (int64_t i = 0; i < b->size; i++) {
        sp_type_t *base = SP_AS_TYPE(b->items[i]);
        if (base->subclasses == SP_NULL && (base->subclasses = sp_list_new(vm, 0)) == SP_NULL) return -1;
        if (sp_list_append(vm, base->subclasses, SP_OBJ(type)) < 0) return -1;
    }
    return 0;
}

sp_type_t *class_calculate_meta(sp_vm_t *vm, sp_type_t *meta, sp_value_t bases) {
    sp_type_t *winner = meta;
    sp_tuple_t *b = SP_AS_TUPLE(bases);
    for (int64_t i = 0; i < b->size; i++) {
        sp_type_t *t = sp_typeof(vm, b->items[i]);
        if (type_is_subtype(winner, t)) continue;
        if (type_is_subtype(t, winner)) {
            winner = t;
            continue;
        }
        sp_raise(vm, SP_EXC_TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                                       "subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

/* Calls f(*args, **kwargs) for a kwargs dict (SP_NULL: none). */
static sp_value_t class_call_kwdict(sp_vm_t *vm, sp_value_t f, const sp_value_t *args, int nargs, sp_value_t kwargs) {
    int64_t n = kwargs != SP_NULL ? SP_AS_DICT(kwargs)->used : 0;
    if (n == 0) return sp_call(vm, f, args, nargs, SP_NULL);
    sp_value_t names = sp_tuple_new(vm, n);
    sp_value_t *vals = sp_alloc(vm, (size_t)(nargs + n) * sizeof(sp_value_t));
    if (names == SP_NULL || vals == NULL) return SP_NULL;
    if (nargs) memcpy(vals, args, (size_t)nargs * sizeof(sp_value_t));
    int64_t pos = 0, k = 0;
    sp_value_t key, value;
    while (sp_dict_next(kwargs, &pos, &key, &value)) {
        SP_AS_TUPLE(names)->items[k] = key;
        vals[nargs + k++] = value;
    }
    return sp_call(vm, f, vals, nargs, names);
}

sp_value_t class_new(sp_vm_t *vm, sp_value_t name, sp_value_t bases, sp_value_t ns, sp_value_t kwargs) {
    return class_new_meta(vm, vm->types[SP_K_TYPE], name, bases, ns, kwargs);
}

/* The abstract-class error of object.__new__: "Can't instantiate abstract class C with
 * abstract methods a, b" (the names sorted). */
static sp_value_t class_abstract_error(sp_vm_t *vm, sp_type_t *type) {
    sp_value_t methods = sp_dict_get(vm, type->dict, sp_str_intern_cstr(vm, "__abstractmethods__"));
    sp_value_t list = methods != SP_NULL ? sp_list_from_iterable(vm, methods) : sp_list_new(vm, 0);
    if (list == SP_NULL || sp_list_sort(vm, list, SP_NONE, false) < 0) return SP_NULL;
    sp_value_t joined = sp_str_join(vm, sp_str_from_cstr(vm, ", "), list);
    if (joined == SP_NULL) return SP_NULL;
    return sp_raise(vm, SP_EXC_TypeError, "Can't instantiate abstract class %s with abstract method%s %s", type->name,
                    SP_AS_LIST(list)->size > 1 ? "s" : "", sp_str_cstr(joined));
}

sp_value_t class_new_meta(sp_vm_t *vm, sp_type_t *meta, sp_value_t name, sp_value_t bases, sp_value_t ns,
                          sp_value_t kwargs) {
    sp_value_t given[3] = {name, bases, ns};
    const char *want[3] = {"str", "tuple", "dict"};
    for (int i = 0; i < 3; i++)
        if (strcmp(sp_type_name(vm, given[i]), want[i]) != 0 && !(i == 0 ? sp_is_str(name) : i == 1 ? sp_is_tuple(bases) : sp_is_dict(ns)))
            return sp_raise(vm, SP_EXC_TypeError, "type.__new__() argument %d must be %s, not %s", i + 1, want[i],
                            sp_arg_type_name(vm, given[i]));
    /* The most derived metaclass of the bases wins; one with its own __new__ makes the class. */
    sp_type_t *winner = class_calculate_meta(vm, meta, bases);
    if (winner == NULL) return SP_NULL;
    if (winner != meta) {
        if (class_user_lookup(vm, winner, CLASS_NAME(vm, CLASS_S_NEW)) != SP_NULL)
            return class_call_kwdict(vm, SP_OBJ(winner), given, 3, kwargs);
        meta = winner;
    }
    if (SP_AS_TUPLE(bases)->size == 0) {
        sp_value_t object = SP_OBJ(vm->types[SP_K_OBJECT]);
        bases = sp_tuple_from_array(vm, &object, 1);
        if (bases == SP_NULL) return SP_NULL;
    }
    sp_type_t *solid = class_check_bases(vm, bases);
    if (solid == NULL) return SP_NULL;
    sp_value_t dict = sp_dict_copy(vm, ns);
    if (dict == SP_NULL) return SP_NULL;
    /* The class body's __class__ cell (zero-argument super) is filled with the new class. */
    sp_value_t cell = sp_dict_get(vm, dict, CLASS_NAME(vm, CLASS_S_CLASSCELL));
    if (cell != SP_NULL) {
        if (!sp_is_kind(cell, SP_K_CELL))
            return sp_raise(vm, SP_EXC_TypeError, "__classcell__ must be a nonlocal cell, not %s",
                            sp_type_name(vm, cell));
        if (sp_dict_del(vm, dict, CLASS_NAME(vm, CLASS_S_CLASSCELL)) < 0) return SP_NULL;
    }
    sp_type_t *type = class_alloc(vm, meta, name, bases, solid, dict);
    if (type == NULL) return SP_NULL;
    if (cell != SP_NULL) SP_AS_CELL(cell)->value = SP_OBJ(type);
    type->ht_qualname = sp_dict_get(vm, dict, CLASS_NAME(vm, CLASS_S_QUALNAME));
    if (type->ht_qualname != SP_NULL) {
        if (!sp_is_str(type->ht_qualname))
            return sp_raise(vm, SP_EXC_TypeError, "type __qualname__ must be a str, not %s",
                            sp_type_name(vm, type->ht_qualname));
        if (sp_dict_del(vm, dict, CLASS_NAME(vm, CLASS_S_QUALNAME)) < 0) return SP_NULL;
    } else {
        type->ht_qualname = name;
    }
    if (sp_dict_get(vm, dict, CLASS_NAME(vm, CLASS_S_MODULE)) == SP_NULL && vm->frame != NULL) {
        sp_value_t mod = sp_dict_get(vm, vm->frame->globals, vm->s___name__);
        if (mod != SP_NULL && sp_dict_set(vm, dict, CLASS_NAME(vm, CLASS_S_MODULE), mod) < 0) return SP_NULL;
    }
    if (sp_dict_get(vm, dict, CLASS_NAME(vm, CLASS_S_DOC)) == SP_NULL &&
        sp_dict_set(vm, dict, CLASS_NAME(vm, CLASS_S_DOC), SP_NONE) < 0)
        return SP_NULL;
    type->mro = class_c3(vm, type, bases);
    if (type->mro == SP_NULL) return SP_NULL;
    sp_value_t slots = sp_dict_get(vm, dict, CLASS_NAME(vm, CLASS_S_SLOTS));
    if (slots != SP_NULL && class_make_slots(vm, type, slots, class_bases_have_dict(bases)) < 0) return SP_NULL;
    if (class_wrap_implicit(vm, dict) < 0 || class_add_getsets(vm, type, bases) < 0 ||
        class_register_subclass(vm, type) < 0)
        return SP_NULL;
    slots_install(vm, type);
    class_float_slots(vm, type);
    if (vm->exc != SP_NULL) return SP_NULL;
    if (class_set_names(vm, type) < 0 || class_init_subclass(vm, type, kwargs) < 0) return SP_NULL;
    return SP_OBJ(type);
}

void class_type_changed(sp_vm_t *vm, sp_type_t *type, sp_value_t name) {
    const char *s = sp_str_cstr(name);
    if (s[0] != '_' || s[1] != '_') return;
    slots_install(vm, type);
    class_float_slots(vm, type);
    /* Subclasses inherit the dunder: refresh their slots too. */
    if (type->subclasses != SP_NULL)
        for (int64_t i = 0; i < SP_AS_LIST(type->subclasses)->size; i++)
            class_type_changed(vm, SP_AS_TYPE(SP_AS_LIST(type->subclasses)->items[i]), name);
}

/* ---- __build_class__ --------------------------------------------------------------------- */

/* Runs the class body function with `ns` as its namespace; returns the __class__ cell or None. */
static sp_value_t class_run_body(sp_vm_t *vm, sp_value_t func, sp_value_t ns) {
    sp_function_t *fn = SP_AS_FUNCTION(func);
    if (sp_enter_c(vm, NULL) < 0) return SP_NULL;
    sp_value_t result = SP_NULL;
    sp_value_t builtins = fn->builtins ? fn->builtins : vm->builtins;
    sp_frame_t *frame = frame_push(vm, fn->code, fn, fn->globals, builtins, ns);
    if (frame != NULL) result = sp_eval_frame(vm, frame);
    sp_leave_c(vm);
    return result;
}

/* Splits keyword arguments: metaclass= (SP_NULL when absent) and the rest (a dict, or SP_NULL
 * when there are none) for the metaclass and __init_subclass__. */
static int class_keywords(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames, sp_value_t *meta,
                          sp_value_t *kwargs) {
    *kwargs = SP_NULL;
    *meta = SP_NULL;
    if (kwnames == SP_NULL) return 0;
    sp_tuple_t *names = SP_AS_TUPLE(kwnames);
    for (int64_t i = 0; i < names->size; i++) {
        sp_value_t v = args[nargs + i];
        if (!strcmp(sp_str_cstr(names->items[i]), "metaclass")) {
            *meta = v;
            continue;
        }
        if (*kwargs == SP_NULL && (*kwargs = sp_dict_new(vm)) == SP_NULL) return -1;
        if (sp_dict_set(vm, *kwargs, names->items[i], v) < 0) return -1;
    }
    return 0;
}

/* PEP 560: a base that is not a class may supply the real bases with __mro_entries__(bases).
 * Returns the (maybe new) bases tuple; *changed tells whether any entry was replaced. */
static sp_value_t class_mro_entries(sp_vm_t *vm, sp_value_t orig, bool *changed) {
    sp_tuple_t *b = SP_AS_TUPLE(orig);
    *changed = false;
    sp_value_t out = SP_NULL;
    sp_value_t name = sp_str_intern_cstr(vm, "__mro_entries__");
    for (int64_t i = 0; i < b->size; i++) {
        sp_value_t base = b->items[i];
        sp_value_t fn = sp_is_type(base) ? SP_NULL : sp_getattr_opt(vm, base, name);
        if (fn == SP_NULL && vm->exc != SP_NULL) return SP_NULL;
        if (fn == SP_NULL) {
            if (out != SP_NULL && sp_list_append(vm, out, base) < 0) return SP_NULL;
            continue;
        }
        if (out == SP_NULL) {
            out = sp_list_from_array(vm, b->items, i);
            if (out == SP_NULL) return SP_NULL;
        }
        sp_value_t r = sp_call1(vm, fn, orig);
        if (r == SP_NULL) return SP_NULL;
        if (!sp_is_tuple(r)) return sp_raise(vm, SP_EXC_TypeError, "__mro_entries__ must return a tuple");
        for (int64_t k = 0; k < SP_AS_TUPLE(r)->size; k++)
            if (sp_list_append(vm, out, SP_AS_TUPLE(r)->items[k]) < 0) return SP_NULL;
    }
    if (out == SP_NULL) return orig;
    *changed = true;
    return sp_tuple_from_array(vm, SP_AS_LIST(out)->items, SP_AS_LIST(out)->size);
}

/* meta.__prepare__(name, bases, **kwargs): the namespace the class body runs in. */
static sp_value_t class_prepare(sp_vm_t *vm, sp_value_t meta, sp_value_t name, sp_value_t bases, sp_value_t kwargs) {
    sp_value_t prep = sp_getattr_opt(vm, meta, sp_str_intern_cstr(vm, "__prepare__"));
    if (prep == SP_NULL) return vm->exc != SP_NULL ? SP_NULL : sp_dict_new(vm);
    sp_value_t args[2] = {name, bases};
    sp_value_t ns = class_call_kwdict(vm, prep, args, 2, kwargs);
    if (ns == SP_NULL) return SP_NULL;
    sp_type_t *t = sp_typeof(vm, ns);
    if (!sp_is_dict(ns) && t->getitem == NULL)
        return sp_raise(vm, SP_EXC_TypeError, "%s.__prepare__() must return a mapping, not %s",
                        sp_is_type(meta) ? SP_AS_TYPE(meta)->name : "<metaclass>", t->name);
    return ns;
}

static sp_value_t class_build_class(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (nargs < 1) return sp_raise(vm, SP_EXC_TypeError, "__build_class__: not enough arguments");
    if (!sp_is_function(args[0])) return sp_raise(vm, SP_EXC_TypeError, "__build_class__: func must be a function");
    if (nargs < 2 || !sp_is_str(args[1]))
        return sp_raise(vm, SP_EXC_TypeError, "__build_class__: name is not a string");
    sp_value_t kwargs, meta;
    if (class_keywords(vm, args, nargs, kwnames, &meta, &kwargs) < 0) return SP_NULL;
    sp_value_t orig_bases = sp_tuple_from_array(vm, args + 2, nargs - 2);
    if (orig_bases == SP_NULL) return SP_NULL;
    bool changed;
    sp_value_t bases = class_mro_entries(vm, orig_bases, &changed);
    if (bases == SP_NULL) return SP_NULL;
    sp_type_t *type_type = vm->types[SP_K_TYPE];
    if (meta == SP_NULL)
        meta = SP_AS_TUPLE(bases)->size == 0 ? SP_OBJ(type_type) : SP_OBJ(sp_typeof(vm, SP_AS_TUPLE(bases)->items[0]));
    if (sp_is_type(meta)) { /* the most derived metaclass of meta and the bases' */
        sp_type_t *winner = class_calculate_meta(vm, SP_AS_TYPE(meta), bases);
        if (winner == NULL) return SP_NULL;
        meta = SP_OBJ(winner);
    }
    /* Plain classes (metaclass type) skip __prepare__ and call type.__new__ directly. */
    bool plain = meta == SP_OBJ(type_type);
    sp_value_t ns = plain ? sp_dict_new(vm) : class_prepare(vm, meta, args[1], bases, kwargs);
    if (ns == SP_NULL) return SP_NULL;
    sp_value_t cell = class_run_body(vm, args[0], ns);
    if (cell == SP_NULL) return SP_NULL;
    if (changed && sp_setitem(vm, ns, sp_str_intern_cstr(vm, "__orig_bases__"), orig_bases) < 0) return SP_NULL;
    sp_value_t cls;
    if (plain) {
        cls = class_new_meta(vm, type_type, args[1], bases, ns, kwargs);
    } else {
        sp_value_t margs[3] = {args[1], bases, ns};
        cls = class_call_kwdict(vm, meta, margs, 3, kwargs);
    }
    if (cls == SP_NULL || !sp_is_kind(cell, SP_K_CELL) || !sp_is_type(cls)) return cls;
    sp_value_t set = SP_AS_CELL(cell)->value;
    if (set == cls) return cls;
    sp_value_t name_repr = sp_repr(vm, args[1]), cls_repr = sp_repr(vm, cls);
    if (name_repr == SP_NULL || cls_repr == SP_NULL) return SP_NULL;
    if (set == SP_NULL)
        return sp_raise(vm, SP_EXC_RuntimeError,
                        "__class__ not set defining %s as %s. Was __classcell__ propagated to type.__new__?",
                        sp_str_cstr(name_repr), sp_str_cstr(cls_repr));
    sp_value_t set_repr = sp_repr(vm, set);
    if (set_repr == SP_NULL) return SP_NULL;
    return sp_raise(vm, SP_EXC_TypeError, "__class__ set to %s defining %s as %s", sp_str_cstr(set_repr),
                    sp_str_cstr(name_repr), sp_str_cstr(cls_repr));
}

/* ---- float subclasses ---------------------------------------------------------------------
 * Floats are immediate values (no object), so an instance of a float subclass is a small heap
 * box with the double after the header; its slots unbox and call float's own slots. */
typedef struct class_float {
    sp_object_t hdr;
    double value;
} class_float_t;

static sp_value_t class_float_unbox(sp_value_t v) {
    if (sp_is_obj(v) && SP_AS_OBJ(v)->type->kind == SP_K_FLOAT) return sp_float(SP_PTR(class_float_t, v)->value);
    return v;
}

static sp_value_t class_float_box(sp_vm_t *vm, sp_type_t *type, sp_value_t v) {
    if (!sp_is_float(v)) return sp_raise(vm, SP_EXC_TypeError, "float() returned non-float (type %s)", sp_type_name(vm, v));
    class_float_t *f = (class_float_t *)sp_new_object(vm, type, sizeof(class_float_t));
    if (f == NULL) return SP_NULL;
    f->value = sp_float_value(v);
    return SP_OBJ(f);
}

static sp_value_t class_float_repr(sp_vm_t *vm, sp_value_t self) {
    return vm->types[SP_K_FLOAT]->repr(vm, class_float_unbox(self));
}
static int class_float_hash(sp_vm_t *vm, sp_value_t self, int64_t *out) {
    return vm->types[SP_K_FLOAT]->hash(vm, class_float_unbox(self), out);
}
static sp_value_t class_float_richcompare(sp_vm_t *vm, sp_value_t a, sp_value_t b, sp_cmp_t op) {
    return sp_compare(vm, class_float_unbox(a), class_float_unbox(b), op);
}
static sp_value_t class_float_binop(sp_vm_t *vm, sp_binop_t op, sp_value_t a, sp_value_t b) {
    return sp_binary_op(vm, op & ~SP_BINOP_INPLACE, class_float_unbox(a), class_float_unbox(b));
}
static sp_value_t class_float_unop(sp_vm_t *vm, sp_unop_t op, sp_value_t self) {
    return sp_unary_op(vm, op, class_float_unbox(self));
}
static int class_float_truth(sp_vm_t *vm, sp_value_t self) {
    return sp_truthy(vm, class_float_unbox(self));
}

/* Replaces the float slots that would receive the box itself (inherited or copied back by
 * slots_install) with the unboxing ones; slots calling user dunders stay. */
static void class_float_slots(sp_vm_t *vm, sp_type_t *type) {
    sp_type_t *f = vm->types[SP_K_FLOAT];
    if (type->kind != SP_K_FLOAT) return;
    if (type->repr == f->repr) type->repr = class_float_repr;
    if (type->str == f->str) type->str = NULL;
    if (type->hash == f->hash) type->hash = class_float_hash;
    if (type->richcompare == f->richcompare) type->richcompare = class_float_richcompare;
    if (type->binop == f->binop) type->binop = class_float_binop;
    if (type->unop == f->unop) type->unop = class_float_unop;
    if (type->truth == f->truth) type->truth = class_float_truth;
}

/* ---- Constructing instances ------------------------------------------------------------------ */

/* The byte size of a built-in object, to copy it into an instance of a subclass. */
static size_t class_object_size(sp_vm_t *vm, sp_value_t v, sp_kind_t kind) {
    sp_type_t *builtin = sp_typeof(vm, v);
    if (builtin->basicsize != 0) return builtin->basicsize;
    switch (kind) {
    case SP_K_STR:
        return offsetof(sp_str_t, data) + (size_t)SP_AS_STR(v)->size + 1;
    case SP_K_BYTES:
        return offsetof(sp_bytes_t, data) + (size_t)SP_AS_BYTES(v)->size;
    case SP_K_TUPLE:
        return sizeof(sp_tuple_t) + (size_t)SP_AS_TUPLE(v)->size * sizeof(sp_value_t);
    case SP_K_LIST:
        return sizeof(sp_list_t);
    case SP_K_DICT:
        return sizeof(sp_dict_t);
    case SP_K_SET:
    case SP_K_FROZENSET:
        return sizeof(sp_set_t);
    case SP_K_EXCEPTION:
        return sizeof(sp_exception_t);
    default:
        return 0;
    }
}

/* Moves a built-in value made by the base's constructor into a block of the subclass (with its
 * attribute word). Ints are first given a heap form (sp_int_box). */
static sp_value_t class_rebox(sp_vm_t *vm, sp_type_t *type, sp_value_t v) {
    if (type->kind == SP_K_INT) return sp_int_box(vm, type, v);
    if (type->kind == SP_K_FLOAT) return class_float_box(vm, type, v);
    if (!sp_is_obj(v)) return sp_raise(vm, SP_EXC_TypeError, "cannot subclass '%s' yet", sp_type_name(vm, v));
    size_t size = class_object_size(vm, v, type->kind);
    if (size == 0) return sp_raise(vm, SP_EXC_TypeError, "cannot subclass '%s' yet", sp_type_name(vm, v));
    sp_object_t *obj = sp_new_object(vm, type, size);
    if (obj == NULL) return SP_NULL;
    memcpy((char *)obj + sizeof(sp_object_t), (char *)SP_AS_OBJ(v) + sizeof(sp_object_t), size - sizeof(sp_object_t));
    if (type->kind == SP_K_STR) SP_PTR(sp_str_t, SP_OBJ(obj))->interned = 0;
    return SP_OBJ(obj);
}

sp_value_t class_exact(sp_vm_t *vm, sp_value_t v) {
    if (v == SP_NULL || !sp_is_obj(v) || !class_is_heap(SP_AS_OBJ(v)->type)) return v;
    switch (SP_AS_OBJ(v)->type->kind) {
    case SP_K_INT:
        return sp_int_binop(vm, SP_BINOP_ADD, v, sp_smallint(0));
    case SP_K_STR:
        return sp_str_new(vm, SP_AS_STR(v)->data, (size_t)SP_AS_STR(v)->size);
    case SP_K_BYTES:
        return sp_bytes_new(vm, SP_AS_BYTES(v)->data, (size_t)SP_AS_BYTES(v)->size);
    case SP_K_TUPLE:
        return sp_tuple_from_array(vm, SP_AS_TUPLE(v)->items, SP_AS_TUPLE(v)->size);
    case SP_K_FLOAT:
        return class_float_unbox(v);
    default:
        return v;
    }
}

/* Whether `name` resolves to something a class statement defined (not a built-in's method). */
static sp_value_t class_user_lookup(sp_vm_t *vm, sp_type_t *type, sp_value_t name) {
    sp_tuple_t *mro = SP_AS_TUPLE(type->mro);
    for (int64_t i = 0; i < mro->size; i++) {
        sp_type_t *t = SP_AS_TYPE(mro->items[i]);
        sp_value_t v = t->dict != SP_NULL ? sp_dict_get(vm, t->dict, name) : SP_NULL;
        if (v != SP_NULL) return class_is_heap(t) ? v : SP_NULL;
    }
    return SP_NULL;
}

static int class_nkw(sp_value_t kwnames) {
    return kwnames != SP_NULL ? (int)SP_AS_TUPLE(kwnames)->size : 0;
}

/* type.__new__(meta, name, bases, ns, **kwargs) with meta already taken off: a new class
 * whose type is `meta` (type(x) when meta is exactly type and there is one argument). */
static sp_value_t class_type_new(sp_vm_t *vm, sp_type_t *meta, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    int nkw = class_nkw(kwnames);
    if (nargs == 1 && nkw == 0 && meta == vm->types[SP_K_TYPE]) return SP_OBJ(sp_typeof(vm, args[0]));
    if (nargs != 3) return sp_raise(vm, SP_EXC_TypeError, "type.__new__() takes exactly 3 arguments (%d given)", nargs);
    sp_value_t kwargs = SP_NULL;
    if (nkw > 0) {
        if ((kwargs = sp_dict_new(vm)) == SP_NULL) return SP_NULL;
        for (int i = 0; i < nkw; i++)
            if (sp_dict_set(vm, kwargs, SP_AS_TUPLE(kwnames)->items[i], args[nargs + i]) < 0) return SP_NULL;
    }
    return class_new_meta(vm, meta, args[0], args[1], args[2], kwargs);
}

/* type.__new__ as Python code calls it: type.__new__(M, name, bases, ns). */
static sp_value_t class_type_new_method(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (nargs < 1) return sp_raise(vm, SP_EXC_TypeError, "type.__new__(): not enough arguments");
    if (!sp_is_type(args[0]))
        return sp_raise(vm, SP_EXC_TypeError, "type.__new__(X): X is not a type object (%s)", sp_type_name(vm, args[0]));
    sp_type_t *meta = SP_AS_TYPE(args[0]);
    if (!type_is_subtype(meta, vm->types[SP_K_TYPE]))
        return sp_raise(vm, SP_EXC_TypeError, "type.__new__(%s): %s is not a subtype of type", meta->name, meta->name);
    return class_type_new(vm, meta, args + 1, nargs - 1, kwnames);
}

/* type.__init__(cls, *args, **kwargs): checks the argument count only. */
static sp_value_t class_type_init(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (nargs < 1) return sp_raise(vm, SP_EXC_TypeError, "descriptor '__init__' of 'type' object needs an argument");
    if (nargs == 2 && class_nkw(kwnames) > 0)
        return sp_raise(vm, SP_EXC_TypeError, "type.__init__() takes no keyword arguments");
    if (nargs != 2 && nargs != 4) return sp_raise(vm, SP_EXC_TypeError, "type.__init__() takes 1 or 3 arguments");
    return SP_NONE;
}

/* type.__prepare__(name, bases, **kwargs): a new empty dict (a classmethod). */
static sp_value_t class_type_prepare(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    return sp_dict_new(vm);
}

/* type.__instancecheck__(cls, obj) / type.__subclasscheck__(cls, sub): the plain MRO tests that
 * a metaclass overriding them can fall back on. */
static sp_value_t class_type_instancecheck(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "type.__instancecheck__", nargs - 1, kwnames, 1, 1) < 0) return SP_NULL;
    if (!sp_is_type(args[0])) return sp_raise(vm, SP_EXC_TypeError, "descriptor requires a 'type' object");
    return sp_bool(sp_isinstance(vm, args[1], SP_AS_TYPE(args[0])));
}

static sp_value_t class_type_subclasscheck(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "type.__subclasscheck__", nargs - 1, kwnames, 1, 1) < 0) return SP_NULL;
    if (!sp_is_type(args[0])) return sp_raise(vm, SP_EXC_TypeError, "descriptor requires a 'type' object");
    if (!sp_is_type(args[1])) return sp_raise(vm, SP_EXC_TypeError, "issubclass() arg 1 must be a class");
    return sp_bool(type_is_subtype(SP_AS_TYPE(args[1]), SP_AS_TYPE(args[0])));
}

/* object.__new__ / the built-in base's __new__ for `type`: makes the instance's storage. For
 * mutable containers the contents come from __init__, so the arguments are ignored when the
 * class overrides __init__ (as CPython's list.__new__). */
static sp_value_t class_base_new(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,
                                 sp_value_t kwnames, bool has_init) {
    sp_type_t *builtin = class_builtin_base(type);
    int nkw = class_nkw(kwnames);
    /* A C type of kind object with its own fixed-size struct (basicsize set, e.g. _random.Random)
     * is built by its constructor and copied below like the other built-in bases. */
    if (builtin->kind == SP_K_OBJECT && builtin->basicsize == 0) {
        if ((nargs > 0 || nkw > 0) && !has_init && class_user_lookup(vm, type, CLASS_NAME(vm, CLASS_S_NEW)) == SP_NULL)
            return sp_raise(vm, SP_EXC_TypeError, "%s() takes no arguments", type->name);
        sp_object_t *obj = sp_new_object(vm, type, sizeof(sp_object_t));
        return obj ? SP_OBJ(obj) : SP_NULL;
    }
    if (builtin->kind == SP_K_TYPE) return class_type_new(vm, type, args, nargs, kwnames); /* a metaclass */
    bool ignore_args = has_init && (builtin->kind == SP_K_LIST || builtin->kind == SP_K_DICT ||
                                    builtin->kind == SP_K_SET);
    if (builtin->kind == SP_K_EXCEPTION) kwnames = SP_NULL; /* BaseException.__new__ keeps only args */
    if (builtin->construct == NULL) return sp_raise(vm, SP_EXC_TypeError, "cannot create '%s' instances", type->name);
    sp_value_t v = ignore_args ? builtin->construct(vm, builtin, NULL, 0, SP_NULL)
                               : builtin->construct(vm, builtin, args, nargs, kwnames);
    return v == SP_NULL ? SP_NULL : class_rebox(vm, type, v);
}

/* object.__new__(cls, *args) and int.__new__(cls, ...) etc. as Python code calls them from a
 * user __new__: args[0] is the class. */
static sp_value_t class_new_method(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (nargs < 1) return sp_raise(vm, SP_EXC_TypeError, "object.__new__(): not enough arguments");
    if (!sp_is_type(args[0]))
        return sp_raise(vm, SP_EXC_TypeError, "object.__new__(X): X is not a type object (%s)",
                        sp_type_name(vm, args[0]));
    sp_type_t *type = SP_AS_TYPE(args[0]);
    if (!class_is_heap(type)) {
        if (type->construct == NULL) return sp_raise(vm, SP_EXC_TypeError, "cannot create '%s' instances", type->name);
        return type->construct(vm, type, args + 1, nargs - 1, kwnames);
    }
    bool has_init = class_user_lookup(vm, type, CLASS_NAME(vm, CLASS_S_INIT)) != SP_NULL;
    /* Called explicitly from a user __new__: extra arguments are the __init__'s business. */
    sp_type_t *builtin = class_builtin_base(type);
    if (builtin->kind == SP_K_OBJECT && builtin->basicsize == 0) {
        if (type->flags & SP_TYPE_ABSTRACT) return class_abstract_error(vm, type);
        sp_object_t *obj = sp_new_object(vm, type, sizeof(sp_object_t));
        return obj ? SP_OBJ(obj) : SP_NULL;
    }
    return class_base_new(vm, type, args + 1, nargs - 1, kwnames, has_init);
}

/* Calls __init__ on a new instance; it must return None. */
static int class_call_init(sp_vm_t *vm, sp_value_t init, sp_value_t obj, const sp_value_t *args, int nargs,
                           sp_value_t kwnames) {
    int total = nargs + class_nkw(kwnames);
    sp_value_t *buf = sp_alloc(vm, (size_t)(total + 1) * sizeof(sp_value_t));
    if (buf == NULL) return -1;
    buf[0] = obj;
    if (total) memcpy(buf + 1, args, (size_t)total * sizeof(sp_value_t));
    sp_value_t fn = sp_is_function(init) ? init : class_descr_get(vm, init, SP_NULL, SP_AS_OBJ(obj)->type);
    if (fn == SP_NULL) return -1;
    sp_value_t r = sp_call(vm, fn, buf, nargs + 1, kwnames);
    if (r == SP_NULL) return -1;
    if (r != SP_NONE) {
        sp_raise(vm, SP_EXC_TypeError, "__init__() should return None, not '%s'", sp_type_name(vm, r));
        return -1;
    }
    return 0;
}

/* Calling a class: __new__ (user-defined or the base's), then __init__ when the result is an
 * instance of the class. */
static sp_value_t class_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,
                                  sp_value_t kwnames) {
    sp_value_t init = class_user_lookup(vm, type, CLASS_NAME(vm, CLASS_S_INIT));
    sp_value_t new_fn = class_user_lookup(vm, type, CLASS_NAME(vm, CLASS_S_NEW));
    sp_value_t obj;
    if (new_fn != SP_NULL) {
        sp_value_t fn = class_descr_get(vm, new_fn, SP_NULL, type);
        int total = nargs + class_nkw(kwnames);
        sp_value_t *buf = sp_alloc(vm, (size_t)(total + 1) * sizeof(sp_value_t));
        if (fn == SP_NULL || buf == NULL) return SP_NULL;
        buf[0] = SP_OBJ(type);
        if (total) memcpy(buf + 1, args, (size_t)total * sizeof(sp_value_t));
        obj = sp_call(vm, fn, buf, nargs + 1, kwnames);
    } else {
        obj = class_base_new(vm, type, args, nargs, kwnames, init != SP_NULL);
    }
    if (obj == SP_NULL || init == SP_NULL || !type_is_subtype(sp_typeof(vm, obj), type)) return obj;
    return class_call_init(vm, init, obj, args, nargs, kwnames) < 0 ? SP_NULL : obj;
}

/* The construct slot of abstract classes: object.__new__ refuses them, so calling one fails
 * unless a user __new__ avoids object.__new__ (which checks too). Ordinary classes keep
 * class_construct, with no test on their path. */
static sp_value_t class_construct_abstract(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,
                                           sp_value_t kwnames) {
    if ((type->flags & SP_TYPE_ABSTRACT) && class_builtin_base(type)->kind == SP_K_OBJECT &&
        class_user_lookup(vm, type, CLASS_NAME(vm, CLASS_S_NEW)) == SP_NULL)
        return class_abstract_error(vm, type);
    return class_construct(vm, type, args, nargs, kwnames);
}

void class_set_abstract(sp_vm_t *vm, sp_type_t *type, bool abstract) {
    (void)vm;
    if (abstract) {
        type->flags |= SP_TYPE_ABSTRACT;
        if (type->construct == class_construct) type->construct = class_construct_abstract;
    } else {
        type->flags &= ~(unsigned)SP_TYPE_ABSTRACT;
        if (type->construct == class_construct_abstract) type->construct = class_construct;
    }
}

sp_value_t class_call_special(sp_vm_t *vm, sp_value_t self, sp_value_t name, const sp_value_t *args, int nargs,
                              bool *found) {
    sp_type_t *type = sp_typeof(vm, self);
    sp_value_t attr = type_lookup(vm, type, name);
    *found = attr != SP_NULL;
    if (attr == SP_NULL) return SP_NULL;
    sp_value_t buf[8];
    sp_value_t *argv = nargs + 1 <= 8 ? buf : sp_alloc(vm, (size_t)(nargs + 1) * sizeof(sp_value_t));
    if (argv == NULL) return SP_NULL;
    if (sp_is_function(attr) || sp_is_kind(attr, SP_K_METHOD_DESC)) {
        argv[0] = self;
        if (nargs) memcpy(argv + 1, args, (size_t)nargs * sizeof(sp_value_t));
        if (sp_is_function(attr)) return sp_call(vm, attr, argv, nargs + 1, SP_NULL);
        return SP_AS_METHOD_DESC(attr)->fn(vm, argv, nargs + 1, SP_NULL);
    }
    sp_value_t fn = class_descr_get(vm, attr, self, type);
    if (fn == SP_NULL) return SP_NULL;
    return sp_call(vm, fn, args, nargs, SP_NULL);
}

/* ---- Subscripting types: list[int], C[int] ----------------------------------------------- */

sp_value_t class_type_getitem(sp_vm_t *vm, sp_value_t self, sp_value_t key) {
    sp_type_t *type = SP_AS_TYPE(self);
    sp_value_t fn = type_lookup(vm, type, CLASS_NAME(vm, CLASS_S_CLASS_GETITEM));
    if (fn != SP_NULL) {
        fn = class_descr_get(vm, fn, SP_NULL, type);
        return fn == SP_NULL ? SP_NULL : sp_call1(vm, fn, key);
    }
    if (vm->exc != SP_NULL) return SP_NULL;
    switch (type->kind) {
    case SP_K_LIST:
    case SP_K_DICT:
    case SP_K_TUPLE:
    case SP_K_SET:
    case SP_K_FROZENSET:
    case SP_K_TYPE:
        if (!class_is_heap(type)) return descr_generic_alias_new(vm, self, key);
        break;
    default:
        break;
    }
    return sp_raise(vm, SP_EXC_TypeError, "type '%s' is not subscriptable", type->name);
}

/* ---- Set-up ------------------------------------------------------------------------------------ */

static const char *const class_name_texts[CLASS_S__COUNT] = {
    [CLASS_S_INIT] = "__init__",
    [CLASS_S_NEW] = "__new__",
    [CLASS_S_GET] = "__get__",
    [CLASS_S_SET] = "__set__",
    [CLASS_S_DELETE] = "__delete__",
    [CLASS_S_SLOTS] = "__slots__",
    [CLASS_S_DICT] = "__dict__",
    [CLASS_S_CLASS] = "__class__",
    [CLASS_S_QUALNAME] = "__qualname__",
    [CLASS_S_CLASSCELL] = "__classcell__",
    [CLASS_S_INIT_SUBCLASS] = "__init_subclass__",
    [CLASS_S_CLASS_GETITEM] = "__class_getitem__",
    [CLASS_S_SET_NAME] = "__set_name__",
    [CLASS_S_MODULE] = "__module__",
    [CLASS_S_DOC] = "__doc__",
    [CLASS_S_NAME] = "__name__",
};

/* Built-in types whose __new__ Python code may call (object.__new__(cls), int.__new__(cls, 5)). */
static void class_add_new_methods(sp_vm_t *vm) {
    static const sp_kind_t kinds[] = {SP_K_OBJECT, SP_K_INT, SP_K_STR, SP_K_TUPLE, SP_K_BYTES, SP_K_LIST,
                                      SP_K_DICT, SP_K_SET, SP_K_FROZENSET, SP_K_FLOAT};
    sp_value_t name = CLASS_NAME(vm, CLASS_S_NEW);
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
        sp_type_t *t = vm->types[kinds[i]];
        if (sp_dict_get(vm, t->dict, name) != SP_NULL) continue;
        sp_value_t fn = sp_native_new(vm, "__new__", class_new_method, SP_NULL);
        sp_value_t sm = fn != SP_NULL ? descr_staticmethod_new(vm, fn) : SP_NULL;
        if (sm != SP_NULL) sp_dict_set(vm, t->dict, name, sm);
    }
    sp_type_t *exc = vm->exc_types[SP_EXC_BaseException];
    if (sp_dict_get(vm, exc->dict, name) == SP_NULL) {
        sp_value_t fn = sp_native_new(vm, "__new__", class_new_method, SP_NULL);
        sp_value_t sm = fn != SP_NULL ? descr_staticmethod_new(vm, fn) : SP_NULL;
        if (sm != SP_NULL) sp_dict_set(vm, exc->dict, name, sm);
    }
}

/* type.__subclasses__(C): the classes deriving directly from C. */
static sp_value_t class_subclasses(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "__subclasses__", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    sp_type_t *type = SP_AS_TYPE(args[0]);
    if (type->subclasses == SP_NULL) return sp_list_new(vm, 0);
    return sp_list_from_array(vm, SP_AS_LIST(type->subclasses)->items, SP_AS_LIST(type->subclasses)->size);
}

/* object.__init_subclass__(): the default accepts no keyword arguments. */
static sp_value_t class_object_init_subclass(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (class_nkw(kwnames) > 0 || nargs > 1)
        return sp_raise(vm, SP_EXC_TypeError, "%s.__init_subclass__() takes no keyword arguments",
                        nargs > 0 && sp_is_type(args[0]) ? sp_str_cstr(class_type_qualname(vm, SP_AS_TYPE(args[0])))
                                                         : "object");
    return SP_NONE;
}

/* object.__init__(self, *args): CPython's rule for excess arguments. */
static sp_value_t class_object_init(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (nargs < 1) return sp_raise(vm, SP_EXC_TypeError, "descriptor '__init__' of 'object' object needs an argument");
    if (nargs == 1 && class_nkw(kwnames) == 0) return SP_NONE;
    sp_type_t *type = sp_typeof(vm, args[0]);
    if (class_user_lookup(vm, type, CLASS_NAME(vm, CLASS_S_INIT)) != SP_NULL)
        return sp_raise(vm, SP_EXC_TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
    if (class_user_lookup(vm, type, CLASS_NAME(vm, CLASS_S_NEW)) == SP_NULL)
        return sp_raise(vm, SP_EXC_TypeError, "%s() takes no arguments", type->name);
    return SP_NONE;
}

/* function.__get__(obj, type=None): a method bound to obj (the function itself for None). */
static sp_value_t class_function_get(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "__get__", nargs - 1, kwnames, 1, 2) < 0) return SP_NULL;
    if (args[1] == SP_NONE) return args[0];
    return sp_bound_method_new(vm, args[0], args[1]);
}

static const sp_method_def_t class_type_methods[] = {
    {"__subclasses__", class_subclasses},
    {"__init__", class_type_init},
    {"__instancecheck__", class_type_instancecheck},
    {"__subclasscheck__", class_type_subclasscheck},
    {NULL, NULL},
};
static const sp_method_def_t class_function_methods[] = {
    {"__get__", class_function_get},
    {NULL, NULL},
};

/* object.__class__ and object.__init_subclass__, type.__subclasses__, function.__get__. */
static void class_add_builtin_attrs(sp_vm_t *vm) {
    sp_type_t *object = vm->types[SP_K_OBJECT];
    type_add_methods(vm, vm->types[SP_K_TYPE], class_type_methods);
    sp_value_t tdict = vm->types[SP_K_TYPE]->dict;
    sp_value_t tnew = sp_native_new(vm, "__new__", class_type_new_method, SP_NULL);
    sp_value_t tnew_sm = tnew != SP_NULL ? descr_staticmethod_new(vm, tnew) : SP_NULL;
    if (tnew_sm != SP_NULL) sp_dict_set(vm, tdict, CLASS_NAME(vm, CLASS_S_NEW), tnew_sm);
    sp_value_t prep = sp_native_new(vm, "__prepare__", class_type_prepare, SP_NULL);
    sp_value_t prep_cm = prep != SP_NULL ? descr_classmethod_new(vm, prep) : SP_NULL;
    if (prep_cm != SP_NULL) sp_dict_set_cstr(vm, tdict, "__prepare__", prep_cm);
    type_add_methods(vm, vm->types[SP_K_FUNCTION], class_function_methods);
    sp_value_t name = CLASS_NAME(vm, CLASS_S_INIT_SUBCLASS);
    if (sp_dict_get(vm, object->dict, name) == SP_NULL) {
        sp_value_t fn = sp_native_new(vm, "__init_subclass__", class_object_init_subclass, SP_NULL);
        sp_value_t cm = fn != SP_NULL ? descr_classmethod_new(vm, fn) : SP_NULL;
        if (cm != SP_NULL) sp_dict_set(vm, object->dict, name, cm);
    }
    static const sp_method_def_t object_init[] = {{"__init__", class_object_init}, {NULL, NULL}};
    if (sp_dict_get(vm, object->dict, CLASS_NAME(vm, CLASS_S_INIT)) == SP_NULL) type_add_methods(vm, object, object_init);
    name = CLASS_NAME(vm, CLASS_S_CLASS);
    if (sp_dict_get(vm, object->dict, name) == SP_NULL) {
        sp_value_t gs = descr_getset_new(vm, object, name, DESCR_GETSET_CLASS);
        if (gs != SP_NULL) sp_dict_set(vm, object->dict, name, gs);
    }
}

void class_init(sp_vm_t *vm, sp_value_t builtins) {
    vm->class_state = sp_alloc(vm, sizeof(class_state_t));
    if (vm->class_state == NULL) return;
    for (int i = 0; i < CLASS_S__COUNT; i++) vm->class_state->names[i] = sp_str_intern_cstr(vm, class_name_texts[i]);
    instance_init(vm);
    descr_init(vm, builtins);
    vm->types[SP_K_TYPE]->getitem = class_type_getitem;
    sp_value_t fn = sp_native_new(vm, "__build_class__", class_build_class, SP_NULL);
    if (fn != SP_NULL) sp_dict_set_cstr(vm, builtins, "__build_class__", fn);
    class_add_new_methods(vm);
    class_add_builtin_attrs(vm);
}
