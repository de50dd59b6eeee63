/* A growable byte buffer with little-endian writers, used to serialize models. */
#include "stance_int.h"

bool stance__buf_append(const stance_allocator_t *a, stance_buf_t *b, const void *p, size_t n)
{
    if (n > SIZE_MAX - b->len)
        return false;
    if (!stance__reserve(a, (void **)&b->data, &b->cap, b->len + n, 1))
        return false;
    if (n)
        memcpy(b->data + b->len, p, n);
    b->len += n;
    return true;
}

bool stance__buf_u16le(const stance_allocator_t *a, stance_buf_t *b, uint16_t v)
{
    unsigned char p[2] = {(unsigned char)v, (unsigned char)(v >> 8)};
    return stance__buf_append(a, b, p, 2);
}

bool stance__buf_u32le(const stance_allocator_t *a, stance_buf_t *b, uint32_t v)
{
    unsigned char p[4];
    stance__wr_u32le(p, v);
    return stance__buf_append(a, b, p, 4);
}

bool stance__buf_u64le(const stance_allocator_t *a, stance_buf_t *b, uint64_t v)
{
    return stance__buf_u32le(a, b, (uint32_t)v) && stance__buf_u32le(a, b, (uint32_t)(v >> 32));
}

bool stance__buf_f64le(const stance_allocator_t *a, stance_buf_t *b, double v)
{
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits); /* IEEE-754 binary64 on every platform we build for */
    return stance__buf_u64le(a, b, bits);
}

bool stance__buf_str(const stance_allocator_t *a, stance_buf_t *b, const char *s, size_t n)
{
    return n <= UINT32_MAX && stance__buf_u32le(a, b, (uint32_t)n) &&
           stance__buf_append(a, b, s, n);
}

void stance__buf_free(const stance_allocator_t *a, stance_buf_t *b)
{
    stance__free(a, b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}
