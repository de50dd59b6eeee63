/* Built-in negation cues per language: the words that open a negation scope, the endings that
 * make a word negative, and the words that close a scope. They are copied into every model
 * trained with them, so changing this file never changes how an existing model reads text. */
#include "negation_lists.h"

#include <string.h>

static const char *const english_words[] = {
    "not", "no", "never", "none", "nobody", "nothing", "nowhere", "neither", "nor", "without",
    "cannot", "hardly", "scarcely", "barely", "dont", "cant", "wont", "isnt", "arent", "wasnt",
    "werent", "doesnt", "didnt", "hasnt", "havent", "hadnt", "shouldnt", "wouldnt", "couldnt",
    "mustnt", "aint", NULL};
static const char *const english_suffixes[] = {"n't", NULL};
static const char *const english_enders[] = {"but", "however", "although", "though",
                                             "nevertheless", "nonetheless", "instead", NULL};

static const char *const french_words[] = {"ne", "pas", "jamais", "rien", "aucun", "aucune",
                                           "sans", "ni", "personne", "nullement", NULL};
static const char *const french_enders[] = {"mais", "cependant", "toutefois", "pourtant", NULL};

static const char *const german_words[] = {"nicht", "kein", "keine", "keinen", "keinem",
                                           "keiner", "keines", "nie", "niemals", "nichts",
                                           "niemand", "ohne", "weder", NULL};
static const char *const german_enders[] = {"aber", "sondern", "jedoch", "doch", NULL};

static const char *const spanish_words[] = {"no", "nunca", "jamás", "sin", "ni", "nada",
                                            "nadie", "ningún", "ninguno", "ninguna",
                                            "tampoco", NULL};
static const char *const spanish_enders[] = {"pero", "sino", "aunque", NULL};

static const char *const italian_words[] = {"non", "mai", "senza", "né", "niente", "nulla",
                                            "nessuno", "nessuna", NULL};
static const char *const italian_enders[] = {"ma", "però", "tuttavia", NULL};

static const char *const portuguese_words[] = {"não", "nunca", "jamais", "sem", "nem", "nada",
                                               "ninguém", "nenhum", "nenhuma", NULL};
static const char *const portuguese_enders[] = {"mas", "porém", "contudo", NULL};

static const char *const dutch_words[] = {"niet", "geen", "nooit", "zonder", "noch", "niets",
                                          "niemand", NULL};
static const char *const dutch_enders[] = {"maar", "echter", NULL};

static const char *const russian_words[] = {"не", "нет", "ни", "никогда", "без", "ничего",
                                            "никто", "нельзя", NULL};
static const char *const russian_enders[] = {"но", "однако", "хотя", NULL};

static const char *const empty[] = {NULL};

static const stance_negation_lists_t table[] = {
    {"english", english_words, english_suffixes, english_enders},
    {"porter", english_words, english_suffixes, english_enders},
    {"none", english_words, english_suffixes, english_enders},
    {"french", french_words, empty, french_enders},
    {"german", german_words, empty, german_enders},
    {"spanish", spanish_words, empty, spanish_enders},
    {"italian", italian_words, empty, italian_enders},
    {"portuguese", portuguese_words, empty, portuguese_enders},
    {"dutch", dutch_words, empty, dutch_enders},
    {"russian", russian_words, empty, russian_enders},
};

static const stance_negation_lists_t none_known = {NULL, empty, empty, empty};

const stance_negation_lists_t *stance__negation_lists(const char *language)
{
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        if (strcmp(table[i].language, language) == 0)
            return &table[i];
    return &none_known;
}
