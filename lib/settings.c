/* Validating, copying and comparing analyzer and naive-Bayes settings. */
#include "settings.h"

#include "format.h"
#include "language_rules.h"
#include "negation_lists.h"
#include "normalize.h"
#include "tokenize.h"

#include <libstemmer.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <utf8proc.h>

/* A scalar is read and written through its bytes as an `unsigned` or a `double`; an enum
 * setting shares the representation of `unsigned`. */
_Static_assert(sizeof(stance_weighting_t) == sizeof(unsigned) &&
                   sizeof(stance_nb_t) == sizeof(unsigned) &&
                   sizeof(stance_priors_t) == sizeof(unsigned),
               "enum settings are stored as unsigned");

/* 0, or a compile error where a row names a field of the wrong type. */
#define TYPE_CHECK(ok) (0 * sizeof(char[(ok) ? 1 : -1]))
#define FIELD(st, f) (((st *)0)->f)
#define BOTH_ARE(f, type)                                                                    \
    (_Generic(FIELD(stance_settings_t, f), type: 1, default: 0) &&                            \
     _Generic(FIELD(stance_cfg_t, f), type: 1, default: 0))
#define BOTH_SIZED(f, type)                                                                  \
    (sizeof FIELD(stance_settings_t, f) == sizeof(type) &&                                    \
     sizeof FIELD(stance_cfg_t, f) == sizeof(type))
#define ROW(f, kind, min, max, values, section, summary, ok)                                  \
    {{#f, summary, kind, min, max, values},                                                  \
     offsetof(stance_settings_t, f) + TYPE_CHECK(ok),                                        \
     offsetof(stance_cfg_t, f),                                                              \
     section}
#define UINT_ROW(f, min, max, section, summary)                                              \
    ROW(f, STANCE_SETTING_UINT, min, max, NULL, section, summary, BOTH_ARE(f, unsigned int))
#define ENUM_ROW(f, names, section, summary)                                                 \
    ROW(f, STANCE_SETTING_ENUM, 0, sizeof names / sizeof names[0] - 1, names, section,       \
        summary, BOTH_SIZED(f, unsigned int))
#define REAL_ROW(f, min, max, section, summary)                                              \
    ROW(f, STANCE_SETTING_REAL, min, max, NULL, section, summary, BOTH_ARE(f, double))

static const char *const weighting_names[] = {"binary", "counts"};
static const char *const nb_names[] = {"multinomial", "complement"};
static const char *const priors_names[] = {"learned", "uniform"};

/* Every scalar setting. A new one is a row here and a field in both structs; since the
 * file stores the rows in this order, it also changes the format (FORMAT.md). */
const stance_setting_field_t stance__setting_fields[] = {
    UINT_ROW(ngram_max, 1, STANCE_MAX_NGRAM, STANCE_TAG_ANLZ, "longest word n-gram"),
    UINT_ROW(negation, 0, 1, STANCE_TAG_ANLZ, "marking of negated words (1 = on)"),
    UINT_ROW(negation_scope, 0, STANCE_MAX_NEGATION_SCOPE, STANCE_TAG_ANLZ,
             "words a negation covers (0 = to the clause end)"),
    ENUM_ROW(weighting, weighting_names, STANCE_TAG_ANLZ, "feature weighting"),
    UINT_ROW(max_token_bytes, 1, STANCE_MAX_TOKEN_BYTES, STANCE_TAG_ANLZ,
             "longest token in bytes (longer ones are skipped)"),
    UINT_ROW(punctuation, 0, 1, STANCE_TAG_ANLZ,
             "clause punctuation as terms (1) or only as separators (0)"),
    ENUM_ROW(nb, nb_names, STANCE_TAG_NBAY, "naive-Bayes variant"),
    ENUM_ROW(priors, priors_names, STANCE_TAG_NBAY, "class priors"),
    REAL_ROW(alpha, STANCE_ALPHA_MIN, STANCE_ALPHA_MAX, STANCE_TAG_NBAY, "Lidstone smoothing"),
};
const size_t stance__setting_field_count =
    sizeof stance__setting_fields / sizeof stance__setting_fields[0];

#define EACH_FIELD(f)                                                                        \
    (const stance_setting_field_t *f = stance__setting_fields;                              \
     f < stance__setting_fields + stance__setting_field_count; f++)

static size_t value_size(const stance_setting_field_t *f)
{
    return f->desc.kind == STANCE_SETTING_REAL ? sizeof(double) : sizeof(unsigned);
}

unsigned stance__cfg_uint(const stance_cfg_t *cfg, const stance_setting_field_t *f)
{
    unsigned v;
    memcpy(&v, (const char *)cfg + f->cfg_off, sizeof v);
    return v;
}

double stance__cfg_real(const stance_cfg_t *cfg, const stance_setting_field_t *f)
{
    double v;
    memcpy(&v, (const char *)cfg + f->cfg_off, sizeof v);
    return v;
}

void stance__cfg_set_uint(stance_cfg_t *cfg, const stance_setting_field_t *f, unsigned v)
{
    memcpy((char *)cfg + f->cfg_off, &v, sizeof v);
}

void stance__cfg_set_real(stance_cfg_t *cfg, const stance_setting_field_t *f, double v)
{
    memcpy((char *)cfg + f->cfg_off, &v, sizeof v);
}

/* The shortest %g form that reads back as v, so a message never shows the bound it breaks
 * ("9.999999999999999e-10", not "1e-09"). Returns what snprintf returns. */
static int format_real(char *buf, size_t cap, double v)
{
    char tmp[STANCE_SETTING_TEXT_BYTES];
    for (int digits = 1; digits <= 17; digits++) {
        snprintf(tmp, sizeof tmp, "%.*g", digits, v);
        if (strtod(tmp, NULL) == v)
            break;
    }
    return snprintf(buf, cap, "%s", tmp);
}

/* The value of field f held at `value`. */
static int format_value(char *buf, size_t cap, const stance_setting_field_t *f,
                        const void *value)
{
    if (f->desc.kind == STANCE_SETTING_REAL) {
        double v;
        memcpy(&v, value, sizeof v);
        return format_real(buf, cap, v);
    }
    unsigned v;
    memcpy(&v, value, sizeof v);
    if (f->desc.kind == STANCE_SETTING_ENUM && v <= f->desc.max)
        return snprintf(buf, cap, "%s", f->desc.values[v]);
    return snprintf(buf, cap, "%u", v);
}

stance_status_t stance__cfg_check_field(const stance_setting_field_t *f, const stance_cfg_t *c,
                                        stance_error_t *err)
{
    const stance_setting_t *d = &f->desc;
    if (d->kind == STANCE_SETTING_REAL) {
        double v = stance__cfg_real(c, f);
        if (v >= d->min && v <= d->max) /* NaN fails both, infinities one */
            return STANCE_OK;
        char text[STANCE_SETTING_TEXT_BYTES], lo[STANCE_SETTING_TEXT_BYTES],
            hi[STANCE_SETTING_TEXT_BYTES];
        format_real(text, sizeof text, v);
        format_real(lo, sizeof lo, d->min);
        format_real(hi, sizeof hi, d->max);
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "%s %s must be a finite number in %s..%s", d->name, text, lo, hi);
    }
    unsigned v = stance__cfg_uint(c, f);
    if (v >= d->min && v <= d->max)
        return STANCE_OK;
    if (d->kind == STANCE_SETTING_UINT)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "%s %u is out of range %u..%u", d->name, v, (unsigned)d->min,
                            (unsigned)d->max);
    char names[96] = "";
    size_t used = 0;
    for (unsigned k = 0; k <= (unsigned)d->max && used < sizeof names; k++) {
        int n = snprintf(names + used, sizeof names - used, "%s%u = %s", k ? ", " : "", k,
                         d->values[k]);
        used += n > 0 ? (size_t)n : 0;
    }
    return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                        "%s: unknown %s %u (%s)", d->name, d->summary, v, names);
}

size_t stance_setting_count(void)
{
    return stance__setting_field_count;
}

const stance_setting_t *stance_setting_describe(size_t i)
{
    return i < stance__setting_field_count ? &stance__setting_fields[i].desc : NULL;
}

stance_status_t stance_setting_format(const stance_settings_t *settings, size_t i, char *buf,
                                      size_t cap, size_t *needed, stance_error_t *err)
{
    if (!settings || i >= stance__setting_field_count || (!buf && cap))
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "settings NULL, setting %zu not below %zu, or buffer NULL with a "
                            "nonzero capacity",
                            i, stance__setting_field_count);
    const stance_setting_field_t *f = &stance__setting_fields[i];
    char text[STANCE_SETTING_TEXT_BYTES];
    int n = format_value(text, sizeof text, f, (const char *)settings + f->settings_off);
    size_t need = n > 0 ? (size_t)n + 1 : 1;
    if (needed)
        *needed = need;
    if (need > cap)
        return stance__fail(err, STANCE_E_BUFFER_TOO_SMALL, STANCE_NO_OFFSET,
                            "%s needs %zu bytes, the buffer has %zu", f->desc.name, need, cap);
    memcpy(buf, text, need);
    stance__ok(err);
    return STANCE_OK;
}

const char *stance_language(size_t i)
{
    const char **l = sb_stemmer_list();
    for (size_t k = 0; l[k]; k++)
        if (k == i)
            return l[k];
        else if (!l[k + 1])
            return i == k + 1 ? "none" : NULL;
    return i == 0 ? "none" : NULL;
}

uint32_t stance__tokenizer_rev_for(const char *language)
{
    return stance__language_rules(language) ? STANCE_TOKENIZER_REV_LANGUAGE_3
                                            : STANCE_TOKENIZER_REV;
}

const stance_language_rules_t *stance__cfg_rules(const stance_cfg_t *c)
{
    return (c->tokenizer_rev == STANCE_TOKENIZER_REV_LANGUAGE ||
            c->tokenizer_rev == STANCE_TOKENIZER_REV_LANGUAGE_3) &&
                   c->language
               ? stance__language_rules(c->language)
               : NULL;
}

bool stance__language_known(const char *name, size_t len)
{
    if (len == 4 && memcmp(name, "none", 4) == 0)
        return true;
    for (const char **l = sb_stemmer_list(); *l; l++)
        if (strlen(*l) == len && memcmp(*l, name, len) == 0)
            return true;
    return false;
}

bool stance__strlist_has(const stance_strlist_t *l, const unsigned char *s, size_t n)
{
    for (size_t i = 0; i < l->n; i++)
        if (l->lens[i] == n && memcmp(l->items[i], s, n) == 0)
            return true;
    return false;
}

bool stance__strlist_has_suffix(const stance_strlist_t *l, const unsigned char *s, size_t n)
{
    for (size_t i = 0; i < l->n; i++)
        if (l->lens[i] <= n && memcmp(l->items[i], s + n - l->lens[i], l->lens[i]) == 0)
            return true;
    return false;
}

stance_status_t stance__strlist_add(const stance_allocator_t *a, stance_strlist_t *l,
                                    const char *s, size_t n)
{
    char **items = stance__realloc(a, l->items, (l->n + 1) * sizeof *items);
    if (!items)
        return STANCE_E_NOMEM;
    l->items = items;
    size_t *lens = stance__realloc(a, l->lens, (l->n + 1) * sizeof *lens);
    if (!lens)
        return STANCE_E_NOMEM;
    l->lens = lens;
    char *copy = stance__strndup(a, s, n);
    if (!copy)
        return STANCE_E_NOMEM;
    l->items[l->n] = copy;
    l->lens[l->n++] = n;
    return STANCE_OK;
}

void stance__strlist_free(const stance_allocator_t *a, stance_strlist_t *l)
{
    for (size_t i = 0; i < l->n; i++)
        stance__free(a, l->items[i]);
    stance__free(a, l->items);
    stance__free(a, l->lens);
    memset(l, 0, sizeof *l);
}

void stance__cfg_free(const stance_allocator_t *a, stance_cfg_t *cfg)
{
    stance__free(a, cfg->language);
    stance__free(a, cfg->unicode_version);
    stance__strlist_free(a, &cfg->negation_words);
    stance__strlist_free(a, &cfg->negation_suffixes);
    stance__strlist_free(a, &cfg->scope_end_words);
    memset(cfg, 0, sizeof *cfg);
}

/* A cue word must be short valid UTF-8 without spaces, controls or DEL; it is stored in its
 * normalized form so it matches what the analyzer sees. */
static stance_status_t add_cue(const stance_allocator_t *a, stance_strlist_t *l,
                               stance_normalizer_t *nz, const char *what, const char *word,
                               stance_error_t *err)
{
    if (!word)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET, "%s: NULL entry",
                            what);
    size_t n = strlen(word);
    if (n == 0 || n > STANCE_MAX_LIST_WORD_BYTES)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "%s: entry '%.64s' must be 1..%u bytes", what, word,
                            STANCE_MAX_LIST_WORD_BYTES);
    if (stance__utf8_check((const unsigned char *)word, n) != n)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "%s: entry is not valid UTF-8", what);
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)word[i] <= ' ' || word[i] == 0x7F) /* a model file holds neither */
            return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                                "%s: entry '%s' contains a space or control character", what,
                                word);
    /* the analyzer compares a cue with one token at a time: an entry of several tokens (two
     * Han characters, a word and a clause mark) would be kept and never met */
    stance_scanner_t sc;
    stance__scanner_init(&sc, word, n, false);
    stance_tok_t tok;
    size_t bad, tokens = 0;
    while (stance__scan(&sc, &tok, &bad) == 1)
        tokens++;
    if (tokens > 1)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "%s: entry '%s' is %zu tokens to the tokenizer (each Han or Kana "
                            "character is one; a clause mark ends a word), so no text could "
                            "match it",
                            what, word, tokens);
    const unsigned char *norm;
    size_t norm_len;
    stance_status_t st = stance__normalize(a, nz, (const unsigned char *)word, n, &norm, &norm_len);
    if (st != STANCE_OK)
        return stance__fail(err, st, STANCE_NO_OFFSET, "%s: %s", what, stance_strerror(st));
    if (norm_len > STANCE_MAX_LIST_WORD_BYTES) /* a model file could not hold it */
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "%s: entry '%.64s' is %zu bytes once normalized (NFKC), over %u",
                            what, word, norm_len, STANCE_MAX_LIST_WORD_BYTES);
    if (norm_len == 0 || stance__strlist_has(l, norm, norm_len))
        return STANCE_OK; /* ignorable or repeated: nothing to add */
    if (l->n >= STANCE_MAX_LIST_WORDS)
        return stance__fail(err, STANCE_E_LIMIT, STANCE_NO_OFFSET, "%s: more than %u entries",
                            what, STANCE_MAX_LIST_WORDS);
    st = stance__strlist_add(a, l, (const char *)norm, norm_len);
    return st == STANCE_OK ? st : stance__fail(err, st, STANCE_NO_OFFSET, "out of memory");
}

static stance_status_t fill_list(const stance_allocator_t *a, stance_strlist_t *l,
                                 stance_normalizer_t *nz, const char *what,
                                 const char *const *given, size_t n_given,
                                 const char *const *builtin, stance_error_t *err)
{
    stance_status_t st = STANCE_OK;
    if (!given && n_given)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "%s is NULL with a count of %zu (NULL with 0 = the built-in list)",
                            what, n_given);
    if (given) {
        for (size_t i = 0; i < n_given && st == STANCE_OK; i++)
            st = add_cue(a, l, nz, what, given[i], err);
    } else {
        for (size_t i = 0; builtin[i] && st == STANCE_OK; i++)
            st = add_cue(a, l, nz, what, builtin[i], err);
    }
    return st;
}

stance_status_t stance__cfg_check_language(const char *language, stance_error_t *err)
{
    if (stance__language_known(language, strlen(language)))
        return STANCE_OK;
    return stance__fail(err, STANCE_E_LANGUAGE, STANCE_NO_OFFSET,
                        "unknown stemmer language '%.40s' (libstemmer knows e.g. english, "
                        "french, german, russian, spanish; or use none)",
                        language);
}

stance_status_t stance__cfg_validate(const stance_cfg_t *c, stance_error_t *err)
{
    stance_status_t language = stance__cfg_check_language(c->language, err);
    if (language != STANCE_OK)
        return language;
    for EACH_FIELD(f) {
        stance_status_t st = stance__cfg_check_field(f, c, err);
        if (st != STANCE_OK)
            return st;
    }
    return STANCE_OK;
}

stance_status_t stance__cfg_from_settings(const stance_allocator_t *a, stance_cfg_t *dst,
                                          const stance_settings_t *src, stance_error_t *err)
{
    memset(dst, 0, sizeof *dst);
    if (src->version != STANCE_SETTINGS_VERSION)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "settings version %u is not %u", src->version,
                            STANCE_SETTINGS_VERSION);
    const char *lang = src->language ? src->language : "english";
    size_t lang_len = strlen(lang);
    if (lang_len == 0 || lang_len > STANCE_MAX_LANGUAGE_BYTES)
        return stance__fail(err, STANCE_E_LANGUAGE, STANCE_NO_OFFSET,
                            "language name must be 1..%u bytes", STANCE_MAX_LANGUAGE_BYTES);
    for EACH_FIELD(f)
        memcpy((char *)dst + f->cfg_off, (const char *)src + f->settings_off, value_size(f));
    dst->tokenizer_rev = stance__tokenizer_rev_for(lang);
    dst->language = stance__strndup(a, lang, lang_len);
    const char *uv = utf8proc_unicode_version();
    dst->unicode_version = stance__strndup(a, uv, strlen(uv));
    if (!dst->language || !dst->unicode_version) {
        stance__cfg_free(a, dst);
        return stance__fail(err, STANCE_E_NOMEM, STANCE_NO_OFFSET, "out of memory");
    }
    stance_status_t st = stance__cfg_validate(dst, err);
    if (st != STANCE_OK) {
        stance__cfg_free(a, dst);
        return st;
    }
    const stance_negation_lists_t *builtin = stance__negation_lists(dst->language);
    stance_normalizer_t nz = {0};
    const stance_language_rules_t *rules = stance__cfg_rules(dst);
    nz.turkish_i = rules && rules->turkish; /* the words are folded as the text will be */
    nz.turkish_dotted = nz.turkish_i && dst->tokenizer_rev >= STANCE_TOKENIZER_REV_LANGUAGE_3;
    st = fill_list(a, &dst->negation_words, &nz, "negation_words", src->negation_words,
                   src->n_negation_words, builtin->words, err);
    if (st == STANCE_OK)
        st = fill_list(a, &dst->negation_suffixes, &nz, "negation_suffixes",
                       src->negation_suffixes, src->n_negation_suffixes, builtin->suffixes,
                       err);
    if (st == STANCE_OK)
        st = fill_list(a, &dst->scope_end_words, &nz, "scope_end_words", src->scope_end_words,
                       src->n_scope_end_words, builtin->scope_enders, err);
    stance__normalizer_free(a, &nz);
    if (st != STANCE_OK)
        stance__cfg_free(a, dst);
    return st;
}

static stance_status_t copy_list(const stance_allocator_t *a, stance_strlist_t *dst,
                                 const stance_strlist_t *src)
{
    for (size_t i = 0; i < src->n; i++) {
        stance_status_t st = stance__strlist_add(a, dst, src->items[i], src->lens[i]);
        if (st != STANCE_OK)
            return st;
    }
    return STANCE_OK;
}

stance_status_t stance__cfg_copy(const stance_allocator_t *a, stance_cfg_t *dst,
                                 const stance_cfg_t *src)
{
    *dst = *src;
    memset(&dst->negation_words, 0, sizeof dst->negation_words);
    memset(&dst->negation_suffixes, 0, sizeof dst->negation_suffixes);
    memset(&dst->scope_end_words, 0, sizeof dst->scope_end_words);
    dst->language = stance__strndup(a, src->language, strlen(src->language));
    dst->unicode_version = stance__strndup(a, src->unicode_version,
                                           strlen(src->unicode_version));
    if (!dst->language || !dst->unicode_version ||
        copy_list(a, &dst->negation_words, &src->negation_words) != STANCE_OK ||
        copy_list(a, &dst->negation_suffixes, &src->negation_suffixes) != STANCE_OK ||
        copy_list(a, &dst->scope_end_words, &src->scope_end_words) != STANCE_OK) {
        stance__cfg_free(a, dst);
        return STANCE_E_NOMEM;
    }
    return STANCE_OK;
}

void stance__cfg_to_settings(const stance_cfg_t *c, stance_settings_t *out)
{
    out->version = STANCE_SETTINGS_VERSION;
    out->language = c->language;
    for EACH_FIELD(f)
        memcpy((char *)out + f->settings_off, (const char *)c + f->cfg_off, value_size(f));
    out->negation_words = (const char *const *)c->negation_words.items;
    out->n_negation_words = c->negation_words.n;
    out->negation_suffixes = (const char *const *)c->negation_suffixes.items;
    out->n_negation_suffixes = c->negation_suffixes.n;
    out->scope_end_words = (const char *const *)c->scope_end_words.items;
    out->n_scope_end_words = c->scope_end_words.n;
}

/* The first entry of x that y lacks, or SIZE_MAX. A list is a set (each entry is stored once):
 * the same words in another order analyze alike. */
static size_t list_entry_missing(const stance_strlist_t *x, const stance_strlist_t *y)
{
    for (size_t i = 0; i < x->n; i++)
        if (!stance__strlist_has(y, (const unsigned char *)x->items[i], x->lens[i]))
            return i;
    return SIZE_MAX;
}

/* A differing setting's values, as a message shows them. */
typedef struct diff_values {
    char *x, *y;
    size_t cap;
} diff_values_t;

static const char *differs_str(const char *name, const diff_values_t *v, const char *x,
                               const char *y)
{
    if (v) {
        snprintf(v->x, v->cap, "%s", x);
        snprintf(v->y, v->cap, "%s", y);
    }
    return name;
}

const char *stance__cfg_diff(const stance_cfg_t *x, const stance_cfg_t *y, char *vx, char *vy,
                             size_t cap)
{
    const diff_values_t values = {vx, vy, cap}, *v = vx && vy && cap ? &values : NULL;
    if (strcmp(x->language, y->language) != 0)
        return differs_str("language", v, x->language, y->language);
    if (x->tokenizer_rev != y->tokenizer_rev) {
        char tx[16], ty[16];
        snprintf(tx, sizeof tx, "%u", (unsigned)x->tokenizer_rev);
        snprintf(ty, sizeof ty, "%u", (unsigned)y->tokenizer_rev);
        return differs_str("tokenizer revision", v, tx, ty);
    }
    if (strcmp(x->unicode_version, y->unicode_version) != 0)
        return differs_str("Unicode version", v, x->unicode_version, y->unicode_version);
    /* by bytes: two alphas that differ in their last bit are two different models */
    for EACH_FIELD(f) {
        /* complement NB weighs no priors: two such models of other priors classify alike */
        if (f->cfg_off == offsetof(stance_cfg_t, priors) && x->nb == STANCE_NB_COMPLEMENT &&
            y->nb == STANCE_NB_COMPLEMENT)
            continue;
        const char *px = (const char *)x + f->cfg_off, *py = (const char *)y + f->cfg_off;
        if (memcmp(px, py, value_size(f)) != 0) {
            char tx[STANCE_SETTING_TEXT_BYTES], ty[STANCE_SETTING_TEXT_BYTES];
            format_value(tx, sizeof tx, f, px);
            format_value(ty, sizeof ty, f, py);
            return differs_str(f->desc.name, v, tx, ty);
        }
    }
    static const char *const list_names[] = {"negation_words", "negation_suffixes",
                                             "scope_end_words"};
    const stance_strlist_t *lx[] = {&x->negation_words, &x->negation_suffixes,
                                    &x->scope_end_words},
                           *ly[] = {&y->negation_words, &y->negation_suffixes,
                                    &y->scope_end_words};
    for (size_t i = 0; i < 3; i++) {
        size_t in_x = list_entry_missing(lx[i], ly[i]), in_y = list_entry_missing(ly[i], lx[i]);
        if (in_x == SIZE_MAX && in_y == SIZE_MAX)
            continue;
        char tx[STANCE_DIFF_VALUE_BYTES], ty[STANCE_DIFF_VALUE_BYTES];
        const stance_strlist_t *holder = in_x != SIZE_MAX ? lx[i] : ly[i];
        const size_t at = in_x != SIZE_MAX ? in_x : in_y;
        char word[72]; /* an entry is at most 64 bytes (FORMAT.md, ANLZ), and its quotes */
        snprintf(word, sizeof word, "'%.*s'", (int)holder->lens[at], holder->items[at]);
        snprintf(in_x != SIZE_MAX ? tx : ty, sizeof tx, "a list holding %s", word);
        snprintf(in_x != SIZE_MAX ? ty : tx, sizeof tx, "one without %s", word);
        return differs_str(list_names[i], v, tx, ty);
    }
    return NULL;
}

stance_status_t stance_settings_validate(const stance_settings_t *settings, stance_error_t *err)
{
    if (!settings)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET, "settings is NULL");
    /* The very path a trainer takes, so the two can never disagree. */
    stance_allocator_t a;
    stance__alloc_init(&a, NULL);
    stance_cfg_t cfg;
    stance_status_t st = stance__cfg_from_settings(&a, &cfg, settings, err);
    if (st != STANCE_OK)
        return st;
    stance__cfg_free(&a, &cfg);
    stance__ok(err);
    return STANCE_OK;
}
