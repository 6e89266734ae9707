/* lexer.h: the tokenizer: UTF-8 Python source -> tokens (with INDENT/DEDENT), as CPython's.
 * Tokens point into the source buffer; the lexer never allocates per token. */
#ifndef SP_LEXER_H
#define SP_LEXER_H

#include <stddef.h>
#include <stdint.h>

#include "runtime/runtime.h"

/*
 * Token kinds. The first group are the token classes of CPython's tokenize module; every
 * operator and delimiter then has its own kind (the X-macro rows give each its spelling), so
 * the parser switches on one field. Keywords stay TK_NAME; their `keyword` field tells which.
 */
// clang-format off
#define LEX_OPERATORS(X) \
    X(LPAR, "(") \
    X(RPAR, ")") \
    X(LSQB, "[") \
    X(RSQB, "]") \
    X(LBRACE, "{") \
    X(RBRACE, "}") \
    X(COLON, ":") \
    X(COMMA, ",") \
    X(SEMI, ";") \
    X(PLUS, "+") \
    X(MINUS, "-") \
    X(STAR, "*") \
    X(SLASH, "/") \
    X(VBAR, "|") \
    X(AMPER, "&") \
    X(LESS, "<") \
    X(GREATER, ">") \
    X(EQUAL, "=") \
    X(DOT, ".") \
    X(PERCENT, "%") \
    X(EQEQUAL, "==") \
    X(NOTEQUAL, "!=") \
    X(LESSEQUAL, "<=") \
    X(GREATEREQUAL, ">=") \
    X(TILDE, "~") \
    X(CIRCUMFLEX, "^") \
    X(LEFTSHIFT, "<<") \
    X(RIGHTSHIFT, ">>") \
    X(DOUBLESTAR, "**") \
    X(PLUSEQUAL, "+=") \
    X(MINEQUAL, "-=") \
    X(STAREQUAL, "*=") \
    X(SLASHEQUAL, "/=") \
    X(PERCENTEQUAL, "%=") \
    X(AMPEREQUAL, "&=") \
    X(VBAREQUAL, "|=") \
    X(CIRCUMFLEXEQUAL, "^=") \
    X(LEFTSHIFTEQUAL, "<<=") \
    X(RIGHTSHIFTEQUAL, ">>=") \
    X(DOUBLESTAREQUAL, "**=") \
    X(DOUBLESLASH, "//") \
    X(DOUBLESLASHEQUAL, "//=") \
    X(AT, "@") \
    X(ATEQUAL, "@=") \
    X(RARROW, "->") \
    X(ELLIPSIS, "...") \
    X(COLONEQUAL, ":=") \
    X(EXCLAMATION, "!")
// clang-format on

typedef enum lex_kind {
    TK_ENDMARKER,
    TK_NAME,
    TK_NUMBER,
    TK_STRING,
    TK_NEWLINE,
    TK_INDENT,
    TK_DEDENT,
    TK_ERROR, /* a SyntaxError has been raised */
#define LEX_OP_ENUM(name, text) TK_##name,
    LEX_OPERATORS(LEX_OP_ENUM)
#undef LEX_OP_ENUM
        TK__COUNT
} lex_kind_t;

/* The hard keywords (soft ones, match/case/_, are plain names the parser checks itself). */
// clang-format off
#define LEX_KEYWORDS(X) \
    X(FALSE, "False") \
    X(NONE, "None") \
    X(TRUE, "True") \
    X(AND, "and") \
    X(AS, "as") \
    X(ASSERT, "assert") \
    X(ASYNC, "async") \
    X(AWAIT, "await") \
    X(BREAK, "break") \
    X(CLASS, "class") \
    X(CONTINUE, "continue") \
    X(DEF, "def") \
    X(DEL, "del") \
    X(ELIF, "elif") \
    X(ELSE, "else") \
    X(EXCEPT, "except") \
    X(FINALLY, "finally") \
    X(FOR, "for") \
    X(FROM, "from") \
    X(GLOBAL, "global") \
    X(IF, "if") \
    X(IMPORT, "import") \
    X(IN, "in") \
    X(IS, "is") \
    X(LAMBDA, "lambda") \
    X(NONLOCAL, "nonlocal") \
    X(NOT, "not") \
    X(OR, "or") \
    X(PASS, "pass") \
    X(RAISE, "raise") \
    X(RETURN, "return") \
    X(TRY, "try") \
    X(WHILE, "while") \
    X(WITH, "with") \
    X(YIELD, "yield")
// clang-format on

typedef enum lex_keyword {
    KW_NONE_, /* not a keyword */
#define LEX_KW_ENUM(name, text) KW_##name,
    LEX_KEYWORDS(LEX_KW_ENUM)
#undef LEX_KW_ENUM
        KW__COUNT
} lex_keyword_t;

/* Number token flavours (lex_token_t.flags for TK_NUMBER). */
enum { LEX_NUM_INT = 0, LEX_NUM_FLOAT = 1, LEX_NUM_IMAG = 2 };

/* String token prefix flags (lex_token_t.flags for TK_STRING). */
enum {
    LEX_STR_RAW = 1,
    LEX_STR_BYTES = 2,
    LEX_STR_F = 4,
    LEX_STR_TRIPLE = 8,
};

/*
 * One token. `start`/`len` are its bytes in the source (for a string: prefix and quotes
 * included). Positions are 1-based lines and 0-based byte columns; `end_*` is just past it.
 */
typedef struct lex_token {
    uint8_t kind;       /* lex_kind_t */
    uint8_t keyword;    /* lex_keyword_t for a TK_NAME, else 0 */
    uint8_t flags;      /* LEX_NUM_* or LEX_STR_* */
    uint8_t prefix_len; /* string prefix letters */
    uint32_t len;
    const char *start;
    int line, col, end_line, end_col;
} lex_token_t;

/* CPython's tokenizer limits: bracket nesting (MAXLEVEL) and indentation depth (MAXINDENT). */
#define LEX_MAX_PAREN 200
#define LEX_MAX_INDENT 100

/* The tokenizer's state. Lives on the caller's stack; the source must outlive it. */
typedef struct lex {
    sp_vm_t *vm;
    const char *filename;
    const char *src, *end;  /* the (BOM-stripped) source */
    const char *cur;        /* next byte to read */
    const char *line_start; /* first byte of the current line */
    int line;
    int col_base;        /* added to columns on the first line (f-string sub-lexers) */
    int at_bol;          /* at the beginning of a line: indentation is measured next */
    int pending_dedents; /* DEDENT tokens still to emit */
    int indent_n;        /* entries used in indent[] */
    int indent[LEX_MAX_INDENT + 1], alt_indent[LEX_MAX_INDENT + 1];
    int paren_n;
    char paren_char[LEX_MAX_PAREN];
    int paren_line[LEX_MAX_PAREN], paren_col[LEX_MAX_PAREN];
    int last_kind;  /* previous token kind (NEWLINE suppression after blank input) */
    int done;       /* ENDMARKER emitted */
    int sub;        /* an f-string sub-lexer: no NEWLINE/INDENT processing errors */
    int soft_error; /* the last error was one CPython's tokenizer reports without raising
                     * (a stray '$', brackets still open at EOF): a parser error wins */
} lex_t;

/*
 * Prepares `lx` over `size` bytes of source: strips a UTF-8 BOM, checks a coding declaration
 * on the first two lines, rejects NUL bytes and invalid UTF-8. Returns 0, or -1 with a
 * SyntaxError raised.
 */
int lex_init(lex_t *lx, sp_vm_t *vm, const char *source, size_t size, const char *filename);

/* Sets up a lexer over a fragment (an f-string expression) already known to be valid UTF-8;
 * its first byte is at (line, col) of the enclosing file. No indentation is tracked. */
void lex_init_fragment(lex_t *lx, sp_vm_t *vm, const char *text, size_t size, const char *filename, int line,
                       int col);

/* Reads the next token into *tok. Returns 0, or -1 (tok->kind TK_ERROR) with SyntaxError,
 * IndentationError or TabError raised. After TK_ENDMARKER it keeps returning TK_ENDMARKER. */
int lex_next_token(lex_t *lx, lex_token_t *tok);

/* Human-readable spelling of a token kind ("(", "NAME", ...). */
const char *lex_kind_name(lex_kind_t kind);

/* Spelling of a keyword ("if"), or NULL for KW_NONE_. */
const char *lex_keyword_text(lex_keyword_t kw);

/*
 * Raises a SyntaxError-family exception at byte `pos` of the source (a pointer into lx's
 * buffer, on line `line`): computes CPython's 1-based character offset and the line's text.
 * Always returns -1.
 */
int lex_error_at(lex_t *lx, sp_exc_kind_t kind, int line, const char *pos, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

/* The same for a (line, 0-based byte column) position anywhere in the source. */
int lex_error_pos(lex_t *lx, sp_exc_kind_t kind, int line, int col, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

/*
 * Decodes a string literal body (escapes processed unless LEX_STR_RAW is in `flags`) into
 * `out`. For bytes, non-ASCII characters are an error. Errors are reported at `tok`, the
 * literal's token, as CPython does. Returns 0 or -1.
 */
int lex_decode_string(lex_t *lx, const char *body, size_t size, int flags, const lex_token_t *tok,
                      sp_strbuf_t *out);

/* Pointer to the first byte of line `line` (1-based), or NULL past the end. */
const char *lex_line_pointer(lex_t *lx, int line);

#endif
