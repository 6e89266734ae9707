/* ast.c: allocation of AST nodes and an ast.dump()-style printer for tests and docs.
 * Nodes are plain data: nothing here interprets them. */
#include "compiler/ast.h"

#include <string.h>

#include "runtime/runtime.h"

sp_ast_t *ast_new(sp_vm_t *vm, sp_ast_kind_t kind, int line, int col) {
    sp_ast_t *n = sp_alloc(vm, sizeof *n);
    if (!n) return NULL;
    memset(n, 0, sizeof *n);
    n->kind = kind;
    n->line = n->end_line = line;
    n->col = n->end_col = col;
    return n;
}

/* Lists have no capacity field: the capacity is the next power of two >= n (at least 4), so
 * the array grows exactly when n reaches one. */
void ast_list_append(sp_vm_t *vm, sp_ast_list_t *list, sp_ast_t *node) {
    int n = list->n;
    if (n == 0 || (n >= 4 && (n & (n - 1)) == 0)) {
        int cap = n == 0 ? 4 : n * 2;
        sp_ast_t **items = sp_alloc(vm, sizeof *items * (size_t)cap);
        if (!items) return;
        if (n) memcpy(items, list->items, sizeof *items * (size_t)n);
        list->items = items;
    }
    list->items[n] = node;
    list->n = n + 1;
}

static const char *const ast_names[AST__COUNT] = {
    [AST_MODULE] = "Module",
    [AST_FUNCTION_DEF] = "FunctionDef",
    [AST_CLASS_DEF] = "ClassDef",
    [AST_RETURN] = "Return",
    [AST_DELETE] = "Delete",
    [AST_ASSIGN] = "Assign",
    [AST_AUG_ASSIGN] = "AugAssign",
    [AST_ANN_ASSIGN] = "AnnAssign",
    [AST_FOR] = "For",
    [AST_WHILE] = "While",
    [AST_IF] = "If",
    [AST_WITH] = "With",
    [AST_MATCH] = "Match",
    [AST_RAISE] = "Raise",
    [AST_TRY] = "Try",
    [AST_ASSERT] = "Assert",
    [AST_IMPORT] = "Import",
    [AST_IMPORT_FROM] = "ImportFrom",
    [AST_GLOBAL] = "Global",
    [AST_NONLOCAL] = "Nonlocal",
    [AST_EXPR] = "Expr",
    [AST_PASS] = "Pass",
    [AST_BREAK] = "Break",
    [AST_CONTINUE] = "Continue",
    [AST_BOOL_OP] = "BoolOp",
    [AST_NAMED_EXPR] = "NamedExpr",
    [AST_BIN_OP] = "BinOp",
    [AST_UNARY_OP] = "UnaryOp",
    [AST_LAMBDA] = "Lambda",
    [AST_IF_EXP] = "IfExp",
    [AST_DICT] = "Dict",
    [AST_SET] = "Set",
    [AST_LIST_COMP] = "ListComp",
    [AST_SET_COMP] = "SetComp",
    [AST_DICT_COMP] = "DictComp",
    [AST_GENERATOR_EXP] = "GeneratorExp",
    [AST_AWAIT] = "Await",
    [AST_YIELD] = "Yield",
    [AST_YIELD_FROM] = "YieldFrom",
    [AST_COMPARE] = "Compare",
    [AST_CALL] = "Call",
    [AST_FORMATTED_VALUE] = "FormattedValue",
    [AST_JOINED_STR] = "JoinedStr",
    [AST_CONSTANT] = "Constant",
    [AST_ATTRIBUTE] = "Attribute",
    [AST_SUBSCRIPT] = "Subscript",
    [AST_STARRED] = "Starred",
    [AST_NAME] = "Name",
    [AST_LIST] = "List",
    [AST_TUPLE] = "Tuple",
    [AST_SLICE] = "Slice",
    [AST_ARGUMENTS] = "arguments",
    [AST_ARG] = "arg",
    [AST_KEYWORD] = "keyword",
    [AST_ALIAS] = "alias",
    [AST_WITH_ITEM] = "withitem",
    [AST_EXCEPT_HANDLER] = "ExceptHandler",
    [AST_COMPREHENSION] = "comprehension",
    [AST_MATCH_CASE] = "match_case",
    [AST_PATTERN_VALUE] = "MatchValue",
    [AST_PATTERN_SINGLETON] = "MatchSingleton",
    [AST_PATTERN_SEQUENCE] = "MatchSequence",
    [AST_PATTERN_MAPPING] = "MatchMapping",
    [AST_PATTERN_CLASS] = "MatchClass",
    [AST_PATTERN_STAR] = "MatchStar",
    [AST_PATTERN_AS] = "MatchAs",
    [AST_PATTERN_OR] = "MatchOr",
};

const char *ast_kind_name(sp_ast_kind_t kind) {
    return kind < AST__COUNT && ast_names[kind] ? ast_names[kind] : "?";
}

/* ---- ast.dump ------------------------------------------------------------------------------
 * Mirrors Python's ast.dump(node): fields in _fields order, optional fields left out when
 * None, lists always shown. It recurses over the tree, so it is meant for the small trees of
 * tests and docs (a 300,000-term sum is a tree 300,000 deep). */

typedef struct dump {
    sp_vm_t *vm;
    FILE *out;
    int nfields;    /* fields printed so far in the current node */
    int attributes; /* also print positions, as ast.dump(include_attributes=True) */
} dump_t;

static void dump_node(dump_t *d, const sp_ast_t *n);

static void dump_field(dump_t *d, const char *name) {
    if (d->nfields++) fputs(", ", d->out);
    fprintf(d->out, "%s=", name);
}

static void dump_child(dump_t *d, const char *name, const sp_ast_t *n) {
    if (!n) return;
    dump_field(d, name);
    int saved = d->nfields;
    dump_node(d, n);
    d->nfields = saved;
}

static void dump_list(dump_t *d, const char *name, const sp_ast_list_t *l) {
    dump_field(d, name);
    int saved = d->nfields;
    fputc('[', d->out);
    for (int i = 0; i < l->n; i++) {
        if (i) fputs(", ", d->out);
        if (l->items[i])
            dump_node(d, l->items[i]);
        else
            fputs("None", d->out);
    }
    fputc(']', d->out);
    d->nfields = saved;
}

static void dump_repr(dump_t *d, sp_value_t v) {
    if (v == SP_NONE) {
        fputs("None", d->out);
        return;
    }
    if (v == SP_TRUE) {
        fputs("True", d->out);
        return;
    }
    if (v == SP_FALSE) {
        fputs("False", d->out);
        return;
    }
    if (v == SP_ELLIPSIS) {
        fputs("Ellipsis", d->out);
        return;
    }
    sp_value_t r = sp_repr(d->vm, v);
    if (r)
        fputs(sp_str_cstr(r), d->out);
    else {
        sp_exc_fetch(d->vm);
        fputs("<?>", d->out);
    }
}

static void dump_value(dump_t *d, const char *name, sp_value_t v) {
    if (!v) return;
    dump_field(d, name);
    dump_repr(d, v);
}

static void dump_int(dump_t *d, const char *name, int v) {
    dump_field(d, name);
    fprintf(d->out, "%d", v);
}

static void dump_names(dump_t *d, const char *name, int n, const sp_value_t *names) {
    dump_field(d, name);
    fputc('[', d->out);
    for (int i = 0; i < n; i++) {
        if (i) fputs(", ", d->out);
        dump_repr(d, names[i]);
    }
    fputc(']', d->out);
}

static void dump_ctx(dump_t *d, sp_ast_ctx_t ctx) {
    dump_field(d, "ctx");
    fputs(ctx == AST_STORE ? "Store()" : ctx == AST_DEL ? "Del()" : "Load()", d->out);
}

static void dump_op(dump_t *d, const char *text) {
    dump_field(d, "op");
    fprintf(d->out, "%s()", text);
}

static const char *const binop_names[] = {"Add", "Sub",    "Mult",   "MatMult", "Div",   "FloorDiv", "Mod",
                                          "Pow", "LShift", "RShift", "BitAnd",  "BitOr", "BitXor"};
static const char *const unop_names[] = {"USub", "UAdd", "Invert", "Not"};
static const char *const cmpop_names[] = {"Lt",  "LtE", "Eq",    "NotEq", "Gt",
                                          "GtE", "Is",  "IsNot", "In",    "NotIn"};

static void dump_stmt_fields(dump_t *d, const sp_ast_t *n) {
    switch (n->kind) {
    case AST_MODULE:
        dump_list(d, "body", &n->u.module.body);
        dump_field(d, "type_ignores");
        fputs("[]", d->out);
        break;
    case AST_FUNCTION_DEF:
        dump_value(d, "name", n->u.function_def.name);
        dump_child(d, "args", n->u.function_def.args);
        dump_list(d, "body", &n->u.function_def.body);
        dump_list(d, "decorator_list", &n->u.function_def.decorators);
        dump_child(d, "returns", n->u.function_def.returns);
        break;
    case AST_CLASS_DEF:
        dump_value(d, "name", n->u.class_def.name);
        dump_list(d, "bases", &n->u.class_def.bases);
        dump_list(d, "keywords", &n->u.class_def.keywords);
        dump_list(d, "body", &n->u.class_def.body);
        dump_list(d, "decorator_list", &n->u.class_def.decorators);
        break;
    case AST_RETURN:
        dump_child(d, "value", n->u.return_.value);
        break;
    case AST_DELETE:
        dump_list(d, "targets", &n->u.delete_.targets);
        break;
    case AST_ASSIGN:
        dump_list(d, "targets", &n->u.assign.targets);
        dump_child(d, "value", n->u.assign.value);
        break;
    case AST_AUG_ASSIGN:
        dump_child(d, "target", n->u.aug_assign.target);
        dump_op(d, binop_names[n->u.aug_assign.op & 15]);
        dump_child(d, "value", n->u.aug_assign.value);
        break;
    case AST_ANN_ASSIGN:
        dump_child(d, "target", n->u.ann_assign.target);
        dump_child(d, "annotation", n->u.ann_assign.annotation);
        dump_child(d, "value", n->u.ann_assign.value);
        dump_int(d, "simple", n->u.ann_assign.simple);
        break;
    case AST_FOR:
        dump_child(d, "target", n->u.for_.target);
        dump_child(d, "iter", n->u.for_.iter);
        dump_list(d, "body", &n->u.for_.body);
        dump_list(d, "orelse", &n->u.for_.orelse);
        break;
    case AST_WHILE:
        dump_child(d, "test", n->u.while_.test);
        dump_list(d, "body", &n->u.while_.body);
        dump_list(d, "orelse", &n->u.while_.orelse);
        break;
    case AST_IF:
        dump_child(d, "test", n->u.if_.test);
        dump_list(d, "body", &n->u.if_.body);
        dump_list(d, "orelse", &n->u.if_.orelse);
        break;
    case AST_WITH:
        dump_list(d, "items", &n->u.with.items);
        dump_list(d, "body", &n->u.with.body);
        break;
    case AST_MATCH:
        dump_child(d, "subject", n->u.match.subject);
        dump_list(d, "cases", &n->u.match.cases);
        break;
    case AST_RAISE:
        dump_child(d, "exc", n->u.raise.exc);
        dump_child(d, "cause", n->u.raise.cause);
        break;
    case AST_TRY:
        dump_list(d, "body", &n->u.try_.body);
        dump_list(d, "handlers", &n->u.try_.handlers);
        dump_list(d, "orelse", &n->u.try_.orelse);
        dump_list(d, "finalbody", &n->u.try_.finalbody);
        break;
    case AST_ASSERT:
        dump_child(d, "test", n->u.assert_.test);
        dump_child(d, "msg", n->u.assert_.msg);
        break;
    case AST_IMPORT:
        dump_list(d, "names", &n->u.import.names);
        break;
    case AST_IMPORT_FROM:
        dump_value(d, "module", n->u.import_from.module);
        dump_list(d, "names", &n->u.import_from.names);
        dump_int(d, "level", n->u.import_from.level);
        break;
    case AST_GLOBAL:
    case AST_NONLOCAL:
        dump_names(d, "names", n->u.global.n, n->u.global.names);
        break;
    case AST_EXPR:
        dump_child(d, "value", n->u.expr.value);
        break;
    default:
        break;
    }
}

static void dump_comprehension_kinds(dump_t *d, const sp_ast_t *n) {
    if (n->kind == AST_DICT_COMP) {
        dump_child(d, "key", n->u.comp.elt);
        dump_child(d, "value", n->u.comp.value);
    } else {
        dump_child(d, "elt", n->u.comp.elt);
    }
    dump_list(d, "generators", &n->u.comp.generators);
}

static void dump_expr_fields(dump_t *d, const sp_ast_t *n) {
    switch (n->kind) {
    case AST_BOOL_OP:
        dump_op(d, n->u.bool_op.op == AST_AND ? "And" : "Or");
        dump_list(d, "values", &n->u.bool_op.values);
        break;
    case AST_NAMED_EXPR:
        dump_child(d, "target", n->u.named_expr.target);
        dump_child(d, "value", n->u.named_expr.value);
        break;
    case AST_BIN_OP:
        dump_child(d, "left", n->u.bin_op.left);
        dump_op(d, binop_names[n->u.bin_op.op & 15]);
        dump_child(d, "right", n->u.bin_op.right);
        break;
    case AST_UNARY_OP:
        dump_op(d, unop_names[n->u.unary_op.op]);
        dump_child(d, "operand", n->u.unary_op.operand);
        break;
    case AST_LAMBDA:
        dump_child(d, "args", n->u.lambda.args);
        dump_child(d, "body", n->u.lambda.body);
        break;
    case AST_IF_EXP:
        dump_child(d, "test", n->u.if_exp.test);
        dump_child(d, "body", n->u.if_exp.body);
        dump_child(d, "orelse", n->u.if_exp.orelse);
        break;
    case AST_DICT:
        dump_list(d, "keys", &n->u.dict.keys);
        dump_list(d, "values", &n->u.dict.values);
        break;
    case AST_SET:
        dump_list(d, "elts", &n->u.set.elts);
        break;
    case AST_LIST_COMP:
    case AST_SET_COMP:
    case AST_DICT_COMP:
    case AST_GENERATOR_EXP:
        dump_comprehension_kinds(d, n);
        break;
    case AST_AWAIT:
    case AST_YIELD:
    case AST_YIELD_FROM:
        dump_child(d, "value", n->u.await_.value);
        break;
    case AST_COMPARE:
        dump_child(d, "left", n->u.compare.left);
        dump_field(d, "ops");
        fputc('[', d->out);
        for (int i = 0; i < n->u.compare.n; i++)
            fprintf(d->out, "%s%s()", i ? ", " : "", cmpop_names[n->u.compare.ops[i]]);
        fputc(']', d->out);
        dump_field(d, "comparators");
        fputc('[', d->out);
        for (int i = 0; i < n->u.compare.n; i++) {
            if (i) fputs(", ", d->out);
            int saved = d->nfields;
            dump_node(d, n->u.compare.comparators[i]);
            d->nfields = saved;
        }
        fputc(']', d->out);
        break;
    case AST_CALL:
        dump_child(d, "func", n->u.call.func);
        dump_list(d, "args", &n->u.call.args);
        dump_list(d, "keywords", &n->u.call.keywords);
        break;
    case AST_FORMATTED_VALUE:
        dump_child(d, "value", n->u.formatted_value.value);
        dump_int(d, "conversion", n->u.formatted_value.conversion);
        dump_child(d, "format_spec", n->u.formatted_value.format_spec);
        break;
    case AST_JOINED_STR:
        dump_list(d, "values", &n->u.joined_str.values);
        break;
    case AST_CONSTANT:
        dump_field(d, "value");
        dump_repr(d, n->u.constant.value);
        break;
    case AST_ATTRIBUTE:
        dump_child(d, "value", n->u.attribute.value);
        dump_value(d, "attr", n->u.attribute.attr);
        dump_ctx(d, n->u.attribute.ctx);
        break;
    case AST_SUBSCRIPT:
        dump_child(d, "value", n->u.subscript.value);
        dump_child(d, "slice", n->u.subscript.slice);
        dump_ctx(d, n->u.subscript.ctx);
        break;
    case AST_STARRED:
        dump_child(d, "value", n->u.starred.value);
        dump_ctx(d, n->u.starred.ctx);
        break;
    case AST_NAME:
        dump_value(d, "id", n->u.name.id);
        dump_ctx(d, n->u.name.ctx);
        break;
    case AST_LIST:
    case AST_TUPLE:
        dump_list(d, "elts", &n->u.list.elts);
        dump_ctx(d, n->u.list.ctx);
        break;
    case AST_SLICE:
        dump_child(d, "lower", n->u.slice.lower);
        dump_child(d, "upper", n->u.slice.upper);
        dump_child(d, "step", n->u.slice.step);
        break;
    default:
        break;
    }
}

static void dump_helper_fields(dump_t *d, const sp_ast_t *n) {
    switch (n->kind) {
    case AST_ARGUMENTS:
        dump_list(d, "posonlyargs", &n->u.arguments.posonlyargs);
        dump_list(d, "args", &n->u.arguments.args);
        dump_child(d, "vararg", n->u.arguments.vararg);
        dump_list(d, "kwonlyargs", &n->u.arguments.kwonlyargs);
        dump_list(d, "kw_defaults", &n->u.arguments.kw_defaults);
        dump_child(d, "kwarg", n->u.arguments.kwarg);
        dump_list(d, "defaults", &n->u.arguments.defaults);
        break;
    case AST_ARG:
        dump_value(d, "arg", n->u.arg.name);
        dump_child(d, "annotation", n->u.arg.annotation);
        break;
    case AST_KEYWORD:
        dump_value(d, "arg", n->u.keyword.name);
        dump_child(d, "value", n->u.keyword.value);
        break;
    case AST_ALIAS:
        dump_value(d, "name", n->u.alias.name);
        dump_value(d, "asname", n->u.alias.asname);
        break;
    case AST_WITH_ITEM:
        dump_child(d, "context_expr", n->u.with_item.context_expr);
        dump_child(d, "optional_vars", n->u.with_item.optional_vars);
        break;
    case AST_EXCEPT_HANDLER:
        dump_child(d, "type", n->u.except_handler.type);
        dump_value(d, "name", n->u.except_handler.name);
        dump_list(d, "body", &n->u.except_handler.body);
        break;
    case AST_COMPREHENSION:
        dump_child(d, "target", n->u.comprehension.target);
        dump_child(d, "iter", n->u.comprehension.iter);
        dump_list(d, "ifs", &n->u.comprehension.ifs);
        dump_int(d, "is_async", n->u.comprehension.is_async);
        break;
    case AST_MATCH_CASE:
        dump_child(d, "pattern", n->u.match_case.pattern);
        dump_child(d, "guard", n->u.match_case.guard);
        dump_list(d, "body", &n->u.match_case.body);
        break;
    case AST_PATTERN_VALUE:
        dump_child(d, "value", n->u.pattern_value.value);
        break;
    case AST_PATTERN_SINGLETON:
        dump_field(d, "value");
        dump_repr(d, n->u.pattern_singleton.value);
        break;
    case AST_PATTERN_SEQUENCE:
    case AST_PATTERN_OR:
        dump_list(d, "patterns", &n->u.pattern_sequence.patterns);
        break;
    case AST_PATTERN_MAPPING:
        dump_list(d, "keys", &n->u.pattern_mapping.keys);
        dump_list(d, "patterns", &n->u.pattern_mapping.patterns);
        dump_value(d, "rest", n->u.pattern_mapping.rest);
        break;
    case AST_PATTERN_CLASS:
        dump_child(d, "cls", n->u.pattern_class.cls);
        dump_list(d, "patterns", &n->u.pattern_class.patterns);
        dump_names(d, "kwd_attrs", n->u.pattern_class.n_kwd, n->u.pattern_class.kwd_attrs);
        dump_list(d, "kwd_patterns", &n->u.pattern_class.kwd_patterns);
        break;
    case AST_PATTERN_STAR:
        dump_value(d, "name", n->u.pattern_star.name);
        break;
    case AST_PATTERN_AS:
        dump_child(d, "pattern", n->u.pattern_as.pattern);
        dump_value(d, "name", n->u.pattern_as.name);
        break;
    default:
        break;
    }
}

/* The printed class name: async and except* forms have their own in Python's ast. */
static const char *dump_class_name(const sp_ast_t *n) {
    if (n->kind == AST_FUNCTION_DEF && n->u.function_def.is_async) return "AsyncFunctionDef";
    if (n->kind == AST_FOR && n->u.for_.is_async) return "AsyncFor";
    if (n->kind == AST_WITH && n->u.with.is_async) return "AsyncWith";
    if (n->kind == AST_TRY && n->u.try_.is_star) return "TryStar";
    return ast_kind_name(n->kind);
}

static void dump_node(dump_t *d, const sp_ast_t *n) {
    fprintf(d->out, "%s(", dump_class_name(n));
    d->nfields = 0;
    if (n->kind < AST_BOOL_OP)
        dump_stmt_fields(d, n);
    else if (n->kind < AST_ARGUMENTS)
        dump_expr_fields(d, n);
    else
        dump_helper_fields(d, n);
    /* Python's ast gives positions to statements, expressions, handlers, args, keywords,
     * aliases and patterns; not to the module, arguments, withitems, comprehensions or cases. */
    int positioned = n->kind != AST_MODULE && n->kind != AST_ARGUMENTS && n->kind != AST_WITH_ITEM &&
                     n->kind != AST_COMPREHENSION && n->kind != AST_MATCH_CASE;
    if (d->attributes && positioned) {
        dump_int(d, "lineno", n->line);
        dump_int(d, "col_offset", n->col);
        dump_int(d, "end_lineno", n->end_line);
        dump_int(d, "end_col_offset", n->end_col);
    }
    fputc(')', d->out);
}

void ast_dump(sp_vm_t *vm, const sp_ast_t *node, FILE *out) {
    dump_t d = {vm, out, 0, 0};
    if (node)
        dump_node(&d, node);
    else
        fputs("None", out);
}

void ast_dump_positions(sp_vm_t *vm, const sp_ast_t *node, FILE *out) {
    dump_t d = {vm, out, 0, 1};
    if (node)
        dump_node(&d, node);
    else
        fputs("None", out);
}
