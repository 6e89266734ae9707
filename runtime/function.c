/* function.c: the callable objects — Python functions, cells, C functions (builtins and bound
 * C methods), method descriptors and bound methods — and how each is called and shown. */
#include <string.h>

#include "runtime/runtime.h"

/* Arguments up to this many are re-packed on the C stack when self must be prepended; more
 * go to a GC buffer (never malloc: the values must stay visible to the collector). */
#define FUNC_STACK_ARGS 16

/* Identity hash shared by the method objects (they hash by what they bind). */
static int64_t func_mix_pointers(sp_value_t a, sp_value_t b) {
    uint64_t h = ((uint64_t)a >> 4) * UINT64_C(0x9E3779B97F4A7C15) ^ ((uint64_t)b >> 4);
    int64_t r = (int64_t)(h >> 1);
    return r == -1 ? -2 : r;
}

/* Calls fn with self prepended to args (the kwnames values follow the positionals). */
static sp_value_t func_call_with_self(sp_vm_t *vm, sp_value_t callable, sp_native_fn_t fn, sp_value_t self,
                                      const sp_value_t *args, int nargs, sp_value_t kwnames) {
    int nkw = kwnames != SP_NULL ? (int)SP_AS_TUPLE(kwnames)->size : 0;
    int total = nargs + nkw + 1;
    sp_value_t stack_buf[FUNC_STACK_ARGS];
    sp_value_t *buf = stack_buf;
    if (total > FUNC_STACK_ARGS) {
        buf = sp_alloc(vm, sizeof(sp_value_t) * (size_t)total);
        if (buf == NULL) return SP_NULL;
    }
    buf[0] = self;
    if (total > 1) memcpy(buf + 1, args, sizeof(sp_value_t) * (size_t)(total - 1));
    if (fn != NULL) return fn(vm, buf, nargs + 1, kwnames);
    return sp_call(vm, callable, buf, nargs + 1, kwnames);
}

/* ---- Python functions ------------------------------------------------------------------------ */

sp_value_t sp_function_new(sp_vm_t *vm, sp_code_t *code, sp_value_t globals) {
    sp_function_t *fn = (sp_function_t *)sp_new_object(vm, vm->types[SP_K_FUNCTION], sizeof(sp_function_t));
    if (fn == NULL) return SP_NULL;
    fn->code = code;
    fn->globals = globals;
    fn->builtins = vm->builtins;
    fn->name = code->name;
    fn->qualname = code->qualname != SP_NULL ? code->qualname : code->name;
    fn->doc = code->doc != SP_NULL ? code->doc : SP_NONE;
    sp_value_t module = sp_is_dict(globals) ? sp_dict_get(vm, globals, vm->s___name__) : SP_NULL;
    if (module == SP_NULL && vm->exc != SP_NULL) vm->exc = SP_NULL;
    fn->module = module != SP_NULL ? module : SP_NONE;
    fn->defaults = fn->kwdefaults = fn->closure = fn->annotations = fn->dict = SP_NULL;
    return SP_OBJ(fn);
}

static sp_value_t function_call(sp_vm_t *vm, sp_value_t self, const sp_value_t *args, int nargs,
                                sp_value_t kwnames) {
    return sp_call_function(vm, SP_AS_FUNCTION(self), args, nargs, kwnames);
}

static sp_value_t function_repr(sp_vm_t *vm, sp_value_t self) {
    sp_function_t *fn = SP_AS_FUNCTION(self);
    return sp_str_format(vm, "<function %s at %p>", sp_str_cstr(fn->qualname), (void *)fn);
}

/* fn->dict, created on first use. */
static sp_value_t function_dict(sp_vm_t *vm, sp_function_t *fn) {
    if (fn->dict == SP_NULL) fn->dict = sp_dict_new(vm);
    return fn->dict;
}

/* The function attributes kept in the struct; SP_NULL when `attr` is not one. */
static sp_value_t function_struct_attr(sp_vm_t *vm, sp_function_t *fn, const char *attr) {
    if (attr[0] != '_' || attr[1] != '_') return SP_NULL;
    if (!strcmp(attr, "__name__")) return fn->name;
    if (!strcmp(attr, "__qualname__")) return fn->qualname;
    if (!strcmp(attr, "__module__")) return fn->module;
    if (!strcmp(attr, "__doc__")) return fn->doc;
    if (!strcmp(attr, "__defaults__")) return fn->defaults != SP_NULL ? fn->defaults : SP_NONE;
    if (!strcmp(attr, "__kwdefaults__")) return fn->kwdefaults != SP_NULL ? fn->kwdefaults : SP_NONE;
    if (!strcmp(attr, "__code__")) return SP_OBJ(fn->code);
    if (!strcmp(attr, "__globals__")) return fn->globals;
    if (!strcmp(attr, "__builtins__")) return fn->builtins;
    if (!strcmp(attr, "__closure__")) return fn->closure != SP_NULL ? fn->closure : SP_NONE;
    if (!strcmp(attr, "__dict__")) return function_dict(vm, fn);
    if (!strcmp(attr, "__annotations__")) {
        if (fn->annotations == SP_NULL) fn->annotations = sp_dict_new(vm);
        return fn->annotations;
    }
    return SP_NULL;
}

static sp_value_t function_getattr(sp_vm_t *vm, sp_value_t self, sp_value_t name) {
    sp_function_t *fn = SP_AS_FUNCTION(self);
    sp_value_t v = function_struct_attr(vm, fn, sp_str_cstr(name));
    if (v != SP_NULL || vm->exc != SP_NULL) return v;
    if (fn->dict != SP_NULL) {
        v = sp_dict_get(vm, fn->dict, name);
        if (v != SP_NULL || vm->exc != SP_NULL) return v;
    }
    return sp_generic_getattr(vm, self, name);
}

/* Checks the type of a value assigned to a typed function attribute. */
static int function_check_kind(sp_vm_t *vm, sp_value_t value, sp_kind_t kind, bool none_ok, const char *attr,
                               const char *what) {
    if ((value != SP_NULL && sp_is_kind(value, kind)) || (none_ok && (value == SP_NONE || value == SP_NULL)))
        return 0;
    sp_raise(vm, SP_EXC_TypeError, "%s must be set to a %s object", attr, what);
    return -1;
}

/* Assigns one of the struct-backed attributes; returns 1 when `attr` is not one of them. */
static int function_set_struct_attr(sp_vm_t *vm, sp_function_t *fn, const char *attr, sp_value_t value) {
    if (!strcmp(attr, "__name__") || !strcmp(attr, "__qualname__")) {
        if (function_check_kind(vm, value, SP_K_STR, false, attr, "string") < 0) return -1;
        *(attr[2] == 'n' ? &fn->name : &fn->qualname) = value;
        return 0;
    }
    if (!strcmp(attr, "__defaults__") || !strcmp(attr, "__kwdefaults__")) {
        bool kw = attr[2] == 'k';
        if (function_check_kind(vm, value, kw ? SP_K_DICT : SP_K_TUPLE, true, attr, kw ? "dict" : "tuple") <
            0)
            return -1;
        *(kw ? &fn->kwdefaults : &fn->defaults) = value == SP_NONE ? SP_NULL : value;
        return 0;
    }
    if (!strcmp(attr, "__doc__") || !strcmp(attr, "__module__")) {
        *(attr[2] == 'd' ? &fn->doc : &fn->module) = value != SP_NULL ? value : SP_NONE;
        return 0;
    }
    if (!strcmp(attr, "__code__")) {
        if (function_check_kind(vm, value, SP_K_CODE, false, attr, "code") < 0) return -1;
        fn->code = SP_PTR(sp_code_t, value);
        return 0;
    }
    if (!strcmp(attr, "__dict__")) {
        if (value == SP_NULL || !sp_is_dict(value)) {
            sp_raise(vm, SP_EXC_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                     value == SP_NULL ? "NoneType" : sp_type_name(vm, value));
            return -1;
        }
        fn->dict = value;
        return 0;
    }
    if (!strcmp(attr, "__annotations__")) {
        fn->annotations = value == SP_NONE ? SP_NULL : value;
        return 0;
    }
    if (!strcmp(attr, "__globals__") || !strcmp(attr, "__closure__") || !strcmp(attr, "__builtins__")) {
        sp_raise(vm, SP_EXC_AttributeError, "readonly attribute");
        return -1;
    }
    return 1;
}

static int function_setattr(sp_vm_t *vm, sp_value_t self, sp_value_t name, sp_value_t value) {
    sp_function_t *fn = SP_AS_FUNCTION(self);
    int r = function_set_struct_attr(vm, fn, sp_str_cstr(name), value);
    if (r <= 0) return r;
    if (value != SP_NULL) {
        sp_value_t dict = function_dict(vm, fn);
        return dict == SP_NULL ? -1 : sp_dict_set(vm, dict, name, value);
    }
    r = fn->dict != SP_NULL ? sp_dict_del(vm, fn->dict, name) : 0;
    if (r == 0)
        sp_raise(vm, SP_EXC_AttributeError, "'function' object has no attribute '%s'", sp_str_cstr(name));
    return r > 0 ? 0 : -1;
}

/* ---- Code objects (their layout is vm/code.h's; only how they show is here) ------------------ */

static sp_value_t code_repr(sp_vm_t *vm, sp_value_t self) {
    sp_code_t *code = SP_PTR(sp_code_t, self);
    return sp_str_format(vm, "<code object %s at %p, file \"%s\", line %d>",
                         sp_is_str(code->name) ? sp_str_cstr(code->name) : "?", (void *)code,
                         sp_is_str(code->filename) ? sp_str_cstr(code->filename) : "?", code->firstlineno);
}

static sp_value_t code_getattr(sp_vm_t *vm, sp_value_t self, sp_value_t name) {
    sp_code_t *code = SP_PTR(sp_code_t, self);
    const char *attr = sp_str_cstr(name);
    if (!strcmp(attr, "co_name")) return code->name;
    if (!strcmp(attr, "co_qualname")) return code->qualname;
    if (!strcmp(attr, "co_filename")) return code->filename;
    if (!strcmp(attr, "co_firstlineno")) return sp_int_from_i64(vm, code->firstlineno);
    if (!strcmp(attr, "co_argcount")) return sp_int_from_i64(vm, code->argcount);
    if (!strcmp(attr, "co_posonlyargcount")) return sp_int_from_i64(vm, code->posonlyargcount);
    if (!strcmp(attr, "co_kwonlyargcount")) return sp_int_from_i64(vm, code->kwonlyargcount);
    if (!strcmp(attr, "co_nlocals")) return sp_int_from_i64(vm, code->n_locals);
    if (!strcmp(attr, "co_flags")) return sp_int_from_i64(vm, code->flags);
    if (!strcmp(attr, "co_varnames")) return sp_tuple_from_array(vm, code->localnames, code->n_locals);
    if (!strcmp(attr, "co_names")) return sp_tuple_from_array(vm, code->names, code->n_names);
    if (!strcmp(attr, "co_consts")) return sp_tuple_from_array(vm, code->consts, code->n_consts);
    if (!strcmp(attr, "co_cellvars")) return sp_tuple_from_array(vm, code->cellnames, code->n_cellvars);
    if (!strcmp(attr, "co_freevars")) return sp_tuple_from_array(vm, code->freenames, code->n_freevars);
    return sp_generic_getattr(vm, self, name);
}

/* ---- Cells ------------------------------------------------------------------------------------ */

sp_value_t sp_cell_new(sp_vm_t *vm, sp_value_t value) {
    sp_cell_t *cell = (sp_cell_t *)sp_new_object(vm, vm->types[SP_K_CELL], sizeof(sp_cell_t));
    if (cell == NULL) return SP_NULL;
    cell->value = value;
    return SP_OBJ(cell);
}

static sp_value_t cell_repr(sp_vm_t *vm, sp_value_t self) {
    sp_cell_t *cell = SP_AS_CELL(self);
    if (cell->value == SP_NULL) return sp_str_format(vm, "<cell at %p: empty>", (void *)cell);
    return sp_str_format(vm, "<cell at %p: %s object at %p>", (void *)cell, sp_type_name(vm, cell->value),
                         (void *)(uintptr_t)cell->value);
}

static sp_value_t cell_getattr(sp_vm_t *vm, sp_value_t self, sp_value_t name) {
    if (!strcmp(sp_str_cstr(name), "cell_contents")) {
        sp_cell_t *cell = SP_AS_CELL(self);
        if (cell->value == SP_NULL) return sp_raise(vm, SP_EXC_ValueError, "Cell is empty");
        return cell->value;
    }
    return sp_generic_getattr(vm, self, name);
}

/* ---- C functions (builtin_function_or_method) ------------------------------------------------- */

sp_value_t sp_native_new(sp_vm_t *vm, const char *name, sp_native_fn_t fn, sp_value_t self) {
    sp_native_func_t *nf =
        (sp_native_func_t *)sp_new_object(vm, vm->types[SP_K_NATIVE_FUNC], sizeof(sp_native_func_t));
    if (nf == NULL) return SP_NULL;
    nf->name = name;
    nf->fn = fn;
    nf->self = self;
    nf->module_name = SP_NULL;
    return SP_OBJ(nf);
}

/* CPython 3.11 checks the recursion depth when its eval loop calls a one-argument (METH_O) C
 * function such as repr() or hash() or a method like __format__ (" while calling a Python
 * object"), but not for the other builtins it calls through specialised paths. Near the limit,
 * runaway recursion through such a call therefore ends with that message: checked here, not
 * counted (the Python calls nested inside count themselves). */
static int func_check_c_depth(sp_vm_t *vm, const char *name) {
    static const char *const checked[] = {"repr", "hash", "ascii", "callable", "chr", "hex", "oct", "bin",
                                          "id", "ord", "abs", "any", "all", "__format__", NULL};
    if (!SP_UNLIKELY(vm->c_depth >= SP_MAX_C_DEPTH - 1)) return 0;
    for (int i = 0; checked[i] != NULL; i++) {
        if (strcmp(name, checked[i]) != 0) continue;
        sp_raise(vm, SP_EXC_RecursionError, "maximum recursion depth exceeded while calling a Python object");
        return -1;
    }
    return 0;
}

static sp_value_t native_call(sp_vm_t *vm, sp_value_t self, const sp_value_t *args, int nargs,
                              sp_value_t kwnames) {
    sp_native_func_t *nf = SP_AS_NATIVE(self);
    if (func_check_c_depth(vm, nf->name) < 0) return SP_NULL;
    if (nf->self == SP_NULL) return nf->fn(vm, args, nargs, kwnames);
    return func_call_with_self(vm, SP_NULL, nf->fn, nf->self, args, nargs, kwnames);
}

static sp_value_t native_repr(sp_vm_t *vm, sp_value_t self) {
    sp_native_func_t *nf = SP_AS_NATIVE(self);
    if (nf->self == SP_NULL || sp_is_kind(nf->self, SP_K_MODULE))
        return sp_str_format(vm, "<built-in function %s>", nf->name);
    return sp_str_format(vm, "<built-in method %s of %s object at %p>", nf->name, sp_type_name(vm, nf->self),
                         (void *)(uintptr_t)nf->self);
}

static sp_value_t native_getattr(sp_vm_t *vm, sp_value_t self, sp_value_t name) {
    sp_native_func_t *nf = SP_AS_NATIVE(self);
    const char *attr = sp_str_cstr(name);
    bool is_method = nf->self != SP_NULL && !sp_is_kind(nf->self, SP_K_MODULE);
    if (!strcmp(attr, "__name__")) return sp_str_from_cstr(vm, nf->name);
    if (!strcmp(attr, "__qualname__")) {
        if (!is_method) return sp_str_from_cstr(vm, nf->name);
        const char *owner = sp_is_type(nf->self) ? SP_AS_TYPE(nf->self)->name : sp_type_name(vm, nf->self);
        return sp_str_format(vm, "%s.%s", owner, nf->name);
    }
    if (!strcmp(attr, "__module__")) return nf->module_name != SP_NULL ? nf->module_name : SP_NONE;
    if (!strcmp(attr, "__self__")) {
        if (nf->self != SP_NULL) return nf->self;
        sp_value_t mod = nf->module_name != SP_NULL ? sp_dict_get(vm, vm->modules, nf->module_name) : SP_NULL;
        vm->exc = SP_NULL;
        return mod != SP_NULL ? mod : SP_NONE;
    }
    if (!strcmp(attr, "__doc__") || !strcmp(attr, "__text_signature__")) return SP_NONE;
    return sp_generic_getattr(vm, self, name);
}

static sp_value_t native_richcompare(sp_vm_t *vm, sp_value_t a, sp_value_t b, sp_cmp_t op) {
    if ((op != SP_CMP_EQ && op != SP_CMP_NE) || !sp_is_kind(b, SP_K_NATIVE_FUNC)) return SP_NOTIMPLEMENTED;
    sp_native_func_t *x = SP_AS_NATIVE(a), *y = SP_AS_NATIVE(b);
    bool eq = x->fn == y->fn && x->self == y->self;
    return sp_bool(op == SP_CMP_EQ ? eq : !eq);
}

static int native_hash(sp_vm_t *vm, sp_value_t self, int64_t *out) {
    sp_native_func_t *nf = SP_AS_NATIVE(self);
    *out = func_mix_pointers((sp_value_t)(uintptr_t)nf->fn, nf->self);
    return 0;
}

/* ---- Method descriptors ----------------------------------------------------------------------- */

static sp_value_t method_desc_call(sp_vm_t *vm, sp_value_t self, const sp_value_t *args, int nargs,
                                   sp_value_t kwnames) {
    sp_method_desc_t *desc = SP_AS_METHOD_DESC(self);
    if (func_check_c_depth(vm, desc->name) < 0) return SP_NULL;
    if (nargs < 1)
        return sp_raise(vm, SP_EXC_TypeError, "unbound method %s.%s() needs an argument", desc->owner->name,
                        desc->name);
    if (!sp_isinstance(vm, args[0], desc->owner))
        return sp_raise(vm, SP_EXC_TypeError,
                        "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", desc->name,
                        desc->owner->name, sp_type_name(vm, args[0]));
    return desc->fn(vm, args, nargs, kwnames);
}

static sp_value_t method_desc_repr(sp_vm_t *vm, sp_value_t self) {
    sp_method_desc_t *desc = SP_AS_METHOD_DESC(self);
    return sp_str_format(vm, "<method '%s' of '%s' objects>", desc->name, desc->owner->name);
}

static sp_value_t method_desc_getattr(sp_vm_t *vm, sp_value_t self, sp_value_t name) {
    sp_method_desc_t *desc = SP_AS_METHOD_DESC(self);
    const char *attr = sp_str_cstr(name);
    if (!strcmp(attr, "__name__")) return sp_str_from_cstr(vm, desc->name);
    if (!strcmp(attr, "__qualname__")) return sp_str_format(vm, "%s.%s", desc->owner->name, desc->name);
    if (!strcmp(attr, "__objclass__")) return SP_OBJ(desc->owner);
    if (!strcmp(attr, "__doc__") || !strcmp(attr, "__text_signature__")) return SP_NONE;
    return sp_generic_getattr(vm, self, name);
}

/* ---- Bound methods ---------------------------------------------------------------------------- */

sp_value_t sp_bound_method_new(sp_vm_t *vm, sp_value_t func, sp_value_t self) {
    sp_bound_method_t *m =
        (sp_bound_method_t *)sp_new_object(vm, vm->types[SP_K_BOUND_METHOD], sizeof(sp_bound_method_t));
    if (m == NULL) return SP_NULL;
    m->func = func;
    m->self = self;
    return SP_OBJ(m);
}

static sp_value_t bound_method_call(sp_vm_t *vm, sp_value_t self, const sp_value_t *args, int nargs,
                                    sp_value_t kwnames) {
    sp_bound_method_t *m = SP_AS_BOUND(self);
    return func_call_with_self(vm, m->func, NULL, m->self, args, nargs, kwnames);
}

static sp_value_t bound_method_repr(sp_vm_t *vm, sp_value_t self) {
    sp_bound_method_t *m = SP_AS_BOUND(self);
    sp_value_t qualname = sp_getattr_opt(vm, m->func, sp_str_intern_cstr(vm, "__qualname__"));
    if (qualname == SP_NULL && vm->exc != SP_NULL) return SP_NULL;
    sp_value_t target = sp_repr(vm, m->self);
    if (target == SP_NULL) return SP_NULL;
    return sp_str_format(vm, "<bound method %s of %s>", sp_is_str(qualname) ? sp_str_cstr(qualname) : "?",
                         sp_str_cstr(target));
}

static sp_value_t bound_method_getattr(sp_vm_t *vm, sp_value_t self, sp_value_t name) {
    sp_bound_method_t *m = SP_AS_BOUND(self);
    const char *attr = sp_str_cstr(name);
    if (!strcmp(attr, "__self__")) return m->self;
    if (!strcmp(attr, "__func__")) return m->func;
    sp_value_t v = type_lookup(vm, vm->types[SP_K_BOUND_METHOD], name);
    if (v != SP_NULL) return sp_generic_getattr(vm, self, name);
    /* Everything else is the function's (__name__, __doc__, its attributes). */
    return sp_getattr(vm, m->func, name);
}

static sp_value_t bound_method_richcompare(sp_vm_t *vm, sp_value_t a, sp_value_t b, sp_cmp_t op) {
    if ((op != SP_CMP_EQ && op != SP_CMP_NE) || !sp_is_kind(b, SP_K_BOUND_METHOD)) return SP_NOTIMPLEMENTED;
    sp_bound_method_t *x = SP_AS_BOUND(a), *y = SP_AS_BOUND(b);
    bool eq = x->self == y->self;
    if (eq) {
        int r = sp_equal(vm, x->func, y->func);
        if (r < 0) return SP_NULL;
        eq = r;
    }
    return sp_bool(op == SP_CMP_EQ ? eq : !eq);
}

static int bound_method_hash(sp_vm_t *vm, sp_value_t self, int64_t *out) {
    sp_bound_method_t *m = SP_AS_BOUND(self);
    *out = func_mix_pointers(m->func, m->self);
    return 0;
}

/* ---- Setup ------------------------------------------------------------------------------------ */

void function_init(sp_vm_t *vm) {
    sp_type_t *t = vm->types[SP_K_FUNCTION];
    t->repr = function_repr;
    t->call = function_call;
    t->getattr = function_getattr;
    t->setattr = function_setattr;

    t = vm->types[SP_K_CODE];
    if (t->repr == NULL) t->repr = code_repr;
    if (t->getattr == NULL) t->getattr = code_getattr;

    t = vm->types[SP_K_CELL];
    t->repr = cell_repr;
    t->getattr = cell_getattr;

    t = vm->types[SP_K_NATIVE_FUNC];
    t->repr = native_repr;
    t->call = native_call;
    t->getattr = native_getattr;
    t->richcompare = native_richcompare;
    t->hash = native_hash;

    t = vm->types[SP_K_METHOD_DESC];
    t->repr = method_desc_repr;
    t->call = method_desc_call;
    t->getattr = method_desc_getattr;

    t = vm->types[SP_K_BOUND_METHOD];
    t->repr = bound_method_repr;
    t->call = bound_method_call;
    t->getattr = bound_method_getattr;
    t->richcompare = bound_method_richcompare;
    t->hash = bound_method_hash;
}
