/* eval_switch.c: the eval loop compiled with a plain `switch` dispatch (portable C: the baseline
 * every other variant is measured against). The loop itself is vm/eval_body.h. */
#include "vm/config.h"

#if SP_ENABLE_SWITCH
#include "vm/eval_helpers.h"

#define SP_EVAL_MODE SP_EVAL_MODE_SWITCH
#define SP_EVAL_FUNCTION sp_eval_switch
#include "vm/eval_body.h"
#else
/* Keeps the translation unit non-empty when this variant is configured out. */
typedef int sp_eval_switch_disabled_t;
#endif
