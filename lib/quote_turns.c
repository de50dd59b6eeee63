/* Transcripts: briefings, interviews and press conferences written as turns ("Q: ...",
 * "A: ...", "Spokesperson Halina Orsk:" on a line of its own, "Lena Moravec (Rovenna Post):").
 *
 * The words of a turn are its speaker's statement though no quotation mark encloses them, so
 * quotation marks do not find them. A text is read as a transcript when at least three lines
 * open with a speaker's label and the labels show a conversation: one label comes back, or
 * questions meet answers. Each turn then runs from its label to the next label; its speaker is
 * the name the label gives (without the title before it), a reporter's name in parentheses,
 * or, for "A:", the one who answered last (before anyone has, the host: whom the heading names
 * as holding the briefing, or the last person the introduction reports as speaking). A
 * question with no name has no speaker. What comes
 * before the first label (a headline, an introduction) is prose, read as any article is.
 * The words of the language (question and answer labels, news outlets, words that open a
 * line with a colon and name no one) are tables of quote_rules.c. One pass over the lines;
 * nothing is allocated. */
#include "quotes.h"

/* Labels longer than this (bytes) or of more words (outside a parenthesis) are prose. */
#define LABEL_MAX_BYTES 100
#define LABEL_MAX_WORDS 8

enum label_kind { LABEL_NONE, LABEL_QUESTION, LABEL_ANSWER, LABEL_NAME };

typedef struct label {
    enum label_kind kind;
    size_t start, end;       /* the label, before its colon */
    size_t name, name_end;   /* the speaker's name in it ([name, name) = none) */
    size_t text;             /* where the turn's words begin */
    bool title_only;         /* "THE PRESIDENT:", "Spokesperson:": no name, a title */
} label_t;

static bool is_upper(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || c >= 0xC0; /* a letter of another script: a name */
}

/* The first byte at or after p, before e, that is no space. */
static size_t first_word(const unsigned char *s, size_t p, size_t e)
{
    while (p < e && (s[p] == ' ' || s[p] == '\t'))
        p++;
    return p;
}

/* The lower-case form of [p, e) in low (cap bytes), words joined by one space; false when
 * it does not fit. */
static bool lower_words(const unsigned char *s, size_t p, size_t e, char *low, size_t cap)
{
    size_t n = 0;
    bool space = false;
    for (size_t i = p; i < e; i++) {
        unsigned char c = s[i];
        if (c == ' ' || c == '\t') {
            space = n > 0;
            continue;
        }
        if (n + 2 >= cap)
            return false;
        if (space)
            low[n++] = ' ';
        space = false;
        low[n++] = (char)stance__ascii_lower(c);
    }
    low[n] = '\0';
    return true;
}

/* A lower-case word that may stand inside a name ("de", "van", "bin") or an office's label
 * ("of", "the", "for"): a connector, a determiner or a preposition of the rules. */
static bool connector(const quote_rules_t *r, qcache_t *cache, const unsigned char *s,
                      size_t p, size_t n)
{
    char low[QWORD_LOW];
    if (n >= sizeof low || !lower_words(s, p, p + n, low, sizeof low))
        return false;
    return (stance__qword_classes(r, cache, low, n) & (QW_CONNECTOR | QW_DET | QW_PREP)) ||
           strcmp(low, "and") == 0;
}

/* Whether [p, colon) after a label's comma is an office: capitalized words and connectors,
 * one of them a title ("Official Spokesperson", "Minister of External Affairs"). */
static bool office_follows(const quote_rules_t *r, qcache_t *cache, const unsigned char *s,
                           size_t p, size_t colon)
{
    bool title = false;
    size_t words = 0;
    for (size_t i = p; i < colon;) {
        if (s[i] == ' ' || s[i] == '\t') {
            i++;
            continue;
        }
        size_t w = i;
        while (w < colon && s[w] != ' ' && s[w] != '\t')
            w++;
        char low[QWORD_LOW];
        if (++words > LABEL_MAX_WORDS || w - i >= sizeof low ||
            !lower_words(s, i, w, low, sizeof low))
            return false;
        const uint32_t cls = stance__qword_classes(r, cache, low, w - i);
        if (!is_upper(s[i]) && !connector(r, cache, s, i, w - i))
            return false;
        title = title || (cls & (QW_TITLE | QW_ROLE | QW_RANK));
        i = w;
    }
    return title;
}

/* Whether [p, colon) is a news outlet (after a label's comma: "Li, Harbour Phoenix TV:", "Oda,
 * Asahi Shimbun:"; before it: "NHK, Okuzumi:"): capitalized words ending in an outlet's word,
 * or one of the outlets. */
static bool outlet_follows(const quote_rules_t *r, const unsigned char *s, size_t p,
                           size_t colon)
{
    p = first_word(s, p, colon);
    if (p >= colon || !is_upper(s[p]))
        return false;
    char whole[64];
    if (!lower_words(s, p, colon, whole, sizeof whole))
        return false;
    for (const char *w = whole; w; w = strchr(w, ' ') ? strchr(w, ' ') + 1 : NULL)
        if (stance__quote_list_has(&r->news_outlets, w)) /* "phoenix tv" of "... phoenix tv" */
            return true;
    const char *last = strrchr(whole, ' ');
    return stance__quote_list_has(&r->outlet_words, last ? last + 1 : whole);
}

/* A White House transcript's question: "Q" and two spaces or a tab, no colon. The label's
 * end, or 0. */
static size_t bare_question_label(const unsigned char *s, size_t p, size_t e)
{
    size_t q = p + (p + 1 < e && s[p] == 'Q' && s[p + 1] == '.' ? 2 : 1);
    if (s[p] != 'Q' || q + 1 >= e)
        return 0;
    return s[q] == '\t' || (s[q] == ' ' && s[q + 1] == ' ') ? q : 0;
}

/* Reads the label that may open the line at [p, e): the words before a colon. */
static bool read_label(const qtext_t *t, const quote_rules_t *r, qcache_t *cache, size_t p,
                       size_t e, label_t *l)
{
    const unsigned char *s = t->s;
    p = first_word(s, p, e);
    if (p >= e || !is_upper(s[p]))
        return false;
    const size_t bare = bare_question_label(s, p, e);
    if (bare) {
        memset(l, 0, sizeof *l);
        l->kind = LABEL_QUESTION;
        l->start = p;
        l->end = bare;
        l->text = bare;
        return true;
    }
    /* the label's colon: not one inside parentheses ("Matthew Miller (00:07):") */
    size_t colon = p, depth = 0;
    while (colon < e && colon - p <= LABEL_MAX_BYTES && (s[colon] != ':' || depth)) {
        depth += s[colon] == '(';
        depth -= depth && s[colon] == ')';
        colon++;
    }
    if (colon >= e || s[colon] != ':' || colon - p > LABEL_MAX_BYTES)
        return false;
    /* "A: ..." or a line that ends at the colon; not "Highlights: 10:30" */
    if (colon + 1 < e && s[colon + 1] != ' ' && s[colon + 1] != '\t' && s[colon + 1] != '\r')
        return false;
    memset(l, 0, sizeof *l);
    l->start = p;
    l->end = colon;
    size_t words = 0, paren = 0, name = NONE, name_end = NONE;
    bool reporter = false; /* "Li, Harbour Phoenix TV": a reporter and the outlet */
    size_t inner = NONE, inner_end = NONE; /* the first name inside parentheses */
    for (size_t i = p; i < colon;) {
        unsigned char c = s[i];
        if (c == ' ' || c == '\t') {
            i++;
            continue;
        }
        if (c == '(') {
            paren++;
            i++;
            continue;
        }
        if (c == ')') {
            if (!paren)
                return false;
            paren--;
            i++;
            continue;
        }
        if (c == ',' && paren) { /* "(Nadia Kell, Zelvian State Television)": the outlet */
            if (inner != NONE && inner_end == NONE)
                inner_end = i;
            i++;
            continue;
        }
        size_t w = i;
        while (w < colon && s[w] != ' ' && s[w] != '\t' && s[w] != '(' && s[w] != ')' &&
               s[w] != ',')
            w++;
        const unsigned char *word = s + i;
        size_t n = w - i;
        if (n == 0) {
            /* a comma outside parentheses: a sentence, not a label, unless an office or an
             * outlet follows the name ("Shri Arindam Valo, Official Spokesperson:", "Li,
             * Phoenix TV:") or an outlet comes before its reporter ("NHK, Okuzumi:") */
            if (name == NONE)
                return false;
            if (outlet_follows(r, s, p, w) && is_upper(s[first_word(s, w + 1, colon)])) {
                /* "NHK, Okuzumi:": the outlet first, then its reporter */
                name = first_word(s, w + 1, colon);
                name_end = colon;
                while (name_end > name && (s[name_end - 1] == ' ' || s[name_end - 1] == '\t'))
                    name_end--;
                reporter = true;
                break;
            }
            reporter = outlet_follows(r, s, w + 1, colon);
            if (!reporter && !office_follows(r, cache, s, w + 1, colon))
                return false;
            break;
        }
        if (word[0] == 0xE2 || word[0] == 0xC2)
            return false; /* a quotation mark or a dash: prose (“Yes: ...”) */
        /* a sentence's end or a quotation mark: prose, not a label ("Mr." and "Gen." are
         * abbreviations) */
        if (memchr(word, '"', n) || memchr(word, '?', n) || memchr(word, '!', n) ||
            (word[n - 1] == '.' && n > 4))
            return false;
        if (paren) {
            if (inner == NONE && !(word[0] >= '0' && word[0] <= '9'))
                inner = i; /* an outlet or a reporter's name; a time stamp is neither */
        } else {
            if (++words > LABEL_MAX_WORDS)
                return false;
            if (!is_upper(word[0]) && !connector(r, cache, s, i, n))
                return false;
            char first[QWORD_LOW];
            if (words == 1 && n < sizeof first && lower_words(s, i, w, first, sizeof first)) {
                if (stance__quote_list_has(&r->non_speaker_labels, first))
                    return false;
                if (stance__quote_list_has(&r->question_labels, first))
                    l->kind = LABEL_QUESTION;
                else if (stance__quote_list_has(&r->answer_labels, first))
                    l->kind = LABEL_ANSWER;
            }
            /* the name: the words after the titles before it ("Spokesperson Halina Orsk",
             * "Senior Colonel Daran Voss" are Halina Orsk and Daran Voss) */
            char low[QWORD_LOW];
            size_t k = n < sizeof low - 1 ? n : sizeof low - 1;
            if (k > 1 && word[k - 1] == '.')
                k--; /* "Mr.", "Gen.": the honorific of the table */
            for (size_t j = 0; j < k; j++)
                low[j] = (char)stance__ascii_lower(word[j]);
            low[k] = '\0';
            uint32_t cls = stance__qword_classes(r, cache, low, k);
            bool title = (cls & (QW_TITLE | QW_ROLE | QW_HONORIFIC | QW_RANK)) &&
                         !(cls & QW_FUNCTION);
            if (name == NONE && !title && !(cls & QW_DET)) /* not "THE" of "THE PRESIDENT" */
                name = i;
            if (name != NONE)
                name_end = w;
        }
        i = w;
    }
    if (paren || words == 0)
        return false;
    if (inner != NONE && inner_end == NONE)
        inner_end = colon; /* "(Rovenna Post)" closes at the colon's ')' */
    while (inner_end != NONE && inner_end > inner &&
           (s[inner_end - 1] == ')' || s[inner_end - 1] == ' '))
        inner_end--;
    char whole[64];
    if (l->kind == LABEL_NONE && lower_words(s, p, colon, whole, sizeof whole) &&
        (stance__quote_list_has(&r->news_outlets, whole) ||
         (name == p && !reporter && outlet_follows(r, s, p, colon)))) {
        /* "CCTV:", "Harbour News Agency:": its reporter asks, unnamed */
        l->kind = LABEL_QUESTION;
    } else if (l->kind == LABEL_NONE && reporter) {
        l->kind = LABEL_QUESTION; /* "Li, Harbour Phoenix TV": the reporter asks */
        l->name = name;
        l->name_end = name_end;
    } else if (l->kind == LABEL_NONE) {
        l->kind = LABEL_NAME;
        if (name == NONE) { /* titles alone: "Spokesperson:" */
            name = p;
            name_end = colon;
            l->title_only = true;
        }
        l->name = name;
        l->name_end = name_end;
        if (inner != NONE && words <= 3) {
            /* "Lena Moravec (Rovenna Post)": a reporter named with the outlet: a question */
            l->kind = LABEL_QUESTION;
        }
    } else if (l->kind == LABEL_QUESTION && inner != NONE && inner_end > inner) {
        l->name = inner; /* "Question (Nadia Kell, Zelvian State Television)" */
        l->name_end = inner_end;
    } else if (l->kind == LABEL_QUESTION && words > 1 && name != NONE && name > p) {
        l->name = name; /* "Reporter Piet Varga" */
        l->name_end = name_end;
    }
    l->text = colon + 1;
    return true;
}

/* Whether [p, e) holds a quotation mark other than an apostrophe. */
static bool has_quote_mark(const qtext_t *t, size_t p, size_t e)
{
    for (size_t k; p < e && p < t->n; p += k)
        if (stance__q_is_double_mark(stance__qcp_at(t, p, &k)))
            return true;
    return false;
}

static bool same_label(const qtext_t *t, const label_t *a, const label_t *b)
{
    size_t n = a->name_end - a->name;
    if (n == 0 || n != b->name_end - b->name)
        return false;
    for (size_t i = 0; i < n; i++) {
        unsigned char x = t->s[a->name + i], y = t->s[b->name + i];
        if (stance__ascii_lower(x) != stance__ascii_lower(y))
            return false;
    }
    return true;
}

/* The next line that opens with a label, at or after pos; false when none is left. */
static bool next_label(const qtext_t *t, const quote_rules_t *r, qcache_t *cache, size_t *pos,
                       label_t *l)
{
    while (*pos < t->n) {
        size_t p = *pos;
        const unsigned char *nl = memchr(t->s + p, '\n', t->n - p);
        size_t e = nl ? (size_t)(nl - t->s) : t->n;
        *pos = nl ? e + 1 : t->n;
        if (read_label(t, r, cache, p, e, l))
            return true;
    }
    return false;
}

/* Whether a quotation mark opens the words at p (after spaces and line ends). */
static bool quoted_at(const qtext_t *t, size_t p)
{
    size_t k;
    int32_t cp;
    while ((cp = stance__qcp_at(t, p, &k)) != 0 && stance__q_is_space(cp))
        p += k;
    return stance__q_is_double_mark(cp);
}

static bool briefing_heading(const qtext_t *t, const quote_rules_t *r, size_t to);

/* Whether label l has no lower-case letter ("THE PRESIDENT", "SAESNEWS"). */
static bool in_capitals(const qtext_t *t, const label_t *l)
{
    for (size_t i = l->start; i < l->end; i++)
        if (t->s[i] >= 'a' && t->s[i] <= 'z')
            return false;
    return true;
}

/* "SAESNEWS: Iran's foreign minister told ...": one word in capitals opening the text is a
 * dateline (an outlet, a city), not a turn, when the transcript's labels below it are written
 * otherwise ("Andrew England:", "Dr Araghchi:"); what follows it is the story's prose. */
static bool dateline_label(const qtext_t *t, const quote_rules_t *r, qcache_t *cache,
                           const label_t *l, size_t after)
{
    if (l->kind != LABEL_NAME || l->start != first_word(t->s, 0, t->n) ||
        !in_capitals(t, l))
        return false;
    for (size_t i = l->start; i < l->end; i++)
        if (t->s[i] == ' ' || t->s[i] == '\t')
            return false;
    label_t next;
    return next_label(t, r, cache, &after, &next) && !in_capitals(t, &next);
}

/* Whether label l opens a headline, not a turn: the words after its colon end their line
 * with no full stop, question or exclamation mark ("Boris Johnson: Castro death 'marks end
 * of an era'"), as a live blog's headlines do and spoken sentences do not. */
static bool headline_label(const qtext_t *t, const label_t *l)
{
    const unsigned char *s = t->s;
    size_t e = l->text;
    while (e < t->n && s[e] != '\n' && s[e] != '\r')
        e++;
    while (e > l->text && (s[e - 1] == ' ' || s[e - 1] == '\t'))
        e--;
    if (e == l->text || e - l->text > 120)
        return false; /* the words on the lines after, or a long turn */
    /* past closing marks (" ' ” ’ »): “...?” ends as its last word does */
    for (;;) {
        if (e > l->text + 1 && (s[e - 1] == '"' || s[e - 1] == '\'')) {
            e--;
        } else if (e > l->text + 3 && s[e - 3] == 0xE2 && s[e - 2] == 0x80 &&
                   (s[e - 1] == 0x9D || s[e - 1] == 0x99)) {
            e -= 3;
        } else if (e > l->text + 2 && s[e - 2] == 0xC2 && s[e - 1] == 0xBB) {
            e -= 2;
        } else {
            break;
        }
    }
    const unsigned char c = s[e - 1];
    /* an ellipsis (…) ends a sentence too */
    const bool ellipsis = e >= l->text + 3 && s[e - 3] == 0xE2 && s[e - 2] == 0x80 && c == 0xA6;
    return !ellipsis && c != '.' && c != '?' && c != '!' && c != ':' && c != ';' && c != ',';
}

size_t stance__turns_start(const qtext_t *t, const quote_rules_t *r, qcache_t *cache)
{
    size_t pos = 0, labels = 0, first = NONE, quoted = 0, headlines = 0;
    bool repeated = false, questions = false, answers = false;
    label_t seen[8];
    size_t n_seen = 0;
    label_t l;
    while (next_label(t, r, cache, &pos, &l)) {
        if (labels == 0 && dateline_label(t, r, cache, &l, pos))
            continue;
        if (first == NONE)
            first = l.start;
        labels++;
        headlines += headline_label(t, &l);
        /* "Question: “Are you ...?”": turns in quotation marks, which the marks find */
        quoted += quoted_at(t, l.text);
        if (quoted * 2 >= labels && labels >= 3)
            return NONE;
        questions |= l.kind == LABEL_QUESTION;
        answers |= l.kind == LABEL_ANSWER || l.kind == LABEL_NAME;
        for (size_t i = 0; i < n_seen && !repeated; i++)
            repeated = l.kind == LABEL_NAME && same_label(t, &seen[i], &l);
        if (n_seen < 8 && l.kind == LABEL_NAME)
            seen[n_seen++] = l;
        if (labels >= 3 && headlines * 3 >= labels * 2)
            return NONE; /* a live blog's headlines */
        if (labels >= 3 && (repeated || (questions && answers)) && quoted * 2 < labels) {
            /* decided on three labels, unless the next ones are quoted */
            size_t more = pos, checked = 0;
            label_t m;
            while (checked < 3 && next_label(t, r, cache, &more, &m)) {
                checked++;
                quoted += quoted_at(t, m.text);
            }
            return quoted * 2 < labels + checked ? first : NONE;
        }
    }
    /* an excerpt of a briefing, cut after a question and its answer or two officials' turns:
     * the heading says what the labels alone cannot */
    if (labels == 2 && !quoted && ((questions && answers) || n_seen == 2) &&
        briefing_heading(t, r, first))
        return first;
    return NONE;
}

size_t stance__turns_end(const qtext_t *t, const quote_rules_t *r, qcache_t *cache, size_t from)
{
    size_t pos = from, last = NONE;
    label_t l;
    while (next_label(t, r, cache, &pos, &l))
        last = l.text;
    if (last == NONE)
        return t->n;
    /* the last answer runs on until a paragraph after its first holds a quotation mark: the
     * article's prose again (an excerpt of a briefing inside a story) */
    size_t p = last, next;
    bool first_paragraph = true;
    while (p < t->n) {
        const unsigned char *nl = memchr(t->s + p, '\n', t->n - p);
        size_t e = nl ? (size_t)(nl - t->s) : t->n;
        if (!first_paragraph && has_quote_mark(t, p, e))
            return p;
        if (e < t->n && stance__qtext_paragraph_break(t, e, &next)) {
            first_paragraph = false;
            p = next;
        } else {
            p = e + 1;
        }
    }
    return t->n;
}

/* ---- the host: who answers "A:" before anyone is named ------------------------------------ */

/* A word of the heading: [start, end) without the punctuation around it, its lower-case form
 * (empty when too long) and whether it ends in a possessive ’s or 's (left out of [start, end)
 * and of the lower-case form). */
typedef struct hword {
    size_t start, end;
    char low[QWORD_LOW];
    bool possessive, cap;
} hword_t;

#define HEADING_WORDS 64

static size_t heading_words(const qtext_t *t, size_t from, size_t to, hword_t *w, size_t cap)
{
    const unsigned char *s = t->s;
    size_t n = 0;
    for (size_t i = from; i < to && n < cap;) {
        while (i < to && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
            i++;
        size_t e = i;
        while (e < to && s[e] != ' ' && s[e] != '\t' && s[e] != '\n' && s[e] != '\r')
            e++;
        size_t a = i, b = e;
        while (a < b && (s[a] == '(' || s[a] == '"'))
            a++;
        while (b > a && (s[b - 1] == ',' || s[b - 1] == ':' || s[b - 1] == ';' ||
                         s[b - 1] == ')' || s[b - 1] == '.' || s[b - 1] == '"'))
            b--;
        i = e;
        if (a == b)
            continue;
        hword_t *h = &w[n++];
        memset(h, 0, sizeof *h);
        if (b - a > 2 && s[b - 1] == 's' && s[b - 2] == '\'') {
            h->possessive = true;
            b -= 2;
        } else if (b - a > 4 && s[b - 1] == 's' && s[b - 2] == 0x99 && s[b - 3] == 0x80 &&
                   s[b - 4] == 0xE2) { /* ’s */
            h->possessive = true;
            b -= 4;
        }
        h->start = a;
        h->end = b;
        h->cap = is_upper(s[a]);
        (void)lower_words(s, a, b, h->low, sizeof h->low);
    }
    return n;
}

/* Whether the text before `to` names a briefing, a press conference or an interview
 * ("Spokesperson Lin Hua's Regular Press Conference", "Press Briefing by ..."). */
static bool briefing_heading(const qtext_t *t, const quote_rules_t *r, size_t to)
{
    hword_t w[HEADING_WORDS];
    const size_t n = heading_words(t, 0, to, w, HEADING_WORDS);
    for (size_t i = 0; i < n; i++)
        if (w[i].cap && stance__quote_list_has(&r->briefing_nouns, w[i].low))
            return true;
    return false;
}

static uint32_t hword_classes(const quote_rules_t *r, qcache_t *cache, const hword_t *w)
{
    size_t n = strlen(w->low);
    return n ? stance__qword_classes(r, cache, w->low, n) : 0;
}

/* A word of a person's name in a heading: capitalized, and not a title, an organization, a
 * place, a time or a word that is never a name. */
static bool name_word_of(const quote_rules_t *r, qcache_t *cache, const hword_t *w)
{
    const uint32_t not_name = QW_TITLE | QW_ROLE | QW_HONORIFIC | QW_RANK | QW_ORG | QW_PLACE |
                              QW_TIME | QW_FUNCTION | QW_DOC;
    return w->cap && w->low[0] && !(hword_classes(r, cache, w) & not_name) &&
           !stance__quote_list_has(&r->months, w->low);
}

static bool title_word_of(const quote_rules_t *r, qcache_t *cache, const hword_t *w)
{
    return w->cap && (hword_classes(r, cache, w) & (QW_TITLE | QW_ROLE | QW_RANK));
}

bool stance__turns_host(const qtext_t *t, const quote_rules_t *r, qcache_t *cache, size_t from,
                        size_t to, stance_span_t *host, stance_span_t *title)
{
    *title = (stance_span_t){0, 0};
    hword_t w[HEADING_WORDS];
    const size_t n = heading_words(t, from, to, w, HEADING_WORDS);
    for (size_t i = 0; i < n; i++) {
        if (!stance__quote_list_has(&r->briefing_nouns, w[i].low))
            continue;
        /* "Spokesperson Ren Valo's Regular Press Conference": the name before the possessive,
         * the briefing's adjectives between */
        size_t j = i;
        while (j > 0 && j + 3 > i && !w[j - 1].possessive &&
               stance__quote_list_has(&r->briefing_adjectives, w[j - 1].low))
            j--;
        if (j > 0 && w[j - 1].possessive) {
            size_t end = j, lo = j;
            while (lo > 0 && name_word_of(r, cache, &w[lo - 1]) &&
                   (lo == end || !w[lo - 1].possessive))
                lo--;
            if (lo < end) {
                *host = (stance_span_t){w[lo].start, w[end - 1].end - w[lo].start};
                size_t tlo = lo;
                while (tlo > 0 && title_word_of(r, cache, &w[tlo - 1]) && !w[tlo - 1].possessive)
                    tlo--;
                if (tlo < lo)
                    *title = (stance_span_t){w[tlo].start, w[lo - 1].end - w[tlo].start};
                return true;
            }
            continue;
        }
        /* "Press Conference by Chief Cabinet Secretary Ken Ardo", "Interview with ..." */
        if (i + 1 < n && (strcmp(w[i + 1].low, "by") == 0 || strcmp(w[i + 1].low, "with") == 0)) {
            size_t k = i + 2;
            if (k < n && (strcmp(w[k].low, "the") == 0))
                k++;
            const size_t titles = k;
            while (k < n && title_word_of(r, cache, &w[k]) && !w[k].possessive)
                k++;
            size_t name = k;
            while (k < n && name_word_of(r, cache, &w[k]) && !w[k].possessive)
                k++;
            if (name > titles)
                *title = (stance_span_t){w[titles].start, w[name - 1].end - w[titles].start};
            if (k > name) {
                *host = (stance_span_t){w[name].start, w[k - 1].end - w[name].start};
                return true;
            }
            if (name > titles) { /* "by the Chief Cabinet Secretary": the title names them */
                *host = *title;
                return true;
            }
        }
    }
    return false;
}

/* The person named by the capitalized name words of w[i..) (two or more, each possibly after
 * an outlet or a title: "Euronews correspondent Olaf Bruns", "CNN's Becky Anderson"), looked
 * for within a few words; false when none is. */
static bool name_after(const quote_rules_t *r, qcache_t *cache, const hword_t *w, size_t i,
                       size_t n, stance_span_t *name)
{
    for (size_t k = i; k < n && k < i + 4; k++) {
        size_t e = k;
        while (e < n && e < k + 4 && name_word_of(r, cache, &w[e]) &&
               (e == k || !w[e - 1].possessive))
            e++;
        if (e >= k + 2 && !w[e - 1].possessive && (e == n || !name_word_of(r, cache, &w[e]))) {
            *name = (stance_span_t){w[k].start, w[e - 1].end - w[k].start};
            return true;
        }
        if (!w[k].cap && !(hword_classes(r, cache, &w[k]) & (QW_TITLE | QW_ROLE)) &&
            strcmp(w[k].low, "the") != 0)
            return false; /* "told reporters", "with the aim of" */
    }
    return false;
}

/* The introduction read for an interviewer: its last 2 KiB before the transcript, from a
 * line's start (at most INTRO_WORDS words), so that a long text costs no more. */
#define INTRO_BYTES 2048
#define INTRO_WORDS 128

bool stance__turns_interviewer(const qtext_t *t, const quote_rules_t *r, qcache_t *cache,
                               size_t to, stance_span_t *who)
{
    size_t from = 0;
    if (to > INTRO_BYTES) {
        from = to - INTRO_BYTES;
        while (from < to && t->s[from] != '\n')
            from++;
    }
    hword_t w[INTRO_WORDS];
    const size_t n = heading_words(t, from, to, w, INTRO_WORDS);
    for (size_t i = 0; i + 2 < n; i++) {
        /* "interview with Petra Lind", "interview for Weekend News with Petra Lind" */
        if (strcmp(w[i].low, "interview") == 0) {
            for (size_t k = i + 1; k < n && k < i + 6; k++)
                if (strcmp(w[k].low, "with") == 0 && name_after(r, cache, w, k + 1, n, who))
                    return true;
            continue;
        }
        /* "told Harbour TV's Mark Ode": an outlet's own journalist */
        if (strcmp(w[i].low, "told") == 0) {
            size_t k = i + 1;
            while (k < n && k < i + 4 && w[k].cap && !w[k].possessive)
                k++;
            if (k < n && w[k].possessive && w[k].cap &&
                name_after(r, cache, w, k + 1, n, who))
                return true;
        }
    }
    return false;
}

/* Whether a label that is only a title ("THE PRESIDENT") ends in the last word of the host's
 * title in the heading ("Remarks by President Vale Orsk"). */
static bool host_title_label(const qtext_t *t, const label_t *l, stance_span_t title)
{
    if (!title.len)
        return false;
    size_t a = l->name_end, b = title.start + title.len;
    while (a > l->name && t->s[a - 1] != ' ' && b > title.start && t->s[b - 1] != ' ') {
        unsigned char x = t->s[a - 1], y = t->s[b - 1];
        if (stance__ascii_lower(x) != stance__ascii_lower(y))
            return false;
        a--;
        b--;
    }
    return (a == l->name || t->s[a - 1] == ' ') && (b == title.start || t->s[b - 1] == ' ');
}

void stance__turns_read(const qtext_t *t, const quote_rules_t *r, qcache_t *cache, size_t from,
                        size_t to, stance_span_t host, stance_span_t host_title,
                        stance_span_t interviewer,
                        void (*put)(void *user, const stance_quotation_t *q), void *user)
{
    size_t pos = from;
    label_t cur, next;
    bool have = next_label(t, r, cache, &pos, &cur) && cur.start < to;
    stance_span_t answerer = host; /* who answered last: "A:" is theirs */
    while (have) {
        bool more = next_label(t, r, cache, &pos, &next) && next.start < to;
        stance_quotation_t q;
        memset(&q, 0, sizeof q);
        q.text = stance__qtext_trimmed(t, cur.text, more ? next.start : to);
        q.flags = STANCE_QUOTE_TURN;
        q.mention = (stance_span_t){cur.start, cur.end - cur.start};
        if (cur.kind == LABEL_ANSWER) {
            q.speaker = answerer;
        } else if (cur.kind == LABEL_QUESTION && cur.name_end <= cur.name) {
            q.speaker = interviewer; /* "Q:" of an interview: the interviewer's */
        } else if (cur.name_end > cur.name) {
            q.speaker = (stance_span_t){cur.name, cur.name_end - cur.name};
            if (cur.kind == LABEL_NAME && cur.title_only && host.len &&
                host_title_label(t, &cur, host_title))
                q.speaker = host; /* "THE PRESIDENT:" of "Remarks by President Vale Orsk" */
            if (cur.kind == LABEL_NAME)
                answerer = q.speaker;
        }
        if (q.speaker.len) {
            q.speaker_kind = STANCE_MENTION_PERSON;
            q.mention_kind = cur.kind == LABEL_ANSWER ? STANCE_MENTION_PRONOUN
                                                      : STANCE_MENTION_PERSON;
        }
        if (q.text.len)
            put(user, &q);
        cur = next;
        have = more;
    }
}
