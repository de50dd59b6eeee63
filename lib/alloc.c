/* The one place memory is obtained: every object carries an allocator (its own or libc's). */
#include "stance_int.h"

#include <stdlib.h>

static void *libc_alloc(void *opaque, size_t size)
{
    (void)opaque;
    return malloc(size);
}

static void *libc_realloc(void *opaque, void *ptr, size_t size)
{
    (void)opaque;
    return realloc(ptr, size);
}

static void libc_free(void *opaque, void *ptr)
{
    (void)opaque;
    free(ptr);
}

void stance__alloc_init(stance_allocator_t *dst, const stance_allocator_t *src)
{
    if (src && src->alloc && src->realloc && src->free) {
        *dst = *src;
        return;
    }
    dst->alloc = libc_alloc;
    dst->realloc = libc_realloc;
    dst->free = libc_free;
    dst->opaque = NULL;
}

void *stance__malloc(const stance_allocator_t *a, size_t size)
{
    /* A zero-byte request still returns a unique pointer, so callers need no special case. */
    return a->alloc(a->opaque, size ? size : 1);
}

void *stance__calloc(const stance_allocator_t *a, size_t n, size_t size)
{
    if (size && n > SIZE_MAX / size)
        return NULL;
    size_t bytes = n * size;
    void *p = stance__malloc(a, bytes);
    if (p && bytes)
        memset(p, 0, bytes);
    return p;
}

void *stance__realloc(const stance_allocator_t *a, void *ptr, size_t size)
{
    if (!ptr)
        return stance__malloc(a, size);
    return a->realloc(a->opaque, ptr, size ? size : 1);
}

void stance__free(const stance_allocator_t *a, void *ptr)
{
    if (ptr)
        a->free(a->opaque, ptr);
}

char *stance__strndup(const stance_allocator_t *a, const char *s, size_t len)
{
    if (len == SIZE_MAX)
        return NULL;
    char *p = stance__malloc(a, len + 1);
    if (p) {
        if (len)
            memcpy(p, s, len);
        p[len] = '\0';
    }
    return p;
}

bool stance__reserve(const stance_allocator_t *a, void **arr, size_t *cap, size_t need,
                     size_t elem)
{
    if (need <= *cap)
        return true;
    size_t ncap = *cap ? *cap : 16;
    while (ncap < need) {
        if (ncap > SIZE_MAX / 2)
            return false;
        ncap *= 2;
    }
    if (elem && ncap > SIZE_MAX / elem)
        return false;
    void *p = stance__realloc(a, *arr, ncap * elem);
    if (!p)
        return false;
    *arr = p;
    *cap = ncap;
    return true;
}
