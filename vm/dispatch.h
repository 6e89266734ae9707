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
 */
#ifndef SP_DISPATCH_H
#define SP_DISPATCH_H

/* The two ways to compile the eval body; each vm/eval_<mode>.c defines SP_EVAL_MODE to one. */
#define SP_EVAL_MODE_SWITCH 1
#define SP_EVAL_MODE_GOTO 2

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

#if SP_EVAL_MODE == SP_EVAL_MODE_GOTO

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
        goto *eval_labels[SP_INSN_OP(insn)];                                                       \
    } while (0)
#define EVAL_LOOP_BEGIN EVAL_FETCH_AND_GO();
#define EVAL_LOOP_END
#define CASE(name) op_##name:
#define NEXT() EVAL_FETCH_AND_GO()

#elif SP_EVAL_MODE == SP_EVAL_MODE_SWITCH

/* A switch needs no table. */
#define EVAL_TABLE_BEGIN
#define EVAL_TABLE_ROW(name)
#define EVAL_TABLE_END

#define EVAL_LOOP_BEGIN                                                                            \
    eval_dispatch:                                                                                 \
    insn = *pc++;                                                                                  \
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
