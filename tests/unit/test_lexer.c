/* test_lexer.c: the tokenizer: token sequences (INDENT/DEDENT, line joining, literals) and
 * CPython's tokenizer error messages with their line and offset. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/lexer.h"
#include "sparrow.h"
#include "tests/unit/units.h"

/* Renders every token of `src` as "KIND" or "KIND:text", space separated; on an error,
 * appends "! Type: msg @line:offset". */
static const char *lex_render(const char *src) {
    static char out[4096];
    sp_vm_t *vm = sp_vm_new(NULL);
    ck_assert_ptr_nonnull(vm);
    lex_t lx;
    size_t n = 0;
    out[0] = 0;
    if (lex_init(&lx, vm, src, strlen(src), "t.py") == 0) {
        lex_token_t tok;
        for (;;) {
            if (lex_next_token(&lx, &tok) < 0) break;
            const char *name = lex_kind_name((lex_kind_t)tok.kind);
            if (tok.kind == TK_NAME || tok.kind == TK_NUMBER || tok.kind == TK_STRING)
                n += (size_t)snprintf(out + n, sizeof out - n, "%s%s:%.*s", n ? " " : "", name, (int)tok.len,
                                      tok.start);
            else
                n += (size_t)snprintf(out + n, sizeof out - n, "%s%s", n ? " " : "", name);
            if (tok.kind == TK_ENDMARKER) break;
        }
    }
    if (vm->exc) {
        sp_exception_t *e = SP_AS_EXC(vm->exc);
        sp_tuple_t *args = SP_AS_TUPLE(e->args);
        sp_tuple_t *info = SP_AS_TUPLE(args->items[1]);
        snprintf(out + n, sizeof out - n, "%s! %s: %s @%lld:%lld", n ? " " : "", e->hdr.type->name,
                 sp_str_cstr(args->items[0]), (long long)sp_smallint_value(info->items[1]),
                 (long long)sp_smallint_value(info->items[2]));
    }
    sp_vm_free(vm);
    return out;
}

#define EXPECT_TOKENS(src, expected) ck_assert_str_eq(lex_render(src), expected)

START_TEST(test_lex_simple) {
    EXPECT_TOKENS("x = 1 + 2\n", "NAME:x = NUMBER:1 + NUMBER:2 NEWLINE ENDMARKER");
    EXPECT_TOKENS("x", "NAME:x NEWLINE ENDMARKER");
    EXPECT_TOKENS("", "ENDMARKER");
    EXPECT_TOKENS("\n\n# only a comment\n", "ENDMARKER");
}
END_TEST

START_TEST(test_lex_operators) {
    EXPECT_TOKENS(
        "a **= b //= c @= d -> e := f ... g != h <<= i >>= j",
        "NAME:a **= NAME:b //= NAME:c @= NAME:d -> NAME:e := NAME:f ... NAME:g != NAME:h <<= NAME:i "
        ">>= NAME:j NEWLINE ENDMARKER");
    EXPECT_TOKENS("a<=b>=c==d**e//f",
                  "NAME:a <= NAME:b >= NAME:c == NAME:d ** NAME:e // NAME:f NEWLINE ENDMARKER");
}
END_TEST

START_TEST(test_lex_indentation) {
    EXPECT_TOKENS(
        "if x:\n    y\n    if z:\n        w\nv\n",
        "NAME:if NAME:x : NEWLINE INDENT NAME:y NEWLINE NAME:if NAME:z : NEWLINE INDENT NAME:w NEWLINE "
        "DEDENT DEDENT NAME:v NEWLINE ENDMARKER");
    /* Blank lines and comments do not count; EOF closes every block. */
    EXPECT_TOKENS("if x:\n\n  # c\n  y", "NAME:if NAME:x : NEWLINE INDENT NAME:y NEWLINE DEDENT ENDMARKER");
    /* A tab goes to the next multiple of 8, consistently. */
    EXPECT_TOKENS("if x:\n\ty\n\tz\n",
                  "NAME:if NAME:x : NEWLINE INDENT NAME:y NEWLINE NAME:z NEWLINE DEDENT ENDMARKER");
}
END_TEST

START_TEST(test_lex_line_joining) {
    EXPECT_TOKENS("x = (1,\n     2)\n", "NAME:x = ( NUMBER:1 , NUMBER:2 ) NEWLINE ENDMARKER");
    EXPECT_TOKENS("x = 1 + \\\n  2\n", "NAME:x = NUMBER:1 + NUMBER:2 NEWLINE ENDMARKER");
    EXPECT_TOKENS("[\n\n]\r\ny\r\n", "[ ] NEWLINE NAME:y NEWLINE ENDMARKER");
}
END_TEST

START_TEST(test_lex_numbers) {
    EXPECT_TOKENS("0x_fF 0o17 0b1_0 1_000 1. .5 1e-3 1_0.5e1_0 3j 00 0.0 1if",
                  "NUMBER:0x_fF NUMBER:0o17 NUMBER:0b1_0 NUMBER:1_000 NUMBER:1. NUMBER:.5 NUMBER:1e-3 "
                  "NUMBER:1_0.5e1_0 NUMBER:3j NUMBER:00 NUMBER:0.0 NUMBER:1 NAME:if NEWLINE ENDMARKER");
    EXPECT_TOKENS("0777",
                  "! SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o "
                  "prefix for octal integers @1:1");
    EXPECT_TOKENS("0o78", "! SyntaxError: invalid digit '8' in octal literal @1:4");
    EXPECT_TOKENS("0b12", "! SyntaxError: invalid digit '2' in binary literal @1:4");
    EXPECT_TOKENS("1_", "! SyntaxError: invalid decimal literal @1:2");
    EXPECT_TOKENS("1__0", "! SyntaxError: invalid decimal literal @1:2");
    EXPECT_TOKENS("0x", "! SyntaxError: invalid hexadecimal literal @1:2");
    EXPECT_TOKENS("0x1g", "! SyntaxError: invalid hexadecimal literal @1:3");
    EXPECT_TOKENS("1a", "! SyntaxError: invalid decimal literal @1:1");
    EXPECT_TOKENS("1.e5x", "! SyntaxError: invalid decimal literal @1:4");
}
END_TEST

START_TEST(test_lex_strings) {
    EXPECT_TOKENS("'a' \"b\" '''c\nd''' rb'\\x' Br\"y\" f'{x}' U'z'",
                  "STRING:'a' STRING:\"b\" STRING:'''c\nd''' STRING:rb'\\x' STRING:Br\"y\" STRING:f'{x}' "
                  "STRING:U'z' NEWLINE ENDMARKER");
    EXPECT_TOKENS("'a\\\nb'", "STRING:'a\\\nb' NEWLINE ENDMARKER");
    EXPECT_TOKENS("x = \"abc",
                  "NAME:x = ! SyntaxError: unterminated string literal (detected at line 1) @1:5");
    EXPECT_TOKENS(
        "x = '''abc\n\n",
        "NAME:x = ! SyntaxError: unterminated triple-quoted string literal (detected at line 2) @1:5");
}
END_TEST

START_TEST(test_lex_errors) {
    EXPECT_TOKENS("(]",
                  "( ! SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' @1:2");
    EXPECT_TOKENS("x = )", "NAME:x = ! SyntaxError: unmatched ')' @1:5");
    EXPECT_TOKENS("x = (1,", "NAME:x = ( NUMBER:1 , ! SyntaxError: '(' was never closed @1:5");
    EXPECT_TOKENS(
        "if x:\n  a\n b\n",
        "NAME:if NAME:x : NEWLINE INDENT NAME:a NEWLINE ! IndentationError: unindent does not match any "
        "outer indentation level @3:3");
    EXPECT_TOKENS("if 1:\n\tx\n        y\n", "NAME:if NUMBER:1 : NEWLINE INDENT NAME:x NEWLINE ! TabError: "
                                             "inconsistent use of tabs and spaces in indentation @3:1");
    EXPECT_TOKENS("x = \xe2\x82\xac",
                  "NAME:x = ! SyntaxError: invalid character '\xe2\x82\xac' (U+20AC) @1:5");
    EXPECT_TOKENS("x = \xc2\xa0", "NAME:x = ! SyntaxError: invalid non-printable character U+00A0 @1:5");
    EXPECT_TOKENS("x = 1 \\ 2",
                  "NAME:x = NUMBER:1 ! SyntaxError: unexpected character after line continuation "
                  "character @1:8");
    EXPECT_TOKENS("x = \"\xff\"",
                  "NAME:x = ! SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xff in "
                  "position 0: invalid start byte @1:8");
    EXPECT_TOKENS("# -*- coding: foo -*-\n", "! SyntaxError: unknown encoding: foo @0:0");
    char deep[260];
    memset(deep, '(', 201);
    deep[201] = 0;
    ck_assert_ptr_nonnull(strstr(lex_render(deep), "too many nested parentheses @1:201"));
}
END_TEST

START_TEST(test_lex_bom_and_unicode_names) {
    EXPECT_TOKENS("\xef\xbb\xbfx", "NAME:x NEWLINE ENDMARKER");
    EXPECT_TOKENS("\xc3\xa9t\xc3\xa9 = 1", "NAME:\xc3\xa9t\xc3\xa9 = NUMBER:1 NEWLINE ENDMARKER");
    /* A Latin-1 source is re-encoded as UTF-8. */
    EXPECT_TOKENS("# coding: latin-1\n\xe9t\xe9 = 1", "NAME:\xc3\xa9t\xc3\xa9 = NUMBER:1 NEWLINE ENDMARKER");
}
END_TEST

Suite *lexer_suite(void) {
    Suite *s = suite_create("lexer");
    TCase *tc = tcase_create("tokens");
    tcase_add_test(tc, test_lex_simple);
    tcase_add_test(tc, test_lex_operators);
    tcase_add_test(tc, test_lex_indentation);
    tcase_add_test(tc, test_lex_line_joining);
    tcase_add_test(tc, test_lex_numbers);
    tcase_add_test(tc, test_lex_strings);
    tcase_add_test(tc, test_lex_errors);
    tcase_add_test(tc, test_lex_bom_and_unicode_names);
    suite_add_tcase(s, tc);
    return s;
}
