/* builtins_eval.c: the builtins that run source text — eval, exec and compile — with CPython
 * 3.11's namespace rules. Compiling is compiler/'s job; this file only picks namespaces. */
#include <string.h>

#include "compiler/compiler.h"
#include "runtime/runtime.h"

/* The source text of eval/exec/compile's first argument (str or bytes), or NULL with
 * TypeError naming the function. */
static const char *beval_source_text(sp_vm_t *vm, sp_value_t src, const char *fname, const char *what,
                                     size_t *size) {
    const char *text;
    if (sp_is_str(src)) {
        *size = (size_t)SP_AS_STR(src)->size;
        text = SP_AS_STR(src)->data;
    } else if (sp_is_kind(src, SP_K_BYTES)) {
        *size = (size_t)SP_AS_BYTES(src)->size;
        text = (const char *)SP_AS_BYTES(src)->data;
    } else {
        sp_raise(vm, SP_EXC_TypeError, "%s() arg 1 must be a %s object", fname, what);
        return NULL;
    }
    /* CPython rejects the string itself, before parsing (no file/line in the error). */
    if (memchr(text, 0, *size)) {
        sp_raise(vm, SP_EXC_SyntaxError, "source code string cannot contain null bytes");
        return NULL;
    }
    return text;
}

/* Compiling near the recursion limit fails the way CPython's compiler does (its own nesting
 * counts on top of the depth it starts from, so it needs a few levels of headroom), so runaway
 * exec/eval recursion names the same error. */
#define BEVAL_COMPILE_HEADROOM 2
static sp_code_t *beval_compile(sp_vm_t *vm, const char *text, size_t size, const char *filename,
                                sp_parse_mode_t mode) {
    if (vm->c_depth + BEVAL_COMPILE_HEADROOM >= SP_MAX_C_DEPTH ||
        vm->frame_depth + BEVAL_COMPILE_HEADROOM >= vm->recursion_limit) {
        sp_raise(vm, SP_EXC_RecursionError, "maximum recursion depth exceeded during compilation");
        return NULL;
    }
    return compile_source(vm, text, size, filename, mode);
}

/* Compiles a str/bytes argument, or passes a code object through. eval strips leading
 * spaces and tabs, as CPython does. */
static sp_code_t *beval_code(sp_vm_t *vm, sp_value_t src, const char *fname, sp_parse_mode_t mode) {
    if (sp_is_kind(src, SP_K_CODE)) return SP_PTR(sp_code_t, src);
    size_t size;
    const char *text = beval_source_text(vm, src, fname, "string, bytes or code", &size);
    if (!text) return NULL;
    if (mode == SP_PARSE_EVAL)
        while (size > 0 && (*text == ' ' || *text == '\t')) text++, size--;
    return beval_compile(vm, text, size, "<string>", mode);
}

/* The builtins dict a globals dict names in __builtins__ (a module or a dict), adding the
 * VM's builtins when it has none (CPython does the same). */
static sp_value_t beval_builtins_for(sp_vm_t *vm, sp_value_t globals) {
    sp_value_t b = sp_dict_get(vm, globals, vm->s___builtins__);
    if (!b) {
        if (vm->exc || sp_dict_set(vm, globals, vm->s___builtins__, vm->builtins) < 0) return SP_NULL;
        return vm->builtins;
    }
    if (sp_is_kind(b, SP_K_MODULE)) return SP_AS_MODULE(b)->dict;
    return sp_is_dict(b) ? b : vm->builtins;
}

/* The caller's locals: the namespace dict of module/class code, else a snapshot. */
static sp_value_t beval_caller_locals(sp_vm_t *vm) {
    sp_value_t locals_fn = sp_dict_get_cstr(vm, vm->builtins, "locals");
    if (!locals_fn) return SP_NULL;
    return sp_call(vm, locals_fn, NULL, 0, SP_NULL);
}

/* Runs module-style code with explicit namespaces in a nested eval loop. */
static sp_value_t beval_run(sp_vm_t *vm, sp_code_t *code, sp_value_t globals, sp_value_t locals) {
    sp_value_t builtins = beval_builtins_for(vm, globals);
    if (!builtins) return SP_NULL;
    if (vm->c_depth >= SP_MAX_C_DEPTH) return sp_raise(vm, SP_EXC_RecursionError, "maximum recursion depth exceeded");
    vm->c_depth++;
    sp_value_t result = SP_NULL;
    sp_frame_t *frame = frame_push(vm, code, NULL, globals, builtins, locals);
    if (frame) result = sp_eval_frame(vm, frame);
    vm->c_depth--;
    return result;
}

/* eval/exec: checks (source, globals, locals) and runs the code. */
static sp_value_t beval_common(sp_vm_t *vm, const char *fname, const sp_value_t *args, int nargs,
                               sp_value_t kwnames, sp_parse_mode_t mode) {
    /* eval(source, globals=None, locals=None, /); exec adds a keyword-only closure. */
    sp_value_t a[4];
    if (sp_parse_args(vm, fname, mode == SP_PARSE_EVAL ? "source, globals=, locals=, /"
                                                      : "source, globals=, locals=, /, *, closure=",
                      args, nargs, kwnames, a) < 0)
        return SP_NULL;
    if (mode != SP_PARSE_EVAL && a[3] && a[3] != SP_NONE)
        return sp_raise(vm, SP_EXC_TypeError, sp_is_kind(a[0], SP_K_CODE)
                                                  ? "cannot use a closure with this code object"
                                                  : "closure can only be used when source is a code object");
    sp_value_t globals = a[1] ? a[1] : SP_NONE, locals = a[2] ? a[2] : SP_NONE;
    /* eval checks locals first; exec checks globals first and names the type. */
    if (mode == SP_PARSE_EVAL && locals != SP_NONE && !sp_is_dict(locals) && !sp_typeof(vm, locals)->getitem)
        return sp_raise(vm, SP_EXC_TypeError, "locals must be a mapping");
    if (globals != SP_NONE && !sp_is_dict(globals)) {
        if (mode == SP_PARSE_EVAL && !sp_typeof(vm, globals)->getitem)
            return sp_raise(vm, SP_EXC_TypeError, "globals must be a dict");
        if (mode == SP_PARSE_EVAL)
            return sp_raise(vm, SP_EXC_TypeError, "globals must be a real dict; try eval(expr, {}, mapping)");
        return sp_raise(vm, SP_EXC_TypeError, "exec() globals must be a dict, not %s", sp_type_name(vm, globals));
    }
    if (locals != SP_NONE && !sp_is_dict(locals)) {
        if (!sp_typeof(vm, locals)->getitem)
            return sp_raise(vm, SP_EXC_TypeError, "locals must be a mapping or None, not %s",
                            sp_type_name(vm, locals));
        return sp_raise(vm, SP_EXC_TypeError, "%s() locals other than a dict are not supported", fname);
    }
    if (globals == SP_NONE) {
        if (!vm->frame) return sp_raise(vm, SP_EXC_SystemError, "%s() needs a running frame", fname);
        globals = vm->frame->globals;
        if (locals == SP_NONE) locals = beval_caller_locals(vm);
        if (!locals) return SP_NULL;
    } else if (locals == SP_NONE) {
        locals = globals;
    }
    sp_code_t *code = beval_code(vm, args[0], fname, mode);
    if (!code) return SP_NULL;
    if (code->n_freevars > 0)
        return sp_raise(vm, SP_EXC_TypeError, "code object passed to %s() may not contain free variables", fname);
    sp_value_t result = beval_run(vm, code, globals, locals);
    if (!result || mode == SP_PARSE_EVAL) return result;
    return SP_NONE;
}

static sp_value_t builtin_eval(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return beval_common(vm, "eval", args, nargs, kwnames, SP_PARSE_EVAL);
}

static sp_value_t builtin_exec(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    return beval_common(vm, "exec", args, nargs, kwnames, SP_PARSE_FILE);
}

/* compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1) -> code. */
static sp_value_t builtin_compile(sp_vm_t *vm, const sp_value_t *args, int nargs, sp_value_t kwnames) {
    sp_value_t a[6];
    if (sp_parse_args(vm, "compile", "source, filename, mode, flags=, dont_inherit=, optimize=", args, nargs,
                      kwnames, a) < 0)
        return SP_NULL;
    /* Argument Clinic converts every argument, in order, before the body runs. */
    if (sp_is_kind(a[1], SP_K_BYTES))
        a[1] = sp_str_new(vm, (const char *)SP_AS_BYTES(a[1])->data, (size_t)SP_AS_BYTES(a[1])->size);
    if (!a[1]) return SP_NULL;
    if (!sp_is_str(a[1]))
        return sp_raise(vm, SP_EXC_TypeError, "expected str, bytes or os.PathLike object, not %s",
                        sp_type_name(vm, a[1]));
    if (!sp_is_str(a[2]))
        return sp_raise(vm, SP_EXC_TypeError, "compile() argument 'mode' must be str, not %s",
                        sp_arg_type_name(vm, a[2]));
    for (int i = 3; i < 6; i++) {
        int64_t ignored;
        if (a[i] && sp_index(vm, a[i], &ignored) < 0) return SP_NULL;
    }
    if (sp_is_kind(a[0], SP_K_CODE)) return a[0];
    const char *mode = sp_str_cstr(a[2]);
    sp_parse_mode_t pm;
    if (!strcmp(mode, "exec"))
        pm = SP_PARSE_FILE;
    else if (!strcmp(mode, "eval"))
        pm = SP_PARSE_EVAL;
    else if (!strcmp(mode, "single"))
        return sp_raise(vm, SP_EXC_ValueError, "compile() mode 'single' is not supported");
    else
        return sp_raise(vm, SP_EXC_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    size_t size;
    const char *text = beval_source_text(vm, a[0], "compile", "string, bytes or AST", &size);
    if (!text) return SP_NULL;
    sp_code_t *code = beval_compile(vm, text, size, sp_str_cstr(a[1]), pm);
    return code ? SP_OBJ(code) : SP_NULL;
}

static const sp_method_def_t beval_functions[] = {
    {"eval", builtin_eval},
    {"exec", builtin_exec},
    {"compile", builtin_compile},
    {NULL, NULL},
};

void builtins_eval_init(sp_vm_t *vm, sp_value_t module) {
    module_add_functions(vm, module, beval_functions);
}
