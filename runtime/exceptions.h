/* exceptions.h: the built-in exception types (from exceptions.def) and how C code raises them.
 * Raising only records the exception in vm->exc; unwinding is the eval loop's job. */
#ifndef SP_EXCEPTIONS_H
#define SP_EXCEPTIONS_H

#include "runtime/object.h"

/* SP_EXC_ZeroDivisionError, ...: indexes into vm->exc_types[]. */
typedef enum sp_exc_kind {
#define EXC(name, base) SP_EXC_##name,
#include "runtime/exceptions.def"
#undef EXC
    SP_EXC__COUNT
} sp_exc_kind_t;

/* Creates the exception types and registers them in the builtins dict. Called by sp_vm_new. */
void exc_init_types(sp_vm_t *vm);

/* Sets vm->exc to a new exception of the given built-in kind whose single argument is the
 * printf-formatted message. Always returns SP_NULL so callers can `return sp_raise(...)`.
 * Format extensions: none; pass C strings (use sp_str_cstr / sp_type_name for values). */
sp_value_t sp_raise(sp_vm_t *vm, sp_exc_kind_t kind, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Sets vm->exc to a new exception of the given kind with no arguments (e.g. `raise StopIteration`). */
sp_value_t sp_raise_empty(sp_vm_t *vm, sp_exc_kind_t kind);

/* Sets vm->exc to a new exception of the given kind with one argument value (KeyError(key)). */
sp_value_t sp_raise_value(sp_vm_t *vm, sp_exc_kind_t kind, sp_value_t arg);

/* Sets vm->exc to an existing exception instance, or instantiates an exception class (as the
 * `raise` statement does); raises TypeError "exceptions must derive from BaseException" for
 * anything else. Returns SP_NULL. */
sp_value_t sp_raise_object(sp_vm_t *vm, sp_value_t exc_or_type);

/* MemoryError without allocating (uses a preallocated instance). */
sp_value_t sp_raise_nomem(sp_vm_t *vm);

/* When the pending exception is a TypeError whose message starts with `from` (e.g. "str."), or
 * contains it if `anywhere`, rewrites that first occurrence to `to` (e.g. "bytes."): a method that
 * delegates to another type's code then names itself in argument errors, as CPython does.
 * Always returns SP_NULL. */
sp_value_t sp_exc_rename_method(sp_vm_t *vm, const char *from, const char *to, bool anywhere);

/* Creates an exception instance of `type` with the given args tuple (no raise). */
sp_value_t exc_new(sp_vm_t *vm, sp_type_t *type, sp_value_t args);

/* True when the pending exception (vm->exc) is an instance of the built-in kind or a subclass. */
int sp_exc_matches(sp_vm_t *vm, sp_exc_kind_t kind);

/* True when exception value `exc` is an instance of type `type` (or a subclass). */
int exc_is_instance(sp_vm_t *vm, sp_value_t exc, sp_type_t *type);

/* Clears the pending exception and returns it. */
sp_value_t sp_exc_fetch(sp_vm_t *vm);

/* Appends a traceback entry for (code, line) to the pending exception, at the front (the frame
 * being unwound is further out than every entry already there). */
void exc_add_traceback(sp_vm_t *vm, sp_value_t exc, sp_code_t *code, int line);

/* Formats an exception the way CPython prints an uncaught one ("Traceback (most recent call
 * last):", the frames with their source lines, chained causes/contexts, then "Type: message")
 * and writes it to `out`. SyntaxError gets CPython's file/line/caret layout. */
void exc_print(sp_vm_t *vm, sp_value_t exc, FILE *out);

/* str(exc): the message part ("division by zero"; KeyError shows the repr of its key). */
sp_value_t exc_str(sp_vm_t *vm, sp_value_t exc);

/* Raises SyntaxError (or IndentationError/TabError by kind) carrying CPython's attributes:
 * msg, filename, lineno, offset (1-based column), text (the source line), end_lineno, end_offset. */
sp_value_t sp_raise_syntax(sp_vm_t *vm, sp_exc_kind_t kind, const char *msg, const char *filename,
                           int lineno, int col_offset, const char *line_text);

/* The same with the end of the offending range (CPython's end_lineno and 1-based end_offset,
 * exclusive): the error display underlines offset..end_offset-1 with carets ("^^^"). */
sp_value_t sp_raise_syntax_range(sp_vm_t *vm, sp_exc_kind_t kind, const char *msg, const char *filename,
                                 int lineno, int col_offset, int end_lineno, int end_col_offset,
                                 const char *line_text);

#endif
