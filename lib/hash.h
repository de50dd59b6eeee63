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

#define STANCE_HASH_K1 0xA0761D6478BD642Full
#define STANCE_HASH_K2 0xE7037ED1A0B428DBull
#define STANCE_HASH_K3 0x8EBC6AF09C88C6E3ull
#define STANCE_HASH_K4 0x589965CC75374CC3ull
#define STANCE_HASH_K5 0x1D8E4E27C47D124Full

/* Multiply-fold: the 128-bit product of a and b, its halves xored. One multiplication mixes
 * every input bit into the middle bits of the result; folding spreads them over all 64. */
static inline uint64_t stance__mum(uint64_t a, uint64_t b)
{
#if defined(__SIZEOF_INT128__)
    __uint128_t r = (__uint128_t)a * b;
    return (uint64_t)r ^ (uint64_t)(r >> 64);
#else
    uint64_t ha = a >> 32, la = (uint32_t)a, hb = b >> 32, lb = (uint32_t)b;
    uint64_t rh = ha * hb, rm0 = ha * lb, rm1 = hb * la, rl = la * lb;
    uint64_t t = rl + (rm0 << 32), lo = t + (rm1 << 32);
    uint64_t hi = rh + (rm0 >> 32) + (rm1 >> 32) + (t < rl) + (lo < t);
    return lo ^ hi;
#endif
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
 * tail, and the length (mixed in first) keeps the strings that overlap apart. For strings of
 * at most 8 bytes the integer and the length determine the string. */
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
    /* the length is spread by odd multipliers, so it never cancels against the data bytes */
    uint64_t a = STANCE_HASH_K1 ^ ((uint64_t)n * STANCE_HASH_K5),
             b = STANCE_HASH_K3 ^ ((uint64_t)n * STANCE_HASH_K2);
    while (n > 8) {
        uint64_t w = stance__load64le(p);
        a = stance__mum(a ^ w, STANCE_HASH_K2);
        b = stance__mum(b ^ w, STANCE_HASH_K4);
        p += 8;
        n -= 8;
    }
    uint64_t w = stance__load_tail(p, n, total);
    return (stance_hash_t){stance__mum(a ^ w, STANCE_HASH_K2 ^ STANCE_HASH_K5),
                           stance__mum(b ^ w, STANCE_HASH_K4 ^ STANCE_HASH_K5)};
}

/* A term: its stem's hash, distinguished when the term lies in a negation scope. */
static inline stance_hash_t stance__hash_term(stance_hash_t stem, int negated)
{
    if (!negated)
        return stem;
    return (stance_hash_t){stance__mum(stem.lo ^ STANCE_HASH_K5, STANCE_HASH_K1),
                           stance__mum(stem.hi ^ STANCE_HASH_K5, STANCE_HASH_K3)};
}

/* Extends an n-gram's hash by one more term (order-sensitive: the two operands are salted
 * differently). */
static inline stance_hash_t stance__hash_extend(stance_hash_t h, stance_hash_t t)
{
    return (stance_hash_t){stance__mum(h.lo ^ STANCE_HASH_K2, t.lo ^ STANCE_HASH_K1),
                           stance__mum(h.hi ^ STANCE_HASH_K4, t.hi ^ STANCE_HASH_K3)};
}

/* The two lanes of stance__hash_extend apart, for a caller that needs the high lane first
 * (a filter keyed by it) and the low one only sometimes. */
static inline uint64_t stance__hash_extend_hi(stance_hash_t h, stance_hash_t t)
{
    return stance__mum(h.hi ^ STANCE_HASH_K4, t.hi ^ STANCE_HASH_K3);
}
static inline uint64_t stance__hash_extend_lo(stance_hash_t h, stance_hash_t t)
{
    return stance__mum(h.lo ^ STANCE_HASH_K2, t.lo ^ STANCE_HASH_K1);
}

static inline bool stance__hash_eq(stance_hash_t x, stance_hash_t y)
{
    return x.lo == y.lo && x.hi == y.hi;
}

#endif
