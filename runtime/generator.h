/* generator.h: generator objects — a function frame kept on the heap between yields — and the
 * eval loop's hooks for RETURN_GENERATOR, YIELD_VALUE, GET_YIELD_FROM_ITER and SEND. */
#ifndef SP_GENERATOR_H
#define SP_GENERATOR_H

#include "vm/vm.h"

/*
 * A generator owns a GC-allocated copy of the frame its function call built (RETURN_GENERATOR
 * moves it off the VM's frame stack). Resuming links that frame on top of the running ones and
 * runs it in a nested eval loop (an entry frame, depth-guarded like every C re-entry); YIELD_VALUE
 * unlinks it again and returns from that loop. `frame` is NULL once the generator has finished.
 */
typedef struct sp_generator {
    sp_object_t hdr;
    sp_frame_t *frame;     /* the suspended heap frame, NULL when finished */
    sp_value_t name;       /* str: __name__ */
    sp_value_t qualname;   /* str: __qualname__ */
    sp_value_t exc_state;  /* the exception it was handling when it yielded, or SP_NULL */
    uint8_t running;       /* gi_running: "generator already executing" on re-entry */
    uint8_t started;       /* it has run past its first instruction */
    uint8_t yielded;       /* set by YIELD_VALUE so the resumer tells a yield from a return */
} sp_generator_t;

#define SP_AS_GEN(v) SP_PTR(sp_generator_t, v)

/* Installs the generator type's slots and methods (after iterators_init). */
void generator_init(sp_vm_t *vm);

/* RETURN_GENERATOR: moves `frame` (its arguments bound, pc past the instruction) into a new
 * generator object and returns it; the caller then pops the stack frame as for a return. */
sp_value_t gen_from_frame(sp_vm_t *vm, sp_frame_t *frame);

/* YIELD_VALUE: unlinks the running generator frame (pc and sp already saved) so the eval loop
 * can return the yielded value to the resumer. */
void gen_suspend(sp_vm_t *vm, sp_frame_t *frame);

/* FOR_ITER / SEND on a generator in Python code: links its frame above the running one so the
 * same eval loop runs it (no C recursion), pushing `value` when it has started. Returns that
 * frame, or NULL with an exception (already executing, RecursionError), or NULL without one
 * when the generator cannot run inline (finished, or a non-None value sent to a fresh one):
 * the caller then takes the C path, which reports those cases. */
sp_frame_t *gen_enter_inline(sp_vm_t *vm, sp_value_t gen, sp_value_t value);

/* A generator's frame is being left for good (RETURN_VALUE or an escaping exception): the
 * generator is finished; an escaping StopIteration becomes RuntimeError (PEP 479). */
void gen_frame_done(sp_vm_t *vm, sp_frame_t *frame);

/* GET_YIELD_FROM_ITER: generators as they are, anything else through iter(). */
sp_value_t gen_yield_from_iter(sp_vm_t *vm, sp_value_t iterable);

/* SEND: sends `value` into the sub-iterator `iter`. Returns 1 with the yielded value in *out,
 * 0 with the sub-iterator's return value in *out (it finished), or -1 with an exception set. */
int gen_send_into(sp_vm_t *vm, sp_value_t iter, sp_value_t value, sp_value_t *out);

#endif
