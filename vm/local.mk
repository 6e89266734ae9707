# vm/: the opcode list, code objects, frames, the eval loop in each dispatch variant, the API.
libsparrow_la_SOURCES += \
	vm/opcodes.c \
	vm/code.c \
	vm/marshal.c \
	vm/disasm.c \
	vm/frame.c \
	vm/eval.c \
	vm/eval_switch.c \
	vm/eval_goto.c \
	vm/eval_stats.c \
	vm/stats.c \
	vm/api.c
noinst_HEADERS += vm/vm.h vm/code.h vm/config.h vm/dispatch.h vm/eval_body.h vm/eval_helpers.h vm/stats.h
EXTRA_DIST += vm/opcodes.def
