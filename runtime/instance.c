/* instance.c: the attributes of class instances — shared shapes (hidden classes) over a slot
 * array, dict mode on demand, __slots__ storage, and the generic getattr/setattr of instances.
 * docs/objects.md draws the layout. */
#include <string.h>

#include "runtime/class.h"

/* A shape: the ordered attribute names an instance has. Shapes form a tree from the empty root;
 * adding attribute `name` to an instance of shape S moves it to S's child for `name` (made once
 * and then shared), so instances initialised alike share one shape and keep only values. */
typedef struct inst_shape {
    struct inst_shape *parent;
    sp_value_t name;               /* the attribute this transition added (SP_NULL at the root) */
    int32_t count;                 /* attributes in this shape; `name` has index count - 1 */
    int32_t n_trans, cap_trans;
    struct inst_shape **trans;     /* children, found by a linear scan (few per shape) */
} inst_shape_t;

/* The attribute area of one instance, pointed to by the word before the object. */
typedef struct inst_attrs {
    inst_shape_t *shape;  /* NULL in dict mode */
    sp_value_t *values;   /* shape mode: values[i] is the attribute of index i */
    int32_t cap;
    sp_value_t dict;      /* dict mode: a real dict (obj.__dict__) */
    sp_value_t *slots;    /* __slots__ values, SP_NULL when unset; allocated on first store */
} inst_attrs_t;

/* Past these an instance switches to dict mode (and shapes stop growing). */
#define INST_MAX_SHAPE 64
#define INST_MAX_TRANSITIONS 64

/* The word before the object, or NULL when the type has no attribute area. */
static inst_attrs_t **inst_word(sp_vm_t *vm, sp_value_t obj) {
    if (!sp_is_obj(obj)) return NULL;
    sp_type_t *type = SP_AS_OBJ(obj)->type;
    (void)vm;
    if (type->attrs_offset != SP_ATTRS_PREFIX) return NULL;
    return (inst_attrs_t **)((char *)SP_AS_OBJ(obj) - sizeof(sp_value_t));
}

static inst_attrs_t *inst_attrs(sp_vm_t *vm, sp_value_t obj, bool create) {
    inst_attrs_t **word = inst_word(vm, obj);
    if (word == NULL) return NULL;
    if (*word == NULL && create) {
        inst_attrs_t *a = sp_alloc(vm, sizeof *a);
        if (a == NULL) return NULL;
        a->shape = vm->class_state->root_shape;
        *word = a;
    }
    return *word;
}

void instance_init(sp_vm_t *vm) {
    vm->class_state->root_shape = sp_alloc(vm, sizeof(inst_shape_t));
}

/* ---- Shapes ------------------------------------------------------------------------------ */

/* The index of `name` in the shape, or -1. Shape names are interned (instance_attr_set), so an
 * interned `name` matches by pointer alone; only a str built at run time needs the full compare. */
static int32_t shape_find(inst_shape_t *shape, sp_value_t name) {
    if (SP_AS_STR(name)->interned) {
        for (inst_shape_t *s = shape; s->parent != NULL; s = s->parent)
            if (s->name == name) return s->count - 1;
        return -1;
    }
    for (inst_shape_t *s = shape; s->parent != NULL; s = s->parent)
        if (sp_str_equal(s->name, name)) return s->count - 1;
    return -1;
}

/* The child of `shape` that adds `name`, made on first use; NULL past the limits. */
static inst_shape_t *shape_add(sp_vm_t *vm, inst_shape_t *shape, sp_value_t name) {
    for (int32_t i = 0; i < shape->n_trans; i++)
        if (shape->trans[i]->name == name) return shape->trans[i];
    if (shape->count >= INST_MAX_SHAPE || shape->n_trans >= INST_MAX_TRANSITIONS) return NULL;
    if (shape->n_trans == shape->cap_trans) {
        int32_t cap = shape->cap_trans ? shape->cap_trans * 2 : 2;
        inst_shape_t **trans = sp_alloc(vm, (size_t)cap * sizeof *trans);
        if (trans == NULL) return NULL;
        if (shape->n_trans) memcpy(trans, shape->trans, (size_t)shape->n_trans * sizeof *trans);
        shape->trans = trans;
        shape->cap_trans = cap;
    }
    inst_shape_t *child = sp_alloc(vm, sizeof *child);
    if (child == NULL) return NULL;
    child->parent = shape;
    child->name = name;
    child->count = shape->count + 1;
    shape->trans[shape->n_trans++] = child;
    return child;
}

/* Switches an instance to dict mode: the dict gets the shape's attributes in order. */
static sp_value_t inst_to_dict(sp_vm_t *vm, inst_attrs_t *a) {
    if (a->shape == NULL) return a->dict;
    sp_value_t dict = sp_dict_new(vm);
    if (dict == SP_NULL) return SP_NULL;
    int32_t n = a->shape->count;
    sp_value_t *names = sp_alloc(vm, (size_t)(n ? n : 1) * sizeof *names);
    if (names == NULL) return SP_NULL;
    for (inst_shape_t *s = a->shape; s->parent != NULL; s = s->parent) names[s->count - 1] = s->name;
    for (int32_t i = 0; i < n; i++)
        if (a->values[i] != SP_NULL && sp_dict_set(vm, dict, names[i], a->values[i]) < 0) return SP_NULL;
    a->dict = dict;
    a->shape = NULL;
    a->values = NULL;
    a->cap = 0;
    return dict;
}

static int inst_grow(sp_vm_t *vm, inst_attrs_t *a, int32_t need) {
    if (need <= a->cap) return 0;
    int32_t cap = a->cap ? a->cap * 2 : 4;
    while (cap < need) cap *= 2;
    sp_value_t *values = sp_alloc(vm, (size_t)cap * sizeof *values);
    if (values == NULL) return -1;
    if (a->cap) memcpy(values, a->values, (size_t)a->cap * sizeof *values);
    a->values = values;
    a->cap = cap;
    return 0;
}

/* ---- Own attributes ---------------------------------------------------------------------- */

sp_value_t instance_attr_get(sp_vm_t *vm, sp_value_t obj, sp_value_t name) {
    inst_attrs_t *a = inst_attrs(vm, obj, false);
    if (a == NULL) return SP_NULL;
    if (a->shape == NULL) return a->dict != SP_NULL ? sp_dict_get(vm, a->dict, name) : SP_NULL;
    int32_t i = shape_find(a->shape, name);
    return i >= 0 ? a->values[i] : SP_NULL;
}

static sp_value_t inst_intern(sp_vm_t *vm, sp_value_t name) {
    if (SP_AS_STR(name)->interned) return name;
    return sp_str_intern(vm, SP_AS_STR(name)->data, (size_t)SP_AS_STR(name)->size);
}

int instance_attr_set(sp_vm_t *vm, sp_value_t obj, sp_value_t name, sp_value_t value) {
    sp_type_t *type = SP_AS_OBJ(obj)->type;
    if (type->flags & SP_TYPE_NO_DICT) {
        if (value == SP_NULL) return 1;
        sp_raise(vm, SP_EXC_AttributeError, "'%s' object has no attribute '%s'", type->name, sp_str_cstr(name));
        return -1;
    }
    inst_attrs_t *a = inst_attrs(vm, obj, true);
    if (a == NULL) return vm->exc != SP_NULL ? -1 : 1;
    if (a->shape != NULL) {
        int32_t i = shape_find(a->shape, name);
        if (i >= 0 && value != SP_NULL) {
            a->values[i] = value;
            return 0;
        }
        if (value == SP_NULL) {
            if (i < 0) return 1;
            if (inst_to_dict(vm, a) == SP_NULL) return -1;
        } else {
            name = inst_intern(vm, name);
            if (name == SP_NULL) return -1;
            inst_shape_t *next = shape_add(vm, a->shape, name);
            if (next != NULL) {
                if (inst_grow(vm, a, next->count) < 0) return -1;
                a->values[next->count - 1] = value;
                a->shape = next;
                return 0;
            }
            if (vm->exc != SP_NULL || inst_to_dict(vm, a) == SP_NULL) return -1;
        }
    }
    if (value != SP_NULL) return sp_dict_set(vm, a->dict, name, value);
    int r = sp_dict_del(vm, a->dict, name);
    return r < 0 ? -1 : r == 0 ? 1 : 0;
}

sp_value_t instance_dict(sp_vm_t *vm, sp_value_t obj) {
    sp_type_t *type = SP_AS_OBJ(obj)->type;
    if (type->flags & SP_TYPE_NO_DICT) return SP_NULL;
    inst_attrs_t *a = inst_attrs(vm, obj, true);
    if (a == NULL) return SP_NULL;
    return inst_to_dict(vm, a);
}

/* ---- __slots__ storage ------------------------------------------------------------------- */

sp_value_t instance_slot_get(sp_vm_t *vm, sp_value_t obj, int32_t index) {
    inst_attrs_t *a = inst_attrs(vm, obj, false);
    return a != NULL && a->slots != NULL ? a->slots[index] : SP_NULL;
}

int instance_slot_set(sp_vm_t *vm, sp_value_t obj, int32_t index, sp_value_t value) {
    inst_attrs_t *a = inst_attrs(vm, obj, true);
    if (a == NULL) return -1;
    if (a->slots == NULL) {
        sp_value_t names = SP_AS_OBJ(obj)->type->slot_names;
        int64_t n = names != SP_NULL ? SP_AS_TUPLE(names)->size : 0;
        if (index >= n) n = index + 1;
        a->slots = sp_alloc(vm, (size_t)n * sizeof(sp_value_t));
        if (a->slots == NULL) return -1;
    }
    a->slots[index] = value;
    return 0;
}

/* ---- Generic attribute access (PyObject_GenericGetAttr / SetAttr) ----------------------- */


static sp_value_t inst_missing(sp_vm_t *vm, sp_value_t obj, sp_value_t name) {
    return sp_raise(vm, SP_EXC_AttributeError, "'%s' object has no attribute '%s'", SP_AS_OBJ(obj)->type->name,
                    sp_str_cstr(name));
}

sp_value_t instance_getattr(sp_vm_t *vm, sp_value_t obj, sp_value_t name) {
    sp_type_t *type = SP_AS_OBJ(obj)->type;
    sp_value_t attr = type_lookup(vm, type, name);
    if (attr == SP_NULL && vm->exc != SP_NULL) return SP_NULL;
    if (attr != SP_NULL && descr_is_data(vm, attr)) return class_descr_get(vm, attr, obj, type);
    sp_value_t own = instance_attr_get(vm, obj, name);
    if (own != SP_NULL) return own;
    if (attr != SP_NULL) return class_descr_get(vm, attr, obj, type);
    if (name == CLASS_NAME(vm, CLASS_S_DICT)) {
        sp_value_t dict = instance_dict(vm, obj);
        if (dict != SP_NULL || vm->exc != SP_NULL) return dict;
    }
    if (name == CLASS_NAME(vm, CLASS_S_CLASS)) return SP_OBJ(type);
    sp_type_t *builtin = class_builtin_base(type);
    if (builtin != NULL && builtin->getattr != NULL) return builtin->getattr(vm, obj, name);
    return inst_missing(vm, obj, name);
}

/* Exception attributes live in the sp_exception_t struct, so the base's slot stores them. */
static bool inst_is_struct_attr(sp_type_t *builtin, sp_value_t name) {
    static const char *const exc_names[] = {"args", "__cause__", "__context__", "__traceback__",
                                            "__suppress_context__", NULL};
    if (builtin->kind != SP_K_EXCEPTION) return false;
    for (int i = 0; exc_names[i] != NULL; i++)
        if (!strcmp(sp_str_cstr(name), exc_names[i])) return true;
    return false;
}

int instance_setattr(sp_vm_t *vm, sp_value_t obj, sp_value_t name, sp_value_t value) {
    sp_type_t *type = SP_AS_OBJ(obj)->type;
    sp_value_t attr = type_lookup(vm, type, name);
    if (attr == SP_NULL && vm->exc != SP_NULL) return -1;
    if (attr != SP_NULL && descr_is_data(vm, attr)) return descr_set(vm, attr, obj, value);
    sp_type_t *builtin = class_builtin_base(type);
    if (builtin != NULL && builtin->setattr != NULL && inst_is_struct_attr(builtin, name))
        return builtin->setattr(vm, obj, name, value);
    if (name == CLASS_NAME(vm, CLASS_S_CLASS)) {
        sp_raise(vm, SP_EXC_TypeError, "__class__ assignment is not supported");
        return -1;
    }
    int r = instance_attr_set(vm, obj, name, value);
    if (r == 1) inst_missing(vm, obj, name);
    return r == 0 ? 0 : -1;
}

int instance_load_method(sp_vm_t *vm, sp_value_t obj, sp_value_t name, sp_value_t *method) {
    sp_type_t *type = SP_AS_OBJ(obj)->type;
    sp_value_t attr = type_lookup(vm, type, name);
    if (attr != SP_NULL && (sp_is_function(attr) || sp_is_kind(attr, SP_K_METHOD_DESC)) &&
        instance_attr_get(vm, obj, name) == SP_NULL) {
        *method = attr;
        return 1;
    }
    if (vm->exc != SP_NULL) {
        *method = SP_NULL;
        return -1;
    }
    *method = sp_getattr(vm, obj, name);
    return *method == SP_NULL ? -1 : 0;
}
