/* test_api.c: the embedding API (include/sparrow.h) as an embedder sees it: several VMs in one
 * process, run statuses and exit codes, error text, captured output, both dispatch variants. */
#include <stdlib.h>
#include <string.h>

#include "sparrow.h"
#include "tests/unit/units.h"

/* A VM whose stdout and stderr go to temporary files the test can read back. */
typedef struct api_fixture {
    sp_vm_t *vm;
    FILE *out, *err;
} api_fixture_t;

static void api_open(api_fixture_t *fx, sp_dispatch_choice_t dispatch) {
    fx->out = tmpfile();
    fx->err = tmpfile();
    ck_assert_ptr_nonnull(fx->out);
    ck_assert_ptr_nonnull(fx->err);
    sp_config_t config;
    sp_config_init(&config);
    config.dispatch = dispatch;
    config.out = fx->out;
    config.err = fx->err;
    fx->vm = sp_vm_new(&config);
    ck_assert_ptr_nonnull(fx->vm);
}

static void api_close(api_fixture_t *fx) {
    sp_vm_free(fx->vm);
    fclose(fx->out);
    fclose(fx->err);
}

/* Everything written to `f` so far, into buf (NUL-terminated). */
static const char *api_slurp(FILE *f, char *buf, size_t size) {
    fflush(f);
    long end = ftell(f);
    rewind(f);
    size_t n = fread(buf, 1, size - 1, f);
    buf[n] = '\0';
    fseek(f, end, SEEK_SET);
    return buf;
}

static sp_status_t api_run(api_fixture_t *fx, const char *code) {
    return sp_run_string(fx->vm, code, strlen(code), "<test>");
}

START_TEST(test_two_vms_are_independent) {
    api_fixture_t a, b;
    char buf[4096];
    api_open(&a, SP_DISPATCH_CHOICE_DEFAULT);
    api_open(&b, SP_DISPATCH_CHOICE_DEFAULT);
    ck_assert_int_eq(api_run(&a, "x = 41\n"), SP_OK);
    ck_assert_int_eq(api_run(&b, "x = 'other'\n"), SP_OK);
    ck_assert_int_eq(api_run(&a, "print(x + 1)\n"), SP_OK);
    ck_assert_int_eq(api_run(&b, "print(x)\n"), SP_OK);
    ck_assert_str_eq(api_slurp(a.out, buf, sizeof buf), "42\n");
    ck_assert_str_eq(api_slurp(b.out, buf, sizeof buf), "other\n");
    /* A name defined only in one VM is not seen by the other. */
    ck_assert_int_eq(api_run(&a, "only_in_a = 1\n"), SP_OK);
    ck_assert_int_eq(api_run(&b, "only_in_a\n"), SP_ERROR);
    ck_assert_ptr_nonnull(strstr(sp_vm_error(b.vm), "NameError: name 'only_in_a' is not defined"));
    api_close(&a);
    api_close(&b);
}
END_TEST

START_TEST(test_statuses_and_exit_codes) {
    api_fixture_t fx;
    api_open(&fx, SP_DISPATCH_CHOICE_DEFAULT);
    ck_assert_int_eq(api_run(&fx, "pass\n"), SP_OK);
    ck_assert_int_eq(sp_vm_exit_code(fx.vm), 0);
    ck_assert_str_eq(sp_vm_error(fx.vm), "");

    ck_assert_int_eq(api_run(&fx, "1 / 0\n"), SP_ERROR);
    ck_assert_int_eq(sp_vm_exit_code(fx.vm), 1);

    ck_assert_int_eq(api_run(&fx, "raise SystemExit(3)\n"), SP_EXIT);
    ck_assert_int_eq(sp_vm_exit_code(fx.vm), 3);
    ck_assert_int_eq(api_run(&fx, "raise SystemExit\n"), SP_EXIT);
    ck_assert_int_eq(sp_vm_exit_code(fx.vm), 0);
    ck_assert_int_eq(api_run(&fx, "import sys\nsys.exit(7)\n"), SP_EXIT);
    ck_assert_int_eq(sp_vm_exit_code(fx.vm), 7);

    /* The VM stays usable after errors, and a handled SystemExit is just an exception. */
    ck_assert_int_eq(api_run(&fx, "try:\n    raise SystemExit(5)\nexcept SystemExit as e:\n    pass\n"), SP_OK);
    ck_assert_int_eq(sp_vm_exit_code(fx.vm), 0);
    ck_assert_int_eq(api_run(&fx, "def f(:\n"), SP_ERROR);
    ck_assert_ptr_nonnull(strstr(sp_vm_error(fx.vm), "SyntaxError"));
    api_close(&fx);
}
END_TEST

START_TEST(test_error_text) {
    api_fixture_t fx;
    char buf[4096];
    api_open(&fx, SP_DISPATCH_CHOICE_DEFAULT);
    ck_assert_int_eq(api_run(&fx, "def f(x):\n    return x // 0\nf(1)\n"), SP_ERROR);
    const char *text = sp_vm_error(fx.vm);
    ck_assert_ptr_nonnull(strstr(text, "Traceback (most recent call last):"));
    ck_assert_ptr_nonnull(strstr(text, "ZeroDivisionError: integer division or modulo by zero"));
    ck_assert_ptr_nonnull(strstr(text, "line 2, in f"));
    /* The same text went to the error stream. */
    ck_assert_ptr_nonnull(strstr(api_slurp(fx.err, buf, sizeof buf), "ZeroDivisionError"));

    ck_assert_int_eq(api_run(&fx, "1 / 0\n"), SP_ERROR);
    ck_assert_ptr_nonnull(strstr(sp_vm_error(fx.vm), "ZeroDivisionError: division by zero"));
    /* A successful run clears it. */
    ck_assert_int_eq(api_run(&fx, "pass\n"), SP_OK);
    ck_assert_str_eq(sp_vm_error(fx.vm), "");
    api_close(&fx);
}
END_TEST

START_TEST(test_missing_file) {
    api_fixture_t fx;
    api_open(&fx, SP_DISPATCH_CHOICE_DEFAULT);
    ck_assert_int_eq(sp_run_file(fx.vm, "/nonexistent/sparrow-test.py"), SP_ERROR);
    ck_assert_int_eq(sp_vm_exit_code(fx.vm), 2);
    ck_assert_ptr_nonnull(strstr(sp_vm_error(fx.vm), "can't open file '/nonexistent/sparrow-test.py'"));
    api_close(&fx);
}
END_TEST

/* A program exercising calls, closures, exceptions and loops: every variant must agree. */
static const char api_program[] =
    "def fib(n):\n"
    "    return n if n < 2 else fib(n - 1) + fib(n - 2)\n"
    "def counter():\n"
    "    count = 0\n"
    "    def bump(by=1):\n"
    "        nonlocal count\n"
    "        count += by\n"
    "        return count\n"
    "    return bump\n"
    "b = counter()\n"
    "b(); b(5)\n"
    "total = 0\n"
    "for i in range(100):\n"
    "    try:\n"
    "        total += 100 // (i % 7)\n"
    "    except ZeroDivisionError:\n"
    "        total -= 1\n"
    "print(fib(15), b(), total, [x * x for x in range(5)], 2 ** 70)\n";

START_TEST(test_dispatch_variants_agree) {
    char first[4096] = "", buf[4096];
    const char *variants = sp_dispatch_variants();
    ck_assert_ptr_nonnull(strstr(variants, "switch") ? variants : strstr(variants, "goto"));
    const sp_dispatch_choice_t choices[] = {SP_DISPATCH_CHOICE_SWITCH, SP_DISPATCH_CHOICE_GOTO};
    const char *const names[] = {"switch", "goto"};
    for (int i = 0; i < 2; i++) {
        if (!strstr(variants, names[i])) {
            sp_config_t config;
            sp_config_init(&config);
            config.dispatch = choices[i];
            ck_assert_ptr_null(sp_vm_new(&config)); /* not compiled in: refused */
            continue;
        }
        api_fixture_t fx;
        api_open(&fx, choices[i]);
        ck_assert_int_eq(api_run(&fx, api_program), SP_OK);
        api_slurp(fx.out, buf, sizeof buf);
        ck_assert_str_eq(buf, "610 7 3501 [0, 1, 4, 9, 16] 1180591620717411303424\n");
        if (first[0]) ck_assert_str_eq(buf, first);
        strcpy(first, buf);
        api_close(&fx);
    }
}
END_TEST

START_TEST(test_recursion_limit) {
    api_fixture_t fx;
    char buf[4096];
    api_open(&fx, SP_DISPATCH_CHOICE_DEFAULT);
    ck_assert_int_eq(api_run(&fx, "def f(n):\n    return f(n + 1)\n"
                                  "try:\n    f(0)\nexcept RecursionError as e:\n    print(e)\n"),
                     SP_OK);
    ck_assert_str_eq(api_slurp(fx.out, buf, sizeof buf), "maximum recursion depth exceeded\n");
    api_close(&fx);
}
END_TEST

/* frame_bind_args: CPython's exact TypeError messages for bad calls. */
static const char api_binding_program[] =
    "def g(a, b, c=1, *, k, m=2): pass\n"
    "def h(a, b, /, c): pass\n"
    "def one(x): pass\n"
    "calls = [lambda: g(1, 2, 3, 4), lambda: g(1, 2, 3, 4, k=1), lambda: g(1), lambda: g(k=1),\n"
    "         lambda: g(1, 2), lambda: h(1, a=2, b=3, c=3), lambda: one(1, 2), lambda: one(y=1),\n"
    "         lambda: one(1, x=2), lambda: g(1, 2, **{'k': 1}, **{'k': 2})]\n"
    "for call in calls:\n"
    "    try:\n"
    "        call()\n"
    "    except TypeError as e:\n"
    "        print(e)\n";

static const char api_binding_expected[] =
    "g() takes from 2 to 3 positional arguments but 4 were given\n"
    "g() takes from 2 to 3 positional arguments but 4 positional arguments (and 1 keyword-only argument) were "
    "given\n"
    "g() missing 1 required positional argument: 'b'\n"
    "g() missing 2 required positional arguments: 'a' and 'b'\n"
    "g() missing 1 required keyword-only argument: 'k'\n"
    "h() got some positional-only arguments passed as keyword arguments: 'a, b'\n"
    "one() takes 1 positional argument but 2 were given\n"
    "one() got an unexpected keyword argument 'y'\n"
    "one() got multiple values for argument 'x'\n"
    "__main__.g() got multiple values for keyword argument 'k'\n";

START_TEST(test_argument_binding_errors) {
    api_fixture_t fx;
    char buf[4096];
    api_open(&fx, SP_DISPATCH_CHOICE_DEFAULT);
    ck_assert_int_eq(api_run(&fx, api_binding_program), SP_OK);
    ck_assert_str_eq(api_slurp(fx.out, buf, sizeof buf), api_binding_expected);
    api_close(&fx);
}
END_TEST

/* sys.executable is the configured path, or found from /proc/self/exe (this test binary). */
START_TEST(test_executable) {
    char buf[4096];
    FILE *out = tmpfile();
    sp_config_t config;
    sp_config_init(&config);
    config.out = out;
    config.executable = "/opt/embedder/bin/app";
    sp_vm_t *vm = sp_vm_new(&config);
    ck_assert_int_eq(sp_run_string(vm, "import sys\nprint(sys.executable)\n", 32, "<test>"), SP_OK);
    sp_vm_free(vm);
    config.executable = NULL;
    vm = sp_vm_new(&config);
    ck_assert_int_eq(sp_run_string(vm, "import sys\nprint(sys.executable)\n", 32, "<test>"), SP_OK);
    sp_vm_free(vm);
    fflush(out);
    rewind(out);
    size_t n = fread(buf, 1, sizeof buf - 1, out);
    buf[n] = '\0';
    fclose(out);
    ck_assert_ptr_nonnull(strstr(buf, "/opt/embedder/bin/app\n"));
    ck_assert_ptr_nonnull(strstr(buf, "test_units"));
}
END_TEST

/* config.stats: exact counts of a known loop through sp_vm_stat, reset, the table, and -1 from a
 * VM that does not count. */
START_TEST(test_stats) {
    if (!sp_stats_available()) return;
    FILE *out = tmpfile();
    ck_assert_ptr_nonnull(out);
    sp_config_t config;
    sp_config_init(&config);
    config.stats = 1;
    config.out = out;
    sp_vm_t *vm = sp_vm_new(&config);
    ck_assert_ptr_nonnull(vm);
    /* 0 LOAD_CONST 1 STORE_NAME, then per pass LOAD_NAME LOAD_CONST COMPARE_OP POP_JUMP_IF_FALSE
     * and LOAD_NAME LOAD_CONST BINARY_OP STORE_NAME JUMP; the test runs 101 times. */
    static const char src[] = "i = 0\nwhile i < 100:\n    i = i + 1\n";
    ck_assert_int_eq(sp_run_string(vm, src, strlen(src), "<stats>"), SP_OK);
    ck_assert_int_eq(sp_vm_stat(vm, "COMPARE_OP"), 101);
    ck_assert_int_eq(sp_vm_stat(vm, "BINARY_OP"), 100);
    ck_assert_int_eq(sp_vm_stat(vm, "JUMP"), 100);
    ck_assert_int_eq(sp_vm_stat(vm, "JUMP>LOAD_NAME"), 100);
    ck_assert_int_eq(sp_vm_stat(vm, "COMPARE_OP>POP_JUMP_IF_FALSE"), 101);
    ck_assert_int_eq(sp_vm_stat(vm, "instructions"), 2 + 101 * 4 + 100 * 5 + 2);
    ck_assert_int_eq(sp_vm_stat(vm, "sequence_starts"), 1);
    ck_assert_int_eq(sp_vm_stat(vm, "calls.python"), 0);
    ck_assert_int_eq(sp_vm_stat(vm, "frames"), 1);
    ck_assert_int_eq(sp_vm_stat(vm, "entries"), 1);
    ck_assert_int_eq(sp_vm_stat(vm, "NO_SUCH_OP"), -1);
    ck_assert_int_eq(sp_vm_stat(vm, "LOAD_ATTR.hits"), -1); /* no family specializes yet */
    ck_assert_int_eq(sp_vm_stat(vm, "JUMP>"), -1);
    ck_assert_int_eq(sp_vm_print_stats(vm, out, 3), 0);
    ck_assert_int_eq(sp_vm_write_stats_json(vm, out), 0);
    char buf[16384];
    const char *text = api_slurp(out, buf, sizeof buf);
    ck_assert_ptr_nonnull(strstr(text, "top 3 of "));
    ck_assert_ptr_nonnull(strstr(text, "\"COMPARE_OP\": 101,"));
    sp_vm_reset_stats(vm);
    ck_assert_int_eq(sp_vm_stat(vm, "instructions"), 0);
    sp_vm_free(vm);
    fclose(out);

    vm = sp_vm_new(NULL);
    ck_assert_ptr_nonnull(vm);
    ck_assert_int_eq(sp_vm_stat(vm, "instructions"), -1);
    ck_assert_int_eq(sp_vm_print_stats(vm, stderr, 0), -1);
    ck_assert_int_eq(sp_vm_write_stats_json(vm, stderr), -1);
    sp_vm_reset_stats(vm);
    sp_vm_free(vm);
}
END_TEST

Suite *api_suite(void) {
    Suite *suite = suite_create("api");
    TCase *tc = tcase_create("api");
    tcase_add_test(tc, test_two_vms_are_independent);
    tcase_add_test(tc, test_statuses_and_exit_codes);
    tcase_add_test(tc, test_error_text);
    tcase_add_test(tc, test_missing_file);
    tcase_add_test(tc, test_dispatch_variants_agree);
    tcase_add_test(tc, test_recursion_limit);
    tcase_add_test(tc, test_argument_binding_errors);
    tcase_add_test(tc, test_executable);
    tcase_add_test(tc, test_stats);
    suite_add_tcase(suite, tc);
    return suite;
}
