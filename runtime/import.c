/* import.c: the `import` statement, after CPython's importlib: sys.modules first, then NAME.py,
 * NAME/__init__.py (packages) or a bare NAME/ directory (namespace packages) along sys.path or the
 * parent package's __path__; relative imports resolved from __package__/__name__. */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "compiler/compiler.h"
#include "runtime/runtime.h"
#include "stdlib/frozen.h"
#include "stdlib/modules.h"
#include "vm/marshal.h"

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
    if (sp_dict_set_cstr(vm, dict, "__package__", SP_NONE) < 0) return SP_NULL;
    if (sp_dict_set_cstr(vm, dict, "__spec__", SP_NONE) < 0) return SP_NULL;
    if (sp_dict_set_cstr(vm, dict, "__loader__", SP_NONE) < 0) return SP_NULL;
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

/* The length of the valid UTF-8 sequence at p (at most n bytes), or 0 if it is invalid. */
static int import_utf8_len(const unsigned char *p, size_t n) {
    unsigned c = p[0];
    int len = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (len == 0 || (size_t)len > n) return 0;
    for (int i = 1; i < len; i++)
        if ((p[i] & 0xC0) != 0x80) return 0;
    if (c == 0xE0 && p[1] < 0xA0) return 0; /* overlong */
    if (c == 0xED && p[1] >= 0xA0) return 0; /* surrogate */
    if (c == 0xF0 && p[1] < 0x90) return 0; /* overlong */
    if (c == 0xF4 && p[1] >= 0x90) return 0; /* beyond U+10FFFF */
    return len;
}

/* Whether one of the first two lines declares a source encoding (PEP 263). */
static bool import_has_coding(const char *text, size_t size) {
    const char *end = text + size;
    for (int line = 0; line < 2 && text < end; line++) {
        const char *nl = memchr(text, '\n', (size_t)(end - text));
        size_t len = nl ? (size_t)(nl - text) : (size_t)(end - text);
        for (size_t i = 0; i + 6 < len; i++)
            if (!memcmp(text + i, "coding", 6) && (text[i + 6] == ':' || text[i + 6] == '=')) return true;
        text = nl ? nl + 1 : end;
    }
    return false;
}

/* A source file that is not UTF-8 (and declares no encoding) is rejected as a whole before it
 * is parsed, with CPython's tokenizer message and no location. */
static int import_check_utf8(sp_vm_t *vm, sp_value_t source, sp_value_t filename) {
    const unsigned char *text = (const unsigned char *)sp_str_cstr(source);
    size_t size = (size_t)SP_AS_STR(source)->size;
    if (import_has_coding((const char *)text, size)) return 0;
    int line = 1;
    for (size_t i = 0; i < size;) {
        int len = import_utf8_len(text + i, size - i);
        if (len == 0) {
            char msg[PATH_MAX + 200];
            snprintf(msg, sizeof msg,
                     "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding declared; see "
                     "https://peps.python.org/pep-0263/ for details",
                     text[i], sp_str_cstr(filename), line);
            sp_raise_syntax(vm, SP_EXC_SyntaxError, msg, sp_str_cstr(filename), 0, 0, NULL);
            return -1;
        }
        if (text[i] == '\n') line++;
        i += (size_t)len;
    }
    return 0;
}

sp_value_t import_exec_source(sp_vm_t *vm, sp_value_t module, sp_value_t source, sp_value_t filename) {
    /* Pseudo-files ("<string>", "<stdin>") show no source lines in tracebacks, as in CPython. */
    if (sp_str_cstr(filename)[0] != '<' && import_check_utf8(vm, source, filename) < 0) return SP_NULL;
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

/* Sets ImportError's name (and path) attributes on the exception just raised; returns SP_NULL. */
static sp_value_t import_error_attrs(sp_vm_t *vm, sp_value_t name, sp_value_t path) {
    sp_value_t exc = sp_exc_fetch(vm);
    if (name && sp_setattr(vm, exc, sp_str_intern_cstr(vm, "name"), name) < 0) sp_exc_fetch(vm);
    if (path && sp_setattr(vm, exc, sp_str_intern_cstr(vm, "path"), path) < 0) sp_exc_fetch(vm);
    vm->exc = exc;
    return SP_NULL;
}

/* ---- Finding: one sys.path-style list of directories --------------------------------------- */

typedef enum { IMPORT_NOT_FOUND, IMPORT_MODULE, IMPORT_PACKAGE, IMPORT_NAMESPACE } import_kind_t;

static bool import_is_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static bool import_is_dir(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* A search-path entry as a directory: "" means the current directory, made absolute as
 * CPython's FileFinder does. */
static sp_value_t import_entry_dir(sp_vm_t *vm, sp_value_t entry) {
    if (SP_AS_STR(entry)->size > 0) return entry;
    char cwd[PATH_MAX];
    if (getcwd(cwd, sizeof cwd)) return sp_str_from_cstr(vm, cwd);
    return sp_str_from_cstr(vm, ".");
}

/* Looks for `tail` in the directories of `dirs` (a list; non-str entries are skipped). Returns the
 * file to run (SP_NONE for a namespace package) and sets *kind; *pkgdirs gets the package's
 * __path__ list. Returns SP_NULL with *kind IMPORT_NOT_FOUND when nothing matches. */
static sp_value_t import_find(sp_vm_t *vm, sp_value_t dirs, sp_value_t tail, import_kind_t *kind,
                              sp_value_t *pkgdirs) {
    *kind = IMPORT_NOT_FOUND;
    sp_value_t namespace = SP_NULL;
    for (int64_t i = 0; sp_is_list(dirs) && i < SP_AS_LIST(dirs)->size; i++) {
        sp_value_t entry = SP_AS_LIST(dirs)->items[i];
        if (!sp_is_str(entry)) continue;
        sp_value_t dir = import_entry_dir(vm, entry);
        sp_value_t sub = dir ? sp_str_format(vm, "%s/%s", sp_str_cstr(dir), sp_str_cstr(tail)) : SP_NULL;
        if (!sub) return SP_NULL;
        if (import_is_dir(sp_str_cstr(sub))) {
            sp_value_t init = sp_str_format(vm, "%s/__init__.py", sp_str_cstr(sub));
            if (!init) return SP_NULL;
            if (import_is_file(sp_str_cstr(init))) {
                *kind = IMPORT_PACKAGE;
                *pkgdirs = sp_list_from_array(vm, &sub, 1);
                return *pkgdirs ? init : SP_NULL;
            }
            if (!namespace && !(namespace = sp_list_new(vm, 0))) return SP_NULL;
            if (sp_list_append(vm, namespace, sub) < 0) return SP_NULL;
        }
        sp_value_t file = sp_str_format(vm, "%s.py", sp_str_cstr(sub));
        if (!file) return SP_NULL;
        if (import_is_file(sp_str_cstr(file))) {
            *kind = IMPORT_MODULE;
            return file;
        }
    }
    if (!namespace) return SP_NULL;
    *kind = IMPORT_NAMESPACE;
    *pkgdirs = namespace;
    return SP_NONE;
}

/* sys.path as it is now (user code may change it), or [script dir] if sys lost it. */
static sp_value_t import_sys_path(sp_vm_t *vm) {
    if (vm->sys_module && sp_is_kind(vm->sys_module, SP_K_MODULE)) {
        sp_value_t path = sp_dict_get_cstr(vm, SP_AS_MODULE(vm->sys_module)->dict, "path");
        if (path && sp_is_list(path)) return path;
        if (vm->exc) sp_exc_fetch(vm);
    }
    sp_value_t dir = vm->main_dir && sp_is_str(vm->main_dir) ? vm->main_dir : sp_str_from_cstr(vm, "");
    return dir ? sp_list_from_array(vm, &dir, 1) : SP_NULL;
}

/* ---- Loading ------------------------------------------------------------------------------- */

/* Runs a module's code (`code`, or else `source` compiled as `path`) in a new module registered
 * in sys.modules before it runs (so circular imports see the partial module) and removed again
 * if it fails. */
static sp_value_t import_run_module(sp_vm_t *vm, sp_value_t module, sp_value_t name, sp_value_t source,
                                    sp_value_t path, sp_code_t *code) {
    if (sp_dict_set(vm, vm->modules, name, module) < 0) return SP_NULL;
    if (!vm->importing && !(vm->importing = sp_dict_new(vm))) return SP_NULL;
    if (sp_dict_set(vm, vm->importing, name, SP_TRUE) < 0) return SP_NULL;
    sp_value_t result = code ? sp_eval_module_code(vm, code, SP_AS_MODULE(module)->dict)
                             : import_exec_source(vm, module, source, path);
    sp_value_t exc = sp_exc_fetch(vm);
    if (sp_dict_del(vm, vm->importing, name) < 0) sp_exc_fetch(vm);
    vm->exc = exc;
    if (!result) {
        import_forget(vm, name);
        return SP_NULL;
    }
    /* A module may replace itself in sys.modules while it runs, as in CPython. */
    sp_value_t final = sp_dict_get(vm, vm->modules, name);
    if (final || vm->exc) return final;
    return sp_raise(vm, SP_EXC_KeyError, "'%s'", sp_str_cstr(name));
}

/* Runs a found module's file (import_run_module). */
static sp_value_t import_run_file(sp_vm_t *vm, sp_value_t module, sp_value_t name, sp_value_t path) {
    int err;
    sp_value_t source = import_read_file(vm, sp_str_cstr(path), &err);
    if (!source) {
        if (vm->exc) return SP_NULL;
        return sp_raise(vm, SP_EXC_OSError, "[Errno %d] %s: '%s'", err, strerror(err), sp_str_cstr(path));
    }
    return import_run_module(vm, module, name, source, path, NULL);
}

/* importlib's ModuleSpec, as CPython's _frozen_importlib defines it (trimmed: no loaders, no
 * cached bytecode paths). It runs once, in a module registered as sys.modules['_frozen_importlib']. */
static const char import_spec_source[] =
    "class ModuleSpec:\n"
    "    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):\n"
    "        self.name = name\n"
    "        self.loader = loader\n"
    "        self.origin = origin\n"
    "        self.loader_state = loader_state\n"
    "        self.submodule_search_locations = [] if is_package else None\n"
    "        self._set_fileattr = False\n"
    "        self.cached = None\n"
    "    def __repr__(self):\n"
    "        args = ['name={!r}'.format(self.name), 'loader={!r}'.format(self.loader)]\n"
    "        if self.origin is not None:\n"
    "            args.append('origin={!r}'.format(self.origin))\n"
    "        if self.submodule_search_locations is not None:\n"
    "            args.append('submodule_search_locations={}'.format(self.submodule_search_locations))\n"
    "        return '{}({})'.format(self.__class__.__name__, ', '.join(args))\n"
    "    def __eq__(self, other):\n"
    "        smsl = self.submodule_search_locations\n"
    "        try:\n"
    "            return (self.name == other.name and self.loader == other.loader and\n"
    "                    self.origin == other.origin and smsl == other.submodule_search_locations and\n"
    "                    self.cached == other.cached and self.has_location == other.has_location)\n"
    "        except AttributeError:\n"
    "            return NotImplemented\n"
    "    @property\n"
    "    def parent(self):\n"
    "        if self.submodule_search_locations is None:\n"
    "            return self.name.rpartition('.')[0]\n"
    "        return self.name\n"
    "    @property\n"
    "    def has_location(self):\n"
    "        return self._set_fileattr\n"
    "def _spec_for(name, origin, locations):\n"
    "    spec = ModuleSpec(name, None, origin=origin)\n"
    "    spec.submodule_search_locations = locations\n"
    "    spec._set_fileattr = origin is not None\n"
    "    return spec\n";

/* The module spec of a module loaded from `origin` (None for a namespace package); `locations`
 * is a package's __path__ list, None for a plain module. */
static sp_value_t import_make_spec(sp_vm_t *vm, sp_value_t name, sp_value_t origin, sp_value_t locations) {
    sp_value_t bootstrap_name = sp_str_intern_cstr(vm, "_frozen_importlib");
    sp_value_t bootstrap = sp_dict_get(vm, vm->modules, bootstrap_name);
    if (!bootstrap) {
        if (vm->exc) return SP_NULL;
        sp_value_t source = sp_str_from_cstr(vm, import_spec_source);
        sp_value_t filename = sp_str_from_cstr(vm, "<frozen importlib._bootstrap>");
        if (!source || !filename || !(bootstrap = import_module_new(vm, bootstrap_name, SP_NULL))) return SP_NULL;
        if (!import_exec_source(vm, bootstrap, source, filename)) return SP_NULL;
        if (sp_dict_set(vm, vm->modules, bootstrap_name, bootstrap) < 0) return SP_NULL;
    }
    sp_value_t make = sp_getattr(vm, bootstrap, sp_str_intern_cstr(vm, "_spec_for"));
    if (!make) return SP_NULL;
    sp_value_t args[3] = {name, origin, locations};
    return sp_call(vm, make, args, 3, SP_NULL);
}

/* Makes and runs the module `name` found as `path` of the given kind. */
static sp_value_t import_load(sp_vm_t *vm, sp_value_t name, sp_value_t parent, sp_value_t path, import_kind_t kind,
                              sp_value_t pkgdirs) {
    sp_value_t module = import_module_new(vm, name, kind == IMPORT_NAMESPACE ? SP_NONE : path);
    if (!module) return SP_NULL;
    sp_value_t dict = SP_AS_MODULE(module)->dict;
    sp_value_t package = kind == IMPORT_MODULE ? parent : name;
    if (sp_dict_set_cstr(vm, dict, "__package__", package) < 0) return SP_NULL;
    if (kind != IMPORT_MODULE && sp_dict_set_cstr(vm, dict, "__path__", pkgdirs) < 0) return SP_NULL;
    sp_value_t spec = import_make_spec(vm, name, kind == IMPORT_NAMESPACE ? SP_NONE : path,
                                       kind == IMPORT_MODULE ? SP_NONE : pkgdirs);
    if (!spec || sp_dict_set_cstr(vm, dict, "__spec__", spec) < 0) return SP_NULL;
    if (kind != IMPORT_NAMESPACE) return import_run_file(vm, module, name, path);
    if (sp_dict_set(vm, vm->modules, name, module) < 0) return SP_NULL;
    return module;
}

/* Loads a frozen module (stdlib/frozen.h) as CPython's FrozenImporter: no __file__, a spec whose
 * origin is 'frozen', and an empty __path__ for a package (its submodules are frozen too). The
 * code comes from the marshalled bytes on every import of a fresh module, into writable GC memory. */
static sp_value_t import_load_frozen(sp_vm_t *vm, sp_value_t name, sp_value_t parent,
                                     const stdlib_frozen_module_t *frozen) {
    sp_value_t value = marshal_loads(vm, frozen->data, frozen->size);
    if (!value) return SP_NULL;
    if (!sp_is_kind(value, SP_K_CODE))
        return sp_raise(vm, SP_EXC_ImportError, "frozen object %s is not a code object", sp_str_cstr(name));
    sp_value_t module = import_module_new(vm, name, SP_NULL);
    if (!module) return SP_NULL;
    sp_value_t dict = SP_AS_MODULE(module)->dict;
    sp_value_t path = frozen->is_package ? sp_list_new(vm, 0) : SP_NONE;
    if (!path || sp_dict_set_cstr(vm, dict, "__package__", frozen->is_package ? name : parent) < 0) return SP_NULL;
    if (frozen->is_package && sp_dict_set_cstr(vm, dict, "__path__", path) < 0) return SP_NULL;
    sp_value_t origin = sp_str_intern_cstr(vm, "frozen");
    sp_value_t spec = origin ? import_make_spec(vm, name, origin, path) : SP_NULL;
    /* has_location is False: the origin names the importer, not a file. */
    if (!spec || sp_setattr(vm, spec, sp_str_intern_cstr(vm, "_set_fileattr"), SP_FALSE) < 0) return SP_NULL;
    if (sp_dict_set_cstr(vm, dict, "__spec__", spec) < 0) return SP_NULL;
    return import_run_module(vm, module, name, SP_NULL, SP_NULL, SP_PTR(sp_code_t, value));
}

static sp_value_t import_find_and_load(sp_vm_t *vm, sp_value_t name, bool *missing);

/* The parent package of a dotted name (imported first) and its __path__ in *dirs. */
static sp_value_t import_parent(sp_vm_t *vm, sp_value_t name, sp_value_t parent_name, sp_value_t *dirs) {
    sp_value_t parent = sp_dict_get(vm, vm->modules, parent_name);
    if (!parent) {
        if (vm->exc || !import_find_and_load(vm, parent_name, NULL)) return SP_NULL;
        parent = sp_dict_get(vm, vm->modules, parent_name);
        if (!parent) return vm->exc ? SP_NULL : sp_raise(vm, SP_EXC_KeyError, "'%s'", sp_str_cstr(parent_name));
    }
    *dirs = sp_getattr_opt(vm, parent, sp_str_intern_cstr(vm, "__path__"));
    if (*dirs) return parent;
    if (vm->exc) return SP_NULL;
    /* Running the parent may have registered the submodule itself (os puts os.path in
     * sys.modules): importlib looks there before it asks for the parent's __path__. */
    if (sp_dict_get(vm, vm->modules, name)) {
        *dirs = SP_NONE;
        return parent;
    }
    if (vm->exc) return SP_NULL;
    sp_raise(vm, SP_EXC_ModuleNotFoundError, "No module named '%s'; '%s' is not a package", sp_str_cstr(name),
             sp_str_cstr(parent_name));
    return import_error_attrs(vm, name, SP_NULL);
}

/* importlib's _find_and_load: the module `name` (absolute, maybe dotted) from sys.modules or
 * loaded now; a submodule is bound as an attribute of its package once it has run. *missing
 * (when not NULL) tells whether the failure was "No module named <name>" for name itself. */
static sp_value_t import_find_and_load(sp_vm_t *vm, sp_value_t name, bool *missing) {
    sp_value_t module = sp_dict_get(vm, vm->modules, name);
    if (module == SP_NONE) {
        sp_raise(vm, SP_EXC_ModuleNotFoundError, "import of %s halted; None in sys.modules", sp_str_cstr(name));
        return import_error_attrs(vm, name, SP_NULL);
    }
    if (module || vm->exc) return module;
    /* Built-in C modules come first, as CPython's BuiltinImporter precedes the path finder. */
    module = stdlib_builtin_module(vm, name);
    if (module || vm->exc) return module;
    const char *full = sp_str_cstr(name);
    const char *dot = strrchr(full, '.');
    sp_value_t parent = SP_NULL, parent_name, tail, dirs;
    if (dot) {
        parent_name = sp_str_new(vm, full, (size_t)(dot - full));
        tail = sp_str_from_cstr(vm, dot + 1);
        if (!parent_name || !tail || !(parent = import_parent(vm, name, parent_name, &dirs))) return SP_NULL;
        /* Importing the parent may have imported this module too. */
        module = sp_dict_get(vm, vm->modules, name);
        if (module || vm->exc) return module;
    } else {
        parent_name = sp_str_new(vm, "", 0);
        tail = name;
        dirs = import_sys_path(vm);
        if (!parent_name || !dirs) return SP_NULL;
    }
    /* Frozen modules come next, before sys.path, as CPython's FrozenImporter. */
    const stdlib_frozen_module_t *frozen = stdlib_frozen_find(full);
    if (frozen) {
        module = import_load_frozen(vm, name, parent_name, frozen);
        if (module && parent && sp_setattr(vm, parent, tail, module) < 0) return SP_NULL;
        return module;
    }
    import_kind_t kind;
    sp_value_t pkgdirs = SP_NULL;
    sp_value_t path = import_find(vm, dirs, tail, &kind, &pkgdirs);
    if (kind == IMPORT_NOT_FOUND) {
        if (vm->exc) return SP_NULL;
        if (missing) *missing = true;
        sp_raise(vm, SP_EXC_ModuleNotFoundError, "No module named '%s'", full);
        return import_error_attrs(vm, name, SP_NULL);
    }
    module = import_load(vm, name, parent_name, path, kind, pkgdirs);
    if (module && parent && sp_setattr(vm, parent, tail, module) < 0) return SP_NULL;
    return module;
}

/* ---- The import statement ------------------------------------------------------------------ */

/* The package a relative import starts from: __package__, else __spec__.parent, else __name__
 * (without its last part unless the module is a package), as importlib's _calc___package__. */
static sp_value_t import_calc_package(sp_vm_t *vm, sp_value_t globals) {
    sp_value_t package = sp_is_dict(globals) ? sp_dict_get_cstr(vm, globals, "__package__") : SP_NULL;
    if (vm->exc) return SP_NULL;
    if (package && package != SP_NONE) return package;
    sp_value_t spec = sp_is_dict(globals) ? sp_dict_get_cstr(vm, globals, "__spec__") : SP_NULL;
    if (vm->exc) return SP_NULL;
    if (spec && spec != SP_NONE) return sp_getattr(vm, spec, sp_str_intern_cstr(vm, "parent"));
    sp_value_t name = sp_is_dict(globals) ? sp_dict_get(vm, globals, vm->s___name__) : SP_NULL;
    if (!name) return vm->exc ? SP_NULL : sp_raise(vm, SP_EXC_KeyError, "'__name__ not in globals'");
    if (!sp_is_str(name)) return name;
    sp_value_t path = sp_dict_get_cstr(vm, globals, "__path__");
    if (path || vm->exc) return vm->exc ? SP_NULL : name;
    const char *text = sp_str_cstr(name);
    const char *dot = strrchr(text, '.');
    return sp_str_new(vm, text, dot ? (size_t)(dot - text) : 0);
}

/* The absolute name of a relative import of `name` at `level` from a module with `globals`. */
static sp_value_t import_resolve_name(sp_vm_t *vm, sp_value_t name, sp_value_t globals, int level) {
    sp_value_t package = import_calc_package(vm, globals);
    if (!package) return SP_NULL;
    if (!sp_is_str(package)) return sp_raise(vm, SP_EXC_TypeError, "__package__ not set to a string");
    if (SP_AS_STR(package)->size == 0)
        return sp_raise(vm, SP_EXC_ImportError, "attempted relative import with no known parent package");
    const char *text = sp_str_cstr(package);
    size_t end = (size_t)SP_AS_STR(package)->size;
    for (int i = 1; i < level; i++) {
        while (end > 0 && text[end - 1] != '.') end--;
        if (end == 0) return sp_raise(vm, SP_EXC_ImportError, "attempted relative import beyond top-level package");
        end--;
    }
    if (SP_AS_STR(name)->size == 0) return sp_str_new(vm, text, end);
    return sp_str_format(vm, "%.*s.%s", (int)end, text, sp_str_cstr(name));
}

/* _handle_fromlist: `from package import x` imports the submodule package.x when package has no
 * attribute x; "*" does the same for every name in __all__. */
static int import_handle_fromlist(sp_vm_t *vm, sp_value_t module, sp_value_t fromlist, bool recursive) {
    sp_value_t it = sp_iter(vm, fromlist);
    if (!it) return -1;
    sp_value_t modname = sp_getattr(vm, module, vm->s___name__);
    if (!modname) return -1;
    for (sp_value_t x; (x = sp_next(vm, it));) {
        if (!sp_is_str(x)) {
            if (recursive)
                sp_raise(vm, SP_EXC_TypeError, "Item in %s.__all__ must be str, not %s",
                         sp_is_str(modname) ? sp_str_cstr(modname) : "?", sp_type_name(vm, x));
            else
                sp_raise(vm, SP_EXC_TypeError, "Item in from list must be str, not %s", sp_type_name(vm, x));
            return -1;
        }
        if (!strcmp(sp_str_cstr(x), "*")) {
            sp_value_t all = recursive ? SP_NULL : sp_getattr_opt(vm, module, sp_str_intern_cstr(vm, "__all__"));
            if (vm->exc) return -1;
            if (all && import_handle_fromlist(vm, module, all, true) < 0) return -1;
            continue;
        }
        sp_value_t has = sp_getattr_opt(vm, module, x);
        if (has || vm->exc) {
            if (vm->exc) return -1;
            continue;
        }
        if (!sp_is_str(modname)) continue;
        sp_value_t sub = sp_str_format(vm, "%s.%s", sp_str_cstr(modname), sp_str_cstr(x));
        if (!sub) return -1;
        bool missing = false;
        if (!import_find_and_load(vm, sub, &missing)) {
            /* A missing submodule is not an error here: IMPORT_FROM reports it by name. */
            if (!missing) return -1;
            sp_exc_fetch(vm);
        }
    }
    return vm->exc ? -1 : 0;
}

sp_value_t sp_import_level(sp_vm_t *vm, sp_value_t name, sp_value_t globals, sp_value_t fromlist, int level) {
    if (!sp_is_str(name)) return sp_raise(vm, SP_EXC_TypeError, "module name must be str, not %s", sp_type_name(vm, name));
    if (level < 0) return sp_raise(vm, SP_EXC_ValueError, "level must be >= 0");
    sp_value_t absname = name;
    if (level > 0) {
        if (!(absname = import_resolve_name(vm, name, globals, level))) return SP_NULL;
    } else if (SP_AS_STR(name)->size == 0) {
        return sp_raise(vm, SP_EXC_ValueError, "Empty module name");
    }
    sp_value_t module = import_find_and_load(vm, absname, NULL);
    if (!module) return SP_NULL;
    bool has_fromlist = fromlist && fromlist != SP_NONE && !(sp_is_tuple(fromlist) && SP_AS_TUPLE(fromlist)->size == 0);
    if (has_fromlist) {
        sp_value_t path = sp_getattr_opt(vm, module, sp_str_intern_cstr(vm, "__path__"));
        if (!path) return vm->exc ? SP_NULL : module;
        return import_handle_fromlist(vm, module, fromlist, false) < 0 ? SP_NULL : module;
    }
    /* `import a.b.c` binds the top package a. */
    const char *text = sp_str_cstr(name);
    const char *dot = strchr(text, '.');
    if (!dot) return module;
    sp_value_t top;
    if (level == 0) {
        top = sp_str_new(vm, text, (size_t)(dot - text));
    } else {
        const char *mod = sp_str_cstr(absname);
        top = sp_str_new(vm, mod, strlen(mod) - strlen(dot));
    }
    return top ? import_find_and_load(vm, top, NULL) : SP_NULL;
}

sp_value_t sp_import(sp_vm_t *vm, sp_value_t name, sp_value_t fromlist, int level) {
    return sp_import_level(vm, name, SP_NULL, fromlist, level);
}

bool import_in_progress(sp_vm_t *vm, sp_value_t name) {
    if (!vm->importing || !name || !sp_is_str(name)) return false;
    sp_value_t v = sp_dict_get(vm, vm->importing, name);
    if (!v) sp_exc_fetch(vm);
    return v != SP_NULL;
}

/* IMPORT_FROM: module.name, else the submodule sys.modules["module.name"], else CPython's
 * ImportError (naming a partially initialised module during circular imports). */
sp_value_t import_from(sp_vm_t *vm, sp_value_t module, sp_value_t name) {
    sp_value_t v = sp_getattr_opt(vm, module, name);
    if (v || vm->exc) return v;
    sp_value_t modname = sp_getattr_opt(vm, module, vm->s___name__);
    if (!modname && vm->exc) return SP_NULL;
    if (modname && sp_is_str(modname)) {
        sp_value_t full = sp_str_format(vm, "%s.%s", sp_str_cstr(modname), sp_str_cstr(name));
        if (!full) return SP_NULL;
        v = sp_dict_get(vm, vm->modules, full);
        if (v || vm->exc) return v;
    }
    const char *mod = modname && sp_is_str(modname) ? sp_str_cstr(modname) : "<unknown module name>";
    sp_value_t file = sp_getattr_opt(vm, module, vm->s___file__);
    if (!file && vm->exc) return SP_NULL;
    if (!file || !sp_is_str(file)) {
        sp_raise(vm, SP_EXC_ImportError, "cannot import name '%s' from '%s' (unknown location)", sp_str_cstr(name),
                 mod);
        return import_error_attrs(vm, modname, SP_NULL);
    }
    if (import_in_progress(vm, modname))
        sp_raise(vm, SP_EXC_ImportError,
                 "cannot import name '%s' from partially initialized module '%s' (most likely due to a "
                 "circular import) (%s)",
                 sp_str_cstr(name), mod, sp_str_cstr(file));
    else
        sp_raise(vm, SP_EXC_ImportError, "cannot import name '%s' from '%s' (%s)", sp_str_cstr(name), mod,
                 sp_str_cstr(file));
    return import_error_attrs(vm, modname, file);
}

/* `from m import *`: m.__all__ (each name fetched as an attribute), else every public name. */
int import_star(sp_vm_t *vm, sp_value_t module, sp_value_t scope) {
    sp_value_t all = sp_getattr_opt(vm, module, sp_str_intern_cstr(vm, "__all__"));
    if (vm->exc) return -1;
    if (!all) {
        if (!sp_is_kind(module, SP_K_MODULE)) {
            sp_raise(vm, SP_EXC_ImportError, "from-import-* object has no __dict__ and no __all__");
            return -1;
        }
        sp_value_t mdict = SP_AS_MODULE(module)->dict;
        int64_t pos = 0;
        sp_value_t key, value;
        while (sp_dict_next(mdict, &pos, &key, &value)) {
            if (sp_is_str(key) && sp_str_cstr(key)[0] == '_') continue;
            if (sp_dict_set(vm, scope, key, value) < 0) return -1;
        }
        return 0;
    }
    sp_value_t it = sp_iter(vm, all);
    if (!it) return -1;
    for (sp_value_t key; (key = sp_next(vm, it));) {
        if (!sp_is_str(key)) {
            sp_value_t modname = sp_getattr_opt(vm, module, vm->s___name__);
            sp_raise(vm, SP_EXC_TypeError, "Item in %s.__all__ must be str, not %s",
                     modname && sp_is_str(modname) ? sp_str_cstr(modname) : "?", sp_type_name(vm, key));
            return -1;
        }
        sp_value_t v = sp_getattr(vm, module, key);
        if (!v || sp_dict_set(vm, scope, key, v) < 0) return -1;
    }
    return vm->exc ? -1 : 0;
}

/* __import__(name, globals=None, locals=None, fromlist=(), level=0). */
sp_value_t builtin___import__(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t p[5];
    if (sp_parse_args(vm, "__import__", "name, globals=, locals=, fromlist=, level=", args, nargs, kwnames, p) < 0)
        return SP_NULL;
    if (!sp_is_str(p[0])) return sp_raise(vm, SP_EXC_TypeError, "module name must be a string");
    int64_t level = 0;
    if (p[4] && sp_index(vm, p[4], &level) < 0) return SP_NULL;
    if (level < 0) return sp_raise(vm, SP_EXC_ValueError, "level must be >= 0");
    sp_value_t globals = p[1] && p[1] != SP_NONE ? p[1] : SP_NULL;
    if (level > 0 && !globals) return sp_raise(vm, SP_EXC_KeyError, "'__name__ not in globals'");
    if (globals && !sp_is_dict(globals)) return sp_raise(vm, SP_EXC_TypeError, "globals must be a dict");
    return sp_import_level(vm, p[0], globals, p[3] ? p[3] : SP_NONE, (int)level);
}
