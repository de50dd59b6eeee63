#include "seen.h"

bool stance__seen_init(const stance_allocator_t *a, stance_seen_t *s)
{
    s->mask = 255;
    s->used = 0;
    s->gen = 1;
    s->slots = stance__calloc(a, s->mask + 1, sizeof *s->slots);
    return s->slots != NULL;
}

void stance__seen_free(const stance_allocator_t *a, stance_seen_t *s)
{
    stance__free(a, s->slots);
    s->slots = NULL;
}

bool stance__seen_grow(const stance_allocator_t *a, stance_seen_t *s, size_t n)
{
    size_t cap = s->mask + 1;
    while (s->used + n > cap / 2) {
        if (cap > SIZE_MAX / 2 / sizeof *s->slots)
            return false;
        cap *= 2;
    }
    stance_seen_slot_t *bigger = stance__calloc(a, cap, sizeof *bigger);
    if (!bigger)
        return false;
    stance_seen_t grown = {bigger, cap - 1, 0, s->gen};
    for (size_t i = 0; i <= s->mask; i++) {
        const stance_seen_slot_t *old = &s->slots[i];
        if (old->gen != s->gen)
            continue;
        bool fresh;
        *stance__seen_slot(&grown, old->id, &fresh) = *old;
    }
    stance__free(a, s->slots);
    *s = grown;
    return true;
}

bool stance__seen_begin_slow(const stance_allocator_t *a, stance_seen_t *s, size_t n)
{
    if (++s->gen == 0) { /* wrapped after 2^32 statements: clear for real, once */
        memset(s->slots, 0, (s->mask + 1) * sizeof *s->slots);
        s->gen = 1;
    }
    s->used = 0;
    if (n <= (s->mask + 1) / 2)
        return true;
    size_t cap = s->mask + 1;
    while (n > cap / 2) {
        if (cap > SIZE_MAX / 2 / sizeof *s->slots)
            return false;
        cap *= 2;
    }
    stance_seen_slot_t *bigger = stance__calloc(a, cap, sizeof *bigger);
    if (!bigger)
        return false;
    stance__free(a, s->slots);
    s->slots = bigger;
    s->mask = cap - 1;
    return true;
}
