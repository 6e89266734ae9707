/* object.h: the object header, type objects and the layout of every built-in object.
 * This header is the contract between the compiler, the eval loop and the runtime files:
 * one struct per built-in type, one function family per file (runtime/<type>.c). */
#ifndef SP_OBJECT_H
#define SP_OBJECT_H

#include <stddef.h>
#include <stdint.h>

#include "runtime/value.h"
#include "vm/config.h"

typedef struct sp_vm sp_vm_t;
typedef struct sp_type sp_type_t;

/* Every heap object starts with this header. `type` points at a type object owned by the VM
 * (kept alive by it), so objects whose only other fields are raw bytes can be allocated atomic. */
typedef struct sp_object {
    sp_type_t *type;
} sp_object_t;

/* The built-in types, one index each into vm->types[]. type->kind of a user subclass (a later
 * issue) is the kind of its built-in base, so C code can test "is this list-like" cheaply. */
typedef enum sp_kind {
    SP_K_OBJECT,
    SP_K_TYPE,
    SP_K_NONE,
    SP_K_BOOL,
    SP_K_INT,
    SP_K_FLOAT,
    SP_K_STR,
    SP_K_BYTES,
    SP_K_LIST,
    SP_K_TUPLE,
    SP_K_DICT,
    SP_K_SET,
    SP_K_FROZENSET,
    SP_K_RANGE,
    SP_K_SLICE,
    SP_K_FUNCTION,
    SP_K_CODE,
    SP_K_CELL,
    SP_K_NATIVE_FUNC,   /* builtin_function_or_method: a C function, maybe bound to self */
    SP_K_METHOD_DESC,   /* method_descriptor: a C method stored in a built-in type's dict */
    SP_K_BOUND_METHOD,  /* method: a Python function bound to self */
    SP_K_MODULE,
    SP_K_NOTIMPLEMENTED,
    SP_K_ELLIPSIS,
    SP_K_EXCEPTION,     /* BaseException and every subclass */
    SP_K_TRACEBACK,
    SP_K_ITERATOR,      /* every C-level iterator (list, tuple, str, range, dict views, zip, ...) */
    SP_K_DICT_VIEW,     /* dict_keys / dict_values / dict_items */
    SP_K_GENERATOR,     /* generator objects (runtime/generator.c) */
    SP_K_SLOT_WRAPPER,  /* wrapper_descriptor: a built-in type's slot as a dunder (runtime/slots.c) */
    SP_K_COMPLEX,       /* complex (runtime/complex.c) */
    SP_K_BYTEARRAY,     /* bytearray (runtime/bytearray.c) */
    SP_K_MEMORYVIEW,    /* memoryview (runtime/memoryview.c) */
    SP_K__COUNT
} sp_kind_t;

/* Comparison operators, in the order the COMPARE_OP operand uses. */
typedef enum sp_cmp { SP_CMP_LT, SP_CMP_LE, SP_CMP_EQ, SP_CMP_NE, SP_CMP_GT, SP_CMP_GE } sp_cmp_t;

/* Binary operators, in the order the BINARY_OP operand uses. The in-place forms are the plain
 * ones plus SP_BINOP_INPLACE (e.g. `+=` is SP_BINOP_ADD | SP_BINOP_INPLACE). */
typedef enum sp_binop {
    SP_BINOP_ADD,
    SP_BINOP_SUB,
    SP_BINOP_MUL,
    SP_BINOP_MATMUL,
    SP_BINOP_TRUEDIV,
    SP_BINOP_FLOORDIV,
    SP_BINOP_MOD,
    SP_BINOP_POW,
    SP_BINOP_LSHIFT,
    SP_BINOP_RSHIFT,
    SP_BINOP_AND,
    SP_BINOP_OR,
    SP_BINOP_XOR,
    SP_BINOP__COUNT,
    SP_BINOP_INPLACE = 16
} sp_binop_t;

/* Unary operators, the UNARY_OP operand. */
typedef enum sp_unop { SP_UNOP_NEG, SP_UNOP_POS, SP_UNOP_INVERT, SP_UNOP_NOT } sp_unop_t;

/*
 * Calling convention for everything written in C (builtins, methods, type constructors): the
 * positional arguments are args[0..nargs-1]; when kwnames is a tuple of k strs, the keyword
 * argument values follow as args[nargs..nargs+k-1]. kwnames is SP_NULL when there are none.
 * For methods, args[0] is self. The eval loop passes a slice of its stack: no copying.
 * Returns the result, or SP_NULL with an exception set (sp_raise).
 */
typedef sp_value_t (*sp_native_fn_t)(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames);

/* A named C function, for method tables and module tables. Tables end with a NULL name. */
typedef struct sp_method_def {
    const char *name;
    sp_native_fn_t fn;
} sp_method_def_t;

/* The raw memory an object exposes through the buffer protocol (its type's getbuffer slot; see
 * sp_get_buffer in runtime/runtime.h and docs/slots.md). One-dimensional and C-contiguous. */
typedef struct sp_buffer {
    sp_value_t obj;   /* the exporting object: holding it keeps `data` alive */
    uint8_t *data;    /* size bytes; valid until the exporter is resized (bytearray, array) */
    int64_t size;     /* in bytes */
    int64_t itemsize; /* bytes per item: 1 for bytes/bytearray */
    char format;      /* the item's struct format char: 'B' for bytes, an array's typecode */
    uint8_t readonly; /* 1 for bytes and read-only memoryviews */
} sp_buffer_t;

/*
 * A type object. Built-in types fill the slots they support; a NULL slot means "not supported"
 * and the generic operation in runtime/ops.c raises CPython's TypeError. All slots follow the
 * error convention: SP_NULL / -1 means an exception is set.
 */
struct sp_type {
    sp_object_t hdr;
    const char *name;        /* "int", "ZeroDivisionError", ... (static storage) */
    sp_kind_t kind;
    sp_type_t *base;         /* NULL only for object */
    sp_value_t dict;         /* attribute dict (methods, constants): a dict */
    sp_value_t mro;          /* tuple of types, self first */
    unsigned flags;          /* SP_TYPE_* below */
    /* Heap types only (runtime/class.h): where an instance's attribute storage lives
     * (SP_ATTRS_PREFIX: the word before the object; 0: none), the bases tuple, the
     * __name__/__qualname__ strs (name points into ht_name) and the __slots__ names. */
    int32_t attrs_offset;
    sp_value_t bases;
    sp_value_t ht_name, ht_qualname;
    sp_value_t slot_names;   /* tuple of str, or SP_NULL */
    sp_value_t subclasses;   /* list of the heap types deriving directly from this one, or SP_NULL */
    /* Built-in types whose struct is private to their file and of fixed size set this, so
     * instances of their subclasses can be made (class.c copies the struct); 0 otherwise. */
    uint32_t basicsize;

    sp_value_t (*repr)(sp_vm_t *vm, sp_value_t self);
    sp_value_t (*str)(sp_vm_t *vm, sp_value_t self);                /* NULL: use repr */
    int (*hash)(sp_vm_t *vm, sp_value_t self, int64_t *out);        /* NULL: unhashable */
    /* Returns a bool, SP_NOTIMPLEMENTED, or SP_NULL on error. */
    sp_value_t (*richcompare)(sp_vm_t *vm, sp_value_t a, sp_value_t b, sp_cmp_t op);
    /* a <op> b where either a or b has this type; SP_NOTIMPLEMENTED when not handled. */
    sp_value_t (*binop)(sp_vm_t *vm, sp_binop_t op, sp_value_t a, sp_value_t b);
    sp_value_t (*unop)(sp_vm_t *vm, sp_unop_t op, sp_value_t self); /* NEG, POS, INVERT */
    int (*truth)(sp_vm_t *vm, sp_value_t self);                     /* NULL: use len, else true */
    int64_t (*len)(sp_vm_t *vm, sp_value_t self);
    sp_value_t (*getitem)(sp_vm_t *vm, sp_value_t self, sp_value_t key);
    int (*setitem)(sp_vm_t *vm, sp_value_t self, sp_value_t key, sp_value_t value); /* value SP_NULL: delete */
    int (*contains)(sp_vm_t *vm, sp_value_t self, sp_value_t item); /* NULL: iterate */
    sp_value_t (*iter)(sp_vm_t *vm, sp_value_t self);
    /* Returns the next item; SP_NULL with no exception set means exhausted (no StopIteration
     * object is made on the fast path); SP_NULL with an exception set is an error. */
    sp_value_t (*next)(sp_vm_t *vm, sp_value_t self);
    /* Attribute lookup override; NULL means the generic lookup in runtime/attr.c. Returns
     * SP_NULL with AttributeError set when missing. */
    sp_value_t (*getattr)(sp_vm_t *vm, sp_value_t self, sp_value_t name);
    int (*setattr)(sp_vm_t *vm, sp_value_t self, sp_value_t name, sp_value_t value); /* SP_NULL: delete */
    /* Calling an instance of this type (functions, natives, bound methods). */
    sp_value_t (*call)(sp_vm_t *vm, sp_value_t self, const sp_value_t *args, int nargs, sp_value_t kwnames);
    /* Calling the type itself: int(...), list(...). args exclude the type. */
    sp_value_t (*construct)(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs, sp_value_t kwnames);
    /* The buffer protocol: fills *out with the object's raw memory (bytes, bytearray, array.array,
     * memoryview). NULL: not a bytes-like object. Call it through sp_get_buffer. */
    int (*getbuffer)(sp_vm_t *vm, sp_value_t self, sp_buffer_t *out);
};

/* type->flags */
enum {
    SP_TYPE_BASETYPE = 1, /* may be subclassed (a later issue) */
    SP_TYPE_HEAPTYPE = 2, /* created by a class statement (runtime/class.c) */
    SP_TYPE_SLOTS_READY = 4, /* slots_install ran once (runtime/slots.c: __eq__ without __hash__) */
};

/* type->attrs_offset of a heap type whose instances carry an attribute area: a pointer-sized
 * word placed just before the object (runtime/class.h explains why). */
#define SP_ATTRS_PREFIX (-8)

/* ---- Object layouts --------------------------------------------------------------------- */

/* str: immutable UTF-8 (DESIGN decision 9). Allocated atomic, bytes inline, NUL-terminated. */
typedef struct sp_str {
    sp_object_t hdr;
    int64_t hash;      /* -1 until computed */
    int64_t size;      /* bytes, excluding the terminating NUL */
    int64_t length;    /* code points */
    uint8_t is_ascii;  /* size == length: O(1) indexing */
    uint8_t interned;
    char data[];
} sp_str_t;

/* bytes: immutable byte string, allocated atomic. */
typedef struct sp_bytes {
    sp_object_t hdr;
    int64_t hash;
    int64_t size;
    uint8_t data[];
} sp_bytes_t;

/* Arbitrary-precision int on GMP (only values outside the small-int range). */
typedef struct sp_bigint sp_bigint_t; /* layout private to runtime/int.c */

typedef struct sp_list {
    sp_object_t hdr;
    int64_t size;
    int64_t capacity;
    sp_value_t *items;
} sp_list_t;

typedef struct sp_tuple {
    sp_object_t hdr;
    int64_t size;
    int64_t hash;      /* -1 until computed */
    sp_value_t items[];
} sp_tuple_t;

/* dict: insertion-ordered compact layout (as CPython 3.6+): a dense entries array in insertion
 * order plus a sparse index table of int32 slots (-1 empty, -2 deleted) probed by hash. */
typedef struct sp_dict_entry {
    int64_t hash;
    sp_value_t key;   /* SP_NULL marks a deleted entry */
    sp_value_t value;
} sp_dict_entry_t;

typedef struct sp_dict {
    sp_object_t hdr;
    int64_t used;          /* live entries */
    int64_t n_entries;     /* entries used, deleted included */
    int64_t cap_entries;
    int64_t index_size;    /* power of two */
    int32_t *index;        /* atomic */
    sp_dict_entry_t *entries;
    uint64_t version;      /* bumped on every mutation (iteration checks, later: global caches) */
} sp_dict_t;

/* set / frozenset: open-addressing table of (hash, key); SP_NULL key = empty, dummy = deleted. */
typedef struct sp_set_entry {
    int64_t hash;
    sp_value_t key;
} sp_set_entry_t;

typedef struct sp_set {
    sp_object_t hdr;
    int64_t used;
    int64_t fill;          /* used + dummies */
    int64_t mask;          /* table size - 1 */
    sp_set_entry_t *table;
    int64_t hash;          /* frozenset: -1 until computed */
    uint64_t version;
} sp_set_t;

/* A range: int64 fields on the fast path. When any of start, stop, step or the length does not
 * fit in int64, `big` is a tuple (start, stop, step, length) of ints, the int64 fields are unused
 * except `length`, which is then the length clamped to INT64_MAX (for iteration). */
typedef struct sp_range {
    sp_object_t hdr;
    int64_t start, stop, step, length;
    sp_value_t big; /* SP_NULL on the fast path */
} sp_range_t;

typedef struct sp_slice {
    sp_object_t hdr;
    sp_value_t start, stop, step; /* SP_NONE when omitted */
} sp_slice_t;

typedef struct sp_cell {
    sp_object_t hdr;
    sp_value_t value; /* SP_NULL when empty */
} sp_cell_t;

typedef struct sp_code sp_code_t; /* vm/code.h */

typedef struct sp_function {
    sp_object_t hdr;
    sp_code_t *code;
    sp_value_t globals;     /* dict */
    sp_value_t builtins;    /* dict */
    sp_value_t name;        /* str */
    sp_value_t qualname;    /* str */
    sp_value_t module;      /* str or None: __module__ */
    sp_value_t doc;         /* str or None */
    sp_value_t defaults;    /* tuple or SP_NULL */
    sp_value_t kwdefaults;  /* dict or SP_NULL */
    sp_value_t closure;     /* tuple of cells or SP_NULL */
    sp_value_t annotations; /* dict or SP_NULL */
    sp_value_t dict;        /* function attributes, SP_NULL until set */
} sp_function_t;

/* A C function: a builtin (self SP_NULL or the module) or a method bound to self. */
typedef struct sp_native_func {
    sp_object_t hdr;
    const char *name;
    sp_native_fn_t fn;
    sp_value_t self;        /* SP_NULL: args passed as is; else prepended as args[0] */
    sp_value_t module_name; /* str or SP_NULL */
} sp_native_func_t;

/* A C method stored in a built-in type's dict; attribute lookup binds it (or LOAD_METHOD
 * calls it directly without binding). */
typedef struct sp_method_desc {
    sp_object_t hdr;
    const char *name;
    sp_native_fn_t fn;
    sp_type_t *owner;
} sp_method_desc_t;

typedef struct sp_bound_method {
    sp_object_t hdr;
    sp_value_t func;
    sp_value_t self;
} sp_bound_method_t;

typedef struct sp_module {
    sp_object_t hdr;
    sp_value_t name; /* str */
    sp_value_t dict; /* dict */
} sp_module_t;

/* One frame of a traceback: tracebacks are linked from the outermost frame to the innermost
 * (the order they print in). */
typedef struct sp_traceback {
    sp_object_t hdr;
    struct sp_traceback *next;
    sp_code_t *code;
    int line;
} sp_traceback_t;

/* BaseException and every subclass. */
typedef struct sp_exception {
    sp_object_t hdr;
    sp_value_t args;            /* tuple */
    sp_traceback_t *traceback;  /* NULL until raised through a frame */
    sp_value_t cause;           /* __cause__: exception or SP_NONE */
    sp_value_t context;         /* __context__: exception or SP_NONE */
    uint8_t suppress_context;
    sp_value_t dict;            /* extra attributes (SystemExit.code, StopIteration.value, ...) or SP_NULL */
} sp_exception_t;

/* A generic C iterator: `state` fields are interpreted by the type's next slot. */
typedef struct sp_iterator {
    sp_object_t hdr;
    sp_value_t source;   /* the iterated object (or first sub-iterator) */
    sp_value_t extra;    /* a second object: map's function, zip's tuple of iterators, ... */
    int64_t index;       /* position */
    int64_t limit;       /* end / step / expected dict version, per iterator kind */
} sp_iterator_t;

/* ---- Unchecked casts -------------------------------------------------------------------- */
#define SP_AS_STR(v) SP_PTR(sp_str_t, v)
#define SP_AS_BYTES(v) SP_PTR(sp_bytes_t, v)
#define SP_AS_LIST(v) SP_PTR(sp_list_t, v)
#define SP_AS_TUPLE(v) SP_PTR(sp_tuple_t, v)
#define SP_AS_DICT(v) SP_PTR(sp_dict_t, v)
#define SP_AS_SET(v) SP_PTR(sp_set_t, v)
#define SP_AS_RANGE(v) SP_PTR(sp_range_t, v)
#define SP_AS_SLICE(v) SP_PTR(sp_slice_t, v)
#define SP_AS_CELL(v) SP_PTR(sp_cell_t, v)
#define SP_AS_FUNCTION(v) SP_PTR(sp_function_t, v)
#define SP_AS_NATIVE(v) SP_PTR(sp_native_func_t, v)
#define SP_AS_METHOD_DESC(v) SP_PTR(sp_method_desc_t, v)
#define SP_AS_BOUND(v) SP_PTR(sp_bound_method_t, v)
#define SP_AS_MODULE(v) SP_PTR(sp_module_t, v)
#define SP_AS_EXC(v) SP_PTR(sp_exception_t, v)
#define SP_AS_TYPE(v) SP_PTR(sp_type_t, v)
#define SP_AS_ITER(v) SP_PTR(sp_iterator_t, v)
#define SP_AS_OBJ(v) SP_PTR(sp_object_t, v)

#endif
