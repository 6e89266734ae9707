/* dict.c: the insertion-ordered hash table behind dicts, namespaces and keyword arguments,
 * plus the dict views (dict_keys, dict_values, dict_items). Never assume the table survives a
 * call into Python code (__eq__, __hash__, __repr__): re-check the version after one. */
#include <string.h>

#include "runtime/runtime.h"
#include "runtime/class.h"

/*
 * Layout (CPython 3.6+'s compact dict):
 *
 *   index[index_size]   int32 slots, probed by hash:  -1 empty, -2 deleted, else an entry number
 *        |
 *        v
 *   entries[cap_entries]   (hash, key, value) in insertion order; a deleted entry keeps its place
 *                          with key SP_NULL until the next resize compacts the array
 *
 * The index is probed as CPython does: slot = hash & mask, then slot = slot*5 + 1 + perturb with
 * perturb = hash shifted right 5 bits per step, so every bit of the hash eventually matters.
 * At most 2/3 of the index is ever in use, so probing always finds an empty slot.
 */

#define DICT_EMPTY (-1)
#define DICT_DUMMY (-2)
#define DICT_ERROR (-3)
#define DICT_MIN_SIZE 8
#define DICT_PERTURB_SHIFT 5
#define DICT_MAX_SIZE ((int64_t)1 << 30)

static int64_t dict_usable(int64_t index_size) { return index_size * 2 / 3; }

/* hash(key), with the common exact-str and small-int cases inline. */
static int dict_hash_key(sp_vm_t *vm, sp_value_t key, int64_t *out) {
    if (sp_is_obj(key) && SP_AS_OBJ(key)->type == vm->types[SP_K_STR]) {
        *out = sp_str_hash(key);
        return 0;
    }
    if (sp_is_smallint(key)) {
        *out = sp_int_hash(vm, key);
        return 0;
    }
    return sp_hash(vm, key, out);
}

static bool dict_is_exact_str(sp_vm_t *vm, sp_value_t v) {
    return sp_is_obj(v) && SP_AS_OBJ(v)->type == vm->types[SP_K_STR];
}

/*
 * Finds `key`. Returns its entry number, DICT_EMPTY when it is missing, or DICT_ERROR when a
 * comparison raised. *slot_out receives the index slot holding the key, or — when missing —
 * the slot a new entry should take (the first deleted slot on the probe path, else the empty one).
 */
static int64_t dict_lookup(sp_vm_t *vm, sp_dict_t *dict, sp_value_t key, int64_t hash, int64_t *slot_out) {
restart:
    if (dict->index_size == 0) {
        *slot_out = -1;
        return DICT_EMPTY;
    }
    uint64_t mask = (uint64_t)dict->index_size - 1, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    int64_t free_slot = -1;
    for (;;) {
        int32_t ix = dict->index[i];
        if (ix == DICT_EMPTY) {
            *slot_out = free_slot >= 0 ? free_slot : (int64_t)i;
            return DICT_EMPTY;
        }
        if (ix == DICT_DUMMY) {
            if (free_slot < 0) free_slot = (int64_t)i;
        } else {
            sp_dict_entry_t *entry = &dict->entries[ix];
            sp_value_t found = entry->key;
            if (found == key) {
                *slot_out = (int64_t)i;
                return ix;
            }
            if (entry->hash == hash) {
                int eq;
                if (dict_is_exact_str(vm, found) && dict_is_exact_str(vm, key)) {
                    eq = sp_str_equal(found, key);
                } else {
                    uint64_t version = dict->version;
                    sp_dict_entry_t *entries = dict->entries;
                    eq = sp_equal(vm, found, key);
                    if (eq < 0) return DICT_ERROR;
                    /* __eq__ ran Python code that changed the table: start over. */
                    if (dict->version != version || dict->entries != entries || entry->key != found) goto restart;
                }
                if (eq) {
                    *slot_out = (int64_t)i;
                    return ix;
                }
            }
        }
        perturb >>= DICT_PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* The first empty index slot for `hash` (a table with no deleted slots, e.g. after resize). */
static int64_t dict_find_empty(sp_dict_t *dict, int64_t hash) {
    uint64_t mask = (uint64_t)dict->index_size - 1, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    while (dict->index[i] >= 0) {
        perturb >>= DICT_PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return (int64_t)i;
}

/* The index slot that refers to entry number ix. */
static int64_t dict_find_slot_of(sp_dict_t *dict, int64_t hash, int64_t ix) {
    uint64_t mask = (uint64_t)dict->index_size - 1, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    while (dict->index[i] != ix) {
        perturb >>= DICT_PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return (int64_t)i;
}

/* Rebuilds the table with room for at least min_size index slots, dropping deleted entries. */
static int dict_resize(sp_vm_t *vm, sp_dict_t *dict, int64_t min_size) {
    int64_t size = DICT_MIN_SIZE;
    while (size < min_size && size < DICT_MAX_SIZE) size <<= 1;
    if (size < min_size) {
        sp_raise_nomem(vm);
        return -1;
    }
    int64_t capacity = dict_usable(size);
    int32_t *index = sp_alloc_atomic(vm, (size_t)size * sizeof(int32_t));
    if (!index) return -1;
    sp_dict_entry_t *entries = sp_alloc(vm, (size_t)capacity * sizeof(sp_dict_entry_t));
    if (!entries) return -1;
    memset(index, 0xFF, (size_t)size * sizeof(int32_t)); /* every slot DICT_EMPTY (-1) */
    int64_t n = 0;
    for (int64_t i = 0; i < dict->n_entries; i++)
        if (dict->entries[i].key) entries[n++] = dict->entries[i];
    dict->index = index;
    dict->index_size = size;
    dict->entries = entries;
    dict->cap_entries = capacity;
    dict->n_entries = n;
    for (int64_t i = 0; i < n; i++) index[dict_find_empty(dict, entries[i].hash)] = (int32_t)i;
    return 0;
}

/* Inserts or replaces with a precomputed hash. The first key object stored is kept. */
static int dict_insert(sp_vm_t *vm, sp_dict_t *dict, sp_value_t key, int64_t hash, sp_value_t value) {
    int64_t slot;
    int64_t ix = dict_lookup(vm, dict, key, hash, &slot);
    if (ix == DICT_ERROR) return -1;
    if (ix >= 0) {
        dict->entries[ix].value = value;
        dict->version++;
        return 0;
    }
    if (dict->n_entries >= dict->cap_entries) {
        if (dict_resize(vm, dict, dict->used * 3) < 0) return -1;
        slot = dict_find_empty(dict, hash);
    }
    int64_t n = dict->n_entries++;
    dict->entries[n].hash = hash;
    dict->entries[n].key = key;
    dict->entries[n].value = value;
    dict->index[slot] = (int32_t)n;
    dict->used++;
    dict->version++;
    return 0;
}

static void dict_delete_at(sp_dict_t *dict, int64_t slot, int64_t ix) {
    dict->index[slot] = DICT_DUMMY;
    dict->entries[ix].key = SP_NULL;
    dict->entries[ix].value = SP_NULL;
    dict->used--;
    dict->version++;
}

/* ---- The C API ------------------------------------------------------------------------------ */

sp_value_t sp_dict_new(sp_vm_t *vm) {
    sp_object_t *dict = sp_new_object(vm, vm->types[SP_K_DICT], sizeof(sp_dict_t));
    return dict ? SP_OBJ(dict) : SP_NULL;
}

sp_value_t sp_dict_get(sp_vm_t *vm, sp_value_t self, sp_value_t key) {
    sp_dict_t *dict = SP_AS_DICT(self);
    int64_t hash, slot;
    if (dict_hash_key(vm, key, &hash) < 0) return SP_NULL; /* unhashable even when empty */
    if (dict->used == 0) return SP_NULL;
    int64_t ix = dict_lookup(vm, dict, key, hash, &slot);
    return ix >= 0 ? dict->entries[ix].value : SP_NULL;
}

sp_value_t sp_dict_get_cstr(sp_vm_t *vm, sp_value_t self, const char *key) {
    if (SP_AS_DICT(self)->used == 0) return SP_NULL;
    sp_value_t str = sp_str_new(vm, key, strlen(key));
    if (!str) {
        sp_exc_fetch(vm);
        return SP_NULL;
    }
    return sp_dict_get(vm, self, str);
}

int sp_dict_set(sp_vm_t *vm, sp_value_t self, sp_value_t key, sp_value_t value) {
    int64_t hash;
    if (dict_hash_key(vm, key, &hash) < 0) return -1;
    return dict_insert(vm, SP_AS_DICT(self), key, hash, value);
}

int sp_dict_set_cstr(sp_vm_t *vm, sp_value_t self, const char *key, sp_value_t value) {
    sp_value_t str = sp_str_intern_cstr(vm, key);
    if (!str) return -1;
    return sp_dict_set(vm, self, str, value);
}

int sp_dict_del(sp_vm_t *vm, sp_value_t self, sp_value_t key) {
    sp_dict_t *dict = SP_AS_DICT(self);
    int64_t hash, slot;
    if (dict_hash_key(vm, key, &hash) < 0) return -1;
    if (dict->used == 0) return 0;
    int64_t ix = dict_lookup(vm, dict, key, hash, &slot);
    if (ix == DICT_ERROR) return -1;
    if (ix < 0) return 0;
    dict_delete_at(dict, slot, ix);
    return 1;
}

bool sp_dict_next(sp_value_t self, int64_t *pos, sp_value_t *key, sp_value_t *value) {
    sp_dict_t *dict = SP_AS_DICT(self);
    while (*pos < dict->n_entries) {
        sp_dict_entry_t *entry = &dict->entries[(*pos)++];
        if (entry->key) {
            if (key) *key = entry->key;
            if (value) *value = entry->value;
            return true;
        }
    }
    return false;
}

/* Copies every entry of `other` (a dict) into `self`, reusing the stored hashes. */
static int dict_merge(sp_vm_t *vm, sp_value_t self, sp_value_t other) {
    sp_dict_t *src = SP_AS_DICT(other);
    for (int64_t i = 0; i < src->n_entries; i++) {
        sp_dict_entry_t entry = src->entries[i];
        if (entry.key && dict_insert(vm, SP_AS_DICT(self), entry.key, entry.hash, entry.value) < 0) return -1;
    }
    return 0;
}

/* Merges a mapping that is not a dict: for k in other.keys(): self[k] = other[k]. */
static int dict_merge_mapping(sp_vm_t *vm, sp_value_t self, sp_value_t other, sp_value_t keys_method) {
    sp_value_t keys = sp_call(vm, keys_method, NULL, 0, SP_NULL);
    if (!keys) return -1;
    sp_value_t iter = sp_iter(vm, keys);
    if (!iter) return -1;
    for (;;) {
        sp_value_t key = sp_next(vm, iter);
        if (!key) return vm->exc ? -1 : 0;
        sp_value_t value = sp_getitem(vm, other, key);
        if (!value || sp_dict_set(vm, self, key, value) < 0) return -1;
    }
}

/* One element of an update sequence, which must be a pair. */
static int dict_merge_pair(sp_vm_t *vm, sp_value_t self, sp_value_t item, int64_t position) {
    sp_value_t seq = item;
    if (!sp_is_tuple(item) && !sp_is_list(item)) {
        sp_value_t iter = sp_iter(vm, item);
        if (!iter) {
            if (!sp_exc_matches(vm, SP_EXC_TypeError)) return -1;
            sp_exc_fetch(vm);
            sp_raise(vm, SP_EXC_TypeError, "cannot convert dictionary update sequence element #%lld to a sequence",
                     (long long)position);
            return -1;
        }
        seq = sp_list_from_iterable(vm, iter);
        if (!seq) return -1;
    }
    int64_t n = sp_is_tuple(seq) ? SP_AS_TUPLE(seq)->size : SP_AS_LIST(seq)->size;
    const sp_value_t *items = sp_is_tuple(seq) ? SP_AS_TUPLE(seq)->items : SP_AS_LIST(seq)->items;
    if (n != 2) {
        sp_raise(vm, SP_EXC_ValueError, "dictionary update sequence element #%lld has length %lld; 2 is required",
                 (long long)position, (long long)n);
        return -1;
    }
    return sp_dict_set(vm, self, items[0], items[1]);
}

static int dict_merge_pairs(sp_vm_t *vm, sp_value_t self, sp_value_t iterable) {
    sp_value_t iter = sp_iter(vm, iterable);
    if (!iter) return -1;
    for (int64_t position = 0;; position++) {
        sp_value_t item = sp_next(vm, iter);
        if (!item) return vm->exc ? -1 : 0;
        if (dict_merge_pair(vm, self, item, position) < 0) return -1;
    }
}

int sp_dict_update(sp_vm_t *vm, sp_value_t self, sp_value_t other) {
    if (sp_is_dict(other)) return dict_merge(vm, self, other);
    sp_value_t keys = sp_getattr_opt(vm, other, sp_str_intern_cstr(vm, "keys"));
    if (keys) return dict_merge_mapping(vm, self, other, keys);
    if (vm->exc) return -1;
    return dict_merge_pairs(vm, self, other);
}

sp_value_t sp_dict_copy(sp_vm_t *vm, sp_value_t self) {
    sp_dict_t *src = SP_AS_DICT(self);
    sp_value_t copy = sp_dict_new(vm);
    if (!copy) return SP_NULL;
    sp_dict_t *dst = SP_AS_DICT(copy);
    if (src->used == 0) return copy;
    if (src->used != src->n_entries) return dict_merge(vm, copy, self) < 0 ? SP_NULL : copy;
    /* No deleted entries: the arrays can be copied as they are. */
    dst->index = sp_alloc_atomic(vm, (size_t)src->index_size * sizeof(int32_t));
    dst->entries = sp_alloc(vm, (size_t)src->cap_entries * sizeof(sp_dict_entry_t));
    if (!dst->index || !dst->entries) return SP_NULL;
    memcpy(dst->index, src->index, (size_t)src->index_size * sizeof(int32_t));
    memcpy(dst->entries, src->entries, (size_t)src->n_entries * sizeof(sp_dict_entry_t));
    dst->index_size = src->index_size;
    dst->cap_entries = src->cap_entries;
    dst->n_entries = dst->used = src->used;
    return copy;
}

/* ---- Slots ---------------------------------------------------------------------------------- */

static sp_value_t dict_repr(sp_vm_t *vm, sp_value_t self) {
    sp_dict_t *dict = SP_AS_DICT(self);
    if (dict->used == 0) return sp_str_from_cstr(vm, "{}");
    int entered = sp_repr_enter(vm, self);
    if (entered < 0) return SP_NULL;
    if (entered) return sp_str_from_cstr(vm, "{...}");
    sp_strbuf_t buf;
    strbuf_init(vm, &buf);
    strbuf_append_cstr(&buf, "{");
    sp_value_t key, value;
    bool first = true;
    for (int64_t pos = 0; sp_dict_next(self, &pos, &key, &value);) {
        sp_value_t key_text = sp_repr(vm, key);
        sp_value_t value_text = key_text ? sp_repr(vm, value) : SP_NULL;
        if (!value_text) {
            sp_repr_leave(vm, self);
            return SP_NULL;
        }
        if (!first) strbuf_append_cstr(&buf, ", ");
        first = false;
        strbuf_append_str(&buf, key_text);
        strbuf_append_cstr(&buf, ": ");
        strbuf_append_str(&buf, value_text);
    }
    sp_repr_leave(vm, self);
    strbuf_append_cstr(&buf, "}");
    return strbuf_finish(&buf);
}

/* Dicts are equal when they hold the same keys mapped to equal values; 0, 1 or -1. */
static int dict_equal(sp_vm_t *vm, sp_value_t a, sp_value_t b) {
    if (SP_AS_DICT(a)->used != SP_AS_DICT(b)->used) return 0;
    sp_value_t key, value;
    for (int64_t pos = 0; sp_dict_next(a, &pos, &key, &value);) {
        sp_value_t other = sp_dict_get(vm, b, key);
        if (!other) return vm->exc ? -1 : 0;
        int eq = sp_equal(vm, value, other);
        if (eq <= 0) return eq;
    }
    return 1;
}

static sp_value_t dict_richcompare(sp_vm_t *vm, sp_value_t a, sp_value_t b, sp_cmp_t op) {
    if (!sp_is_dict(a) || !sp_is_dict(b) || (op != SP_CMP_EQ && op != SP_CMP_NE)) return SP_NOTIMPLEMENTED;
    int eq = dict_equal(vm, a, b);
    if (eq < 0) return SP_NULL;
    return sp_bool(op == SP_CMP_EQ ? eq : !eq);
}

static sp_value_t dict_binop(sp_vm_t *vm, sp_binop_t op, sp_value_t a, sp_value_t b) {
    if ((op & ~SP_BINOP_INPLACE) != SP_BINOP_OR || !sp_is_dict(a)) return SP_NOTIMPLEMENTED;
    if (op & SP_BINOP_INPLACE) return sp_dict_update(vm, a, b) < 0 ? SP_NULL : a;
    if (!sp_is_dict(b)) return SP_NOTIMPLEMENTED;
    sp_value_t result = sp_dict_copy(vm, a);
    if (!result || dict_merge(vm, result, b) < 0) return SP_NULL;
    return result;
}

static int64_t dict_len(sp_vm_t *vm, sp_value_t self) { return SP_AS_DICT(self)->used; }

static sp_value_t dict_getitem(sp_vm_t *vm, sp_value_t self, sp_value_t key) {
    sp_value_t value = sp_dict_get(vm, self, key);
    if (!value && !vm->exc && class_is_heap(SP_AS_OBJ(self)->type)) {
        /* dict subclasses may define __missing__ (collections.defaultdict's hook). */
        bool found;
        value = class_call_special(vm, self, sp_str_intern_cstr(vm, "__missing__"), &key, 1, &found);
        if (found) return value;
    }
    if (!value && !vm->exc) return sp_raise_value(vm, SP_EXC_KeyError, key);
    return value;
}

static int dict_setitem(sp_vm_t *vm, sp_value_t self, sp_value_t key, sp_value_t value) {
    if (value) return sp_dict_set(vm, self, key, value);
    int removed = sp_dict_del(vm, self, key);
    if (removed == 0) sp_raise_value(vm, SP_EXC_KeyError, key);
    return removed == 1 ? 0 : -1;
}

static int dict_contains(sp_vm_t *vm, sp_value_t self, sp_value_t key) {
    int64_t hash, slot;
    if (dict_hash_key(vm, key, &hash) < 0) return -1;
    int64_t ix = dict_lookup(vm, SP_AS_DICT(self), key, hash, &slot);
    return ix == DICT_ERROR ? -1 : ix >= 0;
}

static sp_value_t dict_iter(sp_vm_t *vm, sp_value_t self) {
    return sp_iterator_new(vm, vm->iter_types[SP_ITER_DICT_KEYS], self, SP_NULL, 0, 0);
}

/* dict(**kwargs) and update(**kwargs): the keyword values follow the positionals. */
static int dict_merge_kwargs(sp_vm_t *vm, sp_value_t self, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (!kwnames) return 0;
    sp_tuple_t *names = SP_AS_TUPLE(kwnames);
    for (int64_t i = 0; i < names->size; i++)
        if (sp_dict_set(vm, self, names->items[i], args[nargs + i]) < 0) return -1;
    return 0;
}

static sp_value_t dict_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,
                                 sp_value_t kwnames) {
    if (nargs > 1) return sp_raise(vm, SP_EXC_TypeError, "dict expected at most 1 argument, got %d", nargs);
    sp_value_t dict = sp_dict_new(vm);
    if (!dict) return SP_NULL;
    SP_AS_OBJ(dict)->type = type;
    if (nargs == 1 && sp_dict_update(vm, dict, args[0]) < 0) return SP_NULL;
    if (dict_merge_kwargs(vm, dict, args, nargs, kwnames) < 0) return SP_NULL;
    return dict;
}

/* ---- Views ---------------------------------------------------------------------------------- */

/* A view is an sp_iterator_t whose `source` is the dict; its type says which view it is. */
static sp_value_t dict_view_new(sp_vm_t *vm, sp_value_t dict, sp_dictview_kind_t kind) {
    sp_iterator_t *view = (sp_iterator_t *)sp_new_object(vm, vm->dictview_types[kind], sizeof *view);
    if (!view) return SP_NULL;
    view->source = dict;
    view->extra = SP_NULL;
    return SP_OBJ(view);
}

static sp_dictview_kind_t dict_view_kind(sp_vm_t *vm, sp_value_t view) {
    sp_type_t *type = SP_AS_OBJ(view)->type;
    if (type == vm->dictview_types[SP_VIEW_KEYS]) return SP_VIEW_KEYS;
    return type == vm->dictview_types[SP_VIEW_ITEMS] ? SP_VIEW_ITEMS : SP_VIEW_VALUES;
}

static int64_t dict_view_len(sp_vm_t *vm, sp_value_t self) { return SP_AS_DICT(SP_AS_ITER(self)->source)->used; }

static sp_value_t dict_view_iter(sp_vm_t *vm, sp_value_t self) {
    static const sp_iter_kind_t iter_kinds[SP_VIEW__COUNT] = {SP_ITER_DICT_KEYS, SP_ITER_DICT_VALUES,
                                                               SP_ITER_DICT_ITEMS};
    return sp_iterator_new(vm, vm->iter_types[iter_kinds[dict_view_kind(vm, self)]], SP_AS_ITER(self)->source,
                           SP_NULL, 0, 0);
}

static int dict_view_contains(sp_vm_t *vm, sp_value_t self, sp_value_t item) {
    sp_value_t dict = SP_AS_ITER(self)->source;
    switch (dict_view_kind(vm, self)) {
    case SP_VIEW_KEYS: return dict_contains(vm, dict, item);
    case SP_VIEW_ITEMS: {
        if (!sp_is_tuple(item) || SP_AS_TUPLE(item)->size != 2) return 0;
        sp_value_t value = sp_dict_get(vm, dict, SP_AS_TUPLE(item)->items[0]);
        if (!value) return vm->exc ? -1 : 0;
        return sp_equal(vm, value, SP_AS_TUPLE(item)->items[1]);
    }
    default: {
        sp_value_t value;
        for (int64_t pos = 0; sp_dict_next(dict, &pos, NULL, &value);) {
            int eq = sp_equal(vm, value, item);
            if (eq) return eq;
        }
        return 0;
    }
    }
}

static sp_value_t dict_view_repr(sp_vm_t *vm, sp_value_t self) {
    int entered = sp_repr_enter(vm, self);
    if (entered < 0) return SP_NULL;
    if (entered) return sp_str_from_cstr(vm, "...");
    sp_value_t list = sp_list_from_iterable(vm, self);
    sp_value_t text = list ? sp_repr(vm, list) : SP_NULL;
    sp_repr_leave(vm, self);
    if (!text) return SP_NULL;
    return sp_str_format(vm, "%s(%s)", SP_AS_OBJ(self)->type->name, sp_str_cstr(text));
}

/* A new set holding the items of any iterable (views included). */
static sp_value_t dict_view_to_set(sp_vm_t *vm, sp_value_t iterable) {
    sp_value_t set = sp_set_new(vm, false);
    if (!set || sp_set_update(vm, set, iterable) < 0) return SP_NULL;
    return set;
}

static bool dict_view_is_setlike(sp_vm_t *vm, sp_value_t v) {
    if (sp_is_kind(v, SP_K_SET) || sp_is_kind(v, SP_K_FROZENSET)) return true;
    return sp_is_kind(v, SP_K_DICT_VIEW) && dict_view_kind(vm, v) != SP_VIEW_VALUES;
}

/* keys and items views compare like sets with sets and other such views. */
static sp_value_t dict_view_richcompare(sp_vm_t *vm, sp_value_t a, sp_value_t b, sp_cmp_t op) {
    if (!dict_view_is_setlike(vm, a) || !dict_view_is_setlike(vm, b)) return SP_NOTIMPLEMENTED;
    sp_value_t sa = dict_view_to_set(vm, a);
    sp_value_t sb = sa ? dict_view_to_set(vm, b) : SP_NULL;
    if (!sb) return SP_NULL;
    return sp_compare(vm, sa, sb, op);
}

/* view & other, other | view, ...: set(left operand) <op>= right operand, as CPython. */
static sp_value_t dict_view_binop(sp_vm_t *vm, sp_binop_t op, sp_value_t a, sp_value_t b) {
    op &= ~SP_BINOP_INPLACE;
    if (op != SP_BINOP_AND && op != SP_BINOP_OR && op != SP_BINOP_SUB && op != SP_BINOP_XOR)
        return SP_NOTIMPLEMENTED;
    sp_value_t view = sp_is_kind(a, SP_K_DICT_VIEW) ? a : b;
    if (dict_view_kind(vm, view) == SP_VIEW_VALUES) return SP_NOTIMPLEMENTED;
    sp_value_t result = dict_view_to_set(vm, a); /* 1 & d.keys(): "'int' object is not iterable" */
    if (!result || sp_set_update_op(vm, result, op, b) < 0) return SP_NULL;
    return result;
}

static sp_value_t dict_view_m_isdisjoint(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    const char *fname = dict_view_kind(vm, args[0]) == SP_VIEW_KEYS ? "dict_keys.isdisjoint" : "dict_items.isdisjoint";
    if (sp_check_arity(vm, fname, nargs - 1, kwnames, 1, 1) < 0) return SP_NULL;
    sp_value_t iter = sp_iter(vm, args[1]);
    if (!iter) return SP_NULL;
    for (;;) {
        sp_value_t item = sp_next(vm, iter);
        if (!item) return vm->exc ? SP_NULL : SP_TRUE;
        int found = dict_view_contains(vm, args[0], item);
        if (found < 0) return SP_NULL;
        if (found) return SP_FALSE;
    }
}

static const sp_method_def_t dict_view_methods[] = {
    {"isdisjoint", dict_view_m_isdisjoint},
    {NULL, NULL},
};

static void dict_views_init(sp_vm_t *vm) {
    static const char *const names[SP_VIEW__COUNT] = {"dict_keys", "dict_values", "dict_items"};
    for (int kind = 0; kind < SP_VIEW__COUNT; kind++) {
        sp_type_t *type = type_new_builtin(vm, SP_K_DICT_VIEW, names[kind], vm->types[SP_K_OBJECT]);
        type->repr = dict_view_repr;
        type->len = dict_view_len;
        type->iter = dict_view_iter;
        type->contains = dict_view_contains;
        if (kind != SP_VIEW_VALUES) {
            type->richcompare = dict_view_richcompare;
            type->binop = dict_view_binop;
            type_add_methods(vm, type, dict_view_methods);
        } else {
            type->hash = vm->types[SP_K_OBJECT]->hash; /* values views hash by identity, as CPython */
        }
        vm->dictview_types[kind] = type;
    }
}

/* ---- Methods -------------------------------------------------------------------------------- */

static sp_value_t dict_m_keys(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "dict.keys", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    return dict_view_new(vm, args[0], SP_VIEW_KEYS);
}

static sp_value_t dict_m_values(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "dict.values", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    return dict_view_new(vm, args[0], SP_VIEW_VALUES);
}

static sp_value_t dict_m_items(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "dict.items", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    return dict_view_new(vm, args[0], SP_VIEW_ITEMS);
}

static sp_value_t dict_m_get(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "dict.get", nargs - 1, kwnames, 1, 2) < 0) return SP_NULL;
    sp_value_t value = sp_dict_get(vm, args[0], args[1]);
    if (value || vm->exc) return value;
    return nargs > 2 ? args[2] : SP_NONE;
}

static sp_value_t dict_m_setdefault(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "dict.setdefault", nargs - 1, kwnames, 1, 2) < 0) return SP_NULL;
    sp_value_t value = sp_dict_get(vm, args[0], args[1]);
    if (value || vm->exc) return value;
    value = nargs > 2 ? args[2] : SP_NONE;
    return sp_dict_set(vm, args[0], args[1], value) < 0 ? SP_NULL : value;
}

static sp_value_t dict_m_pop(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "dict.pop", nargs - 1, kwnames, 1, 2) < 0) return SP_NULL;
    sp_dict_t *dict = SP_AS_DICT(args[0]);
    int64_t hash, slot;
    if (dict_hash_key(vm, args[1], &hash) < 0) return SP_NULL;
    int64_t ix = dict_lookup(vm, dict, args[1], hash, &slot);
    if (ix == DICT_ERROR) return SP_NULL;
    if (ix < 0) return nargs > 2 ? args[2] : sp_raise_value(vm, SP_EXC_KeyError, args[1]);
    sp_value_t value = dict->entries[ix].value;
    dict_delete_at(dict, slot, ix);
    return value;
}

static sp_value_t dict_m_popitem(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "dict.popitem", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    sp_dict_t *dict = SP_AS_DICT(args[0]);
    if (dict->used == 0) return sp_raise(vm, SP_EXC_KeyError, "popitem(): dictionary is empty");
    int64_t ix = dict->n_entries - 1;
    while (!dict->entries[ix].key) ix--;
    sp_dict_entry_t entry = dict->entries[ix];
    sp_value_t pair = sp_tuple_pack2(vm, entry.key, entry.value);
    if (!pair) return SP_NULL;
    dict_delete_at(dict, dict_find_slot_of(dict, entry.hash, ix), ix);
    dict->n_entries = ix; /* the entries after ix are all deleted: reuse their room */
    return pair;
}

static sp_value_t dict_m_update(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (nargs > 2) return sp_raise(vm, SP_EXC_TypeError, "update expected at most 1 argument, got %d", nargs - 1);
    if (nargs == 2 && sp_dict_update(vm, args[0], args[1]) < 0) return SP_NULL;
    return dict_merge_kwargs(vm, args[0], args, nargs, kwnames) < 0 ? SP_NULL : SP_NONE;
}

static sp_value_t dict_m_copy(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "dict.copy", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    return sp_dict_copy(vm, args[0]);
}

static sp_value_t dict_m_clear(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "dict.clear", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    sp_dict_t *dict = SP_AS_DICT(args[0]);
    dict->index = NULL;
    dict->entries = NULL;
    dict->index_size = dict->cap_entries = dict->n_entries = dict->used = 0;
    dict->version++;
    return SP_NONE;
}

/* dict.fromkeys(iterable, value=None): stored as a plain function, so it ignores the instance. */
static sp_value_t dict_fromkeys(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "dict.fromkeys", nargs, kwnames, 1, 2) < 0) return SP_NULL;
    sp_value_t dict = sp_dict_new(vm);
    if (!dict) return SP_NULL;
    sp_value_t value = nargs > 1 ? args[1] : SP_NONE;
    sp_value_t iter = sp_iter(vm, args[0]);
    if (!iter) return SP_NULL;
    for (;;) {
        sp_value_t key = sp_next(vm, iter);
        if (!key) return vm->exc ? SP_NULL : dict;
        if (sp_dict_set(vm, dict, key, value) < 0) return SP_NULL;
    }
}

static sp_value_t dict_m_getitem(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "dict.__getitem__", nargs - 1, kwnames, 1, 1) < 0) return SP_NULL;
    return dict_getitem(vm, args[0], args[1]);
}

static sp_value_t dict_m_contains(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "dict.__contains__", nargs - 1, kwnames, 1, 1) < 0) return SP_NULL;
    int found = dict_contains(vm, args[0], args[1]);
    return found < 0 ? SP_NULL : sp_bool(found);
}

static const sp_method_def_t dict_methods[] = {
    {"keys", dict_m_keys},
    {"values", dict_m_values},
    {"items", dict_m_items},
    {"get", dict_m_get},
    {"setdefault", dict_m_setdefault},
    {"pop", dict_m_pop},
    {"popitem", dict_m_popitem},
    {"update", dict_m_update},
    {"copy", dict_m_copy},
    {"clear", dict_m_clear},
    {"__getitem__", dict_m_getitem},
    {"__contains__", dict_m_contains},
    {NULL, NULL},
};

void dict_init(sp_vm_t *vm) {
    sp_type_t *type = vm->types[SP_K_DICT];
    type->repr = dict_repr;
    type->richcompare = dict_richcompare;
    type->binop = dict_binop;
    type->len = dict_len;
    type->getitem = dict_getitem;
    type->setitem = dict_setitem;
    type->contains = dict_contains;
    type->iter = dict_iter;
    type->construct = dict_construct;
    type_add_methods(vm, type, dict_methods);
    sp_value_t fromkeys = sp_native_new(vm, "fromkeys", dict_fromkeys, SP_NULL);
    if (fromkeys) sp_dict_set_cstr(vm, type->dict, "fromkeys", fromkeys);
    dict_views_init(vm);
}
