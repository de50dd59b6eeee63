/* Evidence from the speaker: the other quotations of the same speaker in one article.
 *
 * Within one article a speaker mostly holds one line. A fragment ("really vexing and
 * regrettable") says little alone; beside the same speaker's "our door remains open" it reads
 * as the regret of someone who wants a settlement. Each quotation is classified first (words
 * and frame); each then gets the mean log-probability of the speaker's other understood
 * quotations, times a weight measured on the project's own labeled articles. The speakers are
 * grouped by a hash of their bytes, so the work is linear in the number of quotations. */
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
 *  - BY_WORDING: within each speaker's group (`group`, from BY_SPEAKER): the words a speaker
 *    said again (a pull quote repeating the body, an article fed twice) are one quotation of
 *    theirs, not two; a quotation with no group is its own. */
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
 * of it (nothing to tell of the speaker). */
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

stance_status_t stance_quotations_speaker_evidence(stance_ctx_t *ctx, const char *text,
                                                   size_t len, const stance_quotation_t *quotes,
                                                   size_t n, uint32_t flags, double frame_weight,
                                                   double speaker_weight, double *evidence,
                                                   stance_error_t *err)
{
    if (!ctx || (n && (!quotes || !evidence)) || (!text && len))
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "ctx, quotes or evidence is NULL, or text is NULL with a length");
    if (flags & ~(uint32_t)STANCE_REPLACE_INVALID)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET, "unknown flags %#x",
                            flags & ~(uint32_t)STANCE_REPLACE_INVALID);
    stance_status_t checked = stance__evidence_weight_check("speaker_weight", speaker_weight, err);
    if (checked != STANCE_OK)
        return checked;
    if (speaker_weight < 0.0)
        speaker_weight = SPEAKER_WEIGHT;
    for (size_t i = 0; i < n; i++)
        if (!stance__span_inside(quotes[i].speaker, len))
            return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                                "the speaker of quotation %zu lies outside the text", i);
    const size_t labels = stance_model_label_count(stance__ctx_model(ctx));
    if (n > SIZE_MAX / sizeof *evidence / labels)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "%zu quotations: too many", n);
    if (n)
        memset(evidence, 0, n * labels * sizeof *evidence);
    if (n < 2 || speaker_weight == 0.0) {
        stance__ok(err);
        return STANCE_OK;
    }
    /* per quotation: its group (the index of the group's first quotation), whether the model
     * understood it; per group, at its first quotation's index: how many quotations it has,
     * how many were understood, and the sum of their log-probabilities */
    const stance_allocator_t *a = stance__ctx_allocator(ctx);
    size_t *group = stance__malloc(a, n * sizeof *group);
    size_t *wording = stance__malloc(a, n * sizeof *wording);
    size_t *members = stance__calloc(a, n, sizeof *members);
    size_t *understood = stance__calloc(a, n, sizeof *understood);
    bool *known = stance__calloc(a, n, sizeof *known);
    double *sums = stance__calloc(a, n * labels, sizeof *sums);
    stance_status_t st = STANCE_OK;
    if (!group || !wording || !members || !understood || !known || !sums ||
        !group_by(BY_SPEAKER, a, text, quotes, n, NULL, group) ||
        !group_by(BY_WORDING, a, text, quotes, n, group, wording)) {
        st = stance__fail(err, STANCE_E_NOMEM, STANCE_NO_OFFSET, "out of memory");
        goto done;
    }
    for (size_t i = 0; i < n; i++)
        if (group[i] != NO_GROUP && wording[i] == i)
            members[group[i]]++;
    /* only speakers quoted in more than one wording need their quotations classified, each
     * wording once */
    for (size_t i = 0; i < n && st == STANCE_OK; i++) {
        size_t g = group[i];
        if (g == NO_GROUP || members[g] < 2 || wording[i] != i)
            continue;
        double *row = &evidence[i * labels];
        st = log_probs(ctx, text, len, &quotes[i], flags, frame_weight, labels, row, &known[i],
                       err);
        if (st == STANCE_OK && known[i]) {
            understood[g]++;
            for (size_t c = 0; c < labels; c++)
                sums[g * labels + c] += row[c];
        }
    }
    if (st != STANCE_OK)
        goto done;
    /* last to first: a repeat's row is written while the row of its wording's first
     * quotation, which comes before it, still holds that wording's log-probabilities */
    for (size_t i = n; i-- > 0;) {
        double *row = &evidence[i * labels];
        const double *own = &evidence[wording[i] * labels];
        const bool own_known = known[wording[i]];
        size_t g = group[i];
        size_t others = g == NO_GROUP ? 0 : understood[g] - (own_known ? 1 : 0);
        for (size_t c = 0; c < labels; c++)
            row[c] = others ? speaker_weight *
                                  (sums[g * labels + c] - (own_known ? own[c] : 0.0)) /
                                  (double)others
                            : 0.0;
    }
    stance__ok(err);
done:
    stance__free(a, group);
    stance__free(a, wording);
    stance__free(a, members);
    stance__free(a, understood);
    stance__free(a, known);
    stance__free(a, sums);
    return st;
}
