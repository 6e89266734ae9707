/* code.h: the instruction format, the opcode enum derived from opcodes.def, and code objects
 * (what the compiler produces and the eval loop runs). No behaviour lives here. */
#ifndef SP_CODE_H
#define SP_CODE_H

#include <stdint.h>
#include <stdio.h>

#include "runtime/object.h"

/*
 * Instruction format (DESIGN decision 4): one 32-bit word.
 *
 *    31                       8 7          0
 *   +--------------------------+------------+
 *   |   operand (24 bits)      |  opcode    |
 *   +--------------------------+------------+
 *
 * Jump operands are absolute instruction indices. An operand never exceeds SP_MAX_OPERAND;
 * the compiler raises SyntaxError ("too many constants", ...) before that.
 */
#define SP_INSN(op, arg) ((uint32_t)(op) | ((uint32_t)(arg) << 8))
#define SP_INSN_OP(insn) ((insn) & 0xFF)
#define SP_INSN_ARG(insn) ((insn) >> 8)
#define SP_MAX_OPERAND 0xFFFFFF

typedef enum sp_opcode {
#define OP(name, operand, pop, push, jump, doc) OP_##name,
#include "vm/opcodes.def"
#undef OP
    OP__COUNT
} sp_opcode_t;

/* How an instruction's operand is interpreted (the OPERAND column of opcodes.def). */
typedef enum sp_operand_kind {
    SP_OPERAND_NONE,
    SP_OPERAND_CONST,
    SP_OPERAND_NAME,
    SP_OPERAND_LOCAL,
    SP_OPERAND_CELL,
    SP_OPERAND_JUMP,
    SP_OPERAND_COUNT,
    SP_OPERAND_CMP,
    SP_OPERAND_BINOP,
    SP_OPERAND_UNOP,
    SP_OPERAND_FLAGS,
} sp_operand_kind_t;

/* Per-opcode metadata, derived from opcodes.def (vm/opcodes.c). */
typedef struct sp_opcode_info {
    const char *name;
    sp_operand_kind_t operand;
    const char *doc;
} sp_opcode_info_t;
extern const sp_opcode_info_t sp_opcode_info[OP__COUNT];

/* Net stack effect of an instruction on its fall-through path, and when its jump is taken. */
int sp_opcode_stack_effect(sp_opcode_t op, uint32_t arg);
int sp_opcode_jump_effect(sp_opcode_t op, uint32_t arg);

/* The lower-case name of an operand kind ("const", "jump", ...), for listings and docs. */
const char *opcodes_operand_kind_name(sp_operand_kind_t kind);

/* Writes the opcode reference table of docs/bytecode.md (markdown, one row per opcode of
 * opcodes.def: name, operand kind, pops, pushes, jump effect, meaning). */
void opcodes_write_markdown(FILE *out);

/* MAKE_FUNCTION operand bits. */
enum {
    SP_MAKE_DEFAULTS = 1,
    SP_MAKE_KWDEFAULTS = 2,
    SP_MAKE_ANNOTATIONS = 4,
    SP_MAKE_CLOSURE = 8,
};

/* Code object flags. */
enum {
    SP_CODE_VARARGS = 1,     /* has *args */
    SP_CODE_VARKEYWORDS = 2, /* has **kwargs */
    SP_CODE_GENERATOR = 4,
    SP_CODE_MODULE = 8,      /* module-level code: names go through LOAD_NAME */
    SP_CODE_NESTED = 16,
};

/*
 * Exception table entry (zero-cost exceptions, as CPython 3.11; docs/bytecode.md explains the
 * choice): an exception raised by an instruction in [start, end) unwinds the operand stack to
 * `depth` items, pushes the exception and jumps to `handler`. Entries are sorted by start and
 * do not overlap; a pc in no entry propagates the exception to the caller.
 */
typedef struct sp_exc_entry {
    uint32_t start, end, handler, depth;
} sp_exc_entry_t;

/* Line table entry: instructions from `start` up to the next entry's start come from `line`. */
typedef struct sp_line_entry {
    uint32_t start;
    int32_t line;
} sp_line_entry_t;

struct sp_code {
    sp_object_t hdr;
    uint32_t *insns;          /* atomic */
    int32_t n_insns;
    sp_value_t *consts;       /* ints, floats, strs, bytes, None, tuples, code objects */
    int32_t n_consts;
    sp_value_t *names;        /* interned strs: globals, attributes, imported modules */
    int32_t n_names;
    sp_value_t *localnames;   /* interned strs: parameters first, then other locals */
    int32_t n_locals;
    sp_value_t *cellnames;    /* locals captured by inner functions */
    int32_t n_cellvars;
    sp_value_t *freenames;    /* variables captured from enclosing functions */
    int32_t n_freevars;
    int32_t *cell2arg;        /* per cellvar: index of the parameter it starts from, or -1; NULL if none */
    int32_t argcount;         /* positional parameters, positional-only included */
    int32_t posonlyargcount;
    int32_t kwonlyargcount;
    int32_t stack_size;       /* maximum operand stack depth, from the stack-effect columns */
    uint32_t flags;           /* SP_CODE_* */
    sp_exc_entry_t *exc_table;
    int32_t n_exc_entries;
    sp_line_entry_t *lines;
    int32_t n_lines;
    int32_t firstlineno;
    sp_value_t name;          /* str: "f", "<module>", "<lambda>", "<listcomp>" */
    sp_value_t qualname;      /* str */
    sp_value_t filename;      /* str */
    sp_value_t doc;           /* str or None */
};

/* Allocates an empty code object (all arrays NULL, counts 0). */
sp_code_t *code_new(sp_vm_t *vm);

/* The source line of the instruction at index pc (binary search of the line table). */
int code_line_for_pc(const sp_code_t *code, int32_t pc);

/* The exception-table entry covering pc, or NULL. */
const sp_exc_entry_t *code_find_handler(const sp_code_t *code, int32_t pc);

/* Prints a disassembly of the code object and, recursively, of every code object among its
 * constants, in the format of `sparrow -d` (vm/disasm.c). */
void code_disassemble(sp_vm_t *vm, const sp_code_t *code, FILE *out);

#endif
