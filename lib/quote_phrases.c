/* Phrases of news prose: reading a name, a title, an organization or a pronoun out of the words
 * of a sentence, backward from a verb ("..., Kremlin spokesman Dmitry Peskov said") or forward
 * after one ("said a statement posted by the Foreign Ministry"), with what may stand between a
 * speaker and the verb (auxiliaries, adverbs, time words, a parenthesis), appositions
 * ("Viktor Orlov, the Russian envoy, said"; "Sami Aziz, who leads the bloc, said") and the
 * organization behind a title ("a spokesperson for the ministry"). A name after a preposition
 * is no speaker, except in the few places where English puts one there ("with X saying",
 * "a statement by X, who said", "the embassy in Oslo said"). */
#include "quotes.h"

#define PHRASE_MAX 12 /* words of one name or title phrase */

/* ---- word predicates -------------------------------------------------------------------- */

/* ---- phrases ------------------------------------------------------------------------------ */

static size_t last_index_with(const sentence_t *s, size_t lo, size_t hi, uint32_t cls)
{
    for (size_t i = hi; i > lo; i--)
        if (s->w[i - 1].cls & cls)
            return i - 1;
    return NONE;
}

/* How many words from word k, "and" or "and the", join the two capitalized parts of a
 * title's field after "of" ("Minister of Foreign Affairs and International Cooperation",
 * "Minister of Trade and Industry", "Minister of Foreign Affairs and the National Community
 * Abroad"): the part before them a title's word, the one after them capitalized, and "of"
 * after a capitalized word a few words before, not before `floor`; or the two parts of a
 * body's name right after "of" ("Head of Peace and Security Council": a capitalized word,
 * and capitalized words that end in a body's word); 0 when they join none. */
static size_t and_in_title_field(const sentence_t *s, size_t floor, size_t k, size_t limit)
{
    if (k == 0 || k + 1 >= limit || !is_word(&s->w[k]) || !low_is(&s->w[k], "and"))
        return 0;
    const size_t joined = low_is(&s->w[k + 1], "the") && k + 2 < limit ? 2 : 1;
    const qword_t *before = &s->w[k - 1], *after = &s->w[k + joined];
    if (!is_word(before) || !before->cap || before->poss || !phrase_word(after) || !after->cap)
        return 0;
    if (!(before->cls & QW_TITLE)) {
        size_t e = k + joined;
        while (e < limit && is_word(&s->w[e]) && s->w[e].cap && !s->w[e].poss)
            e++;
        /* (a body's name, "Ministry of Industry and Trade", or a title whose field it is,
         * "Department of Food and Public Distribution Secretary") */
        if (k < 2 || !low_is(&s->w[k - 2], "of") || !(s->w[e - 1].cls & (QW_ORG | QW_ROLE)))
            return 0;
    }
    for (size_t o = k - 1; o > floor + 1 && k - o <= 3; o--)
        if (low_is(&s->w[o - 1], "of"))
            return s->w[o - 2].cap ? joined : 0;
    return 0;
}

/* The lower-case words a body's name may hold between the capitalized words its initials come
 * from ("Rally for Democracy and Liberty", "Islamic State of Iraq and the Levant"). */
static bool inner_name_word(const qword_t *w)
{
    static const char *const inner[] = {"of", "for", "and", "the", "on", "in",
                                        "de", "du", "des", "del", "la"};
    if (!is_word(w) || w->cap)
        return false;
    for (size_t k = 0; k < sizeof inner / sizeof inner[0]; k++)
        if (low_is(w, inner[k]))
            return true;
    return false;
}

/* The first word of the name that ends at word `last`, not before `floor`, when `last`
 * carries initials in parentheses that the name's capitalized words spell ("(RDL)" after
 * "Rally for Democracy and Liberty"); NONE when they spell no such name, or when a role or an
 * honorific is among its words ("the Director General (DG)" is a title, read as one). */
static size_t glossed_name_start(const sentence_t *s, size_t floor, size_t last)
{
    const char *gloss = s->w[last].gloss;
    const size_t n = strlen(gloss);
    if (n < 2)
        return NONE;
    size_t k = last + 1, spelled = 0;
    while (k > floor && spelled < n) {
        const qword_t *w = &s->w[k - 1];
        if (is_word(w) && w->cap && !(w->poss && k - 1 != last)) {
            if (w->low[0] != gloss[n - 1 - spelled] || (w->cls & (QW_ROLE | QW_HONORIFIC)))
                return NONE;
            spelled++;
            k--;
        } else if (spelled > 0 && inner_name_word(w)) {
            k--;
        } else {
            return NONE;
        }
    }
    return spelled == n ? k : NONE;
}

/* m becomes the title of words [lo, hi) whose role word is `role` and whose organization or
 * field follows the "of" at `of` ("the Prime Minister of Serbia", "the Minister of
 * Information"); with a capital and no article it is as definite as with "the" ("President
 * of Serbia said"). */
static void title_of(mention_t *m, const sentence_t *s, size_t lo, size_t role, size_t of,
                     size_t hi)
{
    m->kind = MK_TITLE;
    m->role = role;
    m->name_lo = lo;
    m->name_hi = of;
    m->org_lo = of;
    m->org_hi = hi;
    if (!m->indefinite && s->w[lo].cap)
        m->definite = true;
}

bool stance__firm_word(const qword_t *w)
{
    return (w->cls & QW_GROUP) || low_is(w, "giant") || low_is(w, "federation") ||
           low_is(w, "association") || low_is(w, "alliance") || low_is(w, "coalition") ||
           low_is(w, "lobby");
}

/* Whether word i follows a firm's or a group's word in lower case ("shipping company X",
 * "shipping giant X", "the group X", "carmaker X"): a name there is the firm's, an
 * organization, however much it looks like a person's ("A.P. Moller-Maersk"). */
static bool after_firm_noun(const sentence_t *s, size_t i)
{
    return i > 0 && is_word(&s->w[i - 1]) && !s->w[i - 1].cap && !s->w[i - 1].poss &&
           stance__firm_word(&s->w[i - 1]);
}

bool stance__mention_from_phrase(const sentence_t *s, size_t det, size_t lo, size_t hi,
                                 mention_t *m)
{
    memset(m, 0, sizeof *m);
    m->role = m->role_mod = NONE;
    if (lo >= hi)
        return false;
    /* connectors and "of" never end a name */
    while (hi > lo && (s->w[hi - 1].cls & QW_CONNECTOR) && !s->w[hi - 1].cap)
        hi--;
    if (lo >= hi)
        return false;
    /* "... in Geneva Omar Hadi": after "in" or "at", a place and then a full name (an envoy's
     * post, then the envoy) is the name without the place */
    if (det == NONE && lo > 0 && hi - lo >= 3 && is_word(&s->w[lo - 1]) &&
        (low_is(&s->w[lo - 1], "in") || low_is(&s->w[lo - 1], "at")) &&
        (s->w[lo].cls & QW_PLACE) && s->w[lo].cap && !s->w[lo].poss &&
        name_word(&s->w[lo + 1]) && name_word(&s->w[hi - 1]) &&
        !(s->w[lo + 1].cls & (QW_PLACE | QW_ORG | QW_TITLE)) &&
        !(s->w[hi - 1].cls & (QW_PLACE | QW_ORG | QW_TITLE)))
        lo++;
    m->lo = det != NONE ? det : lo;
    m->hi = hi;
    const qword_t *first = &s->w[lo], *last = &s->w[hi - 1];
    const qword_t *d = det != NONE ? &s->w[det] : NULL;
    m->indefinite = d && (d->cls & QW_INDEF);
    m->definite = (d && !m->indefinite) || first->poss;
    m->org_lo = m->org_hi = hi;
    if (hi - lo == 1 && (first->cls & QW_ORDER) && d && low_is(d, "the")) {
        /* "the former", "the latter": the earlier or the later of the two last named */
        m->kind = MK_PRONOUN;
        m->order = strcmp(first->low, "former") == 0 ? 'f' : 'l';
        m->name_lo = lo;
        m->name_hi = hi;
        return true;
    }

    /* gender from honorifics and gendered roles */
    for (size_t i = lo; i < hi; i++) {
        if (s->w[i].cls & QW_MALE)
            m->gender = 'm';
        else if (s->w[i].cls & QW_FEMALE)
            m->gender = 'f';
    }
    /* "the official daily Granma", "state broadcaster Vantavision": a name after an outlet's
     * noun is the outlet's, an organization, not a person of that name */
    bool outlet = det == NONE && (stance__after_outlet_noun(s, lo) || after_firm_noun(s, lo));
    for (size_t i = lo; outlet && i < hi; i++)
        outlet = name_word(&s->w[i]) && !(s->w[i].cls & (QW_TITLE | QW_HONORIFIC));
    /* "Danish shipping company Norvask", "the group Vantagro", "Carmaker Tevoro warned": a
     * firm's word (in capitals only at the sentence's start), then a name, which is the
     * firm's */
    for (size_t k = lo; !outlet && k + 1 < hi; k++) {
        const qword_t *w = &s->w[k];
        if (!is_word(w) || w->poss || (w->cap && !(k == lo && w->lead)) ||
            !stance__firm_word(w))
            continue;
        bool named = true;
        for (size_t i = k + 1; i < hi && named; i++)
            named = name_word(&s->w[i]) && s->w[i].cap &&
                    !(s->w[i].cls & (QW_TITLE | QW_HONORIFIC | QW_ORG | QW_PLACE));
        if (named) {
            m->kind = MK_ORG;
            m->name_lo = k + 1;
            m->name_hi = hi;
            return true;
        }
        break;
    }
    if (outlet) {
        m->kind = MK_ORG;
        m->name_lo = lo;
        m->name_hi = hi;
        return true;
    }
    /* "state media VNA": a name after an outlet's noun inside the phrase is the outlet's
     * (the phrase whole, as "state media" alone is an organization) */
    for (size_t i = lo; i + 1 < hi; i++) {
        if (!stance__outlet_noun(&s->w[i]) || s->w[i].cap)
            continue;
        bool named = true;
        for (size_t k = i + 1; k < hi && named; k++)
            named = name_word(&s->w[k]) && s->w[k].cap &&
                    !(s->w[k].cls & (QW_TITLE | QW_HONORIFIC));
        if (named) {
            m->kind = MK_ORG;
            m->name_lo = lo;
            m->name_hi = hi;
            return true;
        }
    }
    /* a body named in full before its initials: "the Rally for Democracy and Liberty (RDL)" */
    if (last->gloss[0] && glossed_name_start(s, lo, hi - 1) == lo) {
        m->kind = MK_ORG;
        m->name_lo = lo;
        m->name_hi = hi;
        return true;
    }
    /* an organization: the phrase ends with an organization word or a place */
    bool org_end = (last->cls & (QW_ORG | QW_PLACE)) && (last->cap || (last->cls & QW_ORG));
    if (org_end) {
        /* "the Prime Minister of Serbia", "the President of the Commission": a title whose
         * organization follows "of" (not "the Ministry of Defence") */
        for (size_t o = lo + 1; o + 1 < hi; o++) {
            if (!low_is(&s->w[o], "of"))
                continue;
            if (!(s->w[o - 1].cls & QW_ROLE) || (s->w[o - 1].cls & QW_ORG))
                break;
            title_of(m, s, lo, o - 1, o, hi);
            if (o - 1 > lo && (s->w[o - 2].cls & QW_TITLE) && !(s->w[o - 2].cls & QW_ROLE))
                m->role_mod = o - 2;
            return true;
        }
    }
    /* ("the military", "South Korea's military": an armed force is its country's voice, a
     * title word only before a role, as "military spokesman") */
    if (org_end) {
        m->kind = MK_ORG;
        m->name_lo = lo;
        m->name_hi = hi;
        return true;
    }
    /* a document that speaks, named for its author or not: "the statement", "the Foreign
     * Ministry statement" (not a person "Ministry statement" after the title word Foreign) */
    if (last->cls & QW_DOC && !last->cap) {
        m->kind = MK_DOC;
        m->name_lo = lo;
        m->name_hi = hi;
        return true;
    }
    /* "the Ministry of Foreign Affairs", "the Foreign Ministry of Vanta", "the government of
     * Tarsia": an organization word opening the phrase before "of" names the whole, though
     * "Affairs" also ends a minister's title; not when a role is in it ("Spokesperson of the
     * Ministry of Foreign Affairs Mao Ning" is a person) */
    size_t org_word = (first->cls & QW_ORG) ? lo
                      : hi - lo >= 4 && first->cap && !(first->cls & QW_ROLE)
                          ? lo + 1
                          : NONE;
    /* "the office of the Trade Representative": "of the", and a title with no name after it;
     * "the office of Somalia's Prime Minister": an organization after its article and a
     * title with no name after "of" is the office, whoever holds the title ("the office of
     * President X" is X's) */
    const bool of_the = org_word != NONE && org_word + 3 < hi && !s->w[org_word].cap &&
                        low_is(&s->w[org_word + 2], "the") && s->w[org_word + 3].cap &&
                        (last->cls & QW_ROLE);
    /* ("the Ministry of the Interior", "the Armed Forces of the Philippines": a name's "of
     * the" and a name) */
    const bool of_the_name = org_word != NONE && org_word + 3 < hi && s->w[org_word].cap &&
                             low_is(&s->w[org_word + 2], "the") && s->w[org_word + 3].cap;
    if (org_word != NONE && org_word + 2 < hi &&
        (s->w[org_word].cap || (org_word == lo && det != NONE)) && /* "the government of X" */
        (s->w[org_word].cls & QW_ORG) && !(s->w[org_word].cls & QW_ROLE) &&
        low_is(&s->w[org_word + 1], "of") &&
        (s->w[org_word + 2].cap || of_the || of_the_name) &&
        (last_index_with(s, lo, hi, QW_ROLE) == NONE || of_the ||
         (org_word == lo && d && (last->cls & QW_ROLE)))) {
        m->kind = MK_ORG;
        m->name_lo = lo;
        m->name_hi = hi;
        return true;
    }
    /* "The Minister of Foreign Affairs and the National Community Abroad, Ramtane Lamamra,":
     * a field joined by "and", then the name in apposition: all of the phrase is the title */
    for (size_t k = lo + 1; hi + 1 < s->n && is_brk(&s->w[hi], ',') && s->w[hi + 1].cap &&
                            name_word(&s->w[hi + 1]) && k < hi;
         k++) {
        if (!and_in_title_field(s, lo, k, hi))
            continue;
        const size_t role = last_index_with(s, lo, k, QW_ROLE);
        if (role == NONE)
            break;
        m->kind = MK_TITLE;
        m->role = role;
        if (m->role > lo && (s->w[m->role - 1].cls & QW_TITLE) &&
            !(s->w[m->role - 1].cls & QW_ROLE) && !s->w[m->role - 1].poss)
            m->role_mod = m->role - 1;
        m->name_lo = lo;
        m->name_hi = hi;
        if (!m->indefinite && first->cap)
            m->definite = true;
        return true;
    }
    size_t title = last_index_with(s, lo, hi, QW_TITLE | QW_HONORIFIC);
    /* after "the", title words that name no office or honorific before one capitalized word
     * ("the Inter-Services Public Relations") are a name's words, not a title and a surname */
    if (title != NONE && title + 1 < hi &&
        (!d || title + 2 < hi ||
         last_index_with(s, lo, title + 1, QW_ROLE | QW_HONORIFIC) != NONE)) {
        /* "Kremlin spokesman Dmitry Peskov": the name after the last title; "President of
         * Serbia Aleksandar Vucic": after the title's country too */
        size_t a = title + 1, owner = NONE;
        if (a + 1 < hi && low_is(&s->w[a], "of")) {
            owner = a++;
            if (a < hi && is_word(&s->w[a]) && (s->w[a].cls & QW_DET))
                a++;
            /* (a body's initials the rules do not know are its name too, before a name
             * of two words or more: "Head of RSF Mohamed Hamdan Dagalo") */
            while (a + 1 < hi && s->w[a].cap &&
                   ((s->w[a].cls & (QW_PLACE | QW_ORG)) ||
                    (s->w[a].acronym && a + 2 < hi && name_word(&s->w[a + 1]) &&
                     !s->w[a + 1].acronym)))
                a++;
            if (a + 1 == hi && (s->w[title].cls & QW_ROLE) && !(s->w[title].cls & QW_HONORIFIC)) {
                /* "the Minister of Information": one word after "of" is the field, no name */
                title_of(m, s, lo, title, owner, hi);
                return true;
            }
        }
        const size_t joined = and_in_title_field(s, lo, a, hi);
        if (joined) {
            /* "Minister of Foreign Affairs and International Cooperation Sok Vanna": as many
             * words of the field after "and" as before it, leaving two for the name */
            size_t before = 0;
            while (title - before > lo && !low_is(&s->w[title - before], "of"))
                before++;
            const size_t left = hi - (a + joined), keep = left > 2 ? 2 : 1;
            a += joined + (before < left - keep ? before : left - keep);
        }
        while (a < hi && !name_word(&s->w[a]) && particles_then_name(s, a, hi, true) == a)
            a++; /* "Mr. van Rompuy": the name opens with its particles */
        if (a < hi) {
            m->kind = MK_PERSON;
            m->name_lo = a;
            m->name_hi = hi;
            if (owner != NONE) {
                m->org_lo = owner;
                m->org_hi = a;
            }
            m->role = last_index_with(s, lo, title + 1, QW_ROLE);
            if (m->role != NONE && (s->w[m->role].cls & QW_RANK)) {
                /* "Foreign Minister Prince Faisal": the office, not the rank */
                size_t office = last_index_with(s, lo, m->role, QW_ROLE);
                if (office != NONE)
                    m->role = office;
            }
            if (m->role != NONE && m->role > lo && (s->w[m->role - 1].cls & QW_TITLE) &&
                !(s->w[m->role - 1].cls & QW_ROLE))
                m->role_mod = m->role - 1;
            return true;
        }
    }
    if ((last->cls & QW_HONORIFIC) && last->cap && hi - lo >= 2 && name_word(&s->w[hi - 2]) &&
        !(s->w[hi - 2].cls & QW_TITLE) && d == NULL) {
        /* "Hun Sen": an honorific's spelling ending a name after a given name */
        m->kind = MK_PERSON;
        m->name_lo = lo;
        m->name_hi = hi;
        return true;
    }
    if (last->trade_name && hi - lo >= 2 && name_word(&s->w[hi - 2]) &&
        !(s->w[hi - 2].cls & (QW_TITLE | QW_ORG | QW_PLACE)) && d == NULL) {
        /* "Tom Baker": an occupation's spelling ending a name after a given name */
        m->kind = MK_PERSON;
        m->name_lo = lo;
        m->name_hi = hi;
        return true;
    }
    /* a title's word that names no role, alone and in lower case after a modal ("should
     * first offer"): an adverb, no one */
    if ((last->cls & QW_TITLE) && !(last->cls & (QW_ROLE | QW_HONORIFIC)) && hi - lo == 1 &&
        !last->cap && !d && lo > 0 && is_word(&s->w[lo - 1]) && modal(&s->w[lo - 1]))
        return false;
    if (last->cls & QW_TITLE) {
        /* a role without a name: "the prime minister", "a senior official" */
        m->kind = (last->cls & QW_HONORIFIC) ? MK_NONE : MK_TITLE;
        m->role = last_index_with(s, lo, hi, QW_ROLE);
        if (m->role == NONE)
            m->role = hi - 1;
        if (m->role > lo && (s->w[m->role - 1].cls & QW_TITLE) &&
            !(s->w[m->role - 1].cls & QW_ROLE) && !s->w[m->role - 1].poss)
            m->role_mod = m->role - 1;
        m->name_lo = lo;
        m->name_hi = hi;
        /* no determiner and a plural ("officials said") is as unnamed as "a"; a title in
         * capitals with its article dropped, as translations do ("Iranian Foreign Minister
         * said"), is as definite as "the"; a plural alone whose capital is only the
         * sentence's ("Leaders of the G7 issued") is the lower-case plural */
        if (!m->definite && !m->indefinite)
            m->indefinite = ends_with(last, "s", 0) && !last->acronym &&
                            (!last->cap || (last->lead && hi - lo == 1)); /* (not "POTUS") */
        if (!d && !m->definite && !m->indefinite && hi - lo >= 2 &&
            ((first->cap && last->cap) || (last->cls & QW_ROLE)) && !ends_with(last, "s", 0))
            m->definite = true; /* also "Foreign Ministry spokeswoman noted", and in lower
                                 * case, "foreign ministry spokesperson said" */
        if (!d && !m->definite && !m->indefinite && hi - lo == 1 && last->acronym &&
            (last->cls & QW_ROLE))
            m->definite = true; /* "FM announced", "PM said": the office's initials */
        return m->kind != MK_NONE;
    }
    /* "the Council of Europe", "the Joint Chiefs of Staff": an organization word before "of"
     * names the whole, whatever the capitalized words after it are */
    for (size_t o = lo + 1; o + 1 < hi; o++)
        if (low_is(&s->w[o], "of") && s->w[o - 1].cap && (s->w[o - 1].cls & QW_ORG) &&
            s->w[o + 1].cap) {
            m->kind = MK_ORG;
            m->name_lo = lo;
            m->name_hi = hi;
            return true;
        }
    for (size_t i = lo; i < hi; i++)
        if (!name_word(&s->w[i]) && !(s->w[i].cls & QW_CONNECTOR) &&
            !(s->w[i].type == QT_QUOTE && s->w[i].name)) /* a nickname */
            return false;
    /* proper names; "the Kremlin", "the Post": a proper name with "the" is an institution, as
     * initials alone are ("KUNA", "ECOWAS": no person is named so in running text) */
    m->kind = (d && low_is(d, "the")) || (hi - lo == 1 && first->acronym) ? MK_ORG : MK_PERSON;
    m->name_lo = lo;
    m->name_hi = hi;
    if (m->kind == MK_PERSON && first->poss && hi - lo >= 3) {
        /* "Iran's Javad Zarif": the owner is no part of the name */
        m->name_lo = lo + 1;
        m->org_lo = lo;
        m->org_hi = lo + 1;
    }
    return true;
}

/* Words i.. are up to two modifiers and then a head ("mining ministry"): the head's index,
 * or NONE. */
static size_t modifiers_then_head(const sentence_t *s, size_t i, size_t limit)
{
    for (size_t k = i; k < limit && k < i + 3; k++) {
        if (head_word(&s->w[k]) && k > i) {
            /* a title word that is no role ("public", "foreign") heads a phrase only with the
             * title it opens: "Holder made public the charges" is no title */
            if (!(s->w[k].cls & (QW_ORG | QW_ROLE | QW_DOC)) &&
                !(k + 1 < limit && head_word(&s->w[k + 1])))
                return NONE;
            return k;
        }
        if (!plain_modifier(&s->w[k]))
            return NONE;
    }
    return NONE;
}

/* "the government of Somalia", "the office of Ecuador's President X": an organization's head
 * word in lower case at the phrase's start `i` (word k), right after a determiner or the
 * sentence's start, which "of" and a capitalized name may follow. */
static bool lower_org_head(const sentence_t *s, size_t i, size_t k)
{
    const qword_t *w = &s->w[k];
    return k == i && is_word(w) && !w->cap && (w->cls & QW_ORG) && !(w->cls & QW_GROUP) &&
           (k == 0 || (is_word(&s->w[k - 1]) && (s->w[k - 1].cls & QW_DET) &&
                       !(s->w[k - 1].cls & QW_PRONOUN)));
}

/* Word k heads a body's or a state's name that "of the" and a capitalized name may go on
 * ("the office of the Trade Representative", "the Armed Forces of the Philippines", "the
 * Republic of the Congo"): a lower-case organization's head at the phrase's start `i`, or a
 * capitalized body's or place's word. */
static bool head_before_of_the(const sentence_t *s, size_t i, size_t k)
{
    const qword_t *w = &s->w[k];
    return lower_org_head(s, i, k) ||
           (w->cap && (w->cls & (QW_ORG | QW_PLACE)) && phrase_word(w) && !w->poss);
}

/* A word for a kind of place, which a place's name may follow: "the capital Jakarta", "the
 * port city Aden". */
static bool kind_of_place(const qword_t *w)
{
    static const char *const kinds[] = {"capital", "city", "town",     "village", "port",
                                        "province", "region", "district", "county"};
    if (!is_word(w) || w->cap)
        return false;
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        if (strcmp(w->low, kinds[i]) == 0)
            return true;
    return false;
}

/* The start of the phrase that ends at `end` (exclusive), not before `floor`. "of" joins two
 * capitalized parts ("Secretary of State John Kerry", "Ministry of Foreign Affairs"). */
static size_t phrase_start_plain(const sentence_t *s, size_t floor, size_t end)
{
    size_t i = end;
    while (i > floor && end - i < PHRASE_MAX) {
        const qword_t *p = &s->w[i - 1];
        if (phrase_word(p) && !(p->poss && i == end)) {
            i--;
            /* a possessive owner opens the phrase: "Russia's Foreign Ministry", "the
             * minister's spokesman"; a country's name of two words with it ("South Korea's
             * military", "Saudi Arabia's"): a capitalized word of no class of its own */
            if (p->poss) {
                /* (also a name the rules do not know before a body: "Hong Kong's
                 * government", "Emmanuel Macron's office") */
                const bool body = (s->w[end - 1].cls & QW_ORG) != 0;
                if ((body || (p->cls & QW_PLACE)) && (p->cls & ~(uint32_t)QW_PLACE) == 0 &&
                    p->cap && i > floor &&
                    name_word(&s->w[i - 1]) && !s->w[i - 1].poss &&
                    (s->w[i - 1].cls & ~(uint32_t)QW_PLACE) == 0)
                    i--;
                /* a title's owner with the title's words: "the Israeli Prime Minister's
                 * Office", not "Minister's Office"; a body's with its name's: "the European
                 * Union's executive branch", "the Chinese Foreign Ministry's statement" */
                else if (p->cap && (p->cls & (QW_TITLE | QW_ORG)))
                    while (i > floor && end - i < PHRASE_MAX && phrase_word(&s->w[i - 1]) &&
                           !s->w[i - 1].poss && s->w[i - 1].cap &&
                           !(s->w[i - 1].cls & QW_FUNCTION))
                        i--;
                break;
            }
            continue;
        }
        if (i < end && and_in_title_field(s, floor, i - 1, end) == 1) {
            i--;
            continue;
        }
        if (i < end && i >= 2 && low_is(p, "the") &&
            and_in_title_field(s, floor, i - 2, end) == 2) {
            i -= 2;
            continue;
        }
        if (i < end && i - 1 > floor && is_word(p) && low_is(p, "of") && s->w[i].cap &&
            phrase_word(&s->w[i - 2]) &&
            (s->w[i - 2].cap || lower_org_head(s, i - 2 > floor ? i - 2 : floor, i - 2))) {
            i--;
            continue;
        }
        /* "the Armed Forces of the Philippines": "of the" and a name after a body's head */
        if (i < end && i > floor + 2 && low_is(p, "the") && s->w[i].cap &&
            low_is(&s->w[i - 2], "of") &&
            head_before_of_the(s, i - 3 > floor ? i - 3 : floor, i - 3)) {
            i -= 2;
            continue;
        }
        /* particles before a name join it ("Ursula von der Leyen") or open it ("von der
         * Leyen said") */
        if (i < end && is_word(p) && !p->cap && (p->cls & QW_CONNECTOR)) {
            size_t r = i - 1;
            while (r > floor && i - r < 3 && is_word(&s->w[r - 1]) && !s->w[r - 1].cap &&
                   (s->w[r - 1].cls & QW_CONNECTOR))
                r--;
            bool joins = r > floor && phrase_word(&s->w[r - 1]) && s->w[r - 1].cap &&
                         !s->w[r - 1].poss;
            if (particles_then_name(s, r, end, !joins) == i) {
                i = r;
                if (joins)
                    continue;
            }
        }
        /* "China's commerce ministry", "the UN food agency": lower-case modifiers of a head,
         * after a possessive, a capitalized word or a determiner; an honorific takes none
         * ("During the talks Mr Lind said": the talks are no part of his name); "next", a
         * time word elsewhere, before a role ("the next president": the president-elect) */
        if (i < end && head_word(&s->w[i]) && !(s->w[i].cls & QW_HONORIFIC) &&
            (plain_modifier(p) || (low_is(p, "next") && (s->w[i].cls & QW_ROLE)))) {
            size_t k = i - 1;
            if (k > floor && plain_modifier(&s->w[k - 1]))
                k--;
            const qword_t *b = k > floor ? &s->w[k - 1] : NULL;
            if (b && is_word(b) && (b->poss || (b->cap && phrase_word(b)) ||
                                    ((b->cls & QW_DET) && !(b->cls & QW_PRONOUN)))) {
                i = k;
                if (b->poss || (b->cap && phrase_word(b)))
                    continue;
            }
        }
        break;
    }
    return i;
}

/* The start of the phrase that ends at `end`, as phrase_start_plain finds it, or of the
 * glossed name that ends there, when that reaches farther back: a glossed name reaches back
 * over its "for" and "and", which end other phrases. */
static size_t phrase_start(const sentence_t *s, size_t floor, size_t end)
{
    const size_t glossed = end > floor ? glossed_name_start(s, floor, end - 1) : NONE;
    const size_t i = phrase_start_plain(s, floor, end);
    return glossed < i ? glossed : i;
}

/* The end of the phrase that starts at `i` (exclusive), before `limit`. */
size_t stance__phrase_end(const sentence_t *s, size_t i, size_t limit)
{
    size_t j = i;
    while (j < limit && j - i < PHRASE_MAX) {
        const qword_t *p = &s->w[j];
        if (phrase_word(p)) {
            j++;
            if (p->poss && j > i + 1 && !p->cap)
                break;
            continue;
        }
        if (j > i && j + 1 < limit && is_word(p) && low_is(p, "of") &&
            (s->w[j - 1].cap || lower_org_head(s, i, j - 1)) && phrase_word(&s->w[j + 1]) &&
            s->w[j + 1].cap) {
            j++;
            continue;
        }
        /* "the Ministry of the Interior": "of the" and a name after a body's head */
        if (j > i && j + 2 < limit && is_word(p) && low_is(p, "of") &&
            head_before_of_the(s, i, j - 1) && low_is(&s->w[j + 1], "the") &&
            phrase_word(&s->w[j + 2]) && s->w[j + 2].cap) {
            j += 2;
            continue;
        }
        if (j > i && and_in_title_field(s, i, j, limit)) {
            j += and_in_title_field(s, i, j, limit);
            continue;
        }
        /* particles inside a name or opening it: "Ursula von der Leyen", "said van Rompuy" */
        if ((j == i || s->w[j - 1].cap) && particles_then_name(s, j, limit, j == i) > j) {
            j = particles_then_name(s, j, limit, j == i);
            continue;
        }
        /* a nickname in quotation marks between two names: Gilberto “Gibo” Teodoro */
        if (j > i && j + 1 < limit && p->type == QT_QUOTE && p->name &&
            name_word(&s->w[j - 1]) && name_word(&s->w[j + 1])) {
            j++;
            continue;
        }
        /* modifiers before a head: "China's commerce ministry", "the mining ministry"; not
         * a verb after a person's name ("Funa summoned ambassador Wu", "Funa met ambassador
         * Wu": the one is the subject, the other the object), though a country's participle
         * is a modifier ("Chinese armed forces") */
        const bool verb_after_name = j > i && s->w[j - 1].cap && !s->w[j - 1].poss &&
                                     !(s->w[j - 1].cls & (QW_PLACE | QW_TITLE | QW_ORG)) &&
                                     is_word(p) && (past_form(p) || p->irregular_past);
        size_t head = (j == i || s->w[j - 1].poss || s->w[j - 1].cap) && !verb_after_name
                          ? modifiers_then_head(s, j, limit)
                          : NONE;
        if (head != NONE) {
            j = head + 1;
            continue;
        }
        break;
    }
    /* a glossed name reaches on over its "for" and "and" */
    for (size_t k = j; k < limit && k - i < PHRASE_MAX; k++) {
        if (!is_word(&s->w[k]) || (!s->w[k].cap && !inner_name_word(&s->w[k])))
            break;
        if (s->w[k].gloss[0] && glossed_name_start(s, i, k) == i) {
            j = k + 1;
            break;
        }
    }
    return j;
}

/* An envoy's title, which names where they are sent with "to": "Ambassador to the UN",
 * "the special envoy to Sudan". */
static bool sent_to(const sentence_t *s, const mention_t *m)
{
    if (m->kind != MK_TITLE || m->role == NONE)
        return false;
    const qword_t *r = &s->w[m->role];
    /* ("Consul General": the rank's word ends the title; "High Commissioner", the envoy of
     * one Commonwealth country to another) */
    return low_is(r, "ambassador") || low_is(r, "envoy") || low_is(r, "emissary") ||
           low_is(r, "representative") || low_is(r, "consul") || low_is(r, "consul-general") ||
           (low_is(r, "general") && m->role > 0 && low_is(&s->w[m->role - 1], "consul")) ||
           (low_is(r, "commissioner") && m->role > 0 && low_is(&s->w[m->role - 1], "high"));
}

/* "Ambassador to Ostria Ravi Oduya", "Ambassador to the UN Ravi Oduya", "Consul General in
 * Osaka Xue Jian": where an envoy is sent or posted is one word (words [i, j) after "to" or
 * "in"), a country, body or city the rules need not know; a name of two words or more
 * follows it, and m, the envoy's title, becomes that person. False when no such name. */
static bool envoy_then_name(const sentence_t *s, size_t i, size_t j, mention_t *m)
{
    for (size_t k = i + 1; k < j; k++)
        if (!name_word(&s->w[k]) || (s->w[k].cls & (QW_TITLE | QW_ORG | QW_PLACE | QW_CONNECTOR)))
            return false;
    m->kind = MK_PERSON;
    m->name_lo = i + 1;
    m->name_hi = j;
    m->org_hi = i + 1;
    m->hi = j;
    return true;
}

/* A title's field after "for", then a name ("the Serbia-Kosovo talks Miroslav Lajcak", "the
 * border talks Ivo Marek"): up to four words of no class of the rules (a capitalized
 * modifier among them), the last a noun in lower case, so that no verb ("told"),
 * preposition or office stands between the title and the name; then a name of two words
 * or more. Returns where the name starts (its end in *end), or NONE. */
static size_t name_after_field(const sentence_t *s, size_t i, size_t limit, size_t *end)
{
    size_t f = NONE; /* the field's last word: in lower case, the name's first after it */
    for (size_t k = i; f == NONE && k < limit && k - i < 4; k++) {
        const qword_t *w = &s->w[k];
        if (!is_word(w) || w->cls != 0 || w->poss || past_form(w) || w->irregular_past)
            return NONE;
        if (!w->cap && k + 1 < limit && s->w[k + 1].cap)
            f = k;
    }
    if (f == NONE)
        return NONE;
    size_t e = f + 1;
    while (e < limit && e - f <= 4 && name_word(&s->w[e]) && s->w[e].cap &&
           !(s->w[e].cls & (QW_TITLE | QW_ORG | QW_PLACE | QW_CONNECTOR)))
        e++;
    if (e < f + 3)
        return NONE;
    *end = e;
    return f + 1;
}

/* "a spokesperson for the ministry", "a statement from the embassy", "the spokesman of the
 * Committee", "Ambassador to the UN X": the organization phrase after `at` (for, of, from,
 * by, at; to after an envoy), into m. */
static bool org_after(const sentence_t *s, size_t at, size_t limit, mention_t *m)
{
    if (at >= limit || !is_word(&s->w[at]))
        return false;
    const qword_t *p = &s->w[at];
    const bool in = low_is(p, "in"); /* "Spokesperson in the Ministry of External Affairs" */
    if (!(low_is(p, "for") || low_is(p, "of") || low_is(p, "at") || low_is(p, "from") ||
          low_is(p, "by") || (low_is(p, "to") && sent_to(s, m)) || (in && m->kind == MK_TITLE) ||
          low_is(p, "with")))
        return false;
    size_t i = at + 1, det = NONE;
    if (i < limit && is_word(&s->w[i]) && (s->w[i].cls & QW_DET) && !s->w[i].cap) {
        det = i;
        i++;
    } else if (i < limit && low_is(&s->w[i], "the")) {
        det = i;
        i++;
    }
    if (det == NONE && i + 1 < limit && hyphened_modifier(&s->w[i]) && s->w[i + 1].cap)
        i++; /* "the envoy to war-torn Libya": Libya */
    size_t j = stance__phrase_end(s, i, limit);
    if (in && det == NONE && sent_to(s, m) && j >= i + 3 && s->w[i].cap &&
        envoy_then_name(s, i, j, m)) {
        m->org_lo = i; /* "Consul General in Osaka Xue Jian" */
        return true;
    }
    mention_t o;
    bool read = false;
    /* "the envoy for the Serbia-Kosovo talks Miroslav Lajcak": the field the title serves,
     * ending in a noun of no class in lower case, then a name of two words or more */
    const size_t field_name = m->kind == MK_TITLE && !m->indefinite && low_is(p, "for")
                                  ? name_after_field(s, i, limit, &j)
                                  : NONE;
    read = field_name != NONE || (j > i && stance__mention_from_phrase(s, det, i, j, &o));
    /* "head of the Ukrainian delegation Rustem Umerov": a body whose head word is in lower
     * case, then a name, is no phrase of its own; the body is the words before the name, and
     * the name the titled person's (below) */
    if (!read && m->kind == MK_TITLE && !m->indefinite) {
        size_t name = j;
        while (name > i && name_word(&s->w[name - 1]) && s->w[name - 1].cap &&
               !(s->w[name - 1].cls & (QW_TITLE | QW_ORG | QW_PLACE | QW_CONNECTOR)))
            name--;
        read = name < j && name > i && !s->w[name - 1].cap && (s->w[name - 1].cls & QW_ORG) &&
               stance__mention_from_phrase(s, det, i, name, &o) && o.kind == MK_ORG;
    }
    if (!read)
        return false;
    /* in a body, not a place: "the spokesman in Beijing" is where he spoke */
    if (in && !(s->w[i].cls & QW_ORG) && !(o.kind == MK_ORG && !(s->w[j - 1].cls & QW_PLACE)))
        return false;
    m->org_lo = det != NONE ? det : i;
    m->org_hi = j;
    m->hi = j;
    /* "Spokesperson for the Foreign Ministry Maria Lind", "... Ministry of Foreign Affairs
     * Oleh Nikolenko", "minister for foreign affairs Anwar Gargash" (in lower case as well):
     * a name after the organization's or the field's last word is the titled person's; a
     * name after an office ("President") is its holder's ("the spokesman for Palestinian
     * Authority President Mahmoud Abbas") */
    if (m->kind == MK_TITLE && !m->indefinite) {
        size_t name = j;
        while (name > i) {
            const qword_t *w = &s->w[name - 1];
            if (name_word(w) && !(w->cls & (QW_TITLE | QW_ORG | QW_PLACE | QW_CONNECTOR))) {
                name--;
                continue;
            }
            /* particles inside the name: "Pieter van der Berg", "Ana de la Cruz", "Jean-Yves
             * Le Drian", "Ali Bin Hamad" */
            size_t first = name;
            while (first > i + 1 && (s->w[first - 1].cls & QW_CONNECTOR) && name - first < 3)
                first--;
            if (first == name || !name_word(&s->w[first - 1]) || !s->w[first - 1].cap ||
                (s->w[first - 1].cls & (QW_TITLE | QW_ORG | QW_PLACE | QW_CONNECTOR)))
                break;
            name = first - 1;
        }
        /* (a particle in capitals right after the body's or the field's word opens the name:
         * the Vietnamese surname of "... Foreign Affairs Le Thi Thu Hang") */
        if (name > i + 1 && name < j && s->w[name - 1].cap &&
            (s->w[name - 1].cls & QW_CONNECTOR) && is_word(&s->w[name - 2]) &&
            (s->w[name - 2].cls & (QW_TITLE | QW_ORG)) && !(s->w[name - 2].cls & QW_ROLE))
            name--;
        /* (a body's initials the rules do not know, alone before a name of two words or
         * more, are the body: "the head of RSF Mohamed Hamdan Dagalo") */
        const bool initials = name == i && j - name >= 3 && s->w[name].acronym &&
                              s->w[name].cap && !s->w[name + 1].acronym;
        const qword_t *before = name > i ? &s->w[name - 1] : NULL;
        if (initials) {
            m->kind = MK_PERSON;
            m->name_lo = name + 1;
            m->name_hi = j;
            m->org_hi = name + 1;
        } else if (field_name != NONE ||
            (name < j && before && !(before->cls & QW_ROLE) &&
             ((before->cls & (QW_TITLE | QW_ORG)) || (before->cap && (before->cls & QW_PLACE))))) {
            name = field_name != NONE ? field_name : name;
            m->kind = MK_PERSON;
            m->name_lo = name;
            m->name_hi = j;
            m->org_hi = name;
        } else if (low_is(p, "to") && j >= i + 3 && s->w[i].cap) {
            envoy_then_name(s, i, j, m);
        }
    }
    return true;
}

/* ---- mentions before and after a verb ----------------------------------------------------- */

/* Skips back over what may stand between a subject and its verb: auxiliaries, adverbs, time
 * words ("on Tuesday", "late last year"), a parenthesis, ", however,". */
size_t stance__skip_back(const sentence_t *s, size_t floor, size_t j)
{
    bool time = false;
    while (j > floor) {
        const qword_t *p = &s->w[j - 1];
        if (skippable(p) || (time_word(p) && p->cap)) {
            time = time || time_word(p);
            j--;
        } else if (time && is_word(p) &&
                   (low_is(p, "on") || low_is(p, "in") || low_is(p, "at") || low_is(p, "this") ||
                    low_is(p, "by") || low_is(p, "since"))) {
            time = false;
            j--;
        } else if (numeral(p) && !(p->cls & QW_ROLE)) {
            j--; /* "Aug. 16" (not an age that is the subject: "the 43-year-old said") */
        } else if (j >= floor + 2 && low_is(p, "times") && is_word(&s->w[j - 2]) &&
                   ((s->w[j - 2].cls & QW_INDEF) || low_is(&s->w[j - 2], "many") ||
                    low_is(&s->w[j - 2], "two") || low_is(&s->w[j - 2], "three"))) {
            j -= 2; /* "Erdogan has several times accused", as "repeatedly" */
        } else if (j >= floor + 2 && low_is(p, "turn") && low_is(&s->w[j - 2], "in")) {
            j -= 2; /* "the TPLF has in turn protested" */
        } else if (is_brk(p, ')')) {
            size_t k = j - 1;
            while (k > floor && !is_brk(&s->w[k - 1], '('))
                k--;
            if (k == floor)
                break;
            j = k - 1;
        } else if (is_brk(p, ',') && j - 1 > floor + 1 && skippable(&s->w[j - 2]) &&
                   is_brk(&s->w[j - 3], ',')) {
            j -= 3; /* ", however," */
        } else if (j >= floor + 3 && low_is(p, "part") && is_word(&s->w[j - 2]) &&
                   (s->w[j - 2].cls & QW_DET) &&
                   (low_is(&s->w[j - 3], "for") || low_is(&s->w[j - 3], "on"))) {
            j -= 3; /* "Tadic for his part said", as translations also write "on his part" */
        } else {
            break;
        }
    }
    return j;
}

/* Skips forward over time words and adverbs after a verb ("said on Tuesday", "said later"). */
size_t stance__skip_time(const sentence_t *s, size_t i, size_t limit)
{
    while (i < limit) {
        const qword_t *p = &s->w[i];
        if (time_word(p))
            i++;
        else if (is_word(p) && (low_is(p, "on") || low_is(p, "in") || low_is(p, "this")) &&
                 i + 1 < limit && time_word(&s->w[i + 1]))
            i += 2;
        else
            break;
    }
    return i;
}

size_t stance__skip_forward(const sentence_t *s, size_t i, size_t limit)
{
    for (size_t j = i; i < limit; i = j) {
        j = skippable(&s->w[i]) ? i + 1 : stance__skip_time(s, i, limit);
        if (j == i)
            break;
    }
    return i;
}


/* A person mention given the title that names them elsewhere in the phrase ("Defence
 * Minister, Ana Sol", "envoy in Rome Ida Lund"): its role, and its gender when the name
 * gave none. */
static void give_title(mention_t *person, const mention_t *title)
{
    person->role = title->role;
    person->role_mod = title->role_mod;
    if (!person->gender)
        person->gender = title->gender;
}

/* The mention that runs from just after a conjunction to word `end` (exclusive): "Ivo Lind" of
 * "after Ivo Lind, leader of ..., said", read when a verb follows its apposition, as
 * mention_ending reads "after Sato said" (a name after a preposition is otherwise no subject).
 * A name of up to five words. */
static bool named_after_conjunction(const sentence_t *s, size_t floor, size_t end, mention_t *m)
{
    for (size_t start = end; start > floor && end - start < 6; start--) {
        const qword_t *w = &s->w[start - 1];
        if (!is_word(w))
            return false;
        if (subordinator(w))
            return start < end && stance__mention_starting(s, start, end, m) && m->hi == end &&
                   (m->kind == MK_PERSON || m->kind == MK_TITLE || m->kind == MK_ORG);
    }
    return false;
}


/* "Viktor Orlov, the Russian envoy, said" / "The chancellor, Jonas Weber, said" /
 * "Sami Aziz, who leads the bloc, said": the comma before the verb is at `comma`. An
 * apposition of up to 23 words is read ("Mike Pompeo, visiting Saudi Arabia to discuss a
 * response to an unprecedented armed attack on ..., told"). */
/* Whether words [lo, hi) are the last names of a title's field listed with commas and "and"
 * ("Legality and Coexistence" of "the High Commissioner for Peace, Legality and
 * Coexistence"): capitalized words, articles and one "and", after a comma that follows a
 * capitalized word which "for" or "of" (and an article) opens a few words before. */
static bool field_list_tail(const sentence_t *s, size_t floor, size_t lo, size_t hi)
{
    if (lo < floor + 3 || hi < lo + 3 || !is_brk(&s->w[lo - 1], ',') || !s->w[lo - 2].cap ||
        !s->w[hi - 1].cap)
        return false;
    size_t ands = 0;
    for (size_t i = lo; i < hi; i++) {
        const qword_t *w = &s->w[i];
        if (!is_word(w) || w->poss || (!w->cap && !low_is(w, "and") && !low_is(w, "the")) ||
            (w->cap && (w->cls & (QW_SPEECH | QW_ROLE))))
            return false;
        ands += low_is(w, "and");
    }
    for (size_t k = lo - 2; ands == 1 && k > floor && lo - 2 - k < 4 && s->w[k].cap; k--) {
        size_t p = k - 1;
        if (low_is(&s->w[p], "the") && p > floor)
            p--;
        if (low_is(&s->w[p], "for") || low_is(&s->w[p], "of"))
            return true;
    }
    return false;
}

size_t stance__who_clause(const sentence_t *s, size_t floor, size_t from, size_t end)
{
    for (size_t r = from; r > floor + 1 && end - r < RELATIVE_CLAUSE_REACH; r--) {
        if (s->w[r - 1].type == QT_QUOTE)
            break;
        if (is_brk(&s->w[r - 1], ',') && is_word(&s->w[r]) && low_is(&s->w[r], "who"))
            return r;
    }
    return NONE;
}

/* Whether word k is "of" or "for". */
static bool of_or_for(const sentence_t *s, size_t k)
{
    return is_word(&s->w[k]) && (low_is(&s->w[k], "of") || low_is(&s->w[k], "for"));
}

/* Whether the phrase at word `lo` is the object of a title's "of" or "for", a few modifiers
 * between ("the deputy leader of the ruling Social Democrats, Angelika X, said": a party, not
 * a person the name after it describes): modifiers joined by "and" ("search and rescue"), and
 * a place's name first ("head of Makassar search and rescue agency, Muhammad Arif Anwar,"). */
static bool preposition_object(const sentence_t *s, size_t floor, size_t lo)
{
    size_t k = lo;
    while (k > floor && lo - k < 5 && is_word(&s->w[k - 1])) {
        const qword_t *w = &s->w[k - 1];
        const bool joined = low_is(w, "and") && k - 1 > floor && plain_modifier(&s->w[k - 2]) &&
                            plain_modifier(&s->w[k]);
        const bool place_first = w->cap && k - 1 > floor && of_or_for(s, k - 2);
        if (!place_first && (w->cap || !(plain_modifier(w) || low_is(w, "the") || joined)))
            break;
        k--;
    }
    return k > floor && of_or_for(s, k - 1);
}

/* Whether words [lo, hi) are two or more capitalized words, none a possessive or a word that
 * names a person by a title alone ("Public Relations", not "Press Secretary"). */
static bool capitalized_name(const sentence_t *s, size_t lo, size_t hi)
{
    if (hi < lo + 2)
        return false;
    for (size_t i = lo; i < hi; i++)
        if (!is_word(&s->w[i]) || !s->w[i].cap || s->w[i].poss || (s->w[i].cls & QW_ROLE))
            return false;
    return true;
}

static bool apposition(const sentence_t *s, size_t floor, size_t comma, mention_t *m)
{
    size_t c2 = since_break(s, floor, comma, 24);
    /* "MEPs voting in Strasbourg, France, said": a country after its city, set off by commas,
     * is part of the place where the subject was, no apposition naming it */
    if (c2 > floor + 3 && c2 < comma && comma - c2 <= 2 && is_brk(&s->w[c2 - 1], ',') &&
        s->w[comma - 1].cap && (s->w[comma - 1].cls & QW_PLACE) && is_word(&s->w[c2 - 2]) &&
        s->w[c2 - 2].cap) {
        size_t city = c2 - 2;
        while (city > floor && c2 - 2 - city < 2 && is_word(&s->w[city - 1]) && s->w[city - 1].cap)
            city--;
        if (city > floor && (low_is(&s->w[city - 1], "in") || low_is(&s->w[city - 1], "at")))
            return stance__mention_ending(s, floor, c2 - 1, m);
    }
    /* "X, the High Commissioner for Peace, Legality and Coexistence, said": the apposition
     * opens at the comma before the field's first name */
    if (field_list_tail(s, floor, c2, comma))
        c2 = since_break(s, floor, c2 - 1, 24); /* (the field's first names, as far again) */
    mention_t inner, outer;
    bool have_outer = false;
    /* "Hassan Lebo, chief of staff to the president, and its spokesman, told": a second
     * apposition joined by "and" to the first */
    if (c2 > floor + 1 && c2 < comma && is_brk(&s->w[c2 - 1], ',') && low_is(&s->w[c2], "and") &&
        apposition(s, floor, c2 - 1, m))
        return true;
    /* "Orlov, who held talks with ministers from the United States, France and Britain,
     * said": a relative clause with commas of its own; the subject is before ", who" */
    if (c2 > floor + 1 && c2 < comma && is_brk(&s->w[c2 - 1], ',') &&
        !(s->w[c2].cls & QW_RELATIVE)) {
        const size_t r = stance__who_clause(s, floor, c2 - 1, comma);
        mention_t named;
        if (r != NONE && stance__mention_ending(s, floor, r - 1, &named) &&
            named.kind == MK_PERSON) {
            *m = named;
            return true;
        }
    }
    if (c2 > floor && is_brk(&s->w[c2 - 1], ',')) {
        size_t seg = c2; /* the words between the commas */
        /* "..., Ali who serves as the general's representative, said": the name before
         * "who" opens the subject, the clause describes it */
        for (size_t w = seg + 1; w < comma && w < seg + 5; w++) {
            if (!low_is(&s->w[w], "who"))
                continue;
            mention_t named;
            if (stance__mention_starting(s, seg, w, &named) && named.hi == w &&
                named.kind == MK_PERSON) {
                *m = named;
                return true;
            }
            break;
        }
        /* "Commissioner for Environment, Oceans and Fisheries, X, said": a title whose field
         * lists names with commas before the apposition; it ends before the list */
        const size_t list = since_break(s, floor, c2 - 1, 24);
        have_outer = field_list_tail(s, floor, list, c2 - 1)
                         ? stance__mention_ending(s, floor, list - 1, &outer)
                         : stance__mention_ending(s, floor, c2 - 1, &outer);
        if (!have_outer && comma + 1 < s->n && is_word(&s->w[comma + 1]) &&
            !s->w[comma + 1].cap &&
            ((s->w[comma + 1].cls & QW_SPEECH) || past_form(&s->w[comma + 1])))
            have_outer = named_after_conjunction(s, floor, c2 - 1, &outer);
        const qword_t *open = &s->w[seg];
        bool clause = (open->cls & QW_RELATIVE) || (open->cls & (QW_SKIP | QW_TIME)) ||
                      (!open->cap && (open->cls & QW_ING));
        /* "Jim Risch of Idaho": the name before the state or the town it is of */
        size_t inner_end = comma;
        for (size_t k = comma; k > seg + 1 && comma - k < 3; k--)
            if (low_is(&s->w[k - 1], "of") && k < comma && s->w[k].cap) {
                inner_end = k - 1;
                break;
            }
        /* (the person before "of" first: the whole segment's last mention would be the
         * place alone, "Ireland" of "Ambassador Ravi Oduya of Ireland") */
        if (!clause && ((inner_end < comma && stance__mention_ending(s, seg, inner_end, &inner) &&
                         inner.kind == MK_PERSON) ||
                        stance__mention_ending(s, seg, comma, &inner))) {
            if (inner.kind == MK_PERSON &&
                (!have_outer || outer.kind == MK_TITLE || outer.kind == MK_PRONOUN ||
                 preposition_object(s, floor, outer.lo))) {
                if (have_outer && outer.kind == MK_TITLE) {
                    give_title(&inner, &outer);
                    inner.lo = outer.lo;
                }
                *m = inner;
                return true;
            }
            /* "Taiwan's cabinet agency, the Mainland Affairs Council, said": a described
             * organization (its head a common noun, a place after it or not: "The UN
             * peacekeeping mission in Lebanon, UNIFIL,"; or no mention at all) gives way to
             * the proper name after it */
            if (inner.kind == MK_ORG && s->w[inner.hi - 1].cap &&
                (!have_outer ||
                 (outer.kind == MK_ORG && !s->w[outer.name_hi - 1].cap) ||
                 (outer.kind == MK_TITLE && !s->w[outer.hi - 1].cap))) {
                *m = inner;
                return true;
            }
            /* "the military’s media wing, Inter-Services Public Relations, said": words in
             * capitals that end on a title's word no person holds ("relations", "affairs")
             * name the body described before them */
            if (inner.kind == MK_TITLE && inner.lo == seg && inner.hi == comma && have_outer &&
                outer.kind == MK_ORG && !s->w[outer.name_hi - 1].cap &&
                capitalized_name(s, seg, comma)) {
                inner.kind = MK_ORG;
                inner.name_lo = seg;
                inner.role = inner.role_mod = NONE;
                inner.org_lo = inner.org_hi = comma;
                *m = inner;
                return true;
            }
            if (have_outer && (outer.kind == MK_PERSON || outer.kind == MK_ORG)) {
                if (inner.kind == MK_TITLE && outer.kind == MK_PERSON)
                    give_title(&outer, &inner);
                *m = outer;
                return true;
            }
        }
        /* a document only when it names its author ("The report of the X Mission, a thin
         * document ..., said"); "The statement, issued on Monday, said" is read as before */
        if (have_outer && (outer.kind != MK_DOC || outer.org_lo < outer.org_hi)) {
            /* a role inside the clause: "Nadia Rahman, spokeswoman for ..., said"; not an
             * office once held ("Mr. Linde, a former finance minister who ...") */
            bool former = false;
            if (outer.kind == MK_PERSON && outer.role == NONE)
                for (size_t i = seg; i < comma; i++) {
                    former = former || former_word(&s->w[i]);
                    if ((s->w[i].cls & QW_ROLE) && !s->w[i].cap && outer.role == NONE &&
                        !former)
                        outer.role = i;
                }
            *m = outer;
            return true;
        }
        return false;
    }
    /* one comma only: "Lavrov, told the agency" */
    mention_t one;
    if (!stance__mention_ending(s, floor, comma, &one) || one.kind != MK_PERSON)
        return false;
    *m = one;
    return true;
}

/* After a title and "in": a capital, then a name of two to four capitalized words that are
 * no place, organization or title ("ambassador in London Zheng Ping"). *m becomes that
 * person, holding the title's role; false when the words after the place are no such name. */
static bool name_after_place(const sentence_t *s, const mention_t *title, size_t prep,
                             size_t end, mention_t *m)
{
    const size_t place = prep + 1, name = prep + 2;
    if (end < name + 2 || end > name + 4 || !is_word(&s->w[place]) || !s->w[place].cap ||
        !(s->w[place].cls & QW_PLACE))
        return false;
    for (size_t i = name; i < end; i++)
        if (!is_word(&s->w[i]) || !s->w[i].cap ||
            (s->w[i].cls & (QW_PLACE | QW_ORG | QW_ROLE | QW_TITLE)))
            return false;
    mention_t person;
    if (!stance__mention_from_phrase(s, NONE, name, end, &person) || person.kind != MK_PERSON)
        return false;
    give_title(&person, title);
    person.lo = title->lo;
    *m = person;
    return true;
}

/* An organization, a title or a document ending right before the "in" or "at" at word
 * `prep`, with the place after it up to `end` ("the Danish embassy in Hanoi", "a diplomat in
 * the capital");
 * or, after a title and its capital, the person named next ("Vanta's envoy in Rome Ida
 * Lund"). */
/* Whether the words from after the preposition at `prep` to `end` are a body and no place:
 * "the Home Affairs Ministry", "the embassy"; not "the capital", "Hanoi". */
static bool body_after(const sentence_t *s, size_t prep, size_t end)
{
    size_t i = prep + 1, det = NONE;
    if (i < end && is_word(&s->w[i]) && (s->w[i].cls & QW_DET) && !(s->w[i].cls & QW_PRONOUN))
        det = i++;
    mention_t o;
    const qword_t *last = &s->w[end - 1];
    return i < end && stance__phrase_end(s, i, end) == end &&
           stance__mention_from_phrase(s, det, i, end, &o) && o.kind == MK_ORG &&
           is_word(last) && !(last->cls & QW_PLACE) && !kind_of_place(last);
}

/* "The chief negotiator in peace talks with rebel group FARC said": before the object of
 * the preposition at `prep` ("with"), the affair a title is "in" or "at", in lower case
 * ("peace talks"); the title is the subject, into m. False when there is none. */
static bool title_in_its_affair(const sentence_t *s, size_t floor, size_t prep, mention_t *m)
{
    for (size_t q = prep; q > floor + 1 && prep - q < 4; q--) {
        const qword_t *w = &s->w[q - 1];
        if (!is_word(w) || w->cap || (w->cls & (QW_SPEECH | QW_PRONOUN)))
            return false;
        if (low_is(w, "in") || low_is(w, "at")) {
            mention_t head;
            if (q == prep || !stance__mention_ending(s, floor, q - 1, &head) ||
                head.kind != MK_TITLE || head.hi != q - 1)
                return false;
            *m = head;
            return true;
        }
    }
    return false;
}

static bool placed_head(const sentence_t *s, size_t floor, size_t prep, size_t end,
                        mention_t *m)
{
    mention_t head;
    /* (a document too: "A statement from the Peruvian foreign ministry in Lima on Tuesday
     * labeled ...") */
    if (!stance__mention_ending(s, floor, prep, &head) ||
        (head.kind != MK_ORG && head.kind != MK_TITLE && head.kind != MK_DOC) || head.hi != prep)
        return false;
    /* (a document's place is a named one: not "X's release in a social media post") */
    if (head.kind == MK_DOC && (prep + 1 >= end || !s->w[prep + 1].cap))
        return false;
    if (head.kind == MK_TITLE && name_after_place(s, &head, prep, end, m))
        return true;
    /* "The Spokesperson in the Home Affairs Ministry", "an aide at the embassy": a title
     * in a body, not a place, holds its office there, and the body is part of who spoke */
    if (head.kind == MK_TITLE && head.org_lo == head.org_hi && body_after(s, prep, end)) {
        head.org_lo = prep + 1;
        head.org_hi = end;
    }
    head.hi = end;
    *m = head;
    return true;
}

/* The mention that ends just before word `end` (exclusive): a pronoun, an apposition, or a
 * name, title or organization phrase, not after a preposition. */
static bool mention_ending(const sentence_t *s, size_t floor, size_t end, mention_t *m);

/* "one of the sources", "one of the officials": one unnamed person of a group given by a plural
 * title, a mention of its own from "one" on (m: the plural's mention; false for another). */
static bool one_of(size_t one, mention_t *m)
{
    if (m->kind != MK_TITLE)
        return false;
    m->lo = m->name_lo = one;
    m->definite = false;
    m->indefinite = true;
    return true;
}

bool stance__mention_ending(const sentence_t *s, size_t floor, size_t end, mention_t *m)
{
    if (!mention_ending(s, floor, end, m))
        return false;
    /* "..., which suggests": "which" stands for a thing or a body, never a person ("0.14%
     * were positive for COVID-19, which suggests “...”": no one named "COVID-19") */
    const size_t j = stance__skip_back(s, floor, end);
    return !(m->kind == MK_PERSON && j > floor + 2 && low_is(&s->w[j - 1], "which") &&
             is_brk(&s->w[j - 2], ','));
}

/* The person named by the capitalized words (four at most) right before the comma at
 * `comma` ("John Kirby," of "John Kirby, a White House spokesman,"), into *m. */
static bool person_before_comma(const sentence_t *s, size_t floor, size_t comma, mention_t *m)
{
    size_t lo = comma;
    while (lo > floor && comma - lo < 4 && is_word(&s->w[lo - 1]) && s->w[lo - 1].cap)
        lo--;
    return lo < comma && stance__mention_from_phrase(s, NONE, lo, comma, m) &&
           m->kind == MK_PERSON;
}

/* "... responded to John Kirby, a White House spokesman, who accused": before ", who" at
 * `comma`, an apposition set off by commas after a capitalized name (after a preposition
 * too: the relative clause is the name's whatever governs it); *m becomes the person, with
 * the apposition's title. False when the words are no such name and apposition. */
static bool named_before_apposition(const sentence_t *s, size_t floor, size_t comma,
                                    mention_t *m)
{
    const size_t seg = since_break(s, floor, comma, 12);
    if (seg <= floor + 1 || seg >= comma || !is_brk(&s->w[seg - 1], ','))
        return false;
    mention_t person, title;
    if (!person_before_comma(s, floor, seg - 1, &person))
        return false;
    if (stance__mention_ending(s, seg, comma, &title) && title.kind == MK_TITLE &&
        title.lo == seg) {
        give_title(&person, &title);
        *m = person;
        return true;
    }
    /* "Paul O'Neill, an outspoken critic of Argentine policy in the past, who": an article
     * and words that describe the person past "of" or "in", with no verb (of speech, in the
     * past, or a relative clause's) nor a quotation, describe the person too (no title is
     * taken from them) */
    const qword_t *article = &s->w[seg];
    if (comma < seg + 3 || !is_word(article) || !(article->cls & QW_DET) ||
        (article->cls & QW_PRONOUN))
        return false;
    for (size_t i = seg + 1; i < comma; i++) {
        const qword_t *w = &s->w[i];
        if (!is_word(w) || (w->cls & (QW_RELATIVE | QW_PRONOUN)) ||
            ((w->cls & QW_SPEECH) && !(w->cls & QW_ROLE)) || (!w->cap && past_form(w)))
            return false;
    }
    *m = person;
    return true;
}

/* "Mike Goldsmith, from Wollaston, who said", "Paul Bateman, of York Road, Wollaston, said":
 * before the comma at `comma`, where a person comes from, set off by commas: "from" or "of"
 * and capitalized words, perhaps a town or a title after them in a segment of their own;
 * *m becomes the person named before it. False when the words are no such name and
 * origin. */
static bool named_before_origin(const sentence_t *s, size_t floor, size_t comma, mention_t *m)
{
    size_t seg = since_break(s, floor, comma, 6);
    for (int places = 0; places < 3; places++) {
        if (seg <= floor + 2 || seg >= comma || !is_brk(&s->w[seg - 1], ','))
            return false;
        const qword_t *first = &s->w[seg];
        const bool origin = is_word(first) && !first->cap &&
                            (low_is(first, "from") || low_is(first, "of"));
        /* (a title may follow the origin: "James Fulton, of Berry Brothers, the agent for
         * applicant Chris Sumner, said", whose name is no speaker either) */
        bool title = !origin && is_word(first) && !first->cap && (first->cls & QW_DET) &&
                     !(first->cls & QW_PRONOUN);
        bool role = false;
        for (size_t i = seg + 1; title && i < comma && i < seg + 4; i++)
            role = role || (is_word(&s->w[i]) && (s->w[i].cls & QW_ROLE));
        title = title && role;
        for (size_t i = origin ? seg + 1 : seg; !title && i < comma; i++)
            if (!is_word(&s->w[i]) || !s->w[i].cap || s->w[i].poss ||
                (s->w[i].cls & (QW_ROLE | QW_TITLE | QW_SPEECH)))
                return false;
        if (origin && seg + 1 < comma)
            return person_before_comma(s, floor, seg - 1, m) && m->name_hi - m->name_lo >= 2;
        comma = seg - 1; /* a town after the street: one segment further back */
        seg = since_break(s, floor, comma, 6);
    }
    return false;
}

static bool mention_ending(const sentence_t *s, size_t floor, size_t end, mention_t *m)
{
    size_t j = stance__skip_back(s, floor, end);
    if (j == floor)
        return false;
    const qword_t *p = &s->w[j - 1];
    if (is_word(p) && (p->cls & QW_PRONOUN)) {
        stance__pronoun_mention(j - 1, (p->cls & QW_MALE) ? 'm' : (p->cls & QW_FEMALE) ? 'f' : 0,
                                m);
        return true;
    }
    if (is_brk(p, ','))
        return named_before_origin(s, floor, j - 1, m) || apposition(s, floor, j - 1, m);
    bool prep_ok = false;
    if ((low_is(p, "who") || low_is(p, "which")) && j - 1 > floor + 1 &&
        (is_brk(&s->w[j - 2], ',') ||
         (is_brk(&s->w[j - 2], '-') && low_is(p, "who") && j == end))) {
        /* "a statement by Deputy Minister Oh Sung, who said", "a response from China, which
         * called on Tokyo to": the one before the relative pronoun (a dash may set it off,
         * the verb right after it: "by council leader Rob Stewart – who said"; not "Moyo —
         * who was not widely known — warned", a parenthesis) */
        /* "John Kirby, a White House spokesman, who accused": the person the apposition
         * describes, by name */
        if (low_is(p, "who") && (named_before_apposition(s, floor, j - 2, m) ||
                                 named_before_origin(s, floor, j - 2, m)))
            return true;
        j -= 2;
        p = &s->w[j - 1];
        prep_ok = true;
    } else if (low_is(p, "who") && j - 1 > floor && is_word(&s->w[j - 2]) &&
               (s->w[j - 2].cap || name_word(&s->w[j - 2]))) { /* (also "el-Sisi who") */
        /* "X criticized Prime Minister Y who said": with no comma, the name before "who"
         * (after a preposition too: "comments by spokesman Y who called it") */
        j -= 1;
        p = &s->w[j - 1];
        prep_ok = true;
    }
    if (!phrase_word(p)) {
        /* "a Western diplomat in the Lanesian capital said", "an aide at the embassy said": a
         * title or an organization, then the place where it is */
        for (size_t q = j - 1; q > floor + 1 && j - q < 5; q--) {
            const qword_t *w = &s->w[q];
            if (!is_word(w) || (w->cls & (QW_SPEECH | QW_PRONOUN)))
                break;
            if (low_is(w, "in") || low_is(w, "at")) {
                if (placed_head(s, floor, q, j, m))
                    return true;
                break;
            }
        }
        /* "a person familiar with the talks said", "officials close to the Kremlin said": an
         * unnamed source is the title before the words that describe it, and they are part
         * of who spoke, since the title alone says little */
        for (size_t q = j - 1; q > floor + 1 && j - q < 7; q--) {
            const qword_t *w = &s->w[q];
            if (!is_word(w))
                return false;
            if (!w->source_mod)
                continue;
            if (!is_word(&s->w[q + 1]) || !(s->w[q + 1].cls & QW_PREP))
                return false;
            if (!stance__mention_ending(s, floor, q, m) || m->kind != MK_TITLE || m->hi != q)
                return false;
            m->hi = m->name_hi = j;
            return true;
        }
        return false;
    }
    size_t k = phrase_start(s, floor, j);
    /* "The leaders of France and Germany said", "The foreign ministers of Uruguay and Mexico
     * read": a title in the plural, "of", and two names joined by "and" is the title of both,
     * not the second name */
    if (k > floor + 3 && k < j && s->w[k].cap && low_is(&s->w[k - 1], "and")) {
        const size_t a = phrase_start(s, floor, k - 1);
        mention_t both;
        if (a < k - 1 && a > floor + 1 && s->w[a].cap && low_is(&s->w[a - 1], "of") &&
            stance__mention_ending(s, floor, a - 1, &both) && both.kind == MK_TITLE &&
            both.hi == a - 1 && both.role != NONE && ends_with(&s->w[both.role], "s", 0)) {
            both.hi = both.name_hi = j;
            both.org_lo = a - 1;
            both.org_hi = j;
            *m = both;
            return true;
        }
    }
    /* "In Moscow President Putin said", with the opening phrase's comma left out: the places
     * after the sentence's first preposition are its object, and the title or the name after
     * them the subject */
    if (k == floor + 1 && is_word(&s->w[floor]) && (s->w[floor].cls & QW_PREP)) {
        size_t after = k;
        while (after < j && s->w[after].cap && (s->w[after].cls & QW_PLACE) &&
               !s->w[after].poss)
            after++;
        if (after > k && after < j && s->w[after].cap &&
            (s->w[after].cls & (QW_TITLE | QW_HONORIFIC))) {
            k = after;
            prep_ok = true;
        }
    }
    size_t det = NONE;
    /* (an ordinal may follow the article: "at the 35th African Union Summit") */
    size_t numbered = k;
    if (k > floor + 1 && numeral(&s->w[k - 1]))
        numbered--;
    if (numbered > floor && is_word(&s->w[numbered - 1]) &&
        (s->w[numbered - 1].cls & QW_DET) && !(s->w[numbered - 1].cls & QW_PRONOUN))
        det = numbered - 1;
    size_t open = det != NONE ? det : k;
    /* "with the spokesman saying", "despite Copenhagen saying": the subject of a participle
     * after "with" or "despite" */
    if (open > floor &&
        (low_is(&s->w[open - 1], "with") || low_is(&s->w[open - 1], "despite")) &&
        end < s->n && (s->w[end].cls & QW_ING) && !s->w[end].cap)
        prep_ok = true;
    /* "in the Indonesian capital Jakarta", "at the port city Aden": a place after the kind of
     * place it is stands where the place alone would ("in Jakarta"), so it is read from the
     * preposition (a statement "after the meeting in the capital Jakarta" is not Jakarta's) */
    if (!prep_ok && open == k && open > floor + 1 && kind_of_place(&s->w[open - 1])) {
        size_t o = open - 1;
        while (o > floor + 1 && open - o < 5 && is_word(&s->w[o - 1]) &&
               !(s->w[o - 1].cls & QW_PREP) &&
               (s->w[o - 1].cap || low_is(&s->w[o - 1], "the") || kind_of_place(&s->w[o - 1])))
            o--;
        if (o > floor && is_word(&s->w[o - 1]) &&
            (low_is(&s->w[o - 1], "in") || low_is(&s->w[o - 1], "at")))
            open = o;
    }
    /* "the Danish embassy in Hanoi said": the organization before the place; but not
     * "Spokesperson in the Ministry of External Affairs Anil Rao said", a body and then the
     * name of the one who holds the title in it (read below, as after "of") */
    const bool body_then_name = (s->w[k].cls & QW_ORG) && j - k >= 3 && name_word(&s->w[j - 1]) &&
                                !(s->w[j - 1].cls & (QW_ORG | QW_PLACE | QW_TITLE));
    /* nor "Consul General in Osaka Xue Jian said": an envoy's post, then the envoy's name */
    mention_t envoy;
    const bool posted = !prep_ok && open == k && open > floor + 1 && j - k >= 3 &&
                        low_is(&s->w[open - 1], "in") &&
                        stance__mention_ending(s, floor, open - 1, &envoy) &&
                        envoy.kind == MK_TITLE && sent_to(s, &envoy);
    if (!prep_ok && open > floor + 1 && !body_then_name && !posted &&
        (low_is(&s->w[open - 1], "in") || low_is(&s->w[open - 1], "at")) &&
        placed_head(s, floor, open - 1, j, m))
        return true;
    /* "after Sato said", "since the minister told", "after the ministry issued": a
     * conjunction that opens a clause, when a reporting verb or a verb in the past follows
     * the name at once, or after adverbs ("after an official ominously warned"); an irregular
     * past too ("after Trump sent a warning to Trudeau that ...") */
    bool adverbs_only = true;
    for (size_t a = j; a < end && adverbs_only; a++)
        adverbs_only = skippable(&s->w[a]) && !(s->w[a].cls & QW_TIME);
    if (!prep_ok && open > floor && end < s->n && is_word(&s->w[end]) && !s->w[end].cap &&
        ((s->w[end].cls & QW_SPEECH) || past_form(&s->w[end]) || s->w[end].irregular_past) &&
        adverbs_only && subordinator(&s->w[open - 1]))
        prep_ok = true;
    if (!prep_ok && open > floor + 2 && is_word(&s->w[open - 1]) &&
        (s->w[open - 1].cls & QW_PREP) && is_word(&s->w[open - 2]) && s->w[open - 2].source_mod) {
        /* "an official close to Hamas told": the unnamed source, described by a name */
        if (stance__mention_ending(s, floor, open - 2, m) && m->kind == MK_TITLE &&
            m->hi == open - 2) {
            m->hi = m->name_hi = j;
            return true;
        }
        return false;
    }
    /* "a joint statement from the US, UAE, and Israel said": the last of several issuers
     * after a document's "from" or "by" is no subject; the document speaks */
    if (!prep_ok && open > floor + 2) {
        size_t l = open;
        bool listed = false;
        while (l > floor + 1 && open - l < 12 &&
               (name_word(&s->w[l - 1]) || low_is(&s->w[l - 1], "the") ||
                low_is(&s->w[l - 1], "and") || is_brk(&s->w[l - 1], ','))) {
            listed = listed || low_is(&s->w[l - 1], "and") || is_brk(&s->w[l - 1], ',');
            l--;
        }
        mention_t doc;
        if (listed && l < open && is_word(&s->w[l - 1]) &&
            (low_is(&s->w[l - 1], "from") || low_is(&s->w[l - 1], "by")) &&
            stance__mention_ending(s, floor, l - 1, &doc) && doc.kind == MK_DOC &&
            doc.hi == l - 1) {
            doc.hi = j;
            *m = doc;
            return true;
        }
    }
    /* (a compound adjective may stand between: "the U.N. envoy to war-torn Libya said") */
    while (!prep_ok && det == NONE && open > floor + 1 && hyphened_modifier(&s->w[open - 1]) &&
           is_word(&s->w[open - 2]) && (s->w[open - 2].cls & QW_PREP))
        open--;
    /* (or a word or two in lower case that describe it: "talks with rebel group FARC said",
     * where "group" opens the phrase) */
    for (size_t d = 1; !prep_ok && det == NONE && d <= 2 && open > floor + d; d++) {
        const qword_t *w = &s->w[open - d];
        if (!is_word(w) || w->cap || !plain_modifier(w))
            break;
        if (is_word(&s->w[open - d - 1]) && (s->w[open - d - 1].cls & QW_PREP) &&
            !s->w[open - d - 1].cap) {
            open -= d;
            break;
        }
    }
    if (!prep_ok && open > floor && is_word(&s->w[open - 1]) &&
        (s->w[open - 1].cls & QW_PREP)) {
        /* after a preposition: only as the organization of a title or document before it
         * ("a spokesperson for the ministry", "a statement from the embassy") */
        size_t prep = open - 1;
        /* "one of the sources said" */
        if (prep > floor && low_is(&s->w[prep], "of") && low_is(&s->w[prep - 1], "one") &&
            stance__mention_from_phrase(s, det, k, j, m))
            return one_of(prep - 1, m);
        const bool to = low_is(&s->w[prep], "to"), in = low_is(&s->w[prep], "in");
        /* ("with" of one who serves a body: "an official with the agency said", "Salama
         * with WHO said") */
        const bool with = low_is(&s->w[prep], "with");
        if (!(low_is(&s->w[prep], "for") || low_is(&s->w[prep], "of") ||
              low_is(&s->w[prep], "from") || low_is(&s->w[prep], "by") ||
              low_is(&s->w[prep], "at") || to || in || with))
            return title_in_its_affair(s, floor, prep, m);
        mention_t head, body;
        /* "an official message from X to King Y said": the one a document from its author was
         * sent to is no speaker; the document (and so its author) is */
        if (to && stance__mention_ending(s, floor, prep, &head) && head.kind == MK_DOC &&
            head.org_lo < head.org_hi && head.hi == prep) {
            head.hi = j;
            *m = head;
            return true;
        }
        /* (and a body's press office: "the press service of the Foreign Ministry said") */
        bool found = stance__mention_ending(s, floor, prep, &head) &&
                     (head.kind == MK_TITLE || head.kind == MK_DOC ||
                      (head.kind == MK_ORG && low_is(&s->w[prep], "of") &&
                       stance__press_office(s, head.name_lo, head.name_hi))) &&
                     (!to || sent_to(s, &head)) && (!in || head.kind == MK_TITLE) &&
                     /* (with: the role right before it, not "negotiator in peace talks
                      * with rebel group FRL", whose affair it is) */
                     (!with || (head.kind == MK_TITLE && head.role + 1 == prep));
        /* "a statement released by the ministry reads", "a note posted online by X said": a
         * document, then how it came out, then its issuer (as stance__mention_starting reads
         * it after the verb) */
        if (!found && !with && (low_is(&s->w[prep], "by") || low_is(&s->w[prep], "from"))) {
            size_t d = prep;
            /* ("published", a function word of the rules, is such a participle too) */
            while (d > floor + 1 && prep - d < 3 && is_word(&s->w[d - 1]) && !s->w[d - 1].cap &&
                   (!(s->w[d - 1].cls & (QW_FUNCTION | QW_DOC)) ||
                    (past_form(&s->w[d - 1]) && !(s->w[d - 1].cls & QW_DOC))))
                d--;
            found = d < prep && stance__mention_ending(s, floor, d, &head) &&
                    head.kind == MK_DOC && head.hi == d;
        }
        /* "Leaders gathered at the 35th African Union Summit have condemned": a title, a
         * participle of where they are, then the place or the event; the title spoke */
        if (!found && (low_is(&s->w[prep], "at") || in) && prep > floor + 1 &&
            is_word(&s->w[prep - 1]) && !s->w[prep - 1].cap &&
            !(s->w[prep - 1].cls & QW_SPEECH) &&
            (past_form(&s->w[prep - 1]) || (s->w[prep - 1].cls & QW_ING)) &&
            stance__mention_ending(s, floor, prep - 1, &head) && head.kind == MK_TITLE &&
            head.hi == prep - 1) {
            head.hi = j;
            *m = head;
            return true;
        }
        /* "Thousands of protesters chanted": a crowd's count, then who they are */
        if (!found && low_is(&s->w[prep], "of") && prep > floor && is_word(&s->w[prep - 1])) {
            const char *n = s->w[prep - 1].low;
            if ((strcmp(n, "thousands") == 0 || strcmp(n, "hundreds") == 0 ||
                 strcmp(n, "dozens") == 0 || strcmp(n, "scores") == 0 ||
                 strcmp(n, "millions") == 0) &&
                stance__mention_from_phrase(s, NONE, open, j, m) && m->kind == MK_ORG) {
                m->lo = prep - 1;
                return true;
            }
        }
        /* "Lee Hong-ki of the Joint Chiefs of Staff said", "Ana Vell from the ministry said":
         * a person, then the body they serve */
        if (!found && (low_is(&s->w[prep], "of") || low_is(&s->w[prep], "from")))
            found = stance__mention_ending(s, floor, prep, &head) && head.kind == MK_PERSON &&
                    head.hi == prep && head.name_hi - head.name_lo >= 2;
        /* (after "with", a surname alone too, before a body's initials or its name: "Salama
         * with WHO said"; never a list of people, "Lind with Ruiz") */
        if (!found && with)
            found = stance__mention_ending(s, floor, prep, &head) && head.kind == MK_PERSON &&
                    head.hi == prep && stance__mention_from_phrase(s, det, open, j, &body) &&
                    body.kind == MK_ORG;
        if (!found && with)
            return title_in_its_affair(s, floor, prep, m); /* as before any preposition */
        if (!found)
            return false;
        if (!org_after(s, prep, j, &head))
            return false;
        *m = head;
        return true;
    }
    if (!stance__mention_from_phrase(s, det, k, j, m))
        return false;
    /* "Yoshi Sato, the chief cabinet secretary told": an apposition whose second comma was
     * left out names the person before it, with this title */
    mention_t named;
    /* (an indefinite one too, after a name of two words or more: "Mohammad Idris, a Rohingya
     * community leader was quoted") */
    if (m->kind == MK_TITLE && (m->definite || m->indefinite) && m->lo > floor + 1 &&
        is_brk(&s->w[m->lo - 1], ',') &&
        stance__mention_ending(s, floor, m->lo - 1, &named) && named.kind == MK_PERSON &&
        named.hi == m->lo - 1 && named.role == NONE &&
        (m->definite || named.name_hi - named.name_lo >= 2) &&
        /* (not a sentence adverb: "Separately, the spokesman said") */
        !(named.name_hi == named.name_lo + 1 && (s->w[named.name_lo].cls & QW_SKIP)) &&
        /* the name opens its clause: not "On held Kashmir, the spokesperson said" */
        (named.lo == floor || !is_word(&s->w[named.lo - 1]) || s->w[named.lo - 1].cap)) {
        give_title(&named, m);
        named.hi = m->hi;
        *m = named;
    }
    return true;
}

bool stance__outlet_noun(const qword_t *w)
{
    return low_is(w, "daily") || low_is(w, "newspaper") || low_is(w, "paper") ||
           low_is(w, "weekly") || low_is(w, "broadcaster") || low_is(w, "website") ||
           low_is(w, "magazine") || low_is(w, "tabloid") || low_is(w, "outlet") ||
           low_is(w, "mouthpiece") || low_is(w, "media");
}

bool stance__after_outlet_noun(const sentence_t *s, size_t i)
{
    return i > 0 && is_word(&s->w[i - 1]) && !s->w[i - 1].cap &&
           stance__outlet_noun(&s->w[i - 1]);
}

void stance__pronoun_mention(size_t i, uint8_t gender, mention_t *m)
{
    memset(m, 0, sizeof *m);
    m->kind = MK_PRONOUN;
    m->lo = m->name_lo = i;
    m->hi = m->name_hi = i + 1;
    m->org_lo = m->org_hi = i + 1;
    m->role = m->role_mod = NONE;
    m->gender = gender;
}

/* The mention that starts at word i: "said Rosemary DiCarlo, US Ambassador to the UN", "said a
 * statement posted online by the Foreign Ministry", "according to Inspector Mei Tan". */
bool stance__mention_starting(const sentence_t *s, size_t i, size_t limit, mention_t *m)
{
    i = stance__skip_forward(s, i, limit);
    if (i >= limit || !is_word(&s->w[i]))
        return false;
    const qword_t *p = &s->w[i];
    if ((p->cls & QW_PRONOUN) && !(p->cls & QW_PLURAL)) {
        stance__pronoun_mention(i, (p->cls & QW_MALE) ? 'm' : (p->cls & QW_FEMALE) ? 'f' : 0, m);
        return true;
    }
    /* "said one of the sources" */
    if (i + 2 < limit && low_is(p, "one") && low_is(&s->w[i + 1], "of") &&
        stance__mention_starting(s, i + 2, limit, m) && m->lo == i + 2)
        return one_of(i, m);
    size_t det = NONE;
    if ((p->cls & QW_DET) && !(p->cls & QW_PRONOUN)) {
        det = i;
        i++;
    }
    size_t j = stance__phrase_end(s, i, limit);
    /* "said strongman Ortega": a word that describes the speaker, without an article, before
     * a person's name */
    if (j == i && det == NONE && i + 1 < limit && plain_modifier(&s->w[i]) &&
        !(s->w[i].cls & (QW_SPEECH | QW_PREP | QW_TIME | QW_SKIP)) && s->w[i + 1].cap) {
        const size_t e = stance__phrase_end(s, i + 1, limit);
        mention_t named;
        if (e > i + 1 && stance__mention_from_phrase(s, NONE, i + 1, e, &named) &&
            named.kind == MK_PERSON) {
            *m = named;
            m->lo = i;
            return true;
        }
    }
    /* "said a beaming Turkish Foreign Minister X", "said a visibly tired X": the speaker's
     * mood, a word or two in lower case before a capitalized name or title, is not in it */
    if (j == i && det != NONE) {
        size_t k = i;
        while (k < limit && k < i + 2 && (plain_modifier(&s->w[k]) ||
                                          (is_word(&s->w[k]) && !s->w[k].cap &&
                                           ends_with(&s->w[k], "ly", 3))))
            k++;
        const size_t e = k > i && k < limit && s->w[k].cap ? stance__phrase_end(s, k, limit) : k;
        mention_t named;
        if (e > k && stance__mention_from_phrase(s, NONE, k, e, &named) &&
            (named.kind == MK_PERSON || named.kind == MK_TITLE)) {
            *m = named;
            m->lo = det;
            m->indefinite = (s->w[det].cls & QW_INDEF) != 0; /* "a beaming minister" */
            m->definite = !m->indefinite;
            return true;
        }
    }
    /* "the Lebanese daily L'Orient-Le Jour", "the German weekly Der Spiegel": the paper's
     * name, not its country */
    if (j > i && j + 1 < limit && det != NONE && is_word(&s->w[j]) && !s->w[j].cap &&
        stance__outlet_noun(&s->w[j]) && s->w[j + 1].cap) {
        const size_t e = stance__phrase_end(s, j + 1, limit);
        if (e > j + 1 && stance__mention_from_phrase(s, NONE, j + 1, e, m)) {
            m->kind = MK_ORG;
            m->lo = det;
            return true;
        }
    }
    if (j == i || !stance__mention_from_phrase(s, det, i, j, m))
        return false;
    if (m->kind == MK_DOC) {
        /* "a statement posted online by the ministry" */
        size_t k = j;
        while (k < limit && k < j + 4 && is_word(&s->w[k]) && !s->w[k].cap &&
               !low_is(&s->w[k], "by") && !low_is(&s->w[k], "from"))
            k++;
        /* (but the media that published it did not issue it: "the statement published by
         * the state media New Global Light of Myanmar" is its issuer's, the phrase no less
         * long) */
        bool outlet = false;
        for (size_t o = k + 1; o < limit && o < k + 5 && is_word(&s->w[o]) && !outlet; o++)
            outlet = !s->w[o].cap && stance__outlet_noun(&s->w[o]);
        mention_t published = *m;
        if (org_after(s, k, limit, &published)) {
            if (outlet)
                m->hi = published.hi;
            else
                *m = published;
        }
    } else if (m->kind == MK_TITLE) {
        org_after(s, j, limit, m);
    }
    /* "National Federation Party leader and Opposition MP Biman Prasad": two offices of one
     * person, the name after the second, which may open in lower case ("Vice President and
     * acting head of state Alvaro Garcia") */
    size_t second = m->hi + 1;
    while (m->kind == MK_TITLE && second < limit && second < m->hi + 7 && is_word(&s->w[second]) &&
           !s->w[second].cap && !(s->w[second].cls & (QW_PRONOUN | QW_RELATIVE)) &&
           ((s->w[second].cls & QW_LEMMA) || !(s->w[second].cls & QW_SPEECH)) &&
           !low_is(&s->w[second], "that")) /* (a verb's lemma may be a noun: "head of state") */
        second++;
    if (m->kind == MK_TITLE && second < limit && is_word(&s->w[m->hi]) &&
        low_is(&s->w[m->hi], "and") && s->w[second].cap) {
        const size_t a = m->hi + 1, b = stance__phrase_end(s, second, limit);
        mention_t named;
        if (b > second &&
            (second == a ? stance__mention_from_phrase(s, NONE, a, b, &named) &&
                               named.role != NONE
                         : stance__mention_from_phrase(s, NONE, second, b, &named)) &&
            named.kind == MK_PERSON) {
            named.lo = m->lo;
            named.definite = m->definite;
            *m = named;
            return true;
        }
    }
    /* "said the ministry's spokeswoman, Maria Zakharova" */
    if (m->kind == MK_TITLE && m->hi + 1 < limit && is_brk(&s->w[m->hi], ',')) {
        size_t a = m->hi + 1, b = stance__phrase_end(s, a, limit);
        mention_t named;
        if (b > a && stance__mention_from_phrase(s, NONE, a, b, &named) &&
            named.kind == MK_PERSON) {
            named.role = m->role;
            named.role_mod = m->role_mod;
            *m = named;
        }
    }
    return true;
}

