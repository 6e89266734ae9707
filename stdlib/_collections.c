/* _collections.c: collections.deque in C — a ring buffer of values with O(1) appends and pops
 * at both ends, CPython 3.11's methods, reprs and errors; collections/__init__.py re-exports it.
 * The deque type is made per VM at import; the iterator checks a mutation counter. */
#include <stdint.h>
#include <string.h>

#include "runtime/runtime.h"
#include "runtime/slots.h"
#include "stdlib/modules.h"

static const char dq_type_name[] = "deque";
static const char dq_iter_type_name[] = "_deque_iterator";

typedef struct dq_deque {
    sp_object_t hdr;
    sp_value_t *items;  /* capacity slots (a power of two), GC-scanned */
    int64_t capacity;
    int64_t head;       /* index of the first item */
    int64_t size;
    int64_t maxlen;     /* -1: unbounded */
    uint64_t state;     /* bumped by every mutation, checked by iterators */
} dq_deque_t;

typedef struct dq_iter {
    sp_object_t hdr;
    sp_value_t deque;
    int64_t index;      /* items yielded so far */
    uint64_t state;
    bool reverse;
} dq_iter_t;

#define DQ(v) SP_PTR(dq_deque_t, (v))
#define DQ_AT(d, i) ((d)->items[((d)->head + (i)) & ((d)->capacity - 1)])
#define DQ_MAX_ITEMS ((int64_t)1 << 36)

/* The deque type an object is an instance of (walking up from a subclass), or NULL. */
static sp_type_t *dq_base_type(sp_value_t v) {
    if (!sp_is_obj(v)) return NULL;
    for (sp_type_t *t = SP_AS_OBJ(v)->type; t != NULL; t = t->base)
        if (t->name == dq_type_name) return t;
    return NULL;
}

static bool dq_is_deque(sp_value_t v) { return dq_base_type(v) != NULL; }

static int dq_grow(sp_vm_t *vm, dq_deque_t *d) {
    int64_t cap = d->capacity ? d->capacity * 2 : 8;
    if (cap > DQ_MAX_ITEMS) return sp_raise_nomem(vm), -1;
    sp_value_t *items = sp_alloc(vm, (size_t)cap * sizeof(sp_value_t));
    if (items == NULL) return -1;
    for (int64_t i = 0; i < d->size; i++) items[i] = DQ_AT(d, i);
    d->items = items;
    d->capacity = cap;
    d->head = 0;
    return 0;
}

static sp_value_t dq_pop_right(dq_deque_t *d) {
    d->size--;
    sp_value_t *slot = &DQ_AT(d, d->size);
    sp_value_t v = *slot;
    *slot = SP_NULL;
    d->state++;
    return v;
}

static sp_value_t dq_pop_left(dq_deque_t *d) {
    sp_value_t *slot = &DQ_AT(d, 0);
    sp_value_t v = *slot;
    *slot = SP_NULL;
    d->head = (d->head + 1) & (d->capacity - 1);
    d->size--;
    d->state++;
    return v;
}

static int dq_push_right(sp_vm_t *vm, dq_deque_t *d, sp_value_t v) {
    if (d->maxlen == 0) return 0;
    if (d->maxlen > 0 && d->size >= d->maxlen) dq_pop_left(d);
    if (d->size == d->capacity && dq_grow(vm, d) < 0) return -1;
    DQ_AT(d, d->size) = v;
    d->size++;
    d->state++;
    return 0;
}

static int dq_push_left(sp_vm_t *vm, dq_deque_t *d, sp_value_t v) {
    if (d->maxlen == 0) return 0;
    if (d->maxlen > 0 && d->size >= d->maxlen) dq_pop_right(d);
    if (d->size == d->capacity && dq_grow(vm, d) < 0) return -1;
    d->head = (d->head - 1) & (d->capacity - 1);
    d->items[d->head] = v;
    d->size++;
    d->state++;
    return 0;
}

static void dq_clear(dq_deque_t *d) {
    d->items = NULL;
    d->capacity = 0;
    d->head = 0;
    d->size = 0;
    d->state++;
}

/* A list snapshot of the items (for repr, comparisons, copies). */
static sp_value_t dq_to_list(sp_vm_t *vm, dq_deque_t *d) {
    sp_value_t list = sp_list_new(vm, d->size);
    if (list == SP_NULL) return SP_NULL;
    for (int64_t i = 0; i < d->size; i++) SP_AS_LIST(list)->items[i] = DQ_AT(d, i);
    return list;
}

/* Appends every item of an iterable at the right (or left); a deque extending itself reads a
 * snapshot first. */
static int dq_extend_side(sp_vm_t *vm, dq_deque_t *d, sp_value_t iterable, bool left) {
    if (iterable == SP_OBJ(d)) {
        iterable = dq_to_list(vm, d);
        if (iterable == SP_NULL) return -1;
    }
    if (sp_is_list(iterable)) {
        sp_list_t *l = SP_AS_LIST(iterable);
        for (int64_t i = 0; i < l->size; i++)
            if ((left ? dq_push_left : dq_push_right)(vm, d, l->items[i]) < 0) return -1;
        return 0;
    }
    sp_value_t it = sp_iter(vm, iterable);
    if (it == SP_NULL) return -1;
    for (;;) {
        sp_value_t v = sp_next(vm, it);
        if (v == SP_NULL) return vm->exc ? -1 : 0;
        if ((left ? dq_push_left : dq_push_right)(vm, d, v) < 0) return -1;
    }
}

/* ---- Construction ------------------------------------------------------------------------------- */

static sp_value_t dq_alloc(sp_vm_t *vm, sp_type_t *type, int64_t maxlen) {
    dq_deque_t *d = (dq_deque_t *)sp_new_object(vm, type, sizeof(dq_deque_t));
    if (d == NULL) return SP_NULL;
    d->maxlen = maxlen;
    return SP_OBJ(d);
}

/* deque.__init__(self, iterable=(), maxlen=None) */
static sp_value_t dq_init(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (nargs < 1 || !dq_is_deque(args[0]))
        return sp_raise(vm, SP_EXC_TypeError, "descriptor '__init__' requires a 'collections.deque' object");
    sp_value_t p[2];
    if (sp_parse_args(vm, "deque", "iterable=, maxlen=", args + 1, nargs - 1, kwnames, p) < 0) return SP_NULL;
    dq_deque_t *d = DQ(args[0]);
    int64_t maxlen = -1;
    if (p[1] != SP_NULL && p[1] != SP_NONE) {
        if (sp_index(vm, p[1], &maxlen) < 0) {
            if (sp_exc_matches(vm, SP_EXC_OverflowError)) {
                vm->exc = SP_NULL;
                return sp_raise(vm, SP_EXC_OverflowError, "Python int too large to convert to C ssize_t");
            }
            if (sp_exc_matches(vm, SP_EXC_TypeError) && !sp_is_int(p[1])) {
                vm->exc = SP_NULL;
                return sp_raise(vm, SP_EXC_TypeError, "an integer is required");
            }
            return SP_NULL;
        }
        if (maxlen < 0) return sp_raise(vm, SP_EXC_ValueError, "maxlen must be non-negative");
    }
    d->maxlen = maxlen;
    if (d->size > 0) dq_clear(d);
    if (p[0] != SP_NULL && dq_extend_side(vm, d, p[0], false) < 0) return SP_NULL;
    return SP_NONE;
}

static sp_value_t dq_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t self = dq_alloc(vm, type, -1);
    if (self == SP_NULL) return SP_NULL;
    /* A subclass's __init__ runs after construction (class_construct); only the exact type
     * initialises here. */
    if (type->flags & SP_TYPE_HEAPTYPE) return self;
    int nkw = kwnames != SP_NULL ? (int)SP_AS_TUPLE(kwnames)->size : 0;
    sp_value_t *full = sp_alloc(vm, (size_t)(nargs + nkw + 1) * sizeof(sp_value_t));
    if (full == NULL) return SP_NULL;
    full[0] = self;
    for (int i = 0; i < nargs + nkw; i++) full[i + 1] = args[i];
    if (dq_init(vm, full, nargs + 1, kwnames) == SP_NULL) return SP_NULL;
    return self;
}

/* ---- Methods ------------------------------------------------------------------------------------ */

static dq_deque_t *dq_self(sp_vm_t *vm, const char *method, const sp_value_t *args, int nargs) {
    if (nargs >= 1 && dq_is_deque(args[0])) return DQ(args[0]);
    sp_raise(vm, SP_EXC_TypeError, "descriptor '%s' for 'collections.deque' objects doesn't apply to a '%s' object",
             method, nargs >= 1 ? sp_type_name(vm, args[0]) : "NoneType");
    return NULL;
}

#define DQ_METHOD(NAME, MIN, MAX)                                                           \
    dq_deque_t *d = dq_self(vm, #NAME, args, nargs);                                        \
    if (d == NULL) return SP_NULL;                                                          \
    if (sp_check_arity(vm, "deque." #NAME, nargs - 1, kwnames, MIN, MAX) < 0) return SP_NULL;

static sp_value_t dq_append(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    DQ_METHOD(append, 1, 1)
    return dq_push_right(vm, d, args[1]) < 0 ? SP_NULL : SP_NONE;
}

static sp_value_t dq_appendleft(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    DQ_METHOD(appendleft, 1, 1)
    return dq_push_left(vm, d, args[1]) < 0 ? SP_NULL : SP_NONE;
}

static sp_value_t dq_pop(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    DQ_METHOD(pop, 0, 0)
    if (d->size == 0) return sp_raise(vm, SP_EXC_IndexError, "pop from an empty deque");
    return dq_pop_right(d);
}

static sp_value_t dq_popleft(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    DQ_METHOD(popleft, 0, 0)
    if (d->size == 0) return sp_raise(vm, SP_EXC_IndexError, "pop from an empty deque");
    return dq_pop_left(d);
}

static sp_value_t dq_extend(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    DQ_METHOD(extend, 1, 1)
    return dq_extend_side(vm, d, args[1], false) < 0 ? SP_NULL : SP_NONE;
}

static sp_value_t dq_extendleft(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    DQ_METHOD(extendleft, 1, 1)
    return dq_extend_side(vm, d, args[1], true) < 0 ? SP_NULL : SP_NONE;
}

static sp_value_t dq_clear_method(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    DQ_METHOD(clear, 0, 0)
    dq_clear(d);
    return SP_NONE;
}

static sp_value_t dq_copy_of(sp_vm_t *vm, sp_value_t self) {
    dq_deque_t *d = DQ(self);
    sp_type_t *type = SP_AS_OBJ(self)->type;
    if (type->flags & SP_TYPE_HEAPTYPE) {
        /* A subclass is rebuilt through its constructor, as CPython's deque_copy does. */
        sp_value_t list = dq_to_list(vm, d);
        if (list == SP_NULL) return SP_NULL;
        if (d->maxlen < 0) return sp_call1(vm, SP_OBJ(type), list);
        sp_value_t m = sp_int_from_i64(vm, d->maxlen);
        return m ? sp_call2(vm, SP_OBJ(type), list, m) : SP_NULL;
    }
    sp_value_t r = dq_alloc(vm, type, d->maxlen);
    if (r == SP_NULL) return SP_NULL;
    for (int64_t i = 0; i < d->size; i++)
        if (dq_push_right(vm, DQ(r), DQ_AT(d, i)) < 0) return SP_NULL;
    return r;
}

static sp_value_t dq_copy(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    DQ_METHOD(copy, 0, 0)
    (void)d;
    return dq_copy_of(vm, args[0]);
}

/* The first index in [start, stop) holding a value equal to v: -1 none, -2 error. */
static int64_t dq_find(sp_vm_t *vm, dq_deque_t *d, sp_value_t v, int64_t start, int64_t stop) {
    uint64_t state = d->state;
    for (int64_t i = start; i < stop && i < d->size; i++) {
        sp_value_t item = DQ_AT(d, i);
        int eq = item == v ? 1 : sp_equal(vm, item, v);
        if (eq < 0) return -2;
        if (d->state != state) {
            sp_raise(vm, SP_EXC_RuntimeError, "deque mutated during iteration");
            return -2;
        }
        if (eq) return i;
    }
    return -1;
}

static sp_value_t dq_count(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    DQ_METHOD(count, 1, 1)
    int64_t n = 0;
    uint64_t state = d->state;
    for (int64_t i = 0; i < d->size; i++) {
        sp_value_t item = DQ_AT(d, i);
        int eq = item == args[1] ? 1 : sp_equal(vm, item, args[1]);
        if (eq < 0) return SP_NULL;
        if (d->state != state) return sp_raise(vm, SP_EXC_RuntimeError, "deque mutated during iteration");
        n += eq;
    }
    return sp_int_from_i64(vm, n);
}

static sp_value_t dq_index(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    DQ_METHOD(index, 1, 3)
    int64_t start = 0, stop = d->size;
    if (nargs >= 3 && sp_seq_index_bound(vm, args[2], d->size, &start) < 0) return SP_NULL;
    if (nargs >= 4 && sp_seq_index_bound(vm, args[3], d->size, &stop) < 0) return SP_NULL;
    int64_t i = dq_find(vm, d, args[1], start, stop);
    if (i == -2) return SP_NULL;
    if (i < 0) {
        sp_value_t r = sp_repr(vm, args[1]);
        return r ? sp_raise(vm, SP_EXC_ValueError, "%s is not in deque", sp_str_cstr(r)) : SP_NULL;
    }
    return sp_int_from_i64(vm, i);
}

/* Removes item i by rotating the shorter side. */
static void dq_delete_at(dq_deque_t *d, int64_t i) {
    if (i < d->size / 2) {
        for (int64_t k = i; k > 0; k--) DQ_AT(d, k) = DQ_AT(d, k - 1);
        dq_pop_left(d);
    } else {
        for (int64_t k = i; k < d->size - 1; k++) DQ_AT(d, k) = DQ_AT(d, k + 1);
        dq_pop_right(d);
    }
}

static sp_value_t dq_remove(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    DQ_METHOD(remove, 1, 1)
    int64_t i = dq_find(vm, d, args[1], 0, d->size);
    if (i == -2) return SP_NULL;
    if (i < 0) {
        sp_value_t r = sp_repr(vm, args[1]);
        return r ? sp_raise(vm, SP_EXC_ValueError, "%s is not in deque", sp_str_cstr(r)) : SP_NULL;
    }
    dq_delete_at(d, i);
    return SP_NONE;
}

static sp_value_t dq_insert(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    DQ_METHOD(insert, 2, 2)
    int64_t i;
    if (sp_index(vm, args[1], &i) < 0) return SP_NULL;
    if (d->maxlen >= 0 && d->size >= d->maxlen) return sp_raise(vm, SP_EXC_IndexError, "deque already at its maximum size");
    if (i < 0) {
        i += d->size;
        if (i < 0) i = 0;
    }
    if (i > d->size) i = d->size;
    if (dq_push_right(vm, d, SP_NONE) < 0) return SP_NULL;
    for (int64_t k = d->size - 1; k > i; k--) DQ_AT(d, k) = DQ_AT(d, k - 1);
    DQ_AT(d, i) = args[2];
    return SP_NONE;
}

static sp_value_t dq_reverse(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    DQ_METHOD(reverse, 0, 0)
    for (int64_t i = 0, j = d->size - 1; i < j; i++, j--) {
        sp_value_t t = DQ_AT(d, i);
        DQ_AT(d, i) = DQ_AT(d, j);
        DQ_AT(d, j) = t;
    }
    d->state++;
    return SP_NONE;
}

static sp_value_t dq_rotate(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    DQ_METHOD(rotate, 0, 1)
    int64_t n = 1;
    if (nargs == 2) {
        if (sp_index(vm, args[1], &n) < 0) {
            if (sp_exc_matches(vm, SP_EXC_OverflowError)) {
                vm->exc = SP_NULL;
                sp_raise(vm, SP_EXC_OverflowError, "Python int too large to convert to C ssize_t");
            }
            return SP_NULL;
        }
    }
    if (d->size <= 1) return SP_NONE;
    n %= d->size;
    if (n < 0) n += d->size;
    if (n == 0) return SP_NONE;
    if (n > d->size / 2) {
        for (int64_t k = d->size - n; k > 0; k--) {
            sp_value_t v = dq_pop_left(d);
            dq_push_right(vm, d, v); /* cannot grow: one slot was just freed */
        }
    } else {
        for (int64_t k = n; k > 0; k--) {
            sp_value_t v = dq_pop_right(d);
            dq_push_left(vm, d, v);
        }
    }
    return SP_NONE;
}

static sp_value_t dq_iter_new(sp_vm_t *vm, sp_value_t self, bool reverse);

static sp_value_t dq_reversed(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    DQ_METHOD(__reversed__, 0, 0)
    (void)d;
    return dq_iter_new(vm, args[0], true);
}

static sp_value_t dq_reduce(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    DQ_METHOD(__reduce__, 0, 0)
    sp_value_t list = dq_to_list(vm, d);
    sp_value_t m = d->maxlen < 0 ? SP_NONE : sp_int_from_i64(vm, d->maxlen);
    sp_value_t inner = list && m ? sp_tuple_pack2(vm, list, m) : SP_NULL;
    return inner ? sp_tuple_pack2(vm, SP_OBJ(SP_AS_OBJ(args[0])->type), inner) : SP_NULL;
}

static const sp_method_def_t dq_methods[] = {
    {"__init__", dq_init},
    {"append", dq_append},
    {"appendleft", dq_appendleft},
    {"pop", dq_pop},
    {"popleft", dq_popleft},
    {"extend", dq_extend},
    {"extendleft", dq_extendleft},
    {"clear", dq_clear_method},
    {"copy", dq_copy},
    {"__copy__", dq_copy},
    {"count", dq_count},
    {"index", dq_index},
    {"insert", dq_insert},
    {"remove", dq_remove},
    {"reverse", dq_reverse},
    {"rotate", dq_rotate},
    {"__reversed__", dq_reversed},
    {"__reduce__", dq_reduce},
    {NULL, NULL},
};

/* ---- Slots -------------------------------------------------------------------------------------- */

static sp_value_t dq_repr(sp_vm_t *vm, sp_value_t self) {
    dq_deque_t *d = DQ(self);
    const char *name = SP_AS_OBJ(self)->type->name;
    int entered = sp_repr_enter(vm, self);
    if (entered < 0) return SP_NULL;
    if (entered == 1) return sp_str_from_cstr(vm, "[...]");
    sp_value_t list = dq_to_list(vm, d);
    sp_value_t body = list ? sp_repr(vm, list) : SP_NULL;
    sp_repr_leave(vm, self);
    if (body == SP_NULL) return SP_NULL;
    if (d->maxlen < 0) return sp_str_format(vm, "%s(%s)", name, sp_str_cstr(body));
    return sp_str_format(vm, "%s(%s, maxlen=%lld)", name, sp_str_cstr(body), (long long)d->maxlen);
}

static int64_t dq_len(sp_vm_t *vm, sp_value_t self) {
    (void)vm;
    return DQ(self)->size;
}

/* Resolves an item index; -1 with CPython's TypeError/IndexError. */
static int dq_index_of(sp_vm_t *vm, dq_deque_t *d, sp_value_t key, int64_t *out) {
    if (!sp_is_int(key) && !sp_is_bool(key)) {
        int64_t i;
        if (sp_index(vm, key, &i) < 0) {
            if (sp_exc_matches(vm, SP_EXC_TypeError)) {
                vm->exc = SP_NULL;
                sp_raise(vm, SP_EXC_TypeError, "sequence index must be integer, not '%s'", sp_type_name(vm, key));
            } else if (sp_exc_matches(vm, SP_EXC_OverflowError)) {
                vm->exc = SP_NULL;
                sp_raise(vm, SP_EXC_IndexError, "cannot fit '%s' into an index-sized integer", sp_type_name(vm, key));
            }
            return -1;
        }
    }
    return sp_seq_index(vm, key, d->size, "deque", "deque index out of range", out);
}

static sp_value_t dq_getitem(sp_vm_t *vm, sp_value_t self, sp_value_t key) {
    dq_deque_t *d = DQ(self);
    int64_t i;
    if (dq_index_of(vm, d, key, &i) < 0) return SP_NULL;
    return DQ_AT(d, i);
}

static int dq_setitem(sp_vm_t *vm, sp_value_t self, sp_value_t key, sp_value_t value) {
    dq_deque_t *d = DQ(self);
    int64_t i;
    if (dq_index_of(vm, d, key, &i) < 0) return -1;
    if (value == SP_NULL) dq_delete_at(d, i);
    else DQ_AT(d, i) = value;
    return 0;
}

static int dq_contains(sp_vm_t *vm, sp_value_t self, sp_value_t item) {
    int64_t i = dq_find(vm, DQ(self), item, 0, DQ(self)->size);
    return i == -2 ? -1 : i >= 0;
}

static sp_value_t dq_iter(sp_vm_t *vm, sp_value_t self) { return dq_iter_new(vm, self, false); }

static sp_value_t dq_richcompare(sp_vm_t *vm, sp_value_t a, sp_value_t b, sp_cmp_t op) {
    if (!dq_is_deque(a) || !dq_is_deque(b)) return SP_NOTIMPLEMENTED;
    sp_value_t la = dq_to_list(vm, DQ(a)), lb = dq_to_list(vm, DQ(b));
    if (la == SP_NULL || lb == SP_NULL) return SP_NULL;
    return sp_seq_compare(vm, la, lb, op);
}

static sp_value_t dq_binop(sp_vm_t *vm, sp_binop_t op, sp_value_t a, sp_value_t b) {
    bool inplace = (op & SP_BINOP_INPLACE) != 0;
    sp_binop_t base = (sp_binop_t)(op & ~SP_BINOP_INPLACE);
    if (base == SP_BINOP_ADD) {
        if (!dq_is_deque(a)) return SP_NOTIMPLEMENTED;
        if (inplace) return dq_extend_side(vm, DQ(a), b, false) < 0 ? SP_NULL : a;
        if (!dq_is_deque(b))
            return sp_raise(vm, SP_EXC_TypeError, "can only concatenate deque (not \"%s\") to deque", sp_type_name(vm, b));
        sp_value_t r = dq_copy_of(vm, a);
        if (r == SP_NULL) return SP_NULL;
        return dq_extend_side(vm, DQ(r), b, false) < 0 ? SP_NULL : r;
    }
    if (base == SP_BINOP_MUL) {
        sp_value_t self = dq_is_deque(a) ? a : b, count = dq_is_deque(a) ? b : a;
        if (!dq_is_deque(self) || (inplace && self != a)) return SP_NOTIMPLEMENTED;
        if (!sp_is_int(count) && !sp_is_bool(count)) {
            int64_t dummy;
            if (sp_index(vm, count, &dummy) < 0) {
                vm->exc = SP_NULL;
                if (self != a) return SP_NOTIMPLEMENTED;
                return sp_raise(vm, SP_EXC_TypeError, "can't multiply sequence by non-int of type '%s'",
                                sp_type_name(vm, count));
            }
        }
        int64_t n;
        if (sp_seq_repeat_count(vm, count, &n) < 0) return SP_NULL;
        dq_deque_t *d = DQ(self);
        sp_value_t src = dq_to_list(vm, d);
        if (src == SP_NULL) return SP_NULL;
        sp_value_t r = inplace ? self : dq_copy_of(vm, self);
        if (r == SP_NULL) return SP_NULL;
        dq_deque_t *out = DQ(r);
        if (n <= 0 || SP_AS_LIST(src)->size == 0) {
            dq_clear(out);
            return r;
        }
        int64_t len = SP_AS_LIST(src)->size;
        /* With a maxlen only the last maxlen items of the repetition survive. */
        int64_t total = len > DQ_MAX_ITEMS / n ? DQ_MAX_ITEMS + 1 : len * n;
        if (out->maxlen < 0 && total > DQ_MAX_ITEMS) return sp_raise_nomem(vm);
        int64_t keep = out->maxlen >= 0 && out->maxlen < total ? out->maxlen : total;
        dq_clear(out);
        for (int64_t k = total - keep; k < total; k++)
            if (dq_push_right(vm, out, SP_AS_LIST(src)->items[k % len]) < 0) return SP_NULL;
        return r;
    }
    return SP_NOTIMPLEMENTED;
}

static sp_value_t dq_getattr(sp_vm_t *vm, sp_value_t self, sp_value_t name) {
    if (!strcmp(sp_str_cstr(name), "maxlen")) {
        int64_t m = DQ(self)->maxlen;
        return m < 0 ? SP_NONE : sp_int_from_i64(vm, m);
    }
    return sp_generic_getattr(vm, self, name);
}

/* ---- Iterator ----------------------------------------------------------------------------------- */

static sp_type_t *dq_iter_type(sp_vm_t *vm) {
    sp_value_t module = sp_dict_get_cstr(vm, vm->modules, "_collections");
    if (module == SP_NULL || !sp_is_kind(module, SP_K_MODULE)) return NULL;
    sp_value_t t = sp_dict_get_cstr(vm, SP_AS_MODULE(module)->dict, "_deque_iterator");
    return t != SP_NULL && sp_is_type(t) ? SP_AS_TYPE(t) : NULL;
}

static sp_value_t dq_iter_new(sp_vm_t *vm, sp_value_t self, bool reverse) {
    sp_type_t *type = dq_iter_type(vm);
    if (type == NULL) return sp_raise(vm, SP_EXC_RuntimeError, "_collections module is not initialised");
    dq_iter_t *it = (dq_iter_t *)sp_new_object(vm, type, sizeof(dq_iter_t));
    if (it == NULL) return SP_NULL;
    it->deque = self;
    it->state = DQ(self)->state;
    it->reverse = reverse;
    return SP_OBJ(it);
}

static sp_value_t dq_iter_next(sp_vm_t *vm, sp_value_t self) {
    dq_iter_t *it = SP_PTR(dq_iter_t, self);
    if (it->deque == SP_NULL) return SP_NULL;
    dq_deque_t *d = DQ(it->deque);
    if (d->state != it->state) {
        it->deque = SP_NULL;
        return sp_raise(vm, SP_EXC_RuntimeError, "deque mutated during iteration");
    }
    if (it->index >= d->size) {
        it->deque = SP_NULL;
        return SP_NULL;
    }
    int64_t i = it->reverse ? d->size - 1 - it->index : it->index;
    it->index++;
    return DQ_AT(d, i);
}

static sp_value_t dq_iter_self(sp_vm_t *vm, sp_value_t self) {
    (void)vm;
    return self;
}

sp_value_t collections_module_init(sp_vm_t *vm) {
    sp_value_t module = sp_module_new(vm, sp_str_intern_cstr(vm, "_collections"));
    if (module == SP_NULL) return SP_NULL;
    sp_type_t *type = type_new_builtin(vm, SP_K_OBJECT, dq_type_name, vm->types[SP_K_OBJECT]);
    sp_type_t *iter_type = type_new_builtin(vm, SP_K_OBJECT, dq_iter_type_name, vm->types[SP_K_OBJECT]);
    if (type == NULL || iter_type == NULL) return SP_NULL;
    type->flags |= SP_TYPE_BASETYPE;
    type->basicsize = sizeof(dq_deque_t);
    type->construct = dq_construct;
    type->repr = dq_repr;
    type->len = dq_len;
    type->getitem = dq_getitem;
    type->setitem = dq_setitem;
    type->contains = dq_contains;
    type->iter = dq_iter;
    type->richcompare = dq_richcompare;
    type->binop = dq_binop;
    type->getattr = dq_getattr;
    type->hash = NULL;
    type_add_methods(vm, type, dq_methods);
    slots_add_wrappers(vm, type);
    sp_dict_set_cstr(vm, type->dict, "__module__", sp_str_from_cstr(vm, "collections"));
    iter_type->construct = NULL;
    iter_type->iter = dq_iter_self;
    iter_type->next = dq_iter_next;
    slots_add_wrappers(vm, iter_type);
    sp_value_t dict = SP_AS_MODULE(module)->dict;
    sp_dict_set_cstr(vm, dict, "deque", SP_OBJ(type));
    sp_dict_set_cstr(vm, dict, "_deque_iterator", SP_OBJ(iter_type));
    return module;
}
