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
	runtime/format.c \
	runtime/complex.c \
	runtime/numconv.c \
	runtime/bytearray.c \
	runtime/memoryview.c \
	runtime/bytesmeth.c \
	runtime/unicode_db.c \
	runtime/unicode_names.c \
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
	runtime/generator.c \
	runtime/builtins_eval.c \
	runtime/exceptions.c \
	runtime/builtins.c \
	runtime/import.c \
	runtime/class.c \
	runtime/instance.c \
	runtime/descr.c \
	runtime/slots.c
noinst_HEADERS += runtime/unicode_db.h
noinst_HEADERS += runtime/value.h runtime/object.h runtime/runtime.h runtime/exceptions.h runtime/class.h runtime/generator.h runtime/slots.h
EXTRA_DIST += runtime/exceptions.def tools/gen-unicode.py tools/gen-unicode-names.py
