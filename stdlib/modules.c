/* modules.c: the table of built-in C modules (from stdlib/modules.def) and the lookup that
 * `import` uses before searching sys.path. Modules are created lazily, on first import. */
#include <string.h>

#include "runtime/runtime.h"
#include "stdlib/modules.h"

#define MODULE(name, init) sp_value_t init(sp_vm_t *vm);
#include "stdlib/modules.def"
#undef MODULE

typedef struct stdlib_module_row {
    const char *name;
    sp_value_t (*init)(sp_vm_t *vm);
} stdlib_module_row_t;

static const stdlib_module_row_t stdlib_module_table[] = {
#define MODULE(name, init) {name, init},
#include "stdlib/modules.def"
#undef MODULE
    {NULL, NULL},
};

bool stdlib_is_builtin_module(const char *name) {
    for (const stdlib_module_row_t *row = stdlib_module_table; row->name; row++)
        if (strcmp(row->name, name) == 0) return true;
    return false;
}

sp_value_t stdlib_builtin_module(sp_vm_t *vm, sp_value_t name) {
    const char *text = sp_str_cstr(name);
    for (const stdlib_module_row_t *row = stdlib_module_table; row->name; row++) {
        if (strcmp(row->name, text) != 0) continue;
        sp_value_t module = row->init(vm);
        if (module == SP_NULL) return SP_NULL;
        /* Registered after init succeeds, so a failed init leaves no half-made module behind. */
        if (sp_dict_set(vm, vm->modules, name, module) < 0) return SP_NULL;
        return module;
    }
    return SP_NULL;
}

sp_value_t stdlib_builtin_module_names(sp_vm_t *vm) {
    static const char *const always[] = {"builtins", "sys"};
    sp_value_t list = sp_list_new(vm, 0);
    if (list == SP_NULL) return SP_NULL;
    for (size_t i = 0; i < sizeof always / sizeof always[0]; i++) {
        sp_value_t s = sp_str_intern_cstr(vm, always[i]);
        if (s == SP_NULL || sp_list_append(vm, list, s) < 0) return SP_NULL;
    }
    for (const stdlib_module_row_t *row = stdlib_module_table; row->name; row++) {
        sp_value_t s = sp_str_intern_cstr(vm, row->name);
        if (s == SP_NULL || sp_list_append(vm, list, s) < 0) return SP_NULL;
    }
    if (sp_list_sort(vm, list, SP_NULL, false) < 0) return SP_NULL;
    return sp_tuple_from_array(vm, SP_AS_LIST(list)->items, SP_AS_LIST(list)->size);
}
