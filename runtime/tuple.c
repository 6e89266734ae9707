/* tuple.c: the immutable tuple type — items inline after the header, a cached hash.
 * Shares the lexicographic comparison and index helpers with list.c. */
#include "runtime/runtime.h"
#include "runtime/class.h"

/* The largest tuple whose allocation size cannot overflow size_t arithmetic. */
#define TUPLE_MAX_SIZE ((int64_t)((SIZE_MAX - sizeof(sp_tuple_t)) / sizeof(sp_value_t) / 2))

/* An uninitialised (zeroed) tuple of `size` items; callers fill every item. */
static sp_tuple_t *tuple_alloc(sp_vm_t *vm, int64_t size) {
    if (size < 0 || size > TUPLE_MAX_SIZE) {
        sp_raise_nomem(vm);
        return NULL;
    }
    sp_tuple_t *tuple = (sp_tuple_t *)sp_new_object(vm, vm->types[SP_K_TUPLE],
                                                    sizeof(sp_tuple_t) + (size_t)size * sizeof(sp_value_t));
    if (!tuple) return NULL;
    tuple->size = size;
    tuple->hash = -1;
    return tuple;
}

sp_value_t sp_tuple_new(sp_vm_t *vm, int64_t size) {
    if (size == 0 && vm->empty_tuple) return vm->empty_tuple;
    sp_tuple_t *tuple = tuple_alloc(vm, size);
    if (!tuple) return SP_NULL;
    for (int64_t i = 0; i < size; i++) tuple->items[i] = SP_NONE;
    return SP_OBJ(tuple);
}

sp_value_t sp_tuple_from_array(sp_vm_t *vm, const sp_value_t *items, int64_t n) {
    if (n == 0 && vm->empty_tuple) return vm->empty_tuple;
    sp_tuple_t *tuple = tuple_alloc(vm, n);
    if (!tuple) return SP_NULL;
    for (int64_t i = 0; i < n; i++) tuple->items[i] = items[i];
    return SP_OBJ(tuple);
}

sp_value_t sp_tuple_pack2(sp_vm_t *vm, sp_value_t a, sp_value_t b) {
    sp_tuple_t *tuple = tuple_alloc(vm, 2);
    if (!tuple) return SP_NULL;
    tuple->items[0] = a;
    tuple->items[1] = b;
    return SP_OBJ(tuple);
}

/* sp_tuple_from_iterable lives in runtime/ops.c (as runtime.h declares). */

/* CPython's tuple hash (an xxHash-style accumulation of the items' hashes), so equal tuples
 * hash equal whatever the exact types of their numeric items. */
#define TUPLE_PRIME_1 UINT64_C(11400714785074694791)
#define TUPLE_PRIME_2 UINT64_C(14029467366897019727)
#define TUPLE_PRIME_5 UINT64_C(2870177450012600261)

static int tuple_hash(sp_vm_t *vm, sp_value_t self, int64_t *out) {
    sp_tuple_t *tuple = SP_AS_TUPLE(self);
    if (tuple->hash != -1) {
        *out = tuple->hash;
        return 0;
    }
    uint64_t acc = TUPLE_PRIME_5;
    /* Deeply nested tuples recurse in C: RecursionError instead of a stack overflow. */
    if (sp_enter_c(vm, "") < 0) return -1;
    for (int64_t i = 0; i < tuple->size; i++) {
        int64_t lane;
        int r = sp_hash(vm, tuple->items[i], &lane);
        if (r < 0) {
            sp_leave_c(vm);
            return -1;
        }
        acc += (uint64_t)lane * TUPLE_PRIME_2;
        acc = (acc << 31) | (acc >> 33);
        acc *= TUPLE_PRIME_1;
    }
    sp_leave_c(vm);
    acc += (uint64_t)tuple->size ^ (TUPLE_PRIME_5 ^ UINT64_C(3527539));
    if (acc == UINT64_MAX) acc = 1546275796;
    tuple->hash = (int64_t)acc;
    *out = tuple->hash;
    return 0;
}

static sp_value_t tuple_richcompare(sp_vm_t *vm, sp_value_t a, sp_value_t b, sp_cmp_t op) {
    if (!sp_is_tuple(a) || !sp_is_tuple(b)) return SP_NOTIMPLEMENTED;
    return sp_seq_compare(vm, a, b, op);
}

static sp_value_t tuple_repeat(sp_vm_t *vm, sp_value_t self, sp_value_t n) {
    int64_t count;
    if (sp_seq_repeat_count(vm, n, &count) < 0) return SP_NULL;
    sp_tuple_t *tuple = SP_AS_TUPLE(self);
    if (count == 1 && SP_AS_OBJ(self)->type == vm->types[SP_K_TUPLE]) return self;
    if (tuple->size == 0 || count == 0) return sp_tuple_new(vm, 0);
    if (count > TUPLE_MAX_SIZE / tuple->size) return sp_raise_nomem(vm);
    sp_tuple_t *result = tuple_alloc(vm, tuple->size * count);
    if (!result) return SP_NULL;
    for (int64_t i = 0; i < count; i++)
        for (int64_t j = 0; j < tuple->size; j++) result->items[i * tuple->size + j] = tuple->items[j];
    return SP_OBJ(result);
}

static sp_value_t tuple_concat(sp_vm_t *vm, sp_value_t a, sp_value_t b) {
    if (!sp_is_tuple(b))
        return sp_raise(vm, SP_EXC_TypeError, "can only concatenate tuple (not \"%s\") to tuple",
                        sp_type_name(vm, b));
    sp_tuple_t *ta = SP_AS_TUPLE(a), *tb = SP_AS_TUPLE(b);
    sp_tuple_t *result = tuple_alloc(vm, ta->size + tb->size);
    if (!result) return SP_NULL;
    for (int64_t i = 0; i < ta->size; i++) result->items[i] = ta->items[i];
    for (int64_t i = 0; i < tb->size; i++) result->items[ta->size + i] = tb->items[i];
    return SP_OBJ(result);
}

/* Types created by class statements may define the reflected operator themselves. */
static bool tuple_defer_to(sp_vm_t *vm, sp_value_t other) {
    return (sp_typeof(vm, other)->flags & SP_TYPE_HEAPTYPE) != 0;
}

static sp_value_t tuple_binop(sp_vm_t *vm, sp_binop_t op, sp_value_t a, sp_value_t b) {
    op &= ~SP_BINOP_INPLACE; /* tuples are immutable: a += b is a = a + b */
    if (op == SP_BINOP_ADD && sp_is_tuple(a)) {
        if (!sp_is_tuple(b) && tuple_defer_to(vm, b)) return SP_NOTIMPLEMENTED;
        return tuple_concat(vm, a, b);
    }
    if (op == SP_BINOP_MUL) {
        sp_value_t seq = sp_is_tuple(a) ? a : b, n = sp_is_tuple(a) ? b : a;
        if (tuple_defer_to(vm, n)) return SP_NOTIMPLEMENTED;
        return tuple_repeat(vm, seq, n);
    }
    return SP_NOTIMPLEMENTED;
}

static int64_t tuple_len(sp_vm_t *vm, sp_value_t self) { return SP_AS_TUPLE(self)->size; }

static sp_value_t tuple_getitem(sp_vm_t *vm, sp_value_t self, sp_value_t key) {
    sp_tuple_t *tuple = SP_AS_TUPLE(self);
    if (sp_is_kind(key, SP_K_SLICE)) {
        int64_t start, stop, step;
        int64_t count = sp_slice_indices(vm, key, tuple->size, &start, &stop, &step);
        if (count < 0) return SP_NULL;
        if (count == tuple->size && step == 1 && SP_AS_OBJ(self)->type == vm->types[SP_K_TUPLE]) return self;
        sp_tuple_t *result = tuple_alloc(vm, count);
        if (!result) return SP_NULL;
        for (int64_t i = 0; i < count; i++) result->items[i] = tuple->items[start + i * step];
        return count ? SP_OBJ(result) : sp_tuple_new(vm, 0);
    }
    int64_t i;
    if (sp_seq_index(vm, key, tuple->size, "tuple", "tuple index out of range", &i) < 0) return SP_NULL;
    return tuple->items[i];
}

static int tuple_contains(sp_vm_t *vm, sp_value_t self, sp_value_t item) {
    sp_tuple_t *tuple = SP_AS_TUPLE(self);
    for (int64_t i = 0; i < tuple->size; i++) {
        int eq = sp_equal(vm, tuple->items[i], item);
        if (eq) return eq;
    }
    return 0;
}

static sp_value_t tuple_iter(sp_vm_t *vm, sp_value_t self) {
    return sp_iterator_new(vm, vm->iter_types[SP_ITER_TUPLE], self, SP_NULL, 0, 0);
}

static sp_value_t tuple_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,
                                  sp_value_t kwnames) {
    if (kwnames && SP_AS_TUPLE(kwnames)->size > 0)
        return sp_raise(vm, SP_EXC_TypeError, "tuple() takes no keyword arguments");
    if (nargs > 1) return sp_raise(vm, SP_EXC_TypeError, "tuple expected at most 1 argument, got %d", nargs);
    if (nargs == 0) return sp_tuple_new(vm, 0);
    return sp_tuple_from_iterable(vm, args[0]);
}

static sp_value_t tuple_m_count(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "tuple.count", nargs - 1, kwnames, 1, 1) < 0) return SP_NULL;
    sp_tuple_t *tuple = SP_AS_TUPLE(args[0]);
    int64_t count = 0;
    for (int64_t i = 0; i < tuple->size; i++) {
        int eq = sp_equal(vm, tuple->items[i], args[1]);
        if (eq < 0) return SP_NULL;
        count += eq;
    }
    return sp_int_from_i64(vm, count);
}

static sp_value_t tuple_m_index(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "tuple.index", nargs - 1, kwnames, 1, 3) < 0) return SP_NULL;
    sp_tuple_t *tuple = SP_AS_TUPLE(args[0]);
    int64_t start = 0, stop = tuple->size;
    if (sp_seq_index_bound(vm, nargs > 2 ? args[2] : SP_NULL, tuple->size, &start) < 0) return SP_NULL;
    if (sp_seq_index_bound(vm, nargs > 3 ? args[3] : SP_NULL, tuple->size, &stop) < 0) return SP_NULL;
    for (int64_t i = start; i < stop && i < tuple->size; i++) {
        int eq = sp_equal(vm, tuple->items[i], args[1]);
        if (eq < 0) return SP_NULL;
        if (eq) return sp_int_from_i64(vm, i);
    }
    return sp_raise(vm, SP_EXC_ValueError, "tuple.index(x): x not in tuple");
}

static const sp_method_def_t tuple_methods[] = {
    {"count", tuple_m_count},
    {"index", tuple_m_index},
    {NULL, NULL},
};

void tuple_init(sp_vm_t *vm) {
    sp_type_t *type = vm->types[SP_K_TUPLE];
    type->repr = sp_seq_repr;
    type->hash = tuple_hash;
    type->richcompare = tuple_richcompare;
    type->binop = tuple_binop;
    type->len = tuple_len;
    type->getitem = tuple_getitem;
    type->contains = tuple_contains;
    type->iter = tuple_iter;
    type->construct = tuple_construct;
    type_add_methods(vm, type, tuple_methods);
    sp_tuple_t *empty = tuple_alloc(vm, 0);
    if (empty) vm->empty_tuple = SP_OBJ(empty);
}
