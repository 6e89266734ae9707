/* sys.c: the sys module — argv, path, modules, exit, recursion limit, version data and the
 * standard streams (small C objects writing to the VM's own FILE*s). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/runtime.h"
#include "stdlib/modules.h"
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

/* Checks a stream method's self (these methods live in the stream type's dict). */
static FILE *sys_stream_self(sp_vm_t *vm, const char *method, const sp_value_t *args, int nargs) {
    if (nargs >= 1 && sys_is_stream(vm, args[0])) return sys_stream_file(vm, args[0]);
    sp_raise(vm, SP_EXC_TypeError, "descriptor '%s' requires a 'TextIOWrapper' object", method);
    return NULL;
}

static sp_value_t sys_stream_write(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    FILE *f = sys_stream_self(vm, "write", args, nargs);
    if (f == NULL) return SP_NULL;
    if (sp_check_nargs(vm, "TextIOWrapper.write", nargs - 1, kwnames, 1, 1) < 0) return SP_NULL;
    sp_value_t s = args[1];
    if (!sp_is_str(s))
        return sp_raise(vm, SP_EXC_TypeError, "write() argument must be str, not %s", sp_type_name(vm, s));
    if (f == stdin) return sp_raise(vm, SP_EXC_OSError, "not writable");
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

static sp_value_t sys_stream_readline(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    FILE *f = sys_stream_self(vm, "readline", args, nargs);
    if (f == NULL) return SP_NULL;
    if (sp_check_nargs(vm, "readline", nargs - 1, kwnames, 0, 1) < 0) return SP_NULL;
    if (f != stdin) return sp_raise(vm, SP_EXC_OSError, "not readable");
    sp_strbuf_t buf;
    strbuf_init(vm, &buf);
    char chunk[256];
    while (fgets(chunk, sizeof chunk, f) != NULL) {
        size_t n = strlen(chunk);
        strbuf_append(&buf, chunk, n);
        if (n > 0 && chunk[n - 1] == '\n') break;
    }
    return strbuf_finish(&buf);
}

static sp_value_t sys_stream_isatty(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    FILE *f = sys_stream_self(vm, "isatty", args, nargs);
    if (f == NULL) return SP_NULL;
    return SP_FALSE;
}

static const sp_method_def_t sys_stream_methods[] = {
    {"write", sys_stream_write},
    {"flush", sys_stream_flush},
    {"readline", sys_stream_readline},
    {"isatty", sys_stream_isatty},
    {NULL, NULL},
};

static const char *const sys_stream_names[] = {"<stdin>", "<stdout>", "<stderr>"};

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

static sp_value_t sys_exception(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "sys.exception", nargs, kwnames, 0, 0) < 0) return SP_NULL;
    return sys_handled(vm);
}

static const sp_method_def_t sys_functions[] = {
    {"exit", sys_exit},
    {"getrecursionlimit", sys_getrecursionlimit},
    {"setrecursionlimit", sys_setrecursionlimit},
    {"get_int_max_str_digits", sys_get_int_max_str_digits},
    {"set_int_max_str_digits", sys_set_int_max_str_digits},
    {"intern", sys_intern},
    {"getsizeof", sys_getsizeof},
    {"exc_info", sys_exc_info},
    {"exception", sys_exception},
    {NULL, NULL},
};

/* ---- Data attributes ---------------------------------------------------------------------------- */

static sp_value_t sys_version_info(sp_vm_t *vm) {
    sp_value_t items[5] = {sp_smallint(3), sp_smallint(11), sp_smallint(0), sp_str_from_cstr(vm, "final"),
                           sp_smallint(0)};
    return sp_tuple_from_array(vm, items, 5);
}

/* sys.implementation: a small module-like namespace naming this implementation. */
static sp_value_t sys_implementation(sp_vm_t *vm, sp_value_t version_info) {
    sp_value_t impl = sp_module_new(vm, sp_str_from_cstr(vm, "implementation"));
    if (impl == SP_NULL) return SP_NULL;
    sp_value_t dict = SP_AS_MODULE(impl)->dict;
    sp_dict_set_cstr(vm, dict, "name", sp_str_from_cstr(vm, "sparrow"));
    sp_dict_set_cstr(vm, dict, "version", version_info);
    sp_dict_set_cstr(vm, dict, "cache_tag", SP_NONE);
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
