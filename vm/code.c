/* code.c: code objects — allocation and the two lookups the eval loop needs at run time
 * (source line of a pc, exception handler of a pc). Building code is the compiler's job. */
#include "runtime/runtime.h"
#include "vm/code.h"

sp_code_t *code_new(sp_vm_t *vm) {
    sp_code_t *code = (sp_code_t *)sp_new_object(vm, vm->types[SP_K_CODE], sizeof(sp_code_t));
    if (!code) return NULL;
    code->name = vm->empty_str;
    code->qualname = vm->empty_str;
    code->filename = vm->empty_str;
    code->doc = SP_NONE;
    return code;
}

/* Binary search for the last line entry starting at or before pc: tracebacks are rare, so the
 * table stays compact (one entry per line change) rather than one line per instruction. */
int code_line_for_pc(const sp_code_t *code, int32_t pc) {
    int32_t lo = 0, hi = code->n_lines - 1, found = -1;
    while (lo <= hi) {
        int32_t mid = lo + (hi - lo) / 2;
        if ((int32_t)code->lines[mid].start <= pc) {
            found = mid;
            lo = mid + 1;
        } else {
            hi = mid - 1;
        }
    }
    if (found < 0) return code->n_lines > 0 ? code->lines[0].line : code->firstlineno;
    return code->lines[found].line;
}

/* Entries are sorted by start and disjoint, so a binary search finds the only candidate. */
const sp_exc_entry_t *code_find_handler(const sp_code_t *code, int32_t pc) {
    int32_t lo = 0, hi = code->n_exc_entries - 1;
    uint32_t upc = (uint32_t)pc;
    while (lo <= hi) {
        int32_t mid = lo + (hi - lo) / 2;
        const sp_exc_entry_t *entry = &code->exc_table[mid];
        if (upc < entry->start)
            hi = mid - 1;
        else if (upc >= entry->end)
            lo = mid + 1;
        else
            return entry;
    }
    return NULL;
}
