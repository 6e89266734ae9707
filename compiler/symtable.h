/* symtable.h: the symbol table — which scope every name of a module belongs to (local, global,
 * free, cell), computed from the AST before any bytecode is emitted (compiler/symtable.c).
 * It also holds the small ordered hash map the compiler uses for its constant and name tables. */
#ifndef SP_SYMTABLE_H
#define SP_SYMTABLE_H

#include <stdarg.h>
#include <stdint.h>

#include "compiler/ast.h"
#include "compiler/compiler.h"

/* ---- Ordered map ------------------------------------------------------------------------- */

/*
 * An insertion-ordered hash map from a value to two int32 payloads. With `by_value` 0 the keys
 * are strs compared by content (names); with `by_value` 1 they are constants compared by type
 * and bits, so 1, 1.0, True, 0.0 and -0.0 stay distinct (tuples compare item by item, other
 * objects by identity). All arrays live on the GC heap, so the map keeps its keys alive.
 */
typedef struct st_map {
    sp_vm_t *vm;
    int by_value;
    int32_t n, cap;
    sp_value_t *keys;   /* insertion order */
    int32_t *values;    /* first payload */
    int32_t *aux;       /* second payload */
    int32_t *aux2;      /* third payload */
    int32_t *index;     /* open addressing: entry number or -1 */
    int32_t index_size; /* power of two */
} st_map_t;

/* Initialises an empty map. */
void st_map_init(sp_vm_t *vm, st_map_t *map, int by_value);
/* The entry number of key, or -1 when absent. */
int32_t st_map_find(const st_map_t *map, sp_value_t key);
/* The entry number of key, adding it with payloads (value, 0, 0) when absent; -1 on MemoryError. */
int32_t st_map_add(st_map_t *map, sp_value_t key, int32_t value);
/* Copies `src` into a fresh map `dst`; returns 0 or -1 on MemoryError. */
int st_map_copy(st_map_t *dst, const st_map_t *src);

/* ---- Compilation context and errors ------------------------------------------------------ */

/* What every stage of one compilation shares: the VM and where the source came from. */
typedef struct sp_compile_ctx {
    sp_vm_t *vm;
    const char *filename;
    const char *source; /* may be NULL: the line text then comes from vm->sources, if any */
    size_t source_size;
    sp_parse_mode_t mode;
} sp_compile_ctx_t;

/* Raises SyntaxError with a printf-formatted message at the node's range (CPython's carets), or
 * at `line` when `at` is NULL, with the source line text when known. Always returns -1. */
int compile_error(const sp_compile_ctx_t *ctx, const sp_ast_t *at, int line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* ---- Scopes ------------------------------------------------------------------------------ */

typedef enum st_scope_kind {
    ST_MODULE,
    ST_FUNCTION,
    ST_LAMBDA,
    ST_COMPREHENSION, /* compiled as a nested function with the implicit parameter `.0` */
    ST_CLASS,
} st_scope_kind_t;

/* How a name was used inside one scope (the low bits of a symbol's flags). */
enum {
    ST_DEF_GLOBAL = 1,     /* `global x` */
    ST_DEF_LOCAL = 2,      /* assigned, deleted, def/class/for/except/with target */
    ST_DEF_PARAM = 4,      /* a parameter */
    ST_DEF_NONLOCAL = 8,   /* `nonlocal x` */
    ST_USE = 16,           /* read */
    ST_DEF_IMPORT = 32,    /* bound by import */
    ST_DEF_COMP_ITER = 64, /* a comprehension's iteration variable */
    ST_DEF_BOUND = ST_DEF_LOCAL | ST_DEF_PARAM | ST_DEF_IMPORT,
};

/* Where a name lives (a symbol's flags >> ST_SCOPE_SHIFT after analysis). */
typedef enum st_name_scope {
    ST_SCOPE_UNKNOWN = 0,
    ST_SCOPE_LOCAL,           /* a fast local (function) or the namespace dict (module/class) */
    ST_SCOPE_GLOBAL_EXPLICIT, /* declared `global` */
    ST_SCOPE_GLOBAL_IMPLICIT, /* never bound in any enclosing function */
    ST_SCOPE_FREE,            /* bound in an enclosing function: read through a cell */
    ST_SCOPE_CELL,            /* local here but captured by an inner function */
} st_name_scope_t;
#define ST_SCOPE_SHIFT 8

/* One scope of the program: a module, function, lambda, comprehension or class body. */
typedef struct st_scope {
    st_scope_kind_t kind;
    sp_value_t name;      /* "<module>", the function name, "<lambda>", "<listcomp>", ... */
    const sp_ast_t *node; /* the node that opens the scope (NULL for the module) */
    struct st_scope *parent;
    st_map_t symbols; /* name -> flags | scope << ST_SCOPE_SHIFT; aux: 1 + index of
                         its global/nonlocal statement in directives[], or 0 */
    const sp_ast_t **directives;
    int n_directives, cap_directives;
    st_map_t params; /* parameters in CPython's order (posonly, args, kwonly, *, **) */
    struct st_scope **children;
    int n_children, cap_children;
    int child_cursor; /* where the compiler's next child lookup starts */
    int is_nested;    /* inside a function-like scope */
    int is_generator; /* contains yield, or is a generator expression */
    int in_comp_iter; /* while building: visiting a comprehension's iterable (no walrus there) */
    int needs_class_cell; /* a class whose methods use `__class__` / zero-argument super() */
    st_map_t class_free;  /* a class: names local to its body that its methods read from an
                             enclosing function (the body passes the cell on as a free var) */
} st_scope_t;

/* Builds and analyses the symbol table of a module (or an eval-mode expression). Returns the
 * module scope, or NULL with SyntaxError / RecursionError / MemoryError set. */
st_scope_t *symtable_build(const sp_compile_ctx_t *ctx, sp_ast_t *tree);

/* The child scope opened by `node` (a FunctionDef, Lambda, comprehension or ClassDef) inside
 * `scope`, or NULL. Lookups in source order are O(1). */
st_scope_t *symtable_child(st_scope_t *scope, const sp_ast_t *node);

/* The analysed scope of `name` in `scope` (ST_SCOPE_UNKNOWN when the name never occurs). */
st_name_scope_t symtable_lookup(const st_scope_t *scope, sp_value_t name);

/* CPython's private name mangling: inside a class (or a function nested in one) `__x` becomes
 * `_Class__x`; other names are returned as is. */
sp_value_t symtable_mangle(sp_vm_t *vm, const st_scope_t *scope, sp_value_t name);

/* True for scopes whose names are fast locals (functions, lambdas, comprehensions). */
static inline int symtable_is_function(const st_scope_t *scope) {
    return scope->kind == ST_FUNCTION || scope->kind == ST_LAMBDA || scope->kind == ST_COMPREHENSION;
}

#endif
