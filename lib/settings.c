/* Validating, copying and comparing analyzer and naive-Bayes settings. */
#include "settings.h"

#include "negation_lists.h"
#include "normalize.h"

#include <libstemmer.h>
#include <math.h>
#include <utf8proc.h>

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

/* A cue word must be short valid UTF-8 without spaces or controls; it is stored in its
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
        if ((unsigned char)word[i] <= ' ')
            return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                                "%s: entry '%s' contains a space or control character", what,
                                word);
    const unsigned char *norm;
    size_t norm_len;
    stance_status_t st = stance__normalize(a, nz, (const unsigned char *)word, n, &norm, &norm_len);
    if (st != STANCE_OK)
        return stance__fail(err, st, STANCE_NO_OFFSET, "%s: %s", what, stance_strerror(st));
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
    if (given) {
        for (size_t i = 0; i < n_given && st == STANCE_OK; i++)
            st = add_cue(a, l, nz, what, given[i], err);
    } else {
        for (size_t i = 0; builtin[i] && st == STANCE_OK; i++)
            st = add_cue(a, l, nz, what, builtin[i], err);
    }
    return st;
}

stance_status_t stance__cfg_validate(const stance_cfg_t *c, stance_error_t *err)
{
    if (!stance__language_known(c->language, strlen(c->language)))
        return stance__fail(err, STANCE_E_LANGUAGE, STANCE_NO_OFFSET,
                            "unknown stemmer language '%.40s' (libstemmer knows e.g. english, "
                            "french, german, russian, spanish; or use none)",
                            c->language);
    if (c->ngram_max < 1 || c->ngram_max > STANCE_MAX_NGRAM)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "ngram_max %u is out of range 1..%u", c->ngram_max,
                            STANCE_MAX_NGRAM);
    if (c->negation > 1)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "negation must be 0 or 1, not %u", c->negation);
    if (c->punctuation > 1)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "punctuation must be 0 or 1, not %u", c->punctuation);
    if (c->negation_scope > 1000)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "negation_scope %u is out of range 0..1000", c->negation_scope);
    if (c->weighting != STANCE_WEIGHT_BINARY && c->weighting != STANCE_WEIGHT_COUNTS)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "unknown weighting %d", (int)c->weighting);
    if (c->max_token_bytes < 1 || c->max_token_bytes > STANCE_MAX_TOKEN_BYTES_LIMIT)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "max_token_bytes %u is out of range 1..%u", c->max_token_bytes,
                            STANCE_MAX_TOKEN_BYTES_LIMIT);
    if (c->nb != STANCE_NB_MULTINOMIAL && c->nb != STANCE_NB_COMPLEMENT)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "unknown naive-Bayes variant %d", (int)c->nb);
    if (c->priors != STANCE_PRIORS_LEARNED && c->priors != STANCE_PRIORS_UNIFORM)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "unknown priors %d", (int)c->priors);
    if (!(c->alpha > 0.0) || !isfinite(c->alpha) || c->alpha > 1e6)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "alpha %g must be greater than 0 and at most 1e6", c->alpha);
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
    dst->ngram_max = src->ngram_max;
    dst->negation = src->negation;
    dst->negation_scope = src->negation_scope;
    dst->weighting = src->weighting;
    dst->max_token_bytes = src->max_token_bytes;
    dst->punctuation = src->punctuation;
    dst->nb = src->nb;
    dst->priors = src->priors;
    dst->alpha = src->alpha;
    dst->tokenizer_rev = STANCE_TOKENIZER_REV;
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
    out->ngram_max = c->ngram_max;
    out->negation = c->negation;
    out->negation_scope = c->negation_scope;
    out->weighting = c->weighting;
    out->max_token_bytes = c->max_token_bytes;
    out->punctuation = c->punctuation;
    out->nb = c->nb;
    out->priors = c->priors;
    out->alpha = c->alpha;
    out->negation_words = (const char *const *)c->negation_words.items;
    out->n_negation_words = c->negation_words.n;
    out->negation_suffixes = (const char *const *)c->negation_suffixes.items;
    out->n_negation_suffixes = c->negation_suffixes.n;
    out->scope_end_words = (const char *const *)c->scope_end_words.items;
    out->n_scope_end_words = c->scope_end_words.n;
}

static bool lists_equal(const stance_strlist_t *x, const stance_strlist_t *y)
{
    if (x->n != y->n)
        return false;
    for (size_t i = 0; i < x->n; i++)
        if (x->lens[i] != y->lens[i] || memcmp(x->items[i], y->items[i], x->lens[i]) != 0)
            return false;
    return true;
}

const char *stance__cfg_diff(const stance_cfg_t *x, const stance_cfg_t *y)
{
    if (strcmp(x->language, y->language) != 0)
        return "language";
    if (x->tokenizer_rev != y->tokenizer_rev)
        return "tokenizer revision";
    if (strcmp(x->unicode_version, y->unicode_version) != 0)
        return "Unicode version";
    if (x->ngram_max != y->ngram_max)
        return "ngram_max";
    if (x->negation != y->negation)
        return "negation";
    if (x->negation_scope != y->negation_scope)
        return "negation_scope";
    if (x->weighting != y->weighting)
        return "weighting";
    if (x->max_token_bytes != y->max_token_bytes)
        return "max_token_bytes";
    if (x->punctuation != y->punctuation)
        return "punctuation";
    if (x->nb != y->nb)
        return "naive-Bayes variant";
    if (x->priors != y->priors)
        return "priors";
    if (memcmp(&x->alpha, &y->alpha, sizeof x->alpha) != 0)
        return "alpha";
    if (!lists_equal(&x->negation_words, &y->negation_words))
        return "negation_words";
    if (!lists_equal(&x->negation_suffixes, &y->negation_suffixes))
        return "negation_suffixes";
    if (!lists_equal(&x->scope_end_words, &y->scope_end_words))
        return "scope_end_words";
    return NULL;
}
