/* eval_body.h: THE eval loop, written once. vm/eval_switch.c, vm/eval_goto.c and vm/eval_stats.c
 * (-X stats) each define SP_EVAL_MODE and SP_EVAL_FUNCTION and include this file to get one
 * dispatch variant.
 * Bodies stay short: anything beyond a fast path calls a named helper (vm/eval_helpers.h).
 *
 * Register discipline: pc, sp, locals, consts and names live in C locals while a frame runs and
 * are written back to the frame (EVAL_SAVE) before anything that may look at the frame: calls,
 * errors, pushing a callee. `pc` always points at the NEXT instruction, so the failing one is
 * pc - 1 (the same convention frame_current_line and the exception table lookup use).
 */
#include "vm/dispatch.h"

#define ARG SP_INSN_ARG(insn)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SET_TOP(v) (sp[-1] = (v))
#define JUMP_TO(target) (pc = code->insns + (target))
#define EVAL_SAVE() (frame->pc = pc, frame->sp = sp)
#define EVAL_LOAD_FRAME()                                                                          \
    do {                                                                                           \
        code = frame->code;                                                                        \
        pc = frame->pc;                                                                            \
        sp = frame->sp;                                                                            \
        locals = frame->locals;                                                                    \
        consts = code->consts;                                                                     \
        names = code->names;                                                                       \
        EVAL_STAT_NEW_SEQUENCE();                                                                  \
    } while (0)
/* Leave the instruction with the pending exception (vm->exc) unless `cond` holds. */
#define CHECK(cond)                                                                                \
    do {                                                                                           \
        if (SP_UNLIKELY(!(cond))) goto error;                                                      \
    } while (0)

sp_value_t SP_EVAL_FUNCTION(sp_vm_t *vm, sp_frame_t *frame) {
    EVAL_TABLE_BEGIN
#define OP(name, operand, pop, push, jump, doc) EVAL_TABLE_ROW(name)
#include "vm/opcodes.def"
#undef OP
    EVAL_TABLE_END

    sp_code_t *code;
    const uint32_t *pc;
    sp_value_t *sp;
    sp_value_t *locals;
    const sp_value_t *consts;
    const sp_value_t *names;
    uint32_t insn;
    /* The shared call path's operands (CALL, CALL_KW and CALL_EX fill them). */
    sp_value_t call_callable, call_kwnames, *call_base, *call_args;
    int call_nargs;
    EVAL_STAT_ENTER(); /* -X stats only (vm/dispatch.h), as every EVAL_STAT_* hook */

    EVAL_LOAD_FRAME();
    EVAL_LOOP_BEGIN

    CASE(NOP) { NEXT(); }
    CASE(POP_TOP) {
        sp--;
        NEXT();
    }
    CASE(COPY) {
        sp_value_t v = sp[-(int)ARG];
        PUSH(v);
        NEXT();
    }
    CASE(SWAP) {
        sp_value_t v = sp[-1];
        sp[-1] = sp[-(int)ARG];
        sp[-(int)ARG] = v;
        NEXT();
    }
    CASE(PUSH_NULL) {
        PUSH(SP_NULL);
        NEXT();
    }
    CASE(LOAD_CONST) {
        PUSH(consts[ARG]);
        NEXT();
    }
    CASE(LOAD_FAST) {
        sp_value_t v = locals[ARG];
        if (SP_UNLIKELY(!v)) {
            eval_unbound_local(vm, frame, ARG);
            goto error;
        }
        PUSH(v);
        NEXT();
    }
    CASE(STORE_FAST) {
        locals[ARG] = POP();
        NEXT();
    }
    CASE(DELETE_FAST) {
        if (SP_UNLIKELY(!locals[ARG])) {
            eval_unbound_local(vm, frame, ARG);
            goto error;
        }
        locals[ARG] = SP_NULL;
        NEXT();
    }
    CASE(LOAD_DEREF) {
        sp_value_t v = SP_AS_CELL(frame->cells[ARG])->value;
        if (SP_UNLIKELY(!v)) {
            eval_unbound_cell(vm, frame, ARG);
            goto error;
        }
        PUSH(v);
        NEXT();
    }
    CASE(STORE_DEREF) {
        SP_AS_CELL(frame->cells[ARG])->value = POP();
        NEXT();
    }
    CASE(DELETE_DEREF) {
        sp_cell_t *cell = SP_AS_CELL(frame->cells[ARG]);
        if (SP_UNLIKELY(!cell->value)) {
            eval_unbound_cell(vm, frame, ARG);
            goto error;
        }
        cell->value = SP_NULL;
        NEXT();
    }
    CASE(LOAD_CLOSURE) {
        PUSH(frame->cells[ARG]);
        NEXT();
    }
    CASE(LOAD_GLOBAL) {
        EVAL_SAVE();
        sp_value_t v = eval_load_global(vm, frame, names[ARG]);
        CHECK(v);
        PUSH(v);
        NEXT();
    }
    CASE(STORE_GLOBAL) {
        EVAL_SAVE();
        sp_value_t v = POP();
        CHECK(sp_dict_set(vm, frame->globals, names[ARG], v) == 0);
        NEXT();
    }
    CASE(DELETE_GLOBAL) {
        EVAL_SAVE();
        CHECK(eval_delete_global(vm, frame, names[ARG]) == 0);
        NEXT();
    }
    CASE(LOAD_NAME) {
        EVAL_SAVE();
        sp_value_t v = eval_load_name(vm, frame, names[ARG]);
        CHECK(v);
        PUSH(v);
        NEXT();
    }
    CASE(STORE_NAME) {
        EVAL_SAVE();
        sp_value_t v = POP();
        CHECK(eval_store_name(vm, frame, names[ARG], v) == 0);
        NEXT();
    }
    CASE(DELETE_NAME) {
        EVAL_SAVE();
        CHECK(eval_delete_name(vm, frame, names[ARG]) == 0);
        NEXT();
    }
    CASE(LOAD_ATTR) {
        EVAL_SAVE();
        sp_value_t v = sp_getattr(vm, TOP(), names[ARG]);
        CHECK(v);
        SET_TOP(v);
        NEXT();
    }
    CASE(STORE_ATTR) {
        EVAL_SAVE();
        sp_value_t obj = sp[-1], v = sp[-2];
        sp -= 2;
        CHECK(sp_setattr(vm, obj, names[ARG], v) == 0);
        NEXT();
    }
    CASE(DELETE_ATTR) {
        EVAL_SAVE();
        sp_value_t obj = POP();
        CHECK(sp_delattr(vm, obj, names[ARG]) == 0);
        NEXT();
    }
    CASE(LOAD_METHOD) {
        EVAL_SAVE();
        sp_value_t obj = TOP(), method;
        int found = sp_load_method(vm, obj, names[ARG], &method);
        CHECK(found >= 0);
        if (found) {
            SET_TOP(method); /* [method, self] */
            PUSH(obj);
        } else {
            SET_TOP(SP_NULL); /* [NULL, attribute] */
            PUSH(method);
        }
        NEXT();
    }
    CASE(BINARY_SUBSCR) {
        sp_value_t container = sp[-2], key = sp[-1], v;
        if (sp_is_smallint(key) && sp_is_obj(container) && SP_AS_OBJ(container)->type == vm->types[SP_K_LIST]) {
            sp_list_t *list = SP_AS_LIST(container);
            int64_t i = sp_smallint_value(key);
            if (i < 0) i += list->size;
            if (i >= 0 && i < list->size) {
                sp--;
                SET_TOP(list->items[i]);
                NEXT();
            }
        }
        EVAL_SAVE();
        v = sp_getitem(vm, container, key);
        CHECK(v);
        sp--;
        SET_TOP(v);
        NEXT();
    }
    CASE(STORE_SUBSCR) {
        EVAL_SAVE();
        sp_value_t container = sp[-2], key = sp[-1], v = sp[-3];
        sp -= 3;
        CHECK(sp_setitem(vm, container, key, v) == 0);
        NEXT();
    }
    CASE(DELETE_SUBSCR) {
        EVAL_SAVE();
        sp_value_t container = sp[-2], key = sp[-1];
        sp -= 2;
        CHECK(sp_delitem(vm, container, key) == 0);
        NEXT();
    }
    CASE(BUILD_SLICE) {
        sp_value_t step = ARG == 3 ? POP() : SP_NONE;
        sp_value_t stop = POP();
        sp_value_t v = sp_slice_new(vm, TOP(), stop, step);
        CHECK(v);
        SET_TOP(v);
        NEXT();
    }
    CASE(BINARY_OP) {
        sp_value_t a = sp[-2], b = sp[-1], v;
        if (sp_is_smallint(a) && sp_is_smallint(b)) {
            if (eval_smallint_binop(ARG, a, b, &v)) goto binary_done;
        } else if (sp_is_float(a) && sp_is_float(b)) {
            if (eval_float_binop(ARG, a, b, &v)) goto binary_done;
        }
        EVAL_SAVE();
        v = sp_binary_op(vm, (sp_binop_t)ARG, a, b);
        CHECK(v);
    binary_done:
        sp--;
        SET_TOP(v);
        NEXT();
    }
    CASE(UNARY_OP) {
        sp_value_t a = TOP(), v;
        EVAL_SAVE();
        if (ARG == SP_UNOP_NOT) {
            int truth = sp_is_bool(a) ? a == SP_TRUE : sp_truthy(vm, a);
            CHECK(truth >= 0);
            v = sp_bool(!truth);
        } else if (ARG == SP_UNOP_NEG && sp_is_smallint(a) && sp_smallint_value(a) != SP_SMALLINT_MIN) {
            v = sp_smallint(-sp_smallint_value(a));
        } else {
            v = sp_unary_op(vm, (sp_unop_t)ARG, a);
            CHECK(v);
        }
        SET_TOP(v);
        NEXT();
    }
    CASE(COMPARE_OP) {
        sp_value_t a = sp[-2], b = sp[-1], v;
        if (sp_is_smallint(a) && sp_is_smallint(b)) {
            int64_t x = sp_smallint_value(a), y = sp_smallint_value(b);
            v = sp_bool(EVAL_COMPARE_NUMBERS(ARG, x, y));
        } else if (sp_is_float(a) && sp_is_float(b)) {
            double x = sp_float_value(a), y = sp_float_value(b);
            v = sp_bool(EVAL_COMPARE_NUMBERS(ARG, x, y));
        } else {
            EVAL_SAVE();
            v = sp_compare(vm, a, b, (sp_cmp_t)ARG);
            CHECK(v);
        }
        sp--;
        SET_TOP(v);
        NEXT();
    }
    CASE(IS_OP) {
        bool same = sp[-2] == sp[-1];
        sp--;
        SET_TOP(sp_bool(same != (ARG != 0)));
        NEXT();
    }
    CASE(CONTAINS_OP) {
        EVAL_SAVE();
        int found = sp_contains(vm, sp[-1], sp[-2]);
        CHECK(found >= 0);
        sp--;
        SET_TOP(sp_bool((found != 0) != (ARG != 0)));
        NEXT();
    }
    CASE(BUILD_TUPLE) {
        int n = (int)ARG;
        sp_value_t v = sp_tuple_from_array(vm, sp - n, n);
        CHECK(v);
        sp -= n;
        PUSH(v);
        NEXT();
    }
    CASE(BUILD_LIST) {
        int n = (int)ARG;
        sp_value_t v = sp_list_from_array(vm, sp - n, n);
        CHECK(v);
        sp -= n;
        PUSH(v);
        NEXT();
    }
    CASE(BUILD_SET) {
        int n = (int)ARG;
        EVAL_SAVE();
        sp_value_t v = eval_build_set(vm, sp - n, n);
        CHECK(v);
        sp -= n;
        PUSH(v);
        NEXT();
    }
    CASE(BUILD_MAP) {
        int n = (int)ARG;
        EVAL_SAVE();
        sp_value_t v = eval_build_map(vm, sp - 2 * n, n);
        CHECK(v);
        sp -= 2 * n;
        PUSH(v);
        NEXT();
    }
    CASE(BUILD_STRING) {
        int n = (int)ARG;
        sp_value_t v = eval_build_string(vm, sp - n, n);
        CHECK(v);
        sp -= n;
        PUSH(v);
        NEXT();
    }
    CASE(FORMAT_VALUE) {
        /* The row reads "format S[-1] ... spec below": the value is on top, its spec under it. */
        EVAL_SAVE();
        sp_value_t spec = (ARG & 4) ? sp[-2] : SP_NULL;
        sp_value_t v = eval_format_value(vm, TOP(), ARG & 3, spec);
        CHECK(v);
        if (ARG & 4) sp--;
        SET_TOP(v);
        NEXT();
    }
    CASE(LIST_APPEND) {
        sp_value_t v = POP();
        CHECK(sp_list_append(vm, sp[-(int)ARG], v) == 0);
        NEXT();
    }
    CASE(SET_ADD) {
        EVAL_SAVE();
        sp_value_t v = POP();
        CHECK(sp_set_add(vm, sp[-(int)ARG], v) == 0);
        NEXT();
    }
    CASE(MAP_ADD) {
        EVAL_SAVE();
        sp_value_t key = sp[-2], v = sp[-1];
        sp -= 2;
        CHECK(sp_dict_set(vm, sp[-(int)ARG], key, v) == 0);
        NEXT();
    }
    CASE(LIST_EXTEND) {
        EVAL_SAVE();
        sp_value_t v = POP();
        CHECK(eval_list_extend(vm, sp[-(int)ARG], v) == 0);
        NEXT();
    }
    CASE(SET_UPDATE) {
        EVAL_SAVE();
        sp_value_t v = POP();
        CHECK(sp_set_update(vm, sp[-(int)ARG], v) == 0);
        NEXT();
    }
    CASE(DICT_UPDATE) {
        EVAL_SAVE();
        sp_value_t v = POP();
        CHECK(eval_dict_update(vm, sp[-(int)ARG], v) == 0);
        NEXT();
    }
    CASE(DICT_MERGE) {
        EVAL_SAVE();
        sp_value_t v = POP();
        /* In f(**a, **b) the callable sits two slots under the dict: [NULL, f, args, dict]. */
        sp_value_t *fslot = sp - (int)ARG - 2;
        sp_value_t callable = fslot >= frame->stack_base ? *fslot : SP_NULL;
        CHECK(eval_dict_merge(vm, callable, sp[-(int)ARG], v) == 0);
        NEXT();
    }
    CASE(LIST_TO_TUPLE) {
        sp_list_t *list = SP_AS_LIST(TOP());
        sp_value_t v = sp_tuple_from_array(vm, list->items, list->size);
        CHECK(v);
        SET_TOP(v);
        NEXT();
    }
    CASE(UNPACK_SEQUENCE) {
        EVAL_SAVE();
        sp_value_t seq = POP();
        CHECK(eval_unpack_sequence(vm, seq, (int)ARG, sp) == 0);
        sp += ARG;
        NEXT();
    }
    CASE(UNPACK_EX) {
        EVAL_SAVE();
        sp_value_t seq = POP();
        int before = (int)(ARG & 0xFF), after = (int)(ARG >> 8);
        CHECK(eval_unpack_ex(vm, seq, before, after, sp) == 0);
        sp += before + 1 + after;
        NEXT();
    }
    CASE(GET_ITER) {
        EVAL_SAVE();
        sp_value_t v = sp_iter(vm, TOP());
        CHECK(v);
        SET_TOP(v);
        NEXT();
    }
    CASE(FOR_ITER) {
        EVAL_SAVE();
        if (sp_is_kind(TOP(), SP_K_GENERATOR)) { /* run it in this loop: YIELD_VALUE comes back */
            sp_frame_t *inner = gen_enter_inline(vm, TOP(), SP_NONE);
            if (inner) {
                frame = inner;
                EVAL_LOAD_FRAME();
                NEXT();
            }
            CHECK(!vm->exc);
        }
        sp_value_t v = eval_next(vm, TOP());
        if (v) {
            PUSH(v);
            NEXT();
        }
        CHECK(!vm->exc);
        sp--;
        JUMP_TO(ARG);
        NEXT();
    }
    CASE(JUMP) {
        JUMP_TO(ARG);
        NEXT();
    }
    CASE(POP_JUMP_IF_FALSE) {
        sp_value_t v = POP();
        int truth = v == SP_TRUE ? 1 : v == SP_FALSE || v == SP_NONE ? 0 : (EVAL_SAVE(), sp_truthy(vm, v));
        CHECK(truth >= 0);
        if (!truth) JUMP_TO(ARG);
        NEXT();
    }
    CASE(POP_JUMP_IF_TRUE) {
        sp_value_t v = POP();
        int truth = v == SP_TRUE ? 1 : v == SP_FALSE || v == SP_NONE ? 0 : (EVAL_SAVE(), sp_truthy(vm, v));
        CHECK(truth >= 0);
        if (truth) JUMP_TO(ARG);
        NEXT();
    }
    CASE(JUMP_IF_FALSE_OR_POP) {
        sp_value_t v = TOP();
        int truth = sp_is_bool(v) ? v == SP_TRUE : (EVAL_SAVE(), sp_truthy(vm, v));
        CHECK(truth >= 0);
        if (!truth) JUMP_TO(ARG);
        else sp--;
        NEXT();
    }
    CASE(JUMP_IF_TRUE_OR_POP) {
        sp_value_t v = TOP();
        int truth = sp_is_bool(v) ? v == SP_TRUE : (EVAL_SAVE(), sp_truthy(vm, v));
        CHECK(truth >= 0);
        if (truth) JUMP_TO(ARG);
        else sp--;
        NEXT();
    }
    CASE(MAKE_FUNCTION) {
        int n = 1 + ((ARG & 1) != 0) + ((ARG & 2) != 0) + ((ARG & 4) != 0) + ((ARG & 8) != 0);
        sp_value_t v = eval_make_function(vm, frame, ARG, sp - n);
        CHECK(v);
        sp -= n;
        PUSH(v);
        NEXT();
    }
    CASE(CALL) {
        call_base = sp - (int)ARG - 2;
        call_kwnames = SP_NULL;
        if (call_base[0]) { /* [method, self, args...] */
            call_callable = call_base[0];
            call_args = call_base + 1;
            call_nargs = (int)ARG + 1;
        } else { /* [NULL, callable, args...] */
            call_callable = call_base[1];
            call_args = call_base + 2;
            call_nargs = (int)ARG;
        }
        goto do_call;
    }
    CASE(CALL_KW) {
        call_kwnames = TOP();
        call_base = sp - (int)ARG - 3;
        int npos = (int)ARG - (int)SP_AS_TUPLE(call_kwnames)->size;
        if (call_base[0]) {
            call_callable = call_base[0];
            call_args = call_base + 1;
            call_nargs = npos + 1;
        } else {
            call_callable = call_base[1];
            call_args = call_base + 2;
            call_nargs = npos;
        }
        goto do_call;
    }
    CASE(CALL_EX) {
        EVAL_SAVE();
        call_base = sp - 3 - (int)(ARG & 1);
        call_callable = call_base[1];
        CHECK(eval_prepare_call_ex(vm, &call_callable, call_base[2], (ARG & 1) ? call_base[3] : SP_NULL,
                                   &call_args, &call_nargs, &call_kwnames) == 0);
        goto do_call;
    }
    CASE(RETURN_VALUE) {
        sp_value_t result = POP();
        if (frame->is_entry) {
            eval_frame_exit(vm, frame);
            return result;
        }
        sp_frame_t *caller = frame->prev;
        bool gen_finished = frame->gen != NULL;
        if (SP_UNLIKELY(gen_finished)) gen_frame_done(vm, frame);
        eval_frame_exit(vm, frame);
        frame = caller;
        EVAL_LOAD_FRAME();
        if (SP_UNLIKELY(gen_finished)) {
            /* It ran inline for the caller's FOR_ITER or SEND (pc[-1]): leave that loop. */
            uint32_t resumer = pc[-1];
            sp--;
            if (SP_INSN_OP(resumer) == OP_SEND) PUSH(result);
            JUMP_TO(SP_INSN_ARG(resumer));
            NEXT();
        }
        PUSH(result);
        NEXT();
    }
    CASE(RAISE_VARARGS) {
        EVAL_SAVE();
        if (ARG == 0) {
            if (eval_reraise_active(vm)) goto unwind; /* the exception keeps its traceback */
            goto error;
        }
        sp_value_t cause = ARG == 2 ? POP() : SP_NULL;
        eval_raise(vm, POP(), cause);
        goto error;
    }
    CASE(RERAISE) {
        vm->exc = POP();
        EVAL_SAVE();
        goto unwind;
    }
    CASE(PUSH_EXC_INFO) {
        sp_value_t exc = TOP();
        SET_TOP(vm->exc_info);
        PUSH(exc);
        vm->exc_info = exc;
        NEXT();
    }
    CASE(POP_EXCEPT) {
        vm->exc_info = POP();
        NEXT();
    }
    CASE(CHECK_EXC_MATCH) {
        EVAL_SAVE();
        int match = eval_exc_match(vm, sp[-2], sp[-1]);
        CHECK(match >= 0);
        SET_TOP(sp_bool(match));
        NEXT();
    }
    CASE(LOAD_ASSERTION_ERROR) {
        PUSH(SP_OBJ(vm->exc_types[SP_EXC_AssertionError]));
        NEXT();
    }
    CASE(IMPORT_NAME) {
        EVAL_SAVE();
        sp_value_t fromlist = POP();
        sp_value_t v = eval_import_name(vm, frame, names[ARG], fromlist, TOP());
        CHECK(v);
        SET_TOP(v);
        NEXT();
    }
    CASE(IMPORT_FROM) {
        EVAL_SAVE();
        sp_value_t v = eval_import_from(vm, TOP(), names[ARG]);
        CHECK(v);
        PUSH(v);
        NEXT();
    }
    CASE(IMPORT_STAR) {
        EVAL_SAVE();
        sp_value_t module = POP();
        CHECK(eval_import_star(vm, frame, module) == 0);
        NEXT();
    }
    CASE(LOAD_BUILD_CLASS) {
        sp_value_t v = eval_load_build_class(vm, frame);
        CHECK(v);
        PUSH(v);
        NEXT();
    }
    CASE(SETUP_ANNOTATIONS) {
        CHECK(eval_setup_annotations(vm, frame) == 0);
        NEXT();
    }
    CASE(BEFORE_WITH) {
        EVAL_SAVE();
        sp_value_t exit_method;
        sp_value_t v = eval_before_with(vm, TOP(), &exit_method);
        CHECK(v);
        SET_TOP(exit_method);
        PUSH(v);
        NEXT();
    }
    CASE(WITH_EXCEPT_START) {
        EVAL_SAVE();
        sp_value_t v = eval_with_except_start(vm, sp[-3], sp[-1]);
        CHECK(v);
        PUSH(v);
        NEXT();
    }
    /* Generators (runtime/generator.c): a generator frame always runs as an entry frame. */
    CASE(RETURN_GENERATOR) {
        EVAL_SAVE();
        sp_value_t gen = gen_from_frame(vm, frame);
        CHECK(gen);
        if (frame->is_entry) {
            eval_frame_exit(vm, frame);
            return gen;
        }
        sp_frame_t *caller = frame->prev;
        eval_frame_exit(vm, frame);
        frame = caller;
        EVAL_LOAD_FRAME();
        PUSH(gen);
        NEXT();
    }
    CASE(YIELD_VALUE) {
        sp_value_t v = POP();
        EVAL_SAVE();
        sp_frame_t *caller = frame->prev;
        bool entry = frame->is_entry;
        gen_suspend(vm, frame);
        if (entry) return v; /* resumed from C (next(), send(), a builtin's iteration) */
        frame = caller;      /* resumed inline by FOR_ITER or SEND */
        EVAL_LOAD_FRAME();
        PUSH(v);
        NEXT();
    }
    CASE(GET_YIELD_FROM_ITER) {
        EVAL_SAVE();
        sp_value_t v = gen_yield_from_iter(vm, TOP());
        CHECK(v);
        SET_TOP(v);
        NEXT();
    }
    CASE(SEND) {
        EVAL_SAVE();
        if (sp_is_kind(sp[-2], SP_K_GENERATOR)) { /* the sent value moves into the generator */
            frame->sp = sp - 1;
            sp_frame_t *inner = gen_enter_inline(vm, sp[-2], sp[-1]);
            if (inner) {
                frame = inner;
                EVAL_LOAD_FRAME();
                NEXT();
            }
            frame->sp = sp;
            CHECK(!vm->exc);
        }
        sp_value_t v;
        int r = gen_send_into(vm, sp[-2], sp[-1], &v);
        CHECK(r >= 0);
        if (r == 0) {
            sp -= 2;
            PUSH(v);
            JUMP_TO(ARG);
        } else {
            SET_TOP(v);
        }
        NEXT();
    }

    EVAL_LOOP_END

    /* ---- The shared call path: call_* are set, the call occupies call_base..sp ----------- */
do_call:
    if (sp_is_function(call_callable)) goto push_python_frame;
    if (sp_is_kind(call_callable, SP_K_BOUND_METHOD) && call_args == call_base + 2 &&
        sp_is_function(SP_AS_BOUND(call_callable)->func)) {
        /* Unwrap into the free NULL slot: [func, self, args...] without moving the arguments. */
        call_base[0] = SP_AS_BOUND(call_callable)->func;
        call_base[1] = SP_AS_BOUND(call_callable)->self;
        call_callable = call_base[0];
        call_args = call_base + 1;
        call_nargs++;
        goto push_python_frame;
    }
    {
        EVAL_STAT_CALL_NATIVE();
        EVAL_SAVE();
        sp_value_t result = sp_call(vm, call_callable, call_args, call_nargs, call_kwnames);
        sp = call_base;
        CHECK(result);
        PUSH(result);
        NEXT();
    }
push_python_frame: {
    /* Python to Python: push the callee and keep running in this C loop (no recursion). */
    frame->pc = pc;
    frame->sp = call_base;
    sp_frame_t *callee = eval_push_function(vm, SP_AS_FUNCTION(call_callable), call_args, call_nargs, call_kwnames);
    if (!callee) {
        sp = call_base;
        goto error;
    }
    EVAL_STAT_CALL_PYTHON();
    frame = callee;
    EVAL_LOAD_FRAME();
    NEXT();
}

    /* ---- Exceptions: record where a fresh error happened, then find a handler ------------ */
error:
    EVAL_SAVE();
    eval_note_error(vm, frame);
unwind:
    frame = eval_unwind(vm, frame);
    if (!frame) return SP_NULL;
    EVAL_LOAD_FRAME();
    NEXT();
}

#undef ARG
#undef PUSH
#undef POP
#undef TOP
#undef SET_TOP
#undef JUMP_TO
#undef EVAL_SAVE
#undef EVAL_LOAD_FRAME
#undef CHECK
