/* eval_helpers.h: the eval loop's slow paths and inline fast paths, shared by every dispatch
 * variant (and by a future JIT, which will call the same functions). Slow paths live in
 * vm/eval.c; nothing here keeps state outside the VM and the frame it is given. */
#ifndef SP_EVAL_HELPERS_H
#define SP_EVAL_HELPERS_H

#include "runtime/runtime.h"
#include "runtime/generator.h"

/* ---- Inline fast paths on small ints and floats ------------------------------------------ */

/* a * b when both are small-int payloads and the product is a small int. */
static inline bool eval_mul_fits(int64_t a, int64_t b, int64_t *out) {
#if defined(__GNUC__) || defined(__clang__)
    return !__builtin_mul_overflow(a, b, out) && sp_fits_smallint(*out);
#else
    const int64_t half = (int64_t)1 << 23; /* |a|, |b| < 2^23 keeps |a*b| < 2^46 */
    if (a <= -half || a >= half || b <= -half || b >= half) return false;
    *out = a * b;
    return true;
#endif
}

/* Computes `a op b` for two small ints when the result is again a small int and no error is
 * possible; returns false to send the operation to sp_binary_op (overflow to a big int, division
 * by zero, shifts, powers). */
static inline bool eval_smallint_binop(unsigned op, sp_value_t va, sp_value_t vb, sp_value_t *out) {
    int64_t a = sp_smallint_value(va), b = sp_smallint_value(vb), r;
    switch (op & ~(unsigned)SP_BINOP_INPLACE) {
    case SP_BINOP_ADD: r = a + b; break;
    case SP_BINOP_SUB: r = a - b; break;
    case SP_BINOP_MUL:
        if (!eval_mul_fits(a, b, &r)) return false;
        break;
    case SP_BINOP_FLOORDIV:
        if (b == 0) return false;
        r = a / b;
        if (a % b != 0 && ((a < 0) != (b < 0))) r--;
        break;
    case SP_BINOP_MOD:
        if (b == 0) return false;
        r = a % b;
        if (r != 0 && ((r < 0) != (b < 0))) r += b;
        break;
    case SP_BINOP_AND: r = a & b; break;
    case SP_BINOP_OR: r = a | b; break;
    case SP_BINOP_XOR: r = a ^ b; break;
    default: return false;
    }
    if (!sp_fits_smallint(r)) return false;
    *out = sp_smallint(r);
    return true;
}

/* `a op b` for two floats, for the operators that cannot fail (true division by zero and the
 * rest go to sp_binary_op). */
static inline bool eval_float_binop(unsigned op, sp_value_t va, sp_value_t vb, sp_value_t *out) {
    double a = sp_float_value(va), b = sp_float_value(vb);
    switch (op & ~(unsigned)SP_BINOP_INPLACE) {
    case SP_BINOP_ADD: *out = sp_float(a + b); return true;
    case SP_BINOP_SUB: *out = sp_float(a - b); return true;
    case SP_BINOP_MUL: *out = sp_float(a * b); return true;
    case SP_BINOP_TRUEDIV:
        if (b == 0.0) return false;
        *out = sp_float(a / b);
        return true;
    default: return false;
    }
}

/* Rich comparison of two numbers of the same C type (int64 or double); NaN compares false. */
#define EVAL_COMPARE_NUMBERS(op, a, b)                                                             \
    ((op) == SP_CMP_LT   ? (a) < (b)                                                               \
     : (op) == SP_CMP_LE ? (a) <= (b)                                                              \
     : (op) == SP_CMP_EQ ? (a) == (b)                                                              \
     : (op) == SP_CMP_NE ? (a) != (b)                                                              \
     : (op) == SP_CMP_GT ? (a) > (b)                                                               \
                         : (a) >= (b))

/* ---- Names and variables (vm/eval.c) ------------------------------------------------------ */

/* globals[name], else builtins[name]; NameError "name 'x' is not defined". */
sp_value_t eval_load_global(sp_vm_t *vm, sp_frame_t *frame, sp_value_t name);
/* locals_dict, globals, builtins: LOAD_NAME at module and class scope. */
sp_value_t eval_load_name(sp_vm_t *vm, sp_frame_t *frame, sp_value_t name);
int eval_store_name(sp_vm_t *vm, sp_frame_t *frame, sp_value_t name, sp_value_t value);
int eval_delete_name(sp_vm_t *vm, sp_frame_t *frame, sp_value_t name);
int eval_delete_global(sp_vm_t *vm, sp_frame_t *frame, sp_value_t name);
/* Raise UnboundLocalError for locals[index] / the right error for an empty cells[index]. */
void eval_unbound_local(sp_vm_t *vm, sp_frame_t *frame, uint32_t index);
void eval_unbound_cell(sp_vm_t *vm, sp_frame_t *frame, uint32_t index);

/* ---- Containers and conversions ----------------------------------------------------------- */

/* Pops n items from `items` into a set / dict of n key-value pairs / concatenated str. */
sp_value_t eval_build_set(sp_vm_t *vm, const sp_value_t *items, int n);
sp_value_t eval_build_map(sp_vm_t *vm, const sp_value_t *items, int n);
sp_value_t eval_build_string(sp_vm_t *vm, const sp_value_t *items, int n);
/* FORMAT_VALUE: conversion (0 none, 1 str, 2 repr, 3 ascii) then format with spec (or SP_NULL). */
sp_value_t eval_format_value(sp_vm_t *vm, sp_value_t value, unsigned conversion, sp_value_t spec);
/* list.extend for starred displays ("Value after * must be an iterable, not int"). */
int eval_list_extend(sp_vm_t *vm, sp_value_t list, sp_value_t iterable);
/* dict.update for {**x}: "'int' object is not a mapping". */
int eval_dict_update(sp_vm_t *vm, sp_value_t dict, sp_value_t other);
/* f(**a, **b): as eval_dict_update, but a repeated key is "f() got multiple values for keyword
 * argument 'k'"; `callable` (may be SP_NULL) names f in messages. */
int eval_dict_merge(sp_vm_t *vm, sp_value_t callable, sp_value_t dict, sp_value_t other);
/* Unpacks `seq` into exactly n values written to dest[0..n-1], last item first (so the first
 * item ends on top of the stack). */
int eval_unpack_sequence(sp_vm_t *vm, sp_value_t seq, int n, sp_value_t *dest);
/* Starred unpacking: `before` items, a list of the middle, `after` items; dest receives
 * before + 1 + after values, last first. */
int eval_unpack_ex(sp_vm_t *vm, sp_value_t seq, int before, int after, sp_value_t *dest);
/* next(iter) for FOR_ITER: the item, or SP_NULL (exhausted when vm->exc is unset). A raised
 * StopIteration also means exhausted. */
static inline sp_value_t eval_next(sp_vm_t *vm, sp_value_t iter) {
    sp_value_t v;
    if (sp_is_obj(iter) && SP_AS_OBJ(iter)->type->next) v = SP_AS_OBJ(iter)->type->next(vm, iter);
    else v = sp_next(vm, iter);
    if (SP_UNLIKELY(!v) && vm->exc && sp_exc_matches(vm, SP_EXC_StopIteration)) sp_exc_fetch(vm);
    return v;
}

/* ---- Functions and calls ------------------------------------------------------------------ */

/* MAKE_FUNCTION: items holds, in stack order, the parts selected by `flags` and the code last. */
sp_value_t eval_make_function(sp_vm_t *vm, sp_frame_t *frame, unsigned flags, const sp_value_t *items);
/* Pushes a frame for a Python function call and binds its arguments; NULL with an error. */
sp_frame_t *eval_push_function(sp_vm_t *vm, sp_function_t *fn, const sp_value_t *args, int nargs,
                               sp_value_t kwnames);
/* CALL_EX: flattens f(*args, **kwargs) into the vectorcall shape (a fresh array of positional
 * then keyword values, plus the names tuple). A bound Python method is unwrapped so the call can
 * stay in the loop. Returns -1 with "f() argument after * must be an iterable, not int" etc. */
int eval_prepare_call_ex(sp_vm_t *vm, sp_value_t *callable, sp_value_t args, sp_value_t kwargs,
                         sp_value_t **out_args, int *out_nargs, sp_value_t *out_kwnames);
/* Pops a frame that is done (returned or unwound), restoring the handled exception. */
void eval_frame_exit(sp_vm_t *vm, sp_frame_t *frame);

/* ---- Exceptions ------------------------------------------------------------------------- */

/* `raise exc [from cause]` (cause SP_NULL without `from`): sets vm->exc. */
void eval_raise(sp_vm_t *vm, sp_value_t exc, sp_value_t cause);
/* Bare `raise`: sets vm->exc to the handled exception and returns 1, or raises RuntimeError
 * "No active exception to reraise" and returns 0. */
int eval_reraise_active(sp_vm_t *vm);
/* isinstance check of `except T:` (T a type or tuple of types): 0, 1, or -1 with TypeError. */
int eval_exc_match(sp_vm_t *vm, sp_value_t exc, sp_value_t type);
/* Records a fresh error raised by the frame's current instruction: a traceback entry and, for
 * an exception that has not been through a frame yet, __context__. */
void eval_note_error(sp_vm_t *vm, sp_frame_t *frame);
/* Finds a handler for vm->exc in frame and its callers (popping frames that have none, up to the
 * entry frame). Returns the frame to resume with its pc/sp set to the handler, or NULL when the
 * exception leaves the entry frame (which is then popped too). */
sp_frame_t *eval_unwind(sp_vm_t *vm, sp_frame_t *frame);
/* WITH_EXCEPT_START: exit(type(exc), exc, exc.__traceback__). */
sp_value_t eval_with_except_start(sp_vm_t *vm, sp_value_t exit_method, sp_value_t exc);
/* SystemError for an opcode this VM does not run (yet). */
void eval_bad_opcode(sp_vm_t *vm, uint32_t insn);

/* ---- Imports, classes, with ------------------------------------------------------------- */

sp_value_t eval_import_name(sp_vm_t *vm, sp_frame_t *frame, sp_value_t name, sp_value_t fromlist,
                            sp_value_t level);
sp_value_t eval_import_from(sp_vm_t *vm, sp_value_t module, sp_value_t name);
int eval_import_star(sp_vm_t *vm, sp_frame_t *frame, sp_value_t module);
sp_value_t eval_load_build_class(sp_vm_t *vm, sp_frame_t *frame);
int eval_setup_annotations(sp_vm_t *vm, sp_frame_t *frame);
/* BEFORE_WITH: returns mgr.__enter__() and stores the bound __exit__ in *exit_out. */
sp_value_t eval_before_with(sp_vm_t *vm, sp_value_t mgr, sp_value_t *exit_out);

#endif
