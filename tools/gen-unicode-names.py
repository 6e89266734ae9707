#!/usr/bin/env python3
"""Generates runtime/unicode_names.c, the character-name table behind "\\N{NAME}" escapes, from this
CPython's unicodedata (and the Unicode NameAliases.txt, for the aliases CPython also accepts):
tools/gen-unicode-names.py [/usr/share/unicode/NameAliases.txt] > runtime/unicode_names.c

Layout (compact: the names share a word list):
  words      every distinct word of every name, most frequent first, each ended by a space;
  word_offs  where every WORD_BLOCK-th word starts in `words`;
  entries    one record per name, sorted by name and front-coded: 1 byte (words shared with the
             previous name << 4 | words that follow), the code point's difference from the
             previous one (zigzag varint, 7 bits a byte), then each further word's index as
             1 byte (< 0x80) or 2 bytes (0x80 | high, low);
  blocks     the byte offset of every BLOCK-th record, where decoding starts afresh (previous
             name empty, code point 0), so lookup is a binary search over blocks then a short scan.
Names of the form PREFIX-XXXX (CJK COMPATIBILITY IDEOGRAPH-F900...) are stored as ranges, and
CJK UNIFIED IDEOGRAPH / HANGUL SYLLABLE names are computed, as CPython does."""
import collections
import sys
import unicodedata

BLOCK = 32
WORD_BLOCK = 8
ALGORITHMIC = ("CJK UNIFIED IDEOGRAPH-", "HANGUL SYLLABLE ")


def c_bytes(data):
    """The bytes as C string-literal lines: printable ASCII kept, the rest as the shortest octal
    escape that the next character cannot extend."""
    lines, cur, n = [], [], 0
    for i, b in enumerate(data):
        ch = chr(b)
        if 0x20 <= b < 0x7F and ch not in '\\"?':
            piece = ch
        else:
            nxt = data[i + 1] if i + 1 < len(data) else 0
            piece = "\\%o" % b
            if 0x30 <= nxt <= 0x37 and n + len(piece) < 96:
                piece = "\\%03o" % b
        cur.append(piece)
        n += len(piece)
        if n >= 96:
            lines.append('    "' + "".join(cur) + '"')
            cur, n = [], 0
    if cur:
        lines.append('    "' + "".join(cur) + '"')
    return "\n".join(lines)


def main():
    alias_file = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode/NameAliases.txt"
    names = {}
    ranges = []  # [prefix, first, last]
    cjk = []  # [first, last]
    for cp in range(0x110000):
        name = unicodedata.name(chr(cp), None)
        if name is None:
            continue
        if name.startswith(ALGORITHMIC[0]):
            assert name == ALGORITHMIC[0] + "%04X" % cp
            if cjk and cjk[-1][1] == cp - 1:
                cjk[-1][1] = cp
            else:
                cjk.append([cp, cp])
            continue
        if name.startswith(ALGORITHMIC[1]):
            continue
        prefix, _, tail = name.rpartition("-")
        if prefix and tail == "%04X" % cp:
            if ranges and ranges[-1][0] == prefix + "-" and ranges[-1][2] == cp - 1:
                ranges[-1][2] = cp
            else:
                ranges.append([prefix + "-", cp, cp])
            continue
        names[name] = cp
    # Aliases: only those this CPython accepts in "\N{...}" (Unicode only ever adds aliases).
    with open(alias_file, encoding="utf-8") as f:
        for line in f:
            line = line.split("#")[0].strip()
            if not line:
                continue
            cp_hex, alias, _ = line.split(";")
            try:
                ok = eval('"\\N{%s}"' % alias) == chr(int(cp_hex, 16))
            except SyntaxError:
                ok = False
            if ok and alias not in names:
                names[alias] = int(cp_hex, 16)
    count = collections.Counter(w for n in names for w in n.split(" "))
    words = sorted(count, key=lambda w: (-count[w], w))
    index = {w: i for i, w in enumerate(words)}
    assert len(words) < 0x8000
    word_blob, word_offs = bytearray(), []
    for i, w in enumerate(words):
        if i % WORD_BLOCK == 0:
            word_offs.append(len(word_blob))
        word_blob += w.encode("ascii") + b" "
    entries, blocks = bytearray(), []
    prev_cp, prev_words = 0, []
    for i, name in enumerate(sorted(names)):
        if i % BLOCK == 0:
            blocks.append(len(entries))
            prev_cp, prev_words = 0, []
        cp = names[name]
        ws = name.split(" ")
        shared = 0
        while shared < min(len(ws), len(prev_words)) and ws[shared] == prev_words[shared]:
            shared += 1
        rest = ws[shared:]
        assert shared < 16 and len(rest) < 16
        entries.append(shared << 4 | len(rest))
        delta = cp - prev_cp
        zz = delta * 2 if delta >= 0 else -delta * 2 - 1
        while zz >= 0x80:
            entries.append(0x80 | (zz & 0x7F))
            zz >>= 7
        entries.append(zz)
        for w in rest:
            k = index[w]
            entries += bytes([k]) if k < 0x80 else bytes([0x80 | (k >> 8), k & 0xFF])
        prev_cp, prev_words = cp, ws
    out = sys.stdout
    out.write("/* unicode_names.c: GENERATED by tools/gen-unicode-names.py from CPython %s's unicodedata %s\n"
              " * -- do not edit. The character names behind \"\\N{NAME}\" escapes (the script describes the\n"
              " * layout); const tables only, no state. Compiles to nothing when SP_UNICODE_NAMES is 0. */\n"
              % (sys.version.split()[0], unicodedata.unidata_version))
    out.write('#include "vm/config.h"\n\n#if SP_UNICODE_NAMES\n#include <stdio.h>\n#include <string.h>\n\n#include "runtime/runtime.h"\n\n')
    out.write("#define NAMES_BLOCK %d\n#define NAMES_WORD_BLOCK %d\n#define NAMES_COUNT %d\n\n"
              % (BLOCK, WORD_BLOCK, len(names)))
    out.write("static const char names_words[%d] =\n%s;\n\n" % (len(word_blob) + 1, c_bytes(word_blob)))
    out.write("static const uint32_t names_word_offs[%d] = {\n" % len(word_offs))
    for i in range(0, len(word_offs), 12):
        out.write("    " + ", ".join("%d" % o for o in word_offs[i:i + 12]) + ",\n")
    out.write("};\n\nstatic const unsigned char names_entries[%d] =\n%s;\n\n" % (len(entries) + 1, c_bytes(entries)))
    out.write("static const uint32_t names_blocks[%d] = {\n" % len(blocks))
    for i in range(0, len(blocks), 12):
        out.write("    " + ", ".join("%d" % o for o in blocks[i:i + 12]) + ",\n")
    out.write("};\n\n/* Names PREFIX-XXXX whose hex tail is the code point, stored as ranges. */\n")
    out.write("static const struct {\n    const char *prefix;\n    uint32_t first, last;\n} names_ranges[%d] = {\n"
              % len(ranges))
    for prefix, first, last in ranges:
        out.write('    {"%s", 0x%X, 0x%X},\n' % (prefix, first, last))
    out.write("};\n\n/* The code points named CJK UNIFIED IDEOGRAPH-XXXX. */\n")
    out.write("static const uint32_t names_cjk[%d][2] = {\n" % len(cjk))
    for first, last in cjk:
        out.write("    {0x%X, 0x%X},\n" % (first, last))
    out.write("};\n")
    out.write(LOOKUP)


LOOKUP = r"""
/* Hangul syllable names are made of the jamo short names (Unicode 3.12, as CPython's). */
static const char *const names_jamo_l[19] = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S",
                                             "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
static const char *const names_jamo_v[21] = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE",
                                             "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
static const char *const names_jamo_t[28] = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG",
                                             "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S",
                                             "SS", "NG", "J", "C", "K", "T", "P", "H"};

/* The longest jamo of `table` that starts name[*pos..len), case-sensitively as CPython; -1 if none. */
static int names_find_jamo(const char *name, size_t len, size_t *pos, const char *const *table, int count) {
    int best = -1;
    size_t best_len = 0;
    for (int i = 0; i < count; i++) {
        size_t n = strlen(table[i]);
        if (n <= len - *pos && (best < 0 || n > best_len) && memcmp(name + *pos, table[i], n) == 0) {
            best = i;
            best_len = n;
        }
    }
    *pos += best_len;
    return best;
}

static int names_hangul(const char *name, size_t len, uint32_t *cp) {
    size_t pos = 0;
    int l = names_find_jamo(name, len, &pos, names_jamo_l, 19);
    int v = names_find_jamo(name, len, &pos, names_jamo_v, 21);
    int t = names_find_jamo(name, len, &pos, names_jamo_t, 28);
    if (l < 0 || v < 0 || t < 0 || pos != len) return 0;
    *cp = 0xAC00 + (uint32_t)((l * 21 + v) * 28 + t);
    return 1;
}

/* Parses exactly len upper-case hex digits (lower case too when `any_case`); -1 if not hex. */
static long names_hex(const char *s, size_t len, int any_case) {
    long v = 0;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10
                : any_case && c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
        if (d < 0) return -1;
        v = v * 16 + d;
    }
    return v;
}

/* Decodes the record at p, which follows the record already decoded into buf, len and cp
 * (zero length and code point at a block start), into buf (upper case, words joined by spaces); returns its end. */
static const unsigned char *names_decode(const unsigned char *p, char *buf, size_t cap, size_t *len,
                                         uint32_t *cp) {
    int shared = p[0] >> 4, rest = p[0] & 15;
    uint32_t zigzag = 0;
    int shift = 0;
    do {
        zigzag |= (uint32_t)(*++p & 0x7F) << shift;
        shift += 7;
    } while (*p & 0x80);
    p++;
    *cp = (zigzag & 1) ? *cp - ((zigzag + 1) >> 1) : *cp + (zigzag >> 1);
    size_t n = 0;
    for (int i = 0; i < shared; i++) { /* keep the previous name's first `shared` words */
        while (n < *len && buf[n] != ' ') n++;
        if (i + 1 < shared) n++;
    }
    for (int i = 0; i < rest; i++) {
        unsigned k = *p++;
        if (k & 0x80) k = (k & 0x7F) << 8 | *p++;
        const char *w = names_words + names_word_offs[k / NAMES_WORD_BLOCK];
        for (unsigned skip = k % NAMES_WORD_BLOCK; skip; skip--) w = strchr(w, ' ') + 1;
        size_t wl = (size_t)(strchr(w, ' ') - w);
        if ((shared || i) && n < cap) buf[n++] = ' ';
        if (wl > cap - n) wl = cap - n;
        memcpy(buf + n, w, wl);
        n += wl;
    }
    *len = n;
    return p;
}

static int names_cmp(const char *a, size_t alen, const char *b, size_t blen) {
    int c = memcmp(a, b, alen < blen ? alen : blen);
    return c ? c : (alen > blen) - (alen < blen);
}

int unicode_lookup_name(const char *name, size_t len, uint32_t *cp) {
    static const char cjk_prefix[] = "CJK UNIFIED IDEOGRAPH-", hangul_prefix[] = "HANGUL SYLLABLE ";
    size_t cjk_len = sizeof cjk_prefix - 1, hangul_len = sizeof hangul_prefix - 1;
    if (len > hangul_len && memcmp(name, hangul_prefix, hangul_len) == 0)
        return names_hangul(name + hangul_len, len - hangul_len, cp);
    if (len >= cjk_len && memcmp(name, cjk_prefix, cjk_len) == 0) {
        long v = len == cjk_len + 4 || len == cjk_len + 5 ? names_hex(name + cjk_len, len - cjk_len, 0) : -1;
        for (size_t i = 0; v >= 0 && i < sizeof names_cjk / sizeof names_cjk[0]; i++)
            if ((uint32_t)v >= names_cjk[i][0] && (uint32_t)v <= names_cjk[i][1]) return *cp = (uint32_t)v, 1;
        return 0;
    }
    /* Stored names match case-insensitively (ASCII), as in CPython: compare in upper case. */
    char key[128], buf[128];
    if (len >= sizeof key) return 0;
    for (size_t i = 0; i < len; i++) key[i] = name[i] >= 'a' && name[i] <= 'z' ? (char)(name[i] - 32) : name[i];
    for (size_t i = 0; i < sizeof names_ranges / sizeof names_ranges[0]; i++) {
        size_t pl = strlen(names_ranges[i].prefix);
        if (len < pl + 4 || len > pl + 6 || memcmp(key, names_ranges[i].prefix, pl) != 0) continue;
        long v = names_hex(key + pl, len - pl, 0);
        if (v < (long)names_ranges[i].first || v > (long)names_ranges[i].last) continue;
        char want[16];
        snprintf(want, sizeof want, "%04lX", (unsigned long)v);
        if (strlen(want) == len - pl && memcmp(want, key + pl, len - pl) == 0) return *cp = (uint32_t)v, 1;
    }
    /* Binary search for the last block whose first name is <= key, then scan it. */
    size_t lo = 0, hi = sizeof names_blocks / sizeof names_blocks[0], blen;
    uint32_t c;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        blen = 0, c = 0;
        names_decode(names_entries + names_blocks[mid], buf, sizeof buf, &blen, &c);
        if (names_cmp(buf, blen, key, len) <= 0)
            lo = mid;
        else
            hi = mid;
    }
    const unsigned char *p = names_entries + names_blocks[lo];
    blen = 0, c = 0;
    for (size_t i = lo * NAMES_BLOCK; i < NAMES_COUNT && i < (lo + 1) * NAMES_BLOCK; i++) {
        p = names_decode(p, buf, sizeof buf, &blen, &c);
        int r = names_cmp(buf, blen, key, len);
        if (r == 0) return *cp = c, 1;
        if (r > 0) break;
    }
    return 0;
}

#else
typedef int unicode_names_disabled_t; /* ISO C wants at least one declaration per file */
#endif /* SP_UNICODE_NAMES */
"""


if __name__ == "__main__":
    main()
