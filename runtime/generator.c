/* generator.c: generator objects (CPython 3.11 semantics: send, throw, close, yield from
 * delegation, PEP 479) and the eval loop's generator hooks. It runs frames only through
 * sp_eval_frame, one entry frame per resume, guarded like every C re-entry. */
#include <string.h>

#include "runtime/generator.h"
#include "vm/eval_helpers.h"

/* Results of running a generator one step (CPython's PYGEN_*). */
enum { GEN_ERROR = -1, GEN_RETURN = 0, GEN_NEXT = 1 };

static sp_generator_t *gen_of(sp_value_t v) {
    return sp_is_kind(v, SP_K_GENERATOR) ? SP_AS_GEN(v) : NULL;
}

/* ---- Creation and suspension (eval loop hooks) ------------------------------------------ */

/* A GC-allocated copy of the live part of a stack frame, its interior pointers rebased. */
static sp_frame_t *gen_copy_frame(sp_vm_t *vm, sp_frame_t *frame) {
    const sp_code_t *code = frame->code;
    size_t values = (size_t)code->n_locals + (size_t)code->n_cellvars + (size_t)code->n_freevars +
                    (size_t)code->stack_size;
    sp_frame_t *copy = sp_alloc(vm, sizeof(sp_frame_t) + values * sizeof(sp_value_t));
    if (!copy) return NULL;
    size_t live = (size_t)((char *)frame->sp - (char *)frame);
    memcpy(copy, frame, live);
    copy->cells = copy->locals + code->n_locals;
    copy->stack_base = copy->cells + code->n_cellvars + code->n_freevars;
    copy->sp = copy->stack_base + (frame->sp - frame->stack_base);
    copy->prev = NULL;
    copy->is_entry = 0;
    return copy;
}

sp_value_t gen_from_frame(sp_vm_t *vm, sp_frame_t *frame) {
    sp_generator_t *gen = (sp_generator_t *)sp_new_object(vm, vm->types[SP_K_GENERATOR], sizeof *gen);
    if (!gen) return SP_NULL;
    sp_frame_t *copy = gen_copy_frame(vm, frame);
    if (!copy) return SP_NULL;
    copy->gen = gen;
    gen->frame = copy;
    gen->name = frame->func && frame->func->name ? frame->func->name : frame->code->name;
    gen->qualname = frame->func && frame->func->qualname ? frame->func->qualname : frame->code->qualname;
    gen->exc_state = SP_NULL;
    return SP_OBJ(gen);
}

void gen_suspend(sp_vm_t *vm, sp_frame_t *frame) {
    sp_generator_t *gen = frame->gen;
    gen->yielded = 1;
    gen->running = 0;
    /* A yield inside an except block keeps that exception as the generator's own state. */
    gen->exc_state = vm->exc_info != frame->saved_exc_info ? vm->exc_info : SP_NULL;
    vm->exc_info = frame->saved_exc_info;
    frame_pop(vm, frame);
    frame->prev = NULL;
}

/* ---- Running ----------------------------------------------------------------------------- */

static void gen_wrap_stopiteration(sp_vm_t *vm);

/* Links the generator's frame on top of the running frames (shared by both resume paths). */
static void gen_link_frame(sp_vm_t *vm, sp_generator_t *gen, int is_entry) {
    sp_frame_t *frame = gen->frame;
    frame->prev = vm->frame;
    vm->frame = frame;
    vm->frame_depth++;
    frame->saved_exc_info = vm->exc_info;
    if (gen->exc_state) vm->exc_info = gen->exc_state;
    frame->is_entry = (uint8_t)is_entry;
    gen->running = 1;
    gen->yielded = 0;
}

sp_frame_t *gen_enter_inline(sp_vm_t *vm, sp_value_t v, sp_value_t value) {
    sp_generator_t *gen = SP_AS_GEN(v);
    if (gen->running) {
        sp_raise(vm, SP_EXC_ValueError, "generator already executing");
        return NULL;
    }
    if (!gen->frame || (!gen->started && value != SP_NONE)) return NULL;
    if (vm->frame_depth >= vm->recursion_limit) {
        sp_raise(vm, SP_EXC_RecursionError, "maximum recursion depth exceeded");
        return NULL;
    }
    gen_link_frame(vm, gen, 0);
    if (gen->started) *gen->frame->sp++ = value;
    gen->started = 1;
    return gen->frame;
}

void gen_frame_done(sp_vm_t *vm, sp_frame_t *frame) {
    sp_generator_t *gen = frame->gen;
    gen->frame = NULL;
    gen->exc_state = SP_NULL;
    gen->running = 0;
    if (vm->exc) gen_wrap_stopiteration(vm);
}

/* PEP 479: a StopIteration escaping the generator's frame becomes RuntimeError. */
static void gen_wrap_stopiteration(sp_vm_t *vm) {
    if (!sp_exc_matches(vm, SP_EXC_StopIteration)) return;
    sp_value_t stop = sp_exc_fetch(vm);
    sp_raise(vm, SP_EXC_RuntimeError, "generator raised StopIteration");
    if (!sp_is_exception(vm->exc)) return;
    SP_AS_EXC(vm->exc)->cause = stop;
    SP_AS_EXC(vm->exc)->context = stop;
    SP_AS_EXC(vm->exc)->suppress_context = 1;
}

/* Links the frame on top of the running ones and runs it until it yields, returns or raises.
 * With `exc`, the exception is raised at the point where the generator is suspended. */
static int gen_run(sp_vm_t *vm, sp_generator_t *gen, sp_value_t value, sp_value_t exc, sp_value_t *out) {
    sp_frame_t *frame = gen->frame;
    if (vm->c_depth >= SP_MAX_C_DEPTH || vm->frame_depth >= vm->recursion_limit) {
        sp_raise(vm, SP_EXC_RecursionError, "maximum recursion depth exceeded");
        return GEN_ERROR;
    }
    gen_link_frame(vm, gen, 1);
    vm->c_depth++;
    sp_value_t result;
    if (exc) {
        vm->exc = exc;
        if (sp_is_exception(exc)) exc_add_traceback(vm, exc, frame->code, frame_current_line(frame));
        result = eval_unwind(vm, frame) ? sp_eval_frame(vm, frame) : SP_NULL;
    } else {
        if (gen->started) *frame->sp++ = value;
        result = sp_eval_frame(vm, frame);
    }
    vm->c_depth--;
    gen->started = 1;
    gen->running = 0;
    if (gen->yielded) {
        *out = result;
        return GEN_NEXT;
    }
    gen->frame = NULL;
    gen->exc_state = SP_NULL;
    if (result) {
        *out = result;
        return GEN_RETURN;
    }
    gen_wrap_stopiteration(vm);
    return GEN_ERROR;
}

/* One step with a sent value (or an exception thrown in), after CPython's state checks. */
static int gen_send_ex(sp_vm_t *vm, sp_generator_t *gen, sp_value_t value, sp_value_t exc, sp_value_t *out) {
    if (gen->running) {
        sp_raise(vm, SP_EXC_ValueError, "generator already executing");
        return GEN_ERROR;
    }
    if (!gen->frame) {
        if (exc) {
            vm->exc = exc;
            return GEN_ERROR;
        }
        *out = SP_NONE;
        return GEN_RETURN;
    }
    if (!gen->started && !exc && value != SP_NONE) {
        sp_raise(vm, SP_EXC_TypeError, "can't send non-None value to a just-started generator");
        return GEN_ERROR;
    }
    return gen_run(vm, gen, value, exc, out);
}

/* The value a StopIteration carries (its first argument, else None). */
static sp_value_t gen_stop_value(sp_value_t stop) {
    if (!sp_is_exception(stop)) return SP_NONE;
    sp_value_t args = SP_AS_EXC(stop)->args;
    return sp_is_tuple(args) && SP_AS_TUPLE(args)->size > 0 ? SP_AS_TUPLE(args)->items[0] : SP_NONE;
}

/* Raises StopIteration for a generator's return value: bare for None, else StopIteration(v). */
static sp_value_t gen_raise_stop(sp_vm_t *vm, sp_value_t value) {
    if (value == SP_NONE) return sp_raise_empty(vm, SP_EXC_StopIteration);
    return sp_raise_value(vm, SP_EXC_StopIteration, value);
}

/* The sub-iterator a suspended generator delegates to with `yield from`, or SP_NULL. The
 * compiler's layout is SEND k; YIELD_VALUE; JUMP k, so a generator suspended inside it has
 * pc at that JUMP and the sub-iterator on top of its stack. */
static sp_value_t gen_delegate(sp_generator_t *gen) {
    sp_frame_t *frame = gen->frame;
    if (!frame || !gen->started) return SP_NULL;
    const sp_code_t *code = frame->code;
    int32_t pc = (int32_t)(frame->pc - code->insns);
    if (pc < 2 || pc >= code->n_insns) return SP_NULL;
    uint32_t insn = code->insns[pc];
    if (SP_INSN_OP(insn) != OP_JUMP || SP_INSN_ARG(insn) != (uint32_t)(pc - 2)) return SP_NULL;
    if (SP_INSN_OP(code->insns[pc - 2]) != OP_SEND) return SP_NULL;
    return frame->sp[-1];
}

/* ---- The SEND / GET_YIELD_FROM_ITER hooks ------------------------------------------------ */

sp_value_t gen_yield_from_iter(sp_vm_t *vm, sp_value_t iterable) {
    if (gen_of(iterable)) return iterable;
    return sp_iter(vm, iterable);
}

/* Calls obj.name(args...); SP_NULL with no exception when the attribute is missing. */
static sp_value_t gen_call_method(sp_vm_t *vm, sp_value_t obj, const char *name, const sp_value_t *args,
                                  int nargs, int *missing) {
    sp_value_t method = sp_getattr_opt(vm, obj, sp_str_intern_cstr(vm, name));
    *missing = !method && !vm->exc;
    if (!method) return SP_NULL;
    return sp_call(vm, method, args, nargs, SP_NULL);
}

/* Turns "the sub-iterator stopped" into GEN_RETURN with its value; other errors stay. */
static int gen_finish_subiter(sp_vm_t *vm, sp_value_t *out) {
    if (vm->exc && !sp_exc_matches(vm, SP_EXC_StopIteration)) return GEN_ERROR;
    *out = vm->exc ? gen_stop_value(sp_exc_fetch(vm)) : SP_NONE;
    return GEN_RETURN;
}

int gen_send_into(sp_vm_t *vm, sp_value_t iter, sp_value_t value, sp_value_t *out) {
    sp_generator_t *sub = gen_of(iter);
    if (sub) return gen_send_ex(vm, sub, value, SP_NULL, out);
    sp_value_t result;
    if (value == SP_NONE && !(sp_typeof(vm, iter)->flags & SP_TYPE_HEAPTYPE)) {
        result = sp_next(vm, iter);
    } else if (value == SP_NONE) { /* a class's __next__: keep its StopIteration's value */
        int missing;
        result = gen_call_method(vm, iter, "__next__", NULL, 0, &missing);
        if (missing) sp_raise(vm, SP_EXC_TypeError, "'%s' object is not an iterator", sp_type_name(vm, iter));
    } else {
        int missing;
        result = gen_call_method(vm, iter, "send", &value, 1, &missing);
        if (missing)
            sp_raise(vm, SP_EXC_AttributeError, "'%s' object has no attribute 'send'", sp_type_name(vm, iter));
    }
    if (result) {
        *out = result;
        return GEN_NEXT;
    }
    return gen_finish_subiter(vm, out);
}

/* ---- close / throw ----------------------------------------------------------------------- */

/* Closes a sub-iterator of yield from: gen.close() for generators, else its close method. */
static int gen_close_iter(sp_vm_t *vm, sp_value_t iter);

static sp_value_t gen_close(sp_vm_t *vm, sp_generator_t *gen);

static int gen_close_iter(sp_vm_t *vm, sp_value_t iter) {
    sp_generator_t *sub = gen_of(iter);
    if (sub) return gen_close(vm, sub) ? 0 : -1;
    int missing;
    sp_value_t r = gen_call_method(vm, iter, "close", NULL, 0, &missing);
    return r || missing ? 0 : -1;
}

/* A fresh GeneratorExit to throw in. */
static sp_value_t gen_exit_exc(sp_vm_t *vm) {
    return exc_new(vm, vm->exc_types[SP_EXC_GeneratorExit], vm->empty_tuple);
}

static sp_value_t gen_close(sp_vm_t *vm, sp_generator_t *gen) {
    if (gen->frame && !gen->started) { /* never ran: nothing to clean up (CPython 3.11) */
        gen->frame = NULL;
        return SP_NONE;
    }
    if (!gen->frame) return SP_NONE;
    int err = 0;
    sp_value_t sub = gen_delegate(gen);
    if (sub) {
        gen->running = 1;
        err = gen_close_iter(vm, sub);
        gen->running = 0;
    }
    sp_value_t exc = err == 0 ? gen_exit_exc(vm) : sp_exc_fetch(vm);
    if (!exc) return SP_NULL;
    sp_value_t result;
    int r = gen_send_ex(vm, gen, SP_NONE, exc, &result);
    if (r == GEN_NEXT) return sp_raise(vm, SP_EXC_RuntimeError, "generator ignored GeneratorExit");
    if (r == GEN_RETURN) return SP_NONE;
    if (sp_exc_matches(vm, SP_EXC_StopIteration) || sp_exc_matches(vm, SP_EXC_GeneratorExit)) {
        sp_exc_fetch(vm);
        return SP_NONE;
    }
    return SP_NULL;
}

/* Converts a step result into what next()/send()/throw() return. */
static sp_value_t gen_step_result(sp_vm_t *vm, int r, sp_value_t value) {
    if (r == GEN_NEXT) return value;
    if (r == GEN_RETURN) return gen_raise_stop(vm, value);
    return SP_NULL;
}

/* After a failed throw into the sub-iterator: leave the yield from (pop the sub-iterator, jump
 * past the SEND loop), then resume with its return value or with the error it raised. */
static int gen_leave_delegation(sp_vm_t *vm, sp_generator_t *gen, sp_value_t *out) {
    sp_frame_t *frame = gen->frame;
    int32_t pc = (int32_t)(frame->pc - frame->code->insns);
    frame->sp--;
    frame->pc = frame->code->insns + SP_INSN_ARG(frame->code->insns[pc - 2]);
    sp_value_t value;
    if (gen_finish_subiter(vm, &value) == GEN_RETURN) return gen_send_ex(vm, gen, value, SP_NULL, out);
    return gen_send_ex(vm, gen, SP_NONE, sp_exc_fetch(vm), out);
}

/* Throws `exc` (an exception instance) in at the yield point, through any yield from. */
static int gen_throw_exc(sp_vm_t *vm, sp_generator_t *gen, sp_value_t exc, sp_value_t *out) {
    sp_value_t sub = gen_delegate(gen);
    if (!sub) return gen_send_ex(vm, gen, SP_NONE, exc, out);
    if (exc_is_instance(vm, exc, vm->exc_types[SP_EXC_GeneratorExit])) {
        gen->running = 1;
        int err = gen_close_iter(vm, sub);
        gen->running = 0;
        if (err < 0) return gen_send_ex(vm, gen, SP_NONE, sp_exc_fetch(vm), out);
        return gen_send_ex(vm, gen, SP_NONE, exc, out);
    }
    sp_generator_t *subgen = gen_of(sub);
    sp_value_t result;
    int r;
    gen->running = 1;
    if (subgen) {
        r = gen_throw_exc(vm, subgen, exc, &result);
        if (r == GEN_RETURN) { /* the sub-generator returned: as a StopIteration from throw */
            gen_raise_stop(vm, result);
            r = GEN_ERROR;
        }
    } else {
        int missing;
        result = gen_call_method(vm, sub, "throw", &exc, 1, &missing);
        r = result ? GEN_NEXT : GEN_ERROR;
        if (missing) {
            gen->running = 0;
            return gen_send_ex(vm, gen, SP_NONE, exc, out);
        }
    }
    gen->running = 0;
    if (r == GEN_NEXT) {
        *out = result;
        return GEN_NEXT;
    }
    return gen_leave_delegation(vm, gen, out);
}

/* throw(type[, value[, tb]]) / throw(exc): the exception instance to raise, as CPython 3.11. */
static sp_value_t gen_throw_make_exc(sp_vm_t *vm, const sp_value_t *args, int n) {
    sp_value_t typ = args[0], val = n > 1 ? args[1] : SP_NONE, tb = n > 2 ? args[2] : SP_NONE;
    if (tb != SP_NONE && !sp_is_kind(tb, SP_K_TRACEBACK))
        return sp_raise(vm, SP_EXC_TypeError, "throw() third argument must be a traceback object");
    sp_type_t *base = vm->exc_types[SP_EXC_BaseException];
    if (sp_is_type(typ) && type_is_subtype(SP_AS_TYPE(typ), base)) {
        if (val != SP_NONE && sp_isinstance(vm, val, SP_AS_TYPE(typ))) return val;
        if (val == SP_NONE) return sp_call(vm, typ, NULL, 0, SP_NULL);
        if (sp_is_tuple(val)) return sp_call(vm, typ, SP_AS_TUPLE(val)->items, (int)SP_AS_TUPLE(val)->size, SP_NULL);
        return sp_call(vm, typ, &val, 1, SP_NULL);
    }
    if (sp_is_exception(typ)) {
        if (val != SP_NONE)
            return sp_raise(vm, SP_EXC_TypeError, "instance exception may not have a separate value");
        return typ;
    }
    return sp_raise(vm, SP_EXC_TypeError,
                    "exceptions must be classes or instances deriving from BaseException, not %s",
                    sp_type_name(vm, typ));
}

/* ---- Python-visible methods and slots ---------------------------------------------------- */

static sp_generator_t *gen_self(sp_vm_t *vm, const sp_value_t *args, const char *method) {
    sp_generator_t *gen = gen_of(args[0]);
    if (!gen)
        sp_raise(vm, SP_EXC_TypeError, "descriptor '%s' for 'generator' objects doesn't apply to a '%s' object",
                 method, sp_type_name(vm, args[0]));
    return gen;
}

static sp_value_t gen_next_slot(sp_vm_t *vm, sp_value_t self) {
    sp_value_t value;
    int r = gen_send_ex(vm, SP_AS_GEN(self), SP_NONE, SP_NULL, &value);
    if (r == GEN_NEXT) return value;
    if (r == GEN_RETURN && value != SP_NONE) return sp_raise_value(vm, SP_EXC_StopIteration, value);
    return SP_NULL; /* exhausted (no StopIteration object on the fast path) or an error */
}

static sp_value_t gen_m_next(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_generator_t *gen = gen_self(vm, args, "__next__");
    if (!gen || sp_check_nargs(vm, "__next__", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    sp_value_t v = gen_next_slot(vm, args[0]);
    if (!v && !vm->exc) sp_raise_empty(vm, SP_EXC_StopIteration);
    return v;
}

static sp_value_t gen_m_iter(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    if (!gen_self(vm, args, "__iter__") || sp_check_nargs(vm, "__iter__", nargs - 1, kwnames, 0, 0) < 0)
        return SP_NULL;
    return args[0];
}

static sp_value_t gen_m_send(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_generator_t *gen = gen_self(vm, args, "send");
    if (!gen || sp_check_nargs(vm, "send", nargs - 1, kwnames, 1, 1) < 0) return SP_NULL;
    sp_value_t value;
    int r = gen_send_ex(vm, gen, args[1], SP_NULL, &value);
    return gen_step_result(vm, r, value);
}

static sp_value_t gen_m_throw(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_generator_t *gen = gen_self(vm, args, "throw");
    if (!gen || sp_check_nargs(vm, "throw", nargs - 1, kwnames, 1, 3) < 0) return SP_NULL;
    sp_value_t exc = gen_throw_make_exc(vm, args + 1, nargs - 1);
    if (!exc) return SP_NULL;
    if (!sp_is_exception(exc))
        return sp_raise(vm, SP_EXC_TypeError, "exceptions must derive from BaseException");
    if (gen->running) return sp_raise(vm, SP_EXC_ValueError, "generator already executing");
    sp_value_t value;
    int r = gen_throw_exc(vm, gen, exc, &value);
    return gen_step_result(vm, r, value);
}

static sp_value_t gen_m_close(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_generator_t *gen = gen_self(vm, args, "close");
    if (!gen || sp_check_nargs(vm, "close", nargs - 1, kwnames, 0, 0) < 0) return SP_NULL;
    if (gen->running) return sp_raise(vm, SP_EXC_ValueError, "generator already executing");
    return gen_close(vm, gen);
}

static sp_value_t gen_repr(sp_vm_t *vm, sp_value_t self) {
    return sp_str_format(vm, "<generator object %s at %p>", sp_str_cstr(SP_AS_GEN(self)->qualname),
                         (void *)SP_AS_OBJ(self));
}

/* gi_running, gi_frame (None when finished; no frame objects otherwise: the generator itself),
 * gi_code, __name__ and __qualname__; everything else through the generic lookup. */
static sp_value_t gen_getattr(sp_vm_t *vm, sp_value_t self, sp_value_t name) {
    sp_generator_t *gen = SP_AS_GEN(self);
    const sp_str_t *attr = SP_AS_STR(name);
    /* Every name below starts with "gi_" or "__" and has 7 to 12 bytes: most lookups (send,
     * __next__, ...) leave after this test or after a size compare, with no byte compared. */
    if (attr->size >= 7 && attr->size <= 12 && (attr->data[0] == 'g' || attr->data[0] == '_')) {
#define GEN_ATTR_IS(lit) (attr->size == (int64_t)sizeof(lit) - 1 && !memcmp(attr->data, lit, sizeof(lit) - 1))
        if (GEN_ATTR_IS("gi_running")) return sp_bool(gen->running);
        if (GEN_ATTR_IS("gi_suspended")) return sp_bool(gen->frame && gen->started && !gen->running);
        if (GEN_ATTR_IS("gi_frame")) return gen->frame ? self : SP_NONE;
        if (GEN_ATTR_IS("gi_code")) return gen->frame ? SP_OBJ(gen->frame->code) : SP_NONE;
        if (GEN_ATTR_IS("gi_yieldfrom")) {
            sp_value_t sub = gen_delegate(gen);
            return sub ? sub : SP_NONE;
        }
        if (GEN_ATTR_IS("__name__")) return gen->name;
        if (GEN_ATTR_IS("__qualname__")) return gen->qualname;
#undef GEN_ATTR_IS
    }
    return sp_generic_getattr(vm, self, name);
}

static sp_value_t gen_iter_slot(sp_vm_t *vm, sp_value_t self) {
    return self;
}

static const sp_method_def_t gen_methods[] = {
    {"__iter__", gen_m_iter}, {"__next__", gen_m_next}, {"send", gen_m_send},
    {"throw", gen_m_throw},   {"close", gen_m_close},   {NULL, NULL},
};

void generator_init(sp_vm_t *vm) {
    sp_type_t *t = vm->types[SP_K_GENERATOR];
    t->iter = gen_iter_slot;
    t->next = gen_next_slot;
    t->repr = gen_repr;
    t->getattr = gen_getattr;
    type_add_methods(vm, t, gen_methods);
}
