/* Token normalization: NFKC + case folding + removal of default-ignorable code points, with
 * typographic apostrophes and hyphens folded to ASCII. Pure-ASCII tokens take a fast path that
 * gives the same bytes utf8proc would (tested over every ASCII byte). */
#ifndef STANCE_NORMALIZE_H
#define STANCE_NORMALIZE_H

#include "stance_int.h"

/* The utf8proc options, pinned: changing them changes features and needs a new
 * STANCE_TOKENIZER_REV. */
#define STANCE_UTF8PROC_OPTIONS \
    (UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_IGNORE)

typedef struct stance_normalizer {
    int32_t *cps;   /* code points, then reused in place for the UTF-8 result */
    size_t cap;     /* in code points */
    bool turkish_i; /* fold İ to i and I to ı (a turkish model of tokenizer revision 2) */
    bool turkish_dotted; /* and İ decomposed, I + U+0307, to i too (revision 3) */
} stance_normalizer_t;

/* Normalizes the valid UTF-8 token s[0..n). On success *out points into the normalizer's
 * scratch (valid until its next call) and may be empty (a token of ignorable characters).
 * Spaces produced by compatibility decompositions become '_' so a normalized word never
 * contains the n-gram separator. */
stance_status_t stance__normalize(const stance_allocator_t *a, stance_normalizer_t *nz,
                                  const unsigned char *s, size_t n, const unsigned char **out,
                                  size_t *out_len);
void stance__normalizer_free(const stance_allocator_t *a, stance_normalizer_t *nz);

#endif
