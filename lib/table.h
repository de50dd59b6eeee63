/* Open-addressing hash table from a 128-bit hash to a 32-bit id, with 8-byte slots: 32 bits
 * of the hash as a tag and the id. It stores no keys: the owner keeps each id's full hash and
 * confirms a candidate, so one table type serves the word cache, the trainer and the model. */
#ifndef STANCE_TABLE_H
#define STANCE_TABLE_H

#include "hash.h"
#include "stance_int.h"

#define STANCE_TABLE_EMPTY UINT32_MAX
/* Tables of fewer slots (4 MiB) are probed as ones a core keeps near (stance__table_probe_next) */
#define STANCE_TABLE_NEAR_SLOTS ((size_t)1 << 19)

typedef struct stance_table_slot {
    uint32_t tag; /* bits 32-63 of the hash's low lane */
    uint32_t id;
} stance_table_slot_t;

typedef struct stance_table {
    stance_table_slot_t *slots;
    size_t mask;  /* capacity - 1; capacity is a power of two */
    size_t count;
} stance_table_t;

typedef struct stance_table_probe {
    size_t pos;
    uint32_t tag;
} stance_table_probe_t;

bool stance__table_init(const stance_allocator_t *a, stance_table_t *t, size_t expected);
void stance__table_free(const stance_allocator_t *a, stance_table_t *t);
void stance__table_clear(stance_table_t *t);
/* Makes room for `extra` more entries (grows at half full). Call before inserting. Growing
 * re-places every entry, so the owner tells the low lane of each id's hash. */
typedef uint64_t (*stance_table_hash_fn)(const void *owner, uint32_t id);
bool stance__table_reserve(const stance_allocator_t *a, stance_table_t *t, size_t extra,
                           stance_table_hash_fn hash_of, const void *owner);
/* Inserts without looking for an equal key (the caller looked first). */
void stance__table_insert(stance_table_t *t, uint64_t hash_lo, uint32_t id);

static inline void stance__table_probe_start(const stance_table_t *t, uint64_t hash_lo,
                                             stance_table_probe_t *p)
{
    p->pos = (size_t)hash_lo & t->mask;
    p->tag = (uint32_t)(hash_lo >> 32);
}

/* The next id whose tag matches, or STANCE_TABLE_EMPTY when there is none. */
static inline uint32_t stance__table_probe_next(const stance_table_t *t,
                                                stance_table_probe_t *p)
{
    /* The probe almost always ends in one of its first two slots, but in which of them is
     * what no branch predictor learns (a table a quarter to half full): in a table that
     * stays in a core's cache both are read and the answer chosen without a branch. In a
     * larger one the slot's read misses, and a branch lets the core go on meanwhile
     * (measured: without a branch, 4.5% faster with the shipped model's 2 MiB table, 2%
     * slower with a million features' 16 MiB). An empty slot ends the probe, whatever its
     * tag. */
    if (t->mask < STANCE_TABLE_NEAR_SLOTS) {
        const size_t a = p->pos, b = (a + 1) & t->mask;
        const stance_table_slot_t s0 = t->slots[a], s1 = t->slots[b];
        const bool end0 = s0.tag == p->tag || s0.id == STANCE_TABLE_EMPTY;
        const bool end1 = s1.tag == p->tag || s1.id == STANCE_TABLE_EMPTY;
        if (STANCE_LIKELY(end0 || end1)) {
            p->pos = end0 ? b : (b + 1) & t->mask;
            return end0 ? s0.id : s1.id;
        }
        p->pos = (b + 1) & t->mask;
    }
    for (;;) {
        const stance_table_slot_t s = t->slots[p->pos];
        p->pos = (p->pos + 1) & t->mask;
        if (s.id == STANCE_TABLE_EMPTY)
            return STANCE_TABLE_EMPTY;
        if (s.tag == p->tag)
            return s.id;
    }
}

#endif
