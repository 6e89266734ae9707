/* gc.c: the one thin layer between Sparrow and its memory manager (DESIGN decision 3).
 * Every object and buffer comes from here; nothing else may call malloc for object memory. */
#include <stdlib.h>
#include <string.h>

#include <unistd.h>

#include "runtime/runtime.h"

#if SP_GC_BOEHM
#include <gc.h>
#endif

/* Requests above this size cannot be satisfied on any machine we target; refusing them early
 * turns absurd sizes (list * 10**15) into MemoryError instead of an abort inside the allocator. */
#define GC_MAX_REQUEST ((size_t)1 << 40)

#if SP_GC_BOEHM

/* Boehm calls this when it cannot get memory from the OS: returning NULL makes GC_MALLOC
 * return NULL, which we turn into MemoryError, instead of Boehm's default abort. */
static void *gc_out_of_memory(size_t bytes_requested) {
    (void)bytes_requested;
    return NULL;
}

void gc_init(void) {
    /* GC_INIT is itself idempotent once the collector is up; GC_is_init_called avoids the
     * repeated work and keeps the oom handler set once. */
    if (GC_is_init_called()) return;
    GC_set_all_interior_pointers(1); /* class instances are referenced 8 bytes into their block */
    GC_INIT();
    GC_set_oom_fn(gc_out_of_memory);
    GC_set_warn_proc(GC_ignore_warn_proc); /* a refused huge allocation is a MemoryError, not a warning */
}

/* Bytes of the heap in use (live objects plus garbage not yet collected). */
static size_t gc_used_bytes(void) {
    size_t heap = GC_get_heap_size(), free_bytes = GC_get_free_bytes();
    return heap > free_bytes ? heap - free_bytes : 0;
}

/* Enforces the VM's heap limit: returns 0 when `size` more bytes fit (collecting first if the
 * heap looks full), -1 with MemoryError set when they do not. */
static int gc_check_limit(sp_vm_t *vm, size_t size) {
    if (vm == NULL || vm->heap_limit == 0) return 0;
    size_t limit = vm->heap_limit;
    if (GC_get_heap_size() + size <= limit) return 0;
    if (gc_used_bytes() + size <= limit) return 0;
    GC_gcollect();
    if (gc_used_bytes() + size <= limit) return 0;
    sp_raise_nomem(vm);
    return -1;
}

static void *gc_raw_alloc(size_t size) {
    return GC_MALLOC(size);
}
static void *gc_raw_alloc_atomic(size_t size) {
    return GC_MALLOC_ATOMIC(size);
}
static void *gc_raw_realloc(void *ptr, size_t size) {
    return GC_REALLOC(ptr, size);
}

#else /* !SP_GC_BOEHM: allocate and never free, for sanitizer runs only */

void gc_init(void) {}

/* Nothing is ever freed, so the limit bounds the total ever allocated: a program that churns
 * memory fails earlier than under Boehm, which is acceptable for sanitizer runs. */
static int gc_check_limit(sp_vm_t *vm, size_t size) {
    if (vm == NULL) return 0;
    /* More than the machine's memory: refuse it here (sanitizer allocators abort instead of
     * returning NULL on such requests). */
    long pages = sysconf(_SC_PHYS_PAGES), page_size = sysconf(_SC_PAGESIZE);
    bool too_big = pages > 0 && page_size > 0 && size / (size_t)page_size > (size_t)pages;
    if (too_big || (vm->heap_limit != 0 && vm->gc_allocated + size > vm->heap_limit)) {
        sp_raise_nomem(vm);
        return -1;
    }
    vm->gc_allocated += size;
    return 0;
}

static void *gc_raw_alloc(size_t size) {
    return calloc(1, size ? size : 1);
}
static void *gc_raw_alloc_atomic(size_t size) {
    return malloc(size ? size : 1);
}
static void *gc_raw_realloc(void *ptr, size_t size) {
    return realloc(ptr, size ? size : 1);
}

#endif

/* Shared failure path: MemoryError when there is a VM to raise it in. */
static void *gc_fail(sp_vm_t *vm) {
    if (vm != NULL) sp_raise_nomem(vm);
    return NULL;
}

void *sp_alloc(sp_vm_t *vm, size_t size) {
    if (size > GC_MAX_REQUEST) return gc_fail(vm);
    if (gc_check_limit(vm, size) < 0) return NULL;
    void *p = gc_raw_alloc(size);
    if (p == NULL) return gc_fail(vm);
        /* GC_MALLOC already clears memory; the explicit clear is for the calloc-free paths and
         * documents the contract. It is cheap next to the allocation itself. */
#if !SP_GC_BOEHM
    memset(p, 0, size);
#endif
    return p;
}

void *sp_alloc_atomic(sp_vm_t *vm, size_t size) {
    if (size > GC_MAX_REQUEST) return gc_fail(vm);
    if (gc_check_limit(vm, size) < 0) return NULL;
    void *p = gc_raw_alloc_atomic(size);
    if (p == NULL) return gc_fail(vm);
    return p;
}

void *sp_realloc(sp_vm_t *vm, void *ptr, size_t size) {
    if (size > GC_MAX_REQUEST) return gc_fail(vm);
    if (gc_check_limit(vm, size) < 0) return NULL;
    void *p = gc_raw_realloc(ptr, size);
    if (p == NULL) return gc_fail(vm);
    return p;
}

sp_object_t *sp_new_object(sp_vm_t *vm, sp_type_t *type, size_t size) {
    /* Instances of classes get their attribute word in front of the object (runtime/class.h);
     * the collector recognises the interior pointer. */
    size_t prefix = type != NULL && type->attrs_offset == SP_ATTRS_PREFIX ? sizeof(sp_value_t) : 0;
    char *block = sp_alloc(vm, size + prefix);
    if (block == NULL) return NULL;
    sp_object_t *obj = (sp_object_t *)(block + prefix);
    obj->type = type;
    return obj;
}

sp_object_t *sp_new_atomic_object(sp_vm_t *vm, sp_type_t *type, size_t size) {
    if (type != NULL && type->attrs_offset == SP_ATTRS_PREFIX) return sp_new_object(vm, type, size);
    sp_object_t *obj = sp_alloc_atomic(vm, size);
    if (obj != NULL) {
        /* Atomic memory is not cleared: zero it so counters and flags start defined. */
        memset(obj, 0, size);
        obj->type = type;
    }
    return obj;
}
