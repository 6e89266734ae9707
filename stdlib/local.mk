# stdlib/: built-in C modules.
libsparrow_la_SOURCES += \
	stdlib/sys.c \
	stdlib/modules.c
noinst_HEADERS += stdlib/modules.h
EXTRA_DIST += stdlib/modules.def
