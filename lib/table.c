/* Hash table storage: linear probing, grown at half load so probes stay short. */
#include "table.h"

static size_t capacity_for(size_t expected)
{
    size_t cap = 16;
    while (cap / 2 < expected && cap < SIZE_MAX / 4)
        cap *= 2;
    return cap;
}

bool stance__table_init(const stance_allocator_t *a, stance_table_t *t, size_t expected)
{
    size_t cap = capacity_for(expected);
    if (cap > SIZE_MAX / sizeof *t->slots)
        return false;
    t->slots = stance__malloc(a, cap * sizeof *t->slots);
    if (!t->slots)
        return false;
    t->mask = cap - 1;
    stance__table_clear(t);
    return true;
}

void stance__table_free(const stance_allocator_t *a, stance_table_t *t)
{
    stance__free(a, t->slots);
    t->slots = NULL;
    t->mask = 0;
    t->count = 0;
}

void stance__table_clear(stance_table_t *t)
{
    /* every id byte 0xFF = STANCE_TABLE_EMPTY */
    memset(t->slots, 0xFF, (t->mask + 1) * sizeof *t->slots);
    t->count = 0;
}

void stance__table_insert(stance_table_t *t, uint64_t hash_lo, uint32_t id)
{
    size_t pos = (size_t)hash_lo & t->mask;
    while (t->slots[pos].id != STANCE_TABLE_EMPTY)
        pos = (pos + 1) & t->mask;
    t->slots[pos].tag = (uint32_t)(hash_lo >> 32);
    t->slots[pos].id = id;
    t->count++;
}

bool stance__table_reserve(const stance_allocator_t *a, stance_table_t *t, size_t extra,
                           stance_table_hash_fn hash_of, const void *owner)
{
    if (extra > SIZE_MAX / 2 - t->count)
        return false;
    size_t need = t->count + extra;
    if (need <= (t->mask + 1) / 2)
        return true;
    stance_table_t bigger;
    if (!stance__table_init(a, &bigger, need))
        return false;
    for (size_t i = 0; i <= t->mask; i++)
        if (t->slots[i].id != STANCE_TABLE_EMPTY)
            stance__table_insert(&bigger, hash_of(owner, t->slots[i].id), t->slots[i].id);
    stance__table_free(a, t);
    *t = bigger;
    return true;
}
