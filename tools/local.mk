# tools/: sparrow-freeze, the build-time tool that freezes the pure-Python standard library.
#
# The library's objects are linked twice: into libsparrow_core.la (a convenience library: every
# source of libsparrow_la_SOURCES and no frozen modules), which sparrow-freeze links with an empty
# frozen table, and into libsparrow.la together with the generated table. Both libraries share the
# same compiled objects, so nothing is compiled twice and the library never depends on itself.
#
# Modules are found automatically: every stdlib/lib/**/*.py is frozen (GNU make's $(shell) runs
# find; -Wno-portability in configure.ac allows it). Adding a module means dropping a .py file
# there. The list of files is kept in a stamp that changes only when files appear or disappear,
# so a removed module also regenerates the table.
#
# Cross-compiling: sparrow-freeze must run on the build machine. Build it natively first (a
# native configure + `make tools/sparrow-freeze`), then pass it to the cross build:
#   make FREEZE_TOOL=/path/to/native/tools/sparrow-freeze
# The marshal format is byte-order and word-size independent, so its output suits any target
# built from the same source tree.
noinst_LTLIBRARIES = libsparrow_core.la
libsparrow_core_la_SOURCES = $(libsparrow_la_SOURCES)
nodist_libsparrow_la_SOURCES = stdlib/frozen_modules.c

noinst_PROGRAMS = tools/sparrow-freeze
tools_sparrow_freeze_SOURCES = tools/sparrow-freeze.c tools/frozen-empty.c
tools_sparrow_freeze_LDADD = libsparrow_core.la $(GC_LIBS) $(GMP_LIBS) -lm

FREEZE_TOOL = tools/sparrow-freeze$(EXEEXT)
FROZEN_FILES := $(shell cd $(srcdir) && find stdlib/lib -name '*.py' ! -path '*/__pycache__/*' 2>/dev/null | LC_ALL=C sort)
FROZEN_PY = $(addprefix $(srcdir)/,$(FROZEN_FILES))

stdlib/frozen-files.stamp: FORCE
	@$(MKDIR_P) stdlib
	@echo '$(FROZEN_FILES)' > $@.tmp
	@if cmp -s $@.tmp $@; then rm -f $@.tmp; else mv $@.tmp $@; fi
FORCE:

# The tool never frees (it exits at once), so a sanitizer build must not fail it for leaks.
stdlib/frozen_modules.c: $(FROZEN_PY) stdlib/frozen-files.stamp $(FREEZE_TOOL)
	$(AM_V_GEN)ASAN_OPTIONS="$${ASAN_OPTIONS:+$$ASAN_OPTIONS:}detect_leaks=0" $(FREEZE_TOOL) -o $@.tmp $(srcdir)/stdlib/lib $(FROZEN_PY) && mv $@.tmp $@

CLEANFILES = stdlib/frozen_modules.c stdlib/frozen_modules.c.tmp stdlib/frozen-files.stamp
noinst_HEADERS += stdlib/frozen.h vm/marshal.h
EXTRA_DIST += $(FROZEN_FILES)
