/* test_str.c: unit tests of runtime/str.c — interning identity, hash caching, repr quoting and
 * escapes, UTF-8 length and indexing, split/join/strip edge cases and % formatting.
 * Every expected value was produced by CPython 3.11. */
#include <check.h>
#include <string.h>

#include "runtime/runtime.h"
#include "sparrow.h"
#include "tests/unit/units.h"

static sp_vm_t *test_vm;

static void str_setup(void) {
    test_vm = sp_vm_new(NULL);
    ck_assert_ptr_nonnull(test_vm);
}

static void str_teardown(void) {
    sp_vm_free(test_vm);
    test_vm = NULL;
}

/* A str from a C literal that may hold NUL bytes. */
#define LIT(s) sp_str_new(test_vm, (s), sizeof(s) - 1)

static sp_value_t str_of(const char *s) {
    return s ? sp_str_from_cstr(test_vm, s) : SP_NONE;
}

/* Calls a str method by name through the type's dict, as LOAD_METHOD would. */
static sp_value_t call_method(const char *name, const sp_value_t *args, int nargs) {
    sp_value_t desc = sp_dict_get_cstr(test_vm, test_vm->types[SP_K_STR]->dict, name);
    ck_assert_msg(desc != SP_NULL, "no str method %s", name);
    return SP_AS_METHOD_DESC(desc)->fn(test_vm, args, nargs, SP_NULL);
}

/* Asserts that v is a str whose repr is `expected`. */
static void assert_repr(sp_value_t v, const char *expected) {
    ck_assert_msg(v != SP_NULL, "unexpected exception");
    sp_value_t r = sp_repr(test_vm, v);
    ck_assert(r != SP_NULL);
    ck_assert_str_eq(sp_str_cstr(r), expected);
}

static void assert_str(sp_value_t v, const char *expected) {
    ck_assert_msg(v != SP_NULL, "unexpected exception");
    ck_assert(sp_is_str(v));
    ck_assert_str_eq(sp_str_cstr(v), expected);
}

/* ---- Interning and hashing ---------------------------------------------------------------- */

START_TEST(test_str_interning_identity) {
    sp_value_t a = sp_str_intern_cstr(test_vm, "interned_name");
    sp_value_t b = sp_str_intern(test_vm, "interned_name_xyz", 13);
    ck_assert(a == b);
    ck_assert(SP_AS_STR(a)->interned);
    sp_value_t fresh = sp_str_from_cstr(test_vm, "interned_name");
    ck_assert(fresh != a);
    ck_assert(sp_str_equal(fresh, a));
    ck_assert(test_vm->s___name__ == sp_str_intern_cstr(test_vm, "__name__"));
    /* The empty str and one-char ASCII strs are shared. */
    ck_assert(sp_str_new(test_vm, "", 0) == test_vm->empty_str);
    ck_assert(sp_str_new(test_vm, "q", 1) == test_vm->small_strs['q']);
    ck_assert(sp_str_intern_cstr(test_vm, "q") == test_vm->small_strs['q']);
    /* Many interned names survive table growth. */
    char name[32];
    sp_value_t first = sp_str_intern_cstr(test_vm, "name_0");
    for (int i = 0; i < 5000; i++) {
        snprintf(name, sizeof name, "name_%d", i);
        ck_assert(sp_str_intern_cstr(test_vm, name) != SP_NULL);
    }
    ck_assert(sp_str_intern_cstr(test_vm, "name_0") == first);
}
END_TEST

START_TEST(test_str_hash_caching) {
    sp_value_t s = sp_str_from_cstr(test_vm, "hash me please");
    ck_assert_int_eq(SP_AS_STR(s)->hash, -1);
    int64_t h = sp_str_hash(s);
    ck_assert_int_ne(h, -1);
    ck_assert_int_eq(SP_AS_STR(s)->hash, h);
    ck_assert_int_eq(sp_str_hash(sp_str_from_cstr(test_vm, "hash me please")), h);
    ck_assert_int_ne(sp_str_hash(sp_str_from_cstr(test_vm, "hash me pleasE")), h);
    int64_t via_protocol;
    ck_assert_int_eq(sp_hash(test_vm, s, &via_protocol), 0);
    ck_assert_int_eq(via_protocol, h);
    ck_assert_int_ne(sp_str_hash(test_vm->empty_str), -1);
}
END_TEST

/* ---- repr ----------------------------------------------------------------------------------- */

START_TEST(test_str_repr_quoting) {
    static const struct {
        const char *text;
        size_t size;
        const char *repr;
    } cases[] = {
#define CASE(t, r) {t, sizeof(t) - 1, r}
        CASE("tab\011here", "'tab\\there'"),
        CASE("nl\012", "'nl\\n'"),
        CASE("quote'", "\"quote'\""),
        CASE("dq\"", "'dq\"'"),
        CASE("both'\"", "'both\\'\"'"),
        CASE("\\", "'\\\\'"),
        CASE("\000\177\302\200\303\277", "'\\x00\\x7f\\x80\303\277'"),
        CASE("\303\251moji \360\237\230\200 \346\227\245\346\234\254",
             "'\303\251moji \360\237\230\200 \346\227\245\346\234\254'"),
        CASE("\342\200\250\357\273\277\302\255\302\240 ", "'\\u2028\\ufeff\\xad\\xa0 '"),
        CASE("\015\033", "'\\r\\x1b'"),
        CASE("\363\240\200\201x\355\237\277", "'\\U000e0001x\\ud7ff'"),
#undef CASE
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        sp_value_t s = sp_str_new(test_vm, cases[i].text, cases[i].size);
        assert_str(sp_str_repr(test_vm, s), cases[i].repr);
    }
}
END_TEST

/* ---- UTF-8 length and indexing ------------------------------------------------------------ */

START_TEST(test_str_utf8_indexing) {
    sp_value_t u = str_of("a\303\261b\342\202\254c\360\237\230\200d"); /* "añb€c😀d" */
    sp_str_t *s = SP_AS_STR(u);
    ck_assert_int_eq(s->length, 7);
    ck_assert_int_eq(s->size, 13);
    ck_assert(!s->is_ascii);
    ck_assert_int_eq(sp_len(test_vm, u), 7);
    assert_str(sp_str_char_at(test_vm, u, 1), "\303\261");
    assert_str(sp_str_char_at(test_vm, u, 3), "\342\202\254");
    assert_str(sp_getitem(test_vm, u, sp_smallint(-2)), "\360\237\230\200");
    assert_str(sp_getitem(test_vm, u, sp_smallint(6)), "d");
    ck_assert(sp_getitem(test_vm, u, sp_smallint(7)) == SP_NULL);
    ck_assert(sp_exc_matches(test_vm, SP_EXC_IndexError));
    sp_exc_fetch(test_vm);
    sp_value_t rev = sp_slice_new(test_vm, SP_NONE, SP_NONE, sp_smallint(-1));
    assert_str(sp_getitem(test_vm, u, rev), "d\360\237\230\200c\342\202\254b\303\261a");
    sp_value_t step = sp_slice_new(test_vm, sp_smallint(1), sp_smallint(6), sp_smallint(2));
    assert_str(sp_getitem(test_vm, u, step), "\303\261\342\202\254\360\237\230\200");
    sp_value_t mid = sp_slice_new(test_vm, sp_smallint(2), sp_smallint(-1), SP_NONE);
    sp_value_t piece = sp_getitem(test_vm, u, mid);
    assert_str(piece, "b\342\202\254c\360\237\230\200");
    ck_assert_int_eq(SP_AS_STR(piece)->length, 4);
    ck_assert(sp_str_from_codepoint(test_vm, 'x') == test_vm->small_strs['x']);
    assert_str(sp_str_from_codepoint(test_vm, 0x1F600), "\360\237\230\200");
    /* Ordering is by code point. */
    ck_assert(sp_compare(test_vm, str_of("\303\251"), str_of("z"), SP_CMP_GT) == SP_TRUE);
    ck_assert(sp_compare(test_vm, str_of("abc"), str_of("abcd"), SP_CMP_LT) == SP_TRUE);
}
END_TEST

/* ---- split / rsplit / strip / join -------------------------------------------------------- */

typedef struct split_case {
    const char *text, *sep;
    int maxsplit;
    const char *expected;
} split_case_t;

static void run_split_cases(const char *method, const split_case_t *cases, size_t n) {
    for (size_t i = 0; i < n; i++) {
        sp_value_t args[3] = {str_of(cases[i].text), str_of(cases[i].sep), sp_smallint(cases[i].maxsplit)};
        assert_repr(call_method(method, args, 3), cases[i].expected);
    }
}

START_TEST(test_str_split_edges) {
    static const split_case_t cases[] = {
        {"a b  c", NULL, -1, "['a', 'b', 'c']"},
        {"  lead and trail  ", NULL, -1, "['lead', 'and', 'trail']"},
        {"", NULL, -1, "[]"},
        {"   ", NULL, -1, "[]"},
        {"a\011b\012c\015\012d", NULL, -1, "['a', 'b', 'c', 'd']"},
        {"a,b,,c", ",", -1, "['a', 'b', '', 'c']"},
        {",a,", ",", -1, "['', 'a', '']"},
        {"", ",", -1, "['']"},
        {"a::b::c", "::", -1, "['a', 'b', 'c']"},
        {"aaa", "a", -1, "['', '', '', '']"},
        {"a b c d", NULL, 1, "['a', 'b c d']"},
        {"a b c d", " ", 2, "['a', 'b', 'c d']"},
        {"a,b,c", ",", 0, "['a,b,c']"},
        {"  a  b  c  ", NULL, 1, "['a', 'b  c  ']"},
        {"x\343\200\200y\342\200\250z", NULL, -1, "['x', 'y', 'z']"},
        {"\303\251,\303\274,,\303\266", ",", 2, "['\303\251', '\303\274', ',\303\266']"},
    };
    run_split_cases("split", cases, sizeof cases / sizeof *cases);
    static const split_case_t rcases[] = {
        {"a b  c", NULL, -1, "['a', 'b', 'c']"},
        {"", NULL, -1, "[]"},
        {"aaa", "a", -1, "['', '', '', '']"},
        {"a b c d", NULL, 1, "['a b c', 'd']"},
        {"a b c d", " ", 2, "['a b', 'c', 'd']"},
        {"a,b,c", ",", 0, "['a,b,c']"},
        {"  a  b  c  ", NULL, 1, "['  a  b', 'c']"},
        {"\303\251,\303\274,,\303\266", ",", 2, "['\303\251,\303\274', '', '\303\266']"},
    };
    run_split_cases("rsplit", rcases, sizeof rcases / sizeof *rcases);
    /* An empty separator is a ValueError. */
    sp_value_t args[3] = {str_of("abc"), str_of(""), sp_smallint(-1)};
    ck_assert(call_method("split", args, 3) == SP_NULL);
    ck_assert(sp_exc_matches(test_vm, SP_EXC_ValueError));
    sp_exc_fetch(test_vm);
}
END_TEST

START_TEST(test_str_strip_edges) {
    static const struct {
        const char *text, *chars, *both, *left, *right;
    } cases[] = {
        {"  x  ", NULL, "x", "x  ", "  x"},
        {"xxhixx", "x", "hi", "hixx", "xxhi"},
        {"abcba", "ab", "c", "cba", "abc"},
        {"\011\012 x \015\012", NULL, "x", "x \015\012", "\011\012 x"},
        {"", NULL, "", "", ""},
        {"   ", NULL, "", "", ""},
        {"aaa", "a", "", "", ""},
        {"\303\251x\303\251", "\303\251", "x", "x\303\251", "\303\251x"},
        {"\343\200\200a\302\240", NULL, "a", "a\302\240", "\343\200\200a"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        sp_value_t args[2] = {str_of(cases[i].text), str_of(cases[i].chars)};
        assert_str(call_method("strip", args, 2), cases[i].both);
        assert_str(call_method("lstrip", args, 2), cases[i].left);
        assert_str(call_method("rstrip", args, 2), cases[i].right);
        if (!cases[i].chars) assert_str(call_method("strip", args, 1), cases[i].both);
    }
}
END_TEST

START_TEST(test_str_join_edges) {
    sp_value_t items[3] = {str_of("x"), str_of("y"), str_of("\346\227\245")};
    sp_value_t list = sp_list_from_array(test_vm, items, 3);
    assert_str(sp_str_join(test_vm, str_of("\303\251"), list), "x\303\251y\303\251\346\227\245");
    ck_assert_int_eq(SP_AS_STR(sp_str_join(test_vm, str_of("\303\251"), list))->length, 5);
    assert_str(sp_str_join(test_vm, str_of(","), sp_list_new(test_vm, 0)), "");
    sp_value_t solo = str_of("solo");
    ck_assert(sp_str_join(test_vm, str_of("-"), sp_list_from_array(test_vm, &solo, 1)) == solo);
    assert_str(sp_str_join(test_vm, str_of("+"), str_of("abc")), "a+b+c");
    sp_value_t bad[2] = {str_of("a"), sp_smallint(1)};
    ck_assert(sp_str_join(test_vm, str_of(""), sp_list_from_array(test_vm, bad, 2)) == SP_NULL);
    sp_value_t exc = sp_exc_fetch(test_vm);
    assert_str(exc_str(test_vm, exc), "sequence item 1: expected str instance, int found");
}
END_TEST

/* ---- % formatting -------------------------------------------------------------------------- */

static sp_value_t percent(const char *fmt, sp_value_t args) {
    return sp_binary_op(test_vm, SP_BINOP_MOD, str_of(fmt), args);
}

static sp_value_t tuple2(sp_value_t a, sp_value_t b) {
    return sp_tuple_pack2(test_vm, a, b);
}

START_TEST(test_str_percent_format) {
    assert_str(percent("%d items", sp_smallint(5)), "5 items");
    assert_str(percent("%s and %s", tuple2(str_of("a"), str_of("b"))), "a and b");
    assert_str(percent("%r", str_of("q")), "'q'");
    assert_str(percent("%5.2f|", sp_float(3.14159)), " 3.14|");
    assert_str(percent("%-5d|%05d|", tuple2(sp_smallint(42), sp_smallint(42))), "42   |00042|");
    sp_value_t three[3] = {sp_smallint(255), sp_smallint(255), sp_smallint(8)};
    assert_str(percent("%x %X %o", sp_tuple_from_array(test_vm, three, 3)), "ff FF 10");
    assert_str(percent("%10s|", str_of("right")), "     right|");
    sp_value_t signs[3] = {sp_smallint(5), sp_smallint(5), sp_smallint(255)};
    assert_str(percent("%+d|% d|%#x", sp_tuple_from_array(test_vm, signs, 3)), "+5| 5|0xff");
    assert_str(percent("%e|%g", tuple2(sp_float(12345.678), sp_float(0.0001))), "1.234568e+04|0.0001");
    assert_str(percent("%.3s|%c|%%", tuple2(str_of("abcdef"), sp_smallint(65))), "abc|A|%");
    assert_str(percent("%5s|", str_of("\303\251")), "    \303\251|");
    assert_str(percent("%.1f|%i", tuple2(sp_float(0.05), sp_float(3.99))), "0.1|3");
    assert_str(percent("%-+6.1f|%06.2f", tuple2(sp_float(2.25), sp_float(-1.5))), "+2.2  |-01.50");
    sp_value_t mapping = sp_dict_new(test_vm);
    sp_dict_set_cstr(test_vm, mapping, "a", str_of("x"));
    sp_dict_set_cstr(test_vm, mapping, "b", sp_smallint(2));
    assert_str(percent("%(a)s-%(b)d", mapping), "x-2");

    static const struct {
        const char *fmt;
        int nargs;
        sp_exc_kind_t kind;
        const char *message;
    } errors[] = {
        {"%d %d", 1, SP_EXC_TypeError, "not enough arguments for format string"},
        {"%d", 2, SP_EXC_TypeError, "not all arguments converted during string formatting"},
        {"%z", 1, SP_EXC_ValueError, "unsupported format character 'z' (0x7a) at index 1"},
        {"%", 1, SP_EXC_ValueError, "incomplete format"},
    };
    for (size_t i = 0; i < sizeof errors / sizeof *errors; i++) {
        sp_value_t args = errors[i].nargs == 1 ? sp_smallint(1) : tuple2(sp_smallint(1), sp_smallint(2));
        ck_assert(percent(errors[i].fmt, args) == SP_NULL);
        ck_assert(sp_exc_matches(test_vm, errors[i].kind));
        assert_str(exc_str(test_vm, sp_exc_fetch(test_vm)), errors[i].message);
    }
    ck_assert(percent("%d", str_of("x")) == SP_NULL);
    assert_str(exc_str(test_vm, sp_exc_fetch(test_vm)), "%d format: a real number is required, not str");
}
END_TEST

/* ---- Iterators (runtime/iterators.c) ------------------------------------------------------- */

/* Drains an iterator into a list. */
static sp_value_t drain(sp_value_t it) {
    ck_assert(it != SP_NULL);
    sp_value_t list = sp_list_new(test_vm, 0);
    for (sp_value_t x; (x = sp_next(test_vm, it)) != SP_NULL;) sp_list_append(test_vm, list, x);
    ck_assert(test_vm->exc == SP_NULL);
    return list;
}

START_TEST(test_iterators_containers) {
    sp_value_t items[3] = {sp_smallint(1), sp_smallint(2), sp_smallint(3)};
    sp_value_t list = sp_list_from_array(test_vm, items, 3);
    /* A list iterator sees items appended while it runs, and stays exhausted afterwards. */
    sp_value_t it = sp_iter(test_vm, list);
    ck_assert(sp_next(test_vm, it) == sp_smallint(1));
    sp_list_append(test_vm, list, sp_smallint(4));
    assert_repr(drain(it), "[2, 3, 4]");
    sp_list_append(test_vm, list, sp_smallint(5));
    ck_assert(sp_next(test_vm, it) == SP_NULL && test_vm->exc == SP_NULL);
    assert_repr(drain(sp_iterator_new(test_vm, test_vm->iter_types[SP_ITER_LIST_REV], list, SP_NULL, 0, 0)),
                "[5, 4, 3, 2, 1]");
    assert_repr(drain(sp_iter(test_vm, sp_range_new(test_vm, 10, -3, -4))), "[10, 6, 2, -2]");
    assert_repr(drain(sp_iter(test_vm, str_of("a\303\251\360\237\230\200"))), "['a', '\303\251', '\360\237\230\200']");
    assert_repr(drain(sp_iter(test_vm, sp_bytes_new(test_vm, "\377", 2))), "[1, 255]");
    /* A dict that changes size mid-iteration raises RuntimeError. */
    sp_value_t dict = sp_dict_new(test_vm);
    sp_dict_set_cstr(test_vm, dict, "a", sp_smallint(1));
    it = sp_iter(test_vm, dict);
    sp_dict_set_cstr(test_vm, dict, "b", sp_smallint(2));
    ck_assert(sp_next(test_vm, it) == SP_NULL);
    ck_assert(sp_exc_matches(test_vm, SP_EXC_RuntimeError));
    assert_str(exc_str(test_vm, sp_exc_fetch(test_vm)), "dictionary changed size during iteration");
}
END_TEST

START_TEST(test_iterators_builtin_types) {
    sp_type_t *enumerate = test_vm->iter_types[SP_ITER_ENUMERATE];
    sp_value_t args[3] = {str_of("ab"), sp_smallint(5), SP_NULL};
    assert_repr(drain(enumerate->construct(test_vm, enumerate, args, 2, SP_NULL)), "[(5, 'a'), (6, 'b')]");
    sp_type_t *zip = test_vm->iter_types[SP_ITER_ZIP];
    args[1] = str_of("xyz");
    assert_repr(drain(zip->construct(test_vm, zip, args, 2, SP_NULL)), "[('a', 'x'), ('b', 'y')]");
    /* zip(..., strict=True) reports the shorter argument. */
    args[2] = SP_TRUE;
    sp_value_t strict = sp_str_intern_cstr(test_vm, "strict");
    sp_value_t it = zip->construct(test_vm, zip, args, 2, sp_tuple_from_array(test_vm, &strict, 1));
    ck_assert(it != SP_NULL);
    while (sp_next(test_vm, it) != SP_NULL) continue;
    ck_assert(sp_exc_matches(test_vm, SP_EXC_ValueError));
    assert_str(exc_str(test_vm, sp_exc_fetch(test_vm)), "zip() argument 2 is longer than argument 1");
    sp_type_t *reversed = test_vm->iter_types[SP_ITER_REVERSED];
    assert_repr(drain(reversed->construct(test_vm, reversed, args, 1, SP_NULL)), "['b', 'a']");
    sp_value_t filter_args[2] = {SP_NONE, sp_list_new(test_vm, 0)};
    sp_list_append(test_vm, filter_args[1], sp_smallint(0));
    sp_list_append(test_vm, filter_args[1], str_of("x"));
    sp_type_t *filter = test_vm->iter_types[SP_ITER_FILTER];
    assert_repr(drain(filter->construct(test_vm, filter, filter_args, 2, SP_NULL)), "['x']");
}
END_TEST

Suite *str_suite(void) {
    Suite *suite = suite_create("str");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, str_setup, str_teardown);
    tcase_add_test(tc, test_str_interning_identity);
    tcase_add_test(tc, test_str_hash_caching);
    tcase_add_test(tc, test_str_repr_quoting);
    tcase_add_test(tc, test_str_utf8_indexing);
    tcase_add_test(tc, test_str_split_edges);
    tcase_add_test(tc, test_str_strip_edges);
    tcase_add_test(tc, test_str_join_edges);
    tcase_add_test(tc, test_str_percent_format);
    suite_add_tcase(suite, tc);
    TCase *iters = tcase_create("iterators");
    tcase_add_checked_fixture(iters, str_setup, str_teardown);
    tcase_add_test(iters, test_iterators_containers);
    tcase_add_test(iters, test_iterators_builtin_types);
    suite_add_tcase(suite, iters);
    return suite;
}
