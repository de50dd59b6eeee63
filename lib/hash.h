/* 64-bit hashing for the word cache and the feature tables.
 *
 * A feature's hash is structural: each term (a stem, possibly marked as negated) has its own
 * hash, and an n-gram's hash folds its terms' hashes. The hot path therefore hashes each
 * distinct surface word once (its term hash is cached) and builds n-gram hashes with a few
 * multiplications, never touching the bytes again. Hashes never reach the model file; the
 * loader recomputes them from the feature strings, so this function may change freely. */
#ifndef STANCE_HASH_H
#define STANCE_HASH_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define STANCE_HASH_K1 0x9E3779B97F4A7C15ull
#define STANCE_HASH_K2 0xC2B2AE3D27D4EB4Full
#define STANCE_HASH_NEG 0x5851F42D4C957F2Dull

/* Final avalanche: every input bit affects every output bit. */
static inline uint64_t stance__hash_mix(uint64_t x)
{
    x ^= x >> 31;
    x *= 0xBF58476D1CE4E5B9ull;
    x ^= x >> 29;
    x *= 0x94D049BB133111EBull;
    x ^= x >> 32;
    return x;
}

static inline uint64_t stance__load64le(const unsigned char *p)
{
    uint64_t v = 0;
    for (int i = 7; i >= 0; i--)
        v = (v << 8) | p[i];
    return v;
}

/* Hash of a byte string, eight bytes per step. */
static inline uint64_t stance__hash_bytes(const void *data, size_t n)
{
    const unsigned char *p = data;
    uint64_t h = STANCE_HASH_K1 ^ ((uint64_t)n * STANCE_HASH_K2);
    while (n >= 8) {
        h = (h ^ stance__load64le(p)) * STANCE_HASH_K1;
        h ^= h >> 29;
        p += 8;
        n -= 8;
    }
    uint64_t tail = 0;
    for (size_t i = 0; i < n; i++)
        tail |= (uint64_t)p[i] << (8 * i);
    h = (h ^ tail) * STANCE_HASH_K2;
    return stance__hash_mix(h);
}

/* Hash of one term: its stem's hash, distinguished when the term is negated. */
static inline uint64_t stance__hash_term(uint64_t stem_hash, int negated)
{
    return negated ? stance__hash_mix(stem_hash ^ STANCE_HASH_NEG) : stem_hash;
}

/* Extends an n-gram hash by one more term (order-sensitive). */
static inline uint64_t stance__hash_extend(uint64_t h, uint64_t term_hash)
{
    return stance__hash_mix(h * STANCE_HASH_K1 + term_hash);
}

#endif
