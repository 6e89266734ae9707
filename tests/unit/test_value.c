/* test_value.c: unit tests of the one-word value encoding (runtime/value.h): double round trips
 * (-0.0, inf, NaN canonicalisation, denormals, DBL_MAX), small-int boundaries, singletons and
 * pointers never colliding with each other. Needs no VM. */
#include <check.h>
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/value.h"
#include "tests/unit/units.h"

static uint64_t bits_of(double d) {
    uint64_t b;
    memcpy(&b, &d, sizeof b);
    return b;
}

static double from_bits(uint64_t b) {
    double d;
    memcpy(&d, &b, sizeof d);
    return d;
}

/* Asserts that d boxes to a float (and nothing else) and unboxes bit-identical. */
static void assert_double_round_trip(double d) {
    sp_value_t v = sp_float(d);
    ck_assert(sp_is_float(v));
    ck_assert(!sp_is_ptr(v));
    ck_assert(!sp_is_smallint(v));
    ck_assert(!sp_is_singleton(v));
    ck_assert_uint_eq(bits_of(sp_float_value(v)), bits_of(d));
}

START_TEST(test_value_double_round_trips) {
    const double values[] = {0.0, 1.0, -1.0, 0.1, -2.5, 1e300, -1e-300, DBL_MAX, -DBL_MAX, DBL_MIN,
                             5e-324, -5e-324, 2.2250738585072009e-308, INFINITY, -INFINITY, 3.141592653589793};
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) assert_double_round_trip(values[i]);
}
END_TEST

START_TEST(test_value_negative_zero_kept) {
    sp_value_t v = sp_float(-0.0);
    ck_assert(signbit(sp_float_value(v)));
    ck_assert(v != sp_float(0.0));
    ck_assert(!signbit(sp_float_value(sp_float(0.0))));
}
END_TEST

START_TEST(test_value_nan_canonicalised) {
    /* Every NaN (any payload, either sign) must box to the same float word, never an int tag. */
    const uint64_t nans[] = {UINT64_C(0x7FF8000000000000), UINT64_C(0xFFF8000000000000), UINT64_C(0x7FF0000000000001),
                             UINT64_C(0xFFFFFFFFFFFFFFFF), UINT64_C(0x7FFFFFFFFFFFFFFF)};
    sp_value_t first = sp_float(from_bits(nans[0]));
    for (size_t i = 0; i < sizeof nans / sizeof nans[0]; i++) {
        sp_value_t v = sp_float(from_bits(nans[i]));
        ck_assert(sp_is_float(v));
        ck_assert(!sp_is_smallint(v));
        ck_assert(v == first);
        ck_assert(isnan(sp_float_value(v)));
    }
}
END_TEST

START_TEST(test_value_smallint_boundaries) {
    const int64_t values[] = {0, 1, -1, 42, -42, SP_SMALLINT_MAX, SP_SMALLINT_MIN, SP_SMALLINT_MAX - 1,
                              SP_SMALLINT_MIN + 1, (int64_t)1 << 40, -((int64_t)1 << 40)};
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) {
        ck_assert(sp_fits_smallint(values[i]));
        sp_value_t v = sp_smallint(values[i]);
        ck_assert(sp_is_smallint(v));
        ck_assert(!sp_is_float(v) && !sp_is_ptr(v) && !sp_is_singleton(v));
        ck_assert_int_eq(sp_smallint_value(v), values[i]);
    }
    ck_assert_int_eq(SP_SMALLINT_MAX, ((int64_t)1 << 47) - 1);
    ck_assert_int_eq(SP_SMALLINT_MIN, -((int64_t)1 << 47));
    ck_assert(!sp_fits_smallint(SP_SMALLINT_MAX + 1));
    ck_assert(!sp_fits_smallint(SP_SMALLINT_MIN - 1));
    ck_assert(!sp_fits_smallint(INT64_MAX));
    ck_assert(!sp_fits_smallint(INT64_MIN));
}
END_TEST

START_TEST(test_value_singletons_distinct) {
    const sp_value_t singletons[] = {SP_NONE, SP_FALSE, SP_TRUE, SP_NOTIMPLEMENTED, SP_ELLIPSIS};
    for (size_t i = 0; i < 5; i++) {
        ck_assert(sp_is_singleton(singletons[i]));
        ck_assert(!sp_is_ptr(singletons[i]) && !sp_is_float(singletons[i]) && !sp_is_smallint(singletons[i]));
        ck_assert_uint_eq(sp_singleton_index(singletons[i]), i);
        for (size_t j = 0; j < i; j++) ck_assert(singletons[i] != singletons[j]);
        ck_assert(singletons[i] != SP_NULL);
        ck_assert(singletons[i] != sp_smallint((int64_t)i));
    }
    ck_assert(sp_is_bool(SP_TRUE) && sp_is_bool(SP_FALSE) && !sp_is_bool(SP_NONE));
    ck_assert(sp_is_none(SP_NONE) && !sp_is_none(SP_FALSE));
    ck_assert(sp_bool(true) == SP_TRUE && sp_bool(false) == SP_FALSE);
    ck_assert(sp_smallint(0) != SP_FALSE && sp_float(0.0) != SP_FALSE);
}
END_TEST

START_TEST(test_value_pointers_raw) {
    /* A pointer is stored as is, so a conservative collector scanning the word finds it. */
    void *p = malloc(16);
    ck_assert_ptr_nonnull(p);
    sp_value_t v = SP_OBJ(p);
    ck_assert(sp_is_ptr(v) && sp_is_obj(v));
    ck_assert(!sp_is_float(v) && !sp_is_smallint(v) && !sp_is_singleton(v));
    ck_assert_uint_eq(v, (uint64_t)(uintptr_t)p);
    ck_assert_ptr_eq(SP_PTR(void, v), p);
    free(p);
    ck_assert(sp_is_ptr(SP_NULL) && !sp_is_obj(SP_NULL));
}
END_TEST

START_TEST(test_value_float_never_overlaps) {
    /* The extreme double bit patterns land strictly between the singleton and int tags. */
    sp_value_t lowest = sp_float(0.0), highest = sp_float(-NAN);
    ck_assert(lowest > (SP_TAG_SINGLETON | 0xFFFFFFFFFFFFu));
    ck_assert(highest < SP_TAG_INT);
    ck_assert(sp_float(-INFINITY) < SP_TAG_INT);
    ck_assert(sp_is_float(sp_float(-INFINITY)));
}
END_TEST

Suite *value_suite(void) {
    Suite *s = suite_create("value");
    TCase *tc = tcase_create("encoding");
    tcase_add_test(tc, test_value_double_round_trips);
    tcase_add_test(tc, test_value_negative_zero_kept);
    tcase_add_test(tc, test_value_nan_canonicalised);
    tcase_add_test(tc, test_value_smallint_boundaries);
    tcase_add_test(tc, test_value_singletons_distinct);
    tcase_add_test(tc, test_value_pointers_raw);
    tcase_add_test(tc, test_value_float_never_overlaps);
    suite_add_tcase(s, tc);
    return s;
}
