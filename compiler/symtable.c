/* symtable.c: the symbol table pass — walks the AST once to record how each scope uses each
 * name, then resolves every name to local / global / free / cell as CPython 3.11 does. */
#include <stdio.h>
#include <string.h>

#include "compiler/symtable.h"
#include "runtime/runtime.h"

/* Deeper nesting than this raises RecursionError instead of overflowing the C stack, at about
 * the depth where CPython 3.11 gives up ("maximum recursion depth exceeded during compilation"). */
#define ST_MAX_DEPTH 3000

/* ---- Ordered map ------------------------------------------------------------------------- */

void st_map_init(sp_vm_t *vm, st_map_t *map, int by_value) {
    memset(map, 0, sizeof *map);
    map->vm = vm;
    map->by_value = by_value;
}

static uint64_t st_mix(uint64_t h) {
    h ^= h >> 33;
    h *= UINT64_C(0xff51afd7ed558ccd);
    h ^= h >> 33;
    return h;
}

static uint64_t st_const_hash(sp_vm_t *vm, sp_value_t v) {
    if (!sp_is_obj(v)) return st_mix(v);
    sp_kind_t kind = SP_AS_OBJ(v)->type->kind;
    if (kind == SP_K_STR) return (uint64_t)sp_str_hash(v);
    if (kind == SP_K_INT) return st_mix((uint64_t)sp_int_hash(vm, v));
    if (kind == SP_K_BYTES) {
        uint64_t h = UINT64_C(1469598103934665603);
        for (int64_t i = 0; i < SP_AS_BYTES(v)->size; i++) h = (h ^ SP_AS_BYTES(v)->data[i]) * 1099511628211u;
        return h;
    }
    if (kind == SP_K_TUPLE) {
        uint64_t h = 0x345678;
        for (int64_t i = 0; i < SP_AS_TUPLE(v)->size; i++)
            h = st_mix(h * 1000003 ^ st_const_hash(vm, SP_AS_TUPLE(v)->items[i]));
        return h;
    }
    return st_mix(v);
}

/* Constants are equal only when they have the same type and the same value bits. */
static int st_const_equal(sp_vm_t *vm, sp_value_t a, sp_value_t b) {
    if (a == b) return 1;
    if (!sp_is_obj(a) || !sp_is_obj(b)) return 0;
    sp_type_t *type = SP_AS_OBJ(a)->type;
    if (type != SP_AS_OBJ(b)->type) return 0;
    switch (type->kind) {
    case SP_K_STR:
        return sp_str_equal(a, b);
    case SP_K_INT:
        return sp_int_compare(vm, a, b) == 0;
    case SP_K_BYTES:
        return SP_AS_BYTES(a)->size == SP_AS_BYTES(b)->size &&
               memcmp(SP_AS_BYTES(a)->data, SP_AS_BYTES(b)->data, (size_t)SP_AS_BYTES(a)->size) == 0;
    case SP_K_TUPLE:
        if (SP_AS_TUPLE(a)->size != SP_AS_TUPLE(b)->size) return 0;
        for (int64_t i = 0; i < SP_AS_TUPLE(a)->size; i++)
            if (!st_const_equal(vm, SP_AS_TUPLE(a)->items[i], SP_AS_TUPLE(b)->items[i])) return 0;
        return 1;
    default:
        return 0;
    }
}

static uint64_t st_map_hash(const st_map_t *map, sp_value_t key) {
    return map->by_value ? st_const_hash(map->vm, key) : (uint64_t)sp_str_hash(key);
}

static int st_map_equal(const st_map_t *map, sp_value_t a, sp_value_t b) {
    return map->by_value ? st_const_equal(map->vm, a, b) : (a == b || sp_str_equal(a, b));
}

/* The index slot where key is or would go. */
static int32_t st_map_slot(const st_map_t *map, sp_value_t key, uint64_t hash) {
    uint32_t mask = (uint32_t)map->index_size - 1, i = (uint32_t)hash & mask;
    while (map->index[i] >= 0 && !st_map_equal(map, map->keys[map->index[i]], key)) i = (i + 1) & mask;
    return (int32_t)i;
}

int32_t st_map_find(const st_map_t *map, sp_value_t key) {
    if (map->n == 0) return -1;
    return map->index[st_map_slot(map, key, st_map_hash(map, key))];
}

static int st_map_grow(st_map_t *map) {
    int32_t cap = map->cap ? map->cap * 2 : 8;
    sp_value_t *keys = sp_alloc(map->vm, (size_t)cap * sizeof *keys);
    int32_t *ints = sp_alloc_atomic(map->vm, (size_t)cap * 3 * sizeof *ints);
    int32_t *index = sp_alloc_atomic(map->vm, (size_t)cap * 2 * sizeof *index);
    if (!keys || !ints || !index) return -1;
    if (map->n) {
        memcpy(keys, map->keys, (size_t)map->n * sizeof *keys);
        memcpy(ints, map->values, (size_t)map->n * sizeof *ints);
        memcpy(ints + cap, map->aux, (size_t)map->n * sizeof *ints);
        memcpy(ints + 2 * cap, map->aux2, (size_t)map->n * sizeof *ints);
    }
    map->keys = keys;
    map->values = ints;
    map->aux = ints + cap;
    map->aux2 = ints + 2 * cap;
    map->cap = cap;
    map->index = index;
    map->index_size = cap * 2;
    memset(index, 0xFF, (size_t)map->index_size * sizeof *index);
    for (int32_t e = 0; e < map->n; e++) map->index[st_map_slot(map, keys[e], st_map_hash(map, keys[e]))] = e;
    return 0;
}

int32_t st_map_add(st_map_t *map, sp_value_t key, int32_t value) {
    int32_t found = st_map_find(map, key);
    if (found >= 0) return found;
    if (map->n == map->cap && st_map_grow(map) < 0) return -1;
    int32_t e = map->n++;
    map->keys[e] = key;
    map->values[e] = value;
    map->aux[e] = 0;
    map->aux2[e] = 0;
    map->index[st_map_slot(map, key, st_map_hash(map, key))] = e;
    return e;
}

int st_map_copy(st_map_t *dst, const st_map_t *src) {
    st_map_init(src->vm, dst, src->by_value);
    for (int32_t e = 0; e < src->n; e++) {
        int32_t d = st_map_add(dst, src->keys[e], src->values[e]);
        if (d < 0) return -1;
        dst->aux[d] = src->aux[e];
        dst->aux2[d] = src->aux2[e];
    }
    return 0;
}

/* ---- Errors ------------------------------------------------------------------------------ */

/* Finds line `line` (1-based) of the source and copies it into buf without its newline. */
static const char *compile_source_line(const sp_compile_ctx_t *ctx, int line, char *buf, size_t size) {
    const char *text = ctx->source;
    size_t len = ctx->source_size;
    if (!text && ctx->vm->sources && ctx->filename) {
        sp_value_t src = sp_dict_get_cstr(ctx->vm, ctx->vm->sources, ctx->filename);
        if (src && sp_is_str(src)) {
            text = sp_str_cstr(src);
            len = (size_t)SP_AS_STR(src)->size;
        }
    }
    if (!text || line < 1) return NULL;
    size_t pos = 0;
    for (int l = 1; l < line && pos < len; pos++)
        if (text[pos] == '\n') l++;
    if (pos >= len) return NULL;
    size_t end = pos;
    while (end < len && text[end] != '\n' && text[end] != '\r') end++;
    size_t n = end - pos < size - 1 ? end - pos : size - 1;
    memcpy(buf, text + pos, n);
    buf[n] = '\0';
    return buf;
}

int compile_error(const sp_compile_ctx_t *ctx, const sp_ast_t *at, int line, const char *fmt, ...) {
    char msg[512], text[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (at) line = at->line;
    const char *line_text = compile_source_line(ctx, line, text, sizeof text);
    if (!at) {
        sp_raise_syntax(ctx->vm, SP_EXC_SyntaxError, msg, ctx->filename, line, 0, line_text);
        return -1;
    }
    /* AST columns are 0-based; SyntaxError offsets are 1-based. A range that spans lines is
     * underlined to the end of the first line, as CPython does. */
    int end_line = at->end_line > 0 ? at->end_line : at->line;
    int end_col = at->end_line > 0 ? at->end_col : at->col + 1;
    sp_raise_syntax_range(ctx->vm, SP_EXC_SyntaxError, msg, ctx->filename, at->line, at->col + 1, end_line,
                          end_col + 1, line_text);
    return -1;
}

/* ---- Building: one walk over the AST ----------------------------------------------------- */

typedef struct st_builder {
    const sp_compile_ctx_t *ctx;
    sp_vm_t *vm;
    st_scope_t *cur;
    int depth;
} st_builder_t;

static int st_visit_expr(st_builder_t *b, const sp_ast_t *e);
static int st_visit_stmts(st_builder_t *b, const sp_ast_list_t *list);

static st_scope_t *st_scope_new(st_builder_t *b, st_scope_kind_t kind, sp_value_t name,
                                const sp_ast_t *node) {
    st_scope_t *s = sp_alloc(b->vm, sizeof *s);
    if (!s) return NULL;
    s->kind = kind;
    s->name = name;
    s->node = node;
    s->parent = b->cur;
    st_map_init(b->vm, &s->symbols, 0);
    st_map_init(b->vm, &s->params, 0);
    st_map_init(b->vm, &s->class_free, 0);
    if (b->cur) {
        st_scope_t *p = b->cur;
        s->is_nested = symtable_is_function(p) || p->is_nested;
        if (p->n_children == p->cap_children) {
            int cap = p->cap_children ? p->cap_children * 2 : 4;
            st_scope_t **children = sp_alloc(b->vm, (size_t)cap * sizeof *children);
            if (!children) return NULL;
            if (p->n_children) memcpy(children, p->children, (size_t)p->n_children * sizeof *children);
            p->children = children;
            p->cap_children = cap;
        }
        p->children[p->n_children++] = s;
    }
    return s;
}

sp_value_t symtable_mangle(sp_vm_t *vm, const st_scope_t *scope, sp_value_t name) {
    const char *n = sp_str_cstr(name);
    size_t len = (size_t)SP_AS_STR(name)->size;
    if (len < 3 || n[0] != '_' || n[1] != '_' || (n[len - 1] == '_' && n[len - 2] == '_') || strchr(n, '.'))
        return name;
    const st_scope_t *cls = scope;
    while (cls != NULL && cls->kind != ST_CLASS) cls = cls->parent;
    if (cls == NULL) return name;
    const char *priv = sp_str_cstr(cls->name);
    while (*priv == '_') priv++;
    if (*priv == '\0') return name;
    sp_value_t mangled = sp_str_format(vm, "_%s%s", priv, n);
    return mangled ? sp_str_intern_cstr(vm, sp_str_cstr(mangled)) : name;
}

static int st_add_def_in(st_builder_t *b, st_scope_t *s, sp_value_t name, int flag, const sp_ast_t *at) {
    name = symtable_mangle(b->vm, s, name);
    int32_t e = st_map_add(&s->symbols, name, 0);
    if (e < 0) return -1;
    if ((flag & ST_DEF_PARAM) && (s->symbols.values[e] & ST_DEF_PARAM))
        return compile_error(b->ctx, at, 0, "duplicate argument '%s' in function definition",
                             sp_str_cstr(name));
    s->symbols.values[e] |= flag;
    return 0;
}

static int st_add_def(st_builder_t *b, sp_value_t name, int flag, const sp_ast_t *at) {
    return st_add_def_in(b, b->cur, name, flag, at);
}

static int st_visit_exprs(st_builder_t *b, const sp_ast_list_t *list) {
    for (int i = 0; i < list->n; i++)
        if (list->items[i] && st_visit_expr(b, list->items[i]) < 0) return -1;
    return 0;
}

static int st_visit_opt(st_builder_t *b, const sp_ast_t *e) {
    return e ? st_visit_expr(b, e) : 0;
}

/* Defaults and keyword defaults are evaluated in the enclosing scope. */
static int st_visit_defaults(st_builder_t *b, const sp_ast_t *args) {
    if (!args) return 0;
    if (st_visit_exprs(b, &args->u.arguments.defaults) < 0) return -1;
    return st_visit_exprs(b, &args->u.arguments.kw_defaults);
}

static int st_add_param(st_builder_t *b, const sp_ast_t *arg) {
    if (st_add_def(b, arg->u.arg.name, ST_DEF_PARAM, arg) < 0) return -1;
    return st_map_add(&b->cur->params, symtable_mangle(b->vm, b->cur, arg->u.arg.name), 0) < 0 ? -1 : 0;
}

static int st_add_params(st_builder_t *b, const sp_ast_t *args) {
    if (!args) return 0;
    const sp_ast_list_t *lists[3] = {&args->u.arguments.posonlyargs, &args->u.arguments.args,
                                     &args->u.arguments.kwonlyargs};
    for (int l = 0; l < 3; l++)
        for (int i = 0; i < lists[l]->n; i++)
            if (st_add_param(b, lists[l]->items[i]) < 0) return -1;
    if (args->u.arguments.vararg && st_add_param(b, args->u.arguments.vararg) < 0) return -1;
    if (args->u.arguments.kwarg && st_add_param(b, args->u.arguments.kwarg) < 0) return -1;
    return 0;
}

/* Opens a function-like scope for `node`, runs `body` in it, and returns to the parent. */
static int st_enter(st_builder_t *b, st_scope_kind_t kind, sp_value_t name, const sp_ast_t *node) {
    st_scope_t *s = st_scope_new(b, kind, name, node);
    if (!s) return -1;
    b->cur = s;
    return 0;
}

static void st_leave(st_builder_t *b) {
    b->cur = b->cur->parent;
}

static int st_visit_lambda(st_builder_t *b, const sp_ast_t *e) {
    if (st_visit_defaults(b, e->u.lambda.args) < 0) return -1;
    if (st_enter(b, ST_LAMBDA, sp_str_intern_cstr(b->vm, "<lambda>"), e) < 0) return -1;
    if (st_add_params(b, e->u.lambda.args) < 0 || st_visit_expr(b, e->u.lambda.body) < 0) return -1;
    st_leave(b);
    return 0;
}

/* Marks every Name inside a comprehension target as an iteration variable. */
static int st_mark_comp_iter(st_builder_t *b, const sp_ast_t *target) {
    switch (target->kind) {
    case AST_NAME:
        return st_add_def(b, target->u.name.id, ST_DEF_COMP_ITER, target);
    case AST_TUPLE:
    case AST_LIST:
        for (int i = 0; i < target->u.list.elts.n; i++)
            if (st_mark_comp_iter(b, target->u.list.elts.items[i]) < 0) return -1;
        return 0;
    case AST_STARRED:
        return st_mark_comp_iter(b, target->u.starred.value);
    default:
        return 0;
    }
}

static const char *st_comp_name(sp_ast_kind_t kind) {
    switch (kind) {
    case AST_LIST_COMP:
        return "<listcomp>";
    case AST_SET_COMP:
        return "<setcomp>";
    case AST_DICT_COMP:
        return "<dictcomp>";
    default:
        return "<genexpr>";
    }
}

/* A yield makes its function a generator; CPython's errors where no function can be one. */
static int st_mark_generator(st_builder_t *b, const sp_ast_t *e) {
    st_scope_t *s = b->cur;
    if (s->kind == ST_MODULE || s->kind == ST_CLASS) return compile_error(b->ctx, e, 0, "'yield' outside function");
    if (s->kind == ST_COMPREHENSION) {
        const sp_ast_t *node = s->node;
        const char *what = node->kind == AST_LIST_COMP  ? "list comprehension"
                           : node->kind == AST_SET_COMP ? "set comprehension"
                           : node->kind == AST_DICT_COMP ? "dict comprehension"
                                                         : "generator expression";
        return compile_error(b->ctx, e, 0, "'yield' inside %s", what);
    }
    s->is_generator = 1;
    return 0;
}

/* Whether we are inside a comprehension's iterable, also through scopes nested in it (a lambda
 * or comprehension there), where CPython forbids assignment expressions. */
static bool st_in_comp_iter(st_builder_t *b) {
    for (st_scope_t *s = b->cur; s; s = s->parent)
        if (s->in_comp_iter) return true;
    return false;
}

/* A comprehension's iterable: the flag lives on the scope that evaluates it. */
static int st_visit_comp_iter(st_builder_t *b, const sp_ast_t *iter) {
    st_scope_t *scope = b->cur;
    scope->in_comp_iter++;
    int r = st_visit_expr(b, iter);
    scope->in_comp_iter--;
    return r;
}

/* The outermost iterable is evaluated in the enclosing scope and passed in as `.0`. */
static int st_visit_comp(st_builder_t *b, const sp_ast_t *e) {
    const sp_ast_list_t *gens = &e->u.comp.generators;
    if (gens->n == 0) return 0;
    if (st_visit_comp_iter(b, gens->items[0]->u.comprehension.iter) < 0) return -1;
    if (st_enter(b, ST_COMPREHENSION, sp_str_intern_cstr(b->vm, st_comp_name(e->kind)), e) < 0) return -1;
    b->cur->is_generator = e->kind == AST_GENERATOR_EXP;
    sp_value_t dot0 = sp_str_intern_cstr(b->vm, ".0");
    if (st_add_def(b, dot0, ST_DEF_PARAM, e) < 0 || st_map_add(&b->cur->params, dot0, 0) < 0) return -1;
    for (int i = 0; i < gens->n; i++) {
        const sp_ast_t *g = gens->items[i];
        if (i > 0 && st_visit_comp_iter(b, g->u.comprehension.iter) < 0) return -1;
        if (st_visit_expr(b, g->u.comprehension.target) < 0) return -1;
        if (st_mark_comp_iter(b, g->u.comprehension.target) < 0) return -1;
        if (st_visit_exprs(b, &g->u.comprehension.ifs) < 0) return -1;
    }
    if (st_visit_opt(b, e->u.comp.elt) < 0 || st_visit_opt(b, e->u.comp.value) < 0) return -1;
    st_leave(b);
    return 0;
}

/* `x := v` inside a comprehension binds x in the nearest enclosing function or module. */
static int st_visit_walrus_target(st_builder_t *b, const sp_ast_t *target) {
    sp_value_t name = target->u.name.id;
    if (b->cur->kind != ST_COMPREHENSION) return st_add_def(b, name, ST_DEF_LOCAL, target);
    for (st_scope_t *s = b->cur; s; s = s->parent) {
        int32_t e = st_map_find(&s->symbols, name);
        int flags = e >= 0 ? s->symbols.values[e] : 0;
        if (s->kind == ST_COMPREHENSION) {
            if (flags & ST_DEF_COMP_ITER)
                return compile_error(
                    b->ctx, target, 0,
                    "assignment expression cannot rebind comprehension iteration variable '%s'",
                    sp_str_cstr(name));
            continue;
        }
        if (s->kind == ST_CLASS)
            return compile_error(
                b->ctx, target, 0,
                "assignment expression within a comprehension cannot be used in a class body");
        if (s->kind == ST_MODULE) {
            if (st_add_def(b, name, ST_DEF_GLOBAL, target) < 0) return -1;
            return st_add_def_in(b, s, name, ST_DEF_GLOBAL, target);
        }
        if (st_add_def(b, name, (flags & ST_DEF_GLOBAL) ? ST_DEF_GLOBAL : ST_DEF_NONLOCAL, target) < 0)
            return -1;
        return st_add_def_in(b, s, name, ST_DEF_LOCAL, target);
    }
    return 0;
}

static int st_too_deep(st_builder_t *b) {
    sp_raise(b->vm, SP_EXC_RecursionError, "maximum recursion depth exceeded during compilation");
    return -1;
}

/* Left-deep chains (`1 + 1 + ... + 1`) are walked along their left spine without recursion, but
 * each level still counts towards the nesting limit: CPython 3.11 rejects a sum of ~3,000 terms
 * with RecursionError, and so must we (tests/errors/big_long_sum). */
static int st_visit_binop_chain(st_builder_t *b, const sp_ast_t *e) {
    const sp_ast_t *left = e;
    int levels = 0;
    for (; left->kind == AST_BIN_OP; left = left->u.bin_op.left)
        if (b->depth + ++levels > ST_MAX_DEPTH) return st_too_deep(b);
    b->depth += levels;
    int r = st_visit_expr(b, left);
    for (const sp_ast_t *n = e; r == 0 && n->kind == AST_BIN_OP; n = n->u.bin_op.left)
        r = st_visit_expr(b, n->u.bin_op.right);
    b->depth -= levels;
    return r;
}

static int st_visit_expr_inner(st_builder_t *b, const sp_ast_t *e) {
    switch (e->kind) {
    case AST_NAME:
        /* Zero-argument super() reads the implicit `__class__` cell of the enclosing class. */
        if (e->u.name.ctx == AST_LOAD && symtable_is_function(b->cur) && !strcmp(sp_str_cstr(e->u.name.id), "super") &&
            st_add_def(b, sp_str_intern_cstr(b->vm, "__class__"), ST_USE, e) < 0)
            return -1;
        return st_add_def(b, e->u.name.id, e->u.name.ctx == AST_LOAD ? ST_USE : ST_DEF_LOCAL, e);
    case AST_BOOL_OP:
        return st_visit_exprs(b, &e->u.bool_op.values);
    case AST_NAMED_EXPR:
        if (st_in_comp_iter(b))
            return compile_error(b->ctx, e, 0,
                                 "assignment expression cannot be used in a comprehension iterable expression");
        if (st_visit_expr(b, e->u.named_expr.value) < 0) return -1;
        return st_visit_walrus_target(b, e->u.named_expr.target);
    case AST_BIN_OP:
        return st_visit_binop_chain(b, e);
    case AST_UNARY_OP:
        return st_visit_expr(b, e->u.unary_op.operand);
    case AST_LAMBDA:
        return st_visit_lambda(b, e);
    case AST_IF_EXP:
        if (st_visit_expr(b, e->u.if_exp.test) < 0 || st_visit_expr(b, e->u.if_exp.body) < 0) return -1;
        return st_visit_expr(b, e->u.if_exp.orelse);
    case AST_DICT:
        if (st_visit_exprs(b, &e->u.dict.keys) < 0) return -1;
        return st_visit_exprs(b, &e->u.dict.values);
    case AST_SET:
        return st_visit_exprs(b, &e->u.set.elts);
    case AST_LIST_COMP:
    case AST_SET_COMP:
    case AST_DICT_COMP:
    case AST_GENERATOR_EXP:
        return st_visit_comp(b, e);
    case AST_YIELD:
    case AST_YIELD_FROM:
        if (st_mark_generator(b, e) < 0) return -1;
        return st_visit_opt(b, e->u.await_.value);
    case AST_AWAIT:
        return st_visit_opt(b, e->u.await_.value);
    case AST_COMPARE:
        if (st_visit_expr(b, e->u.compare.left) < 0) return -1;
        for (int i = 0; i < e->u.compare.n; i++)
            if (st_visit_expr(b, e->u.compare.comparators[i]) < 0) return -1;
        return 0;
    case AST_CALL:
        if (st_visit_expr(b, e->u.call.func) < 0 || st_visit_exprs(b, &e->u.call.args) < 0) return -1;
        for (int i = 0; i < e->u.call.keywords.n; i++)
            if (st_visit_expr(b, e->u.call.keywords.items[i]->u.keyword.value) < 0) return -1;
        return 0;
    case AST_FORMATTED_VALUE:
        if (st_visit_expr(b, e->u.formatted_value.value) < 0) return -1;
        return st_visit_opt(b, e->u.formatted_value.format_spec);
    case AST_JOINED_STR:
        return st_visit_exprs(b, &e->u.joined_str.values);
    case AST_ATTRIBUTE:
        return st_visit_expr(b, e->u.attribute.value);
    case AST_SUBSCRIPT:
        if (st_visit_expr(b, e->u.subscript.value) < 0) return -1;
        return st_visit_expr(b, e->u.subscript.slice);
    case AST_STARRED:
        return st_visit_expr(b, e->u.starred.value);
    case AST_LIST:
    case AST_TUPLE:
        return st_visit_exprs(b, &e->u.list.elts);
    case AST_SLICE:
        if (st_visit_opt(b, e->u.slice.lower) < 0 || st_visit_opt(b, e->u.slice.upper) < 0) return -1;
        return st_visit_opt(b, e->u.slice.step);
    default:
        return 0;
    }
}

static int st_enter_depth(st_builder_t *b) {
    return ++b->depth > ST_MAX_DEPTH ? st_too_deep(b) : 0;
}

static int st_visit_expr(st_builder_t *b, const sp_ast_t *e) {
    if (st_enter_depth(b) < 0) return -1;
    int r = st_visit_expr_inner(b, e);
    b->depth--;
    return r;
}

/* Parameter and return annotations are evaluated in the enclosing scope (CPython 3.11). */
static int st_visit_arg_annotations(st_builder_t *b, const sp_ast_list_t *list) {
    for (int i = 0; i < list->n; i++)
        if (st_visit_opt(b, list->items[i]->u.arg.annotation) < 0) return -1;
    return 0;
}

static int st_visit_annotations(st_builder_t *b, const sp_ast_t *args, const sp_ast_t *returns) {
    if (args) {
        if (st_visit_arg_annotations(b, &args->u.arguments.posonlyargs) < 0) return -1;
        if (st_visit_arg_annotations(b, &args->u.arguments.args) < 0) return -1;
        if (st_visit_arg_annotations(b, &args->u.arguments.kwonlyargs) < 0) return -1;
        if (args->u.arguments.vararg && st_visit_opt(b, args->u.arguments.vararg->u.arg.annotation) < 0) return -1;
        if (args->u.arguments.kwarg && st_visit_opt(b, args->u.arguments.kwarg->u.arg.annotation) < 0) return -1;
    }
    return st_visit_opt(b, returns);
}

static int st_visit_function(st_builder_t *b, const sp_ast_t *s) {
    if (st_add_def(b, s->u.function_def.name, ST_DEF_LOCAL, s) < 0) return -1;
    if (st_visit_exprs(b, &s->u.function_def.decorators) < 0) return -1;
    if (st_visit_defaults(b, s->u.function_def.args) < 0) return -1;
    if (st_visit_annotations(b, s->u.function_def.args, s->u.function_def.returns) < 0) return -1;
    if (st_enter(b, ST_FUNCTION, s->u.function_def.name, s) < 0) return -1;
    if (st_add_params(b, s->u.function_def.args) < 0 || st_visit_stmts(b, &s->u.function_def.body) < 0)
        return -1;
    st_leave(b);
    return 0;
}

static int st_visit_class(st_builder_t *b, const sp_ast_t *s) {
    if (st_add_def(b, s->u.class_def.name, ST_DEF_LOCAL, s) < 0) return -1;
    if (st_visit_exprs(b, &s->u.class_def.decorators) < 0 || st_visit_exprs(b, &s->u.class_def.bases) < 0)
        return -1;
    for (int i = 0; i < s->u.class_def.keywords.n; i++)
        if (st_visit_expr(b, s->u.class_def.keywords.items[i]->u.keyword.value) < 0) return -1;
    if (st_enter(b, ST_CLASS, s->u.class_def.name, s) < 0) return -1;
    if (st_visit_stmts(b, &s->u.class_def.body) < 0) return -1;
    st_leave(b);
    return 0;
}

/* Remembers the statement that declared symbol e global/nonlocal, for later error positions. */
static int st_add_directive(st_builder_t *b, int32_t e, const sp_ast_t *stmt) {
    st_scope_t *s = b->cur;
    if (s->n_directives == s->cap_directives) {
        int cap = s->cap_directives ? s->cap_directives * 2 : 4;
        const sp_ast_t **nodes = sp_alloc(b->vm, (size_t)cap * sizeof *nodes);
        if (!nodes) return -1;
        if (s->n_directives) memcpy(nodes, s->directives, (size_t)s->n_directives * sizeof *nodes);
        s->directives = nodes;
        s->cap_directives = cap;
    }
    s->directives[s->n_directives++] = stmt;
    s->symbols.aux[e] = s->n_directives; /* index + 1: 0 means none */
    return 0;
}

/* `global` / `nonlocal`: CPython's ordering checks, then the declaration itself. */
static int st_visit_directive(st_builder_t *b, const sp_ast_t *s) {
    int is_global = s->kind == AST_GLOBAL;
    const char *what = is_global ? "global" : "nonlocal";
    for (int i = 0; i < s->u.global.n; i++) {
        sp_value_t name = s->u.global.names[i];
        int32_t e = st_map_find(&b->cur->symbols, name);
        int cur = e >= 0 ? b->cur->symbols.values[e] : 0;
        const char *n = sp_str_cstr(name);
        if (cur & ST_DEF_PARAM) return compile_error(b->ctx, s, 0, "name '%s' is parameter and %s", n, what);
        if (cur & ST_USE)
            return compile_error(b->ctx, s, 0, "name '%s' is used prior to %s declaration", n, what);
        if (cur & ST_DEF_LOCAL)
            return compile_error(b->ctx, s, 0, "name '%s' is assigned to before %s declaration", n, what);
        if (!is_global && b->cur->kind == ST_MODULE)
            return compile_error(b->ctx, s, 0, "nonlocal declaration not allowed at module level");
        if (st_add_def(b, name, is_global ? ST_DEF_GLOBAL : ST_DEF_NONLOCAL, s) < 0) return -1;
        e = st_map_find(&b->cur->symbols, name);
        if (b->cur->symbols.aux[e] == 0 && st_add_directive(b, e, s) < 0) return -1;
    }
    return 0;
}

/* The name an import binds: the alias, else the first component of the dotted name. */
static sp_value_t st_import_binding(sp_vm_t *vm, const sp_ast_t *alias) {
    if (alias->u.alias.asname) return alias->u.alias.asname;
    const char *full = sp_str_cstr(alias->u.alias.name);
    const char *dot = strchr(full, '.');
    return dot ? sp_str_intern(vm, full, (size_t)(dot - full)) : alias->u.alias.name;
}

static int st_visit_import(st_builder_t *b, const sp_ast_t *s) {
    const sp_ast_list_t *names = s->kind == AST_IMPORT ? &s->u.import.names : &s->u.import_from.names;
    for (int i = 0; i < names->n; i++) {
        const sp_ast_t *alias = names->items[i];
        if (s->kind == AST_IMPORT_FROM && strcmp(sp_str_cstr(alias->u.alias.name), "*") == 0) {
            if (b->cur->kind != ST_MODULE)
                return compile_error(b->ctx, alias, 0, "import * only allowed at module level");
            continue;
        }
        sp_value_t bound = s->kind == AST_IMPORT
                               ? st_import_binding(b->vm, alias)
                               : (alias->u.alias.asname ? alias->u.alias.asname : alias->u.alias.name);
        if (!bound || st_add_def(b, bound, ST_DEF_LOCAL | ST_DEF_IMPORT, alias) < 0) return -1;
    }
    return 0;
}

static int st_visit_try(st_builder_t *b, const sp_ast_t *s) {
    if (st_visit_stmts(b, &s->u.try_.body) < 0) return -1;
    for (int i = 0; i < s->u.try_.handlers.n; i++) {
        const sp_ast_t *h = s->u.try_.handlers.items[i];
        if (st_visit_opt(b, h->u.except_handler.type) < 0) return -1;
        if (h->u.except_handler.name && st_add_def(b, h->u.except_handler.name, ST_DEF_LOCAL, h) < 0)
            return -1;
        if (st_visit_stmts(b, &h->u.except_handler.body) < 0) return -1;
    }
    if (st_visit_stmts(b, &s->u.try_.orelse) < 0) return -1;
    return st_visit_stmts(b, &s->u.try_.finalbody);
}

static int st_visit_stmt_inner(st_builder_t *b, const sp_ast_t *s) {
    switch (s->kind) {
    case AST_FUNCTION_DEF:
        return st_visit_function(b, s);
    case AST_CLASS_DEF:
        return st_visit_class(b, s);
    case AST_RETURN:
        return st_visit_opt(b, s->u.return_.value);
    case AST_DELETE:
        return st_visit_exprs(b, &s->u.delete_.targets);
    case AST_ASSIGN:
        if (st_visit_expr(b, s->u.assign.value) < 0) return -1;
        return st_visit_exprs(b, &s->u.assign.targets);
    case AST_AUG_ASSIGN:
        if (st_visit_expr(b, s->u.aug_assign.target) < 0) return -1;
        return st_visit_expr(b, s->u.aug_assign.value);
    case AST_ANN_ASSIGN:
        if (st_visit_expr(b, s->u.ann_assign.target) < 0) return -1;
        if (st_visit_opt(b, s->u.ann_assign.annotation) < 0) return -1;
        return st_visit_opt(b, s->u.ann_assign.value);
    case AST_FOR:
        if (st_visit_expr(b, s->u.for_.target) < 0 || st_visit_expr(b, s->u.for_.iter) < 0) return -1;
        if (st_visit_stmts(b, &s->u.for_.body) < 0) return -1;
        return st_visit_stmts(b, &s->u.for_.orelse);
    case AST_WHILE:
    case AST_IF:
        if (st_visit_expr(b, s->u.if_.test) < 0 || st_visit_stmts(b, &s->u.if_.body) < 0) return -1;
        return st_visit_stmts(b, &s->u.if_.orelse);
    case AST_WITH:
        for (int i = 0; i < s->u.with.items.n; i++) {
            const sp_ast_t *item = s->u.with.items.items[i];
            if (st_visit_expr(b, item->u.with_item.context_expr) < 0) return -1;
            if (st_visit_opt(b, item->u.with_item.optional_vars) < 0) return -1;
        }
        return st_visit_stmts(b, &s->u.with.body);
    case AST_MATCH:
        return st_visit_expr(b, s->u.match.subject);
    case AST_RAISE:
        if (st_visit_opt(b, s->u.raise.exc) < 0) return -1;
        return st_visit_opt(b, s->u.raise.cause);
    case AST_TRY:
        return st_visit_try(b, s);
    case AST_ASSERT:
        if (st_visit_expr(b, s->u.assert_.test) < 0) return -1;
        return st_visit_opt(b, s->u.assert_.msg);
    case AST_IMPORT:
    case AST_IMPORT_FROM:
        return st_visit_import(b, s);
    case AST_GLOBAL:
    case AST_NONLOCAL:
        return st_visit_directive(b, s);
    case AST_EXPR:
        return st_visit_expr(b, s->u.expr.value);
    default:
        return 0;
    }
}

static int st_visit_stmts(st_builder_t *b, const sp_ast_list_t *list) {
    for (int i = 0; i < list->n; i++) {
        if (st_enter_depth(b) < 0) return -1;
        int r = st_visit_stmt_inner(b, list->items[i]);
        b->depth--;
        if (r < 0) return -1;
    }
    return 0;
}

/* ---- Analysis: resolve every name, as CPython's analyze_block ---------------------------- */

static int st_set_add(st_map_t *set, sp_value_t name) {
    int32_t e = st_map_add(set, name, 1);
    if (e < 0) return -1;
    set->values[e] = 1;
    return 0;
}
static int st_set_has(const st_map_t *set, sp_value_t name) {
    int32_t e = set ? st_map_find(set, name) : -1;
    return e >= 0 && set->values[e];
}
static void st_set_discard(st_map_t *set, sp_value_t name) {
    int32_t e = set ? st_map_find(set, name) : -1;
    if (e >= 0) set->values[e] = 0;
}
static int st_set_union(st_map_t *dst, const st_map_t *src) {
    for (int32_t e = 0; e < src->n; e++)
        if (src->values[e] && st_set_add(dst, src->keys[e]) < 0) return -1;
    return 0;
}

static void st_set_scope(st_scope_t *s, int32_t e, st_name_scope_t scope) {
    s->symbols.values[e] =
        (s->symbols.values[e] & ((1 << ST_SCOPE_SHIFT) - 1)) | ((int)scope << ST_SCOPE_SHIFT);
}

static const sp_ast_t *st_directive(const st_scope_t *s, int32_t e) {
    return s->symbols.aux[e] > 0 ? s->directives[s->symbols.aux[e] - 1] : NULL;
}

static int st_analyze_name(const sp_compile_ctx_t *ctx, st_scope_t *s, int32_t e, st_map_t *bound,
                           st_map_t *local, st_map_t *free, st_map_t *global) {
    sp_value_t name = s->symbols.keys[e];
    int flags = s->symbols.values[e];
    if (flags & ST_DEF_GLOBAL) {
        if (flags & ST_DEF_NONLOCAL)
            return compile_error(ctx, st_directive(s, e), 1, "name '%s' is nonlocal and global",
                                 sp_str_cstr(name));
        st_set_scope(s, e, ST_SCOPE_GLOBAL_EXPLICIT);
        st_set_discard(bound, name);
        return st_set_add(global, name);
    }
    if (flags & ST_DEF_NONLOCAL) {
        if (!st_set_has(bound, name))
            return compile_error(ctx, st_directive(s, e), 1, "no binding for nonlocal '%s' found",
                                 sp_str_cstr(name));
        st_set_scope(s, e, ST_SCOPE_FREE);
        return st_set_add(free, name);
    }
    if (flags & ST_DEF_BOUND) {
        st_set_scope(s, e, ST_SCOPE_LOCAL);
        st_set_discard(global, name);
        return st_set_add(local, name);
    }
    if (st_set_has(bound, name)) {
        st_set_scope(s, e, ST_SCOPE_FREE);
        return st_set_add(free, name);
    }
    st_set_scope(s, e, ST_SCOPE_GLOBAL_IMPLICIT);
    return 0;
}

/* Free names of the children that are local here become cells; the rest pass through this
 * scope as free variables (added as symbols when this scope never mentions them). */
static int st_resolve_child_free(st_scope_t *s, st_map_t *newfree, st_map_t *free) {
    for (int32_t f = 0; f < newfree->n; f++) {
        if (!newfree->values[f]) continue;
        sp_value_t name = newfree->keys[f];
        int32_t e = st_map_find(&s->symbols, name);
        if (e >= 0 && symtable_is_function(s) && (s->symbols.values[e] >> ST_SCOPE_SHIFT) == ST_SCOPE_LOCAL) {
            st_set_scope(s, e, ST_SCOPE_CELL);
            continue;
        }
        if (s->kind == ST_CLASS && !strcmp(sp_str_cstr(name), "__class__")) {
            /* The class body owns the `__class__` cell; __build_class__ fills it. Deliberately
             * not a symbol of the body itself, so `__class__` there stays a LOAD_NAME. */
            s->needs_class_cell = 1;
            continue;
        }
        if (e < 0) {
            e = st_map_add(&s->symbols, name, 0);
            if (e < 0) return -1;
            st_set_scope(s, e, ST_SCOPE_FREE);
        } else if (s->kind == ST_CLASS && (s->symbols.values[e] >> ST_SCOPE_SHIFT) != ST_SCOPE_FREE) {
            if (st_map_find(&s->class_free, name) < 0 && st_map_add(&s->class_free, name, 0) < 0) return -1;
        }
        if (st_set_add(free, name) < 0) return -1;
    }
    return 0;
}

static int st_analyze(const sp_compile_ctx_t *ctx, st_scope_t *s, st_map_t *bound, st_map_t *global,
                      st_map_t *free) {
    sp_vm_t *vm = ctx->vm;
    st_map_t local, newbound, newglobal, newfree;
    st_map_init(vm, &local, 0);
    st_map_init(vm, &newbound, 0);
    st_map_init(vm, &newglobal, 0);
    st_map_init(vm, &newfree, 0);
    if (s->kind == ST_CLASS) {
        if (st_set_union(&newglobal, global) < 0 || (bound && st_set_union(&newbound, bound) < 0)) return -1;
        /* Methods see the class's implicit `__class__` cell (CPython's compiler does the same). */
        if (st_set_add(&newbound, sp_str_intern_cstr(vm, "__class__")) < 0) return -1;
    }
    for (int32_t e = 0; e < s->symbols.n; e++)
        if (st_analyze_name(ctx, s, e, bound, &local, free, global) < 0) return -1;
    if (s->kind != ST_CLASS) {
        if (symtable_is_function(s) && st_set_union(&newbound, &local) < 0) return -1;
        if (bound && st_set_union(&newbound, bound) < 0) return -1;
        if (st_set_union(&newglobal, global) < 0) return -1;
    }
    for (int i = 0; i < s->n_children; i++) {
        st_map_t child_bound, child_global;
        if (st_map_copy(&child_bound, &newbound) < 0 || st_map_copy(&child_global, &newglobal) < 0) return -1;
        if (st_analyze(ctx, s->children[i], &child_bound, &child_global, &newfree) < 0) return -1;
    }
    return st_resolve_child_free(s, &newfree, free);
}

st_scope_t *symtable_build(const sp_compile_ctx_t *ctx, sp_ast_t *tree) {
    st_builder_t b = {ctx, ctx->vm, NULL, 0};
    st_scope_t *top = st_scope_new(&b, ST_MODULE, sp_str_intern_cstr(ctx->vm, "<module>"), NULL);
    if (!top) return NULL;
    b.cur = top;
    int r = tree->kind == AST_MODULE ? st_visit_stmts(&b, &tree->u.module.body) : st_visit_expr(&b, tree);
    if (r < 0) return NULL;
    st_map_t global, free;
    st_map_init(ctx->vm, &global, 0);
    st_map_init(ctx->vm, &free, 0);
    if (st_analyze(ctx, top, NULL, &global, &free) < 0) return NULL;
    return top;
}

st_scope_t *symtable_child(st_scope_t *scope, const sp_ast_t *node) {
    int n = scope->n_children;
    for (int k = 0; k < n; k++) {
        int i = (scope->child_cursor + k) % n;
        if (scope->children[i]->node == node) {
            scope->child_cursor = i + 1;
            return scope->children[i];
        }
    }
    return NULL;
}

st_name_scope_t symtable_lookup(const st_scope_t *scope, sp_value_t name) {
    int32_t e = st_map_find(&scope->symbols, name);
    return e < 0 ? ST_SCOPE_UNKNOWN : (st_name_scope_t)(scope->symbols.values[e] >> ST_SCOPE_SHIFT);
}
