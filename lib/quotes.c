/* Quotations in news articles and who said them: the public calls.
 *
 * One pass over the text: quote_marks.c gives the quotations in order; the prose between them
 * is read into words (quote_words.c) and cut into sentences, each quotation standing in its
 * sentence as one item. A finished sentence goes through the two stages of attribution
 * (quote_mentions.c, quote_entities.c) and its quotations are written out. This file knows
 * the paragraphs, so it decides what carries over: a quotation with no attribution of its own
 * keeps the last speaker, and the pieces of a multi-paragraph quotation share one speaker,
 * taken from its last piece when only that one is attributed ("...," said Abbas).
 *
 * Nothing is allocated: the state below lives on the stack (about 32 KB) and every buffer is
 * bounded, so time is linear in the article. */
#include "quotes.h"

#include <utf8proc.h>


/* Where quotations go: the new records, or the old stance_quote_t (one per piece). */
typedef struct sink {
    stance_quotation_t *full;
    stance_quote_t *legacy;
    size_t cap, n;
} sink_t;

typedef struct run {
    qtext_t t;
    const quote_rules_t *rules;
    qcache_t cache;
    entities_t ents;
    sentence_t sent;
    sink_t *sink;
    bool para_end;   /* the sentence being flushed ends its paragraph */
    /* the multi-paragraph quotation being read */
    bool chain;
    bool chain_strong;        /* its speaker comes from an attribution, not carried over */
    size_t chain_from;        /* the sink entry of its first piece */
    stance_quotation_t chain_q;
    /* a party-state tag was dropped with the ',' or '(' before it: that break's closing
     * one is dropped too ("Jane Roe, D-Ore., said" reads "Jane Roe said") */
    char tag_open;
    bool comma_held;     /* the ',' after a tag, kept only if an apposition follows it */
    qword_t held;
    bool stamp_held;     /* "Updated" opening a paragraph: a live blog's stamp if a time follows */
    bool in_stamp;       /* reading the stamp's time ("09:12", "2:47 p.m. ET") */
    qword_t stamp;
    /* the last sentence was a quotation alone, given the last speaker for want of another:
     * the next sentence may name who said it ("The warning came from X.") */
    bool named_next;
    size_t named_next_at; /* its sink entry */
    bool named_next_unspoken; /* and no one had spoken before it */
    /* a roundup that credits each quotation on the line after it ("Ada Lind, foreign policy
     * chief"), as its first quotation showed */
    bool credits_after;
    bool dateline_dash;   /* a dateline was dropped at its dash: a second dash ("--") too */
    /* "She said that:" and then a list: its bulleted paragraphs report her words */
    int list_speaker;     /* the entity, -1 = none */
    bool bullet_para;     /* the paragraph being read opens with a bullet */
    /* an interview printed with no labels: a question alone in its paragraph, then the
     * answer in quotation marks */
    bool para_quoteless;  /* the paragraph read so far quotes nothing */
    bool question_para;   /* ... and its last sentence ends in '?' */
    int speaker_at_para;  /* the last speaker when the paragraph being read began */
    int interviewee;      /* the last speaker before the question paragraph just before this
                             one (-1 = none, or that paragraph asked no question) */
} run_t;

static const uint32_t legacy_flags =
    STANCE_QUOTE_TERM | STANCE_QUOTE_UNCLOSED | STANCE_QUOTE_FRAGMENT;

static void sink_piece(sink_t *k, const stance_quotation_t *r, stance_span_t piece)
{
    if (k->n < k->cap)
        k->legacy[k->n] = (stance_quote_t){piece.start, piece.len, r->speaker.start,
                                           r->speaker.len, r->flags & legacy_flags};
    k->n++;
}

static void sink_put(sink_t *k, const stance_quotation_t *r)
{
    if (k->full) {
        if (k->n < k->cap)
            k->full[k->n] = *r;
        k->n++;
        return;
    }
    sink_piece(k, r, r->text);
    if (r->more.len)
        sink_piece(k, r, r->more);
}

/* Quotations from entry `since` on already given the span `from` as their speaker get `to`
 * (a person known by a title until named). */
static void sink_rename(sink_t *k, stance_span_t from, stance_span_t to, size_t since)
{
    for (size_t i = since; i < k->n && i < k->cap; i++) {
        /* a turn's speaker is its label's, named before its words: a name read later (in its
         * own words, even) does not replace it */
        if (k->full) {
            stance_span_t *sp = &k->full[i].speaker;
            if (sp->len && sp->start == from.start && sp->len == from.len &&
                !(k->full[i].flags & STANCE_QUOTE_TURN))
                *sp = to;
        } else if (k->legacy[i].speaker_len && k->legacy[i].speaker_start == from.start &&
                   k->legacy[i].speaker_len == from.len &&
                   !(k->legacy[i].flags & STANCE_QUOTE_TURN)) {
            k->legacy[i].speaker_start = to.start;
            k->legacy[i].speaker_len = to.len;
        }
    }
}

/* Gives the entries from `from` on the speaker of `src` (a multi-paragraph quotation whose
 * last piece named who spoke). */
static void sink_patch(sink_t *k, size_t from, const stance_quotation_t *src)
{
    for (size_t i = from; i < k->n && i < k->cap; i++) {
        /* a name has no speaker; a transcript's turn met inside a quotation that goes on
         * keeps its label's */
        const uint32_t own = STANCE_QUOTE_TERM | STANCE_QUOTE_TURN;
        if (k->full ? (k->full[i].flags & own) : (k->legacy[i].flags & own))
            continue;
        if (k->full) {
            k->full[i].speaker = src->speaker;
            k->full[i].speaker_kind = src->speaker_kind;
            k->full[i].mention = src->mention;
            k->full[i].mention_kind = src->mention_kind;
            k->full[i].verb = src->verb;
            k->full[i].frame = src->frame;
        } else {
            k->legacy[i].speaker_start = src->speaker.start;
            k->legacy[i].speaker_len = src->speaker.len;
        }
    }
}

/* ---- quotations -------------------------------------------------------------------------- */

/* A fragment goes on from the words before it or starts in lower case ("called it “a
 * provocation”"); a quotation after a colon, a comma or at a sentence start is not. */
static bool is_fragment(const qtext_t *t, const raw_quote_t *q)
{
    size_t k;
    int32_t first = stance__qcp_at(t, q->start, &k);
    if (first > 0 && first < 0x80 && first >= 'a' && first <= 'z')
        return true;
    size_t p = q->open;
    while (p > 0 && (t->s[p - 1] == ' ' || t->s[p - 1] == '\t'))
        p--;
    if (p == 0)
        return false;
    size_t back = p - 1;
    while (back > 0 && (t->s[back] & 0xC0) == 0x80)
        back--;
    return stance__q_is_alnum(stance__qcp_at(t, back, &k));
}

static stance_span_t words_span(const sentence_t *s, size_t lo, size_t hi)
{
    if (lo >= hi || hi > s->n)
        return (stance_span_t){0, 0};
    size_t a = s->w[lo].start, b = s->w[hi - 1].start + s->w[hi - 1].len;
    return (stance_span_t){a, b - a};
}

/* Gives out the speaker entity id's name; `at` is the sink entry out becomes, remembered as
 * the entity's first quotation when it is the first (a rename of the entity's name looks no
 * further back, so that renames cost no more than the quotations they change). */
static void set_speaker(run_t *r, int id, stance_quotation_t *out, size_t at)
{
    if (id < 0)
        return;
    entity_t *e = &r->ents.e[id];
    out->speaker = (stance_span_t){e->start, e->len};
    out->speaker_kind = (stance_mention_kind_t)e->kind;
    if (at < e->first_quote)
        e->first_quote = at;
}

/* No prose follows the quotation in its sentence: nothing there reports it otherwise (as
 * "«...», a déclaré le ministre" would, in words the rules do not know). */
static bool stands_alone(const sentence_t *s, const squote_t *q)
{
    size_t from = q->more >= 0 ? s->q[q->more].item : q->item;
    for (size_t i = from + 1; i < s->n; i++)
        if (s->w[i].type == QT_WORD)
            return false;
    return true;
}

/* A sentence that opens with the quotation and ends in a few words that go on from it, in
 * lower case, with no comma, name or reporting verb among them (“We would never allow” a
 * landing.), perhaps after a dash (“That airfield has been very important” — humanitarian as
 * well as military.): nothing reports it but the speaker before, as when no prose follows. */
static bool goes_on_unreported(const sentence_t *s, const squote_t *q)
{
    size_t first = q->item + 1;
    if (first < s->n && is_brk(&s->w[first], '-'))
        first++;
    if (q->item != 0 || q->more >= 0 || q->raw.inner != 0 || first >= s->n ||
        s->w[first].type != QT_WORD || s->n > first + 9)
        return false;
    for (size_t i = first; i < s->n; i++) {
        const qword_t *w = &s->w[i];
        if (w->type == QT_WORD ? w->cap || (w->cls & (QW_SPEECH | QW_THINK | QW_PRONOUN))
                               : w->type != QT_BREAK || w->brk != '.')
            return false;
    }
    return true;
}

/* A thing for the subject and the quotation for its verb ("The current draft “has no clear
 * call for a ceasefire” and “will not help ...”"): no one is named to say it, and the words
 * are the speaker's before, who goes on describing the thing. The words before it are an
 * article and a few lower-case words that name no person, body, title or document. */
static bool a_thing_then_its_verb(const run_t *r, const sentence_t *s, const squote_t *q)
{
    if (q->item == 0 || q->item > 5 || q->more >= 0 || !is_word(&s->w[0]) ||
        !(s->w[0].cls & QW_DET) || (s->w[0].cls & QW_PRONOUN))
        return false;
    size_t k;
    const int32_t first = stance__qcp_at(&r->t, q->raw.start, &k);
    if (!(first >= 'a' && first <= 'z'))
        return false;
    for (size_t i = 1; i < q->item; i++) {
        const qword_t *w = &s->w[i];
        if (!is_word(w) || w->cap ||
            (w->cls & (QW_SPEECH | QW_THINK | QW_ROLE | QW_ORG | QW_TITLE | QW_DOC | QW_PRONOUN |
                       QW_GROUP)))
            return false;
    }
    /* and nothing after but another such quotation ("The talks “ran out of time” before
     * the two sides could agree" is the reporter's sentence) */
    for (size_t i = q->item + 1; i < s->n; i++) {
        const qword_t *w = &s->w[i];
        if (!(w->type == QT_QUOTE || (is_word(w) && low_is(w, "and")) ||
              (w->type == QT_BREAK && i + 1 == s->n)))
            return false;
    }
    return true;
}

/* A sentence that opens with the quotation, its comma inside or right after it, and goes on
 * with a participle or an infinitive of purpose that has no subject of its own (“...,”
 * referring to the centrifuges; “...”, adding that ...; “...,” to allow for talks), or with
 * a reporting participle and no comma (“...” noting that ...): it is the speaker's, who spoke
 * before. */
static bool participle_goes_on(const sentence_t *s, const squote_t *q)
{
    if (q->item != 0 || q->more >= 0)
        return false;
    size_t next = q->item + 1;
    bool comma = q->raw.inner == ',';
    if (q->raw.inner == 0 && next < s->n && is_brk(&s->w[next], ',')) {
        next++; /* the comma outside the marks */
        comma = true;
    }
    if ((!comma && q->raw.inner != 0) || next >= s->n)
        return false;
    const qword_t *w = &s->w[next];
    /* with no comma, only a reporting participle: "“...” noting the end of ..." */
    if (!comma)
        return w->type == QT_WORD && !w->cap && (w->cls & QW_ING) && (w->cls & QW_SPEECH);
    return w->type == QT_WORD && !w->cap &&
           ((w->cls & QW_ING) || ends_with(w, "ing", 3) || strcmp(w->low, "to") == 0);
}

/* Whether a plural pronoun before the quotation is its sentence's subject and no one named
 * ("Led by Maradona, they cursed Bush, chanting, “...”"): a crowd, not the person who spoke
 * last. */
static bool plural_subject_before(const sentence_t *s, const squote_t *q)
{
    for (size_t i = 0; i < q->item; i++) {
        const qword_t *w = &s->w[i];
        if (is_word(w) && (w->cls & QW_PRONOUN) && (w->cls & QW_PLURAL) && i + 1 < q->item &&
            is_word(&s->w[i + 1]))
            return true;
    }
    return false;
}

/* Whether the words before item are a dateline and its dash ("SFANTA, Lanesia, April 7 (Wire)
 * — “...”"): capitalized words and numbers, commas and parentheses. */
static bool after_dateline(const sentence_t *s, size_t item)
{
    if (item < 2 || item > 14 || !is_brk(&s->w[item - 1], '-'))
        return false;
    for (size_t i = 0; i + 1 < item; i++) {
        const qword_t *w = &s->w[i];
        bool ok = w->type == QT_WORD
                      ? w->cap || (w->low[0] >= '0' && w->low[0] <= '9')
                      : w->type == QT_BREAK && (w->brk == ',' || w->brk == '(' || w->brk == ')');
        if (!ok)
            return false;
    }
    return true;
}

/* Whether the quotation opens its paragraph. One left unclosed there is a long quotation
 * whose closing mark the writer left for a later paragraph, forgot, or an excerpt cut off:
 * its end is a guess, but whose words they are is not (on the blind rounds R to X the speaker
 * before was the speaker of every such quotation the gold names, ten, as for a closed one). */
static bool opens_its_paragraph(const sentence_t *s, const squote_t *q)
{
    return q->item == 0 && s->para_start;
}

/* The record of one quotation of the sentence, with what carries over between sentences. */
static void emit(run_t *r, const squote_t *q)
{
    const sentence_t *s = &r->sent;
    stance_quotation_t out;
    memset(&out, 0, sizeof out);
    out.text = stance__qtext_trimmed(&r->t, q->raw.start, q->raw.end);
    if (q->more >= 0) {
        const squote_t *b = &s->q[q->more];
        out.more = stance__qtext_trimmed(&r->t, b->raw.start, b->raw.end);
    }
    out.flags = q->flags;
    if (q->raw.unclosed)
        out.flags |= STANCE_QUOTE_UNCLOSED;
    if (q->raw.continues)
        out.flags |= STANCE_QUOTE_CONTINUES;
    if (is_fragment(&r->t, &q->raw))
        out.flags |= STANCE_QUOTE_FRAGMENT;
    bool term = (q->flags & STANCE_QUOTE_TERM) != 0;
    bool strong = !term && q->attributed;
    if (strong) {
        set_speaker(r, q->entity, &out, r->sink->n);
        if (q->mention.kind) {
            out.mention = words_span(s, q->mention.lo, q->mention.hi);
            out.mention_kind = q->mention.kind == MK_DOC ? out.speaker_kind
                                                          : (stance_mention_kind_t)q->mention.kind;
        }
        if (q->verb != NONE)
            out.verb = words_span(s, q->verb, q->verb + 1);
        size_t lo = q->frame_lo;
        for (size_t i = q->frame_lo; i < q->frame_hi && i < q->item; i++)
            if (s->w[i].type == QT_QUOTE)
                lo = i + 1; /* not across another quotation */
        out.frame = words_span(s, lo, q->frame_hi);
    }
    bool carried = false;
    if (q->raw.continues && r->chain) {
        if (!strong || r->chain_strong) {
            out.speaker = r->chain_q.speaker;
            out.speaker_kind = r->chain_q.speaker_kind;
            out.mention = (stance_span_t){0, 0};
            out.mention_kind = STANCE_MENTION_NONE;
            out.verb = out.frame = (stance_span_t){0, 0};
            carried = true;
        } else {
            sink_patch(r->sink, r->chain_from, &out);
            r->chain_strong = true;
            if (q->entity >= 0 && r->chain_from < r->ents.e[q->entity].first_quote)
                r->ents.e[q->entity].first_quote = r->chain_from;
        }
    } else if (!strong && !term && r->bullet_para && r->list_speaker >= 0) {
        /* "She said that:" / "• The tariffs ignore the pact “signed by ...”" */
        set_speaker(r, r->list_speaker, &out, r->sink->n);
    } else if (!strong && !term && (!q->raw.unclosed || opens_its_paragraph(s, q)) &&
               (stands_alone(s, q) || goes_on_unreported(s, q) || participle_goes_on(s, q) ||
                a_thing_then_its_verb(r, s, q)) &&
               !(plural_subject_before(s, q) && r->ents.last_speaker >= 0 &&
                 r->ents.e[r->ents.last_speaker].kind == MK_PERSON)) {
        /* the last speaker keeps the floor: “A,” he said. “B.”; an interview's answer after
         * its question is the interviewee's, though the question named someone else */
        if (r->interviewee >= 0 && opens_its_paragraph(s, q))
            stance__entity_spoke(&r->ents, r->interviewee);
        set_speaker(r, r->ents.last_speaker, &out, r->sink->n);
        if ((q->item == 0 || after_dateline(s, q->item)) && !q->raw.goes_on) {
            /* the quotation is the whole sentence, or all of it but a dateline */
            r->named_next = true;
            r->named_next_at = r->sink->n;
            r->named_next_unspoken = r->ents.last_speaker < 0;
        }
    }
    if (q->raw.goes_on && !q->raw.continues) {
        r->chain = true;
        r->chain_from = r->sink->n;
        r->chain_strong = strong;
        r->chain_q = out;
    } else if (!q->raw.goes_on) {
        r->chain = false;
    } else if (!carried && strong) {
        r->chain_q = out;
    }
    sink_put(r->sink, &out);
}

/* ---- sentences --------------------------------------------------------------------------- */

/* Past the words of a release's heading that say whose words follow, at word lo: "Quotes
 * attributable to", "Quote from", "Comments by" (lo itself when there are none). */
static size_t after_quotes_label(const sentence_t *s, size_t lo)
{
    if (lo + 2 >= s->n || !is_word(&s->w[lo]) || !s->w[lo].cap ||
        !(low_is(&s->w[lo], "quotes") || low_is(&s->w[lo], "quote") ||
          low_is(&s->w[lo], "comments") || low_is(&s->w[lo], "comment")))
        return lo;
    const qword_t *next = &s->w[lo + 1];
    if (low_is(next, "attributable") && lo + 3 < s->n && low_is(&s->w[lo + 2], "to"))
        return lo + 3;
    return low_is(next, "from") || low_is(next, "by") ? lo + 2 : lo;
}

/* A paragraph that is only a name ("Ostrian President Mara Quill", "NATO Secretary-General
 * Jens Stoltenberg", "YOAV STERN, Ostrian prime minister:"): a roundup's heading, whose
 * person or organization speaks the quotations that follow with no attribution of their own
 * (they take the last speaker); a release's heading that says so first too ("Quotes
 * attributable to Treasurer Tim Pallas"). */
static bool heading_mention(run_t *r, mention_t *out, bool *ends_in_colon)
{
    const sentence_t *s = &r->sent;
    /* a roundup's dash or bullet before the name: "– Ivan Belov, deputy head of ...:" */
    size_t lo = 0;
    while (lo < s->n && (is_brk(&s->w[lo], '-') || is_brk(&s->w[lo], '*')))
        lo++;
    lo = after_quotes_label(s, lo);
    /* "ON INFLATION": a topic's heading in capitals, whoever speaks under it (its "ON" has
     * lost its class, as "US" and "WHO" do; "On inflation" is no name already) */
    if (lo < s->n && s->w[lo].acronym &&
        (stance__qword_classes(r->rules, &r->cache, s->w[lo].low, strlen(s->w[lo].low)) &
         QW_PREP))
        return false;
    /* a heading is short; one that ends in a colon may give a long office */
    const bool colon = s->n > 0 && is_brk(&s->w[s->n - 1], ':');
    if (!s->para_start || !r->para_end || s->nq || lo >= s->n ||
        s->n > (colon ? 24 : 12) + lo || !s->w[lo].cap)
        return false;
    size_t end = s->n;
    if (colon)
        end--; /* "Ostrian President Mara Quill:" */
    if (end <= lo)
        return false;
    mention_t m;
    bool have = stance__mention_starting(s, lo, end, &m) && m.lo == lo;
    size_t comma = end;
    while (comma > lo && !is_brk(&s->w[comma - 1], ','))
        comma--;
    if ((!have || m.kind != MK_PERSON) && comma > lo + 1 && comma < end) {
        /* "Civic Front caucus leader, Pablo Kessler": the holder after a title */
        bool role = false;
        for (size_t i = lo; i + 1 < comma; i++)
            role = role || (s->w[i].cls & QW_ROLE);
        mention_t named;
        if (!role || !stance__mention_starting(s, comma, end, &named) ||
            named.kind != MK_PERSON || named.lo != comma || named.hi != end)
            return false;
        m = named;
        have = true;
    }
    if (!have || (m.kind != MK_PERSON && m.kind != MK_ORG))
        return false;
    if (m.hi != end && !(colon && m.kind == MK_PERSON && is_brk(&s->w[m.hi], ','))) {
        /* (a line that ends in a colon introduces what follows, whatever the apposition
         * says: "– Oleg Sorin, member of the foreign affairs committee:") */
        /* "YOAV STERN, Ostrian prime minister:": the role after a comma */
        mention_t role;
        if (m.kind != MK_PERSON || m.hi + 1 >= end || !is_brk(&s->w[m.hi], ',') ||
            !stance__mention_starting(s, m.hi + 1, end, &role) || role.kind != MK_TITLE ||
            role.hi != end)
            return false;
    }
    /* "... a placard in Yangon. Getty", "Radek Pietruszka/PAP": a photograph's credit, an
     * agency or a photographer with his agency, who speak for no one */
    if (stance__words_name_outlet(r->rules, s, m.name_lo, m.name_hi) ||
        stance__credit_words(s, &r->t, m.name_lo, m.name_hi))
        return false;
    *out = m;
    *ends_in_colon = colon;
    return true;
}

/* A roundup's credit on the line after a quotation: a heading's name ("Prime Minister, Jan
 * Holm"), or a person's name and, after a comma, what they are in any words but a verb
 * ("Ada Lind, Vantan foreign policy chief", "Rudolph Giuliani, Mayor of New York on 11
 * September 2001"); a line that ends in a colon introduces what follows instead. */
static bool credit_line(run_t *r, mention_t *m)
{
    const sentence_t *s = &r->sent;
    bool colon = false;
    if (heading_mention(r, m, &colon))
        return !colon && m->kind == MK_PERSON;
    if (!s->para_start || !r->para_end || s->nq || s->n > 16 ||
        !stance__mention_starting(s, 0, s->n, m) || m->lo != 0 || m->kind != MK_PERSON ||
        m->hi + 1 >= s->n || !is_brk(&s->w[m->hi], ',') || is_brk(&s->w[s->n - 1], ':'))
        return false;
    for (size_t i = m->hi + 1; i < s->n; i++)
        if (is_word(&s->w[i]) && !s->w[i].cap && (s->w[i].cls & QW_SPEECH))
            return false;
    return true;
}

static void heading_names_speaker(run_t *r)
{
    mention_t m;
    bool colon;
    if (!heading_mention(r, &m, &colon))
        return;
    /* the text's headline in Title Case is no roundup's heading unless it gives one
     * person's office ("Ostrian President Mara Quill") or ends in a colon: its capitals read
     * as a name ("Peace Talks Resume"; "CEASEFIRE HOLDS AS ENVOYS MEET", "Meet" one of
     * "envoys") whom the story never names */
    if (r->ents.sentences == 1 && r->ents.headline_end && !colon && m.kind == MK_PERSON &&
        (m.role == NONE || stance__plural_word(&r->sent.w[m.role])))
        return;
    int id = stance__entity_resolve(&r->ents, &r->sent, &r->t, &m);
    if (id >= 0)
        stance__entity_spoke(&r->ents, id);
}

/* Whether the sentence introduces a list of what someone said: it ends a paragraph with a
 * colon and holds a reporting word ("She said that:", "Among his points:" does not). */
static bool introduces_list(const run_t *r, const sentence_t *s)
{
    if (!r->para_end || s->n < 3 || s->nq || !is_brk(&s->w[s->n - 1], ':'))
        return false;
    for (size_t i = 0; i + 1 < s->n; i++)
        if (is_word(&s->w[i]) && !s->w[i].cap && (s->w[i].cls & QW_SPEECH))
            return true;
    return false;
}

static void analyze(run_t *r)
{
    sentence_t *s = &r->sent;
    const bool named_next = r->named_next && s->nq == 0;
    r->named_next = false;
    if (s->para_start) {
        r->bullet_para = s->n > 1 && is_brk(&s->w[0], '*');
        if (!r->bullet_para)
            r->list_speaker = -1; /* a paragraph of prose ends the list */
        r->interviewee = r->question_para ? r->speaker_at_para : -1;
        r->speaker_at_para = r->ents.last_speaker;
        r->para_quoteless = true;
    }
    stance__sentence_attribute(s, &r->t, r->rules, &r->cache, &r->ents);
    r->para_quoteless = r->para_quoteless && s->nq == 0;
    r->question_para = r->para_quoteless && s->n > 0 && is_brk(&s->w[s->n - 1], '?');
    if (introduces_list(r, s))
        r->list_speaker = r->ents.last_speaker;
    if (named_next) {
        /* “...” The admission came on Tuesday from Valeri Orlik. / That was how Elena Duca
         * described it: the speaker named after the quotation's own sentence */
        mention_t named;
        memset(&named, 0, sizeof named);
        int id = stance__sentence_names_speaker(s, &r->t, &r->ents, &named);
        /* "Ada Lind, Vantan foreign policy chief" on the line after a quotation that opens the
         * roundup with no speaker, and after every quotation of a roundup written so: the
         * credit, not the next section's heading (a heading that ends in a colon introduces
         * what follows) */
        if (id < 0 && (r->named_next_unspoken || r->credits_after) && credit_line(r, &named)) {
            id = stance__entity_resolve(&r->ents, s, &r->t, &named);
            r->credits_after = r->credits_after || id >= 0;
        }
        if (id >= 0) {
            stance_quotation_t src;
            memset(&src, 0, sizeof src);
            set_speaker(r, id, &src, r->named_next_at);
            src.mention = words_span(s, named.lo, named.hi);
            src.mention_kind = (stance_mention_kind_t)named.kind;
            sink_patch(r->sink, r->named_next_at, &src);
            stance__entity_spoke(&r->ents, id);
        }
    }
    if (r->ents.renamed) {
        stance_span_t from = r->ents.renamed_from, to = r->ents.renamed_to;
        sink_rename(r->sink, from, to, r->ents.renamed_since);
        if (r->chain_q.speaker.start == from.start && r->chain_q.speaker.len == from.len)
            r->chain_q.speaker = to;
        r->ents.renamed = false;
    }
    for (size_t i = 0; i < s->nq; i++)
        if (!s->q[i].merged)
            emit(r, &s->q[i]);
    heading_names_speaker(r);
}

/* Attributes and writes out the sentence being read, and starts the next one. */
static void flush(run_t *r)
{
    sentence_t *s = &r->sent;
    while (s->n > 0) {
        size_t cut = stance__sentence_cut(s, r->rules);
        if (cut >= s->n) {
            analyze(r);
            break;
        }
        /* `?”` with no "X said" after it ends the sentence: the rest is the next one */
        size_t total = s->n, nq = s->nq, kept = 0;
        while (kept < nq && s->q[kept].item < cut)
            kept++;
        s->n = cut;
        s->nq = kept;
        analyze(r);
        memmove(s->w, s->w + cut, (total - cut) * sizeof *s->w);
        memmove(s->q, s->q + kept, (nq - kept) * sizeof *s->q);
        s->n = total - cut;
        s->nq = nq - kept;
        for (size_t i = 0; i < s->nq; i++)
            s->q[i].item -= cut;
        for (size_t i = 0; i < s->n; i++)
            if (s->w[i].type == QT_QUOTE)
                s->w[i].quote -= (uint32_t)kept;
        s->w[0].lead = true;
        s->para_start = false;
    }
    s->n = 0;
    s->nq = 0;
    s->para_start = false; /* until a paragraph break says the next sentence opens one */
    r->tag_open = 0;
    r->comma_held = false;
}

/* A party-state tag after a name is no speaker, and its commas would make it an apposition:
 * it is left out with its ',' or '(' and the closing ',' or ')'. The closing comma stays when
 * an apposition follows ("Lisa Murkowski, R-Alaska, a moderate, said"). True when w is taken
 * care of. */
static bool drop_party_tag(run_t *r, const qword_t *w)
{
    sentence_t *s = &r->sent;
    if (w->type == QT_WORD && w->party_tag && s->n > 1 &&
        (is_brk(&s->w[s->n - 1], ',') || is_brk(&s->w[s->n - 1], '(')) &&
        name_word(&s->w[s->n - 2])) {
        r->tag_open = s->w[s->n - 1].brk;
        s->n--;
        return true;
    }
    char open = r->tag_open;
    r->tag_open = 0;
    if (open == '(' && is_brk(w, ')'))
        return true;
    if (open == ',' && is_brk(w, ',')) {
        r->held = *w;
        r->comma_held = true;
        return true;
    }
    return false;
}

static bool day_number(const qword_t *w)
{
    return w->type == QT_WORD && w->low[0] >= '0' && w->low[0] <= '9';
}

/* A word that puts a month after it in a date: a day number, "in", "last", "this". */
static bool dates_a_month(const qword_t *w)
{
    return day_number(w) || (w->type == QT_WORD && !w->name &&
                             (w->cls & (QW_PREP | QW_TIME | QW_DET)));
}

/* Where the parenthesis opens that the sentence's last words and a ')' about to be added
 * close, when it holds the expansion of the initials before it: capitalized words (and
 * "of", "and", "for", "the" in lower case) whose first letters are the initials, in order
 * ("FAA (Federal Aviation Administration"); else SIZE_MAX. */
static size_t expansion_of_initials(const sentence_t *s)
{
    size_t open = s->n;
    while (open > 0 && s->n - open < 9 && !is_brk(&s->w[open - 1], '('))
        open--;
    if (open < 2 || open == s->n || !is_brk(&s->w[open - 1], '('))
        return SIZE_MAX;
    const qword_t *initials = &s->w[open - 2];
    if (initials->type != QT_WORD || !initials->acronym)
        return SIZE_MAX;
    size_t matched = 0;
    const size_t n_initials = strlen(initials->low);
    for (size_t i = open; i < s->n; i++) {
        const qword_t *w = &s->w[i];
        if (w->type != QT_WORD)
            return SIZE_MAX;
        if (!w->cap) {
            if (strcmp(w->low, "of") != 0 && strcmp(w->low, "and") != 0 &&
                strcmp(w->low, "for") != 0 && strcmp(w->low, "the") != 0)
                return SIZE_MAX;
            continue;
        }
        if (matched >= n_initials || w->low[0] != initials->low[matched])
            return SIZE_MAX;
        matched++;
    }
    return matched == n_initials && matched >= 2 ? open - 1 : SIZE_MAX;
}

/* Whether alias[a..] is made of the starts, two letters or more each, of name words from
 * word i on, in order (words may be passed over): "centcom" of "central command". */
static bool starts_of_words(const char *alias, size_t a, const sentence_t *s, size_t i,
                            size_t end, unsigned pieces)
{
    if (!alias[a])
        return pieces >= 2;
    for (; i < end; i++) {
        const char *w = s->w[i].low;
        if (!s->w[i].cap)
            continue; /* "of", "for" */
        /* pieces of k letters: w[0 .. k) equals alias[a .. a + k) */
        for (size_t k = 1; w[k - 1] && w[k - 1] == alias[a + k - 1]; k++)
            if (k >= 2 && starts_of_words(alias, a + k, s, i + 1, end, pieces + 1))
                return true;
    }
    return false;
}

/* Whether the capitalized word at `alias`, in parentheses after the name that ends at word
 * `last`, is a contraction of that name ("U.S. Central Command (Centcom)"): the starts of
 * two of its words or more. */
static bool contraction_of_name(const sentence_t *s, size_t last, const qword_t *alias)
{
    size_t first = last + 1;
    while (first > 0 && last + 1 - first < 6 &&
           (s->w[first - 1].cap ||
            (first >= 2 && s->w[first - 2].cap && s->w[first - 1].type == QT_WORD &&
             (strcmp(s->w[first - 1].low, "of") == 0 || strcmp(s->w[first - 1].low, "for") == 0))))
        first--;
    /* (as short as the gloss that keeps it, which also bounds the search: three pieces) */
    return alias->type == QT_WORD && alias->cap && !alias->acronym &&
           strlen(alias->low) < sizeof alias->gloss &&
           starts_of_words(alias->low, 0, s, first, last + 1, 0);
}

/* Reads a month word as a name when it stands in a run of capitalized names ("Theresa May",
 * "Jan Egeland", "Zhai Jun"), not as the date it is beside a day number or after "in" (the
 * time class would cut the name). Looks only at the word before, so it decides as the words
 * come: `w`, about to be added, and the sentence's last word. */
static void month_in_name(sentence_t *s, qword_t *w)
{
    qword_t *p = s->n ? &s->w[s->n - 1] : NULL;
    if (!p || p->type != QT_WORD)
        return;
    if (w->month && !p->month && p->name && !(p->cls & QW_TIME)) {
        w->name = true; /* "Theresa May": after a name (a day number after it undoes it) */
        w->cls &= ~(uint32_t)QW_TIME;
    } else if (p->month && p->name && day_number(w)) {
        p->name = false; /* "Paris May 5": a date after all */
        p->cls |= QW_TIME;
    } else if (p->month && !p->name && w->name && !w->month && !dates_a_month(w) &&
               (s->n < 2 || !dates_a_month(&s->w[s->n - 2]))) {
        p->name = true; /* "Jan Egeland", not "in March Democrats" */
        p->cls &= ~(uint32_t)QW_TIME;
    }
}

/* "spokesman An Fengshan", "Affairs Office An Liwen": the capitalized article "An" between a
 * title or a body's word and a name is a surname (Chinese, Korean), a word of the name; and
 * once such a person is named, "An" before a verb of speech or a break is that person ("An
 * said", "said An."). Looks back as `w`, about to be added, comes; the article stays one
 * before a noun ("An official said") or where no title stands before it (a headline's "Sees
 * An Opening"). */
static void surname_an(const entities_t *ents, sentence_t *s, const qword_t *w)
{
    if (s->n < 1)
        return;
    qword_t *p = &s->w[s->n - 1];
    if (p->type != QT_WORD || !p->cap || strcmp(p->low, "an") != 0)
        return;
    const qword_t *before = s->n >= 2 ? &s->w[s->n - 2] : NULL;
    const bool in_name = w->name && !(w->cls & (QW_TITLE | QW_ROLE)) && before &&
                         before->type == QT_WORD &&
                         (before->cls & (QW_TITLE | QW_ROLE | QW_ORG));
    const bool named = ((w->type == QT_WORD && (w->cls & QW_SPEECH) &&
                         !(w->cls & (QW_TITLE | QW_ROLE))) ||
                        w->type == QT_BREAK) &&
                       stance__entity_known_name_word(ents, "an");
    /* "An Fengshan, spokesman for ...": opening the sentence, before a name whose first
     * letter is a consonant's and that is no acronym ("An FBI agent", "An MP") nor begins
     * with an h ("An honorary consul"): the article stands before a vowel's sound */
    const unsigned char c0 = w->type == QT_WORD ? (unsigned char)w->low[0] : 0;
    const bool opens_name = s->n == 1 && w->type == QT_WORD && w->name && w->cap &&
                            !(w->cls & (QW_TITLE | QW_ROLE | QW_ORG | QW_PLACE)) &&
                            c0 >= 'b' && c0 <= 'z' && !strchr("aeiouh", c0) &&
                            !w->acronym;
    if (!in_name && !named && !opens_name)
        return;
    p->name = true;
    p->cls &= ~(uint32_t)(QW_DET | QW_INDEF | QW_FUNCTION);
}

/* The sentence's first word, capitalized only for opening it, is no name before a second
 * word in lower case that shows what it is: a participle before "by" ("Led by Maradona,
 * they ...", "Backed by the army, the mayor ..."), or an adverb before a participle ("Long
 * heckled on the benches, the Prime Minister assured ...", "Once considered a moderate, X
 * ..."). Decided when `w`, about to be added, is the word after the sentence's only word. */
static void opener_no_name(sentence_t *s, const qword_t *w)
{
    qword_t *p = &s->w[0];
    if (s->n != 1 || w->type != QT_WORD || w->cap || p->type != QT_WORD || !p->name)
        return;
    if (strcmp(w->low, "by") == 0 ? past_form(p) : past_form(w) && (p->cls & QW_SKIP))
        p->name = false;
}

/* Two words that are one thing together and another apart, as the rules' pairs give them
 * ("foreign policy chief", "member states", "chargé d’affaires"). Decided as the words come:
 * `w`, about to be added, and the sentence's last word. */
static void word_pair(const quote_rules_t *rules, sentence_t *s, qword_t *w)
{
    qword_t *p = s->n ? &s->w[s->n - 1] : NULL;
    if (!p || p->type != QT_WORD || w->type != QT_WORD)
        return;
    const quote_pair_t *pair = stance__quote_pair(rules, p->low, w->low);
    if (!pair)
        return;
    switch (pair->kind) {
    case QP_TITLE_GOES_ON:
        w->cls |= QW_TITLE;
        break;
    case QP_NO_PERSON:
        p->cls &= ~(uint32_t)(QW_TITLE | QW_ROLE);
        break;
    case QP_ONE_TITLE:
        p->cls = QW_TITLE;
        p->name = false;
        w->cls = QW_TITLE | QW_ROLE;
        w->name = false;
        /* one spelling, so that "the chargé d’affaires" finds the "charge d'affaires" named
         * (each canonical word is no longer than any spelling it replaces) */
        strcpy(p->low, pair->first_as);
        strcpy(w->low, pair->second_as);
        break;
    }
}

/* "the Norwegian Police Security Service (PST) ... PST said": initials a body was glossed
 * with are its name, not the time zone the same letters are elsewhere ("10 a.m. PST"). */
static void glossed_initials_no_time(const entities_t *ents, qword_t *w)
{
    if (w->type != QT_WORD || !w->acronym || !(w->cls & QW_TIME) ||
        !stance__entity_known_initials(ents, w))
        return;
    w->cls &= ~(uint32_t)QW_TIME;
    w->name = true;
}

/* "Cop28 president Sultan al-Jaber": a title's word that is also a given name ("Sultan"),
 * right after a title's word and before a capitalized name, is the given name; a sultan
 * with no title before him stays one ("Sultan Haitham bin Tariq"). Decided as the words
 * come: `w`, about to be added, and the two words before it. */
static void given_name_after_title(const quote_rules_t *r, sentence_t *s, const qword_t *w)
{
    if (s->n < 2 || w->type != QT_WORD || !w->name || (w->cls & (QW_TITLE | QW_ROLE | QW_ORG)))
        return;
    qword_t *p = &s->w[s->n - 1];
    const qword_t *before = &s->w[s->n - 2];
    if (p->type != QT_WORD || !p->cap || !(p->cls & QW_ROLE) || before->type != QT_WORD ||
        !(before->cls & QW_ROLE) || !stance__quote_name_gender(r, p->low))
        return;
    p->cls &= ~(uint32_t)(QW_TITLE | QW_ROLE);
    p->name = true;
}

/* "Arab states", "the Baltic states", "German states": "states" after a region's or a
 * nation's adjective is the countries, a body, not a verb of speech ("Arab" stating); after a
 * country's own name it stays the verb ("Russia states that"). Decided as the words come:
 * `w`, about to be added, and the sentence's last word. */
static void states_of_a_region(const quote_rules_t *r, const sentence_t *s, qword_t *w)
{
    const qword_t *p = s->n ? &s->w[s->n - 1] : NULL;
    if (!p || p->type != QT_WORD || !p->cap || p->poss || w->type != QT_WORD || w->cap ||
        strcmp(w->low, "states") != 0 ||
        !(stance__quote_list_has(&r->region_adjectives, p->low) ||
          stance__quote_demonym(r, p->low, NULL)))
        return;
    w->cls = (w->cls & ~(uint32_t)(QW_SPEECH | QW_LEMMA | QW_THINK)) | QW_ORG;
}

/* "United States": a country's name whose last word the words' classes read as a verb of
 * speech in its -s form ("states"), which is no name's word elsewhere ("President Accuses
 * ..."), is a name after the word that opens it. Decided as the words come: `w`, about to be
 * added, and the sentence's last word. */
static void nation_of_two_words(const quote_rules_t *r, sentence_t *s, qword_t *w)
{
    qword_t *p = s->n ? &s->w[s->n - 1] : NULL;
    if (!p || p->type != QT_WORD || w->type != QT_WORD || !w->cap || w->name || !p->cap ||
        !(w->cls & QW_SPEECH))
        return;
    if (stance__quote_nation_of_two(r, p->low, w->low))
        w->name = true;
}

/* "further on", "later on", "early on": an adverb, whose "on" opens no phrase ("However
 * further on Adorni pointed out": Adorni is the subject, no object of "on"). Decided as the
 * words come, when `w`, about to be added, is "on" after the sentence's last word. */
static void adverb_on(const quote_rules_t *r, sentence_t *s, qword_t *w)
{
    const qword_t *p = s->n ? &s->w[s->n - 1] : NULL;
    if (!p || p->type != QT_WORD || w->type != QT_WORD || strcmp(w->low, "on") != 0 ||
        !stance__quote_list_has(&r->before_adverb_on, p->low))
        return;
    w->cls = (w->cls & ~(uint32_t)QW_PREP) | QW_SKIP;
}

/* "UAE state minister Anwar Gargash", "State Councillor Wang": a word that is a title's only
 * before a role, not the verb it is elsewhere ("UAE state" read as the UAE stating); and
 * before a body's head in lower case, at once or after one word of no class ("the Kyrgyz
 * state border service"). Decided as the words come, when `w`, about to be added, is a role
 * or a body's head after the sentence's last word. */
static void title_before_role(const quote_rules_t *r, sentence_t *s, const qword_t *w)
{
    if (w->type != QT_WORD || !(w->cls & (QW_ROLE | QW_ORG)) || s->n == 0)
        return;
    qword_t *p = &s->w[s->n - 1];
    if (!(w->cls & QW_ROLE) && !w->cap && s->n >= 2 && p->type == QT_WORD && !p->cap &&
        p->cls == 0)
        p = &s->w[s->n - 2]; /* "state border service": the word before the modifier */
    if (p->type != QT_WORD || !stance__quote_list_has(&r->before_role_titles, p->low))
        return;
    p->cls = (p->cls & ~(uint32_t)(QW_SPEECH | QW_LEMMA | QW_THINK)) | QW_TITLE;
}

/* Whether the word after byte `at` (past spaces) is a month, as "BISHKEK. April 29
 * (Interfax) -" dates the city before it. */
static bool month_follows(const run_t *r, size_t at)
{
    while (at < r->t.n && r->t.s[at] == ' ')
        at++;
    char word[12];
    size_t n = 0;
    while (at + n < r->t.n && n + 1 < sizeof word && (r->t.s[at + n] | 0x20) >= 'a' &&
           (r->t.s[at + n] | 0x20) <= 'z') {
        word[n] = (char)(r->t.s[at + n] | 0x20);
        n++;
    }
    word[n] = '\0';
    return n >= 3 && stance__quote_list_has(&r->rules->months, word);
}

/* Does the paragraph's first sentence so far, ended by the dash `w`, read as a dateline
 * ("DUNMERE, March 21 —", "ISTRA, March 20 (INA) --", "SFANTA, Lanesia, April 7 (Wire) —")?
 * Capitalized words, numbers, commas and parentheses, opening with a city in capitals or
 * holding a month and a day: not "Foreign Minister Lena Horvat — a veteran — said". A colon
 * ends one after a city in capitals ("TOKYO:"; "SPIEGEL:" labels a turn), a period one with
 * both the city and a date ("MOSCOW, September 8."), a period and a hyphen or a dash any
 * city ("Mexico City.-"). */
static bool ends_dateline(const run_t *r, const qword_t *w)
{
    const sentence_t *s = &r->sent;
    if (!(is_brk(w, '-') || is_brk(w, ':') || is_brk(w, '.')) || !s->para_start || s->nq ||
        s->n == 0 || s->n > 12)
        return false;
    bool month_day = false;
    for (size_t i = 0; i < s->n; i++) {
        const qword_t *x = &s->w[i];
        bool ok = x->type == QT_WORD
                      ? x->cap || day_number(x)
                      : x->type == QT_BREAK && (x->brk == ',' || x->brk == '(' || x->brk == ')');
        if (!ok)
            return false;
        month_day = month_day || (x->month && i + 1 < s->n && day_number(&s->w[i + 1]));
    }
    const qword_t *first = &s->w[0];
    bool capitals = first->type == QT_WORD && first->len >= 3;
    for (size_t i = 0; capitals && i < first->len; i++) {
        unsigned char c = r->t.s[first->start + i];
        capitals = (c >= 'A' && c <= 'Z') || c == '-' || c == '.';
    }
    if (is_brk(w, ':'))
        return capitals && s->n == 1 && (first->cls & QW_PLACE);
    /* "Mexico City.- President-elect ...": a period and a hyphen (or a dash: "Mexico
     * City.–"), as Spanish-language copy ends a dateline, after a place's name: three
     * capitalized words at most */
    const size_t after = w->start + w->len;
    const bool dash = after < r->t.n && (r->t.s[after] == '-' ||
                                         long_dash(r->t.s + after, r->t.n - after));
    if (is_brk(w, '.') && s->n <= 3 && dash)
        return true;
    if (is_brk(w, '.'))
        return capitals && (month_day || (s->n == 1 && month_follows(r, w->start + w->len)));
    return capitals || month_day;
}

/* A word of a stamp's time: digits, a time word or zone, and the colons and commas between. */
static bool stamp_time_word(const qword_t *w)
{
    if (w->type == QT_BREAK)
        return w->brk == ':' || w->brk == ',';
    return w->type == QT_WORD &&
           ((w->low[0] >= '0' && w->low[0] <= '9') || (w->cls & QW_TIME) || low_is(w, "at") ||
            low_is(w, "a.m") || low_is(w, "p.m") || low_is(w, "am") || low_is(w, "pm"));
}

/* "Updated", "Posted" or "Published" opening a paragraph: a live blog's stamp if a time
 * follows ("Updated 09:12", "Posted 2:47 p.m. ET"). */
static bool opens_stamp(const run_t *r, const qword_t *w)
{
    return r->sent.n == 0 && r->sent.para_start && w->type == QT_WORD && w->cap &&
           (low_is(w, "updated") || low_is(w, "posted") || low_is(w, "published"));
}

static void take_word(run_t *r, const qword_t *w);

/* A live blog's stamp names no one: it is left out, so that the headline after it begins the
 * sentence; "Updated" before anything but a time is a word ("Updated figures show ..."). */
static void add_word(run_t *r, const qword_t *w)
{
    if (r->stamp_held) {
        r->stamp_held = false;
        if (w->type == QT_WORD && w->low[0] >= '0' && w->low[0] <= '9') {
            r->in_stamp = true;
            return;
        }
        take_word(r, &r->stamp);
    }
    if (r->in_stamp && stamp_time_word(w))
        return;
    r->in_stamp = false;
    if (opens_stamp(r, w)) {
        r->stamp_held = true;
        r->stamp = *w;
        return;
    }
    take_word(r, w);
}

static void take_word(run_t *r, const qword_t *w)
{
    sentence_t *s = &r->sent;
    /* a dateline names a place and a date, no one: left out, with its dash */
    if (r->dateline_dash && is_brk(w, '-') && s->n == 0)
        return;
    r->dateline_dash = false;
    if (ends_dateline(r, w)) {
        s->n = 0;
        r->dateline_dash = true;
        return;
    }
    if (drop_party_tag(r, w))
        return;
    /* initials glossing the name before them ("Inter-Services Public Relations (ISPR)", "the
     * Director General (DG) of"): left out with their parentheses, so that an apposition
     * reads through them; not a dateline's agency ("PARIS (AFP) -"), at the sentence's start */
    /* (or a contraction of its words: "U.S. Central Command (Centcom)") */
    if (is_brk(w, ')') && s->n >= 4 && s->w[s->n - 1].type == QT_WORD &&
        is_brk(&s->w[s->n - 2], '(') && s->w[s->n - 3].type == QT_WORD && s->w[s->n - 3].cap &&
        (s->w[s->n - 1].acronym || contraction_of_name(s, s->n - 3, &s->w[s->n - 1]))) {
        /* (kept on the name's last word: "the ISPR said" later is that body) */
        const char *initials = s->w[s->n - 1].low;
        if (strlen(initials) < sizeof s->w[s->n - 3].gloss)
            strcpy(s->w[s->n - 3].gloss, initials);
        s->n -= 2;
        return;
    }
    /* initials, then their expansion in parentheses ("FAA (Federal Aviation Administration)
     * Administrator Mike Whitaker"): the expansion is left out, so that the title and the
     * name after it read on from the body's initials */
    if (is_brk(w, ')')) {
        const size_t open = expansion_of_initials(s);
        if (open != SIZE_MAX) {
            s->n = open;
            return;
        }
    }
    if (r->comma_held) {
        r->comma_held = false;
        if (w->type == QT_WORD && (w->cls & (QW_RELATIVE | QW_DET | QW_TITLE)))
            take_word(r, &r->held);
    }
    if (s->n == SENT_WORDS)
        flush(r); /* a runaway sentence is cut: attribution looks only so far */
    s->w[s->n] = *w;
    s->w[s->n].lead = s->n == 0;
    month_in_name(s, &s->w[s->n]);
    surname_an(&r->ents, s, &s->w[s->n]);
    glossed_initials_no_time(&r->ents, &s->w[s->n]);
    word_pair(r->rules, s, &s->w[s->n]);
    given_name_after_title(r->rules, s, &s->w[s->n]);
    states_of_a_region(r->rules, s, &s->w[s->n]);
    opener_no_name(s, &s->w[s->n]);
    nation_of_two_words(r->rules, s, &s->w[s->n]);
    adverb_on(r->rules, s, &s->w[s->n]);
    title_before_role(r->rules, s, &s->w[s->n]);
    s->n++;
    if (stance__qword_ends_sentence(w))
        flush(r);
}

/* Does [s, e) hold a letter or a digit? Marks around none (“ ”, a no-break or zero-width space,
 * “…” alone) quote no words: they are not speech, and are not reported. */
static bool has_letter_or_digit(const qtext_t *t, size_t s, size_t e)
{
    for (size_t p = s, k; p < e; p += k)
        if (stance__q_is_alnum(stance__qcp_at(t, p, &k)))
            return true;
    return false;
}

static void add_quote(run_t *r, const raw_quote_t *raw)
{
    stance_span_t text = stance__qtext_trimmed(&r->t, raw->start, raw->end);
    if (!has_letter_or_digit(&r->t, text.start, text.start + text.len))
        return;
    sentence_t *s = &r->sent;
    r->tag_open = 0; /* a party tag's closing break, held or awaited, was not before a quote */
    r->comma_held = false;
    if (s->n == SENT_WORDS || s->nq == SENT_QUOTES)
        flush(r);
    qword_t *w = &s->w[s->n];
    memset(w, 0, sizeof *w);
    w->type = QT_QUOTE;
    w->start = raw->open;
    w->len = raw->close_end - raw->open;
    w->quote = (uint32_t)s->nq;
    w->lead = s->n == 0;
    /* one capitalized word, no punctuation: a nickname if it stands inside a name ("Gilberto
     * “Gibo” Teodoro"; stance__phrase_end decides) */
    bool one_word = text.len <= 24 && r->t.s[text.start] >= 'A' && r->t.s[text.start] <= 'Z';
    for (size_t i = 0; one_word && i < text.len; i++) {
        unsigned char c = r->t.s[text.start + i];
        one_word = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-';
    }
    w->name = one_word;
    squote_t *q = &s->q[s->nq++];
    memset(q, 0, sizeof *q);
    q->raw = *raw;
    q->item = s->n++;
    q->more = -1;
    q->entity = -1;
    q->verb = NONE;
    /* `.”` ends the sentence: never take a speaker from what follows */
    if (raw->inner == '.' || raw->inner == ';' || (raw->unclosed && !raw->credited) ||
        raw->goes_on)
        flush(r);
}

/* Reads the prose of [from, to) into sentences, ending them at paragraph breaks. */
static void read_prose(run_t *r, size_t from, size_t to)
{
    const qtext_t *t = &r->t;
    size_t p = from;
    while (p < to) {
        size_t b = p, next = to;
        bool brk = false;
        while (b < to) {
            if ((t->s[b] == '\n' || t->s[b] == 0xE2) &&
                stance__qtext_paragraph_break(t, b, &next)) {
                brk = true;
                break;
            }
            b++;
        }
        qwords_t ws;
        stance__qwords_init(&ws, t, r->rules, &r->cache, p, b);
        qword_t w;
        while (stance__qwords_next(&ws, &w) == 1)
            add_word(r, &w);
        if (!brk)
            break;
        r->para_end = true;
        flush(r);
        r->para_end = false;
        r->sent.para_start = true;
        p = next > b ? next : b + 1;
    }
}

/* The quotations inside a turn ("Donald Trump said yesterday that “we will destroy it.” What
 * is your response?"), after the turn and in its order, attributed by the turn's own words,
 * its label included, as prose ("Wong: ‘We are here to stay’" is Wong's): a quotation the
 * turn does not attribute has no speaker (no earlier speaker keeps the floor inside someone
 * else's turn), and one that is the whole turn is the turn. The marks are
 * read in a view of the text that ends with the turn, so no look-ahead leaves it. */
static void read_turn_quotes(run_t *r, size_t label, size_t from, size_t to)
{
    qtext_t view = r->t;
    view.n = to;
    qmarks_t marks;
    stance__qmarks_init(&marks, &view, r->rules);
    marks.pos = from;
    raw_quote_t q;
    size_t pos = label; /* the label too: "Wong: ‘...’" says whose words open the turn */
    bool any = false;
    const int last_speaker = r->ents.last_speaker, last_person = r->ents.last_person;
    while (stance__qmarks_next(&marks, &q) == 1 && q.open < to) {
        if (q.unclosed || (q.open <= from && q.close_end >= to))
            continue; /* the turn itself in marks, or a mark the turn leaves open */
        if (!any) {
            flush(r);
            r->ents.last_speaker = r->ents.last_person = -1;
            r->sent.para_start = true;
            any = true;
        }
        read_prose(r, pos, q.open);
        add_quote(r, &q);
        pos = q.close_end > pos ? q.close_end : pos;
    }
    if (!any)
        return;
    read_prose(r, pos, to);
    flush(r);
    r->ents.last_speaker = last_speaker;
    r->ents.last_person = last_person;
}

static void put_turn(void *user, const stance_quotation_t *q)
{
    run_t *r = user;
    sink_put(r->sink, q);
    read_turn_quotes(r, q->mention.len ? q->mention.start : q->text.start, q->text.start,
                     q->text.start + q->text.len);
}

/* The prose up to a transcript, then its turns [from, to); the prose after it starts a
 * paragraph. */
static void read_turns(run_t *r, size_t pos, size_t from, size_t to)
{
    if (pos < from)
        read_prose(r, pos, from);
    flush(r);
    /* "A:" before anyone answers: the host the heading names, else the last person the
     * introduction reports as speaking ("Foreign Minister X told the paper ...") */
    stance_span_t host = {0, 0}, title = {0, 0};
    if (!stance__turns_host(&r->t, r->rules, &r->cache, 0, from, &host, &title) &&
        r->ents.last_person >= 0) {
        const entity_t *e = &r->ents.e[r->ents.last_person];
        host = (stance_span_t){e->start, e->len};
    }
    stance_span_t interviewer = {0, 0};
    (void)stance__turns_interviewer(&r->t, r->rules, &r->cache, from, &interviewer);
    stance__turns_read(&r->t, r->rules, &r->cache, from, to, host, title, interviewer,
                       put_turn, r);
    r->sent.para_start = true;
}

/* Whether the bytes from `at` back (dir -1) or on (dir +1) are a quotation mark or a few
 * and then the line's end: the quotation is all of its line on that side. */
static bool line_ends_past_marks(const char *text, size_t len, size_t at, int dir)
{
    for (int k = 0; k < 8; k++) {
        if (dir < 0 ? at == 0 : at >= len)
            return true;
        const unsigned char c = (unsigned char)text[dir < 0 ? at - 1 : at];
        if (c == '\n')
            return true;
        if (c >= 0x80 || (c && strchr(" \t\r\"'.,!?;:", c)))
            at = dir < 0 ? at - 1 : at + 1; /* a mark, its UTF-8 bytes, a closing period */
        else
            return false;
    }
    return false;
}

/* The text of sink entry i. */
static stance_span_t sink_text(const sink_t *k, size_t i)
{
    return k->full ? k->full[i].text : (stance_span_t){k->legacy[i].start, k->legacy[i].len};
}

/* Whether the character that starts at s[at] (of the n bytes of s; none at n) is a letter or
 * a digit. */
static bool letter_or_digit_at(const unsigned char *s, size_t n, size_t at)
{
    int32_t cp;
    return at < n && stance__utf8_decode(s + at, n - at, &cp) && stance__q_is_alnum(cp);
}

/* Whether the character that ends right before s[at] is a letter or a digit. */
static bool letter_or_digit_before(const unsigned char *s, size_t at)
{
    size_t from = at;
    while (from > 0 && at - from < 4 && (s[from - 1] & 0xC0) == 0x80)
        from--; /* back over continuation bytes to the character's first byte */
    return from > 0 && letter_or_digit_at(s, at, from - 1);
}

/* Whether the bytes of `part` stand in `whole`, spending a byte of *budget for each byte
 * compared; false once the budget is spent. A crosshead's words (`crosshead`) are compared
 * without regard to ASCII case, and only as whole words: a crosshead capitalizes what it
 * lifts from the middle of a quotation ("‘Disgusting’" over "“quite a disgusting thing”"). */
static bool words_within(const char *text, stance_span_t part, stance_span_t whole, bool crosshead,
                         size_t *budget)
{
    if (part.len > whole.len)
        return false;
    const unsigned char *p = (const unsigned char *)text + part.start;
    const unsigned char *w = (const unsigned char *)text + whole.start;
    for (size_t at = 0; at + part.len <= whole.len; at++) {
        if (*budget < part.len)
            return false;
        *budget -= part.len;
        if (!crosshead) {
            if (memcmp(p, w + at, part.len) == 0)
                return true;
            continue;
        }
        if (letter_or_digit_before(w, at) || letter_or_digit_at(w, whole.len, at + part.len))
            continue;
        size_t i = 0;
        while (i < part.len && stance__ascii_lower(p[i]) == stance__ascii_lower(w[at + i]))
            i++;
        if (i == part.len)
            return true;
    }
    return false;
}

/* Words a story quotes twice are the speaker's it credits them to the second time:
 *  - a crosshead, a line that is only a quotation ("‘The crew told us to be calm’", or one
 *    word: "‘Disgusting’"), whose words stand in one of the next three quotations (not the
 *    last speaker's before it);
 *  - words with no speaker where they first stand ("An official worries that Americans were
 *    “lulled into a false sense of security”"), said again within the next five quotations.
 * The comparing is bounded by a few times the text's length, so a text of many quotations
 * costs no more than reading it. */
static void repeated_words_take_their_speaker(sink_t *k, const char *text, size_t len)
{
    const size_t n = k->n < k->cap ? k->n : k->cap;
    size_t budget = 4 * len + 65536;
    for (size_t i = 0; i + 1 < n; i++) {
        const stance_span_t head = sink_text(k, i);
        const size_t had = k->full ? k->full[i].speaker.len : k->legacy[i].speaker_len;
        const uint32_t flags = k->full ? k->full[i].flags : k->legacy[i].flags;
        const bool crosshead = line_ends_past_marks(text, len, head.start, -1) &&
                               line_ends_past_marks(text, len, head.start + head.len, +1);
        /* (a scare-quoted term is no one's words, said again or not; a transcript's turn is
         * its label's) */
        if (head.len < (crosshead ? 4 : 12) || (flags & (STANCE_QUOTE_TERM | STANCE_QUOTE_TURN)) ||
            (!crosshead && had))
            continue;
        for (size_t j = i + 1; j < n && j <= i + (crosshead ? 3 : 5); j++) {
            const stance_span_t body = sink_text(k, j);
            const size_t said_by = k->full ? k->full[j].speaker.len : k->legacy[j].speaker_len;
            if (body.len <= head.len || !said_by ||
                !words_within(text, head, body, crosshead, &budget))
                continue;
            if (k->full) {
                k->full[i].speaker = k->full[j].speaker;
                k->full[i].speaker_kind = k->full[j].speaker_kind;
            } else {
                k->legacy[i].speaker_start = k->legacy[j].speaker_start;
                k->legacy[i].speaker_len = k->legacy[j].speaker_len;
            }
            break;
        }
    }
}

/* Checks the arguments, validates the text, and reads it all. */
static stance_status_t run_all(const char *text, size_t len, uint32_t flags,
                               const char *language, sink_t *sink, size_t *count,
                               stance_error_t *err)
{
    if (!count || (!text && len) || (sink->cap && !sink->full && !sink->legacy))
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "count is NULL, or a buffer is NULL with a nonzero size");
    *count = 0;
    if (flags & ~(uint32_t)STANCE_REPLACE_INVALID)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET, "unknown flags %#x",
                            flags & ~(uint32_t)STANCE_REPLACE_INVALID);
    const quote_rules_t *rules = stance__quote_rules(language);
    if (!rules)
        return stance__fail(err, STANCE_E_LANGUAGE, STANCE_NO_OFFSET,
                            "no attribution rules for language '%.40s'", language);
    if (!(flags & STANCE_REPLACE_INVALID)) {
        size_t bad = stance__utf8_check((const unsigned char *)text, len);
        if (bad < len)
            return stance__fail(err, STANCE_E_BAD_UTF8, bad, "invalid UTF-8 at byte %zu", bad);
    }
    run_t r;
    memset(&r, 0, sizeof r);
    stance__qtext_init(&r.t, text, len);
    r.rules = rules;
    r.sink = sink;
    r.sent.para_start = true; /* the first sentence opens the first paragraph */
    r.list_speaker = -1;
    r.speaker_at_para = r.interviewee = -1;
    stance__entities_init(&r.ents, r.rules);
    /* a transcript: its turns are its statements; the prose before and after is read as any
     * article's, and the quotations inside a turn are read with it (put_turn) */
    const size_t turns = stance__turns_start(&r.t, rules, &r.cache);
    const size_t turns_end = turns != NONE ? stance__turns_end(&r.t, rules, &r.cache, turns)
                                           : NONE;
    bool turns_read = turns == NONE;
    qmarks_t marks;
    stance__qmarks_init(&marks, &r.t, rules);
    raw_quote_t q;
    size_t pos = 0;
    while (stance__qmarks_next(&marks, &q) == 1) {
        if (!turns_read && q.open >= turns && q.open < turns_end)
            continue; /* inside the transcript */
        if (!turns_read && q.open >= turns_end) {
            read_turns(&r, pos, turns, turns_end);
            turns_read = true;
            pos = turns_end;
        }
        read_prose(&r, pos, q.open);
        add_quote(&r, &q);
        pos = q.close_end > pos ? q.close_end : pos;
        if (q.goes_on)
            pos = q.end; /* the paragraph break after it is read as prose */
    }
    if (!turns_read) {
        read_turns(&r, pos, turns, turns_end);
        pos = turns_end;
    }
    read_prose(&r, pos, r.t.n);
    r.para_end = true; /* the text's end ends its last paragraph (a roundup's last credit) */
    flush(&r);
    repeated_words_take_their_speaker(sink, text, len);
    *count = sink->n;
    if (sink->n > sink->cap)
        return stance__fail(err, STANCE_E_BUFFER_TOO_SMALL, STANCE_NO_OFFSET,
                            "%zu quotations, the array holds %zu", sink->n, sink->cap);
    stance__ok(err);
    return STANCE_OK;
}

stance_status_t stance_quotes_find(const char *text, size_t len, uint32_t flags,
                                   stance_quote_t *quotes, size_t cap, size_t *count,
                                   stance_error_t *err)
{
    sink_t sink = {NULL, quotes, quotes ? cap : 0, 0};
    if (!quotes && cap)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "count is NULL, or a buffer is NULL with a nonzero size");
    return run_all(text, len, flags, NULL, &sink, count, err);
}

stance_status_t stance_quotes_attribute(const char *text, size_t len,
                                        const stance_quotes_opts_t *opts,
                                        stance_quotation_t *quotes, size_t cap, size_t *count,
                                        stance_error_t *err)
{
    stance_quotes_opts_t defaults = STANCE_QUOTES_OPTS_INIT;
    if (!opts)
        opts = &defaults;
    if (opts->version != STANCE_QUOTES_OPTS_VERSION)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "stance_quotes_opts_t version %u, this library knows %u",
                            opts->version, STANCE_QUOTES_OPTS_VERSION);
    if (!quotes && cap)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "count is NULL, or a buffer is NULL with a nonzero size");
    sink_t sink = {quotes, NULL, quotes ? cap : 0, 0};
    /* a placeholder so the sink knows which kind of entry it writes when cap is 0 */
    stance_quotation_t none;
    if (!quotes)
        sink.full = &none;
    return run_all(text, len, opts->flags, opts->language, &sink, count, err);
}
