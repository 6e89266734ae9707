/* vm.h: the VM handle's internal layout, frames, and the eval loop's entry points.
 * Everything a VM owns hangs off sp_vm_t: there is no mutable global state anywhere. */
#ifndef SP_VM_H
#define SP_VM_H

#include <setjmp.h>
#include <stdio.h>

#include "runtime/object.h"
#include "runtime/exceptions.h"
#include "vm/code.h"

/*
 * A frame: one activation of a code object. Frames are bump-allocated on the VM's frame stack
 * (vm/frame.c), not on the C stack, so Python-to-Python calls do not recurse in C (DESIGN
 * decision 7). The value area that follows the header is laid out as
 *
 *   [ locals: code->n_locals ][ cells: n_cellvars + n_freevars ][ operand stack: code->stack_size ]
 *   ^ frame->locals            ^ frame->cells                     ^ frame->stack_base
 */
typedef struct sp_frame {
    struct sp_frame *prev;       /* caller frame, NULL at the bottom */
    sp_code_t *code;
    sp_function_t *func;         /* NULL for module code */
    sp_value_t globals;          /* dict */
    sp_value_t builtins;         /* dict */
    sp_value_t locals_dict;      /* dict for module/class bodies (LOAD_NAME); SP_NULL otherwise */
    const uint32_t *pc;          /* next instruction to execute (saved when the frame is not running) */
    sp_value_t *sp;              /* operand stack top (saved when the frame is not running) */
    sp_value_t *stack_base;
    sp_value_t *cells;           /* cell objects (sp_cell_t as values) */
    sp_value_t saved_exc_info;   /* vm->exc_info when the frame was pushed; restored when it pops */
    uint8_t is_entry;            /* returning from this frame returns from sp_eval's C call */
    struct sp_generator *gen;    /* the generator owning this heap frame, or NULL (runtime/generator.c) */
    sp_value_t locals[];
} sp_frame_t;

/* A chunk of the frame stack. Chunks are GC-scanned memory (they hold values). */
typedef struct sp_stack_chunk {
    struct sp_stack_chunk *prev;
    size_t size;   /* bytes usable in data[] */
    size_t used;
    _Alignas(16) unsigned char data[];
} sp_stack_chunk_t;

/* The C iterator types (all of kind SP_K_ITERATOR), indexes into vm->iter_types[]. */
typedef enum sp_iter_kind {
    SP_ITER_LIST,        /* list_iterator */
    SP_ITER_LIST_REV,    /* list_reverseiterator */
    SP_ITER_TUPLE,       /* tuple_iterator */
    SP_ITER_STR,         /* str_ascii_iterator / str_iterator */
    SP_ITER_BYTES,       /* bytes_iterator */
    SP_ITER_RANGE,       /* range_iterator */
    SP_ITER_DICT_KEYS,   /* dict_keyiterator */
    SP_ITER_DICT_VALUES, /* dict_valueiterator */
    SP_ITER_DICT_ITEMS,  /* dict_itemiterator */
    SP_ITER_SET,         /* set_iterator */
    SP_ITER_SEQ,         /* iterator: the __getitem__ sequence protocol */
    SP_ITER_ENUMERATE,   /* enumerate (also a builtin type) */
    SP_ITER_ZIP,         /* zip */
    SP_ITER_MAP,         /* map */
    SP_ITER_FILTER,      /* filter */
    SP_ITER_REVERSED,    /* reversed (generic: len + getitem) */
    SP_ITER__COUNT
} sp_iter_kind_t;

/* The dict view types (kind SP_K_DICT_VIEW), indexes into vm->dictview_types[]. */
typedef enum sp_dictview_kind { SP_VIEW_KEYS, SP_VIEW_VALUES, SP_VIEW_ITEMS, SP_VIEW__COUNT } sp_dictview_kind_t;

/* Dispatch variants compiled into this binary (vm/config.h decides which exist). */
typedef enum sp_dispatch { SP_DISPATCH_SWITCH, SP_DISPATCH_GOTO, SP_DISPATCH_STATS } sp_dispatch_t;

struct sp_vm {
    sp_type_t *types[SP_K__COUNT];       /* built-in types by kind */
    sp_type_t *exc_types[SP_EXC__COUNT]; /* built-in exception types */
    sp_type_t *iter_types[SP_ITER__COUNT];
    sp_type_t *dictview_types[SP_VIEW__COUNT];
    sp_value_t memory_error;   /* preallocated MemoryError instance */

    sp_value_t exc;            /* the exception being raised, SP_NULL when none */
    sp_value_t exc_info;       /* the exception being handled (sys.exc_info()), SP_NONE when none */

    sp_frame_t *frame;         /* innermost running frame */
    sp_stack_chunk_t *stack_chunk;
    sp_stack_chunk_t *spare_chunk; /* one emptied chunk kept so a call at a chunk edge does not reallocate */
    int frame_depth;           /* Python frames live now */
    int c_depth;               /* nested C re-entries into the VM (sp_call from C) */
    int recursion_limit;       /* sys.getrecursionlimit() */

    sp_value_t builtins;       /* the builtins module's dict */
    sp_value_t modules;        /* sys.modules: dict */
    sp_value_t sys_module;
    sp_value_t interned;       /* dict str -> str of interned strings */
    /* runtime/str.c's intern table: an open-addressing set of strs in a GC-allocated array of
     * intern_mask + 1 slots (SP_NULL = empty), so interning needs no dict at start-up. */
    sp_value_t *intern_slots;
    int64_t intern_mask, intern_used;
    sp_value_t main_dir;       /* str: directory of the main script ("" for -c / stdin) */
    sp_value_t argv;           /* list of str for sys.argv */
    sp_value_t sources;        /* dict filename -> str of source text, for tracebacks */
    sp_value_t importing;      /* dict name -> True of modules whose code is running (circular imports) */

    sp_value_t small_strs[128]; /* one-char ASCII strs, made once */
    sp_value_t empty_str, empty_tuple;
    /* Containers whose repr is being built (a list, made on first use), so a container that
     * contains itself prints as [...] / {...} instead of recursing forever (runtime/list.c). */
    sp_value_t repr_stack;

    /* Interned names the runtime looks up often. */
    sp_value_t s___name__, s___main__, s___builtins__, s___file__, s___doc__, s___module__;
    /* The interned dunder names of runtime/slots.c's table, in its order (slots_init). */
    sp_value_t *slot_names;
    sp_type_t *callable_iter_type; /* iter(callable, sentinel)'s iterator type (runtime/slots.c) */
    /* runtime/class.c's own types (property, super, ...) and interned dunder names. */
    struct class_state *class_state;

    sp_dispatch_t dispatch;    /* SP_DISPATCH_STATS when stats is set (-X stats) */
    struct sp_stats *stats;    /* the counters of -X stats (vm/stats.h, malloc'd), else NULL */
    size_t heap_limit;         /* bytes, 0 = unlimited */
    size_t gc_allocated;       /* --with-gc=none only: bytes handed out (never freed), for heap_limit */
    FILE *out, *err;           /* where print() and tracebacks go by default */
    char *error_text;          /* the last uncaught error, formatted (sp_vm_error) */
    int exit_code;             /* set by SystemExit */
    int int_max_str_digits;    /* sys.get_int_max_str_digits(), 4300 as CPython */
};

/* Returns the type of any value. */
static inline sp_type_t *sp_typeof(sp_vm_t *vm, sp_value_t v) {
    if (sp_is_ptr(v)) return SP_AS_OBJ(v)->type;
    if (sp_is_smallint(v)) return vm->types[SP_K_INT];
    if (sp_is_float(v)) return vm->types[SP_K_FLOAT];
    static const sp_kind_t singleton_kinds[SP_IMM__COUNT] = {
        SP_K_NONE, SP_K_BOOL, SP_K_BOOL, SP_K_NOTIMPLEMENTED, SP_K_ELLIPSIS};
    return vm->types[singleton_kinds[sp_singleton_index(v)]];
}

/* Returns the kind of any value's type (its built-in base kind). */
static inline sp_kind_t sp_kindof(sp_vm_t *vm, sp_value_t v) { return sp_typeof(vm, v)->kind; }

/* True when v is a heap object whose type has the given kind. */
static inline int sp_is_kind(sp_value_t v, sp_kind_t kind) {
    return sp_is_obj(v) && SP_AS_OBJ(v)->type->kind == kind;
}
#define sp_is_str(v) sp_is_kind((v), SP_K_STR)
#define sp_is_list(v) sp_is_kind((v), SP_K_LIST)
#define sp_is_tuple(v) sp_is_kind((v), SP_K_TUPLE)
#define sp_is_dict(v) sp_is_kind((v), SP_K_DICT)
#define sp_is_function(v) sp_is_kind((v), SP_K_FUNCTION)
#define sp_is_type(v) sp_is_kind((v), SP_K_TYPE)
#define sp_is_exception(v) sp_is_kind((v), SP_K_EXCEPTION)
/* True for small ints and big ints (bools are not included). */
static inline int sp_is_int(sp_value_t v) { return sp_is_smallint(v) || sp_is_kind(v, SP_K_INT); }

/* ---- Frames (vm/frame.c) ---------------------------------------------------------------- */

/* Pushes a new frame for `code` on the frame stack, raising RecursionError past the limit and
 * MemoryError when the stack cannot grow. Locals start unbound, cells are created. */
sp_frame_t *frame_push(sp_vm_t *vm, sp_code_t *code, sp_function_t *func, sp_value_t globals,
                       sp_value_t builtins, sp_value_t locals_dict);

/* Pops the innermost frame (which must be `frame`). */
void frame_pop(sp_vm_t *vm, sp_frame_t *frame);

/* Binds call arguments into a freshly pushed frame's locals, applying defaults, *args, **kwargs,
 * keyword-only parameters and CPython's TypeError messages. Returns 0, or -1 with an error. */
int frame_bind_args(sp_vm_t *vm, sp_frame_t *frame, sp_function_t *func, const sp_value_t *args,
                    int nargs, sp_value_t kwnames);

/* The source line the frame is executing (for tracebacks). */
int frame_current_line(sp_frame_t *frame);

/* ---- Eval loop (vm/eval.c) -------------------------------------------------------------- */

/* Runs a pushed frame to completion with the VM's selected dispatch variant, returning its
 * result or SP_NULL with an exception set. Python calls made inside push frames and stay in
 * the same C loop; only C re-entry (sp_call from a builtin) nests, and is depth-guarded. */
sp_value_t sp_eval_frame(sp_vm_t *vm, sp_frame_t *frame);

/* Runs a module-level code object with the given globals dict (also its locals). */
sp_value_t sp_eval_module_code(sp_vm_t *vm, sp_code_t *code, sp_value_t globals);

/* Calls a Python function from C (a sort key, __eq__ from a dict, the function type's call slot):
 * pushes an entry frame, binds the arguments and runs it in a nested eval loop. Guarded by
 * vm->c_depth (RecursionError past SP_MAX_C_DEPTH). Same calling convention as sp_native_fn_t. */
sp_value_t sp_call_function(sp_vm_t *vm, sp_function_t *fn, const sp_value_t *args, int nargs,
                            sp_value_t kwnames);

/* The per-variant loops, each compiled from vm/eval_body.h by vm/dispatch.h. */
sp_value_t sp_eval_switch(sp_vm_t *vm, sp_frame_t *frame);
sp_value_t sp_eval_goto(sp_vm_t *vm, sp_frame_t *frame);
sp_value_t sp_eval_stats(sp_vm_t *vm, sp_frame_t *frame); /* the counting loop of -X stats */

#endif
