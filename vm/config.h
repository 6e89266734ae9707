/* config.h: every feature switch of Sparrow, in one place (DESIGN decision 12).
 * configure writes its choices into config-auto.h as -D flags or defines; each switch below has
 * an #ifndef default so the sources also build without configure (e.g. for a quick experiment).
 * Switches gate whole files or functions, never scattered lines of the eval loop. */
#ifndef SP_CONFIG_H
#define SP_CONFIG_H

#ifdef HAVE_CONFIG_H
#include "config-auto.h"
#endif

/* SP_GC_BOEHM: 1 = memory is managed by the Boehm collector (bdw-gc); 0 = allocate and never
 * free, which exists only so AddressSanitizer/UBSan can run the test suite (--with-gc=none). */
#ifndef SP_GC_BOEHM
#define SP_GC_BOEHM 1
#endif

/* SP_USE_GMP: 1 = ints are arbitrary precision on GMP; 0 = ints are 64-bit and operations whose
 * result does not fit raise OverflowError (--without-gmp). */
#ifndef SP_USE_GMP
#define SP_USE_GMP 1
#endif

/* SP_HAVE_COMPUTED_GOTO: the compiler supports `goto *label` (GNU C); detected by configure. */
#ifndef SP_HAVE_COMPUTED_GOTO
#if defined(__GNUC__) || defined(__clang__)
#define SP_HAVE_COMPUTED_GOTO 1
#else
#define SP_HAVE_COMPUTED_GOTO 0
#endif
#endif

/* SP_DISPATCH_SWITCH / SP_DISPATCH_GOTO: which eval-loop variants are compiled in
 * (--enable-dispatch=switch,goto). At least one must be 1. */
#ifndef SP_ENABLE_SWITCH
#define SP_ENABLE_SWITCH 1
#endif
#ifndef SP_ENABLE_GOTO
#define SP_ENABLE_GOTO SP_HAVE_COMPUTED_GOTO
#endif
#if !SP_ENABLE_SWITCH && !SP_ENABLE_GOTO
#error "at least one dispatch variant must be enabled"
#endif

/* SP_ENABLE_STATS: 1 = `-X stats` exists: vm/eval_stats.c compiles a third, counting copy of the
 * eval loop and vm/stats.c prints its counters; 0 = both files compile to nothing and asking for
 * stats fails (--disable-stats). The switch and goto loops are the same either way. */
#ifndef SP_ENABLE_STATS
#define SP_ENABLE_STATS 1
#endif

/* SP_UNICODE_NAMES: 1 = string literals accept "\N{NAME}" escapes, looked up in the generated
 * name table runtime/unicode_names.c (about 270 KB); 0 = that file compiles to nothing and "\N{...}"
 * is a SyntaxError (--disable-unicode-names). */
#ifndef SP_UNICODE_NAMES
#define SP_UNICODE_NAMES 1
#endif

/* SP_DEBUG: 1 = internal assertions (SP_ASSERT) are checked (--enable-debug). */
#ifndef SP_DEBUG
#define SP_DEBUG 0
#endif

/* SP_DEFAULT_RECURSION_LIMIT: sys.getrecursionlimit() at start-up, as CPython's. */
#ifndef SP_DEFAULT_RECURSION_LIMIT
#define SP_DEFAULT_RECURSION_LIMIT 1000
#endif

/* SP_MAX_C_DEPTH: how deep C code may re-enter the VM or recurse (repr of nested containers,
 * the parser's nesting) before RecursionError; sized so the C stack (8 MiB default, less under
 * ASan's larger frames) never overflows. */
#ifndef SP_MAX_C_DEPTH
#define SP_MAX_C_DEPTH 800
#endif

/* SP_MAX_NESTING: how deeply the parser lets brackets, blocks and expressions nest. */
#ifndef SP_MAX_NESTING
#define SP_MAX_NESTING 200
#endif

#if SP_DEBUG
#include <assert.h>
#define SP_ASSERT(cond) assert(cond)
#else
#define SP_ASSERT(cond) ((void)0)
#endif

#if defined(__GNUC__) || defined(__clang__)
#define SP_LIKELY(x) __builtin_expect(!!(x), 1)
#define SP_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define SP_NORETURN __attribute__((noreturn))
#else
#define SP_LIKELY(x) (x)
#define SP_UNLIKELY(x) (x)
#define SP_NORETURN
#endif

#endif
