/* compile.c: the bytecode compiler — AST + symbol table -> code objects (instructions, constants,
 * names, line table, zero-cost exception table, stack depth). It never runs code.
 *
 * How a code object is assembled:
 *
 *   emit ──► insns[] + per-instruction line + per-instruction innermost handler label
 *   labels ─► jump operands hold label ids until assembly patches in instruction indexes
 *   assembly: resolve labels ─► stack-depth pass over the control flow (opcodes.def effects)
 *             ─► coalesce handler runs into the exception table ─► coalesce the line table
 *
 * Exceptions cost nothing until one is raised (as CPython 3.11): a `try` emits no setup
 * instruction; each emitted instruction just remembers which handler covers it. A handler's
 * stack depth is the depth measured before the first instruction of its protected range. */
#include <string.h>

#include "compiler/compiler.h"
#include "compiler/symtable.h"
#include "runtime/runtime.h"

#define COMPILE_MAX_DEPTH 3000 /* nested expressions/statements before RecursionError */
#define COMPILE_MAX_BLOCKS 20  /* statically nested loops/try blocks, as CPython's CO_MAXBLOCKS */

/* A block the compiler is inside of that `break`, `continue` and `return` must unwind. */
typedef enum fblock_kind {
    FB_WHILE,           /* nothing on the stack */
    FB_FOR,             /* the iterator is on the stack */
    FB_TRY_EXCEPT,      /* the body of try/except */
    FB_FINALLY_TRY,     /* the body of try/finally: leaving runs the finally body */
    FB_FINALLY_END,     /* a finally body on the exception path: [prev_exc, exc] on the stack */
    FB_HANDLER_CLEANUP, /* an except body: [prev_exc] on the stack, maybe a name to clear */
    FB_POP_VALUE,       /* a return value kept on the stack while a finally body runs */
    FB_WITH,            /* a with body: the bound __exit__ is on the stack */
} fblock_kind_t;

typedef struct fblock {
    fblock_kind_t kind;
    int32_t start_label, exit_label; /* loops: continue / break targets */
    int32_t outer_handler;           /* the handler covering code outside this block */
    const sp_ast_list_t *finalbody;  /* FB_FINALLY_TRY */
    sp_value_t name;                 /* FB_HANDLER_CLEANUP: the `as` name or SP_NULL */
} fblock_t;

/* One code object being compiled. */
typedef struct cunit {
    struct cunit *parent;
    st_scope_t *scope;
    sp_value_t name, qualname, doc;
    int uses_names; /* module-level code: LOAD_NAME / STORE_NAME */
    uint32_t *insns;
    int32_t *insn_lines, *insn_handlers;
    int32_t n, cap;
    int32_t *label_pos, *label_setup; /* label_setup: first protected pc of a handler label */
    int32_t n_labels, cap_labels;
    st_map_t consts, names, varnames, cellvars, freevars;
    int32_t cur_handler; /* label of the innermost active handler, or -1 */
    int line, firstlineno;
    fblock_t fblocks[COMPILE_MAX_BLOCKS];
    int n_fblocks;
    int32_t argcount, posonlyargcount, kwonlyargcount;
    uint32_t flags;
} cunit_t;

typedef struct compiler {
    const sp_compile_ctx_t *ctx;
    sp_vm_t *vm;
    cunit_t *u;
    sp_value_t filename;
    int depth;
    int failed; /* an error is set: stop emitting, unwind */
} compiler_t;

#define CHECK(x)                                                                                             \
    do {                                                                                                     \
        if ((x) < 0) return -1;                                                                              \
    } while (0)

static int compile_expr(compiler_t *c, const sp_ast_t *e);
static int compile_body(compiler_t *c, const sp_ast_list_t *body);
static int compile_setup_annotations(compiler_t *c, const sp_ast_list_t *body);
static int compile_store(compiler_t *c, const sp_ast_t *target);

/* ---- Errors ------------------------------------------------------------------------------ */

static int compile_fail(compiler_t *c, const sp_ast_t *at, const char *msg) {
    c->failed = 1;
    return compile_error(c->ctx, at, c->u->line, "%s", msg);
}

static int compile_nomem(compiler_t *c) {
    c->failed = 1;
    if (!c->vm->exc) sp_raise_nomem(c->vm);
    return -1;
}

/* Nesting guard: the symbol table already rejected programs nested deeper than CPython allows,
 * so this only protects callers that hand compile_ast a tree the parser never made. */
static int compile_enter(compiler_t *c) {
    if (++c->depth <= COMPILE_MAX_DEPTH) return 0;
    c->failed = 1;
    sp_raise(c->vm, SP_EXC_RecursionError, "maximum recursion depth exceeded during compilation");
    return -1;
}

/* ---- Emission ---------------------------------------------------------------------------- */

static int unit_grow_insns(compiler_t *c, cunit_t *u) {
    int32_t cap = u->cap ? u->cap * 2 : 64;
    uint32_t *insns = sp_alloc_atomic(c->vm, (size_t)cap * sizeof *insns);
    int32_t *lines = sp_alloc_atomic(c->vm, (size_t)cap * 2 * sizeof *lines);
    if (!insns || !lines) return compile_nomem(c);
    if (u->n) {
        memcpy(insns, u->insns, (size_t)u->n * sizeof *insns);
        memcpy(lines, u->insn_lines, (size_t)u->n * sizeof *lines);
        memcpy(lines + cap, u->insn_handlers, (size_t)u->n * sizeof *lines);
    }
    u->insns = insns;
    u->insn_lines = lines;
    u->insn_handlers = lines + cap;
    u->cap = cap;
    return 0;
}

/* Appends one instruction. Failures (too large an operand, no memory) mark the compiler failed;
 * statement-level code checks c->failed, so expression code need not test every emit. */
static int emit(compiler_t *c, sp_opcode_t op, uint32_t arg) {
    cunit_t *u = c->u;
    if (c->failed) return -1;
    if (arg > SP_MAX_OPERAND) return compile_fail(c, NULL, "too many operands for one instruction");
    if (u->n >= SP_MAX_OPERAND) return compile_fail(c, NULL, "code object too large");
    if (u->n == u->cap && unit_grow_insns(c, u) < 0) return -1;
    u->insns[u->n] = SP_INSN(op, arg);
    u->insn_lines[u->n] = u->line;
    u->insn_handlers[u->n] = u->cur_handler;
    u->n++;
    return 0;
}

static int32_t new_label(compiler_t *c) {
    cunit_t *u = c->u;
    if (c->failed) return -1;
    if (u->n_labels >= SP_MAX_OPERAND) return compile_fail(c, NULL, "too many jump targets");
    if (u->n_labels == u->cap_labels) {
        int32_t cap = u->cap_labels ? u->cap_labels * 2 : 16;
        int32_t *arr = sp_alloc_atomic(c->vm, (size_t)cap * 2 * sizeof *arr);
        if (!arr) return compile_nomem(c);
        if (u->n_labels) {
            memcpy(arr, u->label_pos, (size_t)u->n_labels * sizeof *arr);
            memcpy(arr + cap, u->label_setup, (size_t)u->n_labels * sizeof *arr);
        }
        u->label_pos = arr;
        u->label_setup = arr + cap;
        u->cap_labels = cap;
    }
    u->label_pos[u->n_labels] = -1;
    u->label_setup[u->n_labels] = -1;
    return u->n_labels++;
}

static void bind_label(compiler_t *c, int32_t label) {
    if (label >= 0 && !c->failed) c->u->label_pos[label] = c->u->n;
}

static int emit_jump(compiler_t *c, sp_opcode_t op, int32_t label) {
    if (label < 0) return -1;
    return emit(c, op, (uint32_t)label);
}

/* Makes `label` the active handler from the next instruction on; returns the previous one. */
static int32_t push_handler(compiler_t *c, int32_t label) {
    int32_t outer = c->u->cur_handler;
    if (label >= 0 && !c->failed) c->u->label_setup[label] = c->u->n;
    c->u->cur_handler = label;
    return outer;
}

/* ---- Constants and names ----------------------------------------------------------------- */

static sp_value_t compile_intern(compiler_t *c, sp_value_t s) {
    if (SP_AS_STR(s)->interned) return s;
    return sp_str_intern(c->vm, sp_str_cstr(s), (size_t)SP_AS_STR(s)->size);
}

static int32_t add_const(compiler_t *c, sp_value_t v) {
    if (c->failed) return -1;
    if (sp_is_str(v)) v = compile_intern(c, v);
    int32_t e = st_map_add(&c->u->consts, v, 0);
    if (e < 0) return compile_nomem(c);
    if (e > SP_MAX_OPERAND) return compile_fail(c, NULL, "too many constants");
    return e;
}

static int emit_const(compiler_t *c, sp_value_t v) {
    int32_t i = add_const(c, v);
    return i < 0 ? -1 : emit(c, OP_LOAD_CONST, (uint32_t)i);
}

static int32_t add_name(compiler_t *c, sp_value_t name) {
    if (c->failed) return -1;
    int32_t e = st_map_add(&c->u->names, compile_intern(c, name), 0);
    if (e < 0) return compile_nomem(c);
    if (e > SP_MAX_OPERAND) return compile_fail(c, NULL, "too many names");
    return e;
}

static int emit_name(compiler_t *c, sp_opcode_t op, sp_value_t name) {
    int32_t i = add_name(c, name);
    return i < 0 ? -1 : emit(c, op, (uint32_t)i);
}

static sp_value_t cstr_name(compiler_t *c, const char *s) {
    return sp_str_intern_cstr(c->vm, s);
}

/* The index of a cell or free variable in the frame's cell area (cellvars first). */
static int32_t deref_index(cunit_t *u, sp_value_t name) {
    int32_t i = st_map_find(&u->cellvars, name);
    if (i >= 0) return i;
    i = st_map_find(&u->freevars, name);
    return i < 0 ? -1 : u->cellvars.n + i;
}

/* Loads, stores or deletes a variable with the instruction its scope calls for. */
static int compile_nameop(compiler_t *c, sp_value_t name, sp_ast_ctx_t ctx) {
    static const sp_opcode_t fast[3] = {OP_LOAD_FAST, OP_STORE_FAST, OP_DELETE_FAST};
    static const sp_opcode_t deref[3] = {OP_LOAD_DEREF, OP_STORE_DEREF, OP_DELETE_DEREF};
    static const sp_opcode_t global[3] = {OP_LOAD_GLOBAL, OP_STORE_GLOBAL, OP_DELETE_GLOBAL};
    static const sp_opcode_t byname[3] = {OP_LOAD_NAME, OP_STORE_NAME, OP_DELETE_NAME};
    cunit_t *u = c->u;
    if (ctx != AST_LOAD && !strcmp(sp_str_cstr(name), "__debug__"))
        return compile_fail(c, NULL, ctx == AST_DEL ? "cannot delete __debug__" : "cannot assign to __debug__");
    int fn = symtable_is_function(u->scope) && !u->uses_names;
    name = symtable_mangle(c->vm, u->scope, name);
    switch (symtable_lookup(u->scope, name)) {
    case ST_SCOPE_FREE:
    case ST_SCOPE_CELL: {
        int32_t i = deref_index(u, name);
        if (i >= 0) return emit(c, deref[ctx], (uint32_t)i);
        break;
    }
    case ST_SCOPE_LOCAL:
        if (fn) {
            int32_t i = st_map_find(&u->varnames, name);
            if (i >= 0) return emit(c, fast[ctx], (uint32_t)i);
        }
        break;
    case ST_SCOPE_GLOBAL_EXPLICIT:
        return emit_name(c, global[ctx], name);
    case ST_SCOPE_GLOBAL_IMPLICIT:
        if (fn) return emit_name(c, global[ctx], name);
        break;
    default:
        if (fn) return emit_name(c, global[ctx], name);
        break;
    }
    return emit_name(c, byname[ctx], name);
}

/* ---- Units ------------------------------------------------------------------------------- */

static void unit_add_vars(compiler_t *c, cunit_t *u) {
    st_scope_t *s = u->scope;
    for (int32_t i = 0; i < s->params.n; i++)
        st_map_add(&u->varnames, compile_intern(c, s->params.keys[i]), 0);
    for (int32_t e = 0; e < s->symbols.n; e++) {
        sp_value_t name = compile_intern(c, s->symbols.keys[e]);
        int scope = s->symbols.values[e] >> ST_SCOPE_SHIFT;
        if (scope == ST_SCOPE_CELL)
            st_map_add(&u->cellvars, name, 0);
        else if (scope == ST_SCOPE_FREE)
            st_map_add(&u->freevars, name, 0);
        else if (scope == ST_SCOPE_LOCAL && symtable_is_function(s))
            st_map_add(&u->varnames, name, 0);
    }
    if (s->needs_class_cell) st_map_add(&u->cellvars, compile_intern(c, cstr_name(c, "__class__")), 0);
    for (int32_t i = 0; i < s->class_free.n; i++) st_map_add(&u->freevars, compile_intern(c, s->class_free.keys[i]), 0);
}

static cunit_t *unit_push(compiler_t *c, st_scope_t *scope, sp_value_t name, sp_value_t qualname, int line) {
    cunit_t *u = sp_alloc(c->vm, sizeof *u);
    if (!u) {
        compile_nomem(c);
        return NULL;
    }
    u->parent = c->u;
    u->scope = scope;
    u->name = compile_intern(c, name);
    u->qualname = qualname;
    u->doc = SP_NONE;
    u->uses_names = !symtable_is_function(scope);
    u->cur_handler = -1;
    u->line = u->firstlineno = line;
    st_map_init(c->vm, &u->consts, 1);
    st_map_init(c->vm, &u->names, 0);
    st_map_init(c->vm, &u->varnames, 0);
    st_map_init(c->vm, &u->cellvars, 0);
    st_map_init(c->vm, &u->freevars, 0);
    unit_add_vars(c, u);
    if (symtable_is_function(scope)) {
        if (scope->is_nested) u->flags |= SP_CODE_NESTED;
    } else {
        u->flags |= SP_CODE_MODULE;
    }
    c->u = u;
    /* A generator's call only builds the frame; RETURN_GENERATOR hands it to a generator. */
    if (scope->is_generator) {
        u->flags |= SP_CODE_GENERATOR;
        if (emit(c, OP_RETURN_GENERATOR, 0) < 0) return NULL;
    }
    return u;
}

/* ---- Assembly ---------------------------------------------------------------------------- */

static int insn_is_terminal(sp_opcode_t op) {
    return op == OP_JUMP || op == OP_RETURN_VALUE || op == OP_RAISE_VARARGS || op == OP_RERAISE;
}

typedef struct depth_pass {
    int32_t *depth; /* per pc: stack depth before it, -1 unreached */
    int32_t *work;  /* pcs to visit */
    int32_t n_work;
    int32_t *handler_depth; /* per label */
    int32_t max;
    int inconsistent; /* some pc is reached at two depths: a compiler bug */
} depth_pass_t;

static void depth_seed(depth_pass_t *p, int32_t pc, int32_t d, int32_t n) {
    if (pc < 0 || pc >= n) return;
    if (p->depth[pc] >= 0 && p->depth[pc] != d) p->inconsistent = 1;
    if (d <= p->depth[pc]) return;
    p->depth[pc] = d;
    if (d > p->max) p->max = d;
    p->work[p->n_work++] = pc;
}

/* Follows every path from pc 0 (and from each handler once its protected range is reached),
 * recording the depth before each instruction. Each pc enters the worklist at most once per
 * depth increase, and well-formed code reaches each pc at a single depth. */
static int assemble_depths(compiler_t *c, depth_pass_t *p) {
    cunit_t *u = c->u;
    p->depth = sp_alloc_atomic(c->vm, (size_t)(u->n + 1) * sizeof(int32_t));
    p->work = sp_alloc_atomic(c->vm, (size_t)(u->n + 1) * 4 * sizeof(int32_t));
    p->handler_depth = sp_alloc_atomic(c->vm, (size_t)(u->n_labels + 1) * sizeof(int32_t));
    if (!p->depth || !p->work || !p->handler_depth) return compile_nomem(c);
    memset(p->depth, 0xFF, (size_t)(u->n + 1) * sizeof(int32_t));
    memset(p->handler_depth, 0xFF, (size_t)(u->n_labels + 1) * sizeof(int32_t));
    p->n_work = 0;
    p->max = 0;
    p->inconsistent = 0;
    int32_t cap_work = (u->n + 1) * 4;
    depth_seed(p, 0, 0, u->n);
    while (p->n_work > 0) {
        int32_t pc = p->work[--p->n_work], d = p->depth[pc];
        if (p->n_work + 3 >= cap_work) return compile_fail(c, NULL, "stack depth analysis failed");
        int32_t h = u->insn_handlers[pc];
        if (h >= 0 && p->handler_depth[h] < 0 && u->label_setup[h] >= 0 && p->depth[u->label_setup[h]] >= 0) {
            p->handler_depth[h] = p->depth[u->label_setup[h]];
            depth_seed(p, u->label_pos[h], p->handler_depth[h] + 1, u->n);
        }
        sp_opcode_t op = (sp_opcode_t)SP_INSN_OP(u->insns[pc]);
        uint32_t arg = SP_INSN_ARG(u->insns[pc]);
        int32_t after = d + sp_opcode_stack_effect(op, arg);
        if (after < 0) return compile_fail(c, NULL, "internal error: negative stack depth");
        if (after > p->max) p->max = after;
        if (sp_opcode_info[op].operand == SP_OPERAND_JUMP)
            depth_seed(p, (int32_t)arg, d + sp_opcode_jump_effect(op, arg), u->n);
        if (!insn_is_terminal(op)) depth_seed(p, pc + 1, after, u->n);
    }
    if (p->inconsistent) {
        c->failed = 1;
        sp_raise(c->vm, SP_EXC_SystemError, "internal compiler error: inconsistent stack depth in %s",
                 sp_str_cstr(u->name));
        return -1;
    }
    return 0;
}

static int assemble_resolve_jumps(compiler_t *c) {
    cunit_t *u = c->u;
    for (int32_t pc = 0; pc < u->n; pc++) {
        sp_opcode_t op = (sp_opcode_t)SP_INSN_OP(u->insns[pc]);
        if (sp_opcode_info[op].operand != SP_OPERAND_JUMP) continue;
        int32_t target = u->label_pos[SP_INSN_ARG(u->insns[pc])];
        if (target < 0) return compile_fail(c, NULL, "internal error: unbound label");
        u->insns[pc] = SP_INSN(op, (uint32_t)target);
    }
    return 0;
}

/* Coalesces runs of instructions covered by the same (reached) handler into table entries. */
static int assemble_exc_table(compiler_t *c, sp_code_t *code, const depth_pass_t *p) {
    cunit_t *u = c->u;
    int32_t n = 0;
    sp_exc_entry_t *table = NULL;
    for (int pass = 0; pass < 2; pass++) {
        n = 0;
        for (int32_t pc = 0; pc < u->n;) {
            int32_t h = u->insn_handlers[pc];
            if (h < 0 || p->handler_depth[h] < 0) {
                pc++;
                continue;
            }
            int32_t end = pc + 1;
            while (end < u->n && u->insn_handlers[end] == h) end++;
            if (table)
                table[n] = (sp_exc_entry_t){(uint32_t)pc, (uint32_t)end, (uint32_t)u->label_pos[h],
                                            (uint32_t)p->handler_depth[h]};
            n++;
            pc = end;
        }
        if (pass == 0) {
            if (n == 0) break;
            table = sp_alloc_atomic(c->vm, (size_t)n * sizeof *table);
            if (!table) return compile_nomem(c);
        }
    }
    code->exc_table = table;
    code->n_exc_entries = n;
    return 0;
}

static int assemble_lines(compiler_t *c, sp_code_t *code) {
    cunit_t *u = c->u;
    int32_t n = 0;
    for (int32_t pc = 0; pc < u->n; pc++)
        if (pc == 0 || u->insn_lines[pc] != u->insn_lines[pc - 1]) n++;
    sp_line_entry_t *lines = sp_alloc_atomic(c->vm, (size_t)(n + 1) * sizeof *lines);
    if (!lines) return compile_nomem(c);
    n = 0;
    for (int32_t pc = 0; pc < u->n; pc++)
        if (pc == 0 || u->insn_lines[pc] != u->insn_lines[pc - 1])
            lines[n++] = (sp_line_entry_t){(uint32_t)pc, u->insn_lines[pc]};
    code->lines = lines;
    code->n_lines = n;
    return 0;
}

static sp_value_t *map_keys_copy(compiler_t *c, const st_map_t *map) {
    sp_value_t *keys = sp_alloc(c->vm, (size_t)(map->n + 1) * sizeof *keys);
    if (keys && map->n) memcpy(keys, map->keys, (size_t)map->n * sizeof *keys);
    return keys;
}

static int assemble_tables(compiler_t *c, sp_code_t *code) {
    cunit_t *u = c->u;
    code->insns = sp_alloc_atomic(c->vm, (size_t)(u->n + 1) * sizeof(uint32_t));
    code->consts = map_keys_copy(c, &u->consts);
    code->names = map_keys_copy(c, &u->names);
    code->localnames = map_keys_copy(c, &u->varnames);
    code->cellnames = map_keys_copy(c, &u->cellvars);
    code->freenames = map_keys_copy(c, &u->freevars);
    if (!code->insns || !code->consts || !code->names || !code->localnames || !code->cellnames ||
        !code->freenames)
        return compile_nomem(c);
    if (u->n) memcpy(code->insns, u->insns, (size_t)u->n * sizeof(uint32_t));
    code->n_insns = u->n;
    code->n_consts = u->consts.n;
    code->n_names = u->names.n;
    code->n_locals = u->varnames.n;
    code->n_cellvars = u->cellvars.n;
    code->n_freevars = u->freevars.n;
    int any_cell_arg = 0;
    for (int32_t i = 0; i < u->cellvars.n; i++)
        any_cell_arg |= st_map_find(&u->scope->params, u->cellvars.keys[i]) >= 0;
    if (any_cell_arg) {
        code->cell2arg = sp_alloc_atomic(c->vm, (size_t)u->cellvars.n * sizeof(int32_t));
        if (!code->cell2arg) return compile_nomem(c);
        for (int32_t i = 0; i < u->cellvars.n; i++)
            code->cell2arg[i] = st_map_find(&u->scope->params, u->cellvars.keys[i]);
    }
    return 0;
}

/* Turns the finished unit into a code object. */
static sp_code_t *unit_assemble(compiler_t *c) {
    cunit_t *u = c->u;
    if (c->failed || assemble_resolve_jumps(c) < 0) return NULL;
    depth_pass_t pass;
    if (assemble_depths(c, &pass) < 0) return NULL;
    sp_code_t *code = code_new(c->vm);
    if (!code) {
        compile_nomem(c);
        return NULL;
    }
    if (assemble_tables(c, code) < 0 || assemble_exc_table(c, code, &pass) < 0 || assemble_lines(c, code) < 0)
        return NULL;
    code->argcount = u->argcount;
    code->posonlyargcount = u->posonlyargcount;
    code->kwonlyargcount = u->kwonlyargcount;
    code->stack_size = pass.max;
    code->flags = u->flags;
    code->firstlineno = u->firstlineno;
    code->name = u->name;
    code->qualname = u->qualname;
    code->filename = c->filename;
    code->doc = u->doc;
    return code;
}

/* ---- Block unwinding (break / continue / return) ----------------------------------------- */

static int push_fblock(compiler_t *c, const sp_ast_t *at, fblock_t fb) {
    if (c->u->n_fblocks >= COMPILE_MAX_BLOCKS)
        return compile_fail(c, at, "too many statically nested blocks");
    c->u->fblocks[c->u->n_fblocks++] = fb;
    return 0;
}

static void pop_fblock(compiler_t *c) {
    c->u->n_fblocks--;
}

/* Leaving a with body normally: [exit] -> exit(None, None, None), result dropped. CALL's
 * method form does it: [exit, None, None, None] calls exit with the three Nones. */
static int compile_with_exit_call(compiler_t *c) {
    for (int i = 0; i < 3; i++) CHECK(emit_const(c, SP_NONE));
    CHECK(emit(c, OP_CALL, 2));
    return emit(c, OP_POP_TOP, 0);
}

static int compile_clear_name(compiler_t *c, sp_value_t name) {
    CHECK(emit_const(c, SP_NONE));
    CHECK(compile_nameop(c, name, AST_STORE));
    return compile_nameop(c, name, AST_DEL);
}

/* Emits what leaving one block requires; `preserve_tos` keeps a return value on top. */
static int compile_unwind_fblock(compiler_t *c, const fblock_t *fb, int preserve_tos) {
    switch (fb->kind) {
    case FB_WHILE:
    case FB_TRY_EXCEPT:
        return 0;
    case FB_FOR:
    case FB_POP_VALUE:
        if (preserve_tos) CHECK(emit(c, OP_SWAP, 2));
        return emit(c, OP_POP_TOP, 0);
    case FB_FINALLY_END:
        if (preserve_tos) CHECK(emit(c, OP_SWAP, 2));
        CHECK(emit(c, OP_POP_TOP, 0));
        if (preserve_tos) CHECK(emit(c, OP_SWAP, 2));
        return emit(c, OP_POP_EXCEPT, 0);
    case FB_HANDLER_CLEANUP:
        if (preserve_tos) CHECK(emit(c, OP_SWAP, 2));
        CHECK(emit(c, OP_POP_EXCEPT, 0));
        return fb->name ? compile_clear_name(c, fb->name) : 0;
    case FB_WITH:
        if (preserve_tos) CHECK(emit(c, OP_SWAP, 2));
        return compile_with_exit_call(c);
    case FB_FINALLY_TRY:
        if (preserve_tos)
            CHECK(push_fblock(c, NULL, (fblock_t){.kind = FB_POP_VALUE, .outer_handler = c->u->cur_handler}));
        CHECK(compile_body(c, fb->finalbody));
        if (preserve_tos) pop_fblock(c);
        return 0;
    }
    return 0;
}

/* Unwinds the blocks at index >= stop, innermost first. Each block's cleanup runs with the
 * blocks and the handler outside it; the compiler's block stack is restored afterwards
 * because the code that follows (dead or not) is still inside those blocks. */
static int compile_unwind_to(compiler_t *c, int stop, int preserve_tos) {
    cunit_t *u = c->u;
    int top = u->n_fblocks;
    fblock_t saved[COMPILE_MAX_BLOCKS];
    memcpy(saved, u->fblocks, (size_t)top * sizeof *saved);
    int32_t saved_handler = u->cur_handler;
    int r = 0;
    for (int i = top - 1; i >= stop && r == 0; i--) {
        u->n_fblocks = i;
        u->cur_handler = saved[i].outer_handler;
        r = compile_unwind_fblock(c, &saved[i], preserve_tos);
    }
    memcpy(u->fblocks, saved, (size_t)top * sizeof *saved);
    u->n_fblocks = top;
    u->cur_handler = saved_handler;
    return r;
}

static int find_loop(cunit_t *u) {
    for (int i = u->n_fblocks - 1; i >= 0; i--)
        if (u->fblocks[i].kind == FB_WHILE || u->fblocks[i].kind == FB_FOR) return i;
    return -1;
}

static int compile_break(compiler_t *c, const sp_ast_t *s) {
    int loop = find_loop(c->u);
    if (loop < 0) return compile_fail(c, s, "'break' outside loop");
    int32_t exit = c->u->fblocks[loop].exit_label;
    CHECK(compile_unwind_to(c, loop, 0));
    return emit_jump(c, OP_JUMP, exit);
}

static int compile_continue(compiler_t *c, const sp_ast_t *s) {
    int loop = find_loop(c->u);
    if (loop < 0) return compile_fail(c, s, "'continue' not properly in loop");
    int32_t start = c->u->fblocks[loop].start_label;
    CHECK(compile_unwind_to(c, loop + 1, 0));
    return emit_jump(c, OP_JUMP, start);
}

static int compile_return(compiler_t *c, const sp_ast_t *s) {
    const sp_ast_t *value = s->u.return_.value;
    if (!symtable_is_function(c->u->scope)) return compile_fail(c, s, "'return' outside function");
    int preserve = value && value->kind != AST_CONSTANT;
    if (preserve) CHECK(compile_expr(c, value));
    CHECK(compile_unwind_to(c, 0, preserve));
    /* Every block has been left: what follows runs under the function's outermost handler. */
    int32_t saved_handler = c->u->cur_handler;
    if (c->u->n_fblocks > 0) c->u->cur_handler = c->u->fblocks[0].outer_handler;
    c->u->line = s->line;
    int r = 0;
    if (!value)
        r = emit_const(c, SP_NONE);
    else if (!preserve)
        r = compile_expr(c, value);
    if (r == 0) r = emit(c, OP_RETURN_VALUE, 0);
    c->u->cur_handler = saved_handler;
    return r;
}

/* ---- Expressions ------------------------------------------------------------------------- */

static int compile_exprs(compiler_t *c, const sp_ast_list_t *list) {
    for (int i = 0; i < list->n; i++) CHECK(compile_expr(c, list->items[i]));
    return 0;
}

static int has_starred(const sp_ast_list_t *list) {
    for (int i = 0; i < list->n; i++)
        if (list->items[i]->kind == AST_STARRED) return 1;
    return 0;
}

/* A tuple whose items are all constants becomes one constant, as CPython folds it. */
static sp_value_t fold_const_tuple(compiler_t *c, const sp_ast_list_t *elts) {
    for (int i = 0; i < elts->n; i++)
        if (elts->items[i]->kind != AST_CONSTANT) return SP_NULL;
    sp_value_t tuple = sp_tuple_new(c->vm, elts->n);
    if (!tuple) return SP_NULL;
    for (int i = 0; i < elts->n; i++) SP_AS_TUPLE(tuple)->items[i] = elts->items[i]->u.constant.value;
    return tuple;
}

/* Displays with more items than this are built incrementally, so the operand stack (and a
 * frame's size) stays small even for huge literals (CPython's STACK_USE_GUIDELINE). */
#define COMPILE_STACK_GUIDELINE 30

static int all_constants(const sp_ast_list_t *elts) {
    for (int i = 0; i < elts->n; i++)
        if (elts->items[i]->kind != AST_CONSTANT) return 0;
    return 1;
}

/* list/tuple/set displays and call argument lists. Constant items become one constant tuple
 * that extends an empty container; starred items and long displays extend/append one by one. */
static int compile_sequence(compiler_t *c, const sp_ast_list_t *elts, sp_ast_kind_t kind) {
    sp_opcode_t build = kind == AST_SET ? OP_BUILD_SET : OP_BUILD_LIST;
    sp_opcode_t extend = kind == AST_SET ? OP_SET_UPDATE : OP_LIST_EXTEND;
    sp_opcode_t append = kind == AST_SET ? OP_SET_ADD : OP_LIST_APPEND;
    int starred = has_starred(elts), big = elts->n > COMPILE_STACK_GUIDELINE;
    if (!starred && elts->n > 2 && all_constants(elts)) {
        sp_value_t folded = fold_const_tuple(c, elts);
        if (!folded) return compile_nomem(c);
        if (kind == AST_TUPLE) return emit_const(c, folded);
        CHECK(emit(c, build, 0));
        CHECK(emit_const(c, folded));
        return emit(c, extend, 1);
    }
    if (!starred && !big) {
        CHECK(compile_exprs(c, elts));
        return emit(c, kind == AST_TUPLE ? OP_BUILD_TUPLE : build, (uint32_t)elts->n);
    }
    int prefix = 0;
    while (!big && elts->items[prefix]->kind != AST_STARRED) CHECK(compile_expr(c, elts->items[prefix++]));
    CHECK(emit(c, build, (uint32_t)prefix));
    for (int i = prefix; i < elts->n; i++) {
        const sp_ast_t *item = elts->items[i];
        int is_star = item->kind == AST_STARRED;
        CHECK(compile_expr(c, is_star ? item->u.starred.value : item));
        CHECK(emit(c, is_star ? extend : append, 1));
    }
    return kind == AST_TUPLE ? emit(c, OP_LIST_TO_TUPLE, 0) : 0;
}

static int compile_tuple_or_list(compiler_t *c, const sp_ast_t *e) {
    if (e->u.list.ctx == AST_STORE) return compile_store(c, e);
    if (e->kind == AST_TUPLE) {
        sp_value_t folded = e->u.list.elts.n > 0 ? fold_const_tuple(c, &e->u.list.elts) : SP_NULL;
        if (e->u.list.elts.n == 0) folded = c->vm->empty_tuple ? c->vm->empty_tuple : sp_tuple_new(c->vm, 0);
        if (folded) return emit_const(c, folded);
    }
    return compile_sequence(c, &e->u.list.elts, e->kind);
}

/* Turns the `pending` key/value pairs on the stack into a dict, merged into the one below when
 * there is one already (`merge`: DICT_UPDATE for displays, DICT_MERGE for calls). */
static int flush_pairs(compiler_t *c, int *pending, int *have_dict, sp_opcode_t merge) {
    if (*pending == 0 && *have_dict) return 0;
    CHECK(emit(c, OP_BUILD_MAP, (uint32_t)*pending));
    if (*have_dict) CHECK(emit(c, merge, 1));
    *have_dict = 1;
    *pending = 0;
    return 0;
}

/* {k: v, **d}: runs of plain pairs become BUILD_MAP (at most 16 pairs at a time), each `**d` a
 * DICT_UPDATE. */
static int compile_dict(compiler_t *c, const sp_ast_t *e) {
    int pending = 0, have_dict = 0;
    for (int i = 0; i < e->u.dict.values.n; i++) {
        const sp_ast_t *key = e->u.dict.keys.items[i];
        if (key) {
            CHECK(compile_expr(c, key));
            CHECK(compile_expr(c, e->u.dict.values.items[i]));
            if (++pending == COMPILE_STACK_GUIDELINE / 2)
                CHECK(flush_pairs(c, &pending, &have_dict, OP_DICT_UPDATE));
            continue;
        }
        CHECK(flush_pairs(c, &pending, &have_dict, OP_DICT_UPDATE));
        CHECK(compile_expr(c, e->u.dict.values.items[i]));
        CHECK(emit(c, OP_DICT_UPDATE, 1));
    }
    if (pending || !have_dict) CHECK(flush_pairs(c, &pending, &have_dict, OP_DICT_UPDATE));
    return 0;
}

/* `1 + 2 + ... + n` nests to the left: walk the spine in a loop so it never recurses. */
static int compile_binop_chain(compiler_t *c, const sp_ast_t *e) {
    int32_t n = 0;
    const sp_ast_t *p = e;
    for (; p->kind == AST_BIN_OP; p = p->u.bin_op.left) n++;
    const sp_ast_t **spine = sp_alloc(c->vm, (size_t)n * sizeof *spine);
    if (!spine) return compile_nomem(c);
    int32_t i = n;
    for (p = e; p->kind == AST_BIN_OP; p = p->u.bin_op.left) spine[--i] = p;
    CHECK(compile_expr(c, p));
    for (i = 0; i < n; i++) {
        CHECK(compile_expr(c, spine[i]->u.bin_op.right));
        c->u->line = spine[i]->line;
        CHECK(emit(c, OP_BINARY_OP, (uint32_t)spine[i]->u.bin_op.op));
    }
    return 0;
}

static int compile_boolop(compiler_t *c, const sp_ast_t *e) {
    int32_t end = new_label(c);
    sp_opcode_t jump = e->u.bool_op.op == AST_AND ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
    const sp_ast_list_t *values = &e->u.bool_op.values;
    for (int i = 0; i < values->n; i++) {
        CHECK(compile_expr(c, values->items[i]));
        if (i + 1 < values->n) CHECK(emit_jump(c, jump, end));
    }
    bind_label(c, end);
    return 0;
}

static int emit_compare(compiler_t *c, int op) {
    switch (op) {
    case AST_CMP_IS:
        return emit(c, OP_IS_OP, 0);
    case AST_CMP_IS_NOT:
        return emit(c, OP_IS_OP, 1);
    case AST_CMP_IN:
        return emit(c, OP_CONTAINS_OP, 0);
    case AST_CMP_NOT_IN:
        return emit(c, OP_CONTAINS_OP, 1);
    default:
        return emit(c, OP_COMPARE_OP, (uint32_t)op);
    }
}

/* a < b < c evaluates b once: keep it below each intermediate result (CPython's layout). */
static int compile_compare(compiler_t *c, const sp_ast_t *e) {
    int n = e->u.compare.n;
    CHECK(compile_expr(c, e->u.compare.left));
    if (n == 1) {
        CHECK(compile_expr(c, e->u.compare.comparators[0]));
        return emit_compare(c, e->u.compare.ops[0]);
    }
    int32_t cleanup = new_label(c), end = new_label(c);
    for (int i = 0; i < n - 1; i++) {
        CHECK(compile_expr(c, e->u.compare.comparators[i]));
        CHECK(emit(c, OP_SWAP, 2));
        CHECK(emit(c, OP_COPY, 2));
        CHECK(emit_compare(c, e->u.compare.ops[i]));
        CHECK(emit_jump(c, OP_JUMP_IF_FALSE_OR_POP, cleanup));
    }
    CHECK(compile_expr(c, e->u.compare.comparators[n - 1]));
    CHECK(emit_compare(c, e->u.compare.ops[n - 1]));
    CHECK(emit_jump(c, OP_JUMP, end));
    bind_label(c, cleanup);
    CHECK(emit(c, OP_SWAP, 2));
    CHECK(emit(c, OP_POP_TOP, 0));
    bind_label(c, end);
    return 0;
}

/* Jumps to `label` when e's truth equals `when`, without materialising and/or/not results. */
static int compile_jump_if(compiler_t *c, const sp_ast_t *e, int when, int32_t label) {
    if (e->kind == AST_UNARY_OP && e->u.unary_op.op == SP_UNOP_NOT) {
        CHECK(compile_enter(c));
        int r = compile_jump_if(c, e->u.unary_op.operand, !when, label);
        c->depth--;
        return r;
    }
    if (e->kind == AST_BOOL_OP) {
        int is_and = e->u.bool_op.op == AST_AND;
        const sp_ast_list_t *values = &e->u.bool_op.values;
        int32_t skip = (is_and == when) ? new_label(c) : label;
        for (int i = 0; i < values->n - 1; i++) CHECK(compile_jump_if(c, values->items[i], !is_and, skip));
        CHECK(compile_jump_if(c, values->items[values->n - 1], when, label));
        if (skip != label) bind_label(c, skip);
        return 0;
    }
    CHECK(compile_expr(c, e));
    return emit_jump(c, when ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
}

static int compile_if_exp(compiler_t *c, const sp_ast_t *e) {
    int32_t orelse = new_label(c), end = new_label(c);
    CHECK(compile_jump_if(c, e->u.if_exp.test, 0, orelse));
    CHECK(compile_expr(c, e->u.if_exp.body));
    CHECK(emit_jump(c, OP_JUMP, end));
    bind_label(c, orelse);
    CHECK(compile_expr(c, e->u.if_exp.orelse));
    bind_label(c, end);
    return 0;
}

/* keyword arguments f(a=1) with no ** : values then a constant tuple of names, CALL_KW. */
static int compile_kw_names(compiler_t *c, const sp_ast_list_t *keywords) {
    sp_value_t names = sp_tuple_new(c->vm, keywords->n);
    if (!names) return compile_nomem(c);
    for (int i = 0; i < keywords->n; i++) {
        CHECK(compile_expr(c, keywords->items[i]->u.keyword.value));
        SP_AS_TUPLE(names)->items[i] = compile_intern(c, keywords->items[i]->u.keyword.name);
    }
    return emit_const(c, names);
}

/* The end of a CALL_EX call (f(*a, **k) or `class C(*b, **k)`), the positional tuple already
 * on the stack: the keywords gathered into one dict (name=value pairs in batches, each `**`
 * merged with DICT_MERGE), then CALL_EX 1; just CALL_EX 0 when there are none. */
static int compile_kwargs_ex(compiler_t *c, const sp_ast_list_t *kws) {
    if (kws->n == 0) return emit(c, OP_CALL_EX, 0);
    int pending = 0, have_dict = 0;
    for (int i = 0; i < kws->n; i++) {
        const sp_ast_t *kw = kws->items[i];
        if (kw->u.keyword.name) {
            CHECK(emit_const(c, compile_intern(c, kw->u.keyword.name)));
            CHECK(compile_expr(c, kw->u.keyword.value));
            if (++pending == COMPILE_STACK_GUIDELINE / 2)
                CHECK(flush_pairs(c, &pending, &have_dict, OP_DICT_MERGE));
            continue;
        }
        CHECK(flush_pairs(c, &pending, &have_dict, OP_DICT_MERGE));
        CHECK(compile_expr(c, kw->u.keyword.value));
        CHECK(emit(c, OP_DICT_MERGE, 1));
    }
    if (pending) CHECK(flush_pairs(c, &pending, &have_dict, OP_DICT_MERGE));
    return emit(c, OP_CALL_EX, 1);
}

/* f(*a, **k), and calls with very many arguments: an args tuple and a kwargs dict, then CALL_EX.
 * Duplicate keywords across `**` unpackings raise at DICT_MERGE, as in CPython. */
static int compile_call_ex(compiler_t *c, const sp_ast_t *e) {
    const sp_ast_list_t *kws = &e->u.call.keywords;
    const sp_ast_list_t *args = &e->u.call.args;
    /* f(*x) alone passes x itself, so CALL_EX gives CPython's "argument after *" message. */
    if (args->n == 1 && args->items[0]->kind == AST_STARRED)
        CHECK(compile_expr(c, args->items[0]->u.starred.value));
    else
        CHECK(compile_sequence(c, args, AST_TUPLE));
    return compile_kwargs_ex(c, kws);
}

static int compile_call(compiler_t *c, const sp_ast_t *e) {
    const sp_ast_t *func = e->u.call.func;
    const sp_ast_list_t *args = &e->u.call.args, *kws = &e->u.call.keywords;
    int star = has_starred(args) || args->n + kws->n > COMPILE_STACK_GUIDELINE;
    for (int i = 0; i < kws->n; i++) star |= !kws->items[i]->u.keyword.name;
    if (!star && func->kind == AST_ATTRIBUTE) {
        CHECK(compile_expr(c, func->u.attribute.value));
        c->u->line = func->line;
        CHECK(emit_name(c, OP_LOAD_METHOD, symtable_mangle(c->vm, c->u->scope, func->u.attribute.attr)));
        c->u->line = e->line;
    } else {
        CHECK(emit(c, OP_PUSH_NULL, 0));
        CHECK(compile_expr(c, func));
    }
    if (star) return compile_call_ex(c, e);
    CHECK(compile_exprs(c, args));
    if (kws->n == 0) return emit(c, OP_CALL, (uint32_t)args->n);
    CHECK(compile_kw_names(c, kws));
    return emit(c, OP_CALL_KW, (uint32_t)(args->n + kws->n));
}

static int compile_formatted_value(compiler_t *c, const sp_ast_t *e) {
    uint32_t flags = 0;
    switch (e->u.formatted_value.conversion) {
    case 's':
        flags = 1;
        break;
    case 'r':
        flags = 2;
        break;
    case 'a':
        flags = 3;
        break;
    default:
        break;
    }
    CHECK(compile_expr(c, e->u.formatted_value.value));
    if (e->u.formatted_value.format_spec) {
        /* The value is evaluated first (as CPython), but FORMAT_VALUE wants the spec below it. */
        CHECK(compile_expr(c, e->u.formatted_value.format_spec));
        CHECK(emit(c, OP_SWAP, 2));
        flags |= 4;
    }
    return emit(c, OP_FORMAT_VALUE, flags);
}

static int compile_joined_str(compiler_t *c, const sp_ast_t *e) {
    const sp_ast_list_t *values = &e->u.joined_str.values;
    if (values->n == 0) return emit_const(c, c->vm->empty_str ? c->vm->empty_str : sp_str_new(c->vm, "", 0));
    CHECK(compile_exprs(c, values));
    return values->n == 1 ? 0 : emit(c, OP_BUILD_STRING, (uint32_t)values->n);
}

static int compile_slice(compiler_t *c, const sp_ast_t *e) {
    const sp_ast_t *parts[3] = {e->u.slice.lower, e->u.slice.upper, e->u.slice.step};
    int n = parts[2] ? 3 : 2;
    for (int i = 0; i < n; i++) CHECK(parts[i] ? compile_expr(c, parts[i]) : emit_const(c, SP_NONE));
    return emit(c, OP_BUILD_SLICE, (uint32_t)n);
}

static int compile_named_expr(compiler_t *c, const sp_ast_t *e) {
    CHECK(compile_expr(c, e->u.named_expr.value));
    CHECK(emit(c, OP_COPY, 1));
    return compile_nameop(c, e->u.named_expr.target->u.name.id, AST_STORE);
}

static int compile_make_function(compiler_t *c, sp_code_t *code, uint32_t flags);
static sp_value_t compile_qualname(compiler_t *c, sp_value_t name);
static int compile_lambda(compiler_t *c, const sp_ast_t *e);
static int compile_comprehension(compiler_t *c, const sp_ast_t *e);

/* yield from x: GET_YIELD_FROM_ITER; None; start: SEND end; YIELD_VALUE; JUMP start; end:
 * (runtime/generator.c recognises this exact shape to find the sub-iterator for throw/close). */
static int compile_yield_from(compiler_t *c, const sp_ast_t *e) {
    int32_t start = new_label(c), end = new_label(c);
    CHECK(compile_expr(c, e->u.await_.value));
    CHECK(emit(c, OP_GET_YIELD_FROM_ITER, 0));
    CHECK(emit_const(c, SP_NONE));
    bind_label(c, start);
    CHECK(emit_jump(c, OP_SEND, end));
    CHECK(emit(c, OP_YIELD_VALUE, 0));
    CHECK(emit_jump(c, OP_JUMP, start));
    bind_label(c, end);
    return 0;
}

static int compile_unsupported(compiler_t *c, const sp_ast_t *e, const char *what) {
    char msg[128];
    snprintf(msg, sizeof msg, "%s not supported yet", what);
    return compile_fail(c, e, msg);
}

static int compile_expr_inner(compiler_t *c, const sp_ast_t *e) {
    switch (e->kind) {
    case AST_CONSTANT:
        return emit_const(c, e->u.constant.value);
    case AST_NAME:
        return compile_nameop(c, e->u.name.id, e->u.name.ctx);
    case AST_BIN_OP:
        return compile_binop_chain(c, e);
    case AST_UNARY_OP:
        CHECK(compile_expr(c, e->u.unary_op.operand));
        return emit(c, OP_UNARY_OP, (uint32_t)e->u.unary_op.op);
    case AST_BOOL_OP:
        return compile_boolop(c, e);
    case AST_COMPARE:
        return compile_compare(c, e);
    case AST_IF_EXP:
        return compile_if_exp(c, e);
    case AST_NAMED_EXPR:
        return compile_named_expr(c, e);
    case AST_LAMBDA:
        return compile_lambda(c, e);
    case AST_DICT:
        return compile_dict(c, e);
    case AST_SET:
        return compile_sequence(c, &e->u.set.elts, AST_SET);
    case AST_LIST:
    case AST_TUPLE:
        return compile_tuple_or_list(c, e);
    case AST_LIST_COMP:
    case AST_SET_COMP:
    case AST_DICT_COMP:
        return compile_comprehension(c, e);
    case AST_GENERATOR_EXP:
        return compile_comprehension(c, e);
    case AST_YIELD:
        CHECK(e->u.await_.value ? compile_expr(c, e->u.await_.value) : emit_const(c, SP_NONE));
        return emit(c, OP_YIELD_VALUE, 0);
    case AST_YIELD_FROM:
        return compile_yield_from(c, e);
    case AST_AWAIT: /* async functions are rejected, so any await is outside one */
        return compile_fail(c, e, c->u->scope->kind == ST_MODULE || c->u->scope->kind == ST_CLASS
                                      ? "'await' outside function"
                                      : "'await' outside async function");
    case AST_CALL:
        return compile_call(c, e);
    case AST_ATTRIBUTE:
        if (e->u.attribute.ctx == AST_STORE) return compile_store(c, e);
        CHECK(compile_expr(c, e->u.attribute.value));
        c->u->line = e->line;
        return emit_name(c, e->u.attribute.ctx == AST_DEL ? OP_DELETE_ATTR : OP_LOAD_ATTR,
                         symtable_mangle(c->vm, c->u->scope, e->u.attribute.attr));
    case AST_SUBSCRIPT:
        if (e->u.subscript.ctx == AST_STORE) return compile_store(c, e);
        CHECK(compile_expr(c, e->u.subscript.value));
        CHECK(compile_expr(c, e->u.subscript.slice));
        c->u->line = e->line;
        return emit(c, e->u.subscript.ctx == AST_DEL ? OP_DELETE_SUBSCR : OP_BINARY_SUBSCR, 0);
    case AST_SLICE:
        return compile_slice(c, e);
    case AST_STARRED:
        return compile_fail(c, e, "can't use starred expression here");
    case AST_JOINED_STR:
        return compile_joined_str(c, e);
    case AST_FORMATTED_VALUE:
        return compile_formatted_value(c, e);
    default:
        return compile_fail(c, e, "invalid expression");
    }
}

static int compile_expr(compiler_t *c, const sp_ast_t *e) {
    if (c->failed) return -1;
    CHECK(compile_enter(c));
    int saved_line = c->u->line;
    c->u->line = e->line;
    int r = compile_expr_inner(c, e);
    c->u->line = saved_line;
    c->depth--;
    return c->failed ? -1 : r;
}

/* ---- Assignment targets ------------------------------------------------------------------ */

static int compile_unpack(compiler_t *c, const sp_ast_t *target) {
    const sp_ast_list_t *elts = &target->u.list.elts;
    int star = -1;
    for (int i = 0; i < elts->n; i++) {
        if (elts->items[i]->kind != AST_STARRED) continue;
        if (star >= 0) return compile_fail(c, elts->items[i], "multiple starred expressions in assignment");
        star = i;
    }
    if (star < 0) {
        CHECK(emit(c, OP_UNPACK_SEQUENCE, (uint32_t)elts->n));
    } else {
        int after = elts->n - star - 1;
        if (star >= 256 || after >= (1 << 16))
            return compile_fail(c, target, "too many expressions in star-unpacking assignment");
        CHECK(emit(c, OP_UNPACK_EX, (uint32_t)star | ((uint32_t)after << 8)));
    }
    for (int i = 0; i < elts->n; i++) {
        const sp_ast_t *item = elts->items[i];
        CHECK(compile_store(c, item->kind == AST_STARRED ? item->u.starred.value : item));
    }
    return 0;
}

/* Stores the value on top of the stack into a target. */
static int compile_store(compiler_t *c, const sp_ast_t *target) {
    int saved_line = c->u->line;
    c->u->line = target->line;
    int r;
    switch (target->kind) {
    case AST_NAME:
        r = compile_nameop(c, target->u.name.id, AST_STORE);
        break;
    case AST_ATTRIBUTE:
        r = compile_expr(c, target->u.attribute.value);
        if (r == 0) r = emit_name(c, OP_STORE_ATTR, symtable_mangle(c->vm, c->u->scope, target->u.attribute.attr));
        break;
    case AST_SUBSCRIPT:
        r = compile_expr(c, target->u.subscript.value);
        if (r == 0) r = compile_expr(c, target->u.subscript.slice);
        if (r == 0) r = emit(c, OP_STORE_SUBSCR, 0);
        break;
    case AST_TUPLE:
    case AST_LIST:
        r = compile_unpack(c, target);
        break;
    case AST_STARRED:
        r = compile_fail(c, target, "starred assignment target must be in a list or tuple");
        break;
    default:
        r = compile_fail(c, target, "cannot assign to expression");
        break;
    }
    c->u->line = saved_line;
    return r;
}

static int compile_delete_target(compiler_t *c, const sp_ast_t *target) {
    switch (target->kind) {
    case AST_NAME:
        return compile_nameop(c, target->u.name.id, AST_DEL);
    case AST_TUPLE:
    case AST_LIST:
        for (int i = 0; i < target->u.list.elts.n; i++)
            CHECK(compile_delete_target(c, target->u.list.elts.items[i]));
        return 0;
    case AST_ATTRIBUTE:
    case AST_SUBSCRIPT:
        return compile_expr(c, target);
    default:
        return compile_fail(c, target, "cannot delete expression");
    }
}

static int compile_assign(compiler_t *c, const sp_ast_t *s) {
    const sp_ast_list_t *targets = &s->u.assign.targets;
    CHECK(compile_expr(c, s->u.assign.value));
    for (int i = 0; i < targets->n; i++) {
        if (i + 1 < targets->n) CHECK(emit(c, OP_COPY, 1));
        CHECK(compile_store(c, targets->items[i]));
    }
    return 0;
}

/* x op= v; a.b op= v (COPY the object); a[i] op= v (COPY object and index, then rotate). */
static int compile_aug_assign(compiler_t *c, const sp_ast_t *s) {
    const sp_ast_t *t = s->u.aug_assign.target;
    uint32_t op = (uint32_t)s->u.aug_assign.op | SP_BINOP_INPLACE;
    switch (t->kind) {
    case AST_NAME:
        CHECK(compile_nameop(c, t->u.name.id, AST_LOAD));
        CHECK(compile_expr(c, s->u.aug_assign.value));
        CHECK(emit(c, OP_BINARY_OP, op));
        return compile_nameop(c, t->u.name.id, AST_STORE);
    case AST_ATTRIBUTE:
        CHECK(compile_expr(c, t->u.attribute.value));
        CHECK(emit(c, OP_COPY, 1));
        CHECK(emit_name(c, OP_LOAD_ATTR, symtable_mangle(c->vm, c->u->scope, t->u.attribute.attr)));
        CHECK(compile_expr(c, s->u.aug_assign.value));
        CHECK(emit(c, OP_BINARY_OP, op));
        CHECK(emit(c, OP_SWAP, 2));
        return emit_name(c, OP_STORE_ATTR, symtable_mangle(c->vm, c->u->scope, t->u.attribute.attr));
    case AST_SUBSCRIPT:
        CHECK(compile_expr(c, t->u.subscript.value));
        CHECK(compile_expr(c, t->u.subscript.slice));
        CHECK(emit(c, OP_COPY, 2));
        CHECK(emit(c, OP_COPY, 2));
        CHECK(emit(c, OP_BINARY_SUBSCR, 0));
        CHECK(compile_expr(c, s->u.aug_assign.value));
        CHECK(emit(c, OP_BINARY_OP, op));
        CHECK(emit(c, OP_SWAP, 3));
        CHECK(emit(c, OP_SWAP, 2));
        return emit(c, OP_STORE_SUBSCR, 0);
    default:
        return compile_fail(c, t, "illegal expression for augmented assignment");
    }
}

/* ---- Functions, lambdas, comprehensions -------------------------------------------------- */

/* CPython's __qualname__: nested functions read "outer.<locals>.inner". */
static sp_value_t compile_qualname(compiler_t *c, sp_value_t name) {
    cunit_t *u = c->u;
    if (u->scope->kind == ST_MODULE) return name;
    if (symtable_lookup(u->scope, name) == ST_SCOPE_GLOBAL_EXPLICIT) return name;
    const char *sep = u->scope->kind == ST_CLASS ? "." : ".<locals>.";
    return sp_str_format(c->vm, "%s%s%s", sp_str_cstr(u->qualname), sep, sp_str_cstr(name));
}

/* Pushes the closure tuple (when the code has free variables) and the code, then
 * MAKE_FUNCTION with the given flags below it already pushed. */
static int compile_make_function(compiler_t *c, sp_code_t *code, uint32_t flags) {
    if (code->n_freevars > 0) {
        for (int32_t i = 0; i < code->n_freevars; i++) {
            int32_t idx = deref_index(c->u, code->freenames[i]);
            if (idx < 0) return compile_fail(c, NULL, "internal error: closure variable not found");
            CHECK(emit(c, OP_LOAD_CLOSURE, (uint32_t)idx));
        }
        CHECK(emit(c, OP_BUILD_TUPLE, (uint32_t)code->n_freevars));
        flags |= SP_MAKE_CLOSURE;
    }
    CHECK(emit_const(c, SP_OBJ(code)));
    return emit(c, OP_MAKE_FUNCTION, flags);
}

/* Evaluates defaults (a tuple) and keyword-only defaults (a dict) in the enclosing scope. */
static int compile_defaults(compiler_t *c, const sp_ast_t *args, uint32_t *flags) {
    *flags = 0;
    if (!args) return 0;
    const sp_ast_list_t *defaults = &args->u.arguments.defaults;
    if (defaults->n > 0) {
        sp_value_t folded = fold_const_tuple(c, defaults);
        if (folded)
            CHECK(emit_const(c, folded));
        else {
            CHECK(compile_exprs(c, defaults));
            CHECK(emit(c, OP_BUILD_TUPLE, (uint32_t)defaults->n));
        }
        *flags |= SP_MAKE_DEFAULTS;
    }
    int n_kw = 0;
    for (int i = 0; i < args->u.arguments.kw_defaults.n; i++) {
        const sp_ast_t *value = args->u.arguments.kw_defaults.items[i];
        if (!value) continue;
        CHECK(emit_const(c, compile_intern(c, args->u.arguments.kwonlyargs.items[i]->u.arg.name)));
        CHECK(compile_expr(c, value));
        n_kw++;
    }
    if (n_kw > 0) {
        CHECK(emit(c, OP_BUILD_MAP, (uint32_t)n_kw));
        *flags |= SP_MAKE_KWDEFAULTS;
    }
    return 0;
}

static void unit_set_args(cunit_t *u, const sp_ast_t *args) {
    if (!args) return;
    u->posonlyargcount = args->u.arguments.posonlyargs.n;
    u->argcount = u->posonlyargcount + args->u.arguments.args.n;
    u->kwonlyargcount = args->u.arguments.kwonlyargs.n;
    if (args->u.arguments.vararg) u->flags |= SP_CODE_VARARGS;
    if (args->u.arguments.kwarg) u->flags |= SP_CODE_VARKEYWORDS;
}

static int is_docstring(const sp_ast_list_t *body) {
    return body->n > 0 && body->items[0]->kind == AST_EXPR &&
           body->items[0]->u.expr.value->kind == AST_CONSTANT &&
           sp_is_str(body->items[0]->u.expr.value->u.constant.value);
}

/* Compiles a def or lambda body in a new unit; returns its code object or NULL. */
static sp_code_t *compile_function_code(compiler_t *c, const sp_ast_t *node, sp_value_t name,
                                        const sp_ast_t *args) {
    st_scope_t *scope = symtable_child(c->u->scope, node);
    if (!scope) {
        compile_fail(c, node, "internal error: no scope for function");
        return NULL;
    }
    sp_value_t qualname = compile_qualname(c, name);
    cunit_t *parent = c->u;
    if (!qualname || !unit_push(c, scope, name, qualname, node->line)) return NULL;
    unit_set_args(c->u, args);
    int r;
    if (node->kind == AST_LAMBDA) {
        r = compile_expr(c, node->u.lambda.body);
        if (r == 0) r = emit(c, OP_RETURN_VALUE, 0);
    } else {
        const sp_ast_list_t *body = &node->u.function_def.body;
        if (is_docstring(body)) c->u->doc = body->items[0]->u.expr.value->u.constant.value;
        r = compile_body(c, body);
        if (r == 0 && emit_const(c, SP_NONE) == 0) r = emit(c, OP_RETURN_VALUE, 0);
    }
    sp_code_t *code = r == 0 ? unit_assemble(c) : NULL;
    c->u = parent;
    return code;
}

/* One `'name', <annotation>` pair of the annotations tuple; counts it in *n. */
static int compile_annotation_pair(compiler_t *c, const sp_ast_t *arg, int *n) {
    if (!arg || !arg->u.arg.annotation) return 0;
    CHECK(emit_const(c, compile_intern(c, arg->u.arg.name)));
    CHECK(compile_expr(c, arg->u.arg.annotation));
    (*n)++;
    return 0;
}

/* CPython 3.11's annotations tuple (name, value, name, value, ...) in its order: args,
 * positional-only, *args, keyword-only, **kwargs, return. Sets the MAKE_FUNCTION bit. */
static int compile_annotations(compiler_t *c, const sp_ast_t *args, const sp_ast_t *returns, uint32_t *flags) {
    int n = 0;
    if (args) {
        for (int i = 0; i < args->u.arguments.args.n; i++)
            CHECK(compile_annotation_pair(c, args->u.arguments.args.items[i], &n));
        for (int i = 0; i < args->u.arguments.posonlyargs.n; i++)
            CHECK(compile_annotation_pair(c, args->u.arguments.posonlyargs.items[i], &n));
        CHECK(compile_annotation_pair(c, args->u.arguments.vararg, &n));
        for (int i = 0; i < args->u.arguments.kwonlyargs.n; i++)
            CHECK(compile_annotation_pair(c, args->u.arguments.kwonlyargs.items[i], &n));
        CHECK(compile_annotation_pair(c, args->u.arguments.kwarg, &n));
    }
    if (returns) {
        CHECK(emit_const(c, cstr_name(c, "return")));
        CHECK(compile_expr(c, returns));
        n++;
    }
    if (n == 0) return 0;
    *flags |= SP_MAKE_ANNOTATIONS;
    return emit(c, OP_BUILD_TUPLE, (uint32_t)(2 * n));
}

static int compile_function_def(compiler_t *c, const sp_ast_t *s) {
    if (s->u.function_def.is_async) return compile_unsupported(c, s, "async functions are");
    const sp_ast_list_t *decorators = &s->u.function_def.decorators;
    for (int i = 0; i < decorators->n; i++) {
        CHECK(emit(c, OP_PUSH_NULL, 0));
        CHECK(compile_expr(c, decorators->items[i]));
    }
    uint32_t flags;
    CHECK(compile_defaults(c, s->u.function_def.args, &flags));
    CHECK(compile_annotations(c, s->u.function_def.args, s->u.function_def.returns, &flags));
    sp_code_t *code = compile_function_code(c, s, s->u.function_def.name, s->u.function_def.args);
    if (!code) return -1;
    if (decorators->n > 0) code->firstlineno = decorators->items[0]->line; /* as CPython's co_firstlineno */
    c->u->line = s->line;
    CHECK(compile_make_function(c, code, flags));
    for (int i = 0; i < decorators->n; i++) CHECK(emit(c, OP_CALL, 1));
    return compile_nameop(c, s->u.function_def.name, AST_STORE);
}

/* ---- Classes ----------------------------------------------------------------------------- */

/* The class body: `__module__ = __name__; __qualname__ = ...; [__doc__ = ...]; <body>`, then it
 * returns the `__class__` cell (stored as __classcell__ for __build_class__ to fill) or None. */
static sp_code_t *compile_class_body(compiler_t *c, const sp_ast_t *s) {
    st_scope_t *scope = symtable_child(c->u->scope, s);
    if (!scope) {
        compile_fail(c, s, "internal error: no scope for class");
        return NULL;
    }
    sp_value_t name = s->u.class_def.name;
    sp_value_t qualname = compile_qualname(c, name);
    cunit_t *parent = c->u;
    if (!qualname || !unit_push(c, scope, name, qualname, s->line)) return NULL;
    const sp_ast_list_t *body = &s->u.class_def.body;
    int r = emit_name(c, OP_LOAD_NAME, cstr_name(c, "__name__"));
    if (r == 0) r = emit_name(c, OP_STORE_NAME, cstr_name(c, "__module__"));
    if (r == 0) r = emit_const(c, compile_intern(c, qualname));
    if (r == 0) r = emit_name(c, OP_STORE_NAME, cstr_name(c, "__qualname__"));
    if (r == 0 && is_docstring(body)) {
        c->u->doc = body->items[0]->u.expr.value->u.constant.value;
        r = emit_const(c, c->u->doc);
        if (r == 0) r = emit_name(c, OP_STORE_NAME, cstr_name(c, "__doc__"));
    }
    if (r == 0) r = compile_setup_annotations(c, body);
    if (r == 0) r = compile_body(c, body);
    int32_t cell = st_map_find(&c->u->cellvars, cstr_name(c, "__class__"));
    if (r == 0 && cell >= 0) {
        r = emit(c, OP_LOAD_CLOSURE, (uint32_t)cell);
        if (r == 0) r = emit(c, OP_COPY, 1);
        if (r == 0) r = emit_name(c, OP_STORE_NAME, cstr_name(c, "__classcell__"));
    } else if (r == 0) {
        r = emit_const(c, SP_NONE);
    }
    if (r == 0) r = emit(c, OP_RETURN_VALUE, 0);
    sp_code_t *code = r == 0 ? unit_assemble(c) : NULL;
    c->u = parent;
    return code;
}

/* `class C(*bases, **kw)`: the arguments of __build_class__ as a tuple and a dict, then
 * CALL_EX (the body function and the name are already on the stack). */
static int compile_class_args_ex(compiler_t *c, const sp_ast_list_t *bases, const sp_ast_list_t *kws) {
    CHECK(emit(c, OP_BUILD_LIST, 2));
    for (int i = 0; i < bases->n; i++) {
        const sp_ast_t *b = bases->items[i];
        CHECK(compile_expr(c, b->kind == AST_STARRED ? b->u.starred.value : b));
        CHECK(emit(c, b->kind == AST_STARRED ? OP_LIST_EXTEND : OP_LIST_APPEND, 1));
    }
    CHECK(emit(c, OP_LIST_TO_TUPLE, 0));
    return compile_kwargs_ex(c, kws);
}

/* CPython 3.11's scheme: `PUSH_NULL; LOAD_BUILD_CLASS; <body function>; 'Name'; <bases>;
 * [<keyword values>; names; CALL_KW n] | CALL n`, decorators applied around it. */
static int compile_class_def(compiler_t *c, const sp_ast_t *s) {
    const sp_ast_list_t *decorators = &s->u.class_def.decorators;
    const sp_ast_list_t *bases = &s->u.class_def.bases, *kws = &s->u.class_def.keywords;
    int star = has_starred(bases);
    for (int i = 0; i < kws->n; i++) star |= !kws->items[i]->u.keyword.name;
    for (int i = 0; i < decorators->n; i++) {
        CHECK(emit(c, OP_PUSH_NULL, 0));
        CHECK(compile_expr(c, decorators->items[i]));
    }
    CHECK(emit(c, OP_PUSH_NULL, 0));
    CHECK(emit(c, OP_LOAD_BUILD_CLASS, 0));
    sp_code_t *code = compile_class_body(c, s);
    if (!code) return -1;
    if (decorators->n > 0) code->firstlineno = decorators->items[0]->line;
    c->u->line = s->line;
    CHECK(compile_make_function(c, code, 0));
    CHECK(emit_const(c, compile_intern(c, s->u.class_def.name)));
    if (star) {
        CHECK(compile_class_args_ex(c, bases, kws));
    } else if (compile_exprs(c, bases) < 0) {
        return -1;
    } else if (kws->n == 0) {
        CHECK(emit(c, OP_CALL, (uint32_t)(bases->n + 2)));
    } else {
        CHECK(compile_kw_names(c, kws));
        CHECK(emit(c, OP_CALL_KW, (uint32_t)(bases->n + 2 + kws->n)));
    }
    for (int i = 0; i < decorators->n; i++) CHECK(emit(c, OP_CALL, 1));
    return compile_nameop(c, s->u.class_def.name, AST_STORE);
}

static int compile_lambda(compiler_t *c, const sp_ast_t *e) {
    uint32_t flags;
    CHECK(compile_defaults(c, e->u.lambda.args, &flags));
    sp_code_t *code = compile_function_code(c, e, cstr_name(c, "<lambda>"), e->u.lambda.args);
    if (!code) return -1;
    return compile_make_function(c, code, flags);
}

/* One `for ... in ... if ...` clause of a comprehension, and the clauses nested in it. */
static int compile_comp_generator(compiler_t *c, const sp_ast_t *e, int index) {
    const sp_ast_list_t *gens = &e->u.comp.generators;
    const sp_ast_t *gen = gens->items[index];
    if (gen->u.comprehension.is_async)
        return compile_fail(c, gen, "asynchronous comprehension outside of an asynchronous function");
    int32_t start = new_label(c), anchor = new_label(c);
    if (index == 0)
        CHECK(emit(c, OP_LOAD_FAST, 0)); /* `.0`, the iterator passed in */
    else {
        CHECK(compile_expr(c, gen->u.comprehension.iter));
        CHECK(emit(c, OP_GET_ITER, 0));
    }
    bind_label(c, start);
    CHECK(emit_jump(c, OP_FOR_ITER, anchor));
    CHECK(compile_store(c, gen->u.comprehension.target));
    for (int i = 0; i < gen->u.comprehension.ifs.n; i++)
        CHECK(compile_jump_if(c, gen->u.comprehension.ifs.items[i], 0, start));
    if (index + 1 < gens->n) {
        CHECK(compile_comp_generator(c, e, index + 1));
    } else if (e->kind == AST_DICT_COMP) {
        CHECK(compile_expr(c, e->u.comp.elt));
        CHECK(compile_expr(c, e->u.comp.value));
        CHECK(emit(c, OP_MAP_ADD, (uint32_t)gens->n + 1));
    } else if (e->kind == AST_GENERATOR_EXP) {
        CHECK(compile_expr(c, e->u.comp.elt));
        CHECK(emit(c, OP_YIELD_VALUE, 0));
        CHECK(emit(c, OP_POP_TOP, 0));
    } else {
        CHECK(compile_expr(c, e->u.comp.elt));
        CHECK(emit(c, e->kind == AST_SET_COMP ? OP_SET_ADD : OP_LIST_APPEND, (uint32_t)gens->n + 1));
    }
    CHECK(emit_jump(c, OP_JUMP, start));
    bind_label(c, anchor);
    return 0;
}

static sp_code_t *compile_comprehension_code(compiler_t *c, const sp_ast_t *e) {
    st_scope_t *scope = symtable_child(c->u->scope, e);
    if (!scope) {
        compile_fail(c, e, "internal error: no scope for comprehension");
        return NULL;
    }
    sp_value_t qualname = compile_qualname(c, scope->name);
    cunit_t *parent = c->u;
    if (!qualname || !unit_push(c, scope, scope->name, qualname, e->line)) return NULL;
    c->u->argcount = 1;
    sp_opcode_t build = e->kind == AST_LIST_COMP  ? OP_BUILD_LIST
                        : e->kind == AST_SET_COMP ? OP_BUILD_SET
                                                  : OP_BUILD_MAP;
    int is_genexp = e->kind == AST_GENERATOR_EXP;
    int r = is_genexp ? 0 : emit(c, build, 0);
    if (r == 0) r = compile_comp_generator(c, e, 0);
    if (r == 0 && is_genexp) r = emit_const(c, SP_NONE);
    if (r == 0) r = emit(c, OP_RETURN_VALUE, 0);
    sp_code_t *code = r == 0 ? unit_assemble(c) : NULL;
    c->u = parent;
    return code;
}

/* [elt for x in it]: PUSH_NULL; MAKE_FUNCTION <listcomp>; iter(it); CALL 1. */
static int compile_comprehension(compiler_t *c, const sp_ast_t *e) {
    if (e->u.comp.generators.n == 0) return compile_fail(c, e, "comprehension without generators");
    CHECK(emit(c, OP_PUSH_NULL, 0));
    sp_code_t *code = compile_comprehension_code(c, e);
    if (!code) return -1;
    CHECK(compile_make_function(c, code, 0));
    CHECK(compile_expr(c, e->u.comp.generators.items[0]->u.comprehension.iter));
    CHECK(emit(c, OP_GET_ITER, 0));
    return emit(c, OP_CALL, 1);
}

/* ---- Statements -------------------------------------------------------------------------- */

static int compile_if(compiler_t *c, const sp_ast_t *s) {
    int32_t orelse = new_label(c), end = new_label(c);
    CHECK(compile_jump_if(c, s->u.if_.test, 0, orelse));
    CHECK(compile_body(c, &s->u.if_.body));
    if (s->u.if_.orelse.n > 0) {
        CHECK(emit_jump(c, OP_JUMP, end));
        bind_label(c, orelse);
        CHECK(compile_body(c, &s->u.if_.orelse));
    } else {
        bind_label(c, orelse);
    }
    bind_label(c, end);
    return 0;
}

static int is_constant_true(const sp_ast_t *e) {
    if (e->kind != AST_CONSTANT) return 0;
    sp_value_t v = e->u.constant.value;
    return v == SP_TRUE || (sp_is_smallint(v) && sp_smallint_value(v) != 0);
}

static int compile_while(compiler_t *c, const sp_ast_t *s) {
    int32_t start = new_label(c), orelse = new_label(c), end = new_label(c);
    bind_label(c, start);
    if (!is_constant_true(s->u.while_.test)) CHECK(compile_jump_if(c, s->u.while_.test, 0, orelse));
    CHECK(push_fblock(
        c, s,
        (fblock_t){
            .kind = FB_WHILE, .start_label = start, .exit_label = end, .outer_handler = c->u->cur_handler}));
    CHECK(compile_body(c, &s->u.while_.body));
    c->u->line = s->line;
    CHECK(emit_jump(c, OP_JUMP, start));
    pop_fblock(c);
    bind_label(c, orelse);
    CHECK(compile_body(c, &s->u.while_.orelse));
    bind_label(c, end);
    return 0;
}

static int compile_for(compiler_t *c, const sp_ast_t *s) {
    if (s->u.for_.is_async) return compile_fail(c, s, "'async for' outside async function");
    int32_t start = new_label(c), cleanup = new_label(c), end = new_label(c);
    CHECK(compile_expr(c, s->u.for_.iter));
    CHECK(emit(c, OP_GET_ITER, 0));
    bind_label(c, start);
    CHECK(emit_jump(c, OP_FOR_ITER, cleanup));
    CHECK(push_fblock(
        c, s,
        (fblock_t){
            .kind = FB_FOR, .start_label = start, .exit_label = end, .outer_handler = c->u->cur_handler}));
    CHECK(compile_store(c, s->u.for_.target));
    CHECK(compile_body(c, &s->u.for_.body));
    c->u->line = s->line;
    CHECK(emit_jump(c, OP_JUMP, start));
    pop_fblock(c);
    bind_label(c, cleanup);
    CHECK(compile_body(c, &s->u.for_.orelse));
    bind_label(c, end);
    return 0;
}

/* The shared tail of every handler: [prev_exc, exc] -> restore prev_exc, re-raise exc. */
static int compile_cleanup_block(compiler_t *c, int32_t label) {
    bind_label(c, label);
    CHECK(emit(c, OP_SWAP, 2));
    CHECK(emit(c, OP_POP_EXCEPT, 0));
    return emit(c, OP_RERAISE, 0);
}

/* One `except T as e:` clause; the stack holds [prev_exc, exc] on entry. */
static int compile_except_clause(compiler_t *c, const sp_ast_t *h, int32_t outer, int32_t cleanup,
                                 int32_t end) {
    sp_value_t name = h->u.except_handler.name;
    c->u->line = h->line;
    if (!name) {
        CHECK(emit(c, OP_POP_TOP, 0));
        CHECK(push_fblock(c, h, (fblock_t){.kind = FB_HANDLER_CLEANUP, .outer_handler = outer}));
        CHECK(compile_body(c, &h->u.except_handler.body));
        pop_fblock(c);
        c->u->cur_handler = outer;
        CHECK(emit(c, OP_POP_EXCEPT, 0));
        CHECK(emit_jump(c, OP_JUMP, end));
        c->u->cur_handler = cleanup;
        return 0;
    }
    CHECK(compile_nameop(c, name, AST_STORE));
    int32_t cleanup_end = new_label(c);
    push_handler(c, cleanup_end);
    CHECK(push_fblock(c, h, (fblock_t){.kind = FB_HANDLER_CLEANUP, .outer_handler = outer, .name = name}));
    CHECK(compile_body(c, &h->u.except_handler.body));
    pop_fblock(c);
    c->u->cur_handler = outer;
    c->u->line = h->line;
    CHECK(emit(c, OP_POP_EXCEPT, 0));
    CHECK(compile_clear_name(c, name));
    CHECK(emit_jump(c, OP_JUMP, end));
    /* The body raised: [prev_exc, exc2]. Clear the name and let `cleanup` restore prev_exc. */
    c->u->cur_handler = cleanup;
    bind_label(c, cleanup_end);
    CHECK(compile_clear_name(c, name));
    return emit(c, OP_RERAISE, 0);
}

static int compile_try_except(compiler_t *c, const sp_ast_t *s) {
    int32_t handler = new_label(c), end = new_label(c);
    int32_t outer = push_handler(c, handler);
    CHECK(push_fblock(c, s, (fblock_t){.kind = FB_TRY_EXCEPT, .outer_handler = outer}));
    CHECK(compile_body(c, &s->u.try_.body));
    pop_fblock(c);
    c->u->cur_handler = outer;
    CHECK(compile_body(c, &s->u.try_.orelse));
    CHECK(emit_jump(c, OP_JUMP, end));
    /* The handler: [exc] -> PUSH_EXC_INFO -> [prev_exc, exc]; `cleanup` covers it all. */
    bind_label(c, handler);
    c->u->line = s->u.try_.handlers.items[0]->line;
    int32_t cleanup = new_label(c);
    push_handler(c, cleanup);
    CHECK(emit(c, OP_PUSH_EXC_INFO, 0));
    const sp_ast_list_t *handlers = &s->u.try_.handlers;
    for (int i = 0; i < handlers->n; i++) {
        const sp_ast_t *h = handlers->items[i];
        int32_t next = new_label(c);
        c->u->line = h->line;
        if (h->u.except_handler.type) {
            CHECK(compile_expr(c, h->u.except_handler.type));
            CHECK(emit(c, OP_CHECK_EXC_MATCH, 0));
            CHECK(emit_jump(c, OP_POP_JUMP_IF_FALSE, next));
        } else if (i + 1 < handlers->n) {
            return compile_fail(c, h, "default 'except:' must be last");
        }
        CHECK(compile_except_clause(c, h, outer, cleanup, end));
        bind_label(c, next);
    }
    CHECK(emit(c, OP_RERAISE, 0));
    c->u->cur_handler = outer;
    CHECK(compile_cleanup_block(c, cleanup));
    bind_label(c, end);
    return 0;
}

static int compile_try_finally(compiler_t *c, const sp_ast_t *s) {
    int32_t handler = new_label(c), end = new_label(c);
    const sp_ast_list_t *finalbody = &s->u.try_.finalbody;
    int32_t outer = push_handler(c, handler);
    CHECK(push_fblock(c, s,
                      (fblock_t){.kind = FB_FINALLY_TRY, .outer_handler = outer, .finalbody = finalbody}));
    CHECK(s->u.try_.handlers.n > 0 ? compile_try_except(c, s) : compile_body(c, &s->u.try_.body));
    pop_fblock(c);
    c->u->cur_handler = outer;
    CHECK(compile_body(c, finalbody));
    CHECK(emit_jump(c, OP_JUMP, end));
    /* The exception path: [exc] -> [prev_exc, exc]; run the body, then re-raise exc. */
    bind_label(c, handler);
    c->u->line = finalbody->items[0]->line;
    int32_t cleanup = new_label(c);
    push_handler(c, cleanup);
    CHECK(emit(c, OP_PUSH_EXC_INFO, 0));
    CHECK(push_fblock(c, s, (fblock_t){.kind = FB_FINALLY_END, .outer_handler = outer}));
    CHECK(compile_body(c, finalbody));
    pop_fblock(c);
    CHECK(emit(c, OP_RERAISE, 0));
    c->u->cur_handler = outer;
    CHECK(compile_cleanup_block(c, cleanup));
    bind_label(c, end);
    return 0;
}

static int compile_try(compiler_t *c, const sp_ast_t *s) {
    if (s->u.try_.is_star) return compile_unsupported(c, s, "'except*' is");
    if (s->u.try_.finalbody.n > 0) return compile_try_finally(c, s);
    return compile_try_except(c, s);
}

/* One item of `with a as x, b as y:` (the later items nest inside it), CPython 3.11's layout:
 *   <mgr>; BEFORE_WITH; <store x | POP_TOP>; <body under handler H>; exit(None, None, None)
 *   H: [exit, exc] PUSH_EXC_INFO; WITH_EXCEPT_START; POP_JUMP_IF_TRUE suppress; RERAISE
 *   suppress: POP_TOP; POP_EXCEPT; POP_TOP (exit)
 * H covers the target store too, but not BEFORE_WITH; its depth is measured at BEFORE_WITH,
 * where the stack holds [mgr]: the same height as [exit] once __enter__ has run. */
static int compile_with_item(compiler_t *c, const sp_ast_t *s, int index) {
    const sp_ast_t *item = s->u.with.items.items[index];
    int32_t handler = new_label(c), end = new_label(c), suppress = new_label(c);
    CHECK(compile_expr(c, item->u.with_item.context_expr));
    c->u->line = item->line;
    int32_t setup_pc = c->u->n;
    CHECK(emit(c, OP_BEFORE_WITH, 0));
    int32_t outer = push_handler(c, handler);
    if (!c->failed) c->u->label_setup[handler] = setup_pc;
    if (item->u.with_item.optional_vars)
        CHECK(compile_store(c, item->u.with_item.optional_vars));
    else
        CHECK(emit(c, OP_POP_TOP, 0));
    CHECK(push_fblock(c, s, (fblock_t){.kind = FB_WITH, .outer_handler = outer}));
    if (index + 1 < s->u.with.items.n)
        CHECK(compile_with_item(c, s, index + 1));
    else
        CHECK(compile_body(c, &s->u.with.body));
    pop_fblock(c);
    c->u->cur_handler = outer;
    c->u->line = s->line;
    CHECK(compile_with_exit_call(c));
    CHECK(emit_jump(c, OP_JUMP, end));
    bind_label(c, handler);
    int32_t cleanup = new_label(c);
    push_handler(c, cleanup);
    CHECK(emit(c, OP_PUSH_EXC_INFO, 0));
    CHECK(emit(c, OP_WITH_EXCEPT_START, 0));
    CHECK(emit_jump(c, OP_POP_JUMP_IF_TRUE, suppress));
    CHECK(emit(c, OP_RERAISE, 0));
    bind_label(c, suppress);
    CHECK(emit(c, OP_POP_TOP, 0));
    CHECK(emit(c, OP_POP_EXCEPT, 0));
    CHECK(emit(c, OP_POP_TOP, 0));
    c->u->cur_handler = outer;
    CHECK(emit_jump(c, OP_JUMP, end));
    CHECK(compile_cleanup_block(c, cleanup));
    bind_label(c, end);
    return 0;
}

static int compile_with(compiler_t *c, const sp_ast_t *s) {
    if (s->u.with.is_async) return compile_fail(c, s, "'async with' outside async function");
    return compile_with_item(c, s, 0);
}

static int compile_raise(compiler_t *c, const sp_ast_t *s) {
    uint32_t n = 0;
    if (s->u.raise.exc) {
        CHECK(compile_expr(c, s->u.raise.exc));
        n++;
        if (s->u.raise.cause) {
            CHECK(compile_expr(c, s->u.raise.cause));
            n++;
        }
    }
    return emit(c, OP_RAISE_VARARGS, n);
}

static int compile_assert(compiler_t *c, const sp_ast_t *s) {
    int32_t end = new_label(c);
    CHECK(compile_jump_if(c, s->u.assert_.test, 1, end));
    if (s->u.assert_.msg) {
        CHECK(emit(c, OP_PUSH_NULL, 0));
        CHECK(emit(c, OP_LOAD_ASSERTION_ERROR, 0));
        CHECK(compile_expr(c, s->u.assert_.msg));
        CHECK(emit(c, OP_CALL, 1));
    } else {
        CHECK(emit(c, OP_LOAD_ASSERTION_ERROR, 0));
    }
    CHECK(emit(c, OP_RAISE_VARARGS, 1));
    bind_label(c, end);
    return 0;
}

/* import a.b.c [as d]: IMPORT_NAME returns the top package; `as` walks down with IMPORT_FROM. */
static int compile_import(compiler_t *c, const sp_ast_t *s) {
    for (int i = 0; i < s->u.import.names.n; i++) {
        const sp_ast_t *alias = s->u.import.names.items[i];
        const char *full = sp_str_cstr(alias->u.alias.name);
        CHECK(emit_const(c, sp_smallint(0)));
        CHECK(emit_const(c, SP_NONE));
        CHECK(emit_name(c, OP_IMPORT_NAME, alias->u.alias.name));
        const char *dot = strchr(full, '.');
        if (!alias->u.alias.asname) {
            sp_value_t top = dot ? sp_str_intern(c->vm, full, (size_t)(dot - full)) : alias->u.alias.name;
            CHECK(compile_nameop(c, top, AST_STORE));
            continue;
        }
        while (dot) {
            const char *part = dot + 1;
            dot = strchr(part, '.');
            size_t len = dot ? (size_t)(dot - part) : strlen(part);
            CHECK(emit_name(c, OP_IMPORT_FROM, sp_str_intern(c->vm, part, len)));
            if (dot) {
                CHECK(emit(c, OP_SWAP, 2));
                CHECK(emit(c, OP_POP_TOP, 0));
            } else {
                CHECK(compile_nameop(c, alias->u.alias.asname, AST_STORE));
                CHECK(emit(c, OP_POP_TOP, 0));
                break;
            }
        }
        if (!strchr(full, '.')) CHECK(compile_nameop(c, alias->u.alias.asname, AST_STORE));
    }
    return 0;
}

static int compile_import_from(compiler_t *c, const sp_ast_t *s) {
    const sp_ast_list_t *names = &s->u.import_from.names;
    sp_value_t fromlist = sp_tuple_new(c->vm, names->n);
    if (!fromlist) return compile_nomem(c);
    for (int i = 0; i < names->n; i++)
        SP_AS_TUPLE(fromlist)->items[i] = compile_intern(c, names->items[i]->u.alias.name);
    sp_value_t module = s->u.import_from.module ? s->u.import_from.module : cstr_name(c, "");
    CHECK(emit_const(c, sp_smallint(s->u.import_from.level)));
    CHECK(emit_const(c, fromlist));
    CHECK(emit_name(c, OP_IMPORT_NAME, module));
    if (names->n == 1 && strcmp(sp_str_cstr(names->items[0]->u.alias.name), "*") == 0) {
        if (c->u->scope->kind != ST_MODULE)
            return compile_fail(c, names->items[0], "import * only allowed at module level");
        return emit(c, OP_IMPORT_STAR, 0);
    }
    for (int i = 0; i < names->n; i++) {
        const sp_ast_t *alias = names->items[i];
        CHECK(emit_name(c, OP_IMPORT_FROM, alias->u.alias.name));
        CHECK(compile_nameop(c, alias->u.alias.asname ? alias->u.alias.asname : alias->u.alias.name,
                             AST_STORE));
    }
    return emit(c, OP_POP_TOP, 0);
}

static int compile_expr_stmt(compiler_t *c, const sp_ast_t *s) {
    if (s->u.expr.value->kind == AST_CONSTANT) return 0; /* docstrings and bare constants do nothing */
    CHECK(compile_expr(c, s->u.expr.value));
    return emit(c, OP_POP_TOP, 0);
}

/* `target: annotation [= value]` as CPython 3.11: module and class scopes evaluate the annotation
 * and store simple names' in __annotations__; a bare `obj.attr: T` / `obj[i]: T` still evaluates
 * obj (and i). Functions never evaluate annotations of their local variables. */
static int compile_ann_assign(compiler_t *c, const sp_ast_t *s) {
    const sp_ast_t *target = s->u.ann_assign.target;
    if (s->u.ann_assign.value) {
        CHECK(compile_expr(c, s->u.ann_assign.value));
        CHECK(compile_store(c, target));
    }
    bool evaluates = !symtable_is_function(c->u->scope);
    if (target->kind == AST_NAME) {
        if (!evaluates || !s->u.ann_assign.simple) return 0;
        CHECK(compile_expr(c, s->u.ann_assign.annotation));
        CHECK(emit_name(c, OP_LOAD_NAME, cstr_name(c, "__annotations__")));
        CHECK(emit_const(c, compile_intern(c, target->u.name.id)));
        return emit(c, OP_STORE_SUBSCR, 0);
    }
    if (!s->u.ann_assign.value && (target->kind == AST_ATTRIBUTE || target->kind == AST_SUBSCRIPT)) {
        CHECK(compile_expr(c, target->kind == AST_ATTRIBUTE ? target->u.attribute.value : target->u.subscript.value));
        CHECK(emit(c, OP_POP_TOP, 0));
        if (target->kind == AST_SUBSCRIPT) {
            CHECK(compile_expr(c, target->u.subscript.slice));
            CHECK(emit(c, OP_POP_TOP, 0));
        }
    }
    if (!evaluates) return 0;
    CHECK(compile_expr(c, s->u.ann_assign.annotation));
    return emit(c, OP_POP_TOP, 0);
}

/* Whether a module or class body holds an annotated assignment (outside nested defs/classes),
 * so that it starts with SETUP_ANNOTATIONS, as CPython's find_ann. */
static bool compile_find_ann(const sp_ast_list_t *body) {
    for (int i = 0; i < body->n; i++) {
        const sp_ast_t *s = body->items[i];
        switch (s->kind) {
        case AST_ANN_ASSIGN:
            return true;
        case AST_FOR:
            if (compile_find_ann(&s->u.for_.body) || compile_find_ann(&s->u.for_.orelse)) return true;
            break;
        case AST_WHILE:
            if (compile_find_ann(&s->u.while_.body) || compile_find_ann(&s->u.while_.orelse)) return true;
            break;
        case AST_IF:
            if (compile_find_ann(&s->u.if_.body) || compile_find_ann(&s->u.if_.orelse)) return true;
            break;
        case AST_WITH:
            if (compile_find_ann(&s->u.with.body)) return true;
            break;
        case AST_TRY:
            if (compile_find_ann(&s->u.try_.body) || compile_find_ann(&s->u.try_.orelse) ||
                compile_find_ann(&s->u.try_.finalbody))
                return true;
            for (int j = 0; j < s->u.try_.handlers.n; j++)
                if (compile_find_ann(&s->u.try_.handlers.items[j]->u.except_handler.body)) return true;
            break;
        default:
            break;
        }
    }
    return false;
}

static int compile_setup_annotations(compiler_t *c, const sp_ast_list_t *body) {
    return compile_find_ann(body) ? emit(c, OP_SETUP_ANNOTATIONS, 0) : 0;
}

static int compile_stmt_inner(compiler_t *c, const sp_ast_t *s) {
    switch (s->kind) {
    case AST_FUNCTION_DEF:
        return compile_function_def(c, s);
    case AST_CLASS_DEF:
        return compile_class_def(c, s);
    case AST_RETURN:
        return compile_return(c, s);
    case AST_DELETE:
        for (int i = 0; i < s->u.delete_.targets.n; i++)
            CHECK(compile_delete_target(c, s->u.delete_.targets.items[i]));
        return 0;
    case AST_ASSIGN:
        return compile_assign(c, s);
    case AST_AUG_ASSIGN:
        return compile_aug_assign(c, s);
    case AST_ANN_ASSIGN:
        return compile_ann_assign(c, s);
    case AST_FOR:
        return compile_for(c, s);
    case AST_WHILE:
        return compile_while(c, s);
    case AST_IF:
        return compile_if(c, s);
    case AST_WITH:
        return compile_with(c, s);
    case AST_MATCH:
        return compile_unsupported(c, s, "'match' statements are");
    case AST_RAISE:
        return compile_raise(c, s);
    case AST_TRY:
        return compile_try(c, s);
    case AST_ASSERT:
        return compile_assert(c, s);
    case AST_IMPORT:
        return compile_import(c, s);
    case AST_IMPORT_FROM:
        return compile_import_from(c, s);
    case AST_EXPR:
        return compile_expr_stmt(c, s);
    case AST_BREAK:
        return compile_break(c, s);
    case AST_CONTINUE:
        return compile_continue(c, s);
    case AST_GLOBAL:
    case AST_NONLOCAL:
    case AST_PASS:
        return 0;
    default:
        return compile_fail(c, s, "invalid statement");
    }
}

static int compile_body(compiler_t *c, const sp_ast_list_t *body) {
    for (int i = 0; i < body->n; i++) {
        const sp_ast_t *s = body->items[i];
        CHECK(compile_enter(c));
        c->u->line = s->line;
        int r = compile_stmt_inner(c, s);
        c->depth--;
        if (r < 0 || c->failed) {
            c->failed = 1;
            return -1;
        }
    }
    return 0;
}

/* ---- Entry points ------------------------------------------------------------------------ */

static sp_code_t *compile_module(compiler_t *c, st_scope_t *top, sp_ast_t *tree, sp_parse_mode_t mode) {
    sp_value_t name = cstr_name(c, "<module>");
    if (!unit_push(c, top, name, name, 1)) return NULL;
    int r;
    if (mode == SP_PARSE_EVAL || tree->kind != AST_MODULE) {
        c->u->line = c->u->firstlineno = tree->line;
        r = compile_expr(c, tree);
        if (r == 0) r = emit(c, OP_RETURN_VALUE, 0);
    } else {
        const sp_ast_list_t *body = &tree->u.module.body;
        if (body->n > 0) c->u->line = body->items[0]->line;
        r = 0;
        if (is_docstring(body)) {
            c->u->doc = body->items[0]->u.expr.value->u.constant.value;
            r = emit_const(c, c->u->doc);
            if (r == 0)
                r = emit_name(c, OP_STORE_NAME,
                              c->vm->s___doc__ ? c->vm->s___doc__ : cstr_name(c, "__doc__"));
        }
        if (r == 0) r = compile_setup_annotations(c, body);
        if (r == 0) r = compile_body(c, body);
        if (r == 0) r = emit_const(c, SP_NONE);
        if (r == 0) r = emit(c, OP_RETURN_VALUE, 0);
    }
    return r == 0 ? unit_assemble(c) : NULL;
}

static sp_code_t *compile_with_ctx(const sp_compile_ctx_t *ctx, sp_ast_t *tree) {
    st_scope_t *top = symtable_build(ctx, tree);
    if (!top) return NULL;
    compiler_t c = {
        ctx, ctx->vm, NULL, sp_str_from_cstr(ctx->vm, ctx->filename ? ctx->filename : "<unknown>"), 0, 0};
    if (!c.filename) return NULL;
    sp_code_t *code = compile_module(&c, top, tree, ctx->mode);
    if (!code && !ctx->vm->exc) sp_raise(ctx->vm, SP_EXC_SystemError, "compilation failed without an error");
    return code;
}

sp_code_t *compile_ast(sp_vm_t *vm, sp_ast_t *tree, const char *filename, sp_parse_mode_t mode) {
    sp_compile_ctx_t ctx = {vm, filename, NULL, 0, mode};
    return compile_with_ctx(&ctx, tree);
}

sp_code_t *compile_source(sp_vm_t *vm, const char *source, size_t size, const char *filename,
                          sp_parse_mode_t mode) {
    sp_ast_t *tree = parse_source(vm, source, size, filename, mode);
    if (!tree) return NULL;
    sp_compile_ctx_t ctx = {vm, filename, source, size, mode};
    return compile_with_ctx(&ctx, tree);
}
