/* Analyzer and naive-Bayes settings as the library keeps them: owned, validated, with the
 * language's built-in negation lists filled in. A model and a trainer each own one. */
#ifndef STANCE_SETTINGS_H
#define STANCE_SETTINGS_H

#include "stance_int.h"

/* Revision of the tokenizer and feature rules. Any change to how text becomes features
 * bumps it; models carrying a revision this library does not know are refused
 * (STANCE_E_VERSION). Revision 2 is revision 1 with the word rules of the model's language
 * (language_rules.c: Turkish casing and apostrophe suffixes; French, Italian, Catalan and
 * Irish elisions), written for models of those languages only, so that every other model,
 * and models of those languages made before, read text exactly as they were trained to. */
#define STANCE_TOKENIZER_REV 1u
#define STANCE_TOKENIZER_REV_LANGUAGE 2u
/* Revision 3 is revision 2 with two more rules, written for the same languages' models from
 * 0.4.0 on: a Turkish İ decomposed (I and U+0307, as NFD text holds it) is i as the composed
 * one is; and an elided word that stands for a negation word (French n', ne) opens a negation
 * scope that takes in its own word. Models of revision 2 keep revision 2's reading. */
#define STANCE_TOKENIZER_REV_LANGUAGE_3 3u

#define STANCE_MAX_LIST_WORDS 256u
#define STANCE_MAX_LIST_WORD_BYTES 64u
#define STANCE_MAX_LANGUAGE_BYTES 32u

typedef struct stance_strlist {
    char **items; /* NUL-terminated, normalized */
    size_t *lens;
    size_t n;
} stance_strlist_t;

/* The revision a new model of this language gets. */
uint32_t stance__tokenizer_rev_for(const char *language);

typedef struct stance_cfg {
    char *language; /* libstemmer algorithm name or "none" */
    unsigned ngram_max, negation, negation_scope, max_token_bytes, punctuation;
    stance_weighting_t weighting;
    stance_nb_t nb;
    stance_priors_t priors;
    double alpha;
    stance_strlist_t negation_words, negation_suffixes, scope_end_words;
    uint32_t tokenizer_rev;
    char *unicode_version;
} stance_cfg_t;

/* The word rules the analysis applies: its language's at revision 2, none at revision 1. */
const struct stance_language_rules *stance__cfg_rules(const stance_cfg_t *c);

/* One scalar setting: its public description, where it lives in stance_settings_t and in
 * stance_cfg_t, and the model file section that stores it. Everything that handles the
 * scalars (checking, comparing, copying, reading and writing the file) walks these rows; a
 * scalar's value is an `unsigned` (UINT, ENUM) or a `double` (REAL) in both structs. */
typedef struct stance_setting_field {
    stance_setting_t desc;
    size_t settings_off, cfg_off;
    uint32_t section; /* STANCE_TAG_ANLZ or STANCE_TAG_NBAY (format.h) */
} stance_setting_field_t;

/* The rows, in model file order: within a section, the file holds its scalars in this order
 * (FORMAT.md; u32 for UINT and ENUM, f64 for REAL). */
extern const stance_setting_field_t stance__setting_fields[];
extern const size_t stance__setting_field_count;

unsigned stance__cfg_uint(const stance_cfg_t *cfg, const stance_setting_field_t *f);
double stance__cfg_real(const stance_cfg_t *cfg, const stance_setting_field_t *f);
void stance__cfg_set_uint(stance_cfg_t *cfg, const stance_setting_field_t *f, unsigned v);
void stance__cfg_set_real(stance_cfg_t *cfg, const stance_setting_field_t *f, double v);

/* Validates public settings (naming the first bad one in *err) and makes an owned copy,
 * normalizing the word lists the way the analyzer normalizes text. */
stance_status_t stance__cfg_from_settings(const stance_allocator_t *a, stance_cfg_t *dst,
                                          const stance_settings_t *src, stance_error_t *err);
/* Checks the language and every scalar (the settings a caller or a file can get wrong). */
stance_status_t stance__cfg_validate(const stance_cfg_t *cfg, stance_error_t *err);
/* The parts of that check, for the model reader, which places each in the file: the language
 * (STANCE_E_LANGUAGE), and field f of cfg (STANCE_E_INVALID_ARG with a message that names the
 * setting, its value and what it may be). */
stance_status_t stance__cfg_check_language(const char *language, stance_error_t *err);
stance_status_t stance__cfg_check_field(const stance_setting_field_t *f, const stance_cfg_t *cfg,
                                        stance_error_t *err);
stance_status_t stance__cfg_copy(const stance_allocator_t *a, stance_cfg_t *dst,
                                 const stance_cfg_t *src);
void stance__cfg_free(const stance_allocator_t *a, stance_cfg_t *cfg);
/* Borrowing view for stance_model_settings(). */
void stance__cfg_to_settings(const stance_cfg_t *cfg, stance_settings_t *out);
/* Name of the first setting that differs, or NULL when the two are interchangeable; vx and
 * vy (cap bytes each; may be NULL) then receive x's and y's values of it, for a message. */
#define STANCE_DIFF_VALUE_BYTES 96
const char *stance__cfg_diff(const stance_cfg_t *x, const stance_cfg_t *y, char *vx, char *vy,
                             size_t cap);
/* True when libstemmer knows `name` as a canonical algorithm name, or name is "none". */
bool stance__language_known(const char *name, size_t len);

bool stance__strlist_has(const stance_strlist_t *l, const unsigned char *s, size_t n);
bool stance__strlist_has_suffix(const stance_strlist_t *l, const unsigned char *s, size_t n);
stance_status_t stance__strlist_add(const stance_allocator_t *a, stance_strlist_t *l,
                                    const char *s, size_t n);
void stance__strlist_free(const stance_allocator_t *a, stance_strlist_t *l);

#endif
