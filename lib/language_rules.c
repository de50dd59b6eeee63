/* Elided words and Turkish apostrophe suffixes (language_rules.h). The lists are the words a
 * language writes elided before a vowel; they are copied into no model, so a change here
 * needs a new tokenizer revision (elided_as is read from revision 3 on). */
#include "language_rules.h"

#include <string.h>

static const char *const french[] = {"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu",
                                     "lorsqu", "puisqu", "quoiqu", NULL};
static const char *const italian[] = {"l", "d", "c", "m", "t", "s", "v", "un", "all", "dall",
                                      "dell", "nell", "sull", "coll", "pell", "gl", "agl",
                                      "dagl", "degl", "negl", "sugl", "quell", "quest", NULL};
static const char *const catalan[] = {"l", "d", "m", "n", "s", "t", NULL};
static const char *const irish[] = {"b", "d", "m", NULL};
static const char *const none[] = {NULL};
static const char *const french_as[] = {"n", "ne", NULL};

static const stance_language_rules_t table[] = {
    {"french", french, french_as, false},
    {"italian", italian, none, false},
    {"catalan", catalan, none, false}, /* n' is a pronoun there (en) */
    {"irish", irish, none, false},
    {"turkish", none, none, true},
};

const stance_language_rules_t *stance__language_rules(const char *language)
{
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        if (strcmp(table[i].language, language) == 0)
            return &table[i];
    return NULL;
}

const char *stance__language_strip(const stance_language_rules_t *rules,
                                   const unsigned char **s, size_t *n)
{
    const unsigned char *apostrophe = memchr(*s, '\'', *n);
    if (!apostrophe || apostrophe == *s || apostrophe + 1 == *s + *n)
        return NULL; /* none, or nothing on one side of it */
    const size_t before = (size_t)(apostrophe - *s);
    if (rules->turkish) {
        *n = before;
        return NULL;
    }
    for (const char *const *e = rules->elisions; *e; e++)
        if (strlen(*e) == before && memcmp(*e, *s, before) == 0) {
            const char *as = NULL;
            for (const char *const *p = rules->elided_as; *p; p += 2)
                if (strlen(*p) == before && memcmp(*p, *s, before) == 0)
                    as = p[1];
            *s += before + 1;
            *n -= before + 1;
            return as;
        }
    return NULL;
}
