/* test_ops.c: the object core seen from C — argument parsing, the generic protocol's CPython
 * messages, exceptions and their printed form, the heap limit. */
#include <stdlib.h>
#include <string.h>

#include "runtime/runtime.h"
#include "sparrow.h"
#include "tests/unit/units.h"

static sp_vm_t *ops_vm(void) {
    sp_vm_t *vm = sp_vm_new(NULL);
    ck_assert_ptr_nonnull(vm);
    return vm;
}

/* The message of the pending exception (which must exist), and clears it. */
static const char *ops_take_message(sp_vm_t *vm, const char *type_name) {
    ck_assert_msg(vm->exc != SP_NULL, "expected a pending %s", type_name);
    sp_value_t exc = sp_exc_fetch(vm);
    ck_assert_str_eq(SP_AS_OBJ(exc)->type->name, type_name);
    sp_value_t s = exc_str(vm, exc);
    ck_assert(s != SP_NULL);
    return sp_str_cstr(s);
}

static sp_value_t ops_str(sp_vm_t *vm, const char *s) {
    return sp_str_from_cstr(vm, s);
}

START_TEST(test_parse_args_messages) {
    sp_vm_t *vm = ops_vm();
    sp_value_t out[3];
    sp_value_t args[4] = {sp_smallint(1), sp_smallint(2), sp_smallint(3), sp_smallint(4)};
    ck_assert_int_eq(sp_parse_args(vm, "round", "number, ndigits=", args, 1, SP_NULL, out), 0);
    ck_assert(out[0] == sp_smallint(1) && out[1] == SP_NULL);
    ck_assert_int_eq(sp_parse_args(vm, "round", "number, ndigits=", args, 3, SP_NULL, out), -1);
    ck_assert_str_eq(ops_take_message(vm, "TypeError"), "round() takes at most 2 arguments (3 given)");
    ck_assert_int_eq(sp_parse_args(vm, "round", "number, ndigits=", args, 0, SP_NULL, out), -1);
    ck_assert_str_eq(ops_take_message(vm, "TypeError"), "round() missing required argument 'number' (pos 1)");
    sp_value_t kw = sp_tuple_from_array(vm, (sp_value_t[]){ops_str(vm, "number")}, 1);
    ck_assert_int_eq(sp_parse_args(vm, "round", "number, ndigits=", args, 1, kw, out), -1);
    ck_assert_str_eq(ops_take_message(vm, "TypeError"),
                     "argument for round() given by name ('number') and position (1)");
    kw = sp_tuple_from_array(vm, (sp_value_t[]){ops_str(vm, "foo")}, 1);
    ck_assert_int_eq(sp_parse_args(vm, "split", "sep=, maxsplit=", args, 0, kw, out), -1);
    ck_assert_str_eq(ops_take_message(vm, "TypeError"), "'foo' is an invalid keyword argument for split()");
    ck_assert_int_eq(sp_parse_args(vm, "sum", "iterable, /, start=", args, 0, SP_NULL, out), -1);
    ck_assert_str_eq(ops_take_message(vm, "TypeError"),
                     "sum() takes at least 1 positional argument (0 given)");
    kw = sp_tuple_from_array(vm, (sp_value_t[]){ops_str(vm, "start")}, 1);
    ck_assert_int_eq(sp_parse_args(vm, "sum", "iterable, /, start=", args, 1, kw, out), 0);
    ck_assert(out[0] == sp_smallint(1) && out[1] == sp_smallint(2));
    ck_assert_int_eq(sp_check_nargs(vm, "len", 2, SP_NULL, 1, 1), -1);
    ck_assert_str_eq(ops_take_message(vm, "TypeError"), "len() takes exactly one argument (2 given)");
    ck_assert_int_eq(sp_check_nargs(vm, "divmod", 1, SP_NULL, 2, 2), -1);
    ck_assert_str_eq(ops_take_message(vm, "TypeError"), "divmod expected 2 arguments, got 1");
    sp_vm_free(vm);
}
END_TEST

START_TEST(test_protocol_messages) {
    sp_vm_t *vm = ops_vm();
    sp_value_t one = sp_smallint(1), s = ops_str(vm, "a");
    ck_assert(sp_binary_op(vm, SP_BINOP_ADD, one, s) == SP_NULL);
    ck_assert_str_eq(ops_take_message(vm, "TypeError"), "unsupported operand type(s) for +: 'int' and 'str'");
    ck_assert(sp_binary_op(vm, SP_BINOP_POW | SP_BINOP_INPLACE, one, s) == SP_NULL);
    ck_assert_str_eq(ops_take_message(vm, "TypeError"),
                     "unsupported operand type(s) for **=: 'int' and 'str'");
    ck_assert(sp_compare(vm, s, one, SP_CMP_LT) == SP_NULL);
    ck_assert_str_eq(ops_take_message(vm, "TypeError"),
                     "'<' not supported between instances of 'str' and 'int'");
    ck_assert(sp_compare(vm, s, one, SP_CMP_EQ) == SP_FALSE);
    ck_assert(sp_unary_op(vm, SP_UNOP_NEG, s) == SP_NULL);
    ck_assert_str_eq(ops_take_message(vm, "TypeError"), "bad operand type for unary -: 'str'");
    ck_assert_int_eq(sp_len(vm, one), -1);
    ck_assert_str_eq(ops_take_message(vm, "TypeError"), "object of type 'int' has no len()");
    ck_assert(sp_getitem(vm, one, one) == SP_NULL);
    ck_assert_str_eq(ops_take_message(vm, "TypeError"), "'int' object is not subscriptable");
    ck_assert(sp_call(vm, one, NULL, 0, SP_NULL) == SP_NULL);
    ck_assert_str_eq(ops_take_message(vm, "TypeError"), "'int' object is not callable");
    ck_assert(sp_iter(vm, one) == SP_NULL);
    ck_assert_str_eq(ops_take_message(vm, "TypeError"), "'int' object is not iterable");
    int64_t h;
    ck_assert_int_eq(sp_hash(vm, sp_list_new(vm, 0), &h), -1);
    ck_assert_str_eq(ops_take_message(vm, "TypeError"), "unhashable type: 'list'");
    ck_assert(sp_getattr(vm, one, sp_str_intern_cstr(vm, "foo")) == SP_NULL);
    ck_assert_str_eq(ops_take_message(vm, "AttributeError"), "'int' object has no attribute 'foo'");
    ck_assert(sp_binary_op(vm, SP_BINOP_AND, SP_TRUE, SP_FALSE) == SP_FALSE);
    ck_assert(sp_binary_op(vm, SP_BINOP_ADD, SP_TRUE, SP_TRUE) == sp_smallint(2));
    sp_vm_free(vm);
}
END_TEST

START_TEST(test_exception_repr_and_str) {
    sp_vm_t *vm = ops_vm();
    sp_value_t key = ops_str(vm, "k");
    sp_raise_value(vm, SP_EXC_KeyError, key);
    sp_value_t exc = sp_exc_fetch(vm);
    ck_assert_str_eq(sp_str_cstr(sp_repr(vm, exc)), "KeyError('k')");
    ck_assert_str_eq(sp_str_cstr(sp_str(vm, exc)), "'k'");
    exc = exc_new(vm, vm->exc_types[SP_EXC_Exception], sp_tuple_new(vm, 0));
    ck_assert_str_eq(sp_str_cstr(sp_repr(vm, exc)), "Exception()");
    ck_assert_str_eq(sp_str_cstr(sp_str(vm, exc)), "");
    sp_vm_free(vm);
}
END_TEST

START_TEST(test_syntax_error_print) {
    sp_vm_t *vm = ops_vm();
    sp_raise_syntax_range(vm, SP_EXC_SyntaxError, "invalid syntax. Perhaps you forgot a comma?", "c.py", 2,
                          11, 2, 14, "    print(1 2)\n");
    sp_value_t exc = sp_exc_fetch(vm);
    FILE *f = tmpfile();
    exc_print(vm, exc, f);
    rewind(f);
    char buf[512];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = '\0';
    fclose(f);
    ck_assert_str_eq(buf, "  File \"c.py\", line 2\n    print(1 2)\n          ^^^\n"
                          "SyntaxError: invalid syntax. Perhaps you forgot a comma?\n");
    ck_assert_str_eq(sp_str_cstr(sp_str(vm, exc)),
                     "invalid syntax. Perhaps you forgot a comma? (c.py, line 2)");
    sp_vm_free(vm);
}
END_TEST

START_TEST(test_heap_limit) {
    sp_config_t config;
    sp_config_init(&config);
    config.heap_limit = 32u << 20;
    sp_vm_t *vm = sp_vm_new(&config);
    ck_assert_ptr_nonnull(vm);
    ck_assert_ptr_null(sp_alloc(vm, (size_t)64 << 20));
    ck_assert(sp_exc_matches(vm, SP_EXC_MemoryError));
    vm->exc = SP_NULL;
    ck_assert_ptr_null(sp_alloc(vm, (size_t)1 << 50));
    ck_assert(sp_exc_matches(vm, SP_EXC_MemoryError));
    sp_vm_free(vm);
}
END_TEST

Suite *ops_suite(void) {
    Suite *s = suite_create("ops");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_parse_args_messages);
    tcase_add_test(tc, test_protocol_messages);
    tcase_add_test(tc, test_exception_repr_and_str);
    tcase_add_test(tc, test_syntax_error_print);
    tcase_add_test(tc, test_heap_limit);
    suite_add_tcase(s, tc);
    return s;
}
