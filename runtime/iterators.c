/* iterators.c: the C iterator types (list, tuple, str, bytes, range, dict, set, the sequence
 * protocol) and the builtin iterator types enumerate, zip, map, filter and reversed.
 * Every iterator is an sp_iterator_t; runtime/runtime.h documents what its fields mean. */
#include <string.h>

#include "runtime/runtime.h"

#define ITER(v) SP_AS_ITER(v)

/* Which iterator kind a type object is (its index in vm->iter_types), or -1. */
static int iter_kind_of(sp_vm_t *vm, sp_type_t *type) {
    for (int k = 0; k < SP_ITER__COUNT; k++)
        if (vm->iter_types[k] == type) return k;
    return -1;
}

/* Marks an iterator finished: it drops its source, so it stays exhausted (as CPython's do). */
static sp_value_t iter_exhaust(sp_iterator_t *it) {
    it->source = SP_NULL;
    return SP_NULL;
}

sp_value_t sp_iterator_new(sp_vm_t *vm, sp_type_t *iter_type, sp_value_t source, sp_value_t extra,
                           int64_t index, int64_t limit) {
    sp_iterator_t *it = (sp_iterator_t *)sp_new_object(vm, iter_type, sizeof *it);
    if (!it) return SP_NULL;
    it->source = source;
    it->extra = extra;
    it->index = index;
    it->limit = limit;
    /* Record the snapshot each kind checks against, so callers can always pass 0, 0. */
    switch (iter_kind_of(vm, iter_type)) {
    case SP_ITER_LIST_REV:
        it->limit = SP_AS_LIST(source)->size;
        break;
    case SP_ITER_RANGE:
        it->limit = SP_AS_RANGE(source)->length;
        break;
    case SP_ITER_DICT_KEYS:
    case SP_ITER_DICT_VALUES:
    case SP_ITER_DICT_ITEMS:
        it->limit = SP_AS_DICT(source)->used;
        break;
    case SP_ITER_SET:
        it->limit = SP_AS_SET(source)->used;
        break;
    default:
        break;
    }
    return SP_OBJ(it);
}

/* ---- Container iterators: next slots ----------------------------------------------------- */

static sp_value_t list_iter_next(sp_vm_t *vm, sp_value_t self) {
    sp_iterator_t *it = ITER(self);
    if (!it->source) return SP_NULL;
    sp_list_t *list = SP_AS_LIST(it->source);
    if (it->index < list->size) return list->items[it->index++];
    return iter_exhaust(it);
}

static sp_value_t list_rev_iter_next(sp_vm_t *vm, sp_value_t self) {
    sp_iterator_t *it = ITER(self);
    if (!it->source) return SP_NULL;
    sp_list_t *list = SP_AS_LIST(it->source);
    int64_t pos = it->limit - 1 - it->index;
    if (pos >= 0 && pos < list->size) {
        it->index++;
        return list->items[pos];
    }
    return iter_exhaust(it);
}

static sp_value_t tuple_iter_next(sp_vm_t *vm, sp_value_t self) {
    sp_iterator_t *it = ITER(self);
    if (!it->source) return SP_NULL;
    sp_tuple_t *tuple = SP_AS_TUPLE(it->source);
    if (it->index < tuple->size) return tuple->items[it->index++];
    return iter_exhaust(it);
}

static sp_value_t str_iter_next(sp_vm_t *vm, sp_value_t self) {
    sp_iterator_t *it = ITER(self);
    if (!it->source) return SP_NULL;
    sp_str_t *s = SP_AS_STR(it->source);
    if (it->index >= s->size) return iter_exhaust(it);
    const char *p = s->data + it->index;
    uint32_t c = str_decode_char(&p);
    it->index = p - s->data;
    return sp_str_from_codepoint(vm, c);
}

static sp_value_t bytes_iter_next(sp_vm_t *vm, sp_value_t self) {
    sp_iterator_t *it = ITER(self);
    if (!it->source) return SP_NULL;
    sp_bytes_t *b = SP_AS_BYTES(it->source);
    if (it->index < b->size) return sp_smallint(b->data[it->index++]);
    return iter_exhaust(it);
}

static sp_value_t range_iter_next(sp_vm_t *vm, sp_value_t self) {
    sp_iterator_t *it = ITER(self);
    if (!it->source) return SP_NULL;
    if (it->index >= it->limit) return iter_exhaust(it);
    sp_range_t *r = SP_AS_RANGE(it->source);
    if (r->big) return sp_range_item_at(vm, it->source, it->index++);
    /* start + index * step stays between start and stop, so it cannot overflow. */
    int64_t value = r->start + it->index * r->step;
    it->index++;
    return sp_fits_smallint(value) ? sp_smallint(value) : sp_int_from_i64(vm, value);
}

/* The next live dict entry, or SP_NULL (exhausted, or RuntimeError if the size changed). */
static bool dict_iter_step(sp_vm_t *vm, sp_iterator_t *it, sp_value_t *key, sp_value_t *value) {
    if (!it->source) return false;
    sp_dict_t *d = SP_AS_DICT(it->source);
    if (d->used != it->limit) {
        it->limit = -1; /* keeps failing, as CPython's */
        sp_raise(vm, SP_EXC_RuntimeError, "dictionary changed size during iteration");
        return false;
    }
    if (sp_dict_next(it->source, &it->index, key, value)) {
        /* `extra` counts the entries still expected (CPython's di_len): one more means keys were
         * deleted and others added, keeping the size. */
        int64_t remaining = it->extra ? sp_smallint_value(it->extra) : it->limit;
        if (remaining <= 0) {
            iter_exhaust(it);
            sp_raise(vm, SP_EXC_RuntimeError, "dictionary keys changed during iteration");
            return false;
        }
        it->extra = sp_smallint(remaining - 1);
        return true;
    }
    iter_exhaust(it);
    return false;
}

static sp_value_t dict_keys_iter_next(sp_vm_t *vm, sp_value_t self) {
    sp_value_t key;
    return dict_iter_step(vm, ITER(self), &key, NULL) ? key : SP_NULL;
}

static sp_value_t dict_values_iter_next(sp_vm_t *vm, sp_value_t self) {
    sp_value_t value;
    return dict_iter_step(vm, ITER(self), NULL, &value) ? value : SP_NULL;
}

static sp_value_t dict_items_iter_next(sp_vm_t *vm, sp_value_t self) {
    sp_value_t key, value;
    return dict_iter_step(vm, ITER(self), &key, &value) ? sp_tuple_pack2(vm, key, value) : SP_NULL;
}

/* set.c marks deleted slots with a private singleton-tagged word outside the real singletons. */
static bool set_slot_live(sp_value_t key) {
    return key && !(sp_is_singleton(key) && sp_singleton_index(key) >= SP_IMM__COUNT);
}

static sp_value_t set_iter_next(sp_vm_t *vm, sp_value_t self) {
    sp_iterator_t *it = ITER(self);
    if (!it->source) return SP_NULL;
    sp_set_t *set = SP_AS_SET(it->source);
    if (set->used != it->limit) {
        it->limit = -1;
        return sp_raise(vm, SP_EXC_RuntimeError, "Set changed size during iteration");
    }
    while (it->index <= set->mask) {
        sp_value_t key = set->table[it->index++].key;
        if (set_slot_live(key)) return key;
    }
    return iter_exhaust(it);
}

/* The sequence protocol: obj[0], obj[1], ... until IndexError or StopIteration. */
static sp_value_t seq_iter_next(sp_vm_t *vm, sp_value_t self) {
    sp_iterator_t *it = ITER(self);
    if (!it->source) return SP_NULL;
    sp_value_t item = sp_getitem(vm, it->source, sp_int_from_i64(vm, it->index));
    if (item) {
        it->index++;
        return item;
    }
    if (sp_exc_matches(vm, SP_EXC_IndexError) || sp_exc_matches(vm, SP_EXC_StopIteration)) {
        sp_exc_fetch(vm);
        return iter_exhaust(it);
    }
    return SP_NULL;
}

/* ---- enumerate -------------------------------------------------------------------------- */

/* source: the underlying iterator; extra: the next count (any int). */
static sp_value_t enumerate_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,
                                      sp_value_t kwnames) {
    sp_value_t a[2];
    if (nargs == 0) {
        /* enumerate's own wording: an unknown keyword first, then a plain "missing". */
        bool has_iterable = false;
        for (int64_t k = 0; kwnames && k < SP_AS_TUPLE(kwnames)->size; k++) {
            const char *kw = sp_str_cstr(SP_AS_TUPLE(kwnames)->items[k]);
            if (!strcmp(kw, "iterable"))
                has_iterable = true;
            else if (strcmp(kw, "start"))
                return sp_raise(vm, SP_EXC_TypeError,
                                "'%s' is an invalid keyword argument for enumerate()", kw);
        }
        if (!has_iterable && kwnames && SP_AS_TUPLE(kwnames)->size > 0) /* only start= came */
            return sp_raise(vm, SP_EXC_TypeError, "'start' is an invalid keyword argument for enumerate()");
        if (!has_iterable)
            return sp_raise(vm, SP_EXC_TypeError, "enumerate() missing required argument 'iterable'");
    }
    if (sp_parse_args(vm, "enumerate", "iterable, start=", args, nargs, kwnames, a) < 0) return SP_NULL;
    sp_value_t start = a[1] ? a[1] : sp_smallint(0);
    if (sp_is_bool(start)) start = sp_smallint(start == SP_TRUE);
    if (!sp_is_int(start))
        return sp_raise(vm, SP_EXC_TypeError, "'%s' object cannot be interpreted as an integer",
                        sp_type_name(vm, start));
    sp_value_t it = sp_iter(vm, a[0]);
    if (!it) return SP_NULL;
    return sp_iterator_new(vm, type, it, start, 0, 0);
}

static sp_value_t enumerate_next(sp_vm_t *vm, sp_value_t self) {
    sp_iterator_t *it = ITER(self);
    if (!it->source) return SP_NULL;
    sp_value_t item = sp_next(vm, it->source);
    if (!item) return vm->exc ? SP_NULL : iter_exhaust(it);
    sp_value_t count = it->extra, next;
    if (sp_is_smallint(count) && sp_smallint_value(count) < SP_SMALLINT_MAX)
        next = sp_smallint(sp_smallint_value(count) + 1);
    else if (!(next = sp_binary_op(vm, SP_BINOP_ADD, count, sp_smallint(1))))
        return SP_NULL;
    it->extra = next;
    return sp_tuple_pack2(vm, count, item);
}

/* ---- zip -------------------------------------------------------------------------------- */

/* A tuple of iterators over args[first..nargs-1]. */
static sp_value_t iter_all(sp_vm_t *vm, const sp_value_t *args, int first, int nargs) {
    sp_value_t tuple = sp_tuple_new(vm, nargs - first);
    if (!tuple) return SP_NULL;
    for (int i = first; i < nargs; i++) {
        sp_value_t it = sp_iter(vm, args[i]);
        if (!it) return SP_NULL;
        SP_AS_TUPLE(tuple)->items[i - first] = it;
    }
    return tuple;
}

/* source: tuple of iterators; index: 1 when strict=True. */
static sp_value_t zip_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,
                                sp_value_t kwnames) {
    int64_t strict = 0;
    int64_t nkw = kwnames ? SP_AS_TUPLE(kwnames)->size : 0;
    for (int64_t k = 0; k < nkw; k++) {
        sp_value_t name = SP_AS_TUPLE(kwnames)->items[k];
        if (strcmp(sp_str_cstr(name), "strict") != 0)
            return sp_raise(vm, SP_EXC_TypeError, "'%s' is an invalid keyword argument for zip()",
                            sp_str_cstr(name));
        int t = sp_truthy(vm, args[nargs + k]);
        if (t < 0) return SP_NULL;
        strict = t;
    }
    sp_value_t iters = iter_all(vm, args, 0, nargs);
    if (!iters) return SP_NULL;
    return sp_iterator_new(vm, type, iters, SP_NULL, strict, 0);
}

/* strict=True found iterator i exhausted first (or later than the others): raise its error. */
static sp_value_t zip_strict_error(sp_vm_t *vm, sp_iterator_t *it, int64_t i) {
    sp_tuple_t *iters = SP_AS_TUPLE(it->source);
    const char *relation = "shorter";
    if (i == 0) {
        /* The first ran out: every other one must run out too. */
        for (i = 1; i < iters->size; i++) {
            sp_value_t item = sp_next(vm, iters->items[i]);
            if (item) break;
            if (vm->exc) return SP_NULL;
        }
        if (i == iters->size) return iter_exhaust(it);
        relation = "longer";
    }
    iter_exhaust(it);
    if (i == 1) return sp_raise(vm, SP_EXC_ValueError, "zip() argument 2 is %s than argument 1", relation);
    return sp_raise(vm, SP_EXC_ValueError, "zip() argument %lld is %s than arguments 1-%lld",
                    (long long)i + 1, relation, (long long)i);
}

static sp_value_t zip_next(sp_vm_t *vm, sp_value_t self) {
    sp_iterator_t *it = ITER(self);
    if (!it->source) return SP_NULL;
    sp_tuple_t *iters = SP_AS_TUPLE(it->source);
    if (iters->size == 0) return iter_exhaust(it);
    sp_value_t result = sp_tuple_new(vm, iters->size);
    if (!result) return SP_NULL;
    for (int64_t i = 0; i < iters->size; i++) {
        sp_value_t item = sp_next(vm, iters->items[i]);
        if (!item) {
            if (vm->exc) return SP_NULL;
            if (it->index) return zip_strict_error(vm, it, i);
            return iter_exhaust(it);
        }
        SP_AS_TUPLE(result)->items[i] = item;
    }
    return result;
}

/* ---- map, filter ------------------------------------------------------------------------ */

/* source: tuple of iterators; extra: the function. */
static sp_value_t map_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,
                                sp_value_t kwnames) {
    if (kwnames && SP_AS_TUPLE(kwnames)->size > 0)
        return sp_raise(vm, SP_EXC_TypeError, "map() takes no keyword arguments");
    if (nargs < 2) return sp_raise(vm, SP_EXC_TypeError, "map() must have at least two arguments.");
    sp_value_t iters = iter_all(vm, args, 1, nargs);
    if (!iters) return SP_NULL;
    return sp_iterator_new(vm, type, iters, args[0], 0, 0);
}

static sp_value_t map_next(sp_vm_t *vm, sp_value_t self) {
    sp_iterator_t *it = ITER(self);
    if (!it->source) return SP_NULL;
    sp_tuple_t *iters = SP_AS_TUPLE(it->source);
    sp_value_t small[4];
    sp_value_t *items = small;
    if (iters->size > 4 && !(items = sp_alloc(vm, (size_t)iters->size * sizeof(sp_value_t)))) return SP_NULL;
    for (int64_t i = 0; i < iters->size; i++) {
        items[i] = sp_next(vm, iters->items[i]);
        if (!items[i]) return vm->exc ? SP_NULL : iter_exhaust(it);
    }
    return sp_call(vm, it->extra, items, (int)iters->size, SP_NULL);
}

/* source: the iterator; extra: the predicate, or None for truthiness. */
static sp_value_t filter_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,
                                   sp_value_t kwnames) {
    if (sp_check_nargs(vm, "filter", nargs, kwnames, 2, 2) < 0) return SP_NULL;
    sp_value_t it = sp_iter(vm, args[1]);
    if (!it) return SP_NULL;
    return sp_iterator_new(vm, type, it, args[0], 0, 0);
}

static sp_value_t filter_next(sp_vm_t *vm, sp_value_t self) {
    sp_iterator_t *it = ITER(self);
    if (!it->source) return SP_NULL;
    for (;;) {
        sp_value_t item = sp_next(vm, it->source);
        if (!item) return vm->exc ? SP_NULL : iter_exhaust(it);
        sp_value_t verdict = item;
        if (it->extra != SP_NONE && it->extra != SP_OBJ(vm->types[SP_K_BOOL])) {
            verdict = sp_call1(vm, it->extra, item);
            if (!verdict) return SP_NULL;
        }
        int t = sp_truthy(vm, verdict);
        if (t < 0) return SP_NULL;
        if (t) return item;
    }
}

/* ---- reversed --------------------------------------------------------------------------- */

/* reversed(range(...)) is the iterator of the mirrored range. */
static sp_value_t reversed_range(sp_vm_t *vm, sp_value_t range) {
    sp_value_t mirrored = sp_range_reversed(vm, range);
    return mirrored ? sp_iter(vm, mirrored) : SP_NULL;
}

/* source: the sequence; index: the next index, counting down to 0. */
static sp_value_t reversed_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,
                                     sp_value_t kwnames) {
    if (kwnames && SP_AS_TUPLE(kwnames)->size > 0)
        return sp_raise(vm, SP_EXC_TypeError, "reversed() takes no keyword arguments");
    if (nargs != 1) return sp_raise(vm, SP_EXC_TypeError, "reversed expected 1 argument, got %d", nargs);
    sp_value_t seq = args[0];
    sp_type_t *seq_type = sp_typeof(vm, seq);
    sp_value_t name = sp_str_intern_cstr(vm, "__reversed__");
    if (!name) return SP_NULL;
    sp_value_t method = type_lookup(vm, seq_type, name);
    if (method) {
        if (method == SP_NONE)
            return sp_raise(vm, SP_EXC_TypeError, "'%s' object is not reversible", seq_type->name);
        return sp_call1(vm, method, seq);
    }
    switch (seq_type->kind) {
    case SP_K_LIST:
        return sp_iterator_new(vm, vm->iter_types[SP_ITER_LIST_REV], seq, SP_NULL, 0, 0);
    case SP_K_RANGE:
        return reversed_range(vm, seq);
    case SP_K_DICT:
    case SP_K_DICT_VIEW: { /* dicts and their views are reversible (insertion order backwards) */
        sp_value_t keys = sp_list_from_iterable(vm, seq);
        return keys ? sp_iterator_new(vm, vm->iter_types[SP_ITER_LIST_REV], keys, SP_NULL, 0, 0) : SP_NULL;
    }
    case SP_K_SET:
    case SP_K_FROZENSET:
        return sp_raise(vm, SP_EXC_TypeError, "'%s' object is not reversible", seq_type->name);
    default:
        break;
    }
    if (!seq_type->len || !seq_type->getitem || seq_type->kind == SP_K_DICT_VIEW)
        return sp_raise(vm, SP_EXC_TypeError, "'%s' object is not reversible", seq_type->name);
    int64_t n = sp_len(vm, seq);
    if (n < 0) return SP_NULL;
    return sp_iterator_new(vm, type, seq, SP_NULL, n - 1, 0);
}

static sp_value_t reversed_next(sp_vm_t *vm, sp_value_t self) {
    sp_iterator_t *it = ITER(self);
    if (!it->source) return SP_NULL;
    if (it->index < 0) return iter_exhaust(it);
    sp_value_t item = sp_getitem(vm, it->source, sp_int_from_i64(vm, it->index));
    if (item) {
        it->index--;
        return item;
    }
    if (sp_exc_matches(vm, SP_EXC_IndexError) || sp_exc_matches(vm, SP_EXC_StopIteration)) {
        sp_exc_fetch(vm);
        return iter_exhaust(it);
    }
    return SP_NULL;
}

/* ---- Shared slots and methods ----------------------------------------------------------- */

static sp_value_t iter_self(sp_vm_t *vm, sp_value_t self) {
    return self;
}

static sp_value_t iter_m_iter(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "__iter__", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    return args[0];
}

static sp_value_t iter_m_next(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "__next__", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    sp_value_t item = sp_next(vm, args[0]);
    if (!item && !vm->exc) return sp_raise_empty(vm, SP_EXC_StopIteration);
    return item;
}

/* __length_hint__ for the iterators whose remaining count is known. */
static sp_value_t iter_m_length_hint(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "__length_hint__", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    sp_iterator_t *it = ITER(args[0]);
    int64_t left = 0;
    if (it->source) {
        switch (iter_kind_of(vm, it->hdr.type)) {
        case SP_ITER_LIST:
            left = SP_AS_LIST(it->source)->size - it->index;
            break;
        case SP_ITER_LIST_REV: {
            int64_t pos = it->limit - 1 - it->index;
            left = pos < SP_AS_LIST(it->source)->size ? pos + 1 : 0;
            break;
        }
        case SP_ITER_TUPLE:
            left = SP_AS_TUPLE(it->source)->size - it->index;
            break;
        case SP_ITER_BYTES:
            left = SP_AS_BYTES(it->source)->size - it->index;
            break;
        case SP_ITER_RANGE:
            left = it->limit - it->index;
            break;
        default:
            left = 0;
            break;
        }
    }
    return sp_smallint(left < 0 ? 0 : left);
}

/* __reduce__ of the container iterators, as CPython's (what copy.copy/deepcopy use):
 * (iter, (container,), position) for list, tuple, str, bytes and range iterators (the position
 * counts items; __setstate__ restores it), (iter, (list of the items left,)) for dict and set
 * iterators (read from a copy of the iterator, so this one does not move), and
 * (iter, ((),)) once exhausted. */
static sp_value_t iter_m_reduce(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "__reduce__", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    sp_iterator_t *it = ITER(args[0]);
    sp_value_t fn = sp_dict_get_cstr(vm, vm->builtins, "iter");
    if (fn == SP_NULL) return vm->exc ? SP_NULL : sp_raise(vm, SP_EXC_RuntimeError, "builtins.iter is missing");
    int kind = iter_kind_of(vm, it->hdr.type);
    sp_value_t source = it->source, state = SP_NULL;
    if (source == SP_NULL) {
        source = sp_tuple_new(vm, 0);
    } else if (kind == SP_ITER_LIST || kind == SP_ITER_TUPLE || kind == SP_ITER_BYTES || kind == SP_ITER_RANGE) {
        state = sp_int_from_i64(vm, it->index);
    } else if (kind == SP_ITER_STR) {
        sp_str_t *str = SP_AS_STR(source);
        int64_t chars = 0;
        for (int64_t i = 0; i < it->index && i < str->size; i++)
            if (((unsigned char)str->data[i] & 0xC0) != 0x80) chars++;
        state = sp_int_from_i64(vm, chars);
    } else if (kind == SP_ITER_DICT_KEYS || kind == SP_ITER_DICT_VALUES || kind == SP_ITER_DICT_ITEMS ||
               kind == SP_ITER_SET) {
        sp_iterator_t *clone = (sp_iterator_t *)sp_new_object(vm, it->hdr.type, sizeof(sp_iterator_t));
        if (clone == NULL) return SP_NULL;
        clone->source = it->source;
        clone->extra = it->extra;
        clone->index = it->index;
        clone->limit = it->limit;
        source = sp_list_new(vm, 0);
        if (source == SP_NULL) return SP_NULL;
        sp_value_t item;
        while ((item = sp_next(vm, SP_OBJ(clone))) != SP_NULL)
            if (sp_list_append(vm, source, item) < 0) return SP_NULL;
        if (vm->exc != SP_NULL) return SP_NULL;
    } else {
        return sp_raise(vm, SP_EXC_TypeError, "cannot pickle '%s' object", it->hdr.type->name);
    }
    if (source == SP_NULL || (kind != SP_ITER_STR && state == SP_NULL && vm->exc != SP_NULL)) return SP_NULL;
    sp_value_t inner = sp_tuple_from_array(vm, &source, 1);
    if (inner == SP_NULL) return SP_NULL;
    sp_value_t items[3] = {fn, inner, state};
    return sp_tuple_from_array(vm, items, state != SP_NULL ? 3 : 2);
}

/* __setstate__(position) of the list, tuple, str, bytes and range iterators. */
static sp_value_t iter_m_setstate(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "__setstate__", nargs - 1, kwnames, 1, 1) < 0) return SP_NULL;
    sp_iterator_t *it = ITER(args[0]);
    int64_t pos;
    if (!sp_is_int(args[1])) return sp_raise(vm, SP_EXC_TypeError, "an integer is required");
    if (sp_int_to_i64(vm, args[1], &pos) < 0) return SP_NULL;
    if (pos < 0) pos = 0;
    if (it->source == SP_NULL) return SP_NONE;
    switch (iter_kind_of(vm, it->hdr.type)) {
    case SP_ITER_LIST:
        it->index = pos > SP_AS_LIST(it->source)->size ? SP_AS_LIST(it->source)->size : pos;
        break;
    case SP_ITER_TUPLE:
        it->index = pos > SP_AS_TUPLE(it->source)->size ? SP_AS_TUPLE(it->source)->size : pos;
        break;
    case SP_ITER_BYTES:
        it->index = pos > SP_AS_BYTES(it->source)->size ? SP_AS_BYTES(it->source)->size : pos;
        break;
    case SP_ITER_RANGE:
        it->index = pos > it->limit ? it->limit : pos;
        break;
    case SP_ITER_STR: {
        sp_str_t *str = SP_AS_STR(it->source);
        int64_t i = 0;
        for (int64_t chars = 0; i < str->size; i++) {
            if (((unsigned char)str->data[i] & 0xC0) != 0x80) {
                if (chars == pos) break;
                chars++;
            }
        }
        it->index = i;
        break;
    }
    default:
        return sp_raise(vm, SP_EXC_TypeError, "'%s' object has no __setstate__", it->hdr.type->name);
    }
    return SP_NONE;
}

static const sp_method_def_t reduce_iter_methods[] = {
    {"__reduce__", iter_m_reduce},
    {NULL, NULL},
};

static const sp_method_def_t setstate_iter_methods[] = {
    {"__setstate__", iter_m_setstate},
    {NULL, NULL},
};

static const sp_method_def_t iter_methods[] = {
    {"__iter__", iter_m_iter},
    {"__next__", iter_m_next},
    {NULL, NULL},
};

static const sp_method_def_t sized_iter_methods[] = {
    {"__length_hint__", iter_m_length_hint},
    {NULL, NULL},
};

/* The name, next slot and constructor of each iterator kind. */
typedef struct iter_kind_def {
    const char *name;
    sp_value_t (*next)(sp_vm_t *vm, sp_value_t self);
    sp_value_t (*construct)(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,
                            sp_value_t kwnames);
    bool sized;
} iter_kind_def_t;

static const iter_kind_def_t iter_kind_defs[SP_ITER__COUNT] = {
    [SP_ITER_LIST] = {"list_iterator", list_iter_next, NULL, true},
    [SP_ITER_LIST_REV] = {"list_reverseiterator", list_rev_iter_next, NULL, true},
    [SP_ITER_TUPLE] = {"tuple_iterator", tuple_iter_next, NULL, true},
    [SP_ITER_STR] = {"str_ascii_iterator", str_iter_next, NULL, false},
    [SP_ITER_BYTES] = {"bytes_iterator", bytes_iter_next, NULL, true},
    [SP_ITER_RANGE] = {"range_iterator", range_iter_next, NULL, true},
    [SP_ITER_DICT_KEYS] = {"dict_keyiterator", dict_keys_iter_next, NULL, false},
    [SP_ITER_DICT_VALUES] = {"dict_valueiterator", dict_values_iter_next, NULL, false},
    [SP_ITER_DICT_ITEMS] = {"dict_itemiterator", dict_items_iter_next, NULL, false},
    [SP_ITER_SET] = {"set_iterator", set_iter_next, NULL, false},
    [SP_ITER_SEQ] = {"iterator", seq_iter_next, NULL, false},
    [SP_ITER_ENUMERATE] = {"enumerate", enumerate_next, enumerate_construct, false},
    [SP_ITER_ZIP] = {"zip", zip_next, zip_construct, false},
    [SP_ITER_MAP] = {"map", map_next, map_construct, false},
    [SP_ITER_FILTER] = {"filter", filter_next, filter_construct, false},
    [SP_ITER_REVERSED] = {"reversed", reversed_next, reversed_construct, false},
};

void iterators_init(sp_vm_t *vm) {
    for (int k = 0; k < SP_ITER__COUNT; k++) {
        const iter_kind_def_t *def = &iter_kind_defs[k];
        sp_type_t *t = type_new_builtin(vm, SP_K_ITERATOR, def->name, vm->types[SP_K_OBJECT]);
        if (!t) return;
        t->iter = iter_self;
        t->next = def->next;
        t->construct = def->construct;
        if (def->construct) t->flags |= SP_TYPE_BASETYPE;
        type_add_methods(vm, t, iter_methods);
        if (def->sized) type_add_methods(vm, t, sized_iter_methods);
        if (k <= SP_ITER_SET && k != SP_ITER_LIST_REV) type_add_methods(vm, t, reduce_iter_methods);
        if (k == SP_ITER_LIST || k == SP_ITER_TUPLE || k == SP_ITER_STR || k == SP_ITER_BYTES || k == SP_ITER_RANGE)
            type_add_methods(vm, t, setstate_iter_methods);
        vm->iter_types[k] = t;
    }
}
