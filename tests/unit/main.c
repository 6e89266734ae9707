/* main.c: runs every check suite of the unit tests (see units.h). */
#include <stdlib.h>

#include "tests/unit/units.h"

int main(void) {
    SRunner *runner = srunner_create(value_suite());
    srunner_add_suite(runner, int_suite());
    srunner_add_suite(runner, str_suite());
    srunner_add_suite(runner, dict_suite());
    srunner_add_suite(runner, lexer_suite());
    srunner_add_suite(runner, parser_suite());
    srunner_add_suite(runner, compiler_suite());
    srunner_add_suite(runner, ops_suite());
    srunner_add_suite(runner, api_suite());
    srunner_add_suite(runner, marshal_suite());
    srunner_run_all(runner, CK_NORMAL);
    int failed = srunner_ntests_failed(runner);
    srunner_free(runner);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
