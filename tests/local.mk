# tests/: unit tests (check), the language suite under every dispatch variant, bad input.
if HAVE_CHECK
check_PROGRAMS += tests/unit/test_units
tests_unit_test_units_SOURCES = tests/unit/main.c tests/unit/units.h \
	tests/unit/test_lexer.c tests/unit/test_parser.c tests/unit/test_compiler.c \
	tests/unit/test_value.c tests/unit/test_int.c tests/unit/test_dict.c tests/unit/test_str.c \
	tests/unit/test_api.c tests/unit/test_ops.c tests/unit/test_marshal.c
tests_unit_test_units_CFLAGS = $(AM_CFLAGS) $(CHECK_CFLAGS)
tests_unit_test_units_CPPFLAGS = $(AM_CPPFLAGS) -DSP_SRCDIR='"$(abs_top_srcdir)"'
tests_unit_test_units_LDADD = libsparrow.la $(CHECK_LIBS)
TESTS += tests/unit/test_units
endif
EXTRA_DIST += tests/lang-switch.test tests/lang-goto.test tests/errors.test
TESTS += tests/lang-switch.test tests/lang-goto.test tests/errors.test
# -X stats: exact counts against the disassembly (tests/stats/check.py), JSON, exit statuses.
EXTRA_DIST += tests/stats.test tests/stats/check.py tests/stats/for_loop.py tests/stats/while_loop.py tests/stats/mixed.py
TESTS += tests/stats.test
# The benchmarks at their quick sizes against CPython's outputs, the sparrow-bench harness, and
# its HTML report rendered in headless Chromium (skipped when no Chromium is installed).
EXTRA_DIST += tests/benchmarks.test tests/bench-harness.test tests/bench-report.test tests/run-benchmarks.sh
TESTS += tests/benchmarks.test tests/bench-harness.test tests/bench-report.test
TEST_EXTENSIONS = .test
TEST_LOG_COMPILER = $(SHELL)
AM_TESTS_ENVIRONMENT = SPARROW=$(abs_top_builddir)/sparrow srcdir=$(abs_top_srcdir); export SPARROW srcdir;
