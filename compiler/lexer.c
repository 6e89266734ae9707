/* lexer.c: the tokenizer: turns UTF-8 source into tokens with INDENT/DEDENT, as CPython's
 * Parser/tokenizer.c does, with its error messages. It never allocates per token. */
#include "compiler/lexer.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static const char *const lex_op_texts[] = {
#define LEX_OP_TEXT(name, text) text,
    LEX_OPERATORS(LEX_OP_TEXT)
#undef LEX_OP_TEXT
};

static const char *const lex_kw_texts[] = {NULL,
#define LEX_KW_TEXT(name, text) text,
                                           LEX_KEYWORDS(LEX_KW_TEXT)
#undef LEX_KW_TEXT
};

const char *lex_kind_name(lex_kind_t kind) {
    static const char *const classes[] = {"ENDMARKER", "NAME",   "NUMBER", "STRING",
                                          "NEWLINE",   "INDENT", "DEDENT", "ERRORTOKEN"};
    if (kind < TK_LPAR) return classes[kind];
    if (kind < TK__COUNT) return lex_op_texts[kind - TK_LPAR];
    return "?";
}

const char *lex_keyword_text(lex_keyword_t kw) {
    return kw > 0 && kw < KW__COUNT ? lex_kw_texts[kw] : NULL;
}

/* ---- UTF-8 helpers ---------------------------------------------------------------------- */

/* Length of the valid UTF-8 sequence at p (1..4), or 0 when it is malformed. */
static int utf8_seq_len(const unsigned char *p, const unsigned char *end) {
    unsigned c = p[0];
    int n;
    unsigned min;
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF)
        n = 2, min = 0x80;
    else if (c >= 0xE0 && c <= 0xEF)
        n = 3, min = 0x800;
    else if (c >= 0xF0 && c <= 0xF4)
        n = 4, min = 0x10000;
    else
        return 0;
    if (end - p < n) return 0;
    unsigned cp = c & (0x3F >> (n - 1));
    for (int i = 1; i < n; i++) {
        if ((p[i] & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return n;
}

/* Decodes the (valid) UTF-8 character at p; stores its byte length in *len. */
static uint32_t utf8_decode(const char *p, int *len) {
    const unsigned char *s = (const unsigned char *)p;
    if (s[0] < 0x80) return *len = 1, s[0];
    if (s[0] < 0xE0) return *len = 2, ((s[0] & 0x1Fu) << 6) | (s[1] & 0x3Fu);
    if (s[0] < 0xF0) return *len = 3, ((s[0] & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
    *len = 4;
    return ((s[0] & 0x07u) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) | (s[3] & 0x3Fu);
}

/* Number of code points in [from, to). */
static int utf8_count(const char *from, const char *to) {
    int n = 0;
    for (; from < to; from++) n += ((unsigned char)*from & 0xC0) != 0x80;
    return n;
}

static void utf8_put(sp_strbuf_t *out, uint32_t cp) {
    char b[4];
    size_t n;
    if (cp < 0x80)
        b[0] = (char)cp, n = 1;
    else if (cp < 0x800)
        b[0] = (char)(0xC0 | (cp >> 6)), b[1] = (char)(0x80 | (cp & 0x3F)), n = 2;
    else if (cp < 0x10000) {
        b[0] = (char)(0xE0 | (cp >> 12)), b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        b[2] = (char)(0x80 | (cp & 0x3F)), n = 3;
    } else {
        b[0] = (char)(0xF0 | (cp >> 18)), b[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        b[2] = (char)(0x80 | ((cp >> 6) & 0x3F)), b[3] = (char)(0x80 | (cp & 0x3F)), n = 4;
    }
    strbuf_append(out, b, n);
}

/*
 * Non-printable code points (CPython reports these as "invalid non-printable character").
 * Without the Unicode database we approximate str.isprintable() with the common ranges.
 */
static int lex_is_nonprintable(uint32_t cp) {
    return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0xA0) || cp == 0xAD ||
           (cp >= 0x2000 && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202F) ||
           (cp >= 0x205F && cp <= 0x206F) || cp == 0x3000 || cp == 0xFEFF || (cp >= 0xE000 && cp <= 0xF8FF);
}

/*
 * Whether a non-ASCII code point may appear in an identifier. CPython uses XID_Start /
 * XID_Continue; we accept letters of the common scripts and reject the symbol and
 * punctuation blocks, which covers real programs without shipping the Unicode tables.
 */
static int lex_is_id_char(uint32_t cp) {
    if (cp < 0x80) return isalnum((int)cp) || cp == '_';
    if (lex_is_nonprintable(cp)) return 0;
    if (cp < 0x100) return cp == 0xAA || cp == 0xB5 || cp == 0xBA || (cp >= 0xC0 && cp != 0xD7 && cp != 0xF7);
    if (cp >= 0x2000 && cp <= 0x2BFF)
        return cp == 0x203F || cp == 0x2040 || (cp >= 0x2070 && cp <= 0x209C) ||
               (cp >= 0x2100 && cp <= 0x214F && cp != 0x2118);
    if (cp >= 0x2E00 && cp <= 0x2E7F) return 0;
    if (cp >= 0x3000 && cp <= 0x303F) return cp >= 0x3005 && cp <= 0x3007;
    if (cp >= 0xFE10 && cp <= 0xFE6F) return cp == 0xFE33 || cp == 0xFE34 || (cp >= 0xFE4D && cp <= 0xFE4F);
    if (cp >= 0xFF00 && cp <= 0xFF0F) return 0;
    if (cp >= 0xFF1A && cp <= 0xFF20) return 0;
    if (cp >= 0xFF3B && cp <= 0xFF40) return cp == 0xFF3F;
    if (cp >= 0xFF5B && cp <= 0xFF65) return 0;
    if (cp >= 0xFFF0 && cp <= 0xFFFF) return 0;
    if (cp >= 0x1F000 && cp <= 0x1FAFF) return 0; /* emoji and pictographs */
    return 1;
}

/* ---- Errors ----------------------------------------------------------------------------- */

const char *lex_line_pointer(lex_t *lx, int line) {
    const char *p = lx->src;
    for (int l = 1; l < line; l++) {
        const char *nl = memchr(p, '\n', (size_t)(lx->end - p));
        if (!nl) return NULL;
        p = nl + 1;
    }
    return p;
}

static int lex_raise(lex_t *lx, sp_exc_kind_t kind, int line, const char *line_start, const char *pos,
                     const char *fmt, va_list ap) {
    char msg[512];
    vsnprintf(msg, sizeof msg, fmt, ap);
    const char *text = NULL;
    int offset = 0;
    if (line_start && line_start <= lx->end) {
        const char *nl = memchr(line_start, '\n', (size_t)(lx->end - line_start));
        size_t n = nl ? (size_t)(nl - line_start) + 1 : (size_t)(lx->end - line_start);
        char *copy = sp_alloc_atomic(lx->vm, n + 1);
        if (copy) {
            memcpy(copy, line_start, n);
            copy[n] = 0;
            text = copy;
        }
        if (pos < line_start) pos = line_start;
        if (pos > line_start + n) pos = line_start + n;
        offset = utf8_count(line_start, pos) + 1;
        if (line_start == lx->src) offset += lx->col_base;
    }
    sp_raise_syntax(lx->vm, kind, msg, lx->filename, line, offset, text);
    lx->soft_error = 0;
    return -1;
}

int lex_error_at(lex_t *lx, sp_exc_kind_t kind, int line, const char *pos, const char *fmt, ...) {
    const char *ls = pos;
    while (ls > lx->src && ls[-1] != '\n') ls--;
    va_list ap;
    va_start(ap, fmt);
    lex_raise(lx, kind, line, ls, pos, fmt, ap);
    va_end(ap);
    return -1;
}

int lex_error_pos(lex_t *lx, sp_exc_kind_t kind, int line, int col, const char *fmt, ...) {
    const char *ls = lex_line_pointer(lx, line);
    if (ls && ls == lx->src) col -= lx->col_base;
    if (col < 0) col = 0;
    va_list ap;
    va_start(ap, fmt);
    lex_raise(lx, kind, line, ls, ls ? ls + col : NULL, fmt, ap);
    va_end(ap);
    return -1;
}

/* ---- Source preparation ----------------------------------------------------------------- */

/* Checks a `coding[:=]name` comment on one line: returns 0 (none, or UTF-8/ASCII), 1 for
 * Latin-1, or -1 after raising on an unknown encoding. */
static int lex_check_coding(lex_t *lx, const char *line, const char *eol) {
    const char *p = line;
    while (p < eol && (*p == ' ' || *p == '\t' || *p == '\f')) p++;
    if (p >= eol || *p != '#') return 0;
    for (; p + 7 < eol; p++) {
        if (memcmp(p, "coding", 6) != 0 || (p[6] != ':' && p[6] != '=')) continue;
        const char *name = p + 7;
        while (name < eol && (*name == ' ' || *name == '\t')) name++;
        const char *ne = name;
        while (ne < eol && (isalnum((unsigned char)*ne) || *ne == '-' || *ne == '_' || *ne == '.')) ne++;
        char enc[64];
        size_t n = (size_t)(ne - name) < sizeof enc - 1 ? (size_t)(ne - name) : sizeof enc - 1;
        for (size_t i = 0; i < n; i++) enc[i] = (char)tolower((unsigned char)name[i]);
        enc[n] = 0;
        /* The first four spell UTF-8 (or its ASCII subset); the rest Latin-1. */
        static const char *const known[] = {"utf-8",       "utf8",   "utf_8",   "ascii",      "us-ascii",
                                            "latin-1",     "latin1", "latin_1", "iso-8859-1", "iso8859-1",
                                            "iso-latin-1", "l1",     NULL};
        for (int i = 0; known[i]; i++)
            if (strcmp(enc, known[i]) == 0 ||
                (strncmp(enc, known[i], strlen(known[i])) == 0 && enc[strlen(known[i])] == '-'))
                return i >= 5;
        char orig[64];
        memcpy(orig, name, n);
        orig[n] = 0;
        char msg[96];
        snprintf(msg, sizeof msg, "unknown encoding: %s", orig);
        sp_raise_syntax(lx->vm, SP_EXC_SyntaxError, msg, lx->filename, 0, 0, NULL);
        return -1;
    }
    return 0;
}

/* Rejects NUL bytes. UTF-8 is checked token by token (CPython ignores bad bytes in comments,
 * and its messages give the position within the token). */
static int lex_validate(lex_t *lx) {
    const char *nul = memchr(lx->src, 0, (size_t)(lx->end - lx->src));
    if (nul) {
        /* CPython names the NUL's line and shows it up to the NUL. */
        int line = 1;
        const char *start = lx->src;
        for (const char *p = lx->src; p < nul; p++)
            if (*p == '\n') {
                line++;
                start = p + 1;
            }
        sp_raise_syntax(lx->vm, SP_EXC_SyntaxError, "source code cannot contain null bytes", lx->filename, line,
                        0, start);
        return -1;
    }
    return 0;
}

/* Raises CPython's decoding error for the bad byte at `bad`, `pos` bytes into a token. */
static int lex_utf8_error(lex_t *lx, int line, const char *at, const char *bad, int pos) {
    unsigned char c = (unsigned char)*bad;
    return lex_error_at(lx, SP_EXC_SyntaxError, line, at,
                        "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: %s", c, pos,
                        (c >= 0x80 && c < 0xC2) || c > 0xF4 ? "invalid start byte"
                                                            : "invalid continuation byte");
}

/* How many bytes after lead c can continue its sequence when the first is b1 (CPython's decoder
 * checks the second byte's range for E0, ED, F0 and F4). */
static bool lex_utf8_continues(unsigned char c, int i, unsigned char b) {
    if ((b & 0xC0) != 0x80) return false;
    if (i != 1) return true;
    if (c == 0xE0) return b >= 0xA0;
    if (c == 0xED) return b < 0xA0;
    if (c == 0xF0) return b >= 0x90;
    if (c == 0xF4) return b < 0x90;
    return true;
}

/* The decoding error for a bad sequence inside a literal whose content ends at `limit`, with
 * CPython's wording for a sequence cut short ("bytes in position 0-1: unexpected end of data")
 * or broken after some valid bytes ("bytes in position 0-1: invalid continuation byte"). */
static int lex_utf8_error_in(lex_t *lx, int line, const char *at, const char *bad, int pos, const char *limit) {
    unsigned char c = (unsigned char)*bad;
    int need = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : 0;
    int k = 0;
    while (k < need && bad + 1 + k < limit && lex_utf8_continues(c, k + 1, (unsigned char)bad[1 + k])) k++;
    if (need == 0 || (k == 0 && bad + 1 < limit)) return lex_utf8_error(lx, line, at, bad, pos);
    const char *why = bad + 1 + k >= limit ? "unexpected end of data" : "invalid continuation byte";
    if (k == 0)
        return lex_error_at(lx, SP_EXC_SyntaxError, line, at,
                            "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: %s", c, pos, why);
    return lex_error_at(lx, SP_EXC_SyntaxError, line, at,
                        "(unicode error) 'utf-8' codec can't decode bytes in position %d-%d: %s", pos, pos + k, why);
}

/* Re-encodes a Latin-1 source as UTF-8 (each byte is its own code point). */
static int lex_latin1_to_utf8(lex_t *lx) {
    size_t n = (size_t)(lx->end - lx->src), extra = 0;
    for (size_t i = 0; i < n; i++) extra += (unsigned char)lx->src[i] >= 0x80;
    if (extra == 0) return 0;
    char *buf = sp_alloc_atomic(lx->vm, n + extra + 1);
    if (!buf) return -1;
    size_t j = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)lx->src[i];
        if (c < 0x80)
            buf[j++] = (char)c;
        else
            buf[j++] = (char)(0xC0 | (c >> 6)), buf[j++] = (char)(0x80 | (c & 0x3F));
    }
    buf[j] = 0;
    lx->src = lx->cur = lx->line_start = buf;
    lx->end = buf + j;
    return 0;
}

int lex_init(lex_t *lx, sp_vm_t *vm, const char *source, size_t size, const char *filename) {
    memset(lx, 0, offsetof(lex_t, indent));
    lx->indent_n = 0;
    lx->indent[0] = lx->alt_indent[0] = 0;
    lx->paren_n = 0;
    lx->last_kind = TK_NEWLINE;
    lx->done = 0;
    lx->sub = 0;
    lx->vm = vm;
    lx->filename = filename;
    if (size >= 3 && memcmp(source, "\xEF\xBB\xBF", 3) == 0) source += 3, size -= 3;
    lx->src = lx->cur = lx->line_start = source;
    lx->end = source + size;
    lx->line = 1;
    lx->at_bol = 1;
    if (lex_validate(lx) < 0) return -1;
    /* A coding declaration may sit on either of the first two lines. */
    const char *eol = memchr(source, '\n', size);
    if (!eol) eol = lx->end;
    int latin1 = lex_check_coding(lx, source, eol);
    if (latin1 < 0) return -1;
    if (!latin1 && eol < lx->end) {
        const char *l2 = eol + 1, *eol2 = memchr(l2, '\n', (size_t)(lx->end - l2));
        const char *q = source;
        while (q < eol && (*q == ' ' || *q == '\t' || *q == '\f')) q++;
        /* Only when the first line is blank or a comment. */
        if (q == eol || *q == '#' || *q == '\r') latin1 = lex_check_coding(lx, l2, eol2 ? eol2 : lx->end);
        if (latin1 < 0) return -1;
    }
    return latin1 ? lex_latin1_to_utf8(lx) : 0;
}

void lex_init_fragment(lex_t *lx, sp_vm_t *vm, const char *text, size_t size, const char *filename, int line,
                       int col) {
    memset(lx, 0, offsetof(lex_t, indent));
    lx->indent[0] = lx->alt_indent[0] = 0;
    lx->paren_n = 0;
    lx->last_kind = TK_NEWLINE;
    lx->done = 0;
    lx->vm = vm;
    lx->filename = filename;
    lx->src = lx->cur = lx->line_start = text;
    lx->end = text + size;
    lx->line = line;
    lx->col_base = col;
    lx->at_bol = 0;
    lx->sub = 1;
}

/* ---- Tokens ----------------------------------------------------------------------------- */

static int lex_col(lex_t *lx, const char *p) {
    return (int)(p - lx->line_start) + (lx->line_start == lx->src ? lx->col_base : 0);
}

static void lex_newline(lex_t *lx, const char *after) {
    lx->line++;
    lx->line_start = after;
}

static int lex_emit(lex_t *lx, lex_token_t *tok, lex_kind_t kind, const char *start, const char *end) {
    tok->kind = (uint8_t)kind;
    tok->start = start;
    tok->len = (uint32_t)(end - start);
    tok->end_line = lx->line;
    tok->end_col = lex_col(lx, end);
    lx->cur = end;
    lx->last_kind = kind;
    return 0;
}

static int lex_fail(lex_token_t *tok) {
    tok->kind = TK_ERROR;
    return -1;
}

/* Measures indentation at the start of a line and queues INDENT/DEDENT. Returns 1 when a
 * token was produced, 0 when there is nothing to emit, -1 on error. */
static int lex_indentation(lex_t *lx, lex_token_t *tok) {
    const char *p = lx->cur;
    int col = 0, alt = 0;
    for (; p < lx->end; p++) {
        if (*p == ' ')
            col++, alt++;
        else if (*p == '\t')
            col = (col / 8 + 1) * 8, alt++;
        else if (*p == '\f')
            col = alt = 0;
        else
            break;
    }
    lx->cur = p;
    /* Blank lines, comment-only lines and the end of input do not count. */
    if (p >= lx->end || *p == '#' || *p == '\n' || (*p == '\r' && (p + 1 >= lx->end || p[1] == '\n')))
        return 0;
    if (*p == '\\' && p + 1 < lx->end && (p[1] == '\n' || p[1] == '\r')) return 0;
    lx->at_bol = 0;
    int top = lx->indent[lx->indent_n], alt_top = lx->alt_indent[lx->indent_n];
    tok->line = lx->line;
    tok->col = 0;
    tok->keyword = 0;
    tok->flags = 0;
    if (col == top) {
        if (alt != alt_top) goto tab_error;
        return 0;
    }
    if (col > top) {
        if (lx->indent_n + 1 >= LEX_MAX_INDENT) {
            lex_error_at(lx, SP_EXC_IndentationError, lx->line, lx->line_start,
                         "too many levels of indentation");
            lx->soft_error = 1;
            return lex_fail(tok);
        }
        if (alt <= alt_top) goto tab_error;
        lx->indent_n++;
        lx->indent[lx->indent_n] = col;
        lx->alt_indent[lx->indent_n] = alt;
        lex_emit(lx, tok, TK_INDENT, lx->line_start, p);
        return 1;
    }
    int n = 0;
    while (lx->indent_n > 0 && col < lx->indent[lx->indent_n]) lx->indent_n--, n++;
    if (col != lx->indent[lx->indent_n]) {
        /* CPython points just past the line's text. */
        const char *eol = p;
        while (eol < lx->end && *eol != '\n' && *eol != '\r') eol++;
        lex_error_at(lx, SP_EXC_IndentationError, lx->line, eol,
                     "unindent does not match any outer indentation level");
        lx->soft_error = 1;
        return lex_fail(tok);
    }
    if (alt != lx->alt_indent[lx->indent_n]) goto tab_error;
    lx->pending_dedents = n - 1;
    tok->col = lex_col(lx, p);
    lex_emit(lx, tok, TK_DEDENT, p, p);
    return 1;
tab_error:
    lex_error_at(lx, SP_EXC_TabError, lx->line, lx->line_start,
                 "inconsistent use of tabs and spaces in indentation");
    lx->soft_error = 1;
    return lex_fail(tok);
}

static int lex_is_ident_start_byte(unsigned char c) {
    return isalpha(c) || c == '_' || c >= 0x80;
}

/* Scans an identifier starting at p; returns its end, or NULL after raising on a bad char. */
static const char *lex_scan_name(lex_t *lx, const char *p) {
    while (p < lx->end) {
        unsigned char c = (unsigned char)*p;
        if (c < 0x80) {
            if (!isalnum(c) && c != '_') break;
            p++;
            continue;
        }
        int n;
        if (!utf8_seq_len((const unsigned char *)p, (const unsigned char *)lx->end)) {
            lex_utf8_error(lx, lx->line, p, p, 0);
            return NULL;
        }
        uint32_t cp = utf8_decode(p, &n);
        if (!lex_is_id_char(cp)) {
            if (lex_is_nonprintable(cp))
                lex_error_at(lx, SP_EXC_SyntaxError, lx->line, p, "invalid non-printable character U+%04X",
                             cp);
            else
                lex_error_at(lx, SP_EXC_SyntaxError, lx->line, p, "invalid character '%.*s' (U+%04X)", n, p,
                             cp);
            return NULL;
        }
        p += n;
    }
    return p;
}

static lex_keyword_t lex_keyword_of(const char *s, size_t n) {
    if (n < 2 || n > 8) return KW_NONE_;
    for (int k = 1; k < KW__COUNT; k++)
        if (lex_kw_texts[k][0] == s[0] && strlen(lex_kw_texts[k]) == n && memcmp(lex_kw_texts[k], s, n) == 0)
            return (lex_keyword_t)k;
    return KW_NONE_;
}

/* String prefix letters -> LEX_STR_* flags, or -1 when they are not a valid prefix. */
static int lex_string_prefix(const char *s, size_t n) {
    int flags = 0;
    if (n > 2) return -1;
    for (size_t i = 0; i < n; i++) {
        int f;
        switch (s[i]) {
        case 'r':
        case 'R':
            f = LEX_STR_RAW;
            break;
        case 'b':
        case 'B':
            f = LEX_STR_BYTES;
            break;
        case 'f':
        case 'F':
            f = LEX_STR_F;
            break;
        case 'u':
        case 'U':
            if (n != 1) return -1;
            f = 0;
            break;
        default:
            return -1;
        }
        if (flags & f) return -1;
        flags |= f;
    }
    if ((flags & LEX_STR_BYTES) && (flags & LEX_STR_F)) return -1;
    return flags;
}

/* Scans a string literal whose opening quote is at q; start is the token start (prefix). */
static int lex_string(lex_t *lx, lex_token_t *tok, const char *start, const char *q, int flags) {
    char quote = *q;
    int triple = q + 2 < lx->end && q[1] == quote && q[2] == quote;
    int start_line = lx->line;
    const char *start_line_start = lx->line_start;
    const char *p = q + (triple ? 3 : 1), *body = p, *bad = NULL;
    for (;;) {
        if (p >= lx->end) {
            int detected = lx->line;
            if (lx->end > lx->src && lx->end[-1] == '\n' && detected > start_line) detected--;
            lx->line_start = start_line_start;
            if (triple)
                return lex_error_at(lx, SP_EXC_SyntaxError, start_line, start,
                                    "unterminated triple-quoted string literal (detected at line %d)",
                                    detected),
                       lex_fail(tok);
            return lex_error_at(lx, SP_EXC_SyntaxError, start_line, start,
                                "unterminated string literal (detected at line %d)", start_line),
                   lex_fail(tok);
        }
        char c = *p;
        if ((unsigned char)c >= 0x80) {
            int n = utf8_seq_len((const unsigned char *)p, (const unsigned char *)lx->end);
            if (n == 0) {
                if (!bad) bad = p;
                n = 1;
            }
            p += n;
            continue;
        }
        if (c == '\\' && p + 1 < lx->end) {
            if (p[1] == '\n')
                lex_newline(lx, p + 2);
            else if (p[1] == '\r' && p + 2 < lx->end && p[2] == '\n')
                lex_newline(lx, p + 3), p++;
            p += 2;
            continue;
        }
        if (c == '\n') {
            if (!triple)
                return lex_error_at(lx, SP_EXC_SyntaxError, start_line, start,
                                    "unterminated string literal (detected at line %d)", start_line),
                       lex_fail(tok);
            lex_newline(lx, p + 1);
        } else if (c == quote) {
            if (!triple) {
                p++;
                break;
            }
            if (p + 2 < lx->end && p[1] == quote && p[2] == quote) {
                p += 3;
                break;
            }
        }
        p++;
    }
    if (bad) {
        const char *content_end = p - (triple ? 3 : 1); /* p is past the closing quote(s) */
        if (content_end < bad) content_end = p;
        return lex_utf8_error_in(lx, lx->line, p, bad, (int)(bad - body), content_end), lex_fail(tok);
    }
    tok->flags = (uint8_t)(flags | (triple ? LEX_STR_TRIPLE : 0));
    tok->prefix_len = (uint8_t)(q - start);
    return lex_emit(lx, tok, TK_STRING, start, p);
}

/* ---- Numbers ---------------------------------------------------------------------------- */

static int lex_is_digit_of(char c, int base) {
    switch (base) {
    case 16:
        return isxdigit((unsigned char)c);
    case 8:
        return c >= '0' && c <= '7';
    case 2:
        return c == '0' || c == '1';
    default:
        return c >= '0' && c <= '9';
    }
}

static const char *lex_base_name(int base) {
    return base == 16 ? "hexadecimal" : base == 8 ? "octal" : base == 2 ? "binary" : "decimal";
}

/* Digits with single underscores between them; p is at a digit. Returns the end or NULL. */
static const char *lex_digits(lex_t *lx, const char *p, int base) {
    for (;;) {
        while (p < lx->end && lex_is_digit_of(*p, base)) p++;
        if (p >= lx->end || *p != '_') return p;
        if (p + 1 >= lx->end || !lex_is_digit_of(p[1], base)) {
            if (p + 1 < lx->end && base < 10 && isdigit((unsigned char)p[1]))
                lex_error_at(lx, SP_EXC_SyntaxError, lx->line, p + 1, "invalid digit '%c' in %s literal",
                             p[1], lex_base_name(base));
            else
                lex_error_at(lx, SP_EXC_SyntaxError, lx->line, p, "invalid %s literal", lex_base_name(base));
            return NULL;
        }
        p++;
    }
}

/* A number may not run into a name, except the keywords CPython tolerates (`1if x else y`). */
static int lex_number_end_ok(lex_t *lx, const char *p, int base) {
    if (p < lx->end && base < 10 && isdigit((unsigned char)*p))
        return lex_error_at(lx, SP_EXC_SyntaxError, lx->line, p, "invalid digit '%c' in %s literal", *p,
                            lex_base_name(base)),
               0;
    if (p >= lx->end || !lex_is_ident_start_byte((unsigned char)*p)) return 1;
    static const char *const ok[] = {"and", "else", "for", "if", "in", "is", "not", "or", NULL};
    for (int i = 0; ok[i]; i++) {
        size_t n = strlen(ok[i]);
        if ((size_t)(lx->end - p) >= n && memcmp(p, ok[i], n) == 0) return 1;
    }
    lex_error_at(lx, SP_EXC_SyntaxError, lx->line, p - 1, "invalid %s literal", lex_base_name(base));
    return 0;
}

/* Fraction, exponent and imaginary suffix after the integer part (p after the digits). */
static const char *lex_number_tail(lex_t *lx, const char *p, int *flags) {
    if (p < lx->end && *p == '.') {
        *flags = LEX_NUM_FLOAT;
        p++;
        if (p < lx->end && isdigit((unsigned char)*p) && !(p = lex_digits(lx, p, 10))) return NULL;
    }
    if (p < lx->end && (*p == 'e' || *p == 'E')) {
        const char *e = p++;
        if (p < lx->end && (*p == '+' || *p == '-')) p++;
        if (p < lx->end && isdigit((unsigned char)*p)) {
            if (!(p = lex_digits(lx, p, 10))) return NULL;
            *flags = LEX_NUM_FLOAT;
        } else {
            if (e + 1 < p) {
                lex_error_at(lx, SP_EXC_SyntaxError, lx->line, p - 1, "invalid decimal literal");
                return NULL;
            }
            p = e; /* `1else`, `1e` : let the end check judge */
        }
    }
    if (p < lx->end && (*p == 'j' || *p == 'J')) *flags = LEX_NUM_IMAG, p++;
    return p;
}

static int lex_number(lex_t *lx, lex_token_t *tok, const char *start) {
    const char *p = start;
    int flags = LEX_NUM_INT;
    if (*p == '0' && p + 1 < lx->end && strchr("xXoObB", p[1]) && p[1]) {
        int base = (p[1] == 'x' || p[1] == 'X') ? 16 : (p[1] == 'o' || p[1] == 'O') ? 8 : 2;
        p += 2;
        if (p < lx->end && *p == '_') p++;
        if (p >= lx->end || !lex_is_digit_of(*p, base)) {
            if (p < lx->end && base < 10 && isdigit((unsigned char)*p))
                return lex_error_at(lx, SP_EXC_SyntaxError, lx->line, p + 1,
                                    "invalid digit '%c' in %s literal", *p, lex_base_name(base)),
                       lex_fail(tok);
            return lex_error_at(lx, SP_EXC_SyntaxError, lx->line, start + 1, "invalid %s literal",
                                lex_base_name(base)),
                   lex_fail(tok);
        }
        if (!(p = lex_digits(lx, p, base)) || !lex_number_end_ok(lx, p, base)) return lex_fail(tok);
        tok->flags = LEX_NUM_INT;
        return lex_emit(lx, tok, TK_NUMBER, start, p);
    }
    if (*p == '.') {
        flags = LEX_NUM_FLOAT;
        p++;
        if (!(p = lex_digits(lx, p, 10))) return lex_fail(tok);
        if (!(p = lex_number_tail(lx, p, &flags))) return lex_fail(tok);
    } else if (*p == '0') {
        /* Only zeros may follow a leading zero, unless it turns out to be a float. */
        while (p < lx->end && (*p == '0' || (*p == '_' && p + 1 < lx->end && isdigit((unsigned char)p[1]))))
            p++;
        if (p < lx->end && *p == '_')
            return lex_error_at(lx, SP_EXC_SyntaxError, lx->line, p, "invalid decimal literal"),
                   lex_fail(tok);
        const char *nonzero = NULL;
        if (p < lx->end && isdigit((unsigned char)*p)) {
            nonzero = p;
            if (!(p = lex_digits(lx, p, 10))) return lex_fail(tok);
        }
        if (!(p = lex_number_tail(lx, p, &flags))) return lex_fail(tok);
        if (nonzero && flags == LEX_NUM_INT)
            return lex_error_at(lx, SP_EXC_SyntaxError, lx->line, start,
                                "leading zeros in decimal integer literals are not permitted; "
                                "use an 0o prefix for octal integers"),
                   lex_fail(tok);
    } else {
        if (!(p = lex_digits(lx, p, 10))) return lex_fail(tok);
        if (!(p = lex_number_tail(lx, p, &flags))) return lex_fail(tok);
    }
    if (!lex_number_end_ok(lx, p, 10)) return lex_fail(tok);
    tok->flags = (uint8_t)flags;
    return lex_emit(lx, tok, TK_NUMBER, start, p);
}

/* ---- Operators -------------------------------------------------------------------------- */

/* Matches the longest operator at p; returns its kind and stores its length. */
static lex_kind_t lex_operator(const char *p, const char *end, int *len) {
    char c = *p, c1 = p + 1 < end ? p[1] : 0, c2 = p + 2 < end ? p[2] : 0;
    *len = 1;
#define TWO(ch, kind)                                                                                        \
    if (c1 == (ch)) return *len = 2, (kind)
    switch (c) {
    case '(':
        return TK_LPAR;
    case ')':
        return TK_RPAR;
    case '[':
        return TK_LSQB;
    case ']':
        return TK_RSQB;
    case '{':
        return TK_LBRACE;
    case '}':
        return TK_RBRACE;
    case ',':
        return TK_COMMA;
    case ';':
        return TK_SEMI;
    case '~':
        return TK_TILDE;
    case ':':
        TWO('=', TK_COLONEQUAL);
        return TK_COLON;
    case '+':
        TWO('=', TK_PLUSEQUAL);
        return TK_PLUS;
    case '-':
        TWO('=', TK_MINEQUAL);
        TWO('>', TK_RARROW);
        return TK_MINUS;
    case '%':
        TWO('=', TK_PERCENTEQUAL);
        return TK_PERCENT;
    case '&':
        TWO('=', TK_AMPEREQUAL);
        return TK_AMPER;
    case '|':
        TWO('=', TK_VBAREQUAL);
        return TK_VBAR;
    case '^':
        TWO('=', TK_CIRCUMFLEXEQUAL);
        return TK_CIRCUMFLEX;
    case '@':
        TWO('=', TK_ATEQUAL);
        return TK_AT;
    case '=':
        TWO('=', TK_EQEQUAL);
        return TK_EQUAL;
    case '!':
        TWO('=', TK_NOTEQUAL);
        return TK_EXCLAMATION;
    case '.':
        if (c1 == '.' && c2 == '.') return *len = 3, TK_ELLIPSIS;
        return TK_DOT;
    case '*':
        if (c1 == '*') {
            if (c2 == '=') return *len = 3, TK_DOUBLESTAREQUAL;
            return *len = 2, TK_DOUBLESTAR;
        }
        TWO('=', TK_STAREQUAL);
        return TK_STAR;
    case '/':
        if (c1 == '/') {
            if (c2 == '=') return *len = 3, TK_DOUBLESLASHEQUAL;
            return *len = 2, TK_DOUBLESLASH;
        }
        TWO('=', TK_SLASHEQUAL);
        return TK_SLASH;
    case '<':
        if (c1 == '<') {
            if (c2 == '=') return *len = 3, TK_LEFTSHIFTEQUAL;
            return *len = 2, TK_LEFTSHIFT;
        }
        TWO('=', TK_LESSEQUAL);
        TWO('>', TK_NOTEQUAL); /* `<>` only with barry_as_FLUFL; the parser rejects it */
        return TK_LESS;
    case '>':
        if (c1 == '>') {
            if (c2 == '=') return *len = 3, TK_RIGHTSHIFTEQUAL;
            return *len = 2, TK_RIGHTSHIFT;
        }
        TWO('=', TK_GREATEREQUAL);
        return TK_GREATER;
    default:
        return TK_ERROR;
    }
#undef TWO
}

/* Tracks bracket nesting for implicit line joining and the mismatch messages. */
static int lex_bracket(lex_t *lx, lex_token_t *tok, lex_kind_t kind, const char *p) {
    char c = *p;
    if (kind == TK_LPAR || kind == TK_LSQB || kind == TK_LBRACE) {
        if (lx->paren_n >= LEX_MAX_PAREN)
            return lex_error_at(lx, SP_EXC_SyntaxError, lx->line, p, "too many nested parentheses"),
                   lex_fail(tok);
        lx->paren_char[lx->paren_n] = c;
        lx->paren_line[lx->paren_n] = lx->line;
        lx->paren_col[lx->paren_n] = lex_col(lx, p);
        lx->paren_n++;
        return 0;
    }
    if (lx->paren_n == 0)
        return lex_error_at(lx, SP_EXC_SyntaxError, lx->line, p, "unmatched '%c'", c), lex_fail(tok);
    char open = lx->paren_char[--lx->paren_n];
    if ((open == '(' && c != ')') || (open == '[' && c != ']') || (open == '{' && c != '}')) {
        int oline = lx->paren_line[lx->paren_n];
        if (oline != lx->line)
            return lex_error_at(lx, SP_EXC_SyntaxError, lx->line, p,
                                "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                                c, open, oline),
                   lex_fail(tok);
        return lex_error_at(lx, SP_EXC_SyntaxError, lx->line, p,
                            "closing parenthesis '%c' does not match opening parenthesis '%c'", c, open),
               lex_fail(tok);
    }
    return 0;
}

/* At the end of input: close the logical line, unwind the indentation, then ENDMARKER. */
static int lex_end_of_input(lex_t *lx, lex_token_t *tok) {
    const char *p = lx->end;
    if (lx->paren_n > 0) {
        int i = lx->paren_n - 1;
        lex_error_pos(lx, SP_EXC_SyntaxError, lx->paren_line[i], lx->paren_col[i], "'%c' was never closed",
                      lx->paren_char[i]);
        lx->soft_error = 1;
        return lex_fail(tok);
    }
    tok->line = lx->line;
    tok->col = lex_col(lx, p);
    tok->keyword = 0;
    tok->flags = 0;
    if (lx->last_kind != TK_NEWLINE && lx->last_kind != TK_DEDENT && lx->last_kind != TK_INDENT &&
        lx->last_kind != TK_ENDMARKER && !lx->sub)
        return lex_emit(lx, tok, TK_NEWLINE, p, p);
    if (lx->indent_n > 0) {
        lx->indent_n--;
        return lex_emit(lx, tok, TK_DEDENT, p, p);
    }
    lx->done = 1;
    return lex_emit(lx, tok, TK_ENDMARKER, p, p);
}

int lex_next_token(lex_t *lx, lex_token_t *tok) {
    tok->keyword = 0;
    tok->flags = 0;
    tok->prefix_len = 0;
    if (lx->pending_dedents > 0) {
        lx->pending_dedents--;
        tok->line = lx->line;
        tok->col = lex_col(lx, lx->cur);
        return lex_emit(lx, tok, TK_DEDENT, lx->cur, lx->cur);
    }
again:
    if (lx->at_bol && lx->paren_n == 0 && !lx->sub) {
        int r = lex_indentation(lx, tok);
        if (r != 0) return r < 0 ? -1 : 0;
    }
    const char *p = lx->cur;
    while (p < lx->end && (*p == ' ' || *p == '\t' || *p == '\f')) p++;
    if (p < lx->end && *p == '#')
        while (p < lx->end && *p != '\n' && *p != '\r') p++;
    lx->cur = p;
    if (p >= lx->end) return lex_end_of_input(lx, tok);
    tok->line = lx->line;
    tok->col = lex_col(lx, p);
    unsigned char c = (unsigned char)*p;
    if (c == '\n' || c == '\r') {
        const char *next = p + 1;
        if (c == '\r' && next < lx->end && *next == '\n') next++;
        int blank = lx->at_bol || lx->paren_n > 0 || lx->last_kind == TK_NEWLINE || lx->sub;
        if (blank) {
            lex_newline(lx, next);
            lx->cur = next;
            if (lx->paren_n == 0) lx->at_bol = 1;
            goto again;
        }
        lex_emit(lx, tok, TK_NEWLINE, p, next);
        lex_newline(lx, next);
        lx->at_bol = 1;
        return 0;
    }
    if (c == '\\') {
        const char *q = p + 1;
        if (q < lx->end && *q == '\r') q++;
        /* These three are reported without raising by CPython's tokenizer: soft. */
        if (q >= lx->end || *q != '\n' || q + 1 >= lx->end) {
            if (q >= lx->end || *q == '\n')
                lex_error_at(lx, SP_EXC_SyntaxError, lx->line, p + 1, "unexpected EOF while parsing");
            else
                lex_error_at(lx, SP_EXC_SyntaxError, lx->line, p + 1,
                             "unexpected character after line continuation character");
            lx->soft_error = 1;
            return lex_fail(tok);
        }
        lex_newline(lx, q + 1);
        lx->cur = q + 1;
        goto again;
    }
    if (lex_is_ident_start_byte(c)) {
        const char *e;
        if (c >= 0x80) {
            int n;
            if (!utf8_seq_len((const unsigned char *)p, (const unsigned char *)lx->end))
                return lex_utf8_error(lx, lx->line, p, p, 0), lex_fail(tok);
            uint32_t cp = utf8_decode(p, &n);
            if (!lex_is_id_char(cp) || (cp >= 0xFF10 && cp <= 0xFF19)) {
                if (lex_is_nonprintable(cp))
                    return lex_error_at(lx, SP_EXC_SyntaxError, lx->line, p,
                                        "invalid non-printable character U+%04X", cp),
                           lex_fail(tok);
                return lex_error_at(lx, SP_EXC_SyntaxError, lx->line, p, "invalid character '%.*s' (U+%04X)",
                                    n, p, cp),
                       lex_fail(tok);
            }
        }
        if (!(e = lex_scan_name(lx, p))) return lex_fail(tok);
        if (e < lx->end && (*e == '"' || *e == '\'')) {
            int flags = lex_string_prefix(p, (size_t)(e - p));
            if (flags >= 0) return lex_string(lx, tok, p, e, flags);
        }
        tok->keyword = (uint8_t)lex_keyword_of(p, (size_t)(e - p));
        return lex_emit(lx, tok, TK_NAME, p, e);
    }
    if (isdigit(c) || (c == '.' && p + 1 < lx->end && isdigit((unsigned char)p[1])))
        return lex_number(lx, tok, p);
    if (c == '"' || c == '\'') return lex_string(lx, tok, p, p, 0);
    int len;
    lex_kind_t kind = lex_operator(p, lx->end, &len);
    if (kind == TK_ERROR) {
        if (c < 0x80 && c >= 0x20 && c != 0x7F) {
            lex_error_at(lx, SP_EXC_SyntaxError, lx->line, p, "invalid syntax");
            lx->soft_error = 1;
            lx->cur = p + 1; /* scanning may go on past it */
            return lex_fail(tok);
        }
        return lex_error_at(lx, SP_EXC_SyntaxError, lx->line, p, "invalid non-printable character U+%04X", c),
               lex_fail(tok);
    }
    if (kind <= TK_RBRACE && lex_bracket(lx, tok, kind, p) < 0) return -1;
    return lex_emit(lx, tok, kind, p, p + len);
}

/* ---- String literal decoding ------------------------------------------------------------ */

static int lex_hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

#if SP_UNICODE_NAMES
/* The offset of body[k] as CPython's unicode-escape decoder counts it in error messages: that
 * decoder sees each non-ASCII character already rewritten as a 10-byte \UXXXXXXXX escape. */
static int lex_escape_offset(const char *body, size_t k) {
    int pos = 0;
    for (size_t j = 0; j < k; j++) {
        unsigned char b = (unsigned char)body[j];
        if (b < 0x80)
            pos += 1;
        else if ((b & 0xC0) != 0x80)
            pos += 10;
    }
    return pos;
}

/* Decodes "\N{NAME}" (body[i] is the 'N'); the errors and positions are CPython's. */
static long lex_decode_named_escape(lex_t *lx, const char *body, size_t size, size_t i,
                                    const lex_token_t *tok, sp_strbuf_t *out) {
    const char *message = "malformed \\N character escape";
    size_t end = i + 1; /* where CPython's decoder stops, one past the bad input */
    if (end < size && body[end] == '{') {
        size_t start = ++end;
        while (end < size && body[end] != '}') end++;
        if (end < size && end > start) {
            uint32_t cp;
            if (unicode_lookup_name(body + start, end - start, &cp)) {
                utf8_put(out, cp);
                return (long)end + 1;
            }
            message = "unknown Unicode character name";
            end++;
        }
    }
    return lex_error_pos(lx, SP_EXC_SyntaxError, tok->end_line, tok->end_col,
                         "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s",
                         lex_escape_offset(body, i - 1), lex_escape_offset(body, end) - 1, message);
}
#else
static long lex_decode_named_escape(lex_t *lx, const char *body, size_t size, size_t i,
                                    const lex_token_t *tok, sp_strbuf_t *out) {
    (void)body, (void)size, (void)i, (void)out;
    return lex_error_pos(lx, SP_EXC_SyntaxError, tok->end_line, tok->end_col,
                         "(unicode error) \\N{...} escapes are not supported yet");
}
#endif

/* Decodes one backslash escape at body[i] (the char after the backslash); appends the result
 * and returns the index after it, or -1 on error. */
static long lex_decode_escape(lex_t *lx, const char *body, size_t size, size_t i, int bytes,
                              const lex_token_t *tok, sp_strbuf_t *out) {
    char c = body[i];
    static const char simple_from[] = "\\'\"abfnrtv", simple_to[] = "\\'\"\a\b\f\n\r\t\v";
    const char *s = strchr(simple_from, c);
    if (c && s) {
        char ch = simple_to[s - simple_from];
        strbuf_append(out, &ch, 1);
        return (long)i + 1;
    }
    if (c == '\n') return (long)i + 1;
    if (c == '\r') return (long)i + 1 + (i + 1 < size && body[i + 1] == '\n');
    if (c >= '0' && c <= '7') {
        unsigned v = 0;
        size_t j = i;
        while (j < size && j < i + 3 && body[j] >= '0' && body[j] <= '7')
            v = v * 8 + (unsigned)(body[j++] - '0');
        if (bytes) {
            char ch = (char)(v & 0xFF);
            strbuf_append(out, &ch, 1);
        } else
            utf8_put(out, v);
        return (long)j;
    }
    int digits = c == 'x' ? 2 : (!bytes && c == 'u') ? 4 : (!bytes && c == 'U') ? 8 : 0;
    if (digits) {
        uint32_t v = 0;
        for (int k = 1; k <= digits; k++) {
            int h = i + (size_t)k < size ? lex_hex_value(body[i + (size_t)k]) : -1;
            if (h < 0) {
                if (bytes)
                    return lex_error_pos(lx, SP_EXC_SyntaxError, tok->end_line, tok->end_col,
                                         "(value error) invalid \\x escape at position %d", (int)i - 1);
                return lex_error_pos(
                    lx, SP_EXC_SyntaxError, tok->end_line, tok->end_col,
                    "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: "
                    "truncated \\%c%s escape",
                    (int)i - 1, (int)i + k - 1, c,
                    c == 'x'   ? "XX"
                    : c == 'u' ? "XXXX"
                               : "XXXXXXXX");
            }
            v = v * 16 + (uint32_t)h;
        }
        if (bytes) {
            char ch = (char)v;
            strbuf_append(out, &ch, 1);
        } else {
            if (v > 0x10FFFF)
                return lex_error_pos(
                    lx, SP_EXC_SyntaxError, tok->end_line, tok->end_col,
                    "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: "
                    "illegal Unicode character",
                    (int)i - 1, (int)i + digits);
            utf8_put(out, v);
        }
        return (long)i + 1 + digits;
    }
    if (!bytes && c == 'N') return lex_decode_named_escape(lx, body, size, i, tok, out);
    /* An unknown escape stays as written (CPython only warns). */
    strbuf_append(out, "\\", 1);
    return (long)i;
}

int lex_decode_string(lex_t *lx, const char *body, size_t size, int flags, const lex_token_t *tok,
                      sp_strbuf_t *out) {
    int bytes = (flags & LEX_STR_BYTES) != 0, raw = (flags & LEX_STR_RAW) != 0;
    size_t i = 0;
    while (i < size) {
        size_t run = i;
        while (run < size && body[run] != '\\' && body[run] != '\r' && (unsigned char)body[run] < 0x80) run++;
        if (run > i) strbuf_append(out, body + i, run - i);
        i = run;
        if (i >= size) break;
        unsigned char c = (unsigned char)body[i];
        if (c >= 0x80) {
            if (bytes)
                return lex_error_pos(lx, SP_EXC_SyntaxError, tok->line, tok->col,
                                     "bytes can only contain ASCII literal characters");
            size_t j = i;
            while (j < size && (unsigned char)body[j] >= 0x80) j++;
            strbuf_append(out, body + i, j - i);
            i = j;
        } else if (c == '\r') {
            /* Newlines in source are \n whatever the file used. */
            strbuf_append(out, "\n", 1);
            i += (i + 1 < size && body[i + 1] == '\n') ? 2 : 1;
        } else if (raw) {
            strbuf_append(out, body + i, i + 1 < size ? 2 : 1);
            i += 2;
        } else {
            long r = lex_decode_escape(lx, body, size, i + 1, bytes, tok, out);
            if (r < 0) return -1;
            i = (size_t)r;
        }
    }
    return 0;
}
