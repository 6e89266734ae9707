/* set.c: set and frozenset — an open-addressing table of (hash, key) entries. The probing and
 * resizing follow CPython's so iteration order matches it. After any call into Python code
 * (__eq__), re-check that the table is unchanged before trusting an entry pointer. */
#include <string.h>

#include "runtime/runtime.h"

/*
 * The table has mask+1 slots (a power of two, at least 8). A slot is
 *   empty    key SP_NULL, hash 0
 *   dummy    key SET_DUMMY, hash -1     (a deleted key: probing must continue past it)
 *   active   any other key with its hash (never -1: hashes are never -1)
 * A probe visits slot hash & mask and its 9 right neighbours (cache-friendly linear probing),
 * then jumps i = i*5 + 1 + perturb (perturb = hash >> 5 per jump), as CPython 3.11. The table
 * grows ×4 (×2 past 50,000 items) once 3/5 of its slots are non-empty.
 *
 * frozenset caches its hash in `hash`; a mutable set instead keeps there the slot where the
 * next pop() starts looking (CPython's "finger"), so repeated pops stay O(1) on average.
 */
#define SET_MIN_SIZE 8
#define SET_LINEAR_PROBES 9
#define SET_PERTURB_SHIFT 5
/* A singleton payload no real value uses: marks deleted slots, and is not a pointer. */
#define SET_DUMMY (SP_TAG_SINGLETON | 0xFFFF)

static bool set_is_anyset(sp_value_t v) { return sp_is_kind(v, SP_K_SET) || sp_is_kind(v, SP_K_FROZENSET); }
static bool set_is_frozen(sp_value_t v) { return sp_is_kind(v, SP_K_FROZENSET); }

static sp_set_entry_t *set_alloc_table(sp_vm_t *vm, int64_t size) {
    if (size > ((int64_t)1 << 40)) {
        sp_raise_nomem(vm);
        return NULL;
    }
    return sp_alloc(vm, (size_t)size * sizeof(sp_set_entry_t));
}

static sp_value_t set_new_of_type(sp_vm_t *vm, sp_type_t *type) {
    sp_set_t *set = (sp_set_t *)sp_new_object(vm, type, sizeof *set);
    if (!set) return SP_NULL;
    set->table = set_alloc_table(vm, SET_MIN_SIZE);
    if (!set->table) return SP_NULL;
    set->mask = SET_MIN_SIZE - 1;
    set->hash = set_is_frozen(SP_OBJ(set)) ? -1 : 0;
    return SP_OBJ(set);
}

sp_value_t sp_set_new(sp_vm_t *vm, bool frozen) {
    return set_new_of_type(vm, vm->types[frozen ? SP_K_FROZENSET : SP_K_SET]);
}

/* hash(key) with the exact-str and small-int cases inline. */
static int set_hash_key(sp_vm_t *vm, sp_value_t key, int64_t *out) {
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

static bool set_exact_str(sp_vm_t *vm, sp_value_t v) {
    return sp_is_obj(v) && SP_AS_OBJ(v)->type == vm->types[SP_K_STR];
}

/* Compares an active entry's key with `key`: 1 equal, 0 not, -1 error, 2 when the table
 * changed under the comparison (the caller restarts its probe). */
static int set_entry_matches(sp_vm_t *vm, sp_set_t *set, sp_set_entry_t *entry, sp_value_t key) {
    sp_value_t found = entry->key;
    if (found == key) return 1;
    if (set_exact_str(vm, found) && set_exact_str(vm, key)) return sp_str_equal(found, key);
    sp_set_entry_t *table = set->table;
    int eq = sp_equal(vm, found, key);
    if (eq < 0) return -1;
    if (table != set->table || entry->key != found) return 2;
    return eq;
}

/* Finds key: the index of its slot, -1 when missing, -2 on error. */
static int64_t set_lookup(sp_vm_t *vm, sp_set_t *set, sp_value_t key, int64_t hash) {
restart:;
    uint64_t mask = (uint64_t)set->mask, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    for (;;) {
        int probes = i + SET_LINEAR_PROBES <= mask ? SET_LINEAR_PROBES : 0;
        for (uint64_t j = i; probes-- >= 0; j++) {
            sp_set_entry_t *entry = &set->table[j];
            if (!entry->key) return -1;
            if (entry->hash != hash) continue;
            int eq = set_entry_matches(vm, set, entry, key);
            if (eq < 0) return -2;
            if (eq == 2) goto restart;
            if (eq) return (int64_t)j;
            mask = (uint64_t)set->mask;
        }
        perturb >>= SET_PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Places a key known to be absent into a table without dummies (after a resize). */
static void set_insert_clean(sp_set_entry_t *table, uint64_t mask, sp_value_t key, int64_t hash) {
    uint64_t perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    for (;;) {
        int probes = i + SET_LINEAR_PROBES <= mask ? SET_LINEAR_PROBES : 0;
        for (uint64_t j = i; probes-- >= 0; j++) {
            if (!table[j].key) {
                table[j].key = key;
                table[j].hash = hash;
                return;
            }
        }
        perturb >>= SET_PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Rebuilds the table with more than `min_used` slots, dropping dummies. */
static int set_resize(sp_vm_t *vm, sp_set_t *set, int64_t min_used) {
    int64_t size = SET_MIN_SIZE;
    while (size <= min_used) size <<= 1;
    sp_set_entry_t *table = set_alloc_table(vm, size), *old = set->table;
    if (!table) return -1;
    int64_t old_size = set->mask + 1;
    set->table = table;
    set->mask = size - 1;
    set->fill = set->used;
    for (int64_t i = 0; i < old_size; i++)
        if (old[i].key && old[i].key != SET_DUMMY) set_insert_clean(table, (uint64_t)set->mask, old[i].key, old[i].hash);
    return 0;
}

static int set_grow_if_needed(sp_vm_t *vm, sp_set_t *set) {
    if (set->fill * 5 < set->mask * 3) return 0;
    return set_resize(vm, set, set->used > 50000 ? set->used * 2 : set->used * 4);
}

/* Adds key with its hash (no-op when present). A new key takes the last dummy slot on its
 * probe path if there is one (that slot is already counted in `fill`), else the empty slot. */
static int set_add_entry(sp_vm_t *vm, sp_set_t *set, sp_value_t key, int64_t hash) {
restart:;
    uint64_t mask = (uint64_t)set->mask, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    sp_set_entry_t *free_slot = NULL;
    for (;;) {
        int probes = i + SET_LINEAR_PROBES <= mask ? SET_LINEAR_PROBES : 0;
        for (uint64_t j = i; probes-- >= 0; j++) {
            sp_set_entry_t *entry = &set->table[j];
            if (!entry->key) {
                set->used++;
                set->version++;
                if (free_slot) {
                    free_slot->key = key;
                    free_slot->hash = hash;
                    return 0;
                }
                entry->key = key;
                entry->hash = hash;
                set->fill++;
                return set_grow_if_needed(vm, set);
            }
            if (entry->hash != hash) {
                if (entry->key == SET_DUMMY) free_slot = entry; /* the last one seen, as CPython */
                continue;
            }
            int eq = set_entry_matches(vm, set, entry, key);
            if (eq < 0) return -1;
            if (eq == 2) goto restart;
            if (eq) return 0;
            mask = (uint64_t)set->mask;
        }
        perturb >>= SET_PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Removes key with its hash: 1 removed, 0 missing, -1 error. */
static int set_discard_entry(sp_vm_t *vm, sp_set_t *set, sp_value_t key, int64_t hash) {
    int64_t slot = set_lookup(vm, set, key, hash);
    if (slot < 0) return slot == -1 ? 0 : -1;
    set->table[slot].key = SET_DUMMY;
    set->table[slot].hash = -1;
    set->used--;
    set->version++;
    return 1;
}

/* hash(key), but an unhashable set is looked up as the equal frozenset (`{1} in s`). */
static int set_hash_lookup_key(sp_vm_t *vm, sp_value_t *key, int64_t *hash) {
    if (set_hash_key(vm, *key, hash) == 0) return 0;
    if (!sp_is_kind(*key, SP_K_SET) || !sp_exc_matches(vm, SP_EXC_TypeError)) return -1;
    sp_exc_fetch(vm);
    sp_value_t frozen = sp_set_new(vm, true);
    if (!frozen || sp_set_update(vm, frozen, *key) < 0) return -1;
    *key = frozen;
    return set_hash_key(vm, frozen, hash);
}

/* ---- The C API ------------------------------------------------------------------------------ */

int sp_set_add(sp_vm_t *vm, sp_value_t set, sp_value_t key) {
    int64_t hash;
    if (set_hash_key(vm, key, &hash) < 0) return -1;
    return set_add_entry(vm, SP_AS_SET(set), key, hash);
}

int sp_set_contains(sp_vm_t *vm, sp_value_t set, sp_value_t key) {
    int64_t hash;
    if (set_hash_lookup_key(vm, &key, &hash) < 0) return -1;
    int64_t slot = set_lookup(vm, SP_AS_SET(set), key, hash);
    return slot == -2 ? -1 : slot >= 0;
}

int sp_set_discard(sp_vm_t *vm, sp_value_t set, sp_value_t key) {
    int64_t hash;
    if (set_hash_lookup_key(vm, &key, &hash) < 0) return -1;
    return set_discard_entry(vm, SP_AS_SET(set), key, hash);
}

/* Adds every key of another set, as CPython's set_merge (which decides iteration order). */
static int set_merge(sp_vm_t *vm, sp_set_t *set, sp_set_t *other) {
    if (set == other || other->used == 0) return 0;
    if ((set->fill + other->used) * 5 >= set->mask * 3 && set_resize(vm, set, (set->used + other->used) * 2) < 0)
        return -1;
    set->version++;
    if (set->fill == 0 && set->mask == other->mask && other->fill == other->used) {
        memcpy(set->table, other->table, (size_t)(other->mask + 1) * sizeof(sp_set_entry_t));
        set->fill = set->used = other->used;
        return 0;
    }
    if (set->fill == 0) {
        for (int64_t i = 0; i <= other->mask; i++) {
            sp_set_entry_t entry = other->table[i];
            if (entry.key && entry.key != SET_DUMMY) set_insert_clean(set->table, (uint64_t)set->mask, entry.key, entry.hash);
        }
        set->fill = set->used = other->used;
        return 0;
    }
    for (int64_t i = 0; i <= other->mask; i++) {
        sp_set_entry_t entry = other->table[i];
        if (entry.key && entry.key != SET_DUMMY && set_add_entry(vm, set, entry.key, entry.hash) < 0) return -1;
    }
    return 0;
}

static int set_merge_dict(sp_vm_t *vm, sp_set_t *set, sp_value_t dict) {
    sp_dict_t *source = SP_AS_DICT(dict);
    if ((set->fill + source->used) * 5 >= set->mask * 3 && set_resize(vm, set, (set->used + source->used) * 2) < 0)
        return -1;
    for (int64_t i = 0; i < source->n_entries; i++) {
        sp_dict_entry_t entry = source->entries[i];
        if (entry.key && set_add_entry(vm, set, entry.key, entry.hash) < 0) return -1;
    }
    return 0;
}

int sp_set_update(sp_vm_t *vm, sp_value_t set, sp_value_t iterable) {
    if (set_is_anyset(iterable)) return set_merge(vm, SP_AS_SET(set), SP_AS_SET(iterable));
    if (sp_is_dict(iterable)) return set_merge_dict(vm, SP_AS_SET(set), iterable);
    sp_value_t iter = sp_iter(vm, iterable);
    if (!iter) return -1;
    for (;;) {
        sp_value_t item = sp_next(vm, iter);
        if (!item) return vm->exc ? -1 : 0;
        if (sp_set_add(vm, set, item) < 0) return -1;
    }
}

/* A new set of the given type holding the items of `iterable` (SP_NULL: empty). */
static sp_value_t set_make(sp_vm_t *vm, sp_type_t *type, sp_value_t iterable) {
    sp_value_t set = set_new_of_type(vm, type);
    if (!set || (iterable && sp_set_update(vm, set, iterable) < 0)) return SP_NULL;
    return set;
}

/* The result type of an operation on `v`: frozenset stays frozenset, anything else is set. */
static sp_type_t *set_base_type(sp_vm_t *vm, sp_value_t v) {
    return vm->types[set_is_frozen(v) ? SP_K_FROZENSET : SP_K_SET];
}

static sp_value_t set_copy(sp_vm_t *vm, sp_value_t set) { return set_make(vm, set_base_type(vm, set), set); }

/* Returns `other` as a set, converting any other iterable. */
static sp_value_t set_as_set(sp_vm_t *vm, sp_value_t other) {
    return set_is_anyset(other) ? other : set_make(vm, vm->types[SP_K_SET], other);
}

static void set_clear(sp_set_t *set) {
    memset(set->table, 0, (size_t)(set->mask + 1) * sizeof(sp_set_entry_t));
    set->fill = set->used = 0;
    set->version++;
}

/* ---- Set algebra ----------------------------------------------------------------------------- */

/* so & other, as a new set of so's base type. */
static sp_value_t set_intersection(sp_vm_t *vm, sp_value_t so, sp_value_t other) {
    sp_value_t result = set_new_of_type(vm, set_base_type(vm, so));
    if (!result) return SP_NULL;
    if (set_is_anyset(other)) {
        /* Walk the smaller set, probing the larger (CPython's order, hence its result order). */
        sp_set_t *probed = SP_AS_SET(so), *walked = SP_AS_SET(other);
        if (walked->used > probed->used) {
            sp_set_t *t = probed;
            probed = walked;
            walked = t;
        }
        for (int64_t i = 0; i <= walked->mask; i++) {
            sp_set_entry_t entry = walked->table[i];
            if (!entry.key || entry.key == SET_DUMMY) continue;
            int64_t slot = set_lookup(vm, probed, entry.key, entry.hash);
            if (slot == -2 || (slot >= 0 && set_add_entry(vm, SP_AS_SET(result), entry.key, entry.hash) < 0))
                return SP_NULL;
        }
        return result;
    }
    sp_value_t iter = sp_iter(vm, other);
    if (!iter) return SP_NULL;
    for (;;) {
        sp_value_t item = sp_next(vm, iter);
        if (!item) return vm->exc ? SP_NULL : result;
        int64_t hash;
        if (set_hash_key(vm, item, &hash) < 0) return SP_NULL;
        int64_t slot = set_lookup(vm, SP_AS_SET(so), item, hash);
        if (slot == -2 || (slot >= 0 && set_add_entry(vm, SP_AS_SET(result), item, hash) < 0)) return SP_NULL;
    }
}

/* Removes from `set` every item of `other` (difference_update). */
static int set_difference_update(sp_vm_t *vm, sp_set_t *set, sp_value_t other) {
    if (SP_OBJ(set) == other) {
        set_clear(set);
        return 0;
    }
    if (set_is_anyset(other)) {
        sp_set_t *source = SP_AS_SET(other);
        for (int64_t i = 0; i <= source->mask; i++) {
            sp_set_entry_t entry = source->table[i];
            if (entry.key && entry.key != SET_DUMMY && set_discard_entry(vm, set, entry.key, entry.hash) < 0) return -1;
        }
        /* Many dummies left behind: rebuild, as CPython does. */
        if ((set->fill - set->used) * 4 <= set->mask) return 0;
        return set_resize(vm, set, set->used > 50000 ? set->used * 2 : set->used * 4);
    }
    sp_value_t iter = sp_iter(vm, other);
    if (!iter) return -1;
    for (;;) {
        sp_value_t item = sp_next(vm, iter);
        if (!item) return vm->exc ? -1 : 0;
        if (sp_set_discard(vm, SP_OBJ(set), item) < 0) return -1;
    }
}

/* so - other, as a new set of so's base type. */
static sp_value_t set_difference(sp_vm_t *vm, sp_value_t so, sp_value_t other) {
    if (!set_is_anyset(other) || SP_AS_SET(so)->used >> 2 > SP_AS_SET(other)->used) {
        sp_value_t result = set_copy(vm, so);
        if (!result || set_difference_update(vm, SP_AS_SET(result), other) < 0) return SP_NULL;
        return result;
    }
    sp_value_t result = set_new_of_type(vm, set_base_type(vm, so));
    if (!result) return SP_NULL;
    sp_set_t *source = SP_AS_SET(so);
    for (int64_t i = 0; i <= source->mask; i++) {
        sp_set_entry_t entry = source->table[i];
        if (!entry.key || entry.key == SET_DUMMY) continue;
        int64_t slot = set_lookup(vm, SP_AS_SET(other), entry.key, entry.hash);
        if (slot == -2 || (slot == -1 && set_add_entry(vm, SP_AS_SET(result), entry.key, entry.hash) < 0))
            return SP_NULL;
    }
    return result;
}

/* Toggles every item of `other` in `set` (symmetric_difference_update). */
static int set_symmetric_update(sp_vm_t *vm, sp_set_t *set, sp_value_t other) {
    if (SP_OBJ(set) == other) {
        set_clear(set);
        return 0;
    }
    sp_value_t source_value = set_as_set(vm, other);
    if (!source_value) return -1;
    sp_set_t *source = SP_AS_SET(source_value);
    for (int64_t i = 0; i <= source->mask; i++) {
        sp_set_entry_t entry = source->table[i];
        if (!entry.key || entry.key == SET_DUMMY) continue;
        int removed = set_discard_entry(vm, set, entry.key, entry.hash);
        if (removed < 0 || (removed == 0 && set_add_entry(vm, set, entry.key, entry.hash) < 0)) return -1;
    }
    return 0;
}

/* so ^ other: a copy of other (of so's base type) toggled by so, as CPython. */
static sp_value_t set_symmetric_difference(sp_vm_t *vm, sp_value_t so, sp_value_t other) {
    sp_value_t result = set_make(vm, set_base_type(vm, so), other);
    if (!result || set_symmetric_update(vm, SP_AS_SET(result), so) < 0) return SP_NULL;
    return result;
}

/* Replaces the contents of `set` by those of `source` (for the in-place intersection). */
static void set_take_table(sp_set_t *set, sp_set_t *source) {
    set->table = source->table;
    set->mask = source->mask;
    set->fill = source->fill;
    set->used = source->used;
    set->version++;
}

int sp_set_update_op(sp_vm_t *vm, sp_value_t set, sp_binop_t op, sp_value_t iterable) {
    switch (op) {
    case SP_BINOP_OR: return sp_set_update(vm, set, iterable);
    case SP_BINOP_SUB: return set_difference_update(vm, SP_AS_SET(set), iterable);
    case SP_BINOP_XOR: return set_symmetric_update(vm, SP_AS_SET(set), iterable);
    case SP_BINOP_AND: {
        sp_value_t result = set_intersection(vm, set, iterable);
        if (!result) return -1;
        set_take_table(SP_AS_SET(set), SP_AS_SET(result));
        return 0;
    }
    default: sp_raise(vm, SP_EXC_TypeError, "unsupported set operation"); return -1;
    }
}

/* True (1) when every item of a is in b; both are sets. */
static int set_issubset(sp_vm_t *vm, sp_value_t a, sp_value_t b) {
    sp_set_t *sa = SP_AS_SET(a);
    if (sa->used > SP_AS_SET(b)->used) return 0;
    for (int64_t i = 0; i <= sa->mask; i++) {
        sp_set_entry_t entry = sa->table[i];
        if (!entry.key || entry.key == SET_DUMMY) continue;
        int64_t slot = set_lookup(vm, SP_AS_SET(b), entry.key, entry.hash);
        if (slot == -2) return -1;
        if (slot == -1) return 0;
    }
    return 1;
}

/* ---- Slots ------------------------------------------------------------------------------------ */

static sp_value_t set_repr(sp_vm_t *vm, sp_value_t self) {
    sp_set_t *set = SP_AS_SET(self);
    bool frozen = set_is_frozen(self);
    const char *name = SP_AS_OBJ(self)->type->name;
    if (set->used == 0) return sp_str_format(vm, "%s()", name);
    int entered = sp_repr_enter(vm, self);
    if (entered < 0) return SP_NULL;
    if (entered) return sp_str_format(vm, "%s(...)", name);
    sp_strbuf_t buf;
    strbuf_init(vm, &buf);
    if (frozen || SP_AS_OBJ(self)->type != vm->types[SP_K_SET]) strbuf_printf(&buf, "%s(", name);
    strbuf_append_cstr(&buf, "{");
    bool first = true;
    for (int64_t i = 0; i <= set->mask; i++) {
        sp_value_t key = set->table[i].key;
        if (!key || key == SET_DUMMY) continue;
        sp_value_t text = sp_repr(vm, key);
        if (!text) {
            sp_repr_leave(vm, self);
            return SP_NULL;
        }
        if (!first) strbuf_append_cstr(&buf, ", ");
        first = false;
        strbuf_append_str(&buf, text);
    }
    sp_repr_leave(vm, self);
    strbuf_append_cstr(&buf, "}");
    if (frozen || SP_AS_OBJ(self)->type != vm->types[SP_K_SET]) strbuf_append_cstr(&buf, ")");
    return strbuf_finish(&buf);
}

static uint64_t set_shuffle_bits(uint64_t h) { return ((h ^ UINT64_C(89869747)) ^ (h << 16)) * UINT64_C(3644798167); }

/* CPython's frozenset hash: order-independent xor of shuffled item hashes, then mixed. */
static int set_hash(sp_vm_t *vm, sp_value_t self, int64_t *out) {
    sp_set_t *set = SP_AS_SET(self);
    if (set->hash != -1) {
        *out = set->hash;
        return 0;
    }
    uint64_t hash = 0;
    for (int64_t i = 0; i <= set->mask; i++) {
        sp_set_entry_t entry = set->table[i];
        if (entry.key && entry.key != SET_DUMMY) hash ^= set_shuffle_bits((uint64_t)entry.hash);
    }
    hash ^= ((uint64_t)set->used + 1) * UINT64_C(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + UINT64_C(907133923);
    if (hash == UINT64_MAX) hash = 590923713U;
    set->hash = (int64_t)hash;
    *out = set->hash;
    return 0;
}

static sp_value_t set_richcompare(sp_vm_t *vm, sp_value_t a, sp_value_t b, sp_cmp_t op) {
    if (!set_is_anyset(a) || !set_is_anyset(b)) return SP_NOTIMPLEMENTED;
    int64_t na = SP_AS_SET(a)->used, nb = SP_AS_SET(b)->used;
    int result;
    switch (op) {
    case SP_CMP_EQ:
    case SP_CMP_NE:
        result = na == nb ? set_issubset(vm, a, b) : 0;
        if (result >= 0 && op == SP_CMP_NE) result = !result;
        break;
    case SP_CMP_LE: result = set_issubset(vm, a, b); break;
    case SP_CMP_GE: result = set_issubset(vm, b, a); break;
    case SP_CMP_LT: result = na < nb ? set_issubset(vm, a, b) : 0; break;
    default: result = na > nb ? set_issubset(vm, b, a) : 0; break;
    }
    return result < 0 ? SP_NULL : sp_bool(result);
}

static sp_value_t set_binop(sp_vm_t *vm, sp_binop_t op, sp_value_t a, sp_value_t b) {
    /* frozenset has no in-place forms: f |= x rebinds f to f | x. */
    bool inplace = (op & SP_BINOP_INPLACE) && sp_is_kind(a, SP_K_SET);
    op &= ~SP_BINOP_INPLACE;
    if (!set_is_anyset(a) || !set_is_anyset(b)) return SP_NOTIMPLEMENTED;
    if (op != SP_BINOP_OR && op != SP_BINOP_AND && op != SP_BINOP_SUB && op != SP_BINOP_XOR) return SP_NOTIMPLEMENTED;
    if (inplace) return sp_set_update_op(vm, a, op, b) < 0 ? SP_NULL : a;
    switch (op) {
    case SP_BINOP_OR: {
        sp_value_t result = set_copy(vm, a);
        if (!result || sp_set_update(vm, result, b) < 0) return SP_NULL;
        return result;
    }
    case SP_BINOP_AND: return set_intersection(vm, a, b);
    case SP_BINOP_SUB: return set_difference(vm, a, b);
    default: return set_symmetric_difference(vm, a, b);
    }
}

static int64_t set_len(sp_vm_t *vm, sp_value_t self) { return SP_AS_SET(self)->used; }

static sp_value_t set_iter(sp_vm_t *vm, sp_value_t self) {
    return sp_iterator_new(vm, vm->iter_types[SP_ITER_SET], self, SP_NULL, 0, 0);
}

static sp_value_t set_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,
                                sp_value_t kwnames) {
    const char *name = type->kind == SP_K_FROZENSET ? "frozenset" : "set";
    if (kwnames && SP_AS_TUPLE(kwnames)->size > 0)
        return sp_raise(vm, SP_EXC_TypeError, "%s() takes no keyword arguments", name);
    if (nargs > 1) return sp_raise(vm, SP_EXC_TypeError, "%s expected at most 1 argument, got %d", name, nargs);
    /* An exact frozenset is immutable: frozenset(f) may return f itself. */
    if (nargs == 1 && type == vm->types[SP_K_FROZENSET] && sp_is_obj(args[0]) &&
        SP_AS_OBJ(args[0])->type == type)
        return args[0];
    return set_make(vm, type, nargs ? args[0] : SP_NULL);
}

/* "set.copy" or "frozenset.copy" for messages, by the receiver's type. */
#define SET_METHOD_NAME(self, method) (set_is_frozen(self) ? "frozenset." method : "set." method)

/* ---- Methods ----------------------------------------------------------------------------------- */

static sp_value_t set_m_add(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "set.add", nargs - 1, kwnames, 1, 1) < 0) return SP_NULL;
    return sp_set_add(vm, args[0], args[1]) < 0 ? SP_NULL : SP_NONE;
}

static sp_value_t set_m_remove(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "set.remove", nargs - 1, kwnames, 1, 1) < 0) return SP_NULL;
    int removed = sp_set_discard(vm, args[0], args[1]);
    if (removed < 0) return SP_NULL;
    return removed ? SP_NONE : sp_raise_value(vm, SP_EXC_KeyError, args[1]);
}

static sp_value_t set_m_discard(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "set.discard", nargs - 1, kwnames, 1, 1) < 0) return SP_NULL;
    return sp_set_discard(vm, args[0], args[1]) < 0 ? SP_NULL : SP_NONE;
}

static sp_value_t set_m_pop(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "set.pop", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    sp_set_t *set = SP_AS_SET(args[0]);
    if (set->used == 0) return sp_raise(vm, SP_EXC_KeyError, "pop from an empty set");
    int64_t i = set->hash & set->mask; /* the finger: where the last pop stopped */
    while (!set->table[i].key || set->table[i].key == SET_DUMMY) i = (i + 1) & set->mask;
    sp_value_t key = set->table[i].key;
    set->table[i].key = SET_DUMMY;
    set->table[i].hash = -1;
    set->used--;
    set->version++;
    set->hash = i + 1;
    return key;
}

static sp_value_t set_m_clear(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "set.clear", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    sp_set_t *set = SP_AS_SET(args[0]);
    if (set->mask + 1 != SET_MIN_SIZE) {
        sp_set_entry_t *table = set_alloc_table(vm, SET_MIN_SIZE);
        if (!table) return SP_NULL;
        set->table = table;
        set->mask = SET_MIN_SIZE - 1;
    }
    set_clear(set);
    return SP_NONE;
}

static sp_value_t set_m_copy(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, SET_METHOD_NAME(args[0], "copy"), nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    if (SP_AS_OBJ(args[0])->type == vm->types[SP_K_FROZENSET]) return args[0];
    return set_copy(vm, args[0]);
}

static sp_value_t set_m_update(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "set.update", 0, kwnames, 0, 0) < 0) return SP_NULL;
    for (int i = 1; i < nargs; i++)
        if (sp_set_update(vm, args[0], args[i]) < 0) return SP_NULL;
    return SP_NONE;
}

static sp_value_t set_m_union(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, SET_METHOD_NAME(args[0], "union"), 0, kwnames, 0, 0) < 0) return SP_NULL;
    sp_value_t result = set_copy(vm, args[0]);
    for (int i = 1; result && i < nargs; i++)
        if (sp_set_update(vm, result, args[i]) < 0) return SP_NULL;
    return result;
}

static sp_value_t set_m_intersection(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, SET_METHOD_NAME(args[0], "intersection"), 0, kwnames, 0, 0) < 0) return SP_NULL;
    if (nargs == 1) return set_copy(vm, args[0]);
    sp_value_t result = args[0];
    for (int i = 1; result && i < nargs; i++) result = set_intersection(vm, result, args[i]);
    return result;
}

static sp_value_t set_m_difference(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, SET_METHOD_NAME(args[0], "difference"), 0, kwnames, 0, 0) < 0) return SP_NULL;
    if (nargs == 1) return set_copy(vm, args[0]);
    sp_value_t result = set_difference(vm, args[0], args[1]);
    for (int i = 2; result && i < nargs; i++)
        if (set_difference_update(vm, SP_AS_SET(result), args[i]) < 0) return SP_NULL;
    return result;
}

static sp_value_t set_m_symmetric_difference(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, SET_METHOD_NAME(args[0], "symmetric_difference"), nargs - 1, kwnames, 1, 1) < 0) return SP_NULL;
    return set_symmetric_difference(vm, args[0], args[1]);
}

static sp_value_t set_m_intersection_update(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "set.intersection_update", 0, kwnames, 0, 0) < 0) return SP_NULL;
    for (int i = 1; i < nargs; i++)
        if (sp_set_update_op(vm, args[0], SP_BINOP_AND, args[i]) < 0) return SP_NULL;
    return SP_NONE;
}

static sp_value_t set_m_difference_update(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "set.difference_update", 0, kwnames, 0, 0) < 0) return SP_NULL;
    for (int i = 1; i < nargs; i++)
        if (set_difference_update(vm, SP_AS_SET(args[0]), args[i]) < 0) return SP_NULL;
    return SP_NONE;
}

static sp_value_t set_m_symmetric_difference_update(sp_vm_t *vm, const sp_value_t *args, int nargs,
                                                    sp_value_t kwnames) {
    if (sp_check_arity(vm, "set.symmetric_difference_update", nargs - 1, kwnames, 1, 1) < 0) return SP_NULL;
    return set_symmetric_update(vm, SP_AS_SET(args[0]), args[1]) < 0 ? SP_NULL : SP_NONE;
}

static sp_value_t set_m_issubset(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, SET_METHOD_NAME(args[0], "issubset"), nargs - 1, kwnames, 1, 1) < 0) return SP_NULL;
    sp_value_t other = set_as_set(vm, args[1]);
    if (!other) return SP_NULL;
    int result = set_issubset(vm, args[0], other);
    return result < 0 ? SP_NULL : sp_bool(result);
}

static sp_value_t set_m_issuperset(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, SET_METHOD_NAME(args[0], "issuperset"), nargs - 1, kwnames, 1, 1) < 0) return SP_NULL;
    sp_value_t other = set_as_set(vm, args[1]);
    if (!other) return SP_NULL;
    int result = set_issubset(vm, other, args[0]);
    return result < 0 ? SP_NULL : sp_bool(result);
}

static sp_value_t set_m_isdisjoint(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, SET_METHOD_NAME(args[0], "isdisjoint"), nargs - 1, kwnames, 1, 1) < 0) return SP_NULL;
    sp_value_t iter = sp_iter(vm, args[1]);
    if (!iter) return SP_NULL;
    for (;;) {
        sp_value_t item = sp_next(vm, iter);
        if (!item) return vm->exc ? SP_NULL : SP_TRUE;
        int found = sp_set_contains(vm, args[0], item);
        if (found < 0) return SP_NULL;
        if (found) return SP_FALSE;
    }
}

static sp_value_t set_m_contains(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, SET_METHOD_NAME(args[0], "__contains__"), nargs - 1, kwnames, 1, 1) < 0) return SP_NULL;
    int found = sp_set_contains(vm, args[0], args[1]);
    return found < 0 ? SP_NULL : sp_bool(found);
}

/* Methods both set and frozenset have. */
static const sp_method_def_t frozenset_methods[] = {
    {"copy", set_m_copy},
    {"union", set_m_union},
    {"intersection", set_m_intersection},
    {"difference", set_m_difference},
    {"symmetric_difference", set_m_symmetric_difference},
    {"issubset", set_m_issubset},
    {"issuperset", set_m_issuperset},
    {"isdisjoint", set_m_isdisjoint},
    {"__contains__", set_m_contains},
    {NULL, NULL},
};

/* Methods only the mutable set has. */
static const sp_method_def_t set_methods[] = {
    {"add", set_m_add},
    {"remove", set_m_remove},
    {"discard", set_m_discard},
    {"pop", set_m_pop},
    {"clear", set_m_clear},
    {"update", set_m_update},
    {"intersection_update", set_m_intersection_update},
    {"difference_update", set_m_difference_update},
    {"symmetric_difference_update", set_m_symmetric_difference_update},
    {NULL, NULL},
};

static void set_fill_slots(sp_type_t *type) {
    type->repr = set_repr;
    type->richcompare = set_richcompare;
    type->binop = set_binop;
    type->len = set_len;
    type->contains = sp_set_contains;
    type->iter = set_iter;
    type->construct = set_construct;
}

void set_init(sp_vm_t *vm) {
    sp_type_t *set = vm->types[SP_K_SET], *frozen = vm->types[SP_K_FROZENSET];
    set_fill_slots(set);
    set_fill_slots(frozen);
    frozen->hash = set_hash;
    type_add_methods(vm, set, frozenset_methods);
    type_add_methods(vm, set, set_methods);
    type_add_methods(vm, frozen, frozenset_methods);
}
