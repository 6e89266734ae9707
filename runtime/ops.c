/* ops.c: the generic object protocol — repr, hash, truth, comparison, arithmetic, items,
 * iteration, calls — dispatching to type slots with CPython's fallbacks and error messages.
 * Small-int and float fast paths come first; nothing here knows a type's layout. */
#include <string.h>

#include "runtime/runtime.h"
#include "runtime/slots.h"

const char *sp_type_name(sp_vm_t *vm, sp_value_t v) {
    return sp_typeof(vm, v)->name;
}

/* ---- C recursion guard -------------------------------------------------------------------- */

int sp_enter_c(sp_vm_t *vm, const char *where) {
    if (SP_UNLIKELY(vm->c_depth >= SP_MAX_C_DEPTH)) {
        sp_raise(vm, SP_EXC_RecursionError, "maximum recursion depth exceeded%s", where ? where : "");
        return -1;
    }
    vm->c_depth++;
    return 0;
}

void sp_leave_c(sp_vm_t *vm) {
    vm->c_depth--;
}

/* ---- repr, str, hash, truth ---------------------------------------------------------------- */

sp_value_t sp_repr(sp_vm_t *vm, sp_value_t v) {
    sp_type_t *type = sp_typeof(vm, v);
    if (type->repr == NULL) return sp_str_format(vm, "<%s object at %p>", type->name, (void *)(uintptr_t)v);
    /* No depth guard here: every repr that can recurse (list, tuple, dict, set) guards itself
     * with sp_repr_enter / sp_enter_c, and counting twice would halve the usable depth. */
    return type->repr(vm, v);
}

sp_value_t sp_str(sp_vm_t *vm, sp_value_t v) {
    if (sp_is_str(v) && !slots_is_heap_instance(v)) return v;
    sp_type_t *type = sp_typeof(vm, v);
    if (type->str == NULL) return sp_repr(vm, v);
    return type->str(vm, v);
}

int sp_hash(sp_vm_t *vm, sp_value_t v, int64_t *out) {
    if (sp_is_smallint(v)) {
        int64_t i = sp_smallint_value(v);
        *out = i == -1 ? -2 : i;
        return 0;
    }
    if (sp_is_float(v)) {
        *out = sp_float_hash(sp_float_value(v));
        return 0;
    }
    if (v == SP_TRUE || v == SP_FALSE) {
        *out = v == SP_TRUE;
        return 0;
    }
    if (sp_is_str(v) && !slots_is_heap_instance(v)) {
        *out = sp_str_hash(v);
        return 0;
    }
    sp_type_t *type = sp_typeof(vm, v);
    if (type->hash == NULL) {
        sp_raise(vm, SP_EXC_TypeError, "unhashable type: '%s'", type->name);
        return -1;
    }
    return type->hash(vm, v, out);
}

int sp_truthy(sp_vm_t *vm, sp_value_t v) {
    if (v == SP_TRUE) return 1;
    if (v == SP_FALSE || v == SP_NONE) return 0;
    if (sp_is_smallint(v)) return sp_smallint_value(v) != 0;
    if (sp_is_float(v)) return sp_float_value(v) != 0.0;
    sp_type_t *type = sp_typeof(vm, v);
    if (type->truth != NULL) return type->truth(vm, v);
    if (type->len != NULL) {
        int64_t n = type->len(vm, v);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

/* ---- Comparison ------------------------------------------------------------------------------ */

static const char *const ops_cmp_symbols[] = {"<", "<=", "==", "!=", ">", ">="};
/* The operator to try on the right operand: a < b is b > a. */
static const sp_cmp_t ops_cmp_swapped[] = {SP_CMP_GT, SP_CMP_GE, SP_CMP_EQ, SP_CMP_NE, SP_CMP_LT, SP_CMP_LE};

/* Compares two C numbers of the same kind. */
#define OPS_CMP_NUMBERS(x, y, op)                                                                            \
    ((op) == SP_CMP_LT   ? (x) < (y)                                                                         \
     : (op) == SP_CMP_LE ? (x) <= (y)                                                                        \
     : (op) == SP_CMP_EQ ? (x) == (y)                                                                        \
     : (op) == SP_CMP_NE ? (x) != (y)                                                                        \
     : (op) == SP_CMP_GT ? (x) > (y)                                                                         \
                         : (x) >= (y))

/* Calls one richcompare slot, guarded against runaway recursion (nested containers). */
static sp_value_t ops_try_compare(sp_vm_t *vm, sp_type_t *type, sp_value_t a, sp_value_t b, sp_cmp_t op) {
    if (type->richcompare == NULL) return SP_NOTIMPLEMENTED;
    if (sp_enter_c(vm, " in comparison") < 0) return SP_NULL;
    sp_value_t r = type->richcompare(vm, a, b, op);
    sp_leave_c(vm);
    return r;
}

sp_value_t sp_compare(sp_vm_t *vm, sp_value_t a, sp_value_t b, sp_cmp_t op) {
    if ((sp_is_smallint(a) || sp_is_bool(a)) && (sp_is_smallint(b) || sp_is_bool(b))) {
        int64_t x = sp_is_bool(a) ? a == SP_TRUE : sp_smallint_value(a);
        int64_t y = sp_is_bool(b) ? b == SP_TRUE : sp_smallint_value(b);
        return sp_bool(OPS_CMP_NUMBERS(x, y, op));
    }
    if (sp_is_float(a) && sp_is_float(b))
        return sp_bool(OPS_CMP_NUMBERS(sp_float_value(a), sp_float_value(b), op));
    sp_type_t *ta = sp_typeof(vm, a), *tb = sp_typeof(vm, b);
    /* A right operand of a subtype gets the first chance, as in CPython. */
    bool right_first = ta != tb && type_is_subtype(tb, ta) && tb->richcompare != NULL;
    sp_value_t r;
    if (right_first) {
        r = ops_try_compare(vm, tb, b, a, ops_cmp_swapped[op]);
        if (r != SP_NOTIMPLEMENTED) return r;
    }
    r = ops_try_compare(vm, ta, a, b, op);
    if (r != SP_NOTIMPLEMENTED) return r;
    if (!right_first) { /* reflected even for the same type: a > b tries b.__lt__(a), as CPython */
        r = ops_try_compare(vm, tb, b, a, ops_cmp_swapped[op]);
        if (r != SP_NOTIMPLEMENTED) return r;
    }
    if (op == SP_CMP_EQ) return sp_bool(a == b);
    if (op == SP_CMP_NE) return sp_bool(a != b);
    return sp_raise(vm, SP_EXC_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                    ops_cmp_symbols[op], ta->name, tb->name);
}

int sp_equal(sp_vm_t *vm, sp_value_t a, sp_value_t b) {
    if (a == b) return 1;
    if (sp_is_smallint(a) && sp_is_smallint(b)) return 0;
    if (sp_is_str(a) && sp_is_str(b) && !slots_is_heap_instance(a) && !slots_is_heap_instance(b))
        return sp_str_equal(a, b);
    sp_value_t r = sp_compare(vm, a, b, SP_CMP_EQ);
    if (r == SP_NULL) return -1;
    if (r == SP_TRUE) return 1;
    if (r == SP_FALSE) return 0;
    return sp_truthy(vm, r);
}

int sp_less(sp_vm_t *vm, sp_value_t a, sp_value_t b) {
    if (sp_is_smallint(a) && sp_is_smallint(b)) return sp_smallint_value(a) < sp_smallint_value(b);
    sp_value_t r = sp_compare(vm, a, b, SP_CMP_LT);
    if (r == SP_NULL) return -1;
    if (r == SP_TRUE) return 1;
    if (r == SP_FALSE) return 0;
    return sp_truthy(vm, r);
}

/* ---- Arithmetic ------------------------------------------------------------------------------- */

/* CPython's spelling of each operator in "unsupported operand type(s) for X". */
static const char *const ops_binop_symbols[SP_BINOP__COUNT] = {
    "+", "-", "*", "@", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^",
};
static const char *const ops_inplace_symbols[SP_BINOP__COUNT] = {
    "+=", "-=", "*=", "@=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=",
};

static sp_value_t ops_try_binop(sp_vm_t *vm, sp_type_t *type, sp_binop_t op, sp_value_t a, sp_value_t b) {
    if (type->binop == NULL) return SP_NOTIMPLEMENTED;
    return type->binop(vm, op, a, b);
}

/* The slot protocol: the left type, then the right (a right subtype first), as CPython's
 * binary_op1. Returns SP_NOTIMPLEMENTED when neither side handles the operands. */
static sp_value_t ops_binop_slots(sp_vm_t *vm, sp_binop_t op, sp_value_t a, sp_value_t b) {
    sp_type_t *ta = sp_typeof(vm, a), *tb = sp_typeof(vm, b);
    sp_value_t r;
    if (ta != tb && tb->binop != ta->binop && type_is_subtype(tb, ta)) {
        r = ops_try_binop(vm, tb, op, a, b);
        if (r != SP_NOTIMPLEMENTED) return r;
        return ops_try_binop(vm, ta, op, a, b);
    }
    r = ops_try_binop(vm, ta, op, a, b);
    if (r != SP_NOTIMPLEMENTED || ta == tb || tb->binop == ta->binop) return r;
    return ops_try_binop(vm, tb, op, a, b);
}

/* True for the int, bool or float operands the numeric fast paths handle (not instances of
 * int subclasses: their dunders may override the arithmetic). */
static bool ops_is_number(sp_value_t v) {
    return (sp_is_int(v) && !slots_is_heap_instance(v)) || sp_is_float(v) || sp_is_bool(v);
}

/* &, | and ^ of two bools give a bool, not an int. */
static sp_value_t ops_bool_bitop(sp_binop_t op, sp_value_t a, sp_value_t b) {
    bool x = a == SP_TRUE, y = b == SP_TRUE;
    switch (op) {
    case SP_BINOP_AND:
        return sp_bool(x && y);
    case SP_BINOP_OR:
        return sp_bool(x || y);
    case SP_BINOP_XOR:
        return sp_bool(x != y);
    default:
        return SP_NOTIMPLEMENTED;
    }
}

/* True when v is an instance of a class with __index__ (an int subclass's instance too). */
static bool ops_has_index(sp_vm_t *vm, sp_value_t v) {
    return slots_is_heap_instance(v) &&
           type_lookup(vm, sp_typeof(vm, v), sp_str_intern_cstr(vm, "__index__")) != SP_NULL;
}

/* Repetition of a sequence by an object with __index__: converts the count and retries. */
static sp_value_t ops_repeat_index(sp_vm_t *vm, sp_binop_t op, sp_value_t a, sp_value_t b) {
    bool index_b = ops_has_index(vm, b), index_a = !index_b && ops_has_index(vm, a);
    if (!index_a && !index_b) return SP_NOTIMPLEMENTED;
    sp_value_t seq = index_b ? a : b;
    if (ops_is_number(seq) || !sp_is_obj(seq) || sp_typeof(vm, seq)->len == NULL) return SP_NOTIMPLEMENTED;
    sp_value_t n = slots_index(vm, index_b ? b : a);
    if (n == SP_NULL) return SP_NULL;
    return index_b ? sp_binary_op(vm, op, a, n) : sp_binary_op(vm, op, n, b);
}

/* When a class's reflected method declined a sequence operation (CPython then tries sq_concat /
 * sq_repeat), raises the sequence's own message and returns true. */
static bool ops_sequence_error(sp_vm_t *vm, sp_binop_t plain, sp_value_t a, sp_value_t b) {
    sp_kind_t ka = sp_kindof(vm, a), kb = sp_kindof(vm, b);
    bool seq_a = ka == SP_K_STR || ka == SP_K_LIST || ka == SP_K_TUPLE || ka == SP_K_BYTES;
    bool seq_b = kb == SP_K_STR || kb == SP_K_LIST || kb == SP_K_TUPLE || kb == SP_K_BYTES;
    if (plain == SP_BINOP_ADD && seq_a && ka == SP_K_BYTES)
        sp_raise(vm, SP_EXC_TypeError, "can't concat %s to bytes", sp_type_name(vm, b));
    else if (plain == SP_BINOP_ADD && seq_a)
        sp_raise(vm, SP_EXC_TypeError, "can only concatenate %s (not \"%s\") to %s", vm->types[ka]->name,
                 sp_type_name(vm, b), vm->types[ka]->name);
    else if (plain == SP_BINOP_MUL && (seq_a || seq_b) && !ops_is_number(seq_a ? b : a))
        sp_raise(vm, SP_EXC_TypeError, "can't multiply sequence by non-int of type '%s'",
                 sp_type_name(vm, seq_a ? b : a));
    else
        return false;
    return true;
}

sp_value_t sp_binary_op(sp_vm_t *vm, sp_binop_t op, sp_value_t a, sp_value_t b) {
    sp_binop_t plain = (sp_binop_t)(op & ~SP_BINOP_INPLACE);
    sp_value_t r = SP_NOTIMPLEMENTED;
    if (sp_is_bool(a) && sp_is_bool(b)) r = ops_bool_bitop(plain, a, b);
    if (r != SP_NOTIMPLEMENTED) return r;
    if (ops_is_number(a) && ops_is_number(b)) {
        r = sp_is_float(a) || sp_is_float(b) ? sp_float_binop(vm, plain, a, b)
                                             : sp_int_binop(vm, plain, a, b);
        if (r != SP_NOTIMPLEMENTED) return r;
    }
    if (op & SP_BINOP_INPLACE) {
        sp_type_t *ta = sp_typeof(vm, a);
        r = ops_try_binop(vm, ta, op, a, b);
        if (r != SP_NOTIMPLEMENTED) return r;
    }
    r = ops_binop_slots(vm, plain, a, b);
    if (r != SP_NOTIMPLEMENTED) return r;
    if (plain == SP_BINOP_MUL) { /* seq * n where n has __index__ (CPython's sq_repeat) */
        r = ops_repeat_index(vm, op, a, b);
        if (r != SP_NOTIMPLEMENTED) return r;
    }
    if ((unsigned)plain >= SP_BINOP__COUNT) return sp_raise(vm, SP_EXC_SystemError, "bad binary operator");
    if (ops_sequence_error(vm, plain, a, b)) return SP_NULL;
    const char *symbol = op & SP_BINOP_INPLACE ? ops_inplace_symbols[plain] : ops_binop_symbols[plain];
    return sp_raise(vm, SP_EXC_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", symbol,
                    sp_type_name(vm, a), sp_type_name(vm, b));
}

sp_value_t sp_unary_op(sp_vm_t *vm, sp_unop_t op, sp_value_t v) {
    if (op == SP_UNOP_NOT) {
        int t = sp_truthy(vm, v);
        return t < 0 ? SP_NULL : sp_bool(!t);
    }
    if (sp_is_smallint(v)) {
        int64_t i = sp_smallint_value(v);
        if (op == SP_UNOP_POS) return v;
        if (op == SP_UNOP_INVERT) return sp_smallint(~i); /* stays within 48 bits */
        return sp_int_from_i64(vm, -i);
    }
    if (sp_is_bool(v)) return sp_unary_op(vm, op, sp_smallint(v == SP_TRUE));
    if (sp_is_float(v)) {
        if (op == SP_UNOP_NEG) return sp_float(-sp_float_value(v));
        if (op == SP_UNOP_POS) return v;
    }
    sp_type_t *type = sp_typeof(vm, v);
    sp_value_t r = type->unop ? type->unop(vm, op, v) : SP_NOTIMPLEMENTED;
    if (r != SP_NOTIMPLEMENTED) return r;
    static const char symbols[] = {'-', '+', '~'};
    return sp_raise(vm, SP_EXC_TypeError, "bad operand type for unary %c: '%s'", symbols[op], type->name);
}

/* ---- Containers ------------------------------------------------------------------------------ */

int64_t sp_len(sp_vm_t *vm, sp_value_t v) {
    sp_type_t *type = sp_typeof(vm, v);
    if (type->len == NULL) {
        sp_raise(vm, SP_EXC_TypeError, "object of type '%s' has no len()", type->name);
        return -1;
    }
    return type->len(vm, v);
}

sp_value_t sp_getitem(sp_vm_t *vm, sp_value_t obj, sp_value_t key) {
    sp_type_t *type = sp_typeof(vm, obj);
    if (type->getitem == NULL) {
        if (sp_is_type(obj)) {
            return sp_raise(vm, SP_EXC_TypeError, "type '%s' is not subscriptable", SP_AS_TYPE(obj)->name);
        }
        return sp_raise(vm, SP_EXC_TypeError, "'%s' object is not subscriptable", type->name);
    }
    return type->getitem(vm, obj, key);
}

int sp_setitem(sp_vm_t *vm, sp_value_t obj, sp_value_t key, sp_value_t value) {
    sp_type_t *type = sp_typeof(vm, obj);
    if (type->setitem == NULL) {
        sp_raise(vm, SP_EXC_TypeError, "'%s' object does not support item assignment", type->name);
        return -1;
    }
    return type->setitem(vm, obj, key, value);
}

int sp_delitem(sp_vm_t *vm, sp_value_t obj, sp_value_t key) {
    sp_type_t *type = sp_typeof(vm, obj);
    if (type->setitem == NULL) {
        sp_raise(vm, SP_EXC_TypeError, "'%s' object doesn't support item deletion", type->name);
        return -1;
    }
    return type->setitem(vm, obj, key, SP_NULL);
}

int sp_contains(sp_vm_t *vm, sp_value_t container, sp_value_t item) {
    sp_type_t *type = sp_typeof(vm, container);
    if (type->contains != NULL) return type->contains(vm, container, item);
    if (type->iter == NULL && type->getitem == NULL) {
        sp_raise(vm, SP_EXC_TypeError, "argument of type '%s' is not iterable", type->name);
        return -1;
    }
    sp_value_t it = sp_iter(vm, container);
    if (it == SP_NULL) return -1;
    for (;;) {
        sp_value_t x = sp_next(vm, it);
        if (x == SP_NULL) return vm->exc != SP_NULL ? -1 : 0;
        int eq = sp_equal(vm, x, item);
        if (eq != 0) return eq;
    }
}

/* ---- Iteration ------------------------------------------------------------------------------- */

sp_value_t sp_iter(sp_vm_t *vm, sp_value_t v) {
    sp_type_t *type = sp_typeof(vm, v);
    if (type->iter != NULL) return type->iter(vm, v);
    /* Objects with only __getitem__ iterate by index until IndexError (the sequence protocol). */
    if (type->getitem != NULL && !sp_is_type(v))
        return sp_iterator_new(vm, vm->iter_types[SP_ITER_SEQ], v, SP_NULL, 0, 0);
    return sp_raise(vm, SP_EXC_TypeError, "'%s' object is not iterable", type->name);
}

sp_value_t sp_next(sp_vm_t *vm, sp_value_t iter) {
    sp_type_t *type = sp_typeof(vm, iter);
    if (type->next == NULL)
        return sp_raise(vm, SP_EXC_TypeError, "'%s' object is not an iterator", type->name);
    return type->next(vm, iter);
}

sp_value_t sp_list_from_iterable(sp_vm_t *vm, sp_value_t iterable) {
    if (sp_is_list(iterable) && !slots_is_heap_instance(iterable))
        return sp_list_from_array(vm, SP_AS_LIST(iterable)->items, SP_AS_LIST(iterable)->size);
    if (sp_is_tuple(iterable) && !slots_is_heap_instance(iterable))
        return sp_list_from_array(vm, SP_AS_TUPLE(iterable)->items, SP_AS_TUPLE(iterable)->size);
    sp_value_t list = sp_list_new(vm, 0);
    if (list == SP_NULL) return SP_NULL;
    sp_value_t it = sp_iter(vm, iterable);
    if (it == SP_NULL) return SP_NULL;
    for (;;) {
        sp_value_t x = sp_next(vm, it);
        if (x == SP_NULL) return vm->exc != SP_NULL ? SP_NULL : list;
        if (sp_list_append(vm, list, x) < 0) return SP_NULL;
    }
}

sp_value_t sp_tuple_from_iterable(sp_vm_t *vm, sp_value_t iterable) {
    if (sp_is_tuple(iterable) && !slots_is_heap_instance(iterable)) return iterable;
    sp_value_t list = sp_list_from_iterable(vm, iterable);
    if (list == SP_NULL) return SP_NULL;
    return sp_tuple_from_array(vm, SP_AS_LIST(list)->items, SP_AS_LIST(list)->size);
}

/* ---- Calls ----------------------------------------------------------------------------------- */

sp_value_t sp_call(sp_vm_t *vm, sp_value_t callable, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_type_t *type = sp_typeof(vm, callable);
    if (type->call == NULL) return sp_raise(vm, SP_EXC_TypeError, "'%s' object is not callable", type->name);
    return type->call(vm, callable, args, nargs, kwnames);
}

sp_value_t sp_call1(sp_vm_t *vm, sp_value_t callable, sp_value_t a) {
    return sp_call(vm, callable, &a, 1, SP_NULL);
}

sp_value_t sp_call2(sp_vm_t *vm, sp_value_t callable, sp_value_t a, sp_value_t b) {
    sp_value_t args[2] = {a, b};
    return sp_call(vm, callable, args, 2, SP_NULL);
}

int sp_index(sp_vm_t *vm, sp_value_t v, int64_t *out) {
    if (sp_is_smallint(v)) {
        *out = sp_smallint_value(v);
        return 0;
    }
    if (sp_is_bool(v)) {
        *out = v == SP_TRUE;
        return 0;
    }
    if (sp_is_int(v)) return sp_int_to_i64(vm, v, out);
    /* Any object with __index__ (CPython's nb_index) is accepted as an int. */
    sp_value_t r = slots_index(vm, v);
    return r == SP_NULL ? -1 : sp_index(vm, r, out);
}
