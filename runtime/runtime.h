/* runtime.h: the runtime's C API — allocation, the generic object protocol, and each built-in
 * type's constructors and accessors. Error convention everywhere: a function returning
 * sp_value_t returns SP_NULL with vm->exc set on error; one returning int returns -1. */
#ifndef SP_RUNTIME_H
#define SP_RUNTIME_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "vm/vm.h"

/* ---- Memory (runtime/gc.c): the one thin layer over Boehm GC (DESIGN decision 3) -------- */

/* Initialises the collector once per process (idempotent). */
void gc_init(void);
/* Allocates zeroed memory that may hold references; raises MemoryError and returns NULL on
 * failure or when the VM's heap limit would be passed. */
void *sp_alloc(sp_vm_t *vm, size_t size);
/* Allocates memory that holds no references (string bytes, limbs, bytecode); not zeroed. */
void *sp_alloc_atomic(sp_vm_t *vm, size_t size);
/* Grows or shrinks a block from sp_alloc (keeps its scanned-ness). */
void *sp_realloc(sp_vm_t *vm, void *ptr, size_t size);
/* Allocates a new object of `size` bytes with its header set to `type`. */
sp_object_t *sp_new_object(sp_vm_t *vm, sp_type_t *type, size_t size);
/* The same for objects that hold no references besides their type. */
sp_object_t *sp_new_atomic_object(sp_vm_t *vm, sp_type_t *type, size_t size);

/* ---- Argument parsing (runtime/args.c) -------------------------------------------------- */

/*
 * Parses a native call's arguments. `spec` names the parameters, CPython-style:
 *   "name1, name2, /, name3=, *, kw1=, kw2="   -- positional-only before "/", optional after
 *   a "=", keyword-only after "*". Example for sorted: "iterable, /, *, key=, reverse=".
 * `out` receives one value per parameter (SP_NULL for an omitted optional one). Raises
 * CPython's TypeError messages ("f() takes at most 2 arguments (3 given)", "f() missing
 * required argument 'x' (pos 1)", "'x' is an invalid keyword argument for f()"). A spec whose
 * parameters are all positional-only ("value, format_spec=, /") reports counts the way
 * sp_check_nargs does ("format expected at least 1 argument, got 0").
 */
int sp_parse_args(sp_vm_t *vm, const char *fname, const char *spec, const sp_value_t *args, int nargs,
                  sp_value_t kwnames, sp_value_t *out);
/* Raises TypeError unless nargs is within [min, max] and there are no keywords, with CPython's
 * wording: "len() takes exactly one argument (2 given)" (min == max == 1), "f() takes no
 * arguments (1 given)" (0, 0), else "divmod expected 2 arguments, got 1" / "pop expected at most
 * 1 argument, got 2". Pass fname as CPython names it ("list.append" for METH_O methods). */
int sp_check_nargs(sp_vm_t *vm, const char *fname, int nargs, sp_value_t kwnames, int min, int max);

/* The type name an argument-type error shows for `v`: "None" for None, else the type's name, as
 * Argument Clinic's messages do ("decode() argument 'encoding' must be str, not None"). */
const char *sp_arg_type_name(sp_vm_t *vm, sp_value_t v);

/* ---- The generic object protocol (runtime/ops.c) ---------------------------------------- */

const char *sp_type_name(sp_vm_t *vm, sp_value_t v);  /* "int", "list", ... */
sp_value_t sp_repr(sp_vm_t *vm, sp_value_t v);         /* repr() -> str */
sp_value_t sp_str(sp_vm_t *vm, sp_value_t v);          /* str() -> str */
int sp_hash(sp_vm_t *vm, sp_value_t v, int64_t *out);  /* hash(); TypeError if unhashable */
int sp_truthy(sp_vm_t *vm, sp_value_t v);              /* bool(v): 0, 1, or -1 */
/* Rich comparison with CPython's reflected fallback; returns a value (usually a bool). */
sp_value_t sp_compare(sp_vm_t *vm, sp_value_t a, sp_value_t b, sp_cmp_t op);
/* Equality as containers use it: identity first, then ==. Returns 0, 1 or -1. */
int sp_equal(sp_vm_t *vm, sp_value_t a, sp_value_t b);
/* a < b as sort and min/max use it: 0, 1 or -1. */
int sp_less(sp_vm_t *vm, sp_value_t a, sp_value_t b);
/* a <op> b with int/float fast paths, then the types' binop slots (reflected second); op may
 * carry SP_BINOP_INPLACE. Raises CPython's "unsupported operand type(s)" TypeError. */
sp_value_t sp_binary_op(sp_vm_t *vm, sp_binop_t op, sp_value_t a, sp_value_t b);
sp_value_t sp_unary_op(sp_vm_t *vm, sp_unop_t op, sp_value_t v);
int64_t sp_len(sp_vm_t *vm, sp_value_t v);             /* len(); -1 on error */
sp_value_t sp_getitem(sp_vm_t *vm, sp_value_t obj, sp_value_t key);
int sp_setitem(sp_vm_t *vm, sp_value_t obj, sp_value_t key, sp_value_t value);
int sp_delitem(sp_vm_t *vm, sp_value_t obj, sp_value_t key);
int sp_contains(sp_vm_t *vm, sp_value_t container, sp_value_t item); /* `in`: 0, 1 or -1 */
sp_value_t sp_iter(sp_vm_t *vm, sp_value_t v);          /* iter() */
/* next(): the item, or SP_NULL with no exception when exhausted, or SP_NULL with an error. */
sp_value_t sp_next(sp_vm_t *vm, sp_value_t iter);
/* Calls any callable. Nests the C stack when it must run Python code: guarded by vm->c_depth. */
sp_value_t sp_call(sp_vm_t *vm, sp_value_t callable, const sp_value_t *args, int nargs, sp_value_t kwnames);
/* Convenience: calls with exactly one / two positional arguments. */
sp_value_t sp_call1(sp_vm_t *vm, sp_value_t callable, sp_value_t a);
sp_value_t sp_call2(sp_vm_t *vm, sp_value_t callable, sp_value_t a, sp_value_t b);
/* Converts an int-like value (int, bool, later __index__) to int64; TypeError/OverflowError. */
int sp_index(sp_vm_t *vm, sp_value_t v, int64_t *out);
/* Collects any iterable into a new list / tuple. */
sp_value_t sp_list_from_iterable(sp_vm_t *vm, sp_value_t iterable);
sp_value_t sp_tuple_from_iterable(sp_vm_t *vm, sp_value_t iterable);
/* Increments vm->c_depth, raising RecursionError when C re-entry nests too deep (for code that
 * recurses in C: repr of nested containers, comparisons, the parser). Pair with sp_leave_c
 * (only when it returned 0). `where` is appended to CPython's message "maximum recursion depth
 * exceeded": NULL or "", " while calling a Python object", " in comparison", " while getting
 * the repr of an object". */
int sp_enter_c(sp_vm_t *vm, const char *where);
void sp_leave_c(sp_vm_t *vm);

/* ---- Attributes (runtime/attr.c) -------------------------------------------------------- */

/* getattr(obj, name) with `name` an interned str; AttributeError with CPython's message. */
sp_value_t sp_getattr(sp_vm_t *vm, sp_value_t obj, sp_value_t name);
/* The generic lookup, ignoring the type's getattr slot: __class__, then the MRO dicts (method
 * descriptors come back bound to obj), else AttributeError. Types with a getattr slot call it
 * for the names they do not handle themselves. */
sp_value_t sp_generic_getattr(sp_vm_t *vm, sp_value_t obj, sp_value_t name);
/* Like sp_getattr but returns SP_NULL with no exception when the attribute is missing. */
sp_value_t sp_getattr_opt(sp_vm_t *vm, sp_value_t obj, sp_value_t name);
int sp_setattr(sp_vm_t *vm, sp_value_t obj, sp_value_t name, sp_value_t value);
int sp_delattr(sp_vm_t *vm, sp_value_t obj, sp_value_t name);
/* Looks `name` up along the type's MRO dicts; SP_NULL (no exception) when absent. */
sp_value_t type_lookup(sp_vm_t *vm, sp_type_t *type, sp_value_t name);
/* For LOAD_METHOD: if obj.name is a plain method of obj's type, stores the unbound callable in
 * *method and returns 1 (call it with obj prepended); else stores the attribute and returns 0.
 * On error (AttributeError, ...) stores SP_NULL and returns -1. */
int sp_load_method(sp_vm_t *vm, sp_value_t obj, sp_value_t name, sp_value_t *method);

/* ---- Types (runtime/type.c) ------------------------------------------------------------- */

/* Creates all built-in type objects and fills vm->types[]. Called first by sp_vm_new. */
void type_init_builtins(sp_vm_t *vm);
/* Creates a built-in type object with the given kind, name and base; its dict is empty. */
sp_type_t *type_new_builtin(sp_vm_t *vm, sp_kind_t kind, const char *name, sp_type_t *base);
/* Adds the methods of `type` itself (type.mro) once strs can be interned (builtins_init). */
void type_init_methods(sp_vm_t *vm);
/* Adds C methods to a type's dict as method descriptors. */
void type_add_methods(sp_vm_t *vm, sp_type_t *type, const sp_method_def_t *methods);
/* True when `sub` is `type` or derives from it. */
int type_is_subtype(sp_type_t *sub, sp_type_t *type);
/* isinstance(v, type) for one type object. */
int sp_isinstance(sp_vm_t *vm, sp_value_t v, sp_type_t *type);

/* ---- None, bool, singletons (runtime/singletons.c) -------------------------------------- */
void singletons_init(sp_vm_t *vm);

/* ---- int (runtime/int.c): small ints inline, big ints on GMP (or OverflowError) ---------- */
void int_init(sp_vm_t *vm);
sp_value_t sp_int_from_i64(sp_vm_t *vm, int64_t i);      /* never fails for small values */
sp_value_t sp_int_from_u64(sp_vm_t *vm, uint64_t u);
sp_value_t sp_int_from_double(sp_vm_t *vm, double d);    /* truncates; OverflowError for inf, ValueError for nan */
/* Parses Python int literal text (underscores allowed, base 0 = by prefix), as int(s, base). */
sp_value_t sp_int_from_string(sp_vm_t *vm, const char *s, size_t len, int base);
/* int64 value of an int or bool; OverflowError "Python int too large to convert to C long". */
int sp_int_to_i64(sp_vm_t *vm, sp_value_t v, int64_t *out);
/* float value of an int; OverflowError "int too large to convert to float". */
int sp_int_to_double(sp_vm_t *vm, sp_value_t v, double *out);
/* Decimal text of an int (fast for huge ints; ValueError past vm->int_max_str_digits). */
sp_value_t sp_int_to_decimal(sp_vm_t *vm, sp_value_t v);
/* Text of an int in base 2, 8, 16 with prefix ("0x..."), as bin/oct/hex. */
sp_value_t sp_int_format_base(sp_vm_t *vm, sp_value_t v, int base);
/* Arithmetic on ints/bools (both operands int or bool); SP_NOTIMPLEMENTED otherwise. */
sp_value_t sp_int_binop(sp_vm_t *vm, sp_binop_t op, sp_value_t a, sp_value_t b);
/* Compares two ints: -1, 0, 1 in *out. */
int sp_int_compare(sp_vm_t *vm, sp_value_t a, sp_value_t b);
/* Sign of an int: -1, 0, 1. */
int sp_int_sign(sp_vm_t *vm, sp_value_t v);
/* hash of an int, CPython's (modulo 2^61 - 1). */
int64_t sp_int_hash(sp_vm_t *vm, sp_value_t v);
/* pow(base, exp, mod) for ints. */
sp_value_t sp_int_pow_mod(sp_vm_t *vm, sp_value_t base, sp_value_t exp, sp_value_t mod);
/* Exactly compares an int with a double (for int == float and ordering): -1, 0, 1; 2 if d is nan. */
int sp_int_compare_double(sp_vm_t *vm, sp_value_t i, double d);
/* round(i[, ndigits]) for ints: ndigits SP_NULL/None returns i; negative rounds half to even. */
sp_value_t sp_int_round(sp_vm_t *vm, sp_value_t v, sp_value_t ndigits);

/* ---- float (runtime/float.c) ------------------------------------------------------------ */
void float_init(sp_vm_t *vm);
/* Shortest repr that round-trips, as CPython's repr(float): "0.1", "1e+16", "inf", "-0.0". */
sp_value_t sp_float_repr(sp_vm_t *vm, double d);
/* Writes the repr into buf (at least 32 bytes); returns its length. */
int float_repr_buf(double d, char *buf, size_t size);
/* Parses float() text (whitespace, underscores, inf/nan); ValueError with CPython's message. */
int sp_float_parse(sp_vm_t *vm, sp_value_t str, double *out);
/* Arithmetic when either operand is a float (the other int/bool/float). */
sp_value_t sp_float_binop(sp_vm_t *vm, sp_binop_t op, sp_value_t a, sp_value_t b);
/* CPython's hash of a double (so hash(1.0) == hash(1)). */
int64_t sp_float_hash(double d);
/* Converts an int/bool/float to double; TypeError for others. */
int sp_to_double(sp_vm_t *vm, sp_value_t v, double *out);
/* round(x[, ndigits]) for floats, CPython-exact (correctly rounded, half to even). */
sp_value_t sp_float_round(sp_vm_t *vm, double d, sp_value_t ndigits);
/* divmod(a, b) for ints, bools and floats (CPython's messages); SP_NOTIMPLEMENTED otherwise. */
sp_value_t sp_number_divmod(sp_vm_t *vm, sp_value_t a, sp_value_t b);
/* abs(v) for ints, bools and floats; SP_NOTIMPLEMENTED otherwise. */
sp_value_t sp_number_abs(sp_vm_t *vm, sp_value_t v);

/* ---- format-spec mini-language (runtime/format.c) ---------------------------------------- */
/* Adds int.__format__, float.__format__ and object.__format__ (after str_init). */
void format_init(sp_vm_t *vm);
/* format(v, spec) for an int or bool v and a str spec, CPython-exact (ValueError messages). */
sp_value_t sp_format_int(sp_vm_t *vm, sp_value_t v, sp_value_t spec);
/* format(d, spec) for a float and a str spec, CPython-exact. */
sp_value_t sp_format_float(sp_vm_t *vm, double d, sp_value_t spec);
/* format(complex(re, im), spec) for a non-empty spec, CPython-exact. */
sp_value_t sp_format_complex(sp_vm_t *vm, double re, double im, sp_value_t spec);

/* ---- complex (runtime/complex.c) -------------------------------------------------------- */
/* Installs the complex type's slots and methods (after str_init). */
void complex_init(sp_vm_t *vm);
sp_value_t sp_complex_new(sp_vm_t *vm, double real, double imag);
/* True when v is a complex. */
bool sp_is_complex(sp_value_t v);
/* The two parts of a complex. */
void sp_complex_parts(sp_value_t v, double *real, double *imag);
/* abs(z): hypot with CPython's OverflowError "absolute value too large". */
sp_value_t sp_complex_abs(sp_vm_t *vm, sp_value_t v);
/* base ** exponent computed in complex arithmetic (a negative float to a fractional power). */
sp_value_t sp_complex_pow_float(sp_vm_t *vm, double base, double exponent);

/* ---- bytearray (runtime/bytearray.c) ---------------------------------------------------- */
/* Installs bytearray (and bytes.fromhex); after bytes_init. */
void bytearray_init(sp_vm_t *vm);
/* Adds bytes' str-like methods (center, partition, title, translate, ...: runtime/bytesmeth.c). */
void bytesmeth_init(sp_vm_t *vm);
/* bytes % args (%b %s %r %a %c %d ... as CPython's bytes formatting). */
sp_value_t sp_bytes_percent(sp_vm_t *vm, sp_value_t fmt, sp_value_t args);
/* A new bytearray holding a copy of `size` bytes at data (data may be NULL when size is 0). */
sp_value_t sp_bytearray_new(sp_vm_t *vm, const void *data, int64_t size);
/* A bytes copy of a bytearray's contents (bytes.c accepts bytearray arguments through it). */
sp_value_t sp_bytes_from_bytearray(sp_vm_t *vm, sp_value_t ba);
/* True when v is a bytearray. */
bool sp_is_bytearray(sp_value_t v);
/* The live bytes of a bytearray (valid until it is resized), for C code that reads or writes a
 * buffer in place (struct.pack_into, array.frombytes). */
uint8_t *sp_bytearray_data(sp_value_t ba, int64_t *size);

/* ---- The buffer protocol and memoryview (runtime/memoryview.c) -------------------------- */
/* Installs memoryview and the getbuffer slots of bytes and bytearray; after bytearray_init. */
void memoryview_init(sp_vm_t *vm);
/* Fills *buf with the raw memory of a bytes-like object (bytes, bytearray, array.array,
 * memoryview, their subclasses: any type with a getbuffer slot). Raises CPython's TypeError "a
 * bytes-like object is required, not 'X'" otherwise. buf->data stays valid while buf->obj is not
 * resized; copy it before running Python code that might resize it. 0 or -1. */
int sp_get_buffer(sp_vm_t *vm, sp_value_t v, sp_buffer_t *buf);
/* True when v supports the buffer protocol (never raises). */
bool sp_has_buffer(sp_vm_t *vm, sp_value_t v);
/* A bytes holding a copy of a bytes-like object's memory (v itself when it is an exact bytes);
 * the TypeError of sp_get_buffer otherwise. */
sp_value_t sp_bytes_from_buffer(sp_vm_t *vm, sp_value_t v);
/* memoryview(obj). */
sp_value_t sp_memoryview_new(sp_vm_t *vm, sp_value_t obj);

/* Registers int.from_bytes and float.fromhex (runtime/numconv.c). */
void numconv_init(sp_vm_t *vm);

/* ---- str (runtime/str.c) ---------------------------------------------------------------- */
void str_init(sp_vm_t *vm);
/* New str from UTF-8 bytes (assumed valid). */
sp_value_t sp_str_new(sp_vm_t *vm, const char *data, size_t size);
sp_value_t sp_str_from_cstr(sp_vm_t *vm, const char *cstr);
/* New str from printf-style format. */
sp_value_t sp_str_format(sp_vm_t *vm, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* The interned str for these bytes: identical text gives the identical object. */
sp_value_t sp_str_intern(sp_vm_t *vm, const char *data, size_t size);
sp_value_t sp_str_intern_cstr(sp_vm_t *vm, const char *cstr);
/* The NUL-terminated UTF-8 bytes of a str. */
static inline const char *sp_str_cstr(sp_value_t s) { return SP_AS_STR(s)->data; }
/* Equality of two strs (fast path for interned). */
bool sp_str_equal(sp_value_t a, sp_value_t b);
int64_t sp_str_hash(sp_value_t s);
/* Concatenation. */
sp_value_t sp_str_concat(sp_vm_t *vm, sp_value_t a, sp_value_t b);
/* repr() of a str, with CPython's quote choice and escapes. */
sp_value_t sp_str_repr(sp_vm_t *vm, sp_value_t s);
/* str.join(iterable). */
sp_value_t sp_str_join(sp_vm_t *vm, sp_value_t sep, sp_value_t iterable);
/* One code point at index i (already normalised to 0 <= i < length). */
sp_value_t sp_str_char_at(sp_vm_t *vm, sp_value_t s, int64_t i);
/* A str of one code point. */
sp_value_t sp_str_from_codepoint(sp_vm_t *vm, uint32_t cp);
/* The decimal value of a Unicode Nd code point (0-9), or -1; str_unicode_space: str.isspace. */
int str_unicode_decimal(uint32_t c);
bool str_unicode_space(uint32_t c);
/* For int()/float()/complex() of a non-ASCII str: Nd digits become ASCII digits, Unicode spaces
 * become ' ', other non-ASCII code points '?' (CPython's TransformDecimalAndSpaceToASCII). */
sp_value_t sp_str_to_ascii_number(sp_vm_t *vm, sp_value_t str);
/* Decodes the code point at *p (valid UTF-8) and advances *p past it (for ord, iterators). */
uint32_t str_decode_char(const char **p);
/* Writes cp as UTF-8 into out (room for 4 bytes); returns the number of bytes. */
int str_encode_char(uint32_t cp, char *out);
/* Looks up a Unicode character name (or alias) as a "\N{NAME}" escape does, with CPython 3.11's
 * rules: stored names match ASCII case-insensitively, CJK UNIFIED IDEOGRAPH-XXXX and HANGUL
 * SYLLABLE names only in upper case. Stores the code point in *cp and returns 1, or returns 0.
 * Only present when SP_UNICODE_NAMES is 1 (runtime/unicode_names.c). */
int unicode_lookup_name(const char *name, size_t len, uint32_t *cp);
/* The canonical name ("utf-8", "ascii", "latin-1") of a supported codec, or NULL. */
const char *str_codec_name(const char *encoding);
/* str.encode(encoding, errors) for utf-8/ascii/latin-1 ("strict", "ignore", "replace"). */
sp_value_t str_encode(sp_vm_t *vm, sp_value_t str, const char *encoding, const char *errors);
/* Checks the argument count of a str/bytes method (n excludes self) with CPython's wording for
 * that method ("str.upper() takes no arguments (1 given)", "find() takes at least 1 argument
 * (0 given)", "replace expected at least 2 arguments, got 1"). type_name is "str" or "bytes". */
int str_method_nargs(sp_vm_t *vm, const char *type_name, const char *name, int n, sp_value_t kwnames, int min,
                     int max);

/* A growable byte buffer for building strings (lives on the GC heap). */
typedef struct sp_strbuf {
    char *data;
    size_t size, capacity;
    sp_vm_t *vm;
} sp_strbuf_t;
void strbuf_init(sp_vm_t *vm, sp_strbuf_t *buf);
void strbuf_append(sp_strbuf_t *buf, const char *data, size_t size);
void strbuf_append_cstr(sp_strbuf_t *buf, const char *cstr);
void strbuf_append_str(sp_strbuf_t *buf, sp_value_t str);
void strbuf_printf(sp_strbuf_t *buf, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Finishes the buffer into a str (SP_NULL on MemoryError). */
sp_value_t strbuf_finish(sp_strbuf_t *buf);

/* ---- bytes (runtime/bytes.c) ------------------------------------------------------------ */
void bytes_init(sp_vm_t *vm);
sp_value_t sp_bytes_new(sp_vm_t *vm, const void *data, size_t size);
/* bytes.decode(encoding, errors) for utf-8/ascii/latin-1 with "strict", "ignore", "replace";
 * UnicodeDecodeError with CPython's message, LookupError for an unknown encoding. */
sp_value_t bytes_decode(sp_vm_t *vm, sp_value_t bytes, const char *encoding, const char *errors);

/* ---- list (runtime/list.c) -------------------------------------------------------------- */
void list_init(sp_vm_t *vm);
sp_value_t sp_list_new(sp_vm_t *vm, int64_t size);  /* items SP_NONE-filled when size > 0 */
sp_value_t sp_list_from_array(sp_vm_t *vm, const sp_value_t *items, int64_t n);
int sp_list_append(sp_vm_t *vm, sp_value_t list, sp_value_t item);
int sp_list_extend(sp_vm_t *vm, sp_value_t list, sp_value_t iterable);
/* Stable sort in place with optional key function (SP_NULL) and reverse flag; timsort-style
 * merge sort. Raises ValueError "list modified during sort" as CPython. */
int sp_list_sort(sp_vm_t *vm, sp_value_t list, sp_value_t key, bool reverse);
/* Marks `obj` as having its repr built: returns 0 (entered; call sp_repr_leave after), 1 when
 * it is already being printed (print "[...]" / "{...}" instead), -1 on error (RecursionError:
 * also guards the C stack like sp_enter_c). */
int sp_repr_enter(sp_vm_t *vm, sp_value_t obj);
void sp_repr_leave(sp_vm_t *vm, sp_value_t obj);
/* Lexicographic rich comparison of two lists or two tuples (shared by list.c and tuple.c). */
sp_value_t sp_seq_compare(sp_vm_t *vm, sp_value_t a, sp_value_t b, sp_cmp_t op);
/* repr() of a list or tuple: "[1, 2]", "(1,)", "[...]" for a list already being printed; items
 * are re-read each step since an item's __repr__ may mutate the list (shared by list.c and tuple.c). */
sp_value_t sp_seq_repr(sp_vm_t *vm, sp_value_t self);
/* The count of a list or tuple repetition (seq * n) into *out, negative counts as 0: 0, or -1
 * with CPython's errors (OverflowError for a huge int, TypeError "can't multiply sequence by
 * non-int of type 'X'"). Shared by list.c and tuple.c. */
int sp_seq_repeat_count(sp_vm_t *vm, sp_value_t n, int64_t *out);
/* Resolves an optional start/stop argument of list.index / tuple.index (SP_NULL: absent) as a
 * slice bound clamped to [0, size]; None is refused with CPython's message. 0 or -1. */
int sp_seq_index_bound(sp_vm_t *vm, sp_value_t v, int64_t size, int64_t *out);
/* Normalises a sequence index (negative counts from the end); -1 with IndexError "<msg>"
 * when out of range. Non-int keys raise "<tname> indices must be integers or slices, not X". */
int sp_seq_index(sp_vm_t *vm, sp_value_t key, int64_t length, const char *tname, const char *msg,
                 int64_t *out);
/* Checks a C method's positional count with CPython's messages: "list.copy() takes no arguments
 * (1 given)", "set.add() takes exactly one argument (0 given)", else the argument clinic's "pop
 * expected at most 1 argument, got 2"; "list.pop() takes no keyword arguments" when kwnames is
 * set. fname is "type.method"; n excludes self. Returns 0 or -1. */
int sp_check_arity(sp_vm_t *vm, const char *fname, int n, sp_value_t kwnames, int min, int max);

/* ---- tuple (runtime/tuple.c) ------------------------------------------------------------ */
void tuple_init(sp_vm_t *vm);
sp_value_t sp_tuple_new(sp_vm_t *vm, int64_t size);  /* items SP_NONE-filled */
sp_value_t sp_tuple_from_array(sp_vm_t *vm, const sp_value_t *items, int64_t n);
sp_value_t sp_tuple_pack2(sp_vm_t *vm, sp_value_t a, sp_value_t b);

/* ---- dict (runtime/dict.c) -------------------------------------------------------------- */
void dict_init(sp_vm_t *vm);
sp_value_t sp_dict_new(sp_vm_t *vm);
/* The value for key, or SP_NULL: with no exception when missing, with one on error (a key's
 * __eq__/__hash__ may raise). */
sp_value_t sp_dict_get(sp_vm_t *vm, sp_value_t dict, sp_value_t key);
/* Lookup by C string (for str keys only; never raises). */
sp_value_t sp_dict_get_cstr(sp_vm_t *vm, sp_value_t dict, const char *key);
int sp_dict_set(sp_vm_t *vm, sp_value_t dict, sp_value_t key, sp_value_t value);
int sp_dict_set_cstr(sp_vm_t *vm, sp_value_t dict, const char *key, sp_value_t value);
/* Removes key: 1 removed, 0 missing (no exception), -1 error. */
int sp_dict_del(sp_vm_t *vm, sp_value_t dict, sp_value_t key);
/* Iterates live entries: start with *pos = 0; returns false at the end. */
bool sp_dict_next(sp_value_t dict, int64_t *pos, sp_value_t *key, sp_value_t *value);
int sp_dict_update(sp_vm_t *vm, sp_value_t dict, sp_value_t other);  /* other: dict or pairs */
sp_value_t sp_dict_copy(sp_vm_t *vm, sp_value_t dict);

/* ---- set / frozenset (runtime/set.c) ---------------------------------------------------- */
void set_init(sp_vm_t *vm);
sp_value_t sp_set_new(sp_vm_t *vm, bool frozen);
int sp_set_add(sp_vm_t *vm, sp_value_t set, sp_value_t key);
int sp_set_contains(sp_vm_t *vm, sp_value_t set, sp_value_t key);
int sp_set_update(sp_vm_t *vm, sp_value_t set, sp_value_t iterable);
/* Removes key: 1 removed, 0 missing (no exception), -1 error. */
int sp_set_discard(sp_vm_t *vm, sp_value_t set, sp_value_t key);
/* In-place set algebra with any iterable, as the methods: op is SP_BINOP_OR (update),
 * SP_BINOP_AND (intersection_update), SP_BINOP_SUB (difference_update) or SP_BINOP_XOR
 * (symmetric_difference_update). Used by dict views too. */
int sp_set_update_op(sp_vm_t *vm, sp_value_t set, sp_binop_t op, sp_value_t iterable);

/* ---- range, slice (runtime/range.c, runtime/slice.c) ------------------------------------ */
void range_init(sp_vm_t *vm);
sp_value_t sp_range_new(sp_vm_t *vm, int64_t start, int64_t stop, int64_t step);
/* The item at position i (0 <= i < length) of a range, whatever the size of its bounds. */
sp_value_t sp_range_item_at(sp_vm_t *vm, sp_value_t range, int64_t i);
/* The range that yields the items of `range` backwards (reversed() iterates it). */
sp_value_t sp_range_reversed(sp_vm_t *vm, sp_value_t range);
void slice_init(sp_vm_t *vm);
sp_value_t sp_slice_new(sp_vm_t *vm, sp_value_t start, sp_value_t stop, sp_value_t step);
/* Resolves a slice against a sequence length, as PySlice_GetIndicesEx: returns the number of
 * items selected, or -1 with an error (e.g. "slice step cannot be zero"). */
int64_t sp_slice_indices(sp_vm_t *vm, sp_value_t slice, int64_t length, int64_t *start, int64_t *stop,
                         int64_t *step);

/* ---- functions, cells, natives, methods, modules (runtime/function.c, module.c) ---------- */
void function_init(sp_vm_t *vm);
sp_value_t sp_function_new(sp_vm_t *vm, sp_code_t *code, sp_value_t globals);
sp_value_t sp_cell_new(sp_vm_t *vm, sp_value_t value);
/* A builtin function object for a C function (self SP_NULL unless bound). */
sp_value_t sp_native_new(sp_vm_t *vm, const char *name, sp_native_fn_t fn, sp_value_t self);
sp_value_t sp_bound_method_new(sp_vm_t *vm, sp_value_t func, sp_value_t self);
void module_init(sp_vm_t *vm);
sp_value_t sp_module_new(sp_vm_t *vm, sp_value_t name);
/* Adds the C functions of a NULL-terminated table to a module's dict. */
void module_add_functions(sp_vm_t *vm, sp_value_t module, const sp_method_def_t *functions);

/* ---- Iterators (runtime/iterators.c): list/tuple/str/range/dict iterators, enumerate, zip,
 * map, filter, reversed, and the sequence-protocol iterator ---------------------------------- */
/* Creates vm->iter_types[] (one type per sp_iter_kind_t). Needs str_init, type objects. */
void iterators_init(sp_vm_t *vm);
/*
 * Makes a C iterator of the given iterator type over `source`.
 *
 * The contract for the containers' iter slots: call
 *     sp_iterator_new(vm, vm->iter_types[SP_ITER_xxx], container, SP_NULL, 0, 0)
 * for LIST, LIST_REV, TUPLE, STR, BYTES, RANGE, DICT_KEYS/VALUES/ITEMS, SET and SEQ. Passing
 * index 0 and limit 0 always works: sp_iterator_new records the kind-specific start state
 * itself (the snapshot sizes below), so callers never compute it. The fields then mean:
 *
 *   kind              source        index                           limit
 *   ----------------  ------------  ------------------------------  ---------------------------
 *   LIST              list          next position; stops once       unused
 *                                   index >= the list's current size (the list may change size)
 *   LIST_REV          list          items yielded so far; next      list size at creation
 *                                   position is limit-1-index; stops when that is < 0 or past
 *                                   the list's current end
 *   TUPLE, BYTES      tuple/bytes   next position                   unused
 *   STR               str           byte offset of the next code point (UTF-8)
 *   RANGE             range         items yielded so far            range length; the item is
 *                                                                   start + index * step
 *   DICT_KEYS/VALUES/ dict          position for sp_dict_next       dict->used at creation; a
 *   DICT_ITEMS                                                      different `used` later raises
 *              RuntimeError "dictionary changed size during iteration"
 *   SET               set/frozenset next table slot                 set->used at creation
 *              ("Set changed size during iteration")
 *   SEQ               any object    next index for __getitem__;     unused
 *                                   stops at IndexError (or StopIteration)
 *
 * The builtin iterator types are created by calling their type objects (construct slot):
 * enumerate, zip, map, filter and reversed are vm->iter_types[SP_ITER_ENUMERATE], ..._ZIP,
 * ..._MAP, ..._FILTER, ..._REVERSED; the builtins module registers them under those names.
 * Their fields are private to runtime/iterators.c. Every iterator's `iter` slot returns itself.
 */
sp_value_t sp_iterator_new(sp_vm_t *vm, sp_type_t *iter_type, sp_value_t source, sp_value_t extra,
                           int64_t index, int64_t limit);

/* ---- Builtins module and sys (runtime/builtins.c, stdlib/sys.c) -------------------------- */
/* Creates the builtins module with every builtin function and type. */
void builtins_init(sp_vm_t *vm);
/* Adds eval, exec and compile to the builtins module (runtime/builtins_eval.c). */
void builtins_eval_init(sp_vm_t *vm, sp_value_t module);
/* Creates the sys module (argv, path, modules, exit, getrecursionlimit, ...). */
void sys_init(sp_vm_t *vm);
/* The C stream behind one of sys's standard stream objects (sys.stdout -> vm->out, sys.stderr
 * -> vm->err, sys.stdin -> stdin), or NULL for any other object. */
FILE *sys_stream_file(sp_vm_t *vm, sp_value_t stream);
/* print(*args, sep=' ', end='\n', file=None, flush=False) to a FILE*-backed or Python stream. */
sp_value_t builtin_print(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames);

/* ---- Import (runtime/import.c) ---------------------------------------------------------- */
/* __import__(name, globals, None, fromlist, level) as CPython's: packages, submodules, sys.path,
 * sys.modules; relative imports resolved from globals (a dict or SP_NULL). Without a fromlist,
 * `a.b.c` returns the top package a. */
sp_value_t sp_import_level(sp_vm_t *vm, sp_value_t name, sp_value_t globals, sp_value_t fromlist, int level);
/* The builtin __import__(name, globals=None, locals=None, fromlist=(), level=0). */
sp_value_t builtin___import__(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames);
/* sp_import_level with no globals (absolute imports only). */
sp_value_t sp_import(sp_vm_t *vm, sp_value_t name, sp_value_t fromlist, int level);
/* IMPORT_FROM: module.name, the submodule, or CPython's ImportError. */
sp_value_t import_from(sp_vm_t *vm, sp_value_t module, sp_value_t name);
/* `from module import *` into the dict scope. */
int import_star(sp_vm_t *vm, sp_value_t module, sp_value_t scope);
/* Creates a module `name` whose dict has __name__, __builtins__ and (unless filename is SP_NULL)
 * __file__ set. */
sp_value_t import_module_new(sp_vm_t *vm, sp_value_t name, sp_value_t filename);
/* Reads a whole file into a new str. When the file cannot be read, returns SP_NULL with no
 * exception and the errno in *err; on MemoryError returns SP_NULL with the exception set. */
sp_value_t import_read_file(sp_vm_t *vm, const char *path, int *err);
/* Compiles `source` (kept in vm->sources under `filename` for tracebacks) and runs it in the
 * module's dict. Returns the module code's result or SP_NULL with an exception set. */
sp_value_t import_exec_source(sp_vm_t *vm, sp_value_t module, sp_value_t source, sp_value_t filename);
/* True while the module named `name` is still running its top-level code (a circular import). */
bool import_in_progress(sp_vm_t *vm, sp_value_t name);

#endif
