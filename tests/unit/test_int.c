/* test_int.c: unit tests of runtime/int.c and runtime/float.c — big int arithmetic, Python's
 * floor division signs, exact int/float comparison and hashing, float repr, round(), parsing
 * errors. Every expected string below was produced by CPython 3.11 (python3 -c 'print(...)'). */
#include <check.h>
#include <math.h>
#include <string.h>

#include "runtime/runtime.h"
#include "sparrow.h"
#include "tests/unit/units.h"

static sp_vm_t *test_vm;

static void int_setup(void) {
    test_vm = sp_vm_new(NULL);
    ck_assert_ptr_nonnull(test_vm);
}

static void int_teardown(void) {
    sp_vm_free(test_vm);
    test_vm = NULL;
}

static sp_value_t num(const char *text) {
    sp_value_t v = sp_int_from_string(test_vm, text, strlen(text), 10);
    ck_assert_msg(v != SP_NULL, "cannot parse %s", text);
    return v;
}

static void assert_decimal(sp_value_t v, const char *expected) {
    ck_assert_msg(v != SP_NULL, "unexpected exception computing %s", expected);
    sp_value_t text = sp_int_to_decimal(test_vm, v);
    ck_assert(text != SP_NULL);
    ck_assert_str_eq(sp_str_cstr(text), expected);
}

static sp_value_t op(sp_binop_t o, const char *a, const char *b) { return sp_int_binop(test_vm, o, num(a), num(b)); }

/* Asserts that an exception of `kind` with message `message` is pending, and clears it. */
static void assert_raised(sp_exc_kind_t kind, const char *message) {
    ck_assert(test_vm->exc != SP_NULL);
    ck_assert(sp_exc_matches(test_vm, kind));
    sp_value_t exc = sp_exc_fetch(test_vm);
    sp_value_t text = exc_str(test_vm, exc);
    ck_assert(text != SP_NULL);
    ck_assert_str_eq(sp_str_cstr(text), message);
}

static const char A[] = "123456789012345678901234567890";
static const char B[] = "987654321098765432109876543210";

START_TEST(test_int_big_arithmetic) {
    if (!SP_USE_GMP) return; /* needs big ints */
    assert_decimal(op(SP_BINOP_MUL, A, B), "121932631137021795226185032733622923332237463801111263526900");
    assert_decimal(op(SP_BINOP_FLOORDIV, B, A), "8");
    assert_decimal(op(SP_BINOP_MOD, B, A), "9000000000900000000090");
    assert_decimal(op(SP_BINOP_FLOORDIV, "-987654321098765432109876543210", A), "-9");
    assert_decimal(op(SP_BINOP_MOD, "-987654321098765432109876543210", A), "123456780012345678001234567800");
    assert_decimal(op(SP_BINOP_POW, "3", "100"), "515377520732011331036461129765621272702107522001");
    assert_decimal(op(SP_BINOP_POW, "-123456789012345678901234567890", "3"),
                   "-1881676372353657772546716040589641726257477229849409426207693797722198701224860897069000");
    assert_decimal(op(SP_BINOP_FLOORDIV, "18446744073709551616", "3"), "6148914691236517205");
    assert_decimal(op(SP_BINOP_FLOORDIV, "-18446744073709551616", "3"), "-6148914691236517206");
    assert_decimal(op(SP_BINOP_SUB, "1000000000000000000000000000000", "1"), "999999999999999999999999999999");
    assert_decimal(op(SP_BINOP_AND, "1267650600228229401496703205376", "-1180591620717411303424"),
                   "1267650600228229401496703205376");
    assert_decimal(sp_unary_op(test_vm, SP_UNOP_INVERT, num("1208925819614629174706176")), "-1208925819614629174706177");
    /* Results that fit are normalised back to inline small ints. */
    sp_value_t small = op(SP_BINOP_SUB, B, B);
    ck_assert(sp_is_smallint(small) && sp_smallint_value(small) == 0);
    ck_assert(sp_is_smallint(op(SP_BINOP_FLOORDIV, B, A)));
}
END_TEST

START_TEST(test_int_small_boundaries) {
    if (!SP_USE_GMP) return; /* needs big ints */
    assert_decimal(op(SP_BINOP_ADD, "140737488355327", "1"), "140737488355328");
    assert_decimal(op(SP_BINOP_SUB, "-140737488355328", "1"), "-140737488355329");
    assert_decimal(op(SP_BINOP_MUL, "9223372036854775807", "9223372036854775807"),
                   "85070591730234615847396907784232501249");
    assert_decimal(op(SP_BINOP_FLOORDIV, "-9223372036854775808", "-1"), "9223372036854775808");
    assert_decimal(op(SP_BINOP_LSHIFT, "1", "100"), "1267650600228229401496703205376");
    assert_decimal(op(SP_BINOP_RSHIFT, "-1267650600228229401496703205376", "99"), "-2");
    assert_decimal(sp_int_from_u64(test_vm, UINT64_MAX), "18446744073709551615");
}
END_TEST

START_TEST(test_int_floor_signs) {
    const struct { int64_t a, b, q, r; } cases[] = {
        {7, 2, 3, 1}, {-7, 2, -4, 1}, {7, -2, -4, -1}, {-7, -2, 3, -1}, {0, 5, 0, 0}, {-1, 7, -1, 6},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        sp_value_t a = sp_smallint(cases[i].a), b = sp_smallint(cases[i].b);
        ck_assert_int_eq(sp_smallint_value(sp_int_binop(test_vm, SP_BINOP_FLOORDIV, a, b)), cases[i].q);
        ck_assert_int_eq(sp_smallint_value(sp_int_binop(test_vm, SP_BINOP_MOD, a, b)), cases[i].r);
    }
    /* 7.5 % -2 == -0.5, -0.0 % 3 == 0.0, 0.0 % -3 == -0.0, -7.5 // 2 == -4.0 */
    ck_assert(sp_float_binop(test_vm, SP_BINOP_MOD, sp_float(7.5), sp_smallint(-2)) == sp_float(-0.5));
    ck_assert(sp_float_binop(test_vm, SP_BINOP_MOD, sp_float(-0.0), sp_smallint(3)) == sp_float(0.0));
    ck_assert(sp_float_binop(test_vm, SP_BINOP_MOD, sp_float(0.0), sp_smallint(-3)) == sp_float(-0.0));
    ck_assert(sp_float_binop(test_vm, SP_BINOP_FLOORDIV, sp_float(-7.5), sp_smallint(2)) == sp_float(-4.0));
}
END_TEST

START_TEST(test_int_division_errors) {
    ck_assert(sp_int_binop(test_vm, SP_BINOP_FLOORDIV, sp_smallint(1), sp_smallint(0)) == SP_NULL);
    assert_raised(SP_EXC_ZeroDivisionError, "integer division or modulo by zero");
    ck_assert(sp_int_binop(test_vm, SP_BINOP_MOD, sp_smallint(1), sp_smallint(0)) == SP_NULL);
    assert_raised(SP_EXC_ZeroDivisionError, "integer modulo by zero");
    ck_assert(sp_int_binop(test_vm, SP_BINOP_TRUEDIV, num("12345"), sp_smallint(0)) == SP_NULL);
    assert_raised(SP_EXC_ZeroDivisionError, "division by zero");
    ck_assert(sp_float_binop(test_vm, SP_BINOP_MOD, sp_float(1.0), sp_smallint(0)) == SP_NULL);
    assert_raised(SP_EXC_ZeroDivisionError, "float modulo");
    ck_assert(sp_int_binop(test_vm, SP_BINOP_POW, sp_smallint(0), sp_smallint(-1)) == SP_NULL);
    assert_raised(SP_EXC_ZeroDivisionError, "0.0 cannot be raised to a negative power");
    ck_assert(sp_int_binop(test_vm, SP_BINOP_LSHIFT, sp_smallint(1), sp_smallint(-1)) == SP_NULL);
    assert_raised(SP_EXC_ValueError, "negative shift count");
}
END_TEST

START_TEST(test_int_true_division_exact) {
    if (!SP_USE_GMP) return; /* needs big ints */
    sp_value_t big400 = sp_int_binop(test_vm, SP_BINOP_POW, sp_smallint(10), sp_smallint(400));
    sp_value_t big399 = sp_int_binop(test_vm, SP_BINOP_POW, sp_smallint(10), sp_smallint(399));
    ck_assert(sp_int_binop(test_vm, SP_BINOP_TRUEDIV, big400, big399) == sp_float(10.0));
    ck_assert(sp_int_binop(test_vm, SP_BINOP_TRUEDIV, big400, sp_smallint(1)) == SP_NULL);
    assert_raised(SP_EXC_OverflowError, "integer division result too large for a float");
    ck_assert(sp_int_binop(test_vm, SP_BINOP_POW, sp_smallint(2), sp_smallint(-1)) == sp_float(0.5));
    /* 10**25 / 7 == 1.4285714285714285e+24 and float(2**100 + 1) == 1.2676506002282294e+30 */
    ck_assert(op(SP_BINOP_TRUEDIV, "10000000000000000000000000", "7") == sp_float(1.4285714285714285e+24));
    double d;
    ck_assert_int_eq(sp_int_to_double(test_vm, num("1267650600228229401496703205377"), &d), 0);
    ck_assert(d == 1.2676506002282294e+30);
    ck_assert_int_eq(sp_int_to_double(test_vm, big400, &d), -1);
    assert_raised(SP_EXC_OverflowError, "int too large to convert to float");
}
END_TEST

START_TEST(test_int_compare_double_exact) {
    sp_value_t p53 = num("9007199254740992"), p53_1 = num("9007199254740993");
    ck_assert_int_eq(sp_int_compare_double(test_vm, p53, 9007199254740992.0), 0);
    ck_assert_int_eq(sp_int_compare_double(test_vm, p53_1, 9007199254740992.0), 1);
    if (SP_USE_GMP) ck_assert_int_eq(sp_int_compare_double(test_vm, num(A), INFINITY), -1);
    ck_assert_int_eq(sp_int_compare_double(test_vm, sp_smallint(1), NAN), 2);
    ck_assert_int_eq(sp_int_compare_double(test_vm, sp_smallint(-1), -0.5), -1);
}
END_TEST

START_TEST(test_int_hashes) {
    if (!SP_USE_GMP) return; /* needs big ints */
    ck_assert_int_eq(sp_int_hash(test_vm, sp_smallint(-1)), -2);
    ck_assert_int_eq(sp_int_hash(test_vm, num("2305843009213693951")), 0);
    ck_assert_int_eq(sp_int_hash(test_vm, num("1267650600228229401496703205376")), 549755813888);
    ck_assert_int_eq(sp_int_hash(test_vm, num("-1267650600228229401496703205376")), -549755813888);
    ck_assert_int_eq(sp_float_hash(0.1), 230584300921369408);
    ck_assert_int_eq(sp_float_hash(1e300), 1224995262755759164);
    ck_assert_int_eq(sp_float_hash(-2.5), -1152921504606846978);
    ck_assert_int_eq(sp_float_hash(INFINITY), 314159);
    ck_assert_int_eq(sp_float_hash(1.0), sp_int_hash(test_vm, sp_smallint(1)));
}
END_TEST

START_TEST(test_float_repr_table) {
    const struct { double d; const char *text; } table[] = {
        {0.1, "0.1"}, {1e16, "1e+16"}, {1e-05, "1e-05"}, {5e-324, "5e-324"},
        {1.7976931348623157e+308, "1.7976931348623157e+308"}, {0.30000000000000004, "0.30000000000000004"},
        {100.0, "100.0"}, {123456789.0, "123456789.0"}, {1e22, "1e+22"}, {1e23, "1e+23"}, {1.5e-323, "1.5e-323"},
        {1.0 / 3, "0.3333333333333333"}, {9007199254740993.0, "9007199254740992.0"}, {-0.0, "-0.0"},
        {INFINITY, "inf"}, {-INFINITY, "-inf"}, {NAN, "nan"}, {0.0001, "0.0001"}, {1234567890123456.0, "1234567890123456.0"},
    };
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
        char buf[64];
        int len = float_repr_buf(table[i].d, buf, sizeof buf);
        ck_assert_str_eq(buf, table[i].text);
        ck_assert_int_eq(len, (int)strlen(table[i].text));
    }
}
END_TEST

START_TEST(test_round_cases) {
    /* round(2.675, 2) == 2.67, round(0.125, 2) == 0.12, round(2.5) == 2, round(-0.5) == 0 */
    ck_assert(sp_float_round(test_vm, 2.675, sp_smallint(2)) == sp_float(2.67));
    ck_assert(sp_float_round(test_vm, 0.125, sp_smallint(2)) == sp_float(0.12));
    ck_assert(sp_float_round(test_vm, 2.5, SP_NULL) == sp_smallint(2));
    ck_assert(sp_float_round(test_vm, -0.5, SP_NONE) == sp_smallint(0));
    ck_assert(sp_float_round(test_vm, 1234.5678, sp_smallint(-2)) == sp_float(1200.0));
    ck_assert(sp_float_round(test_vm, 165.0, sp_smallint(-1)) == sp_float(160.0));
    ck_assert(sp_int_round(test_vm, sp_smallint(1250), sp_smallint(-2)) == sp_smallint(1200));
    ck_assert(sp_int_round(test_vm, sp_smallint(1350), sp_smallint(-2)) == sp_smallint(1400));
    ck_assert(sp_int_round(test_vm, sp_smallint(-25), sp_smallint(-1)) == sp_smallint(-20));
    ck_assert(sp_float_round(test_vm, INFINITY, SP_NULL) == SP_NULL);
    assert_raised(SP_EXC_OverflowError, "cannot convert float infinity to integer");
}
END_TEST

START_TEST(test_parse_errors) {
    ck_assert(sp_int_from_string(test_vm, "abc", 3, 10) == SP_NULL);
    assert_raised(SP_EXC_ValueError, "invalid literal for int() with base 10: 'abc'");
    ck_assert(sp_int_from_string(test_vm, "010", 3, 0) == SP_NULL);
    assert_raised(SP_EXC_ValueError, "invalid literal for int() with base 0: '010'");
    ck_assert(sp_int_from_string(test_vm, "1__0", 4, 10) == SP_NULL);
    assert_raised(SP_EXC_ValueError, "invalid literal for int() with base 10: '1__0'");
    assert_decimal(sp_int_from_string(test_vm, " -0x_1f ", 8, 16), "-31");
    if (SP_USE_GMP) assert_decimal(sp_int_from_string(test_vm, "zzzzzzzzzzzzzzzz", 16, 36), "7958661109946400884391935");
    double d;
    ck_assert_int_eq(sp_float_parse(test_vm, sp_str_from_cstr(test_vm, "  -1_000.5e1_0 "), &d), 0);
    ck_assert(d == -1.0005e13);
    ck_assert_int_eq(sp_float_parse(test_vm, sp_str_from_cstr(test_vm, "-iNfinity"), &d), 0);
    ck_assert(isinf(d) && d < 0);
    ck_assert_int_eq(sp_float_parse(test_vm, sp_str_from_cstr(test_vm, "1_"), &d), -1);
    assert_raised(SP_EXC_ValueError, "could not convert string to float: '1_'");
    ck_assert(sp_int_from_double(test_vm, NAN) == SP_NULL);
    assert_raised(SP_EXC_ValueError, "cannot convert float NaN to integer");
}
END_TEST

START_TEST(test_int_str_limit) {
    if (!SP_USE_GMP) return; /* needs big ints */
    sp_value_t huge = sp_int_binop(test_vm, SP_BINOP_POW, sp_smallint(10), sp_smallint(4300));
    ck_assert(sp_int_to_decimal(test_vm, huge) == SP_NULL);
    assert_raised(SP_EXC_ValueError, "Exceeds the limit (4300 digits) for integer string conversion; "
                                     "use sys.set_int_max_str_digits() to increase the limit");
    sp_value_t hex = sp_int_format_base(test_vm, huge, 16);
    ck_assert(hex != SP_NULL);
    ck_assert(strncmp(sp_str_cstr(hex), "0x", 2) == 0);
    /* 10 ** 10 ** 10 must fail fast with MemoryError rather than abort inside GMP. */
    sp_value_t exp = sp_int_binop(test_vm, SP_BINOP_POW, sp_smallint(10), sp_smallint(10));
    ck_assert(sp_int_binop(test_vm, SP_BINOP_POW, sp_smallint(10), exp) == SP_NULL);
    ck_assert(sp_exc_matches(test_vm, SP_EXC_MemoryError));
    sp_exc_fetch(test_vm);
}
END_TEST

Suite *int_suite(void) {
    Suite *s = suite_create("int");
    TCase *tc = tcase_create("numbers");
    tcase_add_checked_fixture(tc, int_setup, int_teardown);
    tcase_add_test(tc, test_int_big_arithmetic);
    tcase_add_test(tc, test_int_small_boundaries);
    tcase_add_test(tc, test_int_floor_signs);
    tcase_add_test(tc, test_int_division_errors);
    tcase_add_test(tc, test_int_true_division_exact);
    tcase_add_test(tc, test_int_compare_double_exact);
    tcase_add_test(tc, test_int_hashes);
    tcase_add_test(tc, test_float_repr_table);
    tcase_add_test(tc, test_round_cases);
    tcase_add_test(tc, test_parse_errors);
    tcase_add_test(tc, test_int_str_limit);
    suite_add_tcase(s, tc);
    return s;
}
