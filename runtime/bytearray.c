/* bytearray.c: the mutable byte string. Mutation (append, slice assignment, +=, ...) lives here;
 * read-only methods run bytes' own code on a snapshot, so the two types never drift apart. */
#include <string.h>

#include "runtime/runtime.h"
#include "vm/vm.h"

typedef struct sp_bytearray {
    sp_object_t hdr;
    int64_t size, capacity;
    uint8_t *data; /* atomic GC block of `capacity` bytes */
} sp_bytearray_t;

#define BA(v) SP_PTR(sp_bytearray_t, (v))
/* Past this many bytes an allocation is refused up front (MemoryError, never a crash). */
#define BA_MAX_SIZE ((int64_t)1 << 40)

bool sp_is_bytearray(sp_value_t v) { return sp_is_kind(v, SP_K_BYTEARRAY); }

uint8_t *sp_bytearray_data(sp_value_t ba, int64_t *size) {
    *size = BA(ba)->size;
    return BA(ba)->data;
}

/* Makes room for `size` bytes. */
static int ba_reserve(sp_vm_t *vm, sp_bytearray_t *ba, int64_t size) {
    if (size <= ba->capacity) return 0;
    if (size > BA_MAX_SIZE) return sp_raise_nomem(vm), -1;
    int64_t cap = ba->capacity * 2 > size ? ba->capacity * 2 : size;
    if (cap < 16) cap = 16;
    uint8_t *data = sp_alloc_atomic(vm, (size_t)cap);
    if (!data) return -1;
    if (ba->size) memcpy(data, ba->data, (size_t)ba->size);
    ba->data = data;
    ba->capacity = cap;
    return 0;
}

sp_value_t sp_bytearray_new(sp_vm_t *vm, const void *data, int64_t size) {
    sp_bytearray_t *ba = (sp_bytearray_t *)sp_new_object(vm, vm->types[SP_K_BYTEARRAY], sizeof(sp_bytearray_t));
    if (!ba || ba_reserve(vm, ba, size) < 0) return SP_NULL;
    if (size) memcpy(ba->data, data, (size_t)size);
    ba->size = size;
    return SP_OBJ(ba);
}

/* An immutable snapshot of the contents, for bytes' read-only code. */
static sp_value_t ba_snapshot(sp_vm_t *vm, sp_value_t self) {
    return sp_bytes_new(vm, BA(self)->data, (size_t)BA(self)->size);
}

/* Converts bytes results of the bytes code back to bytearray (lists and tuples item by item). */
static sp_value_t ba_from_result(sp_vm_t *vm, sp_value_t r) {
    if (!r) return SP_NULL;
    if (sp_is_kind(r, SP_K_BYTES)) return sp_bytearray_new(vm, SP_AS_BYTES(r)->data, SP_AS_BYTES(r)->size);
    if (sp_is_list(r) || sp_is_tuple(r)) {
        int64_t n = sp_is_list(r) ? SP_AS_LIST(r)->size : SP_AS_TUPLE(r)->size;
        sp_value_t *items = sp_is_list(r) ? SP_AS_LIST(r)->items : SP_AS_TUPLE(r)->items;
        for (int64_t i = 0; i < n; i++) {
            if (!sp_is_kind(items[i], SP_K_BYTES)) continue;
            sp_value_t b = ba_from_result(vm, items[i]);
            if (!b) return SP_NULL;
            items[i] = b;
        }
    }
    return r;
}

/* Any bytearray argument becomes bytes, so bytes' code accepts it. */
static sp_value_t ba_as_bytes(sp_vm_t *vm, sp_value_t v) {
    if (sp_is_bytearray(v)) return ba_snapshot(vm, v);
    return sp_is_kind(v, SP_K_MEMORYVIEW) ? sp_bytes_from_buffer(vm, v) : v;
}

/* Runs bytes.<name> on a snapshot of self with the same arguments. */
static sp_value_t ba_delegate(sp_vm_t *vm, const char *name, const sp_value_t *args, int nargs, sp_value_t kwnames,
                              bool convert) {
    int total = nargs + (kwnames ? (int)SP_AS_TUPLE(kwnames)->size : 0);
    sp_value_t *copy = sp_alloc(vm, (size_t)(total > 0 ? total : 1) * sizeof *copy);
    if (!copy) return SP_NULL;
    for (int i = 0; i < total; i++)
        if (!(copy[i] = ba_as_bytes(vm, args[i]))) return SP_NULL;
    sp_value_t method = type_lookup(vm, vm->types[SP_K_BYTES], sp_str_intern_cstr(vm, name));
    if (!method) return sp_raise(vm, SP_EXC_AttributeError, "'bytearray' object has no attribute '%s'", name);
    sp_value_t r = SP_PTR(sp_method_desc_t, method)->fn(vm, copy, nargs, kwnames);
    if (!r) return sp_exc_rename_method(vm, "bytes.", "bytearray.", false);
    return convert ? ba_from_result(vm, r) : r;
}

#define BA_READONLY(name, convert)                                                                     \
    static sp_value_t ba_m_##name(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) { \
        return ba_delegate(vm, #name, args, nargs, kwnames, convert);                                  \
    }
BA_READONLY(decode, false)
BA_READONLY(hex, false)
BA_READONLY(join, true)
BA_READONLY(split, true)
BA_READONLY(strip, true)
BA_READONLY(lstrip, true)
BA_READONLY(rstrip, true)
BA_READONLY(startswith, false)
BA_READONLY(endswith, false)
BA_READONLY(find, false)
BA_READONLY(rfind, false)
BA_READONLY(index, false)
BA_READONLY(rindex, false)
BA_READONLY(count, false)
BA_READONLY(replace, true)
BA_READONLY(upper, true)
BA_READONLY(lower, true)
BA_READONLY(isdigit, false)
BA_READONLY(isalpha, false)
BA_READONLY(isalnum, false)
BA_READONLY(isspace, false)
BA_READONLY(capitalize, true)
BA_READONLY(center, true)
BA_READONLY(expandtabs, true)
BA_READONLY(isascii, false)
BA_READONLY(islower, false)
BA_READONLY(istitle, false)
BA_READONLY(isupper, false)
BA_READONLY(ljust, true)
BA_READONLY(partition, true)
BA_READONLY(removeprefix, true)
BA_READONLY(removesuffix, true)
BA_READONLY(rjust, true)
BA_READONLY(rpartition, true)
BA_READONLY(rsplit, true)
BA_READONLY(swapcase, true)
BA_READONLY(title, true)
BA_READONLY(zfill, true)
BA_READONLY(splitlines, true)
BA_READONLY(translate, true)

/* ---- Slots --------------------------------------------------------------------------------- */

static sp_value_t ba_repr(sp_vm_t *vm, sp_value_t self) {
    sp_value_t snap = ba_snapshot(vm, self);
    sp_value_t inner = snap ? sp_repr(vm, snap) : SP_NULL;
    return inner ? sp_str_format(vm, "bytearray(%s)", sp_str_cstr(inner)) : SP_NULL;
}

static int64_t ba_len(sp_vm_t *vm, sp_value_t self) {
    (void)vm;
    return BA(self)->size;
}

static sp_value_t ba_richcompare(sp_vm_t *vm, sp_value_t a, sp_value_t b, sp_cmp_t op) {
    /* bytearray compares with any bytes-like object by content (CPython's buffer comparison). */
    if (!sp_has_buffer(vm, a) || !sp_has_buffer(vm, b)) return SP_NOTIMPLEMENTED;
    sp_value_t x = sp_bytes_from_buffer(vm, a), y = x ? sp_bytes_from_buffer(vm, b) : SP_NULL;
    return y ? sp_compare(vm, x, y, op) : SP_NULL;
}

static sp_value_t ba_getitem(sp_vm_t *vm, sp_value_t self, sp_value_t key) {
    if (sp_is_int(key) || sp_is_bool(key)) {
        int64_t i;
        if (sp_seq_index(vm, key, BA(self)->size, "bytearray", "bytearray index out of range", &i) < 0)
            return SP_NULL;
        return sp_smallint(BA(self)->data[i]);
    }
    sp_value_t snap = ba_snapshot(vm, self);
    return snap ? ba_from_result(vm, sp_getitem(vm, snap, key)) : SP_NULL;
}

static int ba_contains(sp_vm_t *vm, sp_value_t self, sp_value_t item) {
    sp_value_t snap = ba_snapshot(vm, self), needle = snap ? ba_as_bytes(vm, item) : SP_NULL;
    return needle ? sp_contains(vm, snap, needle) : -1;
}

static sp_value_t ba_iter(sp_vm_t *vm, sp_value_t self) {
    return sp_iterator_new(vm, vm->iter_types[SP_ITER_SEQ], self, SP_NULL, 0, 0);
}

/* A byte value 0..255 from an int-like value. */
static int ba_byte(sp_vm_t *vm, sp_value_t v, uint8_t *out) {
    int64_t i;
    if (!sp_is_int(v) && !sp_is_bool(v)) {
        sp_raise(vm, SP_EXC_TypeError, "'%s' object cannot be interpreted as an integer", sp_type_name(vm, v));
        return -1;
    }
    if (sp_int_to_i64(vm, v, &i) < 0 || i < 0 || i > 255) {
        if (vm->exc) sp_exc_fetch(vm);
        sp_raise(vm, SP_EXC_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *out = (uint8_t)i;
    return 0;
}

/* The bytes of any bytes-like or iterable-of-ints value, as a bytes object. */
static sp_value_t ba_bytes_of(sp_vm_t *vm, sp_value_t v) {
    if (sp_is_kind(v, SP_K_BYTES)) return v;
    if (sp_has_buffer(vm, v)) return sp_bytes_from_buffer(vm, v);
    if (sp_is_str(v)) return sp_raise(vm, SP_EXC_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    return sp_call(vm, SP_OBJ(vm->types[SP_K_BYTES]), &v, 1, SP_NULL);
}

/* Replaces [start, stop) with `n` bytes from `src`. */
static int ba_splice(sp_vm_t *vm, sp_bytearray_t *ba, int64_t start, int64_t stop, const uint8_t *src, int64_t n) {
    if (stop < start) stop = start;
    int64_t new_size = ba->size - (stop - start) + n;
    if (ba_reserve(vm, ba, new_size) < 0) return -1;
    memmove(ba->data + start + n, ba->data + stop, (size_t)(ba->size - stop));
    if (n) memcpy(ba->data + start, src, (size_t)n);
    ba->size = new_size;
    return 0;
}

/* ba[slice] = value / del ba[slice] (value SP_NULL), extended slices included. */
static int ba_set_slice(sp_vm_t *vm, sp_bytearray_t *ba, sp_value_t slice, sp_value_t value) {
    int64_t start, stop, step;
    int64_t count = sp_slice_indices(vm, slice, ba->size, &start, &stop, &step);
    if (count < 0) return -1;
    sp_value_t src = SP_NULL;
    if (value) {
        if (sp_is_int(value)) {
            sp_raise(vm, SP_EXC_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            return -1;
        }
        if (!(src = ba_bytes_of(vm, value))) return -1;
    }
    const uint8_t *data = src ? SP_AS_BYTES(src)->data : NULL;
    int64_t n = src ? SP_AS_BYTES(src)->size : 0;
    if (step == 1) return ba_splice(vm, ba, start, start + count, data, n);
    if (src) {
        if (n != count) {
            sp_raise(vm, SP_EXC_ValueError, "attempt to assign bytes of size %lld to extended slice of size %lld",
                     (long long)n, (long long)count);
            return -1;
        }
        for (int64_t i = 0; i < count; i++) ba->data[start + i * step] = data[i];
        return 0;
    }
    /* Deletion with a step: keep the bytes not selected, in order. */
    if (step < 0) {
        start = start + (count - 1) * step;
        step = -step;
    }
    int64_t w = 0;
    for (int64_t r = 0; r < ba->size; r++)
        if (!(r >= start && (r - start) % step == 0 && (r - start) / step < count)) ba->data[w++] = ba->data[r];
    ba->size = w;
    return 0;
}

static int ba_setitem(sp_vm_t *vm, sp_value_t self, sp_value_t key, sp_value_t value) {
    sp_bytearray_t *ba = BA(self);
    if (sp_is_kind(key, SP_K_SLICE)) return ba_set_slice(vm, ba, key, value);
    if (!sp_is_int(key) && !sp_is_bool(key)) {
        sp_raise(vm, SP_EXC_TypeError, "bytearray indices must be integers or slices, not %s", sp_type_name(vm, key));
        return -1;
    }
    int64_t i;
    if (sp_seq_index(vm, key, ba->size, "bytearray", value ? "bytearray index out of range" : "bytearray index out of range", &i) < 0)
        return -1;
    if (!value) return ba_splice(vm, ba, i, i + 1, NULL, 0);
    return ba_byte(vm, value, &ba->data[i]);
}

/* `*` and `+` give new bytearrays; the in-place forms mutate self (bytearray += x). */
static sp_value_t ba_binop(sp_vm_t *vm, sp_binop_t op, sp_value_t a, sp_value_t b) {
    bool inplace = (op & SP_BINOP_INPLACE) != 0;
    op &= ~SP_BINOP_INPLACE;
    if (op == SP_BINOP_ADD) {
        bool a_ok = sp_is_bytearray(a) || sp_is_kind(a, SP_K_BYTES);
        if (!a_ok) return SP_NOTIMPLEMENTED;
        if (!sp_is_bytearray(b) && !sp_is_kind(b, SP_K_BYTES)) {
            if (sp_typeof(vm, b)->flags & SP_TYPE_HEAPTYPE) return SP_NOTIMPLEMENTED;
            if (sp_has_buffer(vm, b)) { /* memoryview, array: their raw bytes */
                sp_value_t y = sp_bytes_from_buffer(vm, b);
                if (y == SP_NULL) return SP_NULL;
                if (sp_is_kind(a, SP_K_BYTES)) return sp_binary_op(vm, SP_BINOP_ADD, a, y);
                sp_value_t target = inplace ? a : sp_bytearray_new(vm, BA(a)->data, BA(a)->size);
                if (!target) return SP_NULL;
                return ba_splice(vm, BA(target), BA(target)->size, BA(target)->size, SP_AS_BYTES(y)->data,
                                 SP_AS_BYTES(y)->size) < 0 ? SP_NULL : target;
            }
            return sp_raise(vm, SP_EXC_TypeError, "can't concat %s to %s", sp_type_name(vm, b), sp_type_name(vm, a));
        }
        sp_value_t y = ba_as_bytes(vm, b);
        if (!y) return SP_NULL;
        if (sp_is_kind(a, SP_K_BYTES)) { /* bytes + bytearray is bytes */
            sp_value_t x = a;
            return sp_binary_op(vm, SP_BINOP_ADD, x, y);
        }
        sp_value_t target = inplace ? a : sp_bytearray_new(vm, BA(a)->data, BA(a)->size);
        if (!target) return SP_NULL;
        if (ba_splice(vm, BA(target), BA(target)->size, BA(target)->size, SP_AS_BYTES(y)->data, SP_AS_BYTES(y)->size) < 0)
            return SP_NULL;
        return target;
    }
    if (op == SP_BINOP_MUL) {
        sp_value_t s = sp_is_bytearray(a) ? a : b, n = sp_is_bytearray(a) ? b : a;
        if (!sp_is_bytearray(s)) return SP_NOTIMPLEMENTED;
        if (!sp_is_int(n) && !sp_is_bool(n)) {
            if (sp_typeof(vm, n)->flags & SP_TYPE_HEAPTYPE) return SP_NOTIMPLEMENTED;
            return sp_raise(vm, SP_EXC_TypeError, "can't multiply sequence by non-int of type '%s'", sp_type_name(vm, n));
        }
        int64_t count;
        if (sp_int_to_i64(vm, n, &count) < 0) return SP_NULL;
        int64_t size = BA(s)->size;
        if (count < 0) count = 0;
        if (size && count > BA_MAX_SIZE / size) return sp_raise_nomem(vm);
        sp_value_t target = inplace && s == a ? a : sp_bytearray_new(vm, NULL, 0);
        if (!target || ba_reserve(vm, BA(target), size * count) < 0) return SP_NULL;
        uint8_t *src = BA(s)->data;
        for (int64_t i = target == s ? 1 : 0; i < count; i++) memcpy(BA(target)->data + i * size, src, (size_t)size);
        BA(target)->size = size * count;
        return target;
    }
    return SP_NOTIMPLEMENTED;
}

/* bytearray(iterable of ints), with bytearray's own "byte must be in range(0, 256)". */
static sp_value_t ba_from_iterable(sp_vm_t *vm, sp_value_t iterable) {
    sp_value_t it = sp_iter(vm, iterable);
    if (!it) {
        if (!sp_exc_matches(vm, SP_EXC_TypeError)) return SP_NULL;
        sp_exc_fetch(vm);
        return sp_raise(vm, SP_EXC_TypeError, "cannot convert '%s' object to bytearray", sp_type_name(vm, iterable));
    }
    sp_value_t ba = sp_bytearray_new(vm, NULL, 0);
    if (!ba) return SP_NULL;
    sp_value_t item;
    while ((item = sp_next(vm, it)) != SP_NULL) {
        uint8_t byte;
        if (ba_byte(vm, item, &byte) < 0 || ba_splice(vm, BA(ba), BA(ba)->size, BA(ba)->size, &byte, 1) < 0)
            return SP_NULL;
    }
    return vm->exc ? SP_NULL : ba;
}

static sp_value_t ba_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    (void)type;
    if (nargs == 1 && !kwnames && (sp_is_int(args[0]) || sp_is_bool(args[0]))) {
        int64_t n;
        if (sp_int_to_i64(vm, args[0], &n) < 0) {
            if (sp_exc_matches(vm, SP_EXC_OverflowError)) {
                sp_exc_fetch(vm);
                return sp_raise(vm, SP_EXC_OverflowError, "cannot fit 'int' into an index-sized integer");
            }
            return SP_NULL;
        }
        if (n < 0) return sp_raise(vm, SP_EXC_ValueError, "negative count");
        if (n > BA_MAX_SIZE) return sp_raise_nomem(vm);
        sp_value_t ba = sp_bytearray_new(vm, NULL, 0);
        if (!ba || ba_reserve(vm, BA(ba), n) < 0) return SP_NULL;
        memset(BA(ba)->data, 0, (size_t)n);
        BA(ba)->size = n;
        return ba;
    }
    if (nargs == 0 && !kwnames) return sp_bytearray_new(vm, NULL, 0);
    if (nargs >= 1 && sp_is_bytearray(args[0]) && !kwnames && nargs == 1)
        return sp_bytearray_new(vm, BA(args[0])->data, BA(args[0])->size);
    if (nargs == 1 && !kwnames && sp_has_buffer(vm, args[0])) { /* the raw memory, not the items */
        sp_value_t b = sp_bytes_from_buffer(vm, args[0]);
        return b ? sp_bytearray_new(vm, SP_AS_BYTES(b)->data, SP_AS_BYTES(b)->size) : SP_NULL;
    }
    if (nargs == 1 && !kwnames && !sp_is_str(args[0]) && !sp_is_kind(args[0], SP_K_BYTES))
        return ba_from_iterable(vm, args[0]);
    sp_value_t b = sp_call(vm, SP_OBJ(vm->types[SP_K_BYTES]), args, nargs, kwnames);
    return b ? ba_from_result(vm, b) : sp_exc_rename_method(vm, "bytes()", "bytearray()", true);
}

/* ---- Mutating methods ------------------------------------------------------------------------- */

static sp_value_t ba_m_append(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "bytearray.append", nargs - 1, kwnames, 1, 1) < 0) return SP_NULL;
    uint8_t byte;
    if (ba_byte(vm, args[1], &byte) < 0) return SP_NULL;
    sp_bytearray_t *ba = BA(args[0]);
    return ba_splice(vm, ba, ba->size, ba->size, &byte, 1) < 0 ? SP_NULL : SP_NONE;
}

static sp_value_t ba_m_extend(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "bytearray.extend", nargs - 1, kwnames, 1, 1) < 0) return SP_NULL;
    if (sp_is_str(args[1])) return sp_raise(vm, SP_EXC_TypeError, "'str' object cannot be interpreted as an integer");
    if (sp_is_int(args[1])) return sp_raise(vm, SP_EXC_TypeError, "can't extend bytearray with int");
    /* Not iterable at all: CPython names the argument's type. iter() of an iterator is itself, so
     * nothing is consumed here. */
    if (!sp_iter(vm, args[1])) {
        if (!sp_exc_matches(vm, SP_EXC_TypeError)) return SP_NULL;
        sp_exc_fetch(vm);
        return sp_raise(vm, SP_EXC_TypeError, "can't extend bytearray with %s", sp_type_name(vm, args[1]));
    }
    sp_value_t src = ba_bytes_of(vm, args[1]);
    if (!src) return SP_NULL;
    sp_bytearray_t *ba = BA(args[0]);
    return ba_splice(vm, ba, ba->size, ba->size, SP_AS_BYTES(src)->data, SP_AS_BYTES(src)->size) < 0 ? SP_NULL
                                                                                                          : SP_NONE;
}

static sp_value_t ba_m_insert(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "bytearray.insert", nargs - 1, kwnames, 2, 2) < 0) return SP_NULL;
    int64_t i;
    uint8_t byte;
    if (sp_index(vm, args[1], &i) < 0 || ba_byte(vm, args[2], &byte) < 0) return SP_NULL;
    sp_bytearray_t *ba = BA(args[0]);
    if (i < 0) i = i + ba->size < 0 ? 0 : i + ba->size;
    if (i > ba->size) i = ba->size;
    return ba_splice(vm, ba, i, i, &byte, 1) < 0 ? SP_NULL : SP_NONE;
}

static sp_value_t ba_m_pop(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "bytearray.pop", nargs - 1, kwnames, 0, 1) < 0) return SP_NULL;
    sp_bytearray_t *ba = BA(args[0]);
    if (ba->size == 0) return sp_raise(vm, SP_EXC_IndexError, "pop from empty bytearray");
    int64_t i = ba->size - 1;
    if (nargs > 1) {
        if (sp_index(vm, args[1], &i) < 0) return SP_NULL;
        if (i < 0) i += ba->size;
        if (i < 0 || i >= ba->size) return sp_raise(vm, SP_EXC_IndexError, "pop index out of range");
    }
    uint8_t byte = ba->data[i];
    return ba_splice(vm, ba, i, i + 1, NULL, 0) < 0 ? SP_NULL : sp_smallint(byte);
}

static sp_value_t ba_m_remove(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "bytearray.remove", nargs - 1, kwnames, 1, 1) < 0) return SP_NULL;
    uint8_t byte;
    if (ba_byte(vm, args[1], &byte) < 0) return SP_NULL;
    sp_bytearray_t *ba = BA(args[0]);
    for (int64_t i = 0; i < ba->size; i++)
        if (ba->data[i] == byte) return ba_splice(vm, ba, i, i + 1, NULL, 0) < 0 ? SP_NULL : SP_NONE;
    return sp_raise(vm, SP_EXC_ValueError, "value not found in bytearray");
}

static sp_value_t ba_m_reverse(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "bytearray.reverse", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    sp_bytearray_t *ba = BA(args[0]);
    for (int64_t i = 0, j = ba->size - 1; i < j; i++, j--) {
        uint8_t t = ba->data[i];
        ba->data[i] = ba->data[j];
        ba->data[j] = t;
    }
    return SP_NONE;
}

static sp_value_t ba_m_clear(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "bytearray.clear", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    BA(args[0])->size = 0;
    return SP_NONE;
}

static sp_value_t ba_m_copy(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_arity(vm, "bytearray.copy", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    return sp_bytearray_new(vm, BA(args[0])->data, BA(args[0])->size);
}

/* bytearray.fromhex / bytes.fromhex: a plain function whose result type follows the owner. */
static sp_value_t ba_fromhex_common(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames, bool mutable) {
    if (sp_check_nargs(vm, mutable ? "bytearray.fromhex" : "bytes.fromhex", nargs, kwnames, 1, 1) < 0)
        return SP_NULL;
    if (!sp_is_str(args[0]))
        return sp_raise(vm, SP_EXC_TypeError, "fromhex() argument must be str, not %s",
                        args[0] == SP_NONE ? "None" : sp_type_name(vm, args[0]));
    sp_str_t *s = SP_AS_STR(args[0]);
    uint8_t *out = sp_alloc_atomic(vm, (size_t)s->size / 2 + 1);
    if (!out) return SP_NULL;
    int64_t n = 0, i = 0;
    while (i < s->size) {
        unsigned char c = (unsigned char)s->data[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
            i++;
            continue;
        }
        int hi = c >= '0' && c <= '9' ? c - '0' : (c | 32) >= 'a' && (c | 32) <= 'f' ? (c | 32) - 'a' + 10 : -1;
        unsigned char d = i + 1 < s->size ? (unsigned char)s->data[i + 1] : 0;
        int lo = d >= '0' && d <= '9' ? d - '0' : (d | 32) >= 'a' && (d | 32) <= 'f' ? (d | 32) - 'a' + 10 : -1;
        if (hi < 0 || lo < 0) {
            int64_t at = hi < 0 ? i : i + 1;
            sp_value_t prefix = sp_str_new(vm, s->data, (size_t)at);
            int64_t pos = prefix ? SP_AS_STR(prefix)->length : at;
            return sp_raise(vm, SP_EXC_ValueError, "non-hexadecimal number found in fromhex() arg at position %lld",
                            (long long)pos);
        }
        out[n++] = (uint8_t)(hi * 16 + lo);
        i += 2;
    }
    return mutable ? sp_bytearray_new(vm, out, n) : sp_bytes_new(vm, out, (size_t)n);
}

static sp_value_t ba_fromhex(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return ba_fromhex_common(vm, args, nargs, kwnames, true);
}
static sp_value_t bytes_fromhex(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return ba_fromhex_common(vm, args, nargs, kwnames, false);
}

static const sp_method_def_t ba_methods[] = {
    {"append", ba_m_append},       {"extend", ba_m_extend},   {"insert", ba_m_insert},
    {"pop", ba_m_pop},             {"remove", ba_m_remove},   {"reverse", ba_m_reverse},
    {"clear", ba_m_clear},         {"copy", ba_m_copy},       {"decode", ba_m_decode},
    {"hex", ba_m_hex},             {"join", ba_m_join},       {"split", ba_m_split},
    {"strip", ba_m_strip},         {"lstrip", ba_m_lstrip},   {"rstrip", ba_m_rstrip},
    {"startswith", ba_m_startswith}, {"endswith", ba_m_endswith}, {"find", ba_m_find},
    {"rfind", ba_m_rfind},         {"index", ba_m_index},     {"rindex", ba_m_rindex},
    {"count", ba_m_count},         {"replace", ba_m_replace}, {"upper", ba_m_upper},
    {"lower", ba_m_lower},         {"isdigit", ba_m_isdigit}, {"isalpha", ba_m_isalpha},
    {"isalnum", ba_m_isalnum},     {"isspace", ba_m_isspace},
    {"capitalize", ba_m_capitalize},
    {"center", ba_m_center},
    {"expandtabs", ba_m_expandtabs},
    {"isascii", ba_m_isascii},
    {"islower", ba_m_islower},
    {"istitle", ba_m_istitle},
    {"isupper", ba_m_isupper},
    {"ljust", ba_m_ljust},
    {"partition", ba_m_partition},
    {"removeprefix", ba_m_removeprefix},
    {"removesuffix", ba_m_removesuffix},
    {"rjust", ba_m_rjust},
    {"rpartition", ba_m_rpartition},
    {"rsplit", ba_m_rsplit},
    {"swapcase", ba_m_swapcase},
    {"title", ba_m_title},
    {"zfill", ba_m_zfill},
    {"splitlines", ba_m_splitlines},
    {"translate", ba_m_translate},
    {NULL, NULL},
};

void bytearray_init(sp_vm_t *vm) {
    sp_type_t *t = vm->types[SP_K_BYTEARRAY];
    t->repr = ba_repr;
    t->len = ba_len;
    t->richcompare = ba_richcompare;
    t->getitem = ba_getitem;
    t->setitem = ba_setitem;
    t->contains = ba_contains;
    t->iter = ba_iter;
    t->binop = ba_binop;
    t->construct = ba_construct;
    t->flags |= SP_TYPE_BASETYPE;
    t->basicsize = sizeof(sp_bytearray_t); /* subclasses copy the struct (runtime/class.c) */
    type_add_methods(vm, t, ba_methods);
    bytesmeth_init(vm);
    sp_value_t f = sp_native_new(vm, "fromhex", ba_fromhex, SP_NULL);
    if (f) sp_dict_set_cstr(vm, t->dict, "fromhex", f);
    f = sp_native_new(vm, "fromhex", bytes_fromhex, SP_NULL);
    if (f) sp_dict_set_cstr(vm, vm->types[SP_K_BYTES]->dict, "fromhex", f);
}

sp_value_t sp_bytes_from_bytearray(sp_vm_t *vm, sp_value_t ba) { return ba_snapshot(vm, ba); }
