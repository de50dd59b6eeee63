#ifndef STANCE_NEGATION_LISTS_H
#define STANCE_NEGATION_LISTS_H

/* NULL-terminated word lists; `language` is the libstemmer name they belong to. */
typedef struct stance_negation_lists {
    const char *language;
    const char *const *words;
    const char *const *suffixes;
    const char *const *scope_enders;
} stance_negation_lists_t;

/* The built-in lists for `language`; empty lists when there are none. Never NULL. */
const stance_negation_lists_t *stance__negation_lists(const char *language);

#endif
