/* frozen.h: the frozen standard library: pure-Python modules (stdlib/lib, any depth) compiled at build
 * time by tools/sparrow-freeze into marshalled code (vm/marshal.h). `import` finds them after the
 * built-in C modules and before sys.path, as CPython's FrozenImporter; nothing runs at start-up. */
#ifndef SP_STDLIB_FROZEN_H
#define SP_STDLIB_FROZEN_H

#include <stddef.h>

/* One frozen module: its dotted name, whether it is a package (its source was __init__.py) and
 * its marshalled module code. */
typedef struct stdlib_frozen_module {
    const char *name;
    int is_package;
    const unsigned char *data;
    size_t size;
} stdlib_frozen_module_t;

/* The table, sorted by name and ended by a row whose name is NULL. It is generated into the build
 * directory (stdlib/frozen_modules.c); sparrow-freeze itself links tools/frozen-empty.c instead. */
extern const stdlib_frozen_module_t stdlib_frozen_modules[];

/* The frozen module called `name` ("pkg.sub"), or NULL. */
const stdlib_frozen_module_t *stdlib_frozen_find(const char *name);

#endif
