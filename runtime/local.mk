# runtime/: values, one file per built-in type, the object protocol, exceptions, builtins, GC.
libsparrow_la_SOURCES += \
	runtime/gc.c \
	runtime/args.c \
	runtime/ops.c \
	runtime/attr.c \
	runtime/type.c \
	runtime/singletons.c \
	runtime/int.c \
	runtime/float.c \
	runtime/str.c \
	runtime/bytes.c \
	runtime/list.c \
	runtime/tuple.c \
	runtime/dict.c \
	runtime/set.c \
	runtime/range.c \
	runtime/slice.c \
	runtime/function.c \
	runtime/module.c \
	runtime/iterators.c \
	runtime/exceptions.c \
	runtime/builtins.c \
	runtime/import.c
noinst_HEADERS += runtime/value.h runtime/object.h runtime/runtime.h runtime/exceptions.h
EXTRA_DIST += runtime/exceptions.def
