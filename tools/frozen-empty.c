/* frozen-empty.c: an empty frozen-module table (stdlib/frozen.h), linked into sparrow-freeze so
 * the tool that generates the real table does not depend on its own output. */
#include "stdlib/frozen.h"

const stdlib_frozen_module_t stdlib_frozen_modules[] = {{0, 0, 0, 0}};
