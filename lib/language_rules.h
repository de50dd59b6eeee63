/* Word rules of a language that Unicode's folding and the stemmers leave out, applied to each
 * distinct word once, when the analyzer first meets it (tokenizer revision 2, settings.h). */
#ifndef STANCE_LANGUAGE_RULES_H
#define STANCE_LANGUAGE_RULES_H

#include "stance_int.h"

typedef struct stance_language_rules {
    const char *language;        /* the libstemmer name */
    const char *const *elisions; /* NULL-terminated: words elided before an apostrophe */
    const char *const *elided_as; /* NULL-terminated pairs: an elision and the word it stands
                                   * for, where that may be a negation word (French n: ne) */
    bool turkish;                /* Turkish casing, and suffixes after an apostrophe */
} stance_language_rules_t;

/* The rules of `language`, or NULL when it has none (its models keep revision 1). */
const stance_language_rules_t *stance__language_rules(const char *language);

/* A normalized word without what the rules strip: an elided article or pronoun before the
 * apostrophe (French l'accord -> accord), or a Turkish suffix after it (türkiye'nin ->
 * türkiye). Only the view [*s, *s + *n) changes; a word that would be left empty stays.
 * Returns the word an elision stripped stands for when the rules name one (French n': "ne"),
 * else NULL. */
const char *stance__language_strip(const stance_language_rules_t *rules,
                                   const unsigned char **s, size_t *n);

#endif
