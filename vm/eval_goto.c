/* eval_goto.c: the eval loop compiled with computed-goto (threaded) dispatch, a GNU C extension
 * that gcc and clang support; vm/dispatch.h explains why it is faster. The loop is vm/eval_body.h. */
#include "vm/config.h"

#if SP_ENABLE_GOTO
#include "vm/eval_helpers.h"

#define SP_EVAL_MODE SP_EVAL_MODE_GOTO
#define SP_EVAL_FUNCTION sp_eval_goto
#include "vm/eval_body.h"
#else
/* Keeps the translation unit non-empty when this variant is configured out. */
typedef int sp_eval_goto_disabled_t;
#endif
