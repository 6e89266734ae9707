/* test_compiler.c: the compiler's unit tests — opcode tables, instruction sequences, stack sizes,
 * exception tables, scope classification and CPython's SyntaxError messages. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/compiler.h"
#include "compiler/symtable.h"
#include "include/sparrow.h"
#include "runtime/runtime.h"
#include "tests/unit/units.h"

#define END_OPS (-1)

static sp_vm_t *vm;

static void compiler_setup(void) {
    vm = sp_vm_new(NULL);
    ck_assert_ptr_nonnull(vm);
}

static void compiler_teardown(void) {
    sp_vm_free(vm);
}

static sp_code_t *compile_ok(const char *src) {
    sp_code_t *code = compile_source(vm, src, strlen(src), "<test>", SP_PARSE_FILE);
    ck_assert_msg(code != NULL, "compiling failed: %s", src);
    return code;
}

/* The k-th code object among a code object's constants. */
static sp_code_t *nested_code(const sp_code_t *code, int k) {
    for (int32_t i = 0; i < code->n_consts; i++)
        if (sp_is_kind(code->consts[i], SP_K_CODE) && k-- == 0) return SP_PTR(sp_code_t, code->consts[i]);
    ck_abort_msg("no nested code object");
    return NULL;
}

static void assert_ops(const sp_code_t *code, const int *ops) {
    int32_t i = 0;
    for (; ops[i] != END_OPS; i++) {
        ck_assert_msg(i < code->n_insns, "code too short: expected %s at %d", sp_opcode_info[ops[i]].name, i);
        int op = (int)SP_INSN_OP(code->insns[i]);
        ck_assert_msg(op == ops[i], "at %d: expected %s, got %s", i, sp_opcode_info[ops[i]].name,
                      sp_opcode_info[op].name);
    }
    ck_assert_int_eq(i, code->n_insns);
}

static uint32_t arg_at(const sp_code_t *code, int32_t pc) {
    return SP_INSN_ARG(code->insns[pc]);
}

/* Compiles src expecting a SyntaxError and returns its message. */
static const char *syntax_error_of(const char *src) {
    sp_code_t *code = compile_source(vm, src, strlen(src), "<test>", SP_PARSE_FILE);
    ck_assert_msg(code == NULL, "expected a SyntaxError: %s", src);
    sp_value_t exc = sp_exc_fetch(vm);
    ck_assert(exc != SP_NULL);
    sp_value_t args = SP_AS_EXC(exc)->args;
    ck_assert(sp_is_tuple(args) && SP_AS_TUPLE(args)->size >= 1);
    return sp_str_cstr(SP_AS_TUPLE(args)->items[0]);
}

START_TEST(test_opcode_tables) {
    /* The enum and the name table come from the same rows: re-derive both here and compare. */
    static const struct {
        int op;
        const char *name;
    } rows[] = {
#define OP(name, operand, pop, push, jump, doc) {OP_##name, #name},
#include "vm/opcodes.def"
#undef OP
    };
    ck_assert_int_eq(sizeof rows / sizeof rows[0], OP__COUNT);
    for (int i = 0; i < OP__COUNT; i++) {
        ck_assert_int_eq(rows[i].op, i);
        ck_assert_str_eq(sp_opcode_info[i].name, rows[i].name);
    }
    for (int op = 0; op < OP__COUNT; op++) {
        ck_assert_ptr_nonnull(sp_opcode_info[op].name);
        ck_assert_ptr_nonnull(sp_opcode_info[op].doc);
        ck_assert_int_gt((int)strlen(sp_opcode_info[op].doc), 0);
        ck_assert_int_le(sp_opcode_info[op].operand, SP_OPERAND_FLAGS);
        if (sp_opcode_info[op].operand != SP_OPERAND_JUMP) ck_assert_int_eq(sp_opcode_jump_effect(op, 0), 0);
    }
    ck_assert_str_eq(sp_opcode_info[OP_LOAD_CONST].name, "LOAD_CONST");
    ck_assert_str_eq(sp_opcode_info[OP_CALL].name, "CALL");
    ck_assert_int_eq(sp_opcode_stack_effect(OP_CALL, 3), -4);
    ck_assert_int_eq(sp_opcode_stack_effect(OP_BUILD_MAP, 2), -3);
    ck_assert_int_eq(sp_opcode_stack_effect(OP_FOR_ITER, 0), 1);
    ck_assert_int_eq(sp_opcode_jump_effect(OP_FOR_ITER, 0), -1);
    ck_assert_int_eq(sp_opcode_stack_effect(OP_UNPACK_EX, 1 | (2 << 8)), 3);
    ck_assert_int_eq(sp_opcode_stack_effect(OP_MAKE_FUNCTION, SP_MAKE_DEFAULTS | SP_MAKE_CLOSURE), -2);
}
END_TEST

static char *read_file(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *text = malloc((size_t)size + 1);
    size_t got = fread(text, 1, (size_t)size, f);
    text[got] = '\0';
    fclose(f);
    return text;
}

/* docs/bytecode.md embeds the table generated from opcodes.def: they must not drift apart. */
START_TEST(test_docs_match_opcodes) {
    const char *srcdir = getenv("srcdir");
#ifdef SP_SRCDIR
    if (!srcdir) srcdir = SP_SRCDIR;
#endif
    if (!srcdir) srcdir = ".";
    char path[4096];
    snprintf(path, sizeof path, "%s/docs/bytecode.md", srcdir);
    char *doc = read_file(path);
    ck_assert_msg(doc != NULL, "cannot read %s", path);
    char *table = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&table, &size);
    opcodes_write_markdown(out);
    fclose(out);
    const char *begin = strstr(doc, "<!-- BEGIN OPCODE TABLE");
    ck_assert_ptr_nonnull(begin);
    begin = strchr(begin, '\n') + 1;
    const char *end = strstr(begin, "<!-- END OPCODE TABLE -->");
    ck_assert_ptr_nonnull(end);
    ck_assert_msg((size_t)(end - begin) == size && memcmp(begin, table, size) == 0,
                  "docs/bytecode.md's opcode table is stale: regenerate it with opcodes_write_markdown()");
    free(table);
    free(doc);
}
END_TEST

START_TEST(test_module_assign) {
    sp_code_t *code = compile_ok("x = 1\n");
    assert_ops(code, (int[]){OP_LOAD_CONST, OP_STORE_NAME, OP_LOAD_CONST, OP_RETURN_VALUE, END_OPS});
    ck_assert_int_eq(code->stack_size, 1);
    ck_assert(code->flags & SP_CODE_MODULE);
    ck_assert_str_eq(sp_str_cstr(code->name), "<module>");
}
END_TEST

START_TEST(test_function_locals) {
    sp_code_t *f = nested_code(compile_ok("def f(a, b):\n    c = a + b\n    return c\n"), 0);
    assert_ops(f, (int[]){OP_LOAD_FAST, OP_LOAD_FAST, OP_BINARY_OP, OP_STORE_FAST, OP_LOAD_FAST,
                          OP_RETURN_VALUE, OP_LOAD_CONST, OP_RETURN_VALUE, END_OPS});
    ck_assert_int_eq(f->argcount, 2);
    ck_assert_int_eq(f->n_locals, 3);
    ck_assert_str_eq(sp_str_cstr(f->localnames[2]), "c");
    ck_assert_int_eq(arg_at(f, 3), 2);
    ck_assert_int_eq(f->stack_size, 2);
    ck_assert_int_eq(f->firstlineno, 1);
}
END_TEST

START_TEST(test_parameter_order) {
    sp_code_t *f = nested_code(compile_ok("def f(a, /, b, *args, c, **kw):\n    d = 1\n"), 0);
    const char *expected[] = {"a", "b", "c", "args", "kw", "d"};
    ck_assert_int_eq(f->n_locals, 6);
    for (int i = 0; i < 6; i++) ck_assert_str_eq(sp_str_cstr(f->localnames[i]), expected[i]);
    ck_assert_int_eq(f->argcount, 2);
    ck_assert_int_eq(f->posonlyargcount, 1);
    ck_assert_int_eq(f->kwonlyargcount, 1);
    ck_assert(f->flags & SP_CODE_VARARGS);
    ck_assert(f->flags & SP_CODE_VARKEYWORDS);
}
END_TEST

START_TEST(test_closures) {
    sp_code_t *f =
        nested_code(compile_ok("def f():\n    x = 1\n    def g():\n        return x\n    return g\n"), 0);
    ck_assert_int_eq(f->n_cellvars, 1);
    ck_assert_ptr_null(f->cell2arg);
    assert_ops(f, (int[]){OP_LOAD_CONST, OP_STORE_DEREF, OP_LOAD_CLOSURE, OP_BUILD_TUPLE, OP_LOAD_CONST,
                          OP_MAKE_FUNCTION, OP_STORE_FAST, OP_LOAD_FAST, OP_RETURN_VALUE, OP_LOAD_CONST,
                          OP_RETURN_VALUE, END_OPS});
    ck_assert_int_eq(arg_at(f, 5), SP_MAKE_CLOSURE);
    sp_code_t *g = nested_code(f, 0);
    ck_assert_int_eq(g->n_freevars, 1);
    ck_assert_str_eq(sp_str_cstr(g->freenames[0]), "x");
    ck_assert_str_eq(sp_str_cstr(g->qualname), "f.<locals>.g");
    ck_assert(g->flags & SP_CODE_NESTED);
    assert_ops(g, (int[]){OP_LOAD_DEREF, OP_RETURN_VALUE, OP_LOAD_CONST, OP_RETURN_VALUE, END_OPS});

    sp_code_t *h = nested_code(compile_ok("def h(a, b):\n    return lambda: b\n"), 0);
    ck_assert_int_eq(h->n_cellvars, 1);
    ck_assert_ptr_nonnull(h->cell2arg);
    ck_assert_int_eq(h->cell2arg[0], 1);
}
END_TEST

static st_name_scope_t scope_of(st_scope_t *scope, const char *name) {
    return symtable_lookup(scope, sp_str_intern_cstr(vm, name));
}

START_TEST(test_scopes) {
    const char *src = "g = 1\n"
                      "def f(p):\n"
                      "    global gx\n"
                      "    a = p\n"
                      "    def inner():\n"
                      "        nonlocal a\n"
                      "        a = g\n"
                      "        return [y for y in a if (w := y)]\n"
                      "    return inner\n";
    sp_ast_t *tree = parse_source(vm, src, strlen(src), "<test>", SP_PARSE_FILE);
    ck_assert_ptr_nonnull(tree);
    sp_compile_ctx_t ctx = {vm, "<test>", src, strlen(src), SP_PARSE_FILE};
    st_scope_t *top = symtable_build(&ctx, tree);
    ck_assert_ptr_nonnull(top);
    st_scope_t *f = top->children[0];
    ck_assert_int_eq(scope_of(f, "gx"), ST_SCOPE_GLOBAL_EXPLICIT);
    ck_assert_int_eq(scope_of(f, "a"), ST_SCOPE_CELL);
    ck_assert_int_eq(scope_of(f, "p"), ST_SCOPE_LOCAL);
    ck_assert_int_eq(scope_of(f, "inner"), ST_SCOPE_LOCAL);
    st_scope_t *inner = f->children[0];
    ck_assert_int_eq(scope_of(inner, "a"), ST_SCOPE_FREE);
    ck_assert_int_eq(scope_of(inner, "g"), ST_SCOPE_GLOBAL_IMPLICIT);
    ck_assert_int_eq(scope_of(inner, "w"), ST_SCOPE_CELL); /* the walrus binds in inner */
    st_scope_t *comp = inner->children[0];
    ck_assert_int_eq(comp->kind, ST_COMPREHENSION);
    ck_assert_int_eq(scope_of(comp, "y"), ST_SCOPE_LOCAL);
    ck_assert_int_eq(scope_of(comp, "w"), ST_SCOPE_FREE);
    ck_assert_int_eq(scope_of(comp, ".0"), ST_SCOPE_LOCAL);
}
END_TEST

START_TEST(test_syntax_errors) {
    static const char *const cases[][2] = {
        {"def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration"},
        {"def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration"},
        {"def f(x):\n    global x\n", "name 'x' is parameter and global"},
        {"def f(x):\n    nonlocal x\n", "name 'x' is parameter and nonlocal"},
        {"def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found"},
        {"nonlocal x\n", "nonlocal declaration not allowed at module level"},
        {"def f():\n    from os import *\n", "import * only allowed at module level"},
        {"break\n", "'break' outside loop"},
        {"continue\n", "'continue' not properly in loop"},
        {"return 1\n", "'return' outside function"},
        {"for x in y:\n    def f():\n        break\n", "'break' outside loop"},
        {"def f():\n    [(x := 1) for x in y]\n",
         "assignment expression cannot rebind comprehension iteration variable 'x'"},
        {"a, *b, *c = d\n", "multiple starred expressions in assignment"},
        {"yield 1\n", "'yield' outside function"},
        {"class C:\n    yield 1\n", "'yield' outside function"},
        {"[(yield x) for x in y]\n", "'yield' inside list comprehension"},
        {"await x\n", "'await' outside function"},
        {"def f():\n    async with a:\n        pass\n", "'async with' outside async function"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *msg = syntax_error_of(cases[i][0]);
        ck_assert_msg(strcmp(msg, cases[i][1]) == 0, "%s: got '%s', expected '%s'", cases[i][0], msg,
                      cases[i][1]);
    }
}
END_TEST

START_TEST(test_try_except_table) {
    sp_code_t *code = compile_ok("try:\n    f()\nexcept E as e:\n    g()\n");
    /* body -> H (depth 0); handler head -> cleanup (depth 1); `as e` body -> its own cleanup. */
    ck_assert_int_eq(code->n_exc_entries, 4);
    ck_assert_int_eq(code->exc_table[0].start, 0);
    ck_assert_int_eq(code->exc_table[0].end, 4);
    ck_assert_int_eq(code->exc_table[0].depth, 0);
    uint32_t handler = code->exc_table[0].handler;
    ck_assert_int_eq(SP_INSN_OP(code->insns[handler]), OP_PUSH_EXC_INFO);
    ck_assert_int_eq(code->exc_table[1].start, handler);
    for (int i = 1; i < 4; i++) ck_assert_int_eq(code->exc_table[i].depth, 1);
    ck_assert_int_eq(code->stack_size, 3);
    ck_assert_ptr_eq(code_find_handler(code, 2), &code->exc_table[0]);
    ck_assert_ptr_null(code_find_handler(code, 4)); /* the JUMP over the handler */
}
END_TEST

START_TEST(test_handler_depth_in_loop) {
    sp_code_t *f = nested_code(compile_ok("def f(y):\n"
                                          "    for x in y:\n"
                                          "        try:\n"
                                          "            if x: break\n"
                                          "            return x\n"
                                          "        finally:\n"
                                          "            y = 0\n"),
                               0);
    ck_assert_int_ge(f->n_exc_entries, 2);
    ck_assert_int_eq(f->exc_table[0].depth, 1); /* the iterator is below the try */
    int pop_excepts = 0;
    for (int32_t pc = 0; pc < f->n_insns; pc++) pop_excepts += SP_INSN_OP(f->insns[pc]) == OP_POP_EXCEPT;
    ck_assert_int_eq(pop_excepts, 1);
    /* break and return inline the finally body: three STORE_FAST y besides the loop target */
    int stores = 0;
    for (int32_t pc = 0; pc < f->n_insns; pc++)
        stores += SP_INSN_OP(f->insns[pc]) == OP_STORE_FAST && arg_at(f, pc) == 0;
    ck_assert_int_eq(stores, 4);
}
END_TEST

START_TEST(test_chained_compare) {
    sp_code_t *code = compile_ok("a < b < c\n");
    assert_ops(code, (int[]){OP_LOAD_NAME, OP_LOAD_NAME, OP_SWAP, OP_COPY, OP_COMPARE_OP,
                             OP_JUMP_IF_FALSE_OR_POP, OP_LOAD_NAME, OP_COMPARE_OP, OP_JUMP, OP_SWAP,
                             OP_POP_TOP, OP_POP_TOP, OP_LOAD_CONST, OP_RETURN_VALUE, END_OPS});
    ck_assert_int_eq(arg_at(code, 5), 9);
    ck_assert_int_eq(arg_at(code, 8), 11);
    ck_assert_int_eq(code->stack_size, 3);
}
END_TEST

START_TEST(test_constants_distinct) {
    sp_code_t *code = compile_ok("a = 1\nb = 1.0\nc = True\nd = 1\ne = 0.0\nf = 1.0\n");
    ck_assert_int_eq(code->n_consts, 5); /* 1, 1.0, True, 0.0, None */
    code = compile_ok("x = (1, 2)\ny = (1, 2.0)\nz = (1, 2)\n");
    ck_assert_int_eq(code->n_consts, 3);
}
END_TEST

START_TEST(test_aug_assign_subscript) {
    sp_code_t *code = compile_ok("a[i] += 1\n");
    assert_ops(code, (int[]){OP_LOAD_NAME, OP_LOAD_NAME, OP_COPY, OP_COPY, OP_BINARY_SUBSCR, OP_LOAD_CONST,
                             OP_BINARY_OP, OP_SWAP, OP_SWAP, OP_STORE_SUBSCR, OP_LOAD_CONST, OP_RETURN_VALUE,
                             END_OPS});
    ck_assert_int_eq(arg_at(code, 6), SP_BINOP_ADD | SP_BINOP_INPLACE);
    ck_assert_int_eq(code->stack_size, 4);
}
END_TEST

START_TEST(test_comprehension) {
    sp_code_t *code = compile_ok("r = [x * 2 for x in y if x]\n");
    assert_ops(code, (int[]){OP_PUSH_NULL, OP_LOAD_CONST, OP_MAKE_FUNCTION, OP_LOAD_NAME, OP_GET_ITER,
                             OP_CALL, OP_STORE_NAME, OP_LOAD_CONST, OP_RETURN_VALUE, END_OPS});
    ck_assert_int_eq(arg_at(code, 5), 1);
    sp_code_t *comp = nested_code(code, 0);
    ck_assert_str_eq(sp_str_cstr(comp->name), "<listcomp>");
    ck_assert_int_eq(comp->argcount, 1);
    ck_assert_str_eq(sp_str_cstr(comp->localnames[0]), ".0");
    assert_ops(comp, (int[]){OP_BUILD_LIST, OP_LOAD_FAST, OP_FOR_ITER, OP_STORE_FAST, OP_LOAD_FAST,
                             OP_POP_JUMP_IF_FALSE, OP_LOAD_FAST, OP_LOAD_CONST, OP_BINARY_OP, OP_LIST_APPEND,
                             OP_JUMP, OP_RETURN_VALUE, END_OPS});
    ck_assert_int_eq(arg_at(comp, 9), 2);
}
END_TEST

/* Generators start with RETURN_GENERATOR; yield from has the SEND/YIELD_VALUE/JUMP shape that
 * runtime/generator.c looks for; a with body is covered by a handler that keeps __exit__. */
START_TEST(test_generators_and_with) {
    sp_code_t *gen = nested_code(compile_ok("def g(x):\n    y = yield x\n    yield from y\n"), 0);
    ck_assert(gen->flags & SP_CODE_GENERATOR);
    assert_ops(gen, (int[]){OP_RETURN_GENERATOR, OP_LOAD_FAST, OP_YIELD_VALUE, OP_STORE_FAST, OP_LOAD_FAST,
                            OP_GET_YIELD_FROM_ITER, OP_LOAD_CONST, OP_SEND, OP_YIELD_VALUE, OP_JUMP, OP_POP_TOP,
                            OP_LOAD_CONST, OP_RETURN_VALUE, END_OPS});
    ck_assert_int_eq(arg_at(gen, 7), 10);
    ck_assert_int_eq(arg_at(gen, 9), 7);
    sp_code_t *genexp = nested_code(compile_ok("g = (x for x in y)\n"), 0);
    ck_assert_str_eq(sp_str_cstr(genexp->name), "<genexpr>");
    ck_assert(genexp->flags & SP_CODE_GENERATOR);
    sp_code_t *with = compile_ok("with m as v:\n    f()\n");
    ck_assert_int_eq(with->n_exc_entries, 2);
    ck_assert_int_eq(with->exc_table[0].depth, 1);
    ck_assert_int_eq(SP_INSN_OP(with->insns[with->exc_table[0].handler]), OP_PUSH_EXC_INFO);
    ck_assert_int_eq(SP_INSN_OP(with->insns[with->exc_table[0].handler + 1]), OP_WITH_EXCEPT_START);
}
END_TEST

START_TEST(test_calls) {
    assert_ops(compile_ok("o.m(1, k=2)\n"),
               (int[]){OP_LOAD_NAME, OP_LOAD_METHOD, OP_LOAD_CONST, OP_LOAD_CONST, OP_LOAD_CONST, OP_CALL_KW,
                       OP_POP_TOP, OP_LOAD_CONST, OP_RETURN_VALUE, END_OPS});
    /* A lone *a goes to CALL_EX as it is (CALL_EX makes the tuple, with CPython's error for a
     * non-iterable); several positional parts are gathered in a list first. */
    assert_ops(compile_ok("f(*a, **k)\n"),
               (int[]){OP_PUSH_NULL, OP_LOAD_NAME, OP_LOAD_NAME, OP_BUILD_MAP, OP_LOAD_NAME, OP_DICT_MERGE,
                       OP_CALL_EX, OP_POP_TOP, OP_LOAD_CONST, OP_RETURN_VALUE, END_OPS});
    assert_ops(compile_ok("f(x, *a)\n"),
               (int[]){OP_PUSH_NULL, OP_LOAD_NAME, OP_LOAD_NAME, OP_BUILD_LIST, OP_LOAD_NAME, OP_LIST_EXTEND,
                       OP_LIST_TO_TUPLE, OP_CALL_EX, OP_POP_TOP, OP_LOAD_CONST, OP_RETURN_VALUE, END_OPS});
}
END_TEST

/* class statements follow CPython 3.11: __build_class__(body function, name, *bases). */
START_TEST(test_class_def) {
    assert_ops(compile_ok("class A(B):\n    x = 1\n"),
               (int[]){OP_PUSH_NULL, OP_LOAD_BUILD_CLASS, OP_LOAD_CONST, OP_MAKE_FUNCTION, OP_LOAD_CONST,
                       OP_LOAD_NAME, OP_CALL, OP_STORE_NAME, OP_LOAD_CONST, OP_RETURN_VALUE, END_OPS});
}
END_TEST

START_TEST(test_line_table) {
    sp_code_t *code = compile_ok("x = 1\n\ny = 2\n");
    ck_assert_int_eq(code_line_for_pc(code, 0), 1);
    ck_assert_int_eq(code_line_for_pc(code, 1), 1);
    ck_assert_int_eq(code_line_for_pc(code, 2), 3);
    ck_assert_int_eq(code_line_for_pc(code, code->n_insns - 1), 3);
}
END_TEST

static sp_ast_t *make_sum(int terms) {
    sp_ast_t *expr = ast_new(vm, AST_CONSTANT, 1, 0);
    expr->u.constant.value = sp_smallint(1);
    for (int i = 1; i < terms; i++) {
        sp_ast_t *right = ast_new(vm, AST_CONSTANT, 1, 0);
        right->u.constant.value = sp_smallint(1);
        sp_ast_t *bin = ast_new(vm, AST_BIN_OP, 1, 0);
        bin->u.bin_op.left = expr;
        bin->u.bin_op.op = SP_BINOP_ADD;
        bin->u.bin_op.right = right;
        expr = bin;
    }
    return expr;
}

/* Left-deep chains compile without C recursion, yet, as in CPython 3.11, a chain of 300,000
 * terms is rejected with RecursionError (tests/errors/big_long_sum) while 2,000 terms work. */
START_TEST(test_deep_binop_chain) {
    sp_code_t *code = compile_ast(vm, make_sum(2000), "<test>", SP_PARSE_EVAL);
    ck_assert_ptr_nonnull(code);
    ck_assert_int_eq(code->n_insns, 2 * 2000);
    ck_assert_int_eq(code->stack_size, 2);
    ck_assert_int_eq(code->n_consts, 1);
    ck_assert_ptr_null(compile_ast(vm, make_sum(300000), "<test>", SP_PARSE_EVAL));
    ck_assert(sp_exc_matches(vm, SP_EXC_RecursionError));
    sp_exc_fetch(vm);
}
END_TEST

START_TEST(test_disassembly) {
    sp_code_t *code = compile_ok("def f(a):\n    return a + 1\nx = f(2)\n");
    char *text = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&text, &size);
    code_disassemble(vm, code, out);
    fclose(out);
    ck_assert_ptr_nonnull(strstr(text, "Disassembly of <module>"));
    ck_assert_ptr_nonnull(strstr(text, "Disassembly of f (f)"));
    ck_assert_ptr_nonnull(strstr(text, "by operand shape:"));
    ck_assert_ptr_nonnull(strstr(text, "BINARY_OP"));
    ck_assert_ptr_nonnull(strstr(text, "(+)"));
    ck_assert_ptr_nonnull(strstr(text, "(a)"));
    ck_assert_ptr_nonnull(strstr(text, "<code f, line 1>"));
    free(text);
}
END_TEST

START_TEST(test_syntax_error_position) {
    const char *src = "def f():\n    x = 1\n    global x\n";
    ck_assert_ptr_null(compile_source(vm, src, strlen(src), "<test>", SP_PARSE_FILE));
    sp_value_t exc = sp_exc_fetch(vm);
    sp_value_t details = SP_AS_TUPLE(SP_AS_EXC(exc)->args)->items[1];
    ck_assert(sp_is_tuple(details) && SP_AS_TUPLE(details)->size == 6);
    sp_value_t *d = SP_AS_TUPLE(details)->items;
    ck_assert_int_eq(sp_smallint_value(d[1]), 3); /* lineno */
    ck_assert_int_eq(sp_smallint_value(d[2]), 5); /* offset: 1-based, as CPython */
    ck_assert_str_eq(sp_str_cstr(d[3]), "    global x\n");
    ck_assert_int_eq(sp_smallint_value(d[5]), 13); /* end_offset: the whole statement */
}
END_TEST

START_TEST(test_statements) {
    assert_ops(compile_ok("a, *b, c = d\n"), (int[]){OP_LOAD_NAME, OP_UNPACK_EX, OP_STORE_NAME, OP_STORE_NAME,
                                                     OP_STORE_NAME, OP_LOAD_CONST, OP_RETURN_VALUE, END_OPS});
    ck_assert_int_eq(arg_at(compile_ok("a, *b, c = d\n"), 1), 1 | (1 << 8));
    assert_ops(compile_ok("import a.b as c\n"),
               (int[]){OP_LOAD_CONST, OP_LOAD_CONST, OP_IMPORT_NAME, OP_IMPORT_FROM, OP_STORE_NAME,
                       OP_POP_TOP, OP_LOAD_CONST, OP_RETURN_VALUE, END_OPS});
    assert_ops(compile_ok("from m import x, y as z\n"),
               (int[]){OP_LOAD_CONST, OP_LOAD_CONST, OP_IMPORT_NAME, OP_IMPORT_FROM, OP_STORE_NAME,
                       OP_IMPORT_FROM, OP_STORE_NAME, OP_POP_TOP, OP_LOAD_CONST, OP_RETURN_VALUE, END_OPS});
    assert_ops(compile_ok("assert x, 'm'\n"),
               (int[]){OP_LOAD_NAME, OP_POP_JUMP_IF_TRUE, OP_PUSH_NULL, OP_LOAD_ASSERTION_ERROR,
                       OP_LOAD_CONST, OP_CALL, OP_RAISE_VARARGS, OP_LOAD_CONST, OP_RETURN_VALUE, END_OPS});
    assert_ops(compile_ok("del a.b, c[0]\n"),
               (int[]){OP_LOAD_NAME, OP_DELETE_ATTR, OP_LOAD_NAME, OP_LOAD_CONST, OP_DELETE_SUBSCR,
                       OP_LOAD_CONST, OP_RETURN_VALUE, END_OPS});
    assert_ops(compile_ok("@d\ndef f(x=1): pass\n"),
               (int[]){OP_PUSH_NULL, OP_LOAD_NAME, OP_LOAD_CONST, OP_LOAD_CONST, OP_MAKE_FUNCTION, OP_CALL,
                       OP_STORE_NAME, OP_LOAD_CONST, OP_RETURN_VALUE, END_OPS});
    /* f-string spec: the value is evaluated first, then swapped above its spec */
    assert_ops(compile_ok("f'{v:{w}}'\n"),
               (int[]){OP_LOAD_NAME, OP_LOAD_NAME, OP_FORMAT_VALUE, OP_SWAP, OP_FORMAT_VALUE, OP_POP_TOP,
                       OP_LOAD_CONST, OP_RETURN_VALUE, END_OPS});
}
END_TEST

START_TEST(test_return_in_finally_paths) {
    sp_code_t *f =
        nested_code(compile_ok("def f():\n    try:\n        return g()\n    finally:\n        h()\n"), 0);
    /* `return g()`: the value stays on the stack while the inlined finally body runs */
    int expected[] = {OP_PUSH_NULL,   OP_LOAD_GLOBAL, OP_CALL,    OP_PUSH_NULL,
                      OP_LOAD_GLOBAL, OP_CALL,        OP_POP_TOP, OP_RETURN_VALUE};
    for (int i = 0; i < 8; i++) ck_assert_int_eq(SP_INSN_OP(f->insns[i]), expected[i]);
    ck_assert_int_eq(f->exc_table[0].start, 0);
    ck_assert_int_eq(f->exc_table[0].end, 3); /* the inlined finally body is not protected by itself */
    ck_assert_int_eq(f->stack_size, 4);
}
END_TEST

/* Long displays and calls are built incrementally: the stack stays small. */
START_TEST(test_big_displays) {
    char src[8192];
    size_t n = (size_t)snprintf(src, sizeof src, "x = [");
    for (int i = 0; i < 500; i++) n += (size_t)snprintf(src + n, sizeof src - n, "a%d, ", i % 7);
    n += (size_t)snprintf(src + n, sizeof src - n, "]\ny = {");
    for (int i = 0; i < 200; i++) n += (size_t)snprintf(src + n, sizeof src - n, "%d: b, ", i);
    n += (size_t)snprintf(src + n, sizeof src - n, "}\nf(");
    for (int i = 0; i < 100; i++) n += (size_t)snprintf(src + n, sizeof src - n, "c, ");
    snprintf(src + n, sizeof src - n, "k=1)\nz = [1, 2, 3, 4]\n");
    sp_code_t *code = compile_ok(src);
    ck_assert_int_le(code->stack_size, 40);
    /* the constant list is BUILD_LIST 0; LOAD_CONST (1, 2, 3, 4); LIST_EXTEND 1 */
    int32_t end = code->n_insns;
    ck_assert_int_eq(SP_INSN_OP(code->insns[end - 6]), OP_BUILD_LIST);
    ck_assert_int_eq(SP_INSN_OP(code->insns[end - 5]), OP_LOAD_CONST);
    ck_assert_int_eq(SP_INSN_OP(code->insns[end - 4]), OP_LIST_EXTEND);
}
END_TEST

Suite *compiler_suite(void) {
    Suite *s = suite_create("compiler");
    TCase *tc = tcase_create("compiler");
    tcase_add_checked_fixture(tc, compiler_setup, compiler_teardown);
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_opcode_tables);
    tcase_add_test(tc, test_docs_match_opcodes);
    tcase_add_test(tc, test_module_assign);
    tcase_add_test(tc, test_function_locals);
    tcase_add_test(tc, test_parameter_order);
    tcase_add_test(tc, test_closures);
    tcase_add_test(tc, test_scopes);
    tcase_add_test(tc, test_syntax_errors);
    tcase_add_test(tc, test_try_except_table);
    tcase_add_test(tc, test_handler_depth_in_loop);
    tcase_add_test(tc, test_chained_compare);
    tcase_add_test(tc, test_constants_distinct);
    tcase_add_test(tc, test_aug_assign_subscript);
    tcase_add_test(tc, test_comprehension);
    tcase_add_test(tc, test_generators_and_with);
    tcase_add_test(tc, test_calls);
    tcase_add_test(tc, test_class_def);
    tcase_add_test(tc, test_line_table);
    tcase_add_test(tc, test_deep_binop_chain);
    tcase_add_test(tc, test_disassembly);
    tcase_add_test(tc, test_syntax_error_position);
    tcase_add_test(tc, test_statements);
    tcase_add_test(tc, test_return_in_finally_paths);
    tcase_add_test(tc, test_big_displays);
    suite_add_tcase(s, tc);
    return s;
}
