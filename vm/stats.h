/* stats.h: the execution counters of `-X stats` (vm/eval_stats.c counts, vm/stats.c prints).
 * They live in the VM (vm->stats, NULL unless the config asked for them) and are only touched by
 * the counting eval loop, so the normal switch and goto loops pay nothing for them. */
#ifndef SP_STATS_H
#define SP_STATS_H

#include <stdint.h>

#include "vm/code.h"

/* The instruction families that specialize (quicken) themselves, one X(BASE_OPCODE) per family,
 * named by the generic opcode of vm/opcodes.def that the specialized forms replace. Empty today:
 * the quickening work adds rows here (e.g. X(LOAD_ATTR) X(BINARY_OP)) and calls
 * EVAL_STAT_SPEC(LOAD_ATTR, hits) etc. in vm/eval_body.h; the counters, the table and the JSON
 * "specialization" object follow from this list with no other change. */
#define SP_SPEC_FAMILIES(X)

/* Specialization outcomes of one family. */
typedef struct sp_spec_counts {
    uint64_t hits;   /* a specialized form ran its fast path */
    uint64_t misses; /* a specialized form's guard failed and it ran the generic path */
    uint64_t deopts; /* a specialized form was rewritten back to the generic opcode */
} sp_spec_counts_t;

/* Row of `pairs` for an instruction with no predecessor in its sequence (see below). */
#define SP_STATS_NO_PREV OP__COUNT

typedef struct sp_stats {
    /* Executions per opcode. */
    uint64_t insns[OP__COUNT];
    /* pairs[prev][op]: op ran right after prev in the same frame. A frame switch (call, return,
     * yield, resume) or an exception handler starts a new sequence, whose first instruction is
     * counted in row SP_STATS_NO_PREV; so for every op, sum over prev of pairs[prev][op] is
     * insns[op]. */
    uint64_t pairs[OP__COUNT + 1][OP__COUNT];
    uint64_t calls_python;  /* CALL* of a Python function: a frame pushed inside the loop */
    uint64_t calls_native;  /* CALL* of anything else (builtins, classes, ...) through sp_call */
    uint64_t frames;        /* Python frames that started running (inline pushes + fresh entries) */
    uint64_t entries;       /* entries into the eval loop from C (module code, callbacks, resumes) */
    /* Indexed by the family's base opcode; only the rows listed in SP_SPEC_FAMILIES are used. */
    sp_spec_counts_t spec[OP__COUNT];
} sp_stats_t;

/* Gives the VM zeroed counters and selects the counting loop (sp_vm_new with config.stats).
 * Returns 0, or -1 when memory is short or the build has no stats. */
int stats_enable(struct sp_vm *vm);

/* Releases the counters (sp_vm_free). */
void stats_free(struct sp_vm *vm);

#endif
