/* CRC-32C (Castagnoli, reflected polynomial 0x82F63B78), the checksum of FORMAT.md.
 *
 * x86-64 processors since 2008 compute exactly this CRC in hardware (SSE4.2 crc32), eight
 * bytes per instruction; where the instruction is available it is used, and a table-driven
 * version serves everywhere else. Both give the same value (tests/test_model_io.c checks the
 * standard check value). The software table is built on the stack per call: 2 KiB of work,
 * and lib/ keeps no static mutable state. */
#include "stance_int.h"

static uint32_t crc32c_soft(uint32_t crc, const unsigned char *p, size_t len);

uint32_t stance__crc32c_portable(const void *data, size_t len)
{
    return crc32c_soft(0xFFFFFFFFu, data, len) ^ 0xFFFFFFFFu;
}

static uint32_t crc32c_soft(uint32_t crc, const unsigned char *p, size_t len)
{
    uint32_t table[256];
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++)
            c = (c & 1u) ? (c >> 1) ^ 0x82F63B78u : c >> 1;
        table[i] = c;
    }
    for (size_t i = 0; i < len; i++)
        crc = table[(crc ^ p[i]) & 0xFFu] ^ (crc >> 8);
    return crc;
}

#if defined(__x86_64__) && defined(__GNUC__)
__attribute__((target("sse4.2"))) static uint32_t crc32c_hw(uint32_t crc, const unsigned char *p,
                                                             size_t len)
{
    uint64_t c = crc;
    while (len >= 8) {
        uint64_t w;
        memcpy(&w, p, 8);
        c = __builtin_ia32_crc32di(c, w);
        p += 8;
        len -= 8;
    }
    uint32_t c32 = (uint32_t)c;
    while (len--)
        c32 = __builtin_ia32_crc32qi(c32, *p++);
    return c32;
}
#endif

uint32_t stance__crc32c(const void *data, size_t len)
{
    const unsigned char *p = data;
#if defined(__x86_64__) && defined(__GNUC__)
    if (__builtin_cpu_supports("sse4.2"))
        return crc32c_hw(0xFFFFFFFFu, p, len) ^ 0xFFFFFFFFu;
#endif
    return crc32c_soft(0xFFFFFFFFu, p, len) ^ 0xFFFFFFFFu;
}
