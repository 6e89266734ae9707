/* dispatch.h: the macros that turn the one eval-loop body (vm/eval_body.h) into either a `switch`
 * loop or a computed-goto (threaded) loop. Include it only from vm/eval_body.h.
 *
 * Why threaded code beats a switch
 * --------------------------------
 * A `switch` loop has ONE indirect jump, at the top of the loop, that every instruction goes
 * through:
 *
 *        +--> fetch --> bounds check --> jmp [table + op*8] --> body --+
 *        |                                                             |
 *        +-------------------------------------------------------------+
 *
 * The CPU's branch predictor keys its guess on the address of the jump instruction; with one
 * shared jump it can only learn "which opcode usually comes next after *anything*", which is
 * nearly random, so it mispredicts often (~15-20 cycles each). The compiler also emits a range
 * check before the table jump, because C says an unmatched value goes to `default`.
 *
 * With computed goto (a GNU C extension: `&&label` takes a label's address, `goto *p` jumps to
 * it) each instruction body ends with its own copy of "fetch the next opcode and jump":
 *
 *        LOAD_FAST:  ...  fetch; jmp [table + op*8]   <- predicted from "after LOAD_FAST"
 *        BINARY_OP:  ...  fetch; jmp [table + op*8]   <- predicted from "after BINARY_OP"
 *
 * Now there is one indirect jump per instruction *site*, and the predictor learns real bytecode
 * pairs (LOAD_FAST is usually followed by LOAD_FAST or LOAD_CONST; COMPARE_OP by POP_JUMP_IF_*).
 * There is no range check: the table has an entry for every opcode the compiler can emit, and
 * bytecode never comes from outside (there is no bytecode loader). CPython, Ruby, Lua-JIT's
 * interpreter and Wren all use this; the gain on dispatch-heavy code is typically 15-25%.
 *
 * The eval body is written once with these macros:
 *
 *     EVAL_LOOP_BEGIN                         the dispatch point
 *     CASE(LOAD_FAST) { ...; NEXT(); }        one instruction: CASE opens it, NEXT() leaves it
 *     EVAL_LOOP_END
 *
 * NEXT() always jumps (goto), so it is also correct inside loops within an instruction body.
 * `insn` holds the current instruction and `pc` already points at the next one. The goto label
 * table is generated from vm/opcodes.def by the X-macro: no hand-kept list.
 *
 * Measuring without slowing down: `-X stats` runs a third expansion of the same body
 * (vm/eval_stats.c) whose dispatch point counts each opcode and opcode pair, plus a few
 * EVAL_STAT_* hooks at calls and frame switches. Those hooks are empty in the switch and goto
 * expansions, so instrumentation never costs the real loops an instruction
 * (docs/performance.md, "Measuring: -X stats").
 */
#ifndef SP_DISPATCH_H
#define SP_DISPATCH_H

/* The ways to compile the eval body; each vm/eval_<mode>.c defines SP_EVAL_MODE to one.
 * SP_EVAL_MODE_STATS is the counting loop of `-X stats` (vm/eval_stats.c): the goto scheme where
 * the compiler has computed goto, else the switch scheme, with counting added to the dispatch
 * point and the EVAL_STAT_* hooks below. In the other modes every hook expands to nothing, so
 * the fast loops do not contain a single instruction of it. */
#define SP_EVAL_MODE_SWITCH 1
#define SP_EVAL_MODE_GOTO 2
#define SP_EVAL_MODE_STATS 3

#endif

#ifndef SP_EVAL_MODE
#error "define SP_EVAL_MODE before including vm/dispatch.h"
#endif

#undef EVAL_TABLE_BEGIN
#undef EVAL_TABLE_ROW
#undef EVAL_TABLE_END
#undef EVAL_LOOP_BEGIN
#undef EVAL_LOOP_END
#undef CASE
#undef NEXT
#undef EVAL_STAT_ENTER
#undef EVAL_STAT_COUNT
#undef EVAL_STAT_NEW_SEQUENCE
#undef EVAL_STAT_CALL_PYTHON
#undef EVAL_STAT_CALL_NATIVE
#undef EVAL_STAT_SPEC
#undef EVAL_USE_GOTO

#if SP_EVAL_MODE == SP_EVAL_MODE_STATS
/* The counting hooks (vm/stats.h has the counters). eval_stat_prev is the previous opcode of
 * the current sequence, SP_STATS_NO_PREV at a sequence start (see sp_stats_t.pairs). */
#define EVAL_STAT_ENTER()                                                                          \
    sp_stats_t *const eval_stats = vm->stats;                                                      \
    unsigned eval_stat_prev = SP_STATS_NO_PREV;                                                    \
    eval_stats->entries++;                                                                         \
    if (frame->pc == frame->code->insns) eval_stats->frames++
#define EVAL_STAT_COUNT(op)                                                                        \
    do {                                                                                           \
        unsigned eval_stat_op = (op);                                                              \
        if (SP_LIKELY(eval_stat_op < OP__COUNT)) {                                                 \
            eval_stats->insns[eval_stat_op]++;                                                     \
            eval_stats->pairs[eval_stat_prev][eval_stat_op]++;                                     \
            eval_stat_prev = eval_stat_op;                                                         \
        }                                                                                          \
    } while (0)
#define EVAL_STAT_NEW_SEQUENCE() (eval_stat_prev = SP_STATS_NO_PREV)
#define EVAL_STAT_CALL_PYTHON() (eval_stats->calls_python++, eval_stats->frames++)
#define EVAL_STAT_CALL_NATIVE() (eval_stats->calls_native++)
/* EVAL_STAT_SPEC(LOAD_ATTR, hits | misses | deopts): one specialization outcome of a family. */
#define EVAL_STAT_SPEC(family, outcome) (eval_stats->spec[OP_##family].outcome++)
#define EVAL_USE_GOTO SP_HAVE_COMPUTED_GOTO
#else
#define EVAL_STAT_ENTER() ((void)0)
#define EVAL_STAT_COUNT(op) ((void)0)
#define EVAL_STAT_NEW_SEQUENCE() ((void)0)
#define EVAL_STAT_CALL_PYTHON() ((void)0)
#define EVAL_STAT_CALL_NATIVE() ((void)0)
#define EVAL_STAT_SPEC(family, outcome) ((void)0)
#define EVAL_USE_GOTO (SP_EVAL_MODE == SP_EVAL_MODE_GOTO)
#endif

#if EVAL_USE_GOTO

/* The label table: eval_body.h includes opcodes.def between these with OP(...) defined as
 * EVAL_TABLE_ROW(name), so the table has one entry per opcode, in enum order. */
#define EVAL_TABLE_BEGIN static const void *const eval_labels[OP__COUNT] = {
#define EVAL_TABLE_ROW(name) [OP_##name] = &&op_##name,
#define EVAL_TABLE_END };

/* Fetch the instruction at pc and jump straight to its body. */
#define EVAL_FETCH_AND_GO()                                                                        \
    do {                                                                                           \
        insn = *pc++;                                                                              \
        SP_ASSERT(SP_INSN_OP(insn) < OP__COUNT);                                                   \
        EVAL_STAT_COUNT(SP_INSN_OP(insn));                                                         \
        goto *eval_labels[SP_INSN_OP(insn)];                                                       \
    } while (0)
#define EVAL_LOOP_BEGIN EVAL_FETCH_AND_GO();
#define EVAL_LOOP_END
#define CASE(name) op_##name:
#define NEXT() EVAL_FETCH_AND_GO()

#elif SP_EVAL_MODE == SP_EVAL_MODE_SWITCH || SP_EVAL_MODE == SP_EVAL_MODE_STATS

/* A switch needs no table. */
#define EVAL_TABLE_BEGIN
#define EVAL_TABLE_ROW(name)
#define EVAL_TABLE_END

#define EVAL_LOOP_BEGIN                                                                            \
    eval_dispatch:                                                                                 \
    insn = *pc++;                                                                                  \
    EVAL_STAT_COUNT(SP_INSN_OP(insn));                                                             \
    switch ((sp_opcode_t)SP_INSN_OP(insn)) {
/* An opcode outside the enum can only come from a compiler bug: SystemError, not a crash. */
#define EVAL_LOOP_END                                                                              \
    default:                                                                                       \
        eval_bad_opcode(vm, insn);                                                                 \
        goto error;                                                                                \
        }
#define CASE(name) case OP_##name:
#define NEXT() goto eval_dispatch

#else
#error "unknown SP_EVAL_MODE"
#endif
