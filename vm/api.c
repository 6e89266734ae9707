/* api.c: the public embedding API (include/sparrow.h): creating VMs, running source, reporting
 * uncaught exceptions and SystemExit the way CPython's main does. No process-wide state. */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "compiler/compiler.h"
#include "compiler/lexer.h"
#include "runtime/runtime.h"
#include "runtime/generator.h"
#include "vm/stats.h"
#include "sparrow.h"

#if SP_GC_BOEHM
#include <gc.h>
#endif

/* ---- Creating and destroying VMs --------------------------------------------------------- */

void sp_config_init(sp_config_t *config) {
    memset(config, 0, sizeof *config);
    config->dispatch = SP_DISPATCH_CHOICE_DEFAULT;
}

/* The VM struct holds the roots of everything (types, modules, the frame stack), so the collector
 * must scan it and never free it: uncollectable memory under Boehm, plain calloc otherwise. */
static sp_vm_t *api_alloc_vm(void) {
#if SP_GC_BOEHM
    sp_vm_t *vm = GC_MALLOC_UNCOLLECTABLE(sizeof(sp_vm_t));
    if (vm) memset(vm, 0, sizeof *vm);
    return vm;
#else
    return calloc(1, sizeof(sp_vm_t));
#endif
}

static void api_free_vm(sp_vm_t *vm) {
#if SP_GC_BOEHM
    GC_FREE(vm);
#else
    free(vm);
#endif
}

/* Maps the public dispatch choice to a compiled-in variant; -1 when it is not in this build. */
static int api_pick_dispatch(sp_dispatch_choice_t choice) {
    switch (choice) {
    case SP_DISPATCH_CHOICE_DEFAULT: return SP_ENABLE_GOTO ? SP_DISPATCH_GOTO : SP_DISPATCH_SWITCH;
    case SP_DISPATCH_CHOICE_SWITCH: return SP_ENABLE_SWITCH ? SP_DISPATCH_SWITCH : -1;
    case SP_DISPATCH_CHOICE_GOTO: return SP_ENABLE_GOTO ? SP_DISPATCH_GOTO : -1;
    }
    return -1;
}

/* sys.argv from the config: [''] when there are no arguments (as CPython with no script). */
static sp_value_t api_make_argv(sp_vm_t *vm, const sp_config_t *config) {
    sp_value_t argv = sp_list_new(vm, 0);
    if (!argv) return SP_NULL;
    if (config->argc <= 0 || !config->argv) {
        sp_value_t empty = sp_str_new(vm, "", 0);
        return empty && sp_list_append(vm, argv, empty) == 0 ? argv : SP_NULL;
    }
    for (int i = 0; i < config->argc; i++) {
        sp_value_t arg = sp_str_from_cstr(vm, config->argv[i] ? config->argv[i] : "");
        if (!arg || sp_list_append(vm, argv, arg) < 0) return SP_NULL;
    }
    return argv;
}

/* The interned names the runtime uses, for any its owners left unset. */
static void api_intern_names(sp_vm_t *vm) {
    if (!vm->s___name__) vm->s___name__ = sp_str_intern_cstr(vm, "__name__");
    if (!vm->s___main__) vm->s___main__ = sp_str_intern_cstr(vm, "__main__");
    if (!vm->s___builtins__) vm->s___builtins__ = sp_str_intern_cstr(vm, "__builtins__");
    if (!vm->s___file__) vm->s___file__ = sp_str_intern_cstr(vm, "__file__");
    if (!vm->s___doc__) vm->s___doc__ = sp_str_intern_cstr(vm, "__doc__");
    if (!vm->s___module__) vm->s___module__ = sp_str_intern_cstr(vm, "__module__");
}

/* sys.executable: the configured path, else /proc/self/exe, else "" as CPython when unknown. */
static void api_set_executable(sp_vm_t *vm, const sp_config_t *config) {
    if (!vm->sys_module || !sp_is_kind(vm->sys_module, SP_K_MODULE)) return;
    char buf[PATH_MAX];
    const char *path = config->executable;
    if (!path) {
        ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
        buf[n > 0 ? n : 0] = '\0';
        path = buf;
    }
    sp_value_t text = sp_str_from_cstr(vm, path);
    if (text) sp_dict_set_cstr(vm, SP_AS_MODULE(vm->sys_module)->dict, "executable", text);
}

/* Builds the object world in dependency order: types first, sys last (it reads argv). */
static void api_init_runtime(sp_vm_t *vm, const sp_config_t *config) {
    type_init_builtins(vm);
    singletons_init(vm);
    int_init(vm);
    float_init(vm);
    str_init(vm);
    api_intern_names(vm);
    format_init(vm);
    complex_init(vm);
    numconv_init(vm);
    bytes_init(vm);
    bytearray_init(vm);
    memoryview_init(vm);
    list_init(vm);
    tuple_init(vm);
    dict_init(vm);
    set_init(vm);
    range_init(vm);
    slice_init(vm);
    function_init(vm);
    module_init(vm);
    iterators_init(vm);
    generator_init(vm);
    exc_init_types(vm);
    builtins_init(vm);
    if (!vm->sources) vm->sources = sp_dict_new(vm);
    if (!vm->main_dir) vm->main_dir = sp_str_new(vm, "", 0);
    if (!vm->argv) vm->argv = api_make_argv(vm, config);
    sys_init(vm);
    if (!vm->modules) vm->modules = sp_dict_new(vm);
    api_set_executable(vm, config);
}

sp_vm_t *sp_vm_new(const sp_config_t *config) {
    sp_config_t defaults;
    if (!config) {
        sp_config_init(&defaults);
        config = &defaults;
    }
    int dispatch = api_pick_dispatch(config->dispatch);
    if (dispatch < 0) return NULL;
    gc_init();
    sp_vm_t *vm = api_alloc_vm();
    if (!vm) return NULL;
    vm->dispatch = (sp_dispatch_t)dispatch;
    vm->recursion_limit = config->recursion_limit > 0 ? config->recursion_limit : SP_DEFAULT_RECURSION_LIMIT;
    vm->out = config->out ? config->out : stdout;
    vm->err = config->err ? config->err : stderr;
    vm->exc = SP_NULL;
    vm->exc_info = SP_NONE;
    vm->int_max_str_digits = 4300;
    api_init_runtime(vm, config);
    if (vm->exc || !vm->modules || !vm->sources || !vm->argv) {
        sp_vm_free(vm);
        return NULL;
    }
    /* The limit applies to the program, not to building the runtime it needs; so do the stats. */
    vm->heap_limit = config->heap_limit;
    if (config->stats && stats_enable(vm) < 0) {
        sp_vm_free(vm);
        return NULL;
    }
    return vm;
}

void sp_vm_free(sp_vm_t *vm) {
    if (!vm) return;
    free(vm->error_text);
    stats_free(vm);
    api_free_vm(vm);
}

/* ---- Reporting the outcome of a run ------------------------------------------------------ */

/* Forgets the previous run's outcome. */
static void api_reset(sp_vm_t *vm) {
    free(vm->error_text);
    vm->error_text = NULL;
    vm->exit_code = 0;
    vm->exc = SP_NULL;
    vm->exc_info = SP_NONE;
}

/* Formats the exception exactly as exc_print writes it, into malloc'd text. */
static char *api_format_exception(sp_vm_t *vm, sp_value_t exc) {
#if defined(_POSIX_C_SOURCE) && _POSIX_C_SOURCE >= 200809L
    char *text = NULL;
    size_t size = 0;
    FILE *mem = open_memstream(&text, &size);
    if (!mem) return NULL;
    exc_print(vm, exc, mem);
    fclose(mem);
    return text;
#else
    FILE *tmp = tmpfile();
    if (!tmp) return NULL;
    exc_print(vm, exc, tmp);
    long size = ftell(tmp);
    char *text = size >= 0 ? malloc((size_t)size + 1) : NULL;
    if (text) {
        rewind(tmp);
        size_t got = fread(text, 1, (size_t)size, tmp);
        text[got] = '\0';
    }
    fclose(tmp);
    return text;
#endif
}

/* SystemExit.code: the `code` attribute, else derived from args as CPython does. */
static sp_value_t api_system_exit_code(sp_vm_t *vm, sp_value_t exc) {
    sp_value_t code = sp_getattr_opt(vm, exc, sp_str_intern_cstr(vm, "code"));
    if (code) return code;
    sp_exc_fetch(vm);
    sp_value_t args = SP_AS_EXC(exc)->args;
    if (!args || !sp_is_tuple(args) || SP_AS_TUPLE(args)->size == 0) return SP_NONE;
    return SP_AS_TUPLE(args)->size == 1 ? SP_AS_TUPLE(args)->items[0] : args;
}

/* SystemExit ends the run: None is status 0, an int is the status, anything else is printed to
 * stderr and gives status 1. */
static sp_status_t api_report_exit(sp_vm_t *vm, sp_value_t exc) {
    sp_value_t code = api_system_exit_code(vm, exc);
    int64_t status = 1;
    if (code == SP_NONE) status = 0;
    else if (sp_is_int(code) || sp_is_bool(code)) {
        if (sp_int_to_i64(vm, code, &status) < 0) {
            sp_exc_fetch(vm);
            status = -1;
        }
    } else {
        sp_value_t text = sp_str(vm, code);
        if (text) fprintf(vm->err, "%s\n", sp_str_cstr(text));
        sp_exc_fetch(vm);
    }
    vm->exit_code = (int)status;
    fflush(vm->err);
    return SP_EXIT;
}

/* Turns the pending exception into the run's status: SP_EXIT for SystemExit, else SP_ERROR with
 * the traceback printed to the error stream and kept for sp_vm_error. */
static sp_status_t api_report(sp_vm_t *vm) {
    sp_value_t exc = sp_exc_fetch(vm);
    vm->exc_info = SP_NONE;
    if (exc && exc_is_instance(vm, exc, vm->exc_types[SP_EXC_SystemExit])) return api_report_exit(vm, exc);
    vm->exit_code = 1;
    if (!exc) return SP_ERROR;
    /* Reporting a MemoryError must not itself run into the heap limit. */
    size_t limit = vm->heap_limit;
    vm->heap_limit = 0;
    vm->error_text = api_format_exception(vm, exc);
    vm->heap_limit = limit;
    if (vm->error_text) fputs(vm->error_text, vm->err);
    fflush(vm->err);
    return SP_ERROR;
}

/* ---- Running code ------------------------------------------------------------------------ */

/* The __main__ module: made on the first run, then reused so that successive runs share their
 * globals (as PyRun_SimpleString does). __file__ names the current run's file; pseudo-files
 * ("<string>", "<stdin>") have none, as in CPython. */
static sp_value_t api_main_module(sp_vm_t *vm, sp_value_t fname) {
    sp_value_t name = sp_str_intern_cstr(vm, "__main__");
    if (!name) return SP_NULL;
    sp_value_t module = sp_dict_get(vm, vm->modules, name);
    if (!module) {
        if (vm->exc) return SP_NULL;
        module = import_module_new(vm, name, SP_NULL);
        if (!module || sp_dict_set(vm, vm->modules, name, module) < 0) return SP_NULL;
    }
    sp_value_t dict = SP_AS_MODULE(module)->dict;
    if (sp_str_cstr(fname)[0] != '<') {
        if (sp_dict_set(vm, dict, vm->s___file__, fname) < 0) return SP_NULL;
    } else if (sp_dict_del(vm, dict, vm->s___file__) < 0) {
        return SP_NULL;
    }
    return module;
}

/* Flushes the files io.py still has open for writing (Boehm runs no finalizers, so this is
 * where unclosed files get their buffered data out). Keeps any pending exception. */
static void api_flush_io(sp_vm_t *vm) {
    sp_value_t io = sp_is_dict(vm->modules) ? sp_dict_get_cstr(vm, vm->modules, "io") : SP_NULL;
    sp_value_t exc = sp_exc_fetch(vm);
    if (io != SP_NULL && sp_is_kind(io, SP_K_MODULE)) {
        sp_value_t fn = sp_dict_get_cstr(vm, SP_AS_MODULE(io)->dict, "_flush_all");
        if (fn != SP_NULL) sp_call(vm, fn, NULL, 0, SP_NULL);
    }
    sp_exc_fetch(vm);
    vm->exc = exc;
}

/* Runs source in the __main__ module and reports the outcome. */
static sp_status_t api_run_source(sp_vm_t *vm, sp_value_t source, const char *filename) {
    sp_value_t fname = sp_str_from_cstr(vm, filename);
    sp_value_t module = fname ? api_main_module(vm, fname) : SP_NULL;
    sp_value_t result = module ? import_exec_source(vm, module, source, fname) : SP_NULL;
    api_flush_io(vm);
    fflush(vm->out);
    if (result) return SP_OK;
    return api_report(vm);
}

sp_status_t sp_run_string(sp_vm_t *vm, const char *source, size_t size, const char *filename) {
    api_reset(vm);
    sp_value_t text = sp_str_new(vm, source, size);
    if (!text) return api_report(vm);
    return api_run_source(vm, text, filename ? filename : "<string>");
}

/* path made absolute without resolving links, as CPython shows it in "can't open file". */
static sp_value_t api_absolute_path(sp_vm_t *vm, const char *path) {
    char cwd[PATH_MAX];
    if (path[0] == '/' || !getcwd(cwd, sizeof cwd)) return sp_str_from_cstr(vm, path);
    return sp_str_format(vm, "%s/%s", cwd, path);
}

/* The directory imports are searched in: the script's directory, absolute. */
static sp_value_t api_script_dir(sp_vm_t *vm, const char *path) {
    char resolved[PATH_MAX];
    sp_value_t full = realpath(path, resolved) ? sp_str_from_cstr(vm, resolved) : api_absolute_path(vm, path);
    if (!full) return SP_NULL;
    const char *text = sp_str_cstr(full);
    const char *slash = strrchr(text, '/');
    if (!slash) return sp_str_new(vm, "", 0);
    return sp_str_new(vm, text, slash == text ? 1 : (size_t)(slash - text));
}

/* sys.path[0] is the script's directory (sys was made before the script was known). */
static void api_set_sys_path0(sp_vm_t *vm, sp_value_t dir) {
    if (!vm->sys_module || !sp_is_kind(vm->sys_module, SP_K_MODULE)) return;
    sp_value_t path = sp_dict_get_cstr(vm, SP_AS_MODULE(vm->sys_module)->dict, "path");
    if (path && sp_is_list(path) && SP_AS_LIST(path)->size > 0) SP_AS_LIST(path)->items[0] = dir;
}

/* The "can't open file" failure: status 2 as CPython's, with the reason for sp_vm_error. */
static sp_status_t api_cannot_open(sp_vm_t *vm, const char *path, int err) {
    sp_value_t full = api_absolute_path(vm, path);
    const char *shown = full ? sp_str_cstr(full) : path;
    const char *fmt = "can't open file '%s': [Errno %d] %s\n";
    int len = snprintf(NULL, 0, fmt, shown, err, strerror(err));
    vm->error_text = malloc((size_t)len + 1);
    if (vm->error_text) snprintf(vm->error_text, (size_t)len + 1, fmt, shown, err, strerror(err));
    vm->exit_code = 2;
    return SP_ERROR;
}

sp_status_t sp_run_file(sp_vm_t *vm, const char *path) {
    api_reset(vm);
    int err;
    sp_value_t source = import_read_file(vm, path, &err);
    if (!source) return vm->exc ? api_report(vm) : api_cannot_open(vm, path, err);
    sp_value_t dir = api_script_dir(vm, path);
    /* CPython 3.11 names the script by its absolute (unnormalised) path in __file__ and
     * tracebacks; sys.argv[0] stays as given. */
    sp_value_t full = api_absolute_path(vm, path);
    if (!dir || !full) return api_report(vm);
    vm->main_dir = dir;
    api_set_sys_path0(vm, dir);
    return api_run_source(vm, source, sp_str_cstr(full));
}

/* Prints every token of the source, one per line, as "line:col-line:col KIND 'text'". */
static int api_dump_tokens(sp_vm_t *vm, const char *source, size_t size, const char *filename, FILE *out) {
    lex_t lexer;
    if (lex_init(&lexer, vm, source, size, filename) < 0) return -1;
    lex_token_t tok;
    do {
        if (lex_next_token(&lexer, &tok) < 0) return -1;
        fprintf(out, "%d:%d-%d:%d\t%-10s '", tok.line, tok.col, tok.end_line, tok.end_col,
                lex_kind_name(tok.kind));
        for (uint32_t i = 0; tok.start && i < tok.len; i++) {
            char c = tok.start[i];
            if (c == '\n') fputs("\\n", out);
            else if (c == '\r') fputs("\\r", out);
            else fputc(c, out);
        }
        fputs("'\n", out);
    } while (tok.kind != TK_ENDMARKER);
    return 0;
}

sp_status_t sp_dump_string(sp_vm_t *vm, const char *source, size_t size, const char *filename,
                           sp_dump_kind_t what, FILE *out) {
    api_reset(vm);
    if (!filename) filename = "<string>";
    sp_value_t text = sp_str_new(vm, source, size);
    sp_value_t fname = sp_str_from_cstr(vm, filename);
    if (!text || !fname || sp_dict_set(vm, vm->sources, fname, text) < 0) return api_report(vm);
    if (what == SP_DUMP_TOKENS) {
        if (api_dump_tokens(vm, source, size, filename, out) < 0) return api_report(vm);
    } else if (what == SP_DUMP_AST) {
        sp_ast_t *tree = parse_source(vm, source, size, filename, SP_PARSE_FILE);
        if (!tree) return api_report(vm);
        ast_dump(vm, tree, out);
        fputc('\n', out);
    } else {
        sp_code_t *code = compile_source(vm, source, size, filename, SP_PARSE_FILE);
        if (!code) return api_report(vm);
        code_disassemble(vm, code, out);
    }
    fflush(out);
    return SP_OK;
}

sp_status_t sp_disassemble_string(sp_vm_t *vm, const char *source, size_t size, const char *filename,
                                  FILE *out) {
    return sp_dump_string(vm, source, size, filename, SP_DUMP_BYTECODE, out);
}

const char *sp_vm_error(sp_vm_t *vm) { return vm->error_text ? vm->error_text : ""; }

int sp_vm_exit_code(sp_vm_t *vm) { return vm->exit_code; }

const char *sp_dispatch_variants(void) {
#if SP_ENABLE_SWITCH && SP_ENABLE_GOTO
    return "switch,goto";
#elif SP_ENABLE_GOTO
    return "goto";
#else
    return "switch";
#endif
}
