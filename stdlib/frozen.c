/* frozen.c: finding a module in the frozen table (stdlib/frozen.h). Loading it is import's job
 * (runtime/import.c); this file only knows the table. */
#include <string.h>

#include "stdlib/frozen.h"

const stdlib_frozen_module_t *stdlib_frozen_find(const char *name) {
    /* The table is sorted and short (tens of modules): a binary search over its rows. */
    size_t n = 0;
    while (stdlib_frozen_modules[n].name) n++;
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int cmp = strcmp(stdlib_frozen_modules[mid].name, name);
        if (cmp == 0) return &stdlib_frozen_modules[mid];
        if (cmp < 0) lo = mid + 1;
        else hi = mid;
    }
    return NULL;
}
