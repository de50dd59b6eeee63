/* Stage 1 of attribution: in one sentence, the reporting verbs, the mentions that are their
 * subjects, and for each quotation the mention that reports it, by sieves tried in order.
 *
 *   1. terms: a quoted name or scare-quoted term is not speech (and gets no speaker);
 *   2. right after the quote, when its closing punctuation lets the sentence go on (`,”`, or
 *      none; after `?”` `!”` only this one): "said X", "X said", "according to X";
 *   3. the reporting verb before it in the sentence: its subject, the subject of the clause
 *      for a participle ("..., adding"), the first of two joined verbs ("said ... and added"),
 *      the reporter of a reported clause ("X said they had agreed “...”"); a verb of thought
 *      only right before the quote; else "a warning by X", "according to X, “...”";
 *   4. a reporting verb later in the sentence (“...” for the conflict, Abbas said);
 *   5. "X, in a post on Telegram: «...»": the subject of a sentence that ends in a colon;
 *   6. none of these: the last speaker keeps the floor (a quote that goes on, a paragraph of
 *      quotes); this one is decided in quotes.c, which knows the paragraphs.
 * A quote split by its attribution (“A,” he said, “B.”) becomes one statement here. Mentions
 * are read outside the quotation marks only and never after a preposition, so no name inside
 * a quote and no "said of Trump" is ever a speaker. */
#include "quotes.h"

#include <utf8proc.h>

#define MAX_VERBS 32

typedef struct sverb {
    size_t at;      /* word index */
    mention_t subj; /* its speaker: before it, or after it ("said X") */
    mention_t obj;  /* "Interfax quoted him as saying": the one quoted, who spoke */
    bool by_obj;    /* the speaker is obj, not the subject */
    bool inverted;  /* the mention follows the verb */
    bool agent;     /* the mention is a passive participle's agent ("expressed by X") */
    bool ing, think;
    int entity;
} sverb_t;

typedef struct sctx {
    sentence_t *s;
    const qtext_t *t;
    const quote_rules_t *r;
    qcache_t *cache;
    entities_t *ents;
    sverb_t v[MAX_VERBS];
    size_t nv;
    size_t noted;      /* words up to here have had their names remembered */
    size_t skipped_to; /* the end of the last phrase not remembered (after a preposition) */
    size_t asked_end;  /* words before it open the sentence with what someone was asked
                          ("Asked whether X ..., she said"): X is no one "she" could be */
} sctx_t;

/* ---- reporting verbs ---------------------------------------------------------------------- */

/* "went on to" (goes, go) before word i: the verb after it reports, and its subject stands
 * before "went". */
static bool went_on_to(const sentence_t *s, size_t i)
{
    return i >= 3 && low_is(&s->w[i - 1], "to") && low_is(&s->w[i - 2], "on") &&
           (low_is(&s->w[i - 3], "went") || low_is(&s->w[i - 3], "goes") ||
            low_is(&s->w[i - 3], "go"));
}

/* Whether word i lies in a relative clause set off by commas that says who someone is: "Orlov,
 * who spoke on condition of anonymity, said" or "an official, who asked not to be named,
 * told reporters". Such a clause closes with a comma before any quotation; one that runs
 * into a quotation ("Orlov, who said “...”", "X, who serves as minister, said, “...”") reports
 * it, and so does a person's whose verb takes "that" ("Lind, who said that if it was meant, it
 * was “...”": the comma is the condition's; not "Resolution 1559, which demanded that ...",
 * whose "which" no one is named by). */
static bool in_descriptive_clause(const sentence_t *s, size_t i)
{
    size_t j = i;
    for (;;) {
        if (j == 0 || i - j > 12)
            return false;
        const qword_t *p = &s->w[--j];
        if (p->type == QT_QUOTE || is_brk(p, ',') || stance__qword_ends_sentence(p))
            return false;
        if ((low_is(p, "who") || low_is(p, "which") || low_is(p, "whose")) && j > 0 &&
            is_brk(&s->w[j - 1], ','))
            break;
    }
    if (low_is(&s->w[j], "who") && i + 1 < s->n && low_is(&s->w[i + 1], "that"))
        return false;
    for (size_t k = i + 1; k < s->n && k - i <= 12; k++) {
        const qword_t *w = &s->w[k];
        if (w->type == QT_QUOTE || is_brk(w, ':') || stance__qword_ends_sentence(w))
            return false;
        if (is_brk(w, ',')) /* the clause's end, unless the comma opens a quotation */
            return !(k + 1 < s->n && s->w[k + 1].type == QT_QUOTE);
    }
    return false;
}

/* "actions which a foreign ministry official said were a “threat”": "say", which takes no
 * noun for its object, after a relative pronoun and its subject; the relative is the
 * subject of the clause it reports, whose words are the speaker's. */
static bool says_of_relative(const sentence_t *s, size_t verb)
{
    const qword_t *w = &s->w[verb];
    if (!(low_is(w, "said") || low_is(w, "says") || low_is(w, "say")))
        return false;
    for (size_t k = verb; k > 0 && verb - k < 7; k--) {
        const qword_t *p = &s->w[k - 1];
        if (!is_word(p))
            return false;
        if (low_is(p, "which") || low_is(p, "that") || low_is(p, "who"))
            return k < verb; /* a subject, words k..verb-1, between the relative and the verb */
    }
    return false;
}

/* Whether "what" and someone doing the naming stand before the verb of naming at `verb`
 * ("what she termed", "what negotiators call"): in the past it reports that someone's words
 * ("what she termed “unacceptable”", as "what it called" does), in the present it names a
 * thing ("what the union calls “zero-hour” contracts"); "a plan termed “X”" names one. */
static bool someone_named_it(const sentence_t *s, size_t verb)
{
    for (size_t k = verb; k > 0 && verb - k < 5; k--) {
        const qword_t *w = &s->w[k - 1];
        if (!is_word(w))
            return false;
        if (low_is(w, "what"))
            return k < verb; /* a subject between "what" and the verb */
    }
    return false;
}

/* "X made the remarks", "made these comments": X is the one who spoke, named after the
 * words were given to a title. */
static bool made_the_remarks(const sentence_t *s, size_t i)
{
    return i + 2 < s->n && is_word(&s->w[i]) && !s->w[i].cap && low_is(&s->w[i], "made") &&
           is_word(&s->w[i + 1]) && (s->w[i + 1].cls & QW_DET) && !s->w[i + 1].cap &&
           is_word(&s->w[i + 2]) &&
           (low_is(&s->w[i + 2], "remarks") || low_is(&s->w[i + 2], "comments") ||
            low_is(&s->w[i + 2], "remark") || low_is(&s->w[i + 2], "comment"));
}

/* A verb whose object is the one told ("told", "informed"): the words after it are no
 * speaker's name ("“...,” assured the minister" can be), and what it reports was said to
 * that listener. */
static bool tells_someone(const qword_t *w)
{
    return low_is(w, "told") || low_is(w, "tells") || low_is(w, "informed");
}

/* "was told Tuesday in Washington by X": the "by" of a told or informed, after a time or a
 * place of a few words; NONE when none follows. */
static size_t told_by(const sentence_t *s, size_t verb)
{
    if (!tells_someone(&s->w[verb]))
        return NONE;
    size_t by = verb + 1;
    while (by < s->n && by < verb + 8 && is_word(&s->w[by]) && !low_is(&s->w[by], "by") &&
           !low_is(&s->w[by], "that") && !(s->w[by].cls & QW_SPEECH))
        by++;
    return by + 1 < s->n && low_is(&s->w[by], "by") ? by : NONE;
}

/* The most words the object of "prompting" may have: a titled name ("Russia's UN Ambassador
 * Vassily Nebenzia", five) with a word to spare. */
#define PROMPTED_OBJECT_WORDS 6

/* The first word of the object of "prompting" or "leading" before "to" and the verb at
 * word i ("prompting Russia to vow", "leading the ministry to warn"), a few words at most;
 * NONE when the verb follows no such object. */
static size_t prompted_object(const sentence_t *s, size_t i)
{
    if (i < 3 || !low_is(&s->w[i - 1], "to"))
        return NONE;
    for (size_t k = i - 1; k-- > 1 && i - 1 - k <= PROMPTED_OBJECT_WORDS;) {
        const qword_t *w = &s->w[k];
        if (!is_word(w))
            return NONE;
        const qword_t *p = &s->w[k - 1];
        if (is_word(p) && (low_is(p, "prompting") || low_is(p, "prompted") ||
                           low_is(p, "leading") || low_is(p, "led")))
            return k;
    }
    return NONE;
}

/* A form of "quote" or "cite", which relays another's words ("cited X as saying"). */
static bool relaying(const qword_t *w)
{
    return is_word(w) && (strncmp(w->low, "quot", 4) == 0 || low_is(w, "cite") ||
                          low_is(w, "cited") || low_is(w, "cites") || low_is(w, "citing"));
}

/* A word that may stand between a passive's "be" and its participle: an adverb ("was also
 * told") or one of time ("was then asked"). */
static bool passive_adverb(const qword_t *w)
{
    return is_word(w) && ((w->cls & QW_SKIP) || ((w->cls & QW_TIME) && !w->cap));
}

/* "“I cannot allow it ...”, launched Elisabeth Borne", "“...,” hammered the minister":
 * translated copy credits a quotation with any verb in the past, right after the quotation
 * (and its comma) and right before who spoke, a name or a title with its article, where
 * English would say "said". Whether word i is such a verb. */
static bool verb_after_quotation(const sentence_t *s, size_t i)
{
    const qword_t *w = &s->w[i];
    if (!is_word(w) || w->cap || !past_form(w) || (w->cls & (QW_PREP | QW_FUNCTION)) ||
        i + 1 >= s->n || i == 0)
        return false;
    /* "“...,” he aded.": "he" or "she" before it, the sentence ending after it (a verb the
     * rules do not know, even misspelt, credits as "he added" would) */
    const qword_t *p = &s->w[i - 1];
    if (i >= 2 && is_word(p) && (p->cls & (QW_MALE | QW_FEMALE)) && (p->cls & QW_PRONOUN) &&
        is_brk(&s->w[i + 1], '.')) {
        size_t b = i - 2;
        if (is_brk(&s->w[b], ',') && b > 0)
            b--;
        return s->w[b].type == QT_QUOTE;
    }
    size_t before = i - 1;
    if (is_brk(&s->w[before], ',') && before > 0)
        before--;
    if (s->w[before].type != QT_QUOTE)
        return false;
    const qword_t *next = &s->w[i + 1];
    if (is_word(next) && next->cap && name_word(next) &&
        !(next->cls & (QW_PLACE | QW_ORG | QW_TIME)))
        return true;
    /* "the minister", "the head of government": an article, then a title within a word */
    if (!is_word(next) || !low_is(next, "the"))
        return false;
    for (size_t k = i + 2; k < s->n && k < i + 4; k++)
        if (is_word(&s->w[k]) && (s->w[k].cls & QW_ROLE))
            return true;
    return false;
}

static bool is_reporting_verb(const sctx_t *c, size_t i)
{
    const sentence_t *s = c->s;
    const qword_t *w = &s->w[i];
    if (verb_after_quotation(s, i))
        return true;
    /* "“...,” he went on": going on with what was said, the clause ending there */
    if (is_word(w) && !w->cap && (low_is(w, "went") || low_is(w, "goes")) && i + 1 < s->n &&
        low_is(&s->w[i + 1], "on") && (i + 2 == s->n || !is_word(&s->w[i + 2])))
        return true;
    if (made_the_remarks(s, i))
        return true;
    if (!is_word(w) || w->cap || !(w->cls & QW_SPEECH))
        return false;
    /* "met Kalla thanks to Museveni": a preposition, not Kalla thanking anyone */
    if (low_is(w, "thanks") && i + 1 < s->n && low_is(&s->w[i + 1], "to"))
        return false;
    /* "diplomats declared persona non grata": a status they were given, no speech */
    if (low_is(w, "declared") && i + 1 < s->n && low_is(&s->w[i + 1], "persona"))
        return false;
    /* "X said that if Israel responded positively, “...”": a verb in a condition reports
     * nothing (its subject right after "if", "unless" or "whether"), nor one in a question's
     * clause, after a form of "be" or a modal ("Asked whether Mr Davis was speaking for the
     * Government, ...") */
    for (size_t k = i; k > 0 && i - k < 5; k--) {
        const qword_t *b = &s->w[k - 1];
        if (!is_word(b))
            break;
        if (low_is(b, "if") || low_is(b, "unless") || low_is(b, "whether"))
            return false;
        const bool auxiliary = k == i && !b->cap && (be_form(b) || modal(b));
        if (!(phrase_word(b) || (b->cls & QW_DET) || auxiliary) || (b->cls & QW_PRONOUN))
            break;
    }
    if (in_descriptive_clause(s, i))
        return false;
    /* "the one that Mr. Trump has threatened would “prohibit” trade": a verb whose clause
     * ends at once, before a modal or a be-form, had its object before it and reports nothing
     * after it */
    if (i + 1 < s->n && is_word(&s->w[i + 1]) && (modal(&s->w[i + 1]) || be_form(&s->w[i + 1])) &&
        !says_of_relative(s, i))
        return false;
    /* "He did not answer", "she never said", "they wouldn't comment": nothing reported */
    if (i > 0 && negates(&s->w[i - 1]))
        return false;
    if (i > 0 && is_word(&s->w[i - 1])) {
        const qword_t *p = &s->w[i - 1];
        /* a noun after a determiner: "a call", "the report", "his warning"; or after a
         * possessive: "Blix's report", "Moscow's warning"; but a verb in the past after a
         * relative pronoun is one: "a statement that said", "a resolution which called" */
        const bool relative = (low_is(p, "that") || low_is(p, "which")) && i > 1 &&
                              is_word(&s->w[i - 2]) && !s->w[i - 2].cap &&
                              (past_form(w) || low_is(w, "said"));
        if ((((p->cls & QW_DET) && !(p->cls & QW_PRONOUN)) || p->poss) && !relative)
            return false;
        /* after a preposition and before "of", a noun too: "met with shouts of", "amid cries
         * of" (not "to say", nor a gerund: "after saying") */
        if ((p->cls & QW_PREP) && !low_is(p, "to") && !(w->cls & QW_ING) && i + 1 < s->n &&
            low_is(&s->w[i + 1], "of"))
            return false;
        /* the passive: "is said to", "was described as" (not "has been saying", nor "was
         * described by X", whose agent spoke) */
        bool agent = (i + 1 < s->n && low_is(&s->w[i + 1], "by") && past_form(w)) ||
                     told_by(s, i) != NONE;
        /* the be-form may stand before an adverb: "was also told", "was then asked" */
        const qword_t *aux = p;
        for (size_t k = i - 1; k > 0 && passive_adverb(aux) && !be_form(aux); k--)
            aux = &s->w[k - 1];
        /* (but "X was quoted in a statement" reports X's words: verb_subject) */
        if (!(w->cls & QW_ING) && !agent && is_word(aux) && be_form(aux) && !relaying(w))
            return false;
        /* "to say", "to warn": an intention, not a report; but "appeared to suggest", "went
         * on to say" */
        if (low_is(p, "to") && !(w->cls & QW_ING) &&
            !(i >= 2 && is_word(&s->w[i - 2]) && (s->w[i - 2].cls & QW_RAISING)) &&
            !went_on_to(s, i) && prompted_object(s, i) == NONE)
            return false;
        /* "Ottawa would respond", "Washington can still appeal": what someone will or may
         * do, not what they said */
        /* (but "X would only say: “...”" reports it: the words follow at once) */
        const bool quoted_next =
            i + 2 < s->n && (is_brk(&s->w[i + 1], ':') || is_brk(&s->w[i + 1], ',')) &&
            s->w[i + 2].type == QT_QUOTE; /* ("would respond “boat for boat”" is a deed) */
        if ((w->cls & QW_LEMMA) && !quoted_next &&
            (modal(p) || (i >= 2 && (p->cls & QW_SKIP) && is_word(&s->w[i - 2]) &&
                          modal(&s->w[i - 2]))))
            return false;
        /* "the trade dispute", "the widening trade dispute", "a Venezuela brand", "the
         * Kashmir dispute": a noun after a determiner and up to three modifiers, lower-case
         * or capitalized names (a singular subject before a verb would take its -s: "the
         * Kashmir dispute was" is no Kashmir disputing), or a role, as "no official welcome";
         * but a plural is the subject ("the protesters demand", "the police say"), and
         * "that" opens a clause */
        if ((w->cls & QW_LEMMA) && !(p->cls & (QW_ORG | QW_DOC)) && !ends_with(p, "s", 1)) {
            size_t k = i;
            while (k > 0 && i - k < 3 && is_word(&s->w[k - 1]) &&
                   (plain_modifier(&s->w[k - 1]) ||
                    (k == i && (s->w[k - 1].cls & QW_ROLE) && !s->w[k - 1].cap) ||
                    (s->w[k - 1].cap && !s->w[k - 1].poss)))
                k--;
            if (k < i && k > 0 && is_word(&s->w[k - 1]) &&
                (((s->w[k - 1].cls & QW_DET) && !(s->w[k - 1].cls & QW_PRONOUN) &&
                  !low_is(&s->w[k - 1], "that")) ||
                 low_is(&s->w[k - 1], "no")))
                return false;
        }
        /* "the Baltic states", "the three Nordic states", "an alliance of six former Soviet
         * states": a plural after a name that is no organization or role, a determiner or a
         * preposition and perhaps a number or two before it (initials are a body's: "the
         * statement of the MFA reads") */
        size_t d = i - 1;
        while (d > 1 && i - 1 - d < 2 && is_word(&s->w[d - 1]) && !s->w[d - 1].cap &&
               plain_modifier(&s->w[d - 1]) && !(s->w[d - 1].cls & (QW_DET | QW_PREP)))
            d--;
        /* (after a preposition, a modifier at least: "an envoy in Varna warns" reports) */
        if (d >= 1 && is_word(&s->w[d - 1]) &&
            (((s->w[d - 1].cls & QW_DET) && !(s->w[d - 1].cls & QW_PRONOUN)) ||
             ((s->w[d - 1].cls & QW_PREP) && !s->w[d - 1].cap && d < i - 1))) {
            if ((w->cls & QW_PRESENT_S) && p->cap && !p->acronym &&
                !(p->cls & (QW_ORG | QW_ROLE | QW_TITLE | QW_PLACE | QW_DOC)))
                return false;
        }
    }
    /* "it would recognise United Nations demands for a ceasefire": an -s form after a name
     * that is another verb's object is a plural noun (a subject stands after a comma, a
     * conjunction, "that" or a reporting verb, or opens the sentence; and after its title in
     * lower case: "UNIFIL commander Ivo Lind says") */
    if ((w->cls & QW_PRESENT_S) && i >= 2 && s->w[i - 1].cap) {
        size_t k = i - 1;
        while (k > 0 && is_word(&s->w[k - 1]) && s->w[k - 1].cap && !s->w[k - 1].lead)
            k--;
        const qword_t *b = k > 0 ? &s->w[k - 1] : NULL;
        if (b && is_word(b) && !b->cap && !low_is(b, "that") &&
            !(b->cls & (QW_FUNCTION | QW_CONNECTOR | QW_RELATIVE | QW_SKIP | QW_PREP |
                        QW_DET | QW_SPEECH | QW_THINK | QW_TIME | QW_PRONOUN | QW_TITLE)) &&
            !and_or(b) && !ends_with(b, "ly", 3))
            return false;
    }
    /* "Making remarks on the letter, X said": a speech noun in the plural after the participle
     * that opens the sentence is its object, not a verb ("Fleming says" is one) */
    if (i == 1 && (w->cls & QW_PRESENT_S) && (w->cls & QW_SPEECH_NOUN) && is_word(&s->w[0]) &&
        s->w[0].cap && ends_with(&s->w[0], "ing", 3))
        return false;
    /* "It follows remarks on Monday by X that": a noun of speech in the plural before its
     * author's "by" or "from" (when they were made may come first) is no verb */
    if ((w->cls & QW_PRESENT_S) && (w->cls & QW_SPEECH_NOUN)) {
        const size_t by = stance__skip_time(s, i + 1, s->n);
        if (by < s->n && (low_is(&s->w[by], "by") || low_is(&s->w[by], "from")))
            return false;
    }
    const char *next = i + 1 < s->n && is_word(&s->w[i + 1]) ? s->w[i + 1].low : NULL;
    /* "military claims cannot be verified": an -s form before a modal or an auxiliary is a
     * plural noun, the subject of the verb after it */
    if ((w->cls & QW_PRESENT_S) && next &&
        (modal(&s->w[i + 1]) || low_is(&s->w[i + 1], "are") || low_is(&s->w[i + 1], "were") ||
         low_is(&s->w[i + 1], "have")))
        return false;
    return stance__quote_particle_ok(c->r, w->low, strlen(w->low), next);
}

/* The object pronoun of a relayed quotation: "quoted him as saying". */
static bool him_or_her(const qword_t *w)
{
    return low_is(w, "him") || low_is(w, "her");
}

/* A form of quote or cite, or of report: "CNA reported him saying", "Xinhua reported Wang as
 * saying", "Rau was reported as saying" give their object the words, as "quoted" does. */
static bool quotes_someone(const qword_t *w)
{
    return relaying(w) || low_is(w, "report") || low_is(w, "reported") ||
           low_is(w, "reports") || low_is(w, "reporting");
}

/* How many words after a form of quote or cite its "as saying" may come: a name and an
 * apposition ("quoted X, head of the province of Y, on the border with Z, as saying"). */
#define QUOTED_AS_REACH 24

/* Whether the words from `i` on are the sentence's end: nothing, or a full stop after a time
 * or none ("on Monday.", "late on Tuesday."). */
static bool ends_sentence_from(const sentence_t *s, size_t i)
{
    while (i < s->n && is_word(&s->w[i]) &&
           (s->w[i].cls & (QW_TIME | QW_PREP) || low_is(&s->w[i], "late")))
        i++;
    return i == s->n || (i + 1 == s->n && is_brk(&s->w[i], '.'));
}

/* "“...,” TASS quoted Arman Toros.", "“...,” Interfax quoted him.": after a quotation, a form
 * of quote or cite at `at` whose object ends the sentence (there is no "as saying" to give it
 * the words): the object, a person, a title or a body, into m, is who spoke. */
static bool quoted_last(const sentence_t *s, size_t at, mention_t *m)
{
    bool quotation_before = false;
    for (size_t i = 0; i < at && !quotation_before; i++)
        quotation_before = s->w[i].type == QT_QUOTE;
    if (!quotation_before)
        return false;
    if (him_or_her(&s->w[at + 1]) && ends_sentence_from(s, at + 2)) {
        stance__pronoun_mention(at + 1, low_is(&s->w[at + 1], "him") ? 'm' : 'f', m);
        return true;
    }
    size_t end = at + 2;
    while (end < s->n && is_word(&s->w[end]) && !(s->w[end].cls & (QW_TIME | QW_PREP)))
        end++;
    return stance__mention_starting(s, at + 1, end, m) && m->lo == at + 1 && m->hi == end &&
           ends_sentence_from(s, end) &&
           (m->kind == MK_PERSON || m->kind == MK_TITLE || m->kind == MK_ORG);
}

/* "Interfax quoted him as saying", "the daily X quoted Minister Y as saying", "the agency
 * cited Y as saying": the object of a form of quote or cite, followed by "as" and a
 * participle, is who spoke (m ends at "as"; *participle is that participle's index). */
/* A verb of speech in the form that follows "to have" ("said", "added", "told"). */
static bool perfect_of_speech(const qword_t *w)
{
    return is_word(w) && !w->cap && (w->cls & QW_SPEECH) && (past_form(w) || w->irregular_past);
}

static bool quoted_object(const sentence_t *s, size_t at, mention_t *m, size_t *participle)
{
    const qword_t *w = &s->w[at];
    if (!(w->cls & QW_SPEECH) || !quotes_someone(w) || at + 1 >= s->n ||
        !is_word(&s->w[at + 1]))
        return false;
    if (relaying(w) && quoted_last(s, at, m)) {
        *participle = NONE; /* no participle: nothing's subject */
        return true;
    }
    if (at + 3 >= s->n)
        return false;
    const qword_t *o = &s->w[at + 1];
    if (him_or_her(o) &&
        ((low_is(&s->w[at + 2], "as") && (s->w[at + 3].cls & QW_ING)) ||
         (s->w[at + 2].cls & QW_ING))) { /* "quoting him saying" */
        stance__pronoun_mention(at + 1, low_is(o, "him") ? 'm' : 'f', m);
        *participle = low_is(&s->w[at + 2], "as") ? at + 3 : at + 2;
        return true;
    }
    /* "quoted her to have added", as translated copy writes it */
    if (him_or_her(o) && at + 4 < s->n && low_is(&s->w[at + 2], "to") &&
        low_is(&s->w[at + 3], "have") && perfect_of_speech(&s->w[at + 4])) {
        stance__pronoun_mention(at + 1, low_is(o, "him") ? 'm' : 'f', m);
        *participle = at + 4;
        return true;
    }
    size_t as = at + 1;
    while (as < s->n && as - at <= QUOTED_AS_REACH && !low_is(&s->w[as], "as"))
        as++;
    if (!(as + 1 < s->n && low_is(&s->w[as], "as") && (s->w[as + 1].cls & QW_ING) &&
          stance__mention_starting(s, at + 1, as, m)))
        return false;
    /* "quoted Haji Omran district mayor, Farzang Ahmed, as saying": a title, then the name
     * set off by commas */
    mention_t named;
    size_t comma = m->hi; /* (the title may go on: "Rabat's delegate to the UN, Omar Hilal,") */
    while (comma + 2 < as && !is_brk(&s->w[comma], ',') && is_word(&s->w[comma]) &&
           comma - m->hi < 4)
        comma++;
    if (comma + 2 < as && is_brk(&s->w[comma], ',') && is_brk(&s->w[as - 1], ',') &&
        stance__mention_starting(s, comma + 1, as - 1, &named) && named.hi == as - 1 &&
        named.kind == MK_PERSON)
        *m = named;
    bool ends = m->hi == as || (m->hi + 1 == as && is_brk(&s->w[m->hi], ','));
    /* "quoted Ivo Brask, head of the province of X, on the border, as saying": a person,
     * then an apposition set off by commas, with no verb of speech and no quotation in it */
    if (!ends && m->kind == MK_PERSON && m->hi + 2 < as && is_brk(&s->w[m->hi], ',') &&
        is_brk(&s->w[as - 1], ',')) {
        ends = true;
        for (size_t i = m->hi + 1; i + 1 < as && ends; i++)
            ends = s->w[i].type != QT_QUOTE && !(is_word(&s->w[i]) &&
                                                 (s->w[i].cls & QW_SPEECH) && !s->w[i].cap);
    }
    *participle = as + 1;
    return ends && (m->kind == MK_PERSON || m->kind == MK_TITLE || m->kind == MK_ORG);
}

/* The participle of "X quoted Y as saying" (or "quoting him saying"): its subject is Y, the
 * object of the form of quote a few words before. */
static bool quoted_as(const sentence_t *s, size_t floor, size_t at, mention_t *m)
{
    size_t participle; /* the one quoted_object found for the object it read */
    if ((s->w[at].cls & QW_ING) && at >= floor + 2 &&
        him_or_her(&s->w[at - 1]) &&
        quotes_someone(&s->w[at - 2])) /* "by quoting him saying" */
        return quoted_object(s, at - 2, m, &participle) && participle == at;
    if (at >= floor + 4 && perfect_of_speech(&s->w[at]) && low_is(&s->w[at - 1], "have") &&
        low_is(&s->w[at - 2], "to") && him_or_her(&s->w[at - 3]) &&
        quotes_someone(&s->w[at - 4])) /* "quoted her to have added" */
        return quoted_object(s, at - 4, m, &participle) && participle == at;
    if (!(s->w[at].cls & QW_ING) || at < floor + 3 || !low_is(&s->w[at - 1], "as"))
        return false;
    size_t quoted = at - 2;
    if (quotes_someone(&s->w[quoted]) && quoted > floor + 1 &&
        be_form(&s->w[quoted - 1])) {
        /* the passive: "Rau was quoted as saying" */
        return stance__mention_ending(s, floor, quoted, m) && m->kind != MK_DOC;
    }
    /* (the object may close an apposition: "quoted Rabat's delegate to the UN, Omar Hilal,
     * as calling for") */
    for (size_t i = at - 1; i > floor && at - i <= QUOTED_AS_REACH; i--)
        if (quotes_someone(&s->w[i - 1]))
            return quoted_object(s, i - 1, m, &participle) && participle == at;
    return false;
}

/* "Onyx Lorenzoni, chief of staff to Bolsonaro told": an apposition that a comma opens with a
 * title (its article and modifiers before the role) and whose closing comma was left out;
 * the subject is the person named before the comma, not the name the title ends with. */
static bool open_title_apposition(const sentence_t *s, size_t floor, size_t verb, mention_t *m)
{
    const size_t comma = since_break(s, floor, verb, 12);
    if (comma <= floor + 1 || comma + 1 >= verb || !is_brk(&s->w[comma - 1], ','))
        return false;
    size_t k = comma;
    if ((s->w[k].cls & QW_DET) && !(s->w[k].cls & QW_PRONOUN))
        k++;
    while (k < verb && k < comma + 4 && is_word(&s->w[k]) && !(s->w[k].cls & QW_ROLE) &&
           (plain_modifier(&s->w[k]) || (s->w[k].cls & QW_TITLE)))
        k++;
    /* (the title goes on in lower case, "of staff to X": not "the spokesperson said", nor
     * "Foreign Minister Hor Namhong said", whose title or name is the subject) */
    if (k + 1 >= verb || !is_word(&s->w[k]) || !(s->w[k].cls & QW_ROLE) || s->w[k + 1].cap)
        return false;
    /* one person's title: no second name joined ("X, Foreign Minister Y and Z told") and no
     * verb of its own */
    for (k = comma; k < verb; k++)
        if (!is_word(&s->w[k]) || and_or(&s->w[k]) || ((s->w[k].cls & QW_SPEECH) && !s->w[k].cap))
            return false;
    /* the name opens its clause: not "Asked about held Kashmir, the spokesperson ..." */
    if (stance__mention_ending(s, floor, comma - 1, m) && m->kind == MK_PERSON &&
        m->hi == comma - 1 &&
        (m->lo == floor || !is_word(&s->w[m->lo - 1]) || s->w[m->lo - 1].cap))
        return true;
    memset(m, 0, sizeof *m);
    return false;
}

/* The verb's speaker, before it; else after it when the verb follows a quotation or a comma
 * ("“...,” said X"). The floor is the last quotation before it. */
/* "Premier X, while addressing the Academy Parade in Port Rell said": a clause of
 * circumstance ("while", "when", "after" or "before" and a participle, or a participle
 * alone) opened by a comma whose closing comma was left out; the subject is the mention
 * before that comma. */
static bool circumstance_subject(const sentence_t *s, size_t floor, size_t verb, mention_t *m)
{
    const size_t comma = since_break(s, floor, verb, 16);
    if (comma <= floor + 1 || comma + 2 >= verb || !is_brk(&s->w[comma - 1], ','))
        return false;
    const qword_t *a = &s->w[comma], *b = &s->w[comma + 1];
    const bool opens = is_word(a) && !a->cap &&
                       (((low_is(a, "while") || low_is(a, "when") || low_is(a, "after") ||
                          low_is(a, "before")) &&
                         is_word(b) && !b->cap && ends_with(b, "ing", 2)) ||
                        (a->cls & QW_ING));
    if (!opens || !stance__mention_ending(s, floor, comma - 1, m))
        return false;
    if (m->kind != MK_PERSON && m->kind != MK_TITLE && m->kind != MK_ORG) {
        memset(m, 0, sizeof *m);
        return false;
    }
    return true;
}

/* "in a statement", "in a written statement", "in a Twitter post" starting at word `in`,
 * before `limit`: the index after its document word, or NONE. */
static size_t document_adjunct_end(const sentence_t *s, size_t in, size_t limit)
{
    /* (a day's possessive stands where the article would: "in Friday's announcement") */
    if (in + 2 >= limit || !is_word(&s->w[in]) || !low_is(&s->w[in], "in") ||
        !is_word(&s->w[in + 1]) ||
        !((s->w[in + 1].cls & QW_DET) || (s->w[in + 1].poss && (s->w[in + 1].cls & QW_TIME))))
        return NONE;
    for (size_t d = in + 2; d < limit && d < in + 5 && is_word(&s->w[d]) && !s->w[d].poss;
         d++)
        if ((s->w[d].cls & QW_DOC) && !s->w[d].cap)
            return d + 1;
        else if (s->w[d].cap && (s->w[d].cls & (QW_ROLE | QW_TITLE | QW_SPEECH)))
            break; /* (a capital is a platform's or a body's name: "Twitter", "Kremlin") */
    return NONE;
}

/* "X issued a brief statement saying", "X also posted a Twitter message saying", "X put out a
 * statement saying", "X issued a statement, which read": a document that a verb's subject
 * issued, and whose words follow, speaks for that subject (m: the document that is the
 * reporting verb's subject; its issuer replaces it). */
static bool document_issuer(const sctx_t *c, size_t floor, mention_t *m)
{
    const sentence_t *s = c->s;
    if (m->kind != MK_DOC || m->lo < floor + 2)
        return false;
    size_t verb = m->lo - 1;
    if (is_word(&s->w[verb]) && low_is(&s->w[verb], "out") && verb > floor + 1)
        verb--; /* "put out", "sent out" */
    /* verbs of issuing only: "X rejected a report saying" is not X's report */
    const qword_t *w = &s->w[verb];
    if (!is_word(w) || w->cap || !stance__quote_list_has(&c->r->issuing_verbs, w->low))
        return false;
    mention_t issuer;
    if (!stance__mention_ending(s, floor, verb, &issuer) ||
        !(issuer.kind == MK_PERSON || issuer.kind == MK_TITLE || issuer.kind == MK_ORG ||
          issuer.kind == MK_PRONOUN))
        return false;
    *m = issuer;
    return true;
}

/* "“...,” said May", "May told reporters": a surname the article has given a person, where
 * the rules would read a month or a weekday, names that person. */
static bool known_surname_at(const sctx_t *c, size_t i, mention_t *m)
{
    const sentence_t *s = c->s;
    if (i >= s->n || !is_word(&s->w[i]) || !s->w[i].cap || !(s->w[i].cls & QW_TIME) ||
        !stance__entity_known_surname(c->ents, s->w[i].low))
        return false;
    stance__pronoun_mention(i, 0, m); /* one word, no role; a person's name */
    m->kind = MK_PERSON;
    return true;
}

static bool sentence_subject(sctx_t *c, size_t before, mention_t *m);
static bool according_to_source(const sctx_t *c, size_t i, size_t limit, mention_t *m);

/* "Both the US and the EU urged", "Norway and Denmark said", "Hamas and Islamic Jihad said":
 * two bodies or persons (a body's one word may read as a person's), joined by "and" before
 * their verb, speak together, a group named by both (m, the second, grows back over "and"
 * to the first). */
static void joint_subject(const sentence_t *s, size_t floor, mention_t *m)
{
    if ((m->kind != MK_ORG && m->kind != MK_PERSON) || m->lo < floor + 2)
        return;
    /* (words the second's title opens with that no rule knows: "X and opposition trade
     * spokesman Kevin Hogan said") */
    size_t and_at = m->lo - 1;
    while (and_at > floor + 1 && m->lo - and_at < 3 && is_word(&s->w[and_at]) &&
           !s->w[and_at].cap && plain_modifier(&s->w[and_at]) && !low_is(&s->w[and_at], "and"))
        and_at--;
    if (!low_is(&s->w[and_at], "and"))
        return;
    mention_t first;
    /* (after a conjunction that opens the clause the first is read from its start: "after
     * Hamas and Islamic Jihad said") */
    size_t x = and_at;
    while (x > floor && name_word(&s->w[x - 1]))
        x--;
    const bool opened = x > floor && x < and_at && subordinator(&s->w[x - 1]) &&
                        stance__mention_starting(s, x, and_at, &first);
    if ((!opened && !stance__mention_ending(s, floor, and_at, &first)) ||
        first.hi != and_at || (first.kind != MK_ORG && first.kind != MK_PERSON) ||
        !s->w[first.name_lo].cap)
        return;
    /* "Relief and Repatriation Commissioner X said": a word the rules do not know, alone
     * before "and", and capitalized words right after it before a person's role, are the
     * title's field, not a second speaker */
    if (first.name_hi == first.name_lo + 1 && s->w[first.name_lo].cls == 0 &&
        m->kind == MK_PERSON && m->role != NONE && m->role > and_at + 1 &&
        s->w[and_at + 1].cap && !(s->w[and_at + 1].cls & QW_ROLE))
        return;
    m->kind = MK_ORG;
    m->lo = first.lo;
    m->name_lo = first.name_lo;
    m->org_lo = m->org_hi = m->hi;
    m->role = m->role_mod = NONE;
}

/* "“...,” an official who attended the talks said", "a diplomat who asked not to be named told
 * Reuters": the person before a relative clause with no commas of its own, which stands
 * between the subject and its verb at `end`. */
static bool restrictive_who_subject(const sentence_t *s, size_t floor, size_t end, mention_t *m)
{
    for (size_t r = end; r > floor + 1 && end - r < 16; r--) {
        const qword_t *w = &s->w[r - 1];
        if (!is_word(w))
            return false;
        if (low_is(w, "who"))
            return r < end && stance__mention_ending(s, floor, r - 1, m) && m->hi == r - 1 &&
                   (m->kind == MK_TITLE || m->kind == MK_PERSON);
    }
    return false;
}

static void verb_subject(sctx_t *c, sverb_t *v)
{
    const sentence_t *s = c->s;
    size_t floor = 0;
    for (size_t i = v->at; i > 0; i--)
        if (s->w[i - 1].type == QT_QUOTE) {
            floor = i;
            break;
        }
    memset(&v->subj, 0, sizeof v->subj);
    /* a gerund after a preposition has the clause's subject, never the name before the
     * preposition ("X targeted Y and his son Z, blaming them for encouraging ...") */
    if (v->ing && v->at > floor && is_word(&s->w[v->at - 1]) && (s->w[v->at - 1].cls & QW_PREP))
        return;
    if (quoted_as(s, floor, v->at, &v->subj))
        return;
    /* "Sharsheev was quoted in a statement", "the commander was cited by Interfax": the
     * passive of quote or cite, "as saying" or not, has who spoke for its subject */
    if (relaying(&s->w[v->at]) && past_form(&s->w[v->at]) && v->at >= floor + 2 &&
        be_form(&s->w[v->at - 1])) {
        if (stance__mention_ending(s, floor, v->at - 1, &v->subj) && v->subj.kind != MK_DOC)
            return;
        memset(&v->subj, 0, sizeof v->subj);
    }
    /* "X is heard saying", "a soldier was heard telling": who speaks in a recording is the
     * subject of the passive of a sense, as of "was quoted as saying" */
    if (v->ing && v->at >= floor + 3 && is_word(&s->w[v->at - 1]) &&
        stance__quote_list_has(&c->r->sense_participles, s->w[v->at - 1].low) &&
        be_form(&s->w[v->at - 2])) {
        if (stance__mention_ending(s, floor, v->at - 2, &v->subj) && v->subj.kind != MK_DOC)
            return;
        memset(&v->subj, 0, sizeof v->subj);
    }
    /* "according to a Kremlin spokesman quoted by news agencies": the source the agencies
     * relay */
    if (relaying(&s->w[v->at]) && past_form(&s->w[v->at]))
        for (size_t k = floor; k + 2 < v->at; k++)
            if (low_is(&s->w[k], "according") && low_is(&s->w[k + 1], "to") &&
                according_to_source(c, k + 2, v->at, &v->subj) && v->subj.hi == v->at &&
                (v->subj.kind == MK_PERSON || v->subj.kind == MK_TITLE))
                return;
    memset(&v->subj, 0, sizeof v->subj);
    /* the passive's agent: "a summit described by a US official as “...”" (a participle in
     * -ed: "remarks by X" is a noun, and a statement "read by" an official is not his);
     * never the agent of "quoted by" or "cited by" after a word: "X was quoted by Xinhua as
     * saying" is X's, and "an official cited by Ynet charged" the official's; the agency
     * relays them (after a comma, "– a ministry official, cited by the agency", the dash's
     * credit decides) */
    if (past_form(&s->w[v->at]) && v->at + 2 < s->n && low_is(&s->w[v->at + 1], "by") &&
        !(relaying(&s->w[v->at]) && v->at > floor && is_word(&s->w[v->at - 1])) &&
        stance__mention_starting(s, v->at + 2, s->n, &v->subj) &&
        (v->subj.kind == MK_PERSON || v->subj.kind == MK_TITLE || v->subj.kind == MK_ORG)) {
        v->inverted = v->agent = true;
        return;
    }
    memset(&v->subj, 0, sizeof v->subj);
    /* "X was told Tuesday in Washington by his colleague, Y, that": the agent after a time
     * and a place */
    const size_t by = v->at > floor && be_form(&s->w[v->at - 1]) ? told_by(s, v->at) : NONE;
    if (by != NONE) {
        if (stance__mention_starting(s, by + 1, s->n, &v->subj) &&
            (v->subj.kind == MK_PERSON || v->subj.kind == MK_TITLE || v->subj.kind == MK_ORG)) {
            v->inverted = true;
            return;
        }
        memset(&v->subj, 0, sizeof v->subj);
    }
    size_t end = v->at; /* "X appeared to suggest", "X went on to say": X is the subject */
    size_t prompted;
    if (end >= floor + 2 && low_is(&s->w[end - 1], "to") && (s->w[end - 2].cls & QW_RAISING))
        end -= 2;
    /* "X is said to have told", "X is believed to have said": a report's passive before the
     * perfect infinitive keeps its subject */
    else if (end >= floor + 5 && low_is(&s->w[end - 1], "have") && low_is(&s->w[end - 2], "to") &&
             is_word(&s->w[end - 3]) &&
             ((s->w[end - 3].cls & (QW_SPEECH | QW_THINK)) || past_form(&s->w[end - 3])) &&
             be_form(&s->w[end - 4]))
        end -= 4;
    else if ((prompted = prompted_object(s, v->at)) != NONE && prompted >= floor)
        end -= 1; /* "prompting Russia to vow": Russia */
    else if (went_on_to(s, end) && end >= floor + 3)
        end -= 3;
    /* "X in a statement said", "X in a written statement said": the adjunct stands between
     * the subject and its verb */
    for (size_t in = end >= 5 ? end - 5 : 0; in + 3 <= end; in++)
        if (in > floor && document_adjunct_end(s, in, end) == end) {
            end = in;
            break;
        }
    /* "the Ethiopian survivor – who was identified only as Muaz – told", "Moyo — who was
     * not widely known — warned": a relative clause between dashes stands between the
     * subject and its verb (a title there, "X — the first leader to visit — said", is
     * the apposition mention_ending reads) */
    if (end > floor + 3 && is_brk(&s->w[end - 1], '-')) {
        for (size_t k = end - 2; k > floor + 1 && end - k < 20; k--) {
            const qword_t *w = &s->w[k - 1];
            if (is_brk(w, '-')) {
                if (k - 1 < end - 2 && (s->w[k].cls & QW_RELATIVE))
                    end = k - 1;
                break;
            }
            if (!is_word(w) && !is_brk(w, ','))
                break;
        }
    }
    if (circumstance_subject(s, floor, end, &v->subj) ||
        open_title_apposition(s, floor, end, &v->subj))
        return;
    /* "Arseniy Yatsenyuk and others in the Kiev government have called", "X and other
     * ministers said": the one named first speaks for them all */
    for (size_t k = end; k > floor + 2 && end - k < 10; k--) {
        const qword_t *w = &s->w[k - 1];
        if (!is_word(w) || (w->cls & QW_SPEECH))
            break;
        if ((low_is(w, "others") || low_is(w, "other")) && low_is(&s->w[k - 2], "and")) {
            if (stance__mention_ending(c->s, floor, k - 2, &v->subj) && v->subj.hi == k - 2 &&
                (v->subj.kind == MK_PERSON || v->subj.kind == MK_TITLE ||
                 v->subj.kind == MK_ORG))
                return;
            memset(&v->subj, 0, sizeof v->subj);
            break;
        }
    }
    /* "the ministry issued a statement that said ...": a relative pronoun's antecedent, a
     * body or a document its issuer put out, is the subject; a document no one here issued
     * ("X rejected a report that said ...") is no speaker, and what follows is X's */
    if (end > floor + 1 && is_word(&s->w[end - 1]) &&
        (low_is(&s->w[end - 1], "that") || low_is(&s->w[end - 1], "which"))) {
        mention_t antecedent;
        if (stance__mention_ending(c->s, floor, end - 1, &antecedent)) {
            if (antecedent.kind == MK_ORG ||
                (antecedent.kind == MK_DOC && document_issuer(c, floor, &antecedent))) {
                v->subj = antecedent;
                return;
            }
            if (antecedent.kind == MK_DOC)
                return;
        }
    }
    if (!v->ing && restrictive_who_subject(s, floor, end, &v->subj))
        return;
    /* "in a Twitter post Wine reported": the name after the document's adjunct, with no
     * comma between, is the subject, no object of "in" */
    for (size_t in = floor; !v->ing && in + 3 < end && in + 7 > end; in++) {
        const size_t name = document_adjunct_end(s, in, end);
        if (name == NONE || name >= end)
            continue;
        if (stance__mention_starting(s, name, end, &v->subj) && v->subj.lo == name &&
            v->subj.hi == end &&
            (v->subj.kind == MK_PERSON || v->subj.kind == MK_TITLE || v->subj.kind == MK_ORG))
            return;
        memset(&v->subj, 0, sizeof v->subj);
        break;
    }
    if (stance__mention_ending(c->s, floor, end, &v->subj)) {
        joint_subject(s, floor, &v->subj);
        /* a participle has its own subject only right before it ("with the spokesman
         * saying"); after a comma it shares the clause's ("..., calling it"), and so it does
         * after a verb's object ("Diab condemned Israel saying": Israel is no subject) */
        const qword_t *before = v->subj.lo > floor ? &s->w[v->subj.lo - 1] : NULL;
        if (v->ing && v->at > 0 &&
            (s->w[v->at - 1].type == QT_BREAK ||
             (before && is_word(before) && !before->cap &&
              (past_form(before) || (before->cls & QW_SPEECH)))))
            memset(&v->subj, 0, sizeof v->subj);
        else
            document_issuer(c, floor, &v->subj); /* also "a statement, which read" */
        return;
    }
    memset(&v->subj, 0, sizeof v->subj);
    size_t b = stance__skip_back(s, floor, v->at);
    if (v->at >= 1 && v->at - 1 == floor && known_surname_at(c, v->at - 1, &v->subj))
        return;
    /* "The chairperson, who had likened Zimbabwe to a “sinking Titanic”, also urged": the
     * quotation closes a relative clause, whose antecedent is the verb's subject */
    if (floor > 0 && !v->ing && (b == floor || (b == floor + 1 && is_brk(&s->w[floor], ',')))) {
        const size_t r = stance__who_clause(s, 0, floor - 1, floor);
        if (r != NONE && stance__mention_ending(c->s, 0, r - 1, &v->subj) &&
            v->subj.hi == r - 1 && (v->subj.kind == MK_PERSON || v->subj.kind == MK_TITLE))
            return;
        memset(&v->subj, 0, sizeof v->subj);
    }
    bool after_quote = b == floor && floor > 0;
    if (b > floor && is_brk(&s->w[b - 1], ','))
        after_quote = true;
    /* "“...,” – said X": a dash between the quotation and its verb */
    if (b == floor + 1 && floor > 0 && is_brk(&s->w[floor], '-'))
        after_quote = true;
    /* "“...,” said X" and "..., said X"; never a participle: ", calling it", ", saying that";
     * never "said that ...", which opens what was said ("said that state television") */
    /* ..., never "told X", "informed X": the one told never speaks ("“...,” Lebo, ..., told
     * AFP"); unless the verb follows the quotation right away, with no subject before it to
     * have told anyone ("“18 people crossed the border,” informed the Border Guard
     * spokesperson, Lieutenant Anna Michalska": a translation's word order) */
    const bool right_after =
        floor > 0 && (b == floor || (b == floor + 1 && is_brk(&s->w[floor], ',')));
    if (!v->ing && (v->at == 0 || after_quote || b == 0) &&
        !(v->at + 1 < s->n && low_is(&s->w[v->at + 1], "that")) &&
        (!tells_someone(&s->w[v->at]) || right_after)) {
        if (stance__mention_starting(c->s, v->at + 1, s->n, &v->subj) ||
            (known_surname_at(c, v->at + 1, &v->subj) &&
             (v->at + 2 >= s->n || !is_word(&s->w[v->at + 2]))))
            v->inverted = true;
        /* (a person told: "“...,” told RIA Novosti the deputy minister" names no speaker in
         * the agency) */
        if (v->inverted && tells_someone(&s->w[v->at]) && v->subj.kind != MK_PERSON &&
            v->subj.kind != MK_TITLE) {
            memset(&v->subj, 0, sizeof v->subj);
            v->inverted = false;
        }
        /* "said the Trump administration's support for X is": a possessive and its noun are
         * what is said, not who said it */
        if (v->inverted && v->subj.hi > v->subj.lo && s->w[v->subj.hi - 1].poss &&
            v->subj.hi < s->n && is_word(&s->w[v->subj.hi]) && !s->w[v->subj.hi].cap) {
            memset(&v->subj, 0, sizeof v->subj);
            v->inverted = false;
        }
        /* "“...” remarks Lind made": a name with a past of its own (or a verb of issuing)
         * after a noun of speech is that verb's subject, and the noun no verb; but a
         * participle and "by" describe the speaker ("said Abreu interviewed by the media") */
        /* (a document's participle describes it: "said a ministry statement issued
         * Sunday") */
        const bool passive = (v->subj.hi + 1 < s->n && low_is(&s->w[v->subj.hi + 1], "by")) ||
                             v->subj.kind == MK_DOC;
        if (v->inverted && v->subj.hi < s->n && is_word(&s->w[v->subj.hi]) &&
            !s->w[v->subj.hi].cap && !passive &&
            (past_form(&s->w[v->subj.hi]) || s->w[v->subj.hi].irregular_past ||
             stance__quote_list_has(&c->r->issuing_verbs, s->w[v->subj.hi].low))) {
            memset(&v->subj, 0, sizeof v->subj);
            v->inverted = false;
        }
        /* "said the main speaker, who was identified as Maj. Gen. S.B. Moyo": the person the
         * clause names */
        const size_t as = v->subj.hi + 5;
        mention_t named;
        if (v->inverted && as < s->n && is_brk(&s->w[v->subj.hi], ',') &&
            low_is(&s->w[v->subj.hi + 1], "who") && be_form(&s->w[v->subj.hi + 2]) &&
            (low_is(&s->w[v->subj.hi + 3], "identified") ||
             low_is(&s->w[v->subj.hi + 3], "named")) &&
            low_is(&s->w[v->subj.hi + 4], "as") &&
            stance__mention_starting(c->s, as, s->n, &named) && named.lo == as &&
            named.kind == MK_PERSON)
            v->subj = named;
        /* "said a government official quoting Minister X": the words are X's, relayed */
        mention_t source;
        if (v->inverted && v->subj.hi + 1 < s->n && (s->w[v->subj.hi].cls & QW_ING) &&
            relaying(&s->w[v->subj.hi]) &&
            stance__mention_starting(c->s, v->subj.hi + 1, s->n, &source) &&
            (source.kind == MK_PERSON || source.kind == MK_TITLE))
            v->subj = source;
    }
    /* "X agreed, but said ...", "X nodded and said": the second of two joined verbs has the
     * sentence's subject */
    const qword_t *conj = v->at > 0 ? &s->w[v->at - 1] : NULL;
    if (!v->subj.kind && !v->ing && floor == 0 && conj && is_word(conj) &&
        (low_is(conj, "but") || low_is(conj, "and"))) {
        mention_t m;
        if (sentence_subject(c, v->at - 1, &m) &&
            (m.kind == MK_PERSON || m.kind == MK_TITLE || m.kind == MK_ORG)) {
            v->subj = m;
            return;
        }
        /* "The incident occurred as X joined the debate and declared": the subject of the
         * subordinate clause both verbs are in, a person named right after its "as" */
        for (size_t k = v->at - 1; k > 1 && is_word(&s->w[k - 1]); k--)
            if (subordinator(&s->w[k - 2]) && stance__mention_starting(s, k - 1, v->at - 1, &m) &&
                m.lo == k - 1 && (m.kind == MK_PERSON || m.kind == MK_TITLE)) {
                v->subj = m;
                return;
            }
    }
}

/* ---- names remembered in order ------------------------------------------------------------ */

/* The head word of an organization's apposition after word j: ", the bloc of West African
 * nations,", ", a forum of eight states." ("bloc", "forum"), set off by a comma or the
 * sentence's end; NONE when none follows or a verb follows the head ("in Nigeria, the
 * regional bloc said" is a subject). */
static size_t apposition_head(const sentence_t *s, size_t j)
{
    if (j + 2 >= s->n || !is_brk(&s->w[j], ',') || !is_word(&s->w[j + 1]) ||
        !(s->w[j + 1].cls & QW_DET) || (s->w[j + 1].cls & QW_PRONOUN))
        return NONE;
    size_t head = NONE;
    for (size_t k = j + 2; k < s->n && k < j + 6 && head == NONE; k++) {
        const qword_t *w = &s->w[k];
        if (is_word(w) && !w->cap && (w->cls & QW_ORG) && !(w->cls & QW_FUNCTION))
            head = k;
        else if (!plain_modifier(w))
            return NONE;
    }
    if (head == NONE)
        return NONE;
    for (size_t k = head + 1; k < s->n && k < head + 10; k++) {
        const qword_t *w = &s->w[k];
        if (is_brk(w, ','))
            return head;
        if (!is_word(w))
            return stance__qword_ends_sentence(w) ? head : NONE;
        if (k == head + 1 && ((w->cls & QW_SPEECH) || past_form(w)))
            return NONE; /* its verb: a subject */
    }
    return head + 1 == s->n ? head : NONE;
}

static bool names_outlet(const sctx_t *c, const mention_t *m);

/* Whether the agent of the passive v ("described by X") speaks the quotation at word `item`:
 * the one its phrase leads to ("described by X as “...”", "praised by X: “...”"), not one
 * further on in the clause ("She said that the topic announced by X at the meeting is a
 * “mockery”": a verb's before it). */
static size_t past_apposition(const sentence_t *s, size_t at, size_t limit);

static bool agent_leads_to(const sentence_t *s, const sverb_t *v, size_t item)
{
    /* (past an aside set off by commas: "accused by Cuba, in a 2021 case file, of “...”") */
    const size_t at = past_apposition(s, v->subj.hi, item);
    if (item < at || item > at + 2)
        return false;
    return item < at + 2 || !is_word(&s->w[at]) || low_is(&s->w[at], "as") ||
           low_is(&s->w[at], "that");
}

/* Whether m is one capitalized word of no title opening the sentence, no known surname,
 * and word `next` (the one after it, or after a time: "Dahl on Monday ruled out") no verb:
 * an opening word in capitals, no one ("Heightened tensions were evident"; "Speculation has
 * mounted" is a verb's subject). A surname already met is a name wherever it stands
 * ("Barnier gave"); a word before a verb is one ("Mohammed said"); an adverb before a comma
 * is not ("However, she said"). */
static bool lone_opening_word(const sctx_t *c, const mention_t *m, size_t next)
{
    const sentence_t *s = c->s;
    if (m->kind != MK_PERSON || m->name_hi - m->name_lo != 1 || m->role != NONE ||
        !s->w[m->name_lo].lead)
        return false;
    const qword_t *after = next < s->n ? &s->w[next] : NULL;
    return !stance__entity_known_surname(c->ents, s->w[m->name_lo].low) &&
           !(after && ((is_word(after) && !after->cap &&
                        (past_form(after) || (after->cls & (QW_SKIP | QW_SPEECH)))) ||
                       (is_brk(after, ',') && !(s->w[m->name_lo].cls & QW_SKIP))));
}

/* Remembers the people and organizations named in words [c->noted, upto): each phrase not
 * after a preposition or inside a noun phrase, with the role an apposition gives it ("Sergey
 * Lavrov, Russia's foreign minister,"). A capitalized word alone at the start of a sentence is
 * a name only before a verb ("Cui delivered", not "Makeshift camps"). */
static void note_names(sctx_t *c, size_t upto)
{
    const sentence_t *s = c->s;
    size_t i = c->noted;
    if (upto > s->n)
        upto = s->n;
    while (i < upto) {
        const qword_t *w = &s->w[i];
        if (!phrase_word(w) || (i > 0 && phrase_word(&s->w[i - 1]) && i != c->noted)) {
            i++;
            continue;
        }
        size_t j = stance__phrase_end(s, i, s->n);
        if (j == i) {
            i++;
            continue;
        }
        size_t apposed_end = 0; /* the end of a title in apposition not to be read again */
        size_t det = i > 0 && is_word(&s->w[i - 1]) && (s->w[i - 1].cls & QW_DET) &&
                             !(s->w[i - 1].cls & QW_PRONOUN)
                         ? i - 1
                         : NONE;
        size_t open = det != NONE ? det : i;
        if (open < c->asked_end) {
            i = j;
            continue;
        }
        /* "Ambassador to Ostria Oleg Ozerov", "Spokesperson for the Foreign Ministry Maria
         * Lind": a title, where or whom it serves, and the holder's name are one mention, as
         * they are for a reporting verb; the name is not the place before it and the rest
         * (a name of two words at least: "for Foreign Relations and ..." names no one) */
        mention_t phrase;
        bool have_phrase = stance__mention_from_phrase(s, det, i, j, &phrase);
        mention_t titled;
        if (have_phrase && phrase.kind == MK_TITLE &&
            stance__mention_starting(s, open, upto, &titled) && titled.kind == MK_PERSON &&
            titled.hi > j && titled.name_hi - titled.name_lo >= 2) {
            phrase = titled;
            j = titled.hi;
        }
        const qword_t *before = open > 0 ? &s->w[open - 1] : NULL;
        /* not after a preposition ("met with Lavrov"), except the source of "according to
         * X"; not after a quotation it names ("the “China-U.S.” Dialogue") */
        /* "according to X"; "between X and Y", the two sides the next "the former" and "the
         * latter" refer to */
        bool source = open >= 2 && (low_is(&s->w[open - 2], "according") ||
                                    low_is(&s->w[open - 1], "between"));
        if (open >= 2 && low_is(&s->w[open - 1], "by") && is_word(&s->w[open - 2])) {
            /* the author: "remarks made by X", "a statement issued by X", "remarks by X" */
            const qword_t *a = &s->w[open - 2];
            source = (a->cls & (QW_SPEECH_NOUN | QW_DOC)) || low_is(a, "made") || past_form(a);
        }
        /* "For Hanna Vos, who directs the programme, ...": a person introduced with a clause
         * that says who they are, at the sentence's start the one it is about, whom a later
         * "she said" means */
        const bool introduced = j + 1 < s->n && is_brk(&s->w[j], ',') &&
                                is_word(&s->w[j + 1]) && (s->w[j + 1].cls & QW_RELATIVE);
        source = source || introduced;
        /* "over Prime Minister Orban's remarks": the possessive owns the noun after it and is
         * no object of the preposition */
        bool owner = s->w[j - 1].poss;
        bool skip = before && ((is_word(before) && (before->cls & QW_PREP) && !source &&
                                !owner) ||
                               (before->type == QT_QUOTE && !s->q[before->quote].raw.inner));
        /* "for Peace and Disarmament": a phrase joined to a skipped one is skipped too */
        if (before && is_word(before) && and_or(before) &&
            c->skipped_to == open - 1)
            skip = true;
        if (skip)
            c->skipped_to = j;
        mention_t m;
        /* "Leaders of ECOWAS, the bloc of West African nations,": an organization, after a
         * preposition or not, that the next "the regional bloc" means */
        const size_t alias = apposition_head(s, j);
        size_t org_lo = i, org_det = det; /* "Leaders of ECOWAS": the part after "of" */
        for (size_t k = i; alias != NONE && k + 1 < j; k++)
            if (low_is(&s->w[k], "of")) {
                org_lo = k + 1;
                org_det = NONE;
            }
        if (alias != NONE && stance__mention_from_phrase(s, org_det, org_lo, j, &m) &&
            (m.kind == MK_ORG || (j == org_lo + 1 && s->w[org_lo].acronym))) {
            m.kind = MK_ORG;
            int id = stance__entity_note(c->ents, s, c->t, &m);
            if (id >= 0)
                strcpy(c->ents->e[id].alias, s->w[alias].low); /* both QWORD_LOW at most */
            i = j;
            continue;
        }
        /* "echoed by another of its officials, Foreign Affairs Minister X": the person named
         * after the comma is the apposition, not the preposition's object */
        for (size_t k = open; skip && have_phrase && phrase.kind == MK_PERSON && k < phrase.name_lo;
             k++)
            if (is_brk(&s->w[k], ','))
                skip = false;
        /* "joined by Trade Minister X", "a talk with Mr. Y": no speaker here, but someone the
         * article may call "the minister" or "he" next */
        /* (but a name after "in" with no title is a place: "in St. Petersburg") */
        if (skip && is_word(before) && have_phrase &&
            !(low_is(before, "in") && phrase.kind == MK_PERSON && phrase.role == NONE)) {
            const int id = stance__entity_note_oblique(c->ents, s, c->t, &phrase);
            /* "passed the floor to X", "gave the floor to X": X speaks next, and the "he
             * recalled" after is X (not "handed over to X": a draft may be) */
            if (id >= 0 && low_is(before, "to") && open >= 2 && low_is(&s->w[open - 2], "floor"))
                stance__entity_spoke(c->ents, id);
        }
        if (!skip && have_phrase) {
            m = phrase;
            if (lone_opening_word(c, &m, j))
                skip = true;
            if (m.kind == MK_PERSON && m.name_hi - m.name_lo == 1 && m.role == NONE &&
                !s->w[m.name_lo].lead && !s->w[m.name_lo].poss && j < s->n &&
                plain_modifier(&s->w[j]) &&
                !stance__entity_known_surname(c->ents, s->w[m.name_lo].low)) {
                /* "is Chinese territory", "Russian troops": an adjective before a noun */
                if (!past_form(&s->w[j]))
                    skip = true;
            }
            /* "The Russian drones": a nation's adjective before a noun, no body that opens
             * the sentence (the country's name, "Russia", may be one) */
            if (m.kind == MK_ORG && m.name_hi - m.name_lo == 1 && !s->w[m.name_lo].poss &&
                j < s->n && plain_modifier(&s->w[j]) && !past_form(&s->w[j]) &&
                stance__quote_demonym(c->r, s->w[m.name_lo].low, NULL))
                skip = true;
            /* (a rank before the name yields to the office: "Prince Faisal, the Saudi foreign
             * minister,") */
            if (m.kind == MK_PERSON && (m.role == NONE || (s->w[m.role].cls & QW_RANK)) &&
                j + 1 < s->n && is_brk(&s->w[j], ',')) {
                mention_t role; /* "Sergey Lavrov, Russia's foreign minister," */
                /* (a place of two names joined by "and" may end it: "the High Representative
                 * for Bosnia and Herzegovina,") */
                size_t role_end = NONE;
                if (stance__mention_starting(c->s, j + 1, s->n, &role)) {
                    role_end = role.hi;
                    if (role_end + 1 < s->n && low_is(&s->w[role_end], "and") &&
                        (s->w[role_end - 1].cls & QW_PLACE) && s->w[role_end + 1].cap)
                        for (role_end++; role_end < s->n && is_word(&s->w[role_end]) &&
                                         s->w[role_end].cap;)
                            role_end++;
                }
                /* (with its article, the title is a description, whatever follows "of" the
                 * body it leads, no second person: "Khalid Khokhar, the president of
                 * Pakistan Kisan Ittehad," is not "President of Pakistan X") */
                const bool described = role_end != NONE && role.kind == MK_PERSON &&
                                       role.role != NONE && role.lo == j + 1 &&
                                       low_is(&s->w[j + 1], "the") && role.org_hi > role.org_lo;
                if (role_end != NONE && (role.kind == MK_TITLE || described) &&
                    (role_end == s->n || is_brk(&s->w[role_end], ',')) &&
                    !former_office(s, &role)) {
                    m.role = role.role;
                    m.role_mod = role.role_mod;
                    if (role.org_lo < role.org_hi) { /* "the spokesman for X": whose */
                        m.org_lo = role.org_lo;
                        m.org_hi = role.org_hi;
                    }
                    if (!m.gender)
                        m.gender = role.gender;
                    if (described)
                        apposed_end = role_end; /* its name is the body's: not noted */
                }
            }
            if (m.kind == MK_PERSON && m.role == NONE && open >= 2 &&
                is_brk(&s->w[open - 1], ',')) {
                mention_t role; /* "Turkey's Foreign Minister, Mevlut Cavusoglu," */
                if (stance__mention_ending(c->s, 0, open - 1, &role) && role.kind == MK_TITLE) {
                    m.role = role.role;
                    m.role_mod = role.role_mod;
                }
            }
            /* "Al Arabiya English quoted him": an outlet, which no "he" means */
            if (m.kind == MK_PERSON && names_outlet(c, &m))
                m.kind = MK_ORG;
            /* "Radek Pietruszka/PAP": a photograph's credit, no one the article is about */
            if (m.kind == MK_PERSON && stance__credit_words(s, c->t, m.name_lo, m.name_hi))
                skip = true;
            if (!skip) {
                int id = stance__entity_note(c->ents, s, c->t, &m);
                if (id >= 0 && introduced && open == 1 && m.kind == MK_PERSON &&
                    (s->w[0].cls & QW_PREP))
                    c->ents->e[id].lead_seen = s->w[m.lo].start + 1;
                /* "Putin readied his attack": the possessive right after the person's verb
                 * is theirs, and says whether "she" can be them */
                if (id >= 0 && m.kind == MK_PERSON && !c->ents->e[id].gender && j + 1 < s->n &&
                    is_word(&s->w[j]) && !s->w[j].cap && past_form(&s->w[j]) &&
                    (low_is(&s->w[j + 1], "his") || low_is(&s->w[j + 1], "her")))
                    c->ents->e[id].gender = low_is(&s->w[j + 1], "his") ? 'm' : 'f';
            }
        }
        i = apposed_end > j ? apposed_end : j;
    }
    if (upto > c->noted)
        c->noted = upto;
}

/* "X also said", "X further stated": an adverb between the subject and its verb says X has
 * spoken before. */
static bool said_again(const sentence_t *s, size_t subj_end, size_t verb)
{
    for (size_t i = subj_end; i < verb; i++)
        if (s->w[i].cls & QW_AGAIN)
            return true;
    return false;
}

static int resolve(sctx_t *c, const mention_t *m)
{
    note_names(c, m->lo);
    int e = stance__entity_resolve(c->ents, c->s, c->t, m);
    return e;
}

/* ---- terms -------------------------------------------------------------------------------- */

/* Words before a quotation put it in the place of a noun: "the", "a", a preposition, maybe
 * after capitalized modifiers ("along the Karabakh “line of contact”"), but not "as a"
 * ("condemned it as a “betrayal”", which quotes a characterization). */
static bool noun_position(const sentence_t *s, size_t q)
{
    size_t b = q;
    size_t mods = 0;
    while (b > 0 && mods < 3 && is_word(&s->w[b - 1]) && s->w[b - 1].cap &&
           !(s->w[b - 1].cls & (QW_DET | QW_PREP))) {
        b--;
        mods++;
    }
    if (b == 0 || !is_word(&s->w[b - 1]))
        return false;
    const qword_t *p = &s->w[b - 1];
    if (p->cls & QW_DET && !(p->cls & QW_PRONOUN)) {
        if (b >= 2 && low_is(&s->w[b - 2], "as"))
            return false;
        return true;
    }
    return (p->cls & QW_PREP) && !low_is(p, "as");
}

/* "“...,” X said" or "“...,” said X" right after the quotation at item. */
static bool attribution_follows(const sctx_t *c, size_t item)
{
    const sentence_t *s = c->s;
    size_t i = item + 1;
    while (i < s->n && is_brk(&s->w[i], ','))
        i++;
    if (i >= s->n || !is_word(&s->w[i]))
        return false;
    if (is_reporting_verb(c, i))
        return true;
    size_t from = i + ((s->w[i].cls & QW_DET) && !(s->w[i].cls & QW_PRONOUN));
    size_t j = stance__phrase_end(s, from, s->n);
    if (j == from && (s->w[i].cls & QW_PRONOUN))
        j = i + 1;
    if (j == i)
        return false;
    j = stance__skip_forward(s, j, s->n);
    return j < s->n && is_reporting_verb(c, j);
}

/* The person, body or title that is all the words before word `end` (a headline's "Yoon:",
 * "Moscow Accuses"), into m. */
static bool opening_speaker(const sentence_t *s, size_t end, mention_t *m)
{
    return stance__mention_starting(s, 0, end, m) && m->lo == 0 && m->hi == end &&
           (m->kind == MK_PERSON || m->kind == MK_ORG || m->kind == MK_TITLE);
}

/* Whether a word may stand in a headline in Title Case: a capital's or a function word's. */
static bool title_case_word(const qword_t *w)
{
    return w->cap || (w->cls & (QW_FUNCTION | QW_CONNECTOR | QW_PREP | QW_DET));
}

/* Whether every word before word `item` is a capital's or a function word's, as in a headline
 * in Title Case. */
static bool title_case_before(const sentence_t *s, size_t item)
{
    for (size_t i = 0; i < item; i++)
        if (!is_word(&s->w[i]) || !title_case_word(&s->w[i]))
            return false;
    return item > 0;
}

/* Whether the sentence is a headline in Title Case: two words at least, each a capital's or a
 * function word's, and no full stop at its end (quotation marks and colons may stand between:
 * "Moscow Accuses Tbilisi of ‘Open Aggression’"). */
static bool title_case_headline(const sentence_t *s)
{
    size_t words = 0;
    for (size_t i = 0; i < s->n; i++) {
        if (!is_word(&s->w[i]))
            continue;
        if (!title_case_word(&s->w[i]))
            return false;
        words++;
    }
    return words >= 2 && !is_brk(&s->w[s->n - 1], '.');
}

/* Whether the sentence is a headline in sentence case: a whole paragraph of two to twenty
 * words that ends in no stop, question or exclamation mark, nor a colon ("Cease fire violation
 * across the Line of Control"). */
static bool sentence_case_headline(const sentence_t *s)
{
    size_t words = 0;
    for (size_t i = 0; i < s->n; i++)
        words += is_word(&s->w[i]);
    const qword_t *last = &s->w[s->n - 1];
    return words >= 2 && words <= 20 && is_word(last);
}

/* The reporting verb of a headline in Title Case (every word before word `item` a capital's or
 * a function word's) that quotes after it ("Moscow Accuses Tbilisi of ‘Open Aggression’"):
 * the verb's index, or NONE. */
static size_t headline_verb(const sentence_t *s, size_t item)
{
    if (!title_case_before(s, item))
        return NONE;
    for (size_t i = 1; i < item; i++)
        if (s->w[i].cap && (s->w[i].cls & QW_SPEECH))
            return i;
    return NONE;
}

/* Whether the word opens with a letter that has case (Latin, Greek, Cyrillic...): the term
 * and name rules read case, which Arabic, Hebrew or Han words do not have. */
static bool cased(const qtext_t *t, const qword_t *w)
{
    int32_t cp;
    if (!stance__utf8_decode(t->s + w->start, w->len, &cp))
        return false;
    utf8proc_category_t k = utf8proc_category(cp);
    return k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LL || k == UTF8PROC_CATEGORY_LT;
}

static bool is_term(sctx_t *c, size_t qi)
{
    sentence_t *s = c->s;
    squote_t *q = &s->q[qi];
    size_t item = q->item;
    if (q->raw.goes_on || q->raw.continues)
        return false; /* a name never runs over two paragraphs */
    /* the words inside, a few are enough */
    qwords_t in;
    stance__qwords_init(&in, c->t, c->r, c->cache, q->raw.start, q->raw.end);
    qword_t w;
    size_t words = 0, caps = 0, tokens = 0;
    bool lower_first = false, pronoun = false, inner_end = false, title = true;
    bool last_end = false, joined = false, broken = false, graded = false;
    /* the words open with a reporting verb in the past (after an adverb or none): a predicate,
     * "“categorically denied” the claims", not a noun */
    bool verb_first = false;
    /* the words open with an auxiliary, a modal or "not": a predicate ("“did not completely
     * fall” to the rebels"), a clause someone said, never a noun */
    bool auxiliary_first = false;
    size_t with_case = 0; /* words whose case the rules below can read */
    while (tokens < 16 && stance__qwords_next(&in, &w) == 1) {
        tokens++;
        if (w.type == QT_BREAK) {
            broken = true;
            if (last_end)
                inner_end = true;
            last_end = stance__qword_ends_sentence(&w);
            continue;
        }
        if (last_end)
            inner_end = true;
        last_end = false;
        if (words == 0)
            lower_first = !w.cap && !numeral(&w);
        if ((words == 0 || (words == 1 && graded)) && !w.cap && (w.cls & QW_SPEECH) &&
            !(w.cls & (QW_ING | QW_LEMMA | QW_THINK)) && past_form(&w))
            verb_first = true;
        if (words == 0 && (auxiliary(&w) || low_is(&w, "not")))
            auxiliary_first = true;
        words++;
        with_case += cased(c->t, &w) || numeral(&w);
        if (w.cap)
            caps++;
        else if (!(w.cls & (QW_FUNCTION | QW_CONNECTOR)) && !numeral(&w))
            title = false;
        if (strcmp(w.low, "i") == 0 || strcmp(w.low, "we") == 0 || strcmp(w.low, "you") == 0 ||
            strcmp(w.low, "our") == 0 || strcmp(w.low, "us") == 0 || strcmp(w.low, "my") == 0 ||
            strcmp(w.low, "me") == 0 || strcmp(w.low, "your") == 0)
            pronoun = true;
        if (and_or(&w) || low_is(&w, "but"))
            joined = true;
        if ((w.cls & QW_SKIP) || ends_with(&w, "ly", 3))
            graded = true; /* "very", "deeply": an adverb grades an adjective */
    }
    if (words == 0 || tokens >= 16 || with_case == 0) /* nothing here reads as a term */
        return false;
    /* "said that “sleepless nights” and “difficult days” await": quoted words joined by "and"
     * or "or" to quoted words that are no term are said too */
    if (qi > 0 && !(s->q[qi - 1].flags & STANCE_QUOTE_TERM) && item >= 2 &&
        and_or(&s->w[item - 1]) && s->w[item - 2].type == QT_QUOTE &&
        s->w[item - 2].quote == qi - 1)
        return false;
    /* a headline's "Yoon: “A Major Threat to the Region”": a person's words in title case */
    mention_t who;
    if (item >= 2 && is_brk(&s->w[item - 1], ':') &&
        stance__mention_starting(s, 0, item - 1, &who) && who.lo == 0 && who.hi == item - 1 &&
        who.kind == MK_PERSON)
        return false;
    /* introduced as a name: the so-called “reset”, code-named "X", known as 'Y', the term “Z” */
    if (item > 0 && is_word(&s->w[item - 1])) {
        const qword_t *p = &s->w[item - 1];
        if ((p->cls & QW_NAMING) && !(p->cls & QW_SPEECH && someone_named_it(s, item - 1)))
            return true;
        if (low_is(p, "as") && item > 1 && low_is(&s->w[item - 2], "known"))
            return true;
        if ((p->cls & QW_TERM_NOUN) && item > 1 && low_is(&s->w[item - 2], "the"))
            return true;
        /* what someone calls a thing, in the present, names it: "what the union calls
         * “zero-hour” contracts", "what negotiators call the “river formula”"; in the past it
         * reports words ("condemned what it called a “reckless provocation”") */
        size_t v = (p->cls & QW_DET) && item > 1 ? item - 2 : item - 1;
        if (is_word(&s->w[v]) &&
            (low_is(&s->w[v], "calls") || low_is(&s->w[v], "call") || low_is(&s->w[v], "dubs")) &&
            someone_named_it(s, v))
            return true;
    }
    if (pronoun || inner_end)
        return false;
    /* "the crowd shouted “Shame” and “Long live Belarus.”": the object of a verb of speech
     * in the past, right after it, was said, whatever its case (a name is introduced by a
     * verb of naming, above) */
    if (item > 0 && is_word(&s->w[item - 1]) && !s->w[item - 1].cap &&
        (s->w[item - 1].cls & QW_SPEECH) && !(s->w[item - 1].cls & (QW_NAMING | QW_ING)) &&
        past_form(&s->w[item - 1]))
        return false;
    /* a headline in Title Case that quotes after its reporting verb ("Moscow Accuses Tbilisi
     * of ‘Open Aggression’ in Ossetia"), or right after who said it ("Beijing ‘Concerned’
     * About Exploration", as sieve 5b reads it): words said, in Title Case as a name would be */
    /* (not a nickname inside a name: "Defence Secretary Gil “Gibo” Tero") */
    mention_t opener;
    const qword_t *next = item + 1 < s->n ? &s->w[item + 1] : NULL;
    const bool name_goes_on = next && is_word(next) && next->cap &&
                              !(next->cls & (QW_FUNCTION | QW_PREP | QW_CONNECTOR | QW_DET));
    if (headline_verb(s, item) != NONE ||
        (title_case_before(s, item) && !name_goes_on && opening_speaker(s, item, &opener)))
        return false;
    /* a term of two to four words that modifies the noun after it, which ends the phrase (a
     * “false flag” operation; the ‘Taiwan issue’ vow): a speaker's words run on into the
     * sentence as a verb's object or complement ("“must end” now", "“reckless” and"), and
     * describe with one adjective ("a “frank” talk"), a graded one ("a “very respectful”
     * call") or several, listed ("the ‘reckless and false’ remarks", "‘unjust, inconsistent’
     * statements") */
    /* after a determiner, the phrase may also be the subject of a verb or take a preposition
     * ("said a “security guarantee” framework was possible", "the “false flag” operation
     * in the east") */
    const bool determined = item > 0 && is_word(&s->w[item - 1]) &&
                            (s->w[item - 1].cls & QW_DET) != 0;
    /* (not after "as a": "what it described as an “outright hostile” move" quotes a
     * characterization, as noun_position reads it) */
    /* (nor right after "called": "to promote what he called “Taiwan independence” fallacies",
     * the present "calls" naming a thing, above) */
    const bool characterized = (determined && item > 1 && low_is(&s->w[item - 2], "as")) ||
                               (item > 0 && low_is(&s->w[item - 1], "called"));
    const qword_t *after = item + 2 < s->n ? &s->w[item + 2] : NULL;
    if (!broken && words >= 2 && words <= 4 && !joined && !graded && !characterized &&
        item + 1 < s->n &&
        (!after || !is_word(after) || and_or(after) ||
         (determined && (be_form(after) || modal(after) || (after->cls & QW_PREP))))) {
        /* a reporting verb's base form is a noun here (the ‘border’ pledge, a “peace” vow),
         * but "say" would report: "“...” say officials" */
        qword_t n = s->w[item + 1];
        if ((n.cls & QW_LEMMA) && !low_is(&n, "say"))
            n.cls &= ~(uint32_t)(QW_SPEECH | QW_LEMMA | QW_THINK);
        if (plain_modifier(&n) && !(n.cls & (QW_PREP | QW_ING | QW_PRONOUN | QW_RELATIVE)) &&
            !past_form(&n) && !be_form(&n) && !modal(&n) && !subordinator(&n) &&
            !ends_with(&n, "ing", 2))
            return true;
    }
    /* one of two terms joined by "and" or "or": the “one China” principle and the “1992
     * consensus” */
    if (qi > 0 && (s->q[qi - 1].flags & STANCE_QUOTE_TERM) && item >= 2 &&
        (and_or(&s->w[item - 1]) ||
         ((s->w[item - 1].cls & QW_DET) && !(s->w[item - 1].cls & QW_PRONOUN) && item >= 3 &&
          and_or(&s->w[item - 2]))) &&
        item - s->q[qi - 1].item <= 4)
        return true;
    bool mid_sentence = item > 0 && (is_word(&s->w[item - 1]) || s->w[item - 1].type == QT_QUOTE);
    /* a title: Title Case words ("Northern Territories", "Deal of the Century,") */
    if (title && caps > 0 && words <= 12 && (caps >= 2 || (mid_sentence && !q->raw.inner)))
        return true;
    /* a scare-quoted term: a few lower-case words where a noun goes, and nobody reported as
     * saying anything before it in the sentence (the “special military operation”), nor
     * right after it (friendly with China “with respect to trade,” Panelo said; with the
     * comma outside the marks too: "Independence is a ‘dead end’, says the office") */
    /* after "that", four words or more are a clause someone said ("a mirror that “reflects
     * the agony of multilateralism”"), where "that “reset”" is a demonstrative's noun */
    const bool clause_after_that = words >= 4 && item > 0 && low_is(&s->w[item - 1], "that");
    if ((lower_first || mid_sentence) && words <= 5 && !clause_after_that && !verb_first &&
        !(auxiliary_first && words >= 2) && noun_position(s, item) &&
        !((q->raw.inner == ',' || (item + 1 < s->n && is_brk(&s->w[item + 1], ','))) &&
          attribution_follows(c, item))) {
        for (size_t i = 0; i < c->nv; i++)
            if (c->v[i].at < item && (c->v[i].subj.kind || c->v[i].ing))
                return false;
        /* "Calling the truce a “significant contribution”, the mission urged": a reporting
         * participle that opens the sentence, capitalized, reports the words after it */
        if (is_word(&s->w[0]) && (s->w[0].cls & QW_SPEECH) && (s->w[0].cls & QW_ING))
            return false;
        for (size_t i = 0; i < item; i++) {
            /* (or a document that speaks: "delivered a strong message to China that the
             * “unprecedented” incident") */
            if (is_word(&s->w[i]) && (s->w[i].cls & (QW_SPEECH_NOUN | QW_DOC)) && !s->w[i].cap)
                return false;
            /* "According to Toivo, the army is short of “trained soldiers”": reported */
            if (low_is(&s->w[i], "according") && i + 1 < item && low_is(&s->w[i + 1], "to"))
                return false;
        }
        return true;
    }
    return false;
}

/* "Ole Fenwick said his government ...": the first he, him or his (she, her) after the verb,
 * before anyone else is named, is the speaker's, and says which "she" cannot be him. */
static void learn_gender(const sentence_t *s, size_t verb, entity_t *e)
{
    if (e->kind != MK_PERSON || e->gender)
        return;
    for (size_t i = verb + 1; i < s->n && i < verb + 16; i++) {
        const qword_t *w = &s->w[i];
        if (!is_word(w))
            continue;
        if (w->cap && w->name)
            return; /* someone else named: the pronoun may be theirs */
        /* "said without divulging where she would fall": a question about someone */
        if (low_is(w, "where") || low_is(w, "whether") || low_is(w, "how") ||
            low_is(w, "why") || low_is(w, "who") || low_is(w, "what"))
            return;
        if (low_is(w, "he") || low_is(w, "him") || low_is(w, "his")) {
            e->gender = 'm';
            return;
        }
        if (low_is(w, "she") || low_is(w, "her") || low_is(w, "hers")) {
            e->gender = 'f';
            return;
        }
    }
}

/* ---- the sieves --------------------------------------------------------------------------- */

/* Where the attribution around a reporting verb ends: the verb and up to two adverbs or
 * particles after it ("said angrily", "lashed out"), before its complement begins ("that",
 * "as", "to", an article, punctuation, a quotation) or a preposition or time word ("on
 * Tuesday", "in a statement": where and when, which are not how, and which lean a model with a
 * neutral label toward it). What the verb says is the quote's business; how the journalist
 * reports it is the frame's. */
static size_t frame_end(const sctx_t *c, size_t verb, size_t limit)
{
    const sentence_t *s = c->s;
    size_t j = verb + 1, extra = 0;
    while (j < limit && extra < 2) {
        const qword_t *w = &s->w[j];
        if (!is_word(w) || w->cap ||
            (w->cls & (QW_DET | QW_RELATIVE | QW_PRONOUN | QW_PREP | QW_TIME)) ||
            low_is(w, "that") || low_is(w, "as") || low_is(w, "to") || low_is(w, "if") ||
            low_is(w, "whether") || low_is(w, "and") || low_is(w, "but"))
            break;
        /* how it was said: adverbs and particles ("said angrily", "hit back", "lashed
         * out"), not to whom ("told reporters", "said farmers"): an audience is no stance */
        if (!skippable(w) && !stance__quote_list_has(&c->r->frame_particles, w->low))
            break;
        j++;
        extra++;
    }
    return j;
}

/* ", citing Kim Yo Jong", ", quoting a ministry spokesman" a few words after word `from`:
 * the person or titled speaker cited (not a document: "citing a report"). */
static bool cites_person(const sentence_t *s, size_t from, mention_t *m)
{
    for (size_t k = from; k + 2 < s->n && k < from + 8; k++) {
        const qword_t *w = &s->w[k];
        if (!is_word(w) && !is_brk(w, ','))
            return false;
        if (!is_brk(w, ',') || !(low_is(&s->w[k + 1], "citing") ||
                                 low_is(&s->w[k + 1], "quoting")))
            continue;
        return stance__mention_starting(s, k + 2, s->n, m) &&
               (m->kind == MK_PERSON || m->kind == MK_TITLE);
    }
    return false;
}

/* Ties quotation q to a mention (NULL = none), its reporting verb (NONE = none) and speaker.
 * The frame runs from `lo` (the mention or the verb) to the end of the attribution. */
static void attach(sctx_t *c, squote_t *q, const mention_t *m, size_t verb, int entity,
                   size_t lo, size_t limit)
{
    const sentence_t *s = c->s;
    q->attributed = true;
    /* "“...,” state media KCNA said, citing Kim Yo Jong": an organization relays the words
     * of the person it cites or quotes */
    mention_t cited;
    if (m && verb != NONE && entity >= 0 && c->ents->e[entity].kind == MK_ORG &&
        cites_person(s, verb + 1, &cited)) {
        m = &cited;
        entity = resolve(c, &cited);
    }
    if (m)
        q->mention = *m;
    else
        q->mention.kind = MK_NONE;
    /* "Brightwave said", "Granma said": a name of one word that the organization known by
     * it answers is that organization's */
    if (q->mention.kind == MK_PERSON && entity >= 0 && c->ents->e[entity].kind == MK_ORG)
        q->mention.kind = MK_ORG;
    q->entity = entity;
    q->verb = verb;
    size_t hi = verb != NONE ? frame_end(c, verb, limit) : limit;
    /* "said Rosemary DiCarlo"; not what stands between ("was told Tuesday in Washington by
     * his colleague, Y,": where and when say nothing of how) */
    if (m && m->kind && m->lo <= hi && m->hi > hi && m->hi <= limit)
        hi = m->hi;
    if (verb != NONE) {
        /* the verb and the adverbs right before it ("sharply criticised") */
        lo = verb;
        while (lo > 0 && skippable(&s->w[lo - 1]) && !(s->w[lo - 1].cls & (QW_SKIP | QW_TIME)))
            lo--;
        if (m && m->kind && m->lo > verb && m->lo < lo)
            lo = m->lo;
    }
    q->frame_lo = lo;
    q->frame_hi = hi > lo ? hi : lo;
}

/* The end of an attribution clause that starts at i: the next comma, colon, sentence end or
 * quotation. */
static size_t clause_end(const sentence_t *s, size_t i)
{
    while (i < s->n && s->w[i].type == QT_WORD)
        i++;
    return i;
}

static int verb_index(const sctx_t *c, size_t at)
{
    for (size_t i = 0; i < c->nv; i++)
        if (c->v[i].at == at)
            return (int)i;
    return -1;
}

/* The subject of the sentence or its main clause, read forward from its start, for a
 * participle or a colon with no finite verb ("North Korea rejected ..., calling it “...”"). */
/* A document may be that subject when `document` is set ("The statement “urged ...”"). */
static bool subject_or_document(sctx_t *c, size_t before, mention_t *m, bool document)
{
    const sentence_t *s = c->s;
    size_t i = 0;
    const qword_t *first = &s->w[0];
    /* "In a statement on Friday, ...", "Talking to reporters, ...", "Hours after ..., ",
     * "Ahead of the talks, ...", and a count before the span: "A day after ..., ", "Two
     * weeks before ..., " */
    const size_t span = s->n > 2 && is_word(first) &&
                                (numeral(first) ||
                                 stance__quote_list_has(&c->r->span_counts, first->low))
                            ? 1
                            : 0;
    bool opener = is_word(first) && (((first->cls & (QW_FUNCTION | QW_PREP | QW_SKIP)) &&
                                      !(first->cls & (QW_DET | QW_PRONOUN))) ||
                                     participle_opens(s) ||
                                     (s->n > span + 1 && is_word(&s->w[span + 1]) &&
                                      (low_is(&s->w[span + 1], "after") ||
                                       low_is(&s->w[span + 1], "before")) &&
                                      stance__quote_list_has(&c->r->time_spans,
                                                             s->w[span].low)));
    size_t timed = 1; /* "On Monday Milei doubled down": a time with no comma after it */
    while (timed < before && is_word(&s->w[timed]) &&
           ((s->w[timed].cls & QW_TIME) || numeral(&s->w[timed])))
        timed++;
    /* (a conjunction that joins the sentence to the one before: "But she had “no plans”") */
    const bool joined = is_word(first) && first->cap &&
                        (low_is(first, "but") || low_is(first, "and") || low_is(first, "yet"));
    if (i < before && opener && (joined || (first->cls & QW_SKIP)) && s->n > 1 &&
        !is_brk(&s->w[1], ',') && !(s->w[1].cls & QW_PREP)) {
        i = 1; /* an adverb with no comma: "However the minister said" (not "Ahead of") */
    } else if (i < before && opener && (first->cls & QW_PREP) && timed > 1 && timed < before &&
               is_word(&s->w[timed]) && s->w[timed].cap) {
        i = timed;
    } else if (i < before && opener) {
        while (i < before && !is_brk(&s->w[i], ','))
            i++;
        i++;
        /* "In the draft, which her country had helped write, X painted": past the relative
         * clause of the opener's noun as well */
        if (i < before && is_word(&s->w[i]) && (s->w[i].cls & QW_RELATIVE)) {
            while (i < before && !is_brk(&s->w[i], ','))
                i++;
            i++;
        }
    }
    if (i >= before)
        return false;
    return stance__mention_starting(c->s, i, before, m) && (document || m->kind != MK_DOC);
}

static bool sentence_subject(sctx_t *c, size_t before, mention_t *m)
{
    return subject_or_document(c, before, m, false);
}

static bool named_source(const sctx_t *c, size_t limit, mention_t *m, size_t *at);
static bool agency_reports(const sctx_t *c, const sverb_t *v);

/* Whether words [lo, end) are "in a statement" and words with no break about it ("in a
 * statement early Wednesday marking the end of the trip"), between a subject and its words. */
static bool statement_adjunct(const sentence_t *s, size_t lo, size_t end)
{
    if (document_adjunct_end(s, lo, end) == NONE)
        return false;
    for (size_t i = lo; i < end; i++)
        if (!is_word(&s->w[i]))
            return false;
    return true;
}

/* Sieve 1: a statement quoted from its reporting verb on, with no verb outside the marks
 * ("The chancellor “emphasized the importance of ...”", "Nowak “welcomed the proposal”",
 * "the ministry “notes with regret ...”"):
 * the sentence's subject, right before the quotation, said it. The verb lies inside the
 * quote, so there is no frame: the words are the evidence. */
static bool sieve_verb_inside(sctx_t *c, squote_t *q)
{
    const sentence_t *s = c->s;
    if (q->item == 0 || q->raw.continues)
        return false;
    qwords_t in;
    stance__qwords_init(&in, c->t, c->r, c->cache, q->raw.start, q->raw.end);
    qword_t first, second;
    if (stance__qwords_next(&in, &first) != 1 || !is_word(&first) || first.cap)
        return false;
    /* "strongly condemns", "also notes": an adverb before the verb, as before the marks
     * ("Nowak also “welcomed ...”", below) */
    if (skippable(&first)) {
        if (stance__qwords_next(&in, &first) != 1 || !is_word(&first) || first.cap)
            return false;
    }
    /* "notes", "condemns": a statement speaks in the present; or any verb in the present
     * that opens words of some length after a person's or an organization's name ("Prime
     * Minister Theresa Hale “looks forward to working with ...”") */
    const bool speech = (first.cls & QW_SPEECH) && !(first.cls & (QW_ING | QW_LEMMA | QW_THINK));
    const bool present = !(first.cls & QW_FUNCTION) && ends_with(&first, "s", 3) &&
                         !ends_with(&first, "ss", 1) && !ends_with(&first, "us", 1) &&
                         !ends_with(&first, "is", 1) &&
                         stance__qwords_next(&in, &second) == 1 && is_word(&second) &&
                         !second.cap && stance__qwords_next(&in, &second) == 1;
    if (!speech && !present)
        return false;
    /* a reporting verb after the words still names who said them ("The WHO “stands ready
     * ...”, he added"), a reporting verb inside them as well ("Funa “strongly urged ...,”
     * the foreign ministry said": the ministry's words of what he did); an agency's report
     * relays them ("..., Australian Associated Press reported") */
    for (size_t k = 0; k < c->nv; k++)
        if (c->v[k].at > q->item && !(speech && agency_reports(c, &c->v[k])))
            return false;
    /* "Nowak also “welcomed ...”", "Rwanda on Sunday “noted with regret” ..." */
    const size_t end = stance__skip_back(s, 0, q->item);
    mention_t m;
    /* a document only with a reporting verb: "The statement “urged ...”" is its issuer's */
    if (end == 0 || !subject_or_document(c, end, &m, speech) ||
        !(m.hi == end || (speech && statement_adjunct(s, m.hi, end))) ||
        !(m.kind == MK_PERSON || m.kind == MK_TITLE || m.kind == MK_ORG ||
          (m.kind == MK_PRONOUN && speech) || m.kind == MK_DOC))
        return false;
    /* "According to her, the alliance “continues ...”", "In her opinion, ...": the source
     * before the subject speaks, and the subject is what she speaks of (sieve_before) */
    mention_t source;
    size_t source_at;
    if (named_source(c, m.lo, &source, &source_at))
        return false;
    attach(c, q, &m, NONE, resolve(c, &m), end, end);
    return true;
}

static bool sieve_before(sctx_t *c, squote_t *q);
static int reporter_of(const sctx_t *c, size_t k);

/* Whether a clause of the verb at `at` opens before word `item`: "that" or a colon. */
static bool opens_clause_before(const sentence_t *s, size_t at, size_t item)
{
    for (size_t i = at + 1; i < item; i++)
        if (low_is(&s->w[i], "that") || is_brk(&s->w[i], ':'))
            return true;
    return false;
}

/* "X urged calm, saying “...,” the Emirates News Agency reported", "X stressed that “...,”
 * Kommersant reported": whoever reports words after them is their source, an outlet the
 * rules need not know; the speaker is named before the quotation when anyone is. An outlet
 * the rules know may write as well: "X says ... “...,” AFP writes". */
static bool agency_reports(const sctx_t *c, const sverb_t *v)
{
    const sentence_t *s = c->s;
    const qword_t *w = &s->w[v->at];
    if (!is_word(w) || v->by_obj)
        return false;
    return strncmp(w->low, "report", 6) == 0 ||
           ((low_is(w, "writes") || low_is(w, "wrote")) && names_outlet(c, &v->subj));
}

/* "..., X told journalists, Report informs": a wire's credit after the words it reports, one
 * name after a comma, that "informs" or "reports": an outlet the rules need not know, which
 * no "he" after means. */
static bool wire_credit(const sentence_t *s, const sverb_t *v)
{
    const mention_t *m = &v->subj;
    return m->kind == MK_PERSON && !v->inverted && m->role == NONE && m->lo == m->name_lo &&
           m->name_hi - m->name_lo == 1 && m->hi == v->at && m->lo > 0 &&
           is_brk(&s->w[m->lo - 1], ',') &&
           (low_is(&s->w[v->at], "informs") || low_is(&s->w[v->at], "reports"));
}

/* The source after "according to" at word i: a mention, or "him" or "her" alone, the object's
 * form of "he" and "she" ("According to him, Moscow will do everything so that “...”"). */
static bool according_to_source(const sctx_t *c, size_t i, size_t limit, mention_t *m)
{
    const sentence_t *s = c->s;
    /* "her" alone, not "her ministry" */
    if (i < limit && is_word(&s->w[i]) && him_or_her(&s->w[i]) &&
        (low_is(&s->w[i], "him") || i + 1 >= s->n || !is_word(&s->w[i + 1]))) {
        stance__pronoun_mention(i, low_is(&s->w[i], "him") ? 'm' : 'f', m);
        return true;
    }
    return stance__mention_starting(s, i, limit, m);
}

/* "opinion", "view", "assessment": what someone thinks, as "in her opinion" gives it. */
static bool opinion_word(const qword_t *w)
{
    return is_word(w) && (low_is(w, "opinion") || low_is(w, "view") || low_is(w, "assessment") ||
                          low_is(w, "estimation") || low_is(w, "words"));
}

/* A view's owner after "in" at word i: "In her opinion,", "In Zell's view,", "In the view of
 * the envoy,": the opinion that follows, quotation and all, is theirs, as after "according
 * to". The phrase ends in a comma before `limit`. */
static bool opinion_owner(const sctx_t *c, size_t i, size_t limit, mention_t *m)
{
    const sentence_t *s = c->s;
    if (i + 1 >= limit || !is_word(&s->w[i]))
        return false;
    const qword_t *w = &s->w[i];
    if (low_is(w, "the") && i + 3 < limit && opinion_word(&s->w[i + 1]) &&
        low_is(&s->w[i + 2], "of")) {
        /* "in the view of the envoy," */
        return stance__mention_starting(s, i + 3, limit, m) && m->hi < limit &&
               is_brk(&s->w[m->hi], ',') && m->kind != MK_PRONOUN;
    }
    if (!opinion_word(&s->w[i + 1]) || i + 2 >= limit || !is_brk(&s->w[i + 2], ','))
        return false;
    if (low_is(w, "his") || low_is(w, "her")) { /* "in her opinion," */
        stance__pronoun_mention(i, low_is(w, "his") ? 'm' : 'f', m);
        return true;
    }
    /* "in Zell's view,": the owner's name, ending in the possessive */
    if (!w->poss)
        return false;
    size_t lo = i;
    while (lo > 0 && is_word(&s->w[lo - 1]) && s->w[lo - 1].cap && !low_is(&s->w[lo - 1], "in"))
        lo--;
    return stance__mention_starting(s, lo, i + 1, m) && m->hi == i + 1 &&
           m->kind != MK_PRONOUN && m->kind != MK_DOC;
}

/* The source a phrase before word `limit` gives for what follows: "according to X" or "in
 * X's opinion" (opinion_owner), into m, with the index of the phrase's first word; false
 * when none. */
static bool named_source(const sctx_t *c, size_t limit, mention_t *m, size_t *at)
{
    const sentence_t *s = c->s;
    for (size_t i = 0; i + 1 < limit; i++)
        if ((low_is(&s->w[i], "according") && low_is(&s->w[i + 1], "to") &&
             according_to_source(c, i + 2, limit, m)) ||
            (low_is(&s->w[i], "in") && opinion_owner(c, i + 1, limit, m))) {
            *at = i;
            return true;
        }
    return false;
}

/* Whether mention m names a news outlet: one the rules know ("KUNA", "Xinhua"), or a name
 * ending in an outlet's word ("the Saudi Press Agency", "Kuwait Times", "state media"). */
static bool names_outlet(const sctx_t *c, const mention_t *m)
{
    const sentence_t *s = c->s;
    /* "state media", "state television": a title's word before the outlet's */
    if (m->hi < s->n && is_word(&s->w[m->hi]) && !s->w[m->hi].cap &&
        stance__quote_list_has(&c->r->outlet_words, s->w[m->hi].low))
        return true;
    if ((m->kind != MK_ORG && m->kind != MK_PERSON) || m->name_lo >= m->name_hi)
        return false;
    /* "the Saudi Press Agency", and in lower case "the agency" */
    if (stance__words_name_outlet(c->r, s, m->name_lo, m->name_hi) ||
        stance__quote_list_has(&c->r->outlet_words, s->w[m->name_hi - 1].low))
        return true;
    /* "Russian news agency Tass", "the state news agency IRNA": a known outlet, or a name
     * after an outlet's word in lower case (never a title's: "press secretary X") */
    if (m->role != NONE)
        return false;
    if (stance__words_name_outlet(c->r, s, m->name_hi - 1, m->name_hi))
        return true;
    for (size_t i = m->lo; i + 1 < m->name_hi; i++)
        if (is_word(&s->w[i]) && !s->w[i].cap &&
            stance__quote_list_has(&c->r->outlet_words, s->w[i].low))
            return true;
    return false;
}

bool stance__credit_words(const sentence_t *s, const qtext_t *t, size_t lo, size_t hi)
{
    if (lo >= hi)
        return false;
    for (size_t b = s->w[lo].start; b < s->w[hi - 1].start + s->w[hi - 1].len; b++)
        if (t->s[b] == '/')
            return true;
    return false;
}

bool stance__words_name_outlet(const quote_rules_t *r, const sentence_t *s, size_t lo,
                               size_t hi)
{
    char name[64];
    size_t n = 0;
    for (size_t i = lo; i < hi; i++) {
        const size_t len = strlen(s->w[i].low);
        if (!is_word(&s->w[i]) || n + len + 2 > sizeof name)
            return false;
        if (n)
            name[n++] = ' ';
        memcpy(name + n, s->w[i].low, len);
        n += len;
    }
    name[n] = '\0';
    return n && stance__quote_list_has(&r->news_outlets, name);
}

/* Whether the quotation at `item` stands in a clause that opens the sentence with a
 * subordinator and has a reporting verb and its subject before the words ("After a senior
 * official claimed the offer was a “mirage”, Mr Varn stressed ..."): the words are that
 * verb's, and the name after the clause's comma is the main clause's subject, no credit. */
static bool in_opening_report(const sctx_t *c, size_t item)
{
    const sentence_t *s = c->s;
    if (item < 3 || !is_word(&s->w[0]) || !subordinator(&s->w[0]))
        return false;
    for (size_t i = 1; i < item; i++)
        if (s->w[i].type == QT_QUOTE || is_brk(&s->w[i], ',') || is_brk(&s->w[i], '-'))
            return false;
    for (size_t k = 0; k < c->nv; k++) {
        const sverb_t *v = &c->v[k];
        if (v->at < item && v->subj.kind && !v->inverted && !v->think && v->subj.lo > 0)
            return true;
    }
    return false;
}

static bool bare_after(const sentence_t *s, size_t i);

/* "his words", "her remarks" at word i. */
static bool him_or_her_words(const sentence_t *s, size_t i)
{
    return i + 1 < s->n && is_word(&s->w[i]) &&
           (low_is(&s->w[i], "his") || low_is(&s->w[i], "her")) && is_word(&s->w[i + 1]) &&
           (low_is(&s->w[i + 1], "words") || low_is(&s->w[i + 1], "remarks"));
}

/* "X said “...,” according to KUNA": whether the source m after the words only relays them,
 * so that the speaker the sieve before found for q keeps them. An agency relays; so does the
 * speaker's own office ("according to a statement from his office") or another body ("The
 * South Korean delegation claimed that Japan is “...,” according to Seoul's trade ministry").
 * Other sources give their own account: after unnamed officials ("Officials in Ankara
 * described the meeting as “...”, according to Foreign Minister Hakan Fidan"), after a verb
 * in a relative clause ("met Muttaqi, who assured the Uzbek diplomat “of normalization ...,”
 * according to Balkhi, a spokesman") or a participle ("The country ended the pact, declaring
 * the troops “illegal” because “...,” according to government spokesman X"), and when no one
 * was found to say the words (measured on a blind round: the last kinds lost their source). */
static bool source_relays(const sctx_t *c, const squote_t *q, const mention_t *m)
{
    if (names_outlet(c, m))
        return true;
    const sentence_t *s = c->s;
    if (q->entity < 0 || (q->mention.kind == MK_TITLE && !q->mention.definite &&
                          (m->kind == MK_PERSON || m->kind == MK_ORG)))
        return false;
    if (q->verb == NONE)
        return true;
    if (s->w[q->verb].cls & QW_ING)
        return false;
    const size_t before = stance__skip_back(s, 0, q->verb);
    return before == 0 ||
           !(low_is(&s->w[before - 1], "who") || low_is(&s->w[before - 1], "which"));
}

/* Whether the subject of a reporting verb opens at word `at`, right after an "as" that
 * follows a quotation, and the verb ends the clause, as one whose object is the quoted words
 * ("“...” as Facebook had stated", "as X described it"); not a thought ("as he believes")
 * nor the time of a speech ("shouted “...” as the minister spoke"). */
static bool as_clause_credits(const sctx_t *c, size_t at)
{
    const sentence_t *s = c->s;
    for (size_t k = 0; k < c->nv; k++) {
        const sverb_t *v = &c->v[k];
        if (!v->subj.kind || v->inverted || v->ing || v->think || v->subj.lo != at ||
            v->at <= at || low_is(&s->w[v->at], "spoke") || low_is(&s->w[v->at], "speaks"))
            continue;
        size_t end = v->at + 1;
        if (end < s->n && (low_is(&s->w[end], "it") || low_is(&s->w[end], "them")))
            end++;
        end = stance__skip_time(s, end, s->n); /* "as X said on Monday" */
        return end == s->n || !is_word(&s->w[end]);
    }
    return false;
}

/* Sieve 2: right after the quotation. */
static bool sieve_after_now(sctx_t *c, squote_t *q)
{
    const sentence_t *s = c->s;
    size_t i = q->item + 1;
    /* a headline's "“Betrayed by their own people”: Zakharova on the Baltic States" */
    if (q->item == 0 && i + 1 < s->n && is_brk(&s->w[i], ':')) {
        mention_t m;
        if (stance__mention_starting(c->s, i + 1, s->n, &m) && m.lo == i + 1 &&
            m.kind == MK_PERSON) { /* not a place: "“The Great Game”: Russia and Britain" */
            attach(c, q, &m, NONE, resolve(c, &m), i + 1, m.hi);
            return true;
        }
        return false;
    }
    if (in_opening_report(c, q->item))
        return false;
    while (i < s->n && is_brk(&s->w[i], ','))
        i++;
    /* "for “commercial purposes,” which is not consistent with the act, Wu said": a relative
     * clause on the quoted words stands between them and their credit, or two ("..., which
     * aims to ..., Wu said") */
    while (i < s->n && is_word(&s->w[i]) && low_is(&s->w[i], "which")) {
        size_t k = i + 1;
        while (k < s->n && s->w[k].type != QT_QUOTE && !is_brk(&s->w[k], ','))
            k++;
        if (k + 1 >= s->n || !is_brk(&s->w[k], ','))
            break;
        i = k + 1;
    }
    /* "“...,” – said X", as translated agency copy writes it: a dash before the verb (a dash
     * before a name is a roundup's credit, sieve 2b) */
    if (i + 1 < s->n && is_brk(&s->w[i], '-') && is_word(&s->w[i + 1]) &&
        (s->w[i + 1].cls & QW_SPEECH) && !s->w[i + 1].cap)
        i++;
    if (i >= s->n || !is_word(&s->w[i]))
        return false;
    /* "Ovic said the post was not as “alarmist” as Facebook had stated": the words are those
     * of the one "as" credits, whoever speaks in the clause around them */
    if (low_is(&s->w[i], "as") && as_clause_credits(c, i + 1))
        i++;
    if (low_is(&s->w[i], "according") && i + 1 < s->n && low_is(&s->w[i + 1], "to")) {
        mention_t m;
        if (according_to_source(c, i + 2, s->n, &m)) {
            const squote_t unread = *q;
            if (sieve_before(c, q)) {
                if (source_relays(c, q, &m))
                    return true;
                *q = unread;
            }
            attach(c, q, &m, NONE, resolve(c, &m), i, m.hi);
            return true;
        }
        return false;
    }
    for (size_t k = 0; k < c->nv; k++) {
        const sverb_t *v = &c->v[k];
        if (v->at < i)
            continue;
        bool now = v->at == i || (v->subj.kind && !v->inverted && v->subj.lo == i);
        /* a participle ("..., saying") belongs to the clause before; a verb with no speaker
         * after a quote is a noun more often than not (the ‘...’ comments from ...) */
        if (!now || v->ing || !v->subj.kind)
            return false;
        /* "the Union “condemns” Hamas attacks": with no punctuation to close it (inside the
         * marks or a comma after them), a quotation followed by a noun and an -s word sits
         * inside its clause; attributions after a quote read "X said" */
        if (q->raw.inner == 0 && i == q->item + 1 && (s->w[v->at].cls & QW_PRESENT_S) &&
            !v->inverted)
            return false;
        /* "Mr Trump said he “absolutely” expected Mexico to pay": a word quoted inside a
         * clause, with a word before it and no punctuation after, and the clause's verb next,
         * whose object is no inverted subject */
        if (q->raw.inner == 0 && i == q->item + 1 && v->inverted && q->item > 0 &&
            is_word(&s->w[q->item - 1]))
            return false;
        if (agency_reports(c, v)) {
            if (sieve_before(c, q))
                return true; /* the agency's source: the speaker named before */
            /* "“...,” TASS reports his words": the one "his" means */
            if (him_or_her_words(s, v->at + 1)) {
                mention_t his;
                stance__pronoun_mention(v->at + 1, low_is(&s->w[v->at + 1], "his") ? 'm' : 'f',
                                        &his);
                attach(c, q, &his, v->at, resolve(c, &his), i, v->at + 3);
                return true;
            }
        }
        size_t end = clause_end(s, v->inverted ? v->subj.hi : v->at + 1);
        attach(c, q, v->by_obj ? &v->obj : &v->subj, v->at, v->entity, i, end);
        return true;
    }
    /* "“...,” Yaşar Halit Çevik, Chief Monitor of the mission, addressed the Council": words
     * that open the sentence and close with a comma, then a person named at once and a verb
     * in the past the rules do not know as one of speech (and no reporting verb after): that
     * person's words (inside a sentence, the name opens another clause: "Peru declared the
     * ambassador “persona non grata,” X gave him 72 hours") */
    mention_t m;
    if (q->item != 0 || q->raw.inner != ',' || !stance__mention_starting(s, i, s->n, &m) ||
        m.lo != i || m.kind != MK_PERSON)
        return false;
    const size_t verb = past_apposition(s, m.hi, s->n);
    if (verb >= s->n || !is_word(&s->w[verb]) || s->w[verb].cap ||
        !(past_form(&s->w[verb]) || s->w[verb].irregular_past) ||
        (s->w[verb].cls & (QW_SPEECH | QW_FUNCTION)))
        return false;
    attach(c, q, &m, NONE, resolve(c, &m), i, m.hi);
    return true;
}

/* Sieve 2b: a roundup's credit after a dash, "“...” — U.S. President Mara Quill." or "“...” --
 * Yoav Stern, Ostrian cabinet minister": the name (a person's or an organization's) that
 * fills what follows the dash up to the sentence's end or an apposition's comma. A period
 * inside the marks ends no credit: the dash binds the name to the words. */
static bool sieve_dash_credit(sctx_t *c, squote_t *q)
{
    const sentence_t *s = c->s;
    size_t i = q->item + 1;
    if (i >= s->n || !is_brk(&s->w[i], '-'))
        return false;
    while (i < s->n && is_brk(&s->w[i], '-'))
        i++;
    mention_t m;
    if (!stance__dash_credit(s, i, &m))
        return false;
    attach(c, q, &m, NONE, resolve(c, &m), i, m.hi);
    return true;
}

/* Sieve 2b, its colon: a credit after a colon that ends the sentence, with no verb of speech
 * in it ("Myanmar's junta ‘willing to take back refugees’ after checks: Momen", as South
 * Asian headlines credit words): the name after the colon said the quoted words before it.
 * Agencies' headlines put a dash there ("Truce ‘not fully followed’ in Karabakh – Lavrov"). */
static bool sieve_colon_credit(sctx_t *c, squote_t *q)
{
    const sentence_t *s = c->s;
    if (c->nv != 0)
        return false;
    size_t colon = NONE;
    for (size_t i = q->item + 1; i < s->n; i++) {
        if (s->w[i].type == QT_QUOTE)
            return false; /* a later quotation's credit is its own */
        if (is_brk(&s->w[i], ':') || is_brk(&s->w[i], '-'))
            colon = i;
    }
    mention_t m;
    if (colon == NONE || !stance__dash_credit(s, colon + 1, &m))
        return false;
    attach(c, q, &m, NONE, resolve(c, &m), colon + 1, m.hi);
    return true;
}

/* Sieve 2, its verb dropped: a credit with no verb ("“...,” the ministry's spokesman Jeong
 * Joon-hee in a press briefing."): a name right after the quotation's comma, and after it
 * only a few lower-case words of where or when (no verb) to the sentence's end. */
static bool sieve_verbless_credit(sctx_t *c, squote_t *q)
{
    const sentence_t *s = c->s;
    mention_t m;
    /* (the comma inside the marks or right after them: "“...”, the spokesman.") */
    size_t at = q->item + 1;
    if (q->raw.inner == 0 && at < s->n && is_brk(&s->w[at], ','))
        at++;
    else if (q->raw.inner != ',')
        return false;
    if (c->nv != 0 || !stance__mention_starting(s, at, s->n, &m) || m.lo != at ||
        !(m.kind == MK_PERSON || m.kind == MK_TITLE))
        return false;
    size_t k = m.hi;
    /* "“...,” the spokesman.": the credit is the whole rest of the sentence */
    if (k + 1 == s->n && is_brk(&s->w[k], '.')) {
        attach(c, q, &m, NONE, resolve(c, &m), m.lo, m.hi);
        return true;
    }
    if (k == s->n || !is_word(&s->w[k]) || !(s->w[k].cls & QW_PREP))
        return false; /* the name alone may be the sentence's subject: "“...,” X, who ..." */
    for (; k < s->n; k++) {
        const qword_t *w = &s->w[k];
        if (is_brk(w, '.') && k + 1 == s->n)
            break;
        if (!is_word(w) || (w->cap && !(w->cls & QW_TIME)) || k - m.hi > 6 ||
            (w->cls & QW_SPEECH) || past_form(w) || be_form(w))
            return false;
    }
    attach(c, q, &m, NONE, resolve(c, &m), m.lo, m.hi);
    return true;
}

/* Sieve 2c: the passive's agent after the quotation, "were branded “...” by X", "have been
 * given “...” by X", "was described as “...” by X": a form of "be" (an adverb may follow it),
 * a participle (and "as", perhaps "a") right before the quotation, "by" and a name right
 * after it or after the noun the quoted words describe ("as a “...” moment for the region
 * by X"). In the
 * active the "by" names a doer, not a speaker ("She condemned “the provocations” by X"). */
static bool sieve_agent_after(sctx_t *c, squote_t *q)
{
    const sentence_t *s = c->s;
    const size_t item = q->item;
    /* (the quoted words may describe a noun, its phrase after them: "described as a
     * “game-changing” moment for the region by X") */
    size_t by = item + 1;
    while (by < s->n && by < item + 6 && is_word(&s->w[by]) && !s->w[by].cap &&
           !low_is(&s->w[by], "by") && !(s->w[by].cls & (QW_SPEECH | QW_PRONOUN)) &&
           !past_form(&s->w[by]) && !be_form(&s->w[by]))
        by++;
    if (by + 1 >= s->n || !low_is(&s->w[by], "by"))
        return false;
    size_t at = item;
    if (by > item + 1 && at > 1 && is_word(&s->w[at - 1]) && (s->w[at - 1].cls & QW_INDEF) &&
        low_is(&s->w[at - 2], "as"))
        at--; /* "as a “...” moment" */
    if (at > 0 && low_is(&s->w[at - 1], "as"))
        at--;
    if (at == 0)
        return false;
    const qword_t *participle = &s->w[at - 1];
    if (!is_word(participle) || participle->cap ||
        !(past_form(participle) || low_is(participle, "given")) || at < 2)
        return false;
    size_t aux = at - 2;
    if (aux > 0 && !be_form(&s->w[aux]) && skippable(&s->w[aux]))
        aux--; /* "was widely described as" */
    if (!be_form(&s->w[aux]))
        return false;
    mention_t m;
    if (!stance__mention_starting(s, by + 1, s->n, &m) ||
        !(m.kind == MK_PERSON || m.kind == MK_TITLE || m.kind == MK_ORG))
        return false;
    const size_t verb = verb_index(c, at - 1) >= 0 ? at - 1 : NONE;
    attach(c, q, &m, verb, resolve(c, &m), at - 1, m.hi);
    return true;
}

/* Is the quotation the complement of the reporting verb just before it: "VERB as “...”",
 * "VERB it as “...”"? */
static bool completes_verb(const sctx_t *c, const squote_t *q)
{
    const sentence_t *s = c->s;
    size_t i = q->item;
    if (i < 2 || !low_is(&s->w[i - 1], "as"))
        return false;
    size_t v = i - 2;
    if (v > 0 && (low_is(&s->w[v], "it") || low_is(&s->w[v], "them") ||
                  low_is(&s->w[v], "this")))
        v--;
    for (size_t k = 0; k < c->nv; k++)
        if (c->v[k].at == v && c->v[k].subj.kind && !c->v[k].inverted)
            return true;
    return false;
}

/* The subject of a subordinate clause ending at the comma `comma` ("after X made a speech"):
 * a name right after after, when, as, while, since, because or before, followed by a verb. */
static bool subordinate_subject(sctx_t *c, size_t comma, mention_t *m)
{
    const sentence_t *s = c->s;
    for (size_t b = comma; b-- > 0;) {
        const qword_t *w = &s->w[b];
        if (w->type == QT_QUOTE || is_brk(w, ','))
            return false;
        if (!subordinator(w))
            continue;
        if (!stance__mention_starting(s, b + 1, comma, m) || m->hi >= comma ||
            !(m->kind == MK_PERSON || m->kind == MK_TITLE || m->kind == MK_ORG))
            return false;
        const qword_t *verb = &s->w[m->hi];
        return is_word(verb) && !verb->cap && !(verb->cls & (QW_FUNCTION | QW_PREP));
    }
    return false;
}

/* Whether a quotation stands among words [lo, hi). */
static bool quotation_in(const sentence_t *s, size_t lo, size_t hi)
{
    for (size_t i = lo; i < hi; i++)
        if (s->w[i].type == QT_QUOTE)
            return true;
    return false;
}

/* Whether a reporting verb stands between words lo and hi (both left out). */
static bool verb_between(const sctx_t *c, size_t lo, size_t hi)
{
    for (size_t k = 0; k < c->nv; k++)
        if (c->v[k].at > lo && c->v[k].at < hi)
            return true;
    return false;
}

/* A noun of speech ("claim", "statement"), or an -s form of a verb of speech, which after
 * an owner is a plural noun ("Seoul's calls"). */
static bool speech_noun(const qword_t *w)
{
    return is_word(w) && !w->cap &&
           ((w->cls & (QW_SPEECH_NOUN | QW_DOC)) ||
            ((w->cls & QW_SPEECH) && (w->cls & QW_PRESENT_S)));
}

/* "the statements of Armenian Foreign Minister Ararat Mirzoyan that allegedly “...”": the
 * author after "of" of a noun of speech whose that-clause holds the quotation, when no
 * reporting verb stands between them (m: the author, *at: the noun). */
static bool speech_noun_of(const sctx_t *c, size_t item, mention_t *m, size_t *at)
{
    const sentence_t *s = c->s;
    size_t that = item;
    while (that > 0 && item - that < 4 && !low_is(&s->w[that - 1], "that"))
        that--;
    if (that < 4 || item - that >= 4)
        return false;
    that--; /* the word "that" */
    size_t of = that;
    while (of > 2 && that - of < 8 && !low_is(&s->w[of - 1], "of"))
        of--;
    if (of <= 2 || !low_is(&s->w[of - 1], "of") || !speech_noun(&s->w[of - 2]))
        return false;
    if (verb_between(c, of, item) || quotation_in(s, of, item))
        return false;
    if (stance__mention_starting(s, of, that, m) && m->hi == that &&
        (m->kind == MK_PERSON || m->kind == MK_TITLE)) {
        *at = of - 2;
        return true;
    }
    return false;
}

/* Whether the quotation at word `item` opens with "that" and a space: a that-clause quoted
 * whole ("Sogavare's reassurances “that there will not be a base”"). */
static bool quotes_a_that_clause(const sctx_t *c, size_t item)
{
    const qword_t *w = &c->s->w[item];
    if (w->type != QT_QUOTE)
        return false;
    const raw_quote_t *r = &c->s->q[w->quote].raw;
    const unsigned char *p = c->t->s + r->start;
    return r->end - r->start > 5 && (p[0] == 't' || p[0] == 'T') && p[1] == 'h' &&
           p[2] == 'a' && p[3] == 't' && p[4] == ' ';
}

/* "the Philippine Coast Guard's allegations that China had taken “...”": the owner of a
 * noun of speech whose that-clause holds the quotation, when no reporting verb stands
 * between them (m: the owner, *at: the noun); or its author after "of" (speech_noun_of). */
static bool speech_noun_owner(const sctx_t *c, size_t item, mention_t *m, size_t *at)
{
    const sentence_t *s = c->s;
    if (speech_noun_of(c, item, m, at))
        return true;
    for (size_t noun = item; noun-- > 2;) {
        const qword_t *w = &s->w[noun];
        /* the noun, "that", then the clause; or the clause with its "that" in the marks; or
         * "of" and the words ("India's claims of “nuclear blackmail”") */
        const bool clause_quoted = (noun + 1 == item && quotes_a_that_clause(c, item)) ||
                                   (noun + 2 == item && low_is(&s->w[noun + 1], "of"));
        /* (where or when the words were said may stand before the "that": "comments during
         * the news conference that", "remarks on Tuesday that") */
        size_t that = noun + 1;
        if (!clause_quoted && that < item && is_word(&s->w[that]) &&
            (s->w[that].cls & (QW_PREP | QW_TIME)) && !low_is(&s->w[that], "that")) {
            size_t k = that + 1;
            while (k < item && k < noun + 7 && is_word(&s->w[k]) && !low_is(&s->w[k], "that") &&
                   !(s->w[k].cls & QW_SPEECH) && !past_form(&s->w[k]))
                k++;
            if (k < item && low_is(&s->w[k], "that"))
                that = k;
        }
        if (!speech_noun(w) ||
            (!clause_quoted && (that >= item || !low_is(&s->w[that], "that"))))
            continue;
        /* "the Minister's farcical claim that": an adjective or two after the owner, or a
         * date ("Ahmadinejad's 26 October statement that") */
        size_t own = noun - 1;
        while (own > 0 && noun - own < 3 &&
               ((plain_modifier(&s->w[own]) &&
                 !(s->w[own].cls & (QW_ORG | QW_ROLE | QW_TITLE | QW_DOC))) ||
                (is_word(&s->w[own]) && ((s->w[own].cls & QW_TIME) || numeral(&s->w[own])))))
            own--;
        /* (a body's word in lower case after "the" owns it too: "the court's comment") */
        const bool body = own > 0 && is_word(&s->w[own]) && !s->w[own].cap &&
                          (s->w[own].cls & QW_ORG) && low_is(&s->w[own - 1], "the");
        /* "President Y issued a stark warning to protesters that": whoever issued the noun
         * owns it, as a possessive does */
        size_t issued = noun;
        while (issued > 0 && noun - issued < 4 && is_word(&s->w[issued - 1]) &&
               !s->w[issued - 1].cap &&
               (plain_modifier(&s->w[issued - 1]) || (s->w[issued - 1].cls & QW_DET)) &&
               !stance__quote_list_has(&c->r->issuing_verbs, s->w[issued - 1].low))
            issued--;
        if (issued > 1 && issued < noun && is_word(&s->w[issued - 1]) && !s->w[issued - 1].cap &&
            stance__quote_list_has(&c->r->issuing_verbs, s->w[issued - 1].low) &&
            !verb_between(c, noun, item) && stance__mention_ending(s, 0, issued - 1, m) &&
            m->hi == issued - 1 &&
            (m->kind == MK_PERSON || m->kind == MK_TITLE || m->kind == MK_ORG)) {
            *at = noun;
            return true;
        }
        if (!is_word(&s->w[own]) || !s->w[own].poss || !(s->w[own].cap || body))
            continue;
        if (verb_between(c, noun, item))
            return false;
        /* "Georgia's claims that it had ceased fire were “lies”": a be-form right before the
         * quotation, after an auxiliary of the clause, is the noun's own verb, its clause
         * closed (not "claims that the announced tariffs were “...”", one clause) */
        if (item > that + 2 && is_word(&s->w[item - 1]) && be_form(&s->w[item - 1])) {
            bool clause_verb = false;
            size_t last_that = that; /* (the last of several: "that A must ... and that B are") */
            for (size_t k = that + 1; k + 1 < item; k++)
                if (low_is(&s->w[k], "that"))
                    last_that = k;
            /* (a modal right before the be-form is of the same verb: "that Israel should be
             * “wiped off the map”") */
            size_t stop = item - 1;
            if (stop > last_that + 1 && is_word(&s->w[stop - 1]) && modal(&s->w[stop - 1]))
                stop--;
            for (size_t k = last_that + 1; k < stop; k++)
                clause_verb = clause_verb || auxiliary(&s->w[k]);
            if (clause_verb)
                return false;
        }
        /* the clause holds one quotation: a later one is the words said of it ("Kim's
         * comments that “...” in the future “revealed that ...”"), unless "and" joins it
         * to the clause ("Blinken's statement that Washington wants “...” and India “needs
         * to help make it happen”") */
        size_t before = item;
        while (before > that + 1 && s->w[before - 1].type != QT_QUOTE)
            before--;
        if (before > that + 1 &&
            !(before < item && is_word(&s->w[before]) && low_is(&s->w[before], "and")))
            return false;
        size_t lo = body ? own - 1 : own;
        while (!body && lo > 0 && own - lo < 5 && is_word(&s->w[lo - 1]) && s->w[lo - 1].cap &&
               !s->w[lo - 1].poss && !(s->w[lo - 1].cls & QW_FUNCTION))
            lo--;
        if (stance__mention_starting(s, lo, own + 1, m) && m->hi == own + 1 &&
            (m->kind == MK_PERSON || m->kind == MK_ORG || m->kind == MK_TITLE)) {
            *at = noun;
            return true;
        }
        return false;
    }
    return false;
}

/* Whether verb v, with the quotation after it, is inside the clause verb o reports and has
 * an organization or a country for its subject ("Marles said [that] the government had
 * expressed “...”", "Lassen said the council expected “...”"), so that o's subject, who
 * speaks for it, said the words. Not when v tells the reporter something ("said Beijing had
 * told him that “...”": Beijing's words) or quotes directly ("said that Tarsia announced,
 * “...”"); and a person's verb is theirs ("said that the envoy warned “...”"). */
static bool reported_by(const sctx_t *c, const sverb_t *o, const sverb_t *v)
{
    const sentence_t *s = c->s;
    /* (o a participle of the clause's subject: "Andrabi said, adding that Islamabad
     * expected “...”") */
    if ((o->ing ? o->subj.kind != MK_NONE : !o->subj.kind || o->entity < 0) || o->think ||
        v->ing || (v->subj.kind != MK_ORG && v->subj.kind != MK_DOC) || v->inverted)
        return false;
    if (!(o->at + 1 == v->subj.lo ||
          (o->at + 2 == v->subj.lo && low_is(&s->w[o->at + 1], "that"))))
        return false;
    if (tells_someone(&s->w[v->at]) || low_is(&s->w[v->at], "assured"))
        return false;
    return !(v->at + 1 < s->n && (is_brk(&s->w[v->at + 1], ',') || is_brk(&s->w[v->at + 1], ':')));
}

/* "a warning by Admiral Jo Park that ...", "a statement from the embassy": the author of the
 * speech noun (or document) nearest before word `item` and not before `from`, into m, with
 * the noun's index; false when none. */
static bool speech_noun_by(const sctx_t *c, size_t from, size_t item, mention_t *m,
                           size_t *noun)
{
    const sentence_t *s = c->s;
    for (size_t i = item; i-- > from;) {
        const qword_t *w = &s->w[i];
        if (!is_word(w) || w->cap || !(w->cls & (QW_SPEECH_NOUN | QW_DOC)) || i + 1 >= item)
            continue;
        /* (when they were made may come first: "comments Friday from X that") */
        const size_t by = stance__skip_time(s, i + 1, item);
        if (by + 1 >= item || !(low_is(&s->w[by], "by") || low_is(&s->w[by], "from")))
            continue;
        if (stance__mention_starting(c->s, by + 1, item, m) && m->kind != MK_PRONOUN &&
            m->kind != MK_DOC) {
            /* "a claim by a senior member of the party, Lai Ching-te, that": the title's
             * holder, named in apposition */
            /* (the title's field may run on past the mention: "of the island's Democratic
             * Progressive Party,") */
            size_t comma = m->hi;
            while (m->kind == MK_TITLE && comma < item && comma < m->hi + 8 &&
                   is_word(&s->w[comma]) && !(s->w[comma].cls & QW_SPEECH))
                comma++;
            mention_t named;
            if (m->kind == MK_TITLE && comma + 1 < item && is_brk(&s->w[comma], ',') &&
                stance__mention_starting(c->s, comma + 1, item, &named) &&
                named.kind == MK_PERSON && named.hi < item && is_brk(&s->w[named.hi], ','))
                *m = named;
            *noun = i;
            return true;
        }
    }
    return false;
}

/* How many words a that-clause may have before the quotation it holds. */
#define THAT_CLAUSE_REACH 12

/* Whether the words from `at` to the quotation at `item` are a that-clause holding it
 * ("accusations from Ankara that the EU country was “...”"): "that", then no verb of speech
 * and no other quotation. */
static bool that_clause_holds(const sctx_t *c, size_t at, size_t item)
{
    const sentence_t *s = c->s;
    return at < item && item - at <= THAT_CLAUSE_REACH && is_word(&s->w[at]) &&
           low_is(&s->w[at], "that") && !verb_between(c, at, item) &&
           !quotation_in(s, at, item);
}

/* Sieve 3: the reporting verb before the quotation. */
static bool sieve_before(sctx_t *c, squote_t *q)
{
    mention_t owner;
    size_t noun;
    if (speech_noun_owner(c, q->item, &owner, &noun)) {
        attach(c, q, &owner, NONE, resolve(c, &owner), owner.lo, noun + 1);
        return true;
    }
    const sentence_t *s = c->s;
    size_t item = q->item;
    /* "... reiterated that ... following statements by Foreign Minister X about being “...”":
     * a speech noun's author between the last verb and the quotation is nearer its words */
    size_t last_verb = 0;
    for (size_t k = 0; k < c->nv; k++)
        if (c->v[k].at < item && c->v[k].at + 1 > last_verb)
            last_verb = c->v[k].at + 1;
    mention_t author;
    size_t author_noun;
    if (last_verb > 0 && speech_noun_by(c, last_verb, item, &author, &author_noun) &&
        (author.hi + 4 >= item || that_clause_holds(c, author.hi, item) ||
         (is_brk(&s->w[author.hi], ',') && that_clause_holds(c, author.hi + 1, item)))) {
        attach(c, q, &author, NONE, resolve(c, &author), author_noun, author.hi);
        return true;
    }
    for (size_t k = c->nv; k-- > 0;) {
        const sverb_t *v = &c->v[k];
        if (v->at >= item)
            continue;
        /* (a passive's agent speaks only the quotation its phrase leads to) */
        if (v->agent && !agent_leads_to(s, v, item))
            continue;
        if (v->think) {
            /* "hopes “...”", "believes that “...”" only */
            size_t gap = item - v->at - 1;
            if (!(gap == 0 || (gap == 1 && (low_is(&s->w[v->at + 1], "that") ||
                                            is_brk(&s->w[v->at + 1], ':') ||
                                            is_brk(&s->w[v->at + 1], ',')))))
                continue;
        }
        const sverb_t *pick = v;
        int reporter;
        bool joined = v->at > 0 && low_is(&s->w[v->at - 1], "and");
        if (joined) {
            /* "..., Prime Minister X compared A with B and called it “...”": the subject
             * that opens the verb's own clause, when no reporting verb stands between */
            size_t open = v->at - 1;
            while (open > 0 && !is_brk(&s->w[open - 1], ',') &&
                   !low_is(&s->w[open - 1], "that") && s->w[open - 1].type != QT_QUOTE &&
                   !(open < v->at - 1 && subordinator(&s->w[open - 1])))
                open--;
            /* (a subordinate clause opens at its conjunction: "after Israel summoned the
             * envoy and declared Lula “persona non grata”") */
            bool verb_between = k > 0 && c->v[k - 1].at >= open;
            mention_t m;
            /* its own verb a plain past ("compared"), not an auxiliary ("will be
             * summoned", which leaves the joined verb to the reporting verb before) */
            bool past = !verb_between && open > 0 &&
                        stance__mention_starting(c->s, open, v->at, &m) && m.hi < v->at &&
                        !s->w[m.hi].cap && !(s->w[m.hi].cls & (QW_SKIP | QW_FUNCTION)) &&
                        ((is_word(&s->w[m.hi]) && (s->w[m.hi].cls & QW_SPEECH)) ||
                         past_form(&s->w[m.hi]));
            if (past && (m.kind == MK_PERSON || m.kind == MK_TITLE || m.kind == MK_ORG) &&
                m.lo == open) {
                attach(c, q, &m, v->at, resolve(c, &m), v->at, item);
                return true;
            }
        }
        if (v->ing && !v->subj.kind && v->at > 0 && is_brk(&s->w[v->at - 1], ',')) {
            /* "..., after Ivan Duro made a speech, saying": the subject of the subordinate
             * clause right before the participle */
            mention_t m;
            if (subordinate_subject(c, v->at - 1, &m)) {
                attach(c, q, &m, v->at, resolve(c, &m), v->at, item);
                return true;
            }
        }
        if (joined || !v->subj.kind) {
            /* the clause's subject: an earlier finite verb's, or the sentence's; never the
             * agent of a participle that describes a noun ("hailed the support expressed by
             * Y, saying": the participle after the comma is the clause's, X's) */
            pick = NULL;
            for (size_t e = k; e-- > 0;)
                if (!c->v[e].ing && c->v[e].subj.kind && !(v->ing && c->v[e].agent)) {
                    pick = &c->v[e];
                    /* "X said that Y had rejected ..., adding": "adding" goes on with the
                     * reporter, not with the clause reported */
                    const int outer = low_is(&s->w[v->at], "adding") ? reporter_of(c, e) : -1;
                    if (outer >= 0)
                        pick = &c->v[outer];
                    break;
                }
            if (!pick) {
                mention_t m;
                if (sentence_subject(c, v->at, &m)) {
                    attach(c, q, &m, v->at, resolve(c, &m), v->at, item);
                    return true;
                }
                if (!v->subj.kind) {
                    /* "Several hundred farmers said ... “...”": a finite verb after words the
                     * rules do not read as a speaker reports the quotation all the same, and
                     * no one, rather than the last speaker, is its speaker */
                    size_t b = stance__skip_back(s, 0, v->at);
                    if (!v->ing && !v->think && b > 0 && is_word(&s->w[b - 1]) &&
                        !(s->w[b - 1].cls & (QW_FUNCTION | QW_PREP | QW_DET))) {
                        attach(c, q, NULL, v->at, -1, v->at, item);
                        return true;
                    }
                    continue;
                }
                pick = v;
            }
        } else if (v->subj.kind == MK_PRONOUN && v->subj.lo < s->n &&
                   (s->w[v->subj.lo].cls & QW_PLURAL)) {
            /* "X said they had agreed “...”": the reporter speaks; and "X detailed the call,
             * saying they spoke about “...”", the participle's subject, the sentence's */
            for (size_t e = k; e-- > 0;) {
                const sverb_t *o = &c->v[e];
                bool broken = false;
                for (size_t i = o->at + 1; i < v->subj.lo; i++)
                    if (s->w[i].type != QT_WORD)
                        broken = true;
                mention_t m;
                if (o->ing && !o->subj.kind && !broken && o->at + 1 == v->subj.lo &&
                    sentence_subject(c, o->at, &m)) {
                    attach(c, q, &m, v->at, resolve(c, &m), v->at, item);
                    return true;
                }
                if (o->ing || !o->subj.kind)
                    continue;
                if (!broken)
                    pick = o;
                break;
            }
        } else if (k > 0 && reported_by(c, &c->v[k - 1], v)) {
            /* "Marles said the federal government had expressed “serious concerns”": the
             * words of a clause someone reports are the reporter's */
            pick = &c->v[k - 1];
            if (pick->ing) { /* the participle's: its clause's finite verb's, or the sentence's */
                mention_t m;
                pick = v;
                for (size_t e = k - 1; e-- > 0;)
                    if (!c->v[e].ing && c->v[e].subj.kind) {
                        pick = &c->v[e];
                        break;
                    }
                if (pick == v && sentence_subject(c, c->v[k - 1].at, &m)) {
                    attach(c, q, &m, v->at, resolve(c, &m), v->at, item);
                    return true;
                }
            }
        } else if (item > v->at + 5 && !opens_clause_before(s, v->at, item) &&
                   !(v->at > 0 && low_is(&s->w[v->at - 1], "who")) &&
                   (reporter = reporter_of(c, k)) >= 0 && c->v[reporter].entity >= 0) {
            /* "He said Xi clearly stated China's principles on the relations in a “timely
             * and important” call": words far from a reported verb are the reporter's
             * description of what was said ("He said Xi warned Tokyo against “...”" keeps
             * them Xi's, and so does a clause of Xi's own: "said Xi told Zhang that the
             * peninsula “...”"; a relative clause is reported by no one: "responded to X,
             * who accused Y of ... “...”" is X's) */
            pick = &c->v[reporter];
        } else if (v->subj.kind == MK_PRONOUN && low_is(&s->w[v->subj.lo], "it") &&
                   v->entity < 0 && k > 0) {
            /* "X criticized ..., stating that it has encouraged ... “...”": an "it" that
             * is no organization is what X speaks of; X, the reporter, speaks */
            const sverb_t *o = &c->v[k - 1];
            mention_t m;
            if (o->subj.kind && o->entity >= 0) {
                pick = o;
            } else if (o->ing && !o->subj.kind && sentence_subject(c, o->at, &m)) {
                attach(c, q, &m, v->at, resolve(c, &m), v->at, item);
                return true;
            }
        }
        /* the speaker is the picked verb's subject; the frame keeps the nearest verb, the
         * one that reports this quotation ("... and warned: “...”") */
        size_t lo = pick->subj.kind && pick->subj.lo < pick->at ? pick->subj.lo : pick->at;
        if (pick != v)
            lo = v->at; /* the frame is how this quote is reported: "..., calling it" */
        attach(c, q, pick->subj.kind ? &pick->subj : NULL, v->at, pick->entity, lo, item);
        return true;
    }
    /* "a warning by Admiral Jo Park that ...", "a statement from the embassy" */
    if (speech_noun_by(c, 0, item, &author, &author_noun)) {
        attach(c, q, &author, NONE, resolve(c, &author), author_noun, author.hi);
        return true;
    }
    /* "According to the ministry, “...”"; "In her opinion, X “...”" */
    mention_t source;
    size_t source_at;
    if (named_source(c, item, &source, &source_at)) {
        attach(c, q, &source, NONE, resolve(c, &source), source_at, source.hi);
        return true;
    }
    return false;
}

/* "“so bold, so brazen,” that it threatens the order": a clause opened by "that" or "which"
 * right after the quotation at `item` says what the words describe, and a verb of it (word
 * `at`, no comma before it) reports nothing of them; "“a naked aggression” that must be
 * condemned, Woodward added" is still Woodward's. */
static bool in_describing_clause(const sentence_t *s, size_t item, size_t at)
{
    const qword_t *next = item + 1 < s->n ? &s->w[item + 1] : NULL;
    if (!next || !is_word(next) || !(low_is(next, "that") || (next->cls & QW_RELATIVE)))
        return false;
    for (size_t k = item + 2; k < at; k++)
        if (is_brk(&s->w[k], ','))
            return false;
    return true;
}

/* "A spokesman had “no confirmation” and X would only say: “...”": whether verb v's subject
 * opens a clause joined after the quotation at `item`, whose verb reports that clause's words
 * only. */
static bool in_joined_clause(const sentence_t *s, size_t item, const sverb_t *v)
{
    if (!v->subj.kind || v->inverted || v->subj.lo <= item + 1 || v->subj.lo > v->at)
        return false;
    const qword_t *join = &s->w[v->subj.lo - 1], *before = &s->w[v->subj.lo - 2];
    /* (not the "and" of a name: "Security and Defense Council Secretary X said") */
    return is_word(join) && (and_or(join) || low_is(join, "but") || low_is(join, "while")) &&
           !(is_word(before) && before->cap);
}

/* "“Tehran accuses Kabul of ...” while Afghanistan denies the accusations, France Inter said.":
 * words that open the sentence as its main clause, a clause joined after them with its own
 * verb, and a credit after a comma that ends the sentence: the credit's, from verb k on. */
static bool final_credit(sctx_t *c, squote_t *q, size_t k)
{
    const sentence_t *s = c->s;
    for (; k < c->nv; k++) {
        const sverb_t *v = &c->v[k];
        if (v->think || !v->subj.kind || v->inverted || v->subj.hi != v->at ||
            v->subj.lo < 2 || !is_brk(&s->w[v->subj.lo - 1], ',') || !bare_after(s, v->at + 1))
            continue;
        attach(c, q, &v->subj, v->at, v->entity, v->subj.lo, clause_end(s, v->at + 1));
        return true;
    }
    return false;
}

/* Whether the participle at `at`, with its agent after it, describes the noun right before it
 * ("the plan for the ceasefire in Gaza announced by the president"), a noun after the
 * quotation at word `item`: no "was", no comma, no quotation mark between. */
static bool participle_describes_noun(const sentence_t *s, size_t item, size_t at)
{
    size_t k = at;
    while (k > item + 1 && skippable(&s->w[k - 1]))
        k--;
    if (k <= item + 1)
        return false;
    const qword_t *before = &s->w[k - 1];
    return is_word(before) && !be_form(before) && !modal(before) && !(before->cls & QW_SPEECH);
}

/* Whether word `item` is in a clause of concession that opens the sentence ("While ...",
 * "Although ..."), set off by a comma before word `lo`. */
static bool in_opening_concession(const sentence_t *s, size_t item, size_t lo)
{
    if (!is_word(&s->w[0]) ||
        !(low_is(&s->w[0], "while") || low_is(&s->w[0], "although") ||
          low_is(&s->w[0], "though") || low_is(&s->w[0], "whereas")))
        return false;
    for (size_t i = 1; i < lo; i++)
        if (is_brk(&s->w[i], ','))
            return i > item;
    return false;
}

/* Sieve 4: a reporting verb later in the same sentence. */
static bool sieve_later(sctx_t *c, squote_t *q)
{
    for (size_t k = 0; k < c->nv; k++) {
        const sverb_t *v = &c->v[k];
        if (v->at <= q->item || v->think || !v->subj.kind)
            continue;
        /* "“We support ...” the plan announced by the president": the plan's, not the words' */
        if (v->agent && participle_describes_noun(c->s, q->item, v->at))
            continue;
        size_t lo = v->subj.lo < v->at ? v->subj.lo : v->at;
        if (in_describing_clause(c->s, q->item, lo))
            continue;
        if (in_joined_clause(c->s, q->item, v))
            return q->item == 0 && final_credit(c, q, k + 1);
        /* "While X and Y are “on the same page”, they disagree on ..., Guzman said": the
         * opening clause's words are the final credit's, the main clause's verb part of
         * what it reports */
        if (in_opening_concession(c->s, q->item, lo) && final_credit(c, q, k + 1))
            return true;
        attach(c, q, &v->subj, v->at, v->entity, lo, clause_end(c->s, v->at + 1));
        return true;
    }
    return false;
}

/* "These sanctions reveal US “hostile” policies towards Iran, said Mousavi": a reporting verb
 * set off by a comma later in the sentence credits words whose verb before them has no one
 * for a subject ("These sanctions reveal"). */
static void credit_after_comma(sctx_t *c, squote_t *q)
{
    const sentence_t *s = c->s;
    for (size_t k = 0; k < c->nv; k++) {
        const sverb_t *v = &c->v[k];
        if (v->at <= q->item || v->think || !v->subj.kind || v->entity < 0)
            continue;
        const size_t lo = v->subj.lo < v->at ? v->subj.lo : v->at;
        if (lo > q->item + 1 && is_brk(&s->w[lo - 1], ','))
            attach(c, q, &v->subj, v->at, v->entity, lo, clause_end(s, v->at + 1));
        return;
    }
}

/* The word after a person's apposition that starts at `at` ("Lena Ovic, leader of the
 * Civic Front, was"), before `limit`: at itself when no apposition of a few words starts
 * there. */
static size_t past_apposition(const sentence_t *s, size_t at, size_t limit)
{
    if (at + 1 >= limit || !is_brk(&s->w[at], ','))
        return at;
    size_t k = at + 1;
    while (k + 1 < limit && k < at + 14 && is_word(&s->w[k]))
        k++;
    return k + 1 < limit && is_brk(&s->w[k], ',') ? k + 1 : at;
}

/* "Sergey Lavrov, Foreign Minister of Russia: “...”": a name that opens the sentence, a comma
 * and a title of a few words up to the colon, as a transcript or a roundup heads words. */
static bool titled_heading(const sentence_t *s, const mention_t *m, size_t colon)
{
    if (m->lo != 0 || m->hi + 2 > colon || colon - m->hi > 8 || !is_brk(&s->w[m->hi], ','))
        return false;
    bool title = false;
    for (size_t k = m->hi + 1; k < colon; k++) {
        if (!is_word(&s->w[k]) || (s->w[k].cls & (QW_SPEECH | QW_PRONOUN)))
            return false;
        title = title || (s->w[k].cls & (QW_TITLE | QW_ROLE));
    }
    return title;
}

/* Whether the last speaker's report goes on in the sentence being read: words were given to
 * someone in the sentence before (not the headline's) or earlier in this one. */
static bool report_goes_on(const entities_t *ents)
{
    return ents->last_speaker >= 0 && ents->quoted_in > 1 &&
           ents->sentences - ents->quoted_in <= 1;
}

/* A crowd speaks only through a verb of speech ("the crowd chanted: “...”", "the crowd
 * shouted “Shame”"): "The crowd was large: “...”" describes it, and the words are the
 * observer's. Whether mention m is a crowd and the word at `verb` no verb of speech. */
static bool crowd_without_speech(const sentence_t *s, const mention_t *m, size_t verb)
{
    const qword_t *head = &s->w[m->name_hi - 1];
    return m->kind == MK_ORG && (low_is(head, "crowd") || low_is(head, "crowds")) &&
           (verb >= s->n || !(s->w[verb].cls & QW_SPEECH));
}

/* Sieve 5: "Maria Zakharova dismissed the protest on Telegram: «...»" with no verb the rules
 * know: the subject of a sentence that ends in a colon before the quote. */
static bool sieve_colon(sctx_t *c, squote_t *q)
{
    const sentence_t *s = c->s;
    if (q->item == 0 || !is_brk(&s->w[q->item - 1], ':'))
        return false;
    /* a transcript's question ("Question: “...”", "Q: ..."): asked by someone unnamed, and
     * not the last speaker's words, which the answer's "Marsh:" gives again */
    if (q->item == 2 && is_word(&s->w[0]) &&
        stance__quote_list_has(&c->r->question_labels, s->w[0].low)) {
        attach(c, q, NULL, NONE, -1, 1, 1);
        return true;
    }
    mention_t m;
    /* "Quote from Kuleba: “...”", as some outlets label a quotation: the name after "from" */
    if (q->item >= 4 && is_word(&s->w[0]) &&
        stance__quote_list_has(&c->r->quote_labels, s->w[0].low) && is_word(&s->w[1]) &&
        (low_is(&s->w[1], "from") || low_is(&s->w[1], "of") || low_is(&s->w[1], "by")) &&
        stance__mention_starting(s, 2, q->item - 1, &m) && m.hi == q->item - 1 &&
        (m.kind == MK_PERSON || m.kind == MK_TITLE || m.kind == MK_ORG)) {
        attach(c, q, &m, NONE, resolve(c, &m), m.lo, m.hi);
        return true;
    }
    if (!sentence_subject(c, q->item - 1, &m) || m.kind == MK_PRONOUN)
        return false;
    if (m.kind == MK_TITLE) {
        /* "Saudi foreign minister: ‘...’": a headline's title, all that stands before the
         * colon (a headline drops the article; the story names its holder later) */
        if (m.lo != 0 || m.hi != q->item - 1 || m.indefinite)
            return false;
        m.definite = true;
        attach(c, q, &m, NONE, resolve(c, &m), m.lo, m.hi);
        return true;
    }
    /* the subject must be followed by a plain word (a verb), not be the whole clause; but a
     * person's name alone before the colon is the headline's way to say who said it
     * ("Iran's Javad Zarif: ‘...’"), and so is a country's or a body's opening it */
    bool headline = (m.kind == MK_PERSON &&
                     (m.hi == q->item - 1 || titled_heading(s, &m, q->item - 1))) ||
                    (m.kind == MK_ORG && m.lo == 0 && m.hi == q->item - 1); /* "Eritrea: ‘...’" */
    /* past an apposition: "Lena Ovic, leader of the Civic Front, was among the first to hail
     * the result: “...”" */
    size_t verb = headline || m.kind != MK_PERSON ? m.hi : past_apposition(s, m.hi, q->item);
    if (!headline && (verb >= q->item - 1 || !is_word(&s->w[verb]) || s->w[verb].cap ||
                      (s->w[verb].cls & (QW_PREP | QW_DET | QW_CONNECTOR))))
        return false; /* nor a preposition: "Highlights of the year: “...”" */
    if (crowd_without_speech(s, &m, verb))
        return false;
    attach(c, q, &m, NONE, resolve(c, &m), m.lo, m.hi);
    return true;
}

/* Sieve 5a: a headline that names its speaker before a colon and quotes a word or two of the
 * statement after it ("FM Shoukry: Attempts to distort Egyptian stance on Rafah crossing
 * “unacceptable”", "Lavrov: Western plans are “doomed”"): the text's first sentence, with
 * no stop at its end and no reporting verb after the colon; the words before the colon are
 * all one person's name or title. */
static bool sieve_headline_colon(sctx_t *c, squote_t *q)
{
    const sentence_t *s = c->s;
    if (c->ents->sentences != 1 || !s->para_start || q->item < 3 ||
        is_brk(&s->w[s->n - 1], '.'))
        return false;
    size_t colon = NONE;
    for (size_t i = 1; i + 1 < q->item; i++)
        if (is_brk(&s->w[i], ':')) {
            colon = i;
            break;
        }
    if (colon == NONE || colon > 6 || !is_word(&s->w[0]) ||
        stance__quote_list_has(&c->r->non_speaker_labels, s->w[0].low) ||
        stance__quote_list_has(&c->r->question_labels, s->w[0].low) ||
        stance__quote_list_has(&c->r->answer_labels, s->w[0].low))
        return false; /* "Update: ...", "Analysis: ..." */
    for (size_t k = 0; k < c->nv; k++)
        if (c->v[k].at > colon)
            return false;
    mention_t m;
    if (!stance__mention_starting(s, 0, colon, &m) || m.lo != 0 || m.hi != colon ||
        (m.kind != MK_PERSON && m.kind != MK_TITLE) || m.indefinite)
        return false;
    if (m.kind == MK_TITLE)
        m.definite = true;
    attach(c, q, &m, NONE, resolve(c, &m), m.lo, m.hi);
    return true;
}

/* Sieve 5b: a headline or a crosshead that puts the quoted words right after who said them,
 * with no verb and no final stop ("Putin ‘ready for talks’ with Kyiv", "Dendias ‘understands
 * Ankara's annoyance’"): the name that opens it. */
static bool sieve_headline_name(sctx_t *c, squote_t *q)
{
    const sentence_t *s = c->s;
    if (c->nv != 0 || q->item == 0 || q->raw.continues || q->raw.unclosed || q->raw.goes_on)
        return false;
    const qword_t *end = &s->w[s->n - 1];
    if (is_brk(end, '.') || is_brk(end, '!') || is_brk(end, '?') || is_brk(end, ':'))
        return false;
    mention_t m;
    /* (or a comma between, as Italian copy writes it: "Netanyahu, “Timed truce ...”") */
    if (!opening_speaker(s, q->item, &m) &&
        !(q->item >= 2 && is_brk(&s->w[q->item - 1], ',') &&
          opening_speaker(s, q->item - 1, &m) && m.kind == MK_PERSON && s->para_start &&
          q->item + 1 == s->n))
        return false;
    attach(c, q, &m, NONE, resolve(c, &m), m.lo, m.hi);
    return true;
}

/* Sieve 5c: a headline in Title Case that quotes after its reporting verb ("Moscow Accuses
 * Tbilisi of ‘Open Aggression’", "Trump Calls Trudeau ‘Weak’"): the words before the verb
 * said them. */
static bool sieve_headline_verb(sctx_t *c, squote_t *q)
{
    const sentence_t *s = c->s;
    const size_t verb = headline_verb(s, q->item);
    mention_t m;
    if (verb == NONE || !opening_speaker(s, verb, &m))
        return false;
    attach(c, q, &m, NONE, resolve(c, &m), m.lo, m.hi);
    return true;
}

/* Whether quotation q is all the sentence holds: no word, nor another quotation, outside it. */
static bool quotation_alone(const sentence_t *s, const squote_t *q)
{
    for (size_t i = 0; i < s->n; i++)
        if (i != q->item && s->w[i].type != QT_BREAK)
            return false;
    return true;
}

/* Sieve 6: a sentence with no reporting verb the rules know, whose subject opens it and whose
 * predicate quotes words ("The Tarsian government has blamed the advance on «...»", "He
 * cannot accept a policy that protects “...”"): the subject's words, as no one else is
 * named to have said them. */
static bool sieve_subject(sctx_t *c, squote_t *q)
{
    const sentence_t *s = c->s;
    if (q->item < 2 || q->raw.continues || q->raw.unclosed || q->raw.goes_on)
        return false;
    /* no reporting verb, but those of a clause that describes the quoted words */
    for (size_t k = 0; k < c->nv; k++)
        if (c->v[k].at < q->item || !(in_describing_clause(s, q->item, c->v[k].at) ||
                                      in_joined_clause(s, q->item, &c->v[k])))
            return false;
    /* "France is seeking “ad hoc partnerships” to ..., according to a French official": the
     * source the sentence gives after the words said them (a news outlet only relays) */
    mention_t source;
    size_t source_at;
    if (named_source(c, s->n, &source, &source_at) && source_at > q->item &&
        source.kind != MK_PRONOUN && !names_outlet(c, &source)) {
        attach(c, q, &source, NONE, resolve(c, &source), source.lo, source.hi);
        return true;
    }
    /* "Israel must “put a stop to attempts ...”": what the subject must or should do is the
     * demand of the one speaking (the last speaker goes on), not the subject's words */
    if (is_word(&s->w[q->item - 1]) &&
        (low_is(&s->w[q->item - 1], "must") || low_is(&s->w[q->item - 1], "should")))
        return false;
    mention_t m;
    if (!sentence_subject(c, q->item, &m) || m.hi >= q->item ||
        (m.kind == MK_PRONOUN && be_form(&s->w[m.hi])) || /* "It was a statement that" */
        !(m.kind == MK_PERSON || m.kind == MK_ORG || m.kind == MK_TITLE ||
          m.kind == MK_PRONOUN))
        return false;
    /* "Masayuki Masuda, head of the China Division, sees no alternative but “...”"; "Marcos
     * on Monday ruled out ... “offensive” equipment": past a time between subject and verb */
    /* a time only, not the auxiliaries of a passive ("was told") */
    const size_t at = stance__skip_time(
        s, m.kind == MK_PERSON ? past_apposition(s, m.hi, q->item) : m.hi, q->item);
    /* "Foreign Minister X, on a question about the base, “...”": an aside between commas,
     * then the words, as translated copy leaves out the verb */
    if (m.kind == MK_PERSON && m.hi + 2 < q->item && q->item - m.hi <= 16 &&
        is_brk(&s->w[m.hi], ',') && is_brk(&s->w[q->item - 1], ',')) {
        bool aside = true;
        for (size_t k = m.hi + 1; k + 1 < q->item; k++)
            aside = aside && is_word(&s->w[k]);
        if (aside) {
            attach(c, q, &m, NONE, resolve(c, &m), m.lo, m.hi);
            return true;
        }
    }
    if (crowd_without_speech(s, &m, at))
        return false;
    /* "The ISPR said ... Troops carried out an operation and “effectively engaged” the
     * site": a bare plural opening the sentence ("Troops", "Soldiers": no article, one
     * word) in the paragraph of, and right after, a sentence whose words the last speaker
     * was given is what the report tells of; the report goes on (below) */
    const qword_t *head = &s->w[m.name_hi - 1];
    if (!s->para_start && (m.kind == MK_ORG || m.kind == MK_TITLE) && m.lo == 0 &&
        m.name_lo == 0 && m.name_hi == 1 && head->lead && ends_with(head, "s", 0) &&
        report_goes_on(c->ents))
        return false;
    /* "Heightened tensions were evident ... shouts of “...”": a participle opening the
     * sentence before its noun is no one ("Almagro qualifies as “...”" is someone) */
    const qword_t *verb = &s->w[at];
    if (!is_word(verb) || verb->cap ||
        (verb->cls & (QW_PREP | QW_DET | QW_CONNECTOR | QW_RELATIVE)) ||
        (lone_opening_word(c, &m, at) &&
         (ends_with(&s->w[m.name_lo], "ed", 3) || ends_with(&s->w[m.name_lo], "ing", 3))))
        return false;
    /* the passive: "The Tarsian envoy was also told that “...”" heard the words; whoever
     * issued the statement being reported told him, else nobody the text names; and one
     * "asked" (an adverb of time may come between: "was then asked if ...") heard a
     * question, whose words are the asker's, no one named */
    if (be_form(verb)) {
        size_t k = at + 1;
        while (k < q->item && passive_adverb(&s->w[k]))
            k++;
        if (k < q->item && is_word(&s->w[k]) &&
            (past_form(&s->w[k]) || (s->w[k].cls & QW_SPEECH))) { /* "told", "informed" */
            const bool asked = low_is(&s->w[k], "asked") || low_is(&s->w[k], "questioned");
            attach(c, q, NULL, NONE, asked ? -1 : c->ents->doc_author, q->item, q->item);
            return true;
        }
    }
    attach(c, q, &m, NONE, resolve(c, &m), m.lo, m.hi);
    return true;
}

/* A split quotation: “We will respond,” he said, “with force.” The second piece follows the
 * attribution clause and a comma, with no other reporting verb between. */
static void merge_split(sctx_t *c, size_t qi)
{
    sentence_t *s = c->s;
    squote_t *a = &s->q[qi];
    if (a->raw.inner != ',' || !a->attributed || a->verb == NONE || a->verb < a->item ||
        qi + 1 >= s->nq)
        return;
    squote_t *b = &s->q[qi + 1];
    /* words quoted inside the reporter's sentence, then a sentence of the speaker's own ("a
     * proposal to challenge it with “constitutional amendments,” An said, “Any attempt ...
     * will be unsuccessful.”"): two quotations, since the second opens with a capital; the
     * words go on only in lower case ("friendly “with respect to trade,” Ruiz said, “we will
     * always assert our rights.”") */
    if (a->item > 0 && s->w[a->item - 1].type != QT_BREAK && b->raw.start < c->t->n &&
        b->raw.start < b->raw.end && c->t->s[b->raw.start] >= 'A' && c->t->s[b->raw.start] <= 'Z')
        return;
    if ((b->flags & STANCE_QUOTE_TERM) || b->item < 2 || !is_brk(&s->w[b->item - 1], ',') ||
        b->item - a->item > 16 || b->raw.continues || a->raw.goes_on)
        return;
    for (size_t i = a->item + 1; i + 1 < b->item; i++) {
        if (s->w[i].type == QT_QUOTE || stance__qword_ends_sentence(&s->w[i]))
            return;
        if (i != a->verb && verb_index(c, i) >= 0)
            return;
    }
    a->more = (int)(qi + 1);
    a->flags |= STANCE_QUOTE_SPLIT;
    b->merged = true;
}

/* "Vanta's Foreign Ministry issued a statement condemning ...": its subject is the author of
 * the next "the statement" (issued, released, published or posted, a few words before the
 * document word). */
static void note_document_author(sctx_t *c)
{
    const sentence_t *s = c->s;
    /* "X in a statement said", "X said in a statement on Monday": X is the author the
     * statement's words are quoted for next */
    for (size_t k = 0; k < c->nv; k++) {
        const sverb_t *v = &c->v[k];
        if (v->entity < 0)
            continue;
        size_t lo = v->subj.kind && !v->inverted && v->subj.hi < v->at ? v->subj.hi : v->at;
        size_t hi = v->at + 6 < s->n ? v->at + 6 : s->n;
        /* (past the one told: "told The Daily Courier in an emailed statement") */
        size_t told = v->at + 1;
        while (told < s->n && told < v->at + 5 && is_word(&s->w[told]) && s->w[told].cap)
            told++;
        if (told > v->at + 1 && tells_someone(&s->w[v->at]))
            hi = told + 4 < s->n ? told + 4 : s->n;
        /* (one quoted "in the statement" another issued is no author of it: "Pevkur
         * emphasised in the statement" of the ministry's spokesperson) */
        for (size_t i = lo; i + 2 < hi; i++)
            if (document_adjunct_end(s, i, hi) != NONE &&
                !(low_is(&s->w[i + 1], "the") && c->ents->doc_author >= 0))
                c->ents->doc_author = v->entity;
    }
    /* "The committee did not say in Friday's announcement whether ...": a denied verb
     * reports nothing, but its subject issued the document it names */
    for (size_t i = 2; i + 3 < s->n; i++) {
        const qword_t *w = &s->w[i];
        if (!is_word(w) || w->cap || !(w->cls & QW_SPEECH) || !negates(&s->w[i - 1]) ||
            document_adjunct_end(s, i + 1, s->n) == NONE)
            continue;
        size_t end = i - 1;
        if (auxiliary(&s->w[end - 1]))
            end--;
        mention_t m;
        if (stance__mention_ending(s, 0, end, &m) && m.hi == end &&
            (m.kind == MK_PERSON || m.kind == MK_ORG || m.kind == MK_TITLE)) {
            const int id = resolve(c, &m);
            if (id >= 0)
                c->ents->doc_author = id;
        }
    }
    /* "in a letter from Water Secretary Leena Rao", "a note by the ministry": the author of
     * the document the article goes on to quote */
    for (size_t i = 0; i + 2 < s->n; i++) {
        const qword_t *w = &s->w[i];
        if (!is_word(w) || w->cap || !(w->cls & QW_DOC))
            continue;
        size_t by = i + 1; /* "a statement issued by X", "a letter signed by X" */
        if (by + 2 < s->n && is_word(&s->w[by]) && !s->w[by].cap && past_form(&s->w[by]))
            by++;
        /* (and "of" right after the document: "a joint statement of the two countries") */
        if (!(low_is(&s->w[by], "from") || low_is(&s->w[by], "by") ||
              (by == i + 1 && low_is(&s->w[by], "of"))))
            continue;
        mention_t m;
        if (stance__mention_starting(s, by + 1, s->n, &m) && m.lo == by + 1 &&
            (m.kind == MK_PERSON || m.kind == MK_ORG || m.kind == MK_TITLE)) {
            int id = resolve(c, &m);
            if (id >= 0)
                c->ents->doc_author = id;
        }
    }
    for (size_t i = 1; i + 1 < s->n; i++) {
        const qword_t *w = &s->w[i];
        if (!is_word(w) || w->cap || !stance__quote_list_has(&c->r->issuing_verbs, w->low))
            continue;
        size_t k = i + 1;
        while (k < s->n && k < i + 4 && is_word(&s->w[k]) && !s->w[k].cap &&
               !(s->w[k].cls & QW_DOC))
            k++;
        if (k >= s->n || !is_word(&s->w[k]) || s->w[k].cap || !(s->w[k].cls & QW_DOC))
            continue;
        /* "made no statement", "did not issue a statement": none was issued */
        bool none = i > 0 && negates(&s->w[i - 1]);
        for (size_t d = i + 1; d < k; d++)
            none = none || low_is(&s->w[d], "no");
        if (none)
            continue;
        mention_t m;
        size_t end = stance__skip_back(s, 0, i);
        if (stance__mention_ending(s, 0, end, &m) &&
            (m.kind == MK_PERSON || m.kind == MK_ORG || m.kind == MK_TITLE)) {
            int id = resolve(c, &m);
            if (id >= 0) {
                c->ents->doc_author = id;
                /* a person who issues a statement has spoken: the next "he said" is theirs,
                 * whoever spoke before in the sentence */
                if (m.kind != MK_ORG)
                    stance__entity_spoke(c->ents, id);
            }
        }
        return;
    }
}

/* "Asked whether X had erred, and whether Y ..., she said": a sentence opened by what
 * someone was asked ends that opening at the last comma before the first reporting verb
 * after a comma (or at its first comma when none follows; a verb before the first comma is
 * the question's: "Asked about Dane's attack, ..."); 0 when the sentence opens otherwise. */
static size_t asked_opener_end(const sctx_t *c)
{
    const sentence_t *s = c->s;
    if (s->n < 3 || !is_word(&s->w[0]) ||
        !(low_is(&s->w[0], "asked") || low_is(&s->w[0], "pressed") ||
          low_is(&s->w[0], "questioned") || low_is(&s->w[0], "quizzed")))
        return 0;
    size_t first_comma = 0;
    for (size_t i = 1; i < s->n && !first_comma; i++)
        if (is_brk(&s->w[i], ','))
            first_comma = i;
    if (!first_comma)
        return 0;
    size_t verb = s->n;
    for (size_t k = 0; k < c->nv && verb == s->n; k++)
        if (c->v[k].at > first_comma)
            verb = c->v[k].at;
    if (verb == s->n)
        return first_comma;
    size_t end = first_comma;
    for (size_t i = first_comma + 1; i < verb; i++)
        if (is_brk(&s->w[i], ','))
            end = i;
    return end;
}

/* The earlier reporting verb of the sentence whose clause verb k is in ("The minister revealed
 * that Algeria refuses ...", "he said both Modi and Xi had acknowledged ..."), or -1. */
static int reporter_of(const sctx_t *c, size_t k)
{
    const sentence_t *s = c->s;
    const sverb_t *v = &c->v[k];
    if (!v->subj.kind || v->subj.lo == 0 || v->inverted)
        return -1;
    /* (also "..., as Bolivia had argued": a clause of comparison inside the report, whose
     * subject spoke before, not now) */
    const bool that = low_is(&s->w[v->subj.lo - 1], "that") ||
                      (low_is(&s->w[v->subj.lo - 1], "as") && v->subj.lo >= 2 &&
                       is_brk(&s->w[v->subj.lo - 2], ','));
    /* an earlier reporting verb with a subject, no quotation between it and this clause;
     * "that" may be left out ("he said both Modi and Xi had acknowledged"): then the subject
     * follows the verb within a few words, with no break between */
    for (size_t e = 0; e < k; e++) {
        const sverb_t *o = &c->v[e];
        if (o->think || !o->subj.kind || o->at >= v->subj.lo || o->inverted ||
            quotation_in(s, o->at + 1, v->subj.lo))
            continue;
        /* "AAP reports Dr Natalegawa condemned ...": an agency relays, and he spoke */
        if (!that && agency_reports(c, o))
            continue;
        /* (not "criticized Prime Minister X who said": the object, then its own clause) */
        bool close = v->subj.lo - o->at <= 4 &&
                     !(v->subj.hi < v->at && (s->w[v->subj.hi].cls & QW_RELATIVE));
        /* (a comma may follow the verb, as translated copy writes: "said, they had asked") */
        for (size_t i = o->at + 1; close && i < v->subj.lo; i++)
            close = is_word(&s->w[i]) || (i == o->at + 1 && is_brk(&s->w[i], ','));
        if (that || close)
            return (int)e;
    }
    return -1;
}

/* Is verb k inside what an earlier reporting verb reports, with no quotation of its own
 * ("The minister revealed that Algeria refuses to submit to actions that it strongly
 * condemns")? Its subject is what the report is about, not one who speaks: the quotations
 * that follow are still the minister's. */
static bool inside_report(const sctx_t *c, size_t k)
{
    return !quotation_in(c->s, c->v[k].at + 1, c->s->n) && reporter_of(c, k) >= 0;
}

/* Whether verb v's subject opens the sentence's main clause: its first word ("Mr. Arden also
 * revealed"), or the first after an opening phrase ("Regarding the spat, the foreign
 * minister rejected"). */
static bool opens_main_clause(sctx_t *c, const sverb_t *v)
{
    if (c->s->w[v->subj.lo].lead)
        return true;
    mention_t m;
    return !v->inverted && sentence_subject(c, v->at, &m) && m.lo == v->subj.lo;
}

/* "“...,” Abdullayeva cited the Azerbaijani president as saying. “...,” she stressed.": a
 * person who quotes another in a briefing goes on speaking after the sentence; the one quoted
 * keeps the words (an agency that quotes someone only relays, and the next "he" is the one
 * it quoted). */
static void citer_keeps_the_floor(sctx_t *c)
{
    entities_t *ents = c->ents;
    for (size_t k = 0; k < c->nv; k++) {
        const sverb_t *v = &c->v[k];
        if (!v->by_obj || v->entity < 0 || v->entity != ents->last_speaker || v->inverted ||
            v->subj.kind != MK_PERSON)
            continue;
        const int citer = resolve(c, &v->subj);
        if (citer >= 0 && citer != v->entity && ents->e[citer].kind == MK_PERSON)
            stance__entity_spoke(ents, citer);
        return;
    }
}

/* "After a senior official claimed the offer was a “mirage”, Mr Varn stressed the need for
 * realism. “We want a deal,” he said.": a clause that opens the sentence with a subordinator
 * and quotes someone, then the main clause after its comma or dash, whose subject reports:
 * that subject is the sentence's centre and goes on in the next sentence (as the main
 * clause's subject does before "after X said", main_subject_goes_on). */
static void main_clause_after_opening(sctx_t *c)
{
    const sentence_t *s = c->s;
    entities_t *ents = c->ents;
    const int last = ents->last_speaker;
    if (last < 0 || s->n == 0 || !is_word(&s->w[0]) || !subordinator(&s->w[0]))
        return;
    for (size_t k = 0; k < c->nv; k++) {
        const sverb_t *v = &c->v[k];
        if (v->entity < 0 || v->inverted || v->subj.lo < 2 ||
            !(v->subj.kind == MK_PERSON || v->subj.kind == MK_TITLE) ||
            !(is_brk(&s->w[v->subj.lo - 1], ',') || is_brk(&s->w[v->subj.lo - 1], '-')))
            continue;
        if (v->entity == last)
            return;
        bool quoted_before = false; /* the last speaker's words are the opening clause's */
        for (size_t qi = 0; qi < s->nq; qi++) {
            if (s->q[qi].entity != last)
                continue;
            if (s->q[qi].item > v->subj.lo)
                return;
            quoted_before = true;
        }
        if (quoted_before)
            stance__entity_spoke(ents, v->entity);
        return;
    }
}

/* "Kim Yo-jong made the criticism in a statement after Moon said that any action is
 * “undesirable”. She said ...": the person who spoke last did so in a subordinate clause
 * ("after X said", "when X told reporters") of a sentence another person opened; the next
 * "he" or "she" means first the main clause's subject, who stays the sentence's centre. Only
 * the pronoun's first choice moves: the subordinate speaker keeps the quotation. */
static void main_subject_goes_on(sctx_t *c)
{
    const sentence_t *s = c->s;
    entities_t *ents = c->ents;
    const int spoke = ents->last_person;
    if (spoke < 0)
        return;
    for (size_t k = 0; k < c->nv; k++) {
        const sverb_t *v = &c->v[k];
        if (v->entity != spoke || v->inverted || v->subj.kind != MK_PERSON || v->subj.lo < 2 ||
            !is_word(&s->w[v->subj.lo - 1]) || !subordinator(&s->w[v->subj.lo - 1]))
            continue;
        const uint64_t from = s->w[0].start, to = s->w[v->subj.lo - 1].start;
        for (int i = 0; i < ENTITIES; i++) {
            const entity_t *e = &ents->e[i];
            if (i != spoke && e->used && e->kind == MK_PERSON && e->named &&
                e->lead_seen > from && e->lead_seen <= to) {
                ents->last_person = i;
                return;
            }
        }
    }
}

/* After a sentence, who goes on speaking in the next: the reporter of its main clause, the
 * subject that opened it, keeps the floor over a speaker inside what it reports.
 * - A report within the report: "Ardent revealed that his counterpart, Kron, had assured him
 *   that “...”": the quotation is Kron's, but the one who goes on in the next sentence ("He
 *   had, he told lawmakers, “...”") is Ardent, by name or title ("Regarding the spat, the
 *   foreign minister rejected criticism after a Lebanese minister called the war “futile”.
 *   “...,” he said"); a "said X" after the report is no report within it.
 * - Words quoted in a subordinate clause of what it says: "The Brazilian foreign ministry
 *   said in a statement that ... after Israel ... declared Lula “persona non grata”. “...,”
 *   it said." */
static void reporter_keeps_the_floor(sctx_t *c)
{
    const sentence_t *s = c->s;
    entities_t *ents = c->ents;
    const int last = ents->last_speaker;
    if (c->nv == 0 || c->v[0].entity < 0 || !c->v[0].subj.kind ||
        !opens_main_clause(c, &c->v[0]) || last < 0 || last == c->v[0].entity)
        return;
    const sverb_t *v0 = &c->v[0];
    bool keeps = false;
    if ((v0->subj.kind == MK_PERSON || v0->subj.kind == MK_TITLE) &&
        ents->e[last].kind == MK_PERSON)
        for (size_t k = 1; k < c->nv && !keeps; k++)
            keeps = c->v[k].entity == last && c->v[k].at > v0->at && !c->v[k].inverted;
    for (size_t qi = 0; qi < s->nq && !keeps; qi++) {
        if (s->q[qi].entity != last || s->q[qi].item <= v0->at)
            continue;
        for (size_t i = v0->at + 1; i < s->q[qi].item && !keeps; i++)
            keeps = is_word(&s->w[i]) && subordinator(&s->w[i]);
    }
    if (keeps)
        stance__entity_spoke(ents, v0->entity);
}

/* "..., according to Ambassador Jeremy Greenstock of the United Kingdom.": with no quotation
 * in the sentence, the source gave its content; the "he told reporters" after is that
 * source. The source of "according to" ends at its comma ("According to the president,
 * Njovu was injured" names the president, no president Njovu). */
static void source_has_spoken(sctx_t *c)
{
    const sentence_t *s = c->s;
    mention_t source;
    size_t at;
    if (s->nq != 0 || !named_source(c, s->n, &source, &at) ||
        (source.kind != MK_PERSON && source.kind != MK_TITLE))
        return;
    size_t comma = at;
    while (comma < s->n && !is_brk(&s->w[comma], ','))
        comma++;
    if (comma < source.hi && low_is(&s->w[at], "according") &&
        !(stance__mention_starting(s, at + 2, comma, &source) && source.hi == comma &&
          (source.kind == MK_PERSON || source.kind == MK_TITLE)))
        return;
    const int id = resolve(c, &source);
    if (id >= 0)
        stance__entity_spoke(c->ents, id);
}

/* Whether verb v is a passive of speech whose subject is what was said, right before its
 * be-form: "This was announced by X", "It was stated by X", "That was said by X". */
static bool content_announced(const sentence_t *s, const sverb_t *v)
{
    if (v->at < 2 || !be_form(&s->w[v->at - 1]) || !is_word(&s->w[v->at - 2]))
        return false;
    const qword_t *subj = &s->w[v->at - 2];
    return low_is(subj, "this") || low_is(subj, "it") || low_is(subj, "that");
}

/* Whether the words before word `item` are prose the rules read: one of them is in the rules'
 * words table (a text in a language the rules lack, "官房長官は「...」", has none). */
static bool rules_read(const sentence_t *s, size_t item)
{
    for (size_t i = 0; i < item; i++)
        if (is_word(&s->w[i]) && s->w[i].cls)
            return true;
    return false;
}

/* "“...”, the Russian Foreign Ministry believes.": a verb of thought whose subject stands right
 * after the quotation (and its comma) and that ends the sentence credits the words as "says"
 * would; elsewhere a verb of thought reports only a quotation right after it. */
static bool thinks_after_quote(const sentence_t *s, const sverb_t *v)
{
    if (!v->subj.kind || v->inverted || v->subj.hi != v->at || v->subj.lo == 0)
        return false;
    size_t before = v->subj.lo - 1;
    if (before > 0 && is_brk(&s->w[before], ','))
        before--;
    return s->w[before].type == QT_QUOTE && bare_after(s, v->at + 1);
}

void stance__sentence_attribute(sentence_t *s, const qtext_t *t, const quote_rules_t *r,
                                qcache_t *cache, entities_t *ents)
{
    sctx_t c;
    c.s = s;
    c.t = t;
    c.r = r;
    c.cache = cache;
    c.ents = ents;
    ents->sentences++;
    if (ents->sentences == 1 && s->para_start && title_case_headline(s))
        ents->headline_end = s->w[s->n - 1].start + s->w[s->n - 1].len;
    else if (ents->sentences == 1 && s->para_start && sentence_case_headline(s))
        ents->opener_end = s->w[0].start + s->w[0].len;
    c.nv = 0;
    c.noted = 0;
    c.skipped_to = NONE;
    for (size_t i = 0; i < s->n && c.nv < MAX_VERBS; i++) {
        if (!is_reporting_verb(&c, i))
            continue;
        sverb_t *v = &c.v[c.nv++];
        memset(v, 0, sizeof *v);
        v->at = i;
        v->ing = (s->w[i].cls & QW_ING) != 0;
        v->think = (s->w[i].cls & QW_THINK) != 0;
        v->entity = -1;
    }
    c.asked_end = asked_opener_end(&c);
    /* subjects, resolved in the order of the text so "he" sees who spoke before; a verb of
     * thought only when a quotation follows it at once */
    for (size_t k = 0; k < c.nv; k++) {
        sverb_t *v = &c.v[k];
        verb_subject(&c, v);
        if (wire_credit(s, v))
            v->subj.kind = MK_ORG;
        size_t next = v->at + 1;
        if (next < s->n && (low_is(&s->w[next], "that") || is_brk(&s->w[next], ':') ||
                            is_brk(&s->w[next], ',')))
            next++;
        bool reports = !v->think || (next < s->n && s->w[next].type == QT_QUOTE) ||
                       thinks_after_quote(s, v);
        /* "Foreign Minister Penny Wong speaking in Fiji. (Nine)": a photograph's caption, a
         * participle right after its subject in a sentence that quotes nothing, reports no
         * words */
        if (v->ing && s->nq == 0 && v->subj.kind && v->subj.hi == v->at)
            reports = false;
        /* "a toll confirmed by the defence ministry": an agent with no quotation of its own
         * has not spoken, and the "it" after is whom the sentence was about (an agency that
         * relays, "cited by the news agency", is read as before) */
        /* (but "This was announced by X", "It was stated by X": a passive whose subject is
         * what was said; X has spoken, and the "he said" after is X's) */
        if (v->agent && !relaying(&s->w[v->at]) && !content_announced(s, v)) {
            bool quoted = false;
            for (size_t qi = 0; qi < s->nq; qi++)
                quoted = quoted || agent_leads_to(s, v, s->q[qi].item);
            reports = reports && quoted;
        }
        size_t participle;
        v->by_obj = quoted_object(s, v->at, &v->obj, &participle);
        if (v->by_obj && reports) {
            v->entity = resolve(&c, &v->obj);
            if (v->entity >= 0)
                stance__entity_spoke(ents, v->entity);
        } else if (v->subj.kind && reports && !inside_report(&c, k)) {
            v->entity = -1;
            /* a person named for the first time may be the one known by a title only */
            if (!v->inverted && v->subj.kind == MK_PERSON) {
                note_names(&c, v->subj.lo);
                const bool remarks = made_the_remarks(s, v->at);
                v->entity = stance__entity_named_later(
                    ents, s, c.t, &v->subj, said_again(s, v->subj.hi, v->at) || remarks,
                    remarks);
            }
            if (v->entity < 0 && v->subj.kind == MK_PRONOUN)
                note_names(&c, v->subj.lo); /* who the sentence named before "he" */
            if (v->entity < 0)
                v->entity = resolve(&c, &v->subj);
            if (v->entity >= 0) {
                stance__entity_spoke(ents, v->entity);
                ents->spoke_by_doc = v->subj.kind == MK_DOC;
                learn_gender(s, v->at, &ents->e[v->entity]);
            }
        }
    }
    note_document_author(&c);
    for (size_t qi = 0; qi < s->nq; qi++) {
        squote_t *q = &s->q[qi];
        q->entity = -1;
        q->verb = NONE;
        q->more = -1;
        q->frame_lo = q->frame_hi = 0;
        memset(&q->mention, 0, sizeof q->mention);
        if (is_term(&c, qi))
            q->flags |= STANCE_QUOTE_TERM;
    }
    for (size_t qi = 0; qi < s->nq; qi++) {
        squote_t *q = &s->q[qi];
        if ((q->flags & STANCE_QUOTE_TERM) || q->merged)
            continue;
        char inner =
            (q->raw.unclosed && !q->raw.credited) || q->raw.goes_on ? '.' : q->raw.inner;
        bool look_after = inner == ',' || inner == 0 || inner == '?' || inner == '!';
        /* "X rejected as “...” his counterpart's remarks": the quotation completes the verb
         * before it, whose subject said it; what follows is the verb's object */
        if (look_after && completes_verb(&c, q))
            look_after = false;
        /* "In response to X's remarks that “...”, the spokesman said": the remarks' words are
         * X's (sieve 3 reads them), whatever follows */
        if (look_after && q->item > 0 && low_is(&s->w[q->item - 1], "that")) {
            mention_t owner;
            size_t noun;
            if (speech_noun_owner(&c, q->item, &owner, &noun))
                look_after = false;
        }
        /* "Another woman asked: “How can I live on?” The newspaper said ...": a question
         * (or a cry) that a verb with its subject and a colon opens is that subject's,
         * whatever verb follows */
        for (size_t k = 0; look_after && inner != ',' && inner != 0 && q->item >= 2 &&
                           is_brk(&s->w[q->item - 1], ':') && k < c.nv;
             k++)
            if (c.v[k].at == q->item - 2 && c.v[k].subj.kind != MK_NONE && !c.v[k].inverted)
                look_after = false;
        bool found = sieve_verb_inside(&c, q) || sieve_dash_credit(&c, q) ||
                     sieve_colon_credit(&c, q) ||
                     sieve_agent_after(&c, q) ||
                     (look_after && sieve_after_now(&c, q)) ||
                     (look_after && sieve_verbless_credit(&c, q)) ||
                     sieve_before(&c, q) ||
                     ((inner == ',' || inner == 0) && sieve_later(&c, q)) ||
                     sieve_colon(&c, q) || sieve_headline_colon(&c, q) ||
                     sieve_headline_name(&c, q) ||
                     sieve_headline_verb(&c, q) || sieve_subject(&c, q);
        if (found && q->entity < 0 && (inner == ',' || inner == 0))
            credit_after_comma(&c, q);
        /* "Those proposals must “respect the institutional architecture” of the EU.": words
         * quoted in the reporter's sentence, with no reporting verb and no one named to have
         * said them, go on from the last speaker, whose report the sentence continues; so
         * does a quotation that opens such a sentence of the same paragraph and runs on into
         * the reporter's words ("“...,” he said. “In 1959, ...,” which meant Cuba “...”") */
        const bool inside = q->item > 0 && rules_read(s, q->item);
        const bool opening = q->item == 0 && inner == ',' && !s->para_start;
        if (!found && (inside || opening) && c.nv == 0 && report_goes_on(ents)) {
            attach(&c, q, NULL, NONE, ents->last_speaker, q->item, q->item);
            found = true;
        }
        /* "The Chair of the Council, Minister X, was extremely satisfied with the outcome.
         * “We have managed to ...”": a sentence that is the quotation alone, credited to no
         * one, in the paragraph of a sentence that quoted nothing and that a person or a
         * body opened: that subject's words, as news gives a reaction and then the words */
        /* (not after the headline's sentence, nor one in which someone spoke: "X's conduct,
         * Danon said, had left no basis for trust. “...”" is Danon's, as read after) */
        if (!found && !s->para_start && quotation_alone(s, q) && ents->opener >= 0 &&
            ents->opener_sentence > 1 && ents->opener_sentence + 1 == ents->sentences &&
            ents->quoted_in + 1 < ents->sentences && ents->spoke_sentence + 1 < ents->sentences) {
            attach(&c, q, NULL, NONE, ents->opener, q->item, q->item);
            found = true;
        }
        if (found && q->entity >= 0) {
            stance__entity_spoke(ents, q->entity);
            ents->quoted_in = ents->sentences;
        }
        merge_split(&c, qi);
    }
    reporter_keeps_the_floor(&c);
    source_has_spoken(&c);
    main_subject_goes_on(&c);
    main_clause_after_opening(&c);
    citer_keeps_the_floor(&c);
    note_names(&c, s->n);
}

bool stance__dash_credit(const sentence_t *s, size_t i, mention_t *m)
{
    if (i >= s->n || !is_word(&s->w[i]) || !s->w[i].cap ||
        !stance__mention_starting(s, i, s->n, m) || m->lo != i ||
        !(m->kind == MK_PERSON || m->kind == MK_ORG || m->kind == MK_TITLE))
        return false; /* a title too: "– Syrian Foreign Ministry official, cited by SANA" */
    /* the credit is all there is: the sentence ends, or an apposition follows its comma */
    size_t after = m->hi;
    while (after < s->n && is_brk(&s->w[after], '.'))
        after++;
    return after == s->n || is_brk(&s->w[m->hi], ',');
}

/* Whether the words from i to the sentence's end add nothing to an attribution: time words
 * and adverbs, commas, and a source ("according to the AP"). */
static bool bare_after(const sentence_t *s, size_t i)
{
    for (; i < s->n; i++) {
        const qword_t *w = &s->w[i];
        if (is_brk(w, ',') || (is_brk(w, '.') && i + 1 == s->n))
            continue;
        if (low_is(w, "according") && i + 1 < s->n && low_is(&s->w[i + 1], "to"))
            return true;
        /* "said Wednesday as he laid out his plan": a clause of the moment, with the
         * speaker again for its subject */
        if ((low_is(w, "as") || low_is(w, "when") || low_is(w, "while")) && i + 1 < s->n &&
            is_word(&s->w[i + 1]) && (s->w[i + 1].cls & QW_PRONOUN))
            return true;
        if (!is_word(w) || !(w->cls & (QW_TIME | QW_SKIP | QW_PREP)) ||
            (w->cap && !(w->cls & QW_TIME)))
            return false; /* "said on Tuesday", not "said in Paris" */
    }
    return true;
}

/* "Ostrian Prime Minister Yoav Stern tweeted." or "Mara Lind, foreign minister of Vanta,
 * said, according to the AP.": an attribution that is the whole sentence, after a quotation
 * whose period ended its own. */
static bool bare_attribution(const sentence_t *s, mention_t *m)
{
    if (!stance__mention_starting(s, 0, s->n, m) || m->lo != 0 ||
        (m->kind != MK_PERSON && m->kind != MK_ORG))
        return false;
    size_t v = m->hi;
    if (v + 1 < s->n && is_brk(&s->w[v], ',') && (s->w[v + 1].cls & QW_SPEECH)) {
        v++; /* the apposition was the mention's: "Mara Lind, foreign minister of Vanta, said" */
    } else if (v < s->n && is_brk(&s->w[v], ',')) { /* an apposition: to its closing comma */
        size_t k = v + 1;
        while (k < s->n && k < v + 12 && is_word(&s->w[k]))
            k++;
        if (k >= s->n || !is_brk(&s->w[k], ','))
            return false;
        v = k + 1;
    }
    return v < s->n && is_word(&s->w[v]) && (s->w[v].cls & QW_SPEECH) && !s->w[v].cap &&
           !(s->w[v].cls & (QW_THINK | QW_ING | QW_LEMMA)) && bare_after(s, v + 1);
}

/* "“...” Tweeted Foreign Minister Mohamud Ali Yusuf": a verb of speech in the past, then the
 * speaker, and nothing more than when ("said X on Monday."), in a sentence of its own after
 * the quotation; in lower case, the credit of a quotation that closed with its period (“...
 * step.” said X), any form ("said", "says"). */
static bool bare_inverted_attribution(const sentence_t *s, mention_t *m)
{
    const qword_t *v = &s->w[0];
    if (s->n < 2 || !is_word(v) || !(v->cls & QW_SPEECH) || (!past_form(v) && v->cap) ||
        (v->cls & (QW_THINK | QW_ING | QW_LEMMA)) ||
        !stance__mention_starting(s, 1, s->n, m) || m->lo != 1 ||
        (m->kind != MK_PERSON && m->kind != MK_ORG && m->kind != MK_TITLE))
        return false;
    return bare_after(s, m->hi);
}

/* Whether the words from i on end a credit: nothing, or the time, or "speaking" and where. */
static bool credit_ends(const sentence_t *s, size_t i)
{
    if (i < s->n && is_word(&s->w[i]) && low_is(&s->w[i], "speaking"))
        i++;
    bool place = false; /* after "in" or "at": the place's name, known or not */
    for (; i < s->n; i++) {
        const qword_t *w = &s->w[i];
        if (is_brk(w, '.') || is_brk(w, ','))
            continue;
        if (!is_word(w) || !((w->cls & (QW_TIME | QW_PLACE)) || (place && w->cap) ||
                             low_is(w, "on") || low_is(w, "in") || low_is(w, "at") ||
                             low_is(w, "last") || low_is(w, "this")))
            return false;
        place = low_is(w, "in") || low_is(w, "at") || (place && w->cap);
    }
    return true;
}

int stance__sentence_names_speaker(const sentence_t *s, const qtext_t *t, entities_t *ents,
                                    mention_t *named)
{
    if (s->n >= 2 && (bare_attribution(s, named) || bare_inverted_attribution(s, named)))
        return stance__entity_resolve(ents, s, t, named);
    /* "-- Dravenian President Hamid Rostam" on the line after a quotation standing alone;
     * not "– Ivan Belov, deputy head of the committee:", which introduces the next one */
    if (s->n >= 2 && is_brk(&s->w[0], '-') && !is_brk(&s->w[s->n - 1], ':')) {
        size_t i = 0;
        while (i < s->n && is_brk(&s->w[i], '-'))
            i++;
        if (stance__dash_credit(s, i, named))
            return stance__entity_resolve(ents, s, t, named);
        return -1;
    }
    if (s->n < 4 || !is_word(&s->w[0]) || !is_word(&s->w[1]))
        return -1;
    const qword_t *w = s->w;
    const quote_rules_t *r = ents->rules;
    size_t at = NONE;
    const bool that_was = (low_is(&w[0], "that") || low_is(&w[0], "this") ||
                           low_is(&w[0], "such")) &&
                          (low_is(&w[1], "was") || low_is(&w[1], "is"));
    if (that_was && low_is(&w[2], "how")) {
        at = 3; /* That was how X described it; This is how X responded */
    } else if (that_was && s->n > 5 && low_is(&w[2], "the") && is_word(&w[3]) &&
               stance__quote_is_report_noun(r, w[3].low) &&
               (low_is(&w[4], "of") || low_is(&w[4], "from"))) {
        at = 5; /* That was the verdict of X */
    } else if ((w[0].cls & QW_DET) && stance__quote_is_report_noun(r, w[1].low) &&
               low_is(&w[2], "came")) {
        /* The warning came (on Tuesday, later) from X */
        for (size_t i = 3; i + 1 < s->n && i < 9 && at == NONE; i++)
            if (low_is(&w[i], "from"))
                at = i + 1;
            else if (!is_word(&w[i]) || !(w[i].cls & (QW_TIME | QW_SKIP | QW_PREP | QW_DET)))
                break;
    }
    /* "That's Governor Roy Cooper Tuesday afternoon.", "That was Mayor Jo Lee speaking": a
     * radio script's credit, a person and nothing after but the time or the place */
    const bool that_alone = low_is(&w[0], "that") && (w[0].poss || low_is(&w[1], "was"));
    if (at == NONE && that_alone) {
        const size_t who = w[0].poss ? 1 : 2;
        mention_t m;
        if (who < s->n && stance__mention_starting(s, who, s->n, &m) && m.lo == who &&
            m.kind == MK_PERSON && !s->w[m.hi - 1].poss && credit_ends(s, m.hi)) {
            *named = m;
            return stance__entity_resolve(ents, s, t, named);
        }
    }
    if (at == NONE || at >= s->n)
        return -1;
    bool found = stance__mention_starting(s, at, s->n, named) &&
                 (named->kind == MK_PERSON || named->kind == MK_ORG);
    /* "This is how Nepal's Deputy Prime Minister and Minister for Home Affairs Bam Dev Gautam
     * responded": titles joined by "and" before the name; the first person named before the
     * verb */
    for (size_t i = at + 1; !found && i < s->n && i < at + 16; i++) {
        if (is_word(&s->w[i]) && !s->w[i].cap && past_form(&s->w[i]))
            break;
        found = stance__mention_starting(s, i, s->n, named) && named->lo == i &&
                named->kind == MK_PERSON;
    }
    if (!found)
        return -1;
    return stance__entity_resolve(ents, s, t, named);
}

/* Where a sentence that holds `?”` or `!”` really ends: after that quotation, unless "X said"
 * or "said X" follows right away. Returns the word index to cut at, or s->n. */
size_t stance__sentence_cut(const sentence_t *s, const quote_rules_t *r)
{
    sctx_t c;
    memset(&c, 0, sizeof c);
    c.s = (sentence_t *)s; /* read only: the predicates below take it as const */
    c.r = r;
    for (size_t qi = 0; qi < s->nq; qi++) {
        const squote_t *q = &s->q[qi];
        if (q->raw.inner != '?' && q->raw.inner != '!')
            continue;
        /* unless "said X" or "X said" follows right after */
        if (q->item + 1 < s->n && !attribution_follows(&c, q->item))
            return q->item + 1;
    }
    return s->n;
}
