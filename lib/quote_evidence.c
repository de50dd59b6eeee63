/* Evidence from a quotation's context: the other quotations of its speaker, and of its
 * article.
 *
 * Within one article a speaker mostly holds one line. A fragment ("really vexing and
 * regrettable") says little alone; beside the same speaker's "our door remains open" it reads
 * as the regret of someone who wants a settlement. And an article mostly reports one dispute
 * or one rapprochement: "we will respond appropriately" among the other side's threats and
 * protests is one more of them. Each quotation is classified first (words and frame); each
 * then gets the mean log-probability of the speaker's other understood quotations, and of
 * the other speakers', each times a weight measured on labeled news articles. The speakers
 * are grouped by a hash of their bytes, so the work is linear in the number of quotations. */
#include "classify.h"
#include "hash.h"
#include "quotes.h"

#include <math.h>

/* Measured by tests/bench/speaker_weight.py on tests/data/articles/frames (105 labeled quotes)
 * with the shipped three-label model and the frame at its default weight. Chosen as the least
 * log-loss (0.2458 against 0.3070 without); with the model's later hostile bias the least is
 * 0.2512 at 0.4 and 0.6 gives 0.2542 (0.2960 without; accuracy 0.914 all three), and leaving
 * each passage out picks 0.4 to 0.6: within the noise, and the blind sets gave no reason to
 * move either (README, "Quotes"), so it stays. */
#define SPEAKER_WEIGHT 0.6
/* The weight of the other speakers' quotations, chosen beside the speaker's 0.6 as the least
 * log-loss of the conciliatory and hostile quotations of 78 sets of news passages labeled for
 * the project (4,963 of them found; 0.5523 against 0.5959 without; each half of the sets
 * picks the same weight; README, "Quotes"). */
#define ARTICLE_WEIGHT 0.4
/* A label a quotation rules out still costs a bounded amount: log(1e-12). One confident
 * quotation must not veto a label for every other quotation of its speaker. */
#define LOG_PROB_FLOOR (-27.631021115928547)

#define NO_GROUP SIZE_MAX

/* What quotations are grouped by: their speaker's bytes, or (within one speaker's group)
 * their words, the text and the second piece of a split quotation. */
enum group_key { BY_SPEAKER, BY_WORDING };

static stance_hash_t key_hash(enum group_key key, const char *text, const stance_quotation_t *q,
                              size_t group)
{
    if (key == BY_SPEAKER)
        return stance__hash_bytes(text + q->speaker.start, q->speaker.len);
    stance_hash_t h = stance__hash_bytes(text + q->text.start, q->text.len);
    h = stance__hash_extend(h, stance__hash_bytes(text + q->more.start, q->more.len));
    return stance__hash_extend(h, (stance_hash_t){group, group});
}

static bool same_span(const char *text, stance_span_t a, stance_span_t b)
{
    return a.len == b.len && memcmp(text + a.start, text + b.start, a.len) == 0;
}

static bool same_key(enum group_key key, const char *text, const stance_quotation_t *a,
                     const stance_quotation_t *b)
{
    if (key == BY_SPEAKER)
        return same_span(text, a->speaker, b->speaker);
    return same_span(text, a->text, b->text) && same_span(text, a->more, b->more);
}

/* Groups quotations by `key`: out[i] is the index of the first quotation with i's key, in
 * open addressing over a table of at least twice as many slots as quotations, so the work
 * is linear in n.
 *  - BY_SPEAKER: over all quotations; NO_GROUP for one with no speaker or a scare-quoted term.
 *  - BY_WORDING: within each group of `group` (a speaker's, from BY_SPEAKER, or the
 *    article's): the words said again (a pull quote repeating the body, an article fed
 *    twice) are one quotation, not two; a quotation with no group is its own. */
static bool group_by(enum group_key key, const stance_allocator_t *a, const char *text,
                     const stance_quotation_t *quotes, size_t n, const size_t *group,
                     size_t *out)
{
    size_t slots = 16;
    while (slots < 2 * n)
        slots *= 2;
    size_t *table = stance__malloc(a, slots * sizeof *table);
    if (!table)
        return false;
    for (size_t s = 0; s < slots; s++)
        table[s] = NO_GROUP;
    for (size_t i = 0; i < n; i++) {
        const stance_quotation_t *q = &quotes[i];
        const size_t g = key == BY_WORDING ? group[i] : 0;
        out[i] = key == BY_WORDING ? i : NO_GROUP;
        if (key == BY_SPEAKER ? !q->speaker.len || (q->flags & STANCE_QUOTE_TERM)
                              : g == NO_GROUP)
            continue;
        size_t s = (size_t)key_hash(key, text, q, g).lo & (slots - 1);
        while (table[s] != NO_GROUP &&
               !((key == BY_SPEAKER || group[table[s]] == g) &&
                 same_key(key, text, &quotes[table[s]], q)))
            s = (s + 1) & (slots - 1);
        if (table[s] == NO_GROUP)
            table[s] = i;
        out[i] = table[s];
    }
    stance__free(a, table);
    return true;
}

/* Each quotation's log-probabilities in score units (times the temperature, as the scores
 * are divided by it before the softmax), into its row; false when the model understood none
 * of it (nothing to tell of the speaker or the article). */
static stance_status_t log_probs(stance_ctx_t *ctx, const char *text, size_t len,
                                 const stance_quotation_t *q, uint32_t flags, double frame_weight,
                                 size_t labels, double *row, bool *understood,
                                 stance_error_t *err)
{
    stance_result_t res;
    stance_status_t st =
        stance_classify_quotation(ctx, text, len, q, flags, frame_weight, &res, err);
    if (st != STANCE_OK)
        return st;
    *understood = res.n_known > 0;
    const double temperature = stance__ctx_temperature(ctx);
    for (size_t c = 0; c < labels; c++) {
        double lp = res.probs[c] > 0.0 ? log(res.probs[c]) : LOG_PROB_FLOOR;
        row[c] = temperature * fmax(lp, LOG_PROB_FLOOR);
    }
    return STANCE_OK;
}

/* Both kinds of evidence, the weights resolved; article_evidence NULL: the speaker's only. */
static stance_status_t context_evidence(stance_ctx_t *ctx, const char *text, size_t len,
                                        const stance_quotation_t *quotes, size_t n,
                                        uint32_t flags, double frame_weight,
                                        double speaker_weight, double article_weight,
                                        double *speaker_evidence, double *article_evidence,
                                        stance_error_t *err)
{
    for (size_t i = 0; i < n; i++)
        if (!stance__span_inside(quotes[i].speaker, len))
            return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                                "the speaker of quotation %zu lies outside the text", i);
    /* checked here whatever the article holds: classifying (below, and only for an article
     * of two quotations or more) would check them too, and a caller's mistake must not pass
     * in an article of one */
    stance_status_t st = stance__evidence_weight_check("frame_weight", frame_weight, err);
    if (st != STANCE_OK)
        return st;
    for (size_t i = 0; !(flags & STANCE_REPLACE_INVALID) && i < n; i++) {
        const stance_span_t pieces[] = {quotes[i].text, quotes[i].more};
        for (size_t k = 0; k < 2; k++) {
            if (!pieces[k].len || !stance__span_inside(pieces[k], len))
                continue; /* a span outside the text is classify's to refuse */
            size_t bad = stance__utf8_check((const unsigned char *)text + pieces[k].start,
                                            pieces[k].len);
            if (bad < pieces[k].len) {
                const size_t at = pieces[k].start + bad;
                return stance__fail(err, STANCE_E_BAD_UTF8, at,
                                    "quotation %zu: invalid UTF-8 at byte %zu", i, at);
            }
        }
    }
    const size_t labels = stance_model_label_count(stance__ctx_model(ctx));
    if (n > SIZE_MAX / sizeof(double) / labels)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "%zu quotations: too many", n);
    if (n) {
        memset(speaker_evidence, 0, n * labels * sizeof *speaker_evidence);
        if (article_evidence)
            memset(article_evidence, 0, n * labels * sizeof *article_evidence);
    }
    const bool by_speaker = n >= 2 && speaker_weight != 0.0;
    const bool by_article = n >= 2 && article_evidence && article_weight != 0.0;
    if (!by_speaker && !by_article) {
        stance__ok(err);
        return STANCE_OK;
    }
    /* per quotation: its speaker's group (the index of the group's first quotation), its
     * wording within that group, its group in the article (0, or NO_GROUP for a term) and
     * its wording there, its log-probabilities and whether the model understood it; per
     * speaker's group, at its first quotation's index: how many wordings it has, how many of
     * them were understood, and the sum of their log-probabilities */
    const stance_allocator_t *a = stance__ctx_allocator(ctx);
    size_t *group = stance__malloc(a, n * sizeof *group);
    size_t *wording = stance__malloc(a, n * sizeof *wording);
    size_t *in_article = stance__malloc(a, n * sizeof *in_article);
    size_t *article_wording = stance__malloc(a, n * sizeof *article_wording);
    size_t *members = stance__calloc(a, n, sizeof *members);
    size_t *understood = stance__calloc(a, n, sizeof *understood);
    bool *known = stance__calloc(a, n, sizeof *known);
    double *own = stance__calloc(a, n * labels, sizeof *own);
    double *sums = stance__calloc(a, n * labels, sizeof *sums);
    st = STANCE_OK;
    if (group && in_article)
        for (size_t i = 0; i < n; i++)
            in_article[i] = quotes[i].flags & STANCE_QUOTE_TERM ? NO_GROUP : 0;
    if (!group || !wording || !in_article || !article_wording || !members || !understood ||
        !known || !own || !sums || !group_by(BY_SPEAKER, a, text, quotes, n, NULL, group) ||
        !group_by(BY_WORDING, a, text, quotes, n, group, wording) ||
        !group_by(BY_WORDING, a, text, quotes, n, in_article, article_wording)) {
        st = stance__fail(err, STANCE_E_NOMEM, STANCE_NO_OFFSET, "out of memory");
        goto done;
    }
    size_t article_wordings = 0;
    for (size_t i = 0; i < n; i++) {
        if (group[i] != NO_GROUP && wording[i] == i)
            members[group[i]]++;
        article_wordings += in_article[i] != NO_GROUP && article_wording[i] == i;
    }
    /* each wording classified once: of a speaker quoted in more than one, and of an article
     * with more than one */
    const bool article_counts = by_article && article_wordings >= 2;
    for (size_t i = 0; i < n && st == STANCE_OK; i++) {
        size_t g = group[i];
        bool for_speaker = by_speaker && g != NO_GROUP && members[g] >= 2 && wording[i] == i;
        bool for_article = article_counts && in_article[i] != NO_GROUP && article_wording[i] == i;
        if (for_speaker || for_article)
            st = log_probs(ctx, text, len, &quotes[i], flags, frame_weight, labels,
                           &own[i * labels], &known[i], err);
        if (st == STANCE_OK && for_speaker && known[i]) {
            understood[g]++;
            for (size_t c = 0; c < labels; c++)
                sums[g * labels + c] += own[i * labels + c];
        }
    }
    if (st != STANCE_OK)
        goto done;
    for (size_t i = 0; by_speaker && i < n; i++) {
        size_t g = group[i];
        if (g == NO_GROUP || members[g] < 2)
            continue;
        const size_t w = wording[i]; /* a repeat is not its own other */
        const size_t others = understood[g] - (known[w] ? 1 : 0);
        for (size_t c = 0; others && c < labels; c++)
            speaker_evidence[i * labels + c] =
                speaker_weight *
                (sums[g * labels + c] - (known[w] ? own[w * labels + c] : 0.0)) /
                (double)others;
    }
    if (article_counts) {
        /* per speaker's group, the sum and count of its wordings in the article (any speaker,
         * quoted once or more), in sums and understood (the speakers' rows are done with
         * them); and the article's, of every wording */
        double total[STANCE_MAX_LABELS] = {0};
        size_t total_understood = 0;
        memset(sums, 0, n * labels * sizeof *sums);
        memset(understood, 0, n * sizeof *understood);
        for (size_t i = 0; i < n; i++) {
            if (in_article[i] == NO_GROUP || article_wording[i] != i || !known[i])
                continue;
            total_understood++;
            if (group[i] != NO_GROUP)
                understood[group[i]]++;
            for (size_t c = 0; c < labels; c++) {
                total[c] += own[i * labels + c];
                if (group[i] != NO_GROUP)
                    sums[group[i] * labels + c] += own[i * labels + c];
            }
        }
        /* each quotation: the article's wordings less its speaker's and its own */
        for (size_t i = 0; i < n; i++) {
            if (in_article[i] == NO_GROUP)
                continue;
            const size_t g = group[i], w = article_wording[i];
            const bool mine = g != NO_GROUP;
            const bool own_apart = known[w] && (!mine || group[w] != g);
            const size_t others = total_understood - (mine ? understood[g] : 0) - own_apart;
            for (size_t c = 0; others && c < labels; c++)
                article_evidence[i * labels + c] =
                    article_weight *
                    (total[c] - (mine ? sums[g * labels + c] : 0.0) -
                     (own_apart ? own[w * labels + c] : 0.0)) /
                    (double)others;
        }
    }
    stance__ok(err);
done:
    stance__free(a, group);
    stance__free(a, wording);
    stance__free(a, in_article);
    stance__free(a, article_wording);
    stance__free(a, members);
    stance__free(a, understood);
    stance__free(a, known);
    stance__free(a, own);
    stance__free(a, sums);
    return st;
}

/* The checks both public functions make, in the order they report them. */
static stance_status_t check_call(stance_ctx_t *ctx, const char *text, size_t len,
                                  const stance_quotation_t *quotes, size_t n, uint32_t flags,
                                  bool rows, stance_error_t *err)
{
    if (!ctx || (n && (!quotes || !rows)) || (!text && len))
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "ctx, quotes or evidence is NULL, or text is NULL with a length");
    if (flags & ~(uint32_t)STANCE_REPLACE_INVALID)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET, "unknown flags %#x",
                            flags & ~(uint32_t)STANCE_REPLACE_INVALID);
    return STANCE_OK;
}

stance_status_t stance_quotations_speaker_evidence(stance_ctx_t *ctx, const char *text,
                                                   size_t len, const stance_quotation_t *quotes,
                                                   size_t n, uint32_t flags, double frame_weight,
                                                   double speaker_weight, double *evidence,
                                                   stance_error_t *err)
{
    stance_status_t st = check_call(ctx, text, len, quotes, n, flags, evidence != NULL, err);
    if (st == STANCE_OK)
        st = stance__evidence_weight_check("speaker_weight", speaker_weight, err);
    if (st != STANCE_OK)
        return st;
    return context_evidence(ctx, text, len, quotes, n, flags, frame_weight,
                            speaker_weight < 0.0 ? SPEAKER_WEIGHT : speaker_weight, 0.0,
                            evidence, NULL, err);
}

stance_status_t stance_quotations_evidence(stance_ctx_t *ctx, const char *text, size_t len,
                                           const stance_quotation_t *quotes, size_t n,
                                           uint32_t flags, double frame_weight,
                                           double speaker_weight, double article_weight,
                                           double *speaker_evidence, double *article_evidence,
                                           stance_error_t *err)
{
    stance_status_t st = check_call(ctx, text, len, quotes, n, flags,
                                    speaker_evidence && article_evidence, err);
    if (st == STANCE_OK)
        st = stance__evidence_weight_check("speaker_weight", speaker_weight, err);
    if (st == STANCE_OK)
        st = stance__evidence_weight_check("article_weight", article_weight, err);
    if (st != STANCE_OK)
        return st;
    return context_evidence(ctx, text, len, quotes, n, flags, frame_weight,
                            speaker_weight < 0.0 ? SPEAKER_WEIGHT : speaker_weight,
                            article_weight < 0.0 ? ARTICLE_WEIGHT : article_weight,
                            speaker_evidence, article_evidence, err);
}
