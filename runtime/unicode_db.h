/* unicode_db.h: lookups into the generated Unicode tables (runtime/unicode_db.c, made by
 * tools/gen-unicode.py from CPython 3.11), used by str's character classes and case mapping. */
#ifndef SP_UNICODE_DB_H
#define SP_UNICODE_DB_H

#include <stdint.h>

/* Character-class flags of a code point (bit i = the i-th name in tools/gen-unicode.py). */
enum {
    UNICODE_ALPHA = 1 << 0,
    UNICODE_DECIMAL = 1 << 1,
    UNICODE_DIGIT = 1 << 2,
    UNICODE_NUMERIC = 1 << 3,
    UNICODE_SPACE = 1 << 4,
    UNICODE_UPPER = 1 << 5,
    UNICODE_LOWER = 1 << 6,
    UNICODE_TITLE = 1 << 7,
    UNICODE_PRINTABLE = 1 << 8,
    UNICODE_ID_START = 1 << 9,
    UNICODE_ID_CONTINUE = 1 << 10,
    UNICODE_CASED = 1 << 11,
};

/* A run of code points first..last (every stride-th) sharing simple case-mapping deltas. */
typedef struct unicode_case_run {
    uint32_t first, last;
    int32_t stride, upper, lower, title;
} unicode_case_run_t;

/* A full case mapping that is not the simple one (which: 0 upper, 1 lower, 2 title, 3 casefold). */
typedef struct unicode_full_case {
    uint32_t c;
    uint8_t which, count;
    uint32_t cps[3];
} unicode_full_case_t;

extern const unicode_full_case_t unicode_full_cases[];
extern const int32_t unicode_full_case_count;
extern const uint32_t unicode_run_starts[];
extern const uint16_t unicode_run_flags[];
extern const int32_t unicode_run_count;
extern const unicode_case_run_t unicode_case_runs[];
extern const int32_t unicode_case_run_count;

/* The flags of code point c (binary search over the runs). */
static inline unsigned unicode_flags(uint32_t c) {
    int32_t lo = 0, hi = unicode_run_count - 1;
    while (lo < hi) {
        int32_t mid = (lo + hi + 1) / 2;
        if (unicode_run_starts[mid] <= c) lo = mid;
        else hi = mid - 1;
    }
    return unicode_run_flags[lo];
}

/* Simple case mapping of c: which is 0 upper, 1 lower, 2 title. */
static inline uint32_t unicode_case(uint32_t c, int which) {
    int32_t lo = 0, hi = unicode_case_run_count - 1;
    while (lo <= hi) {
        int32_t mid = (lo + hi) / 2;
        const unicode_case_run_t *r = &unicode_case_runs[mid];
        if (c < r->first) hi = mid - 1;
        else if (c > r->last) lo = mid + 1;
        else {
            if ((c - r->first) % (uint32_t)r->stride) return c;
            int32_t d = which == 0 ? r->upper : which == 1 ? r->lower : r->title;
            return (uint32_t)((int32_t)c + d);
        }
    }
    return c;
}

/* The special full mapping of c for `which` into out (up to 3 code points): the count, or 0
 * when the simple mapping applies. */
static inline int unicode_full_case(uint32_t c, int which, uint32_t out[3]) {
    int32_t lo = 0, hi = unicode_full_case_count - 1;
    while (lo <= hi) {
        int32_t mid = (lo + hi) / 2;
        const unicode_full_case_t *e = &unicode_full_cases[mid];
        if (e->c < c || (e->c == c && e->which < which)) lo = mid + 1;
        else if (e->c > c || e->which > which) hi = mid - 1;
        else {
            for (int i = 0; i < e->count; i++) out[i] = e->cps[i];
            return e->count;
        }
    }
    return 0;
}

#endif
