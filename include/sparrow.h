/* sparrow.h: the public embedding API of Sparrow, the only installed header.
 * A program creates a VM, runs Python source in it and reads back the status and error text.
 * Everything lives behind the opaque sp_vm_t handle: several VMs may coexist in one process
 * (each used from one thread at a time). */
#ifndef SPARROW_H
#define SPARROW_H

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The library's version, as "MAJOR.MINOR.PATCH". */
#define SPARROW_VERSION "0.1.0"

/* An opaque virtual machine: its heap objects, modules, builtins and settings. */
typedef struct sp_vm sp_vm_t;

/* How the eval loop dispatches instructions. SP_DISPATCH_DEFAULT picks the fastest variant that
 * this build contains (computed goto where the compiler supports it). */
typedef enum sp_dispatch_choice {
    SP_DISPATCH_CHOICE_DEFAULT = 0,
    SP_DISPATCH_CHOICE_SWITCH = 1,
    SP_DISPATCH_CHOICE_GOTO = 2,
} sp_dispatch_choice_t;

/* Settings for a new VM. Zero-initialise it (or call sp_config_init) and set what you need. */
typedef struct sp_config {
    /* Eval-loop variant to use. */
    sp_dispatch_choice_t dispatch;
    /* Heap limit in bytes; allocations past it raise MemoryError. 0 means unlimited. */
    size_t heap_limit;
    /* sys.getrecursionlimit() at start; 0 means the default (1000). */
    int recursion_limit;
    /* sys.argv; argc 0 gives sys.argv == [''] as CPython's for -c. The strings are copied. */
    int argc;
    const char *const *argv;
    /* Where print() and tracebacks go; NULL means stdout and stderr. */
    FILE *out;
    FILE *err;
    /* sys.executable: the absolute path of the program running the VM. NULL means find it from
     * /proc/self/exe where the system has it, else "" (the sparrow command passes its own path,
     * resolved from argv[0] along PATH when /proc is missing). */
    const char *executable;
    /* Nonzero: run the program in the counting eval loop and keep execution statistics
     * (sp_vm_print_stats; `sparrow -X stats`). Slower; sp_vm_new returns NULL when this build
     * has no stats (configured with --disable-stats, see sp_stats_available). The counts do not
     * depend on `dispatch`, which is still validated but does not pick the loop. */
    int stats;
} sp_config_t;

/* The outcome of running code. */
typedef enum sp_status {
    SP_OK = 0,         /* the code ran to its end */
    SP_ERROR = 1,      /* an uncaught exception (its traceback is in sp_vm_error) */
    SP_EXIT = 2,       /* the code raised SystemExit; sp_vm_exit_code gives the status */
} sp_status_t;

/* Fills a config with the defaults. */
void sp_config_init(sp_config_t *config);

/* Creates a VM with the given settings (NULL for the defaults). Returns NULL when memory is
 * exhausted or the requested dispatch variant is not compiled into this build. */
sp_vm_t *sp_vm_new(const sp_config_t *config);

/* Destroys a VM. Its objects become garbage; nothing it returned may be used afterwards. */
void sp_vm_free(sp_vm_t *vm);

/* Compiles and runs `source` (UTF-8, `size` bytes) as the __main__ module, reporting errors
 * against `filename`. An uncaught exception's traceback is printed to the VM's error stream
 * and kept for sp_vm_error. */
sp_status_t sp_run_string(sp_vm_t *vm, const char *source, size_t size, const char *filename);

/* Reads `path` and runs it as the __main__ module; its directory is searched for imports.
 * A file that cannot be read gives SP_ERROR with the reason in sp_vm_error ("can't open file
 * '/abs/x.py': [Errno 2] No such file or directory", not printed) and exit code 2, as CPython. */
sp_status_t sp_run_file(sp_vm_t *vm, const char *path);

/* Compiles `source` and prints the disassembly of every code object to `out` instead of
 * running it. Returns SP_OK or SP_ERROR (a SyntaxError). */
sp_status_t sp_disassemble_string(sp_vm_t *vm, const char *source, size_t size, const char *filename,
                                  FILE *out);

/* What sp_dump_string prints: the stages of the pipeline, for learners and for debugging. */
typedef enum sp_dump_kind {
    SP_DUMP_TOKENS = 0,   /* one token per line: position, kind, text */
    SP_DUMP_AST = 1,      /* the syntax tree, in the style of CPython's ast.dump(indent=2) */
    SP_DUMP_BYTECODE = 2, /* the disassembly of every code object (as sp_disassemble_string) */
} sp_dump_kind_t;

/* Runs the pipeline on `source` up to the stage named by `what` and prints that stage's output
 * to `out` instead of running the program. Returns SP_OK or SP_ERROR (a SyntaxError). */
sp_status_t sp_dump_string(sp_vm_t *vm, const char *source, size_t size, const char *filename,
                           sp_dump_kind_t what, FILE *out);

/* The text of the last uncaught error (CPython's traceback format), or "" when there is none.
 * The string belongs to the VM and stays valid until the next run. */
const char *sp_vm_error(sp_vm_t *vm);

/* The process exit status CPython would use after the last run: 0 after SP_OK, 1 after
 * SP_ERROR (2 when sp_run_file could not read its file), and the SystemExit code after SP_EXIT. */
int sp_vm_exit_code(sp_vm_t *vm);

/* The names of the dispatch variants compiled into this build, e.g. "switch,goto". */
const char *sp_dispatch_variants(void);

/* ---- Execution statistics (config.stats, `-X stats`; docs/performance.md) ----------------
 * Counted since sp_vm_new or the last sp_vm_reset_stats: executions per opcode, opcode pairs
 * (an instruction and the one that ran just before it in the same frame), calls from bytecode
 * to Python functions and to everything else, frames started, and per-family specialization
 * hits/misses/deoptimizations (no family specializes yet). */

/* 1 when this build can count (configured without --disable-stats), else 0. */
int sp_stats_available(void);

/* Prints the statistics as a human-readable table: the totals, every executed opcode, the
 * `top_pairs` most frequent pairs (0 means 40) and the specialization section. Returns 0, or -1
 * when the VM was not created with config.stats. */
int sp_vm_print_stats(sp_vm_t *vm, FILE *out, int top_pairs);

/* Writes the statistics as one JSON object for tools (every opcode by its vm/opcodes.def name,
 * every pair that ran); the format is in docs/performance.md. Returns 0 or -1 as above. */
int sp_vm_write_stats_json(sp_vm_t *vm, FILE *out);

/* One counter: "instructions", "calls.python", "calls.native", "frames", "entries",
 * "sequence_starts", an opcode name ("LOAD_FAST"), a pair "PREV>OP" ("LOAD_FAST>LOAD_CONST") or a
 * family's "LOAD_ATTR.hits" / ".misses" / ".deopts". Returns -1 for an unknown key or a VM
 * without stats. */
long long sp_vm_stat(sp_vm_t *vm, const char *key);

/* Sets every counter back to zero (to measure one part of a program). */
void sp_vm_reset_stats(sp_vm_t *vm);

#ifdef __cplusplus
}
#endif

#endif
