/* CRC-32C (Castagnoli, reflected polynomial 0x82F63B78), the checksum of FORMAT.md.
 * The lookup table is built on the stack per call: 2 KiB of work, negligible next to a model,
 * and it keeps lib/ free of static mutable state. */
#include "stance_int.h"

uint32_t stance__crc32c(const void *data, size_t len)
{
    uint32_t table[256];
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++)
            c = (c & 1u) ? (c >> 1) ^ 0x82F63B78u : c >> 1;
        table[i] = c;
    }
    const unsigned char *p = data;
    uint32_t crc = 0xFFFFFFFFu;
    for (size_t i = 0; i < len; i++)
        crc = table[(crc ^ p[i]) & 0xFFu] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}
