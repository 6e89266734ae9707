/* test_marshal.c: vm/marshal.c — code objects and constants survive a round trip byte for byte,
 * loaded code runs, and malformed input (truncated, corrupted, forged) raises, never crashes. */
#include <stdlib.h>
#include <string.h>

#include "compiler/compiler.h"
#include "include/sparrow.h"
#include "runtime/runtime.h"
#include "tests/unit/units.h"
#include "vm/marshal.h"

static sp_vm_t *vm;

static void marshal_setup(void) {
    vm = sp_vm_new(NULL);
    ck_assert_ptr_nonnull(vm);
}

static void marshal_teardown(void) { sp_vm_free(vm); }

/* Every kind of constant the compiler emits, and every code-object table. */
static const char marshal_program[] =
    "a = (None, True, False, ..., 0, -1, 140737488355327, -140737488355328, 2**47, 1 << 200,\n"
    "     -(1 << 200), 0.5, -0.0, 1e400, 3j, 1.5+2j, 'x', '\\u00e9\\U0001f600', b'\\x00\\xff', ((1, 2), ('a',)))\n"
    "def outer(p, /, q, *args, k=1, **kw):\n"
    "    'doc'\n"
    "    c = p\n"
    "    def inner():\n"
    "        nonlocal c\n"
    "        c += 1\n"
    "        return c\n"
    "    try:\n"
    "        inner()\n"
    "    except ValueError as e:\n"
    "        pass\n"
    "    finally:\n"
    "        q = [x for x in range(3)]\n"
    "    return c, q, k\n"
    "def gen(n):\n"
    "    yield from range(n)\n"
    "class C:\n"
    "    x: int = 3\n"
    "result = (outer(1, 2), list(gen(3)), C.x, a[14] + a[15], len(a))\n";

static sp_value_t marshal_program_bytes(void) {
    sp_code_t *code = compile_source(vm, marshal_program, strlen(marshal_program), "<marshal>", SP_PARSE_FILE);
    ck_assert_ptr_nonnull(code);
    sp_value_t bytes = marshal_dumps(vm, SP_OBJ(code));
    ck_assert(bytes != SP_NULL);
    return bytes;
}

static sp_value_t loads_bytes(sp_value_t bytes) {
    return marshal_loads(vm, SP_AS_BYTES(bytes)->data, (size_t)SP_AS_BYTES(bytes)->size);
}

START_TEST(test_roundtrip_bytes_identical) {
    sp_value_t bytes = marshal_program_bytes();
    sp_value_t code = loads_bytes(bytes);
    ck_assert_msg(code != SP_NULL, "load failed");
    ck_assert(sp_is_kind(code, SP_K_CODE));
    sp_value_t again = marshal_dumps(vm, code);
    ck_assert(again != SP_NULL);
    ck_assert_int_eq(SP_AS_BYTES(again)->size, SP_AS_BYTES(bytes)->size);
    ck_assert(memcmp(SP_AS_BYTES(again)->data, SP_AS_BYTES(bytes)->data, (size_t)SP_AS_BYTES(bytes)->size) == 0);
}
END_TEST

START_TEST(test_loaded_code_runs) {
    sp_value_t code = loads_bytes(marshal_program_bytes());
    ck_assert(code != SP_NULL);
    sp_value_t globals = sp_dict_new(vm);
    sp_dict_set(vm, globals, vm->s___name__, sp_str_from_cstr(vm, "m"));
    sp_value_t result = sp_eval_module_code(vm, SP_PTR(sp_code_t, code), globals);
    ck_assert_msg(result != SP_NULL, "running loaded code raised");
    sp_value_t repr = sp_repr(vm, sp_dict_get_cstr(vm, globals, "result"));
    ck_assert_str_eq(sp_str_cstr(repr), "((2, [0, 1, 2], 1), [0, 1, 2], 3, (1.5+5j), 20)");
    repr = sp_repr(vm, sp_dict_get_cstr(vm, globals, "a"));
    ck_assert_str_eq(sp_str_cstr(repr),
                     "(None, True, False, Ellipsis, 0, -1, 140737488355327, -140737488355328, 140737488355328, "
                     "1606938044258990275541962092341162602522202993782792835301376, "
                     "-1606938044258990275541962092341162602522202993782792835301376, 0.5, -0.0, inf, 3j, "
                     "(1.5+2j), 'x', '\u00e9\U0001f600', b'\\x00\\xff', ((1, 2), ('a',)))");
}
END_TEST

START_TEST(test_values_and_interning) {
    sp_value_t set = sp_set_new(vm, true);
    sp_set_add(vm, set, sp_smallint(1));
    sp_set_add(vm, set, sp_str_from_cstr(vm, "two"));
    sp_value_t v = loads_bytes(marshal_dumps(vm, set));
    ck_assert(sp_is_kind(v, SP_K_FROZENSET));
    ck_assert_int_eq(sp_len(vm, v), 2);
    ck_assert_int_eq(sp_contains(vm, v, sp_str_from_cstr(vm, "two")), 1);
    sp_value_t name = sp_str_intern_cstr(vm, "an_identifier");
    ck_assert(loads_bytes(marshal_dumps(vm, name)) == name);
    sp_value_t list = sp_list_new(vm, 0);
    ck_assert(marshal_dumps(vm, list) == SP_NULL);
    ck_assert(sp_exc_matches(vm, SP_EXC_ValueError));
    sp_exc_fetch(vm);
}
END_TEST

/* Loads a forged or damaged input: it must either succeed or raise ValueError/EOFError. */
static void expect_clean(const uint8_t *data, size_t size, bool must_fail) {
    sp_value_t v = marshal_loads(vm, data, size);
    if (v) {
        ck_assert_msg(!must_fail, "bad input of %zu bytes was accepted", size);
        ck_assert(vm->exc == SP_NULL);
        return;
    }
    /* OverflowError: a big int in a --without-gmp build. */
    ck_assert_msg(sp_exc_matches(vm, SP_EXC_ValueError) || sp_exc_matches(vm, SP_EXC_EOFError) ||
                      sp_exc_matches(vm, SP_EXC_OverflowError),
                  "unexpected exception type");
    sp_exc_fetch(vm);
}

START_TEST(test_truncated_input_raises) {
    sp_value_t bytes = marshal_program_bytes();
    size_t size = (size_t)SP_AS_BYTES(bytes)->size;
    uint8_t *copy = malloc(size);
    memcpy(copy, SP_AS_BYTES(bytes)->data, size);
    for (size_t n = 0; n < size; n++) expect_clean(copy, n, true);
    free(copy);
}
END_TEST

START_TEST(test_corrupted_input_never_crashes) {
    sp_value_t bytes = marshal_program_bytes();
    size_t size = (size_t)SP_AS_BYTES(bytes)->size;
    uint8_t *copy = malloc(size);
    static const uint8_t patterns[] = {0x00, 0xFF, 0x7F, 0x80, 0x01};
    for (size_t i = 0; i < size; i++) {
        for (size_t k = 0; k < sizeof patterns; k++) {
            memcpy(copy, SP_AS_BYTES(bytes)->data, size);
            copy[i] ^= patterns[k] ? patterns[k] : 0x10;
            expect_clean(copy, size, false);
        }
    }
    free(copy);
}
END_TEST

START_TEST(test_forged_headers_and_values) {
    sp_value_t good = marshal_dumps(vm, SP_NONE);
    uint8_t buf[64];
    memcpy(buf, SP_AS_BYTES(good)->data, 12);
    /* A bare header holds no value. */
    expect_clean(buf, 12, true);
    /* Bad magic, bad version. */
    uint8_t bad[13];
    memcpy(bad, buf, 12);
    bad[12] = 'N';
    expect_clean(bad, 13, false);
    bad[0] = 'X';
    expect_clean(bad, 13, true);
    memcpy(bad, buf, 12);
    bad[4] = 99;
    expect_clean(bad, 13, true);
    /* Unknown type code, trailing bytes. */
    memcpy(bad, buf, 12);
    bad[12] = '?';
    expect_clean(bad, 13, true);
    uint8_t two[14];
    memcpy(two, buf, 12);
    two[12] = 'N';
    two[13] = 'N';
    expect_clean(two, 14, true);
    /* A tuple claiming two billion items, a str of invalid UTF-8, a big int with a bad digit. */
    static const uint8_t huge_tuple[] = {'(', 0xFF, 0xFF, 0xFF, 0x7F};
    static const uint8_t bad_utf8[] = {'s', 2, 0, 0, 0, 0xC3, 0x28};
    static const uint8_t bad_digit[] = {'l', 2, 0, 0, 0, '1', 'g'};
    static const uint8_t empty_int[] = {'l', 1, 0, 0, 0, '-'};
    const uint8_t *values[] = {huge_tuple, bad_utf8, bad_digit, empty_int};
    const size_t sizes[] = {sizeof huge_tuple, sizeof bad_utf8, sizeof bad_digit, sizeof empty_int};
    for (int i = 0; i < 4; i++) {
        memcpy(buf + 12, values[i], sizes[i]);
        expect_clean(buf, 12 + sizes[i], true);
    }
    /* Tuples nested past the depth limit. */
    uint8_t *deep = malloc(12 + 5 * 5000 + 1);
    memcpy(deep, buf, 12);
    for (int i = 0; i < 5000; i++) memcpy(deep + 12 + 5 * i, "(\1\0\0\0", 5);
    deep[12 + 5 * 5000] = 'N';
    expect_clean(deep, 12 + 5 * 5000 + 1, true);
    free(deep);
}
END_TEST

/* A code object whose first instruction indexes a constant that does not exist. */
START_TEST(test_operand_out_of_range) {
    sp_code_t *code = compile_source(vm, "x = 1\n", 6, "<m>", SP_PARSE_FILE);
    ck_assert_ptr_nonnull(code);
    ck_assert_int_eq(SP_INSN_OP(code->insns[0]), OP_LOAD_CONST);
    code->insns[0] = SP_INSN(OP_LOAD_CONST, 1000);
    sp_value_t bytes = marshal_dumps(vm, SP_OBJ(code));
    expect_clean(SP_AS_BYTES(bytes)->data, (size_t)SP_AS_BYTES(bytes)->size, true);
    code->insns[0] = SP_INSN(OP__COUNT, 0);
    bytes = marshal_dumps(vm, SP_OBJ(code));
    expect_clean(SP_AS_BYTES(bytes)->data, (size_t)SP_AS_BYTES(bytes)->size, true);
}
END_TEST

Suite *marshal_suite(void) {
    Suite *s = suite_create("marshal");
    TCase *tc = tcase_create("marshal");
    tcase_add_checked_fixture(tc, marshal_setup, marshal_teardown);
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_roundtrip_bytes_identical);
    tcase_add_test(tc, test_loaded_code_runs);
    tcase_add_test(tc, test_values_and_interning);
    tcase_add_test(tc, test_truncated_input_raises);
    tcase_add_test(tc, test_corrupted_input_never_crashes);
    tcase_add_test(tc, test_forged_headers_and_values);
    tcase_add_test(tc, test_operand_out_of_range);
    suite_add_tcase(s, tc);
    return s;
}
