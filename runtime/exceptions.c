/* exceptions.c: the built-in exception types, raising from C, and printing an uncaught
 * exception exactly as CPython 3.11 does. Raising only records vm->exc: unwinding is eval's. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "runtime/runtime.h"

/* The CPython names of the exception types, in sp_exc_kind_t order (static storage: types
 * keep a pointer to their name). */
static const char *const exc_names[SP_EXC__COUNT] = {
#define EXC(name, base) #name,
#include "runtime/exceptions.def"
#undef EXC
};

/* The base kind of each exception kind (-1 for BaseException, whose base is object). */
#define SP_EXC_object (-1)
static const int exc_bases[SP_EXC__COUNT] = {
#define EXC(name, base) SP_EXC_##base,
#include "runtime/exceptions.def"
#undef EXC
};
#undef SP_EXC_object

/* True when `type` is the built-in exception `kind` or one of its subclasses. */
static bool exc_type_is(sp_vm_t *vm, sp_type_t *type, sp_exc_kind_t kind) {
    return type_is_subtype(type, vm->exc_types[kind]);
}

static int64_t exc_nargs(sp_exception_t *exc) {
    return sp_is_tuple(exc->args) ? SP_AS_TUPLE(exc->args)->size : 0;
}

/* args[i], or SP_NONE when there are fewer arguments. */
static sp_value_t exc_arg(sp_exception_t *exc, int64_t i) {
    return i < exc_nargs(exc) ? SP_AS_TUPLE(exc->args)->items[i] : SP_NONE;
}

/* ---- Creating and raising ------------------------------------------------------------------ */

sp_value_t exc_new(sp_vm_t *vm, sp_type_t *type, sp_value_t args) {
    if (type == NULL) {
        /* Raised before exc_init_types (a failure while building the runtime): there is no
         * type to instantiate, so leave a non-null marker that sp_vm_new detects. */
        vm->exc = SP_NONE;
        return SP_NULL;
    }
    sp_exception_t *exc = (sp_exception_t *)sp_new_object(vm, type, sizeof(sp_exception_t));
    if (exc == NULL) return SP_NULL;
    exc->args = args != SP_NULL ? args : vm->empty_tuple;
    if (exc->args == SP_NULL) exc->args = sp_tuple_new(vm, 0);
    exc->traceback = NULL;
    exc->cause = SP_NONE;
    exc->context = SP_NONE;
    exc->dict = SP_NULL;
    return SP_OBJ(exc);
}

/* Makes `exc` the pending exception. An exception raised while another is being handled
 * records it as its __context__ (implicit chaining), as CPython does for every raise; a
 * chain that would loop back to `exc` is cut. */
static void exc_set_pending(sp_vm_t *vm, sp_value_t exc) {
    sp_value_t handling = vm->exc_info;
    if (sp_is_exception(handling) && handling != exc && SP_AS_EXC(exc)->context == SP_NONE) {
        sp_value_t link = handling;
        for (int guard = 0; sp_is_exception(link) && guard < 1000; guard++) {
            sp_exception_t *e = SP_AS_EXC(link);
            if (e->context == exc) {
                e->context = SP_NONE;
                break;
            }
            link = e->context;
        }
        SP_AS_EXC(exc)->context = handling;
    }
    vm->exc = exc;
}

sp_value_t sp_raise_value(sp_vm_t *vm, sp_exc_kind_t kind, sp_value_t arg) {
    sp_value_t args = sp_tuple_from_array(vm, &arg, 1);
    if (args == SP_NULL) return SP_NULL;
    sp_value_t exc = exc_new(vm, vm->exc_types[kind], args);
    if (exc == SP_NULL) return SP_NULL;
    exc_set_pending(vm, exc);
    return SP_NULL;
}

sp_value_t sp_raise_empty(sp_vm_t *vm, sp_exc_kind_t kind) {
    sp_value_t exc = exc_new(vm, vm->exc_types[kind], SP_NULL);
    if (exc == SP_NULL) return SP_NULL;
    exc_set_pending(vm, exc);
    return SP_NULL;
}

sp_value_t sp_raise(sp_vm_t *vm, sp_exc_kind_t kind, const char *fmt, ...) {
    /* Most messages fit the stack buffer; longer ones are formatted a second time into a
     * heap buffer of the exact size. */
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) n = 0;
    const char *text = small;
    if ((size_t)n >= sizeof small) {
        char *big = sp_alloc_atomic(vm, (size_t)n + 1);
        if (big == NULL) return SP_NULL;
        va_start(ap, fmt);
        vsnprintf(big, (size_t)n + 1, fmt, ap);
        va_end(ap);
        text = big;
    }
    sp_value_t msg = sp_str_new(vm, text, (size_t)n);
    if (msg == SP_NULL) return SP_NULL;
    return sp_raise_value(vm, kind, msg);
}

sp_value_t sp_raise_nomem(sp_vm_t *vm) {
    sp_value_t exc = vm->memory_error;
    if (exc == SP_NULL) {
        /* Before exc_init_types there is nothing to raise: leave a marker the caller sees. */
        vm->exc = SP_NONE;
        return SP_NULL;
    }
    /* The one instance is reused: forget where it was raised last time. */
    SP_AS_EXC(exc)->traceback = NULL;
    SP_AS_EXC(exc)->context = SP_NONE;
    SP_AS_EXC(exc)->cause = SP_NONE;
    vm->exc = exc;
    return SP_NULL;
}

sp_value_t sp_exc_rename_method(sp_vm_t *vm, const char *from, const char *to, bool anywhere) {
    sp_value_t exc = vm->exc;
    if (!exc || !sp_is_exception(exc) || SP_AS_OBJ(exc)->type != vm->exc_types[SP_EXC_TypeError])
        return SP_NULL;
    sp_value_t args = SP_AS_EXC(exc)->args;
    if (!args || !sp_is_tuple(args) || SP_AS_TUPLE(args)->size != 1 ||
        !sp_is_str(SP_AS_TUPLE(args)->items[0]))
        return SP_NULL;
    sp_str_t *msg = SP_AS_STR(SP_AS_TUPLE(args)->items[0]);
    size_t from_len = strlen(from), to_len = strlen(to), at = 0;
    while (anywhere && at + from_len <= (size_t)msg->size && memcmp(msg->data + at, from, from_len) != 0)
        at++;
    if (at + from_len > (size_t)msg->size || memcmp(msg->data + at, from, from_len) != 0) return SP_NULL;
    size_t rest = (size_t)msg->size - at - from_len;
    char *text = sp_alloc_atomic(vm, at + to_len + rest + 1);
    if (!text) return SP_NULL;
    memcpy(text, msg->data, at);
    memcpy(text + at, to, to_len);
    memcpy(text + at + to_len, msg->data + at + from_len, rest);
    sp_value_t renamed = sp_str_new(vm, text, at + to_len + rest);
    if (renamed) SP_AS_TUPLE(args)->items[0] = renamed;
    return SP_NULL;
}

sp_value_t sp_raise_object(sp_vm_t *vm, sp_value_t exc_or_type) {
    if (sp_is_type(exc_or_type) && exc_type_is(vm, SP_AS_TYPE(exc_or_type), SP_EXC_BaseException)) {
        sp_value_t exc = sp_call(vm, exc_or_type, NULL, 0, SP_NULL);
        if (exc == SP_NULL) return SP_NULL;
        if (!sp_is_exception(exc))
            return sp_raise(vm, SP_EXC_TypeError,
                            "calling %s should have returned an instance of BaseException, not %s",
                            sp_str_cstr(sp_repr(vm, exc_or_type)), sp_type_name(vm, exc));
        exc_or_type = exc;
    }
    if (!sp_is_exception(exc_or_type))
        return sp_raise(vm, SP_EXC_TypeError, "exceptions must derive from BaseException");
    exc_set_pending(vm, exc_or_type);
    return SP_NULL;
}

int sp_exc_matches(sp_vm_t *vm, sp_exc_kind_t kind) {
    return sp_is_exception(vm->exc) && exc_type_is(vm, SP_AS_OBJ(vm->exc)->type, kind);
}

int exc_is_instance(sp_vm_t *vm, sp_value_t exc, sp_type_t *type) {
    return sp_is_obj(exc) && type_is_subtype(SP_AS_OBJ(exc)->type, type);
}

sp_value_t sp_exc_fetch(sp_vm_t *vm) {
    sp_value_t exc = vm->exc;
    vm->exc = SP_NULL;
    return exc;
}

void exc_add_traceback(sp_vm_t *vm, sp_value_t exc, sp_code_t *code, int line) {
    if (!sp_is_exception(exc)) return;
    sp_traceback_t *tb =
        (sp_traceback_t *)sp_new_object(vm, vm->types[SP_K_TRACEBACK], sizeof(sp_traceback_t));
    if (tb == NULL) {
        /* Losing a traceback entry beats replacing the user's exception with MemoryError. */
        vm->exc = exc;
        return;
    }
    tb->code = code;
    tb->line = line;
    tb->next = SP_AS_EXC(exc)->traceback;
    SP_AS_EXC(exc)->traceback = tb;
}

/* ---- SyntaxError ---------------------------------------------------------------------------- */

sp_value_t sp_raise_syntax_range(sp_vm_t *vm, sp_exc_kind_t kind, const char *msg, const char *filename,
                                 int lineno, int col_offset, int end_lineno, int end_col_offset,
                                 const char *line_text) {
    sp_value_t text = SP_NONE;
    if (line_text != NULL) {
        /* CPython keeps the line's newline in `text`. */
        size_t len = strlen(line_text);
        text = len > 0 && line_text[len - 1] == '\n' ? sp_str_new(vm, line_text, len)
                                                     : sp_str_format(vm, "%s\n", line_text);
        if (text == SP_NULL) return SP_NULL;
    }
    /* Line 0 means "no location" (as compile() reports null bytes): the attributes are None
     * and the error prints without a File line. */
    bool located = lineno > 0;
    sp_value_t details[6] = {
        filename ? sp_str_from_cstr(vm, filename) : SP_NONE,
        located ? sp_int_from_i64(vm, lineno) : SP_NONE,
        located ? sp_int_from_i64(vm, col_offset) : SP_NONE,
        located ? text : SP_NONE,
        located ? sp_int_from_i64(vm, end_lineno) : SP_NONE,
        located ? sp_int_from_i64(vm, end_col_offset) : SP_NONE,
    };
    if (details[0] == SP_NULL) return SP_NULL;
    sp_value_t pair[2] = {sp_str_from_cstr(vm, msg), sp_tuple_from_array(vm, details, 6)};
    if (pair[0] == SP_NULL || pair[1] == SP_NULL) return SP_NULL;
    sp_value_t args = sp_tuple_from_array(vm, pair, 2);
    if (args == SP_NULL) return SP_NULL;
    sp_value_t exc = exc_new(vm, vm->exc_types[kind], args);
    if (exc == SP_NULL) return SP_NULL;
    exc_set_pending(vm, exc);
    return SP_NULL;
}

sp_value_t sp_raise_syntax(sp_vm_t *vm, sp_exc_kind_t kind, const char *msg, const char *filename, int lineno,
                           int col_offset, const char *line_text) {
    return sp_raise_syntax_range(vm, kind, msg, filename, lineno, col_offset, lineno, col_offset + 1,
                                 line_text);
}

/* The attributes SyntaxError derives from its args: (msg, (filename, lineno, offset, text,
 * end_lineno, end_offset)). Index -1 is msg. Returns SP_NULL when `attr` is not one. */
static sp_value_t exc_syntax_attr(sp_exception_t *exc, const char *attr) {
    static const char *const fields[] = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
    if (!strcmp(attr, "msg")) return exc_arg(exc, 0);
    if (!strcmp(attr, "print_file_and_line")) return SP_NONE;
    for (int i = 0; i < 6; i++) {
        if (strcmp(attr, fields[i]) != 0) continue;
        sp_value_t details = exc_arg(exc, 1);
        if (exc_nargs(exc) != 2 || !sp_is_tuple(details)) return SP_NONE;
        sp_tuple_t *t = SP_AS_TUPLE(details);
        return i < t->size ? t->items[i] : SP_NONE;
    }
    return SP_NULL;
}

/* ---- str, repr, attributes ------------------------------------------------------------------ */

/* The file name without its directories, as SyntaxError's str shows it. */
static const char *exc_basename(const char *path) {
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

/* Looks an attribute up in the exception's instance dict (set by assignment). */
static sp_value_t exc_dict_get(sp_vm_t *vm, sp_exception_t *exc, sp_value_t name) {
    if (exc->dict == SP_NULL) return SP_NULL;
    return sp_dict_get(vm, exc->dict, name);
}

static sp_value_t exc_getattr_cstr(sp_vm_t *vm, sp_value_t self, const char *attr);

/* str(SyntaxError): "msg (file.py, line 3)". */
static sp_value_t exc_syntax_str(sp_vm_t *vm, sp_value_t self) {
    sp_value_t msg = exc_getattr_cstr(vm, self, "msg");
    sp_value_t filename = exc_getattr_cstr(vm, self, "filename");
    sp_value_t lineno = exc_getattr_cstr(vm, self, "lineno");
    if (msg == SP_NULL || filename == SP_NULL || lineno == SP_NULL) return SP_NULL;
    sp_value_t text = sp_str(vm, msg);
    if (text == SP_NULL) return SP_NULL;
    bool has_file = sp_is_str(filename), has_line = sp_is_int(lineno);
    if (has_file && has_line)
        return sp_str_format(vm, "%s (%s, line %s)", sp_str_cstr(text), exc_basename(sp_str_cstr(filename)),
                             sp_str_cstr(sp_str(vm, lineno)));
    if (has_file) return sp_str_format(vm, "%s (%s)", sp_str_cstr(text), exc_basename(sp_str_cstr(filename)));
    if (has_line)
        return sp_str_format(vm, "%s (line %s)", sp_str_cstr(text), sp_str_cstr(sp_str(vm, lineno)));
    return text;
}

/* str(OSError(errno, strerror[, filename[, winerror[, filename2]]])): "[Errno 2] No such file: 'f'",
 * or "...: 'a' -> 'b'" with filename2. The filenames live in the exception's dict (args keeps
 * only errno and strerror, as in CPython). */
static sp_value_t exc_oserror_str(sp_vm_t *vm, sp_exception_t *exc) {
    sp_value_t no = sp_str(vm, exc_arg(exc, 0)), msg = sp_str(vm, exc_arg(exc, 1));
    if (no == SP_NULL || msg == SP_NULL) return SP_NULL;
    sp_value_t file = exc->dict ? sp_dict_get_cstr(vm, exc->dict, "filename") : SP_NULL;
    sp_value_t file2 = exc->dict ? sp_dict_get_cstr(vm, exc->dict, "filename2") : SP_NULL;
    if (vm->exc != SP_NULL) return SP_NULL;
    if (file == SP_NULL || file == SP_NONE)
        return sp_str_format(vm, "[Errno %s] %s", sp_str_cstr(no), sp_str_cstr(msg));
    file = sp_repr(vm, file);
    if (file == SP_NULL) return SP_NULL;
    if (file2 == SP_NULL || file2 == SP_NONE)
        return sp_str_format(vm, "[Errno %s] %s: %s", sp_str_cstr(no), sp_str_cstr(msg), sp_str_cstr(file));
    file2 = sp_repr(vm, file2);
    if (file2 == SP_NULL) return SP_NULL;
    return sp_str_format(vm, "[Errno %s] %s: %s -> %s", sp_str_cstr(no), sp_str_cstr(msg), sp_str_cstr(file),
                         sp_str_cstr(file2));
}

sp_value_t exc_str(sp_vm_t *vm, sp_value_t self) {
    sp_exception_t *exc = SP_AS_EXC(self);
    sp_type_t *type = exc->hdr.type;
    int64_t n = exc_nargs(exc);
    if (exc_type_is(vm, type, SP_EXC_SyntaxError)) return exc_syntax_str(vm, self);
    if (exc_type_is(vm, type, SP_EXC_OSError) && n == 2) return exc_oserror_str(vm, exc);
    if (exc_type_is(vm, type, SP_EXC_BaseExceptionGroup) && exc->dict != SP_NULL) {
        /* "message (2 sub-exceptions)" */
        sp_value_t msg = sp_dict_get_cstr(vm, exc->dict, "message");
        sp_value_t excs = sp_dict_get_cstr(vm, exc->dict, "exceptions");
        if (sp_is_str(msg) && sp_is_tuple(excs)) {
            int64_t k = SP_AS_TUPLE(excs)->size;
            return sp_str_format(vm, "%s (%lld sub-exception%s)", sp_str_cstr(msg), (long long)k, k == 1 ? "" : "s");
        }
        if (vm->exc != SP_NULL) return SP_NULL;
    }
    if (n == 0) return vm->empty_str != SP_NULL ? vm->empty_str : sp_str_new(vm, "", 0);
    if (n == 1) {
        if (exc_type_is(vm, type, SP_EXC_KeyError)) return sp_repr(vm, exc_arg(exc, 0));
        return sp_str(vm, exc_arg(exc, 0));
    }
    return sp_str(vm, exc->args);
}

static sp_value_t exc_repr(sp_vm_t *vm, sp_value_t self) {
    sp_exception_t *exc = SP_AS_EXC(self);
    const char *name = exc->hdr.type->name;
    int64_t n = exc_nargs(exc);
    if (n == 0) return sp_str_format(vm, "%s()", name);
    sp_value_t inner = sp_repr(vm, n == 1 ? exc_arg(exc, 0) : exc->args);
    if (inner == SP_NULL) return SP_NULL;
    if (n == 1) return sp_str_format(vm, "%s(%s)", name, sp_str_cstr(inner));
    return sp_str_format(vm, "%s%s", name, sp_str_cstr(inner));
}

/* The attributes computed from args by subclass: SystemExit.code, StopIteration.value,
 * OSError.errno/strerror/filename, the SyntaxError fields. SP_NULL when not one of them. */
static sp_value_t exc_derived_attr(sp_vm_t *vm, sp_exception_t *exc, const char *attr) {
    sp_type_t *type = exc->hdr.type;
    if (!strcmp(attr, "code") && exc_type_is(vm, type, SP_EXC_SystemExit))
        return exc_nargs(exc) > 1 ? exc->args : exc_arg(exc, 0);
    if (!strcmp(attr, "value") && exc_type_is(vm, type, SP_EXC_StopIteration)) return exc_arg(exc, 0);
    if (exc_type_is(vm, type, SP_EXC_OSError)) {
        bool full = exc_nargs(exc) == 2;
        if (!strcmp(attr, "errno")) return full ? exc_arg(exc, 0) : SP_NONE;
        if (!strcmp(attr, "strerror")) return full ? exc_arg(exc, 1) : SP_NONE;
        if (!strcmp(attr, "filename") || !strcmp(attr, "filename2")) return SP_NONE;
    }
    if (exc_type_is(vm, type, SP_EXC_SyntaxError)) return exc_syntax_attr(exc, attr);
    if (!strcmp(attr, "name") &&
        (exc_type_is(vm, type, SP_EXC_NameError) || exc_type_is(vm, type, SP_EXC_ImportError)))
        return SP_NONE;
    if (!strcmp(attr, "path") && exc_type_is(vm, type, SP_EXC_ImportError)) return SP_NONE;
    return SP_NULL;
}

/* The attributes every exception has, stored in its struct. */
static sp_value_t exc_struct_attr(sp_vm_t *vm, sp_exception_t *exc, const char *attr) {
    if (!strcmp(attr, "args")) return exc->args;
    if (!strcmp(attr, "__cause__")) return exc->cause;
    if (!strcmp(attr, "__context__")) return exc->context;
    if (!strcmp(attr, "__suppress_context__")) return sp_bool(exc->suppress_context);
    if (!strcmp(attr, "__traceback__")) return exc->traceback ? SP_OBJ(exc->traceback) : SP_NONE;
    if (!strcmp(attr, "__dict__")) {
        if (exc->dict == SP_NULL) exc->dict = sp_dict_new(vm);
        return exc->dict;
    }
    return SP_NULL;
}

static sp_value_t exc_getattr(sp_vm_t *vm, sp_value_t self, sp_value_t name) {
    sp_exception_t *exc = SP_AS_EXC(self);
    const char *attr = sp_str_cstr(name);
    sp_value_t v = exc_struct_attr(vm, exc, attr);
    if (v != SP_NULL) return v;
    v = exc_dict_get(vm, exc, name);
    if (v != SP_NULL || vm->exc != SP_NULL) return v;
    v = exc_derived_attr(vm, exc, attr);
    if (v != SP_NULL) return v;
    return sp_generic_getattr(vm, self, name);
}

static sp_value_t exc_getattr_cstr(sp_vm_t *vm, sp_value_t self, const char *attr) {
    sp_value_t name = sp_str_intern_cstr(vm, attr);
    if (name == SP_NULL) return SP_NULL;
    return exc_getattr(vm, self, name);
}

/* Checks a value assigned to __cause__ / __context__. */
static int exc_check_link(sp_vm_t *vm, sp_value_t value, const char *what) {
    if (value == SP_NONE || sp_is_exception(value)) return 0;
    sp_raise(vm, SP_EXC_TypeError, "exception %s must be None or derive from BaseException", what);
    return -1;
}

static int exc_setattr(sp_vm_t *vm, sp_value_t self, sp_value_t name, sp_value_t value) {
    sp_exception_t *exc = SP_AS_EXC(self);
    const char *attr = sp_str_cstr(name);
    if (value != SP_NULL && !strcmp(attr, "__cause__")) {
        if (exc_check_link(vm, value, "cause") < 0) return -1;
        exc->cause = value;
        exc->suppress_context = 1;
        return 0;
    }
    if (value != SP_NULL && !strcmp(attr, "__context__")) {
        if (exc_check_link(vm, value, "context") < 0) return -1;
        exc->context = value;
        return 0;
    }
    if (value != SP_NULL && !strcmp(attr, "__suppress_context__")) {
        int truth = sp_truthy(vm, value);
        if (truth < 0) return -1;
        exc->suppress_context = (uint8_t)truth;
        return 0;
    }
    if (value != SP_NULL && !strcmp(attr, "args")) {
        sp_value_t args = sp_tuple_from_iterable(vm, value);
        if (args == SP_NULL) return -1;
        exc->args = args;
        return 0;
    }
    if (value != SP_NULL && !strcmp(attr, "__traceback__")) {
        if (value != SP_NONE && !sp_is_kind(value, SP_K_TRACEBACK)) {
            sp_raise(vm, SP_EXC_TypeError, "__traceback__ must be a traceback or None");
            return -1;
        }
        exc->traceback = value == SP_NONE ? NULL : SP_PTR(sp_traceback_t, value);
        return 0;
    }
    if (value == SP_NULL) {
        int r = exc->dict != SP_NULL ? sp_dict_del(vm, exc->dict, name) : 0;
        if (r == 0) sp_raise(vm, SP_EXC_AttributeError, "%s", attr);
        return r > 0 ? 0 : -1;
    }
    if (exc->dict == SP_NULL && (exc->dict = sp_dict_new(vm)) == SP_NULL) return -1;
    return sp_dict_set(vm, exc->dict, name, value);
}

/* OSError(errno, strerror) picks the subclass for the errno, as CPython's OSError.__new__. */
static sp_type_t *exc_oserror_subclass(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs) {
    static const struct {
        int err;
        sp_exc_kind_t kind;
    } map[] = {
        {EAGAIN, SP_EXC_BlockingIOError},
        {EALREADY, SP_EXC_BlockingIOError},
        {EINPROGRESS, SP_EXC_BlockingIOError},
        {EWOULDBLOCK, SP_EXC_BlockingIOError},
        {ECHILD, SP_EXC_ChildProcessError},
        {EPIPE, SP_EXC_BrokenPipeError},
        {ESHUTDOWN, SP_EXC_BrokenPipeError},
        {ECONNABORTED, SP_EXC_ConnectionAbortedError},
        {ECONNREFUSED, SP_EXC_ConnectionRefusedError},
        {ECONNRESET, SP_EXC_ConnectionResetError},
        {EEXIST, SP_EXC_FileExistsError},
        {ENOENT, SP_EXC_FileNotFoundError},
        {EISDIR, SP_EXC_IsADirectoryError},
        {ENOTDIR, SP_EXC_NotADirectoryError},
        {EINTR, SP_EXC_InterruptedError},
        {EACCES, SP_EXC_PermissionError},
        {EPERM, SP_EXC_PermissionError},
        {ESRCH, SP_EXC_ProcessLookupError},
        {ETIMEDOUT, SP_EXC_TimeoutError},
    };
    if (type != vm->exc_types[SP_EXC_OSError] || nargs < 2 || nargs > 5 || !sp_is_smallint(args[0])) return type;
    int64_t err = sp_smallint_value(args[0]);
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (map[i].err == err) return vm->exc_types[map[i].kind];
    return type;
}

/* ImportError(msg, name=..., path=...): the keywords become attributes. */
static int exc_import_keywords(sp_vm_t *vm, sp_type_t *type, sp_value_t exc, const sp_value_t *values,
                               sp_value_t kwnames) {
    for (int64_t i = 0; i < SP_AS_TUPLE(kwnames)->size; i++) {
        sp_value_t key = SP_AS_TUPLE(kwnames)->items[i];
        const char *k = sp_str_cstr(key);
        if (strcmp(k, "name") != 0 && strcmp(k, "path") != 0) {
            sp_raise(vm, SP_EXC_TypeError, "'%s' is an invalid keyword argument for %s()", k, type->name);
            return -1;
        }
        if (exc_setattr(vm, exc, key, values[i]) < 0) return -1;
    }
    return 0;
}

/* Stores a new exception's arguments. OSError(errno, strerror, filename[, winerror[, filename2]])
 * keeps (errno, strerror) as args and the file names as attributes, as CPython's. */
static int exc_set_args(sp_vm_t *vm, sp_value_t exc, const sp_value_t *args, int nargs) {
    sp_exception_t *e = SP_AS_EXC(exc);
    bool os_files = exc_type_is(vm, e->hdr.type, SP_EXC_OSError) && nargs >= 3 && nargs <= 5;
    sp_value_t tuple = sp_tuple_from_array(vm, args, os_files ? 2 : nargs);
    if (tuple == SP_NULL) return -1;
    e->args = tuple;
    if (!os_files) return 0;
    if (e->dict == SP_NULL && (e->dict = sp_dict_new(vm)) == SP_NULL) return -1;
    if (sp_dict_set_cstr(vm, e->dict, "filename", args[2]) < 0) return -1;
    return nargs == 5 ? sp_dict_set_cstr(vm, e->dict, "filename2", args[4]) : 0;
}

/* ---- Exception groups --------------------------------------------------------------------------
 * BaseExceptionGroup(message, exceptions): `message` and the `exceptions` tuple live in the
 * exception's dict; args keeps what was passed, as CPython's. */

/* Checks the arguments and picks the class: BaseExceptionGroup of Exceptions only becomes an
 * ExceptionGroup; an ExceptionGroup may not hold BaseExceptions. */
static sp_value_t exc_group_new(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs) {
    if (nargs != 2)
        return sp_raise(vm, SP_EXC_TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)",
                        nargs);
    if (!sp_is_str(args[0]))
        return sp_raise(vm, SP_EXC_TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s", sp_type_name(vm, args[0]));
    if (!sp_is_list(args[1]) && !sp_is_tuple(args[1]))
        return sp_raise(vm, SP_EXC_TypeError, "second argument (exceptions) must be a sequence");
    sp_value_t excs = sp_tuple_from_iterable(vm, args[1]);
    if (excs == SP_NULL) return SP_NULL;
    sp_tuple_t *t = SP_AS_TUPLE(excs);
    if (t->size == 0) return sp_raise(vm, SP_EXC_ValueError, "second argument (exceptions) must be a non-empty sequence");
    bool all_exceptions = true;
    for (int64_t i = 0; i < t->size; i++) {
        if (!sp_is_exception(t->items[i]))
            return sp_raise(vm, SP_EXC_ValueError, "Item %lld of second argument (exceptions) is not an exception",
                            (long long)i);
        if (!exc_type_is(vm, SP_AS_OBJ(t->items[i])->type, SP_EXC_Exception)) all_exceptions = false;
    }
    if (type == vm->exc_types[SP_EXC_BaseExceptionGroup]) {
        if (all_exceptions) type = vm->exc_types[SP_EXC_ExceptionGroup];
    } else if (!all_exceptions && exc_type_is(vm, type, SP_EXC_Exception)) {
        if (type == vm->exc_types[SP_EXC_ExceptionGroup])
            return sp_raise(vm, SP_EXC_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
        return sp_raise(vm, SP_EXC_TypeError, "Cannot nest BaseExceptions in '%s'", type->name);
    }
    sp_value_t exc = exc_new(vm, type, SP_NULL);
    if (exc == SP_NULL || exc_set_args(vm, exc, args, nargs) < 0) return SP_NULL;
    sp_exception_t *e = SP_AS_EXC(exc);
    if ((e->dict = sp_dict_new(vm)) == SP_NULL) return SP_NULL;
    if (sp_dict_set_cstr(vm, e->dict, "message", args[0]) < 0 || sp_dict_set_cstr(vm, e->dict, "exceptions", excs) < 0)
        return SP_NULL;
    return exc;
}

/* Checks that self is an exception group; returns its exceptions tuple. */
static sp_value_t exc_group_excs(sp_vm_t *vm, const char *method, const sp_value_t *args, int nargs) {
    if (nargs < 1 || !sp_is_exception(args[0]) ||
        !exc_type_is(vm, SP_AS_OBJ(args[0])->type, SP_EXC_BaseExceptionGroup))
        return sp_raise(vm, SP_EXC_TypeError, "descriptor '%s' requires a 'BaseExceptionGroup' object", method);
    sp_exception_t *e = SP_AS_EXC(args[0]);
    sp_value_t excs = e->dict != SP_NULL ? sp_dict_get_cstr(vm, e->dict, "exceptions") : SP_NULL;
    if (!sp_is_tuple(excs)) return vm->exc ? SP_NULL : sp_raise(vm, SP_EXC_TypeError, "exception group has no exceptions");
    return excs;
}

/* eg.derive(excs): a group with the same message and other exceptions. */
static sp_value_t exc_group_derive(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (exc_group_excs(vm, "derive", args, nargs) == SP_NULL) return SP_NULL;
    if (sp_check_nargs(vm, "derive", nargs - 1, kwnames, 1, 1) < 0) return SP_NULL;
    sp_value_t pair[2] = {sp_dict_get_cstr(vm, SP_AS_EXC(args[0])->dict, "message"), args[1]};
    if (pair[0] == SP_NULL) return vm->exc ? SP_NULL : sp_raise(vm, SP_EXC_TypeError, "exception group has no message");
    return exc_group_new(vm, vm->exc_types[SP_EXC_BaseExceptionGroup], pair, 2);
}

/* Whether exc satisfies split()'s condition: 1, 0 or -1. */
static int exc_group_match(sp_vm_t *vm, sp_value_t exc, sp_value_t cond) {
    if (sp_is_type(cond)) return sp_isinstance(vm, exc, SP_AS_TYPE(cond));
    if (sp_is_tuple(cond)) {
        for (int64_t i = 0; i < SP_AS_TUPLE(cond)->size; i++)
            if (sp_is_type(SP_AS_TUPLE(cond)->items[i]) && sp_isinstance(vm, exc, SP_AS_TYPE(SP_AS_TUPLE(cond)->items[i])))
                return 1;
        return 0;
    }
    sp_value_t r = sp_call1(vm, cond, exc);
    return r == SP_NULL ? -1 : sp_truthy(vm, r);
}

/* Checks split()'s condition argument, as CPython. */
static int exc_group_check_cond(sp_vm_t *vm, sp_value_t cond) {
    bool ok = false;
    if (sp_is_type(cond)) {
        ok = exc_type_is(vm, SP_AS_TYPE(cond), SP_EXC_BaseException);
    } else if (sp_is_tuple(cond)) {
        ok = true;
        for (int64_t i = 0; i < SP_AS_TUPLE(cond)->size; i++) {
            sp_value_t c = SP_AS_TUPLE(cond)->items[i];
            if (!sp_is_type(c) || !exc_type_is(vm, SP_AS_TYPE(c), SP_EXC_BaseException)) ok = false;
        }
    } else {
        ok = sp_typeof(vm, cond)->call != NULL || sp_getattr(vm, cond, sp_str_intern_cstr(vm, "__call__")) != SP_NULL;
        vm->exc = SP_NULL;
    }
    if (ok) return 0;
    sp_raise(vm, SP_EXC_TypeError, "expected a function, exception type or tuple of exception types");
    return -1;
}

/* A derived group of `excs` carrying the original's traceback, cause, context and notes. */
static sp_value_t exc_group_derived(sp_vm_t *vm, sp_value_t orig, sp_value_t excs) {
    sp_value_t derive = sp_getattr(vm, orig, sp_str_intern_cstr(vm, "derive"));
    sp_value_t eg = derive != SP_NULL ? sp_call1(vm, derive, excs) : SP_NULL;
    if (eg == SP_NULL) return SP_NULL;
    if (!sp_is_exception(eg)) return sp_raise(vm, SP_EXC_TypeError, "derive must return an instance of BaseExceptionGroup");
    sp_exception_t *d = SP_AS_EXC(eg), *o = SP_AS_EXC(orig);
    d->traceback = o->traceback;
    d->cause = o->cause;
    d->context = o->context;
    d->suppress_context = o->suppress_context;
    sp_value_t notes = o->dict != SP_NULL ? sp_dict_get_cstr(vm, o->dict, "__notes__") : SP_NULL;
    if (notes != SP_NULL) {
        if (d->dict == SP_NULL && (d->dict = sp_dict_new(vm)) == SP_NULL) return SP_NULL;
        if (sp_dict_set_cstr(vm, d->dict, "__notes__", sp_is_list(notes) ? sp_list_from_array(vm, SP_AS_LIST(notes)->items, SP_AS_LIST(notes)->size) : notes) < 0)
            return SP_NULL;
    }
    return vm->exc != SP_NULL ? SP_NULL : eg;
}

/* Splits exc by cond into *match and *rest (SP_NONE when empty); rest may be NULL (subgroup). */
static int exc_group_split_rec(sp_vm_t *vm, sp_value_t exc, sp_value_t cond, sp_value_t *match, sp_value_t *rest,
                               int depth) {
    if (depth > 200) {
        sp_raise(vm, SP_EXC_RecursionError, "maximum recursion depth exceeded in exception group split");
        return -1;
    }
    int m = exc_group_match(vm, exc, cond);
    if (m < 0) return -1;
    *match = SP_NONE;
    if (rest) *rest = SP_NONE;
    if (m) {
        *match = exc;
        return 0;
    }
    sp_exception_t *e = SP_AS_EXC(exc);
    sp_value_t excs = exc_type_is(vm, e->hdr.type, SP_EXC_BaseExceptionGroup) && e->dict != SP_NULL
                          ? sp_dict_get_cstr(vm, e->dict, "exceptions") : SP_NULL;
    if (!sp_is_tuple(excs)) {
        if (rest) *rest = exc;
        return vm->exc != SP_NULL ? -1 : 0;
    }
    sp_value_t ml = sp_list_new(vm, 0), rl = sp_list_new(vm, 0);
    if (ml == SP_NULL || rl == SP_NULL) return -1;
    for (int64_t i = 0; i < SP_AS_TUPLE(excs)->size; i++) {
        sp_value_t sm, sr;
        if (exc_group_split_rec(vm, SP_AS_TUPLE(excs)->items[i], cond, &sm, rest ? &sr : NULL, depth + 1) < 0) return -1;
        if (sm != SP_NONE && sp_list_append(vm, ml, sm) < 0) return -1;
        if (rest && sr != SP_NONE && sp_list_append(vm, rl, sr) < 0) return -1;
    }
    if (SP_AS_LIST(ml)->size > 0 && (*match = exc_group_derived(vm, exc, ml)) == SP_NULL) return -1;
    if (rest && SP_AS_LIST(rl)->size > 0 && (*rest = exc_group_derived(vm, exc, rl)) == SP_NULL) return -1;
    return 0;
}

/* eg.split(cond) -> (match, rest). */
static sp_value_t exc_group_split(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (exc_group_excs(vm, "split", args, nargs) == SP_NULL) return SP_NULL;
    if (sp_check_nargs(vm, "split", nargs - 1, kwnames, 1, 1) < 0 || exc_group_check_cond(vm, args[1]) < 0) return SP_NULL;
    sp_value_t pair[2];
    if (exc_group_split_rec(vm, args[0], args[1], &pair[0], &pair[1], 0) < 0) return SP_NULL;
    return sp_tuple_from_array(vm, pair, 2);
}

/* eg.subgroup(cond) -> the matching part or None. */
static sp_value_t exc_group_subgroup(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (exc_group_excs(vm, "subgroup", args, nargs) == SP_NULL) return SP_NULL;
    if (sp_check_nargs(vm, "subgroup", nargs - 1, kwnames, 1, 1) < 0 || exc_group_check_cond(vm, args[1]) < 0)
        return SP_NULL;
    sp_value_t match;
    if (exc_group_split_rec(vm, args[0], args[1], &match, NULL, 0) < 0) return SP_NULL;
    return match;
}

static const sp_method_def_t exc_group_methods[] = {
    {"derive", exc_group_derive},
    {"split", exc_group_split},
    {"subgroup", exc_group_subgroup},
    {NULL, NULL},
};

/* ExceptionGroup is a subclass of both BaseExceptionGroup and Exception, as in CPython. */
static void exc_group_init(sp_vm_t *vm) {
    sp_type_t *beg = vm->exc_types[SP_EXC_BaseExceptionGroup], *eg = vm->exc_types[SP_EXC_ExceptionGroup];
    if (beg == NULL || eg == NULL) return;
    type_add_methods(vm, beg, exc_group_methods);
    sp_value_t bases[2] = {SP_OBJ(beg), SP_OBJ(vm->exc_types[SP_EXC_Exception])};
    sp_value_t mro[5] = {SP_OBJ(eg), SP_OBJ(beg), SP_OBJ(vm->exc_types[SP_EXC_Exception]),
                         SP_OBJ(vm->exc_types[SP_EXC_BaseException]), SP_OBJ(vm->types[SP_K_OBJECT])};
    eg->bases = sp_tuple_from_array(vm, bases, 2);
    eg->mro = sp_tuple_from_array(vm, mro, 5);
}

static sp_value_t exc_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,
                                sp_value_t kwnames) {
    bool has_kw = kwnames != SP_NULL && SP_AS_TUPLE(kwnames)->size > 0;
    bool import_error = exc_type_is(vm, type, SP_EXC_ImportError);
    if (has_kw && !import_error)
        return sp_raise(vm, SP_EXC_TypeError, "%s() takes no keyword arguments", type->name);
    type = exc_oserror_subclass(vm, type, args, nargs);
    if (exc_type_is(vm, type, SP_EXC_BaseExceptionGroup)) return exc_group_new(vm, type, args, nargs);
    sp_value_t exc = exc_new(vm, type, SP_NULL);
    if (exc != SP_NULL && exc_set_args(vm, exc, args, nargs) < 0) return SP_NULL;
    if (exc != SP_NULL && has_kw && exc_import_keywords(vm, type, exc, args + nargs, kwnames) < 0) return SP_NULL;
    return exc;
}

/* Checks that a method's self is an exception, with CPython's descriptor message. */
static int exc_check_self(sp_vm_t *vm, const char *method, const sp_value_t *args, int nargs) {
    if (nargs >= 1 && sp_is_exception(args[0])) return 0;
    if (nargs == 0) {
        sp_raise(vm, SP_EXC_TypeError, "unbound method BaseException.%s() needs an argument", method);
        return -1;
    }
    sp_raise(vm, SP_EXC_TypeError, "descriptor '%s' requires a 'BaseException' object but received a '%s'",
             method, sp_type_name(vm, args[0]));
    return -1;
}

/* exc.with_traceback(tb): sets __traceback__ and returns the exception. */
static sp_value_t exc_with_traceback(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (exc_check_self(vm, "with_traceback", args, nargs) < 0) return SP_NULL;
    if (sp_check_nargs(vm, "BaseException.with_traceback", nargs - 1, kwnames, 1, 1) < 0) return SP_NULL;
    if (exc_setattr(vm, args[0], sp_str_intern_cstr(vm, "__traceback__"), args[1]) < 0) return SP_NULL;
    return args[0];
}

static sp_value_t exc_str_method(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (exc_check_self(vm, "__str__", args, nargs) < 0) return SP_NULL;
    if (sp_check_nargs(vm, "BaseException.__str__", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    return exc_str(vm, args[0]);
}

static sp_value_t exc_repr_method(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (exc_check_self(vm, "__repr__", args, nargs) < 0) return SP_NULL;
    if (sp_check_nargs(vm, "BaseException.__repr__", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    return exc_repr(vm, args[0]);
}

/* BaseException.__init__(self, *args): what super().__init__(msg) in a user exception calls. */
static sp_value_t exc_init_method(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (exc_check_self(vm, "__init__", args, nargs) < 0) return SP_NULL;
    if (kwnames != SP_NULL && SP_AS_TUPLE(kwnames)->size > 0)
        return sp_raise(vm, SP_EXC_TypeError, "%s() takes no keyword arguments", sp_type_name(vm, args[0]));
    return exc_set_args(vm, args[0], args + 1, nargs - 1) < 0 ? SP_NULL : SP_NONE;
}

/* exc.add_note(note): appends to exc.__notes__ (made a list on first use). */
static sp_value_t exc_add_note(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (exc_check_self(vm, "add_note", args, nargs) < 0) return SP_NULL;
    if (sp_check_nargs(vm, "BaseException.add_note", nargs - 1, kwnames, 1, 1) < 0) return SP_NULL;
    if (!sp_is_str(args[1]))
        return sp_raise(vm, SP_EXC_TypeError, "note must be a str, not '%s'", sp_type_name(vm, args[1]));
    sp_exception_t *e = SP_AS_EXC(args[0]);
    if (e->dict == SP_NULL && (e->dict = sp_dict_new(vm)) == SP_NULL) return SP_NULL;
    sp_value_t notes = sp_dict_get_cstr(vm, e->dict, "__notes__");
    if (notes == SP_NULL) {
        if (vm->exc != SP_NULL || (notes = sp_list_new(vm, 0)) == SP_NULL) return SP_NULL;
        if (sp_dict_set_cstr(vm, e->dict, "__notes__", notes) < 0) return SP_NULL;
    }
    if (!sp_is_list(notes)) return sp_raise(vm, SP_EXC_TypeError, "Cannot add note: __notes__ is not a list");
    return sp_list_append(vm, notes, args[1]) < 0 ? SP_NULL : SP_NONE;
}

static const sp_method_def_t exc_methods[] = {
    {"add_note", exc_add_note},
    {"__init__", exc_init_method},
    {"with_traceback", exc_with_traceback},
    {"__str__", exc_str_method},
    {"__repr__", exc_repr_method},
    {NULL, NULL},
};

/* ---- Traceback objects ---------------------------------------------------------------------- */

static sp_value_t traceback_getattr(sp_vm_t *vm, sp_value_t self, sp_value_t name) {
    sp_traceback_t *tb = SP_PTR(sp_traceback_t, self);
    const char *attr = sp_str_cstr(name);
    if (!strcmp(attr, "tb_lineno")) return sp_int_from_i64(vm, tb->line);
    if (!strcmp(attr, "tb_next")) return tb->next ? SP_OBJ(tb->next) : SP_NONE;
    if (!strcmp(attr, "tb_frame") || !strcmp(attr, "tb_lasti")) return SP_NONE;
    return sp_generic_getattr(vm, self, name);
}

/* ---- Setting up the types ------------------------------------------------------------------- */

void exc_init_types(sp_vm_t *vm) {
    sp_type_t *base_exc = vm->types[SP_K_EXCEPTION];
    base_exc->name = exc_names[SP_EXC_BaseException];
    base_exc->flags |= SP_TYPE_BASETYPE;
    base_exc->repr = exc_repr;
    base_exc->str = exc_str;
    base_exc->getattr = exc_getattr;
    base_exc->setattr = exc_setattr;
    base_exc->construct = exc_construct;
    type_add_methods(vm, base_exc, exc_methods);
    vm->exc_types[SP_EXC_BaseException] = base_exc;
    /* Rows come base-first, so every base exists before its subclasses; type_new_builtin
     * copies the slots of a same-kind base, so subclasses behave like BaseException. */
    for (int k = 1; k < SP_EXC__COUNT; k++) {
        sp_type_t *base = vm->exc_types[exc_bases[k]];
        vm->exc_types[k] = type_new_builtin(vm, SP_K_EXCEPTION, exc_names[k], base);
        if (vm->exc_types[k] != NULL) vm->exc_types[k]->flags |= SP_TYPE_BASETYPE;
    }
    exc_group_init(vm);
    vm->types[SP_K_TRACEBACK]->getattr = traceback_getattr;
    sp_value_t msg_args = sp_tuple_new(vm, 0);
    vm->memory_error = exc_new(vm, vm->exc_types[SP_EXC_MemoryError], msg_args);
}

/* ---- Printing an uncaught exception (CPython 3.11's format) --------------------------------- */

/* The text of line `lineno` (1-based) in `src`, or NULL; *len gets its length. */
static const char *exc_find_line(const char *src, size_t size, int lineno, size_t *len) {
    const char *p = src, *end = src + size;
    for (int line = 1; line < lineno; line++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (nl == NULL) return NULL;
        p = nl + 1;
    }
    if (p >= end) return NULL;
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    *len = (size_t)((nl ? nl : end) - p);
    return p;
}

/* Prints `line` stripped of surrounding whitespace, indented by four spaces (nothing when it
 * is blank). */
static void exc_print_stripped(FILE *out, const char *line, size_t len) {
    while (len > 0 && (*line == ' ' || *line == '\t' || *line == '\f')) line++, len--;
    while (len > 0 && (line[len - 1] == ' ' || line[len - 1] == '\t' || line[len - 1] == '\r' ||
                       line[len - 1] == '\n' || line[len - 1] == '\f'))
        len--;
    if (len > 0) fprintf(out, "    %.*s\n", (int)len, line);
}

/* Reads line `lineno` of a file from disk into buf; returns its length or -1. */
static long exc_read_file_line(const char *path, int lineno, char *buf, size_t size) {
    FILE *f = fopen(path, "r");
    if (f == NULL) return -1;
    long result = -1;
    int line = 1;
    while (fgets(buf, (int)size, f) != NULL) {
        size_t n = strlen(buf);
        if (line == lineno) {
            result = (long)n;
            break;
        }
        if (n > 0 && buf[n - 1] == '\n') line++;
    }
    fclose(f);
    return result;
}

/* Prints the source line for a traceback entry, from vm->sources or the file itself. */
static void exc_print_source_line(sp_vm_t *vm, sp_value_t filename, int lineno, FILE *out) {
    if (lineno <= 0 || !sp_is_str(filename)) return;
    if (sp_is_dict(vm->sources)) {
        sp_value_t src = sp_dict_get(vm, vm->sources, filename);
        if (src == SP_NULL && vm->exc != SP_NULL) vm->exc = SP_NULL;
        if (sp_is_str(src)) {
            size_t len;
            const char *line = exc_find_line(sp_str_cstr(src), (size_t)SP_AS_STR(src)->size, lineno, &len);
            if (line != NULL) exc_print_stripped(out, line, len);
            return;
        }
    }
    const char *path = sp_str_cstr(filename);
    if (path[0] == '<') return;
    char buf[1024];
    long len = exc_read_file_line(path, lineno, buf, sizeof buf);
    if (len >= 0) exc_print_stripped(out, buf, (size_t)len);
}

static void exc_print_entry(sp_vm_t *vm, sp_traceback_t *tb, FILE *out) {
    sp_code_t *code = tb->code;
    const char *file = code && sp_is_str(code->filename) ? sp_str_cstr(code->filename) : "<unknown>";
    const char *name = code && sp_is_str(code->name) ? sp_str_cstr(code->name) : "<unknown>";
    fprintf(out, "  File \"%s\", line %d, in %s\n", file, tb->line, name);
    if (code) exc_print_source_line(vm, code->filename, tb->line, out);
}

static bool exc_same_entry(sp_traceback_t *a, sp_traceback_t *b) {
    return a->code == b->code && a->line == b->line;
}

/* Prints the repeat marker CPython puts after the third identical entry in a row. */
static void exc_print_repeats(int count, FILE *out) {
    if (count <= 3) return;
    count -= 3;
    fprintf(out, "  [Previous line repeated %d more time%s]\n", count, count > 1 ? "s" : "");
}

static void exc_print_traceback(sp_vm_t *vm, sp_traceback_t *tb, FILE *out) {
    fputs("Traceback (most recent call last):\n", out);
    sp_traceback_t *last = NULL;
    int count = 0;
    for (; tb != NULL; tb = tb->next) {
        if (last == NULL || !exc_same_entry(last, tb)) {
            exc_print_repeats(count, out);
            last = tb;
            count = 0;
        }
        if (++count > 3) continue;
        exc_print_entry(vm, tb, out);
    }
    exc_print_repeats(count, out);
}

/* Number of UTF-8 code points in the first `bytes` bytes of s. */
static long exc_utf8_chars(const char *s, size_t bytes) {
    long n = 0;
    for (size_t i = 0; i < bytes; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) n++;
    return n;
}

/* The source line and caret(s) of a SyntaxError, as CPython's print_error_text: leading
 * whitespace stripped (moving the caret with it), offsets past the end clipped. */
static void exc_print_error_text(FILE *out, const char *text, long offset, long end_offset) {
    long carets = end_offset > 0 && end_offset > offset ? end_offset - offset : 1;
    offset--;
    while (*text == ' ' || *text == '\t' || *text == '\f') text++, offset--;
    size_t bytes = strlen(text);
    if (bytes > 0 && text[bytes - 1] == '\n') bytes--;
    long len = exc_utf8_chars(text, bytes);
    if (offset > len) offset = len;
    fprintf(out, "    %.*s\n", (int)bytes, text);
    if (offset < 0) return;
    fputs("    ", out);
    for (long i = 0; i < offset; i++) fputc(' ', out);
    for (long i = 0; i < carets; i++) fputc('^', out);
    fputc('\n', out);
}

/* Reads an int attribute of a SyntaxError (-1 when it is not an int). */
static long exc_int_attr(sp_vm_t *vm, sp_value_t exc, const char *attr) {
    sp_value_t v = exc_getattr_cstr(vm, exc, attr);
    int64_t i;
    if (v == SP_NULL) vm->exc = SP_NULL;
    if (v == SP_NULL || !sp_is_int(v) || sp_int_to_i64(vm, v, &i) < 0) {
        vm->exc = SP_NULL;
        return -1;
    }
    return (long)i;
}

/* The "  File ..., line N" block of a SyntaxError (only when it has a line number); returns
 * the message to print (msg), or SP_NULL to fall back to str(exc). */
static sp_value_t exc_print_syntax_block(sp_vm_t *vm, sp_value_t exc, FILE *out) {
    long lineno = exc_int_attr(vm, exc, "lineno");
    sp_value_t msg = exc_getattr_cstr(vm, exc, "msg");
    vm->exc = SP_NULL;
    if (lineno < 0) return sp_is_str(msg) ? msg : SP_NULL;
    sp_value_t filename = exc_getattr_cstr(vm, exc, "filename");
    sp_value_t text = exc_getattr_cstr(vm, exc, "text");
    vm->exc = SP_NULL;
    fprintf(out, "  File \"%s\", line %ld\n", sp_is_str(filename) ? sp_str_cstr(filename) : "<string>",
            lineno);
    if (sp_is_str(text)) {
        long offset = exc_int_attr(vm, exc, "offset");
        long end_offset = exc_int_attr(vm, exc, "end_offset");
        long end_lineno = exc_int_attr(vm, exc, "end_lineno");
        long line_size = (long)SP_AS_STR(text)->length;
        if (end_lineno > lineno) end_offset = line_size;
        if (end_offset > line_size + 1) end_offset = line_size + 1;
        exc_print_error_text(out, sp_str_cstr(text), offset, end_offset);
    }
    if (msg == SP_NULL) return SP_NULL;
    return sp_str(vm, msg);
}

/* "ValueError", or "module.Qualname" for exception classes defined in Python code (CPython
 * leaves out the module when it is builtins or __main__). */
static void exc_print_type_name(sp_vm_t *vm, sp_type_t *type, FILE *out) {
    if (type->flags & SP_TYPE_HEAPTYPE) {
        sp_value_t mod = sp_dict_get(vm, type->dict, vm->s___module__);
        vm->exc = SP_NULL;
        if (sp_is_str(mod) && strcmp(sp_str_cstr(mod), "builtins") != 0 && strcmp(sp_str_cstr(mod), "__main__") != 0)
            fprintf(out, "%s.", sp_str_cstr(mod));
        if (type->ht_qualname && sp_is_str(type->ht_qualname)) {
            fputs(sp_str_cstr(type->ht_qualname), out);
            return;
        }
    }
    fputs(type->name, out);
}

/* Prints exc.__notes__ after the exception line: each str note as is, others by repr; a
 * __notes__ that is not a list or tuple by its repr. */
static void exc_print_notes(sp_vm_t *vm, sp_exception_t *e, FILE *out) {
    sp_value_t notes = e->dict != SP_NULL ? sp_dict_get_cstr(vm, e->dict, "__notes__") : SP_NULL;
    vm->exc = SP_NULL;
    if (notes == SP_NULL) return;
    bool seq = sp_is_list(notes) || sp_is_tuple(notes);
    for (int64_t i = 0; i < (!seq ? 1 : sp_is_list(notes) ? SP_AS_LIST(notes)->size : SP_AS_TUPLE(notes)->size); i++) {
        sp_value_t note = !seq ? notes : sp_is_list(notes) ? SP_AS_LIST(notes)->items[i] : SP_AS_TUPLE(notes)->items[i];
        sp_value_t text = sp_is_str(note) ? note : sp_repr(vm, note);
        if (text == SP_NULL) {
            vm->exc = SP_NULL;
            fputs("<note str() failed>\n", out);
        } else {
            fprintf(out, "%s\n", sp_str_cstr(text));
        }
    }
}

/* Prints one exception (no chain): its traceback, the SyntaxError block, "Type: message". */
static void exc_print_one(sp_vm_t *vm, sp_value_t exc, FILE *out) {
    sp_exception_t *e = SP_AS_EXC(exc);
    if (e->traceback != NULL) exc_print_traceback(vm, e->traceback, out);
    sp_value_t message = SP_NULL;
    if (exc_type_is(vm, e->hdr.type, SP_EXC_SyntaxError)) message = exc_print_syntax_block(vm, exc, out);
    if (message == SP_NULL) {
        vm->exc = SP_NULL;
        message = sp_str(vm, exc);
    }
    exc_print_type_name(vm, e->hdr.type, out);
    if (message == SP_NULL) {
        vm->exc = SP_NULL;
        fputs(": <exception str() failed>", out);
    } else if (sp_is_str(message) && SP_AS_STR(message)->size > 0) {
        fprintf(out, ": %s", sp_str_cstr(message));
    }
    fputc('\n', out);
    exc_print_notes(vm, e, out);
}

#define EXC_MAX_CHAIN 64

/* True when exc is among the first n of seen. */
static bool exc_seen(const sp_value_t *seen, int n, sp_value_t exc) {
    for (int i = 0; i < n; i++)
        if (seen[i] == exc) return true;
    return false;
}

/* Prints the chain leading to exc (causes and contexts, oldest first), then exc. */
static void exc_print_chain(sp_vm_t *vm, sp_value_t exc, FILE *out, sp_value_t *seen, int *nseen) {
    seen[(*nseen)++] = exc;
    sp_exception_t *e = SP_AS_EXC(exc);
    if (*nseen < EXC_MAX_CHAIN) {
        if (sp_is_exception(e->cause) && !exc_seen(seen, *nseen, e->cause)) {
            exc_print_chain(vm, e->cause, out, seen, nseen);
            fputs("\nThe above exception was the direct cause of the following exception:\n\n", out);
        } else if (sp_is_exception(e->context) && !e->suppress_context &&
                   !exc_seen(seen, *nseen, e->context)) {
            exc_print_chain(vm, e->context, out, seen, nseen);
            fputs("\nDuring handling of the above exception, another exception occurred:\n\n", out);
        }
    }
    exc_print_one(vm, exc, out);
}

void exc_print(sp_vm_t *vm, sp_value_t exc, FILE *out) {
    /* Printing must not be disturbed by (or leave behind) a pending exception. */
    sp_value_t saved = vm->exc;
    vm->exc = SP_NULL;
    if (sp_is_exception(exc)) {
        sp_value_t seen[EXC_MAX_CHAIN];
        int nseen = 0;
        exc_print_chain(vm, exc, out, seen, &nseen);
    } else {
        fputs("SystemError: uncaught non-exception object\n", out);
    }
    fflush(out);
    vm->exc = saved;
}
