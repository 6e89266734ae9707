/* eval.c: the eval loop's entry points (variant selection, module code, C-to-Python calls) and
 * the slow-path helpers every dispatch variant shares. The loop itself is vm/eval_body.h. */
#include <string.h>

#include "compiler/compiler.h"
#include "vm/eval_helpers.h"
#include "runtime/slots.h"

/* ---- Entry points ----------------------------------------------------------------------- */

sp_value_t sp_eval_frame(sp_vm_t *vm, sp_frame_t *frame) {
    frame->is_entry = 1;
#if SP_ENABLE_STATS
    if (SP_UNLIKELY(vm->dispatch == SP_DISPATCH_STATS)) return sp_eval_stats(vm, frame);
#endif
#if SP_ENABLE_GOTO && SP_ENABLE_SWITCH
    if (vm->dispatch == SP_DISPATCH_SWITCH) return sp_eval_switch(vm, frame);
    return sp_eval_goto(vm, frame);
#elif SP_ENABLE_GOTO
    return sp_eval_goto(vm, frame);
#else
    return sp_eval_switch(vm, frame);
#endif
}

sp_value_t sp_eval_module_code(sp_vm_t *vm, sp_code_t *code, sp_value_t globals) {
    /* C re-enters the VM here: guard the C stack (RecursionError when too deep). */
    if (sp_enter_c(vm, NULL) < 0) return SP_NULL;
    sp_value_t result = SP_NULL;
    sp_frame_t *frame = frame_push(vm, code, NULL, globals, vm->builtins, globals);
    if (frame) result = sp_eval_frame(vm, frame);
    sp_leave_c(vm);
    return result;
}

sp_frame_t *eval_push_function(sp_vm_t *vm, sp_function_t *fn, const sp_value_t *args, int nargs,
                               sp_value_t kwnames) {
    sp_value_t builtins = fn->builtins ? fn->builtins : vm->builtins;
    sp_frame_t *frame = frame_push(vm, fn->code, fn, fn->globals, builtins, SP_NULL);
    if (!frame) return NULL;
    if (frame_bind_args(vm, frame, fn, args, nargs, kwnames) < 0) {
        frame_pop(vm, frame);
        return NULL;
    }
    return frame;
}

sp_value_t sp_call_function(sp_vm_t *vm, sp_function_t *fn, const sp_value_t *args, int nargs,
                            sp_value_t kwnames) {
    if (sp_enter_c(vm, NULL) < 0) return SP_NULL;
    sp_value_t result = SP_NULL;
    sp_frame_t *frame = eval_push_function(vm, fn, args, nargs, kwnames);
    if (frame) result = sp_eval_frame(vm, frame);
    sp_leave_c(vm);
    return result;
}

void eval_frame_exit(sp_vm_t *vm, sp_frame_t *frame) {
    vm->exc_info = frame->saved_exc_info;
    frame_pop(vm, frame);
}

/* ---- Names ------------------------------------------------------------------------------ */

static sp_value_t eval_name_error(sp_vm_t *vm, sp_value_t name) {
    return sp_raise(vm, SP_EXC_NameError, "name '%s' is not defined", sp_str_cstr(name));
}

sp_value_t eval_load_global(sp_vm_t *vm, sp_frame_t *frame, sp_value_t name) {
    sp_value_t v = sp_dict_get(vm, frame->globals, name);
    if (v || vm->exc) return v;
    v = sp_dict_get(vm, frame->builtins, name);
    if (v || vm->exc) return v;
    return eval_name_error(vm, name);
}

/* A class body's namespace may be any mapping a metaclass's __prepare__ returned (enum's is a
 * dict subclass overriding __setitem__): anything but an exact dict goes through the mapping's
 * own methods. */
static bool eval_scope_is_dict(sp_vm_t *vm, sp_value_t scope) {
    return SP_AS_OBJ(scope)->type == vm->types[SP_K_DICT];
}

/* LOAD_NAME in a class body (or exec with separate locals): the namespace first. A namespace
 * that is not an exact dict is read through its __getitem__, a KeyError meaning "not here". */
static sp_value_t eval_load_name_local(sp_vm_t *vm, sp_frame_t *frame, sp_value_t name) {
    sp_value_t locals = frame->locals_dict, v;
    if (eval_scope_is_dict(vm, locals)) {
        v = sp_dict_get(vm, locals, name);
        if (v || vm->exc) return v;
    } else {
        v = sp_getitem(vm, locals, name);
        if (v != SP_NULL) return v;
        if (!sp_exc_matches(vm, SP_EXC_KeyError)) return SP_NULL;
        vm->exc = SP_NULL;
    }
    return eval_load_global(vm, frame, name);
}

sp_value_t eval_load_name(sp_vm_t *vm, sp_frame_t *frame, sp_value_t name) {
    sp_value_t locals = frame->locals_dict;
    if (locals && locals != frame->globals) return eval_load_name_local(vm, frame, name);
    return eval_load_global(vm, frame, name);
}

int eval_store_name(sp_vm_t *vm, sp_frame_t *frame, sp_value_t name, sp_value_t value) {
    sp_value_t scope = frame->locals_dict ? frame->locals_dict : frame->globals;
    if (SP_UNLIKELY(scope != frame->globals && !eval_scope_is_dict(vm, scope))) return sp_setitem(vm, scope, name, value);
    return sp_dict_set(vm, scope, name, value);
}

int eval_delete_name(sp_vm_t *vm, sp_frame_t *frame, sp_value_t name) {
    sp_value_t scope = frame->locals_dict ? frame->locals_dict : frame->globals;
    if (!eval_scope_is_dict(vm, scope)) {
        if (sp_delitem(vm, scope, name) == 0) return 0;
        if (sp_exc_matches(vm, SP_EXC_KeyError)) {
            vm->exc = SP_NULL;
            eval_name_error(vm, name);
        }
        return -1;
    }
    int removed = sp_dict_del(vm, scope, name);
    if (removed == 0) eval_name_error(vm, name);
    return removed == 1 ? 0 : -1;
}

int eval_delete_global(sp_vm_t *vm, sp_frame_t *frame, sp_value_t name) {
    int removed = sp_dict_del(vm, frame->globals, name);
    if (removed == 0) eval_name_error(vm, name);
    return removed == 1 ? 0 : -1;
}

void eval_unbound_local(sp_vm_t *vm, sp_frame_t *frame, uint32_t index) {
    sp_raise(vm, SP_EXC_UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value",
             sp_str_cstr(frame->code->localnames[index]));
}

void eval_unbound_cell(sp_vm_t *vm, sp_frame_t *frame, uint32_t index) {
    const sp_code_t *code = frame->code;
    if ((int32_t)index < code->n_cellvars) {
        sp_raise(vm, SP_EXC_UnboundLocalError,
                 "cannot access local variable '%s' where it is not associated with a value",
                 sp_str_cstr(code->cellnames[index]));
        return;
    }
    sp_raise(vm, SP_EXC_NameError,
             "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
             sp_str_cstr(code->freenames[index - (uint32_t)code->n_cellvars]));
}

/* ---- Containers ------------------------------------------------------------------------- */

sp_value_t eval_build_set(sp_vm_t *vm, const sp_value_t *items, int n) {
    sp_value_t set = sp_set_new(vm, false);
    if (!set) return SP_NULL;
    for (int i = 0; i < n; i++)
        if (sp_set_add(vm, set, items[i]) < 0) return SP_NULL;
    return set;
}

sp_value_t eval_build_map(sp_vm_t *vm, const sp_value_t *items, int n) {
    sp_value_t dict = sp_dict_new(vm);
    if (!dict) return SP_NULL;
    for (int i = 0; i < n; i++)
        if (sp_dict_set(vm, dict, items[2 * i], items[2 * i + 1]) < 0) return SP_NULL;
    return dict;
}

sp_value_t eval_build_string(sp_vm_t *vm, const sp_value_t *items, int n) {
    if (n == 1) return items[0];
    sp_strbuf_t buf;
    strbuf_init(vm, &buf);
    for (int i = 0; i < n; i++) strbuf_append_str(&buf, items[i]);
    return strbuf_finish(&buf);
}

/* Calls a builtin by name (format, ascii) so the eval loop needs no private copy of it. */
static sp_value_t eval_call_builtin(sp_vm_t *vm, const char *name, const sp_value_t *args, int nargs) {
    sp_value_t fn = sp_dict_get_cstr(vm, vm->builtins, name);
    if (!fn) return SP_NULL;
    return sp_call(vm, fn, args, nargs, SP_NULL);
}

sp_value_t eval_format_value(sp_vm_t *vm, sp_value_t value, unsigned conversion, sp_value_t spec) {
    if (conversion == 1) value = sp_str(vm, value);
    else if (conversion == 2) value = sp_repr(vm, value);
    else if (conversion == 3) {
        sp_value_t v = eval_call_builtin(vm, "ascii", &value, 1);
        value = v || vm->exc ? v : sp_repr(vm, value);
    }
    if (!value) return SP_NULL;
    if (!spec || (sp_is_str(spec) && SP_AS_STR(spec)->size == 0)) {
        if (sp_kindof(vm, value) == SP_K_STR && !(sp_typeof(vm, value)->flags & SP_TYPE_HEAPTYPE)) return value;
        /* A class's __format__ runs even without a spec (f"{obj}"), as CPython's PyObject_Format. */
        if (sp_typeof(vm, value)->flags & SP_TYPE_HEAPTYPE) return slots_format(vm, value, SP_NULL);
        return sp_str(vm, value);
    }
    sp_value_t args[2] = {value, spec};
    sp_value_t result = eval_call_builtin(vm, "format", args, 2);
    if (!result && !vm->exc) return sp_raise(vm, SP_EXC_SystemError, "format specs are not supported yet");
    return result;
}

/* Iterates `iterable` (SP_NULL with no exception at the end), raising `fmt` % type name when the
 * value is not iterable at all (the starred-display and f(*x) messages). */
static sp_value_t eval_iter_or(sp_vm_t *vm, sp_value_t iterable, const char *prefix, const char *what) {
    sp_value_t it = sp_iter(vm, iterable);
    if (!it && sp_exc_matches(vm, SP_EXC_TypeError) && !sp_typeof(vm, iterable)->iter &&
        !sp_typeof(vm, iterable)->getitem) {
        sp_exc_fetch(vm);
        return sp_raise(vm, SP_EXC_TypeError, "%s%s, not %s", prefix, what, sp_type_name(vm, iterable));
    }
    return it;
}

int eval_list_extend(sp_vm_t *vm, sp_value_t list, sp_value_t iterable) {
    if (sp_is_list(iterable) || sp_is_tuple(iterable)) return sp_list_extend(vm, list, iterable);
    sp_value_t it = eval_iter_or(vm, iterable, "Value after * ", "must be an iterable");
    if (!it) return -1;
    return sp_list_extend(vm, list, it);
}

int eval_dict_update(sp_vm_t *vm, sp_value_t dict, sp_value_t other) {
    if (!sp_is_dict(other) && !sp_typeof(vm, other)->getitem) {
        sp_raise(vm, SP_EXC_TypeError, "'%s' object is not a mapping", sp_type_name(vm, other));
        return -1;
    }
    return sp_dict_update(vm, dict, other);
}

/* The "f()" of call error messages, as CPython's _PyObject_FunctionStr: "mod.qualname()" for
 * functions outside builtins, "print()" for builtins, "int()" for types. */
static void eval_callable_name(sp_vm_t *vm, sp_value_t callable, char *buf, size_t size) {
    if (sp_is_kind(callable, SP_K_BOUND_METHOD)) callable = SP_AS_BOUND(callable)->func;
    if (sp_is_function(callable)) {
        sp_function_t *fn = SP_AS_FUNCTION(callable);
        const char *qualname = sp_str_cstr(fn->qualname);
        if (sp_is_str(fn->module) && strcmp(sp_str_cstr(fn->module), "builtins") != 0)
            snprintf(buf, size, "%s.%s()", sp_str_cstr(fn->module), qualname);
        else
            snprintf(buf, size, "%s()", qualname);
    } else if (sp_is_kind(callable, SP_K_NATIVE_FUNC)) {
        sp_native_func_t *native = SP_AS_NATIVE(callable);
        if (native->module_name && sp_is_str(native->module_name) &&
            strcmp(sp_str_cstr(native->module_name), "builtins") != 0)
            snprintf(buf, size, "%s.%s()", sp_str_cstr(native->module_name), native->name);
        else
            snprintf(buf, size, "%s()", native->name);
    } else if (sp_is_type(callable)) {
        snprintf(buf, size, "%s()", SP_AS_TYPE(callable)->name);
    } else {
        snprintf(buf, size, "%s object", callable ? sp_type_name(vm, callable) : "function");
    }
}

int eval_dict_merge(sp_vm_t *vm, sp_value_t callable, sp_value_t dict, sp_value_t other) {
    char fname[128];
    if (!sp_is_dict(other)) {
        eval_callable_name(vm, callable, fname, sizeof fname);
        sp_raise(vm, SP_EXC_TypeError, "%s argument after ** must be a mapping, not %s", fname,
                 sp_type_name(vm, other));
        return -1;
    }
    int64_t pos = 0;
    sp_value_t key, value;
    while (sp_dict_next(other, &pos, &key, &value)) {
        if (!sp_is_str(key)) {
            sp_raise(vm, SP_EXC_TypeError, "keywords must be strings"); /* CPython names no function */
            return -1;
        }
        sp_value_t old = sp_dict_get(vm, dict, key);
        if (old) {
            eval_callable_name(vm, callable, fname, sizeof fname);
            sp_raise(vm, SP_EXC_TypeError, "%s got multiple values for keyword argument '%s'", fname,
                     sp_str_cstr(key));
            return -1;
        }
        if (vm->exc || sp_dict_set(vm, dict, key, value) < 0) return -1;
    }
    return 0;
}

/* ---- Unpacking -------------------------------------------------------------------------- */

/* The items of a list or tuple without copying, else NULL. */
static const sp_value_t *eval_seq_items(sp_value_t seq, int64_t *size) {
    if (sp_is_tuple(seq)) {
        *size = SP_AS_TUPLE(seq)->size;
        return SP_AS_TUPLE(seq)->items;
    }
    if (sp_is_list(seq)) {
        *size = SP_AS_LIST(seq)->size;
        return SP_AS_LIST(seq)->items;
    }
    return NULL;
}

static int eval_unpack_not_iterable(sp_vm_t *vm, sp_value_t seq) {
    sp_raise(vm, SP_EXC_TypeError, "cannot unpack non-iterable %s object", sp_type_name(vm, seq));
    return -1;
}

/* An iterator over seq, with CPython's unpacking message when it is not iterable. */
static sp_value_t eval_unpack_iter(sp_vm_t *vm, sp_value_t seq) {
    sp_value_t it = sp_iter(vm, seq);
    if (!it && sp_exc_matches(vm, SP_EXC_TypeError) && !sp_typeof(vm, seq)->iter && !sp_typeof(vm, seq)->getitem) {
        sp_exc_fetch(vm);
        eval_unpack_not_iterable(vm, seq);
    }
    return it;
}

int eval_unpack_sequence(sp_vm_t *vm, sp_value_t seq, int n, sp_value_t *dest) {
    int64_t size;
    const sp_value_t *items = eval_seq_items(seq, &size);
    if (items) {
        if (size < n) {
            sp_raise(vm, SP_EXC_ValueError, "not enough values to unpack (expected %d, got %lld)", n, (long long)size);
            return -1;
        }
        if (size > n) {
            sp_raise(vm, SP_EXC_ValueError, "too many values to unpack (expected %d)", n);
            return -1;
        }
        for (int i = 0; i < n; i++) dest[n - 1 - i] = items[i];
        return 0;
    }
    sp_value_t it = eval_unpack_iter(vm, seq);
    if (!it) return -1;
    for (int i = 0; i < n; i++) {
        sp_value_t v = sp_next(vm, it);
        if (!v) {
            if (!vm->exc)
                sp_raise(vm, SP_EXC_ValueError, "not enough values to unpack (expected %d, got %d)", n, i);
            return -1;
        }
        dest[n - 1 - i] = v;
    }
    sp_value_t extra = sp_next(vm, it);
    if (extra) {
        sp_raise(vm, SP_EXC_ValueError, "too many values to unpack (expected %d)", n);
        return -1;
    }
    return vm->exc ? -1 : 0;
}

int eval_unpack_ex(sp_vm_t *vm, sp_value_t seq, int before, int after, sp_value_t *dest) {
    sp_value_t list;
    int64_t size;
    if (eval_seq_items(seq, &size)) {
        list = sp_list_from_iterable(vm, seq);
    } else {
        sp_value_t it = eval_unpack_iter(vm, seq);
        if (!it) return -1;
        list = sp_list_from_iterable(vm, it);
    }
    if (!list) return -1;
    sp_list_t *items = SP_AS_LIST(list);
    if (items->size < before + after) {
        sp_raise(vm, SP_EXC_ValueError, "not enough values to unpack (expected at least %d, got %lld)",
                 before + after, (long long)items->size);
        return -1;
    }
    int total = before + 1 + after;
    int64_t middle_end = items->size - after;
    for (int i = 0; i < before; i++) dest[total - 1 - i] = items->items[i];
    sp_value_t middle = sp_list_from_array(vm, items->items + before, middle_end - before);
    if (!middle) return -1;
    dest[total - 1 - before] = middle;
    for (int i = 0; i < after; i++) dest[after - 1 - i] = items->items[middle_end + i];
    return 0;
}

/* ---- Functions and calls ---------------------------------------------------------------- */

/* Annotations arrive as a dict, or as a tuple of alternating names and values (CPython 3.11). */
static sp_value_t eval_annotations_dict(sp_vm_t *vm, sp_value_t annotations) {
    if (!sp_is_tuple(annotations)) return annotations;
    sp_value_t dict = sp_dict_new(vm);
    if (!dict) return SP_NULL;
    sp_tuple_t *pairs = SP_AS_TUPLE(annotations);
    for (int64_t i = 0; i + 1 < pairs->size; i += 2)
        if (sp_dict_set(vm, dict, pairs->items[i], pairs->items[i + 1]) < 0) return SP_NULL;
    return dict;
}

sp_value_t eval_make_function(sp_vm_t *vm, sp_frame_t *frame, unsigned flags, const sp_value_t *items) {
    int n = 1 + ((flags & 1) != 0) + ((flags & 2) != 0) + ((flags & 4) != 0) + ((flags & 8) != 0);
    sp_code_t *code = SP_PTR(sp_code_t, items[n - 1]);
    sp_value_t v = sp_function_new(vm, code, frame->globals);
    if (!v) return SP_NULL;
    sp_function_t *fn = SP_AS_FUNCTION(v);
    if (!fn->builtins) fn->builtins = frame->builtins;
    int i = 0; /* the parts sit in bit order, defaults lowest on the stack */
    if (flags & SP_MAKE_DEFAULTS) fn->defaults = items[i++];
    if (flags & SP_MAKE_KWDEFAULTS) fn->kwdefaults = items[i++];
    if (flags & SP_MAKE_ANNOTATIONS) {
        fn->annotations = eval_annotations_dict(vm, items[i++]);
        if (!fn->annotations) return SP_NULL;
    }
    if (flags & SP_MAKE_CLOSURE) fn->closure = items[i++];
    return v;
}

/* The positional part of f(*args): a tuple or list as is, anything else collected. */
static sp_value_t eval_star_args(sp_vm_t *vm, sp_value_t callable, sp_value_t args) {
    if (sp_is_tuple(args) || sp_is_list(args)) return args;
    char fname[128];
    eval_callable_name(vm, callable, fname, sizeof fname);
    sp_value_t it = eval_iter_or(vm, args, fname, " argument after * must be an iterable");
    if (!it) return SP_NULL;
    return sp_tuple_from_iterable(vm, it);
}

int eval_prepare_call_ex(sp_vm_t *vm, sp_value_t *callable, sp_value_t args, sp_value_t kwargs,
                         sp_value_t **out_args, int *out_nargs, sp_value_t *out_kwnames) {
    args = eval_star_args(vm, *callable, args);
    if (!args) return -1;
    if (kwargs && !sp_is_dict(kwargs)) {
        sp_value_t dict = sp_dict_new(vm);
        if (!dict || eval_dict_merge(vm, *callable, dict, kwargs) < 0) return -1;
        kwargs = dict;
    }
    int64_t npos;
    const sp_value_t *pos = eval_seq_items(args, &npos);
    int64_t nkw = kwargs ? SP_AS_DICT(kwargs)->used : 0;
    sp_value_t self = SP_NULL;
    if (sp_is_kind(*callable, SP_K_BOUND_METHOD) && sp_is_function(SP_AS_BOUND(*callable)->func)) {
        self = SP_AS_BOUND(*callable)->self;
        *callable = SP_AS_BOUND(*callable)->func;
    }
    int64_t total = npos + nkw + (self ? 1 : 0);
    sp_value_t *flat = sp_alloc(vm, (size_t)(total ? total : 1) * sizeof(sp_value_t));
    if (!flat) return -1;
    int64_t k = 0;
    if (self) flat[k++] = self;
    for (int64_t i = 0; i < npos; i++) flat[k++] = pos[i];
    *out_kwnames = SP_NULL;
    if (nkw) {
        sp_value_t names = sp_tuple_new(vm, nkw);
        if (!names) return -1;
        int64_t iter = 0, j = 0;
        sp_value_t key, value;
        while (sp_dict_next(kwargs, &iter, &key, &value)) {
            SP_AS_TUPLE(names)->items[j++] = key;
            flat[k++] = value;
        }
        *out_kwnames = names;
    }
    *out_args = flat;
    *out_nargs = (int)(npos + (self ? 1 : 0));
    return 0;
}

/* ---- Exceptions ------------------------------------------------------------------------- */

/* exc.__context__ = the handled exception, breaking any cycle that would create (as CPython). */
static void eval_set_context(sp_vm_t *vm, sp_value_t exc) {
    sp_value_t handled = vm->exc_info;
    if (!sp_is_exception(exc) || !handled || handled == SP_NONE || handled == exc) return;
    for (sp_value_t o = handled; sp_is_exception(o);) {
        sp_value_t next = SP_AS_EXC(o)->context;
        if (next == exc) {
            SP_AS_EXC(o)->context = SP_NONE;
            break;
        }
        o = next;
    }
    SP_AS_EXC(exc)->context = handled;
}

/* Turns an exception class into an instance; other values are checked by the caller. */
static sp_value_t eval_instantiate(sp_vm_t *vm, sp_value_t v) {
    if (sp_is_type(v) && type_is_subtype(SP_AS_TYPE(v), vm->exc_types[SP_EXC_BaseException])) {
        sp_value_t inst = sp_call(vm, v, NULL, 0, SP_NULL);
        if (inst && !sp_is_exception(inst)) {
            return sp_raise(vm, SP_EXC_TypeError,
                            "calling %s should have returned an instance of BaseException, not %s",
                            SP_AS_TYPE(v)->name, sp_type_name(vm, inst));
        }
        return inst;
    }
    return v;
}

void eval_raise(sp_vm_t *vm, sp_value_t exc, sp_value_t cause) {
    exc = eval_instantiate(vm, exc);
    if (!exc) return;
    if (!sp_is_exception(exc)) {
        sp_raise(vm, SP_EXC_TypeError, "exceptions must derive from BaseException");
        return;
    }
    if (cause) {
        if (cause != SP_NONE) {
            cause = eval_instantiate(vm, cause);
            if (!cause) return;
            if (!sp_is_exception(cause)) {
                sp_raise(vm, SP_EXC_TypeError, "exception causes must derive from BaseException");
                return;
            }
        }
        SP_AS_EXC(exc)->cause = cause;
        SP_AS_EXC(exc)->suppress_context = 1;
    }
    eval_set_context(vm, exc);
    vm->exc = exc;
}

int eval_reraise_active(sp_vm_t *vm) {
    if (!vm->exc_info || vm->exc_info == SP_NONE) {
        sp_raise(vm, SP_EXC_RuntimeError, "No active exception to reraise");
        return 0;
    }
    vm->exc = vm->exc_info;
    return 1;
}

/* One `except` type: 0/1, or -1 when it is not an exception class. */
static int eval_exc_match_one(sp_vm_t *vm, sp_type_t *exc_type, sp_value_t type) {
    if (!sp_is_type(type) || !type_is_subtype(SP_AS_TYPE(type), vm->exc_types[SP_EXC_BaseException])) {
        sp_raise(vm, SP_EXC_TypeError, "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    return type_is_subtype(exc_type, SP_AS_TYPE(type));
}

int eval_exc_match(sp_vm_t *vm, sp_value_t exc, sp_value_t type) {
    sp_type_t *exc_type = sp_typeof(vm, exc);
    if (!sp_is_tuple(type)) return eval_exc_match_one(vm, exc_type, type);
    int matched = 0;
    for (int64_t i = 0; i < SP_AS_TUPLE(type)->size; i++) {
        int r = eval_exc_match_one(vm, exc_type, SP_AS_TUPLE(type)->items[i]);
        if (r < 0) return -1;
        matched |= r;
    }
    return matched;
}

void eval_note_error(sp_vm_t *vm, sp_frame_t *frame) {
    sp_value_t exc = vm->exc;
    if (!exc) { /* a helper failed without setting an error: report it rather than crash */
        sp_raise(vm, SP_EXC_SystemError, "error return without exception set");
        exc = vm->exc;
    }
    if (!sp_is_exception(exc)) return;
    /* A fresh exception has no traceback yet; one that has been through a frame (from a nested
     * C call into Python) already got its __context__ where it was raised. */
    if (!SP_AS_EXC(exc)->traceback) eval_set_context(vm, exc);
    exc_add_traceback(vm, exc, frame->code, frame_current_line(frame));
}

sp_frame_t *eval_unwind(sp_vm_t *vm, sp_frame_t *frame) {
    for (;;) {
        int32_t failed = (int32_t)(frame->pc - frame->code->insns) - 1;
        const sp_exc_entry_t *entry = code_find_handler(frame->code, failed);
        if (entry) {
            frame->sp = frame->stack_base + entry->depth;
            *frame->sp++ = vm->exc;
            vm->exc = SP_NULL;
            frame->pc = frame->code->insns + entry->handler;
            return frame;
        }
        sp_frame_t *caller = frame->prev;
        bool entry_frame = frame->is_entry;
        if (frame->gen) gen_frame_done(vm, frame);
        eval_frame_exit(vm, frame);
        if (entry_frame) return NULL;
        /* The caller's failing instruction is its CALL: it joins the traceback. */
        frame = caller;
        if (sp_is_exception(vm->exc)) exc_add_traceback(vm, vm->exc, frame->code, frame_current_line(frame));
    }
}

void eval_bad_opcode(sp_vm_t *vm, uint32_t insn) {
    unsigned op = SP_INSN_OP(insn);
    sp_raise(vm, SP_EXC_SystemError, "opcode %s not supported yet", op < OP__COUNT ? sp_opcode_info[op].name : "?");
}

/* ---- Imports, classes, with --------------------------------------------------------------- */

sp_value_t eval_import_name(sp_vm_t *vm, sp_frame_t *frame, sp_value_t name, sp_value_t fromlist,
                            sp_value_t level) {
    int64_t lvl = 0;
    if (level != SP_NONE && sp_index(vm, level, &lvl) < 0) return SP_NULL;
    return sp_import_level(vm, name, frame->globals, fromlist, (int)lvl);
}

sp_value_t eval_import_from(sp_vm_t *vm, sp_value_t module, sp_value_t name) {
    return import_from(vm, module, name);
}

int eval_import_star(sp_vm_t *vm, sp_frame_t *frame, sp_value_t module) {
    sp_value_t scope = frame->locals_dict ? frame->locals_dict : frame->globals;
    return import_star(vm, module, scope);
}

sp_value_t eval_load_build_class(sp_vm_t *vm, sp_frame_t *frame) {
    sp_value_t v = sp_dict_get_cstr(vm, frame->builtins, "__build_class__");
    if (v) return v;
    return sp_raise(vm, SP_EXC_NameError, "__build_class__ not found");
}

int eval_setup_annotations(sp_vm_t *vm, sp_frame_t *frame) {
    sp_value_t scope = frame->locals_dict ? frame->locals_dict : frame->globals;
    if (!eval_scope_is_dict(vm, scope)) {
        sp_value_t key = sp_str_intern_cstr(vm, "__annotations__");
        sp_value_t v = sp_getitem(vm, scope, key);
        if (v != SP_NULL) return 0;
        if (!sp_exc_matches(vm, SP_EXC_KeyError)) return -1;
        vm->exc = SP_NULL;
        sp_value_t dict = sp_dict_new(vm);
        return dict ? sp_setitem(vm, scope, key, dict) : -1;
    }
    if (sp_dict_get_cstr(vm, scope, "__annotations__")) return 0;
    sp_value_t dict = sp_dict_new(vm);
    return dict ? sp_dict_set_cstr(vm, scope, "__annotations__", dict) : -1;
}

/* A context manager's __enter__ or __exit__, SP_NULL with no error when there is none. An
 * AttributeError raised by a descriptor the type does hold (a property) propagates, as in
 * CPython's _PyObject_LookupSpecial. */
static sp_value_t eval_with_method(sp_vm_t *vm, sp_value_t mgr, const char *name) {
    sp_value_t key = sp_str_intern_cstr(vm, name);
    if (type_lookup(vm, sp_typeof(vm, mgr), key) != SP_NULL) return sp_getattr(vm, mgr, key);
    return sp_getattr_opt(vm, mgr, key);
}

sp_value_t eval_before_with(sp_vm_t *vm, sp_value_t mgr, sp_value_t *exit_out) {
    sp_value_t enter = eval_with_method(vm, mgr, "__enter__");
    sp_value_t exit_method = enter ? eval_with_method(vm, mgr, "__exit__") : SP_NULL;
    if (!enter || !exit_method) {
        if (vm->exc) return SP_NULL;
        return sp_raise(vm, SP_EXC_TypeError, "'%s' object does not support the context manager protocol%s",
                        sp_type_name(vm, mgr), enter ? " (missed __exit__ method)" : "");
    }
    *exit_out = exit_method;
    return sp_call(vm, enter, NULL, 0, SP_NULL);
}

sp_value_t eval_with_except_start(sp_vm_t *vm, sp_value_t exit_method, sp_value_t exc) {
    sp_value_t tb = SP_NONE;
    if (sp_is_exception(exc) && SP_AS_EXC(exc)->traceback) tb = SP_OBJ(SP_AS_EXC(exc)->traceback);
    sp_value_t args[3] = {SP_OBJ(sp_typeof(vm, exc)), exc, tb};
    return sp_call(vm, exit_method, args, 3, SP_NULL);
}
