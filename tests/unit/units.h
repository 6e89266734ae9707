/* units.h: the check suites of the C unit tests, one per runtime/compiler area. Each test file
 * defines one suite constructor; tests/unit/main.c runs them all. */
#ifndef SP_TEST_UNITS_H
#define SP_TEST_UNITS_H

#include <check.h>

Suite *lexer_suite(void);    /* tests/unit/test_lexer.c */
Suite *parser_suite(void);   /* tests/unit/test_parser.c */
Suite *compiler_suite(void); /* tests/unit/test_compiler.c */
Suite *value_suite(void);    /* tests/unit/test_value.c */
Suite *int_suite(void);      /* tests/unit/test_int.c */
Suite *dict_suite(void);     /* tests/unit/test_dict.c */
Suite *str_suite(void);      /* tests/unit/test_str.c */
Suite *ops_suite(void);      /* tests/unit/test_ops.c: the generic object protocol */
Suite *marshal_suite(void);  /* tests/unit/test_marshal.c: code objects to bytes and back */
Suite *api_suite(void);      /* tests/unit/test_api.c: two VMs in one process, statuses */

#endif
