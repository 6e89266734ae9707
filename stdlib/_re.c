/* _re.c: the matching engine behind the `re` module (stdlib/lib/re.py parses and compiles the
 * pattern; this file checks the compiled program and runs it). It never recurses in C.
 *
 * The engine is a backtracking matcher over a small program (an int64 array). re.py turns the
 * pattern into a tree and the tree into instructions, one per construct; for `(a|b)*c`:
 *
 *     5  SPLIT 8 23        the loop: try an iteration first, remember the exit
 *     8  SAVE 2            group 1 starts               (marks are undo-logged registers)
 *    10  SPLIT 13 17       a | b
 *    13  CHAR 'a'
 *    15  JMP 19
 *    17  CHAR 'b'
 *    19  CLOSE 1           group 1 ends, lastindex := 1
 *    21  JMP 5
 *    23  CHAR 'c'
 *    25  SUCCESS
 *
 * Other instructions: REPEAT1 (a loop over one character item: `.*`, `[a-z]+?`, `x{2,5}+`),
 * RINIT/RTEST/RENTER (a counted loop over anything, with the "an empty iteration ends the
 * loop" rule), LOOK ... LOOKEND (lookahead, fixed-width lookbehind, atomic groups), BACKREF and
 * GREF_EXISTS (conditionals). _re.Program checks every operand once, so the matcher can trust
 * the program.
 *
 * All backtracking state lives in one heap-allocated stack of entries:
 *
 *     +---------------------+
 *     | CHOICE pc,pos       |  resume here on failure
 *     | REG r,old           |  undo a register write (group mark, loop counter, lastindex)
 *     | GREEDY next,cur,min |  give one character back from a greedy single-item loop
 *     | LAZY pc,pos,n       |  take one more character in a lazy single-item loop
 *     | LOOK pc,pos,prev    |  the start of a lookaround / atomic body   <- st->look_top
 *     +---------------------+
 *
 * Failure pops entries: REG entries are applied (so registers always describe the surviving
 * path) until an entry that can resume. Leaving a positive lookaround or an atomic group drops
 * the choice points its body pushed but keeps the REG entries, so a later failure still undoes
 * the body's captures. Memory is the only limit: a huge subject or a deep pattern grows the
 * stack, and when it cannot grow the match raises MemoryError.
 *
 * Searching tries each start position in turn, skipping ahead with memchr to a literal every
 * match must begin with, or over characters outside the pattern's first-character set (both
 * computed by re.py). findall and sub loop here in C, so only callables run Python per match.
 *
 * Subjects are bytes (bytes, bytearray copies and ASCII str) or arrays of code points (a
 * non-ASCII str, decoded once per call by prepare()); re_exec.h holds the matcher and is
 * compiled once for each width. Positions are indices into that array: code-point indices for
 * str. */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/runtime.h"
#include "runtime/unicode_db.h"
#include "stdlib/modules.h"

/* Opcodes; re.py emits the same numbers (keep them in step with its OP_* constants). */
enum {
    RE_OP_FAIL = 0,
    RE_OP_SUCCESS = 1,
    RE_OP_CHAR = 2,        /* c */
    RE_OP_CHAR_I = 3,      /* c: matches when the subject char folds (Unicode) to c */
    RE_OP_CHAR_IA = 4,     /* c: the same with ASCII folding */
    RE_OP_ANY = 5,         /* any character but \n */
    RE_OP_ANYALL = 6,      /* any character */
    RE_OP_SET = 7,         /* next flags bitmap[8] nranges (lo hi)* ncats cat* */
    RE_OP_AT = 8,          /* kind */
    RE_OP_SAVE = 9,        /* reg: reg := pos */
    RE_OP_CLOSE = 10,      /* g: end mark of group g := pos; lastindex := g */
    RE_OP_JMP = 11,        /* target */
    RE_OP_SPLIT = 12,      /* first second */
    RE_OP_REPEAT1 = 13,    /* next min max mode item... */
    RE_OP_RINIT = 14,      /* r */
    RE_OP_RTEST = 15,      /* r min max lazy body exit */
    RE_OP_RENTER = 16,     /* r */
    RE_OP_LOOK = 17,       /* kind back after */
    RE_OP_LOOKEND = 18,
    RE_OP_BACKREF = 19,    /* g fold(0 none, 1 unicode, 2 ascii) */
    RE_OP_GREF_EXISTS = 20, /* g no */
    RE_OP_NOTCHAR = 21,    /* c */
};

/* The program header: code[0] the number of group marks, [1] registers in all, [2] the index of
 * a SET op every match must start with (0: none), [3] 1 when anchored at the string start,
 * [4] a literal every match starts with (-1: none). */
enum { RE_HDR_NMARKS, RE_HDR_NREGS, RE_HDR_FIRSTSET, RE_HDR_ANCHORED, RE_HDR_LITERAL, RE_CODE_START };

enum {
    RE_AT_BEGIN,
    RE_AT_BOL,
    RE_AT_END,
    RE_AT_EOL,
    RE_AT_EOL_M,
    RE_AT_BOUNDARY_A,
    RE_AT_NONBOUNDARY_A,
    RE_AT_BOUNDARY_U,
    RE_AT_NONBOUNDARY_U
};
enum { RE_REP_GREEDY, RE_REP_LAZY, RE_REP_POSSESSIVE };
enum { RE_LOOK_POS, RE_LOOK_NEG, RE_LOOK_ATOMIC };
enum { RE_MODE_MATCH, RE_MODE_FULLMATCH, RE_MODE_SEARCH };
/* SET flags. */
enum { RE_SET_NEGATE = 1, RE_SET_ICASE_U = 2, RE_SET_ICASE_A = 4 };
/* Set categories: the ASCII ones, then the same +6 with Unicode meaning. */
enum { RE_CAT_DIGIT, RE_CAT_NOT_DIGIT, RE_CAT_WORD, RE_CAT_NOT_WORD, RE_CAT_SPACE, RE_CAT_NOT_SPACE };
#define RE_SET_BITMAP 3
#define RE_SET_NRANGES 11

enum { RE_BT_REG, RE_BT_CHOICE, RE_BT_GREEDY, RE_BT_LAZY, RE_BT_LOOK };

/* One backtrack-stack entry (fields per kind: see the essay above). */
typedef struct re_bt {
    int32_t kind;
    int64_t a, b, c;
} re_bt_t;

/* The matcher's state for one exec call. */
typedef struct re_state {
    sp_vm_t *vm;
    const int64_t *code;
    int64_t end;          /* endpos: the subject ends here for every test */
    int64_t *regs;        /* group marks, lastindex, loop counters */
    int64_t nregs;
    int64_t lastindex_reg;
    re_bt_t *stack;
    int64_t sp, cap;
    int64_t look_top;     /* index of the innermost open LOOK entry, -1 when none */
    int64_t forbid_empty; /* an empty match at this position fails (-1: none) */
    bool fullmatch;
} re_state_t;

/* ---- Character predicates ---------------------------------------------------------------- */

static inline uint32_t re_fold_ascii(uint32_t c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

/* Simple case folding good enough for IGNORECASE: characters that share a lowercase of their
 * uppercase are equal (s, S and long s; k, K and the Kelvin sign; the three sigmas). */
static inline uint32_t re_fold_uni(uint32_t c) {
    if (c < 128) return re_fold_ascii(c);
    if (c == 0x130) return 'i'; /* its simple lowercase; the table keeps only the full one */
    return unicode_case(unicode_case(c, 0), 1);
}

static inline bool re_is_word(uint32_t c, bool uni) {
    if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    if (!uni) return false;
    return (unicode_flags(c) & (UNICODE_ALPHA | UNICODE_DECIMAL | UNICODE_DIGIT | UNICODE_NUMERIC)) != 0;
}

static bool re_category(int64_t cat, uint32_t c) {
    bool uni = cat >= 6, r;
    switch (cat % 6 / 2) {
    case 0:
        r = uni ? (c < 128 ? (c >= '0' && c <= '9') : (unicode_flags(c) & UNICODE_DECIMAL) != 0)
                : (c >= '0' && c <= '9');
        break;
    case 1:
        r = re_is_word(c, uni);
        break;
    default:
        r = uni ? str_unicode_space(c) : (c == ' ' || (c >= 9 && c <= 13));
        break;
    }
    return cat % 2 ? !r : r;
}

/* Membership of c in a set's ranges and categories, before negation and folding. */
static bool re_set_raw(const int64_t *set, uint32_t c) {
    int64_t nr = set[RE_SET_NRANGES];
    const int64_t *r = set + RE_SET_NRANGES + 1;
    for (int64_t i = 0; i < nr; i++)
        if (c >= (uint64_t)r[2 * i] && c <= (uint64_t)r[2 * i + 1]) return true;
    const int64_t *cats = r + 2 * nr;
    int64_t nc = cats[0];
    for (int64_t i = 1; i <= nc; i++)
        if (re_category(cats[i], c)) return true;
    return false;
}

/* Full membership test, computing what the bitmap caches for c < 256. */
static bool re_set_slow(const int64_t *set, uint32_t c) {
    int64_t flags = set[2];
    bool in = re_set_raw(set, c);
    if (!in && (flags & RE_SET_ICASE_U)) {
        uint32_t up = unicode_case(c, 0), low = unicode_case(c, 1), f = re_fold_uni(c);
        in = re_set_raw(set, up) || re_set_raw(set, low) || re_set_raw(set, f) ||
             re_set_raw(set, unicode_case(f, 0));
    } else if (!in && (flags & RE_SET_ICASE_A) && c < 128) {
        uint32_t low = re_fold_ascii(c), up = c >= 'a' && c <= 'z' ? c - 32 : c;
        in = re_set_raw(set, up) || re_set_raw(set, low);
    }
    return (flags & RE_SET_NEGATE) ? !in : in;
}

static inline bool re_set_contains(const int64_t *set, uint32_t c) {
    if (c < 256) return (set[RE_SET_BITMAP + (c >> 5)] >> (c & 31)) & 1;
    return re_set_slow(set, c);
}

/* ---- The backtrack stack -------------------------------------------------------------------- */

static int re_grow(re_state_t *st) {
    int64_t cap = st->cap ? st->cap * 2 : 256;
    if ((uint64_t)cap > SIZE_MAX / sizeof(re_bt_t) / 2) {
        sp_raise_nomem(st->vm);
        return -1;
    }
    re_bt_t *p = st->stack ? sp_realloc(st->vm, st->stack, (size_t)cap * sizeof(re_bt_t))
                           : sp_alloc_atomic(st->vm, (size_t)cap * sizeof(re_bt_t));
    if (p == NULL) return -1;
    st->stack = p;
    st->cap = cap;
    return 0;
}

static inline int re_push(re_state_t *st, int kind, int64_t a, int64_t b, int64_t c) {
    if (st->sp == st->cap && re_grow(st) < 0) return -1;
    re_bt_t *e = &st->stack[st->sp++];
    e->kind = kind;
    e->a = a;
    e->b = b;
    e->c = c;
    return 0;
}

/* Writes a register, logging the old value so failure restores it. */
static inline int re_set_reg(re_state_t *st, int64_t r, int64_t v) {
    int64_t old = st->regs[r];
    if (old == v) return 0;
    if (re_push(st, RE_BT_REG, r, old, 0) < 0) return -1;
    st->regs[r] = v;
    return 0;
}

/* ---- The matcher, once per subject width ------------------------------------------------- */

#define RE_CHAR uint8_t
#define RE_FN(name) re_##name##_u8
#include "stdlib/re_exec.h"
#undef RE_CHAR
#undef RE_FN
#define RE_CHAR uint32_t
#define RE_FN(name) re_##name##_u32
#include "stdlib/re_exec.h"
#undef RE_CHAR
#undef RE_FN

/* ---- Loading a program ------------------------------------------------------------------- */

/* A checked program: _re.Program(list of ints). exec and friends accept nothing else, so a
 * hand-made program can never send the matcher outside its arrays. */
static const char re_program_type_name[] = "Program";

typedef struct re_program {
    sp_object_t hdr;
    int64_t n;
    int64_t code[];
} re_program_t;

static bool re_is_item_op(int64_t op) {
    return op == RE_OP_CHAR || op == RE_OP_CHAR_I || op == RE_OP_CHAR_IA || op == RE_OP_NOTCHAR ||
           op == RE_OP_ANY || op == RE_OP_ANYALL || op == RE_OP_SET;
}

/* The length of the instruction at code[pc], or 0 when it is malformed. */
static int64_t re_op_len(const int64_t *code, int64_t pc, int64_t n) {
    switch (code[pc]) {
    case RE_OP_FAIL: case RE_OP_SUCCESS: case RE_OP_ANY: case RE_OP_ANYALL: case RE_OP_LOOKEND:
        return 1;
    case RE_OP_SET: {
        if (pc + RE_SET_NRANGES + 2 > n) return 0;
        int64_t nr = code[pc + RE_SET_NRANGES];
        if (nr < 0 || nr > n) return 0;
        int64_t at = pc + RE_SET_NRANGES + 1 + 2 * nr;
        if (at >= n || code[at] < 0 || code[at] > n) return 0;
        for (int64_t i = 1; i <= code[at]; i++)
            if (at + i >= n || code[at + i] < 0 || code[at + i] > 11) return 0;
        int64_t len = at + 1 + code[at] - pc;
        return code[pc + 1] == pc + len ? len : 0;
    }
    case RE_OP_REPEAT1:
        return 5; /* the item follows and is walked as an instruction of its own */
    case RE_OP_SPLIT: case RE_OP_BACKREF: case RE_OP_GREF_EXISTS:
        return 3;
    case RE_OP_LOOK:
        return 4;
    case RE_OP_RTEST:
        return 7;
    case RE_OP_CHAR: case RE_OP_CHAR_I: case RE_OP_CHAR_IA: case RE_OP_NOTCHAR: case RE_OP_AT:
    case RE_OP_SAVE: case RE_OP_CLOSE: case RE_OP_JMP: case RE_OP_RINIT: case RE_OP_RENTER:
        return 2;
    default:
        return 0;
    }
}

static void re_fill_bitmap(int64_t *set) {
    for (int i = 0; i < 8; i++) set[RE_SET_BITMAP + i] = 0;
    for (uint32_t c = 0; c < 256; c++)
        if (re_set_slow(set, c)) set[RE_SET_BITMAP + (c >> 5)] |= (int64_t)1 << (c & 31);
}

/* Checks every operand of the instruction at pc: jump targets start instructions (starts[]),
 * registers and groups exist, characters are code points. */
static bool re_check_op(const int64_t *code, int64_t pc, int64_t n, const uint8_t *starts) {
    int64_t nmarks = code[RE_HDR_NMARKS], nregs = code[RE_HDR_NREGS];
#define RE_TARGET_OK(t) ((t) >= RE_CODE_START && (t) < n && starts[(t)])
    switch (code[pc]) {
    case RE_OP_CHAR: case RE_OP_CHAR_I: case RE_OP_CHAR_IA: case RE_OP_NOTCHAR:
        return code[pc + 1] >= 0 && code[pc + 1] <= 0x10FFFF;
    case RE_OP_SAVE:
        return code[pc + 1] >= 0 && code[pc + 1] < nmarks;
    case RE_OP_CLOSE:
        return code[pc + 1] >= 0 && 2 * code[pc + 1] + 1 < nmarks;
    case RE_OP_BACKREF: case RE_OP_GREF_EXISTS:
        if (code[pc + 1] < 0 || 2 * code[pc + 1] + 1 >= nmarks) return false;
        return code[pc] == RE_OP_BACKREF || RE_TARGET_OK(code[pc + 2]);
    case RE_OP_JMP:
        return RE_TARGET_OK(code[pc + 1]);
    case RE_OP_SPLIT:
        return RE_TARGET_OK(code[pc + 1]) && RE_TARGET_OK(code[pc + 2]);
    case RE_OP_REPEAT1: {
        int64_t next = code[pc + 1];
        if (!RE_TARGET_OK(next) || code[pc + 2] < 0 || code[pc + 3] < code[pc + 2]) return false;
        if (pc + 5 >= n || !re_is_item_op(code[pc + 5])) return false;
        return re_op_len(code, pc + 5, n) == next - (pc + 5);
    }
    case RE_OP_RINIT: case RE_OP_RENTER:
        return code[pc + 1] > nmarks && code[pc + 1] + 1 < nregs;
    case RE_OP_RTEST:
        return code[pc + 1] > nmarks && code[pc + 1] + 1 < nregs && RE_TARGET_OK(code[pc + 5]) &&
               RE_TARGET_OK(code[pc + 6]);
    case RE_OP_LOOK:
        return code[pc + 1] >= RE_LOOK_POS && code[pc + 1] <= RE_LOOK_ATOMIC && code[pc + 2] >= -1 &&
               RE_TARGET_OK(code[pc + 3]);
    default:
        return true;
    }
#undef RE_TARGET_OK
}

/* _re.Program(list of ints): the program checked and copied, with the case-folded literals and
 * the sets' bitmaps filled in. */
static sp_value_t re_program_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,
                                       sp_value_t kwnames) {
    if (sp_check_nargs(vm, "Program", nargs, kwnames, 1, 1) < 0) return SP_NULL;
    if (!sp_is_list(args[0])) return sp_raise(vm, SP_EXC_TypeError, "Program() expects a list of ints");
    sp_list_t *l = SP_AS_LIST(args[0]);
    int64_t n = l->size;
    if (n < RE_CODE_START + 1) return sp_raise(vm, SP_EXC_ValueError, "Program(): too short");
    if ((uint64_t)n > SIZE_MAX / 16) return sp_raise_nomem(vm);
    re_program_t *prog =
        (re_program_t *)sp_new_atomic_object(vm, type, sizeof(re_program_t) + (size_t)n * sizeof(int64_t));
    uint8_t *starts = sp_alloc_atomic(vm, (size_t)n);
    if (prog == NULL || starts == NULL) return SP_NULL;
    prog->n = n;
    int64_t *code = prog->code;
    for (int64_t i = 0; i < n; i++) {
        if (!sp_is_int(l->items[i])) return sp_raise(vm, SP_EXC_TypeError, "Program(): expects ints");
        if (sp_int_to_i64(vm, l->items[i], &code[i]) < 0) return SP_NULL;
    }
    int64_t nmarks = code[RE_HDR_NMARKS], nregs = code[RE_HDR_NREGS];
    if (nmarks < 2 || nmarks % 2 || nmarks > n * 2 + 2 || nregs < nmarks + 1 || nregs > nmarks + 1 + 2 * n)
        return sp_raise(vm, SP_EXC_ValueError, "Program(): bad header");
    memset(starts, 0, (size_t)n);
    int64_t last = -1;
    for (int64_t pc = RE_CODE_START; pc < n;) {
        int64_t len = re_op_len(code, pc, n);
        if (len <= 0 || pc + len > n) return sp_raise(vm, SP_EXC_ValueError, "Program(): bad instruction");
        starts[pc] = 1;
        last = pc;
        pc += len;
    }
    if (code[last] != RE_OP_FAIL && code[last] != RE_OP_SUCCESS)
        return sp_raise(vm, SP_EXC_ValueError, "Program(): must end with FAIL or SUCCESS");
    int64_t first = code[RE_HDR_FIRSTSET];
    if (first != 0 && (first < RE_CODE_START || first >= n || !starts[first] || code[first] != RE_OP_SET))
        return sp_raise(vm, SP_EXC_ValueError, "Program(): bad first set");
    if (code[RE_HDR_LITERAL] < -1 || code[RE_HDR_LITERAL] > 0x10FFFF)
        return sp_raise(vm, SP_EXC_ValueError, "Program(): bad literal");
    for (int64_t pc = RE_CODE_START; pc < n; pc += re_op_len(code, pc, n)) {
        if (!re_check_op(code, pc, n, starts)) return sp_raise(vm, SP_EXC_ValueError, "Program(): bad operand");
        if (code[pc] == RE_OP_CHAR_I) code[pc + 1] = re_fold_uni((uint32_t)code[pc + 1]);
        else if (code[pc] == RE_OP_CHAR_IA) code[pc + 1] = re_fold_ascii((uint32_t)code[pc + 1]);
        else if (code[pc] == RE_OP_SET) re_fill_bitmap(code + pc);
    }
    return SP_OBJ(prog);
}

/* The code of a Program argument, or NULL with TypeError set. */
static const int64_t *re_program_code(sp_vm_t *vm, sp_value_t v) {
    if (sp_is_obj(v) && SP_AS_OBJ(v)->type->name == re_program_type_name) return SP_PTR(re_program_t, v)->code;
    sp_raise(vm, SP_EXC_TypeError, "expected an _re.Program");
    return NULL;
}

/* _re.prepare(str or bytes) -> (subject, wide): bytes and ASCII str are used as they are; any
 * other str becomes a bytes object holding its code points as uint32. */
static sp_value_t re_prepare(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "prepare", nargs, kwnames, 1, 1) < 0) return SP_NULL;
    sp_value_t s = args[0];
    if (sp_is_kind(s, SP_K_BYTES) || (sp_is_str(s) && SP_AS_STR(s)->is_ascii))
        return sp_tuple_pack2(vm, s, SP_FALSE);
    if (!sp_is_str(s)) return sp_raise(vm, SP_EXC_TypeError, "expected string or bytes-like object");
    sp_str_t *str = SP_AS_STR(s);
    if ((uint64_t)str->length > SIZE_MAX / 8) return sp_raise_nomem(vm);
    uint32_t *cps = sp_alloc_atomic(vm, (size_t)(str->length + 1) * sizeof(uint32_t));
    if (cps == NULL) return SP_NULL;
    const char *p = str->data;
    for (int64_t i = 0; i < str->length; i++) cps[i] = str_decode_char(&p);
    sp_value_t b = sp_bytes_new(vm, cps, (size_t)str->length * sizeof(uint32_t));
    if (b == SP_NULL) return SP_NULL;
    return sp_tuple_pack2(vm, b, SP_TRUE);
}

/* _re.exec(program, subject, wide, pos, endpos, mode): wide None means subject is the caller's
 * own str or bytes, not yet prepared. -> list of marks + [lastindex], or None.
 * mode: 0 match, 1 fullmatch, 2 search; + 4: no empty match at pos (the 3.7+ rule for the
 * match after an empty one). */
static sp_value_t re_exec(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "exec", nargs, kwnames, 6, 6) < 0) return SP_NULL;
    const int64_t *code = re_program_code(vm, args[0]);
    if (code == NULL) return SP_NULL;
    sp_value_t subj = args[1];
    if (args[2] == SP_NONE) {
        /* Not prepared: a non-ASCII str is decoded here, for this one call. */
        if (sp_is_str(subj) && !SP_AS_STR(subj)->is_ascii) {
            sp_value_t prepared = re_prepare(vm, &subj, 1, SP_NULL);
            if (prepared == SP_NULL) return SP_NULL;
            subj = SP_AS_TUPLE(prepared)->items[0];
        }
    }
    int wide = args[2] == SP_NONE ? sp_is_kind(subj, SP_K_BYTES) && sp_is_str(args[1]) : sp_truthy(vm, args[2]);
    int64_t pos, endpos, mode;
    if (wide < 0 || sp_int_to_i64(vm, args[3], &pos) < 0 || sp_int_to_i64(vm, args[4], &endpos) < 0 ||
        sp_int_to_i64(vm, args[5], &mode) < 0)
        return SP_NULL;
    const uint8_t *data;
    int64_t len;
    if (sp_is_str(subj)) {
        data = (const uint8_t *)SP_AS_STR(subj)->data;
        len = SP_AS_STR(subj)->size;
    } else if (sp_is_kind(subj, SP_K_BYTES)) {
        data = SP_AS_BYTES(subj)->data;
        len = SP_AS_BYTES(subj)->size;
    } else {
        return sp_raise(vm, SP_EXC_TypeError, "exec(): bad subject");
    }
    if (wide && !sp_is_kind(subj, SP_K_BYTES)) return sp_raise(vm, SP_EXC_TypeError, "exec(): bad subject");
    if (wide) len /= 4;
    if (endpos > len) endpos = len;
    if (endpos < 0) endpos = 0;
    if (pos < 0) pos = 0;
    if (pos > endpos) return SP_NONE;
    re_state_t st;
    memset(&st, 0, sizeof st);
    st.vm = vm;
    st.code = code;
    st.end = endpos;
    st.nregs = code[RE_HDR_NREGS];
    st.lastindex_reg = code[RE_HDR_NMARKS];
    st.forbid_empty = (mode & 4) ? pos : -1;
    mode &= 3;
    st.fullmatch = mode == RE_MODE_FULLMATCH;
    st.regs = sp_alloc_atomic(vm, (size_t)st.nregs * sizeof(int64_t));
    if (st.regs == NULL) return SP_NULL;
    int r = wide ? re_run_u32(&st, (const uint32_t *)(const void *)data, pos, (int)mode)
                 : re_run_u8(&st, data, pos, (int)mode);
    if (r < 0) return SP_NULL;
    if (r == 0) return SP_NONE;
    int64_t nm = code[RE_HDR_NMARKS];
    sp_value_t out = sp_list_new(vm, nm + 1);
    if (out == SP_NULL) return SP_NULL;
    for (int64_t i = 0; i <= nm; i++) SP_AS_LIST(out)->items[i] = sp_int_from_i64(vm, st.regs[i]);
    return out;
}

/* ---- Whole-subject loops: findall and sub without a Python step per match ---------------- */

/* A subject as exec sees it, plus the original object slices are taken from. */
typedef struct re_subject {
    sp_value_t original; /* the str or bytes the caller passed */
    const uint8_t *data;
    int64_t len;         /* in characters */
    bool wide, is_bytes;
} re_subject_t;

/* Reads (program, prepared subject, wide, original) from args[0..3] into st and subj; wide
 * None means the subject is the original, not yet prepared. */
static int re_setup(sp_vm_t *vm, const sp_value_t *args, re_state_t *st, re_subject_t *subj) {
    const int64_t *code = re_program_code(vm, args[0]);
    if (code == NULL) return -1;
    sp_value_t p = args[1];
    int wide;
    if (args[2] == SP_NONE) {
        wide = sp_is_str(p) && !SP_AS_STR(p)->is_ascii;
        if (wide) {
            sp_value_t prepared = re_prepare(vm, &p, 1, SP_NULL);
            if (prepared == SP_NULL) return -1;
            p = SP_AS_TUPLE(prepared)->items[0];
        }
    } else {
        wide = sp_truthy(vm, args[2]);
        if (wide < 0) return -1;
    }
    if (sp_is_str(p)) {
        subj->data = (const uint8_t *)SP_AS_STR(p)->data;
        subj->len = SP_AS_STR(p)->size;
    } else if (sp_is_kind(p, SP_K_BYTES)) {
        subj->data = SP_AS_BYTES(p)->data;
        subj->len = SP_AS_BYTES(p)->size;
    } else {
        sp_raise(vm, SP_EXC_TypeError, "bad subject");
        return -1;
    }
    if (wide && !sp_is_kind(p, SP_K_BYTES)) {
        sp_raise(vm, SP_EXC_TypeError, "bad subject");
        return -1;
    }
    if (wide) subj->len /= 4;
    subj->wide = wide;
    subj->original = args[3];
    subj->is_bytes = !sp_is_str(args[3]);
    if (subj->is_bytes != !sp_is_str(p) && !wide) {
        sp_raise(vm, SP_EXC_TypeError, "subject mismatch");
        return -1;
    }
    memset(st, 0, sizeof *st);
    st->vm = vm;
    st->code = code;
    st->nregs = code[RE_HDR_NREGS];
    st->lastindex_reg = code[RE_HDR_NMARKS];
    st->regs = sp_alloc_atomic(vm, (size_t)st->nregs * sizeof(int64_t));
    return st->regs == NULL ? -1 : 0;
}

/* The next match at or after *pos (3.7+ rules: no empty match where the previous one ended
 * empty). Returns 1 and advances *pos, 0 when there is none, -1 on error. */
static int re_next(re_state_t *st, const re_subject_t *subj, int64_t *pos, bool *after_empty) {
    if (*pos > st->end) return 0;
    st->forbid_empty = *after_empty ? *pos : -1;
    int r = subj->wide ? re_run_u32(st, (const uint32_t *)(const void *)subj->data, *pos, RE_MODE_SEARCH)
                       : re_run_u8(st, subj->data, *pos, RE_MODE_SEARCH);
    if (r <= 0) return r;
    *after_empty = st->regs[0] == st->regs[1];
    *pos = st->regs[1];
    return 1;
}

/* Appends subject characters [a, b) to buf as UTF-8 (or raw bytes). */
static void re_append_span(sp_strbuf_t *buf, const re_subject_t *subj, int64_t a, int64_t b) {
    if (a < 0 || b <= a) return;
    if (!subj->wide) {
        strbuf_append(buf, (const char *)subj->data + a, (size_t)(b - a));
        return;
    }
    const uint32_t *cps = (const uint32_t *)(const void *)subj->data;
    char tmp[256];
    size_t n = 0;
    for (int64_t i = a; i < b; i++) {
        n += (size_t)str_encode_char(cps[i], tmp + n);
        if (n > sizeof tmp - 8) {
            strbuf_append(buf, tmp, n);
            n = 0;
        }
    }
    strbuf_append(buf, tmp, n);
}

/* Subject characters [a, b) as a new str or bytes; `missing` when a < 0. */
static sp_value_t re_slice(sp_vm_t *vm, const re_subject_t *subj, int64_t a, int64_t b, sp_value_t missing) {
    if (a < 0 || b < 0) return missing;
    if (subj->is_bytes) return sp_bytes_new(vm, subj->data + a, (size_t)(b - a));
    if (!subj->wide) return sp_str_new(vm, (const char *)subj->data + a, (size_t)(b - a));
    sp_strbuf_t buf;
    strbuf_init(vm, &buf);
    re_append_span(&buf, subj, a, b);
    return strbuf_finish(&buf);
}

/* _re.findall(program, prepared, wide, original, pos, endpos) -> list, as Pattern.findall. */
static sp_value_t re_findall(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "findall", nargs, kwnames, 6, 6) < 0) return SP_NULL;
    re_state_t st;
    re_subject_t subj;
    int64_t pos, endpos;
    if (re_setup(vm, args, &st, &subj) < 0 || sp_int_to_i64(vm, args[4], &pos) < 0 ||
        sp_int_to_i64(vm, args[5], &endpos) < 0)
        return SP_NULL;
    st.end = endpos < 0 ? 0 : endpos > subj.len ? subj.len : endpos;
    if (pos < 0) pos = 0;
    sp_value_t out = sp_list_new(vm, 0);
    if (out == SP_NULL) return SP_NULL;
    sp_value_t empty = subj.is_bytes ? sp_bytes_new(vm, "", 0) : sp_str_new(vm, "", 0);
    int64_t ngroups = st.code[RE_HDR_NMARKS] / 2 - 1;
    bool after_empty = false;
    for (;;) {
        int r = re_next(&st, &subj, &pos, &after_empty);
        if (r < 0) return SP_NULL;
        if (r == 0) break;
        sp_value_t item;
        if (ngroups <= 1) {
            int64_t g = ngroups;
            item = re_slice(vm, &subj, st.regs[2 * g], st.regs[2 * g + 1], empty);
        } else {
            item = sp_tuple_new(vm, ngroups);
            if (item == SP_NULL) return SP_NULL;
            for (int64_t g = 1; g <= ngroups; g++) {
                sp_value_t v = re_slice(vm, &subj, st.regs[2 * g], st.regs[2 * g + 1], empty);
                if (v == SP_NULL) return SP_NULL;
                SP_AS_TUPLE(item)->items[g - 1] = v;
            }
        }
        if (item == SP_NULL || sp_list_append(vm, out, item) < 0) return SP_NULL;
    }
    return out;
}

/* Appends a replacement string; a wrong type raises str.join's error for item `index`. */
static int re_append_piece(sp_vm_t *vm, sp_strbuf_t *buf, const re_subject_t *subj, sp_value_t piece,
                           int64_t index) {
    if (subj->is_bytes && sp_is_kind(piece, SP_K_BYTES)) {
        strbuf_append(buf, (const char *)SP_AS_BYTES(piece)->data, (size_t)SP_AS_BYTES(piece)->size);
        return 0;
    }
    if (!subj->is_bytes && sp_is_str(piece)) {
        strbuf_append_str(buf, piece);
        return 0;
    }
    sp_raise(vm, SP_EXC_TypeError, "sequence item %lld: expected %s, %s found", (long long)index,
             subj->is_bytes ? "a bytes-like object" : "str instance", sp_type_name(vm, piece));
    return -1;
}

/* _re.subn(program, prepared, wide, original, template, count, func) -> (result, n).
 * template: a list of str/bytes pieces and group numbers, or None to call func(marks) for
 * each match (func returns the replacement, or None for nothing). With factory, a tuple
 * (callable, args...), func receives factory[0](*factory[1:], marks) instead of the marks. */
static sp_value_t re_subn(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "subn", nargs, kwnames, 7, 8) < 0) return SP_NULL;
    sp_value_t factory = nargs > 7 ? args[7] : SP_NULL;
    if (factory != SP_NULL && (!sp_is_tuple(factory) || SP_AS_TUPLE(factory)->size < 1 || SP_AS_TUPLE(factory)->size > 8))
        return sp_raise(vm, SP_EXC_TypeError, "subn(): bad factory");
    re_state_t st;
    re_subject_t subj;
    int64_t count;
    if (re_setup(vm, args, &st, &subj) < 0 || sp_int_to_i64(vm, args[5], &count) < 0) return SP_NULL;
    sp_value_t tmpl = args[4], func = args[6];
    if (tmpl != SP_NONE && !sp_is_list(tmpl)) return sp_raise(vm, SP_EXC_TypeError, "bad template");
    st.end = subj.len;
    sp_strbuf_t buf;
    strbuf_init(vm, &buf);
    int64_t pos = 0, last = 0, n = 0, nm = st.code[RE_HDR_NMARKS], nitems = 0;
    bool after_empty = false;
    while (count == 0 || n < count) { /* a negative count replaces nothing, as CPython */
        int r = re_next(&st, &subj, &pos, &after_empty);
        if (r < 0) return SP_NULL;
        if (r == 0) break;
        if (st.regs[0] > last) nitems++;
        re_append_span(&buf, &subj, last, st.regs[0]);
        last = st.regs[1];
        n++;
        if (tmpl != SP_NONE) {
            sp_list_t *l = SP_AS_LIST(tmpl);
            for (int64_t i = 0; i < l->size; i++) {
                sp_value_t piece = l->items[i];
                if (sp_is_smallint(piece)) {
                    int64_t g = sp_smallint_value(piece);
                    if (g < 0 || 2 * g + 1 >= nm) return sp_raise(vm, SP_EXC_IndexError, "no such group");
                    re_append_span(&buf, &subj, st.regs[2 * g], st.regs[2 * g + 1]);
                } else if (re_append_piece(vm, &buf, &subj, piece, nitems) < 0) {
                    return SP_NULL;
                }
            }
            nitems++;
            continue;
        }
        /* func may run any Python code, so the registers are copied out first. */
        sp_value_t marks = sp_list_new(vm, nm + 1);
        if (marks == SP_NULL) return SP_NULL;
        for (int64_t i = 0; i <= nm; i++) SP_AS_LIST(marks)->items[i] = sp_int_from_i64(vm, st.regs[i]);
        sp_value_t arg = marks;
        if (factory != SP_NULL) {
            /* func(factory[0](*factory[1:], marks)): the Match object is made here. */
            sp_value_t argv[8];
            int64_t k = SP_AS_TUPLE(factory)->size;
            for (int64_t i = 1; i < k; i++) argv[i - 1] = SP_AS_TUPLE(factory)->items[i];
            argv[k - 1] = marks;
            arg = sp_call(vm, SP_AS_TUPLE(factory)->items[0], argv, (int)k, SP_NULL);
            if (arg == SP_NULL) return SP_NULL;
        }
        sp_value_t rep = sp_call1(vm, func, arg);
        if (rep == SP_NULL) return SP_NULL;
        if (rep == SP_NONE) continue;
        if (re_append_piece(vm, &buf, &subj, rep, nitems) < 0) return SP_NULL;
        nitems++;
    }
    re_append_span(&buf, &subj, last, subj.len);
    sp_value_t result;
    if (subj.is_bytes) {
        /* Pass the text through a str first only to learn whether the buffer failed. */
        if (buf.data == NULL && buf.size == 0) result = sp_bytes_new(vm, "", 0);
        else if (buf.size > (size_t)INT64_MAX) return sp_raise_nomem(vm);
        else result = sp_bytes_new(vm, buf.data, buf.size);
    } else {
        result = strbuf_finish(&buf);
    }
    if (result == SP_NULL) return SP_NULL;
    return sp_tuple_pack2(vm, result, sp_int_from_i64(vm, n));
}

/* _re.fold(c, ascii) -> the case-folded code point the matcher compares under IGNORECASE. */
static sp_value_t re_fold(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (sp_check_nargs(vm, "fold", nargs, kwnames, 2, 2) < 0) return SP_NULL;
    int64_t c;
    if (sp_int_to_i64(vm, args[0], &c) < 0) return SP_NULL;
    if (c < 0 || c > 0x10FFFF) return sp_raise(vm, SP_EXC_ValueError, "fold(): bad code point");
    int a = sp_truthy(vm, args[1]);
    if (a < 0) return SP_NULL;
    return sp_int_from_i64(vm, a ? re_fold_ascii((uint32_t)c) : re_fold_uni((uint32_t)c));
}

static const sp_method_def_t re_functions[] = {
    {"prepare", re_prepare},
    {"exec", re_exec},
    {"fold", re_fold},
    {"findall", re_findall},
    {"subn", re_subn},
    {NULL, NULL},
};

sp_value_t re_module_init(sp_vm_t *vm) {
    sp_value_t module = sp_module_new(vm, sp_str_intern_cstr(vm, "_re"));
    if (module == SP_NULL) return SP_NULL;
    module_add_functions(vm, module, re_functions);
    sp_type_t *type = type_new_builtin(vm, SP_K_OBJECT, re_program_type_name, vm->types[SP_K_OBJECT]);
    if (type == NULL) return SP_NULL;
    type->construct = re_program_construct;
    sp_dict_set_cstr(vm, SP_AS_MODULE(module)->dict, "Program", SP_OBJ(type));
    return vm->exc != SP_NULL ? SP_NULL : module;
}
