/* marshal.c: code objects and constants to portable bytes and back (the format is described in
 * vm/marshal.h). The reader is the part that matters for safety: it bounds-checks every length
 * and index, so bad input ends in a Python exception, never in a crash. */
#include <string.h>

#include "runtime/runtime.h"
#include "vm/marshal.h"

/* Deeper nesting than this (tuples of tuples, functions in functions) is refused both ways, so
 * neither side can overflow the C stack. The parser's own nesting limit is far below it. */
#define MARSHAL_MAX_DEPTH 1000

static const uint8_t marshal_magic[4] = {0x7f, 'S', 'P', 'M'};

/* FNV-1a over the opcode names in order: two builds agree on it exactly when their opcode lists
 * (and thus their bytecode) agree. */
static uint32_t marshal_opcode_fingerprint(void) {
    uint32_t h = 2166136261u;
    for (int op = 0; op < OP__COUNT; op++) {
        for (const char *p = sp_opcode_info[op].name; *p; p++) h = (h ^ (uint8_t)*p) * 16777619u;
        h = (h ^ 0xFFu) * 16777619u;
    }
    return h;
}

/* ---- Writing ------------------------------------------------------------------------------- */

typedef struct marshal_writer {
    sp_vm_t *vm;
    uint8_t *data;
    size_t size, capacity;
    int depth;
    bool failed;
} marshal_writer_t;

static void w_bytes(marshal_writer_t *w, const void *src, size_t n) {
    if (w->failed) return;
    if (w->size + n > w->capacity) {
        size_t cap = w->capacity ? w->capacity : 256;
        while (cap < w->size + n) cap *= 2;
        uint8_t *grown = sp_alloc_atomic(w->vm, cap);
        if (!grown) {
            w->failed = true;
            return;
        }
        if (w->size) memcpy(grown, w->data, w->size);
        w->data = grown;
        w->capacity = cap;
    }
    memcpy(w->data + w->size, src, n);
    w->size += n;
}

static void w_u8(marshal_writer_t *w, uint8_t b) { w_bytes(w, &b, 1); }

static void w_u32(marshal_writer_t *w, uint32_t x) {
    uint8_t b[4] = {(uint8_t)x, (uint8_t)(x >> 8), (uint8_t)(x >> 16), (uint8_t)(x >> 24)};
    w_bytes(w, b, 4);
}

static void w_u64(marshal_writer_t *w, uint64_t x) {
    w_u32(w, (uint32_t)x);
    w_u32(w, (uint32_t)(x >> 32));
}

static void w_double(marshal_writer_t *w, double d) {
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    w_u64(w, bits);
}

/* A length-prefixed run of bytes (str, bytes, big-int digits). */
static void w_sized(marshal_writer_t *w, uint8_t tag, const void *src, size_t n) {
    if (n > UINT32_MAX) {
        sp_raise(w->vm, SP_EXC_ValueError, "unmarshallable object (too large)");
        w->failed = true;
        return;
    }
    w_u8(w, tag);
    w_u32(w, (uint32_t)n);
    w_bytes(w, src, n);
}

static void w_value(marshal_writer_t *w, sp_value_t v);

static void w_values(marshal_writer_t *w, const sp_value_t *items, int64_t n) {
    w_u32(w, (uint32_t)n);
    for (int64_t i = 0; i < n && !w->failed; i++) w_value(w, items[i]);
}

static void w_code(marshal_writer_t *w, const sp_code_t *code) {
    w_u8(w, 'c');
    w_u32(w, (uint32_t)code->argcount);
    w_u32(w, (uint32_t)code->posonlyargcount);
    w_u32(w, (uint32_t)code->kwonlyargcount);
    w_u32(w, (uint32_t)code->stack_size);
    w_u32(w, code->flags);
    w_u32(w, (uint32_t)code->firstlineno);
    w_u32(w, (uint32_t)code->n_insns);
    for (int32_t i = 0; i < code->n_insns; i++) w_u32(w, code->insns[i]);
    w_values(w, code->consts, code->n_consts);
    w_values(w, code->names, code->n_names);
    w_values(w, code->localnames, code->n_locals);
    w_values(w, code->cellnames, code->n_cellvars);
    w_values(w, code->freenames, code->n_freevars);
    w_u8(w, code->cell2arg != NULL);
    for (int32_t i = 0; code->cell2arg && i < code->n_cellvars; i++) w_u32(w, (uint32_t)code->cell2arg[i]);
    w_u32(w, (uint32_t)code->n_exc_entries);
    for (int32_t i = 0; i < code->n_exc_entries; i++) {
        const sp_exc_entry_t *e = &code->exc_table[i];
        w_u32(w, e->start);
        w_u32(w, e->end);
        w_u32(w, e->handler);
        w_u32(w, e->depth);
    }
    w_u32(w, (uint32_t)code->n_lines);
    for (int32_t i = 0; i < code->n_lines; i++) {
        w_u32(w, code->lines[i].start);
        w_u32(w, (uint32_t)code->lines[i].line);
    }
    w_value(w, code->name);
    w_value(w, code->qualname);
    w_value(w, code->filename);
    w_value(w, code->doc);
}

static void w_bigint(marshal_writer_t *w, sp_value_t v) {
    sp_value_t text = sp_int_format_base(w->vm, v, 16);
    if (!text) {
        w->failed = true;
        return;
    }
    /* "-0xff" is stored as "-ff": the prefix carries nothing. */
    const char *s = sp_str_cstr(text);
    bool negative = s[0] == '-';
    const char *digits = s + (negative ? 3 : 2);
    size_t n = strlen(digits);
    w_u8(w, 'l');
    w_u32(w, (uint32_t)(n + negative));
    if (negative) w_u8(w, '-');
    w_bytes(w, digits, n);
}

static void w_frozenset(marshal_writer_t *w, sp_value_t set) {
    sp_value_t items = sp_tuple_from_iterable(w->vm, set);
    if (!items) {
        w->failed = true;
        return;
    }
    w_u8(w, '<');
    w_values(w, SP_AS_TUPLE(items)->items, SP_AS_TUPLE(items)->size);
}

static void w_value(marshal_writer_t *w, sp_value_t v) {
    if (w->failed) return;
    if (++w->depth > MARSHAL_MAX_DEPTH) {
        sp_raise(w->vm, SP_EXC_ValueError, "object too deeply nested to marshal");
        w->failed = true;
        return;
    }
    if (v == SP_NONE) w_u8(w, 'N');
    else if (v == SP_FALSE) w_u8(w, 'F');
    else if (v == SP_TRUE) w_u8(w, 'T');
    else if (v == SP_ELLIPSIS) w_u8(w, '.');
    else if (sp_is_smallint(v)) {
        w_u8(w, 'i');
        w_u64(w, (uint64_t)sp_smallint_value(v));
    } else if (sp_is_float(v)) {
        w_u8(w, 'd');
        w_double(w, sp_float_value(v));
    } else if (sp_is_kind(v, SP_K_INT)) w_bigint(w, v);
    else if (sp_is_complex(v)) {
        double re, im;
        sp_complex_parts(v, &re, &im);
        w_u8(w, 'j');
        w_double(w, re);
        w_double(w, im);
    } else if (sp_is_str(v)) w_sized(w, SP_AS_STR(v)->interned ? 'S' : 's', SP_AS_STR(v)->data, (size_t)SP_AS_STR(v)->size);
    else if (sp_is_kind(v, SP_K_BYTES)) w_sized(w, 'b', SP_AS_BYTES(v)->data, (size_t)SP_AS_BYTES(v)->size);
    else if (sp_is_tuple(v)) {
        w_u8(w, '(');
        w_values(w, SP_AS_TUPLE(v)->items, SP_AS_TUPLE(v)->size);
    } else if (sp_is_kind(v, SP_K_FROZENSET)) w_frozenset(w, v);
    else if (sp_is_kind(v, SP_K_CODE)) w_code(w, SP_PTR(sp_code_t, v));
    else {
        sp_raise(w->vm, SP_EXC_ValueError, "unmarshallable object");
        w->failed = true;
    }
    w->depth--;
}

sp_value_t marshal_dumps(sp_vm_t *vm, sp_value_t value) {
    marshal_writer_t w = {.vm = vm};
    w_bytes(&w, marshal_magic, sizeof marshal_magic);
    w_u32(&w, MARSHAL_VERSION);
    w_u32(&w, marshal_opcode_fingerprint());
    w_value(&w, value);
    if (w.failed) return vm->exc ? SP_NULL : sp_raise_nomem(vm);
    return sp_bytes_new(vm, w.data, w.size);
}

/* ---- Reading ------------------------------------------------------------------------------- */

typedef struct marshal_reader {
    sp_vm_t *vm;
    const uint8_t *data;
    size_t pos, size;
    int depth;
    sp_value_t last_filename; /* code objects of one module share their filename str */
} marshal_reader_t;

/* Raises "bad marshal data (why)"; returns -1 so callers can `return r_bad(...)`. */
static int r_bad(marshal_reader_t *r, const char *why) {
    if (!r->vm->exc) sp_raise(r->vm, SP_EXC_ValueError, "bad marshal data (%s)", why);
    return -1;
}

static int r_need(marshal_reader_t *r, size_t n) {
    if (n <= r->size - r->pos) return 0;
    sp_raise(r->vm, SP_EXC_EOFError, "marshal data too short");
    return -1;
}

static int r_u8(marshal_reader_t *r, uint8_t *out) {
    if (r_need(r, 1) < 0) return -1;
    *out = r->data[r->pos++];
    return 0;
}

static int r_u32(marshal_reader_t *r, uint32_t *out) {
    if (r_need(r, 4) < 0) return -1;
    const uint8_t *p = r->data + r->pos;
    *out = (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
    r->pos += 4;
    return 0;
}

static int r_u64(marshal_reader_t *r, uint64_t *out) {
    uint32_t lo, hi;
    if (r_u32(r, &lo) < 0 || r_u32(r, &hi) < 0) return -1;
    *out = (uint64_t)hi << 32 | lo;
    return 0;
}

static int r_i32(marshal_reader_t *r, int32_t *out) {
    uint32_t x;
    if (r_u32(r, &x) < 0) return -1;
    *out = (int32_t)x;
    return 0;
}

static int r_double(marshal_reader_t *r, double *out) {
    uint64_t bits;
    if (r_u64(r, &bits) < 0) return -1;
    memcpy(out, &bits, sizeof *out);
    return 0;
}

/* A count of items that each take at least `min_bytes` bytes: refused before anything is
 * allocated when the input cannot hold that many (so a forged count cannot ask for gigabytes). */
static int r_count(marshal_reader_t *r, size_t min_bytes, int32_t *out) {
    uint32_t n;
    if (r_u32(r, &n) < 0) return -1;
    if (n > INT32_MAX) return r_bad(r, "count too large");
    if ((uint64_t)n * min_bytes > (uint64_t)(r->size - r->pos)) {
        sp_raise(r->vm, SP_EXC_EOFError, "marshal data too short");
        return -1;
    }
    *out = (int32_t)n;
    return 0;
}

/* True when data[0..n) is well-formed UTF-8 in structure (lead and continuation bytes agree,
 * no overlong forms), so the str functions never read past a sequence. */
static bool r_utf8_ok(const uint8_t *p, size_t n) {
    for (size_t i = 0; i < n;) {
        uint8_t c = p[i];
        size_t len = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
        if (len == 0 || len > n - i) return false;
        for (size_t k = 1; k < len; k++)
            if ((p[i + k] & 0xC0) != 0x80) return false;
        if ((c == 0xE0 && p[i + 1] < 0xA0) || (c == 0xF0 && p[i + 1] < 0x90) || (c == 0xF4 && p[i + 1] >= 0x90))
            return false;
        i += len;
    }
    return true;
}

static sp_value_t r_value(marshal_reader_t *r);

static sp_value_t r_str(marshal_reader_t *r, bool interned) {
    int32_t n;
    if (r_count(r, 1, &n) < 0) return SP_NULL;
    const char *text = (const char *)r->data + r->pos;
    if (!r_utf8_ok((const uint8_t *)text, (size_t)n)) return r_bad(r, "invalid UTF-8"), SP_NULL;
    r->pos += (size_t)n;
    return interned ? sp_str_intern(r->vm, text, (size_t)n) : sp_str_new(r->vm, text, (size_t)n);
}

static sp_value_t r_bigint(marshal_reader_t *r) {
    int32_t n;
    if (r_count(r, 1, &n) < 0) return SP_NULL;
    const char *text = (const char *)r->data + r->pos;
    size_t start = n > 0 && text[0] == '-';
    if ((size_t)n <= start) return r_bad(r, "empty int"), SP_NULL;
    for (size_t i = start; i < (size_t)n; i++)
        if (!strchr("0123456789abcdef", text[i]) || text[i] == '\0') return r_bad(r, "bad int digit"), SP_NULL;
    r->pos += (size_t)n;
    return sp_int_from_string(r->vm, text, (size_t)n, 16);
}

/* n values into a new GC array of n + 1 slots (the compiler's arrays carry one spare slot). */
static sp_value_t *r_value_array(marshal_reader_t *r, int32_t *count, bool strs_only) {
    int32_t n;
    if (r_count(r, 1, &n) < 0) return NULL;
    sp_value_t *items = sp_alloc(r->vm, ((size_t)n + 1) * sizeof *items);
    if (!items) return NULL;
    for (int32_t i = 0; i < n; i++) {
        if (!(items[i] = r_value(r))) return NULL;
        if (strs_only && !sp_is_str(items[i])) return r_bad(r, "name is not a str"), NULL;
    }
    *count = n;
    return items;
}

static sp_value_t r_tuple(marshal_reader_t *r) {
    int32_t n;
    sp_value_t *items = r_value_array(r, &n, false);
    return items ? sp_tuple_from_array(r->vm, items, n) : SP_NULL;
}

static sp_value_t r_frozenset(marshal_reader_t *r) {
    sp_value_t tuple = r_tuple(r);
    if (!tuple) return SP_NULL;
    sp_value_t set = sp_set_new(r->vm, true);
    if (!set) return SP_NULL;
    if (sp_set_update(r->vm, set, tuple) < 0) {
        sp_exc_fetch(r->vm);
        return r_bad(r, "unhashable frozenset item"), SP_NULL;
    }
    return set;
}

/* Checks each instruction's opcode, and each operand that indexes a table of this code object. */
static int r_check_insns(marshal_reader_t *r, const sp_code_t *code) {
    int32_t n_cells = code->n_cellvars + code->n_freevars;
    for (int32_t pc = 0; pc < code->n_insns; pc++) {
        uint32_t op = SP_INSN_OP(code->insns[pc]), arg = SP_INSN_ARG(code->insns[pc]);
        if (op >= OP__COUNT) return r_bad(r, "unknown opcode");
        bool ok = true;
        switch (sp_opcode_info[op].operand) {
        case SP_OPERAND_CONST: ok = arg < (uint32_t)code->n_consts; break;
        case SP_OPERAND_NAME: ok = arg < (uint32_t)code->n_names; break;
        case SP_OPERAND_LOCAL: ok = arg < (uint32_t)code->n_locals; break;
        case SP_OPERAND_CELL: ok = arg < (uint32_t)n_cells; break;
        case SP_OPERAND_JUMP: ok = arg < (uint32_t)code->n_insns; break;
        case SP_OPERAND_CMP: ok = arg <= SP_CMP_GE; break;
        case SP_OPERAND_BINOP: ok = (arg & ~(uint32_t)SP_BINOP_INPLACE) < SP_BINOP__COUNT; break;
        case SP_OPERAND_UNOP: ok = arg <= SP_UNOP_NOT; break;
        default: break;
        }
        if (!ok) return r_bad(r, "operand out of range");
    }
    /* Falling off the end would run past the array: the compiler always ends with a return. */
    if (code->n_insns == 0) return r_bad(r, "empty code");
    uint32_t last = SP_INSN_OP(code->insns[code->n_insns - 1]);
    if (last != OP_RETURN_VALUE && last != OP_JUMP && last != OP_RERAISE && last != OP_RAISE_VARARGS)
        return r_bad(r, "code does not end in a jump or return");
    return 0;
}

static int r_code_tables(marshal_reader_t *r, sp_code_t *code) {
    uint8_t has_cell2arg;
    if (r_u8(r, &has_cell2arg) < 0) return -1;
    if (has_cell2arg > 1) return r_bad(r, "bad cell2arg flag");
    if (has_cell2arg) {
        if (r_need(r, (size_t)code->n_cellvars * 4) < 0) return -1;
        if (!(code->cell2arg = sp_alloc_atomic(r->vm, ((size_t)code->n_cellvars + 1) * sizeof(int32_t)))) return -1;
        for (int32_t i = 0; i < code->n_cellvars; i++) {
            if (r_i32(r, &code->cell2arg[i]) < 0) return -1;
            if (code->cell2arg[i] < -1 || code->cell2arg[i] >= code->n_locals) return r_bad(r, "bad cell2arg");
        }
    }
    int32_t n;
    if (r_count(r, 16, &n) < 0) return -1;
    code->n_exc_entries = n;
    if (n && !(code->exc_table = sp_alloc_atomic(r->vm, (size_t)n * sizeof *code->exc_table))) return -1;
    for (int32_t i = 0; i < n; i++) {
        sp_exc_entry_t *e = &code->exc_table[i];
        if (r_u32(r, &e->start) < 0 || r_u32(r, &e->end) < 0 || r_u32(r, &e->handler) < 0 || r_u32(r, &e->depth) < 0)
            return -1;
        uint32_t prev_end = i ? code->exc_table[i - 1].end : 0;
        if (e->start < prev_end || e->start >= e->end || e->end > (uint32_t)code->n_insns ||
            e->handler >= (uint32_t)code->n_insns || e->depth > (uint32_t)code->stack_size)
            return r_bad(r, "bad exception table");
    }
    if (r_count(r, 8, &n) < 0) return -1;
    code->n_lines = n;
    if (!(code->lines = sp_alloc_atomic(r->vm, ((size_t)n + 1) * sizeof *code->lines))) return -1;
    for (int32_t i = 0; i < n; i++) {
        if (r_u32(r, &code->lines[i].start) < 0 || r_i32(r, &code->lines[i].line) < 0) return -1;
        if (i > 0 && code->lines[i].start <= code->lines[i - 1].start) return r_bad(r, "bad line table");
    }
    return 0;
}

static sp_value_t r_code(marshal_reader_t *r) {
    sp_vm_t *vm = r->vm;
    sp_code_t *code = code_new(vm);
    if (!code) return SP_NULL;
    int32_t flags;
    if (r_i32(r, &code->argcount) < 0 || r_i32(r, &code->posonlyargcount) < 0 || r_i32(r, &code->kwonlyargcount) < 0 ||
        r_i32(r, &code->stack_size) < 0 || r_i32(r, &flags) < 0 || r_i32(r, &code->firstlineno) < 0)
        return SP_NULL;
    code->flags = (uint32_t)flags;
    if (r_count(r, 4, &code->n_insns) < 0) return SP_NULL;
    if (!(code->insns = sp_alloc_atomic(vm, ((size_t)code->n_insns + 1) * sizeof(uint32_t)))) return SP_NULL;
    for (int32_t i = 0; i < code->n_insns; i++)
        if (r_u32(r, &code->insns[i]) < 0) return SP_NULL;
    code->insns[code->n_insns] = 0;
    if (!(code->consts = r_value_array(r, &code->n_consts, false))) return SP_NULL;
    if (!(code->names = r_value_array(r, &code->n_names, true))) return SP_NULL;
    if (!(code->localnames = r_value_array(r, &code->n_locals, true))) return SP_NULL;
    if (!(code->cellnames = r_value_array(r, &code->n_cellvars, true))) return SP_NULL;
    if (!(code->freenames = r_value_array(r, &code->n_freevars, true))) return SP_NULL;
    /* The frame layout and argument binding index locals by these counts. */
    int32_t params = code->argcount + code->kwonlyargcount + ((code->flags & SP_CODE_VARARGS) != 0) +
                     ((code->flags & SP_CODE_VARKEYWORDS) != 0);
    if (code->argcount < 0 || code->kwonlyargcount < 0 || code->posonlyargcount < 0 ||
        code->posonlyargcount > code->argcount || code->argcount > INT32_MAX / 4 || code->kwonlyargcount > INT32_MAX / 4 ||
        params > code->n_locals || code->stack_size < 0 || code->stack_size > SP_MAX_OPERAND)
        return r_bad(r, "bad argument counts"), SP_NULL;
    if (r_code_tables(r, code) < 0 || r_check_insns(r, code) < 0) return SP_NULL;
    sp_value_t fields[4];
    for (int i = 0; i < 4; i++)
        if (!(fields[i] = r_value(r))) return SP_NULL;
    if (!sp_is_str(fields[0]) || !sp_is_str(fields[1]) || !sp_is_str(fields[2]) ||
        !(sp_is_str(fields[3]) || fields[3] == SP_NONE))
        return r_bad(r, "bad code object names"), SP_NULL;
    code->name = fields[0];
    code->qualname = fields[1];
    if (r->last_filename && sp_str_equal(r->last_filename, fields[2])) fields[2] = r->last_filename;
    code->filename = r->last_filename = fields[2];
    code->doc = fields[3];
    return SP_OBJ(code);
}

static sp_value_t r_value(marshal_reader_t *r) {
    uint8_t tag;
    if (r_u8(r, &tag) < 0) return SP_NULL;
    if (++r->depth > MARSHAL_MAX_DEPTH) return r_bad(r, "too deeply nested"), SP_NULL;
    sp_value_t v = SP_NULL;
    uint64_t bits;
    double re, im;
    switch (tag) {
    case 'N': v = SP_NONE; break;
    case 'F': v = SP_FALSE; break;
    case 'T': v = SP_TRUE; break;
    case '.': v = SP_ELLIPSIS; break;
    case 'i':
        if (r_u64(r, &bits) == 0) v = sp_int_from_i64(r->vm, (int64_t)bits);
        break;
    case 'l': v = r_bigint(r); break;
    case 'd':
        if (r_double(r, &re) == 0) v = sp_float(re);
        break;
    case 'j':
        if (r_double(r, &re) == 0 && r_double(r, &im) == 0) v = sp_complex_new(r->vm, re, im);
        break;
    case 's': v = r_str(r, false); break;
    case 'S': v = r_str(r, true); break;
    case 'b': {
        int32_t n;
        if (r_count(r, 1, &n) == 0) {
            v = sp_bytes_new(r->vm, r->data + r->pos, (size_t)n);
            r->pos += (size_t)n;
        }
        break;
    }
    case '(': v = r_tuple(r); break;
    case '<': v = r_frozenset(r); break;
    case 'c': v = r_code(r); break;
    default: r_bad(r, "unknown type code"); break;
    }
    r->depth--;
    return v;
}

sp_value_t marshal_loads(sp_vm_t *vm, const uint8_t *data, size_t size) {
    marshal_reader_t r = {.vm = vm, .data = data, .size = size};
    uint32_t version, fingerprint;
    if (r_need(&r, 12) < 0) return SP_NULL;
    if (memcmp(data, marshal_magic, sizeof marshal_magic) != 0) return r_bad(&r, "bad magic number"), SP_NULL;
    r.pos = sizeof marshal_magic;
    if (r_u32(&r, &version) < 0 || r_u32(&r, &fingerprint) < 0) return SP_NULL;
    if (version != MARSHAL_VERSION) return r_bad(&r, "unsupported version"), SP_NULL;
    if (fingerprint != marshal_opcode_fingerprint()) return r_bad(&r, "bytecode of another opcode list"), SP_NULL;
    sp_value_t v = r_value(&r);
    if (v && r.pos != r.size) return r_bad(&r, "trailing bytes"), SP_NULL;
    return v;
}
