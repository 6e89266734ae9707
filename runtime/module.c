/* module.c: module objects — a name and a dict of globals whose entries are the module's
 * attributes. Importing (finding and running modules) is runtime/import.c's job. */
#include <string.h>

#include "runtime/runtime.h"

/* The module's name for messages ("?" if __name__ was replaced by a non-str). */
static const char *module_name_cstr(sp_module_t *mod) {
    return sp_is_str(mod->name) ? sp_str_cstr(mod->name) : "?";
}

sp_value_t sp_module_new(sp_vm_t *vm, sp_value_t name) {
    sp_module_t *mod = (sp_module_t *)sp_new_object(vm, vm->types[SP_K_MODULE], sizeof(sp_module_t));
    if (mod == NULL) return SP_NULL;
    mod->name = name;
    mod->dict = sp_dict_new(vm);
    if (mod->dict == SP_NULL) return SP_NULL;
    if (sp_dict_set(vm, mod->dict, vm->s___name__, name) < 0) return SP_NULL;
    if (sp_dict_set(vm, mod->dict, vm->s___doc__, SP_NONE) < 0) return SP_NULL;
    return SP_OBJ(mod);
}

void module_add_functions(sp_vm_t *vm, sp_value_t module, const sp_method_def_t *functions) {
    sp_module_t *mod = SP_AS_MODULE(module);
    for (const sp_method_def_t *f = functions; f->name != NULL; f++) {
        sp_value_t fn = sp_native_new(vm, f->name, f->fn, SP_NULL);
        if (fn == SP_NULL) return;
        SP_AS_NATIVE(fn)->module_name = mod->name;
        sp_dict_set(vm, mod->dict, sp_str_intern_cstr(vm, f->name), fn);
    }
}

static sp_value_t module_repr(sp_vm_t *vm, sp_value_t self) {
    sp_module_t *mod = SP_AS_MODULE(self);
    sp_value_t file = sp_dict_get(vm, mod->dict, vm->s___file__);
    if (file == SP_NULL && vm->exc != SP_NULL) return SP_NULL;
    if (sp_is_str(file))
        return sp_str_format(vm, "<module '%s' from '%s'>", module_name_cstr(mod), sp_str_cstr(file));
    return sp_str_format(vm, "<module '%s' (built-in)>", module_name_cstr(mod));
}

static sp_value_t module_getattr(sp_vm_t *vm, sp_value_t self, sp_value_t name) {
    sp_module_t *mod = SP_AS_MODULE(self);
    sp_value_t v = sp_dict_get(vm, mod->dict, name);
    if (v != SP_NULL || vm->exc != SP_NULL) return v;
    const char *attr = sp_str_cstr(name);
    if (!strcmp(attr, "__dict__")) return mod->dict;
    if (!strcmp(attr, "__class__")) return SP_OBJ(vm->types[SP_K_MODULE]);
    v = type_lookup(vm, vm->types[SP_K_MODULE], name);
    if (v != SP_NULL) return sp_generic_getattr(vm, self, name);
    /* PEP 562: a module-level __getattr__(name) serves the names the module lacks. */
    sp_value_t hook = sp_dict_get(vm, mod->dict, sp_str_intern_cstr(vm, "__getattr__"));
    if (hook != SP_NULL) return sp_call(vm, hook, &name, 1, SP_NULL);
    if (vm->exc != SP_NULL) return SP_NULL;
    return sp_raise(vm, SP_EXC_AttributeError, "module '%s' has no attribute '%s'", module_name_cstr(mod),
                    attr);
}

static int module_setattr(sp_vm_t *vm, sp_value_t self, sp_value_t name, sp_value_t value) {
    sp_module_t *mod = SP_AS_MODULE(self);
    if (value != SP_NULL) {
        if (!strcmp(sp_str_cstr(name), "__dict__")) {
            sp_raise(vm, SP_EXC_AttributeError, "readonly attribute");
            return -1;
        }
        if (sp_str_equal(name, vm->s___name__)) mod->name = value;
        return sp_dict_set(vm, mod->dict, name, value);
    }
    int r = sp_dict_del(vm, mod->dict, name);
    if (r == 0)
        sp_raise(vm, SP_EXC_AttributeError, "module '%s' has no attribute '%s'", module_name_cstr(mod),
                 sp_str_cstr(name));
    return r > 0 ? 0 : -1;
}

/* module(name, doc=None), as types.ModuleType. */
static sp_value_t module_construct(sp_vm_t *vm, sp_type_t *type, const sp_value_t *args, int nargs,
                                   sp_value_t kwnames) {
    sp_value_t params[2];
    if (sp_parse_args(vm, "module", "name, doc=", args, nargs, kwnames, params) < 0) return SP_NULL;
    if (!sp_is_str(params[0]))
        return sp_raise(vm, SP_EXC_TypeError, "module.__init__() argument 'name' must be str, not %s",
                        sp_type_name(vm, params[0]));
    sp_value_t mod = sp_module_new(vm, params[0]);
    if (mod != SP_NULL && params[1] != SP_NULL &&
        sp_dict_set(vm, SP_AS_MODULE(mod)->dict, vm->s___doc__, params[1]) < 0)
        return SP_NULL;
    return mod;
}

void module_init(sp_vm_t *vm) {
    sp_type_t *t = vm->types[SP_K_MODULE];
    t->repr = module_repr;
    t->getattr = module_getattr;
    t->setattr = module_setattr;
    t->construct = module_construct;
}
