/* eval_stats.c: the counting eval loop of `-X stats`: vm/eval_body.h once more, with dispatch
 * macros (vm/dispatch.h, SP_EVAL_MODE_STATS) that count every instruction, opcode pair and call
 * into vm->stats. Computed goto where the compiler has it, else a switch. */
#include "vm/config.h"

#if SP_ENABLE_STATS
#include "vm/eval_helpers.h"
#include "vm/stats.h"

#define SP_EVAL_MODE SP_EVAL_MODE_STATS
#define SP_EVAL_FUNCTION sp_eval_stats
#include "vm/eval_body.h"
#else
/* Keeps the translation unit non-empty when stats are configured out (--disable-stats). */
typedef int sp_eval_stats_disabled_t;
#endif
