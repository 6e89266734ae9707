/* modules.h: built-in C modules (the rows of stdlib/modules.def), found by `import` before
 * sys.path. Nothing here runs at VM start-up: each module is made on its first import. */
#ifndef SP_STDLIB_MODULES_H
#define SP_STDLIB_MODULES_H

#include <stdbool.h>

#include "runtime/runtime.h"

/* True when `name` is a row of stdlib/modules.def. */
bool stdlib_is_builtin_module(const char *name);

/* Makes the built-in module `name` (a str), registers it in sys.modules and returns it; returns
 * SP_NULL with no exception set when there is no such built-in module, or SP_NULL with the
 * exception its init function raised. */
sp_value_t stdlib_builtin_module(sp_vm_t *vm, sp_value_t name);

/* sys.builtin_module_names: a sorted tuple of every built-in module's name (sys and builtins too). */
sp_value_t stdlib_builtin_module_names(sp_vm_t *vm);

#endif
