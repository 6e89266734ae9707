/* slots.c: special-method dispatch in both directions. slots_install points a class's sp_type_t
 * slots at wrappers that call its dunder methods (CPython's slot_tp_* functions); slots_init
 * exposes each built-in type's own slots as "slot wrapper" dunders (int.__add__, object.__eq__,
 * list.__getitem__) so Python code can call them explicitly. Nothing here knows object layouts. */
#include <string.h>

#include "runtime/class.h"
#include "runtime/slots.h"

/*
 * The dunder table, written once: (id, name, kind, operator). The binary operators come in
 * sp_binop_t order as (op, rop, iop) triples, comparisons in sp_cmp_t order and unary operators
 * in sp_unop_t order, so an operator finds its name by arithmetic (SLOT_ADD + 3 * op, ...).
 */
#define SLOTS_BINOP(X, ID, op, rop, iop, code)                                                                   \
    X(ID, op, SK_BINOP, code) X(R##ID, rop, SK_RBINOP, code) X(I##ID, iop, SK_IBINOP, code)
#define SLOTS_TABLE(X)                                                                                           \
    X(REPR, "__repr__", SK_REPR, 0)                                                                              \
    X(STR, "__str__", SK_STR, 0)                                                                                 \
    X(HASH, "__hash__", SK_HASH, 0)                                                                              \
    X(LT, "__lt__", SK_CMP, SP_CMP_LT)                                                                           \
    X(LE, "__le__", SK_CMP, SP_CMP_LE)                                                                           \
    X(EQ, "__eq__", SK_CMP, SP_CMP_EQ)                                                                           \
    X(NE, "__ne__", SK_CMP, SP_CMP_NE)                                                                           \
    X(GT, "__gt__", SK_CMP, SP_CMP_GT)                                                                           \
    X(GE, "__ge__", SK_CMP, SP_CMP_GE)                                                                           \
    SLOTS_BINOP(X, ADD, "__add__", "__radd__", "__iadd__", SP_BINOP_ADD)                                         \
    SLOTS_BINOP(X, SUB, "__sub__", "__rsub__", "__isub__", SP_BINOP_SUB)                                         \
    SLOTS_BINOP(X, MUL, "__mul__", "__rmul__", "__imul__", SP_BINOP_MUL)                                         \
    SLOTS_BINOP(X, MATMUL, "__matmul__", "__rmatmul__", "__imatmul__", SP_BINOP_MATMUL)                          \
    SLOTS_BINOP(X, TRUEDIV, "__truediv__", "__rtruediv__", "__itruediv__", SP_BINOP_TRUEDIV)                     \
    SLOTS_BINOP(X, FLOORDIV, "__floordiv__", "__rfloordiv__", "__ifloordiv__", SP_BINOP_FLOORDIV)                \
    SLOTS_BINOP(X, MOD, "__mod__", "__rmod__", "__imod__", SP_BINOP_MOD)                                         \
    SLOTS_BINOP(X, POW, "__pow__", "__rpow__", "__ipow__", SP_BINOP_POW)                                         \
    SLOTS_BINOP(X, LSHIFT, "__lshift__", "__rlshift__", "__ilshift__", SP_BINOP_LSHIFT)                          \
    SLOTS_BINOP(X, RSHIFT, "__rshift__", "__rrshift__", "__irshift__", SP_BINOP_RSHIFT)                          \
    SLOTS_BINOP(X, AND, "__and__", "__rand__", "__iand__", SP_BINOP_AND)                                         \
    SLOTS_BINOP(X, OR, "__or__", "__ror__", "__ior__", SP_BINOP_OR)                                              \
    SLOTS_BINOP(X, XOR, "__xor__", "__rxor__", "__ixor__", SP_BINOP_XOR)                                         \
    X(NEG, "__neg__", SK_UNOP, SP_UNOP_NEG)                                                                      \
    X(POS, "__pos__", SK_UNOP, SP_UNOP_POS)                                                                      \
    X(INVERT, "__invert__", SK_UNOP, SP_UNOP_INVERT)                                                             \
    X(BOOL, "__bool__", SK_TRUTH, 0)                                                                             \
    X(LEN, "__len__", SK_LEN, 0)                                                                                 \
    X(GETITEM, "__getitem__", SK_GETITEM, 0)                                                                     \
    X(SETITEM, "__setitem__", SK_SETITEM, 0)                                                                     \
    X(DELITEM, "__delitem__", SK_DELITEM, 0)                                                                     \
    X(CONTAINS, "__contains__", SK_CONTAINS, 0)                                                                  \
    X(ITER, "__iter__", SK_ITER, 0)                                                                              \
    X(NEXT, "__next__", SK_NEXT, 0)                                                                              \
    X(CALL, "__call__", SK_CALL, 0)                                                                              \
    X(GETATTRIBUTE, "__getattribute__", SK_GETATTRIBUTE, 0)                                                      \
    X(GETATTR, "__getattr__", SK_GETATTR_HOOK, 0)                                                                \
    X(SETATTR, "__setattr__", SK_SETATTR, 0)                                                                     \
    X(DELATTR, "__delattr__", SK_DELATTR, 0)

/* What a dunder does, which decides the wrapper's arity and the slot it maps to. */
typedef enum slots_kind {
    SK_REPR, SK_STR, SK_HASH, SK_CMP, SK_BINOP, SK_RBINOP, SK_IBINOP, SK_UNOP, SK_TRUTH, SK_LEN,
    SK_GETITEM, SK_SETITEM, SK_DELITEM, SK_CONTAINS, SK_ITER, SK_NEXT, SK_CALL, SK_GETATTRIBUTE,
    SK_GETATTR_HOOK, SK_SETATTR, SK_DELATTR
} slots_kind_t;

typedef enum slots_id {
#define SLOTS_ID(id, name, kind, op) SLOT_##id,
    SLOTS_TABLE(SLOTS_ID)
#undef SLOTS_ID
    SLOT__COUNT
} slots_id_t;

typedef struct slots_def {
    const char *name;
    slots_kind_t kind;
    int op; /* sp_cmp_t, sp_binop_t or sp_unop_t */
} slots_def_t;

static const slots_def_t slots_table[SLOT__COUNT] = {
#define SLOTS_DEF(id, name, kind, op) {name, kind, op},
    SLOTS_TABLE(SLOTS_DEF)
#undef SLOTS_DEF
};

#define SLOT_NAME(vm, id) ((vm)->slot_names[(id)])

/* A built-in type's slot exposed as a dunder: CPython's wrapper_descriptor. Calling it runs the
 * OWNER's slot (so super().__getitem__ in a list subclass reaches list's, not the override). */
typedef struct slots_wrapper {
    sp_object_t hdr;
    const slots_def_t *def;
    sp_type_t *owner;
} slots_wrapper_t;

#define SLOTS_AS_WRAPPER(v) SP_PTR(slots_wrapper_t, v)

/* ---- Calling a dunder on the type ----------------------------------------------------------- */

/* Calls type(self).<name>(self, *args) — the lookup CPython's slot functions make. Plain
 * functions and C descriptors get self prepended (no bound method is allocated); anything
 * else (staticmethod, classmethod, a callable object) is bound the way attribute access binds. */
static sp_value_t slots_call(sp_vm_t *vm, sp_value_t self, sp_value_t name, const sp_value_t *args, int nargs,
                             sp_value_t kwnames, bool *found) {
    sp_type_t *type = sp_typeof(vm, self);
    sp_value_t attr = type_lookup(vm, type, name);
    *found = attr != SP_NULL;
    if (attr == SP_NULL) return SP_NULL;
    if (!sp_is_function(attr) && !sp_is_kind(attr, SP_K_SLOT_WRAPPER) && !sp_is_kind(attr, SP_K_METHOD_DESC)) {
        sp_value_t bound = class_descr_get(vm, attr, self, type);
        return bound == SP_NULL ? SP_NULL : sp_call(vm, bound, args, nargs, kwnames);
    }
    int total = nargs + 1 + (kwnames != SP_NULL ? (int)SP_AS_TUPLE(kwnames)->size : 0);
    sp_value_t small[8];
    sp_value_t *argv = total <= 8 ? small : sp_alloc(vm, sizeof(sp_value_t) * (size_t)total);
    if (argv == NULL) return SP_NULL;
    argv[0] = self;
    if (total > 1) memcpy(argv + 1, args, sizeof(sp_value_t) * (size_t)(total - 1));
    return sp_call(vm, attr, argv, nargs + 1, kwnames);
}

/* The same with the table's id for the name and no keywords. */
static sp_value_t slots_call_id(sp_vm_t *vm, sp_value_t self, slots_id_t id, const sp_value_t *args, int nargs,
                                bool *found) {
    return slots_call(vm, self, SLOT_NAME(vm, id), args, nargs, SP_NULL, found);
}

sp_value_t slots_call_dunder(sp_vm_t *vm, sp_value_t self, const char *name, const sp_value_t *args, int nargs,
                             bool *found) {
    return slots_call(vm, self, sp_str_intern_cstr(vm, name), args, nargs, SP_NULL, found);
}

/* CPython's method_is_overloaded: does `right` define `name` differently from `left`? */
static bool slots_overrides(sp_vm_t *vm, sp_type_t *left, sp_type_t *right, sp_value_t name) {
    sp_value_t b = type_lookup(vm, right, name);
    if (b == SP_NULL) return false;
    return type_lookup(vm, left, name) != b;
}

/* ---- The slot functions of classes (CPython's slot_tp_*, slot_nb_*, slot_sq_*) --------------- */

static sp_value_t slot_repr(sp_vm_t *vm, sp_value_t self) {
    bool found;
    sp_value_t r = slots_call_id(vm, self, SLOT_REPR, NULL, 0, &found);
    if (!found) return vm->exc ? SP_NULL : vm->types[SP_K_OBJECT]->repr(vm, self);
    if (r != SP_NULL && !sp_is_str(r))
        return sp_raise(vm, SP_EXC_TypeError, "__repr__ returned non-string (type %s)", sp_type_name(vm, r));
    return r;
}

static sp_value_t slot_str(sp_vm_t *vm, sp_value_t self) {
    bool found;
    sp_value_t r = slots_call_id(vm, self, SLOT_STR, NULL, 0, &found);
    if (!found) return vm->exc ? SP_NULL : sp_repr(vm, self);
    if (r != SP_NULL && !sp_is_str(r))
        return sp_raise(vm, SP_EXC_TypeError, "__str__ returned non-string (type %s)", sp_type_name(vm, r));
    return r;
}

/* A __hash__ result in the int64 range is used as is; a bigger int is reduced by int's own hash,
 * and -1 (the C error value) becomes -2, as CPython's slot_tp_hash. */
static int slot_hash(sp_vm_t *vm, sp_value_t self, int64_t *out) {
    bool found;
    sp_value_t r = slots_call_id(vm, self, SLOT_HASH, NULL, 0, &found);
    if (!found && !vm->exc) sp_raise(vm, SP_EXC_TypeError, "unhashable type: '%s'", sp_type_name(vm, self));
    if (r == SP_NULL) return -1;
    if (sp_is_bool(r)) r = sp_smallint(r == SP_TRUE);
    if (!sp_is_int(r)) {
        sp_raise(vm, SP_EXC_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    int64_t h;
    if (sp_int_to_i64(vm, r, &h) < 0) {
        sp_exc_fetch(vm);
        if (sp_hash(vm, r, &h) < 0) return -1;
    }
    *out = h == -1 ? -2 : h;
    return 0;
}

static sp_value_t slot_richcompare(sp_vm_t *vm, sp_value_t a, sp_value_t b, sp_cmp_t op) {
    bool found;
    sp_value_t r = slots_call_id(vm, a, (slots_id_t)(SLOT_LT + op), &b, 1, &found);
    return found || vm->exc ? r : SP_NOTIMPLEMENTED;
}

/* Calls one side of a binary operator; SP_NOTIMPLEMENTED when that side has no such method. */
static sp_value_t slots_binop_side(sp_vm_t *vm, sp_value_t self, slots_id_t id, sp_value_t other) {
    bool found;
    sp_value_t r = slots_call_id(vm, self, id, &other, 1, &found);
    return found || vm->exc ? r : SP_NOTIMPLEMENTED;
}

/* CPython's SLOT1BINFULL: a.__op__(b), then b.__rop__(a); the right operand first when its type
 * is a proper subclass of the left's that overrides __rop__. Called for either operand's type,
 * so it checks which of them actually has this slot. */
static sp_value_t slot_binop(sp_vm_t *vm, sp_binop_t op, sp_value_t a, sp_value_t b) {
    if (op & SP_BINOP_INPLACE) {
        unsigned plain = (unsigned)op & ~(unsigned)SP_BINOP_INPLACE;
        if (plain >= SP_BINOP__COUNT) return SP_NOTIMPLEMENTED;
        return slots_binop_side(vm, a, (slots_id_t)(SLOT_IADD + 3 * plain), b);
    }
    if ((unsigned)op >= SP_BINOP__COUNT) return SP_NOTIMPLEMENTED;
    slots_id_t id = (slots_id_t)(SLOT_ADD + 3 * op), rid = (slots_id_t)(SLOT_RADD + 3 * op);
    sp_type_t *ta = sp_typeof(vm, a), *tb = sp_typeof(vm, b);
    bool do_other = ta != tb && tb->binop == slot_binop;
    sp_value_t r;
    if (ta->binop == slot_binop) {
        if (do_other && type_is_subtype(tb, ta) && slots_overrides(vm, ta, tb, SLOT_NAME(vm, rid))) {
            r = slots_binop_side(vm, b, rid, a);
            if (r != SP_NOTIMPLEMENTED) return r;
            do_other = false;
        }
        r = slots_binop_side(vm, a, id, b);
        if (r != SP_NOTIMPLEMENTED || ta == tb) return r;
    }
    return do_other ? slots_binop_side(vm, b, rid, a) : SP_NOTIMPLEMENTED;
}

static sp_value_t slot_unop(sp_vm_t *vm, sp_unop_t op, sp_value_t self) {
    if ((unsigned)op > SP_UNOP_INVERT) return SP_NOTIMPLEMENTED;
    bool found;
    sp_value_t r = slots_call_id(vm, self, (slots_id_t)(SLOT_NEG + op), NULL, 0, &found);
    return found || vm->exc ? r : SP_NOTIMPLEMENTED;
}

/* Converts a __len__ result as CPython's slot_sq_length: an index-sized int >= 0. */
static int64_t slots_len_result(sp_vm_t *vm, sp_value_t r) {
    if (r == SP_NULL) return -1;
    int64_t n;
    if (sp_index(vm, r, &n) < 0) {
        if (sp_exc_matches(vm, SP_EXC_OverflowError)) {
            sp_exc_fetch(vm);
            sp_raise(vm, SP_EXC_OverflowError, "cannot fit '%s' into an index-sized integer", sp_type_name(vm, r));
        }
        return -1;
    }
    if (n < 0) {
        sp_raise(vm, SP_EXC_ValueError, "__len__() should return >= 0");
        return -1;
    }
    return n;
}

static int64_t slot_len(sp_vm_t *vm, sp_value_t self) {
    bool found;
    sp_value_t r = slots_call_id(vm, self, SLOT_LEN, NULL, 0, &found);
    if (!found && !vm->exc)
        sp_raise(vm, SP_EXC_TypeError, "object of type '%s' has no len()", sp_type_name(vm, self));
    return slots_len_result(vm, r);
}

/* __bool__, else __len__, else true (CPython's slot_nb_bool). */
static int slot_truth(sp_vm_t *vm, sp_value_t self) {
    bool found;
    sp_value_t r = slots_call_id(vm, self, SLOT_BOOL, NULL, 0, &found);
    if (found) {
        if (r == SP_NULL) return -1;
        if (!sp_is_bool(r)) {
            sp_raise(vm, SP_EXC_TypeError, "__bool__ should return bool, returned %s", sp_type_name(vm, r));
            return -1;
        }
        return r == SP_TRUE;
    }
    if (vm->exc) return -1;
    r = slots_call_id(vm, self, SLOT_LEN, NULL, 0, &found);
    if (!found) return vm->exc ? -1 : 1;
    int64_t n = slots_len_result(vm, r);
    return n < 0 ? -1 : n > 0;
}

static sp_value_t slot_getitem(sp_vm_t *vm, sp_value_t self, sp_value_t key) {
    bool found;
    sp_value_t r = slots_call_id(vm, self, SLOT_GETITEM, &key, 1, &found);
    if (!found && !vm->exc)
        return sp_raise(vm, SP_EXC_TypeError, "'%s' object is not subscriptable", sp_type_name(vm, self));
    return r;
}

/* Assignment and deletion share one slot; a class with only one of the two methods gets
 * CPython's AttributeError naming the missing one. */
static int slot_setitem(sp_vm_t *vm, sp_value_t self, sp_value_t key, sp_value_t value) {
    bool found;
    sp_value_t args[2] = {key, value};
    slots_id_t id = value != SP_NULL ? SLOT_SETITEM : SLOT_DELITEM;
    sp_value_t r = slots_call_id(vm, self, id, args, value != SP_NULL ? 2 : 1, &found);
    if (!found && !vm->exc) sp_raise(vm, SP_EXC_AttributeError, "%s", slots_table[id].name);
    return r == SP_NULL ? -1 : 0;
}

static int slot_contains(sp_vm_t *vm, sp_value_t self, sp_value_t item) {
    bool found;
    sp_value_t r = slots_call_id(vm, self, SLOT_CONTAINS, &item, 1, &found);
    if (!found && !vm->exc)
        sp_raise(vm, SP_EXC_TypeError, "argument of type '%s' is not iterable", sp_type_name(vm, self));
    if (r == SP_NULL) return -1;
    return sp_truthy(vm, r);
}

static sp_value_t slot_iter(sp_vm_t *vm, sp_value_t self) {
    sp_value_t attr = type_lookup(vm, sp_typeof(vm, self), SLOT_NAME(vm, SLOT_ITER));
    if (attr == SP_NONE || (attr == SP_NULL && !vm->exc))
        return sp_raise(vm, SP_EXC_TypeError, "'%s' object is not iterable", sp_type_name(vm, self));
    bool found;
    sp_value_t it = slots_call_id(vm, self, SLOT_ITER, NULL, 0, &found);
    if (it != SP_NULL && sp_typeof(vm, it)->next == NULL)
        return sp_raise(vm, SP_EXC_TypeError, "iter() returned non-iterator of type '%s'", sp_type_name(vm, it));
    return it;
}

/* A StopIteration raised by __next__ means "exhausted": the slot contract returns SP_NULL with
 * no exception set. */
static sp_value_t slot_next(sp_vm_t *vm, sp_value_t self) {
    bool found;
    sp_value_t r = slots_call_id(vm, self, SLOT_NEXT, NULL, 0, &found);
    if (!found && !vm->exc)
        return sp_raise(vm, SP_EXC_TypeError, "'%s' object is not an iterator", sp_type_name(vm, self));
    if (r == SP_NULL && sp_exc_matches(vm, SP_EXC_StopIteration)) sp_exc_fetch(vm);
    return r;
}

static sp_value_t slot_call(sp_vm_t *vm, sp_value_t self, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    bool found;
    sp_value_t r = slots_call(vm, self, SLOT_NAME(vm, SLOT_CALL), args, nargs, kwnames, &found);
    if (!found && !vm->exc)
        return sp_raise(vm, SP_EXC_TypeError, "'%s' object is not callable", sp_type_name(vm, self));
    return r;
}

/* True when `attr` (what the MRO holds for __getattribute__/__setattr__/__delattr__) is a
 * built-in type's wrapper, i.e. the class keeps the generic behaviour. */
static bool slots_is_default(sp_value_t attr) {
    return attr == SP_NULL || sp_is_kind(attr, SP_K_SLOT_WRAPPER);
}

/* CPython's slot_tp_getattr_hook: __getattribute__ (or the generic lookup), then __getattr__
 * when that raised AttributeError. */
static sp_value_t slot_getattr(sp_vm_t *vm, sp_value_t self, sp_value_t name) {
    sp_type_t *type = sp_typeof(vm, self);
    sp_value_t r;
    if (slots_is_default(type_lookup(vm, type, SLOT_NAME(vm, SLOT_GETATTRIBUTE)))) {
        /* The generic lookup: a metaclass's instances are classes (type's own getattr). */
        r = type->kind == SP_K_TYPE ? vm->types[SP_K_TYPE]->getattr(vm, self, name) : instance_getattr(vm, self, name);
    } else {
        bool found;
        r = slots_call_id(vm, self, SLOT_GETATTRIBUTE, &name, 1, &found);
    }
    if (r != SP_NULL || !sp_exc_matches(vm, SP_EXC_AttributeError)) return r;
    if (type_lookup(vm, type, SLOT_NAME(vm, SLOT_GETATTR)) == SP_NULL) return SP_NULL;
    sp_exc_fetch(vm);
    bool found;
    return slots_call_id(vm, self, SLOT_GETATTR, &name, 1, &found);
}

static int slot_setattr(sp_vm_t *vm, sp_value_t self, sp_value_t name, sp_value_t value) {
    slots_id_t id = value != SP_NULL ? SLOT_SETATTR : SLOT_DELATTR;
    if (slots_is_default(type_lookup(vm, sp_typeof(vm, self), SLOT_NAME(vm, id))))
        return sp_typeof(vm, self)->kind == SP_K_TYPE ? vm->types[SP_K_TYPE]->setattr(vm, self, name, value)
                                                      : instance_setattr(vm, self, name, value);
    bool found;
    sp_value_t args[2] = {name, value};
    return slots_call_id(vm, self, id, args, value != SP_NULL ? 2 : 1, &found) == SP_NULL ? -1 : 0;
}

/* ---- slots_install: choosing each slot of a class ------------------------------------------- */

/* The slot groups: each sets one sp_type_t field from a run of table entries. */
typedef enum slots_group {
    SG_REPR, SG_STR, SG_HASH, SG_CMP, SG_BINOP, SG_UNOP, SG_TRUTH, SG_LEN, SG_GETITEM, SG_SETITEM, SG_CONTAINS,
    SG_ITER, SG_NEXT, SG_CALL, SG_GETATTR, SG_SETATTR, SG__COUNT
} slots_group_t;

static const struct {
    slots_id_t first, last;
} slots_groups[SG__COUNT] = {
    [SG_REPR] = {SLOT_REPR, SLOT_REPR},         [SG_STR] = {SLOT_STR, SLOT_STR},
    [SG_HASH] = {SLOT_HASH, SLOT_HASH},         [SG_CMP] = {SLOT_LT, SLOT_GE},
    [SG_BINOP] = {SLOT_ADD, SLOT_IXOR},         [SG_UNOP] = {SLOT_NEG, SLOT_INVERT},
    [SG_TRUTH] = {SLOT_BOOL, SLOT_BOOL},        [SG_LEN] = {SLOT_LEN, SLOT_LEN},
    [SG_GETITEM] = {SLOT_GETITEM, SLOT_GETITEM}, [SG_SETITEM] = {SLOT_SETITEM, SLOT_DELITEM},
    [SG_CONTAINS] = {SLOT_CONTAINS, SLOT_CONTAINS}, [SG_ITER] = {SLOT_ITER, SLOT_ITER},
    [SG_NEXT] = {SLOT_NEXT, SLOT_NEXT},         [SG_CALL] = {SLOT_CALL, SLOT_CALL},
    [SG_GETATTR] = {SLOT_GETATTRIBUTE, SLOT_GETATTR}, [SG_SETATTR] = {SLOT_SETATTR, SLOT_DELATTR},
};

/* How a group's slot gets filled. */
typedef enum slots_mode {
    SM_GENERIC, /* a Python-level dunder: the slot_* function above */
    SM_COPY,    /* only one built-in type's wrappers: that type's own slot */
    SM_NULL,    /* __hash__ = None: unhashable */
    SM_ABSENT,  /* nothing found: keep the inherited slot unless it is a stale wrapper */
} slots_mode_t;

/* Copies one slot field from `from` (NULL: clears it), or sets the generic function. */
#define SLOTS_SET(field, generic)                                                                                \
    do {                                                                                                         \
        if (mode == SM_GENERIC) type->field = generic;                                                         \
        else if (mode == SM_COPY) type->field = owner->field;                                                  \
        else if (mode == SM_NULL || type->field == generic) type->field = NULL;                                \
    } while (0)

static void slots_apply(sp_type_t *type, slots_group_t group, slots_mode_t mode, sp_type_t *owner) {
    switch (group) {
    case SG_REPR: SLOTS_SET(repr, slot_repr); break;
    case SG_STR: SLOTS_SET(str, slot_str); break;
    case SG_HASH: SLOTS_SET(hash, slot_hash); break;
    case SG_CMP: SLOTS_SET(richcompare, slot_richcompare); break;
    case SG_BINOP: SLOTS_SET(binop, slot_binop); break;
    case SG_UNOP: SLOTS_SET(unop, slot_unop); break;
    case SG_TRUTH: SLOTS_SET(truth, slot_truth); break;
    case SG_LEN: SLOTS_SET(len, slot_len); break;
    case SG_GETITEM: SLOTS_SET(getitem, slot_getitem); break;
    case SG_SETITEM: SLOTS_SET(setitem, slot_setitem); break;
    case SG_CONTAINS: SLOTS_SET(contains, slot_contains); break;
    case SG_ITER: SLOTS_SET(iter, slot_iter); break;
    case SG_NEXT: SLOTS_SET(next, slot_next); break;
    case SG_CALL: SLOTS_SET(call, slot_call); break;
    /* Attribute hooks never copy a built-in's slot: instances of classes keep the generic
     * instance lookup that class creation installed unless Python code overrides it. */
    case SG_GETATTR:
        if (mode == SM_GENERIC) type->getattr = slot_getattr;
        else if (type->getattr == slot_getattr)
            type->getattr = type->kind == SP_K_TYPE ? class_builtin_base(type)->getattr : instance_getattr;
        break;
    case SG_SETATTR:
        if (mode == SM_GENERIC) type->setattr = slot_setattr;
        else if (type->setattr == slot_setattr)
            type->setattr = type->kind == SP_K_TYPE ? class_builtin_base(type)->setattr : instance_setattr;
        break;
    default: break;
    }
}

/* Looks up every dunder of a group along the MRO and fills the group's slot. */
static void slots_install_group(sp_vm_t *vm, sp_type_t *type, slots_group_t group) {
    bool python = false, none_hash = false, mixed = false;
    sp_type_t *owner = NULL;
    for (int id = slots_groups[group].first; id <= (int)slots_groups[group].last; id++) {
        sp_value_t attr = type_lookup(vm, type, SLOT_NAME(vm, id));
        if (attr == SP_NULL) continue;
        /* A built-in's own wrapper for this very dunder keeps its slot; one stored under another
         * name (__eq__ = object.__ne__) must be called like any Python-level method. */
        if (sp_is_kind(attr, SP_K_SLOT_WRAPPER) && SLOTS_AS_WRAPPER(attr)->def == &slots_table[id]) {
            sp_type_t *o = SLOTS_AS_WRAPPER(attr)->owner;
            if (owner != NULL && owner != o) mixed = true;
            owner = o;
        } else if (attr == SP_NONE && group == SG_HASH) {
            none_hash = true;
        } else {
            python = true;
        }
    }
    slots_mode_t mode = python || mixed ? SM_GENERIC : none_hash ? SM_NULL : owner ? SM_COPY : SM_ABSENT;
    slots_apply(type, group, mode, owner);
}

void slots_install(sp_vm_t *vm, sp_type_t *type) {
    if (vm->slot_names == NULL) return;
    sp_value_t saved = sp_exc_fetch(vm);
    /* A class defining __eq__ but not __hash__ is unhashable (only when the class is made:
     * assigning __eq__ later does not change __hash__, as in CPython). */
    if (!(type->flags & SP_TYPE_SLOTS_READY) && sp_is_dict(type->dict) &&
        sp_dict_get(vm, type->dict, SLOT_NAME(vm, SLOT_EQ)) != SP_NULL &&
        sp_dict_get(vm, type->dict, SLOT_NAME(vm, SLOT_HASH)) == SP_NULL)
        sp_dict_set(vm, type->dict, SLOT_NAME(vm, SLOT_HASH), SP_NONE);
    type->flags |= SP_TYPE_SLOTS_READY;
    for (int g = 0; g < SG__COUNT; g++) slots_install_group(vm, type, (slots_group_t)g);
    vm->exc = saved;
}

/* ---- Slot wrappers: built-in slots as dunders ----------------------------------------------- */

/* object's default comparison: == is identity, != inverts type(self)'s ==, others unordered. */
static sp_value_t slots_object_compare(sp_vm_t *vm, sp_value_t self, sp_value_t other, sp_cmp_t op) {
    if (op == SP_CMP_EQ) return self == other ? SP_TRUE : SP_NOTIMPLEMENTED;
    if (op != SP_CMP_NE) return SP_NOTIMPLEMENTED;
    sp_type_t *type = sp_typeof(vm, self);
    sp_value_t r = type->richcompare ? type->richcompare(vm, self, other, SP_CMP_EQ)
                                     : slots_object_compare(vm, self, other, SP_CMP_EQ);
    if (r == SP_NULL || r == SP_NOTIMPLEMENTED) return r;
    int truth = sp_truthy(vm, r);
    return truth < 0 ? SP_NULL : sp_bool(!truth);
}

static sp_value_t slots_wrap_int(sp_vm_t *vm, int64_t n) {
    return n < 0 ? SP_NULL : sp_int_from_i64(vm, n);
}

/* Attribute name checks of object.__getattribute__ / __setattr__ / __delattr__. */
static bool slots_check_attr_name(sp_vm_t *vm, sp_value_t name) {
    if (sp_is_str(name)) return true;
    sp_raise(vm, SP_EXC_TypeError, "attribute name must be string, not '%s'", sp_type_name(vm, name));
    return false;
}

static sp_value_t slots_wrap_getattribute(sp_vm_t *vm, sp_type_t *owner, sp_value_t self, sp_value_t name) {
    if (!slots_check_attr_name(vm, name)) return SP_NULL;
    name = sp_str_intern(vm, sp_str_cstr(name), (size_t)SP_AS_STR(name)->size);
    if (owner->getattr != NULL) return owner->getattr(vm, self, name);
    if (slots_is_heap_instance(self)) return instance_getattr(vm, self, name);
    return sp_generic_getattr(vm, self, name);
}

static sp_value_t slots_wrap_setattr(sp_vm_t *vm, sp_type_t *owner, sp_value_t self, sp_value_t name,
                                     sp_value_t value) {
    if (!slots_check_attr_name(vm, name)) return SP_NULL;
    name = sp_str_intern(vm, sp_str_cstr(name), (size_t)SP_AS_STR(name)->size);
    int r;
    if (owner->setattr != NULL) r = owner->setattr(vm, self, name, value);
    else if (slots_is_heap_instance(self)) r = instance_setattr(vm, self, name, value);
    else r = value != SP_NULL ? sp_setattr(vm, self, name, value) : sp_delattr(vm, self, name);
    return r < 0 ? SP_NULL : SP_NONE;
}

/* Runs the owner's slot for a wrapper call; args exclude self and have the right count. */
static sp_value_t slots_wrapper_dispatch(sp_vm_t *vm, const slots_wrapper_t *w, sp_value_t self,
                                         const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_type_t *owner = w->owner;
    int op = w->def->op;
    int64_t h;
    switch (w->def->kind) {
    case SK_REPR: return owner->repr ? owner->repr(vm, self) : sp_repr(vm, self);
    case SK_STR: return owner->str ? owner->str(vm, self) : sp_repr(vm, self);
    case SK_HASH:
        if (owner->hash == NULL) return sp_raise(vm, SP_EXC_TypeError, "unhashable type: '%s'", sp_type_name(vm, self));
        return owner->hash(vm, self, &h) < 0 ? SP_NULL : sp_int_from_i64(vm, h);
    case SK_CMP:
        if (owner->richcompare == NULL) return slots_object_compare(vm, self, args[0], (sp_cmp_t)op);
        return owner->richcompare(vm, self, args[0], (sp_cmp_t)op);
    case SK_BINOP: return owner->binop ? owner->binop(vm, (sp_binop_t)op, self, args[0]) : SP_NOTIMPLEMENTED;
    case SK_RBINOP: return owner->binop ? owner->binop(vm, (sp_binop_t)op, args[0], self) : SP_NOTIMPLEMENTED;
    case SK_IBINOP:
        return owner->binop ? owner->binop(vm, (sp_binop_t)(op | SP_BINOP_INPLACE), self, args[0]) : SP_NOTIMPLEMENTED;
    case SK_UNOP: return owner->unop ? owner->unop(vm, (sp_unop_t)op, self) : SP_NOTIMPLEMENTED;
    case SK_TRUTH: {
        int t = owner->truth ? owner->truth(vm, self) : 1;
        return t < 0 ? SP_NULL : sp_bool(t);
    }
    case SK_LEN: return slots_wrap_int(vm, owner->len ? owner->len(vm, self) : sp_len(vm, self));
    case SK_GETITEM: return owner->getitem(vm, self, args[0]);
    case SK_SETITEM: return owner->setitem(vm, self, args[0], args[1]) < 0 ? SP_NULL : SP_NONE;
    case SK_DELITEM: return owner->setitem(vm, self, args[0], SP_NULL) < 0 ? SP_NULL : SP_NONE;
    case SK_CONTAINS: {
        int t = owner->contains(vm, self, args[0]);
        return t < 0 ? SP_NULL : sp_bool(t);
    }
    case SK_ITER: return owner->iter(vm, self);
    case SK_NEXT: {
        sp_value_t r = owner->next(vm, self);
        return r != SP_NULL || vm->exc ? r : sp_raise_empty(vm, SP_EXC_StopIteration);
    }
    case SK_CALL: return owner->call(vm, self, args, nargs, kwnames);
    case SK_GETATTRIBUTE: return slots_wrap_getattribute(vm, owner, self, args[0]);
    case SK_SETATTR: return slots_wrap_setattr(vm, owner, self, args[0], args[1]);
    case SK_DELATTR: return slots_wrap_setattr(vm, owner, self, args[0], SP_NULL);
    default: return sp_raise(vm, SP_EXC_SystemError, "bad slot wrapper");
    }
}

/* The positional arguments (besides self) each kind of wrapper takes; -1: any (__call__). */
static int slots_wrapper_arity(slots_kind_t kind) {
    switch (kind) {
    case SK_CMP: case SK_BINOP: case SK_RBINOP: case SK_IBINOP: case SK_GETITEM: case SK_DELITEM:
    case SK_CONTAINS: case SK_GETATTRIBUTE: case SK_GETATTR_HOOK: case SK_DELATTR:
        return 1;
    case SK_SETITEM: case SK_SETATTR:
        return 2;
    case SK_CALL:
        return -1;
    default:
        return 0;
    }
}

/* Calling a wrapper: int.__add__(1, 2), super().__init__-style explicit slot calls. */
static sp_value_t slots_wrapper_call(sp_vm_t *vm, sp_value_t callable, const sp_value_t *args, int nargs,
                                     sp_value_t kwnames) {
    const slots_wrapper_t *w = SLOTS_AS_WRAPPER(callable);
    const char *name = w->def->name;
    if (nargs < 1)
        return sp_raise(vm, SP_EXC_TypeError, "descriptor '%s' of '%s' object needs an argument", name,
                        w->owner->name);
    if (!sp_isinstance(vm, args[0], w->owner))
        return sp_raise(vm, SP_EXC_TypeError, "descriptor '%s' requires a '%s' object but received a '%s'", name,
                        w->owner->name, sp_type_name(vm, args[0]));
    int arity = slots_wrapper_arity(w->def->kind);
    if (arity >= 0 && kwnames != SP_NULL && SP_AS_TUPLE(kwnames)->size > 0)
        return sp_raise(vm, SP_EXC_TypeError, "wrapper %s() takes no keyword arguments", name);
    if (arity >= 0 && nargs - 1 != arity)
        return sp_raise(vm, SP_EXC_TypeError, "expected %d argument%s, got %d", arity, arity == 1 ? "" : "s",
                        nargs - 1);
    /* Explicit slot calls can loop in C alone (__eq__ = object.__ne__): guard the C stack. */
    if (sp_enter_c(vm, " while calling a Python object") < 0) return SP_NULL;
    /* A float subclass instance is a box around the double; float's own slots want the double. */
    sp_value_t self = args[0], unboxed_other[1];
    const sp_value_t *rest = args + 1;
    if (w->owner == vm->types[SP_K_FLOAT]) {
        self = class_exact(vm, self);
        if (nargs == 2 && sp_is_obj(args[1]) && SP_AS_OBJ(args[1])->type->kind == SP_K_FLOAT) {
            unboxed_other[0] = class_exact(vm, args[1]);
            rest = unboxed_other;
        }
    }
    sp_value_t r = slots_wrapper_dispatch(vm, w, self, rest, nargs - 1, kwnames);
    sp_leave_c(vm);
    return r;
}

static sp_value_t slots_wrapper_repr(sp_vm_t *vm, sp_value_t self) {
    const slots_wrapper_t *w = SLOTS_AS_WRAPPER(self);
    return sp_str_format(vm, "<slot wrapper '%s' of '%s' objects>", w->def->name, w->owner->name);
}

static sp_value_t slots_wrapper_getattr(sp_vm_t *vm, sp_value_t self, sp_value_t name) {
    const slots_wrapper_t *w = SLOTS_AS_WRAPPER(self);
    const char *attr = sp_str_cstr(name);
    if (!strcmp(attr, "__name__")) return sp_str_from_cstr(vm, w->def->name);
    if (!strcmp(attr, "__qualname__")) return sp_str_format(vm, "%s.%s", w->owner->name, w->def->name);
    if (!strcmp(attr, "__objclass__")) return SP_OBJ(w->owner);
    if (!strcmp(attr, "__doc__") || !strcmp(attr, "__text_signature__")) return SP_NONE;
    return sp_generic_getattr(vm, self, name);
}

/* Which binary operators (bit per sp_binop_t) a built-in kind exposes as __op__, __rop__ and
 * __iop__, as CPython's types do (str has __add__ but no __radd__; only mutable types have
 * in-place forms). Kinds not listed expose the arithmetic ones without in-place forms. */
#define SLOTS_BIT(op) (1u << SP_BINOP_##op)
#define SLOTS_ARITH                                                                                              \
    (SLOTS_BIT(ADD) | SLOTS_BIT(SUB) | SLOTS_BIT(MUL) | SLOTS_BIT(TRUEDIV) | SLOTS_BIT(FLOORDIV) |              \
     SLOTS_BIT(MOD) | SLOTS_BIT(POW))
#define SLOTS_BITOPS (SLOTS_BIT(AND) | SLOTS_BIT(OR) | SLOTS_BIT(XOR))
#define SLOTS_SETOPS (SLOTS_BIT(SUB) | SLOTS_BITOPS)

static void slots_binop_masks(sp_kind_t kind, unsigned masks[3]) {
    unsigned plain, reflected, inplace = 0;
    switch (kind) {
    case SP_K_INT: plain = reflected = SLOTS_ARITH | SLOTS_BITOPS | SLOTS_BIT(LSHIFT) | SLOTS_BIT(RSHIFT); break;
    case SP_K_BOOL: plain = reflected = SLOTS_BITOPS; break;
    case SP_K_FLOAT: plain = reflected = SLOTS_ARITH; break;
    case SP_K_STR: case SP_K_BYTES:
        plain = SLOTS_BIT(ADD) | SLOTS_BIT(MUL) | SLOTS_BIT(MOD);
        reflected = SLOTS_BIT(MUL) | SLOTS_BIT(MOD);
        break;
    case SP_K_LIST: plain = inplace = SLOTS_BIT(ADD) | SLOTS_BIT(MUL); reflected = SLOTS_BIT(MUL); break;
    case SP_K_TUPLE: plain = SLOTS_BIT(ADD) | SLOTS_BIT(MUL); reflected = SLOTS_BIT(MUL); break;
    case SP_K_DICT: plain = reflected = inplace = SLOTS_BIT(OR); break;
    case SP_K_SET: plain = reflected = inplace = SLOTS_SETOPS; break;
    case SP_K_FROZENSET: case SP_K_DICT_VIEW: plain = reflected = SLOTS_SETOPS; break;
    default: plain = reflected = SLOTS_ARITH & ~SLOTS_BIT(FLOORDIV) & ~SLOTS_BIT(MOD); break;
    }
    masks[0] = plain;
    masks[1] = reflected;
    masks[2] = inplace;
}

/* True when `type` fills the slot behind table entry `def` itself (not inherited unchanged). */
static bool slots_type_defines(sp_type_t *type, const slots_def_t *def) {
    sp_type_t *base = type->base;
    bool root = base == NULL;
#define SLOTS_OWN(field) (type->field != NULL && (root || base->field != type->field))
    unsigned masks[3];
    switch (def->kind) {
    case SK_REPR: return SLOTS_OWN(repr);
    case SK_STR: return root || SLOTS_OWN(str);
    case SK_HASH: return SLOTS_OWN(hash);
    case SK_CMP: return root || SLOTS_OWN(richcompare);
    case SK_BINOP: case SK_RBINOP: case SK_IBINOP:
        if (!SLOTS_OWN(binop)) return false;
        slots_binop_masks(type->kind, masks);
        return (masks[def->kind - SK_BINOP] >> def->op) & 1;
    case SK_UNOP:
        if (!SLOTS_OWN(unop)) return false;
        return def->op != SP_UNOP_INVERT || type->kind == SP_K_INT || type->kind == SP_K_BOOL;
    case SK_TRUTH: return SLOTS_OWN(truth);
    case SK_LEN: return SLOTS_OWN(len);
    case SK_GETITEM: return SLOTS_OWN(getitem);
    case SK_SETITEM: case SK_DELITEM: return SLOTS_OWN(setitem);
    case SK_CONTAINS: return SLOTS_OWN(contains);
    case SK_ITER: return SLOTS_OWN(iter);
    case SK_NEXT: return SLOTS_OWN(next);
    case SK_CALL: return SLOTS_OWN(call);
    case SK_GETATTRIBUTE: return root || SLOTS_OWN(getattr);
    case SK_SETATTR: case SK_DELATTR: return root || SLOTS_OWN(setattr);
    default: return false;
    }
#undef SLOTS_OWN
}

void slots_add_wrappers(sp_vm_t *vm, sp_type_t *type) {
    if (type == NULL || !sp_is_dict(type->dict) || vm->slot_names == NULL) return;
    sp_type_t *wrapper_type = vm->types[SP_K_SLOT_WRAPPER];
    for (int id = 0; id < SLOT__COUNT; id++) {
        const slots_def_t *def = &slots_table[id];
        if (!slots_type_defines(type, def) || sp_dict_get(vm, type->dict, SLOT_NAME(vm, id)) != SP_NULL) continue;
        /* type's getitem slot is what makes list[int] work (CPython's __class_getitem__);
         * CPython's type has no __getitem__, so hasattr(int, '__getitem__') stays False. */
        if (id == SLOT_GETITEM && type == vm->types[SP_K_TYPE]) continue;
        slots_wrapper_t *w = (slots_wrapper_t *)sp_new_object(vm, wrapper_type, sizeof(slots_wrapper_t));
        if (w == NULL) return;
        w->def = def;
        w->owner = type;
        sp_dict_set(vm, type->dict, SLOT_NAME(vm, id), SP_OBJ(w));
    }
    /* An unhashable built-in (list, dict, set) says so in its dict, as CPython: list.__hash__ is
     * None, which is also what makes a subclass of it unhashable. */
    if (type->hash == NULL && type->base != NULL && type->base->hash != NULL &&
        sp_dict_get(vm, type->dict, SLOT_NAME(vm, SLOT_HASH)) == SP_NULL)
        sp_dict_set(vm, type->dict, SLOT_NAME(vm, SLOT_HASH), SP_NONE);
}

/* ---- __init__ of the built-in bases (super().__init__(...) in subclasses) ------------------- */

/* True when the first MRO dict holding `name` belongs to a class (not a built-in type). */
static bool slots_class_defines(sp_vm_t *vm, sp_type_t *type, const char *name) {
    sp_value_t key = sp_str_intern_cstr(vm, name);
    sp_tuple_t *mro = SP_AS_TUPLE(type->mro);
    for (int64_t i = 0; i < mro->size; i++) {
        sp_type_t *t = SP_AS_TYPE(mro->items[i]);
        if (sp_is_dict(t->dict) && sp_dict_get(vm, t->dict, key) != SP_NULL) return class_is_heap(t);
    }
    return false;
}

/* object.__init__(self, *args, **kwargs): extra arguments are an error unless the class
 * overrides __new__ (and not __init__), with CPython's two messages. */
static sp_value_t slots_object_init(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    int nkw = kwnames != SP_NULL ? (int)SP_AS_TUPLE(kwnames)->size : 0;
    if (nargs < 1) return sp_raise(vm, SP_EXC_TypeError, "descriptor '__init__' of 'object' object needs an argument");
    if (nargs == 1 && nkw == 0) return SP_NONE;
    sp_type_t *type = sp_typeof(vm, args[0]);
    if (slots_class_defines(vm, type, "__init__"))
        return sp_raise(vm, SP_EXC_TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
    if (!slots_class_defines(vm, type, "__new__"))
        return sp_raise(vm, SP_EXC_TypeError, "%s.__init__() takes exactly one argument (the instance to initialize)",
                        type->name);
    return SP_NONE;
}

/* BaseException.__init__(self, *args): replaces self.args. */
static sp_value_t slots_exception_init(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (kwnames != SP_NULL && SP_AS_TUPLE(kwnames)->size > 0)
        return sp_raise(vm, SP_EXC_TypeError, "%s() takes no keyword arguments", sp_type_name(vm, args[0]));
    sp_value_t t = sp_tuple_from_array(vm, args + 1, nargs - 1);
    if (t == SP_NULL) return SP_NULL;
    SP_PTR(sp_exception_t, args[0])->args = t;
    return SP_NONE;
}

/* Calls the method `name` of the built-in `owner` on self (list.clear, set.clear). */
static sp_value_t slots_call_builtin(sp_vm_t *vm, sp_type_t *owner, const char *name, sp_value_t self) {
    sp_value_t m = sp_dict_get_cstr(vm, owner->dict, name);
    if (m == SP_NULL) return sp_raise(vm, SP_EXC_SystemError, "%s.%s is missing", owner->name, name);
    return sp_call(vm, m, &self, 1, SP_NULL);
}

/* list.__init__(self, iterable=()) and set.__init__: clear, then take the iterable's items. */
static sp_value_t slots_refill(sp_vm_t *vm, sp_kind_t kind, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_type_t *owner = vm->types[kind];
    if (kwnames != SP_NULL && SP_AS_TUPLE(kwnames)->size > 0)
        return sp_raise(vm, SP_EXC_TypeError, "%s() takes no keyword arguments", owner->name);
    if (nargs > 2) return sp_raise(vm, SP_EXC_TypeError, "%s expected at most 1 argument, got %d", owner->name, nargs - 1);
    if (slots_call_builtin(vm, owner, "clear", args[0]) == SP_NULL) return SP_NULL;
    if (nargs < 2) return SP_NONE;
    int r = kind == SP_K_LIST ? sp_list_extend(vm, args[0], args[1]) : sp_set_update(vm, args[0], args[1]);
    return r < 0 ? SP_NULL : SP_NONE;
}

static sp_value_t slots_list_init(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return slots_refill(vm, SP_K_LIST, args, nargs, kwnames);
}

static sp_value_t slots_set_init(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return slots_refill(vm, SP_K_SET, args, nargs, kwnames);
}

/* dict.__init__(self, [mapping or pairs], **kwargs): updates self. */
static sp_value_t slots_dict_init(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    int nkw = kwnames != SP_NULL ? (int)SP_AS_TUPLE(kwnames)->size : 0;
    if (nargs > 2) return sp_raise(vm, SP_EXC_TypeError, "dict expected at most 1 argument, got %d", nargs - 1);
    if (nargs == 2 && sp_dict_update(vm, args[0], args[1]) < 0) return SP_NULL;
    for (int i = 0; i < nkw; i++)
        if (sp_dict_set(vm, args[0], SP_AS_TUPLE(kwnames)->items[i], args[nargs + i]) < 0) return SP_NULL;
    return SP_NONE;
}

/* int.__index__/__int__/__float__/__abs__ and float.__int__/__float__/__abs__: the number
 * conversions Python code calls explicitly (super().__int__(), (5).__index__()). */
static sp_value_t slots_num_index(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "__index__", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    return slots_index(vm, args[0]);
}

/* A float subclass's instance as its plain float; anything else as is. */
static sp_value_t slots_unbox_float(sp_vm_t *vm, sp_value_t v) {
    return sp_is_obj(v) && SP_AS_OBJ(v)->type->kind == SP_K_FLOAT ? class_exact(vm, v) : v;
}

static sp_value_t slots_num_int(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "__int__", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    sp_value_t v = slots_unbox_float(vm, args[0]);
    if (sp_is_float(v)) return sp_int_from_double(vm, sp_float_value(v));
    return slots_index(vm, v);
}

static sp_value_t slots_num_float(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "__float__", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    double d;
    sp_value_t v = slots_unbox_float(vm, args[0]);
    if (!sp_is_float(v)) v = slots_index(vm, v);
    if (v == SP_NULL || sp_to_double(vm, v, &d) < 0) return SP_NULL;
    return sp_float(d);
}

static sp_value_t slots_num_abs(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "__abs__", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    sp_value_t v = slots_unbox_float(vm, args[0]);
    if (!sp_is_float(v)) v = slots_index(vm, v);
    if (v == SP_NULL) return SP_NULL;
    sp_value_t r = sp_number_abs(vm, v);
    return r == SP_NOTIMPLEMENTED ? sp_raise(vm, SP_EXC_TypeError, "bad operand type for abs()") : r;
}

/* __divmod__ / __rdivmod__: NotImplemented unless both sides are numbers. */
static sp_value_t slots_num_divmod_either(sp_vm_t *vm, const char *name, const sp_value_t *args, int nargs,
                                          sp_value_t kwnames, bool reflected) {
    if (sp_check_nargs(vm, name, nargs - 1, kwnames, 1, 1) < 0) return SP_NULL;
    sp_value_t self = slots_unbox_float(vm, args[0]), other = slots_unbox_float(vm, args[1]);
    if (!sp_is_float(self) && !sp_is_int(other) && !sp_is_bool(other)) return SP_NOTIMPLEMENTED; /* int's */
    return reflected ? sp_number_divmod(vm, other, self) : sp_number_divmod(vm, self, other);
}
static sp_value_t slots_num_divmod(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return slots_num_divmod_either(vm, "__divmod__", args, nargs, kwnames, false);
}
static sp_value_t slots_num_rdivmod(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return slots_num_divmod_either(vm, "__rdivmod__", args, nargs, kwnames, true);
}

/* __getnewargs__: (the plain value,), as pickle and copy use it. */
static sp_value_t slots_num_getnewargs(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "__getnewargs__", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    sp_value_t v = slots_unbox_float(vm, args[0]);
    if (!sp_is_float(v)) v = slots_index(vm, v);
    return v == SP_NULL ? SP_NULL : sp_tuple_from_array(vm, &v, 1);
}

static const sp_method_def_t slots_int_methods[] = {
    {"__index__", slots_num_index},     {"__int__", slots_num_int},         {"__float__", slots_num_float},
    {"__abs__", slots_num_abs},         {"__divmod__", slots_num_divmod},   {"__rdivmod__", slots_num_rdivmod},
    {"__getnewargs__", slots_num_getnewargs}, {NULL, NULL},
};
static const sp_method_def_t slots_float_methods[] = {
    {"__int__", slots_num_int},       {"__float__", slots_num_float},     {"__abs__", slots_num_abs},
    {"__divmod__", slots_num_divmod}, {"__rdivmod__", slots_num_rdivmod}, {"__getnewargs__", slots_num_getnewargs},
    {NULL, NULL},
};

/* Adds the methods of a table that the type does not have yet. */
static void slots_add_missing(sp_vm_t *vm, sp_type_t *type, const sp_method_def_t *defs) {
    for (const sp_method_def_t *d = defs; d->name != NULL; d++) {
        if (sp_dict_get_cstr(vm, type->dict, d->name) != SP_NULL) continue;
        const sp_method_def_t one[] = {*d, {NULL, NULL}};
        type_add_methods(vm, type, one);
    }
}

/* Adds `__init__` to a built-in type unless its own file already did. */
static void slots_add_init(sp_vm_t *vm, sp_type_t *type, sp_native_fn_t fn) {
    if (type == NULL || sp_dict_get_cstr(vm, type->dict, "__init__") != SP_NULL) return;
    const sp_method_def_t defs[] = {{"__init__", fn}, {NULL, NULL}};
    type_add_methods(vm, type, defs);
}

/* ---- iter(callable, sentinel) ------------------------------------------------------------ */

/* callable_iterator: source is the callable (SP_NULL once exhausted), extra the sentinel. */
static sp_value_t slots_calliter_next(sp_vm_t *vm, sp_value_t self) {
    sp_iterator_t *it = SP_PTR(sp_iterator_t, self);
    if (it->source == SP_NULL) return SP_NULL;
    sp_value_t r = sp_call(vm, it->source, NULL, 0, SP_NULL);
    if (r == SP_NULL) {
        if (sp_exc_matches(vm, SP_EXC_StopIteration)) {
            sp_exc_fetch(vm);
            it->source = SP_NULL;
        }
        return SP_NULL;
    }
    int done = sp_equal(vm, r, it->extra);
    if (done < 0) return SP_NULL;
    if (done) {
        it->source = SP_NULL;
        return SP_NULL;
    }
    return r;
}

static sp_value_t slots_calliter_iter(sp_vm_t *vm, sp_value_t self) {
    (void)vm;
    return self;
}

sp_value_t slots_callable_iter(sp_vm_t *vm, sp_value_t callable, sp_value_t sentinel) {
    sp_type_t *type = vm->callable_iter_type;
    if (type == NULL) return sp_raise(vm, SP_EXC_SystemError, "callable_iterator is missing");
    sp_iterator_t *it = (sp_iterator_t *)sp_new_object(vm, type, sizeof(sp_iterator_t));
    if (it == NULL) return SP_NULL;
    it->source = callable;
    it->extra = sentinel;
    return SP_OBJ(it);
}

void slots_init(sp_vm_t *vm) {
    vm->slot_names = sp_alloc(vm, sizeof(sp_value_t) * SLOT__COUNT);
    if (vm->slot_names == NULL) return;
    for (int id = 0; id < SLOT__COUNT; id++) vm->slot_names[id] = sp_str_intern_cstr(vm, slots_table[id].name);
    sp_type_t *t = vm->types[SP_K_SLOT_WRAPPER];
    t->call = slots_wrapper_call;
    t->repr = slots_wrapper_repr;
    t->getattr = slots_wrapper_getattr;
    t->hash = vm->types[SP_K_METHOD_DESC]->hash;
    sp_type_t *calliter = type_new_builtin(vm, SP_K_ITERATOR, "callable_iterator", vm->types[SP_K_OBJECT]);
    if (calliter != NULL) {
        calliter->iter = slots_calliter_iter;
        calliter->next = slots_calliter_next;
        vm->callable_iter_type = calliter;
        slots_add_wrappers(vm, calliter);
    }
    slots_add_missing(vm, vm->types[SP_K_INT], slots_int_methods);
    slots_add_missing(vm, vm->types[SP_K_FLOAT], slots_float_methods);
    slots_add_init(vm, vm->types[SP_K_OBJECT], slots_object_init);
    slots_add_init(vm, vm->exc_types[SP_EXC_BaseException], slots_exception_init);
    slots_add_init(vm, vm->types[SP_K_LIST], slots_list_init);
    slots_add_init(vm, vm->types[SP_K_SET], slots_set_init);
    slots_add_init(vm, vm->types[SP_K_DICT], slots_dict_init);
    for (int k = 0; k < SP_K__COUNT; k++) slots_add_wrappers(vm, vm->types[k]);
    for (int k = 0; k < SP_EXC__COUNT; k++) slots_add_wrappers(vm, vm->exc_types[k]);
    for (int k = 0; k < SP_ITER__COUNT; k++) slots_add_wrappers(vm, vm->iter_types[k]);
    for (int k = 0; k < SP_VIEW__COUNT; k++) slots_add_wrappers(vm, vm->dictview_types[k]);
}

sp_value_t slots_binary_dunder(sp_vm_t *vm, sp_value_t a, sp_value_t b, const char *op, const char *rop) {
    sp_value_t name = sp_str_intern_cstr(vm, op), rname = sp_str_intern_cstr(vm, rop);
    sp_type_t *ta = sp_typeof(vm, a), *tb = sp_typeof(vm, b);
    bool found, right_first = ta != tb && type_is_subtype(tb, ta) && slots_overrides(vm, ta, tb, rname);
    sp_value_t r;
    if (right_first) {
        r = slots_call(vm, b, rname, &a, 1, SP_NULL, &found);
        if ((found && r != SP_NOTIMPLEMENTED) || vm->exc) return r;
    }
    r = slots_call(vm, a, name, &b, 1, SP_NULL, &found);
    if ((found && r != SP_NOTIMPLEMENTED) || vm->exc) return r;
    if (ta != tb && !right_first) {
        r = slots_call(vm, b, rname, &a, 1, SP_NULL, &found);
        if ((found && r != SP_NOTIMPLEMENTED) || vm->exc) return r;
    }
    return SP_NOTIMPLEMENTED;
}

sp_value_t slots_index(sp_vm_t *vm, sp_value_t v) {
    if (sp_is_bool(v)) return sp_smallint(v == SP_TRUE);
    if (sp_is_int(v)) return class_exact(vm, v);
    bool found;
    sp_value_t r = slots_call_dunder(vm, v, "__index__", NULL, 0, &found);
    if (!found) {
        if (vm->exc) return SP_NULL;
        return sp_raise(vm, SP_EXC_TypeError, "'%s' object cannot be interpreted as an integer", sp_type_name(vm, v));
    }
    if (r == SP_NULL) return SP_NULL;
    if (sp_is_bool(r)) return sp_smallint(r == SP_TRUE);
    if (!sp_is_int(r)) return sp_raise(vm, SP_EXC_TypeError, "__index__ returned non-int (type %s)", sp_type_name(vm, r));
    return class_exact(vm, r);
}

sp_value_t slots_format(sp_vm_t *vm, sp_value_t value, sp_value_t spec) {
    if (spec == SP_NULL) spec = vm->empty_str;
    bool plain = !slots_is_heap_instance(value);
    if (plain && SP_AS_STR(spec)->size == 0 && (sp_is_str(value) || sp_is_int(value))) return sp_str(vm, value);
    bool found;
    sp_value_t r = slots_call_dunder(vm, value, "__format__", &spec, 1, &found);
    if (!found && !vm->exc)
        return sp_raise(vm, SP_EXC_TypeError, "Type %s doesn't define __format__", sp_type_name(vm, value));
    if (r != SP_NULL && !sp_is_str(r))
        return sp_raise(vm, SP_EXC_TypeError, "__format__ must return a str, not %s", sp_type_name(vm, r));
    return r;
}

sp_value_t slots_complex_arg(sp_vm_t *vm, sp_value_t v) {
    static const char *const hooks[] = {"__complex__", "__float__", "__index__"};
    for (int i = 0; i < 3; i++) {
        bool found;
        sp_value_t r = slots_call_dunder(vm, v, hooks[i], NULL, 0, &found);
        if (!found) {
            if (vm->exc) return SP_NULL;
            continue;
        }
        if (r == SP_NULL) return SP_NULL;
        if (i == 0 && !sp_is_complex(r))
            return sp_raise(vm, SP_EXC_TypeError, "__complex__ returned non-complex (type %s)", sp_type_name(vm, r));
        if (i == 1 && !sp_is_float(r))
            return sp_raise(vm, SP_EXC_TypeError, "%s.__float__ returned non-float (type %s)", sp_type_name(vm, v),
                            sp_type_name(vm, r));
        return i == 2 ? slots_index(vm, v) : r;
    }
    return v;
}
