/* test_dict.c: unit tests of the container internals — dict order, key equivalence, deleted
 * entries and versions; set basics; the stability of list.sort with a key. */
#include <check.h>

#include "runtime/runtime.h"
#include "sparrow.h"
#include "tests/unit/units.h"

static sp_vm_t *test_vm;

static void dict_setup(void) {
    test_vm = sp_vm_new(NULL);
    ck_assert_ptr_nonnull(test_vm);
}

static void dict_teardown(void) {
    sp_vm_free(test_vm);
    test_vm = NULL;
}

static sp_value_t test_int(int64_t i) { return sp_int_from_i64(test_vm, i); }

/* The keys of a dict in iteration order, checked against an expected C array. */
static void check_keys(sp_value_t dict, const int64_t *expected, int64_t n) {
    int64_t pos = 0, i = 0;
    sp_value_t key, value;
    while (sp_dict_next(dict, &pos, &key, &value)) {
        ck_assert_int_lt(i, n);
        ck_assert(sp_is_smallint(key));
        ck_assert_int_eq(sp_smallint_value(key), expected[i]);
        i++;
    }
    ck_assert_int_eq(i, n);
}

START_TEST(test_dict_order_through_deletes) {
    sp_value_t dict = sp_dict_new(test_vm);
    ck_assert_int_eq(sp_dict_set(test_vm, dict, test_int(3), test_int(30)), 0);
    ck_assert_int_eq(sp_dict_set(test_vm, dict, test_int(1), test_int(10)), 0);
    ck_assert_int_eq(sp_dict_set(test_vm, dict, test_int(2), test_int(20)), 0);
    ck_assert_int_eq(sp_dict_del(test_vm, dict, test_int(1)), 1);
    ck_assert_int_eq(sp_dict_del(test_vm, dict, test_int(1)), 0);
    ck_assert_int_eq(sp_dict_set(test_vm, dict, test_int(1), test_int(11)), 0);
    ck_assert_int_eq(sp_dict_set(test_vm, dict, test_int(3), test_int(33)), 0); /* keeps its place */
    int64_t expected[] = {3, 2, 1};
    check_keys(dict, expected, 3);
    ck_assert(sp_dict_get(test_vm, dict, test_int(3)) == test_int(33));
}
END_TEST

START_TEST(test_dict_many_keys) {
    enum { N = 10000 };
    sp_value_t dict = sp_dict_new(test_vm);
    for (int64_t i = 0; i < N; i++) ck_assert_int_eq(sp_dict_set(test_vm, dict, test_int(N - i), test_int(i)), 0);
    for (int64_t i = 0; i < N; i += 2) ck_assert_int_eq(sp_dict_del(test_vm, dict, test_int(N - i)), 1);
    for (int64_t i = 0; i < N; i += 4) ck_assert_int_eq(sp_dict_set(test_vm, dict, test_int(N - i), test_int(-i)), 0);
    ck_assert_int_eq(SP_AS_DICT(dict)->used, N / 2 + N / 4);
    /* Survivors first in their original order, then the re-inserted keys in insertion order. */
    int64_t pos = 0, count = 0, previous = N + 1;
    sp_value_t key, value;
    while (sp_dict_next(dict, &pos, &key, &value)) {
        int64_t k = sp_smallint_value(key);
        if (count == N / 2) previous = N + 1;
        ck_assert_int_lt(k, previous);
        previous = k;
        ck_assert(sp_dict_get(test_vm, dict, key) == value);
        count++;
    }
    ck_assert_int_eq(count, N / 2 + N / 4);
    for (int64_t i = 0; i < N; i++) {
        sp_value_t v = sp_dict_get(test_vm, dict, test_int(N - i));
        if (i % 4 == 0) ck_assert(v == test_int(-i));
        else if (i % 2 == 0) ck_assert(v == SP_NULL);
        else ck_assert(v == test_int(i));
    }
}
END_TEST

START_TEST(test_dict_numeric_key_equivalence) {
    sp_value_t dict = sp_dict_new(test_vm);
    sp_value_t one_float = sp_float(1.0);
    ck_assert_int_eq(sp_dict_set(test_vm, dict, one_float, test_int(1)), 0);
    ck_assert_int_eq(sp_dict_set(test_vm, dict, test_int(1), test_int(2)), 0);
    ck_assert_int_eq(sp_dict_set(test_vm, dict, SP_TRUE, test_int(3)), 0);
    ck_assert_int_eq(SP_AS_DICT(dict)->used, 1);
    int64_t pos = 0;
    sp_value_t key, value;
    ck_assert(sp_dict_next(dict, &pos, &key, &value));
    ck_assert(key == one_float); /* the first key object is kept */
    ck_assert(value == test_int(3));
    ck_assert(sp_dict_get(test_vm, dict, SP_TRUE) == test_int(3));
    ck_assert(sp_dict_get(test_vm, dict, sp_float(0.0)) == SP_NULL);
    ck_assert(test_vm->exc == SP_NULL);
}
END_TEST

START_TEST(test_dict_deleted_entry_reuse) {
    sp_value_t dict = sp_dict_new(test_vm);
    for (int round = 0; round < 1000; round++) {
        ck_assert_int_eq(sp_dict_set(test_vm, dict, test_int(round), SP_NONE), 0);
        ck_assert_int_eq(sp_dict_del(test_vm, dict, test_int(round)), 1);
    }
    ck_assert_int_eq(SP_AS_DICT(dict)->used, 0);
    /* Compaction keeps the table small however many keys came and went. */
    ck_assert_int_le(SP_AS_DICT(dict)->index_size, 16);
    ck_assert_int_eq(sp_dict_set(test_vm, dict, sp_str_from_cstr(test_vm, "x"), SP_TRUE), 0);
    ck_assert(sp_dict_get_cstr(test_vm, dict, "x") == SP_TRUE);
    ck_assert(sp_dict_get_cstr(test_vm, dict, "y") == SP_NULL);
}
END_TEST

START_TEST(test_dict_version_bumps) {
    sp_value_t dict = sp_dict_new(test_vm);
    uint64_t v0 = SP_AS_DICT(dict)->version;
    sp_dict_set(test_vm, dict, test_int(1), SP_NONE);
    uint64_t v1 = SP_AS_DICT(dict)->version;
    ck_assert(v1 != v0);
    sp_dict_set(test_vm, dict, test_int(1), SP_TRUE); /* replacing a value is a mutation too */
    uint64_t v2 = SP_AS_DICT(dict)->version;
    ck_assert(v2 != v1);
    sp_dict_get(test_vm, dict, test_int(1));
    ck_assert(SP_AS_DICT(dict)->version == v2);
    sp_dict_del(test_vm, dict, test_int(1));
    ck_assert(SP_AS_DICT(dict)->version != v2);
}
END_TEST

START_TEST(test_dict_missing_key_no_exception) {
    sp_value_t dict = sp_dict_new(test_vm);
    ck_assert(sp_dict_get(test_vm, dict, test_int(5)) == SP_NULL);
    ck_assert(test_vm->exc == SP_NULL);
    sp_dict_set(test_vm, dict, test_int(6), SP_NONE);
    ck_assert(sp_dict_get(test_vm, dict, test_int(5)) == SP_NULL);
    ck_assert(test_vm->exc == SP_NULL);
    /* An unhashable key is an error, not a miss. */
    ck_assert(sp_dict_get(test_vm, dict, sp_list_new(test_vm, 0)) == SP_NULL);
    ck_assert(test_vm->exc != SP_NULL);
    sp_exc_fetch(test_vm);
}
END_TEST

START_TEST(test_set_basics) {
    sp_value_t set = sp_set_new(test_vm, false);
    for (int64_t i = 0; i < 100; i++) ck_assert_int_eq(sp_set_add(test_vm, set, test_int(i % 10)), 0);
    ck_assert_int_eq(SP_AS_SET(set)->used, 10);
    ck_assert_int_eq(sp_set_contains(test_vm, set, sp_float(3.0)), 1);
    ck_assert_int_eq(sp_set_contains(test_vm, set, test_int(10)), 0);
    ck_assert_int_eq(sp_set_discard(test_vm, set, test_int(3)), 1);
    ck_assert_int_eq(sp_set_discard(test_vm, set, test_int(3)), 0);
    ck_assert_int_eq(sp_set_contains(test_vm, set, test_int(3)), 0);
    sp_value_t other = sp_set_new(test_vm, true);
    ck_assert_int_eq(sp_set_update(test_vm, other, set), 0);
    ck_assert_int_eq(SP_AS_SET(other)->used, 9);
    /* Small ints iterate in increasing order, as in CPython. */
    sp_value_t repr = sp_repr(test_vm, set);
    ck_assert_str_eq(sp_str_cstr(repr), "{0, 1, 2, 4, 5, 6, 7, 8, 9}");
}
END_TEST

/* Sorting (key, tag) pairs by key keeps equal keys in their original order. */
static sp_value_t first_item(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return SP_AS_TUPLE(args[0])->items[0];
}

START_TEST(test_list_sort_stable_with_key) {
    enum { N = 500 };
    sp_value_t list = sp_list_new(test_vm, 0);
    for (int64_t i = 0; i < N; i++)
        sp_list_append(test_vm, list, sp_tuple_pack2(test_vm, test_int((i * 7919) % 13), test_int(i)));
    sp_value_t key = sp_native_new(test_vm, "first", first_item, SP_NULL);
    ck_assert_int_eq(sp_list_sort(test_vm, list, key, false), 0);
    sp_list_t *sorted = SP_AS_LIST(list);
    ck_assert_int_eq(sorted->size, N);
    for (int64_t i = 1; i < N; i++) {
        sp_tuple_t *a = SP_AS_TUPLE(sorted->items[i - 1]), *b = SP_AS_TUPLE(sorted->items[i]);
        int64_t ka = sp_smallint_value(a->items[0]), kb = sp_smallint_value(b->items[0]);
        ck_assert_int_le(ka, kb);
        if (ka == kb) ck_assert_int_lt(sp_smallint_value(a->items[1]), sp_smallint_value(b->items[1]));
    }
    ck_assert_int_eq(sp_list_sort(test_vm, list, key, true), 0);
    for (int64_t i = 1; i < N; i++) {
        sp_tuple_t *a = SP_AS_TUPLE(sorted->items[i - 1]), *b = SP_AS_TUPLE(sorted->items[i]);
        int64_t ka = sp_smallint_value(a->items[0]), kb = sp_smallint_value(b->items[0]);
        ck_assert_int_ge(ka, kb);
        if (ka == kb) ck_assert_int_lt(sp_smallint_value(a->items[1]), sp_smallint_value(b->items[1]));
    }
}
END_TEST

Suite *dict_suite(void) {
    Suite *suite = suite_create("dict");
    TCase *tc = tcase_create("containers");
    tcase_add_checked_fixture(tc, dict_setup, dict_teardown);
    tcase_add_test(tc, test_dict_order_through_deletes);
    tcase_add_test(tc, test_dict_many_keys);
    tcase_add_test(tc, test_dict_numeric_key_equivalence);
    tcase_add_test(tc, test_dict_deleted_entry_reuse);
    tcase_add_test(tc, test_dict_version_bumps);
    tcase_add_test(tc, test_dict_missing_key_no_exception);
    tcase_add_test(tc, test_set_basics);
    tcase_add_test(tc, test_list_sort_stable_with_key);
    suite_add_tcase(suite, tc);
    return suite;
}
