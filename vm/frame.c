/* frame.c: the VM's frame stack (bump-allocated chunks of GC-scanned memory) and argument
 * binding with CPython's exact TypeError messages. It never runs code: that is vm/eval.c's job. */
#include "runtime/runtime.h"

/* Chunks are sized for a few hundred ordinary frames; a bigger frame gets a chunk of its own. */
#define FRAME_CHUNK_BYTES (64 * 1024)

/* Bytes a frame for `code` occupies: header, locals, cells, operand stack. */
static size_t frame_size(const sp_code_t *code) {
    size_t values = (size_t)code->n_locals + (size_t)code->n_cellvars + (size_t)code->n_freevars +
                    (size_t)code->stack_size;
    size_t bytes = sizeof(sp_frame_t) + values * sizeof(sp_value_t);
    return (bytes + 15) & ~(size_t)15;
}

/* Makes the current chunk able to hold `bytes` more, reusing the spare chunk when it fits. */
static sp_stack_chunk_t *frame_chunk_for(sp_vm_t *vm, size_t bytes) {
    sp_stack_chunk_t *chunk = vm->stack_chunk;
    if (chunk && chunk->size - chunk->used >= bytes) return chunk;
    sp_stack_chunk_t *spare = vm->spare_chunk;
    if (spare && spare->size >= bytes) {
        vm->spare_chunk = NULL;
    } else {
        size_t size = bytes > FRAME_CHUNK_BYTES ? bytes : FRAME_CHUNK_BYTES;
        spare = sp_alloc(vm, sizeof(sp_stack_chunk_t) + size);
        if (!spare) return NULL;
        spare->size = size;
    }
    spare->used = 0;
    spare->prev = chunk;
    vm->stack_chunk = spare;
    return spare;
}

/* Creates the cells of the cellvars and copies the closure's cells into the freevar slots. */
static int frame_init_cells(sp_vm_t *vm, sp_frame_t *frame, sp_function_t *func) {
    const sp_code_t *code = frame->code;
    for (int32_t i = 0; i < code->n_cellvars; i++) {
        sp_value_t cell = sp_cell_new(vm, SP_NULL);
        if (!cell) return -1;
        frame->cells[i] = cell;
    }
    if (code->n_freevars == 0) return 0;
    if (!func || !func->closure || SP_AS_TUPLE(func->closure)->size < code->n_freevars) {
        sp_raise(vm, SP_EXC_SystemError, "closure of %s is missing cells", sp_str_cstr(code->name));
        return -1;
    }
    for (int32_t i = 0; i < code->n_freevars; i++)
        frame->cells[code->n_cellvars + i] = SP_AS_TUPLE(func->closure)->items[i];
    return 0;
}

sp_frame_t *frame_push(sp_vm_t *vm, sp_code_t *code, sp_function_t *func, sp_value_t globals,
                       sp_value_t builtins, sp_value_t locals_dict) {
    if (vm->frame_depth >= vm->recursion_limit) {
        sp_raise(vm, SP_EXC_RecursionError, "maximum recursion depth exceeded");
        return NULL;
    }
    size_t bytes = frame_size(code);
    sp_stack_chunk_t *chunk = frame_chunk_for(vm, bytes);
    if (!chunk) return NULL;
    sp_frame_t *frame = (sp_frame_t *)(void *)(chunk->data + chunk->used);
    chunk->used += bytes;

    frame->prev = vm->frame;
    frame->code = code;
    frame->func = func;
    frame->globals = globals;
    frame->builtins = builtins;
    frame->locals_dict = locals_dict;
    frame->pc = code->insns;
    frame->cells = frame->locals + code->n_locals;
    frame->stack_base = frame->cells + code->n_cellvars + code->n_freevars;
    frame->sp = frame->stack_base;
    frame->saved_exc_info = vm->exc_info;
    frame->is_entry = 0;
    frame->gen = NULL;
    /* Locals start unbound; the stack area is not cleared (it is written before it is read). */
    memset(frame->locals, 0, (size_t)code->n_locals * sizeof(sp_value_t));
    vm->frame = frame;
    vm->frame_depth++;
    if (frame_init_cells(vm, frame, func) < 0) {
        frame_pop(vm, frame);
        return NULL;
    }
    return frame;
}

void frame_pop(sp_vm_t *vm, sp_frame_t *frame) {
    SP_ASSERT(vm->frame == frame);
    if (frame->gen) { /* a generator's heap frame: only unlink it (runtime/generator.c) */
        vm->frame = frame->prev;
        vm->frame_depth--;
        return;
    }
    sp_stack_chunk_t *chunk = vm->stack_chunk;
    vm->frame = frame->prev;
    vm->frame_depth--;
    chunk->used = (size_t)((unsigned char *)frame - chunk->data);
    if (chunk->used == 0 && chunk->prev) {
        /* Keep the emptied chunk for the next call that crosses this edge. */
        vm->stack_chunk = chunk->prev;
        chunk->prev = NULL;
        vm->spare_chunk = chunk;
    }
}

int frame_current_line(sp_frame_t *frame) {
    int32_t pc = (int32_t)(frame->pc - frame->code->insns) - 1;
    return code_line_for_pc(frame->code, pc < 0 ? 0 : pc);
}

/* ---- Argument binding ------------------------------------------------------------------- */

/* The name CPython puts in front of "()" in call errors: the function's __qualname__. */
static const char *bind_fname(sp_function_t *func) {
    if (func->qualname && sp_is_str(func->qualname)) return sp_str_cstr(func->qualname);
    return sp_str_cstr(func->code->qualname);
}

/* "'a'", "'a' and 'b'", "'a', 'b', and 'c'": CPython's list of missing names. */
static void bind_missing(sp_vm_t *vm, sp_function_t *func, const char *kind, int start, int end,
                         const sp_value_t *locals) {
    const sp_code_t *code = func->code;
    int missing = 0;
    for (int i = start; i < end; i++) missing += locals[i] == SP_NULL;
    sp_strbuf_t buf;
    strbuf_init(vm, &buf);
    int seen = 0;
    for (int i = start; i < end; i++) {
        if (locals[i] != SP_NULL) continue;
        seen++;
        if (seen > 1) strbuf_append_cstr(&buf, missing == 2 ? " and " : seen == missing ? ", and " : ", ");
        strbuf_printf(&buf, "'%s'", sp_str_cstr(code->localnames[i]));
    }
    sp_value_t names = strbuf_finish(&buf);
    if (!names) return;
    sp_raise(vm, SP_EXC_TypeError, "%s() missing %d required %s argument%s: %s", bind_fname(func), missing,
             kind, missing == 1 ? "" : "s", sp_str_cstr(names));
}

/* "f() takes 2 positional arguments but 3 were given" and its variants. */
static void bind_too_many(sp_vm_t *vm, sp_function_t *func, int given, const sp_value_t *locals) {
    const sp_code_t *code = func->code;
    int kwonly_given = 0;
    for (int i = code->argcount; i < code->argcount + code->kwonlyargcount; i++)
        kwonly_given += locals[i] != SP_NULL;
    int64_t ndefaults = func->defaults ? SP_AS_TUPLE(func->defaults)->size : 0;
    char sig[64], kwsig[96] = "";
    bool plural = true;
    if (ndefaults)
        snprintf(sig, sizeof sig, "from %lld to %d", (long long)(code->argcount - ndefaults), code->argcount);
    else {
        plural = code->argcount != 1;
        snprintf(sig, sizeof sig, "%d", code->argcount);
    }
    if (kwonly_given)
        snprintf(kwsig, sizeof kwsig, " positional argument%s (and %d keyword-only argument%s)",
                 given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
    sp_raise(vm, SP_EXC_TypeError, "%s() takes %s positional argument%s but %d%s %s given", bind_fname(func), sig,
             plural ? "s" : "", given, kwsig, given == 1 && !kwonly_given ? "was" : "were");
}

/* Index of the parameter named `key` among those that accept keywords, or -1. */
static int bind_find_keyword(const sp_code_t *code, sp_value_t key) {
    int total = code->argcount + code->kwonlyargcount;
    for (int j = code->posonlyargcount; j < total; j++)
        if (code->localnames[j] == key) return j;
    for (int j = code->posonlyargcount; j < total; j++)
        if (sp_str_equal(code->localnames[j], key)) return j;
    return -1;
}

/* TypeError for positional-only parameters passed by keyword, when there is no **kwargs. */
static int bind_posonly_as_keyword(sp_vm_t *vm, sp_function_t *func, sp_value_t kwnames) {
    const sp_code_t *code = func->code;
    sp_strbuf_t buf;
    strbuf_init(vm, &buf);
    int found = 0;
    for (int64_t i = 0; i < SP_AS_TUPLE(kwnames)->size; i++) {
        sp_value_t key = SP_AS_TUPLE(kwnames)->items[i];
        for (int j = 0; j < code->posonlyargcount; j++) {
            if (!sp_str_equal(code->localnames[j], key)) continue;
            if (found++) strbuf_append_cstr(&buf, ", ");
            strbuf_append_str(&buf, key);
        }
    }
    if (!found) return 0;
    sp_value_t names = strbuf_finish(&buf);
    if (!names) return -1;
    sp_raise(vm, SP_EXC_TypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'",
             bind_fname(func), sp_str_cstr(names));
    return -1;
}

/* Places keyword arguments into their parameters or the **kwargs dict. */
static int bind_keywords(sp_vm_t *vm, sp_function_t *func, sp_value_t *locals, const sp_value_t *values,
                         sp_value_t kwnames, sp_value_t kwdict) {
    const sp_code_t *code = func->code;
    for (int64_t i = 0; i < SP_AS_TUPLE(kwnames)->size; i++) {
        sp_value_t key = SP_AS_TUPLE(kwnames)->items[i];
        if (!sp_is_str(key)) {
            sp_raise(vm, SP_EXC_TypeError, "keywords must be strings"); /* CPython names no function */
            return -1;
        }
        int j = bind_find_keyword(code, key);
        if (j < 0) {
            if (kwdict) {
                if (sp_dict_set(vm, kwdict, key, values[i]) < 0) return -1;
                continue;
            }
            if (code->posonlyargcount && bind_posonly_as_keyword(vm, func, kwnames) < 0) return -1;
            sp_raise(vm, SP_EXC_TypeError, "%s() got an unexpected keyword argument '%s'", bind_fname(func),
                     sp_str_cstr(key));
            return -1;
        }
        if (locals[j] != SP_NULL) {
            sp_raise(vm, SP_EXC_TypeError, "%s() got multiple values for argument '%s'", bind_fname(func),
                     sp_str_cstr(key));
            return -1;
        }
        locals[j] = values[i];
    }
    return 0;
}

/* Fills omitted positional parameters from the defaults; TypeError when some have none. */
static int bind_positional_defaults(sp_vm_t *vm, sp_function_t *func, sp_value_t *locals, int nargs) {
    const sp_code_t *code = func->code;
    int ndefaults = func->defaults ? (int)SP_AS_TUPLE(func->defaults)->size : 0;
    int first_default = code->argcount - ndefaults;
    int missing = 0;
    for (int i = nargs; i < first_default; i++) missing += locals[i] == SP_NULL;
    if (missing) {
        bind_missing(vm, func, "positional", 0, first_default, locals);
        return -1;
    }
    for (int i = first_default < nargs ? nargs : first_default; i < code->argcount; i++)
        if (locals[i] == SP_NULL) locals[i] = SP_AS_TUPLE(func->defaults)->items[i - first_default];
    return 0;
}

/* Fills omitted keyword-only parameters from __kwdefaults__; TypeError when some have none. */
static int bind_kwonly_defaults(sp_vm_t *vm, sp_function_t *func, sp_value_t *locals) {
    const sp_code_t *code = func->code;
    int start = code->argcount, end = code->argcount + code->kwonlyargcount, missing = 0;
    for (int i = start; i < end; i++) {
        if (locals[i] != SP_NULL) continue;
        if (func->kwdefaults) {
            sp_value_t def = sp_dict_get(vm, func->kwdefaults, code->localnames[i]);
            if (def) {
                locals[i] = def;
                continue;
            }
            if (vm->exc) return -1;
        }
        missing++;
    }
    if (missing) {
        bind_missing(vm, func, "keyword-only", start, end, locals);
        return -1;
    }
    return 0;
}

/* Copies parameters that inner functions capture into their cells (code->cell2arg). */
static void bind_cells_from_args(sp_frame_t *frame) {
    const sp_code_t *code = frame->code;
    if (!code->cell2arg) return;
    for (int32_t i = 0; i < code->n_cellvars; i++)
        if (code->cell2arg[i] >= 0) SP_AS_CELL(frame->cells[i])->value = frame->locals[code->cell2arg[i]];
}

int frame_bind_args(sp_vm_t *vm, sp_frame_t *frame, sp_function_t *func, const sp_value_t *args, int nargs,
                    sp_value_t kwnames) {
    const sp_code_t *code = func->code;
    sp_value_t *locals = frame->locals;
    int total = code->argcount + code->kwonlyargcount;
    int varargs_slot = total;
    int kwargs_slot = total + ((code->flags & SP_CODE_VARARGS) ? 1 : 0);
    sp_value_t kwdict = SP_NULL;

    if (code->flags & SP_CODE_VARKEYWORDS) {
        kwdict = sp_dict_new(vm);
        if (!kwdict) return -1;
        locals[kwargs_slot] = kwdict;
    }
    int npos = nargs < code->argcount ? nargs : code->argcount;
    for (int i = 0; i < npos; i++) locals[i] = args[i];
    if (code->flags & SP_CODE_VARARGS) {
        sp_value_t rest = sp_tuple_from_array(vm, args + npos, nargs - npos);
        if (!rest) return -1;
        locals[varargs_slot] = rest;
    }
    if (kwnames && SP_AS_TUPLE(kwnames)->size > 0 &&
        bind_keywords(vm, func, locals, args + nargs, kwnames, kwdict) < 0)
        return -1;
    if (nargs > code->argcount && !(code->flags & SP_CODE_VARARGS)) {
        bind_too_many(vm, func, nargs, locals);
        return -1;
    }
    if (nargs < code->argcount && bind_positional_defaults(vm, func, locals, nargs) < 0) return -1;
    if (code->kwonlyargcount > 0 && bind_kwonly_defaults(vm, func, locals) < 0) return -1;
    bind_cells_from_args(frame);
    return 0;
}
