/* compiler.h: the front end's entry points: source text -> AST -> code object.
 * Each stage raises SyntaxError (with file, line, column, source line) instead of crashing. */
#ifndef SP_COMPILER_H
#define SP_COMPILER_H

#include <stddef.h>

#include "compiler/ast.h"
#include "vm/code.h"

/* What the source is parsed as (CPython's compile() modes). */
typedef enum sp_parse_mode {
    SP_PARSE_FILE,  /* a module: statements */
    SP_PARSE_EVAL,  /* a single expression (eval) */
} sp_parse_mode_t;

/* Parses UTF-8 source into an AST_MODULE (file mode) or an expression node (eval mode).
 * Handles a BOM and a coding line, rejects invalid UTF-8 and NUL bytes, and guards nesting
 * depth. Returns NULL with SyntaxError / IndentationError / TabError set (compiler/parser.c). */
sp_ast_t *parse_source(sp_vm_t *vm, const char *source, size_t size, const char *filename,
                       sp_parse_mode_t mode);

/* Compiles a module AST (file mode) or an expression (eval mode) into a code object: symbol
 * table, bytecode, line table, exception table, stack depth (compiler/compile.c). Returns
 * NULL with SyntaxError set. */
sp_code_t *compile_ast(sp_vm_t *vm, sp_ast_t *tree, const char *filename, sp_parse_mode_t mode);

/* parse_source + compile_ast. */
sp_code_t *compile_source(sp_vm_t *vm, const char *source, size_t size, const char *filename,
                          sp_parse_mode_t mode);

#endif
