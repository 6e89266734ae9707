/* buffer.h: raw byte access to array.array objects, shared by stdlib/array.c and stdlib/_struct.c
 * (Sparrow has no general buffer protocol; bytes and bytearray have their own accessors). */
#ifndef SP_STDLIB_BUFFER_H
#define SP_STDLIB_BUFFER_H

#include <stdint.h>

#include "vm/vm.h"

/* The bytes of an array.array (itemsize * len bytes in *size), or NULL without an exception when
 * v is not an array. The pointer stays valid until the array is resized. */
uint8_t *array_buffer(sp_vm_t *vm, sp_value_t v, int64_t *size);

#endif
