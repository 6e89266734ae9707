/* re_exec.h: the body of the regular-expression matcher, included twice by stdlib/_re.c: once
 * with RE_CHAR = uint8_t (bytes and ASCII str subjects), once with uint32_t (code points of a
 * non-ASCII str). It must define nothing but the RE_FN(...) functions. */

/* True when the single-character item at code[pc] (CHAR, CHAR_I, CHAR_IA, ANY, ANYALL, SET)
 * matches ch. */
static inline bool RE_FN(item)(const int64_t *code, int64_t pc, uint32_t ch) {
    switch (code[pc]) {
    case RE_OP_CHAR:
        return ch == (uint32_t)code[pc + 1];
    case RE_OP_CHAR_I:
        return re_fold_uni(ch) == (uint32_t)code[pc + 1];
    case RE_OP_CHAR_IA:
        return re_fold_ascii(ch) == (uint32_t)code[pc + 1];
    case RE_OP_NOTCHAR:
        return ch != (uint32_t)code[pc + 1];
    case RE_OP_ANY:
        return ch != '\n';
    case RE_OP_ANYALL:
        return true;
    case RE_OP_SET:
        return re_set_contains(code + pc, ch);
    default:
        return false;
    }
}

/* How many items (at most lim) match from s[pos] on. */
static int64_t RE_FN(count)(const int64_t *code, int64_t ipc, const RE_CHAR *s, int64_t pos, int64_t lim) {
    int64_t n = 0;
    const RE_CHAR *p = s + pos;
    switch (code[ipc]) {
    case RE_OP_ANYALL:
        return lim;
    case RE_OP_ANY:
        while (n < lim && p[n] != '\n') n++;
        return n;
    case RE_OP_CHAR: {
        uint32_t c = (uint32_t)code[ipc + 1];
        while (n < lim && p[n] == c) n++;
        return n;
    }
    case RE_OP_SET: {
        const int64_t *set = code + ipc;
        while (n < lim && re_set_contains(set, p[n])) n++;
        return n;
    }
    default:
        while (n < lim && RE_FN(item)(code, ipc, p[n])) n++;
        return n;
    }
}

/* The word-boundary test behind \b and \B. */
static inline bool RE_FN(at_boundary)(const RE_CHAR *s, int64_t pos, int64_t end, bool uni) {
    bool before = pos > 0 && re_is_word(s[pos - 1], uni);
    bool after = pos < end && re_is_word(s[pos], uni);
    return before != after;
}

/* Tries the program at `start`. Returns 1 on a match (st->regs hold the marks), 0 on none, -1
 * with MemoryError set when the backtrack stack cannot grow. */
static int RE_FN(match_at)(re_state_t *st, const RE_CHAR *s, int64_t start) {
    const int64_t *code = st->code;
    int64_t *regs = st->regs;
    const int64_t end = st->end;
    for (int64_t i = 0; i < st->nregs; i++) regs[i] = -1;
    st->sp = 0;
    st->look_top = -1;
    int64_t pc = RE_CODE_START, pos = start;
    for (;;) {
        switch (code[pc]) {
        case RE_OP_FAIL:
            goto fail;
        case RE_OP_SUCCESS:
            if (st->fullmatch && pos != end) goto fail;
            if (pos == start && start == st->forbid_empty) goto fail;
            regs[0] = start;
            regs[1] = pos;
            return 1;
        case RE_OP_CHAR:
            if (pos >= end || s[pos] != (uint32_t)code[pc + 1]) goto fail;
            pos++;
            pc += 2;
            break;
        case RE_OP_CHAR_I:
        case RE_OP_CHAR_IA:
        case RE_OP_NOTCHAR:
            if (pos >= end || !RE_FN(item)(code, pc, s[pos])) goto fail;
            pos++;
            pc += 2;
            break;
        case RE_OP_ANY:
            if (pos >= end || s[pos] == '\n') goto fail;
            pos++;
            pc += 1;
            break;
        case RE_OP_ANYALL:
            if (pos >= end) goto fail;
            pos++;
            pc += 1;
            break;
        case RE_OP_SET:
            if (pos >= end || !re_set_contains(code + pc, s[pos])) goto fail;
            pos++;
            pc = code[pc + 1];
            break;
        case RE_OP_AT: {
            bool ok;
            switch (code[pc + 1]) {
            case RE_AT_BEGIN: ok = pos == 0; break;
            case RE_AT_BOL: ok = pos == 0 || s[pos - 1] == '\n'; break;
            case RE_AT_END: ok = pos == end; break;
            case RE_AT_EOL: ok = pos == end || (pos == end - 1 && s[pos] == '\n'); break;
            case RE_AT_EOL_M: ok = pos == end || s[pos] == '\n'; break;
            case RE_AT_BOUNDARY_A: ok = RE_FN(at_boundary)(s, pos, end, false); break;
            case RE_AT_NONBOUNDARY_A: ok = end > 0 && !RE_FN(at_boundary)(s, pos, end, false); break;
            case RE_AT_BOUNDARY_U: ok = RE_FN(at_boundary)(s, pos, end, true); break;
            default: ok = end > 0 && !RE_FN(at_boundary)(s, pos, end, true); break;
            }
            if (!ok) goto fail;
            pc += 2;
            break;
        }
        case RE_OP_SAVE:
            if (re_set_reg(st, code[pc + 1], pos) < 0) return -1;
            pc += 2;
            break;
        case RE_OP_CLOSE: {
            int64_t g = code[pc + 1];
            if (re_set_reg(st, 2 * g + 1, pos) < 0) return -1;
            if (re_set_reg(st, st->lastindex_reg, g) < 0) return -1;
            pc += 2;
            break;
        }
        case RE_OP_JMP:
            pc = code[pc + 1];
            break;
        case RE_OP_SPLIT:
            if (re_push(st, RE_BT_CHOICE, code[pc + 2], pos, 0) < 0) return -1;
            pc = code[pc + 1];
            break;
        case RE_OP_REPEAT1: {
            int64_t next = code[pc + 1], min = code[pc + 2], max = code[pc + 3], mode = code[pc + 4];
            int64_t lim = end - pos;
            if (mode == RE_REP_LAZY) {
                if (lim < min) goto fail;
                if (RE_FN(count)(code, pc + 5, s, pos, min) < min) goto fail;
                pos += min;
                if (min < max && re_push(st, RE_BT_LAZY, pc, pos, min) < 0) return -1;
                pc = next;
                break;
            }
            if (max < lim) lim = max;
            int64_t n = RE_FN(count)(code, pc + 5, s, pos, lim);
            if (n < min) goto fail;
            if (mode == RE_REP_GREEDY && n > min && re_push(st, RE_BT_GREEDY, next, pos + n, pos + min) < 0)
                return -1;
            pos += n;
            pc = next;
            break;
        }
        case RE_OP_RINIT: {
            int64_t r = code[pc + 1];
            if (re_set_reg(st, r, 0) < 0 || re_set_reg(st, r + 1, -1) < 0) return -1;
            pc += 2;
            break;
        }
        case RE_OP_RTEST: {
            /* RTEST r min max lazy body exit */
            int64_t r = code[pc + 1], n = regs[r];
            if (n < code[pc + 2]) {
                pc = code[pc + 5];
            } else if (n >= code[pc + 3] || (n > 0 && pos == regs[r + 1])) {
                pc = code[pc + 6];
            } else if (code[pc + 4]) {
                if (re_push(st, RE_BT_CHOICE, code[pc + 5], pos, 0) < 0) return -1;
                pc = code[pc + 6];
            } else {
                if (re_push(st, RE_BT_CHOICE, code[pc + 6], pos, 0) < 0) return -1;
                pc = code[pc + 5];
            }
            break;
        }
        case RE_OP_RENTER: {
            int64_t r = code[pc + 1];
            if (re_set_reg(st, r, regs[r] + 1) < 0 || re_set_reg(st, r + 1, pos) < 0) return -1;
            pc += 2;
            break;
        }
        case RE_OP_LOOK: {
            /* LOOK kind back after: back < 0 looks ahead, else behind by `back` characters. */
            int64_t back = code[pc + 2];
            if (back >= 0 && pos < back) {
                if (code[pc + 1] == RE_LOOK_NEG) {
                    pc = code[pc + 3];
                    break;
                }
                goto fail;
            }
            if (re_push(st, RE_BT_LOOK, pc, pos, st->look_top) < 0) return -1;
            st->look_top = st->sp - 1;
            if (back >= 0) pos -= back;
            pc += 4;
            break;
        }
        case RE_OP_LOOKEND: {
            int64_t t = st->look_top;
            if (t < 0 || st->stack[t].kind != RE_BT_LOOK) {
                sp_raise(st->vm, SP_EXC_SystemError, "re: unbalanced LOOKEND");
                return -1;
            }
            re_bt_t e = st->stack[t];
            int64_t lpc = e.a;
            st->look_top = e.c;
            if (code[lpc + 1] == RE_LOOK_NEG) {
                /* The negated body matched: undo it, then the assertion fails. */
                while (st->sp > t + 1) {
                    re_bt_t u = st->stack[--st->sp];
                    if (u.kind == RE_BT_REG) regs[u.a] = u.b;
                }
                st->sp = t;
                goto fail;
            }
            /* Drop the body's choice points but keep its undo records. */
            int64_t j = t;
            for (int64_t i = t + 1; i < st->sp; i++)
                if (st->stack[i].kind == RE_BT_REG) st->stack[j++] = st->stack[i];
            st->sp = j;
            if (code[lpc + 1] == RE_LOOK_POS) pos = e.b;
            pc = code[lpc + 3];
            break;
        }
        case RE_OP_BACKREF: {
            int64_t g = code[pc + 1], gs = regs[2 * g], ge = regs[2 * g + 1];
            if (gs < 0 || ge < 0 || ge < gs) goto fail;
            int64_t len = ge - gs;
            if (end - pos < len) goto fail;
            int64_t fold = code[pc + 2];
            for (int64_t i = 0; i < len; i++) {
                uint32_t a = s[gs + i], b = s[pos + i];
                if (a == b) continue;
                if (fold == 1 && re_fold_uni(a) == re_fold_uni(b)) continue;
                if (fold == 2 && re_fold_ascii(a) == re_fold_ascii(b)) continue;
                goto fail;
            }
            pos += len;
            pc += 3;
            break;
        }
        case RE_OP_GREF_EXISTS: {
            int64_t g = code[pc + 1];
            if (regs[2 * g] >= 0 && regs[2 * g + 1] >= 0) pc += 3;
            else pc = code[pc + 2];
            break;
        }
        default:
            sp_raise(st->vm, SP_EXC_SystemError, "re: bad opcode %d", (int)code[pc]);
            return -1;
        }
        continue;
    fail:
        for (;;) {
            if (st->sp == 0) return 0;
            re_bt_t *e = &st->stack[st->sp - 1];
            switch (e->kind) {
            case RE_BT_REG:
                regs[e->a] = e->b;
                st->sp--;
                continue;
            case RE_BT_CHOICE:
                pc = e->a;
                pos = e->b;
                st->sp--;
                break;
            case RE_BT_GREEDY: {
                int64_t np = e->b - 1, min = e->c;
                pc = e->a;
                if (code[pc] == RE_OP_CHAR) {
                    uint32_t c = (uint32_t)code[pc + 1];
                    while (np >= min && s[np] != c) np--;
                    if (np < min) {
                        st->sp--;
                        continue;
                    }
                }
                if (np > min) e->b = np;
                else st->sp--;
                pos = np;
                break;
            }
            case RE_BT_LAZY: {
                int64_t rpc = e->a, p = e->b, n = e->c;
                if (p >= end || !RE_FN(item)(code, rpc + 5, s[p])) {
                    st->sp--;
                    continue;
                }
                p++;
                n++;
                if (n < code[rpc + 3]) {
                    e->b = p;
                    e->c = n;
                } else {
                    st->sp--;
                }
                pos = p;
                pc = code[rpc + 1];
                break;
            }
            case RE_BT_LOOK: {
                int64_t lpc = e->a;
                st->look_top = e->c;
                st->sp--;
                if (code[lpc + 1] == RE_LOOK_NEG) {
                    pos = e->b;
                    pc = code[lpc + 3];
                    break;
                }
                continue;
            }
            default:
                st->sp--;
                continue;
            }
            break;
        }
    }
}

/* Runs a match (mode MATCH / FULLMATCH at st->start) or a search from st->start to st->end. */
static int RE_FN(run)(re_state_t *st, const RE_CHAR *s, int64_t start, int mode) {
    const int64_t *code = st->code;
    if (mode != RE_MODE_SEARCH) return RE_FN(match_at)(st, s, start);
    int64_t end = st->end;
    if (code[RE_HDR_ANCHORED]) {
        if (start != 0) return 0;
        return RE_FN(match_at)(st, s, start);
    }
    int64_t lit = code[RE_HDR_LITERAL];
    const int64_t *first = code[RE_HDR_FIRSTSET] ? code + code[RE_HDR_FIRSTSET] : NULL;
    for (int64_t p = start; p <= end; p++) {
        if (lit >= 0) {
            if (sizeof(RE_CHAR) == 1) {
                const void *hit = p < end ? memchr(s + p, (int)lit, (size_t)(end - p)) : NULL;
                if (hit == NULL) return 0;
                p = (const RE_CHAR *)hit - s;
            } else {
                while (p < end && s[p] != (uint32_t)lit) p++;
                if (p >= end) return 0;
            }
        } else if (first != NULL) {
            while (p < end && !re_set_contains(first, s[p])) p++;
            if (p >= end) return 0;
        }
        int r = RE_FN(match_at)(st, s, p);
        if (r != 0) return r;
    }
    return 0;
}
