/* stats.c: the public side of `-X stats`: creating the counters, the human-readable table, the
 * JSON for tools and single-counter lookups (include/sparrow.h). vm/eval_stats.c counts. */
#include <stdlib.h>
#include <string.h>

#include "vm/config.h"
#include "vm/vm.h"
#include "vm/stats.h"
#include "sparrow.h"

int sp_stats_available(void) { return SP_ENABLE_STATS; }

#if SP_ENABLE_STATS

/* The specialization families (SP_SPEC_FAMILIES in vm/stats.h) as opcodes, in list order. The
 * extra entry keeps the array non-empty while the list is. */
#define STATS_FAMILY_ROW(name) OP_##name,
static const int stats_families[] = {SP_SPEC_FAMILIES(STATS_FAMILY_ROW) - 1};
#undef STATS_FAMILY_ROW
#define STATS_NFAMILIES ((int)(sizeof stats_families / sizeof stats_families[0]) - 1)

/* Which loop counts: the scheme vm/dispatch.h builds SP_EVAL_MODE_STATS on. */
#define STATS_LOOP (SP_HAVE_COMPUTED_GOTO ? "goto" : "switch")

int stats_enable(sp_vm_t *vm) {
    vm->stats = calloc(1, sizeof(sp_stats_t));
    if (!vm->stats) return -1;
    vm->dispatch = SP_DISPATCH_STATS;
    return 0;
}

void stats_free(sp_vm_t *vm) {
    free(vm->stats);
    vm->stats = NULL;
}

void sp_vm_reset_stats(sp_vm_t *vm) {
    if (vm->stats) memset(vm->stats, 0, sizeof *vm->stats);
}

static uint64_t stats_total(const sp_stats_t *st) {
    uint64_t n = 0;
    for (int op = 0; op < OP__COUNT; op++) n += st->insns[op];
    return n;
}

/* Instructions that began a sequence (no predecessor in their frame): row SP_STATS_NO_PREV. */
static uint64_t stats_sequence_starts(const sp_stats_t *st) {
    uint64_t n = 0;
    for (int op = 0; op < OP__COUNT; op++) n += st->pairs[SP_STATS_NO_PREV][op];
    return n;
}

/* One executed pair, for sorting. */
typedef struct stats_pair {
    uint64_t count;
    int prev, op;
} stats_pair_t;

/* Most frequent first; ties in opcode order, so the output is deterministic. */
static int stats_pair_cmp(const void *a, const void *b) {
    const stats_pair_t *x = a, *y = b;
    if (x->count != y->count) return x->count < y->count ? 1 : -1;
    if (x->prev != y->prev) return x->prev - y->prev;
    return x->op - y->op;
}

/* The pairs that ran (sequence starts excluded), sorted; *n gets their number. NULL with *n 0
 * when there are none or memory is short. */
static stats_pair_t *stats_sorted_pairs(const sp_stats_t *st, int *n) {
    stats_pair_t *pairs = malloc(sizeof(stats_pair_t) * OP__COUNT * OP__COUNT);
    *n = 0;
    if (!pairs) return NULL;
    for (int prev = 0; prev < OP__COUNT; prev++)
        for (int op = 0; op < OP__COUNT; op++)
            if (st->pairs[prev][op]) pairs[(*n)++] = (stats_pair_t){st->pairs[prev][op], prev, op};
    qsort(pairs, (size_t)*n, sizeof *pairs, stats_pair_cmp);
    return pairs;
}

static double stats_percent(uint64_t part, uint64_t whole) {
    return whole ? 100.0 * (double)part / (double)whole : 0.0;
}

int sp_vm_print_stats(sp_vm_t *vm, FILE *out, int top_pairs) {
    const sp_stats_t *st = vm->stats;
    if (!st) return -1;
    if (top_pairs <= 0) top_pairs = 40;
    uint64_t total = stats_total(st);
    fprintf(out, "Sparrow execution statistics (-X stats, counting loop: %s dispatch)\n", STATS_LOOP);
    fprintf(out, "  instructions            %14llu\n", (unsigned long long)total);
    fprintf(out, "  calls, Python->Python   %14llu\n", (unsigned long long)st->calls_python);
    fprintf(out, "  calls, native           %14llu\n", (unsigned long long)st->calls_native);
    fprintf(out, "  frames pushed           %14llu\n", (unsigned long long)st->frames);
    fprintf(out, "  eval-loop entries       %14llu\n", (unsigned long long)st->entries);
    fprintf(out, "  sequence starts         %14llu  (instructions with no predecessor in their frame)\n",
            (unsigned long long)stats_sequence_starts(st));

    /* Opcodes by count, most frequent first: sorted as pairs with the same `prev`. */
    stats_pair_t order[OP__COUNT];
    int nops = 0;
    for (int op = 0; op < OP__COUNT; op++)
        if (st->insns[op]) order[nops++] = (stats_pair_t){st->insns[op], 0, op};
    qsort(order, (size_t)nops, sizeof order[0], stats_pair_cmp);
    fprintf(out, "\n  %-24s %14s %7s\n", "opcode", "count", "%");
    for (int i = 0; i < nops; i++)
        fprintf(out, "  %-24s %14llu %7.2f\n", sp_opcode_info[order[i].op].name, (unsigned long long)order[i].count,
                stats_percent(order[i].count, total));

    int npairs;
    stats_pair_t *pairs = stats_sorted_pairs(st, &npairs);
    uint64_t paired = total - stats_sequence_starts(st);
    fprintf(out, "\n  top %d of %d opcode pairs (previous -> this)\n", npairs < top_pairs ? npairs : top_pairs,
            npairs);
    fprintf(out, "  %-49s %14s %7s\n", "pair", "count", "%");
    for (int i = 0; i < npairs && i < top_pairs; i++) {
        char label[64];
        snprintf(label, sizeof label, "%s -> %s", sp_opcode_info[pairs[i].prev].name,
                 sp_opcode_info[pairs[i].op].name);
        fprintf(out, "  %-49s %14llu %7.2f\n", label, (unsigned long long)pairs[i].count,
                stats_percent(pairs[i].count, paired));
    }
    free(pairs);

    fprintf(out, "\n  %-24s %14s %14s %14s\n", "specialization", "hits", "misses", "deopts");
    if (STATS_NFAMILIES == 0) fprintf(out, "  (no instruction family specializes in this build)\n");
    for (int i = 0; i < STATS_NFAMILIES; i++) {
        const sp_spec_counts_t *c = &st->spec[stats_families[i]];
        fprintf(out, "  %-24s %14llu %14llu %14llu\n", sp_opcode_info[stats_families[i]].name,
                (unsigned long long)c->hits, (unsigned long long)c->misses, (unsigned long long)c->deopts);
    }
    return 0;
}

int sp_vm_write_stats_json(sp_vm_t *vm, FILE *out) {
    const sp_stats_t *st = vm->stats;
    if (!st) return -1;
    fprintf(out, "{\n  \"format\": \"sparrow-stats\",\n  \"version\": 1,\n  \"loop\": \"%s\",\n", STATS_LOOP);
    fprintf(out, "  \"instructions\": %llu,\n", (unsigned long long)stats_total(st));
    fprintf(out, "  \"calls\": {\"python\": %llu, \"native\": %llu},\n", (unsigned long long)st->calls_python,
            (unsigned long long)st->calls_native);
    fprintf(out, "  \"frames\": %llu,\n  \"entries\": %llu,\n  \"sequence_starts\": %llu,\n",
            (unsigned long long)st->frames, (unsigned long long)st->entries,
            (unsigned long long)stats_sequence_starts(st));
    fputs("  \"opcodes\": {", out);
    for (int op = 0; op < OP__COUNT; op++)
        fprintf(out, "%s\n    \"%s\": %llu", op ? "," : "", sp_opcode_info[op].name, (unsigned long long)st->insns[op]);
    fputs("\n  },\n  \"pairs\": [", out);
    int npairs;
    stats_pair_t *pairs = stats_sorted_pairs(st, &npairs);
    for (int i = 0; i < npairs; i++)
        fprintf(out, "%s\n    [\"%s\", \"%s\", %llu]", i ? "," : "", sp_opcode_info[pairs[i].prev].name,
                sp_opcode_info[pairs[i].op].name, (unsigned long long)pairs[i].count);
    free(pairs);
    fputs(npairs ? "\n  ],\n" : "],\n", out);
    fputs("  \"specialization\": {", out);
    for (int i = 0; i < STATS_NFAMILIES; i++) {
        const sp_spec_counts_t *c = &st->spec[stats_families[i]];
        fprintf(out, "%s\n    \"%s\": {\"hits\": %llu, \"misses\": %llu, \"deopts\": %llu}", i ? "," : "",
                sp_opcode_info[stats_families[i]].name, (unsigned long long)c->hits,
                (unsigned long long)c->misses, (unsigned long long)c->deopts);
    }
    fputs(STATS_NFAMILIES ? "\n  }\n}\n" : "}\n}\n", out);
    return 0;
}

/* The opcode named by the first len bytes of text, or -1. */
static int stats_opcode(const char *text, size_t len) {
    for (int op = 0; op < OP__COUNT; op++)
        if (strlen(sp_opcode_info[op].name) == len && !memcmp(sp_opcode_info[op].name, text, len)) return op;
    return -1;
}

long long sp_vm_stat(sp_vm_t *vm, const char *key) {
    const sp_stats_t *st = vm->stats;
    if (!st || !key) return -1;
    if (!strcmp(key, "instructions")) return (long long)stats_total(st);
    if (!strcmp(key, "calls.python")) return (long long)st->calls_python;
    if (!strcmp(key, "calls.native")) return (long long)st->calls_native;
    if (!strcmp(key, "frames")) return (long long)st->frames;
    if (!strcmp(key, "entries")) return (long long)st->entries;
    if (!strcmp(key, "sequence_starts")) return (long long)stats_sequence_starts(st);
    const char *sep = strchr(key, '>');
    if (sep) {
        int prev = stats_opcode(key, (size_t)(sep - key)), op = stats_opcode(sep + 1, strlen(sep + 1));
        return prev < 0 || op < 0 ? -1 : (long long)st->pairs[prev][op];
    }
    const char *dot = strchr(key, '.');
    if (dot) {
        int op = stats_opcode(key, (size_t)(dot - key));
        for (int i = 0; op >= 0 && i < STATS_NFAMILIES; i++) {
            if (stats_families[i] != op) continue;
            if (!strcmp(dot + 1, "hits")) return (long long)st->spec[op].hits;
            if (!strcmp(dot + 1, "misses")) return (long long)st->spec[op].misses;
            if (!strcmp(dot + 1, "deopts")) return (long long)st->spec[op].deopts;
        }
        return -1;
    }
    int op = stats_opcode(key, strlen(key));
    return op < 0 ? -1 : (long long)st->insns[op];
}

#else /* !SP_ENABLE_STATS: the API exists and reports that nothing is counted. */

int stats_enable(sp_vm_t *vm) {
    (void)vm;
    return -1;
}

void stats_free(sp_vm_t *vm) { (void)vm; }

void sp_vm_reset_stats(sp_vm_t *vm) { (void)vm; }

int sp_vm_print_stats(sp_vm_t *vm, FILE *out, int top_pairs) {
    (void)vm, (void)out, (void)top_pairs;
    return -1;
}

int sp_vm_write_stats_json(sp_vm_t *vm, FILE *out) {
    (void)vm, (void)out;
    return -1;
}

long long sp_vm_stat(sp_vm_t *vm, const char *key) {
    (void)vm, (void)key;
    return -1;
}

#endif
