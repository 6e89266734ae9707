/* disasm.c: the `sparrow -d` listing of code objects (clox/CPython-dis style). Every operand is
 * printed according to its operand kind from opcodes.def; nothing here is opcode-specific
 * except the few FLAGS operands whose bits have names. The output is deterministic. */
#include <stdio.h>
#include <string.h>

#include "runtime/runtime.h"
#include "vm/code.h"

static const char *const disasm_cmp_symbols[] = {"<", "<=", "==", "!=", ">", ">="};
static const char *const disasm_binop_symbols[] = {"+",  "-",  "*",  "@", "/", "//", "%",
                                                   "**", "<<", ">>", "&", "|", "^"};
static const char *const disasm_unop_symbols[] = {"-", "+", "~", "not"};

/* A constant's repr; code objects print without their address so listings stay stable. */
static void disasm_write_const(sp_vm_t *vm, sp_value_t v, char *out, size_t size) {
    if (sp_is_kind(v, SP_K_CODE)) {
        const sp_code_t *code = SP_PTR(const sp_code_t, v);
        snprintf(out, size, "<code %s, line %d>", sp_str_cstr(code->name), code->firstlineno);
        return;
    }
    sp_value_t saved = vm->exc;
    vm->exc = SP_NULL;
    sp_value_t repr = sp_repr(vm, v);
    vm->exc = saved;
    if (!repr || !sp_is_str(repr)) {
        snprintf(out, size, "<unprintable>");
        return;
    }
    const char *text = sp_str_cstr(repr);
    if (strlen(text) > 60)
        snprintf(out, size, "%.57s...", text);
    else
        snprintf(out, size, "%s", text);
}

static const char *disasm_cell_name(const sp_code_t *code, uint32_t arg) {
    if ((int32_t)arg < code->n_cellvars) return sp_str_cstr(code->cellnames[arg]);
    if ((int32_t)arg - code->n_cellvars < code->n_freevars)
        return sp_str_cstr(code->freenames[arg - (uint32_t)code->n_cellvars]);
    return "?";
}

/* The FLAGS operands: each opcode names its own bits. */
static void disasm_write_flags(sp_opcode_t op, uint32_t arg, char *out, size_t size) {
    static const char *const conversions[] = {"", "!s", "!r", "!a"};
    switch (op) {
    case OP_IS_OP:
        snprintf(out, size, "%s", arg ? "is not" : "is");
        break;
    case OP_CONTAINS_OP:
        snprintf(out, size, "%s", arg ? "not in" : "in");
        break;
    case OP_UNPACK_EX:
        snprintf(out, size, "%u before, %u after *", arg & 0xFF, arg >> 8);
        break;
    case OP_FORMAT_VALUE:
        snprintf(out, size, "%s%s", conversions[arg & 3], (arg & 4) ? " with spec" : "");
        break;
    case OP_CALL_EX:
        snprintf(out, size, "%s", (arg & 1) ? "with kwargs" : "no kwargs");
        break;
    case OP_MAKE_FUNCTION: {
        static const char *const bits[] = {"defaults", "kwdefaults", "annotations", "closure"};
        size_t used = 0;
        for (int i = 0; i < 4; i++)
            if ((arg & (1u << i)) && used < size)
                used += (size_t)snprintf(out + used, size - used, "%s%s", used ? ", " : "", bits[i]);
        break;
    }
    default:
        break;
    }
}

/* The resolved meaning of an operand, by its operand kind ("" when the number says it all). */
static void disasm_meaning(sp_vm_t *vm, const sp_code_t *code, sp_opcode_t op, uint32_t arg, char *out,
                           size_t size) {
    out[0] = '\0';
    switch (sp_opcode_info[op].operand) {
    case SP_OPERAND_CONST:
        if ((int32_t)arg < code->n_consts) disasm_write_const(vm, code->consts[arg], out, size);
        break;
    case SP_OPERAND_NAME:
        if ((int32_t)arg < code->n_names) snprintf(out, size, "%s", sp_str_cstr(code->names[arg]));
        break;
    case SP_OPERAND_LOCAL:
        if ((int32_t)arg < code->n_locals) snprintf(out, size, "%s", sp_str_cstr(code->localnames[arg]));
        break;
    case SP_OPERAND_CELL:
        snprintf(out, size, "%s", disasm_cell_name(code, arg));
        break;
    case SP_OPERAND_JUMP:
        snprintf(out, size, "to %u", arg);
        break;
    case SP_OPERAND_CMP:
        if (arg < 6) snprintf(out, size, "%s", disasm_cmp_symbols[arg]);
        break;
    case SP_OPERAND_BINOP:
        if ((arg & ~(uint32_t)SP_BINOP_INPLACE) < SP_BINOP__COUNT)
            snprintf(out, size, "%s%s", disasm_binop_symbols[arg & ~(uint32_t)SP_BINOP_INPLACE],
                     (arg & SP_BINOP_INPLACE) ? "=" : "");
        break;
    case SP_OPERAND_UNOP:
        if (arg < 4) snprintf(out, size, "%s", disasm_unop_symbols[arg]);
        break;
    case SP_OPERAND_FLAGS:
        disasm_write_flags(op, arg, out, size);
        break;
    default:
        break;
    }
}

static void disasm_write_names(const char *label, const sp_value_t *names, int32_t n, FILE *out) {
    if (n == 0) return;
    fprintf(out, "  %s:", label);
    for (int32_t i = 0; i < n; i++) fprintf(out, " %s", sp_str_cstr(names[i]));
    fputc('\n', out);
}

static void disasm_write_header(const sp_code_t *code, FILE *out) {
    static const char *const flag_names[] = {"VARARGS", "VARKEYWORDS", "GENERATOR", "MODULE", "NESTED"};
    fprintf(out, "Disassembly of %s (%s), file \"%s\", line %d:\n", sp_str_cstr(code->name),
            sp_str_cstr(code->qualname), sp_str_cstr(code->filename), code->firstlineno);
    fprintf(out,
            "  args: %d (positional-only %d, keyword-only %d)  locals: %d  cells: %d  frees: %d  stack: %d  "
            "flags:",
            code->argcount, code->posonlyargcount, code->kwonlyargcount, code->n_locals, code->n_cellvars,
            code->n_freevars, code->stack_size);
    int any = 0;
    for (int i = 0; i < 5; i++)
        if (code->flags & (1u << i)) {
            fprintf(out, "%s%s", any ? "|" : " ", flag_names[i]);
            any = 1;
        }
    fputs(any ? "\n" : " none\n", out);
    /* How many instructions of each operand shape: a quick profile of what the code does. */
    int32_t counts[SP_OPERAND_FLAGS + 1] = {0};
    for (int32_t pc = 0; pc < code->n_insns; pc++)
        if (SP_INSN_OP(code->insns[pc]) < OP__COUNT)
            counts[sp_opcode_info[SP_INSN_OP(code->insns[pc])].operand]++;
    fprintf(out, "  instructions: %d by operand shape:", code->n_insns);
    for (int k = 0; k <= SP_OPERAND_FLAGS; k++)
        if (counts[k]) fprintf(out, " %s %d", opcodes_operand_kind_name((sp_operand_kind_t)k), counts[k]);
    fputc('\n', out);
    disasm_write_names("locals", code->localnames, code->n_locals, out);
    disasm_write_names("cells", code->cellnames, code->n_cellvars, out);
    disasm_write_names("frees", code->freenames, code->n_freevars, out);
}

/* Marks every pc that a jump or a handler enters, printed as ">>" like CPython's dis. */
static uint8_t *disasm_jump_targets(sp_vm_t *vm, const sp_code_t *code) {
    uint8_t *targets = sp_alloc_atomic(vm, (size_t)code->n_insns + 1);
    if (!targets) {
        vm->exc = SP_NULL; /* the markers are optional: list without them */
        return NULL;
    }
    memset(targets, 0, (size_t)code->n_insns + 1);
    for (int32_t i = 0; i < code->n_insns; i++) {
        sp_opcode_t op = (sp_opcode_t)SP_INSN_OP(code->insns[i]);
        uint32_t arg = SP_INSN_ARG(code->insns[i]);
        if (op < OP__COUNT && sp_opcode_info[op].operand == SP_OPERAND_JUMP && arg <= (uint32_t)code->n_insns)
            targets[arg] = 1;
    }
    for (int32_t i = 0; i < code->n_exc_entries; i++)
        if (code->exc_table[i].handler <= (uint32_t)code->n_insns) targets[code->exc_table[i].handler] = 1;
    return targets;
}

static void disasm_write_insn(sp_vm_t *vm, const sp_code_t *code, int32_t pc, const uint8_t *targets,
                              int *last_line, FILE *out) {
    uint32_t insn = code->insns[pc];
    sp_opcode_t op = (sp_opcode_t)SP_INSN_OP(insn);
    uint32_t arg = SP_INSN_ARG(insn);
    int line = code_line_for_pc(code, pc);
    if (line != *last_line)
        fprintf(out, "%5d ", line);
    else
        fputs("      ", out);
    *last_line = line;
    fprintf(out, "%s %5d ", targets && targets[pc] ? ">>" : "  ", pc);
    if (op >= OP__COUNT || sp_opcode_info[op].operand == SP_OPERAND_NONE) {
        fprintf(out, "%s\n", op < OP__COUNT ? sp_opcode_info[op].name : "<bad opcode>");
        return;
    }
    char meaning[128];
    disasm_meaning(vm, code, op, arg, meaning, sizeof meaning);
    fprintf(out, "%-22s %-6s %6u", sp_opcode_info[op].name,
            opcodes_operand_kind_name(sp_opcode_info[op].operand), arg);
    if (meaning[0]) fprintf(out, "  (%s)", meaning);
    fputc('\n', out);
}

void code_disassemble(sp_vm_t *vm, const sp_code_t *code, FILE *out) {
    disasm_write_header(code, out);
    int last_line = -1;
    const uint8_t *targets = disasm_jump_targets(vm, code);
    for (int32_t pc = 0; pc < code->n_insns; pc++) disasm_write_insn(vm, code, pc, targets, &last_line, out);
    if (code->n_exc_entries > 0) {
        fputs("  exception table:\n", out);
        for (int32_t i = 0; i < code->n_exc_entries; i++) {
            const sp_exc_entry_t *e = &code->exc_table[i];
            fprintf(out, "    %u to %u -> %u [depth %u]\n", e->start, e->end, e->handler, e->depth);
        }
    }
    for (int32_t i = 0; i < code->n_consts; i++) {
        if (!sp_is_kind(code->consts[i], SP_K_CODE)) continue;
        fputc('\n', out);
        code_disassemble(vm, SP_PTR(const sp_code_t, code->consts[i]), out);
    }
}
