/* sys.c: the sys module — argv, path, modules, exit, recursion limit, version data and the
 * standard streams (small C objects writing to the VM's own FILE*s). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "runtime/runtime.h"
#include "stdlib/modules.h"
#include "vm/vm.h"
#include "sparrow.h"

/* ---- Standard streams -------------------------------------------------------------------------- */

/* The type name doubles as the streams' identity: sys_stream_file compares the pointer. */
static const char sys_stream_type_name[] = "TextIOWrapper";

enum { SYS_STDIN, SYS_STDOUT, SYS_STDERR };

typedef struct sys_stream {
    sp_object_t hdr;
    int which; /* SYS_STDIN, SYS_STDOUT or SYS_STDERR */
} sys_stream_t;

static bool sys_is_stream(sp_vm_t *vm, sp_value_t v) {
    return sp_is_obj(v) && SP_AS_OBJ(v)->type->name == sys_stream_type_name;
}

FILE *sys_stream_file(sp_vm_t *vm, sp_value_t stream) {
    if (!sys_is_stream(vm, stream)) return NULL;
    switch (SP_PTR(sys_stream_t, stream)->which) {
    case SYS_STDIN:
        return stdin;
    case SYS_STDOUT:
        return vm->out ? vm->out : stdout;
    default:
        return vm->err ? vm->err : stderr;
    }
}

static const char *const sys_stream_names[] = {"<stdin>", "<stdout>", "<stderr>"};

/* Checks a stream method's self (these methods live in the stream type's dict). */
static FILE *sys_stream_self(sp_vm_t *vm, const char *method, const sp_value_t *args, int nargs) {
    if (nargs >= 1 && sys_is_stream(vm, args[0])) return sys_stream_file(vm, args[0]);
    sp_raise(vm, SP_EXC_TypeError, "descriptor '%s' requires a 'TextIOWrapper' object", method);
    return NULL;
}

static sp_value_t sys_unsupported(sp_vm_t *vm, const char *msg);

/* write()'s TypeError for a non-str, naming None as CPython's argument checking does. */
static sp_value_t sys_write_type_error(sp_vm_t *vm, sp_value_t arg) {
    return sp_raise(vm, SP_EXC_TypeError, "write() argument must be str, not %s",
                    arg == SP_NONE ? "None" : sp_type_name(vm, arg));
}

static sp_value_t sys_stream_write(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    FILE *f = sys_stream_self(vm, "write", args, nargs);
    if (f == NULL) return SP_NULL;
    if (sp_check_nargs(vm, "TextIOWrapper.write", nargs - 1, kwnames, 1, 1) < 0) return SP_NULL;
    sp_value_t s = args[1];
    if (!sp_is_str(s)) return sys_write_type_error(vm, s);
    if (f == stdin) return sys_unsupported(vm, "not writable");
    fwrite(sp_str_cstr(s), 1, (size_t)SP_AS_STR(s)->size, f);
    return sp_int_from_i64(vm, SP_AS_STR(s)->length);
}

static sp_value_t sys_stream_flush(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    FILE *f = sys_stream_self(vm, "flush", args, nargs);
    if (f == NULL) return SP_NULL;
    if (sp_check_nargs(vm, "TextIOWrapper.flush", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    if (f != stdin) fflush(f);
    return SP_NONE;
}

/* Raises io.UnsupportedOperation(msg), importing io (stdlib/lib/io.py) on first need; falls back
 * to OSError if io cannot be imported. */
static sp_value_t sys_unsupported(sp_vm_t *vm, const char *msg) {
    sp_value_t io = sp_import(vm, sp_str_intern_cstr(vm, "io"), SP_NULL, 0);
    sp_value_t cls = io ? sp_getattr(vm, io, sp_str_intern_cstr(vm, "UnsupportedOperation")) : SP_NULL;
    if (cls == SP_NULL) {
        vm->exc = SP_NULL;
        return sp_raise(vm, SP_EXC_OSError, "%s", msg);
    }
    sp_value_t arg = sp_str_from_cstr(vm, msg);
    sp_value_t exc = arg ? sp_call(vm, cls, &arg, 1, SP_NULL) : SP_NULL;
    return exc ? sp_raise_object(vm, exc) : SP_NULL;
}

/* The optional size argument of read/readline/readlines (-1 when absent): an int, or None when
 * `none_ok` (read and readlines; readline takes ints only, as CPython 3.11). */
static int sys_stream_size(sp_vm_t *vm, const sp_value_t *args, int nargs, bool none_ok, int64_t *out) {
    *out = -1;
    if (nargs < 2 || (none_ok && args[1] == SP_NONE)) return 0;
    if (!none_ok) return sp_index(vm, args[1], out);
    if (!sp_is_int(args[1]) && !sp_is_bool(args[1])) {
        sp_raise(vm, SP_EXC_TypeError, "argument should be integer or None, not '%s'", sp_type_name(vm, args[1]));
        return -1;
    }
    return sp_index(vm, args[1], out);
}

/* Reads up to `limit` characters (all when negative) of UTF-8 text from f, stopping after a
 * newline when `line`. Returns the str ('' at end of input). */
static sp_value_t sys_read_text(sp_vm_t *vm, FILE *f, int64_t limit, bool line) {
    sp_strbuf_t buf;
    strbuf_init(vm, &buf);
    int64_t count = 0;
    char bytes[4];
    while (limit < 0 || count < limit) {
        int c = getc(f);
        if (c == EOF) break;
        bytes[0] = (char)c;
        int more = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
        int n = 1;
        while (n <= more) {
            int d = getc(f);
            if (d == EOF) break;
            if ((d & 0xC0) != 0x80) {
                ungetc(d, f);
                break;
            }
            bytes[n++] = (char)d;
        }
        strbuf_append(&buf, bytes, (size_t)n);
        count++;
        if (line && c == '\n') break;
    }
    return strbuf_finish(&buf);
}

/* Checks that a reading method's self is stdin; returns its FILE* or NULL with an exception. */
static FILE *sys_stream_reader(sp_vm_t *vm, const char *method, const sp_value_t *args, int nargs,
                               sp_value_t kwnames, int max) {
    FILE *f = sys_stream_self(vm, method, args, nargs);
    if (f == NULL) return NULL;
    if (sp_check_nargs(vm, method, nargs - 1, kwnames, 0, max) < 0) return NULL;
    if (f != stdin) {
        sys_unsupported(vm, "not readable");
        return NULL;
    }
    return f;
}

static sp_value_t sys_stream_read(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    int64_t size;
    FILE *f = sys_stream_reader(vm, "read", args, nargs, kwnames, 1);
    if (f == NULL || sys_stream_size(vm, args, nargs, true, &size) < 0) return SP_NULL;
    return sys_read_text(vm, f, size, false);
}

static sp_value_t sys_stream_readline(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    int64_t size;
    FILE *f = sys_stream_reader(vm, "readline", args, nargs, kwnames, 1);
    if (f == NULL || sys_stream_size(vm, args, nargs, false, &size) < 0) return SP_NULL;
    return sys_read_text(vm, f, size, true);
}

/* readlines(hint=-1): lines until end of input, or until their total length exceeds hint. */
static sp_value_t sys_stream_readlines(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    int64_t hint;
    FILE *f = sys_stream_reader(vm, "readlines", args, nargs, kwnames, 1);
    if (f == NULL || sys_stream_size(vm, args, nargs, true, &hint) < 0) return SP_NULL;
    sp_value_t lines = sp_list_from_array(vm, NULL, 0);
    int64_t total = 0;
    while (lines != SP_NULL) {
        sp_value_t s = sys_read_text(vm, f, -1, true);
        if (s == SP_NULL) return SP_NULL;
        if (SP_AS_STR(s)->length == 0) break;
        if (sp_list_append(vm, lines, s) < 0) return SP_NULL;
        total += SP_AS_STR(s)->length;
        if (hint > 0 && total > hint) break;
    }
    return lines;
}

/* writelines(lines): writes each str of the iterable, adding no separators. */
static sp_value_t sys_stream_writelines(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    FILE *f = sys_stream_self(vm, "writelines", args, nargs);
    if (f == NULL) return SP_NULL;
    if (sp_check_nargs(vm, "writelines", nargs - 1, kwnames, 1, 1) < 0) return SP_NULL;
    if (f == stdin) return sys_unsupported(vm, "not writable");
    sp_value_t it = sp_iter(vm, args[1]);
    if (it == SP_NULL) return SP_NULL;
    sp_value_t s;
    while ((s = sp_next(vm, it)) != SP_NULL) {
        if (!sp_is_str(s)) return sys_write_type_error(vm, s);
        fwrite(sp_str_cstr(s), 1, (size_t)SP_AS_STR(s)->size, f);
    }
    return vm->exc ? SP_NULL : SP_NONE;
}

static sp_value_t sys_stream_readable(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    FILE *f = sys_stream_self(vm, "readable", args, nargs);
    if (f == NULL || sp_check_nargs(vm, "readable", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    return f == stdin ? SP_TRUE : SP_FALSE;
}

static sp_value_t sys_stream_writable(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    FILE *f = sys_stream_self(vm, "writable", args, nargs);
    if (f == NULL || sp_check_nargs(vm, "writable", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    return f == stdin ? SP_FALSE : SP_TRUE;
}

/* seekable(): whether the underlying descriptor can seek (a regular file, not a pipe or tty). */
static sp_value_t sys_stream_seekable(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    FILE *f = sys_stream_self(vm, "seekable", args, nargs);
    if (f == NULL || sp_check_nargs(vm, "seekable", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    return lseek(fileno(f), 0, SEEK_CUR) != (off_t)-1 ? SP_TRUE : SP_FALSE;
}

/* Iteration: a stream is its own iterator, yielding lines until end of input. */
static sp_value_t sys_stream_iter(sp_vm_t *vm, sp_value_t self) {
    return self;
}

static sp_value_t sys_stream_next(sp_vm_t *vm, sp_value_t self) {
    FILE *f = sys_stream_file(vm, self);
    if (f != stdin) return sys_unsupported(vm, "not readable");
    sp_value_t s = sys_read_text(vm, f, -1, true);
    return s != SP_NULL && SP_AS_STR(s)->length == 0 ? SP_NULL : s;
}

/* Data attributes (encoding, errors, name, mode, ...), computed from which stream self is;
 * everything else is the generic lookup (methods). */
static sp_value_t sys_stream_getattr(sp_vm_t *vm, sp_value_t self, sp_value_t name) {
    int which = SP_PTR(sys_stream_t, self)->which;
    const char *attr = sp_str_cstr(name);
    if (!strcmp(attr, "encoding")) return sp_str_from_cstr(vm, "utf-8");
    if (!strcmp(attr, "errors")) return sp_str_from_cstr(vm, which == SYS_STDERR ? "backslashreplace" : "strict");
    if (!strcmp(attr, "name")) return sp_str_from_cstr(vm, sys_stream_names[which]);
    if (!strcmp(attr, "mode")) return sp_str_from_cstr(vm, which == SYS_STDIN ? "r" : "w");
    if (!strcmp(attr, "closed")) return SP_FALSE;
    if (!strcmp(attr, "line_buffering")) {
        FILE *f = sys_stream_file(vm, self);
        return f != stdin && isatty(fileno(f)) ? SP_TRUE : SP_FALSE;
    }
    if (!strcmp(attr, "newlines")) return SP_NONE;
    return sp_generic_getattr(vm, self, name);
}

static sp_value_t sys_stream_isatty(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    FILE *f = sys_stream_self(vm, "isatty", args, nargs);
    if (f == NULL || sp_check_nargs(vm, "isatty", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    return isatty(fileno(f)) ? SP_TRUE : SP_FALSE;
}

/* fileno(): 0, 1 or 2, the descriptor of the standard stream the object stands for. */
static sp_value_t sys_stream_fileno(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    FILE *f = sys_stream_self(vm, "fileno", args, nargs);
    if (f == NULL) return SP_NULL;
    if (sp_check_nargs(vm, "fileno", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    return sp_smallint(SP_PTR(sys_stream_t, args[0])->which);
}

static const sp_method_def_t sys_stream_methods[] = {
    {"write", sys_stream_write},
    {"fileno", sys_stream_fileno},
    {"flush", sys_stream_flush},
    {"read", sys_stream_read},
    {"readline", sys_stream_readline},
    {"readlines", sys_stream_readlines},
    {"writelines", sys_stream_writelines},
    {"readable", sys_stream_readable},
    {"writable", sys_stream_writable},
    {"seekable", sys_stream_seekable},
    {"isatty", sys_stream_isatty},
    {NULL, NULL},
};

static sp_value_t sys_stream_repr(sp_vm_t *vm, sp_value_t self) {
    int which = SP_PTR(sys_stream_t, self)->which;
    return sp_str_format(vm, "<_io.TextIOWrapper name='%s' mode='%s' encoding='utf-8'>",
                         sys_stream_names[which], which == SYS_STDIN ? "r" : "w");
}

static sp_value_t sys_stream_new(sp_vm_t *vm, sp_type_t *type, int which) {
    /* Not atomic: the header is the only reference to the stream type, which the VM does not
     * own, so the collector must see it. */
    sys_stream_t *s = (sys_stream_t *)sp_new_object(vm, type, sizeof(sys_stream_t));
    if (s == NULL) return SP_NULL;
    s->which = which;
    return SP_OBJ(s);
}

static void sys_add_streams(sp_vm_t *vm, sp_value_t dict) {
    sp_type_t *type = type_new_builtin(vm, SP_K_OBJECT, sys_stream_type_name, vm->types[SP_K_OBJECT]);
    if (type == NULL) return;
    type->construct = NULL;
    type->repr = sys_stream_repr;
    type->getattr = sys_stream_getattr;
    type->iter = sys_stream_iter;
    type->next = sys_stream_next;
    type_add_methods(vm, type, sys_stream_methods);
    static const char *const attr_names[] = {"stdin", "stdout", "stderr"};
    static const char *const dunder_names[] = {"__stdin__", "__stdout__", "__stderr__"};
    for (int i = 0; i < 3; i++) {
        sp_value_t s = sys_stream_new(vm, type, i);
        sp_dict_set_cstr(vm, dict, attr_names[i], s);
        sp_dict_set_cstr(vm, dict, dunder_names[i], s);
    }
}

/* ---- Functions ---------------------------------------------------------------------------------- */

static sp_value_t sys_exit(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "exit", nargs, kwnames, 0, 1) < 0) return SP_NULL;
    if (nargs == 0) return sp_raise_empty(vm, SP_EXC_SystemExit);
    return sp_raise_value(vm, SP_EXC_SystemExit, args[0]);
}

static sp_value_t sys_getrecursionlimit(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "sys.getrecursionlimit", nargs, kwnames, 0, 0) < 0) return SP_NULL;
    return sp_int_from_i64(vm, vm->recursion_limit);
}

static sp_value_t sys_setrecursionlimit(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "sys.setrecursionlimit", nargs, kwnames, 1, 1) < 0) return SP_NULL;
    if (sp_is_float(args[0]))
        return sp_raise(vm, SP_EXC_TypeError, "'float' object cannot be interpreted as an integer");
    int64_t limit;
    if (sp_index(vm, args[0], &limit) < 0) return SP_NULL;
    if (limit < 1) return sp_raise(vm, SP_EXC_ValueError, "recursion limit must be greater or equal than 1");
    if (limit > INT32_MAX)
        return sp_raise(vm, SP_EXC_OverflowError, "Python int too large to convert to C int");
    if (limit <= vm->frame_depth)
        return sp_raise(
            vm, SP_EXC_RecursionError,
            "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low",
            (int)limit, vm->frame_depth);
    vm->recursion_limit = (int)limit;
    return SP_NONE;
}

static sp_value_t sys_get_int_max_str_digits(sp_vm_t *vm, const sp_value_t *args, int nargs,
                                             sp_value_t kwnames) {
    if (sp_check_nargs(vm, "sys.get_int_max_str_digits", nargs, kwnames, 0, 0) < 0) return SP_NULL;
    return sp_int_from_i64(vm, vm->int_max_str_digits);
}

static sp_value_t sys_set_int_max_str_digits(sp_vm_t *vm, const sp_value_t *args, int nargs,
                                             sp_value_t kwnames) {
    sp_value_t p[1];
    if (sp_parse_args(vm, "set_int_max_str_digits", "maxdigits", args, nargs, kwnames, p) < 0) return SP_NULL;
    int64_t n;
    if (sp_index(vm, p[0], &n) < 0) return SP_NULL;
    if (n != 0 && (n < 640 || n > INT32_MAX))
        return sp_raise(vm, SP_EXC_ValueError, "maxdigits must be 0 or larger than 640");
    vm->int_max_str_digits = (int)n;
    return SP_NONE;
}

static sp_value_t sys_intern(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "sys.intern", nargs, kwnames, 1, 1) < 0) return SP_NULL;
    if (!sp_is_str(args[0]))
        return sp_raise(vm, SP_EXC_TypeError, "intern() argument must be str, not %s",
                        sp_type_name(vm, args[0]));
    return sp_str_intern(vm, sp_str_cstr(args[0]), (size_t)SP_AS_STR(args[0])->size);
}

/* An approximation of CPython's object sizes on a 64-bit build (documented as approximate). */
static int64_t sys_sizeof(sp_vm_t *vm, sp_value_t v) {
    switch (sp_kindof(vm, v)) {
    case SP_K_NONE:
    case SP_K_NOTIMPLEMENTED:
    case SP_K_ELLIPSIS:
        return 16;
    case SP_K_BOOL:
        return 28;
    case SP_K_INT: {
        if (sp_is_smallint(v)) return sp_smallint_value(v) == 0 ? 24 : 28;
        int64_t n = 0;
        return sp_int_to_i64(vm, v, &n) == 0 ? 32 : (vm->exc = SP_NULL, 40);
    }
    case SP_K_FLOAT:
        return 24;
    case SP_K_STR: {
        sp_str_t *s = SP_AS_STR(v);
        return s->is_ascii ? 49 + s->size : 74 + s->length * 4;
    }
    case SP_K_BYTES:
        return 33 + SP_AS_BYTES(v)->size;
    case SP_K_LIST:
        return 56 + 8 * SP_AS_LIST(v)->capacity;
    case SP_K_TUPLE:
        return 40 + 8 * SP_AS_TUPLE(v)->size;
    case SP_K_DICT:
        return SP_AS_DICT(v)->used == 0 ? 64 : 104 + 24 * SP_AS_DICT(v)->cap_entries;
    case SP_K_SET:
    case SP_K_FROZENSET:
        return 200 + 16 * (SP_AS_SET(v)->mask + 1);
    case SP_K_RANGE:
        return 48;
    case SP_K_FUNCTION:
        return 152;
    default:
        return 56;
    }
}

static sp_value_t sys_getsizeof(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[2];
    if (sp_parse_args(vm, "getsizeof", "object, default=", args, nargs, kwnames, p) < 0) return SP_NULL;
    return sp_int_from_i64(vm, sys_sizeof(vm, p[0]));
}

/* The exception being handled, or None. */
static sp_value_t sys_handled(sp_vm_t *vm) {
    return sp_is_exception(vm->exc_info) ? vm->exc_info : SP_NONE;
}

static sp_value_t sys_exc_info(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "sys.exc_info", nargs, kwnames, 0, 0) < 0) return SP_NULL;
    sp_value_t exc = sys_handled(vm);
    sp_value_t items[3] = {SP_NONE, exc, SP_NONE};
    if (exc != SP_NONE) {
        items[0] = SP_OBJ(sp_typeof(vm, exc));
        sp_traceback_t *tb = SP_AS_EXC(exc)->traceback;
        items[2] = tb ? SP_OBJ(tb) : SP_NONE;
    }
    return sp_tuple_from_array(vm, items, 3);
}

/* sys._sparrow_location(depth=0) -> (filename, lineno, globals) of the Python frame `depth`
 * levels above the caller (Sparrow has no frame objects; warnings.warn uses this). */
static sp_value_t sys_location(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "_sparrow_location", nargs, kwnames, 0, 1) < 0) return SP_NULL;
    int64_t depth = 0;
    if (nargs == 1 && (!sp_is_int(args[0]) || sp_int_to_i64(vm, args[0], &depth) < 0))
        return vm->exc ? SP_NULL : sp_raise(vm, SP_EXC_TypeError, "depth must be an int");
    sp_frame_t *frame = vm->frame;
    for (; frame != NULL && depth > 0; depth--) frame = frame->prev;
    if (frame == NULL || depth < 0) return sp_raise(vm, SP_EXC_ValueError, "call stack is not deep enough");
    sp_value_t items[3] = {frame->code->filename, sp_int_from_i64(vm, frame_current_line(frame)), frame->globals};
    if (items[1] == SP_NULL) return SP_NULL;
    return sp_tuple_from_array(vm, items, 3);
}

static sp_value_t sys_exception(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "sys.exception", nargs, kwnames, 0, 0) < 0) return SP_NULL;
    return sys_handled(vm);
}

/* ---- float_info, int_info, hash_info, flags -----------------------------------------------------
 * Struct-sequence-like tuples (tuple subclasses with a field per item and CPython's repr), made
 * on first access through the module's __getattr__ (PEP 562) so that start-up stays cheap. */
static const char sys_info_source[] =
    "class _structseq(tuple):\n"
    "    __slots__ = ()\n"
    "    def __repr__(self):\n"
    "        return 'sys.' + type(self).__name__ + '(' + ', '.join(\n"
    "            '%s=%r' % pair for pair in zip(self._fields, self)) + ')'\n"
    "    def __reduce__(self):\n"
    "        return (type(self), (tuple(self),))\n"
    "def _make(name, fields, values):\n"
    "    fields = tuple(fields.split())\n"
    "    ns = {'__slots__': (), '__module__': 'sys', '_fields': fields, 'n_fields': len(fields),\n"
    "          'n_sequence_fields': len(fields), 'n_unnamed_fields': 0}\n"
    "    for i, field in enumerate(fields):\n"
    "        ns[field] = property(lambda self, i=i: self[i])\n"
    "    return type(name, (_structseq,), ns)(values)\n"
    "float_info = _make('float_info', 'max max_exp max_10_exp min min_exp min_10_exp dig mant_dig epsilon radix rounds',\n"
    "    (1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,\n"
    "     2.220446049250313e-16, 2, 1))\n"
    "int_info = _make('int_info', 'bits_per_digit sizeof_digit default_max_str_digits str_digits_check_threshold',\n"
    "    (30, 4, 4300, 640))\n"
    "hash_info = _make('hash_info', 'width modulus inf nan imag algorithm hash_bits seed_bits cutoff',\n"
    "    (64, 2305843009213693951, 314159, 0, 1000003, 'siphash13', 64, 128, 0))\n"
    "flags = _make('flags', 'debug inspect interactive optimize dont_write_bytecode no_user_site no_site '\n"
    "    'ignore_environment verbose bytes_warning quiet hash_randomization isolated dev_mode utf8_mode '\n"
    "    'warn_default_encoding safe_path int_max_str_digits',\n"
    "    (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1))\n";

/* sys.__getattr__(name): builds the info tuples on first use and stores them in sys. */
static sp_value_t sys_getattr_hook(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "__getattr__", nargs, kwnames, 1, 1) < 0) return SP_NULL;
    if (!sp_is_str(args[0])) return sp_raise(vm, SP_EXC_TypeError, "attribute name must be string");
    static const char *const names[] = {"float_info", "int_info", "hash_info", "flags"};
    const char *attr = sp_str_cstr(args[0]);
    bool known = false;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) known |= !strcmp(attr, names[i]);
    if (!known || vm->sys_module == SP_NULL)
        return sp_raise(vm, SP_EXC_AttributeError, "module 'sys' has no attribute '%s'", attr);
    sp_value_t module = sp_module_new(vm, sp_str_intern_cstr(vm, "sys"));
    if (module == SP_NULL) return SP_NULL;
    sp_value_t dict = SP_AS_MODULE(module)->dict;
    if (sp_dict_set(vm, dict, vm->s___name__, sp_str_intern_cstr(vm, "sys")) < 0 ||
        sp_dict_set(vm, dict, vm->s___builtins__, vm->builtins) < 0)
        return SP_NULL;
    sp_value_t source = sp_str_from_cstr(vm, sys_info_source);
    sp_value_t filename = sp_str_from_cstr(vm, "<frozen sys>");
    if (!source || !filename || !import_exec_source(vm, module, source, filename)) return SP_NULL;
    sp_value_t sys_dict = SP_AS_MODULE(vm->sys_module)->dict;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        sp_value_t v = sp_dict_get_cstr(vm, dict, names[i]);
        if (v == SP_NULL) return vm->exc ? SP_NULL : sp_raise(vm, SP_EXC_SystemError, "sys: %s missing", names[i]);
        if (sp_dict_get_cstr(vm, sys_dict, names[i]) == SP_NULL && sp_dict_set_cstr(vm, sys_dict, names[i], v) < 0)
            return SP_NULL;
    }
    return sp_dict_get(vm, sys_dict, args[0]);
}

/* getdefaultencoding() and getfilesystemencoding(): Sparrow's text is always UTF-8. */
static sp_value_t sys_getdefaultencoding(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "getdefaultencoding", nargs, kwnames, 0, 0) < 0) return SP_NULL;
    return sp_str_from_cstr(vm, "utf-8");
}

static sp_value_t sys_getfilesystemencoding(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "getfilesystemencoding", nargs, kwnames, 0, 0) < 0) return SP_NULL;
    return sp_str_from_cstr(vm, "utf-8");
}

static const sp_method_def_t sys_functions[] = {
    {"__getattr__", sys_getattr_hook},
    {"getdefaultencoding", sys_getdefaultencoding},
    {"getfilesystemencoding", sys_getfilesystemencoding},
    {"exit", sys_exit},
    {"getrecursionlimit", sys_getrecursionlimit},
    {"setrecursionlimit", sys_setrecursionlimit},
    {"get_int_max_str_digits", sys_get_int_max_str_digits},
    {"set_int_max_str_digits", sys_set_int_max_str_digits},
    {"intern", sys_intern},
    {"getsizeof", sys_getsizeof},
    {"exc_info", sys_exc_info},
    {"exception", sys_exception},
    {"_sparrow_location", sys_location},
    {NULL, NULL},
};

/* ---- Data attributes ---------------------------------------------------------------------------- */

static sp_value_t sys_version_info(sp_vm_t *vm) {
    sp_value_t items[5] = {sp_smallint(3), sp_smallint(11), sp_smallint(0), sp_str_from_cstr(vm, "final"),
                           sp_smallint(0)};
    return sp_tuple_from_array(vm, items, 5);
}

/* ---- types.SimpleNamespace ---------------------------------------------------------------------
 * A heap class made here (per VM) with C methods, so sys.implementation can be one; types.py
 * exports it as type(sys.implementation). Being a real class, it can be subclassed. */

static sp_value_t ns_init(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames);

/* The SimpleNamespace class among `type` and its bases (NULL if none): the one whose __init__
 * is ns_init. */
static sp_type_t *ns_base(sp_vm_t *vm, sp_type_t *type) {
    for (sp_type_t *t = type; t != NULL; t = t->base) {
        sp_value_t init = sp_dict_get_cstr(vm, t->dict, "__init__");
        if (init != SP_NULL && sp_is_obj(init) && SP_AS_OBJ(init)->type == vm->types[SP_K_METHOD_DESC] &&
            SP_PTR(sp_method_desc_t, init)->fn == ns_init)
            return t;
    }
    return NULL;
}

static sp_value_t ns_dict(sp_vm_t *vm, sp_value_t self) {
    sp_value_t dict = sp_getattr(vm, self, sp_str_intern_cstr(vm, "__dict__"));
    if (dict != SP_NULL && !sp_is_dict(dict)) return sp_raise(vm, SP_EXC_TypeError, "__dict__ must be a dict");
    return dict;
}

/* SimpleNamespace(**kwargs): the keywords become attributes. */
static sp_value_t ns_init(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (nargs < 1 || !sp_is_obj(args[0]) || ns_base(vm, SP_AS_OBJ(args[0])->type) == NULL)
        return sp_raise(vm, SP_EXC_TypeError, "descriptor '__init__' requires a 'types.SimpleNamespace' object");
    if (nargs != 1) return sp_raise(vm, SP_EXC_TypeError, "no positional arguments expected");
    int64_t nkw = kwnames != SP_NULL ? SP_AS_TUPLE(kwnames)->size : 0;
    for (int64_t i = 0; i < nkw; i++)
        if (sp_setattr(vm, args[0], SP_AS_TUPLE(kwnames)->items[i], args[1 + i]) < 0) return SP_NULL;
    return SP_NONE;
}

static sp_value_t ns_repr_items(sp_vm_t *vm, const char *name, sp_value_t dict);

/* namespace(a=1, b=2), in insertion order; a subclass shows its own name. */
static sp_value_t ns_repr(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "__repr__", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    if (!sp_is_obj(args[0]) || ns_base(vm, SP_AS_OBJ(args[0])->type) == NULL)
        return sp_raise(vm, SP_EXC_TypeError, "descriptor '__repr__' requires a 'types.SimpleNamespace' object");
    sp_type_t *type = SP_AS_OBJ(args[0])->type;
    const char *name = ns_base(vm, type) == type ? "namespace" : type->name;
    sp_value_t dict = ns_dict(vm, args[0]);
    if (dict == SP_NULL) return SP_NULL;
    int entered = sp_repr_enter(vm, args[0]);
    if (entered < 0) return SP_NULL;
    if (entered) return sp_str_format(vm, "%s(...)", name);
    sp_value_t result = ns_repr_items(vm, name, dict);
    sp_repr_leave(vm, args[0]);
    return result;
}

/* "name(k=v, ...)" from the attribute dict. */
static sp_value_t ns_repr_items(sp_vm_t *vm, const char *name, sp_value_t dict) {
    sp_strbuf_t buf;
    strbuf_init(vm, &buf);
    strbuf_append_cstr(&buf, name);
    strbuf_append_cstr(&buf, "(");
    int64_t pos = 0;
    sp_value_t key, value;
    bool first = true;
    while (sp_dict_next(dict, &pos, &key, &value)) {
        if (!sp_is_str(key)) continue;
        sp_value_t r = sp_repr(vm, value);
        if (r == SP_NULL) return SP_NULL;
        if (!first) strbuf_append_cstr(&buf, ", ");
        first = false;
        strbuf_append_str(&buf, key);
        strbuf_append_cstr(&buf, "=");
        strbuf_append_str(&buf, r);
    }
    strbuf_append_cstr(&buf, ")");
    return strbuf_finish(&buf);
}

/* Namespaces are equal when both are SimpleNamespaces with equal attribute dicts. */
static sp_value_t ns_eq_ne(sp_vm_t *vm, const sp_value_t *args, int nargs, bool eq) {
    if (nargs != 2) return sp_raise(vm, SP_EXC_TypeError, "expected 1 argument, got %d", nargs - 1);
    sp_type_t *base = sp_is_obj(args[0]) ? ns_base(vm, SP_AS_OBJ(args[0])->type) : NULL;
    if (base == NULL || !sp_is_obj(args[1]) || ns_base(vm, SP_AS_OBJ(args[1])->type) != base) return SP_NOTIMPLEMENTED;
    sp_value_t a = ns_dict(vm, args[0]), b = a != SP_NULL ? ns_dict(vm, args[1]) : SP_NULL;
    if (b == SP_NULL) return SP_NULL;
    int r = sp_equal(vm, a, b);
    return r < 0 ? SP_NULL : sp_bool(eq ? r > 0 : r == 0);
}

static sp_value_t ns_eq(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    (void)kwnames;
    return ns_eq_ne(vm, args, nargs, true);
}

static sp_value_t ns_ne(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    (void)kwnames;
    return ns_eq_ne(vm, args, nargs, false);
}

static const sp_method_def_t ns_methods[] = {
    {"__init__", ns_init},
    {"__repr__", ns_repr},
    {"__eq__", ns_eq},
    {"__ne__", ns_ne},
    {NULL, NULL},
};

/* Makes the SimpleNamespace class: type('SimpleNamespace', (), {'__module__': 'types'}). */
static sp_value_t ns_make_class(sp_vm_t *vm) {
    sp_value_t ns = sp_dict_new(vm);
    if (ns == SP_NULL || sp_dict_set_cstr(vm, ns, "__module__", sp_str_from_cstr(vm, "types")) < 0 ||
        sp_dict_set_cstr(vm, ns, "__hash__", SP_NONE) < 0)
        return SP_NULL;
    sp_value_t targs[3] = {sp_str_from_cstr(vm, "SimpleNamespace"), sp_tuple_from_array(vm, NULL, 0), ns};
    if (targs[0] == SP_NULL || targs[1] == SP_NULL) return SP_NULL;
    sp_value_t cls = sp_call(vm, SP_OBJ(vm->types[SP_K_TYPE]), targs, 3, SP_NULL);
    if (cls == SP_NULL) return SP_NULL;
    sp_type_t *t = SP_AS_TYPE(cls);
    type_add_methods(vm, t, ns_methods);
    /* setattr re-installs the special-method slots from the class dict. */
    for (const sp_method_def_t *m = ns_methods; m->name != NULL; m++) {
        sp_value_t name = sp_str_intern_cstr(vm, m->name);
        sp_value_t desc = sp_dict_get(vm, t->dict, name);
        if (desc == SP_NULL || sp_setattr(vm, cls, name, desc) < 0) return SP_NULL;
    }
    return cls;
}

/* sys.implementation: a SimpleNamespace naming this implementation. */
static sp_value_t sys_implementation(sp_vm_t *vm, sp_value_t version_info) {
    sp_value_t cls = ns_make_class(vm);
    if (cls == SP_NULL) return SP_NULL;
    sp_value_t impl = sp_call(vm, cls, NULL, 0, SP_NULL);
    if (impl == SP_NULL) return SP_NULL;
    if (sp_setattr(vm, impl, sp_str_intern_cstr(vm, "name"), sp_str_from_cstr(vm, "sparrow")) < 0 ||
        sp_setattr(vm, impl, sp_str_intern_cstr(vm, "cache_tag"), SP_NONE) < 0 ||
        sp_setattr(vm, impl, sp_str_intern_cstr(vm, "version"), version_info) < 0 ||
        sp_setattr(vm, impl, sp_str_intern_cstr(vm, "hexversion"), sp_int_from_i64(vm, 0x030B00F0)) < 0)
        return SP_NULL;
    return impl;
}

static const char *sys_byteorder(void) {
    const uint16_t probe = 1;
    return *(const uint8_t *)&probe == 1 ? "little" : "big";
}

static const char *sys_platform(void) {
#if defined(__APPLE__)
    return "darwin";
#elif defined(_WIN32)
    return "win32";
#else
    return "linux";
#endif
}

/* sys.path: the script's directory, then the PYTHONPATH entries (empty ones skipped). */
static sp_value_t sys_make_path(sp_vm_t *vm) {
    sp_value_t dir = sp_is_str(vm->main_dir) ? vm->main_dir : sp_str_from_cstr(vm, "");
    sp_value_t path = dir ? sp_list_from_array(vm, &dir, 1) : SP_NULL;
    const char *env = getenv("PYTHONPATH");
    while (path && env && *env) {
        const char *end = strchr(env, ':');
        size_t len = end ? (size_t)(end - env) : strlen(env);
        sp_value_t entry = len ? sp_str_new(vm, env, len) : SP_NONE;
        if (!entry || (len && sp_list_append(vm, path, entry) < 0)) return SP_NULL;
        env = end ? end + 1 : NULL;
    }
    return path;
}

static void sys_add_data(sp_vm_t *vm, sp_value_t dict) {
    if (!sp_is_list(vm->argv)) {
        sp_value_t empty = sp_str_from_cstr(vm, "");
        vm->argv = sp_list_from_array(vm, &empty, 1);
    }
    sp_dict_set_cstr(vm, dict, "argv", vm->argv);
    sp_dict_set_cstr(vm, dict, "path", sys_make_path(vm));
    sp_dict_set_cstr(vm, dict, "modules", vm->modules);
    sp_dict_set_cstr(vm, dict, "maxsize", sp_int_from_i64(vm, INT64_MAX));
    sp_dict_set_cstr(vm, dict, "version", sp_str_from_cstr(vm, "3.11.0 (Sparrow " SPARROW_VERSION ")"));
    sp_dict_set_cstr(vm, dict, "hexversion", sp_int_from_i64(vm, 0x030B00F0));
    sp_value_t version_info = sys_version_info(vm);
    sp_dict_set_cstr(vm, dict, "version_info", version_info);
    sp_dict_set_cstr(vm, dict, "implementation", sys_implementation(vm, version_info));
    sp_dict_set_cstr(vm, dict, "byteorder", sp_str_from_cstr(vm, sys_byteorder()));
    sp_dict_set_cstr(vm, dict, "platform", sp_str_from_cstr(vm, sys_platform()));
    sp_dict_set_cstr(vm, dict, "executable", sp_str_from_cstr(vm, ""));
    sp_dict_set_cstr(vm, dict, "dont_write_bytecode", SP_FALSE);
    sp_dict_set_cstr(vm, dict, "maxunicode", sp_int_from_i64(vm, 0x10FFFF));
    sp_dict_set_cstr(vm, dict, "builtin_module_names", stdlib_builtin_module_names(vm));
}

void sys_init(sp_vm_t *vm) {
    if (!sp_is_dict(vm->modules)) vm->modules = sp_dict_new(vm);
    sp_value_t module = sp_module_new(vm, sp_str_intern_cstr(vm, "sys"));
    if (module == SP_NULL) return;
    vm->sys_module = module;
    sp_value_t dict = SP_AS_MODULE(module)->dict;
    module_add_functions(vm, module, sys_functions);
    sys_add_streams(vm, dict);
    sys_add_data(vm, dict);
    /* builtins_init registered "builtins" already; sys.modules is vm->modules itself. */
    sp_dict_set_cstr(vm, vm->modules, "sys", module);
}
