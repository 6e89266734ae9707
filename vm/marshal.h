/* marshal.h: a portable byte form of code objects and their constants, for the frozen standard
 * library (tools/sparrow-freeze.c writes it at build time, runtime/import.c loads it). */
#ifndef SP_MARSHAL_H
#define SP_MARSHAL_H

#include <stddef.h>
#include <stdint.h>

#include "runtime/object.h"

/*
 * Format (version MARSHAL_VERSION): every number little-endian whatever the host.
 *
 *   header   "\x7fSPM"  u32 version  u32 opcode fingerprint (a hash of vm/opcodes.def's names,
 *            so bytecode from another opcode list is refused)
 *   value    one type byte, then its payload:
 *     'N' None   'F' False   'T' True   '.' Ellipsis
 *     'i' int    i64                       'l' big int   u32 n, n ASCII hex digits ("-ff")
 *     'd' float  u64 IEEE bits             'j' complex   u64 real bits, u64 imag bits
 *     's' str    u32 n, n bytes of UTF-8   'S' the same, interned (identifiers)
 *     'b' bytes  u32 n, n bytes            '(' tuple     u32 n, n values
 *     '<' frozenset  u32 n, n values       'c' code object, below
 *   code     i32 argcount, posonlyargcount, kwonlyargcount, stack_size; u32 flags;
 *            i32 firstlineno; u32 n + n instruction words; u32 n + n constant values;
 *            names, localnames, cellnames, freenames (each u32 n + n str values);
 *            u8 has_cell2arg (then n_cellvars i32); u32 n + n exception entries (4 u32);
 *            u32 n + n line entries (u32 start, i32 line); name, qualname, filename (str
 *            values), doc (str or None).
 *
 * The reader checks everything it can without running the code: lengths against the bytes
 * left, UTF-8, opcodes against the opcode list, operands that index a table (constants, names,
 * locals, cells, jump targets) against that table, and exception and line tables against the
 * instruction count. It trusts the stack depth recorded by the compiler, as CPython's marshal
 * trusts its bytecode: load only data that sparrow-freeze (or marshal_dumps) produced.
 */
#define MARSHAL_VERSION 1

/* Serialises `value` (a code object or any constant the compiler emits) into a new bytes
 * object. Raises ValueError "unmarshallable object" for any other type. */
sp_value_t marshal_dumps(sp_vm_t *vm, sp_value_t value);

/* Rebuilds the value serialised in data[0..size). Code objects and their arrays are allocated on
 * the GC heap (writable, so the VM may patch bytecode in place). Malformed or truncated input
 * raises ValueError "bad marshal data (...)" or EOFError "marshal data too short"; it never
 * crashes. */
sp_value_t marshal_loads(sp_vm_t *vm, const uint8_t *data, size_t size);

#endif
