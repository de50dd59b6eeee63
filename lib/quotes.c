/* Quotations in news articles and who said them.
 *
 * Pass 1 (next_quote) walks the text once, matching opening and closing marks on a small
 * stack, so nested quotes stay inside their outer quote and a paragraph that opens again with
 * the same mark continues a multi-paragraph quote. Pass 2 (attribute) reads the words of the
 * sentence before the quote and of the clause after it, using the same tokenizer as the
 * classifier, and looks for the reporting patterns of news prose. Everything works on spans of
 * the caller's text; nothing is allocated, and each byte is visited a bounded number of
 * times. */
#include "stance_int.h"
#include "tokenize.h"

#include <utf8proc.h>

#define MAX_DEPTH 16 /* deeper nesting is read as plain text */
#define RING 64      /* words kept of the sentence before a quote */
#define AFTER 48     /* words read after a quote */
#define LOW 24       /* bytes of a word kept in lowercase for comparisons */

typedef struct qscan {
    const unsigned char *s;
    size_t n, pos;
    bool replace;
    size_t bad; /* offset of an invalid byte when decoding failed */
} qscan_t;

typedef struct found {
    size_t open;      /* the opening mark */
    size_t start, end; /* the quoted text */
    size_t close_end; /* just past the closing mark (== end when unclosed) */
    bool unclosed;
} found_t;

/* ---- pass 1: quotation marks ----------------------------------------------------------- */

/* Code point at pos (invalid bytes read as a space when replacing); 0 past the end. */
static int32_t cp_at(const qscan_t *q, size_t pos, size_t *k)
{
    if (pos >= q->n) {
        *k = 0;
        return 0;
    }
    if (q->s[pos] < 0x80) {
        *k = 1;
        return q->s[pos];
    }
    int32_t cp;
    *k = stance__utf8_decode(q->s + pos, q->n - pos, &cp);
    if (!*k) {
        *k = 1;
        return -1;
    }
    return cp;
}

static bool is_alnum_cp(int32_t cp)
{
    if (cp < 0)
        return false;
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    utf8proc_category_t c = utf8proc_category(cp);
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) ||
           (c >= UTF8PROC_CATEGORY_ND && c <= UTF8PROC_CATEGORY_NO);
}

static bool is_space_cp(int32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
           cp == 0xA0 || cp == 0x202F || cp == 0x2029 || cp == 0x2028 || cp == 0x3000;
}

/* The mark that closes `open`, or 0 when `open` does not open a quote here. */
static int32_t closer_for(int32_t open, int32_t prev, int32_t next)
{
    switch (open) {
    case 0x201C: return 0x201D; /* “ ” */
    case 0x201E: return 0x201C; /* „ “ (also closed by ”, see closes) */
    case 0x00AB: return 0x00BB; /* « » */
    case 0x300C: return 0x300D; /* 「 」 */
    case 0x300E: return 0x300F; /* 『 』 */
    case 0x2018: /* ‘ opens only at a word start, so ’ inside words stays an apostrophe */
        return !is_alnum_cp(prev) && next && !is_space_cp(next) ? 0x2019 : 0;
    case '"':
        return next && !is_space_cp(next) ? '"' : 0;
    default:
        return 0;
    }
}

static bool closes(int32_t expect, int32_t cp, int32_t next)
{
    if (expect == 0x2019)
        return cp == 0x2019 && !is_alnum_cp(next); /* not the apostrophe of "don’t" */
    return cp == expect || (expect == 0x201C && cp == 0x201D);
}

/* If a paragraph ends at pos (a blank line or U+2029), returns where the next one starts. */
static size_t paragraph_break(const qscan_t *q, size_t pos)
{
    size_t k;
    int32_t cp = cp_at(q, pos, &k);
    if (cp == 0x2029)
        return pos + k;
    if (cp != '\n')
        return 0;
    size_t p = pos + 1;
    while (p < q->n && (q->s[p] == ' ' || q->s[p] == '\t' || q->s[p] == '\r'))
        p++;
    if (p < q->n && q->s[p] == '\n') {
        while (p < q->n && (q->s[p] == ' ' || q->s[p] == '\t' || q->s[p] == '\r' ||
                            q->s[p] == '\n'))
            p++;
        return p;
    }
    return 0;
}

static size_t trim_end(const qscan_t *q, size_t start, size_t end)
{
    while (end > start && (q->s[end - 1] == ' ' || q->s[end - 1] == '\n' ||
                           q->s[end - 1] == '\r' || q->s[end - 1] == '\t'))
        end--;
    return end;
}

/* Finds the next top-level quote. Returns 1 with *f filled, 0 at the end, or
 * STANCE_E_BAD_UTF8 (offset in q->bad). */
static int next_quote(qscan_t *q, found_t *f)
{
    int32_t expect[MAX_DEPTH];
    int depth = 0;
    int32_t family = 0, prev = ' ';
    while (q->pos < q->n) {
        size_t k, k2;
        int32_t cp = cp_at(q, q->pos, &k);
        if (cp < 0) {
            if (!q->replace) {
                q->bad = q->pos;
                return STANCE_E_BAD_UTF8;
            }
            cp = ' ';
        }
        int32_t next = cp_at(q, q->pos + k, &k2);
        if (depth == 0) {
            int32_t close = closer_for(cp, prev, next);
            if (close) {
                f->open = q->pos;
                f->start = q->pos + k;
                expect[depth++] = close;
                family = cp;
            }
        } else {
            size_t para = (cp == '\n' || cp == 0x2029) ? paragraph_break(q, q->pos) : 0;
            if (para) {
                size_t k3;
                int32_t again = cp_at(q, para, &k3);
                if (para < q->n && again == family) {
                    /* A multi-paragraph quote: the next paragraph reopens it. */
                    depth = 1;
                    prev = again;
                    q->pos = para + k3;
                    continue;
                }
                f->end = trim_end(q, f->start, q->pos);
                f->close_end = f->end;
                f->unclosed = true;
                q->pos = para;
                return 1;
            }
            if (closes(expect[depth - 1], cp, next)) {
                if (--depth == 0) {
                    f->end = q->pos;
                    f->close_end = q->pos + k;
                    f->unclosed = false;
                    q->pos += k;
                    return 1;
                }
            } else if (depth < MAX_DEPTH) {
                int32_t close = closer_for(cp, prev, next);
                if (close && cp != '"') /* inside a quote, a bare " is more often a closer */
                    expect[depth++] = close;
            }
        }
        prev = cp;
        q->pos += k;
    }
    if (depth > 0) {
        f->end = trim_end(q, f->start, q->n);
        f->close_end = f->end;
        f->unclosed = true;
        return 1;
    }
    return 0;
}

/* ---- pass 2: words around a quote ------------------------------------------------------- */

typedef struct word {
    size_t start, len;
    char brk;  /* 0 for a word; else the punctuation ('.', ',', ':', ...) */
    bool cap;  /* starts with an uppercase letter */
    char low[LOW];
} word_t;

static void make_word(const unsigned char *s, const stance_tok_t *t, word_t *w)
{
    w->start = t->start;
    w->len = t->len;
    w->brk = 0;
    if (t->kind == STANCE_TOKEN_BREAK) {
        unsigned char b = s[t->start];
        /* … 。 ！ ？ end sentences like their ASCII kin; other breaks act as commas. */
        w->brk = b < 0x80 ? (char)b
                 : (t->len == 3 && (memcmp(s + t->start, "\xE2\x80\xA6", 3) == 0 ||
                                    memcmp(s + t->start, "\xE3\x80\x82", 3) == 0 ||
                                    memcmp(s + t->start, "\xEF\xBC\x81", 3) == 0 ||
                                    memcmp(s + t->start, "\xEF\xBC\x9F", 3) == 0))
                     ? '.'
                     : ',';
        w->cap = false;
        w->low[0] = '\0';
        return;
    }
    int32_t cp;
    size_t k = stance__utf8_decode(s + t->start, t->len, &cp);
    utf8proc_category_t cat = k ? utf8proc_category(cp) : UTF8PROC_CATEGORY_CN;
    w->cap = cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
    size_t n = t->len < LOW - 1 ? t->len : LOW - 1;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = s[t->start + i];
        w->low[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    w->low[n] = '\0';
}

static bool in_list(const char *word, const char *const *list)
{
    for (; *list; list++)
        if (strcmp(word, *list) == 0)
            return true;
    return false;
}

static const char *const speech_verbs[] = {
    "said", "says", "say", "stated", "states", "added", "adds", "told", "tells", "warned",
    "warns", "noted", "notes", "stressed", "stresses", "insisted", "insists", "declared",
    "declares", "argued", "argues", "explained", "explains", "remarked", "wrote", "writes",
    "posted", "tweeted", "announced", "announces", "replied", "replies", "answered", "asked",
    "asks", "urged", "urges", "continued", "emphasized", "emphasised", "underlined",
    "underscored", "commented", "observed", "acknowledged", "admitted", "claimed", "claims",
    "complained", "described", "describes", "called", "calls", "cautioned", "vowed", "promised",
    "pledged", "conceded", "recalled", "concluded", "suggested", "threatened", "demanded",
    "maintained", "countered", "retorted", "shouted", "pointed", "dismissed", "rejected",
    "responded", "reacted", "criticised", "criticized", "condemned", "welcomed", "praised",
    "thanked", "denounced", "blasted", "slammed", "mocked", "quipped", "joked", "hailed",
    "branded", "wrote", NULL};

static const char *const adverbs[] = {"also", "later", "then", "again", "further", "previously",
                                      "earlier", "once", "bluntly", "flatly", "simply",
                                      "repeatedly", "recently", "has", "had", "have", "would",
                                      "will", NULL};

static const char *const titles[] = {
    "president", "prime", "minister", "ministers", "foreign", "defence", "defense",
    "secretary", "spokesman", "spokeswoman", "spokesperson", "chancellor", "ambassador",
    "envoy", "general", "gen", "mr", "mrs", "ms", "dr", "chief", "cabinet", "deputy", "vice",
    "senator", "sen", "rep", "representative", "king", "queen", "prince", "princess", "crown",
    "sheikh", "emir", "premier", "governor", "mayor", "chairman", "chairwoman", "chair",
    "speaker", "leader", "commander", "admiral", "colonel", "lt", "sir", "dame", "lord",
    "pope", "director", "commissioner", "press", "state", "supreme", "minister's", NULL};

static const char *const determiners[] = {"the", "a", "an", "this", "that", NULL};

static const char *const connectors[] = {"de", "da", "van", "von", "bin", "al", "el", "ibn",
                                         "del", "la", "le", "di", "du", "der", "of", NULL};

static const char *const abbreviations[] = {"mr", "mrs", "ms", "dr", "gen", "sen", "rep", "lt",
                                            "col", "gov", "sgt", "st", "jr", "sr", "prof", "adm",
                                            "capt", "maj", "no", "vs", "sec", NULL};

static const char *const naming_words[] = {"so-called", "dubbed", "nicknamed", "termed",
                                           "titled", "named", "labelled", "labeled", NULL};

static bool is_verb(const word_t *w, const word_t *next)
{
    if (w->brk || !in_list(w->low, speech_verbs))
        return false;
    /* "pointed" speaks only in "pointed out" */
    return strcmp(w->low, "pointed") != 0 || (next && strcmp(next->low, "out") == 0);
}

static bool is_pronoun(const word_t *w)
{
    return !w->brk && (strcmp(w->low, "he") == 0 || strcmp(w->low, "she") == 0);
}

static bool sentence_end(const word_t *w, const word_t *prev)
{
    if (w->brk != '.' && w->brk != '!' && w->brk != '?')
        return false;
    /* "Mr." "Gen." and initials ("J.") end no sentence */
    if (w->brk == '.' && prev && !prev->brk && prev->start + prev->len == w->start &&
        (in_list(prev->low, abbreviations) || (prev->len == 1 && prev->cap)))
        return false;
    return true;
}

/* A name run is consecutive capitalized words (with "de", "bin", "al" ... between them). */
static bool name_part(const word_t *w)
{
    return !w->brk && w->cap;
}

/* The speaker inside the run [lo, hi): the words after its last title ("Prime Minister
 * Sanae Takaichi" -> "Sanae Takaichi"), else the run without a leading article ("The Foreign
 * Ministry" -> "Foreign Ministry"). Returns false when only titles remain. */
static bool strip_run(const word_t *w, size_t lo, size_t hi, size_t *s_lo, size_t *s_hi)
{
    size_t last_title = SIZE_MAX;
    for (size_t i = lo; i < hi; i++)
        if (in_list(w[i].low, titles))
            last_title = i;
    if (last_title != SIZE_MAX && last_title + 1 < hi) {
        lo = last_title + 1;
    } else {
        while (lo < hi && in_list(w[lo].low, determiners))
            lo++;
        if (last_title != SIZE_MAX && last_title + 1 >= hi)
            return false; /* "the Minister": a title, no name */
    }
    if (lo >= hi)
        return false;
    *s_lo = lo;
    *s_hi = hi;
    return true;
}

/* The run of name words ending just before index `end` (exclusive), not before `floor`. */
static size_t run_start(const word_t *w, size_t floor, size_t end)
{
    size_t i = end;
    while (i > floor) {
        const word_t *p = &w[i - 1];
        if (name_part(p) || (!p->brk && i - 1 > floor && i < end &&
                             in_list(p->low, connectors) && name_part(&w[i - 2])))
            i--;
        else
            break;
    }
    return i;
}

typedef struct speaker {
    size_t start, len;
    bool pronoun;
} speaker_t;

static bool set_span(const word_t *w, size_t lo, size_t hi, speaker_t *sp)
{
    size_t a, b;
    if (!strip_run(w, lo, hi, &a, &b))
        return false;
    sp->start = w[a].start;
    sp->len = w[b - 1].start + w[b - 1].len - w[a].start;
    sp->pronoun = false;
    return true;
}

/* The last name run in words [i, n) before the clause ends; one apposition comma is crossed
 * when no name came before it ("said the ministry's spokeswoman, Maria Zakharova"). */
static bool name_after(const word_t *w, size_t i, size_t n, speaker_t *sp)
{
    size_t best_lo = 0, best_hi = 0;
    int commas = 0;
    for (size_t j = i; j < n; j++) {
        if (w[j].brk) {
            if (w[j].brk == ',' && best_hi == 0 && commas++ == 0)
                continue;
            break;
        }
        if (name_part(&w[j])) {
            size_t k = j;
            while (k + 1 < n && (name_part(&w[k + 1]) ||
                                 (k + 2 < n && in_list(w[k + 1].low, connectors) &&
                                  name_part(&w[k + 2]))))
                k++;
            size_t a, b;
            if (strip_run(w, j, k + 1, &a, &b)) {
                best_lo = a;
                best_hi = b;
            }
            j = k;
        }
    }
    return best_hi > 0 && set_span(w, best_lo, best_hi, sp);
}

/* Before a verb at index v: a pronoun or a name run, with adverbs between ("Peskov also
 * said") or an apposition ("Alexei Ivanov, a former diplomat, said"). */
static bool subject_of(const word_t *w, size_t floor, size_t v, speaker_t *sp)
{
    size_t j = v;
    while (j > floor && !w[j - 1].brk && in_list(w[j - 1].low, adverbs))
        j--;
    if (j == floor)
        return false;
    if (is_pronoun(&w[j - 1])) {
        sp->start = w[j - 1].start;
        sp->len = w[j - 1].len;
        sp->pronoun = true;
        return true;
    }
    if (w[j - 1].brk == ',') {
        /* "NAME, a former diplomat, said" or "The chancellor, NAME, said" */
        size_t close = j - 1, k = close;
        while (k > floor && !w[k - 1].brk)
            k--;
        if (k == floor || w[k - 1].brk != ',')
            return false;
        size_t lo = run_start(w, floor, k - 1);
        if (lo < k - 1 && set_span(w, lo, k - 1, sp))
            return true;
        lo = run_start(w, k, close);
        return lo < close && set_span(w, lo, close, sp);
    }
    size_t lo = run_start(w, floor, j);
    return lo < j && set_span(w, lo, j, sp);
}

/* ‘“…,” X said’, ‘“…,” said X’, ‘“…,” according to X’: words after the quote. */
static bool speaker_after(const word_t *w, size_t n, speaker_t *sp)
{
    size_t i = 0;
    while (i < n && w[i].brk == ',')
        i++;
    if (i < n && w[i].brk)
        return false;
    if (i + 1 < n && strcmp(w[i].low, "according") == 0 && strcmp(w[i + 1].low, "to") == 0)
        return name_after(w, i + 2, n, sp);
    if (i < n && is_verb(&w[i], i + 1 < n ? &w[i + 1] : NULL))
        return name_after(w, i + 1, n, sp);
    for (size_t v = i; v < n && v < i + 10 && !w[v].brk; v++)
        if (is_verb(&w[v], v + 1 < n ? &w[v + 1] : NULL))
            return subject_of(w, i, v, sp);
    return false;
}

/* ‘X said: “…”’, ‘X told reporters that “…”’, ‘According to X, “…”’: the sentence before.
 * Before a colon, the first name followed by a plain word ("Maria Zakharova dismissed the
 * protest on Telegram: «…»") is the subject even without a speech verb. */
static bool speaker_before(const word_t *w, size_t n, speaker_t *sp)
{
    if (n >= 2 && strcmp(w[0].low, "according") == 0 && strcmp(w[1].low, "to") == 0)
        return name_after(w, 2, n, sp);
    for (size_t v = 0; v < n; v++)
        if (is_verb(&w[v], v + 1 < n ? &w[v + 1] : NULL) && subject_of(w, 0, v, sp))
            return true;
    if (n == 0 || w[n - 1].brk != ':')
        return false;
    for (size_t i = 0; i + 1 < n; i++) {
        if (!name_part(&w[i]))
            continue;
        size_t k = i;
        while (k + 1 < n && name_part(&w[k + 1]))
            k++;
        const word_t *follow = &w[k + 1];
        if (!follow->brk && !follow->cap && !in_list(follow->low, titles) &&
            set_span(w, i, k + 1, sp))
            return true;
        i = k;
    }
    return false;
}

/* Tracks the person last named with a title ("Prime Minister Sanae Takaichi"), for "she". */
static void note_people(const word_t *w, size_t n, speaker_t *last)
{
    for (size_t i = 0; i < n; i++) {
        if (!name_part(&w[i]))
            continue;
        size_t k = i;
        while (k + 1 < n && name_part(&w[k + 1]))
            k++;
        bool titled = false;
        for (size_t j = i; j <= k; j++)
            titled |= in_list(w[j].low, titles);
        size_t a, b;
        if (titled && strip_run(w, i, k + 1, &a, &b) && b - a >= 1)
            set_span(w, a, b, last);
        i = k;
    }
}

/* Words of text[a, b). With `keep_last`, keeps the words after the last sentence end (at
 * most RING); else the first `cap` words up to and including the first sentence end. */
static size_t read_words(const qscan_t *q, size_t a, size_t b, bool keep_last, word_t *out,
                         size_t cap, speaker_t *people)
{
    stance_scanner_t sc;
    stance__scanner_init(&sc, (const char *)q->s + a, b - a, true);
    stance_tok_t t;
    size_t bad, n = 0;
    word_t ring[RING];
    size_t ring_n = 0;
    while (stance__scan(&sc, &t, &bad) == 1) {
        t.start += a;
        if (t.kind == STANCE_TOKEN_CJK || t.kind == STANCE_TOKEN_EMOJI)
            continue;
        word_t w;
        make_word(q->s, &t, &w);
        if (keep_last) {
            const word_t *prev = ring_n ? &ring[(ring_n - 1) % RING] : NULL;
            if (sentence_end(&w, prev)) {
                if (people) {
                    size_t m = ring_n < RING ? ring_n : RING;
                    word_t tmp[RING];
                    for (size_t i = 0; i < m; i++)
                        tmp[i] = ring[(ring_n - m + i) % RING];
                    note_people(tmp, m, people);
                }
                ring_n = 0;
                continue;
            }
            ring[ring_n++ % RING] = w;
        } else {
            if (n == cap)
                break;
            out[n++] = w;
            if (sentence_end(&w, n > 1 ? &out[n - 2] : NULL))
                break;
        }
    }
    if (!keep_last)
        return n;
    size_t m = ring_n < RING ? ring_n : RING;
    for (size_t i = 0; i < m; i++)
        out[i] = ring[(ring_n - m + i) % RING];
    return m;
}

/* A quoted name or term rather than speech: a few words, no punctuation, and either Title
 * Case ("Northern Territories") or introduced as a name ("the so-called ..."). */
static bool is_term(const qscan_t *q, const found_t *f, const word_t *before, size_t nb)
{
    word_t inner[6];
    size_t n = read_words(q, f->start, f->end, false, inner, 6, NULL);
    if (n == 0 || n > 4)
        return false;
    bool title_case = true;
    for (size_t i = 0; i < n; i++) {
        if (inner[i].brk)
            return false;
        if (!inner[i].cap && !in_list(inner[i].low, connectors) &&
            strcmp(inner[i].low, "and") != 0)
            title_case = false;
    }
    bool named = nb >= 1 && (in_list(before[nb - 1].low, naming_words) ||
                             (nb >= 2 && strcmp(before[nb - 2].low, "known") == 0 &&
                              strcmp(before[nb - 1].low, "as") == 0) ||
                             (nb >= 2 && strcmp(before[nb - 2].low, "the") == 0 &&
                              (strcmp(before[nb - 1].low, "term") == 0 ||
                               strcmp(before[nb - 1].low, "word") == 0)));
    return title_case || named;
}

/* A fragment when the quote continues the words before it (not after ':' ',' or a sentence
 * start), or starts in lowercase. */
static bool is_fragment(const qscan_t *q, const found_t *f, size_t floor)
{
    size_t p = f->open;
    while (p > floor && (q->s[p - 1] == ' ' || q->s[p - 1] == '\t'))
        p--;
    size_t k;
    int32_t first = cp_at(q, f->start, &k);
    if (first > 0 && first < 0x80 && first >= 'a' && first <= 'z')
        return true;
    if (p == floor)
        return false;
    size_t back = p - 1;
    while (back > floor && (q->s[back] & 0xC0) == 0x80)
        back--;
    int32_t prev = cp_at(q, back, &k);
    return is_alnum_cp(prev);
}

/* Where the paragraph holding pos ends (the start of its blank line), or the text's end. */
static size_t paragraph_end(const qscan_t *q, size_t pos)
{
    for (size_t p = pos; p < q->n; p++)
        if ((q->s[p] == '\n' || q->s[p] == 0xE2) && paragraph_break(q, p))
            return p;
    return q->n;
}

stance_status_t stance_quotes_find(const char *text, size_t len, uint32_t flags,
                                   stance_quote_t *quotes, size_t cap, size_t *count,
                                   stance_error_t *err)
{
    if (!count || (!text && len) || (!quotes && cap))
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "count is NULL, or a buffer is NULL with a nonzero size");
    *count = 0;
    if (flags & ~(uint32_t)STANCE_REPLACE_INVALID)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET, "unknown flags %#x",
                            flags & ~(uint32_t)STANCE_REPLACE_INVALID);
    if (!(flags & STANCE_REPLACE_INVALID)) {
        size_t bad = stance__utf8_check((const unsigned char *)text, len);
        if (bad < len)
            return stance__fail(err, STANCE_E_BAD_UTF8, bad, "invalid UTF-8 at byte %zu", bad);
    }
    qscan_t q = {(const unsigned char *)(text ? text : ""), len, 0, true, 0};
    found_t cur, next;
    int have = next_quote(&q, &cur), have_next;
    size_t n = 0, prev_close = 0;
    speaker_t last_person = {0, 0, false}, prev_speaker = {0, 0, false};
    bool prev_in_paragraph = false;
    size_t para_end = 0;   /* end of the paragraph last looked up; quotes only move forward */
    size_t prev_attr = 0;  /* where the words read after the previous quote ended */
    for (; have == 1; cur = next, have = have_next) {
        have_next = next_quote(&q, &next);
        /* The sentence before the quote, from the previous quote or paragraph start. */
        size_t para_start = cur.open;
        while (para_start > prev_close && !(q.s[para_start - 1] == '\n' &&
                                            paragraph_break(&q, para_start - 1)))
            para_start--;
        size_t floor = para_start > prev_close ? para_start : prev_close;
        word_t before[RING], after[AFTER];
        size_t nb = read_words(&q, prev_close, cur.open, true, before, RING, &last_person);
        if (para_start > prev_close) {
            /* words of earlier paragraphs count only for who was named */
            nb = read_words(&q, floor, cur.open, true, before, RING, NULL);
        }
        if (para_end <= cur.close_end)
            para_end = paragraph_end(&q, cur.close_end);
        size_t stop = have_next == 1 && next.open < para_end ? next.open : para_end;
        size_t na = read_words(&q, cur.close_end, stop, false, after, AFTER, NULL);

        speaker_t sp = {0, 0, false};
        bool found = speaker_after(after, na, &sp) || speaker_before(before, nb, &sp);
        if (found && sp.pronoun)
            sp = last_person.len ? last_person : (speaker_t){0, 0, false};
        word_t gap[1];
        if (!found && prev_in_paragraph && floor == prev_close &&
            read_words(&q, prev_attr, cur.open, false, gap, 1, NULL) == 0)
            sp = prev_speaker; /* “A,” he said. “B.” — B is his too */
        if (sp.len && !sp.pronoun)
            last_person = sp;

        uint32_t qflags = 0;
        if (cur.unclosed)
            qflags |= STANCE_QUOTE_UNCLOSED;
        if (is_term(&q, &cur, before, nb))
            qflags |= STANCE_QUOTE_TERM;
        if (is_fragment(&q, &cur, floor))
            qflags |= STANCE_QUOTE_FRAGMENT;

        /* trim spaces just inside the marks (« like this ») */
        size_t s = cur.start, e = cur.end;
        while (s < e && (q.s[s] == ' ' || q.s[s] == '\t' || q.s[s] == '\n'))
            s++;
        e = trim_end(&q, s, e);
        if (e > s) {
            if (n < cap)
                quotes[n] = (stance_quote_t){s, e - s, sp.start, sp.len, qflags};
            n++;
        }
        prev_speaker = sp;
        prev_in_paragraph = have_next == 1 && next.open < para_end;
        prev_close = cur.close_end;
        prev_attr = na ? after[na - 1].start + after[na - 1].len : cur.close_end;
    }
    if (have < 0)
        return stance__fail(err, STANCE_E_BAD_UTF8, q.bad, "invalid UTF-8 at byte %zu", q.bad);
    *count = n;
    if (n > cap)
        return stance__fail(err, STANCE_E_BUFFER_TOO_SMALL, STANCE_NO_OFFSET,
                            "%zu quotes, the array holds %zu", n, cap);
    stance__ok(err);
    return STANCE_OK;
}
