/* value.h: the one-word value encoding every part of Sparrow passes around.
 * Only bit tricks live here; nothing in this file allocates or knows about types. */
#ifndef SP_VALUE_H
#define SP_VALUE_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

/*
 * A Python value is one 64-bit word (DESIGN decision 1: pointer-favouring NaN-boxing).
 *
 *   top 16 bits   meaning
 *   -----------   ---------------------------------------------------------------
 *   0x0000        pointer to a heap object (sp_object_t *), stored raw so the
 *                 conservative Boehm collector sees it. The word 0 is SP_NULL:
 *                 "no value" (an exception is pending, an unbound local, ...).
 *   0x0001        immediate singleton: None, False, True, NotImplemented, Ellipsis
 *                 (payload 0..4 in the low bits).
 *   0x0002..FFFC  a double, stored as its IEEE bits + 2^49 (SP_DOUBLE_OFFSET).
 *                 Every NaN is canonicalised first, so no double lands above 0xFFFA.
 *   0xFFFF        a small int: a 48-bit two's complement payload in the low bits.
 *
 *   0x0000 .... pointer     0x0001 .... singleton     0x0002-0xFFFA double      0xFFFF int48
 *
 * Floats and small ints therefore never allocate. Ints outside 48 bits are big-int objects
 * (runtime/int.c, GMP). Never hide a pointer in high bits or XOR it: Boehm would free it.
 */
typedef uint64_t sp_value_t;

#define SP_NULL ((sp_value_t)0)
#define SP_DOUBLE_OFFSET ((uint64_t)1 << 49)
#define SP_TAG_SINGLETON ((uint64_t)0x0001 << 48)
#define SP_TAG_INT ((uint64_t)0xFFFF << 48)

/* Singleton payloads. */
enum {
    SP_IMM_NONE = 0,
    SP_IMM_FALSE = 1,
    SP_IMM_TRUE = 2,
    SP_IMM_NOTIMPLEMENTED = 3,
    SP_IMM_ELLIPSIS = 4,
    SP_IMM__COUNT
};

#define SP_NONE (SP_TAG_SINGLETON | SP_IMM_NONE)
#define SP_FALSE (SP_TAG_SINGLETON | SP_IMM_FALSE)
#define SP_TRUE (SP_TAG_SINGLETON | SP_IMM_TRUE)
#define SP_NOTIMPLEMENTED (SP_TAG_SINGLETON | SP_IMM_NOTIMPLEMENTED)
#define SP_ELLIPSIS (SP_TAG_SINGLETON | SP_IMM_ELLIPSIS)

/* The inclusive range of small ints: 48-bit two's complement. */
#define SP_SMALLINT_MAX (((int64_t)1 << 47) - 1)
#define SP_SMALLINT_MIN (-((int64_t)1 << 47))

/* True when v is a heap object pointer (SP_NULL included: check it first where it matters). */
static inline bool sp_is_ptr(sp_value_t v) { return (v >> 48) == 0; }
/* True when v is a non-null heap object pointer. */
static inline bool sp_is_obj(sp_value_t v) { return v != 0 && (v >> 48) == 0; }
/* True when v is one of the immediate singletons (None, True, False, ...). */
static inline bool sp_is_singleton(sp_value_t v) { return (v >> 48) == 1; }
/* True when v is an inline small int. */
static inline bool sp_is_smallint(sp_value_t v) { return v >= SP_TAG_INT; }
/* True when v is an inline double. */
static inline bool sp_is_float(sp_value_t v) { return (v >> 48) >= 2 && v < SP_TAG_INT; }
/* True when v is True or False. */
static inline bool sp_is_bool(sp_value_t v) { return v == SP_TRUE || v == SP_FALSE; }
/* True when v is None. */
static inline bool sp_is_none(sp_value_t v) { return v == SP_NONE; }

/* The singleton payload of v (only meaningful when sp_is_singleton(v)). */
static inline unsigned sp_singleton_index(sp_value_t v) { return (unsigned)(v & 0xFFFF); }

/* Box a C bool. */
static inline sp_value_t sp_bool(bool b) { return b ? SP_TRUE : SP_FALSE; }

/* Box an int64 that the caller knows lies in [SP_SMALLINT_MIN, SP_SMALLINT_MAX]. */
static inline sp_value_t sp_smallint(int64_t i) {
    return SP_TAG_INT | ((uint64_t)i & (((uint64_t)1 << 48) - 1));
}
/* True when i fits in a small int. */
static inline bool sp_fits_smallint(int64_t i) { return i >= SP_SMALLINT_MIN && i <= SP_SMALLINT_MAX; }
/* Unbox a small int (sign-extends the 48-bit payload). */
static inline int64_t sp_smallint_value(sp_value_t v) { return (int64_t)(v << 16) >> 16; }

/* Box a double. NaNs are canonicalised so their bits never reach the int tag. */
static inline sp_value_t sp_float(double d) {
    uint64_t bits;
    if (d != d) bits = UINT64_C(0x7FF8000000000000);
    else memcpy(&bits, &d, sizeof bits);
    return bits + SP_DOUBLE_OFFSET;
}
/* Unbox a double (only meaningful when sp_is_float(v)). */
static inline double sp_float_value(sp_value_t v) {
    uint64_t bits = v - SP_DOUBLE_OFFSET;
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

/* Box an object pointer / unbox it (no checks). */
#define SP_OBJ(p) ((sp_value_t)(uintptr_t)(p))
#define SP_PTR(type, v) ((type *)(uintptr_t)(v))

#endif
