/* slots.h: special-method dispatch (runtime/slots.c) — type slots that call a class's dunder
 * methods, and the "slot wrapper" dunders that expose built-in types' slots to Python code. */
#ifndef SP_SLOTS_H
#define SP_SLOTS_H

#include "runtime/runtime.h"

/* Interns the dunder names, creates the wrapper_descriptor type and adds the slot wrappers
 * (`int.__add__`, `object.__eq__`, `list.__getitem__`, ...) to every built-in type that exists
 * now. Called once by builtins_init, after every built-in type was created. */
void slots_init(sp_vm_t *vm);

/* Adds the slot wrappers of one built-in type created after slots_init (a late init function
 * may call it): one dunder per slot the type fills itself (not inherited from its base). */
void slots_add_wrappers(sp_vm_t *vm, sp_type_t *type);

/* True when `v` is an instance of a class made by Python code (a heap type): C fast paths that
 * test a kind (sp_is_list, sp_is_str, ...) must not skip such an instance's overridden dunders. */
static inline bool slots_is_heap_instance(sp_value_t v) {
    return sp_is_obj(v) && (SP_AS_OBJ(v)->type->flags & SP_TYPE_HEAPTYPE) != 0;
}

/*
 * Calls the special method `name` (a C string such as "__abs__") of type(self) with self
 * prepended to args — looked up on the type, never the instance, as CPython does. Returns
 * SP_NULL with no exception and *found = false when the type has no such attribute.
 */
sp_value_t slots_call_dunder(sp_vm_t *vm, sp_value_t self, const char *name, const sp_value_t *args, int nargs,
                             bool *found);

/* operator.index(v): an int or bool as an int, else type(v).__index__(v), which must return an
 * int ("__index__ returned non-int (type str)"); TypeError "'X' object cannot be interpreted as
 * an integer" when there is none. */
sp_value_t slots_index(sp_vm_t *vm, sp_value_t v);

/* format(value, spec) as CPython's PyObject_Format: type(value).__format__(value, spec) (spec
 * SP_NULL means ""), whose result must be a str ("__format__ must return a str, not int"). */
sp_value_t slots_format(sp_vm_t *vm, sp_value_t value, sp_value_t spec);

/* complex(v)'s argument for a class instance: v.__complex__() (must return a complex), else
 * v.__float__(), else v.__index__(); v itself when it has none of them. */
sp_value_t slots_complex_arg(sp_vm_t *vm, sp_value_t v);

/* iter(callable, sentinel): an iterator calling `callable` until it returns `sentinel`. */
sp_value_t slots_callable_iter(sp_vm_t *vm, sp_value_t callable, sp_value_t sentinel);

/* Binary dunder dispatch for operations without a binop slot (divmod): tries a.__op__(b),
 * then b.__rop__(a) (the right operand first when its type is a proper subclass overriding
 * rop). Returns SP_NOTIMPLEMENTED when neither side handles the operands. */
sp_value_t slots_binary_dunder(sp_vm_t *vm, sp_value_t a, sp_value_t b, const char *op, const char *rop);

#endif
