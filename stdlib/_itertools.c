/* _itertools.c: the hot iterator tools of itertools in C (count, repeat, cycle, chain, islice,
 * zip_longest, product, the combinatorics, accumulate, starmap, compress, the while/filter tools,
 * pairwise) with CPython 3.11's order, reprs and errors; stdlib/lib/itertools.py re-exports them
 * and keeps groupby and tee in Python. Iterating never enters the VM except to run user code. */
#include <stdint.h>
#include <string.h>

#include "runtime/class.h"
#include "runtime/runtime.h"
#include "runtime/slots.h"
#include "stdlib/modules.h"

/* The most items a combinatoric result tuple (or product's index array) may have: beyond it
 * construction raises MemoryError instead of trying to allocate gigabytes. */
#define IT_MAX_WIDTH ((int64_t)1 << 27)
#define IT_MAXSIZE INT64_MAX

static const char it_islice_stop_msg[] =
    "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
static const char it_islice_indices_msg[] =
    "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

/* ---- Shared helpers ----------------------------------------------------------------------------- */

static int it_nkw(sp_value_t kwnames) {
    return kwnames != SP_NULL ? (int)SP_AS_TUPLE(kwnames)->size : 0;
}

/* Positional-only arguments as CPython's _PyArg_CheckPositional words them ("cycle expected 1
 * argument, got 0"), after refusing keywords ("cycle() takes no keyword arguments"). */
static int it_check_pos(sp_vm_t *vm, const char *name, int nargs, sp_value_t kwnames, int min, int max) {
    if (it_nkw(kwnames) > 0)
        return sp_raise(vm, SP_EXC_TypeError, "%s() takes no keyword arguments", name), -1;
    if (nargs >= min && nargs <= max) return 0;
    if (min == max)
        sp_raise(vm, SP_EXC_TypeError, "%s expected %d argument%s, got %d", name, min, min == 1 ? "" : "s",
                 nargs);
    else if (nargs < min)
        sp_raise(vm, SP_EXC_TypeError, "%s expected at least %d argument%s, got %d", name, min,
                 min == 1 ? "" : "s", nargs);
    else
        sp_raise(vm, SP_EXC_TypeError, "%s expected at most %d argument%s, got %d", name, max,
                 max == 1 ? "" : "s", nargs);
    return -1;
}

/* An index argument that must fit a C Py_ssize_t (CPython's "n" conversion). */
static int it_ssize(sp_vm_t *vm, sp_value_t v, int64_t *out) {
    if (sp_index(vm, v, out) == 0) return 0;
    if (sp_exc_matches(vm, SP_EXC_OverflowError)) {
        vm->exc = SP_NULL;
        sp_raise(vm, SP_EXC_OverflowError, "Python int too large to convert to C ssize_t");
    }
    return -1;
}

/* A new instance of an itertools type or of a subclass (whose basicsize is inherited). */
static sp_value_t it_new(sp_vm_t *vm, sp_type_t *type) {
    sp_type_t *base = type;
    while (base->basicsize == 0 && base->base != NULL) base = base->base;
    sp_object_t *obj = sp_new_object(vm, type, base->basicsize);
    return obj ? SP_OBJ(obj) : SP_NULL;
}

/* A tuple of pool[indices[0..r-1]]. */
static sp_value_t it_pick(sp_vm_t *vm, sp_value_t pool, const int64_t *indices, int64_t r) {
    sp_value_t t = sp_tuple_new(vm, r);
    if (t == SP_NULL) return SP_NULL;
    sp_value_t *src = SP_AS_TUPLE(pool)->items, *dst = SP_AS_TUPLE(t)->items;
    for (int64_t i = 0; i < r; i++) dst[i] = src[indices[i]];
    return t;
}

static int64_t *it_indices(sp_vm_t *vm, int64_t n) {
    if (n > IT_MAX_WIDTH) return sp_raise_nomem(vm), NULL;
    return sp_alloc_atomic(vm, (size_t)(n > 0 ? n : 1) * sizeof(int64_t));
}

static sp_value_t it_self(sp_vm_t *vm, sp_value_t self) {
    (void)vm;
    return self;
}

/* ---- count -------------------------------------------------------------------------------------- */

typedef struct it_count {
    sp_object_t hdr;
    sp_value_t cnt, step;
} it_count_t;

/* PyNumber_Check: ints, floats, complex, or a type with __index__/__int__/__float__/__complex__. */
static bool it_is_number(sp_vm_t *vm, sp_value_t v) {
    if (sp_is_int(v) || sp_is_bool(v) || sp_is_float(v)) return true;
    sp_type_t *t = sp_typeof(vm, v);
    if (t->kind == SP_K_INT || t->kind == SP_K_FLOAT || t->kind == SP_K_COMPLEX) return true;
    static const char *const names[] = {"__index__", "__int__", "__float__", "__complex__"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (type_lookup(vm, t, sp_str_intern_cstr(vm, names[i])) != SP_NULL) return true;
    return false;
}

static sp_value_t count_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,
                                  sp_value_t kwnames) {
    sp_value_t p[2];
    if (sp_parse_args(vm, "count", "start=, step=", args, nargs, kwnames, p) < 0) return SP_NULL;
    sp_value_t start = p[0] ? p[0] : sp_smallint(0), step = p[1] ? p[1] : sp_smallint(1);
    if (!it_is_number(vm, start) || !it_is_number(vm, step))
        return sp_raise(vm, SP_EXC_TypeError, "a number is required");
    sp_value_t self = it_new(vm, type);
    if (self == SP_NULL) return SP_NULL;
    SP_PTR(it_count_t, self)->cnt = start;
    SP_PTR(it_count_t, self)->step = step;
    return self;
}

static sp_value_t count_next(sp_vm_t *vm, sp_value_t self) {
    it_count_t *c = SP_PTR(it_count_t, self);
    sp_value_t cnt = c->cnt, next;
    if (sp_is_smallint(cnt) && sp_is_smallint(c->step)) /* 48-bit operands: no int64 overflow */
        next = sp_int_from_i64(vm, sp_smallint_value(cnt) + sp_smallint_value(c->step));
    else
        next = sp_binary_op(vm, SP_BINOP_ADD, cnt, c->step);
    if (next == SP_NULL) return SP_NULL;
    c->cnt = next;
    return cnt;
}

static sp_value_t count_repr(sp_vm_t *vm, sp_value_t self) {
    it_count_t *c = SP_PTR(it_count_t, self);
    sp_value_t a = sp_repr(vm, c->cnt);
    if (a == SP_NULL) return SP_NULL;
    const char *name = SP_AS_OBJ(self)->type->name;
    if (c->step == sp_smallint(1)) return sp_str_format(vm, "%s(%s)", name, sp_str_cstr(a));
    sp_value_t b = sp_repr(vm, c->step);
    if (b == SP_NULL) return SP_NULL;
    return sp_str_format(vm, "%s(%s, %s)", name, sp_str_cstr(a), sp_str_cstr(b));
}

/* count.__reduce__: (type, (cnt,)) or (type, (cnt, step)), for copy and pickle. */
static sp_value_t count_reduce(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "count.__reduce__", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    it_count_t *c = SP_PTR(it_count_t, args[0]);
    /* CPython's fast mode (an int count within ssize_t, step 1) reduces to the count alone. */
    int64_t dummy;
    bool fast = c->step == sp_smallint(1) && sp_is_int(c->cnt) && sp_index(vm, c->cnt, &dummy) == 0;
    vm->exc = SP_NULL;
    sp_value_t state = fast ? sp_tuple_from_array(vm, &c->cnt, 1) : sp_tuple_pack2(vm, c->cnt, c->step);
    return state ? sp_tuple_pack2(vm, SP_OBJ(SP_AS_OBJ(args[0])->type), state) : SP_NULL;
}

static const sp_method_def_t count_methods[] = {{"__reduce__", count_reduce}, {NULL, NULL}};

/* ---- repeat ------------------------------------------------------------------------------------- */

typedef struct it_repeat {
    sp_object_t hdr;
    sp_value_t obj;
    int64_t cnt; /* -1: forever */
} it_repeat_t;

static sp_value_t repeat_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,
                                   sp_value_t kwnames) {
    sp_value_t p[2];
    if (sp_parse_args(vm, "repeat", "object, times=", args, nargs, kwnames, p) < 0) return SP_NULL;
    int64_t cnt = -1;
    if (p[1] != SP_NULL) {
        if (it_ssize(vm, p[1], &cnt) < 0) return SP_NULL;
        if (cnt < 0) cnt = 0;
    }
    sp_value_t self = it_new(vm, type);
    if (self == SP_NULL) return SP_NULL;
    SP_PTR(it_repeat_t, self)->obj = p[0];
    SP_PTR(it_repeat_t, self)->cnt = cnt;
    return self;
}

static sp_value_t repeat_next(sp_vm_t *vm, sp_value_t self) {
    (void)vm;
    it_repeat_t *r = SP_PTR(it_repeat_t, self);
    if (r->cnt == 0) return SP_NULL;
    if (r->cnt > 0) r->cnt--;
    return r->obj;
}

static sp_value_t repeat_repr(sp_vm_t *vm, sp_value_t self) {
    it_repeat_t *r = SP_PTR(it_repeat_t, self);
    sp_value_t a = sp_repr(vm, r->obj);
    if (a == SP_NULL) return SP_NULL;
    const char *name = SP_AS_OBJ(self)->type->name;
    if (r->cnt < 0) return sp_str_format(vm, "%s(%s)", name, sp_str_cstr(a));
    return sp_str_format(vm, "%s(%s, %lld)", name, sp_str_cstr(a), (long long)r->cnt);
}

static sp_value_t repeat_length_hint(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "repeat.__length_hint__", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    it_repeat_t *r = SP_PTR(it_repeat_t, args[0]);
    if (r->cnt < 0) return sp_raise(vm, SP_EXC_TypeError, "len() of unsized object");
    return sp_int_from_i64(vm, r->cnt);
}

/* repeat.__reduce__: (type, (obj,)) or (type, (obj, times left)). */
static sp_value_t repeat_reduce(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "repeat.__reduce__", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    it_repeat_t *r = SP_PTR(it_repeat_t, args[0]);
    sp_value_t cnt = r->cnt >= 0 ? sp_int_from_i64(vm, r->cnt) : SP_NULL;
    sp_value_t state = r->cnt < 0 ? sp_tuple_from_array(vm, &r->obj, 1)
                       : cnt      ? sp_tuple_pack2(vm, r->obj, cnt)
                                  : SP_NULL;
    return state ? sp_tuple_pack2(vm, SP_OBJ(SP_AS_OBJ(args[0])->type), state) : SP_NULL;
}

static const sp_method_def_t repeat_methods[] = {
    {"__length_hint__", repeat_length_hint}, {"__reduce__", repeat_reduce}, {NULL, NULL}};

/* ---- cycle -------------------------------------------------------------------------------------- */

typedef struct it_cycle {
    sp_object_t hdr;
    sp_value_t it; /* the source while the first pass runs; SP_NULL after */
    sp_value_t *saved;
    int64_t size, capacity, index;
} it_cycle_t;

static sp_value_t cycle_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,
                                  sp_value_t kwnames) {
    if (it_check_pos(vm, "cycle", nargs, kwnames, 1, 1) < 0) return SP_NULL;
    sp_value_t it = sp_iter(vm, args[0]);
    sp_value_t self = it ? it_new(vm, type) : SP_NULL;
    if (self == SP_NULL) return SP_NULL;
    SP_PTR(it_cycle_t, self)->it = it;
    return self;
}

static sp_value_t cycle_next(sp_vm_t *vm, sp_value_t self) {
    it_cycle_t *c = SP_PTR(it_cycle_t, self);
    if (c->it != SP_NULL) {
        sp_value_t v = sp_next(vm, c->it);
        if (v != SP_NULL) {
            if (c->size == c->capacity) {
                int64_t cap = c->capacity ? c->capacity * 2 : 8;
                sp_value_t *saved = c->saved ? sp_realloc(vm, c->saved, (size_t)cap * sizeof(sp_value_t))
                                             : sp_alloc(vm, (size_t)cap * sizeof(sp_value_t));
                if (saved == NULL) return SP_NULL;
                c->saved = saved;
                c->capacity = cap;
            }
            c->saved[c->size++] = v;
            return v;
        }
        if (vm->exc) return SP_NULL;
        c->it = SP_NULL;
    }
    if (c->size == 0) return SP_NULL;
    sp_value_t v = c->saved[c->index];
    c->index = c->index + 1 == c->size ? 0 : c->index + 1;
    return v;
}

/* ---- chain -------------------------------------------------------------------------------------- */

typedef struct it_chain {
    sp_object_t hdr;
    sp_value_t source; /* iterator over the iterables; SP_NULL when exhausted */
    sp_value_t active; /* iterator over the current iterable, or SP_NULL */
} it_chain_t;

static sp_value_t chain_make(sp_vm_t *vm, sp_type_t *type, sp_value_t iterables) {
    sp_value_t source = sp_iter(vm, iterables);
    sp_value_t self = source ? it_new(vm, type) : SP_NULL;
    if (self == SP_NULL) return SP_NULL;
    SP_PTR(it_chain_t, self)->source = source;
    return self;
}

static sp_value_t chain_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,
                                  sp_value_t kwnames) {
    if (it_nkw(kwnames) > 0) return sp_raise(vm, SP_EXC_TypeError, "chain() takes no keyword arguments");
    sp_value_t tuple = sp_tuple_from_array(vm, args, nargs);
    return tuple ? chain_make(vm, type, tuple) : SP_NULL;
}

/* chain.from_iterable(iterable), a classmethod: args[0] is the class. */
static sp_value_t chain_from_iterable(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "chain.from_iterable", nargs - 1, kwnames, 1, 1) < 0) return SP_NULL;
    /* args[0] is chain or a subclass: heap types get their attribute word from sp_new_object. */
    return chain_make(vm, SP_AS_TYPE(args[0]), args[1]);
}

/* chain[X] is chain (there is no GenericAlias). */
static sp_value_t chain_class_getitem(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "chain.__class_getitem__", nargs - 1, kwnames, 1, 1) < 0) return SP_NULL;
    return args[0];
}

static sp_value_t chain_next(sp_vm_t *vm, sp_value_t self) {
    it_chain_t *c = SP_PTR(it_chain_t, self);
    for (;;) {
        if (c->active != SP_NULL) {
            sp_value_t v = sp_next(vm, c->active);
            if (v != SP_NULL || vm->exc) return v;
            c->active = SP_NULL;
        }
        if (c->source == SP_NULL) return SP_NULL;
        sp_value_t iterable = sp_next(vm, c->source);
        if (iterable == SP_NULL) {
            if (vm->exc) return SP_NULL;
            c->source = SP_NULL;
            return SP_NULL;
        }
        if ((c->active = sp_iter(vm, iterable)) == SP_NULL) return SP_NULL;
    }
}

/* ---- islice ------------------------------------------------------------------------------------- */

typedef struct it_islice {
    sp_object_t hdr;
    sp_value_t it; /* SP_NULL once exhausted */
    int64_t next;  /* index of the next item to yield */
    int64_t stop;  /* -1: no stop */
    int64_t step;
    int64_t cnt; /* items consumed so far */
} it_islice_t;

/* An islice bound: None → dflt; an int in [0, sys.maxsize] → itself; anything else → -1 (and a
 * negative int → itself, which the caller refuses). */
static int64_t islice_bound(sp_vm_t *vm, sp_value_t v, int64_t dflt) {
    if (v == SP_NONE) return dflt;
    int64_t i;
    if (sp_index(vm, v, &i) < 0) {
        vm->exc = SP_NULL;
        return -1;
    }
    return i;
}

static sp_value_t islice_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,
                                   sp_value_t kwnames) {
    if (it_check_pos(vm, "islice", nargs, kwnames, 2, 4) < 0) return SP_NULL;
    int64_t start = 0, stop = -1, step = 1;
    if (nargs == 2) {
        stop = islice_bound(vm, args[1], -1);
        if (stop < -1 || (stop == -1 && args[1] != SP_NONE))
            return sp_raise(vm, SP_EXC_ValueError, it_islice_stop_msg);
    } else {
        start = islice_bound(vm, args[1], 0);
        stop = islice_bound(vm, args[2], -1);
        if (stop < -1 || (stop == -1 && args[2] != SP_NONE))
            return sp_raise(vm, SP_EXC_ValueError, it_islice_stop_msg);
    }
    if (start < 0) return sp_raise(vm, SP_EXC_ValueError, it_islice_indices_msg);
    if (nargs == 4) step = islice_bound(vm, args[3], 1);
    if (step < 1)
        return sp_raise(vm, SP_EXC_ValueError, "Step for islice() must be a positive integer or None.");
    sp_value_t it = sp_iter(vm, args[0]);
    sp_value_t self = it ? it_new(vm, type) : SP_NULL;
    if (self == SP_NULL) return SP_NULL;
    it_islice_t *s = SP_PTR(it_islice_t, self);
    s->it = it;
    s->next = start;
    s->stop = stop;
    s->step = step;
    return self;
}

static sp_value_t islice_next(sp_vm_t *vm, sp_value_t self) {
    it_islice_t *s = SP_PTR(it_islice_t, self);
    if (s->it == SP_NULL) return SP_NULL;
    while (s->cnt < s->next) {
        sp_value_t skipped = sp_next(vm, s->it);
        if (skipped == SP_NULL) goto exhausted;
        s->cnt++;
    }
    if (s->stop != -1 && s->cnt >= s->stop) goto exhausted;
    sp_value_t v = sp_next(vm, s->it);
    if (v == SP_NULL) goto exhausted;
    s->cnt++;
    int64_t old = s->next;
    s->next = old > INT64_MAX - s->step ? s->stop : old + s->step;
    if (s->stop != -1 && s->next > s->stop) s->next = s->stop;
    return v;
exhausted:
    s->it = SP_NULL;
    return SP_NULL;
}

/* ---- zip_longest -------------------------------------------------------------------------------- */

typedef struct it_zip_longest {
    sp_object_t hdr;
    sp_value_t *iters; /* SP_NULL entries are exhausted */
    sp_value_t fill;
    int64_t n, active;
} it_zip_longest_t;

static sp_value_t zip_longest_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,
                                        sp_value_t kwnames) {
    sp_value_t fill = SP_NONE;
    for (int k = 0; k < it_nkw(kwnames); k++) {
        if (strcmp(sp_str_cstr(SP_AS_TUPLE(kwnames)->items[k]), "fillvalue") != 0)
            return sp_raise(vm, SP_EXC_TypeError, "zip_longest() got an unexpected keyword argument");
        fill = args[nargs + k];
    }
    sp_value_t *iters = sp_alloc(vm, (size_t)(nargs > 0 ? nargs : 1) * sizeof(sp_value_t));
    if (iters == NULL) return SP_NULL;
    for (int i = 0; i < nargs; i++)
        if ((iters[i] = sp_iter(vm, args[i])) == SP_NULL) return SP_NULL;
    sp_value_t self = it_new(vm, type);
    if (self == SP_NULL) return SP_NULL;
    it_zip_longest_t *z = SP_PTR(it_zip_longest_t, self);
    z->iters = iters;
    z->fill = fill;
    z->n = z->active = nargs;
    return self;
}

static sp_value_t zip_longest_next(sp_vm_t *vm, sp_value_t self) {
    it_zip_longest_t *z = SP_PTR(it_zip_longest_t, self);
    if (z->active == 0) return SP_NULL;
    sp_value_t t = sp_tuple_new(vm, z->n);
    if (t == SP_NULL) return SP_NULL;
    sp_value_t *items = SP_AS_TUPLE(t)->items;
    for (int64_t i = 0; i < z->n; i++) {
        sp_value_t v = SP_NULL;
        if (z->iters[i] != SP_NULL) {
            v = sp_next(vm, z->iters[i]);
            if (v == SP_NULL) {
                if (vm->exc) return SP_NULL;
                if (z->iters[i] != SP_NULL && z->active > 0) { /* a re-entrant next() may have done it */
                    z->iters[i] = SP_NULL;
                    z->active--;
                }
                if (z->active == 0) return SP_NULL;
            }
        }
        items[i] = v != SP_NULL ? v : z->fill;
    }
    return t;
}

/* ---- product ------------------------------------------------------------------------------------ */

typedef struct it_product {
    sp_object_t hdr;
    sp_value_t pools;  /* tuple of the nargs distinct pools (tuples); position i uses pools[i % nargs] */
    sp_value_t result; /* the last tuple yielded, or SP_NULL before the first */
    int64_t *indices;  /* npools entries, allocated by the first next() */
    int64_t npools;
    bool stopped;
} it_product_t;

static sp_value_t product_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,
                                    sp_value_t kwnames) {
    int nkw = it_nkw(kwnames);
    int64_t repeat = 1;
    for (int k = 0; k < nkw; k++) {
        const char *kw = sp_str_cstr(SP_AS_TUPLE(kwnames)->items[k]);
        if (nkw > 1)
            return sp_raise(vm, SP_EXC_TypeError, "product() takes at most 1 keyword argument (%d given)",
                            nkw);
        if (strcmp(kw, "repeat") != 0)
            return sp_raise(vm, SP_EXC_TypeError, "'%s' is an invalid keyword argument for product()", kw);
        if (it_ssize(vm, args[nargs + k], &repeat) < 0) return SP_NULL;
    }
    if (repeat < 0) return sp_raise(vm, SP_EXC_ValueError, "repeat argument cannot be negative");
    if (repeat > 0 && nargs > INT64_MAX / repeat)
        return sp_raise(vm, SP_EXC_OverflowError, "repeat argument too large");
    if (nargs * repeat > IT_MAX_WIDTH) return sp_raise_nomem(vm); /* CPython's index array would not fit */
    sp_value_t pools = sp_tuple_new(vm, nargs);
    if (pools == SP_NULL) return SP_NULL;
    bool empty = false;
    for (int i = 0; i < nargs; i++) {
        sp_value_t pool = sp_tuple_from_iterable(vm, args[i]);
        if (pool == SP_NULL) return SP_NULL;
        SP_AS_TUPLE(pools)->items[i] = pool;
        if (SP_AS_TUPLE(pool)->size == 0) empty = true;
    }
    sp_value_t self = it_new(vm, type);
    if (self == SP_NULL) return SP_NULL;
    it_product_t *p = SP_PTR(it_product_t, self);
    p->pools = pools;
    p->npools = nargs * repeat;
    p->stopped = empty && repeat > 0;
    return self;
}

static sp_value_t product_next(sp_vm_t *vm, sp_value_t self) {
    it_product_t *p = SP_PTR(it_product_t, self);
    if (p->stopped) return SP_NULL;
    int64_t n = p->npools, npool = SP_AS_TUPLE(p->pools)->size;
    sp_value_t *pools = SP_AS_TUPLE(p->pools)->items;
    if (p->result == SP_NULL) {
        if ((p->indices = it_indices(vm, n)) == NULL) return SP_NULL;
        sp_value_t t = sp_tuple_new(vm, n);
        if (t == SP_NULL) return SP_NULL;
        for (int64_t i = 0; i < n; i++) {
            p->indices[i] = 0;
            SP_AS_TUPLE(t)->items[i] = SP_AS_TUPLE(pools[i % npool])->items[0];
        }
        p->result = t;
        return t;
    }
    sp_value_t t = sp_tuple_from_array(vm, SP_AS_TUPLE(p->result)->items, n);
    if (t == SP_NULL) return SP_NULL;
    sp_value_t *items = SP_AS_TUPLE(t)->items;
    int64_t i = n - 1;
    for (; i >= 0; i--) {
        sp_tuple_t *pool = SP_AS_TUPLE(pools[i % npool]);
        if (++p->indices[i] < pool->size) {
            items[i] = pool->items[p->indices[i]];
            break;
        }
        p->indices[i] = 0;
        items[i] = pool->items[0];
    }
    if (i < 0) {
        p->stopped = true;
        return SP_NULL;
    }
    p->result = t;
    return t;
}

/* ---- combinations, combinations_with_replacement, permutations ---------------------------------- */

typedef struct it_comb {
    sp_object_t hdr;
    sp_value_t pool;  /* tuple */
    int64_t *indices; /* r entries (permutations: n) */
    int64_t *cycles;  /* permutations only: r entries */
    int64_t n, r;
    bool started, stopped;
} it_comb_t;

/* Parses (iterable, r) for the combinatoric tools; for permutations r is optional (None means
 * len(pool)) and must be an exact int. */
static sp_value_t comb_make(sp_vm_t *vm, sp_type_t *type, const char *name, const sp_value_t *args, int nargs,
                            sp_value_t kwnames, bool permutations) {
    sp_value_t p[2];
    if (sp_parse_args(vm, name, permutations ? "iterable, r=" : "iterable, r", args, nargs, kwnames, p) < 0)
        return SP_NULL;
    sp_value_t pool = sp_tuple_from_iterable(vm, p[0]);
    if (pool == SP_NULL) return SP_NULL;
    int64_t n = SP_AS_TUPLE(pool)->size, r = n;
    bool has_r = !permutations || (p[1] != SP_NULL && p[1] != SP_NONE);
    if (has_r) {
        if (permutations && !sp_is_int(p[1]) && !sp_is_bool(p[1]))
            return sp_raise(vm, SP_EXC_TypeError, "Expected int as r");
        if (it_ssize(vm, p[1], &r) < 0) return SP_NULL;
        if (r < 0) return sp_raise(vm, SP_EXC_ValueError, "r must be non-negative");
    }
    if (r > IT_MAX_WIDTH) return sp_raise_nomem(vm); /* CPython allocates r indices up front */
    sp_value_t self = it_new(vm, type);
    if (self == SP_NULL) return SP_NULL;
    it_comb_t *c = SP_PTR(it_comb_t, self);
    c->pool = pool;
    c->n = n;
    c->r = r;
    return self;
}

static sp_value_t combinations_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,
                                         sp_value_t kwnames) {
    sp_value_t self = comb_make(vm, type, "combinations", args, nargs, kwnames, false);
    if (self == SP_NULL) return SP_NULL;
    it_comb_t *c = SP_PTR(it_comb_t, self);
    c->stopped = c->r > c->n;
    if (!c->stopped) {
        if ((c->indices = it_indices(vm, c->r)) == NULL) return SP_NULL;
        for (int64_t i = 0; i < c->r; i++) c->indices[i] = i;
    }
    return self;
}

static sp_value_t combinations_next(sp_vm_t *vm, sp_value_t self) {
    it_comb_t *c = SP_PTR(it_comb_t, self);
    if (c->stopped) return SP_NULL;
    int64_t n = c->n, r = c->r, *idx = c->indices;
    if (c->started) {
        int64_t i = r - 1;
        while (i >= 0 && idx[i] == i + n - r) i--;
        if (i < 0) {
            c->stopped = true;
            return SP_NULL;
        }
        idx[i]++;
        for (int64_t j = i + 1; j < r; j++) idx[j] = idx[j - 1] + 1;
    }
    c->started = true;
    return it_pick(vm, c->pool, idx, r);
}

static sp_value_t cwr_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,
                                sp_value_t kwnames) {
    sp_value_t self = comb_make(vm, type, "combinations_with_replacement", args, nargs, kwnames, false);
    if (self == SP_NULL) return SP_NULL;
    it_comb_t *c = SP_PTR(it_comb_t, self);
    c->stopped = c->n == 0 && c->r > 0;
    if (!c->stopped) {
        if ((c->indices = it_indices(vm, c->r)) == NULL) return SP_NULL;
        for (int64_t i = 0; i < c->r; i++) c->indices[i] = 0;
    }
    return self;
}

static sp_value_t cwr_next(sp_vm_t *vm, sp_value_t self) {
    it_comb_t *c = SP_PTR(it_comb_t, self);
    if (c->stopped) return SP_NULL;
    int64_t n = c->n, r = c->r, *idx = c->indices;
    if (c->started) {
        int64_t i = r - 1;
        while (i >= 0 && idx[i] == n - 1) i--;
        if (i < 0) {
            c->stopped = true;
            return SP_NULL;
        }
        int64_t v = idx[i] + 1;
        for (int64_t j = i; j < r; j++) idx[j] = v;
    }
    c->started = true;
    return it_pick(vm, c->pool, idx, r);
}

static sp_value_t permutations_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,
                                         sp_value_t kwnames) {
    sp_value_t self = comb_make(vm, type, "permutations", args, nargs, kwnames, true);
    if (self == SP_NULL) return SP_NULL;
    it_comb_t *c = SP_PTR(it_comb_t, self);
    c->stopped = c->r > c->n;
    if (!c->stopped) {
        if ((c->indices = it_indices(vm, c->n)) == NULL || (c->cycles = it_indices(vm, c->r)) == NULL)
            return SP_NULL;
        for (int64_t i = 0; i < c->n; i++) c->indices[i] = i;
        for (int64_t i = 0; i < c->r; i++) c->cycles[i] = c->n - i;
    }
    return self;
}

static sp_value_t permutations_next(sp_vm_t *vm, sp_value_t self) {
    it_comb_t *c = SP_PTR(it_comb_t, self);
    if (c->stopped) return SP_NULL;
    int64_t n = c->n, r = c->r, *idx = c->indices, *cyc = c->cycles;
    if (c->started) {
        if (n == 0) goto done;
        int64_t i = r - 1;
        for (; i >= 0; i--) {
            if (--cyc[i] == 0) {
                /* Rotate indices[i:] left by one. */
                int64_t first = idx[i];
                memmove(idx + i, idx + i + 1, (size_t)(n - i - 1) * sizeof(int64_t));
                idx[n - 1] = first;
                cyc[i] = n - i;
            } else {
                int64_t j = cyc[i], tmp = idx[i];
                idx[i] = idx[n - j];
                idx[n - j] = tmp;
                break;
            }
        }
        if (i < 0) goto done;
    }
    c->started = true;
    return it_pick(vm, c->pool, idx, r);
done:
    c->stopped = true;
    return SP_NULL;
}

/* ---- accumulate --------------------------------------------------------------------------------- */

typedef struct it_accumulate {
    sp_object_t hdr;
    sp_value_t it, func, total; /* total SP_NULL before the first item */
    sp_value_t initial;         /* yielded first, then SP_NULL */
} it_accumulate_t;

static sp_value_t accumulate_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,
                                       sp_value_t kwnames) {
    sp_value_t p[3];
    if (sp_parse_args(vm, "accumulate", "iterable, func=, *, initial=", args, nargs, kwnames, p) < 0)
        return SP_NULL;
    sp_value_t it = sp_iter(vm, p[0]);
    sp_value_t self = it ? it_new(vm, type) : SP_NULL;
    if (self == SP_NULL) return SP_NULL;
    it_accumulate_t *a = SP_PTR(it_accumulate_t, self);
    a->it = it;
    a->func = p[1] != SP_NULL && p[1] != SP_NONE ? p[1] : SP_NULL;
    a->initial = p[2] != SP_NULL && p[2] != SP_NONE ? p[2] : SP_NULL;
    return self;
}

static sp_value_t accumulate_next(sp_vm_t *vm, sp_value_t self) {
    it_accumulate_t *a = SP_PTR(it_accumulate_t, self);
    if (a->initial != SP_NULL) {
        a->total = a->initial;
        a->initial = SP_NULL;
        return a->total;
    }
    sp_value_t v = sp_next(vm, a->it);
    if (v == SP_NULL) return SP_NULL;
    if (a->total == SP_NULL) return a->total = v;
    sp_value_t t =
        a->func != SP_NULL ? sp_call2(vm, a->func, a->total, v) : sp_binary_op(vm, SP_BINOP_ADD, a->total, v);
    if (t == SP_NULL) return SP_NULL;
    return a->total = t;
}

/* ---- starmap, compress, takewhile, dropwhile, filterfalse, pairwise ----------------------------- */

/* One struct for the simple tools: a function (or selectors iterator) and a source iterator. */
typedef struct it_simple {
    sp_object_t hdr;
    sp_value_t func, it;
    sp_value_t last; /* pairwise: the previous item */
    bool done;       /* takewhile: stopped; dropwhile: dropping finished */
} it_simple_t;

static sp_value_t simple_make(sp_vm_t *vm, sp_type_t *type, sp_value_t func, sp_value_t iterable) {
    sp_value_t it = sp_iter(vm, iterable);
    sp_value_t self = it ? it_new(vm, type) : SP_NULL;
    if (self == SP_NULL) return SP_NULL;
    SP_PTR(it_simple_t, self)->func = func;
    SP_PTR(it_simple_t, self)->it = it;
    return self;
}

#define IT_FUNC_ITER_CONSTRUCT(NAME)                                                                         \
    static sp_value_t NAME##_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,      \
                                       sp_value_t kwnames) {                                                 \
        if (it_check_pos(vm, #NAME, nargs, kwnames, 2, 2) < 0) return SP_NULL;                               \
        return simple_make(vm, type, args[0], args[1]);                                                      \
    }
IT_FUNC_ITER_CONSTRUCT(starmap)
IT_FUNC_ITER_CONSTRUCT(takewhile)
IT_FUNC_ITER_CONSTRUCT(dropwhile)

static sp_value_t filterfalse_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,
                                        sp_value_t kwnames) {
    if (it_check_pos(vm, "filterfalse", nargs, kwnames, 2, 2) < 0) return SP_NULL;
    return simple_make(vm, type, args[0] == SP_NONE ? SP_NULL : args[0], args[1]);
}

static sp_value_t starmap_next(sp_vm_t *vm, sp_value_t self) {
    it_simple_t *s = SP_PTR(it_simple_t, self);
    sp_value_t v = sp_next(vm, s->it);
    if (v == SP_NULL) return SP_NULL;
    if (!sp_is_tuple(v) && (v = sp_tuple_from_iterable(vm, v)) == SP_NULL) return SP_NULL;
    return sp_call(vm, s->func, SP_AS_TUPLE(v)->items, (int)SP_AS_TUPLE(v)->size, SP_NULL);
}

/* predicate(v) as a truth value: 0, 1 or -1 (SP_NULL: v itself, as filterfalse(None, ...)). */
static int simple_test(sp_vm_t *vm, sp_value_t func, sp_value_t v) {
    sp_value_t r = func == SP_NULL ? v : sp_call1(vm, func, v);
    return r == SP_NULL ? -1 : sp_truthy(vm, r);
}

static sp_value_t takewhile_next(sp_vm_t *vm, sp_value_t self) {
    it_simple_t *s = SP_PTR(it_simple_t, self);
    if (s->done) return SP_NULL;
    sp_value_t v = sp_next(vm, s->it);
    if (v == SP_NULL) return SP_NULL;
    int ok = simple_test(vm, s->func, v);
    if (ok < 0) return SP_NULL;
    if (ok) return v;
    s->done = true;
    return SP_NULL;
}

static sp_value_t dropwhile_next(sp_vm_t *vm, sp_value_t self) {
    it_simple_t *s = SP_PTR(it_simple_t, self);
    for (;;) {
        sp_value_t v = sp_next(vm, s->it);
        if (v == SP_NULL || s->done) return v;
        int ok = simple_test(vm, s->func, v);
        if (ok < 0) return SP_NULL;
        if (!ok) {
            s->done = true;
            return v;
        }
    }
}

static sp_value_t filterfalse_next(sp_vm_t *vm, sp_value_t self) {
    it_simple_t *s = SP_PTR(it_simple_t, self);
    for (;;) {
        sp_value_t v = sp_next(vm, s->it);
        if (v == SP_NULL) return SP_NULL;
        int ok = simple_test(vm, s->func, v);
        if (ok < 0) return SP_NULL;
        if (!ok) return v;
    }
}

static sp_value_t compress_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,
                                     sp_value_t kwnames) {
    sp_value_t p[2];
    if (sp_parse_args(vm, "compress", "data, selectors", args, nargs, kwnames, p) < 0) return SP_NULL;
    sp_value_t data = sp_iter(vm, p[0]);
    sp_value_t selectors = data ? sp_iter(vm, p[1]) : SP_NULL;
    return selectors ? simple_make(vm, type, selectors, data) : SP_NULL;
}

static sp_value_t compress_next(sp_vm_t *vm, sp_value_t self) {
    it_simple_t *s = SP_PTR(it_simple_t, self);
    for (;;) {
        sp_value_t v = sp_next(vm, s->it);
        if (v == SP_NULL) return SP_NULL;
        sp_value_t sel = sp_next(vm, s->func);
        if (sel == SP_NULL) return SP_NULL;
        int ok = sp_truthy(vm, sel);
        if (ok < 0) return SP_NULL;
        if (ok) return v;
    }
}

static sp_value_t pairwise_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,
                                     sp_value_t kwnames) {
    if (it_check_pos(vm, "pairwise", nargs, kwnames, 1, 1) < 0) return SP_NULL;
    return simple_make(vm, type, SP_NONE, args[0]);
}

static sp_value_t pairwise_next(sp_vm_t *vm, sp_value_t self) {
    it_simple_t *s = SP_PTR(it_simple_t, self);
    if (s->it == SP_NULL) return SP_NULL;
    if (s->last == SP_NULL && (s->last = sp_next(vm, s->it)) == SP_NULL) goto done;
    sp_value_t v = sp_next(vm, s->it);
    if (v == SP_NULL) goto done;
    sp_value_t pair = sp_tuple_pack2(vm, s->last, v);
    s->last = v;
    return pair;
done:
    if (!vm->exc) s->it = SP_NULL, s->last = SP_NULL;
    return SP_NULL;
}

/* ---- The module --------------------------------------------------------------------------------- */

typedef struct it_type_def {
    const char *name;
    uint32_t size;
    sp_value_t (*construct)(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,
                            sp_value_t kwnames);
    sp_value_t (*next)(sp_vm_t *vm, sp_value_t self);
    sp_value_t (*repr)(sp_vm_t *vm, sp_value_t self);
    const sp_method_def_t *methods;
} it_type_def_t;

static const it_type_def_t it_type_defs[] = {
    {"count", sizeof(it_count_t), count_construct, count_next, count_repr, count_methods},
    {"repeat", sizeof(it_repeat_t), repeat_construct, repeat_next, repeat_repr, repeat_methods},
    {"cycle", sizeof(it_cycle_t), cycle_construct, cycle_next, NULL, NULL},
    {"chain", sizeof(it_chain_t), chain_construct, chain_next, NULL, NULL},
    {"islice", sizeof(it_islice_t), islice_construct, islice_next, NULL, NULL},
    {"zip_longest", sizeof(it_zip_longest_t), zip_longest_construct, zip_longest_next, NULL, NULL},
    {"product", sizeof(it_product_t), product_construct, product_next, NULL, NULL},
    {"permutations", sizeof(it_comb_t), permutations_construct, permutations_next, NULL, NULL},
    {"combinations", sizeof(it_comb_t), combinations_construct, combinations_next, NULL, NULL},
    {"combinations_with_replacement", sizeof(it_comb_t), cwr_construct, cwr_next, NULL, NULL},
    {"accumulate", sizeof(it_accumulate_t), accumulate_construct, accumulate_next, NULL, NULL},
    {"starmap", sizeof(it_simple_t), starmap_construct, starmap_next, NULL, NULL},
    {"compress", sizeof(it_simple_t), compress_construct, compress_next, NULL, NULL},
    {"takewhile", sizeof(it_simple_t), takewhile_construct, takewhile_next, NULL, NULL},
    {"dropwhile", sizeof(it_simple_t), dropwhile_construct, dropwhile_next, NULL, NULL},
    {"filterfalse", sizeof(it_simple_t), filterfalse_construct, filterfalse_next, NULL, NULL},
    {"pairwise", sizeof(it_simple_t), pairwise_construct, pairwise_next, NULL, NULL},
};

sp_value_t itertools_module_init(sp_vm_t *vm) {
    sp_value_t module = sp_module_new(vm, sp_str_intern_cstr(vm, "_itertools"));
    if (module == SP_NULL) return SP_NULL;
    sp_value_t dict = SP_AS_MODULE(module)->dict;
    sp_value_t module_name = sp_str_from_cstr(vm, "itertools");
    for (size_t i = 0; i < sizeof it_type_defs / sizeof it_type_defs[0]; i++) {
        const it_type_def_t *def = &it_type_defs[i];
        sp_type_t *type = type_new_builtin(vm, SP_K_OBJECT, def->name, vm->types[SP_K_OBJECT]);
        if (type == NULL) return SP_NULL;
        type->flags |= SP_TYPE_BASETYPE;
        type->basicsize = def->size;
        type->construct = def->construct;
        type->iter = it_self;
        type->next = def->next;
        if (def->repr) type->repr = def->repr;
        if (def->methods) type_add_methods(vm, type, def->methods);
        if (def->construct == chain_construct) {
            sp_value_t from = sp_native_new(vm, "from_iterable", chain_from_iterable, SP_NULL);
            sp_value_t getitem = sp_native_new(vm, "__class_getitem__", chain_class_getitem, SP_NULL);
            if (from == SP_NULL || getitem == SP_NULL) return SP_NULL;
            sp_dict_set_cstr(vm, type->dict, "from_iterable", descr_classmethod_new(vm, from));
            sp_dict_set_cstr(vm, type->dict, "__class_getitem__", descr_classmethod_new(vm, getitem));
        }
        slots_add_wrappers(vm, type);
        sp_dict_set_cstr(vm, type->dict, "__module__", module_name);
        sp_dict_set_cstr(vm, dict, def->name, SP_OBJ(type));
    }
    return module;
}
