/* import.c: the `import` statement: sys.modules first, then NAME.py beside the main script.
 * There are no packages, no relative imports and no import hooks; it never runs a module twice. */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <unistd.h>

#include "compiler/compiler.h"
#include "runtime/runtime.h"

/* The value modules get as __builtins__: the builtins module when sys.modules has it. */
static sp_value_t import_builtins_value(sp_vm_t *vm) {
    sp_value_t module = vm->modules ? sp_dict_get_cstr(vm, vm->modules, "builtins") : SP_NULL;
    return module ? module : vm->builtins;
}

sp_value_t import_module_new(sp_vm_t *vm, sp_value_t name, sp_value_t filename) {
    sp_value_t module = sp_module_new(vm, name);
    if (!module) return SP_NULL;
    sp_value_t dict = SP_AS_MODULE(module)->dict;
    if (sp_dict_set(vm, dict, vm->s___name__, name) < 0) return SP_NULL;
    if (sp_dict_set(vm, dict, vm->s___builtins__, import_builtins_value(vm)) < 0) return SP_NULL;
    if (filename && sp_dict_set(vm, dict, vm->s___file__, filename) < 0) return SP_NULL;
    return module;
}

sp_value_t import_read_file(sp_vm_t *vm, const char *path, int *err) {
    *err = 0;
    FILE *f = fopen(path, "rb");
    if (!f) {
        *err = errno;
        return SP_NULL;
    }
    sp_strbuf_t buf;
    strbuf_init(vm, &buf);
    char chunk[8192];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) strbuf_append(&buf, chunk, n);
    int failed = ferror(f);
    int saved = errno;
    fclose(f);
    if (failed) {
        *err = saved ? saved : EIO;
        return SP_NULL;
    }
    return strbuf_finish(&buf);
}

sp_value_t import_exec_source(sp_vm_t *vm, sp_value_t module, sp_value_t source, sp_value_t filename) {
    /* Pseudo-files ("<string>", "<stdin>") show no source lines in tracebacks, as in CPython. */
    if (sp_str_cstr(filename)[0] != '<' && sp_dict_set(vm, vm->sources, filename, source) < 0) return SP_NULL;
    sp_code_t *code = compile_source(vm, sp_str_cstr(source), (size_t)SP_AS_STR(source)->size,
                                     sp_str_cstr(filename), SP_PARSE_FILE);
    if (!code) return SP_NULL;
    return sp_eval_module_code(vm, code, SP_AS_MODULE(module)->dict);
}

/* Removes a module that failed to run from sys.modules, keeping the pending exception. */
static void import_forget(sp_vm_t *vm, sp_value_t name) {
    sp_value_t exc = sp_exc_fetch(vm);
    if (sp_dict_del(vm, vm->modules, name) < 0) sp_exc_fetch(vm);
    vm->exc = exc;
}

/* The path of NAME.py in the main script's directory (absolute when main_dir is). */
static sp_value_t import_path_for(sp_vm_t *vm, sp_value_t name) {
    const char *dir = vm->main_dir && sp_is_str(vm->main_dir) ? sp_str_cstr(vm->main_dir) : "";
    if (!dir[0]) {
        char cwd[PATH_MAX];
        if (getcwd(cwd, sizeof cwd)) return sp_str_format(vm, "%s/%s.py", cwd, sp_str_cstr(name));
        return sp_str_format(vm, "%s.py", sp_str_cstr(name));
    }
    return sp_str_format(vm, "%s/%s.py", dir, sp_str_cstr(name));
}

static sp_value_t import_not_found(sp_vm_t *vm, sp_value_t name) {
    return sp_raise(vm, SP_EXC_ModuleNotFoundError, "No module named '%s'", sp_str_cstr(name));
}

/* Finds NAME.py, runs it as a new module registered in sys.modules before it runs (so circular
 * imports see the partial module) and removed again if it fails. */
static sp_value_t import_load_file(sp_vm_t *vm, sp_value_t name) {
    sp_value_t path = import_path_for(vm, name);
    if (!path) return SP_NULL;
    int err;
    sp_value_t source = import_read_file(vm, sp_str_cstr(path), &err);
    if (!source) return vm->exc ? SP_NULL : import_not_found(vm, name);
    sp_value_t module = import_module_new(vm, name, path);
    if (!module || sp_dict_set(vm, vm->modules, name, module) < 0) return SP_NULL;
    if (!vm->importing && !(vm->importing = sp_dict_new(vm))) return SP_NULL;
    if (sp_dict_set(vm, vm->importing, name, SP_TRUE) < 0) return SP_NULL;
    sp_value_t result = import_exec_source(vm, module, source, path);
    sp_value_t exc = sp_exc_fetch(vm);
    if (sp_dict_del(vm, vm->importing, name) < 0) sp_exc_fetch(vm);
    vm->exc = exc;
    if (!result) {
        import_forget(vm, name);
        return SP_NULL;
    }
    /* A module may replace itself in sys.modules while it runs, as in CPython. */
    sp_value_t final = sp_dict_get(vm, vm->modules, name);
    return final ? final : module;
}

/* `import a.b`: there are no packages, so only an entry already in sys.modules can match. */
static sp_value_t import_dotted(sp_vm_t *vm, sp_value_t name) {
    const char *full = sp_str_cstr(name);
    sp_value_t top = sp_str_intern(vm, full, (size_t)(strchr(full, '.') - full));
    if (!top) return SP_NULL;
    sp_value_t module = sp_import(vm, top, SP_NONE, 0);
    if (!module) return SP_NULL;
    return sp_raise(vm, SP_EXC_ModuleNotFoundError, "No module named '%s'; '%s' is not a package", full,
                    sp_str_cstr(top));
}

bool import_in_progress(sp_vm_t *vm, sp_value_t name) {
    if (!vm->importing || !name || !sp_is_str(name)) return false;
    sp_value_t v = sp_dict_get(vm, vm->importing, name);
    if (!v) sp_exc_fetch(vm);
    return v != SP_NULL;
}

sp_value_t sp_import(sp_vm_t *vm, sp_value_t name, sp_value_t fromlist, int level) {
    if (level > 0)
        return sp_raise(vm, SP_EXC_ImportError, "attempted relative import with no known parent package");
    if (!sp_is_str(name) || SP_AS_STR(name)->size == 0) return sp_raise(vm, SP_EXC_ValueError, "Empty module name");
    sp_value_t module = sp_dict_get(vm, vm->modules, name);
    if (module || vm->exc) return module;
    if (strchr(sp_str_cstr(name), '.')) return import_dotted(vm, name);
    return import_load_file(vm, name);
}
