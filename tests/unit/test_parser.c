/* test_parser.c: the parser: ast_dump of small programs equals CPython 3.11's ast.dump, and
 * syntax errors carry CPython's message, line and offset. Also deep and long inputs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/compiler.h"
#include "runtime/runtime.h"
#include "sparrow.h"
#include "tests/unit/units.h"

/* Parses `src` (file mode) and returns its dump, or "Type: msg @line:offset" on an error. */
static char *parse_render(const char *src, sp_parse_mode_t mode) {
    static char *text;
    size_t size;
    free(text);
    FILE *out = open_memstream(&text, &size);
    sp_vm_t *vm = sp_vm_new(NULL);
    ck_assert_ptr_nonnull(vm);
    sp_ast_t *tree = parse_source(vm, src, strlen(src), "t.py", mode);
    if (tree) {
        ast_dump(vm, tree, out);
    } else {
        ck_assert(vm->exc != SP_NULL);
        sp_exception_t *e = SP_AS_EXC(vm->exc);
        sp_tuple_t *args = SP_AS_TUPLE(e->args);
        if (args->size == 2) {
            sp_tuple_t *info = SP_AS_TUPLE(args->items[1]);
            fprintf(out, "%s: %s @%lld:%lld", e->hdr.type->name, sp_str_cstr(args->items[0]),
                    (long long)sp_smallint_value(info->items[1]),
                    (long long)sp_smallint_value(info->items[2]));
        } else {
            fprintf(out, "%s", e->hdr.type->name);
        }
    }
    fclose(out);
    sp_vm_free(vm);
    return text;
}

#define EXPECT_DUMP(src, expected) ck_assert_str_eq(parse_render(src, SP_PARSE_FILE), expected)
#define EXPECT_ERROR(src, expected) ck_assert_str_eq(parse_render(src, SP_PARSE_FILE), expected)

START_TEST(test_parse_programs) {
    EXPECT_DUMP(
        "x = 1 + 2 * 3 ** -4",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), "
        "op=Add(), right=BinOp(left=Constant(value=2), op=Mult(), right=BinOp(left=Constant(value=3), "
        "op=Pow(), right=UnaryOp(op=USub(), operand=Constant(value=4))))))], type_ignores=[])");
    EXPECT_DUMP("-2 ** 2; 2 ** -1; not a == b; a if b else c; lambda x, *y, z=1, **k: x",
                "Module(body=[Expr(value=UnaryOp(op=USub(), operand=BinOp(left=Constant(value=2), op=Pow(), "
                "right=Constant(value=2)))), Expr(value=BinOp(left=Constant(value=2), op=Pow(), "
                "right=UnaryOp(op=USub(), operand=Constant(value=1)))), Expr(value=UnaryOp(op=Not(), "
                "operand=Compare(left=Name(id='a', ctx=Load()), ops=[Eq()], comparators=[Name(id='b', "
                "ctx=Load())]))), Expr(value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', "
                "ctx=Load()), orelse=Name(id='c', ctx=Load()))), "
                "Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x')], vararg=arg(arg='y'), "
                "kwonlyargs=[arg(arg='z')], kw_defaults=[Constant(value=1)], kwarg=arg(arg='k'), "
                "defaults=[]), body=Name(id='x', ctx=Load())))], type_ignores=[])");
    EXPECT_DUMP("a < b <= c != d is not e not in f in g is h",
                "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE(), NotEq(), "
                "IsNot(), NotIn(), In(), Is()], comparators=[Name(id='b', ctx=Load()), Name(id='c', "
                "ctx=Load()), Name(id='d', ctx=Load()), Name(id='e', ctx=Load()), Name(id='f', ctx=Load()), "
                "Name(id='g', ctx=Load()), Name(id='h', ctx=Load())]))], type_ignores=[])");
    EXPECT_DUMP(
        "f(a, *b, c=1, **d); f(x for x in y); a.b[1:2, ::3]; a[...]",
        "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), "
        "Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keywords=[keyword(arg='c', "
        "value=Constant(value=1)), keyword(value=Name(id='d', ctx=Load()))])), "
        "Expr(value=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id='x', ctx=Load()), "
        "generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], "
        "is_async=0)])], keywords=[])), Expr(value=Subscript(value=Attribute(value=Name(id='a', ctx=Load()), "
        "attr='b', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), "
        "Slice(step=Constant(value=3))], ctx=Load()), ctx=Load())), Expr(value=Subscript(value=Name(id='a', "
        "ctx=Load()), slice=Constant(value=Ellipsis), ctx=Load()))], type_ignores=[])");
    EXPECT_DUMP("x = y = z\na, *b = c\n[a, (b, c)] = d\nx += 1\nx: int = 5\n(y): int\na.b: str",
                "Module(body=[Assign(targets=[Name(id='x', ctx=Store()), Name(id='y', ctx=Store())], "
                "value=Name(id='z', ctx=Load())), Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), "
                "Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', "
                "ctx=Load())), Assign(targets=[List(elts=[Name(id='a', ctx=Store()), "
                "Tuple(elts=[Name(id='b', ctx=Store()), Name(id='c', ctx=Store())], ctx=Store())], "
                "ctx=Store())], value=Name(id='d', ctx=Load())), AugAssign(target=Name(id='x', ctx=Store()), "
                "op=Add(), value=Constant(value=1)), AnnAssign(target=Name(id='x', ctx=Store()), "
                "annotation=Name(id='int', ctx=Load()), value=Constant(value=5), simple=1), "
                "AnnAssign(target=Name(id='y', ctx=Store()), annotation=Name(id='int', ctx=Load()), "
                "simple=0), AnnAssign(target=Attribute(value=Name(id='a', ctx=Load()), attr='b', "
                "ctx=Store()), annotation=Name(id='str', ctx=Load()), simple=0)], type_ignores=[])");
    EXPECT_DUMP(
        "[x for x in y if x for z in x]; {k: v for k, v in d}; {a for a in b}; (g for g in h)",
        "Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), "
        "generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), "
        "ifs=[Name(id='x', ctx=Load())], is_async=0), comprehension(target=Name(id='z', ctx=Store()), "
        "iter=Name(id='x', ctx=Load()), ifs=[], is_async=0)])), Expr(value=DictComp(key=Name(id='k', "
        "ctx=Load()), value=Name(id='v', ctx=Load()), "
        "generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store()), Name(id='v', ctx=Store())], "
        "ctx=Store()), iter=Name(id='d', ctx=Load()), ifs=[], is_async=0)])), "
        "Expr(value=SetComp(elt=Name(id='a', ctx=Load()), generators=[comprehension(target=Name(id='a', "
        "ctx=Store()), iter=Name(id='b', ctx=Load()), ifs=[], is_async=0)])), "
        "Expr(value=GeneratorExp(elt=Name(id='g', ctx=Load()), generators=[comprehension(target=Name(id='g', "
        "ctx=Store()), iter=Name(id='h', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])");
    EXPECT_DUMP(
        "{}; {1: 2, **d}; {1, *s}; (); (1,); [*a, b]",
        "Module(body=[Expr(value=Dict(keys=[], values=[])), Expr(value=Dict(keys=[Constant(value=1), None], "
        "values=[Constant(value=2), Name(id='d', ctx=Load())])), Expr(value=Set(elts=[Constant(value=1), "
        "Starred(value=Name(id='s', ctx=Load()), ctx=Load())])), Expr(value=Tuple(elts=[], ctx=Load())), "
        "Expr(value=Tuple(elts=[Constant(value=1)], ctx=Load())), "
        "Expr(value=List(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', "
        "ctx=Load())], ctx=Load()))], type_ignores=[])");
    EXPECT_DUMP("def f(a, /, b=1, *args, c, d=2, **kw) -> int:\n    return a\n",
                "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], "
                "args=[arg(arg='b')], vararg=arg(arg='args'), kwonlyargs=[arg(arg='c'), arg(arg='d')], "
                "kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='kw'), defaults=[Constant(value=1)]), "
                "body=[Return(value=Name(id='a', ctx=Load()))], decorator_list=[], returns=Name(id='int', "
                "ctx=Load()))], type_ignores=[])");
    EXPECT_DUMP("@dec\nclass C(B, metaclass=M):\n    '''doc'''\n    x: int\n",
                "Module(body=[ClassDef(name='C', bases=[Name(id='B', ctx=Load())], "
                "keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load()))], "
                "body=[Expr(value=Constant(value='doc')), AnnAssign(target=Name(id='x', ctx=Store()), "
                "annotation=Name(id='int', ctx=Load()), simple=1)], decorator_list=[Name(id='dec', "
                "ctx=Load())])], type_ignores=[])");
    EXPECT_DUMP("if a:\n    pass\nelif b:\n    pass\nelse:\n    pass\n",
                "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b', "
                "ctx=Load()), body=[Pass()], orelse=[Pass()])])], type_ignores=[])");
    EXPECT_DUMP("for x, y in z:\n    break\nelse:\n    continue\nwhile 1:\n    pass\n",
                "Module(body=[For(target=Tuple(elts=[Name(id='x', ctx=Store()), Name(id='y', ctx=Store())], "
                "ctx=Store()), iter=Name(id='z', ctx=Load()), body=[Break()], orelse=[Continue()]), "
                "While(test=Constant(value=1), body=[Pass()], orelse=[])], type_ignores=[])");
    EXPECT_DUMP("try:\n    pass\nexcept E as e:\n    raise X from e\nexcept:\n    pass\nelse:\n    "
                "pass\nfinally:\n    pass\n",
                "Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), "
                "name='e', body=[Raise(exc=Name(id='X', ctx=Load()), cause=Name(id='e', ctx=Load()))]), "
                "ExceptHandler(body=[Pass()])], orelse=[Pass()], finalbody=[Pass()])], type_ignores=[])");
    EXPECT_DUMP(
        "with a as b, c:\n    pass\nwith (d as e, f):\n    pass\n",
        "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', "
        "ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()]), "
        "With(items=[withitem(context_expr=Name(id='d', ctx=Load()), optional_vars=Name(id='e', "
        "ctx=Store())), withitem(context_expr=Name(id='f', ctx=Load()))], body=[Pass()])], type_ignores=[])");
    EXPECT_DUMP(
        "import a.b as c, d\nfrom ..m import (x as y, z)\nfrom . import *\nglobal g\ndel a, b[0]\nassert x, "
        "'m'",
        "Module(body=[Import(names=[alias(name='a.b', asname='c'), alias(name='d')]), ImportFrom(module='m', "
        "names=[alias(name='x', asname='y'), alias(name='z')], level=2), ImportFrom(names=[alias(name='*')], "
        "level=1), Global(names=['g']), Delete(targets=[Name(id='a', ctx=Del()), "
        "Subscript(value=Name(id='b', ctx=Load()), slice=Constant(value=0), ctx=Del())]), "
        "Assert(test=Name(id='x', ctx=Load()), msg=Constant(value='m'))], type_ignores=[])");
    EXPECT_DUMP(
        "f'a{x!r:>{w}}b{y=}' 'c'; b'x' b'y'; 'a' 'b'; '\\t\\x41\\u00e9\\101'",
        "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='x', "
        "ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), "
        "FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)])), Constant(value='by='), "
        "FormattedValue(value=Name(id='y', ctx=Load()), conversion=114), Constant(value='c')])), "
        "Expr(value=Constant(value=b'xy')), Expr(value=Constant(value='ab')), "
        "Expr(value=Constant(value='\\tA\u00e9A'))], type_ignores=[])");
    EXPECT_DUMP("async def f():\n    await x\n    async for a in b:\n        pass\n    async with c:\n       "
                " pass\n    yield\n    yield from z\n",
                "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], "
                "kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Await(value=Name(id='x', "
                "ctx=Load()))), AsyncFor(target=Name(id='a', ctx=Store()), iter=Name(id='b', ctx=Load()), "
                "body=[Pass()], orelse=[]), AsyncWith(items=[withitem(context_expr=Name(id='c', "
                "ctx=Load()))], body=[Pass()]), Expr(value=Yield()), Expr(value=YieldFrom(value=Name(id='z', "
                "ctx=Load())))], decorator_list=[])], type_ignores=[])");
    EXPECT_DUMP(
        "match p:\n    case 1 | -2 | 'a':\n        pass\n    case [a, *rest]:\n        pass\n    case {'k': "
        "v, **kw}:\n        pass\n    case Point(x=0, y=_) if x:\n        pass\n    case (a, b) as c:\n      "
        "  pass\n    case None:\n        pass\n    case m.N:\n        pass\n",
        "Module(body=[Match(subject=Name(id='p', ctx=Load()), "
        "cases=[match_case(pattern=MatchOr(patterns=[MatchValue(value=Constant(value=1)), "
        "MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=2))), "
        "MatchValue(value=Constant(value='a'))]), body=[Pass()]), "
        "match_case(pattern=MatchSequence(patterns=[MatchAs(name='a'), MatchStar(name='rest')]), "
        "body=[Pass()]), match_case(pattern=MatchMapping(keys=[Constant(value='k')], "
        "patterns=[MatchAs(name='v')], rest='kw'), body=[Pass()]), "
        "match_case(pattern=MatchClass(cls=Name(id='Point', ctx=Load()), patterns=[], kwd_attrs=['x', 'y'], "
        "kwd_patterns=[MatchValue(value=Constant(value=0)), MatchAs()]), guard=Name(id='x', ctx=Load()), "
        "body=[Pass()]), match_case(pattern=MatchAs(pattern=MatchSequence(patterns=[MatchAs(name='a'), "
        "MatchAs(name='b')]), name='c'), body=[Pass()]), match_case(pattern=MatchSingleton(value=None), "
        "body=[Pass()]), match_case(pattern=MatchValue(value=Attribute(value=Name(id='m', ctx=Load()), "
        "attr='N', ctx=Load())), body=[Pass()])])], type_ignores=[])");
    EXPECT_DUMP("match = 1\nmatch(x)\nprint(match)",
                "Module(body=[Assign(targets=[Name(id='match', ctx=Store())], value=Constant(value=1)), "
                "Expr(value=Call(func=Name(id='match', ctx=Load()), args=[Name(id='x', ctx=Load())], "
                "keywords=[])), Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Name(id='match', "
                "ctx=Load())], keywords=[]))], type_ignores=[])");
    EXPECT_DUMP(
        "(x := 5); f(y := 1); [z := 2]",
        "Module(body=[Expr(value=NamedExpr(target=Name(id='x', ctx=Store()), value=Constant(value=5))), "
        "Expr(value=Call(func=Name(id='f', ctx=Load()), args=[NamedExpr(target=Name(id='y', ctx=Store()), "
        "value=Constant(value=1))], keywords=[])), Expr(value=List(elts=[NamedExpr(target=Name(id='z', "
        "ctx=Store()), value=Constant(value=2))], ctx=Load()))], type_ignores=[])");
    EXPECT_DUMP("0x_ff + 1_000 + 1e3 + .5 + 00",
                "Module(body=[Expr(value=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Constant(value=255), "
                "op=Add(), right=Constant(value=1000)), op=Add(), right=Constant(value=1000.0)), op=Add(), "
                "right=Constant(value=0.5)), op=Add(), right=Constant(value=0)))], type_ignores=[])");
}
END_TEST

/* Node positions (1-based lines, 0-based byte columns) match CPython's. */
static char *parse_positions(const char *src) {
    static char *text;
    size_t size;
    free(text);
    FILE *out = open_memstream(&text, &size);
    sp_vm_t *vm = sp_vm_new(NULL);
    sp_ast_t *tree = parse_source(vm, src, strlen(src), "t.py", SP_PARSE_FILE);
    ck_assert_ptr_nonnull(tree);
    ast_dump_positions(vm, tree, out);
    fclose(out);
    sp_vm_free(vm);
    return text;
}

#define EXPECT_POSITIONS(src, expected) ck_assert_str_eq(parse_positions(src), expected)

START_TEST(test_parse_positions) {
    EXPECT_POSITIONS(
        "(a).b(c)\nif x:\n    y\nelif z:\n    w\n",
        "Module(body=[Expr(value=Call(func=Attribute(value=Name(id='a', ctx=Load(), lineno=1, col_offset=1, "
        "end_lineno=1, end_col_offset=2), attr='b', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, "
        "end_col_offset=5), args=[Name(id='c', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, "
        "end_col_offset=7)], keywords=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, "
        "col_offset=0, end_lineno=1, end_col_offset=8), If(test=Name(id='x', ctx=Load(), lineno=2, "
        "col_offset=3, end_lineno=2, end_col_offset=4), body=[Expr(value=Name(id='y', ctx=Load(), lineno=3, "
        "col_offset=4, end_lineno=3, end_col_offset=5), lineno=3, col_offset=4, end_lineno=3, "
        "end_col_offset=5)], orelse=[If(test=Name(id='z', ctx=Load(), lineno=4, col_offset=5, end_lineno=4, "
        "end_col_offset=6), body=[Expr(value=Name(id='w', ctx=Load(), lineno=5, col_offset=4, end_lineno=5, "
        "end_col_offset=5), lineno=5, col_offset=4, end_lineno=5, end_col_offset=5)], orelse=[], lineno=4, "
        "col_offset=0, end_lineno=5, end_col_offset=5)], lineno=2, col_offset=0, end_lineno=5, "
        "end_col_offset=5)], type_ignores=[])");
    EXPECT_POSITIONS(
        "f(x for x in y)\nz = f\"a{b}\" \"c\"\n",
        "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, "
        "end_col_offset=1), args=[GeneratorExp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=2, "
        "end_lineno=1, end_col_offset=3), generators=[comprehension(target=Name(id='x', ctx=Store(), "
        "lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), iter=Name(id='y', ctx=Load(), lineno=1, "
        "col_offset=13, end_lineno=1, end_col_offset=14), ifs=[], is_async=0)], lineno=1, col_offset=1, "
        "end_lineno=1, end_col_offset=15)], keywords=[], lineno=1, col_offset=0, end_lineno=1, "
        "end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), "
        "Assign(targets=[Name(id='z', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], "
        "value=JoinedStr(values=[Constant(value='a', lineno=2, col_offset=4, end_lineno=2, "
        "end_col_offset=15), FormattedValue(value=Name(id='b', ctx=Load(), lineno=2, col_offset=8, "
        "end_lineno=2, end_col_offset=9), conversion=-1, lineno=2, col_offset=4, end_lineno=2, "
        "end_col_offset=15), Constant(value='c', lineno=2, col_offset=4, end_lineno=2, end_col_offset=15)], "
        "lineno=2, col_offset=4, end_lineno=2, end_col_offset=15), lineno=2, col_offset=0, end_lineno=2, "
        "end_col_offset=15)], type_ignores=[])");
    EXPECT_POSITIONS(
        "x = [\n  1,\n  2]\n",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, "
        "end_col_offset=1)], value=List(elts=[Constant(value=1, lineno=2, col_offset=2, end_lineno=2, "
        "end_col_offset=3), Constant(value=2, lineno=3, col_offset=2, end_lineno=3, end_col_offset=3)], "
        "ctx=Load(), lineno=1, col_offset=4, end_lineno=3, end_col_offset=4), lineno=1, col_offset=0, "
        "end_lineno=3, end_col_offset=4)], type_ignores=[])");
}
END_TEST

START_TEST(test_parse_eval_mode) {
    ck_assert_str_eq(parse_render("1 + x\n", SP_PARSE_EVAL),
                     "BinOp(left=Constant(value=1), op=Add(), right=Name(id='x', ctx=Load()))");
    ck_assert_str_eq(parse_render("a, b", SP_PARSE_EVAL),
                     "Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load())");
}
END_TEST

START_TEST(test_parse_errors) {
    EXPECT_ERROR("x = 1 +", "SyntaxError: invalid syntax @1:8");
    EXPECT_ERROR(
        "f() = 1",
        "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='? @1:1");
    EXPECT_ERROR("1 = x",
                 "SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='? @1:1");
    EXPECT_ERROR("True = 1", "SyntaxError: cannot assign to True @1:1");
    EXPECT_ERROR("del f()", "SyntaxError: cannot delete function call @1:5");
    EXPECT_ERROR("(a,b) += 1", "SyntaxError: 'tuple' is an illegal expression for augmented assignment @1:1");
    EXPECT_ERROR("f(a=1, b)", "SyntaxError: positional argument follows keyword argument @1:9");
    EXPECT_ERROR("f(**a, b)", "SyntaxError: positional argument follows keyword argument unpacking @1:9");
    EXPECT_ERROR("def f(x, x): pass", "SyntaxError: duplicate argument 'x' in function definition @1:10");
    EXPECT_ERROR("def f(x=1, y): pass", "SyntaxError: non-default argument follows default argument @1:12");
    EXPECT_ERROR("if x:\npass",
                 "IndentationError: expected an indented block after 'if' statement on line 1 @2:1");
    EXPECT_ERROR(" x", "IndentationError: unexpected indent @1:1");
    EXPECT_ERROR("x = (1 2)", "SyntaxError: invalid syntax. Perhaps you forgot a comma? @1:6");
    EXPECT_ERROR("print 'x'",
                 "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)? @1:1");
    EXPECT_ERROR("a = 1 = 2", "SyntaxError: cannot assign to literal @1:5");
    EXPECT_ERROR("f(x for x in y, 1)", "SyntaxError: Generator expression must be parenthesized @1:3");
    EXPECT_ERROR("x = yield = 1", "SyntaxError: assignment to yield expression not possible @1:5");
    EXPECT_ERROR("(a, f()) = 1", "SyntaxError: cannot assign to function call @1:5");
    EXPECT_ERROR("x + 1 = 2",
                 "SyntaxError: cannot assign to expression here. Maybe you meant '==' instead of '='? @1:1");
    EXPECT_ERROR("for f() in x: pass", "SyntaxError: cannot assign to function call @1:5");
    EXPECT_ERROR(
        "(x := 1) = 2",
        "SyntaxError: cannot assign to named expression here. Maybe you meant '==' instead of '='? @1:2");
    EXPECT_ERROR("f(a.b=1)",
                 "SyntaxError: expression cannot contain assignment, perhaps you meant \"==\"? @1:3");
    EXPECT_ERROR("f(x=1, x=2)", "SyntaxError: keyword argument repeated: x @1:8");
    EXPECT_ERROR("(a, b): int", "SyntaxError: only single target (not tuple) can be annotated @1:1");
    EXPECT_ERROR("f(): int", "SyntaxError: illegal target for annotation @1:1");
    EXPECT_ERROR("if x\n  pass", "SyntaxError: expected ':' @1:5");
    EXPECT_ERROR("while x pass", "SyntaxError: invalid syntax @1:9");
    EXPECT_ERROR("def f(x) pass", "SyntaxError: expected ':' @1:10");
    EXPECT_ERROR("def f(*): pass", "SyntaxError: named arguments must follow bare * @1:7");
    EXPECT_ERROR("def f(**k, a): pass", "SyntaxError: arguments cannot follow var-keyword argument @1:12");
    EXPECT_ERROR("from x import a,",
                 "SyntaxError: trailing comma not allowed without surrounding parentheses @1:17");
    EXPECT_ERROR("try:\n pass\n", "SyntaxError: expected 'except' or 'finally' block @2:6");
    EXPECT_ERROR("(*a)", "SyntaxError: cannot use starred expression here @1:2");
    EXPECT_ERROR("x = 1 if 2", "SyntaxError: expected 'else' after 'if' expression @1:5");
    EXPECT_ERROR("else: pass", "SyntaxError: invalid syntax @1:1");
    EXPECT_ERROR("x = {1: 2, 3}", "SyntaxError: ':' expected after dictionary key @1:12");
    EXPECT_ERROR("if x = 1: pass",
                 "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='? @1:4");
    EXPECT_ERROR("x = 'a' b'b'", "SyntaxError: cannot mix bytes and nonbytes literals @1:13");
    EXPECT_ERROR("f'{x!z}'",
                 "SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a' @1:9");
    EXPECT_ERROR("f'{}'", "SyntaxError: f-string: empty expression not allowed @1:6");
    EXPECT_ERROR("f'}'", "SyntaxError: f-string: single '}' is not allowed @1:5");
    EXPECT_ERROR("if True:\n",
                 "IndentationError: expected an indented block after 'if' statement on line 1 @1:9");
    EXPECT_ERROR("try:\n  pass\nexcept E, F:\n  pass",
                 "SyntaxError: multiple exception types must be parenthesized @3:8");
    EXPECT_ERROR("x = [1, 2 3]", "SyntaxError: invalid syntax. Perhaps you forgot a comma? @1:9");
    EXPECT_ERROR("lambda x=1, y: 0", "SyntaxError: non-default argument follows default argument @1:13");
    EXPECT_ERROR("import a.b as c.d", "SyntaxError: invalid syntax @1:16");
    /* A tokenizer error later in the file wins over a parser error, as in CPython. */
    EXPECT_ERROR("print(1)\nx = (1, 2\ny = 3\n", "SyntaxError: '(' was never closed @2:5");
    EXPECT_ERROR("x = (1 2\ny = 0777\n", "SyntaxError: leading zeros in decimal integer literals are not "
                                         "permitted; use an 0o prefix for octal integers @2:5");
    EXPECT_ERROR("x = $\ny = 'abc\n", "SyntaxError: unterminated string literal (detected at line 2) @2:5");
    EXPECT_ERROR("x y\n(\n", "SyntaxError: invalid syntax @1:3");
    EXPECT_ERROR("x = 1\n  y = 2", "IndentationError: unexpected indent @2:2");
    EXPECT_ERROR("del *x", "SyntaxError: cannot delete starred @1:5");
    EXPECT_ERROR("with a as f(): pass", "SyntaxError: cannot assign to function call @1:11");
    EXPECT_ERROR(
        "[x for x in y] = 1",
        "SyntaxError: cannot assign to list comprehension here. Maybe you meant '==' instead of '='? @1:1");
    EXPECT_ERROR("f(True=1)", "SyntaxError: cannot assign to True @1:3");
    EXPECT_ERROR(
        "if x:\n if x:\n  if x:\n   if x:\n    if x:\n     if x:\n      if x:\n       if x:\n        if x:\n "
        "        if x:\n          if x:\n           if x:\n            if x:\n             if x:\n           "
        "   if x:\n               if x:\n                if x:\n                 if x:\n                  if "
        "x:\n                   if x:\n                    if x:\n                     if x:\n               "
        "       if x:\n                       if x:\n                        if x:\n                         "
        "if x:\n                          if x:\n                           if x:\n                          "
        "  if x:\n                             if x:\n                              if x:\n                  "
        "             if x:\n                                if x:\n                                 if x:\n "
        "                                 if x:\n                                   if x:\n                  "
        "                  if x:\n                                     if x:\n                               "
        "       if x:\n                                       if x:\n                                        "
        "if x:\n                                         if x:\n                                          if "
        "x:\n                                           if x:\n                                            "
        "if x:\n                                             if x:\n                                         "
        "     if x:\n                                               if x:\n                                  "
        "              if x:\n                                                 if x:\n                       "
        "                           if x:\n                                                   if x:\n        "
        "                                            if x:\n                                                 "
        "    if x:\n                                                      if x:\n                            "
        "                           if x:\n                                                        if x:\n   "
        "                                                      if x:\n                                       "
        "                   if x:\n                                                           if x:\n        "
        "                                                    if x:\n                                         "
        "                    if x:\n                                                              if x:\n    "
        "                                                           if x:\n                                  "
        "                              if x:\n                                                               "
        "  if x:\n                                                                  if x:\n                  "
        "                                                 if x:\n                                            "
        "                        if x:\n                                                                     "
        "if x:\n                                                                      if x:\n                "
        "                                                       if x:\n                                      "
        "                                  if x:\n                                                           "
        "              if x:\n                                                                          if "
        "x:\n                                                                           if x:\n              "
        "                                                              if x:\n                               "
        "                                              if x:\n                                               "
        "                               if x:\n                                                              "
        "                 if x:\n                                                                            "
        "    if x:\n                                                                                 if x:\n "
        "                                                                                 if x:\n            "
        "                                                                       if x:\n                      "
        "                                                              if x:\n                               "
        "                                                      if x:\n                                       "
        "                                               if x:\n                                              "
        "                                         if x:\n                                                    "
        "                                    if x:\n                                                         "
        "                                if x:\n                                                             "
        "                             if x:\n                                                                "
        "                           if x:\n                                                                  "
        "                          if x:\n                                                                   "
        "                          if x:\n                                                                   "
        "                           if x:\n                                                                  "
        "                             if x:\n                                                                "
        "                                if x:\n                                                             "
        "                                    if x:\n                                                         "
        "                                         if x:\n                                                    "
        "                                               if x:\n                                              "
        "                                                      pass\n",
        "IndentationError: too many levels of indentation @101:1");
}
END_TEST

/* Parses without dumping (ast_dump recurses: long chains are deep trees); returns the number
 * of top-level statements, or -1 on an error. */
static int parse_count(const char *src) {
    sp_vm_t *vm = sp_vm_new(NULL);
    sp_ast_t *tree = parse_source(vm, src, strlen(src), "t.py", SP_PARSE_FILE);
    int n = tree ? tree->u.module.body.n : -1;
    sp_vm_free(vm);
    return n;
}

/* Builds a string of `n` copies of `unit` between `head` and `tail`. */
static char *repeat(const char *head, const char *unit, int n, const char *tail) {
    size_t hu = strlen(head), uu = strlen(unit), tu = strlen(tail);
    char *s = malloc(hu + uu * (size_t)n + tu + 1);
    memcpy(s, head, hu);
    for (int i = 0; i < n; i++) memcpy(s + hu + uu * (size_t)i, unit, uu);
    memcpy(s + hu + uu * (size_t)n, tail, tu + 1);
    return s;
}

START_TEST(test_parse_deep_and_long) {
    /* Long flat input parses iteratively. */
    char *sum = repeat("x = 1", "+1", 300000, "\n");
    ck_assert_int_eq(parse_count(sum), 1);
    free(sum);
    char *lines = repeat("", "x = y + 1\n", 100000, "");
    ck_assert_int_eq(parse_count(lines), 100000);
    free(lines);
    /* Deep nesting is refused without overflowing the C stack. */
    char *neg = repeat("", "-", 2000, "x");
    ck_assert_int_eq(parse_count(neg), 1);
    free(neg);
    /* CPython 3.11's parser gives up on such nesting with a bare MemoryError. */
    neg = repeat("", "-", 100000, "x");
    ck_assert_str_eq(parse_render(neg, SP_PARSE_FILE), "MemoryError");
    free(neg);
    char *nots = repeat("", "not ", 3000, "x");
    ck_assert_str_eq(parse_render(nots, SP_PARSE_FILE), "MemoryError");
    free(nots);
    char *lambdas = repeat("", "lambda: ", 100000, "x");
    ck_assert_str_eq(parse_render(lambdas, SP_PARSE_FILE), "MemoryError");
    free(lambdas);
    char *parens = repeat("", "(", 300, "");
    ck_assert_str_eq(parse_render(parens, SP_PARSE_FILE), "SyntaxError: too many nested parentheses @1:201");
    free(parens);
    char *pow = repeat("2", "**2", 100000, "");
    ck_assert_str_eq(parse_render(pow, SP_PARSE_FILE), "MemoryError");
    free(pow);
}
END_TEST

Suite *parser_suite(void) {
    Suite *s = suite_create("parser");
    TCase *tc = tcase_create("parse");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_parse_programs);
    tcase_add_test(tc, test_parse_positions);
    tcase_add_test(tc, test_parse_eval_mode);
    tcase_add_test(tc, test_parse_errors);
    tcase_add_test(tc, test_parse_deep_and_long);
    suite_add_tcase(s, tc);
    return s;
}
