/* list.c: the mutable list type (a growable array of values), its stable merge sort, and the
 * helpers every sequence shares: index normalisation, lexicographic comparison, repr guards.
 * Items may change under us whenever Python code runs (__eq__, a sort key): re-read sizes. */
#include <string.h>

#include <unistd.h>

#include "runtime/runtime.h"
#include "runtime/slots.h"
#include "runtime/class.h"

/* The largest list whose item array size cannot overflow size_t arithmetic. */
#define LIST_MAX_SIZE ((int64_t)(SIZE_MAX / sizeof(sp_value_t) / 4))

/* ---- Helpers shared with tuple.c, dict.c, set.c ----------------------------------------- */

int sp_check_arity(sp_vm_t *vm, const char *fname, int n, sp_value_t kwnames, int min, int max) {
    if (kwnames && SP_AS_TUPLE(kwnames)->size > 0) {
        sp_raise(vm, SP_EXC_TypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    /* Methods taking no argument or exactly one report with their full name ("list.copy"), the
     * argument clinic's ones with the bare method name ("pop expected at most 1 argument"). */
    const char *dot = strrchr(fname, '.');
    const char *name = min == max && min <= 1 ? fname : dot ? dot + 1 : fname;
    return sp_check_nargs(vm, name, n, SP_NULL, min, max);
}

int sp_seq_index(sp_vm_t *vm, sp_value_t key, int64_t length, const char *tname, const char *msg,
                 int64_t *out) {
    int64_t i;
    key = class_exact(vm, key); /* an int subclass's instance holds its value in heap form */
    if (sp_is_smallint(key)) {
        i = sp_smallint_value(key);
    } else if (sp_is_bool(key)) {
        i = key == SP_TRUE;
    } else if (sp_is_kind(key, SP_K_INT)) {
        sp_raise(vm, SP_EXC_IndexError, "cannot fit 'int' into an index-sized integer");
        return -1;
    } else if (slots_is_heap_instance(key) &&
               type_lookup(vm, sp_typeof(vm, key), sp_str_intern_cstr(vm, "__index__")) != SP_NULL) {
        /* An object with __index__ is an index (CPython's PyNumber_AsSsize_t). */
        sp_value_t v = slots_index(vm, key);
        if (v == SP_NULL) return -1;
        return sp_seq_index(vm, v, length, tname, msg, out);
    } else {
        sp_raise(vm, SP_EXC_TypeError, "%s indices must be integers or slices, not %s", tname,
                 sp_type_name(vm, key));
        return -1;
    }
    if (i < 0) i += length;
    if (i < 0 || i >= length) {
        sp_raise(vm, SP_EXC_IndexError, "%s", msg);
        return -1;
    }
    *out = i;
    return 0;
}

int sp_repr_enter(sp_vm_t *vm, sp_value_t obj) {
    if (sp_enter_c(vm, " while getting the repr of an object") < 0) return -1;
    if (!vm->repr_stack) {
        vm->repr_stack = sp_list_new(vm, 0);
        if (!vm->repr_stack) {
            sp_leave_c(vm);
            return -1;
        }
    }
    sp_list_t *stack = SP_AS_LIST(vm->repr_stack);
    for (int64_t i = 0; i < stack->size; i++) {
        if (stack->items[i] == obj) {
            sp_leave_c(vm);
            return 1;
        }
    }
    if (sp_list_append(vm, vm->repr_stack, obj) < 0) {
        sp_leave_c(vm);
        return -1;
    }
    return 0;
}

void sp_repr_leave(sp_vm_t *vm, sp_value_t obj) {
    sp_list_t *stack = SP_AS_LIST(vm->repr_stack);
    for (int64_t i = stack->size - 1; i >= 0; i--) {
        if (stack->items[i] == obj) {
            memmove(&stack->items[i], &stack->items[i + 1], (size_t)(stack->size - i - 1) * sizeof(sp_value_t));
            stack->size--;
            break;
        }
    }
    sp_leave_c(vm);
}

/* The items of a list or tuple as they are right now. */
static const sp_value_t *seq_items(sp_value_t v, int64_t *size) {
    if (sp_is_list(v)) {
        *size = SP_AS_LIST(v)->size;
        return SP_AS_LIST(v)->items;
    }
    *size = SP_AS_TUPLE(v)->size;
    return SP_AS_TUPLE(v)->items;
}

static sp_value_t seq_compare_sizes(int64_t na, int64_t nb, sp_cmp_t op) {
    switch (op) {
    case SP_CMP_LT: return sp_bool(na < nb);
    case SP_CMP_LE: return sp_bool(na <= nb);
    case SP_CMP_EQ: return sp_bool(na == nb);
    case SP_CMP_NE: return sp_bool(na != nb);
    case SP_CMP_GT: return sp_bool(na > nb);
    default: return sp_bool(na >= nb);
    }
}

sp_value_t sp_seq_compare(sp_vm_t *vm, sp_value_t a, sp_value_t b, sp_cmp_t op) {
    int64_t na, nb;
    seq_items(a, &na);
    seq_items(b, &nb);
    if ((op == SP_CMP_EQ || op == SP_CMP_NE) && na != nb) return sp_bool(op == SP_CMP_NE);
    /* Find the first differing position; __eq__ may resize either list, so re-read each time. */
    int64_t i = 0;
    for (;; i++) {
        const sp_value_t *ia = seq_items(a, &na), *ib = seq_items(b, &nb);
        if (i >= na || i >= nb) break;
        sp_value_t x = ia[i], y = ib[i];
        int eq = sp_equal(vm, x, y);
        if (eq < 0) return SP_NULL;
        if (!eq) break;
    }
    const sp_value_t *ia = seq_items(a, &na), *ib = seq_items(b, &nb);
    if (i >= na || i >= nb) return seq_compare_sizes(na, nb, op);
    if (op == SP_CMP_EQ) return SP_FALSE;
    if (op == SP_CMP_NE) return SP_TRUE;
    return sp_compare(vm, ia[i], ib[i], op);
}

sp_value_t sp_seq_repr(sp_vm_t *vm, sp_value_t self) {
    bool is_list = sp_is_list(self);
    int64_t size;
    seq_items(self, &size);
    if (size == 0) return sp_str_from_cstr(vm, is_list ? "[]" : "()");
    int entered = sp_repr_enter(vm, self);
    if (entered < 0) return SP_NULL;
    if (entered) return sp_str_from_cstr(vm, is_list ? "[...]" : "(...)");
    sp_strbuf_t buf;
    strbuf_init(vm, &buf);
    strbuf_append_cstr(&buf, is_list ? "[" : "(");
    /* An item's __repr__ may resize the list, so re-read the items and size each time. */
    for (int64_t i = 0;; i++) {
        const sp_value_t *items = seq_items(self, &size);
        if (i >= size) break;
        sp_value_t text = sp_repr(vm, items[i]);
        if (!text) {
            sp_repr_leave(vm, self);
            return SP_NULL;
        }
        if (i) strbuf_append_cstr(&buf, ", ");
        strbuf_append_str(&buf, text);
    }
    sp_repr_leave(vm, self);
    strbuf_append_cstr(&buf, is_list ? "]" : size == 1 ? ",)" : ")");
    return strbuf_finish(&buf);
}

/* ---- Storage ---------------------------------------------------------------------------- */

/* Makes room for at least `need` items, over-allocating by ~1/8 as CPython so that appends
 * are amortised O(1). */
/* More item slots than the machine has memory: overcommit would accept the allocation and
 * filling it would take forever or be killed, so it fails as CPython's refused malloc does. */
static bool list_exceeds_memory(int64_t n) {
    long pages = sysconf(_SC_PHYS_PAGES), page_size = sysconf(_SC_PAGESIZE);
    return pages > 0 && page_size > 0 && (uint64_t)n > (uint64_t)pages * (uint64_t)page_size / sizeof(sp_value_t);
}

static int list_reserve(sp_vm_t *vm, sp_list_t *list, int64_t need) {
    if (need <= list->capacity) return 0;
    if (need > LIST_MAX_SIZE || list_exceeds_memory(need)) {
        sp_raise_nomem(vm);
        return -1;
    }
    int64_t capacity = need + (need >> 3) + (need < 9 ? 3 : 6);
    if (capacity > LIST_MAX_SIZE) capacity = need;
    sp_value_t *items = list->items ? sp_realloc(vm, list->items, (size_t)capacity * sizeof(sp_value_t))
                                    : sp_alloc(vm, (size_t)capacity * sizeof(sp_value_t));
    if (!items) return -1;
    list->items = items;
    list->capacity = capacity;
    return 0;
}

static sp_list_t *list_alloc(sp_vm_t *vm, int64_t capacity) {
    if (capacity < 0 || capacity > LIST_MAX_SIZE) {
        sp_raise_nomem(vm);
        return NULL;
    }
    sp_list_t *list = (sp_list_t *)sp_new_object(vm, vm->types[SP_K_LIST], sizeof *list);
    if (!list) return NULL;
    if (capacity > 0) {
        list->items = sp_alloc(vm, (size_t)capacity * sizeof(sp_value_t));
        if (!list->items) return NULL;
        list->capacity = capacity;
    }
    return list;
}

sp_value_t sp_list_new(sp_vm_t *vm, int64_t size) {
    sp_list_t *list = list_alloc(vm, size);
    if (!list) return SP_NULL;
    for (int64_t i = 0; i < size; i++) list->items[i] = SP_NONE;
    list->size = size;
    return SP_OBJ(list);
}

sp_value_t sp_list_from_array(sp_vm_t *vm, const sp_value_t *items, int64_t n) {
    sp_list_t *list = list_alloc(vm, n);
    if (!list) return SP_NULL;
    if (n > 0) memcpy(list->items, items, (size_t)n * sizeof(sp_value_t));
    list->size = n;
    return SP_OBJ(list);
}

int sp_list_append(sp_vm_t *vm, sp_value_t self, sp_value_t item) {
    sp_list_t *list = SP_AS_LIST(self);
    if (list->size >= list->capacity && list_reserve(vm, list, list->size + 1) < 0) return -1;
    list->items[list->size++] = item;
    return 0;
}

/* Appends n items from an array that may be the list's own storage. */
static int list_append_array(sp_vm_t *vm, sp_list_t *list, const sp_value_t *items, int64_t n) {
    if (n == 0) return 0;
    sp_value_t *copy = (sp_value_t *)items;
    if (items == list->items) {
        copy = sp_alloc(vm, (size_t)n * sizeof(sp_value_t));
        if (!copy) return -1;
        memcpy(copy, items, (size_t)n * sizeof(sp_value_t));
    }
    if (list_reserve(vm, list, list->size + n) < 0) return -1;
    memcpy(&list->items[list->size], copy, (size_t)n * sizeof(sp_value_t));
    list->size += n;
    return 0;
}

int sp_list_extend(sp_vm_t *vm, sp_value_t self, sp_value_t iterable) {
    sp_list_t *list = SP_AS_LIST(self);
    if (sp_is_list(iterable))
        return list_append_array(vm, list, SP_AS_LIST(iterable)->items, SP_AS_LIST(iterable)->size);
    if (sp_is_tuple(iterable))
        return list_append_array(vm, list, SP_AS_TUPLE(iterable)->items, SP_AS_TUPLE(iterable)->size);
    /* A range's length is known: reserve it first (CPython's length hint), so a huge one fails fast. */
    if (sp_is_kind(iterable, SP_K_RANGE) &&
        (sp_len(vm, iterable) < 0 || list_reserve(vm, list, list->size + SP_AS_RANGE(iterable)->length) < 0))
        return -1;
    sp_value_t iter = sp_iter(vm, iterable);
    if (!iter) return -1;
    for (;;) {
        sp_value_t item = sp_next(vm, iter);
        if (!item) return vm->exc ? -1 : 0;
        if (sp_list_append(vm, self, item) < 0) return -1;
    }
}

/* sp_list_from_iterable lives in runtime/ops.c (as runtime.h declares). */

/* Replaces items [lo, hi) by n new items (which must not alias the list's storage). */
static int list_replace_range(sp_vm_t *vm, sp_list_t *list, int64_t lo, int64_t hi, const sp_value_t *items,
                              int64_t n) {
    int64_t delta = n - (hi - lo);
    if (delta > 0 && list_reserve(vm, list, list->size + delta) < 0) return -1;
    if (list->size > hi)
        memmove(&list->items[hi + delta], &list->items[hi], (size_t)(list->size - hi) * sizeof(sp_value_t));
    if (n > 0) memcpy(&list->items[lo], items, (size_t)n * sizeof(sp_value_t));
    list->size += delta;
    return 0;
}

static int list_insert(sp_vm_t *vm, sp_list_t *list, int64_t where, sp_value_t item) {
    if (where < 0) {
        where += list->size;
        if (where < 0) where = 0;
    }
    if (where > list->size) where = list->size;
    return list_replace_range(vm, list, where, where, &item, 1);
}

/* ---- Repr, comparison, operators -------------------------------------------------------- */

static sp_value_t list_richcompare(sp_vm_t *vm, sp_value_t a, sp_value_t b, sp_cmp_t op) {
    if (!sp_is_list(a) || !sp_is_list(b)) return SP_NOTIMPLEMENTED;
    return sp_seq_compare(vm, a, b, op);
}

int sp_seq_repeat_count(sp_vm_t *vm, sp_value_t n, int64_t *out) {
    n = class_exact(vm, n);
    if (sp_is_kind(n, SP_K_INT)) { /* a big int of either sign, as CPython's PyNumber_AsSsize_t */
        sp_raise(vm, SP_EXC_OverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    if (!sp_is_smallint(n) && !sp_is_bool(n)) {
        sp_raise(vm, SP_EXC_TypeError, "can't multiply sequence by non-int of type '%s'", sp_type_name(vm, n));
        return -1;
    }
    *out = sp_is_bool(n) ? n == SP_TRUE : sp_smallint_value(n);
    if (*out < 0) *out = 0;
    return 0;
}

/* Fills list (already holding `size` items) up to count copies of them. */
static int list_repeat_into(sp_vm_t *vm, sp_list_t *list, int64_t count) {
    int64_t size = list->size;
    if (size == 0) return 0;
    if (count == 0) {
        list->size = 0;
        return 0;
    }
    if (count > LIST_MAX_SIZE / size) {
        sp_raise_nomem(vm);
        return -1;
    }
    int64_t total = size * count;
    if (list_reserve(vm, list, total) < 0) return -1;
    /* One item: a plain fill. Otherwise double the filled prefix: O(log count) memcpy calls. */
    if (size == 1) {
        sp_value_t item = list->items[0];
        for (int64_t i = 1; i < total; i++) list->items[i] = item;
    } else {
        for (int64_t done = size; done < total;) {
            int64_t chunk = done < total - done ? done : total - done;
            memcpy(&list->items[done], list->items, (size_t)chunk * sizeof(sp_value_t));
            done += chunk;
        }
    }
    list->size = total;
    return 0;
}

static sp_value_t list_repeat(sp_vm_t *vm, sp_value_t self, sp_value_t n) {
    int64_t count;
    if (sp_seq_repeat_count(vm, n, &count) < 0) return SP_NULL;
    sp_list_t *list = SP_AS_LIST(self);
    if (count > 0 && list->size > 0 && count > LIST_MAX_SIZE / list->size) return sp_raise_nomem(vm);
    sp_value_t result = sp_list_from_array(vm, list->items, list->size);
    if (!result || list_repeat_into(vm, SP_AS_LIST(result), count) < 0) return SP_NULL;
    return result;
}

static sp_value_t list_concat(sp_vm_t *vm, sp_value_t a, sp_value_t b) {
    if (!sp_is_list(b))
        return sp_raise(vm, SP_EXC_TypeError, "can only concatenate list (not \"%s\") to list", sp_type_name(vm, b));
    sp_list_t *la = SP_AS_LIST(a), *lb = SP_AS_LIST(b);
    sp_list_t *result = list_alloc(vm, la->size + lb->size);
    if (!result) return SP_NULL;
    if (la->size) memcpy(result->items, la->items, (size_t)la->size * sizeof(sp_value_t));
    if (lb->size) memcpy(&result->items[la->size], lb->items, (size_t)lb->size * sizeof(sp_value_t));
    result->size = la->size + lb->size;
    return SP_OBJ(result);
}

/* Types created by class statements may define the reflected operator themselves. */
static bool list_defer_to(sp_vm_t *vm, sp_value_t other) {
    return (sp_typeof(vm, other)->flags & SP_TYPE_HEAPTYPE) != 0;
}

static sp_value_t list_binop(sp_vm_t *vm, sp_binop_t op, sp_value_t a, sp_value_t b) {
    bool inplace = (op & SP_BINOP_INPLACE) && sp_is_list(a);
    op &= ~SP_BINOP_INPLACE;
    if (op == SP_BINOP_ADD && sp_is_list(a)) {
        if (inplace) return sp_list_extend(vm, a, b) < 0 ? SP_NULL : a;
        if (!sp_is_list(b) && list_defer_to(vm, b)) return SP_NOTIMPLEMENTED;
        return list_concat(vm, a, b);
    }
    if (op == SP_BINOP_MUL) {
        sp_value_t seq = sp_is_list(a) ? a : b, n = sp_is_list(a) ? b : a;
        if (list_defer_to(vm, n)) return SP_NOTIMPLEMENTED;
        if (!inplace) return list_repeat(vm, seq, n);
        int64_t count;
        if (sp_seq_repeat_count(vm, n, &count) < 0 || list_repeat_into(vm, SP_AS_LIST(a), count) < 0) return SP_NULL;
        return a;
    }
    return SP_NOTIMPLEMENTED;
}

/* ---- Indexing ----------------------------------------------------------------------------- */

static int64_t list_len(sp_vm_t *vm, sp_value_t self) { return SP_AS_LIST(self)->size; }

static sp_value_t list_getitem(sp_vm_t *vm, sp_value_t self, sp_value_t key) {
    sp_list_t *list = SP_AS_LIST(self);
    if (sp_is_smallint(key)) { /* the hot path: a[i] */
        int64_t i = sp_smallint_value(key);
        if (i < 0) i += list->size;
        if ((uint64_t)i < (uint64_t)list->size) return list->items[i];
    }
    if (sp_is_kind(key, SP_K_SLICE)) {
        int64_t start, stop, step;
        int64_t count = sp_slice_indices(vm, key, list->size, &start, &stop, &step);
        if (count < 0) return SP_NULL;
        if (step == 1) return sp_list_from_array(vm, count > 0 ? &list->items[start] : NULL, count);
        sp_list_t *result = list_alloc(vm, count);
        if (!result) return SP_NULL;
        for (int64_t i = 0; i < count; i++) result->items[i] = list->items[start + i * step];
        result->size = count;
        return SP_OBJ(result);
    }
    int64_t i;
    if (sp_seq_index(vm, key, list->size, "list", "list index out of range", &i) < 0) return SP_NULL;
    return list->items[i];
}

/* Deletes the items of an extended slice, compacting the survivors in one pass. */
static void list_delete_extended(sp_list_t *list, int64_t start, int64_t step, int64_t count) {
    if (count == 0) return;
    if (step < 0) { /* walk the same items in increasing order */
        start = start + step * (count - 1);
        step = -step;
    }
    int64_t write = start, next_deleted = start, deleted = 0;
    for (int64_t read = start; read < list->size; read++) {
        if (deleted < count && read == next_deleted) {
            deleted++;
            next_deleted += step;
            continue;
        }
        list->items[write++] = list->items[read];
    }
    list->size = write;
}

static int list_set_slice(sp_vm_t *vm, sp_list_t *list, sp_value_t slice, sp_value_t value) {
    int64_t start, stop, step;
    int64_t count = sp_slice_indices(vm, slice, list->size, &start, &stop, &step);
    if (count < 0) return -1;
    if (!value) {
        if (step == 1) return list_replace_range(vm, list, start, start + count, NULL, 0);
        list_delete_extended(list, start, step, count);
        return 0;
    }
    /* Take a private copy of the new items: the value may be the list itself. */
    sp_value_t seq;
    if (sp_is_list(value) || sp_is_tuple(value)) {
        int64_t n;
        const sp_value_t *items = seq_items(value, &n);
        seq = sp_list_from_array(vm, items, n);
    } else {
        sp_value_t iter = sp_iter(vm, value);
        if (!iter && sp_exc_matches(vm, SP_EXC_TypeError)) {
            sp_exc_fetch(vm);
            sp_raise(vm, SP_EXC_TypeError, step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
        }
        seq = iter ? sp_list_from_iterable(vm, iter) : SP_NULL;
    }
    if (!seq) return -1;
    sp_list_t *items = SP_AS_LIST(seq);
    if (step == 1) /* a[3:1] = x inserts at 3: count is 0 there */
        return list_replace_range(vm, list, start, start + count, items->items, items->size);
    if (items->size != count) {
        sp_raise(vm, SP_EXC_ValueError, "attempt to assign sequence of size %lld to extended slice of size %lld",
                 (long long)items->size, (long long)count);
        return -1;
    }
    for (int64_t i = 0; i < count; i++) list->items[start + i * step] = items->items[i];
    return 0;
}

static int list_setitem(sp_vm_t *vm, sp_value_t self, sp_value_t key, sp_value_t value) {
    sp_list_t *list = SP_AS_LIST(self);
    if (sp_is_kind(key, SP_K_SLICE)) return list_set_slice(vm, list, key, value);
    int64_t i;
    if (sp_seq_index(vm, key, list->size, "list", "list assignment index out of range", &i) < 0) return -1;
    if (value) list->items[i] = value;
    else list_replace_range(vm, list, i, i + 1, NULL, 0);
    return 0;
}

/* Index of the first item == x in [start, stop), -1 when absent, -2 on error. */
static int64_t list_find(sp_vm_t *vm, sp_list_t *list, sp_value_t x, int64_t start, int64_t stop) {
    for (int64_t i = start; i < stop && i < list->size; i++) {
        int eq = sp_equal(vm, list->items[i], x);
        if (eq < 0) return -2;
        if (eq) return i;
    }
    return -1;
}

static int list_contains(sp_vm_t *vm, sp_value_t self, sp_value_t item) {
    int64_t found = list_find(vm, SP_AS_LIST(self), item, 0, INT64_MAX);
    return found == -2 ? -1 : found >= 0;
}

static sp_value_t list_iter(sp_vm_t *vm, sp_value_t self) {
    return sp_iterator_new(vm, vm->iter_types[SP_ITER_LIST], self, SP_NULL, 0, 0);
}

static sp_value_t list_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,
                                 sp_value_t kwnames) {
    if (kwnames && SP_AS_TUPLE(kwnames)->size > 0)
        return sp_raise(vm, SP_EXC_TypeError, "list() takes no keyword arguments");
    if (nargs > 1) return sp_raise(vm, SP_EXC_TypeError, "list expected at most 1 argument, got %d", nargs);
    sp_value_t list = sp_list_new(vm, 0);
    if (!list) return SP_NULL;
    SP_AS_OBJ(list)->type = type;
    if (nargs == 1 && sp_list_extend(vm, list, args[0]) < 0) return SP_NULL;
    return list;
}

/* ---- Sorting: a stable bottom-up merge sort with binary insertion for short runs --------- */

typedef struct sort_item {
    sp_value_t key;
    sp_value_t value;
} sort_item_t;

typedef enum sort_mode { SORT_GENERIC, SORT_SMALLINT, SORT_FLOAT, SORT_STR } sort_mode_t;

typedef struct sort_state {
    sp_vm_t *vm;
    sort_mode_t mode;
    bool reverse;
} sort_state_t;

/* When every key has the same simple type, compare without the generic protocol. */
static sort_mode_t sort_pick_mode(sp_vm_t *vm, const sort_item_t *items, int64_t n) {
    bool ints = true, floats = true, strs = true;
    for (int64_t i = 0; i < n && (ints || floats || strs); i++) {
        sp_value_t k = items[i].key;
        ints = ints && sp_is_smallint(k);
        floats = floats && sp_is_float(k);
        strs = strs && sp_is_obj(k) && SP_AS_OBJ(k)->type == vm->types[SP_K_STR];
    }
    if (ints) return SORT_SMALLINT;
    if (floats) return SORT_FLOAT;
    return strs ? SORT_STR : SORT_GENERIC;
}

static int sort_str_less(sp_value_t a, sp_value_t b) {
    sp_str_t *sa = SP_AS_STR(a), *sb = SP_AS_STR(b);
    size_t n = (size_t)(sa->size < sb->size ? sa->size : sb->size);
    int c = memcmp(sa->data, sb->data, n); /* UTF-8 byte order is code point order */
    return c < 0 || (c == 0 && sa->size < sb->size);
}

/* a < b in the sort's order (reversed when reverse=True): 0, 1 or -1. */
static int sort_less(sort_state_t *state, sp_value_t a, sp_value_t b) {
    if (state->reverse) {
        sp_value_t t = a;
        a = b;
        b = t;
    }
    switch (state->mode) {
    case SORT_SMALLINT: return sp_smallint_value(a) < sp_smallint_value(b);
    case SORT_FLOAT: return sp_float_value(a) < sp_float_value(b);
    case SORT_STR: return sort_str_less(a, b);
    default: return sp_less(state->vm, a, b);
    }
}

/* Sorts items[lo, hi) by binary insertion; on error the array is still a permutation. */
static int sort_insertion(sort_state_t *state, sort_item_t *items, int64_t lo, int64_t hi) {
    for (int64_t i = lo + 1; i < hi; i++) {
        sort_item_t pivot = items[i];
        int64_t left = lo, right = i;
        while (left < right) { /* find the first position whose item is > pivot: stability */
            int64_t mid = left + (right - left) / 2;
            int lt = sort_less(state, pivot.key, items[mid].key);
            if (lt < 0) return -1;
            if (lt) right = mid;
            else left = mid + 1;
        }
        memmove(&items[left + 1], &items[left], (size_t)(i - left) * sizeof(sort_item_t));
        items[left] = pivot;
    }
    return 0;
}

/* Merges src[lo, mid) and src[mid, hi) into dst[lo, hi); src is untouched. */
static int sort_merge(sort_state_t *state, const sort_item_t *src, sort_item_t *dst, int64_t lo, int64_t mid,
                      int64_t hi) {
    int64_t i = lo, j = mid, k = lo;
    while (i < mid && j < hi) {
        int lt = sort_less(state, src[j].key, src[i].key); /* take the right one only if strictly less */
        if (lt < 0) return -1;
        dst[k++] = lt ? src[j++] : src[i++];
    }
    while (i < mid) dst[k++] = src[i++];
    while (j < hi) dst[k++] = src[j++];
    return 0;
}

#define SORT_RUN 32

/* Sorts items in place; returns the array that holds the result (items or the scratch
 * buffer), or NULL on error, in which case *items still holds a permutation. */
static sort_item_t *sort_items(sort_state_t *state, sort_item_t *items, int64_t n) {
    for (int64_t lo = 0; lo < n; lo += SORT_RUN) {
        int64_t hi = lo + SORT_RUN < n ? lo + SORT_RUN : n;
        if (sort_insertion(state, items, lo, hi) < 0) return NULL;
    }
    if (n <= SORT_RUN) return items;
    sort_item_t *scratch = sp_alloc(state->vm, (size_t)n * sizeof(sort_item_t));
    if (!scratch) return NULL;
    sort_item_t *src = items, *dst = scratch;
    for (int64_t width = SORT_RUN; width < n; width *= 2) {
        for (int64_t lo = 0; lo < n; lo += 2 * width) {
            int64_t mid = lo + width < n ? lo + width : n;
            int64_t hi = lo + 2 * width < n ? lo + 2 * width : n;
            if (sort_merge(state, src, dst, lo, mid, hi) < 0) {
                if (src != items) memcpy(items, src, (size_t)n * sizeof(sort_item_t));
                return NULL;
            }
        }
        sort_item_t *t = src;
        src = dst;
        dst = t;
    }
    return src;
}

/* Builds the (key, value) array, calling the key function once per item. */
static sort_item_t *sort_prepare(sp_vm_t *vm, const sp_value_t *values, int64_t n, sp_value_t key) {
    sort_item_t *items = sp_alloc(vm, (size_t)(n ? n : 1) * sizeof(sort_item_t));
    if (!items) return NULL;
    for (int64_t i = 0; i < n; i++) {
        items[i].value = values[i];
        items[i].key = values[i];
        if (key && key != SP_NONE) {
            items[i].key = sp_call1(vm, key, values[i]);
            if (!items[i].key) return NULL;
        }
    }
    return items;
}

int sp_list_sort(sp_vm_t *vm, sp_value_t self, sp_value_t key, bool reverse) {
    sp_list_t *list = SP_AS_LIST(self);
    /* Detach the items while Python code (keys, __lt__) runs, as CPython does: anything that
     * mutates the list then lands in a fresh array we can detect. */
    sp_value_t *saved = list->items;
    int64_t n = list->size, capacity = list->capacity;
    list->items = NULL;
    list->size = list->capacity = 0;
    sort_item_t *items = sort_prepare(vm, saved, n, key);
    sort_item_t *sorted = NULL;
    if (items) {
        sort_state_t state = {vm, sort_pick_mode(vm, items, n), reverse};
        sorted = sort_items(&state, items, n);
        /* On error `items` still holds a permutation: the list keeps every item. */
        const sort_item_t *result = sorted ? sorted : items;
        for (int64_t i = 0; i < n; i++) saved[i] = result[i].value;
    }
    bool modified = list->items != NULL || list->size != 0;
    list->items = saved;
    list->size = n;
    list->capacity = capacity;
    if (!sorted) return -1;
    if (modified) {
        sp_raise(vm, SP_EXC_ValueError, "list modified during sort");
        return -1;
    }
    return 0;
}

/* ---- Methods ----------------------------------------------------------------------------- */

#define LIST_SELF(args) SP_AS_LIST((args)[0])

static sp_value_t list_m_append(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "list.append", nargs - 1, kwnames, 1, 1) < 0) return SP_NULL;
    return sp_list_append(vm, args[0], args[1]) < 0 ? SP_NULL : SP_NONE;
}

static sp_value_t list_m_extend(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "list.extend", nargs - 1, kwnames, 1, 1) < 0) return SP_NULL;
    return sp_list_extend(vm, args[0], args[1]) < 0 ? SP_NULL : SP_NONE;
}

static sp_value_t list_m_insert(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "list.insert", nargs - 1, kwnames, 2, 2) < 0) return SP_NULL;
    int64_t where;
    if (sp_is_kind(args[1], SP_K_INT)) where = sp_int_sign(vm, args[1]) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    else if (sp_index(vm, args[1], &where) < 0) return SP_NULL;
    return list_insert(vm, LIST_SELF(args), where, args[2]) < 0 ? SP_NULL : SP_NONE;
}

static sp_value_t list_m_pop(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "list.pop", nargs - 1, kwnames, 0, 1) < 0) return SP_NULL;
    sp_list_t *list = LIST_SELF(args);
    int64_t i = -1;
    if (nargs > 1) {
        if (sp_is_kind(args[1], SP_K_INT)) return sp_raise(vm, SP_EXC_IndexError, "pop index out of range");
        if (sp_index(vm, args[1], &i) < 0) return SP_NULL;
    }
    if (list->size == 0) return sp_raise(vm, SP_EXC_IndexError, "pop from empty list");
    if (i < 0) i += list->size;
    if (i < 0 || i >= list->size) return sp_raise(vm, SP_EXC_IndexError, "pop index out of range");
    sp_value_t item = list->items[i];
    if (i == list->size - 1) list->size--;
    else list_replace_range(vm, list, i, i + 1, NULL, 0);
    return item;
}

static sp_value_t list_m_remove(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "list.remove", nargs - 1, kwnames, 1, 1) < 0) return SP_NULL;
    sp_list_t *list = LIST_SELF(args);
    int64_t found = list_find(vm, list, args[1], 0, INT64_MAX);
    if (found == -2) return SP_NULL;
    if (found == -1) return sp_raise(vm, SP_EXC_ValueError, "list.remove(x): x not in list");
    list_replace_range(vm, list, found, found + 1, NULL, 0);
    return SP_NONE;
}

int sp_seq_index_bound(sp_vm_t *vm, sp_value_t v, int64_t size, int64_t *out) {
    if (!v) return 0;
    sp_value_t slice = v == SP_NONE ? SP_NULL : sp_slice_new(vm, v, SP_NONE, SP_NONE);
    int64_t stop, step;
    if (slice && sp_slice_indices(vm, slice, size, out, &stop, &step) >= 0) return 0;
    /* Unlike a slice bound, None is refused, and the message says so (_PyEval_SliceIndexNotNone). */
    if (!vm->exc)
        sp_raise(vm, SP_EXC_TypeError, "slice indices must be integers or have an __index__ method");
    sp_exc_rename_method(vm, "slice indices must be integers or None or have",
                         "slice indices must be integers or have", false);
    return -1;
}

static sp_value_t list_m_index(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "list.index", nargs - 1, kwnames, 1, 3) < 0) return SP_NULL;
    sp_list_t *list = LIST_SELF(args);
    int64_t start = 0, stop = list->size;
    if (sp_seq_index_bound(vm, nargs > 2 ? args[2] : SP_NULL, list->size, &start) < 0) return SP_NULL;
    if (sp_seq_index_bound(vm, nargs > 3 ? args[3] : SP_NULL, list->size, &stop) < 0) return SP_NULL;
    int64_t found = list_find(vm, list, args[1], start, stop);
    if (found == -2) return SP_NULL;
    if (found >= 0) return sp_int_from_i64(vm, found);
    sp_value_t text = sp_repr(vm, args[1]);
    if (!text) return SP_NULL;
    return sp_raise(vm, SP_EXC_ValueError, "%s is not in list", sp_str_cstr(text));
}

static sp_value_t list_m_count(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "list.count", nargs - 1, kwnames, 1, 1) < 0) return SP_NULL;
    sp_list_t *list = LIST_SELF(args);
    int64_t count = 0;
    for (int64_t i = 0; i < list->size; i++) {
        int eq = sp_equal(vm, list->items[i], args[1]);
        if (eq < 0) return SP_NULL;
        count += eq;
    }
    return sp_int_from_i64(vm, count);
}

static sp_value_t list_m_sort(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t parsed[2];
    if (sp_parse_args(vm, "sort", "*, key=, reverse=", args + 1, nargs - 1, kwnames, parsed) < 0) return SP_NULL;
    int reverse = 0;
    if (parsed[1] && (reverse = sp_truthy(vm, parsed[1])) < 0) return SP_NULL;
    return sp_list_sort(vm, args[0], parsed[0], reverse) < 0 ? SP_NULL : SP_NONE;
}

static sp_value_t list_m_reverse(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "list.reverse", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    sp_list_t *list = LIST_SELF(args);
    for (int64_t i = 0, j = list->size - 1; i < j; i++, j--) {
        sp_value_t t = list->items[i];
        list->items[i] = list->items[j];
        list->items[j] = t;
    }
    return SP_NONE;
}

static sp_value_t list_m_copy(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "list.copy", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    return sp_list_from_array(vm, LIST_SELF(args)->items, LIST_SELF(args)->size);
}

static sp_value_t list_m_clear(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "list.clear", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    sp_list_t *list = LIST_SELF(args);
    list->items = NULL; /* drop the storage so the collector can reclaim the items */
    list->size = list->capacity = 0;
    return SP_NONE;
}

static sp_value_t list_m_reversed(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "list.__reversed__", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    return sp_iterator_new(vm, vm->iter_types[SP_ITER_LIST_REV], args[0], SP_NULL, 0, 0);
}

static const sp_method_def_t list_methods[] = {
    {"append", list_m_append},   {"extend", list_m_extend},   {"insert", list_m_insert},
    {"pop", list_m_pop},         {"remove", list_m_remove},   {"index", list_m_index},
    {"count", list_m_count},     {"sort", list_m_sort},       {"reverse", list_m_reverse},
    {"copy", list_m_copy},       {"clear", list_m_clear},     {"__reversed__", list_m_reversed},
    {NULL, NULL},
};

void list_init(sp_vm_t *vm) {
    sp_type_t *type = vm->types[SP_K_LIST];
    type->repr = sp_seq_repr;
    type->richcompare = list_richcompare;
    type->binop = list_binop;
    type->len = list_len;
    type->getitem = list_getitem;
    type->setitem = list_setitem;
    type->contains = list_contains;
    type->iter = list_iter;
    type->construct = list_construct;
    type_add_methods(vm, type, list_methods);
}
