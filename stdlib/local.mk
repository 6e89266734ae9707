# stdlib/: built-in C modules.
libsparrow_la_SOURCES += \
	stdlib/sys.c
