/* ast.h: the abstract syntax tree the parser builds and the symbol table and compiler walk.
 * The node set mirrors CPython 3.11's `ast` module so its documentation applies; nodes are
 * plain data on the GC heap (they hold str and int values), with no behaviour. */
#ifndef SP_AST_H
#define SP_AST_H

#include <stdio.h>

#include "runtime/value.h"

typedef struct sp_vm sp_vm_t;
typedef struct sp_ast sp_ast_t;

/* A counted array of nodes. */
typedef struct sp_ast_list {
    int n;
    sp_ast_t **items;
} sp_ast_list_t;

typedef enum sp_ast_kind {
    /* module */
    AST_MODULE,
    /* statements */
    AST_FUNCTION_DEF,
    AST_CLASS_DEF,
    AST_RETURN,
    AST_DELETE,
    AST_ASSIGN,
    AST_AUG_ASSIGN,
    AST_ANN_ASSIGN,
    AST_FOR,
    AST_WHILE,
    AST_IF,
    AST_WITH,
    AST_MATCH,
    AST_RAISE,
    AST_TRY,          /* try/except/else/finally; also except* (is_star) */
    AST_ASSERT,
    AST_IMPORT,
    AST_IMPORT_FROM,
    AST_GLOBAL,
    AST_NONLOCAL,
    AST_EXPR,
    AST_PASS,
    AST_BREAK,
    AST_CONTINUE,
    /* expressions */
    AST_BOOL_OP,      /* and / or over 2+ values */
    AST_NAMED_EXPR,   /* target := value */
    AST_BIN_OP,
    AST_UNARY_OP,
    AST_LAMBDA,
    AST_IF_EXP,
    AST_DICT,
    AST_SET,
    AST_LIST_COMP,
    AST_SET_COMP,
    AST_DICT_COMP,
    AST_GENERATOR_EXP,
    AST_AWAIT,
    AST_YIELD,
    AST_YIELD_FROM,
    AST_COMPARE,
    AST_CALL,
    AST_FORMATTED_VALUE, /* one {expr!conv:spec} of an f-string */
    AST_JOINED_STR,      /* an f-string: parts are constants and formatted values */
    AST_CONSTANT,
    AST_ATTRIBUTE,
    AST_SUBSCRIPT,
    AST_STARRED,
    AST_NAME,
    AST_LIST,
    AST_TUPLE,
    AST_SLICE,
    /* helpers that are nodes so they carry positions */
    AST_ARGUMENTS,       /* a parameter list */
    AST_ARG,             /* one parameter */
    AST_KEYWORD,         /* name=value in a call, or **value (name SP_NULL) */
    AST_ALIAS,           /* import name [as asname] */
    AST_WITH_ITEM,
    AST_EXCEPT_HANDLER,
    AST_COMPREHENSION,   /* one `for target in iter if ...` clause */
    AST_MATCH_CASE,
    /* match patterns */
    AST_PATTERN_VALUE,     /* a constant or dotted name compared with == */
    AST_PATTERN_SINGLETON, /* None / True / False compared with is */
    AST_PATTERN_SEQUENCE,
    AST_PATTERN_MAPPING,
    AST_PATTERN_CLASS,
    AST_PATTERN_STAR,      /* *name or *_ */
    AST_PATTERN_AS,        /* pattern as name, or a capture `name`, or wildcard `_` (both SP_NULL) */
    AST_PATTERN_OR,
    AST__COUNT
} sp_ast_kind_t;

/* Expression context, as CPython's: how a Name/Attribute/Subscript/Starred/List/Tuple is used. */
typedef enum sp_ast_ctx { AST_LOAD, AST_STORE, AST_DEL } sp_ast_ctx_t;

/* Boolean operators. */
typedef enum sp_ast_boolop { AST_AND, AST_OR } sp_ast_boolop_t;

/* Comparison operators: the six rich comparisons use sp_cmp_t's numbering, then these. */
typedef enum sp_ast_cmpop {
    AST_CMP_LT, AST_CMP_LE, AST_CMP_EQ, AST_CMP_NE, AST_CMP_GT, AST_CMP_GE,
    AST_CMP_IS, AST_CMP_IS_NOT, AST_CMP_IN, AST_CMP_NOT_IN
} sp_ast_cmpop_t;

/*
 * One node. `kind` selects the union member; positions are 1-based lines and 0-based UTF-8
 * byte columns, as CPython's ast (col_offset / end_col_offset).
 * Binary and augmented operators use sp_binop_t; unary ones sp_unop_t (runtime/object.h).
 */
struct sp_ast {
    sp_ast_kind_t kind;
    int line, col, end_line, end_col;
    union {
        struct { sp_ast_list_t body; } module;
        struct {
            sp_value_t name;            /* str */
            sp_ast_t *args;             /* AST_ARGUMENTS */
            sp_ast_list_t body;
            sp_ast_list_t decorators;
            sp_ast_t *returns;          /* annotation or NULL */
            int is_async;
        } function_def;
        struct {
            sp_value_t name;
            sp_ast_list_t bases;
            sp_ast_list_t keywords;     /* AST_KEYWORD */
            sp_ast_list_t body;
            sp_ast_list_t decorators;
        } class_def;
        struct { sp_ast_t *value; } return_;   /* value may be NULL */
        struct { sp_ast_list_t targets; } delete_;
        struct { sp_ast_list_t targets; sp_ast_t *value; } assign; /* a = b = value: 2 targets */
        struct { sp_ast_t *target; int op; sp_ast_t *value; } aug_assign; /* op: sp_binop_t */
        struct { sp_ast_t *target; sp_ast_t *annotation; sp_ast_t *value; int simple; } ann_assign;
        struct {
            sp_ast_t *target, *iter;
            sp_ast_list_t body, orelse;
            int is_async;
        } for_;
        struct { sp_ast_t *test; sp_ast_list_t body, orelse; } while_;
        struct { sp_ast_t *test; sp_ast_list_t body, orelse; } if_;   /* elif: orelse holds one AST_IF */
        struct { sp_ast_list_t items; sp_ast_list_t body; int is_async; } with; /* items: AST_WITH_ITEM */
        struct { sp_ast_t *subject; sp_ast_list_t cases; } match;        /* cases: AST_MATCH_CASE */
        struct { sp_ast_t *exc, *cause; } raise;                          /* both may be NULL */
        struct {
            sp_ast_list_t body;
            sp_ast_list_t handlers;     /* AST_EXCEPT_HANDLER */
            sp_ast_list_t orelse, finalbody;
            int is_star;                /* try/except* */
        } try_;
        struct { sp_ast_t *test, *msg; } assert_;
        struct { sp_ast_list_t names; } import;                           /* AST_ALIAS */
        struct { sp_value_t module; sp_ast_list_t names; int level; } import_from; /* module SP_NULL for `from . import x`; names of one alias "*" for star */
        struct { int n; sp_value_t *names; } global;                      /* also nonlocal */
        struct { sp_ast_t *value; } expr;

        struct { int op; sp_ast_list_t values; } bool_op;                 /* op: sp_ast_boolop_t */
        struct { sp_ast_t *target, *value; } named_expr;
        struct { sp_ast_t *left; int op; sp_ast_t *right; } bin_op;      /* op: sp_binop_t */
        struct { int op; sp_ast_t *operand; } unary_op;                   /* op: sp_unop_t */
        struct { sp_ast_t *args; sp_ast_t *body; } lambda;
        struct { sp_ast_t *test, *body, *orelse; } if_exp;
        struct { sp_ast_list_t keys, values; } dict;                      /* key NULL: **value */
        struct { sp_ast_list_t elts; } set;
        /* list/set comprehension and generator expression: elt; dict comprehension: key, value */
        struct { sp_ast_t *elt, *value; sp_ast_list_t generators; } comp; /* generators: AST_COMPREHENSION */
        struct { sp_ast_t *value; } await_;                               /* also yield (value may be NULL), yield from */
        struct { sp_ast_t *left; int n; int *ops; sp_ast_t **comparators; } compare; /* ops: sp_ast_cmpop_t */
        struct { sp_ast_t *func; sp_ast_list_t args; sp_ast_list_t keywords; } call; /* args may hold AST_STARRED */
        struct { sp_ast_t *value; int conversion; sp_ast_t *format_spec; } formatted_value; /* conversion: -1, 's', 'r', 'a'; spec: AST_JOINED_STR or NULL */
        struct { sp_ast_list_t values; } joined_str;
        struct { sp_value_t value; } constant;                             /* int, float, complex later, str, bytes, None, True, False, Ellipsis */
        struct { sp_ast_t *value; sp_value_t attr; sp_ast_ctx_t ctx; } attribute;
        struct { sp_ast_t *value; sp_ast_t *slice; sp_ast_ctx_t ctx; } subscript;
        struct { sp_ast_t *value; sp_ast_ctx_t ctx; } starred;
        struct { sp_value_t id; sp_ast_ctx_t ctx; } name;                  /* id: interned str */
        struct { sp_ast_list_t elts; sp_ast_ctx_t ctx; } list;             /* also tuple */
        struct { sp_ast_t *lower, *upper, *step; } slice;                  /* each may be NULL */

        struct {
            sp_ast_list_t posonlyargs, args;   /* AST_ARG */
            sp_ast_t *vararg;                  /* AST_ARG or NULL */
            sp_ast_list_t kwonlyargs;          /* AST_ARG */
            sp_ast_list_t kw_defaults;         /* one per kwonlyarg, NULL entries for none */
            sp_ast_t *kwarg;                   /* AST_ARG or NULL */
            sp_ast_list_t defaults;            /* for the last len(defaults) of posonlyargs+args */
        } arguments;
        struct { sp_value_t name; sp_ast_t *annotation; } arg;
        struct { sp_value_t name; sp_ast_t *value; } keyword;              /* name SP_NULL: **value */
        struct { sp_value_t name; sp_value_t asname; } alias;              /* dotted name; asname may be SP_NULL */
        struct { sp_ast_t *context_expr, *optional_vars; } with_item;
        struct { sp_ast_t *type; sp_value_t name; sp_ast_list_t body; } except_handler; /* type/name may be null */
        struct { sp_ast_t *target, *iter; sp_ast_list_t ifs; int is_async; } comprehension;
        struct { sp_ast_t *pattern, *guard; sp_ast_list_t body; } match_case;

        struct { sp_ast_t *value; } pattern_value;
        struct { sp_value_t value; } pattern_singleton;
        struct { sp_ast_list_t patterns; } pattern_sequence;               /* also pattern_or */
        struct { sp_ast_list_t keys, patterns; sp_value_t rest; } pattern_mapping;
        struct { sp_ast_t *cls; sp_ast_list_t patterns; int n_kwd; sp_value_t *kwd_attrs; sp_ast_list_t kwd_patterns; } pattern_class;
        struct { sp_value_t name; } pattern_star;                          /* name SP_NULL for *_ */
        struct { sp_ast_t *pattern; sp_value_t name; } pattern_as;
    } u;
};

/* Allocates a zeroed node of the given kind and position on the GC heap. */
sp_ast_t *ast_new(sp_vm_t *vm, sp_ast_kind_t kind, int line, int col);

/* Appends a node to a list (grows on the GC heap). */
void ast_list_append(sp_vm_t *vm, sp_ast_list_t *list, sp_ast_t *node);

/* The node kind's CPython name ("FunctionDef", "BinOp", ...), for dumps and messages. */
const char *ast_kind_name(sp_ast_kind_t kind);

/* Writes an ast.dump()-like one-line rendering of a tree (for tests and `docs/`). */
void ast_dump(sp_vm_t *vm, const sp_ast_t *node, FILE *out);

/* The same with every node's position, as ast.dump(node, include_attributes=True). */
void ast_dump_positions(sp_vm_t *vm, const sp_ast_t *node, FILE *out);

#endif
