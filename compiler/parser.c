/* parser.c: recursive-descent parser for Python 3.11 source -> the AST of compiler/ast.h.
 * Binary operators use precedence climbing, so long flat chains never recurse deeply; nesting
 * depth is guarded so no input can overflow the C stack. Errors use CPython's messages. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/compiler.h"
#include "compiler/lexer.h"
#include "runtime/runtime.h"

/*
 * Errors unwind with longjmp to parse_source: every node lives on the GC heap, so nothing
 * needs freeing, and the grammar functions stay free of error plumbing. The parser keeps a
 * queue of look-ahead tokens (most rules need one or two; `match` and parenthesised `with`
 * scan further ahead).
 */

/* Nesting budget: a unary operator costs 1, a nested expression PARSE_NEST_COST (it uses
 * far more C stack: about 1 KB). Exceeding it raises MemoryError, as CPython 3.11's parser does
 * for very deep input (its own limit is about 5000 levels; between 2500 and 5000 CPython's
 * compiler reports RecursionError instead). 2000 nested `-` pass in both. */
#define PARSE_MAX_DEPTH 2500
#define PARSE_NEST_COST 2
/* f-string format specs may nest replacement fields this deep (CPython's limit). */
#define PARSE_FSTRING_MAX_NEST 2

typedef struct parser {
    sp_vm_t *vm;
    lex_t *lx;
    const char *filename;
    lex_token_t *toks; /* look-ahead queue: toks[head .. count) */
    int head, count, cap;
    lex_token_t prev;         /* the last consumed token */
    lex_token_t last_newline; /* the last NEWLINE consumed (some errors point there) */
    int end_line, end_col;    /* end of the last consumed token that is not NEWLINE/INDENT/DEDENT */
    int depth;
    jmp_buf *fail;
    struct parser *parent;          /* for an f-string expression: the enclosing parser */
    const lex_token_t *fstring_tok; /* ... and the string token holding it */
    int fstring_nest;
} parser_t;

/* ---- Errors ----------------------------------------------------------------------------- */

static void p_bail(parser_t *p) __attribute__((noreturn));
static void p_bail(parser_t *p) {
    longjmp(*p->fail, 1);
}

/*
 * After a parser error, CPython tokenizes the rest of the file: a tokenizer error found there
 * replaces the parser's (a bad literal, an unterminated string), and brackets still open at
 * the end replace it when they were opened on an earlier line than the parser error.
 */
static void p_check_rest(parser_t *p, int err_line) {
    if (p->parent) return;
    if (p->lx->done) return;
    sp_value_t parser_error = sp_exc_fetch(p->vm);
    lex_token_t t;
    for (;;) {
        if (lex_next_token(p->lx, &t) < 0) {
            lex_t *lx = p->lx;
            int unclosed = lx->paren_n > 0 && t.kind == TK_ERROR && lx->cur >= lx->end;
            if (!lx->soft_error || (unclosed && err_line > lx->paren_line[lx->paren_n - 1])) return;
            break;
        }
        if (t.kind == TK_ENDMARKER) break;
    }
    sp_exc_fetch(p->vm);
    p->vm->exc = parser_error;
}

static void p_error_at(parser_t *p, sp_exc_kind_t kind, int line, int col, const char *fmt, ...)
    __attribute__((noreturn, format(printf, 5, 6)));
static void p_error_at(parser_t *p, sp_exc_kind_t kind, int line, int col, const char *fmt, ...) {
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (p->parent) {
        /* An f-string expression: report against the string token of the enclosing source. */
        parser_t *top = p;
        while (top->parent) top = top->parent;
        const lex_token_t *t = p->fstring_tok;
        char full[560];
        snprintf(full, sizeof full, "f-string: %s", msg);
        lex_error_pos(top->lx, kind, t->end_line, t->end_col, "%s", full);
    } else {
        lex_error_pos(p->lx, kind, line, col, "%s", msg);
        /* CPython compares with the line of the furthest token it has read. */
        p_check_rest(p, p->count > 0 ? p->toks[p->count - 1].line : line);
    }
    p_bail(p);
}

#define p_error_node(p, node, ...) p_error_at((p), SP_EXC_SyntaxError, (node)->line, (node)->col, __VA_ARGS__)

static void p_oom(parser_t *p) __attribute__((noreturn));
static void p_oom(parser_t *p) {
    if (!p->vm->exc) sp_raise_nomem(p->vm);
    p_bail(p);
}

/* ---- Tokens ----------------------------------------------------------------------------- */

static void p_fill(parser_t *p, int k) {
    while (p->count - p->head <= k) {
        if (p->head == p->count) p->head = p->count = 0;
        if (p->count == p->cap) {
            int cap = p->cap ? p->cap * 2 : 16;
            lex_token_t *t = sp_alloc_atomic(p->vm, sizeof(lex_token_t) * (size_t)cap);
            if (!t) p_oom(p);
            if (p->count > p->head)
                memcpy(t, p->toks + p->head, sizeof(lex_token_t) * (size_t)(p->count - p->head));
            p->count -= p->head;
            p->head = 0;
            p->toks = t;
            p->cap = cap;
            continue;
        }
        lex_token_t *t = &p->toks[p->count];
        if (lex_next_token(p->lx, t) < 0) {
            /* A stray character is an error token for CPython's parser, which then scans on. */
            if (p->lx->soft_error && !p->parent) p_check_rest(p, p->lx->line);
            p_bail(p);
        }
        p->count++;
    }
}

static lex_token_t *p_peek(parser_t *p, int k) {
    p_fill(p, k);
    return &p->toks[p->head + k];
}

#define p_cur(p) p_peek((p), 0)

static int p_at(parser_t *p, lex_kind_t kind) {
    return p_cur(p)->kind == kind;
}
static int p_at_kw(parser_t *p, lex_keyword_t kw) {
    lex_token_t *t = p_cur(p);
    return t->kind == TK_NAME && t->keyword == kw;
}
static int p_peek_is(parser_t *p, int k, lex_kind_t kind) {
    return p_peek(p, k)->kind == kind;
}
static int p_peek_kw(parser_t *p, int k, lex_keyword_t kw) {
    lex_token_t *t = p_peek(p, k);
    return t->kind == TK_NAME && t->keyword == kw;
}

/* Consumes the current token; returns a pointer to a stable copy of it. */
static lex_token_t *p_advance(parser_t *p) {
    p_fill(p, 0);
    p->prev = p->toks[p->head++];
    if (p->prev.kind == TK_NEWLINE)
        p->last_newline = p->prev;
    else if (p->prev.kind != TK_INDENT && p->prev.kind != TK_DEDENT && p->prev.kind != TK_ENDMARKER)
        p->end_line = p->prev.end_line, p->end_col = p->prev.end_col;
    return &p->prev;
}

static int p_accept(parser_t *p, lex_kind_t kind) {
    if (!p_at(p, kind)) return 0;
    p_advance(p);
    return 1;
}
static int p_accept_kw(parser_t *p, lex_keyword_t kw) {
    if (!p_at_kw(p, kw)) return 0;
    p_advance(p);
    return 1;
}

/* The generic error at the current token, with CPython's special cases. */
static void p_syntax_error(parser_t *p) __attribute__((noreturn));
static void p_syntax_error(parser_t *p) {
    lex_token_t *t = p_cur(p);
    if (t->kind == TK_INDENT)
        p_error_at(p, SP_EXC_IndentationError, t->line, t->end_col > 0 ? t->end_col - 1 : 0,
                   "unexpected indent");
    /* `a not b`: CPython fails on the token after `not` (it wanted `in`). */
    if (t->kind == TK_NAME && t->keyword == KW_NOT && p->prev.kind != TK_NEWLINE) t = p_peek(p, 1);
    if (t->kind == TK_DEDENT)
        p_error_at(p, SP_EXC_IndentationError, t->line, t->col,
                   "unindent does not match any outer indentation level");
    if (t->kind == TK_ENDMARKER && p->prev.kind != TK_NEWLINE)
        p_error_at(p, SP_EXC_SyntaxError, p->prev.end_line, p->prev.end_col, "invalid syntax");
    p_error_at(p, SP_EXC_SyntaxError, t->line, t->col, "invalid syntax");
}

static lex_token_t *p_expect(parser_t *p, lex_kind_t kind) {
    if (!p_at(p, kind)) p_syntax_error(p);
    return p_advance(p);
}

/* Expects a token and names it in the error. CPython's grammar forces some tokens (`def`'s
 * '(' and ':', `try:`, `else:`, `finally:`: strict) and names others only when the line ends
 * early (`if x` NEWLINE). */
static lex_token_t *p_expect_named(parser_t *p, lex_kind_t kind, int strict) {
    if (!p_at(p, kind)) {
        lex_token_t *t = p_cur(p);
        if (t->kind == TK_INDENT || t->kind == TK_DEDENT) p_syntax_error(p);
        if (t->kind == TK_NEWLINE || t->kind == TK_ENDMARKER)
            p_error_at(p, SP_EXC_SyntaxError, p->prev.end_line, p->prev.end_col, "expected '%s'",
                       lex_kind_name(kind));
        if (!strict) p_syntax_error(p);
        p_error_at(p, SP_EXC_SyntaxError, t->line, t->col, "expected '%s'", lex_kind_name(kind));
    }
    return p_advance(p);
}

static void p_enter(parser_t *p, int cost) {
    p->depth += cost;
    if (p->depth > PARSE_MAX_DEPTH) {
        /* CPython 3.11's parser runs out of its stack on such nesting: a bare MemoryError. */
        sp_raise_empty(p->vm, SP_EXC_MemoryError);
        p_bail(p);
    }
}
static void p_leave(parser_t *p, int cost) {
    p->depth -= cost;
}

/* ---- Nodes ------------------------------------------------------------------------------ */

static sp_ast_t *p_node(parser_t *p, sp_ast_kind_t kind, int line, int col) {
    sp_ast_t *n = ast_new(p->vm, kind, line, col);
    if (!n) p_oom(p);
    n->end_line = p->end_line;
    n->end_col = p->end_col;
    return n;
}
static sp_ast_t *p_node_tok(parser_t *p, sp_ast_kind_t kind, const lex_token_t *t) {
    return p_node(p, kind, t->line, t->col);
}
/* Where the current token starts: nodes built around a first operand start at its first
 * token (a parenthesised operand starts at its '(' as in CPython). */
typedef struct p_pos {
    int line, col;
} p_pos_t;
static p_pos_t p_here(parser_t *p) {
    lex_token_t *t = p_cur(p);
    p_pos_t pos = {t->line, t->col};
    return pos;
}
static sp_ast_t *p_node_at(parser_t *p, sp_ast_kind_t kind, p_pos_t at) {
    return p_node(p, kind, at.line, at.col);
}
/* Sets a node's end to the last consumed token. */
static sp_ast_t *p_finish(parser_t *p, sp_ast_t *n) {
    n->end_line = p->end_line;
    n->end_col = p->end_col;
    return n;
}

static void p_append(parser_t *p, sp_ast_list_t *list, sp_ast_t *node) {
    int n = list->n;
    ast_list_append(p->vm, list, node);
    if (list->n != n + 1) p_oom(p);
}

static sp_value_t p_name_value(parser_t *p, const lex_token_t *t) {
    sp_value_t s = sp_str_intern(p->vm, t->start, t->len);
    if (!s) p_oom(p);
    return s;
}

/* Expects a NAME that is not a hard keyword. */
static lex_token_t *p_expect_name(parser_t *p) {
    lex_token_t *t = p_cur(p);
    if (t->kind != TK_NAME || t->keyword) p_syntax_error(p);
    return p_advance(p);
}

/* CPython's description of an expression in "cannot assign to ..." messages. */
static const char *p_expr_name(const sp_ast_t *e) {
    switch (e->kind) {
    case AST_ATTRIBUTE:
        return "attribute";
    case AST_SUBSCRIPT:
        return "subscript";
    case AST_STARRED:
        return "starred";
    case AST_NAME:
        return "name";
    case AST_LIST:
        return "list";
    case AST_TUPLE:
        return "tuple";
    case AST_LAMBDA:
        return "lambda";
    case AST_CALL:
        return "function call";
    case AST_BOOL_OP:
    case AST_BIN_OP:
    case AST_UNARY_OP:
        return "expression";
    case AST_GENERATOR_EXP:
        return "generator expression";
    case AST_YIELD:
    case AST_YIELD_FROM:
        return "yield expression";
    case AST_AWAIT:
        return "await expression";
    case AST_LIST_COMP:
        return "list comprehension";
    case AST_SET_COMP:
        return "set comprehension";
    case AST_DICT_COMP:
        return "dict comprehension";
    case AST_DICT:
        return "dict literal";
    case AST_SET:
        return "set display";
    case AST_JOINED_STR:
    case AST_FORMATTED_VALUE:
        return "f-string expression";
    case AST_CONSTANT: {
        sp_value_t v = e->u.constant.value;
        if (v == SP_NONE) return "None";
        if (v == SP_TRUE) return "True";
        if (v == SP_FALSE) return "False";
        if (v == SP_ELLIPSIS) return "ellipsis";
        return "literal";
    }
    case AST_COMPARE:
        return "comparison";
    case AST_IF_EXP:
        return "conditional expression";
    case AST_NAMED_EXPR:
        return "named expression";
    default:
        return "expression";
    }
}

/* Marks an assignment / del target and its parts with ctx, or raises CPython's error.
 * `here` adds the "Maybe you meant '=='" hint of a lone `x = ...` target. */
static void p_set_context(parser_t *p, sp_ast_t *e, sp_ast_ctx_t ctx, int here) {
    switch (e->kind) {
    case AST_NAME:
        e->u.name.ctx = ctx;
        return;
    case AST_ATTRIBUTE:
        e->u.attribute.ctx = ctx;
        return;
    case AST_SUBSCRIPT:
        e->u.subscript.ctx = ctx;
        return;
    case AST_STARRED:
        if (ctx == AST_DEL) p_error_node(p, e, "cannot delete starred");
        e->u.starred.ctx = ctx;
        p_set_context(p, e->u.starred.value, ctx, 0);
        return;
    case AST_TUPLE:
    case AST_LIST:
        e->u.list.ctx = ctx;
        for (int i = 0; i < e->u.list.elts.n; i++) p_set_context(p, e->u.list.elts.items[i], ctx, 0);
        return;
    default:
        break;
    }
    const char *what = p_expr_name(e);
    if (ctx == AST_DEL) p_error_node(p, e, "cannot delete %s", what);
    int singleton =
        e->kind == AST_CONSTANT &&
        (e->u.constant.value == SP_NONE || e->u.constant.value == SP_TRUE || e->u.constant.value == SP_FALSE);
    if (here && !singleton && e->kind != AST_GENERATOR_EXP)
        p_error_node(p, e, "cannot assign to %s here. Maybe you meant '==' instead of '='?", what);
    p_error_node(p, e, "cannot assign to %s", what);
}

/* ---- Forward declarations of the grammar ------------------------------------------------ */

static sp_ast_t *p_expression(parser_t *p);
static sp_ast_t *p_named_expression(parser_t *p);
static sp_ast_t *p_named_expression_in(parser_t *p, int check_eq);
static sp_ast_t *p_star_expressions(parser_t *p);
static sp_ast_t *p_star_named_expression(parser_t *p);
static sp_ast_t *p_disjunction(parser_t *p);
static sp_ast_t *p_bitwise_or(parser_t *p);
static sp_ast_t *p_yield_expr(parser_t *p);
static sp_ast_t *p_primary(parser_t *p);
static sp_ast_t *p_star_targets(parser_t *p);
static sp_ast_t *p_parameters(parser_t *p, lex_kind_t close, int annotations);

/* ---- Literals --------------------------------------------------------------------------- */

static sp_ast_t *p_constant(parser_t *p, const lex_token_t *t, sp_value_t v) {
    sp_ast_t *n = p_node_tok(p, AST_CONSTANT, t);
    n->u.constant.value = v;
    return n;
}

/* The value of a NUMBER token (underscores are already validated by the lexer). */
static sp_value_t p_number_value(parser_t *p, const lex_token_t *t) {
    char small[80];
    char *buf = t->len < sizeof small ? small : sp_alloc_atomic(p->vm, t->len + 1);
    if (!buf) p_oom(p);
    size_t n = 0;
    for (uint32_t i = 0; i < t->len; i++)
        if (t->start[i] != '_') buf[n++] = t->start[i];
    buf[n] = 0;
    if (t->flags == LEX_NUM_IMAG) { /* strtod stops at the 'j' */
        sp_value_t z = sp_complex_new(p->vm, 0.0, strtod(buf, NULL));
        if (!z) p_oom(p);
        return z;
    }
    if (t->flags == LEX_NUM_FLOAT) return sp_float(strtod(buf, NULL));
    sp_value_t v = sp_int_from_string(p->vm, buf, n, 0);
    if (!v) p_bail(p);
    return v;
}

static void p_flush_literal(parser_t *p, sp_strbuf_t *lit, sp_ast_list_t *parts, const lex_token_t *t) {
    if (lit->size == 0) return;
    sp_value_t s = strbuf_finish(lit);
    if (!s) p_oom(p);
    p_append(p, parts, p_constant(p, t, s));
    strbuf_init(p->vm, lit);
}

static void p_fstring_parse(parser_t *p, const lex_token_t *t, const char *s, size_t n, size_t *pos,
                            int flags, int nest, sp_strbuf_t *lit, sp_ast_list_t *parts);

/* Parses the expression text of a replacement field with a sub-parser over "(text)". */
static sp_ast_t *p_fstring_expr(parser_t *p, const lex_token_t *t, const char *text, size_t size) {
    char *buf = sp_alloc_atomic(p->vm, size + 3);
    if (!buf) p_oom(p);
    buf[0] = '(';
    memcpy(buf + 1, text, size);
    buf[size + 1] = ')';
    buf[size + 2] = 0;
    /* Where the text starts in the file, for node positions. */
    int line = t->line, col = t->col;
    for (const char *q = t->start; q < text; q++) {
        if (*q == '\n')
            line++, col = 0;
        else
            col++;
    }
    lex_t sub;
    lex_init_fragment(&sub, p->vm, buf, size + 2, p->filename, line, col - 1);
    parser_t sp;
    memset(&sp, 0, sizeof sp);
    sp.vm = p->vm;
    sp.lx = &sub;
    sp.filename = p->filename;
    sp.fail = p->fail;
    sp.parent = p;
    sp.fstring_tok = p->parent ? p->fstring_tok : t;
    sp.depth = p->depth + PARSE_NEST_COST;
    sp.fstring_nest = p->fstring_nest + 1;
    sp.prev = *t;
    sp.end_line = line, sp.end_col = col;
    p_enter(&sp, 0);
    sp_ast_t *e = p_primary(&sp);
    if (!p_at(&sp, TK_ENDMARKER)) p_syntax_error(&sp);
    return e;
}

/* Scans a replacement field's expression (CPython 3.11's rules); returns where it stops. */
static size_t p_fstring_scan_expr(parser_t *p, const lex_token_t *t, const char *s, size_t n, size_t i) {
    int depth = 0;
    char quote = 0;
    int triple = 0;
    for (; i < n; i++) {
        char c = s[i];
        if (c == '\\')
            p_error_at(p, SP_EXC_SyntaxError, t->end_line, t->end_col,
                       "f-string expression part cannot include a backslash");
        if (quote) {
            if (c == quote && (!triple || (i + 2 < n && s[i + 1] == quote && s[i + 2] == quote))) {
                if (triple) i += 2;
                quote = 0;
            }
            continue;
        }
        if (c == '\'' || c == '"') {
            quote = c;
            triple = i + 2 < n && s[i + 1] == c && s[i + 2] == c;
            if (triple) i += 2;
        } else if (c == '(' || c == '[' || c == '{') {
            if (++depth >= 200)
                p_error_at(p, SP_EXC_SyntaxError, t->end_line, t->end_col,
                           "f-string: too many nested parenthesis");
        } else if (c == '#') {
            p_error_at(p, SP_EXC_SyntaxError, t->end_line, t->end_col,
                       "f-string expression part cannot include '#'");
        } else if (depth == 0 && c == '!' && i + 1 < n && s[i + 1] == '=') {
            i++;
        } else if (depth == 0 && c == '=' && i + 1 < n && s[i + 1] == '=') {
            i++;
        } else if (depth == 0 && c == '=' && i > 0 && strchr("=!<>", s[i - 1])) {
            continue;
        } else if (depth == 0 && (c == '=' || c == '!' || c == ':' || c == '}')) {
            return i;
        } else if (c == ')' || c == ']' || c == '}') {
            if (--depth < 0)
                p_error_at(p, SP_EXC_SyntaxError, t->end_line, t->end_col, "f-string: unmatched '%c'", c);
        }
    }
    if (quote) p_error_at(p, SP_EXC_SyntaxError, t->end_line, t->end_col, "f-string: unterminated string");
    p_error_at(p, SP_EXC_SyntaxError, t->end_line, t->end_col, "f-string: expecting '}'");
}

/* Parses one `{expr=!c:spec}` field starting after its '{'; returns the index after '}'. */
static size_t p_fstring_field(parser_t *p, const lex_token_t *t, const char *s, size_t n, size_t i, int flags,
                              int nest, sp_strbuf_t *lit, sp_ast_list_t *parts) {
    if (nest >= PARSE_FSTRING_MAX_NEST)
        p_error_at(p, SP_EXC_SyntaxError, t->end_line, t->end_col, "f-string: expressions nested too deeply");
    size_t start = i;
    i = p_fstring_scan_expr(p, t, s, n, i);
    size_t k = start;
    while (k < i && strchr(" \t\n\r\f", s[k])) k++;
    if (k == i)
        p_error_at(p, SP_EXC_SyntaxError, t->end_line, t->end_col, "f-string: empty expression not allowed");
    sp_ast_t *expr = p_fstring_expr(p, t, s + start, i - start);
    int conversion = -1, debug = 0;
    if (s[i] == '=') {
        i++;
        while (i < n && strchr(" \t\n\r\f", s[i])) i++;
        strbuf_append(lit, s + start, i - start);
        debug = 1;
    }
    if (i < n && s[i] == '!') {
        i++;
        if (i >= n) p_error_at(p, SP_EXC_SyntaxError, t->end_line, t->end_col, "f-string: expecting '}'");
        if (s[i] != 's' && s[i] != 'r' && s[i] != 'a') {
            p_error_at(p, SP_EXC_SyntaxError, t->end_line, t->end_col,
                       "f-string: invalid conversion character: expected 's', 'r', or 'a'");
        }
        conversion = s[i++];
    }
    sp_ast_t *spec = NULL;
    if (i < n && s[i] == ':') {
        i++;
        sp_strbuf_t spec_lit;
        strbuf_init(p->vm, &spec_lit);
        spec = p_node_tok(p, AST_JOINED_STR, t);
        p_fstring_parse(p, t, s, n, &i, flags, nest + 1, &spec_lit, &spec->u.joined_str.values);
        p_flush_literal(p, &spec_lit, &spec->u.joined_str.values, t);
    }
    if (i >= n || s[i] != '}')
        p_error_at(p, SP_EXC_SyntaxError, t->end_line, t->end_col, "f-string: expecting '}'");
    i++;
    if (debug && conversion < 0 && !spec) conversion = 'r';
    p_flush_literal(p, lit, parts, t);
    sp_ast_t *fv = p_node(p, AST_FORMATTED_VALUE, t->line, t->col);
    fv->u.formatted_value.value = expr;
    fv->u.formatted_value.conversion = conversion;
    fv->u.formatted_value.format_spec = spec;
    p_append(p, parts, fv);
    return i;
}

/* Parses f-string text from *pos: literal runs and fields. Inside a format spec (nest > 0)
 * it stops at the '}' that closes the field. */
static void p_fstring_parse(parser_t *p, const lex_token_t *t, const char *s, size_t n, size_t *pos,
                            int flags, int nest, sp_strbuf_t *lit, sp_ast_list_t *parts) {
    size_t i = *pos;
    int raw = flags & LEX_STR_RAW;
    while (i < n) {
        size_t j = i;
        while (j < n && s[j] != '{' && s[j] != '}') {
            /* \N{NAME} is an escape, not a field. */
            if (!raw && s[j] == '\\' && j + 2 < n && s[j + 1] == 'N' && s[j + 2] == '{') {
                j += 3;
                while (j < n && s[j] != '}') j++;
                if (j < n) j++;
                continue;
            }
            j++;
        }
        if (j > i && lex_decode_string(p->lx, s + i, j - i, flags & (LEX_STR_RAW), t, lit) < 0) p_bail(p);
        i = j;
        if (i >= n) break;
        if (s[i] == '{') {
            if (i + 1 < n && s[i + 1] == '{') {
                strbuf_append(lit, "{", 1);
                i += 2;
                continue;
            }
            i = p_fstring_field(p, t, s, n, i + 1, flags, nest, lit, parts);
        } else {
            if (nest > 0) break;
            if (i + 1 < n && s[i + 1] == '}') {
                strbuf_append(lit, "}", 1);
                i += 2;
                continue;
            }
            p_error_at(p, SP_EXC_SyntaxError, t->end_line, t->end_col, "f-string: single '}' is not allowed");
        }
    }
    *pos = i;
}

/* The parts of an f-string take the position of the whole literal, as in CPython 3.11. */
static void p_fstring_positions(sp_ast_t *joined, const sp_ast_t *span) {
    for (int i = 0; i < joined->u.joined_str.values.n; i++) {
        sp_ast_t *part = joined->u.joined_str.values.items[i];
        part->line = span->line, part->col = span->col;
        part->end_line = span->end_line, part->end_col = span->end_col;
        if (part->kind == AST_FORMATTED_VALUE && part->u.formatted_value.format_spec) {
            sp_ast_t *spec = part->u.formatted_value.format_spec;
            spec->line = span->line, spec->col = span->col;
            spec->end_line = span->end_line, spec->end_col = span->end_col;
            p_fstring_positions(spec, span);
        }
    }
}

/* One or more adjacent string literals: a str/bytes Constant or a JoinedStr. */
static sp_ast_t *p_strings(parser_t *p) {
    lex_token_t first = *p_cur(p);
    int bytes = (first.flags & LEX_STR_BYTES) != 0, any_f = 0;
    sp_strbuf_t lit;
    strbuf_init(p->vm, &lit);
    sp_ast_list_t parts = {0, NULL};
    while (p_at(p, TK_STRING)) {
        lex_token_t t = *p_advance(p);
        if (((t.flags & LEX_STR_BYTES) != 0) != bytes)
            p_error_at(p, SP_EXC_SyntaxError, t.end_line, t.end_col,
                       "cannot mix bytes and nonbytes literals");
        int q = (t.flags & LEX_STR_TRIPLE) ? 3 : 1;
        const char *body = t.start + t.prefix_len + q;
        size_t size = t.len - t.prefix_len - 2u * (unsigned)q;
        if (t.flags & LEX_STR_F) {
            any_f = 1;
            size_t pos = 0;
            p_fstring_parse(p, &t, body, size, &pos, t.flags, 0, &lit, &parts);
        } else if (lex_decode_string(p->lx, body, size, t.flags, &t, &lit) < 0) {
            p_bail(p);
        }
    }
    sp_ast_t *n;
    if (bytes) {
        sp_value_t v = sp_bytes_new(p->vm, lit.data, lit.size);
        if (!v) p_oom(p);
        n = p_constant(p, &first, v);
    } else if (!any_f) {
        sp_value_t v = strbuf_finish(&lit);
        if (!v) p_oom(p);
        n = p_constant(p, &first, v);
    } else {
        p_flush_literal(p, &lit, &parts, &first);
        n = p_node_tok(p, AST_JOINED_STR, &first);
        n->u.joined_str.values = parts;
        p_fstring_positions(p_finish(p, n), n);
    }
    return p_finish(p, n);
}

/* ---- Atoms and displays ----------------------------------------------------------------- */

static int p_at_comp_for(parser_t *p) {
    return p_at_kw(p, KW_FOR) || (p_at_kw(p, KW_ASYNC) && p_peek_kw(p, 1, KW_FOR));
}

/* for_if_clause+: `[async] for targets in disjunction (if disjunction)*`, repeated. */
static void p_comp_clauses(parser_t *p, sp_ast_list_t *generators) {
    while (p_at_comp_for(p)) {
        lex_token_t *start = p_cur(p);
        sp_ast_t *c = p_node_tok(p, AST_COMPREHENSION, start);
        if (p_accept_kw(p, KW_ASYNC)) c->u.comprehension.is_async = 1;
        p_advance(p); /* for */
        c->u.comprehension.target = p_star_targets(p);
        if (!p_accept_kw(p, KW_IN)) p_syntax_error(p);
        c->u.comprehension.iter = p_disjunction(p);
        while (p_accept_kw(p, KW_IF)) p_append(p, &c->u.comprehension.ifs, p_disjunction(p));
        p_append(p, generators, p_finish(p, c));
    }
}

/* A comprehension or generator expression whose element has been parsed. */
static sp_ast_t *p_comprehension(parser_t *p, sp_ast_kind_t kind, const lex_token_t *open, sp_ast_t *elt,
                                 sp_ast_t *value) {
    if (elt->kind == AST_STARRED) {
        p_error_node(p, elt,
                     kind == AST_LIST_COMP  ? "iterable unpacking cannot be used in comprehension"
                     : kind == AST_SET_COMP ? "iterable unpacking cannot be used in comprehension"
                                            : "iterable unpacking cannot be used in comprehension");
    }
    sp_ast_t *n = p_node_tok(p, kind, open);
    n->u.comp.elt = elt;
    n->u.comp.value = value;
    p_comp_clauses(p, &n->u.comp.generators);
    return n;
}

/* Two expressions side by side inside brackets: CPython's "Perhaps you forgot a comma?". */
static int p_starts_expression(const lex_token_t *t) {
    switch (t->kind) {
    case TK_NAME:
        return !t->keyword || t->keyword == KW_TRUE || t->keyword == KW_FALSE || t->keyword == KW_NONE ||
               t->keyword == KW_LAMBDA || t->keyword == KW_NOT || t->keyword == KW_AWAIT;
    case TK_NUMBER:
    case TK_STRING:
    case TK_LPAR:
    case TK_LSQB:
    case TK_LBRACE:
    case TK_ELLIPSIS:
    case TK_TILDE:
        return 1;
    default:
        return 0;
    }
}

static lex_token_t *p_expect_close(parser_t *p, lex_kind_t close, const sp_ast_t *last) {
    if (!p_at(p, close)) {
        lex_token_t *t = p_cur(p);
        if (last && p_starts_expression(t) && p->lx->paren_n > 0 && !p->parent)
            p_error_node(p, last, "invalid syntax. Perhaps you forgot a comma?");
        p_syntax_error(p);
    }
    return p_advance(p);
}

/* After '(' : (), (yield ...), (expr), (a, b, ...), (x for ...). */
static sp_ast_t *p_paren(parser_t *p, const lex_token_t *open) {
    if (p_accept(p, TK_RPAR)) return p_node_tok(p, AST_TUPLE, open);
    if (p_at_kw(p, KW_YIELD)) {
        sp_ast_t *y = p_yield_expr(p);
        p_expect_close(p, TK_RPAR, y);
        return y;
    }
    sp_ast_t *first = p_star_named_expression(p);
    if (p_at_comp_for(p)) {
        sp_ast_t *g = p_comprehension(p, AST_GENERATOR_EXP, open, first, NULL);
        p_expect_close(p, TK_RPAR, NULL);
        return p_finish(p, g);
    }
    if (p_accept(p, TK_RPAR)) {
        if (first->kind == AST_STARRED) p_error_node(p, first, "cannot use starred expression here");
        return first;
    }
    if (!p_at(p, TK_COMMA)) p_expect_close(p, TK_RPAR, first);
    sp_ast_t *t = p_node_tok(p, AST_TUPLE, open);
    p_append(p, &t->u.list.elts, first);
    sp_ast_t *last = first;
    while (p_accept(p, TK_COMMA) && !p_at(p, TK_RPAR)) {
        last = p_star_named_expression(p);
        p_append(p, &t->u.list.elts, last);
    }
    p_expect_close(p, TK_RPAR, last);
    return p_finish(p, t);
}

static sp_ast_t *p_list_display(parser_t *p, const lex_token_t *open) {
    sp_ast_t *n = p_node_tok(p, AST_LIST, open);
    if (p_accept(p, TK_RSQB)) return p_finish(p, n);
    sp_ast_t *first = p_star_named_expression(p);
    if (p_at_comp_for(p)) {
        sp_ast_t *c = p_comprehension(p, AST_LIST_COMP, open, first, NULL);
        p_expect_close(p, TK_RSQB, NULL);
        return p_finish(p, c);
    }
    p_append(p, &n->u.list.elts, first);
    sp_ast_t *last = first;
    while (p_accept(p, TK_COMMA) && !p_at(p, TK_RSQB)) {
        last = p_star_named_expression(p);
        p_append(p, &n->u.list.elts, last);
    }
    p_expect_close(p, TK_RSQB, last);
    return p_finish(p, n);
}

/* One dict item: `key: value` or `**mapping` (key NULL). */
static void p_dict_item(parser_t *p, sp_ast_t *d) {
    if (p_accept(p, TK_DOUBLESTAR)) {
        p_append(p, &d->u.dict.keys, NULL);
        p_append(p, &d->u.dict.values, p_bitwise_or(p));
        return;
    }
    sp_ast_t *k = p_expression(p);
    if ((p_at(p, TK_COMMA) || p_at(p, TK_RBRACE))) p_error_node(p, k, "':' expected after dictionary key");
    if (!p_at(p, TK_COLON)) p_expect_close(p, TK_COLON, k);
    p_advance(p);
    p_append(p, &d->u.dict.keys, k);
    p_append(p, &d->u.dict.values, p_expression(p));
}

static sp_ast_t *p_brace_display(parser_t *p, const lex_token_t *open) {
    if (p_accept(p, TK_RBRACE)) return p_node_tok(p, AST_DICT, open);
    if (p_at(p, TK_DOUBLESTAR) || !(p_at(p, TK_STAR))) {
        sp_ast_t *first_key = NULL;
        if (!p_at(p, TK_DOUBLESTAR)) {
            first_key = p_named_expression(p);
            if (!p_at(p, TK_COLON)) goto set_display;
        }
        sp_ast_t *d = p_node_tok(p, AST_DICT, open);
        if (first_key) {
            p_advance(p); /* ':' */
            sp_ast_t *v = p_expression(p);
            if (p_at_comp_for(p)) {
                sp_ast_t *c = p_comprehension(p, AST_DICT_COMP, open, first_key, v);
                p_expect_close(p, TK_RBRACE, NULL);
                return p_finish(p, c);
            }
            p_append(p, &d->u.dict.keys, first_key);
            p_append(p, &d->u.dict.values, v);
            if (!p_at(p, TK_RBRACE) && !p_at(p, TK_COMMA)) p_expect_close(p, TK_RBRACE, v);
            if (!p_accept(p, TK_COMMA)) goto close_dict;
        }
        while (!p_at(p, TK_RBRACE)) {
            p_dict_item(p, d);
            if (!p_accept(p, TK_COMMA)) break;
        }
    close_dict:
        p_expect_close(p, TK_RBRACE,
                       d->u.dict.values.n ? d->u.dict.values.items[d->u.dict.values.n - 1] : NULL);
        return p_finish(p, d);
    set_display:;
        sp_ast_t *s = p_node_tok(p, AST_SET, open);
        if (p_at_comp_for(p)) {
            sp_ast_t *c = p_comprehension(p, AST_SET_COMP, open, first_key, NULL);
            p_expect_close(p, TK_RBRACE, NULL);
            return p_finish(p, c);
        }
        p_append(p, &s->u.set.elts, first_key);
        sp_ast_t *last = first_key;
        while (p_accept(p, TK_COMMA) && !p_at(p, TK_RBRACE)) {
            last = p_star_named_expression(p);
            p_append(p, &s->u.set.elts, last);
        }
        p_expect_close(p, TK_RBRACE, last);
        return p_finish(p, s);
    }
    /* Starts with *x: a set display. */
    sp_ast_t *s = p_node_tok(p, AST_SET, open);
    sp_ast_t *first = p_star_named_expression(p);
    if (p_at_comp_for(p)) p_comprehension(p, AST_SET_COMP, open, first, NULL);
    p_append(p, &s->u.set.elts, first);
    sp_ast_t *last = first;
    while (p_accept(p, TK_COMMA) && !p_at(p, TK_RBRACE)) {
        last = p_star_named_expression(p);
        p_append(p, &s->u.set.elts, last);
    }
    p_expect_close(p, TK_RBRACE, last);
    return p_finish(p, s);
}

static sp_ast_t *p_atom(parser_t *p) {
    lex_token_t *t = p_cur(p);
    switch (t->kind) {
    case TK_NAME: {
        switch (t->keyword) {
        case KW_NONE_: {
            t = p_advance(p);
            sp_ast_t *n = p_node_tok(p, AST_NAME, t);
            n->u.name.id = p_name_value(p, t);
            n->u.name.ctx = AST_LOAD;
            return n;
        }
        case KW_TRUE:
            return p_constant(p, p_advance(p), SP_TRUE);
        case KW_FALSE:
            return p_constant(p, p_advance(p), SP_FALSE);
        case KW_NONE:
            return p_constant(p, p_advance(p), SP_NONE);
        default:
            p_syntax_error(p);
        }
    }
    case TK_NUMBER: {
        t = p_advance(p);
        return p_constant(p, t, p_number_value(p, t));
    }
    case TK_STRING:
        return p_strings(p);
    case TK_ELLIPSIS:
        return p_constant(p, p_advance(p), SP_ELLIPSIS);
    case TK_LPAR: {
        lex_token_t open = *p_advance(p);
        p_enter(p, PARSE_NEST_COST);
        sp_ast_t *n = p_paren(p, &open);
        p_leave(p, PARSE_NEST_COST);
        return n;
    }
    case TK_LSQB: {
        lex_token_t open = *p_advance(p);
        p_enter(p, PARSE_NEST_COST);
        sp_ast_t *n = p_list_display(p, &open);
        p_leave(p, PARSE_NEST_COST);
        return n;
    }
    case TK_LBRACE: {
        lex_token_t open = *p_advance(p);
        p_enter(p, PARSE_NEST_COST);
        sp_ast_t *n = p_brace_display(p, &open);
        p_leave(p, PARSE_NEST_COST);
        return n;
    }
    default:
        p_syntax_error(p);
    }
}

/* ---- Calls, subscripts, attributes ------------------------------------------------------ */

static void p_call_args(parser_t *p, sp_ast_t *call, lex_kind_t close) {
    int seen_keyword = 0, seen_kwunpack = 0;
    sp_ast_t *last = NULL, *genexp = NULL;
    lex_token_t open = p->prev;
    while (!p_at(p, close)) {
        lex_token_t *t = p_cur(p);
        if (t->kind == TK_STAR) {
            lex_token_t star = *p_advance(p);
            sp_ast_t *s = p_node_tok(p, AST_STARRED, &star);
            s->u.starred.value = p_expression(p);
            s->u.starred.ctx = AST_LOAD;
            p_finish(p, s);
            if (seen_kwunpack)
                p_error_node(p, s, "iterable argument unpacking follows keyword argument unpacking");
            p_append(p, &call->u.call.args, last = s);
        } else if (t->kind == TK_DOUBLESTAR) {
            lex_token_t star = *p_advance(p);
            sp_ast_t *k = p_node_tok(p, AST_KEYWORD, &star);
            k->u.keyword.value = p_expression(p);
            p_finish(p, k);
            seen_kwunpack = 1;
            p_append(p, &call->u.call.keywords, last = k);
        } else if (t->kind == TK_NAME && p_peek_is(p, 1, TK_EQUAL)) {
            lex_token_t name = *p_advance(p);
            if (name.keyword)
                p_error_at(p, SP_EXC_SyntaxError, name.line, name.col, "cannot assign to %.*s", (int)name.len,
                           name.start);
            for (int i = 0; i < call->u.call.keywords.n; i++) {
                sp_ast_t *other = call->u.call.keywords.items[i];
                if (other->u.keyword.name && (size_t)SP_AS_STR(other->u.keyword.name)->size == name.len &&
                    memcmp(sp_str_cstr(other->u.keyword.name), name.start, name.len) == 0)
                    p_error_at(p, SP_EXC_SyntaxError, name.line, name.col, "keyword argument repeated: %.*s",
                               (int)name.len, name.start);
            }
            p_advance(p);
            sp_ast_t *k = p_node_tok(p, AST_KEYWORD, &name);
            k->u.keyword.name = p_name_value(p, &name);
            k->u.keyword.value = p_expression(p);
            p_finish(p, k);
            seen_keyword = 1;
            p_append(p, &call->u.call.keywords, last = k);
        } else {
            sp_ast_t *e = p_named_expression_in(p, 0);
            if (p_at_comp_for(p)) {
                /* A bare generator argument spans the call's parentheses, as in CPython. */
                sp_ast_t *g = p_comprehension(p, AST_GENERATOR_EXP, &open, e, NULL);
                genexp = g;
                if (call->u.call.args.n || call->u.call.keywords.n || !p_at(p, close))
                    p_error_node(p, e, "Generator expression must be parenthesized");
                e = g;
            } else if (p_at(p, TK_EQUAL)) {
                p_error_node(p, e, "expression cannot contain assignment, perhaps you meant \"==\"?");
            }
            lex_token_t *after = p_cur(p);
            if (seen_kwunpack)
                p_error_at(p, SP_EXC_SyntaxError, after->line, after->col,
                           "positional argument follows keyword argument unpacking");
            if (seen_keyword)
                p_error_at(p, SP_EXC_SyntaxError, after->line, after->col,
                           "positional argument follows keyword argument");
            p_append(p, &call->u.call.args, last = e);
        }
        if (!p_accept(p, TK_COMMA)) break;
    }
    p_expect_close(p, close, last);
    if (genexp) p_finish(p, genexp);
}

/* A slice `[lower]:[upper][:[step]]` or an expression, inside a subscript. */
static sp_ast_t *p_slice(parser_t *p) {
    p_pos_t at = p_here(p);
    lex_token_t *t = p_cur(p);
    sp_ast_t *lower = NULL;
    if (t->kind == TK_STAR) {
        lex_token_t star = *p_advance(p);
        sp_ast_t *s = p_node_tok(p, AST_STARRED, &star);
        s->u.starred.value = p_bitwise_or(p);
        s->u.starred.ctx = AST_LOAD;
        return p_finish(p, s);
    }
    if (t->kind != TK_COLON) {
        lower = p_named_expression(p);
        if (!p_at(p, TK_COLON)) return lower;
    }
    sp_ast_t *s = p_node_at(p, AST_SLICE, at);
    p_advance(p); /* ':' */
    s->u.slice.lower = lower;
    if (!p_at(p, TK_COLON) && !p_at(p, TK_COMMA) && !p_at(p, TK_RSQB)) s->u.slice.upper = p_expression(p);
    if (p_accept(p, TK_COLON) && !p_at(p, TK_COMMA) && !p_at(p, TK_RSQB)) s->u.slice.step = p_expression(p);
    return p_finish(p, s);
}

static sp_ast_t *p_subscript_index(parser_t *p) {
    p_pos_t at = p_here(p);
    sp_ast_t *first = p_slice(p);
    if (!p_at(p, TK_COMMA)) {
        if (first->kind == AST_STARRED) {
            /* a[*b] is a one-element tuple (PEP 646). */
        } else {
            p_expect_close(p, TK_RSQB, first);
            return first;
        }
    }
    sp_ast_t *t = p_node_at(p, AST_TUPLE, at);
    p_append(p, &t->u.list.elts, first);
    sp_ast_t *last = first;
    while (p_accept(p, TK_COMMA) && !p_at(p, TK_RSQB)) {
        last = p_slice(p);
        p_append(p, &t->u.list.elts, last);
    }
    p_finish(p, t);
    p_expect_close(p, TK_RSQB, last);
    return t;
}

/* primary: atom followed by any number of .name, (args), [index] — a loop, not recursion. */
static sp_ast_t *p_primary(parser_t *p) {
    p_pos_t at = p_here(p);
    sp_ast_t *e = p_atom(p);
    for (;;) {
        lex_token_t *t = p_cur(p);
        if (t->kind == TK_DOT) {
            p_advance(p);
            lex_token_t *name = p_expect_name(p);
            sp_ast_t *a = p_node_at(p, AST_ATTRIBUTE, at);
            a->u.attribute.value = e;
            a->u.attribute.attr = p_name_value(p, name);
            a->u.attribute.ctx = AST_LOAD;
            e = a;
        } else if (t->kind == TK_LPAR) {
            p_advance(p);
            p_enter(p, PARSE_NEST_COST);
            sp_ast_t *c = p_node_at(p, AST_CALL, at);
            c->u.call.func = e;
            p_call_args(p, c, TK_RPAR);
            p_leave(p, PARSE_NEST_COST);
            e = p_finish(p, c);
        } else if (t->kind == TK_LSQB) {
            p_advance(p);
            p_enter(p, PARSE_NEST_COST);
            sp_ast_t *s = p_node_at(p, AST_SUBSCRIPT, at);
            s->u.subscript.value = e;
            s->u.subscript.slice = p_subscript_index(p);
            s->u.subscript.ctx = AST_LOAD;
            p_leave(p, PARSE_NEST_COST);
            e = p_finish(p, s);
        } else {
            return e;
        }
    }
}

/* ---- Operators -------------------------------------------------------------------------- */

static sp_ast_t *p_await_primary(parser_t *p) {
    if (p_at_kw(p, KW_AWAIT)) {
        lex_token_t t = *p_advance(p);
        p_enter(p, 1);
        sp_ast_t *n = p_node_tok(p, AST_AWAIT, &t);
        n->u.await_.value = p_primary(p);
        p_leave(p, 1);
        return p_finish(p, n);
    }
    return p_primary(p);
}

static sp_ast_t *p_factor(parser_t *p);

/* power: await_primary ['**' factor] (right-associative through factor). */
static sp_ast_t *p_power(parser_t *p) {
    p_pos_t at = p_here(p);
    sp_ast_t *base = p_await_primary(p);
    if (!p_accept(p, TK_DOUBLESTAR)) return base;
    p_enter(p, PARSE_NEST_COST);
    sp_ast_t *n = p_node_at(p, AST_BIN_OP, at);
    n->u.bin_op.left = base;
    n->u.bin_op.op = SP_BINOP_POW;
    n->u.bin_op.right = p_factor(p);
    p_leave(p, PARSE_NEST_COST);
    return p_finish(p, n);
}

/* factor: ('+' | '-' | '~')* power — the prefix chain is gathered in a loop. */
static sp_ast_t *p_factor(parser_t *p) {
    lex_token_t *t = p_cur(p);
    if (t->kind != TK_PLUS && t->kind != TK_MINUS && t->kind != TK_TILDE) return p_power(p);
    int n = 0, cap = 0;
    lex_token_t *ops = NULL;
    while ((t = p_cur(p))->kind == TK_PLUS || t->kind == TK_MINUS || t->kind == TK_TILDE) {
        if (n == cap) {
            cap = cap ? cap * 2 : 8;
            lex_token_t *g = sp_alloc_atomic(p->vm, sizeof *g * (size_t)cap);
            if (!g) p_oom(p);
            if (n) memcpy(g, ops, sizeof *g * (size_t)n);
            ops = g;
        }
        ops[n++] = *p_advance(p);
        p_enter(p, 1);
    }
    sp_ast_t *e = p_power(p);
    for (int i = n - 1; i >= 0; i--) {
        sp_ast_t *u = p_node_tok(p, AST_UNARY_OP, &ops[i]);
        u->u.unary_op.op = ops[i].kind == TK_MINUS  ? SP_UNOP_NEG
                           : ops[i].kind == TK_PLUS ? SP_UNOP_POS
                                                    : SP_UNOP_INVERT;
        u->u.unary_op.operand = e;
        e = u;
    }
    p_leave(p, n);
    return e;
}

/* Binary operator precedence (higher binds tighter); 0 for a non-operator. */
static int p_binop_prec(const lex_token_t *t, sp_binop_t *op) {
    switch (t->kind) {
    case TK_VBAR:
        *op = SP_BINOP_OR;
        return 1;
    case TK_CIRCUMFLEX:
        *op = SP_BINOP_XOR;
        return 2;
    case TK_AMPER:
        *op = SP_BINOP_AND;
        return 3;
    case TK_LEFTSHIFT:
        *op = SP_BINOP_LSHIFT;
        return 4;
    case TK_RIGHTSHIFT:
        *op = SP_BINOP_RSHIFT;
        return 4;
    case TK_PLUS:
        *op = SP_BINOP_ADD;
        return 5;
    case TK_MINUS:
        *op = SP_BINOP_SUB;
        return 5;
    case TK_STAR:
        *op = SP_BINOP_MUL;
        return 6;
    case TK_SLASH:
        *op = SP_BINOP_TRUEDIV;
        return 6;
    case TK_DOUBLESLASH:
        *op = SP_BINOP_FLOORDIV;
        return 6;
    case TK_PERCENT:
        *op = SP_BINOP_MOD;
        return 6;
    case TK_AT:
        *op = SP_BINOP_MATMUL;
        return 6;
    default:
        return 0;
    }
}

/* Precedence climbing: left-associative chains loop; recursion depth is bounded by the six
 * precedence levels, so `1+1+...+1` of any length is flat. */
static sp_ast_t *p_binary(parser_t *p, int min_prec) {
    p_pos_t at = p_here(p);
    sp_ast_t *left = p_factor(p);
    for (;;) {
        sp_binop_t op;
        int prec = p_binop_prec(p_cur(p), &op);
        if (prec == 0 || prec < min_prec) return left;
        p_advance(p);
        sp_ast_t *right = prec < 6 ? p_binary(p, prec + 1) : p_factor(p);
        sp_ast_t *n = p_node_at(p, AST_BIN_OP, at);
        n->u.bin_op.left = left;
        n->u.bin_op.op = op;
        n->u.bin_op.right = right;
        left = n;
    }
}

static sp_ast_t *p_bitwise_or(parser_t *p) {
    return p_binary(p, 1);
}

/* A comparison operator at the current token (consuming nothing); -1 when none. */
static int p_compare_op(parser_t *p, int *ntok) {
    lex_token_t *t = p_cur(p);
    *ntok = 1;
    switch (t->kind) {
    case TK_LESS:
        return AST_CMP_LT;
    case TK_LESSEQUAL:
        return AST_CMP_LE;
    case TK_EQEQUAL:
        return AST_CMP_EQ;
    case TK_NOTEQUAL:
        if (t->start[0] == '<') return -1; /* `<>` */
        return AST_CMP_NE;
    case TK_GREATER:
        return AST_CMP_GT;
    case TK_GREATEREQUAL:
        return AST_CMP_GE;
    case TK_NAME:
        if (t->keyword == KW_IN) return AST_CMP_IN;
        if (t->keyword == KW_IS) {
            if (p_peek_kw(p, 1, KW_NOT)) return *ntok = 2, AST_CMP_IS_NOT;
            return AST_CMP_IS;
        }
        if (t->keyword == KW_NOT && p_peek_kw(p, 1, KW_IN)) return *ntok = 2, AST_CMP_NOT_IN;
        return -1;
    default:
        return -1;
    }
}

static sp_ast_t *p_comparison(parser_t *p) {
    p_pos_t at = p_here(p);
    sp_ast_t *left = p_bitwise_or(p);
    int ntok, op = p_compare_op(p, &ntok);
    if (op < 0) return left;
    int n = 0, cap = 4;
    int *ops = sp_alloc_atomic(p->vm, sizeof(int) * (size_t)cap);
    sp_ast_t **rights = sp_alloc(p->vm, sizeof(sp_ast_t *) * (size_t)cap);
    if (!ops || !rights) p_oom(p);
    while (op >= 0) {
        for (int i = 0; i < ntok; i++) p_advance(p);
        if (n == cap) {
            cap *= 2;
            int *o2 = sp_alloc_atomic(p->vm, sizeof(int) * (size_t)cap);
            sp_ast_t **r2 = sp_alloc(p->vm, sizeof(sp_ast_t *) * (size_t)cap);
            if (!o2 || !r2) p_oom(p);
            memcpy(o2, ops, sizeof(int) * (size_t)n);
            memcpy(r2, rights, sizeof(sp_ast_t *) * (size_t)n);
            ops = o2, rights = r2;
        }
        ops[n] = op;
        rights[n++] = p_bitwise_or(p);
        op = p_compare_op(p, &ntok);
    }
    sp_ast_t *c = p_node_at(p, AST_COMPARE, at);
    c->u.compare.left = left;
    c->u.compare.n = n;
    c->u.compare.ops = ops;
    c->u.compare.comparators = rights;
    return c;
}

/* inversion: 'not'* comparison — the chain is gathered in a loop. */
static sp_ast_t *p_inversion(parser_t *p) {
    if (!p_at_kw(p, KW_NOT)) return p_comparison(p);
    int n = 0, cap = 0;
    lex_token_t *nots = NULL;
    while (p_at_kw(p, KW_NOT)) {
        if (n == cap) {
            cap = cap ? cap * 2 : 8;
            lex_token_t *g = sp_alloc_atomic(p->vm, sizeof *g * (size_t)cap);
            if (!g) p_oom(p);
            if (n) memcpy(g, nots, sizeof *g * (size_t)n);
            nots = g;
        }
        nots[n++] = *p_advance(p);
        p_enter(p, 1);
    }
    sp_ast_t *e = p_comparison(p);
    for (int i = n - 1; i >= 0; i--) {
        sp_ast_t *u = p_node_tok(p, AST_UNARY_OP, &nots[i]);
        u->u.unary_op.op = SP_UNOP_NOT;
        u->u.unary_op.operand = e;
        e = u;
    }
    p_leave(p, n);
    return e;
}

static sp_ast_t *p_boolop(parser_t *p, lex_keyword_t kw, int op, sp_ast_t *(*operand)(parser_t *)) {
    p_pos_t at = p_here(p);
    sp_ast_t *first = operand(p);
    if (!p_at_kw(p, kw)) return first;
    sp_ast_t *n = p_node_at(p, AST_BOOL_OP, at);
    n->u.bool_op.op = op;
    p_append(p, &n->u.bool_op.values, first);
    while (p_accept_kw(p, kw)) p_append(p, &n->u.bool_op.values, operand(p));
    return p_finish(p, n);
}

static sp_ast_t *p_conjunction(parser_t *p) {
    return p_boolop(p, KW_AND, AST_AND, p_inversion);
}
static sp_ast_t *p_disjunction(parser_t *p) {
    return p_boolop(p, KW_OR, AST_OR, p_conjunction);
}

static sp_ast_t *p_lambda(parser_t *p) {
    lex_token_t t = *p_advance(p);
    sp_ast_t *n = p_node_tok(p, AST_LAMBDA, &t);
    n->u.lambda.args = p_parameters(p, TK_COLON, 0);
    p_expect(p, TK_COLON);
    n->u.lambda.body = p_expression(p);
    return p_finish(p, n);
}

/* expression: disjunction ['if' disjunction 'else' expression] | lambdef */
static sp_ast_t *p_expression(parser_t *p) {
    p_pos_t at = p_here(p);
    p_enter(p, PARSE_NEST_COST);
    sp_ast_t *e;
    if (p_at_kw(p, KW_LAMBDA)) {
        e = p_lambda(p);
    } else {
        e = p_disjunction(p);
        if (p_at_kw(p, KW_IF)) {
            p_advance(p);
            sp_ast_t *n = p_node_at(p, AST_IF_EXP, at);
            n->u.if_exp.body = e;
            n->u.if_exp.test = p_disjunction(p);
            if (!p_accept_kw(p, KW_ELSE))
                p_error_at(p, SP_EXC_SyntaxError, e->line, e->col, "expected 'else' after 'if' expression");
            n->u.if_exp.orelse = p_expression(p);
            e = p_finish(p, n);
        }
    }
    p_leave(p, PARSE_NEST_COST);
    return e;
}

/* named_expression: NAME ':=' expression | expression. `check_eq` reports a stray '=' with
 * CPython's hints (call arguments handle '=' themselves). */
static sp_ast_t *p_named_expression_in(parser_t *p, int check_eq) {
    lex_token_t *t = p_cur(p);
    if (t->kind == TK_NAME && !t->keyword && p_peek_is(p, 1, TK_COLONEQUAL)) {
        lex_token_t name = *p_advance(p);
        sp_ast_t *target = p_node_tok(p, AST_NAME, &name);
        p_advance(p);
        target->u.name.id = p_name_value(p, &name);
        target->u.name.ctx = AST_STORE;
        sp_ast_t *n = p_node_tok(p, AST_NAMED_EXPR, &name);
        n->u.named_expr.target = target;
        n->u.named_expr.value = p_expression(p);
        return p_finish(p, n);
    }
    sp_ast_t *e = p_expression(p);
    if (p_at(p, TK_COLONEQUAL))
        p_error_node(p, e, "cannot use assignment expressions with %s", p_expr_name(e));
    if (check_eq && p_at(p, TK_EQUAL)) {
        if (e->kind == AST_NAME)
            p_error_node(p, e, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        int singleton =
            e->kind == AST_CONSTANT && (e->u.constant.value == SP_NONE || e->u.constant.value == SP_TRUE ||
                                        e->u.constant.value == SP_FALSE);
        if (!singleton && e->kind != AST_LIST && e->kind != AST_TUPLE && e->kind != AST_GENERATOR_EXP &&
            e->kind != AST_ATTRIBUTE && e->kind != AST_SUBSCRIPT)
            p_error_node(p, e, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                         p_expr_name(e));
    }
    return e;
}

static sp_ast_t *p_named_expression(parser_t *p) {
    return p_named_expression_in(p, 1);
}

static sp_ast_t *p_starred(parser_t *p) {
    lex_token_t star = *p_advance(p);
    sp_ast_t *s = p_node_tok(p, AST_STARRED, &star);
    s->u.starred.value = p_bitwise_or(p);
    s->u.starred.ctx = AST_LOAD;
    return p_finish(p, s);
}

static sp_ast_t *p_star_named_expression(parser_t *p) {
    if (p_at(p, TK_STAR)) return p_starred(p);
    return p_named_expression(p);
}

static sp_ast_t *p_star_expression(parser_t *p) {
    if (p_at(p, TK_STAR)) return p_starred(p);
    return p_expression(p);
}

/* Can the current token begin another item after a trailing comma in a bare tuple? */
static int p_at_tuple_end(parser_t *p) {
    lex_token_t *t = p_cur(p);
    switch (t->kind) {
    case TK_NEWLINE:
    case TK_ENDMARKER:
    case TK_SEMI:
    case TK_EQUAL:
    case TK_RPAR:
    case TK_RSQB:
    case TK_RBRACE:
    case TK_COLON:
    case TK_PLUSEQUAL:
    case TK_MINEQUAL:
    case TK_STAREQUAL:
    case TK_SLASHEQUAL:
    case TK_PERCENTEQUAL:
    case TK_AMPEREQUAL:
    case TK_VBAREQUAL:
    case TK_CIRCUMFLEXEQUAL:
    case TK_LEFTSHIFTEQUAL:
    case TK_RIGHTSHIFTEQUAL:
    case TK_DOUBLESTAREQUAL:
    case TK_DOUBLESLASHEQUAL:
    case TK_ATEQUAL:
        return 1;
    case TK_NAME:
        return t->keyword == KW_IN;
    default:
        return 0;
    }
}

/* star_expressions: a bare (unparenthesised) tuple when there is a comma. */
static sp_ast_t *p_star_expressions(parser_t *p) {
    p_pos_t at = p_here(p);
    sp_ast_t *first = p_star_expression(p);
    if (!p_at(p, TK_COMMA)) return first;
    sp_ast_t *t = p_node_at(p, AST_TUPLE, at);
    p_append(p, &t->u.list.elts, first);
    while (p_accept(p, TK_COMMA) && !p_at_tuple_end(p)) p_append(p, &t->u.list.elts, p_star_expression(p));
    return p_finish(p, t);
}

/* yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
static sp_ast_t *p_yield_expr(parser_t *p) {
    lex_token_t t = *p_advance(p);
    if (p_accept_kw(p, KW_FROM)) {
        sp_ast_t *n = p_node_tok(p, AST_YIELD_FROM, &t);
        n->u.await_.value = p_expression(p);
        return p_finish(p, n);
    }
    sp_ast_t *n = p_node_tok(p, AST_YIELD, &t);
    if (!p_at_tuple_end(p)) n->u.await_.value = p_star_expressions(p);
    return p_finish(p, n);
}

/* Targets of for / comprehensions: `*`? bitwise_or items (so `in` ends them), with STORE. */
static sp_ast_t *p_star_target_item(parser_t *p) {
    if (p_at(p, TK_STAR)) return p_starred(p);
    return p_bitwise_or(p);
}

static sp_ast_t *p_star_targets(parser_t *p) {
    p_pos_t at = p_here(p);
    sp_ast_t *first = p_star_target_item(p), *e = first;
    if (p_at(p, TK_COMMA)) {
        e = p_node_at(p, AST_TUPLE, at);
        p_append(p, &e->u.list.elts, first);
        while (p_accept(p, TK_COMMA) && !p_at_tuple_end(p))
            p_append(p, &e->u.list.elts, p_star_target_item(p));
        p_finish(p, e);
    }
    p_set_context(p, e, AST_STORE, 0);
    return e;
}

/* ---- Parameters ------------------------------------------------------------------------- */

static sp_ast_t *p_param(parser_t *p, int annotations, int star_annotation) {
    lex_token_t *name = p_expect_name(p);
    sp_ast_t *a = p_node_tok(p, AST_ARG, name);
    a->u.arg.name = p_name_value(p, name);
    if (annotations && p_accept(p, TK_COLON))
        a->u.arg.annotation = star_annotation ? p_star_expression(p) : p_expression(p);
    return p_finish(p, a);
}

/* Raises "duplicate argument" for the second use of a name (interned: compare identity). */
static void p_check_duplicates(parser_t *p, sp_ast_t **all, int n) {
    for (int i = 1; i < n; i++)
        for (int j = 0; j < i; j++)
            if (all[i]->u.arg.name == all[j]->u.arg.name)
                p_error_node(p, all[i], "duplicate argument '%s' in function definition",
                             sp_str_cstr(all[i]->u.arg.name));
}

/* A parameter list for def (close ')', annotations) or lambda (close ':'). */
static sp_ast_t *p_parameters(parser_t *p, lex_kind_t close, int annotations) {
    sp_ast_t *args = p_node_tok(p, AST_ARGUMENTS, p_cur(p));
    int seen_slash = 0, seen_star = 0, seen_default = 0;
    sp_ast_t **all = NULL;
    int n_all = 0, cap_all = 0;
    while (!p_at(p, close)) {
        lex_token_t t = *p_cur(p);
        sp_ast_t *param = NULL;
        if (args->u.arguments.kwarg)
            p_error_at(p, SP_EXC_SyntaxError, t.line, t.col, "arguments cannot follow var-keyword argument");
        if (t.kind == TK_SLASH) {
            if (seen_slash) p_error_at(p, SP_EXC_SyntaxError, t.line, t.col, "/ may appear only once");
            if (seen_star) p_error_at(p, SP_EXC_SyntaxError, t.line, t.col, "/ must be ahead of *");
            if (args->u.arguments.args.n == 0) p_syntax_error(p);
            p_advance(p);
            seen_slash = 1;
            args->u.arguments.posonlyargs = args->u.arguments.args;
            args->u.arguments.args.n = 0;
            args->u.arguments.args.items = NULL;
        } else if (t.kind == TK_STAR) {
            if (seen_star)
                p_error_at(p, SP_EXC_SyntaxError, t.line, t.col, "* argument may appear only once");
            p_advance(p);
            seen_star = 1;
            if (p_at(p, TK_COMMA) || p_at(p, close)) {
                if (p_at(p, close) || (p_peek_is(p, 1, close)) || p_peek_is(p, 1, TK_DOUBLESTAR))
                    p_error_at(p, SP_EXC_SyntaxError, t.line, t.col, "named arguments must follow bare *");
            } else {
                param = args->u.arguments.vararg = p_param(p, annotations, 1);
            }
        } else if (t.kind == TK_DOUBLESTAR) {
            p_advance(p);
            param = args->u.arguments.kwarg = p_param(p, annotations, 0);
            if (p_at(p, TK_EQUAL))
                p_error_at(p, SP_EXC_SyntaxError, p_cur(p)->line, p_cur(p)->col,
                           "var-keyword argument cannot have default value");
        } else {
            param = p_param(p, annotations, 0);
            sp_ast_t *dflt = NULL;
            if (p_accept(p, TK_EQUAL)) dflt = p_expression(p);
            if (seen_star) {
                p_append(p, &args->u.arguments.kwonlyargs, param);
                p_append(p, &args->u.arguments.kw_defaults, dflt);
            } else {
                if (dflt) {
                    seen_default = 1;
                    p_append(p, &args->u.arguments.defaults, dflt);
                } else if (seen_default) {
                    p_error_node(p, param, "non-default argument follows default argument");
                }
                p_append(p, &args->u.arguments.args, param);
            }
        }
        if (param) {
            if (n_all == cap_all) {
                cap_all = cap_all ? cap_all * 2 : 8;
                sp_ast_t **g = sp_alloc(p->vm, sizeof *g * (size_t)cap_all);
                if (!g) p_oom(p);
                if (n_all) memcpy(g, all, sizeof *g * (size_t)n_all);
                all = g;
            }
            all[n_all++] = param;
        }
        if (!p_accept(p, TK_COMMA)) break;
    }
    if (!p_at(p, close)) p_syntax_error(p);
    p_check_duplicates(p, all, n_all);
    return args;
}

/* ---- Statements ------------------------------------------------------------------------- */

static void p_statement(parser_t *p, sp_ast_list_t *body);
static void p_simple_stmts(parser_t *p, sp_ast_list_t *body);

/* ':' then an indented block or simple statements on the same line. `what` names the
 * statement for "expected an indented block after ...". */
static void p_block(parser_t *p, sp_ast_list_t *body, const char *what, int line) {
    /* The statements whose ':' CPython's grammar forces. */
    int strict = what[0] == 'f' || strcmp(what, "'try' statement") == 0 ||
                 strcmp(what, "'else' statement") == 0 || strcmp(what, "'finally' statement") == 0;
    p_expect_named(p, TK_COLON, strict);
    if (!p_at(p, TK_NEWLINE)) {
        p_simple_stmts(p, body);
        return;
    }
    lex_token_t nl = *p_advance(p);
    if (!p_at(p, TK_INDENT)) {
        lex_token_t *t = p_cur(p);
        if (t->kind == TK_ENDMARKER || t->kind == TK_DEDENT)
            p_error_at(p, SP_EXC_IndentationError, nl.line, nl.col,
                       "expected an indented block after %s on line %d", what, line);
        p_error_at(p, SP_EXC_IndentationError, t->line, t->col,
                   "expected an indented block after %s on line %d", what, line);
    }
    p_advance(p);
    while (!p_at(p, TK_DEDENT) && !p_at(p, TK_ENDMARKER)) p_statement(p, body);
    p_accept(p, TK_DEDENT);
}

/* A dotted module name `a.b.c` as one interned str. */
static sp_value_t p_dotted_name(parser_t *p) {
    lex_token_t *t = p_expect_name(p);
    if (!p_at(p, TK_DOT)) return p_name_value(p, t);
    sp_strbuf_t buf;
    strbuf_init(p->vm, &buf);
    strbuf_append(&buf, t->start, t->len);
    while (p_accept(p, TK_DOT)) {
        t = p_expect_name(p);
        strbuf_append(&buf, ".", 1);
        strbuf_append(&buf, t->start, t->len);
    }
    sp_value_t s = sp_str_intern(p->vm, buf.data, buf.size);
    if (!s) p_oom(p);
    return s;
}

static sp_ast_t *p_alias(parser_t *p, int dotted) {
    lex_token_t start = *p_cur(p);
    sp_value_t name = dotted ? p_dotted_name(p) : p_name_value(p, p_expect_name(p));
    sp_ast_t *a = p_node_tok(p, AST_ALIAS, &start);
    a->u.alias.name = name;
    if (p_accept_kw(p, KW_AS)) a->u.alias.asname = p_name_value(p, p_expect_name(p));
    return p_finish(p, a);
}

static sp_ast_t *p_import(parser_t *p, const lex_token_t *kw) {
    sp_ast_t *n = p_node_tok(p, AST_IMPORT, kw);
    do p_append(p, &n->u.import.names, p_alias(p, 1));
    while (p_accept(p, TK_COMMA));
    return p_finish(p, n);
}

static sp_ast_t *p_import_from(parser_t *p, const lex_token_t *kw) {
    sp_ast_t *n = p_node_tok(p, AST_IMPORT_FROM, kw);
    int level = 0;
    for (;;) {
        if (p_accept(p, TK_DOT))
            level++;
        else if (p_accept(p, TK_ELLIPSIS))
            level += 3;
        else
            break;
    }
    n->u.import_from.level = level;
    if (!p_at_kw(p, KW_IMPORT))
        n->u.import_from.module = p_dotted_name(p);
    else if (level == 0)
        p_syntax_error(p);
    if (!p_accept_kw(p, KW_IMPORT)) p_syntax_error(p);
    if (p_at(p, TK_STAR)) {
        lex_token_t *star = p_advance(p);
        sp_ast_t *a = p_node_tok(p, AST_ALIAS, star);
        a->u.alias.name = sp_str_intern(p->vm, "*", 1);
        p_append(p, &n->u.import_from.names, a);
        return p_finish(p, n);
    }
    int paren = p_accept(p, TK_LPAR);
    for (;;) {
        p_append(p, &n->u.import_from.names, p_alias(p, 0));
        if (!p_at(p, TK_COMMA)) break;
        lex_token_t comma = *p_advance(p);
        if (paren && p_at(p, TK_RPAR)) break;
        if (!paren && (p_at(p, TK_NEWLINE) || p_at(p, TK_SEMI) || p_at(p, TK_ENDMARKER)))
            p_error_at(p, SP_EXC_SyntaxError, comma.line, comma.end_col,
                       "trailing comma not allowed without surrounding parentheses");
    }
    if (paren) p_expect_close(p, TK_RPAR, NULL);
    return p_finish(p, n);
}

static sp_ast_t *p_global(parser_t *p, const lex_token_t *kw, sp_ast_kind_t kind) {
    sp_ast_t *n = p_node_tok(p, kind, kw);
    int cap = 4;
    n->u.global.names = sp_alloc(p->vm, sizeof(sp_value_t) * (size_t)cap);
    if (!n->u.global.names) p_oom(p);
    do {
        if (n->u.global.n == cap) {
            cap *= 2;
            sp_value_t *g = sp_alloc(p->vm, sizeof(sp_value_t) * (size_t)cap);
            if (!g) p_oom(p);
            memcpy(g, n->u.global.names, sizeof(sp_value_t) * (size_t)n->u.global.n);
            n->u.global.names = g;
        }
        n->u.global.names[n->u.global.n++] = p_name_value(p, p_expect_name(p));
    } while (p_accept(p, TK_COMMA));
    return p_finish(p, n);
}

static sp_ast_t *p_del(parser_t *p, const lex_token_t *kw) {
    sp_ast_t *n = p_node_tok(p, AST_DELETE, kw);
    do {
        if (p_at_tuple_end(p)) break;
        sp_ast_t *t = p_star_target_item(p);
        p_set_context(p, t, AST_DEL, 0);
        p_append(p, &n->u.delete_.targets, t);
    } while (p_accept(p, TK_COMMA));
    if (n->u.delete_.targets.n == 0) p_syntax_error(p);
    return p_finish(p, n);
}

static int p_augassign_op(const lex_token_t *t) {
    switch (t->kind) {
    case TK_PLUSEQUAL:
        return SP_BINOP_ADD;
    case TK_MINEQUAL:
        return SP_BINOP_SUB;
    case TK_STAREQUAL:
        return SP_BINOP_MUL;
    case TK_ATEQUAL:
        return SP_BINOP_MATMUL;
    case TK_SLASHEQUAL:
        return SP_BINOP_TRUEDIV;
    case TK_DOUBLESLASHEQUAL:
        return SP_BINOP_FLOORDIV;
    case TK_PERCENTEQUAL:
        return SP_BINOP_MOD;
    case TK_DOUBLESTAREQUAL:
        return SP_BINOP_POW;
    case TK_LEFTSHIFTEQUAL:
        return SP_BINOP_LSHIFT;
    case TK_RIGHTSHIFTEQUAL:
        return SP_BINOP_RSHIFT;
    case TK_AMPEREQUAL:
        return SP_BINOP_AND;
    case TK_VBAREQUAL:
        return SP_BINOP_OR;
    case TK_CIRCUMFLEXEQUAL:
        return SP_BINOP_XOR;
    default:
        return -1;
    }
}

static sp_ast_t *p_rhs(parser_t *p) {
    return p_at_kw(p, KW_YIELD) ? p_yield_expr(p) : p_star_expressions(p);
}

static void p_assign_target(parser_t *p, sp_ast_t *t, int here) {
    if (t->kind == AST_YIELD || t->kind == AST_YIELD_FROM)
        p_error_node(p, t, "cannot assign to yield expression");
    p_set_context(p, t, AST_STORE, here);
}

/* Expression statements and every assignment form. */
static sp_ast_t *p_expr_stmt(parser_t *p) {
    p_pos_t at = p_here(p);
    lex_token_t start = *p_cur(p);
    sp_ast_t *first = p_rhs(p);
    lex_token_t *t = p_cur(p);
    if (t->kind == TK_COLON) {
        p_advance(p);
        if (first->kind == AST_TUPLE)
            p_error_node(p, first, "only single target (not tuple) can be annotated");
        if (first->kind == AST_LIST) p_error_node(p, first, "only single target (not list) can be annotated");
        if (first->kind != AST_NAME && first->kind != AST_ATTRIBUTE && first->kind != AST_SUBSCRIPT)
            p_error_node(p, first, "illegal target for annotation");
        p_set_context(p, first, AST_STORE, 0);
        sp_ast_t *n = p_node_at(p, AST_ANN_ASSIGN, at);
        n->u.ann_assign.target = first;
        n->u.ann_assign.simple = first->kind == AST_NAME && start.kind != TK_LPAR;
        n->u.ann_assign.annotation = p_expression(p);
        if (p_accept(p, TK_EQUAL)) n->u.ann_assign.value = p_rhs(p);
        return p_finish(p, n);
    }
    int op = p_augassign_op(t);
    if (op >= 0) {
        if (first->kind != AST_NAME && first->kind != AST_ATTRIBUTE && first->kind != AST_SUBSCRIPT)
            p_error_node(p, first, "'%s' is an illegal expression for augmented assignment",
                         p_expr_name(first));
        p_advance(p);
        p_set_context(p, first, AST_STORE, 0);
        sp_ast_t *n = p_node_at(p, AST_AUG_ASSIGN, at);
        n->u.aug_assign.target = first;
        n->u.aug_assign.op = op;
        n->u.aug_assign.value = p_rhs(p);
        return p_finish(p, n);
    }
    if (t->kind == TK_EQUAL) {
        sp_ast_t *n = p_node_at(p, AST_ASSIGN, at);
        sp_ast_t *value = first;
        int bare_yield = start.kind == TK_NAME && start.keyword == KW_YIELD;
        while (p_at(p, TK_EQUAL)) {
            lex_token_t eq = *p_advance(p);
            /* An unparenthesised yield as a target: CPython's own message. */
            if (bare_yield)
                p_error_at(p, SP_EXC_SyntaxError, eq.line, eq.col - 1 >= value->col ? value->col : eq.col,
                           "assignment to yield expression not possible");
            p_append(p, &n->u.assign.targets, value);
            bare_yield = p_at_kw(p, KW_YIELD);
            value = p_rhs(p);
        }
        int here = n->u.assign.targets.n == 1;
        for (int i = 0; i < n->u.assign.targets.n; i++)
            p_assign_target(p, n->u.assign.targets.items[i], here);
        n->u.assign.value = value;
        return p_finish(p, n);
    }
    if (first->kind == AST_NAME &&
        (t->kind == TK_STRING || t->kind == TK_NUMBER || (t->kind == TK_NAME && !t->keyword))) {
        const char *name = sp_str_cstr(first->u.name.id);
        if (strcmp(name, "print") == 0 || strcmp(name, "exec") == 0)
            p_error_node(p, first, "Missing parentheses in call to '%s'. Did you mean %s(...)?", name, name);
    }
    sp_ast_t *n = p_node_at(p, AST_EXPR, at);
    n->u.expr.value = first;
    return n;
}

static sp_ast_t *p_simple_stmt(parser_t *p) {
    lex_token_t *t = p_cur(p);
    if (t->kind != TK_NAME || !t->keyword) return p_expr_stmt(p);
    lex_token_t kw = *t;
    switch (t->keyword) {
    case KW_PASS:
        p_advance(p);
        return p_node_tok(p, AST_PASS, &kw);
    case KW_BREAK:
        p_advance(p);
        return p_node_tok(p, AST_BREAK, &kw);
    case KW_CONTINUE:
        p_advance(p);
        return p_node_tok(p, AST_CONTINUE, &kw);
    case KW_RETURN: {
        p_advance(p);
        sp_ast_t *n = p_node_tok(p, AST_RETURN, &kw);
        if (!p_at_tuple_end(p)) n->u.return_.value = p_star_expressions(p);
        return p_finish(p, n);
    }
    case KW_RAISE: {
        p_advance(p);
        sp_ast_t *n = p_node_tok(p, AST_RAISE, &kw);
        if (!p_at_tuple_end(p)) {
            n->u.raise.exc = p_expression(p);
            if (p_accept_kw(p, KW_FROM)) n->u.raise.cause = p_expression(p);
        }
        return p_finish(p, n);
    }
    case KW_GLOBAL:
        p_advance(p);
        return p_global(p, &kw, AST_GLOBAL);
    case KW_NONLOCAL:
        p_advance(p);
        return p_global(p, &kw, AST_NONLOCAL);
    case KW_DEL:
        p_advance(p);
        return p_del(p, &kw);
    case KW_ASSERT: {
        p_advance(p);
        sp_ast_t *n = p_node_tok(p, AST_ASSERT, &kw);
        n->u.assert_.test = p_expression(p);
        if (p_accept(p, TK_COMMA)) n->u.assert_.msg = p_expression(p);
        return p_finish(p, n);
    }
    case KW_IMPORT:
        p_advance(p);
        return p_import(p, &kw);
    case KW_FROM:
        p_advance(p);
        return p_import_from(p, &kw);
    default:
        return p_expr_stmt(p);
    }
}

static void p_simple_stmts(parser_t *p, sp_ast_list_t *body) {
    for (;;) {
        p_append(p, body, p_simple_stmt(p));
        if (!p_accept(p, TK_SEMI)) break;
        if (p_at(p, TK_NEWLINE)) break;
    }
    if (p_at(p, TK_ENDMARKER)) return;
    if (!p_accept(p, TK_NEWLINE)) p_syntax_error(p);
}

static sp_ast_t *p_if(parser_t *p) {
    lex_token_t kw = *p_advance(p);
    sp_ast_t *top = p_node_tok(p, AST_IF, &kw), *cur = top;
    top->u.if_.test = p_named_expression(p);
    p_block(p, &top->u.if_.body, "'if' statement", kw.line);
    p_finish(p, top);
    /* elif chains become nested Ifs, built in a loop. */
    while (p_at_kw(p, KW_ELIF)) {
        lex_token_t e = *p_advance(p);
        sp_ast_t *n = p_node_tok(p, AST_IF, &e);
        n->u.if_.test = p_named_expression(p);
        p_block(p, &n->u.if_.body, "'elif' statement", e.line);
        p_finish(p, n);
        p_append(p, &cur->u.if_.orelse, n);
        cur = n;
    }
    if (p_at_kw(p, KW_ELSE)) {
        lex_token_t e = *p_advance(p);
        p_block(p, &cur->u.if_.orelse, "'else' statement", e.line);
    }
    /* Every If of an elif chain ends where the whole chain ends. */
    for (sp_ast_t *n = top; n; n = n->u.if_.orelse.n == 1 && n->u.if_.orelse.items[0]->kind == AST_IF
                                       ? n->u.if_.orelse.items[0]
                                       : NULL)
        p_finish(p, n);
    return top;
}

static void p_else_block(parser_t *p, sp_ast_list_t *orelse) {
    if (!p_at_kw(p, KW_ELSE)) return;
    lex_token_t e = *p_advance(p);
    p_block(p, orelse, "'else' statement", e.line);
}

static sp_ast_t *p_while(parser_t *p) {
    lex_token_t kw = *p_advance(p);
    sp_ast_t *n = p_node_tok(p, AST_WHILE, &kw);
    n->u.while_.test = p_named_expression(p);
    p_block(p, &n->u.while_.body, "'while' statement", kw.line);
    p_else_block(p, &n->u.while_.orelse);
    return p_finish(p, n);
}

static sp_ast_t *p_for(parser_t *p, const lex_token_t *start, int is_async) {
    lex_token_t kw = *p_advance(p);
    sp_ast_t *n = p_node_tok(p, AST_FOR, start);
    n->u.for_.is_async = is_async;
    n->u.for_.target = p_star_targets(p);
    if (!p_accept_kw(p, KW_IN)) p_syntax_error(p);
    n->u.for_.iter = p_star_expressions(p);
    p_block(p, &n->u.for_.body, "'for' statement", kw.line);
    p_else_block(p, &n->u.for_.orelse);
    return p_finish(p, n);
}

static sp_ast_t *p_with_item(parser_t *p) {
    p_pos_t at = p_here(p);
    sp_ast_t *e = p_expression(p);
    sp_ast_t *item = p_node_at(p, AST_WITH_ITEM, at);
    item->u.with_item.context_expr = e;
    if (p_accept_kw(p, KW_AS)) {
        sp_ast_t *t = p_star_target_item(p);
        p_set_context(p, t, AST_STORE, 0);
        item->u.with_item.optional_vars = t;
    }
    return p_finish(p, item);
}

/* `with (a as b, c):` — a parenthesised item list when the ')' is followed by ':'. */
static int p_with_parenthesised(parser_t *p) {
    if (!p_at(p, TK_LPAR) || p_peek_kw(p, 1, KW_YIELD)) return 0;
    int depth = 0;
    for (int k = 0;; k++) {
        lex_token_t *t = p_peek(p, k);
        if (t->kind == TK_LPAR || t->kind == TK_LSQB || t->kind == TK_LBRACE)
            depth++;
        else if (t->kind == TK_RPAR || t->kind == TK_RSQB || t->kind == TK_RBRACE) {
            if (--depth == 0) return p_peek_is(p, k + 1, TK_COLON);
        } else if (t->kind == TK_NEWLINE || t->kind == TK_ENDMARKER)
            return 0;
    }
}

static sp_ast_t *p_with(parser_t *p, const lex_token_t *start, int is_async) {
    lex_token_t kw = *p_advance(p);
    sp_ast_t *n = p_node_tok(p, AST_WITH, start);
    n->u.with.is_async = is_async;
    if (p_with_parenthesised(p)) {
        p_advance(p);
        do {
            if (p_at(p, TK_RPAR)) break;
            p_append(p, &n->u.with.items, p_with_item(p));
        } while (p_accept(p, TK_COMMA));
        p_expect_close(p, TK_RPAR, NULL);
    } else {
        do p_append(p, &n->u.with.items, p_with_item(p));
        while (p_accept(p, TK_COMMA));
    }
    p_block(p, &n->u.with.body, "'with' statement", kw.line);
    return p_finish(p, n);
}

static sp_ast_t *p_try(parser_t *p) {
    lex_token_t kw = *p_advance(p);
    sp_ast_t *n = p_node_tok(p, AST_TRY, &kw);
    p_block(p, &n->u.try_.body, "'try' statement", kw.line);
    int seen_plain = 0, seen_star = 0;
    while (p_at_kw(p, KW_EXCEPT)) {
        lex_token_t ex = *p_advance(p);
        int star = p_accept(p, TK_STAR);
        if (star)
            seen_star = 1;
        else
            seen_plain = 1;
        if (seen_plain && seen_star)
            p_error_at(p, SP_EXC_SyntaxError, ex.line, ex.col,
                       "cannot have both 'except' and 'except*' on the same 'try'");
        sp_ast_t *h = p_node_tok(p, AST_EXCEPT_HANDLER, &ex);
        if (!p_at(p, TK_COLON)) {
            sp_ast_t *type = p_expression(p);
            if (p_at(p, TK_COMMA)) p_error_node(p, type, "multiple exception types must be parenthesized");
            h->u.except_handler.type = type;
            if (p_accept_kw(p, KW_AS)) h->u.except_handler.name = p_name_value(p, p_expect_name(p));
        } else if (star) {
            p_error_at(p, SP_EXC_SyntaxError, p_cur(p)->line, p_cur(p)->col,
                       "expected one or more exception types");
        }
        p_block(p, &h->u.except_handler.body, star ? "'except*' statement" : "'except' statement", ex.line);
        p_append(p, &n->u.try_.handlers, p_finish(p, h));
    }
    n->u.try_.is_star = seen_star;
    if (n->u.try_.handlers.n) p_else_block(p, &n->u.try_.orelse);
    if (p_at_kw(p, KW_FINALLY)) {
        lex_token_t f = *p_advance(p);
        p_block(p, &n->u.try_.finalbody, "'finally' statement", f.line);
    }
    if (!n->u.try_.handlers.n && !n->u.try_.finalbody.n) {
        lex_token_t *t = p_at_kw(p, KW_ELSE) ? p_cur(p) : &p->last_newline;
        p_error_at(p, SP_EXC_SyntaxError, t->line, t->col, "expected 'except' or 'finally' block");
    }
    return p_finish(p, n);
}

static sp_ast_t *p_funcdef(parser_t *p, const lex_token_t *start, int is_async, sp_ast_list_t decorators) {
    lex_token_t kw = *p_advance(p);
    sp_ast_t *n = p_node_tok(p, AST_FUNCTION_DEF, start);
    n->u.function_def.is_async = is_async;
    n->u.function_def.decorators = decorators;
    n->u.function_def.name = p_name_value(p, p_expect_name(p));
    p_expect_named(p, TK_LPAR, 1);
    n->u.function_def.args = p_parameters(p, TK_RPAR, 1);
    p_expect(p, TK_RPAR);
    if (p_accept(p, TK_RARROW)) n->u.function_def.returns = p_expression(p);
    p_block(p, &n->u.function_def.body, "function definition", kw.line);
    return p_finish(p, n);
}

static sp_ast_t *p_classdef(parser_t *p, sp_ast_list_t decorators) {
    lex_token_t kw = *p_advance(p);
    sp_ast_t *n = p_node_tok(p, AST_CLASS_DEF, &kw);
    n->u.class_def.decorators = decorators;
    n->u.class_def.name = p_name_value(p, p_expect_name(p));
    if (p_accept(p, TK_LPAR)) {
        sp_ast_t call;
        memset(&call, 0, sizeof call);
        p_call_args(p, &call, TK_RPAR);
        for (int i = 0; i < call.u.call.args.n; i++) {
            sp_ast_t *g = call.u.call.args.items[i];
            if (g->kind == AST_GENERATOR_EXP)
                p_error_node(p, g->u.comp.generators.items[0], "invalid syntax");
        }
        n->u.class_def.bases = call.u.call.args;
        n->u.class_def.keywords = call.u.call.keywords;
    }
    p_block(p, &n->u.class_def.body, "class definition", kw.line);
    return p_finish(p, n);
}

/* 'async' def / for / with. */
static sp_ast_t *p_async(parser_t *p, sp_ast_list_t decorators) {
    lex_token_t start = *p_advance(p);
    if (p_at_kw(p, KW_DEF)) return p_funcdef(p, &start, 1, decorators);
    if (decorators.n) p_syntax_error(p);
    if (p_at_kw(p, KW_FOR)) return p_for(p, &start, 1);
    if (p_at_kw(p, KW_WITH)) return p_with(p, &start, 1);
    p_syntax_error(p);
}

static sp_ast_t *p_decorated(parser_t *p) {
    sp_ast_list_t decorators = {0, NULL};
    while (p_accept(p, TK_AT)) {
        p_append(p, &decorators, p_named_expression(p));
        if (!p_accept(p, TK_NEWLINE)) p_syntax_error(p);
    }
    if (p_at_kw(p, KW_DEF)) return p_funcdef(p, p_cur(p), 0, decorators);
    if (p_at_kw(p, KW_CLASS)) return p_classdef(p, decorators);
    if (p_at_kw(p, KW_ASYNC)) return p_async(p, decorators);
    p_syntax_error(p);
}

static sp_ast_t *p_match(parser_t *p);
static int p_at_match_stmt(parser_t *p);

static void p_statement(parser_t *p, sp_ast_list_t *body) {
    lex_token_t *t = p_cur(p);
    sp_ast_list_t none = {0, NULL};
    sp_ast_t *s = NULL;
    if (t->kind == TK_NAME) {
        switch (t->keyword) {
        case KW_IF:
            s = p_if(p);
            break;
        case KW_WHILE:
            s = p_while(p);
            break;
        case KW_FOR:
            s = p_for(p, t, 0);
            break;
        case KW_TRY:
            s = p_try(p);
            break;
        case KW_WITH:
            s = p_with(p, t, 0);
            break;
        case KW_DEF:
            s = p_funcdef(p, t, 0, none);
            break;
        case KW_CLASS:
            s = p_classdef(p, none);
            break;
        case KW_ASYNC:
            s = p_async(p, none);
            break;
        case KW_NONE_:
            if (t->len == 5 && memcmp(t->start, "match", 5) == 0 && p_at_match_stmt(p)) s = p_match(p);
            break;
        default:
            break;
        }
    } else if (t->kind == TK_AT) {
        s = p_decorated(p);
    } else if (t->kind == TK_INDENT) {
        p_syntax_error(p);
    }
    if (s)
        p_append(p, body, s);
    else
        p_simple_stmts(p, body);
}

/* ---- match statements ------------------------------------------------------------------- */

/* `match` is a soft keyword: it starts a match statement only when its logical line ends in
 * ':' (no simple statement can end that way), so `match = 1` and `match(x)` stay names. */
static int p_at_match_stmt(parser_t *p) {
    lex_token_t *next = p_peek(p, 1);
    if (next->kind == TK_NEWLINE || next->kind == TK_EQUAL || next->kind == TK_DOT ||
        next->kind == TK_COLON || next->kind == TK_ENDMARKER || p_augassign_op(next) >= 0)
        return 0;
    for (int k = 1;; k++) {
        lex_token_t *t = p_peek(p, k);
        if (t->kind == TK_NEWLINE || t->kind == TK_ENDMARKER) return p_peek(p, k - 1)->kind == TK_COLON;
    }
}

static int p_at_soft(parser_t *p, const char *word) {
    lex_token_t *t = p_cur(p);
    size_t n = strlen(word);
    return t->kind == TK_NAME && t->len == n && memcmp(t->start, word, n) == 0;
}

static sp_ast_t *p_pattern(parser_t *p);

static void p_capture_name(parser_t *p, sp_value_t *out) {
    lex_token_t *t = p_expect_name(p);
    if (t->len == 1 && t->start[0] == '_')
        p_error_at(p, SP_EXC_SyntaxError, t->line, t->col, "cannot use '_' as a target");
    *out = p_name_value(p, t);
}

/* A literal usable in a pattern: signed number, string, or None/True/False (as an expression). */
static sp_ast_t *p_pattern_literal_expr(parser_t *p) {
    lex_token_t *t = p_cur(p);
    if (t->kind == TK_STRING) {
        sp_ast_t *s = p_strings(p);
        if (s->kind == AST_JOINED_STR)
            p_error_node(p, s, "patterns may only match literals and attribute lookups");
        return s;
    }
    if (t->kind == TK_MINUS) {
        lex_token_t minus = *p_advance(p);
        if (!p_at(p, TK_NUMBER)) p_syntax_error(p);
        lex_token_t *num = p_advance(p);
        sp_ast_t *u = p_node_tok(p, AST_UNARY_OP, &minus);
        u->u.unary_op.op = SP_UNOP_NEG;
        u->u.unary_op.operand = p_constant(p, num, p_number_value(p, num));
        return p_finish(p, u);
    }
    if (t->kind == TK_NUMBER) {
        lex_token_t *num = p_advance(p);
        return p_constant(p, num, p_number_value(p, num));
    }
    return NULL;
}

/* name_or_attr: NAME ('.' NAME)* */
static sp_ast_t *p_name_or_attr(parser_t *p) {
    p_pos_t at = p_here(p);
    lex_token_t *t = p_expect_name(p);
    sp_ast_t *e = p_node_tok(p, AST_NAME, t);
    e->u.name.id = p_name_value(p, t);
    while (p_accept(p, TK_DOT)) {
        lex_token_t *n = p_expect_name(p);
        sp_ast_t *a = p_node_at(p, AST_ATTRIBUTE, at);
        a->u.attribute.value = e;
        a->u.attribute.attr = p_name_value(p, n);
        e = a;
    }
    return e;
}

static sp_ast_t *p_star_pattern_or_pattern(parser_t *p) {
    if (!p_at(p, TK_STAR)) return p_pattern(p);
    lex_token_t star = *p_advance(p);
    sp_ast_t *s = p_node_tok(p, AST_PATTERN_STAR, &star);
    lex_token_t *t = p_expect_name(p);
    if (!(t->len == 1 && t->start[0] == '_')) s->u.pattern_star.name = p_name_value(p, t);
    return p_finish(p, s);
}

/* Items of a sequence pattern up to `close`. */
static void p_pattern_items(parser_t *p, sp_ast_t *seq, lex_kind_t close) {
    while (!p_at(p, close)) {
        p_append(p, &seq->u.pattern_sequence.patterns, p_star_pattern_or_pattern(p));
        if (!p_accept(p, TK_COMMA)) break;
    }
    p_expect(p, close);
}

static sp_ast_t *p_mapping_pattern(parser_t *p, const lex_token_t *open) {
    sp_ast_t *m = p_node_tok(p, AST_PATTERN_MAPPING, open);
    while (!p_at(p, TK_RBRACE)) {
        if (p_accept(p, TK_DOUBLESTAR)) {
            p_capture_name(p, &m->u.pattern_mapping.rest);
            p_accept(p, TK_COMMA);
            break;
        }
        sp_ast_t *key = p_pattern_literal_expr(p);
        if (!key) {
            lex_token_t *t = p_cur(p);
            if (t->kind == TK_NAME &&
                (t->keyword == KW_NONE || t->keyword == KW_TRUE || t->keyword == KW_FALSE)) {
                key = p_atom(p);
            } else {
                key = p_name_or_attr(p);
                if (key->kind == AST_NAME) p_syntax_error(p);
            }
        }
        p_expect(p, TK_COLON);
        p_append(p, &m->u.pattern_mapping.keys, key);
        p_append(p, &m->u.pattern_mapping.patterns, p_pattern(p));
        if (!p_accept(p, TK_COMMA)) break;
    }
    p_expect(p, TK_RBRACE);
    return p_finish(p, m);
}

static sp_ast_t *p_class_pattern(parser_t *p, sp_ast_t *cls) {
    p_pos_t at = {cls->line, cls->col};
    sp_ast_t *c = p_node_at(p, AST_PATTERN_CLASS, at);
    c->u.pattern_class.cls = cls;
    int cap = 0;
    while (!p_at(p, TK_RPAR)) {
        lex_token_t *t = p_cur(p);
        if (t->kind == TK_NAME && !t->keyword && p_peek_is(p, 1, TK_EQUAL)) {
            lex_token_t name = *p_advance(p);
            p_advance(p);
            if (c->u.pattern_class.n_kwd == cap) {
                cap = cap ? cap * 2 : 4;
                sp_value_t *g = sp_alloc(p->vm, sizeof *g * (size_t)cap);
                if (!g) p_oom(p);
                if (c->u.pattern_class.n_kwd)
                    memcpy(g, c->u.pattern_class.kwd_attrs, sizeof *g * (size_t)c->u.pattern_class.n_kwd);
                c->u.pattern_class.kwd_attrs = g;
            }
            c->u.pattern_class.kwd_attrs[c->u.pattern_class.n_kwd++] = p_name_value(p, &name);
            p_append(p, &c->u.pattern_class.kwd_patterns, p_pattern(p));
        } else {
            sp_ast_t *pat = p_pattern(p);
            if (c->u.pattern_class.n_kwd) p_error_node(p, pat, "positional patterns follow keyword patterns");
            p_append(p, &c->u.pattern_class.patterns, pat);
        }
        if (!p_accept(p, TK_COMMA)) break;
    }
    p_expect(p, TK_RPAR);
    return p_finish(p, c);
}

static sp_ast_t *p_closed_pattern(parser_t *p) {
    p_pos_t at = p_here(p);
    lex_token_t *t = p_cur(p);
    sp_ast_t *lit = p_pattern_literal_expr(p);
    if (lit) {
        sp_ast_t *v = p_node_at(p, AST_PATTERN_VALUE, at);
        v->u.pattern_value.value = lit;
        return v;
    }
    t = p_cur(p);
    if (t->kind == TK_NAME && (t->keyword == KW_NONE || t->keyword == KW_TRUE || t->keyword == KW_FALSE)) {
        lex_token_t k = *p_advance(p);
        sp_ast_t *s = p_node_tok(p, AST_PATTERN_SINGLETON, &k);
        s->u.pattern_singleton.value = k.keyword == KW_NONE   ? SP_NONE
                                       : k.keyword == KW_TRUE ? SP_TRUE
                                                              : SP_FALSE;
        return s;
    }
    if (t->kind == TK_NAME && !t->keyword) {
        lex_token_t start = *t;
        sp_ast_t *e = p_name_or_attr(p);
        if (p_accept(p, TK_LPAR)) return p_class_pattern(p, e);
        if (e->kind == AST_ATTRIBUTE) {
            sp_ast_t *v = p_node_at(p, AST_PATTERN_VALUE, at);
            v->u.pattern_value.value = e;
            return v;
        }
        sp_ast_t *as = p_node_tok(p, AST_PATTERN_AS, &start);
        if (!(start.len == 1 && start.start[0] == '_')) as->u.pattern_as.name = e->u.name.id;
        return as;
    }
    if (t->kind == TK_LPAR) {
        lex_token_t open = *p_advance(p);
        if (p_accept(p, TK_RPAR)) return p_node_tok(p, AST_PATTERN_SEQUENCE, &open);
        sp_ast_t *first = p_star_pattern_or_pattern(p);
        if (p_accept(p, TK_RPAR) && first->kind != AST_PATTERN_STAR) return first;
        if (p->prev.kind == TK_RPAR) p_syntax_error(p);
        sp_ast_t *seq = p_node_tok(p, AST_PATTERN_SEQUENCE, &open);
        p_append(p, &seq->u.pattern_sequence.patterns, first);
        if (!p_accept(p, TK_COMMA)) p_syntax_error(p);
        p_pattern_items(p, seq, TK_RPAR);
        return p_finish(p, seq);
    }
    if (t->kind == TK_LSQB) {
        lex_token_t open = *p_advance(p);
        sp_ast_t *seq = p_node_tok(p, AST_PATTERN_SEQUENCE, &open);
        p_pattern_items(p, seq, TK_RSQB);
        return p_finish(p, seq);
    }
    if (t->kind == TK_LBRACE) {
        lex_token_t open = *p_advance(p);
        return p_mapping_pattern(p, &open);
    }
    p_syntax_error(p);
}

static sp_ast_t *p_or_pattern(parser_t *p) {
    p_pos_t at = p_here(p);
    p_enter(p, PARSE_NEST_COST);
    sp_ast_t *first = p_closed_pattern(p);
    if (p_at(p, TK_VBAR)) {
        sp_ast_t *o = p_node_at(p, AST_PATTERN_OR, at);
        p_append(p, &o->u.pattern_sequence.patterns, first);
        while (p_accept(p, TK_VBAR)) p_append(p, &o->u.pattern_sequence.patterns, p_closed_pattern(p));
        first = p_finish(p, o);
    }
    p_leave(p, PARSE_NEST_COST);
    return first;
}

/* pattern: or_pattern ['as' NAME] */
static sp_ast_t *p_pattern(parser_t *p) {
    p_pos_t at = p_here(p);
    sp_ast_t *pat = p_or_pattern(p);
    if (!p_accept_kw(p, KW_AS)) return pat;
    sp_ast_t *as = p_node_at(p, AST_PATTERN_AS, at);
    as->u.pattern_as.pattern = pat;
    p_capture_name(p, &as->u.pattern_as.name);
    return p_finish(p, as);
}

/* The top of a case: an open sequence `a, *b` or one pattern. */
static sp_ast_t *p_case_patterns(parser_t *p) {
    p_pos_t at = p_here(p);
    sp_ast_t *first = p_star_pattern_or_pattern(p);
    if (!p_at(p, TK_COMMA)) {
        if (first->kind == AST_PATTERN_STAR) p_syntax_error(p);
        return first;
    }
    sp_ast_t *seq = p_node_at(p, AST_PATTERN_SEQUENCE, at);
    p_append(p, &seq->u.pattern_sequence.patterns, first);
    while (p_accept(p, TK_COMMA) && !p_at(p, TK_COLON) && !p_at_kw(p, KW_IF))
        p_append(p, &seq->u.pattern_sequence.patterns, p_star_pattern_or_pattern(p));
    return p_finish(p, seq);
}

static sp_ast_t *p_match(parser_t *p) {
    lex_token_t kw = *p_advance(p);
    sp_ast_t *m = p_node_tok(p, AST_MATCH, &kw);
    p_pos_t at = p_here(p);
    sp_ast_t *subject = p_star_named_expression(p);
    if (p_at(p, TK_COMMA)) {
        sp_ast_t *t = p_node_at(p, AST_TUPLE, at);
        p_append(p, &t->u.list.elts, subject);
        while (p_accept(p, TK_COMMA) && !p_at(p, TK_COLON))
            p_append(p, &t->u.list.elts, p_star_named_expression(p));
        subject = p_finish(p, t);
    }
    m->u.match.subject = subject;
    p_expect_named(p, TK_COLON, 0);
    lex_token_t nl = *p_expect(p, TK_NEWLINE);
    if (!p_at(p, TK_INDENT)) {
        lex_token_t *t = p_cur(p);
        int eof = t->kind == TK_ENDMARKER || t->kind == TK_DEDENT;
        p_error_at(p, SP_EXC_IndentationError, eof ? nl.line : t->line, eof ? nl.col : t->col,
                   "expected an indented block after 'match' statement on line %d", kw.line);
    }
    p_advance(p);
    while (!p_at(p, TK_DEDENT) && !p_at(p, TK_ENDMARKER)) {
        if (!p_at_soft(p, "case")) p_syntax_error(p);
        lex_token_t c = *p_advance(p);
        sp_ast_t *mc = p_node_tok(p, AST_MATCH_CASE, &c);
        mc->u.match_case.pattern = p_case_patterns(p);
        if (p_accept_kw(p, KW_IF)) mc->u.match_case.guard = p_named_expression(p);
        p_block(p, &mc->u.match_case.body, "'case' statement", c.line);
        p_append(p, &m->u.match.cases, p_finish(p, mc));
    }
    p_accept(p, TK_DEDENT);
    return p_finish(p, m);
}

/* ---- Entry point ------------------------------------------------------------------------ */

static sp_ast_t *parse_run(parser_t *p, sp_parse_mode_t mode) {
    if (mode == SP_PARSE_EVAL) {
        p_accept(p, TK_INDENT);
        while (p_accept(p, TK_NEWLINE)) {
        }
        sp_ast_t *e = p_star_expressions(p);
        while (p_accept(p, TK_NEWLINE) || p_accept(p, TK_DEDENT)) {
        }
        if (!p_at(p, TK_ENDMARKER)) p_syntax_error(p);
        return e;
    }
    sp_ast_t *m = p_node(p, AST_MODULE, 1, 0);
    while (!p_at(p, TK_ENDMARKER)) {
        if (p_accept(p, TK_NEWLINE)) continue;
        p_statement(p, &m->u.module.body);
    }
    return m;
}

sp_ast_t *parse_source(sp_vm_t *vm, const char *source, size_t size, const char *filename,
                       sp_parse_mode_t mode) {
    lex_t lx;
    if (!source) source = "", size = 0;
    if (lex_init(&lx, vm, source, size, filename) < 0) return NULL;
    parser_t p;
    memset(&p, 0, sizeof p);
    p.vm = vm;
    p.lx = &lx;
    p.filename = filename;
    p.prev.line = p.prev.end_line = p.end_line = 1;
    p.prev.kind = TK_NEWLINE;
    jmp_buf fail;
    p.fail = &fail;
    if (setjmp(fail)) return NULL;
    return parse_run(&p, mode);
}
