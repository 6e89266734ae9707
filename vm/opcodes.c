/* opcodes.c: every opcode table derived from vm/opcodes.def (DESIGN decision 5): names, operand
 * kinds, stack effects and the markdown reference in docs/bytecode.md. No hand-written lists. */
#include <stdio.h>

#include "vm/code.h"

const sp_opcode_info_t sp_opcode_info[OP__COUNT] = {
#define OP(name, operand, pop, push, jump, doc) [OP_##name] = {#name, SP_OPERAND_##operand, doc},
#include "vm/opcodes.def"
#undef OP
};

/* The POP/PUSH columns are expressions in `arg`, so each row becomes one switch case. */
int sp_opcode_stack_effect(sp_opcode_t op, uint32_t arg) {
    (void)arg;
    switch (op) {
#define OP(name, operand, pop, push, jump, doc)                                                              \
    case OP_##name:                                                                                          \
        return (int)(push) - (int)(pop);
#include "vm/opcodes.def"
#undef OP
    default:
        return 0;
    }
}

int sp_opcode_jump_effect(sp_opcode_t op, uint32_t arg) {
    (void)arg;
    switch (op) {
#define OP(name, operand, pop, push, jump, doc)                                                              \
    case OP_##name:                                                                                          \
        return (jump);
#include "vm/opcodes.def"
#undef OP
    default:
        return 0;
    }
}

/* The lower-case spelling of an operand kind, as the docs and the disassembler show it. */
const char *opcodes_operand_kind_name(sp_operand_kind_t kind) {
    static const char *const names[] = {"none",  "const", "name",  "local", "cell", "jump",
                                        "count", "cmp",   "binop", "unop",  "flags"};
    return (unsigned)kind < sizeof names / sizeof names[0] ? names[kind] : "?";
}

/* Writes `text` with the characters that would break a markdown table cell escaped. */
static void opcodes_write_cell(FILE *out, const char *text) {
    for (; *text; text++) {
        if (*text == '|')
            fputs("\\|", out);
        else
            fputc(*text, out);
    }
}

static void opcodes_write_row(FILE *out, const char *name, sp_operand_kind_t kind, const char *pop,
                              const char *push, const char *jump, const char *doc) {
    fprintf(out, "| `%s` | %s | ", name, opcodes_operand_kind_name(kind));
    opcodes_write_cell(out, pop);
    fputs(" | ", out);
    opcodes_write_cell(out, push);
    fputs(" | ", out);
    opcodes_write_cell(out, jump);
    fputs(" | ", out);
    opcodes_write_cell(out, doc);
    fputs(" |\n", out);
}

void opcodes_write_markdown(FILE *out) {
    fputs("| opcode | operand | pops | pushes | stack effect if jumping | meaning |\n", out);
    fputs("| --- | --- | --- | --- | --- | --- |\n", out);
#define OP(name, operand, pop, push, jump, doc)                                                              \
    opcodes_write_row(out, #name, SP_OPERAND_##operand, #pop, #push, #jump, doc);
#include "vm/opcodes.def"
#undef OP
}
