/* 128-bit hashing for the word cache and the feature tables.
 *
 * A word or feature is identified by a 128-bit hash (two independent 64-bit lanes); two
 * different strings would have to agree in both lanes to be taken for one another, which
 * for the millions of strings of a large corpus happens with a probability near 2^-100.
 * That lets the hot path compare two integers instead of strings.
 *
 * A feature's hash is structural: each term (a stem, possibly marked as negated) has its own
 * hash, and an n-gram's hash folds its terms' hashes. So each distinct surface word is hashed
 * once (its stem's hash is cached) and n-gram hashes cost a few multiplications. Hashes never
 * reach the model file; the loader recomputes them from the feature strings, so this function
 * may change between versions without changing any file. */
#ifndef STANCE_HASH_H
#define STANCE_HASH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef struct stance_hash {
    uint64_t lo, hi;
} stance_hash_t;

#define STANCE_HASH_K1 0x9E3779B97F4A7C15ull
#define STANCE_HASH_K2 0xC2B2AE3D27D4EB4Full
#define STANCE_HASH_K3 0x165667B19E3779F9ull
#define STANCE_HASH_K4 0xD6E8FEB86659FD93ull

/* Final avalanche (two different ones, so the lanes stay independent). */
static inline uint64_t stance__mix_lo(uint64_t x)
{
    x ^= x >> 31;
    x *= 0xBF58476D1CE4E5B9ull;
    x ^= x >> 29;
    x *= 0x94D049BB133111EBull;
    return x ^ (x >> 32);
}

static inline uint64_t stance__mix_hi(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xFF51AFD7ED558CCDull;
    x ^= x >> 33;
    x *= 0xC4CEB9FE1A85EC53ull;
    return x ^ (x >> 33);
}

static inline uint64_t stance__load64le(const unsigned char *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    v = __builtin_bswap64(v);
#endif
    return v;
}

static inline uint64_t stance__load32le(const unsigned char *p)
{
    uint32_t v;
    memcpy(&v, p, 4);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    v = __builtin_bswap32(v);
#endif
    return v;
}

/* The last (up to 8) bytes as one integer, without a byte loop: overlapping loads cover the
 * tail, and the length (mixed in first) keeps the strings that overlap apart. */
static inline uint64_t stance__load_tail(const unsigned char *p, size_t n, size_t total)
{
    if (total >= 8)
        return stance__load64le(p + n - 8); /* the last 8 bytes of the whole string */
    if (n >= 4)
        return stance__load32le(p) | (stance__load32le(p + n - 4) << 32);
    if (n > 0)
        return (uint64_t)p[0] | ((uint64_t)p[n / 2] << 8) | ((uint64_t)p[n - 1] << 16);
    return 0;
}

static inline stance_hash_t stance__hash_bytes(const void *data, size_t n)
{
    const unsigned char *p = data;
    const size_t total = n;
    uint64_t a = STANCE_HASH_K1 ^ ((uint64_t)n * STANCE_HASH_K2);
    uint64_t b = STANCE_HASH_K3 ^ ((uint64_t)n * STANCE_HASH_K4);
    while (n > 8) {
        uint64_t w = stance__load64le(p);
        a = (a ^ w) * STANCE_HASH_K1;
        a ^= a >> 29;
        b = (b ^ w) * STANCE_HASH_K3;
        b ^= b >> 31;
        p += 8;
        n -= 8;
    }
    uint64_t w = stance__load_tail(p, n, total);
    a = (a ^ w) * STANCE_HASH_K2;
    b = (b ^ w) * STANCE_HASH_K4;
    return (stance_hash_t){stance__mix_lo(a), stance__mix_hi(b)};
}

/* A term: its stem's hash, distinguished when the term lies in a negation scope. */
static inline stance_hash_t stance__hash_term(stance_hash_t stem, int negated)
{
    if (!negated)
        return stem;
    return (stance_hash_t){stance__mix_lo(stem.lo ^ 0x5851F42D4C957F2Dull),
                           stance__mix_hi(stem.hi ^ 0x14057B7EF767814Full)};
}

/* Extends an n-gram's hash by one more term (order-sensitive). */
static inline stance_hash_t stance__hash_extend(stance_hash_t h, stance_hash_t t)
{
    return (stance_hash_t){stance__mix_lo(h.lo * STANCE_HASH_K1 + t.lo),
                           stance__mix_hi(h.hi * STANCE_HASH_K3 + t.hi)};
}

static inline bool stance__hash_eq(stance_hash_t x, stance_hash_t y)
{
    return x.lo == y.lo && x.hi == y.hi;
}

#endif
