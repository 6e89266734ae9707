# stdlib/: built-in C modules.
libsparrow_la_SOURCES += \
	stdlib/sys.c \
	stdlib/posix.c \
	stdlib/errno.c \
	stdlib/_random.c \
	stdlib/_re.c \
	stdlib/_collections.c \
	stdlib/_itertools.c \
	stdlib/_json.c \
	stdlib/_struct.c \
	stdlib/array.c \
	stdlib/frozen.c \
	stdlib/math.c \
	stdlib/time.c \
	stdlib/gcmodule.c \
	stdlib/modules.c
noinst_HEADERS += stdlib/modules.h stdlib/re_exec.h
EXTRA_DIST += stdlib/modules.def
