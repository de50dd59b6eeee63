/* Open-addressing hash table from a 64-bit hash to a 32-bit id. It stores no keys: the
 * owner keeps them and confirms a candidate id with its own comparison, so one table type
 * serves the word cache (surface bytes), the trainer and the model (feature strings). */
#ifndef STANCE_TABLE_H
#define STANCE_TABLE_H

#include "stance_int.h"

#define STANCE_TABLE_EMPTY UINT32_MAX

typedef struct stance_table_slot {
    uint64_t hash;
    uint32_t id;
} stance_table_slot_t;

typedef struct stance_table {
    stance_table_slot_t *slots;
    size_t mask;  /* capacity - 1; capacity is a power of two */
    size_t count;
} stance_table_t;

/* A probe walks the slots whose hash matches; the caller checks each candidate id. */
typedef struct stance_table_probe {
    size_t pos;
} stance_table_probe_t;

bool stance__table_init(const stance_allocator_t *a, stance_table_t *t, size_t expected);
void stance__table_free(const stance_allocator_t *a, stance_table_t *t);
void stance__table_clear(stance_table_t *t);
/* Makes room for one more entry (grows at half full). Call before stance__table_insert. */
bool stance__table_reserve(const stance_allocator_t *a, stance_table_t *t, size_t extra);
/* Inserts without checking for an existing equal key (the caller looked first). */
void stance__table_insert(stance_table_t *t, uint64_t hash, uint32_t id);

static inline void stance__table_probe_start(const stance_table_t *t, uint64_t hash,
                                             stance_table_probe_t *p)
{
    p->pos = (size_t)hash & t->mask;
}

/* Next id stored under `hash`, or STANCE_TABLE_EMPTY when there is none left. */
static inline uint32_t stance__table_probe_next(const stance_table_t *t, uint64_t hash,
                                                stance_table_probe_t *p)
{
    for (;;) {
        const stance_table_slot_t *s = &t->slots[p->pos];
        p->pos = (p->pos + 1) & t->mask;
        if (s->id == STANCE_TABLE_EMPTY)
            return STANCE_TABLE_EMPTY;
        if (s->hash == hash)
            return s->id;
    }
}

#endif
