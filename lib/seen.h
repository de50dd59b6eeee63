/* The features seen in the current statement: an open-addressing set of feature ids that is
 * emptied by bumping a generation, so it needs neither an array the size of the model nor a
 * clearing pass per statement. Statements of ordinary length keep it in L1 cache. Used for
 * binary weighting (count each feature once) and for explanations (count and locate). */
#ifndef STANCE_SEEN_H
#define STANCE_SEEN_H

#include "stance_int.h"

typedef struct stance_seen_slot {
    uint32_t id, gen, value; /* value: free for the owner (an index into its hits) */
} stance_seen_slot_t;

typedef struct stance_seen {
    stance_seen_slot_t *slots;
    size_t mask, used;
    uint32_t gen;
} stance_seen_t;

bool stance__seen_init(const stance_allocator_t *a, stance_seen_t *s);
void stance__seen_free(const stance_allocator_t *a, stance_seen_t *s);
bool stance__seen_begin_slow(const stance_allocator_t *a, stance_seen_t *s, size_t n);
bool stance__seen_grow(const stance_allocator_t *a, stance_seen_t *s, size_t n);

/* Starts a statement that will add at most n ids; false when out of memory. (Inline: it runs
 * for every statement, and almost always only bumps the generation.) */
static inline bool stance__seen_begin(const stance_allocator_t *a, stance_seen_t *s, size_t n)
{
    if (STANCE_UNLIKELY(s->gen + 1 == 0 || n > (s->mask + 1) / 2))
        return stance__seen_begin_slow(a, s, n);
    s->gen++;
    s->used = 0;
    return true;
}

/* Makes room for n more ids in the statement under way, keeping those it holds (for long texts
 * read in windows); false when out of memory (the set is unchanged then). */
static inline bool stance__seen_reserve(const stance_allocator_t *a, stance_seen_t *s, size_t n)
{
    if (STANCE_LIKELY(s->used + n <= (s->mask + 1) / 2))
        return true;
    return stance__seen_grow(a, s, n);
}

/* The slot of id; *fresh when it was not in the set yet (it is added). */
static inline stance_seen_slot_t *stance__seen_slot(stance_seen_t *s, uint32_t id, bool *fresh)
{
    size_t pos = (id * 0x9E3779B1u) & s->mask;
    for (;;) {
        stance_seen_slot_t *slot = &s->slots[pos];
        if (slot->gen != s->gen) {
            slot->gen = s->gen;
            slot->id = id;
            s->used++;
            *fresh = true;
            return slot;
        }
        if (slot->id == id) {
            *fresh = false;
            return slot;
        }
        pos = (pos + 1) & s->mask;
    }
}

#endif
