/* sparrow-freeze.c: the build-time tool that compiles the pure-Python standard library
 * (stdlib/lib, any depth) with Sparrow's own compiler and writes one C file holding each module's
 * marshalled code (vm/marshal.h) and the table stdlib/frozen.h declares. It runs on the build
 * machine only; it is linked with an empty frozen table, so the library never depends on itself.
 *
 *   sparrow-freeze -o OUT.c ROOT FILE.py...
 *
 * Each FILE lies under ROOT: ROOT/a/b.py becomes module "a.b", ROOT/a/__init__.py package "a".
 * A SyntaxError stops the build with CPython's message naming the file. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/compiler.h"
#include "runtime/runtime.h"
#include "sparrow.h"
#include "vm/marshal.h"

/* One module to freeze: its dotted name and whether it is a package's __init__. */
typedef struct freeze_module {
    char *name;
    const char *path;
    int is_package;
} freeze_module_t;

static void freeze_die(const char *fmt, const char *arg) {
    fprintf(stderr, "sparrow-freeze: ");
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
    exit(1);
}

/* "ROOT/a/b/__init__.py" -> "a.b" (package), "ROOT/a/c.py" -> "a.c". */
static freeze_module_t freeze_module_for(const char *root, const char *path) {
    size_t root_len = strlen(root);
    while (root_len > 1 && root[root_len - 1] == '/') root_len--;
    if (strncmp(path, root, root_len) != 0 || path[root_len] != '/')
        freeze_die("%s is not under the stdlib root", path);
    const char *rel = path + root_len + 1;
    size_t len = strlen(rel);
    if (len < 4 || strcmp(rel + len - 3, ".py") != 0) freeze_die("%s is not a .py file", path);
    freeze_module_t m = {NULL, path, 0};
    len -= 3;
    if (len >= 8 && strncmp(rel + len - 8, "__init__", 8) == 0 && (len == 8 || rel[len - 9] == '/')) {
        m.is_package = 1;
        len = len == 8 ? 0 : len - 9;
    }
    if (len == 0) freeze_die("%s: the stdlib root cannot be a package", path);
    m.name = malloc(len + 1);
    if (!m.name) freeze_die("%s", "out of memory");
    for (size_t i = 0; i < len; i++) {
        char c = rel[i] == '/' ? '.' : rel[i];
        /* Module names are ASCII identifiers joined by dots (they also become C string literals). */
        if (!(c == '_' || c == '.' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
            freeze_die("%s: not a valid module name", path);
        m.name[i] = c;
    }
    m.name[len] = '\0';
    return m;
}

static int freeze_compare(const void *a, const void *b) {
    return strcmp(((const freeze_module_t *)a)->name, ((const freeze_module_t *)b)->name);
}

/* Code objects name their file "<frozen NAME>", as CPython's frozen modules do: tracebacks then
 * show no source line, since there is no file to read it from at run time. */
static void freeze_rename(sp_code_t *code, sp_value_t filename) {
    code->filename = filename;
    for (int32_t i = 0; i < code->n_consts; i++)
        if (sp_is_kind(code->consts[i], SP_K_CODE)) freeze_rename(SP_PTR(sp_code_t, code->consts[i]), filename);
}

/* The tool allocates and never frees (the VM's memory belongs to the collector, and a
 * --with-gc=none sanitizer build frees nothing), so AddressSanitizer must not report leaks when
 * it exits: that would fail the build. */
const char *__asan_default_options(void);
const char *__asan_default_options(void) { return "detect_leaks=0"; }

/* In a --without-gmp build a module whose constants need big ints cannot be compiled; it is
 * frozen as a stub that raises ImportError naming the reason, so the rest of the library still
 * builds and importing it fails clearly. */
static sp_code_t *freeze_stub(sp_vm_t *vm, const freeze_module_t *m) {
    sp_value_t exc = sp_exc_fetch(vm);
    sp_value_t text = exc ? sp_str(vm, exc) : SP_NULL;
    fprintf(stderr, "sparrow-freeze: warning: %s needs ints beyond 64 bits (%s); it will raise ImportError\n", m->path,
            text ? sp_str_cstr(text) : "OverflowError");
    sp_value_t stub = sp_str_format(vm,
                                    "raise ImportError('%s needs ints beyond 64 bits, and this Sparrow was built "
                                    "--without-gmp')\n",
                                    m->name);
    return stub ? compile_source(vm, sp_str_cstr(stub), (size_t)SP_AS_STR(stub)->size, m->path, SP_PARSE_FILE) : NULL;
}

/* Compiles one module and returns its marshalled bytes (a bytes object); exits on any error. */
static sp_value_t freeze_compile(sp_vm_t *vm, const freeze_module_t *m) {
    int err;
    sp_value_t source = import_read_file(vm, m->path, &err);
    if (!source) freeze_die("cannot read %s", m->path);
    sp_value_t path = sp_str_from_cstr(vm, m->path);
    if (path) sp_dict_set(vm, vm->sources, path, source);
    sp_code_t *code = compile_source(vm, sp_str_cstr(source), (size_t)SP_AS_STR(source)->size, m->path, SP_PARSE_FILE);
    if (!code && !SP_USE_GMP && sp_exc_matches(vm, SP_EXC_OverflowError)) code = freeze_stub(vm, m);
    if (code) {
        sp_value_t frozen_name = sp_str_format(vm, "<frozen %s>", m->name);
        if (!frozen_name) freeze_die("%s", "out of memory");
        freeze_rename(code, frozen_name);
        sp_value_t bytes = marshal_dumps(vm, SP_OBJ(code));
        if (bytes) return bytes;
    }
    sp_value_t exc = sp_exc_fetch(vm);
    fprintf(stderr, "sparrow-freeze: cannot freeze %s (module %s):\n", m->path, m->name);
    if (exc) exc_print(vm, exc, stderr);
    exit(1);
}

static void freeze_write_bytes(FILE *out, const uint8_t *data, size_t size) {
    for (size_t i = 0; i < size; i++) fprintf(out, "%s%u,", i % 20 == 0 ? "\n   " : "", data[i]);
    if (size == 0) fputs("0", out);
}

int main(int argc, char **argv) {
    if (argc < 4 || strcmp(argv[1], "-o") != 0) {
        fputs("usage: sparrow-freeze -o OUT.c ROOT FILE.py...\n", stderr);
        return 2;
    }
    const char *out_path = argv[2], *root = argv[3];
    int n = argc - 4;
    freeze_module_t *modules = calloc((size_t)(n > 0 ? n : 1), sizeof *modules);
    if (!modules) freeze_die("%s", "out of memory");
    for (int i = 0; i < n; i++) modules[i] = freeze_module_for(root, argv[4 + i]);
    qsort(modules, (size_t)n, sizeof *modules, freeze_compare);
    for (int i = 1; i < n; i++)
        if (strcmp(modules[i].name, modules[i - 1].name) == 0) freeze_die("module %s is listed twice", modules[i].name);

    sp_vm_t *vm = sp_vm_new(NULL);
    if (!vm) freeze_die("%s", "cannot create a VM");
    FILE *out = fopen(out_path, "w");
    if (!out) freeze_die("cannot write %s", out_path);
    fputs("/* Generated by tools/sparrow-freeze from stdlib/lib: the marshalled code (vm/marshal.h) of\n"
          " * every pure-Python standard module. Do not edit: add or change a .py file instead. */\n"
          "#include \"stdlib/frozen.h\"\n",
          out);
    for (int i = 0; i < n; i++) {
        sp_value_t bytes = freeze_compile(vm, &modules[i]);
        fprintf(out, "\n/* %s */\nstatic const unsigned char frozen_%d[] = {", modules[i].name, i);
        freeze_write_bytes(out, SP_AS_BYTES(bytes)->data, (size_t)SP_AS_BYTES(bytes)->size);
        fputs("\n};\n", out);
    }
    fputs("\nconst stdlib_frozen_module_t stdlib_frozen_modules[] = {\n", out);
    for (int i = 0; i < n; i++)
        fprintf(out, "    {\"%s\", %d, frozen_%d, sizeof frozen_%d},\n", modules[i].name, modules[i].is_package, i, i);
    fputs("    {0, 0, 0, 0},\n};\n", out);
    if (fclose(out) != 0) freeze_die("error writing %s", out_path);
    sp_vm_free(vm);
    return 0;
}
