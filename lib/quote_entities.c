/* Stage 2 of attribution: from mentions to speakers.
 *
 * The article's people and organizations are remembered as they are named outside quotations
 * (at most ENTITIES, the least recently named forgotten first), each with the fullest form of
 * its name, its role ("minister", with "prime" or "foreign") and, once known, whether "he" or
 * "she" refers to it. A mention resolves to one of them:
 *  - a name: the person with that surname (or that first word: "Nikorndej" is the Thai
 *    "Nikorndej Balankura"; "von der Leyen" and "Ansari" are surnames with and without
 *    their particles), else a new person;
 *  - he / she: the last speaker if compatible, else the person named most recently before it;
 *    it / they: the organization named most recently;
 *  - "the minister", "the prime minister": the last person with that role; else the last
 *    speaker if no role is known for them; else the title itself, as an unnamed person;
 *  - "the G7 ministers", a plural title: a group, as an organization, never one person;
 *  - "the Chinese president": as "the president", among those whose title gave China
 *    ("Chinese President Li", "Li, China's president") or, when none did, no other country;
 *  - "the ministry": the last organization whose name ends that way, else itself; a named
 *    organization ("Rwanda's Foreign Ministry", "Beijing") is itself;
 *  - "a spokesperson for X", "a statement from X": X; "the minister's statement": the
 *    minister; "the statement": who spoke last; "a statement" with no source: nobody.
 * Recency is the byte offset of the last mention, so a pronoun only looks back. */
#include "quotes.h"


/* How far back, in bytes, a title used as an epithet looks for the person it describes:
 * about a sentence or two. */
#define EPITHET_REACH 400

void stance__entities_init(entities_t *ents, const quote_rules_t *rules)
{
    memset(ents, 0, sizeof *ents);
    ents->last_speaker = -1;
    ents->last_person = -1;
    ents->doc_author = -1;
    ents->opener = -1;
    ents->named[0] = ents->named[1] = -1;
    ents->rules = rules;
}

void stance__entity_spoke(entities_t *ents, int id)
{
    if (id >= 0 && id < ENTITIES && ents->e[id].used) {
        if (id != ents->last_speaker)
            ents->spoke_by_doc = false; /* (the document's words, quoted, keep it) */
        ents->last_speaker = id;
        ents->e[id].spoke = true;
        ents->spoke_sentence = ents->sentences;
        if (ents->e[id].kind == MK_PERSON)
            ents->last_person = id;
    }
}

/* The end of the bytes [start, end) without a possessive ending ("Orban's", "Orban’s"). */
static size_t without_possessive(const qtext_t *t, size_t start, size_t end)
{
    const size_t len = end - start;
    if (len > 2 && (t->s[end - 1] == 's' || t->s[end - 1] == 'S')) {
        if (t->s[end - 2] == '\'')
            return end - 2;
        if (len > 4 && t->s[end - 4] == 0xE2 && t->s[end - 3] == 0x80 && t->s[end - 2] == 0x99)
            return end - 4;
    }
    return end;
}

/* The end of word w without its possessive ending ("Orban's"). */
static size_t span_end_of_word(const qtext_t *t, const qword_t *w)
{
    const size_t end = w->start + w->len;
    return w->poss ? without_possessive(t, w->start, end) : end;
}

/* The end of words [.., hi) as a name: without the possessive ending ("Orban's"). */
static size_t span_end(const sentence_t *s, const qtext_t *t, size_t hi)
{
    return span_end_of_word(t, &s->w[hi - 1]);
}

/* A free slot, or the one named longest ago. */
static int take_slot(entities_t *ents)
{
    int best = 0;
    for (int i = 0; i < ENTITIES; i++) {
        if (!ents->e[i].used)
            return i;
        if (ents->e[i].seen < ents->e[best].seen)
            best = i;
    }
    if (ents->last_speaker == best)
        ents->last_speaker = -1;
    if (ents->last_person == best)
        ents->last_person = -1;
    if (ents->doc_author == best)
        ents->doc_author = -1;
    if (ents->opener == best)
        ents->opener = -1;
    for (int k = 0; k < 2; k++)
        if (ents->named[k] == best)
            ents->named[k] = -1;
    return best;
}

/* The role a mention names, its aliases resolved ("top diplomat": the foreign minister). */
static void mention_role(const entities_t *ents, const sentence_t *s, const mention_t *m,
                         const char **role, const char **mod)
{
    *role = s->w[m->role].low;
    *mod = m->role_mod != NONE ? s->w[m->role_mod].low : "";
    /* "Foreign Affairs Minister", "Home Affairs Minister": the field is the word before (in the
     * title, which may stand in an apposition before the name: "The Foreign Affairs Minister,
     * Retno Marsudi,") */
    if (m->role_mod != NONE && m->role_mod > 0 && strcmp(*mod, "affairs") == 0 &&
        is_word(&s->w[m->role_mod - 1]) && (s->w[m->role_mod - 1].cls & QW_TITLE))
        *mod = s->w[m->role_mod - 1].low;
    /* (the word before the role in the title, which may stand before the name in an
     * apposition: "The Director General of the WTO, Ada Lind,") */
    const char *before =
        m->role > m->lo || (m->role < m->lo && m->role > 0 && is_word(&s->w[m->role - 1]))
            ? s->w[m->role - 1].low
            : "";
    /* the "of" phrase's last word, past its article and names: "government" of "the head of
     * the Nigerien government" */
    const char *of = "";
    size_t k = m->role + 1, end = m->org_hi > m->hi ? m->org_hi : m->hi;
    if (k < end && low_is(&s->w[k], "of")) {
        for (k++; k + 1 < end && is_word(&s->w[k]) && ((s->w[k].cls & QW_DET) || s->w[k].cap);
             k++)
            ;
        if (k + 1 == end && is_word(&s->w[k]))
            of = s->w[k].low;
        /* "the Head of the Foreign Ministry": the minister of that field */
        if (strcmp(*role, "head") == 0 && strcmp(of, "ministry") == 0 && k > m->role + 2 &&
            is_word(&s->w[k - 1]) && (s->w[k - 1].cls & QW_TITLE)) {
            *role = "minister";
            *mod = s->w[k - 1].low;
            return;
        }
    }
    stance__quote_role_alias(ents->rules, before, of, role, mod);
}

/* The country named by the words ending at word i: two ("United States", the "New Guinea"
 * of Papua New Guinea) or one ("Chinese"); NULL = none. */
static const char *nation_ending_at(const entities_t *ents, const sentence_t *s, size_t i)
{
    const qword_t *w = &s->w[i], *p = i >= 1 ? &s->w[i - 1] : NULL;
    if (p && is_word(p) && p->cap && !p->poss) {
        const char *n = stance__quote_nation_of_two(ents->rules, p->low, w->low);
        if (n)
            return n;
    }
    return stance__quote_nation(ents->rules, w->low);
}

/* The preposition before the organization phrase that follows a mention's role ("press
 * secretary of the Russian President", "the spokesman for X"), or NULL when none follows it. */
static const qword_t *org_preposition(const sentence_t *s, const mention_t *m)
{
    if (m->role == NONE || m->org_lo >= m->org_hi || m->org_lo <= m->role)
        return NULL;
    return &s->w[m->org_lo - 1];
}

/* Whether mention m's title is held "at" or "in" its body ("an economist at the bank"):
 * where one works, not whom one speaks for. */
static bool works_at(const sentence_t *s, const mention_t *m)
{
    const qword_t *prep = org_preposition(s, m);
    return prep && (low_is(prep, "at") || low_is(prep, "in"));
}

/* Whether mention m's role is "POTUS", the initials of the President of the United States. */
static bool potus(const sentence_t *s, const mention_t *m)
{
    return m->role != NONE && strcmp(s->w[m->role].low, "potus") == 0;
}

/* The country a mention's title gives ("Chinese President", "the U.S. president", "China's
 * foreign minister", "Li, South Korea's president"), read back from its role word over the
 * other words of the title; NULL when it gives none. The role word is an index into the
 * sentence, so a title given in an apposition is read where it stands. */
static const char *mention_nation(const entities_t *ents, const sentence_t *s,
                                  const mention_t *m)
{
    if (m->role == NONE)
        return NULL;
    if (potus(s, m))
        return "united states"; /* its initials say whose president */
    /* "the former chief U.S. trade negotiator": a few title words at most stand between */
    for (size_t k = m->role; k > 0 && m->role - k < 5; k--) {
        const qword_t *w = &s->w[k - 1];
        if (!is_word(w))
            break;
        /* "Department of American Affairs", "Minister of African Affairs": a field of work */
        const bool field = k < s->n && is_word(&s->w[k]) && low_is(&s->w[k], "affairs");
        if (w->cap && !field) { /* nationalities are capitalized: "US", not "us" */
            const char *n = nation_ending_at(ents, s, k - 1);
            /* "the Kosovo Albanian leader", "the Bosnian Serb leader": a place and a people,
             * which of them the holder serves the words do not say */
            const char *before = k >= 2 && s->w[k - 2].cap ? nation_ending_at(ents, s, k - 2)
                                                          : NULL;
            if (n && before && strcmp(before, n) != 0)
                return NULL;
            if (n)
                return n;
        }
        /* a possessive owner opens the title ("Russia's"); a word of no title ends it, and so
         * does an organization's, whose country is its own ("Taiwan Affairs Office
         * spokesperson" is Beijing's); a word that describes the holder does not ("Brazil's
         * far-right president") */
        if (!w->cap && plain_modifier(w) && k > 1 && s->w[k - 2].poss)
            continue;
        /* (and a trade's word between the nation and the role: "Kuwaiti oil minister") */
        if (!w->cap && plain_modifier(w) && k > 1 && s->w[k - 2].cap && !s->w[k - 2].poss &&
            nation_ending_at(ents, s, k - 2))
            continue;
        if (w->poss || !(w->cls & QW_TITLE) || (w->cls & (QW_ORG | QW_FUNCTION)))
            break;
    }
    /* "the head of the Armenian government": the country of the body after "of" */
    const qword_t *prep = org_preposition(s, m);
    if (prep && low_is(prep, "of") && (s->w[m->org_hi - 1].cls & QW_ORG) &&
        !s->w[m->org_hi - 1].cap)
        for (size_t k = m->org_lo; k + 1 < m->org_hi; k++)
            if (s->w[k].cap && !s->w[k].poss) {
                const char *n = nation_ending_at(ents, s, k);
                if (n)
                    return n;
            }
    return NULL;
}

/* A modifier that makes a title another, lesser office: "vice president", "deputy minister"
 * (English, the only rules yet). */
static bool lesser_office(const char *mod)
{
    return strcmp(mod, "vice") == 0 || strcmp(mod, "deputy") == 0;
}

/* Whether a person of country `has` (NULL = unknown) can be the one of `wanted`. */
static bool same_nation(const char *has, const char *wanted)
{
    return !has || !wanted || strcmp(has, wanted) == 0;
}

/* The owner of a title, "orlov" for "Orlov's spokesman", "hara" for "Prime Minister Hara's
 * spokesman": the possessive among the few words before the role, unless it names a country
 * (then it is the title's nation: "Russia's foreign minister"). NULL = none. */
static const char *mention_owner(const entities_t *ents, const sentence_t *s,
                                 const mention_t *m)
{
    if (m->role == NONE)
        return NULL;
    const qword_t *prep = org_preposition(s, m);
    if (prep && (low_is(prep, "for") || low_is(prep, "of"))) {
        const qword_t *last = &s->w[m->org_hi - 1];
        /* "the spokesman for Authority chairman Sami Haddad": the person the office is for */
        if (low_is(prep, "for") && is_word(last) && last->cap &&
            !(last->cls & (QW_ORG | QW_PLACE | QW_TITLE | QW_ROLE)) && m->org_hi - m->org_lo >= 2 &&
            s->w[m->org_hi - 2].cap)
            return last->low;
        /* "press secretary of the Russian President", "a spokeswoman for the prime minister":
         * an office named after "of" or "for" owns the role as "the president's" does */
        if (is_word(last) && (last->cls & QW_ROLE) && !(last->cls & (QW_ORG | QW_PLACE)) &&
            !last->poss)
            return last->low;
    }
    /* back from the role over title words ("Prime Minister"), within the mention */
    for (size_t k = m->role; k > m->lo && m->role - k < 5; k--) {
        const qword_t *w = &s->w[k - 1];
        if (!is_word(w))
            break;
        /* a country's is its nation ("Papua New Guinea's", "the republic's"), not an owner;
         * nor is a body's word in lower case ("the foreign ministry's spokesperson": the
         * ministry's, whoever speaks for it) */
        if (w->poss)
            return nation_ending_at(ents, s, k - 1) ||
                           (!w->cap &&
                            (stance__quote_list_has(&ents->rules->state_nouns, w->low) ||
                             (w->cls & QW_ORG)))
                       ? NULL
                       : w->low;
        if (!(w->cls & QW_TITLE) && !w->cap)
            break;
    }
    return NULL;
}

/* The body's word in lower case before mention m's role ("police" of "the police
 * spokesperson", "ministry" of "cyber ministry spokeswoman X"); "" when none. */
static const char *role_body(const sentence_t *s, const mention_t *m)
{
    const char *body = "";
    for (size_t i = m->lo; m->role != NONE && i < m->role; i++)
        if (is_word(&s->w[i]) && !s->w[i].cap && !s->w[i].poss && (s->w[i].cls & QW_ORG))
            body = s->w[i].low;
    return body;
}

/* A body's initials before mention m's role, in lower case ("un" of "the UN official",
 * "m23" of "M23 spokesman X"; a country's, "US", are its nation), or "" when none. */
static const char *role_initials(const entities_t *ents, const sentence_t *s,
                                 const mention_t *m)
{
    for (size_t i = m->lo; m->role != NONE && i < m->role; i++) {
        const qword_t *w = &s->w[i];
        if (is_word(w) && w->cap && w->acronym && !w->poss && strlen(w->low) < 8 &&
            !(w->cls & QW_TITLE) && !stance__quote_nation(ents->rules, w->low))
            return w->low;
    }
    return "";
}

static void set_role(const entities_t *ents, entity_t *e, const sentence_t *s,
                     const mention_t *m)
{
    if (m->role == NONE)
        return;
    const char *nation = mention_nation(ents, s, m);
    if (nation) /* a person keeps their country when a later title gives none */
        e->nation = nation;
    const char *owner = mention_owner(ents, s, m);
    if (owner)
        strcpy(e->owner, owner); /* both are QWORD_LOW bytes at most */
    if (e->role[0] && (s->w[m->role].cls & QW_RANK))
        return; /* "Prince Faisal" after "Foreign Minister Prince Faisal": still the minister */
    const char *role, *mod;
    mention_role(ents, s, m, &role, &mod);
    if (e->role[0] && strcmp(e->role, role) != 0) {
        strcpy(e->role_before, e->role);
        strcpy(e->role_before_mod, e->role_mod);
    }
    if (*mod)
        strcpy(e->role_mod, mod);
    else if (strcmp(e->role, role) != 0)
        e->role_mod[0] = '\0';
    /* "Chief Election Commissioner X": "the CEC" may name her later */
    if (m->name_lo > m->lo && e->kind == MK_PERSON) {
        char initials[sizeof e->title_initials];
        size_t n = 0;
        for (size_t i = m->lo; i < m->name_lo && n + 1 < sizeof initials; i++)
            if (is_word(&s->w[i]) && s->w[i].cap && !s->w[i].poss &&
                !(s->w[i].cls & QW_FUNCTION) && s->w[i].low[0] >= 'a' && s->w[i].low[0] <= 'z')
                initials[n++] = s->w[i].low[0];
        initials[n] = '\0';
        if (n >= 2)
            memcpy(e->title_initials, initials, n + 1);
    }
    const char *initials = role_initials(ents, s, m);
    if (*initials || strcmp(e->role, role) != 0)
        strcpy(e->body_initials, initials); /* shorter than 8 bytes */
    const char *body = role_body(s, m);
    if (*body)
        strcpy(e->body, body); /* both QWORD_LOW */
    else if (strcmp(e->role, role) != 0)
        e->body[0] = '\0';
    strcpy(e->role, role);
    e->former_role = former_office(s, m);
}

static bool same_bytes_folded(const qtext_t *t, size_t a, size_t alen, size_t b, size_t blen)
{
    if (alen != blen)
        return false;
    for (size_t i = 0; i < alen; i++) {
        unsigned char x = t->s[a + i], y = t->s[b + i];
        if (x >= 'A' && x <= 'Z')
            x += 32;
        if (y >= 'A' && y <= 'Z')
            y += 32;
        if (x != y)
            return false;
    }
    return true;
}

/* Whether the words at [a, a + alen) end in those at [b, b + blen), case folded. */
static bool ends_in_words(const qtext_t *t, size_t a, size_t alen, size_t b, size_t blen)
{
    if (blen > alen)
        return false;
    const size_t from = a + alen - blen;
    return same_bytes_folded(t, from, blen, b, blen) &&
           (from == a || t->s[from - 1] == ' ' || t->s[from - 1] == '\n');
}

static int new_entity(entities_t *ents, uint8_t kind, size_t start, size_t len, uint64_t seen)
{
    int id = take_slot(ents);
    entity_t *e = &ents->e[id];
    memset(e, 0, sizeof *e);
    e->first_quote = SIZE_MAX;
    e->used = true;
    e->kind = kind;
    e->start = start;
    e->len = len;
    e->seen = seen;
    return id;
}

/* "Jr.", "Sr.", "II": a suffix after the surname, which the surname alone finds again. */
static bool name_suffix(const qword_t *w)
{
    static const char *const suffixes[] = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"};
    for (size_t i = 0; i < sizeof suffixes / sizeof *suffixes; i++)
        if (strcmp(w->low, suffixes[i]) == 0)
            return true;
    return false;
}

/* The index of the surname of mention m's name: its last word, or the one before a suffix. */
static size_t surname_at(const sentence_t *s, const mention_t *m)
{
    size_t last = m->name_hi - 1;
    if (last > m->name_lo && name_suffix(&s->w[last]) && is_word(&s->w[last - 1]))
        last--;
    return last;
}

/* Whether mention m's name is a surname alone, perhaps with its particles ("Peskov", "von der
 * Leyen", "Van Rompuy"). */
static bool surname_only(const sentence_t *s, const mention_t *m)
{
    size_t last = surname_at(s, m);
    for (size_t i = m->name_lo; i < last; i++)
        if (!(s->w[i].cls & QW_CONNECTOR))
            return false;
    return true;
}

/* A surname as it is matched: without a particle joined to it by a hyphen, which the press
 * drops ("Ansari" for "al-Ansari", "Salman" for "bin-Salman"); a particle is a connector of
 * the rules. A pointer into `low`. */
static const char *surname_key(const quote_rules_t *r, const char *low)
{
    const char *h = strchr(low, '-');
    if (!h || h == low || !h[1])
        return low;
    char part[QWORD_LOW]; /* shorter than low, itself shorter than QWORD_LOW */
    size_t n = (size_t)(h - low);
    memcpy(part, low, n);
    part[n] = '\0';
    return (stance__quote_classify_word(r, part, n) & QW_CONNECTOR) ? h + 1 : low;
}

/* Gives an entity the name of mention m: its span, its first word and surname, and the word
 * before the surname of a name of three words or more (Spanish and Portuguese names put the
 * paternal surname there, and the press uses it alone: "Chaderton" for "Roy Chaderton
 * Matos", "Lula" for "Luiz Inácio Lula da Silva"). */
static void name_entity(const quote_rules_t *r, entity_t *e, const sentence_t *s,
                        const qtext_t *t, const mention_t *m)
{
    const qword_t *first = &s->w[m->name_lo];
    size_t last = surname_at(s, m);
    e->start = first->start;
    e->len = span_end(s, t, m->name_hi) - e->start;
    e->named = true;
    e->definite_title = false;
    strcpy(e->last, surname_key(r, s->w[last].low));
    /* "von der Leyen", "al-Ansari": a surname alone, with its particles, which the full name
     * replaces */
    strcpy(e->first, surname_only(s, m) ? e->last : first->low);
    const qword_t *mid = last >= m->name_lo + 2 ? &s->w[last - 1] : NULL;
    /* ("Lula" of "Luiz Inácio Lula da Silva": the word before the surname's particle) */
    if (mid && is_word(mid) && !mid->cap && (mid->cls & QW_CONNECTOR) &&
        last >= m->name_lo + 3)
        mid = &s->w[last - 2];
    bool middle = mid && is_word(mid) && mid->cap && !(mid->cls & QW_CONNECTOR);
    strcpy(e->middle, middle ? mid->low : "");
    /* a given name of one sex only: "Dmitry Peskov" is no "she" */
    e->name_gender = strcmp(e->first, e->last) != 0 ? stance__quote_name_gender(r, e->first) : 0;
}

/* Whether two genders (0 = unknown) can be one person's. */
static bool same_gender(uint8_t a, uint8_t b)
{
    return !(a && b && a != b);
}

/* The person's gender as far as a pronoun can be them: the one a title, an honorific or a
 * pronoun gave, else their given name's. */
static uint8_t gender_of(const entity_t *e)
{
    return e->gender ? e->gender : e->name_gender;
}

/* The named organization whose name is the word w or opens with it ("Brightwave" of
 * "Brightwave Telecom", "Halberg" of "Halberg Motors", "Granma" of the daily "Granma"), named
 * last; with `whole`, only one whose name is w itself; -1 when none. */
static int organization_by_first_word(const entities_t *ents, const qtext_t *t,
                                      const qword_t *w, bool whole)
{
    int best = -1;
    for (int i = 0; i < ENTITIES; i++) {
        const entity_t *e = &ents->e[i];
        /* the whole name ("Granma", named after "the daily") or its first word */
        if (!e->used || e->kind != MK_ORG || !e->named || e->len < w->len ||
            (e->len > w->len && (whole || t->s[e->start + w->len] != ' ')))
            continue;
        if (same_bytes_folded(t, e->start, w->len, w->start, w->len) &&
            (best < 0 || e->seen > ents->e[best].seen))
            best = i;
    }
    return best;
}

/* The organization whose name was glossed with the word w ("ISPR" of "Inter-Services Public
 * Relations (ISPR)", "Centcom" of "U.S. Central Command (Centcom)"), named last; -1 when none. */
static int organization_glossed(const entities_t *ents, const qword_t *w)
{
    int glossed = -1;
    for (int i = 0; (w->acronym || w->cap) && i < ENTITIES; i++) {
        const entity_t *e = &ents->e[i];
        if (e->used && e->kind == MK_ORG && strcmp(e->initials, w->low) == 0 &&
            (glossed < 0 || e->seen > ents->e[glossed].seen))
            glossed = i;
    }
    return glossed;
}

/* The unnamed holder of the title that mention m gives with a name ("Defence Minister Katya
 * Rosh"): a person known only as "the defence minister" or "Dravenia's defence minister", of
 * the same role, modifier, owner, nation and gender, the one seen last; -1 if none. */
static bool in_lead(entities_t *ents, const qtext_t *t, size_t at);
static bool within_paragraphs(const qtext_t *t, size_t from, size_t to, unsigned most);

/* Whether mention m's role word is a male form ("spokesman", "chairman"): news may use it of a
 * woman, but it does not name one the article introduced as "the spokeswoman". */
static bool male_form(const sentence_t *s, const mention_t *m)
{
    return m->role != NONE && ends_with(&s->w[m->role], "man", 3) &&
           !ends_with(&s->w[m->role], "woman", 0);
}

/* Entity e is about to take another name: the quotations given its present name, from its
 * first on, are the caller's to rename (ents->renamed), once renamed_as() says to what. */
static void rename_from(entities_t *ents, const entity_t *e)
{
    ents->renamed = true;
    ents->renamed_from = (stance_span_t){e->start, e->len};
    ents->renamed_since = e->first_quote;
}

/* The name the renamed quotations take: entity e's, now. */
static void renamed_as(entities_t *ents, const entity_t *e)
{
    ents->renamed_to = (stance_span_t){e->start, e->len};
}

static int titled_unnamed(entities_t *ents, const sentence_t *s, const qtext_t *t,
                          const mention_t *m)
{
    const char *role, *mod;
    mention_role(ents, s, m, &role, &mod);
    if (!*role)
        return -1;
    const char *nation = mention_nation(ents, s, m);
    const char *owner = mention_owner(ents, s, m);
    const bool man_form = male_form(s, m);
    int best = -1;
    for (int i = 0; i < ENTITIES; i++) {
        const entity_t *e = &ents->e[i];
        if (!e->used || e->kind != MK_PERSON || strcmp(e->role, role) != 0 ||
            (man_form && e->gender == 'f'))
            continue;
        if (owner && *e->owner && strcmp(e->owner, owner) != 0)
            continue; /* Solmere's defence minister is not Dravenia's */
        if (e->named)
            continue; /* a holder named already: an unnamed one left is the one not named */
        /* "A top international envoy in Varna warns ..." in the lead, who spoke last, then
         * in the next paragraph "Ivo Lind, the special envoy for Varna,": an indefinite
         * title the lead's speaker was given only describes him, in words of its own */
        const bool lead_speaker = !e->definite_title && e->first_quote != SIZE_MAX &&
                                  i == ents->last_speaker && in_lead(ents, t, e->start) &&
                                  within_paragraphs(t, e->start, s->w[m->lo].start, 1);
        if (*mod && *e->role_mod && strcmp(mod, e->role_mod) != 0 && !lead_speaker)
            continue;
        /* nor is "the Minister of Relations with Parliament X" the unnamed prime minister:
         * a field of its own after the role, where the unnamed one had a modifier */
        if (!*mod && *e->role_mod && m->org_lo < m->org_hi && !lead_speaker)
            continue;
        if ((e->definite_title || lead_speaker) && same_nation(e->nation, nation) &&
            same_gender(m->gender, e->gender) && (best < 0 || e->seen > ents->e[best].seen))
            best = i;
    }
    return best;
}

/* The code points of the lower-case word w, at most n; their count. */
static size_t code_points(const char *w, int32_t *cps, size_t n)
{
    size_t k = 0, len = strlen(w);
    for (size_t i = 0; i < len && k < n;) {
        size_t step = stance__utf8_decode((const unsigned char *)w + i, len - i, &cps[k]);
        if (!step)
            return 0;
        i += step;
        k++;
    }
    return k;
}

/* Whether two surnames of five letters or more, with the same first letter, differ by one
 * letter put in, left out or changed, or by two letters side by side swapped ("Troare" for
 * "Traore") (code points, so "ł" for "l" is one). */
static bool one_slip_apart(const char *a, const char *b)
{
    int32_t x[QWORD_LOW], y[QWORD_LOW];
    size_t n = code_points(a, x, QWORD_LOW), m = code_points(b, y, QWORD_LOW);
    if (n < 5 || m < 5 || x[0] != y[0] || (n > m ? n - m : m - n) > 1)
        return false;
    size_t i = 0, j = 0, edits = 0;
    while (i < n && j < m) {
        if (x[i] == y[j]) {
            i++;
            j++;
            continue;
        }
        if (++edits > 1)
            return false;
        if (n > m)
            i++; /* left out of b */
        else if (m > n)
            j++; /* put into b */
        else if (i + 1 < n && x[i] == y[j + 1] && x[i + 1] == y[j]) {
            i += 2;
            j += 2; /* swapped */
        } else {
            i++;
            j++; /* changed */
        }
    }
    return edits + (n - i) + (m - j) == 1;
}

/* Whether `part` is the last part of the hyphenated surname `last` ("greenfield" of
 * "thomas-greenfield"), as news copy shortens it. */
static bool hyphen_part(const char *last, const char *part)
{
    const char *hyphen = strrchr(last, '-');
    return hyphen && hyphen != last && strlen(part) >= 3 && strcmp(hyphen + 1, part) == 0;
}

/* The named person mention m names (by surname, or by first word), seen last; -1 if none. */
static int find_person(const entities_t *ents, const sentence_t *s, const mention_t *m)
{
    const qword_t *first = &s->w[m->name_lo], *last = &s->w[surname_at(s, m)];
    const bool one_word = surname_only(s, m);
    const char *surname = surname_key(ents->rules, last->low);
    int best = -1;
    for (int i = 0; i < ENTITIES; i++) {
        const entity_t *e = &ents->e[i];
        if (!e->used || e->kind != MK_PERSON || !e->named)
            continue;
        bool match = strcmp(e->last, surname) == 0 &&
                     (one_word || strcmp(e->first, first->low) == 0 ||
                      strcmp(e->first, e->last) == 0);
        if (!match && one_word && strcmp(e->first, first->low) == 0)
            match = true; /* "Nikorndej" for "Nikorndej Balankura" */
        if (!match && one_word && strcmp(e->middle, first->low) == 0)
            match = true; /* "Chaderton" for "Roy Chaderton Matos" */
        if (!match && m->name_hi - m->name_lo == 2 && surname_at(s, m) == m->name_lo + 1 &&
            e->middle[0] && strcmp(e->middle, first->low) == 0 && strcmp(e->last, surname) == 0)
            match = true; /* "López Obrador" for "Andrés Manuel López Obrador" */
        if (!match && one_word && hyphen_part(e->last, surname))
            match = true; /* "Greenfield" for "Linda Thomas-Greenfield" */
        /* of two of that name, one named only in passing ("a comment against Brigitte
         * Macron") yields to one the article has made a subject ("Macron replied") */
        if (match && (best < 0 || (ents->e[best].oblique && !e->oblique) ||
                      (e->seen > ents->e[best].seen && !(e->oblique && !ents->e[best].oblique))))
            best = i;
    }
    if (best >= 0 || !one_word)
        return best;
    /* a surname spelled another way in the same article ("Jablonski" for Paweł Jabłonski,
     * "Landbergis" for Landsbergis, "Troare" for Traore): the one named person whose surname
     * is a slip of the keyboard away */
    for (int i = 0; i < ENTITIES; i++) {
        const entity_t *e = &ents->e[i];
        if (!e->used || e->kind != MK_PERSON || !e->named || !one_slip_apart(e->last, surname))
            continue;
        if (best >= 0)
            return -1; /* two such: neither */
        best = i;
    }
    return best;
}

/* The named person whose fuller name opens with the words [start, start + len) and goes on
 * ("Mohammed bin Abdulrahman" of "Mohammed bin Abdulrahman Al Thani"), seen last; -1 if none. */
static int person_by_first_words(const entities_t *ents, const qtext_t *t, size_t start,
                                 size_t len, bool anywhere)
{
    int best = -1;
    for (int i = 0; i < ENTITIES; i++) {
        const entity_t *e = &ents->e[i];
        if (!e->used || e->kind != MK_PERSON || !e->named || e->len <= len + 1)
            continue;
        /* the name may stand after an honorific ("Sheikh Mohammed ..."): any word start,
         * when `anywhere` */
        for (size_t at = e->start; at + len < e->start + e->len && (anywhere || at == e->start);
             at++) {
            if ((at == e->start || t->s[at - 1] == ' ') && t->s[at + len] == ' ' &&
                same_bytes_folded(t, at, len, start, len)) {
                if (best < 0 || e->seen > ents->e[best].seen)
                    best = i;
                break;
            }
        }
    }
    return best;
}

/* The country that a nation's adjective of one or two capitalized words opening words [lo, hi)
 * names ("North Korean", "Estonian"), and in *words how many words it took; NULL when they
 * open with no such adjective. */
static const char *demonym_at(const entities_t *ents, const sentence_t *s, size_t lo, size_t hi,
                              size_t *words)
{
    if (lo >= hi || !s->w[lo].cap)
        return NULL;
    if (hi - lo >= 2 && s->w[lo + 1].cap) {
        const char *two = stance__quote_demonym(ents->rules, s->w[lo].low, s->w[lo + 1].low);
        if (two) {
            *words = 2;
            return two;
        }
    }
    *words = 1;
    return stance__quote_demonym(ents->rules, s->w[lo].low, NULL);
}

static bool holds_word(const qtext_t *t, size_t start, size_t len, const qword_t *w);

/* "the North Korean added": a nationality with its article and no noun (read as a person's
 * name or a place's) is the person of that nation who spoke last, or the one named last a
 * sentence or two before; *id is that person, or -1 when there is none. False when the
 * mention is not a nationality alone. */
static bool nationality_alone(entities_t *ents, const sentence_t *s, const qtext_t *t,
                              const mention_t *m, int *id)
{
    if (!m->definite || m->role != NONE || m->name_hi - m->name_lo > 2)
        return false;
    /* (not the country's own initials, "the US said"; and alone, before its verb or a mark:
     * not "the Egyptian side", nor "the Japanese and U.S. leaders") */
    const qword_t *last = &s->w[m->name_hi - 1];
    const qword_t *after = m->name_hi < s->n ? &s->w[m->name_hi] : NULL;
    if (last->acronym || strchr(last->low, '.') ||
        (after && is_word(after) && !(after->cls & QW_SPEECH)))
        return false;
    size_t words = 0;
    const char *nation = demonym_at(ents, s, m->name_lo, m->name_hi, &words);
    if (!nation || words != m->name_hi - m->name_lo)
        return false;
    const uint64_t at = s->w[m->lo].start;
    int who = ents->last_speaker;
    if (who < 0 || ents->e[who].kind != MK_PERSON || !ents->e[who].nation ||
        strcmp(ents->e[who].nation, nation) != 0) {
        who = -1;
        for (int i = 0; i < ENTITIES; i++) {
            const entity_t *e = &ents->e[i];
            if (e->used && e->kind == MK_PERSON && e->named && e->nation &&
                strcmp(e->nation, nation) == 0 && e->seen <= at && e->seen + EPITHET_REACH >= at &&
                (who < 0 || e->seen > ents->e[who].seen))
                who = i;
        }
    }
    /* "The French hit back: “...”" paragraphs after the French foreign ministry spoke: with no
     * person of that nation, the body named last whose name holds the word */
    int body = -1;
    for (int i = 0; who < 0 && words == 1 && i < ENTITIES; i++) {
        const entity_t *e = &ents->e[i];
        if (e->used && e->kind == MK_ORG && e->seen <= at && holds_word(t, e->start, e->len, last) &&
            (body < 0 || e->seen > ents->e[body].seen))
            body = i;
    }
    if (who < 0)
        who = body;
    if (who >= 0 && at > ents->e[who].seen)
        ents->e[who].seen = at;
    *id = who;
    return true;
}

static bool known_as(const sentence_t *s, const qtext_t *t, const mention_t *m, size_t *start,
                     size_t *len);

/* The named person known by the name [start, start + len) ("Hemedti" of "Mohamed Hamdan
 * Dagalo, better known as Hemedti,"), seen last; -1 if none. */
static int person_by_nickname(const entities_t *ents, const qtext_t *t, size_t start, size_t len)
{
    int best = -1;
    for (int i = 0; i < ENTITIES; i++) {
        const entity_t *e = &ents->e[i];
        if (e->used && e->kind == MK_PERSON && e->aka_len &&
            same_bytes_folded(t, e->aka_start, e->aka_len, start, len) &&
            (best < 0 || e->seen > ents->e[best].seen))
            best = i;
    }
    return best;
}

/* Whether entity e's name is the capital letters `letters` spell, in lower case ("ICC" of
 * "icc"). */
static bool spelled_by(const qtext_t *t, const entity_t *e, const char *letters)
{
    if (e->len != strlen(letters))
        return false;
    for (size_t k = 0; k < e->len; k++) {
        const char c = t->s[e->start + k];
        if (c < 'A' || c > 'Z' || stance__ascii_lower(c) != letters[k])
            return false;
    }
    return true;
}

/* "‘I don't know about voter turnout’: CEC" in the headline, then "Chief Election
 * Commissioner Kazi Habibul Awal": the speaker a headline or lead called by initials that
 * are the new person `self`'s title's, and who has been quoted; -1 if none. */
static int named_by_title_initials(entities_t *ents, const qtext_t *t, int self)
{
    const entity_t *p = &ents->e[self];
    if (strlen(p->title_initials) < 2)
        return -1;
    for (int i = 0; i < ENTITIES; i++) {
        const entity_t *e = &ents->e[i];
        if (i == self || !e->used || e->first_quote == SIZE_MAX || !in_lead(ents, t, e->start))
            continue;
        if (spelled_by(t, e, p->title_initials))
            return i;
    }
    return -1;
}

/* A named person: found by surname (or first word), else remembered anew. */
static int person(entities_t *ents, const sentence_t *s, const qtext_t *t, const mention_t *m)
{
    const qword_t *first = &s->w[m->name_lo];
    /* "the islands are British": a nationality alone names no one */
    if (m->name_hi - m->name_lo == 1 && m->role == NONE && !(first->cls & QW_PLACE) &&
        stance__quote_nation(ents->rules, first->low))
        return -1;
    /* "Angry Kenyan fishermen protested": a nation's adjective last, before a noun in lower
     * case of no class, describes the noun; it is no one's surname */
    const qword_t *last = &s->w[m->name_hi - 1];
    if (m->role == NONE && m->name_hi - m->name_lo >= 2 && m->name_hi < s->n &&
        is_word(&s->w[m->name_hi]) && !s->w[m->name_hi].cap && s->w[m->name_hi].cls == 0 &&
        !last->poss && stance__quote_demonym(ents->rules, last->low, NULL))
        return -1;
    const bool one_word = surname_only(s, m);
    uint64_t at = s->w[m->lo].start;
    int epithet;
    if (nationality_alone(ents, s, t, m, &epithet))
        return epithet;
    size_t len = span_end(s, t, m->name_hi) - first->start;
    int best = person_by_nickname(ents, t, first->start, len);
    const bool by_nickname = best >= 0;
    if (!by_nickname)
        best = find_person(ents, s, m);
    /* "said Maersk" after "shipping giant Maersk" and "the Maersk Hangzhou", a ship: the body
     * of that very name, not a person whose first word it is */
    if (one_word && m->name_hi - m->name_lo == 1 && m->role == NONE && !by_nickname &&
        (best < 0 || strcmp(ents->e[best].last, surname_key(ents->rules, first->low)) != 0)) {
        /* (or glossed with it: "Centcom said" after "U.S. Central Command (Centcom)") */
        int org = organization_by_first_word(ents, t, first, true);
        if (org < 0 && first->len <= 7)
            org = organization_glossed(ents, first);
        if (org >= 0) {
            if (at > ents->e[org].seen)
                ents->e[org].seen = at;
            return org;
        }
    }
    /* "Mohammed bin Abdulrahman said" after "Sheikh Mohammed bin Abdulrahman Al Thani": the
     * first three words or more of a longer name, as news copy shortens Arabic names; or the
     * first two of a name ("Bam Dev" of "Bam Dev Gautam", as Nepali copy shortens it) */
    if (best < 0 && m->name_hi - m->name_lo >= 3)
        best = person_by_first_words(ents, t, first->start, len, true);
    else if (best < 0 && m->name_hi - m->name_lo == 2 && m->role == NONE)
        best = person_by_first_words(ents, t, first->start, len, false);
    if (best < 0 && !one_word && m->role != NONE) {
        /* "Dravenia's defence minister warned ..." and later "Defence Minister Katya Rosh":
         * the holder of a title the article used alone is named at last, and the quotations
         * given the title are hers (ents->renamed tells the caller to rename them) */
        int held = titled_unnamed(ents, s, t, m);
        if (held >= 0) {
            entity_t *e = &ents->e[held];
            rename_from(ents, e);
            name_entity(ents->rules, e, s, t, m);
            renamed_as(ents, e);
            best = held;
        }
    }
    if (best < 0 && one_word && m->name_hi - m->name_lo == 1) {
        /* no person of that name: an organization known by its full name, called by its
         * first word ("Brightwave said") */
        int org = organization_by_first_word(ents, t, first, false);
        if (org >= 0) {
            if (at > ents->e[org].seen)
                ents->e[org].seen = at;
            return org;
        }
    }
    bool created = false;
    if (best < 0) {
        best = new_entity(ents, MK_PERSON, first->start, len, at);
        name_entity(ents->rules, &ents->e[best], s, t, m);
        created = true;
    } else {
        entity_t *e = &ents->e[best];
        bool single = strcmp(e->first, e->last) == 0;
        if (!one_word && !by_nickname && (single || len > e->len)) { /* the fuller name */
            /* (and the quotations given the shorter one so far, "Varga: “...”" in the
             * headline before "Ilona Varga said", take it: the caller renames them, one
             * entity a sentence, so not while another's renaming waits) */
            const bool rename = !ents->renamed;
            if (rename)
                rename_from(ents, e);
            name_entity(ents->rules, e, s, t, m);
            if (rename)
                renamed_as(ents, e);
        }
        if (at > e->seen)
            e->seen = at;
    }
    entity_t *e = &ents->e[best];
    e->oblique = false;
    set_role(ents, e, s, m);
    /* the headline's "CEC" is this Chief Election Commissioner, named at last: the one
     * entity from now on, under the full name, and its quotations so far (the caller
     * renames them) */
    const int by_initials = created ? named_by_title_initials(ents, t, best) : -1;
    if (by_initials >= 0) {
        entity_t *old = &ents->e[by_initials];
        rename_from(ents, old);
        const size_t first_quote = old->first_quote;
        *old = *e;
        old->first_quote = first_quote;
        e->used = false;
        best = by_initials;
        e = old;
        renamed_as(ents, e);
    }
    /* "Mohamed Hamdan Dagalo, better known as Hemedti,": whom "Hemedti" names from now on */
    size_t aka_start, aka_len;
    if (!one_word && known_as(s, t, m, &aka_start, &aka_len)) {
        e->aka_start = aka_start;
        e->aka_len = aka_len;
    }
    /* "China's Haiyang Dizhi 8", "China's Wang Li": a country's possessive before a name of
     * no title says whose the person is, as a title's would ("the Chinese envoy") */
    for (size_t k = m->lo; m->role == NONE && !e->nation && k < m->name_lo; k++)
        if (s->w[k].poss && s->w[k].cap)
            e->nation = nation_ending_at(ents, s, k);
    if (m->gender && !e->gender)
        e->gender = m->gender;
    return best;
}

int stance__entity_note_oblique(entities_t *ents, const sentence_t *s, const qtext_t *t,
                                const mention_t *m)
{
    if (m->kind != MK_PERSON || (m->name_hi - m->name_lo < 2 && m->role == NONE))
        return -1; /* "met with Lavrov": a lone word may be a place */
    int id = find_person(ents, s, m);
    if (id >= 0)
        return id; /* met before: where they stand now says nothing new */
    const qword_t *first = &s->w[m->name_lo];
    id = new_entity(ents, MK_PERSON, first->start, span_end(s, t, m->name_hi) - first->start,
                    s->w[m->lo].start);
    entity_t *e = &ents->e[id];
    name_entity(ents->rules, e, s, t, m);
    set_role(ents, e, s, m);
    e->gender = m->gender;
    e->oblique = true;
    return id;
}

bool stance__entity_known_initials(const entities_t *ents, const qword_t *w)
{
    return organization_glossed(ents, w) >= 0;
}

bool stance__entity_known_surname(const entities_t *ents, const char *low)
{
    low = surname_key(ents->rules, low);
    for (int i = 0; i < ENTITIES; i++) {
        const entity_t *e = &ents->e[i];
        if (e->used && e->kind == MK_PERSON && e->named &&
            (strcmp(e->last, low) == 0 || strcmp(e->middle, low) == 0))
            return true;
    }
    return false;
}

bool stance__entity_known_name_word(const entities_t *ents, const char *low)
{
    if (stance__entity_known_surname(ents, low))
        return true;
    for (int i = 0; i < ENTITIES; i++) {
        const entity_t *e = &ents->e[i];
        if (e->used && e->kind == MK_PERSON && e->named && strcmp(e->first, low) == 0)
            return true;
    }
    return false;
}

/* The entity of this kind named last (before `before`), of a compatible gender; only named
 * ones when named_only ("the group" is an organization with a name). */
static int most_recent(const entities_t *ents, uint8_t kind, uint8_t gender, uint64_t before,
                       bool named_only)
{
    int best = -1;
    for (int i = 0; i < ENTITIES; i++) {
        const entity_t *e = &ents->e[i];
        if (!e->used || e->kind != kind || e->seen > before || (named_only && !e->named))
            continue;
        if (!same_gender(gender_of(e), gender))
            continue;
        if (best < 0 || e->seen > ents->e[best].seen)
            best = i;
    }
    return best;
}

/* The named organization seen last before `before` that is neither a state ("Venezuela")
 * nor a state's governing body ("the Petro administration", "the Ministry of Defence"); -1 if
 * none. */
static int most_recent_outside_state(const entities_t *ents, uint64_t before)
{
    int best = -1;
    for (int i = 0; i < ENTITIES; i++) {
        const entity_t *e = &ents->e[i];
        if (e->used && e->kind == MK_ORG && e->named && e->seen <= before && !e->place &&
            !stance__quote_list_has(&ents->rules->government_heads, e->head) &&
            (best < 0 || e->seen > ents->e[best].seen))
            best = i;
    }
    return best;
}

/* Whether a person is known by more than a lone capitalized word: a full name or a title. */
static bool known_person(const entity_t *e)
{
    return strcmp(e->first, e->last) != 0 || e->role[0];
}

/* The person "he" or "she" means when nobody spoke or opened a sentence since: the one of a
 * compatible gender named last, one known by a full name or a title before a lone capitalized
 * word ("Ostria was ready": a place as often as a person), and never one named only after a
 * preposition ("joined by X"), who was no subject. */
static int most_recent_person(const entities_t *ents, uint8_t gender, uint64_t before)
{
    int best = -1, lone = -1;
    for (int i = 0; i < ENTITIES; i++) {
        const entity_t *e = &ents->e[i];
        if (!e->used || e->kind != MK_PERSON || e->oblique || e->seen > before ||
            !same_gender(gender_of(e), gender))
            continue;
        int *slot = known_person(e) ? &best : &lone;
        if (*slot < 0 || e->seen > ents->e[*slot].seen)
            *slot = i;
    }
    return best >= 0 ? best : lone;
}

/* Whether the capitalized words of e's name begin with the letters of `initials` ("FO" of
 * "Foreign Office", "MFA" of "Ministry of Foreign Affairs of Vanta", "KCNA" of "Korean Central
 * News Agency"): words in lower case ("of", "the") have none. */
static bool initials_of(const qtext_t *t, const entity_t *e, const unsigned char *initials,
                        size_t n)
{
    size_t k = 0;
    bool word_start = true;
    for (size_t i = e->start; i < e->start + e->len && k < n; i++) {
        const unsigned char c = t->s[i];
        if (c == ' ' || c == '\n') {
            word_start = true;
            continue;
        }
        if (word_start && c >= 'A' && c <= 'Z' && c != initials[k++])
            return false;
        word_start = false;
    }
    return k == n;
}

/* Finds, once per text, where its initials in parentheses open: "(DPC)", two to seven ASCII
 * capitals; the first GLOSSES of them. */
static void find_glosses(entities_t *ents, const qtext_t *t)
{
    ents->glosses_known = true;
    for (size_t p = 1; p + 3 < t->n && ents->n_glosses < GLOSSES; p++) {
        if (t->s[p] != '(' || t->s[p - 1] != ' ')
            continue;
        size_t k = p + 1;
        while (k < t->n && k - p <= 8 && t->s[k] >= 'A' && t->s[k] <= 'Z')
            k++;
        if (k < t->n && t->s[k] == ')' && k - p - 1 >= 2 && k - p - 1 <= 7)
            ents->gloss_at[ents->n_glosses++] = p;
    }
}

/* The capitalized name that the initials t->s[at, at + n) gloss in parentheses, earlier in
 * the text, before byte `before` ("by the Data Protection Commissioner (DPC)"): its bytes into
 * *start and *len, its words' capitals the initials, in order (words of "of", "for", "and"
 * may stand between); false when no such gloss came before. The gloss may stand where no name
 * is remembered (after a preposition), and the initials alone come later ("the DPC said"). */
static bool glossed_earlier(entities_t *ents, const qtext_t *t, size_t at, size_t n,
                            size_t before, size_t *start, size_t *len)
{
    if (!ents->glosses_known)
        find_glosses(ents, t);
    for (size_t g = ents->n_glosses; g > 0; g--) {
        const size_t p = ents->gloss_at[g - 1];
        if (p + n + 1 >= before || t->s[p + n + 1] != ')' ||
            memcmp(t->s + p + 1, t->s + at, n) != 0)
            continue;
        size_t end = p - 1; /* the name's end: the space before the parenthesis */
        size_t w = end, first = SIZE_MAX;
        for (unsigned words = 0; words < 8 && w > 0; words++) {
            size_t b = w;
            while (b > 0 && t->s[b - 1] != ' ' && t->s[b - 1] != '\n')
                b--;
            const unsigned char c0 = t->s[b], last = t->s[w - 1];
            if (last == ',' || last == '.' || last == ';' || last == ':')
                break;
            if (c0 >= 'A' && c0 <= 'Z')
                first = b;
            else if (!((w - b == 2 && memcmp(t->s + b, "of", 2) == 0) ||
                       (w - b == 3 && (memcmp(t->s + b, "for", 3) == 0 ||
                                       memcmp(t->s + b, "and", 3) == 0))))
                break;
            if (b == 0 || t->s[b - 1] == '\n')
                break;
            w = b - 1; /* past the space */
        }
        /* (without a possessive's ending: "the China Coast Guard’s (CCG) maneuvers") */
        if (first != SIZE_MAX)
            end = without_possessive(t, first, end);
        /* the longest run whose capitals spell the initials ("The Data ..." is not "DPC") */
        for (size_t from = first; from != SIZE_MAX && from < end;) {
            entity_t span = {.start = from, .len = end - from};
            size_t capitals = 0;
            for (size_t i = from; i < end; i++)
                capitals += (i == from || t->s[i - 1] == ' ') && t->s[i] >= 'A' && t->s[i] <= 'Z';
            if (capitals == n && t->s[from] >= 'A' && t->s[from] <= 'Z' &&
                initials_of(t, &span, t->s + at, n)) {
                *start = from;
                *len = end - from;
                return true;
            }
            while (from < end && t->s[from] != ' ')
                from++;
            from++;
        }
        return false;
    }
    return false;
}

/* Whether the bytes [start, start + len) are all ASCII capitals ("FO", "GCC"). */
static bool all_capitals(const qtext_t *t, size_t start, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (t->s[start + i] < 'A' || t->s[start + i] > 'Z')
            return false;
    return true;
}

/* The named organization that the capital letters of one word ("FO", "MFA") abbreviate, or
 * whose name was glossed with them ("(MNE)", initials of another language), named last; -1
 * when none. */
static int organization_by_initials(const entities_t *ents, const qtext_t *t,
                                    const qword_t *w)
{
    if (w->len < 2 || w->len > 7)
        return -1;
    const int glossed = organization_glossed(ents, w);
    if (glossed >= 0)
        return glossed;
    /* (a possessive's initials without its ending: "the FCA’s findings") */
    const size_t wl = w->poss ? span_end_of_word(t, w) - w->start : w->len;
    if (wl > 6 || !all_capitals(t, w->start, wl))
        return -1;
    int best = -1;
    for (int i = 0; i < ENTITIES; i++) {
        const entity_t *e = &ents->e[i];
        if (e->used && e->kind == MK_ORG && e->named && e->len > wl &&
            initials_of(t, e, t->s + w->start, wl) &&
            (best < 0 || e->seen > ents->e[best].seen))
            best = i;
    }
    return best;
}

/* Whether the text at [start, start + len) holds the word w, case folded, as a whole word. */
static bool holds_word(const qtext_t *t, size_t start, size_t len, const qword_t *w)
{
    /* a possessive word without its ending: "court's" is "court" */
    const size_t wl = w->poss ? span_end_of_word(t, w) - w->start : w->len;
    for (size_t i = start; i + wl <= start + len; i++) {
        if ((i > start && t->s[i - 1] != ' ' && t->s[i - 1] != '\n') ||
            (i + wl < start + len && t->s[i + wl] != ' ' && t->s[i + wl] != '\n' &&
             t->s[i + wl] != '\''))
            continue;
        if (same_bytes_folded(t, i, wl, w->start, wl))
            return true;
    }
    return false;
}

/* "the Foreign Ministry", "the Defence Ministry", "a Foreign Ministry statement", "the
 * ministry": an organization named by its trade alone
 * (every word a title's or an organization's, none a country's) is the named organization
 * seen last whose longer name holds every one of its words ("Vanta's Ministry of Foreign
 * Affairs", "the Tarsian Defence Ministry"); -1 when none is. */
static int organization_by_trade(const entities_t *ents, const sentence_t *s, const qtext_t *t,
                                 const mention_t *m, size_t len)
{
    for (size_t i = m->name_lo; i < m->name_hi; i++) {
        const qword_t *w = &s->w[i];
        /* (the last word may be possessive: "the court's comment" is the court's) */
        if (!is_word(w) || (w->poss && i + 1 < m->name_hi) || !(w->cls & (QW_TITLE | QW_ORG)) ||
            stance__quote_nation(ents->rules, w->low))
            return -1;
    }
    int best = -1;
    for (int i = 0; i < ENTITIES; i++) {
        const entity_t *e = &ents->e[i];
        if (!e->used || e->kind != MK_ORG || !e->named || e->len <= len)
            continue;
        bool all = true;
        for (size_t k = m->name_lo; k < m->name_hi && all; k++)
            all = holds_word(t, e->start, e->len, &s->w[k]);
        if (all && (best < 0 || e->seen > ents->e[best].seen))
            best = i;
    }
    return best;
}

/* The news outlet named last before `at`: an organization whose name ends in an outlet's
 * word ("the Korean Central News Agency", "state media"), that the rules know ("Yonhap"), or
 * that was named after an outlet's noun ("the official daily Granma"). */
static int outlet_named_last(const entities_t *ents, uint64_t at)
{
    const quote_rules_t *r = ents->rules;
    int best = -1;
    for (int i = 0; i < ENTITIES; i++) {
        const entity_t *e = &ents->e[i];
        if (!e->used || e->kind != MK_ORG || e->seen > at ||
            !(e->outlet || stance__quote_list_has(&r->outlet_words, e->head) ||
              stance__quote_list_has(&r->news_outlets, e->head)))
            continue;
        if (best < 0 || e->seen > ents->e[best].seen)
            best = i;
    }
    return best;
}

/* Whether entity e is named by initials alone: two to eight capitals ("GCC", "ECOWAS"). */
static bool named_by_initials(const qtext_t *t, const entity_t *e)
{
    return e->len >= 2 && e->len <= 8 && all_capitals(t, e->start, e->len);
}

/* The organization named last before `at`, when it is known by its initials ("the GCC",
 * "the Association of Southeast Asian Nations (ASEAN)"), as blocs of states are: a name of
 * two to eight capitals, or one glossed with them; -1 when the body named last is another. */
static int body_of_initials_named_last(const entities_t *ents, const qtext_t *t, uint64_t at)
{
    int best = -1;
    for (int i = 0; i < ENTITIES; i++) {
        const entity_t *e = &ents->e[i];
        if (e->used && e->kind == MK_ORG && e->named && !e->place && e->seen <= at &&
            (best < 0 || e->seen > ents->e[best].seen))
            best = i;
    }
    if (best < 0)
        return -1;
    return named_by_initials(t, &ents->e[best]) || ents->e[best].initials[0] ? best : -1;
}

/* The person named last in bytes (after, before] by a lone word, with no title, sex or other
 * name known, who spoke or opened a sentence ("Norvask said"): what a firm's word may mean
 * (not a word read as a name in passing: "a Denmark-owned vessel"); -1 = none. */
static int lone_name_since(const entities_t *ents, uint64_t after, uint64_t before)
{
    int best = -1;
    for (int i = 0; i < ENTITIES; i++) {
        const entity_t *e = &ents->e[i];
        if (e->used && e->kind == MK_PERSON && e->named && !known_person(e) && !e->gender &&
            !e->name_gender && !e->oblique && e->seen > after && e->seen <= before &&
            (e->lead_seen || e->first_quote != SIZE_MAX) &&
            (best < 0 || e->seen > ents->e[best].seen))
            best = i;
    }
    return best;
}

/* The organization other than `except` named by the initials `gloss` alone, in capitals ("ICC"
 * of a headline), seen last; -1 when none. */
static int named_by_gloss(const entities_t *ents, const qtext_t *t, int except, const char *gloss)
{
    int best = -1;
    for (int i = 0; i < ENTITIES; i++) {
        const entity_t *e = &ents->e[i];
        if (i != except && e->used && e->kind == MK_ORG && e->named && spelled_by(t, e, gloss) &&
            (best < 0 || e->seen > ents->e[best].seen))
            best = i;
    }
    return best;
}

static int named_pair(entities_t *ents, const sentence_t *s, const qtext_t *t,
                      const mention_t *m, bool places);

/* The name a body named by m goes by, when ", [also | better | now] known as [the]" and
 * capitalized words follow m ("Syria Civil Defense, better known as the White Helmets,"):
 * its bytes into *start and *len; false when none follows. */
static bool known_as(const sentence_t *s, const qtext_t *t, const mention_t *m, size_t *start,
                     size_t *len)
{
    size_t k = m->name_hi;
    if (k + 3 >= s->n || !is_brk(&s->w[k], ','))
        return false;
    k++;
    if (is_word(&s->w[k]) && !s->w[k].cap && !low_is(&s->w[k], "known"))
        k++; /* "better", "also", "now" */
    if (k + 2 >= s->n || !low_is(&s->w[k], "known") || !low_is(&s->w[k + 1], "as"))
        return false;
    k += 2;
    if (low_is(&s->w[k], "the"))
        k++;
    size_t end = k;
    while (end < s->n && end < k + 5 && is_word(&s->w[end]) && s->w[end].cap)
        end++;
    if (end == k)
        return false;
    *start = s->w[k].start;
    *len = span_end(s, t, end) - *start;
    return true;
}

/* An organization, named ("Rwanda's Foreign Ministry") or not ("the ministry"). */
static int organization(entities_t *ents, const sentence_t *s, const qtext_t *t,
                        const mention_t *m)
{
    int epithet;
    if (nationality_alone(ents, s, t, m, &epithet))
        return epithet;
    /* "The two countries added": the two named together last ("Burkina Faso and Mali") */
    if (stance__quote_list_has(&ents->rules->pair_nouns, s->w[m->name_hi - 1].low)) {
        const int pair = named_pair(ents, s, t, m, true);
        if (pair >= 0)
            return pair;
    }
    /* "the ministry's press service said": the ministry */
    for (size_t k = m->name_lo; k + 1 < m->name_hi; k++)
        if (s->w[k].poss && stance__press_office(s, k + 1, m->name_hi)) {
            mention_t owner = *m;
            owner.name_hi = owner.hi = k + 1;
            return organization(ents, s, t, &owner);
        }
    /* "the humanitarian organization Syria Civil Defense": the name is the capitalized words
     * at its end; the words in lower case before them describe the body */
    size_t first = m->name_lo;
    while (first + 1 < m->name_hi && is_word(&s->w[first]) && !s->w[first].cap &&
           !(s->w[first].cls & QW_FUNCTION)) /* (not "presidency of the Assembly") */
        first++;
    for (size_t i = first; i < m->name_hi && first > m->name_lo; i++)
        if (!is_word(&s->w[i]) || !s->w[i].cap)
            first = m->name_lo;
    size_t start = s->w[first].start, len = span_end(s, t, m->name_hi) - start;
    const char *head = s->w[m->name_hi - 1].low;
    uint64_t at = s->w[m->lo].start;
    /* (a country's adjective before a group's or a firm's word names no body: "the Danish
     * company" is the firm named before, as "the company" is) */
    const bool group_head = (s->w[m->name_hi - 1].cls & QW_GROUP) != 0;
    bool named = false;
    for (size_t i = m->name_lo; i < m->name_hi; i++)
        named |= s->w[i].cap &&
                 !(group_head && i + 1 < m->name_hi && !s->w[i].poss &&
                   stance__quote_demonym(ents->rules, s->w[i].low, NULL));
    int best = -1;
    for (int i = 0; i < ENTITIES; i++) {
        const entity_t *e = &ents->e[i];
        if (!e->used || e->kind != MK_ORG)
            continue;
        bool match = named ? same_bytes_folded(t, e->start, e->len, start, len) ||
                                 (e->aka_len && same_bytes_folded(t, e->aka_start, e->aka_len,
                                                                  start, len))
                           : strcmp(e->alias, head) == 0;
        /* (a title's field before the head names the body: "the defence ministry" is not
         * "the foreign ministry"; an alias given in apposition stands for the body whatever
         * describes it, "the regional bloc") */
        if (!named && !match && strcmp(e->head, head) == 0) {
            match = true;
            for (size_t k = m->name_lo; match && k + 1 < m->name_hi; k++)
                match = !(s->w[k].cls & QW_TITLE) || holds_word(t, e->start, e->len, &s->w[k]);
        }
        if (match && (best < 0 || e->seen > ents->e[best].seen))
            best = i;
    }
    const bool firm_word = stance__quote_list_has(&ents->rules->firm_nouns, head);
    if (best < 0 && !named && firm_word) {
        /* "the company", "the carmaker": the body last named after a firm's word ("shipping
         * giant Maersk"), or a lone name read as a person's, with no title or sex known,
         * named since ("Norvask said"): the firm's; never any body named last (a ministry,
         * "Republicans") */
        for (int i = 0; i < ENTITIES; i++) {
            const entity_t *e = &ents->e[i];
            if (e->used && e->kind == MK_ORG && e->firm && e->seen <= at &&
                (best < 0 || e->seen > ents->e[best].seen))
                best = i;
        }
        const int lone = lone_name_since(ents, best >= 0 ? ents->e[best].seen : 0, at);
        if (lone >= 0) {
            entity_t *e = &ents->e[lone];
            e->kind = MK_ORG;
            e->firm = true;
            strcpy(e->head, e->last); /* both QWORD_LOW */
            best = lone;
        }
    }
    if (best < 0 && !named && !firm_word && (s->w[m->name_hi - 1].cls & QW_GROUP)) {
        /* "Hezbollah has denied it. The group said ...": the organization named last, which
         * "the group" means from then on, whoever is named between ("..., according to the
         * IDF spokesman. ... the group said") */
        /* (never a government: "urged the Petro administration not to ... “...,” said the
         * dissident group" is the guerrillas') */
        best = stance__quote_list_has(&ents->rules->non_state_groups, head)
                   ? most_recent_outside_state(ents, at)
                   : most_recent(ents, MK_ORG, 0, at, true);
        if (best >= 0 && !ents->e[best].alias[0] && !ents->e[best].place)
            strcpy(ents->e[best].alias, head); /* both QWORD_LOW at most */
    }
    if (best < 0 && !named && stance__outlet_noun(&s->w[m->name_hi - 1]))
        best = outlet_named_last(ents, at); /* "the news outlet": KCNA */
    if (best < 0 && !named && m->name_hi == m->name_lo + 1 &&
        stance__quote_list_has(&ents->rules->bloc_nouns, head))
        best = body_of_initials_named_last(ents, t, at); /* "The bloc added": the GCC */
    if (best < 0 && !named && m->name_hi == m->name_lo + 1 &&
        stance__quote_list_has(&ents->rules->last_body_nouns, head) && ents->last_speaker >= 0 &&
        ents->e[ents->last_speaker].kind == MK_ORG && !ents->e[ents->last_speaker].place)
        best = ents->last_speaker; /* "the agency": the State Security Service that spoke */
    if (best < 0 && named && m->name_hi == m->name_lo + 1)
        best = organization_by_initials(ents, t, &s->w[m->name_lo]); /* "the FO" */
    /* "the CEC" after "Chief Election Commissioner X": X, when no body goes by it but the
     * letters alone (a headline's "...: CEC"); three letters at least, and never a country's
     * ("the US" is no "U.S. Secretary X") */
    const qword_t *letters = &s->w[m->name_lo];
    if ((best < 0 || (ents->e[best].len == letters->len && !ents->e[best].initials[0])) &&
        named && m->definite && m->name_hi == m->name_lo + 1 && letters->acronym &&
        strlen(letters->low) >= 3 && !(letters->cls & QW_PLACE) &&
        !stance__quote_nation(ents->rules, letters->low)) {
        int holder = -1;
        for (int i = 0; i < ENTITIES; i++) {
            const entity_t *e = &ents->e[i];
            if (e->used && e->kind == MK_PERSON && e->named &&
                strcmp(e->title_initials, letters->low) == 0 &&
                (holder < 0 || e->seen > ents->e[holder].seen))
                holder = i;
        }
        if (holder >= 0) {
            if (at > ents->e[holder].seen)
                ents->e[holder].seen = at;
            return holder;
        }
    }
    if (best < 0 && named && m->name_hi == m->name_lo + 1 && m->lo < m->name_lo &&
        (s->w[m->name_lo].cls & QW_ORG)) {
        /* "the GCC said ... The Council called": a body's word in capitals, after "the",
         * whose letter ends the initials of a body named before (the last such) */
        const char letter = s->w[m->name_lo].low[0];
        for (int i = 0; letter >= 'a' && letter <= 'z' && i < ENTITIES; i++) {
            const entity_t *e = &ents->e[i];
            if (e->used && e->kind == MK_ORG && !e->place && e->seen <= at &&
                named_by_initials(t, e) &&
                t->s[e->start + e->len - 1] == (unsigned char)(letter - 'a' + 'A') &&
                (best < 0 || e->seen > ents->e[best].seen))
                best = i;
        }
    }
    /* "the Foreign Ministry", and "the ministry" with no ministry of that head seen: the
     * named one whose name holds its words ("the Dravenian Ministry of Foreign Affairs") */
    if (best < 0)
        best = organization_by_trade(ents, s, t, m, len);
    /* "by the Data Protection Commissioner (DPC)" where no name is remembered, then "the
     * DPC said": the body of that name, in full */
    char glossed_head[QWORD_LOW] = "";
    if (best < 0 && named && m->name_hi == m->name_lo + 1 && letters->acronym &&
        !letters->poss && letters->len < sizeof ents->e[0].initials &&
        all_capitals(t, letters->start, letters->len) &&
        glossed_earlier(ents, t, letters->start, letters->len, s->w[m->lo].start, &start,
                        &len)) {
        size_t b = start + len;
        while (b > start && t->s[b - 1] != ' ')
            b--;
        for (size_t i = 0; b + i < start + len && i + 1 < sizeof glossed_head; i++)
            glossed_head[i] = (char)(t->s[b + i] >= 'A' && t->s[b + i] <= 'Z' ? t->s[b + i] + 32
                                                                            : t->s[b + i]);
        head = glossed_head;
    }
    bool created = false;
    if (best < 0) {
        created = true;
        best = new_entity(ents, MK_ORG, start, len, at);
        strcpy(ents->e[best].head, head);
        if (*glossed_head)
            strcpy(ents->e[best].initials, letters->low); /* shorter than 8 bytes */
        ents->e[best].named = named;
        ents->e[best].place = (s->w[m->name_hi - 1].cls & QW_PLACE) != 0;
        ents->e[best].outlet = named && stance__after_outlet_noun(s, m->name_lo);
    } else if (at > ents->e[best].seen) {
        ents->e[best].seen = at;
    }
    /* "Syria Civil Defense, better known as the White Helmets,": what "the White Helmets"
     * names from now on */
    size_t aka_start, aka_len;
    if (named && known_as(s, t, m, &aka_start, &aka_len)) {
        ents->e[best].aka_start = aka_start;
        ents->e[best].aka_len = aka_len;
    }
    /* "shipping giant Maersk", "the group Vantagro", "Carmaker Tevoro": a firm */
    const size_t before = m->name_lo;
    if (named && before > 0 && is_word(&s->w[before - 1]) && !s->w[before - 1].poss &&
        stance__firm_word(&s->w[before - 1]))
        ents->e[best].firm = true;
    /* "Ministry of Foreign Affairs (MNE)": its initials, for "the MNE" later (a country's,
     * "the Democratic Republic of Congo (DRC)", stay a name of their own, which "it" may
     * mean as a place's name would not) */
    const char *gloss = s->w[m->name_hi - 1].gloss;
    if (*gloss && !ents->e[best].place) {
        strcpy(ents->e[best].initials, gloss); /* both 8 bytes */
        /* "ICC denounces ..." in the headline, then "The International Criminal Court
         * (ICC)": the body those initials named before, in full from now on, and its
         * quotations so far (the caller renames them) */
        const int by_initials = created ? named_by_gloss(ents, t, best, gloss) : -1;
        if (by_initials >= 0) {
            entity_t *old = &ents->e[by_initials], *full = &ents->e[best];
            rename_from(ents, old);
            old->start = full->start;
            old->len = full->len;
            strcpy(old->head, full->head); /* both QWORD_LOW */
            strcpy(old->initials, gloss);
            if (at > old->seen)
                old->seen = at;
            renamed_as(ents, old);
            full->used = false;
            best = by_initials;
        }
    }
    return best;
}

/* The organization of "a spokesperson for X", "a statement from X". */
static int behind(entities_t *ents, const sentence_t *s, const qtext_t *t, const mention_t *m)
{
    size_t lo = m->org_lo + 1, det = NONE; /* past for / of / from / by */
    if (lo < m->org_hi && (s->w[lo].cls & QW_DET) && !(s->w[lo].cls & QW_PRONOUN)) {
        det = lo;
        lo++;
    }
    mention_t o;
    if (!stance__mention_from_phrase(s, det, lo, m->org_hi, &o))
        return -1;
    /* "a statement from Tony Blair" is his; "a spokesman for Tony Blair" is not he */
    if (o.kind == MK_PERSON)
        return m->kind == MK_DOC ? person(ents, s, t, &o) : -1;
    /* "a spokesperson for Ukraine's foreign ministry": the owner names it (never the Russian
     * one named before) */
    const size_t owner = det != NONE ? det : lo - 1;
    if (o.kind == MK_ORG && owner < o.name_lo && s->w[owner].poss && s->w[owner].cap)
        o.name_lo = owner;
    if (o.kind == MK_ORG)
        return organization(ents, s, t, &o);
    return -1;
}

/* "the former" and "the latter": the earlier and the later of the two named last. */
static int former_or_latter(const entities_t *ents, const mention_t *m)
{
    return ents->named[m->order == 'l' ? 1 : 0];
}

/* Whether entity e was named last, or opened a sentence last, in the bytes [from, to). */
static bool named_in(const entity_t *e, uint64_t from, uint64_t to)
{
    return (e->seen >= from && e->seen < to) || (e->lead_seen > from && e->lead_seen <= to);
}

/* Whether the pronoun at word `at` is the subject right after a sentence's opening
 * participle clause: "Commenting on ..., he", "Speaking to reporters in ..., she". */
static bool opening_participle(const sentence_t *s, size_t at)
{
    if (at < 3 || !is_brk(&s->w[at - 1], ',') || !participle_opens(s))
        return false;
    for (size_t i = 1; i + 1 < at; i++)
        if (s->w[i].type == QT_QUOTE || is_brk(&s->w[i], ','))
            return false; /* one clause, no quotation in it */
    return true;
}

static int pronoun(entities_t *ents, const sentence_t *s, const mention_t *m)
{
    const qword_t *w = &s->w[m->lo];
    uint64_t at = w->start;
    int id;
    if (m->order)
        return former_or_latter(ents, m);
    if ((w->cls & (QW_MALE | QW_FEMALE)) || m->gender) { /* he, she; him, her as objects */
        uint8_t g = (w->cls & QW_MALE) ? 'm' : (w->cls & QW_FEMALE) ? 'f' : m->gender;
        /* "Trump, he said, would be ...": the name set off before "he said" is what he
         * speaks of, never who he is (a person named in [topic, comma) is passed over) */
        uint64_t topic = UINT64_MAX, comma = 0;
        if (m->lo >= 2 && is_brk(&s->w[m->lo - 1], ',') && m->hi + 1 < s->n &&
            is_word(&s->w[m->hi]) && (s->w[m->hi].cls & QW_SPEECH) &&
            is_brk(&s->w[m->hi + 1], ',')) {
            /* "Trump, he said", and "Netanyahu's words, he said": a name, or a name's noun */
            size_t k = m->lo - 1;
            bool named = false;
            while (k > 0 && m->lo - 1 - k < 4 && is_word(&s->w[k - 1]) &&
                   (s->w[k - 1].cap || (k == m->lo - 1 && k >= 2 && s->w[k - 2].poss &&
                                        !(s->w[k - 1].cls & QW_FUNCTION)))) {
                named = named || s->w[k - 1].cap;
                k--;
            }
            if (k < m->lo - 1 && named) {
                topic = s->w[k].start;
                comma = s->w[m->lo - 1].start;
            }
        }
        /* the person who spoke last, though an organization spoke since ("over which Bhutan
         * also claims sovereignty"), else the person named last */
        id = ents->last_person;
        bool fits = id >= 0 && same_gender(gender_of(&ents->e[id]), g) &&
                    !named_in(&ents->e[id], topic, comma);
        /* unless another person has opened a sentence since that one spoke ("Barnier gave a
         * more reserved account, which he called “cordial”"; "Serur held a press conference
         * after police detained Glas. “...,” she said."): one known by a full name or a role,
         * not a lone capitalized word ("Ethiopians would finish it") */
        uint64_t since = id >= 0 ? ents->e[id].seen : 0;
        if (!fits)
            id = -1;
        /* "he added", "she also added": the last speaker goes on, whoever has opened a
         * sentence since */
        size_t v = m->hi;
        while (v < s->n && is_word(&s->w[v]) && (s->w[v].cls & (QW_SKIP | QW_AGAIN)))
            v++;
        const bool adds =
            v < s->n && (low_is(&s->w[v], "added") || low_is(&s->w[v], "adds"));
        /* "“...,” he wrote" after "a letter signed by President X": the author of the
         * document named since the last person spoke wrote it, though another has opened a
         * sentence since ("Ebrard was carrying a letter signed by ... Lopez Obrador"); not an
         * author who spoke last ("Juncker said in the statement. Trump defended his decision
         * on Twitter. “...” he wrote.") */
        const int author = ents->doc_author;
        if (v < s->n && (low_is(&s->w[v], "wrote") || low_is(&s->w[v], "writes")) &&
            author >= 0 && author != ents->last_person && ents->e[author].kind == MK_PERSON &&
            ents->e[author].seen <= at && same_gender(gender_of(&ents->e[author]), g) &&
            !named_in(&ents->e[author], topic, comma) &&
            (ents->last_person < 0 ||
             ents->e[author].seen >= ents->e[ents->last_person].seen)) {
            id = author;
            if (!ents->e[id].gender)
                ents->e[id].gender = g;
            goto found;
        }
        for (int i = 0; i < ENTITIES && !(adds && fits); i++) {
            const entity_t *e = &ents->e[i];
            if (e->used && e->kind == MK_PERSON && known_person(e) && e->lead_seen > since &&
                e->lead_seen <= at && same_gender(gender_of(e), g) &&
                !named_in(e, topic, comma)) {
                id = i;
                since = e->lead_seen;
            }
        }
        /* a person named earlier in the pronoun's own sentence, outside quotations
         * ("condemning Liam Fox's remarks, in which he stated ..."): one known to be of the
         * pronoun's gender before one not known to be, the one who opened the sentence before
         * an object ("Trump attacked Trudeau over what he described as ..."), a subject
         * before one named after a preposition ("the spokeswoman said that the statements of
         * X ..., she clarified"), then the nearest */
        const int before_sentence = id;
        /* "Commenting on the shelling at Eastern Crossing, he said": whoever is named in an
         * opening participle's clause is what he speaks of; he is the participle's subject,
         * the man from before the sentence */
        const uint64_t intro_end = before_sentence >= 0 && opening_participle(s, m->lo)
                                       ? s->w[m->lo - 1].start
                                       : 0;
        int near = -1, near_rank = -1;
        for (int i = 0; i < ENTITIES && !(adds && fits); i++) {
            const entity_t *e = &ents->e[i];
            if (!e->used || e->kind != MK_PERSON || !known_person(e) || e->seen < s->w[0].start ||
                e->seen >= at || !same_gender(gender_of(e), g) || named_in(e, topic, comma) ||
                e->seen < intro_end)
                continue;
            const bool opened = e->lead_seen > s->w[0].start && e->lead_seen <= at;
            const int rank = 4 * (e->gender == g) + 2 * opened + !e->oblique;
            if (near < 0 || rank > near_rank ||
                (rank == near_rank && e->seen > ents->e[near].seen)) {
                id = near = i;
                near_rank = rank;
            }
        }
        /* "At a meeting with Ambassador Lin, he said": the weakest candidate of the sentence
         * (no gender known, named after a preposition, not its opener) is whom he speaks of or
         * with; a person from before the sentence is who he is */
        if (near >= 0 && near_rank == 0 && before_sentence >= 0)
            id = before_sentence;
        bool slip = false;
        if (id < 0) {
            id = most_recent_person(ents, g, at);
            /* "Sheinbaum questioned it. “...,” he responded": translated copy may give a
             * woman "he" (or a man "she"); when no one known by a full name or a title can
             * be the pronoun, the person who spoke last is meant, before a lone capitalized
             * word that never spoke ("Forecast is from ..."; "Peskov said" is he) */
            const int last = ents->last_speaker;
            if ((id < 0 || (!known_person(&ents->e[id]) && !ents->e[id].spoke)) && last >= 0 &&
                ents->e[last].kind == MK_PERSON && known_person(&ents->e[last]) &&
                ents->e[last].seen <= at && !same_gender(gender_of(&ents->e[last]), g)) {
                id = last;
                slip = true;
            }
        }
        /* "Government spokesman Salome Tadesse said ... “...,” she said": when no one the
         * article names can be "she" (or "he"), the person who spoke last is, whatever their
         * title's word made of them */
        /* (not against the given name: "Dmitry Peskov" is no "she" whatever his title) */
        if (id < 0 && ents->last_person >= 0 && ents->e[ents->last_person].kind == MK_PERSON &&
            ents->e[ents->last_person].seen <= at &&
            same_gender(ents->e[ents->last_person].name_gender, g))
            id = ents->last_person;
        if (id >= 0 && !ents->e[id].gender && !slip)
            ents->e[id].gender = g;
    } else {
        /* it, they: the organization that spoke last, unless another one has since opened a
         * sentence ("The Defence Ministry published photos. “...,” it said."); "it" is also
         * the document that spoke last, whoever issued it ("The statement revealed that ...
         * It, however, stated that “...”") */
        id = ents->last_speaker;
        if (id >= 0 && ents->e[id].kind != MK_ORG && !(ents->spoke_by_doc && low_is(w, "it")))
            id = -1;
        uint64_t since = id >= 0 ? ents->e[id].seen : 0;
        for (int i = 0; i < ENTITIES; i++) {
            const entity_t *e = &ents->e[i];
            /* not a country or capital that opened a sentence without speaking, once an
             * organization has spoken ("The office ... confirmed the loss. Washington can
             * still appeal. “...,” it said.") */
            if (e->used && e->kind == MK_ORG && e->lead_seen > since && e->lead_seen <= at &&
                !(e->place && id >= 0)) {
                id = i;
                since = e->lead_seen;
            }
        }
        if (id < 0)
            id = most_recent(ents, MK_ORG, 0, at, false);
    }
found:
    if (id >= 0 && at > ents->e[id].seen)
        ents->e[id].seen = at;
    if (id >= 0)
        ents->e[id].oblique = false;
    return id;
}

/* A role any office holder has ("the official", "the officer", "the diplomat", "the leader",
 * "the cleric", "the boss", and of a legislature "the lawmaker", "the legislator"): journalists
 * use it for whoever spoke last, a president or a minister, to avoid repeating the name. */
static bool generic_role(const char *role)
{
    return strcmp(role, "official") == 0 || strcmp(role, "diplomat") == 0 ||
           strcmp(role, "leader") == 0 || strcmp(role, "cleric") == 0 ||
           strcmp(role, "officer") == 0 || strcmp(role, "lawmaker") == 0 ||
           strcmp(role, "legislator") == 0 || strcmp(role, "politician") == 0 ||
           strcmp(role, "statesman") == 0 || strcmp(role, "boss") == 0;
}

/* Whether person e holds an office that leads a country (rules list leading_offices: "prime
 * minister", "president", "king"), as "the Hungarian leader" names its holder. */
static bool office_leads(const entities_t *ents, const char *role, const char *mod)
{
    char office[2 * QWORD_LOW]; /* each part is shorter than QWORD_LOW */
    size_t n = 0;
    if (mod[0]) {
        n = strlen(mod);
        memcpy(office, mod, n);
        office[n++] = ' ';
    }
    strcpy(office + n, role);
    return stance__quote_list_has(&ents->rules->leading_offices, office);
}

static bool leading_office(const entities_t *ents, const entity_t *e)
{
    return office_leads(ents, e->role, e->role_mod);
}

/* A role that speaks for a body: "the spokesperson" is whoever spoke last as its
 * "representative" ("Foreign Ministry representative Guo Jiakun ... The spokesperson called
 * on ..."), as journalists vary the word. */
static bool speaks_for_a_body(const char *role)
{
    return strncmp(role, "spokes", 6) == 0 || strcmp(role, "representative") == 0;
}


/* Whether a title mention gives an age ("the 64-year-old diplomat"; the age may stand just
 * before the words the mention took). */
static bool aged(const sentence_t *s, const mention_t *m)
{
    for (size_t i = m->lo > 2 ? m->lo - 2 : 0; i < m->name_hi; i++)
        if (age_word(s->w[i].low))
            return true;
    return false;
}

/* Whether the mention's words before its role hold a word of character ("the outspoken
 * libertarian economist", "the embattled leader"). */
static bool of_character(const entities_t *ents, const sentence_t *s, const mention_t *m)
{
    const size_t end = m->role != NONE ? m->role : m->name_hi;
    for (size_t i = m->lo; i < end; i++)
        if (s->w[i].type == QT_WORD && stance__quote_list_has(&ents->rules->character_words,
                                                              s->w[i].low))
            return true;
    return false;
}


/* A role whose holder speaks for someone else: a spokesman, a press secretary. */
static bool speaks_for_others(const char *role)
{
    return strncmp(role, "spokes", 6) == 0 || strcmp(role, "secretary") == 0;
}

/* Whether the person has a name met in the story: in a headline in Title Case a run of
 * capitals ("Peace Talks Resume", "Ceasefire Holds") reads as a name, and only a name met
 * again after the headline is one an epithet ("the envoy said") refers back to (a title
 * finds the holder of that very title named there, as before); so is the one word that
 * opens a headline in sentence case ("Cease fire violation ..."), unless met again or
 * named in full. */
static bool named_in_story(const entities_t *ents, const entity_t *e)
{
    return e->named && e->seen >= ents->headline_end &&
           !(e->seen < ents->opener_end && e->start + e->len <= ents->opener_end);
}

/* How far apart, in bytes, two names joined by "and" may stand: a title between them
 * ("X and former chief financial officer Y"). */
#define PAIR_REACH 80

/* "the two bankers", "both ministers" (mention m, a role in the plural): the two people
 * seen last, when they were named together, joined by "and" in one sentence ("former chief
 * executive X and former chief financial officer Y"); one speaker for both, its span from
 * the first name to the second. With `places`, "the two countries", "both governments" (m,
 * an organization): the two countries seen last, named so ("Burkina Faso and Mali"). -1
 * when m says no "two" or "both", or no such pair. */
static int named_pair(entities_t *ents, const sentence_t *s, const qtext_t *t,
                      const mention_t *m, bool places)
{
    bool two = false;
    const size_t head = places ? m->name_hi - 1 : m->role;
    for (size_t i = m->lo; i < head; i++)
        two = two || low_is(&s->w[i], "two") || low_is(&s->w[i], "both");
    if (!two)
        return -1;
    int a = -1, b = -1; /* the two named people seen last, b the later */
    for (int i = 0; i < ENTITIES; i++) {
        const entity_t *e = &ents->e[i];
        if (!e->used || e->kind != (places ? MK_ORG : MK_PERSON) || !e->named ||
            e->place != places)
            continue;
        if (b < 0 || e->seen > ents->e[b].seen) {
            a = b;
            b = i;
        } else if (a < 0 || e->seen > ents->e[a].seen) {
            a = i;
        }
    }
    if (a < 0)
        return -1;
    if (ents->e[a].start > ents->e[b].start) { /* in the order of the text */
        const int k = a;
        a = b;
        b = k;
    }
    const entity_t *x = &ents->e[a], *y = &ents->e[b];
    const size_t gap = x->start + x->len;
    if (y->start <= gap || y->start - gap > PAIR_REACH)
        return -1;
    bool joined = false;
    for (size_t i = gap; i + 5 <= y->start; i++) {
        if (t->s[i] == '.' || t->s[i] == '\n')
            return -1; /* not one sentence */
        joined = joined || memcmp(t->s + i, " and ", 5) == 0;
    }
    if (!joined)
        return -1;
    const size_t start = x->start, len = y->start + y->len - x->start;
    const uint64_t at = s->w[m->lo].start;
    for (int i = 0; i < ENTITIES; i++) /* named so before */
        if (ents->e[i].used && ents->e[i].kind == MK_ORG && ents->e[i].start == start &&
            ents->e[i].len == len) {
            if (at > ents->e[i].seen)
                ents->e[i].seen = at;
            return i;
        }
    const int id = new_entity(ents, MK_ORG, start, len, at);
    ents->e[id].named = true;
    return id;
}

static int title(entities_t *ents, const sentence_t *s, const qtext_t *t, const mention_t *m)
{
    /* "the G7 ministers", "the ministers' statement", "Officials said", "many officials":
     * several people, named or not, who speak together as a group does and are never the one
     * minister who spoke last, nor "she"; "the two bankers", the two named together last */
    if (m->role != NONE && stance__plural_word(&s->w[m->role])) {
        const int pair = named_pair(ents, s, t, m, false);
        return pair >= 0 ? pair : organization(ents, s, t, m);
    }
    uint64_t at = s->w[m->lo].start;
    const char *role, *mod;
    mention_role(ents, s, m, &role, &mod);
    size_t start = s->w[m->name_lo].start;
    size_t end = span_end(s, t, m->org_hi > m->name_hi ? m->org_hi : m->name_hi);
    /* a bare title ("the minister", "the chief U.S. diplomat", "The High Representative")
     * refers back freely; one with an owner or a field of its own ("Congo's communications
     * minister") only to a named person of that role or to the same words */
    bool bare = m->org_lo == m->org_hi;
    for (size_t i = m->name_lo; i < m->name_hi; i++) /* ("the president's" is bare) */
        if ((s->w[i].poss && i != m->role) || (!(s->w[i].cls & QW_TITLE) && !s->w[i].cap))
            bare = false;
    /* "the socialist leader", "the veteran diplomat": a role any office holder has, with a
     * word that describes its holder, refers back as the bare one does */
    if (!bare && m->org_lo == m->org_hi && m->role != NONE && generic_role(s->w[m->role].low)) {
        bool described = true;
        for (size_t i = m->name_lo; i < m->role; i++)
            described = described && !s->w[i].poss && !s->w[i].cap && plain_modifier(&s->w[i]);
        bare = described;
    }
    /* "the Chinese president": China's, never a president of another known country */
    const char *nation = mention_nation(ents, s, m);
    /* "Hara's spokesman": Hara's, never a spokesman known as someone else's or nobody's */
    const char *owner = mention_owner(ents, s, m);
    const char *body = role_body(s, m);
    const char *initials = role_initials(ents, s, m);
    bool body_modifier = false; /* "the police spokesperson": a body's word before the role */
    for (size_t i = m->name_lo; m->role != SIZE_MAX && i < m->role; i++)
        body_modifier = body_modifier ||
                        (is_word(&s->w[i]) && !s->w[i].cap && (s->w[i].cls & QW_ORG));
    if (m->definite) {
        const bool former = former_office(s, m);
        int best = -1, compatriot = -1;
        bool foreigner = false;
        bool last_holds = false; /* the last speaker holds the title now, as the loop reads it */
        for (int i = 0; i < ENTITIES; i++) {
            const entity_t *e = &ents->e[i];
            if (!e->used || e->kind != MK_PERSON || e->seen > at)
                continue;
            /* the title held now, or the one held before another was given; or, for "his
             * French counterpart X", any title of that country ("the French foreign
             * minister") */
            /* (not "the president" of one named "the former president") */
            const bool now = strcmp(e->role, role) == 0 && e->former_role == former;
            const bool counterpart = strcmp(e->role, "counterpart") == 0 && nation &&
                                     e->nation && strcmp(e->nation, nation) == 0;
            if (!now && !counterpart && strcmp(e->role_before, role) != 0)
                continue;
            const char *held_mod = now ? e->role_mod : counterpart ? "" : e->role_before_mod;
            if (*mod && *held_mod && strcmp(mod, held_mod) != 0)
                continue; /* "the prime minister" is not the defence minister */
            if (now && *body && e->body[0] && strcmp(body, e->body) != 0)
                continue; /* nor "the ministry spokeswoman" the police spokeswoman */
            if (!*mod && lesser_office(held_mod))
                continue; /* nor is "the president" the vice president */
            if (!e->named && !bare && !ends_in_words(t, e->start, e->len, start, end - start))
                continue; /* "the ministry official": the "unification ministry official" */
            if (!same_nation(e->nation, nation)) {
                foreigner = true;
                continue;
            }
            if (owner && strcmp(e->owner, owner) != 0)
                continue;
            /* "the police spokesperson", "the Spokesperson of the Ministry of External
             * Affairs": a body's, never a person's own spokesman ("the spokesman for
             * President Abbas", "President Waheed's press secretary") */
            if (!owner && e->owner[0] &&
                (body_modifier || (m->org_lo < m->org_hi && speaks_for_others(role))))
                continue;
            if (nation && e->nation && (compatriot < 0 || e->seen > ents->e[compatriot].seen))
                compatriot = i;
            if (best < 0 || e->seen > ents->e[best].seen)
                best = i;
            last_holds = last_holds || (i == ents->last_speaker && now);
        }
        /* "“...,” a high-ranking police officer said. ... “...,” the police official said": a
         * role any office holder has, with a body's word, is the unnamed speaker of that
         * body's word and such a role, whoever holds the same role word with no body */
        const int spoke = ents->last_speaker;
        if (*body && generic_role(role) && spoke >= 0 && ents->e[spoke].kind == MK_PERSON &&
            !ents->e[spoke].named && generic_role(ents->e[spoke].role) &&
            strcmp(ents->e[spoke].body, body) == 0 && ents->e[spoke].seen <= at &&
            same_gender(m->gender, ents->e[spoke].gender))
            best = compatriot = spoke;
        /* the holder from that country; else one whose country is unknown, as long as no
         * holder of the role is known to be from another ("the Chinese president" when only
         * the U.S. one was named is someone new) */
        if (compatriot >= 0)
            best = compatriot;
        else if (foreigner && !potus(s, m))
            best = -1; /* (POTUS, in American copy, is the president it names with no country) */
        /* "Trump sought support, speaking by phone with South Korean President Moon ... The
         * president voiced optimism": a holder named after a preposition in the sentence that
         * another holder of the same title opened is what that sentence speaks of; the title
         * means the one who opened it */
        for (int i = 0; best >= 0 && bare && ents->e[best].oblique && i < ENTITIES; i++) {
            const entity_t *e = &ents->e[i];
            const uint64_t met = ents->e[best].seen;
            if (i != best && e->used && e->kind == MK_PERSON && !e->oblique && e->lead_seen &&
                e->lead_seen <= met && e->lead_seen + EPITHET_REACH >= met &&
                strcmp(e->role, ents->e[best].role) == 0 && e->former_role == former &&
                strcmp(e->role_mod, ents->e[best].role_mod) == 0 && /* the very same title */
                same_gender(m->gender, e->gender) &&
                same_nation(e->nation, nation)) {
                best = i;
                break;
            }
        }
        /* "In a post on Monday, Petro condemned ..., “...,” the president wrote": the person
         * who opened this sentence, of no other known title, is whom its title names again,
         * not a holder of it named sentences before (a title with a country, "the French
         * president", is an epithet for someone of that country, below) */
        const uint64_t sentence_start = s->w[0].start;
        bool after_quote = false; /* the title credits a quotation before it */
        for (size_t k = 0; k < s->nq; k++)
            after_quote = after_quote || s->q[k].item < m->lo;
        for (int i = 0; bare && !nation && after_quote && i < ENTITIES; i++) {
            const entity_t *e = &ents->e[i];
            if (i != best && e->used && e->kind == MK_PERSON && e->named && !e->role[0] &&
                e->lead_seen > sentence_start && e->lead_seen <= at &&
                (best < 0 || ents->e[best].seen <= sentence_start) &&
                same_gender(m->gender, e->gender) && same_nation(e->nation, nation)) {
                best = i;
                set_role(ents, &ents->e[best], s, m);
                break;
            }
        }
        /* "A ministry spokesperson said ... “...,” Geng Shuang said. The spokesperson
         * said": a person named without a role who has spoken since the title's holder was
         * last met is the holder named at last */
        int last = ents->last_speaker;
        /* "Lind made the remark ..., shortly after Foreign Minister Ruiz presented ... The
         * minister said": of two holders of a bare title, the one who spoke last and opened a
         * sentence more lately than the other, not the one named since in passing */
        if (best >= 0 && bare && last_holds && last != best &&
            same_gender(m->gender, ents->e[last].gender) &&
            ents->e[last].lead_seen > ents->e[best].lead_seen)
            best = last;
        if (best >= 0 && bare && last >= 0 && last != best && ents->e[last].kind == MK_PERSON &&
            ents->e[last].named && !ents->e[last].role[0] && !ents->e[best].named &&
            ents->e[last].seen > ents->e[best].seen &&
            same_gender(m->gender, ents->e[last].gender) &&
            same_nation(ents->e[last].nation, nation)) {
            best = last;
            set_role(ents, &ents->e[best], s, m);
        }
        /* the unnamed person who spoke last: "the source" ("A Tarsian official close to the
         * talks told reporters ..."), never one the article names; and "the official added"
         * after "the spokesperson said", as it is for a named speaker (below) */
        bool plain = true; /* "the official", "the senior official": no name in it */
        for (size_t i = m->name_lo; i < m->name_hi; i++)
            plain = plain && !s->w[i].cap;
        if (best < 0 && bare && plain && (strcmp(role, "source") == 0 || generic_role(role)) &&
            last >= 0 && ents->e[last].kind == MK_PERSON && !ents->e[last].named &&
            same_gender(m->gender, ents->e[last].gender))
            best = last;
        /* "the top government spokesman", "the top Japanese official": "top" makes an
         * epithet for someone already named, as a description by nationality does */
        bool top = false;
        for (size_t i = m->name_lo; m->role != SIZE_MAX && i < m->role; i++)
            top = top || low_is(&s->w[i], "top");
        if (best < 0 && (bare || top)) {
            /* the last speaker, whose role was not given; or, described by nationality and
             * trade ("the Spanish diplomat") when nobody holds this title, whatever it was */
            bool described = top;
            for (size_t i = m->name_lo; m->role != SIZE_MAX && i < m->role; i++)
                if (s->w[i].cap && !(s->w[i].cls & QW_TITLE))
                    described = true;
            /* a group's reply between does not hide the person ("..., the ministry
             * replied. “...,” the American diplomat said": the American who spoke before) */
            if (last >= 0 && ents->e[last].kind != MK_PERSON && generic_role(role))
                last = ents->last_person;
            if (last >= 0 && ents->e[last].kind == MK_PERSON && ents->e[last].named &&
                same_nation(ents->e[last].nation, nation)) {
                if (!ents->e[last].role[0]) {
                    best = last;
                    set_role(ents, &ents->e[best], s, m);
                } else if ((described || generic_role(role) ||
                            (speaks_for_a_body(role) && speaks_for_a_body(ents->e[last].role))) &&
                           same_gender(m->gender, ents->e[last].gender) &&
                           /* (not "the UN official" for the M23 spokesman: a body's initials
                            * describe only one who serves that body) */
                           (!*initials || strcmp(initials, ents->e[last].body_initials) == 0) &&
                           /* (not "the US president" for a foreign minister: an office that
                            * leads a country is no epithet for another office) */
                           !(office_leads(ents, role, mod) &&
                             !office_leads(ents, ents->e[last].role, ents->e[last].role_mod))) {
                    best = last;
                }
            }
        }
        /* "This was announced by Ambassador X. According to the diplomat, ...": a generic
         * title before anyone has spoken is the person named last, a sentence or two back */
        if (best < 0 && bare && plain && generic_role(role) && ents->last_speaker < 0) {
            for (int i = 0; i < ENTITIES; i++) {
                const entity_t *e = &ents->e[i];
                if (e->used && e->kind == MK_PERSON && named_in_story(ents, e) &&
                    e->seen <= at && e->seen + EPITHET_REACH >= at &&
                    same_gender(m->gender, e->gender) &&
                    same_nation(e->nation, nation) && (best < 0 || e->seen > ents->e[best].seen))
                    best = i;
            }
        }
        /* "Susilo Bambang Yudhoyono used Twitter to ... The president said": before anyone has
         * spoken, a bare title that no one named holds is the person of no known office who
         * opened a sentence a sentence or two before, and since the title was last met alone
         * ("Indonesia's president has taken aim at ...", in the lead): news names a leader
         * first and gives the title after */
        /* (a title in capitals too: "Theresa May has expelled ... The Prime Minister said") */
        bool title_words = true;
        for (size_t i = m->name_lo; i < m->name_hi; i++)
            title_words = title_words && (!s->w[i].cap || (s->w[i].cls & QW_TITLE));
        if (bare && title_words && ents->last_speaker < 0 && (best < 0 || !ents->e[best].named)) {
            const uint64_t since = best >= 0 ? ents->e[best].seen : 0;
            for (int i = 0; i < ENTITIES; i++) {
                const entity_t *e = &ents->e[i];
                if (e->used && e->kind == MK_PERSON && named_in_story(ents, e) && !e->role[0] &&
                    e->lead_seen > since && e->lead_seen <= at &&
                    e->lead_seen + EPITHET_REACH >= at && same_gender(m->gender, e->gender) &&
                    same_nation(e->nation, nation) &&
                    (best < 0 || !ents->e[best].named ||
                     e->lead_seen > ents->e[best].lead_seen))
                    best = i;
            }
            if (best >= 0 && ents->e[best].named && !ents->e[best].role[0])
                set_role(ents, &ents->e[best], s, m);
        }
        if (best >= 0) {
            if (at > ents->e[best].seen)
                ents->e[best].seen = at;
            ents->e[best].oblique = false;
            /* "..., says vice-chancellor" in the headline, then "The vice-chancellor has
             * accused ...": the holder the article has now called "the", and names later */
            if (!ents->e[best].named && m->definite && m->org_lo == m->org_hi)
                ents->e[best].definite_title = true;
            return best;
        }
    }
    /* (a country's possessive and words that describe the holder make one too: "Brazil's
     * far-right president") */
    if (m->definite && nation && (bare || !owner)) {
        /* "Trump bit back at Emmanuel Macron after the French president described ...": a
         * title with a country and no known holder is an epithet for the person named last
         * (within EPITHET_REACH bytes before) whose office was not given; "the Hungarian
         * leader" also for one whose office leads the country ("Hungarian Prime Minister X") */
        const bool leader = strcmp(role, "leader") == 0;
        int best = -1;
        for (int i = 0; i < ENTITIES; i++) {
            const entity_t *e = &ents->e[i];
            if (e->used && e->kind == MK_PERSON && named_in_story(ents, e) &&
                (!e->role[0] || generic_role(e->role) || (leader && leading_office(ents, e))) &&
                e->seen <= at &&
                same_gender(m->gender, e->gender) &&
                same_nation(e->nation, nation) && (best < 0 || e->seen > ents->e[best].seen))
                best = i;
        }
        /* unless an unnamed official has spoken since ("..., said the spokesperson. The Sri
         * Lankan officer ..."): the title is theirs, as the rules below find */
        const int last = ents->last_speaker;
        const bool unnamed_spoke = last >= 0 && ents->e[last].kind == MK_PERSON &&
                                   !ents->e[last].named &&
                                   (best < 0 || ents->e[last].seen > ents->e[best].seen);
        if (unnamed_spoke)
            best = -1;
        /* a role any office holder has ("the Sri Lankan officer", "the Chinese official")
         * is that unnamed speaker, when of no other country */
        if (unnamed_spoke && generic_role(role) && same_nation(ents->e[last].nation, nation) &&
            same_gender(m->gender, ents->e[last].gender)) {
            if (at > ents->e[last].seen)
                ents->e[last].seen = at;
            return last;
        }
        if (best >= 0 && ents->e[best].seen + EPITHET_REACH >= at) {
            ents->e[best].oblique = false;
            set_role(ents, &ents->e[best], s, m);
            if (at > ents->e[best].seen)
                ents->e[best].seen = at;
            return best;
        }
    }
    const bool described = m->definite && (of_character(ents, s, m) || former_office(s, m) ||
                                            stance__quote_list_has(&ents->rules->race_roles, role));
    if (!m->indefinite && (aged(s, m) || described)) {
        /* "the 64-year-old diplomat", "the outspoken libertarian economist", "the ruling
         * party candidate", "the former Minister of Defense" (whom no one named was called,
         * or held once): an epithet for the person just described, the named one who opened
         * a sentence last; but for a title of what they are or were, the named person who
         * spoke last, when one has ("..., said Prabowo. X, who founded the channel, let us
         * quote him. The former Minister of Defense maintained ...") */
        const int spoke = ents->last_person;
        int best = described && spoke >= 0 && named_in_story(ents, &ents->e[spoke]) &&
                           ents->e[spoke].seen <= at &&
                           same_gender(m->gender, ents->e[spoke].gender)
                       ? spoke
                       : -1;
        const bool by_speech = best >= 0;
        for (int i = 0; !by_speech && i < ENTITIES; i++) {
            const entity_t *e = &ents->e[i];
            if (e->used && e->kind == MK_PERSON && named_in_story(ents, e) && e->lead_seen &&
                e->lead_seen <= at && same_gender(m->gender, e->gender) &&
                (best < 0 || e->lead_seen > ents->e[best].lead_seen))
                best = i;
        }
        if (best >= 0) {
            if (at > ents->e[best].seen)
                ents->e[best].seen = at;
            return best;
        }
    }
    /* "Delays 'unacceptable': EU envoy" in the headline, then "An EU envoy warned ..." in the
     * lead: the headline's unnamed speaker, whom the lead introduces (and the story names
     * later) */
    for (int i = 0; m->indefinite && i < ENTITIES; i++) {
        entity_t *e = &ents->e[i];
        if (e->used && e->kind == MK_PERSON && !e->named && e->definite_title &&
            within_paragraphs(t, 0, e->start, 0) && e->first_quote != SIZE_MAX &&
            strcmp(e->role, role) == 0 &&
            (!*mod || !e->role_mod[0] || strcmp(mod, e->role_mod) == 0) &&
            same_nation(e->nation, nation) && same_gender(m->gender, e->gender) &&
            within_paragraphs(t, e->start, at, 3)) {
            if (at > e->seen)
                e->seen = at;
            return i;
        }
    }
    /* an unnamed person: "a senior official", "the spokesman of the Committee" */
    int id = new_entity(ents, MK_PERSON, start, end - start, at);
    set_role(ents, &ents->e[id], s, m);
    ents->e[id].gender = m->gender;
    /* (a headline drops the article: "..., says vice-chancellor" is "the vice-chancellor"
     * whom the story names, unless it says "a") */
    ents->e[id].definite_title =
        m->definite || (ents->sentences == 1 && s->para_start && !m->indefinite);
    return id;
}

/* Whether byte `at` lies in the text's first two paragraphs (a headline and the lead), as the
 * quotation reader breaks paragraphs. */
static bool in_lead(entities_t *ents, const qtext_t *t, size_t at)
{
    /* found once per text: asked for many speakers, a text of no breaks is read once */
    if (!ents->lead_known) {
        unsigned breaks = 0;
        size_t next;
        ents->lead_end = SIZE_MAX;
        for (size_t i = 0; i < t->n; i++)
            if (stance__qtext_paragraph_break(t, i, &next)) {
                if (++breaks >= 2) {
                    ents->lead_end = i;
                    break;
                }
                i = next - 1;
            }
        ents->lead_known = true;
    }
    return at <= ents->lead_end;
}

/* How far, in bytes, the paragraphs within_paragraphs counts may reach: a few paragraphs of
 * news are far shorter, and a text of no breaks is not read to its end for every speaker. */
#define PARAGRAPHS_REACH_BYTES 16384

/* Whether byte `to` lies at most `most` paragraph breaks after byte `from` (and no more than
 * PARAGRAPHS_REACH_BYTES after it). */
static bool within_paragraphs(const qtext_t *t, size_t from, size_t to, unsigned most)
{
    if (to > from && to - from > PARAGRAPHS_REACH_BYTES)
        return false;
    unsigned breaks = 0;
    size_t next;
    for (size_t i = from; i < to; i++)
        if (stance__qtext_paragraph_break(t, i, &next)) {
            if (++breaks > most)
                return false;
            i = next - 1;
        }
    return true;
}

/* Paragraphs after its title's holder was introduced in which a full name no one has is still
 * that holder's, past the lead: the title's paragraph, a "he also said" one, and the name's
 * (a single word there may end a body's name: "the Rally for Democracy and Liberty said"). */
#define NAMED_LATER_PARAGRAPHS 2

/* Whether the name at words [lo, hi) is set off by commas after the title that opens the
 * sentence ("The opposition leader, Peter Jones, took ...", "Tarn's prime minister, Viktor
 * Lanz, was ...", "The President of the Republic of Tarsia, Ivo Marek, ordered ..."): the
 * title's holder, named. */
static bool named_after_opening_title(const sentence_t *s, size_t lo, size_t hi)
{
    if (lo < 3 || hi >= s->n || !is_brk(&s->w[lo - 1], ',') || !is_brk(&s->w[hi], ','))
        return false;
    const qword_t *d = &s->w[0];
    bool owner = is_word(d) && d->poss && d->cap; /* a country's or a party's */
    /* or a person's: "Peter Obi's running mate, Yusuf Datti Baba-Ahmed," */
    for (size_t i = 1; !owner && i < 3 && i + 2 < lo && is_word(&s->w[i - 1]) &&
                       s->w[i - 1].cap && !s->w[i - 1].poss && is_word(&s->w[i]);
         i++)
        owner = s->w[i].poss && s->w[i].cap;
    if (!is_word(d) || (!owner && (!(d->cls & QW_DET) || (d->cls & (QW_INDEF | QW_PRONOUN)))))
        return false;
    /* the office's country or body after "of" ("The President of the Republic of Tarsia,"):
     * capitalized words, with "the", "of" and "and" between them */
    size_t end = lo - 1; /* the title's end (exclusive): the comma, or "of" */
    for (size_t i = 2; i + 2 < lo; i++)
        if (low_is(&s->w[i], "of")) {
            end = i;
            break;
        }
    for (size_t i = end + 1; end < lo - 1 && i + 1 < lo; i++)
        if (!is_word(&s->w[i]) || (s->w[i].cls & QW_SPEECH) ||
            !(s->w[i].cap || low_is(&s->w[i], "the") || low_is(&s->w[i], "of") ||
              low_is(&s->w[i], "and")))
            return false;
    if (!(s->w[end - 1].cls & QW_ROLE) || s->w[end - 1].type != QT_WORD)
        return false; /* the title ends in a role: leader, spokesman, minister */
    for (size_t i = 1; i < end; i++)
        if (!is_word(&s->w[i]) || (s->w[i].cls & (QW_FUNCTION | QW_SPEECH)))
            return false;
    return true;
}

int stance__entity_named_later(entities_t *ents, const sentence_t *s, const qtext_t *t,
                               const mention_t *m, bool again, bool remarks)
{
    if (m->kind != MK_PERSON || m->name_lo >= m->name_hi)
        return -1;
    const char *last = surname_key(ents->rules, s->w[m->name_hi - 1].low);
    const char *first = s->w[m->name_lo].low;
    for (int i = 0; i < ENTITIES; i++) {
        const entity_t *e = &ents->e[i];
        if (e->used && e->kind == MK_PERSON && e->named &&
            (strcmp(e->last, last) == 0 || strcmp(e->first, first) == 0))
            return -1; /* named before: the ordinary resolution finds them */
    }
    int id = ents->last_speaker;
    if (id < 0)
        return -1;
    entity_t *e = &ents->e[id];
    /* "The spokeswoman, Miho Tanabe, said": the title, then the name set off by commas, name
     * whoever held that title unnamed, however they were introduced (the role compared
     * below) */
    const bool apposed = m->role != NONE && named_after_opening_title(s, m->name_lo, m->name_hi);
    if (e->kind != MK_PERSON || e->named || !(e->definite_title || apposed))
        return -1;
    /* (a source is unnamed on purpose: "..., the military source confided to DVB. Min Aung
     * Hlaing promised ..." names someone else) */
    if (stance__quote_list_has(&ents->rules->anonymous_roles, e->role))
        return -1;
    /* without "also", the lead's speaker: news names in the next paragraphs whom its lead
     * gave a title only, and introduces no one else there without saying who they are; past
     * the lead, the speaker a title of a country or an owner introduced a paragraph or two
     * before ("Tesk's deputy foreign minister said ...", then "Lina Mareva told reporters";
     * not "The spokesman said only: “No comment.”", then "Kim Yo Jong wrote": a spokesman
     * of no one named may be anyone's) */
    if (!again && !apposed && !in_lead(ents, t, e->start) &&
        ((!e->nation && !e->owner[0]) ||
         !within_paragraphs(t, e->start, s->w[m->lo].start, NAMED_LATER_PARAGRAPHS)))
        return -1;
    if (!same_gender(m->gender, e->gender) || (male_form(s, m) && e->gender == 'f'))
        return -1;
    /* "Defence Minister X also said" is not the foreign minister; but "X, director-general
     * of the agency, made the comment" was the watchdog's head quoted in it */
    if (m->role != NONE && !remarks) {
        const char *role, *mod;
        mention_role(ents, s, m, &role, &mod);
        /* (a scholar's rank before the name is how he is addressed, not an office: "Professor
         * Sir Adrian Smith" is the vice-chancellor of the headline) */
        const bool rank = m->role < m->name_lo &&
                          stance__quote_list_has(&ents->rules->address_ranks, role);
        /* (a headline's or a lead's "Elections chief" heads a body whatever the office is
         * called: the lead's "Institute president X") */
        const bool headlines_chief = strcmp(e->role, "chief") == 0 && !e->role_mod[0] &&
                                     in_lead(ents, t, e->start);
        if (!rank && !headlines_chief &&
            (strcmp(role, e->role) != 0 || (*mod && *e->role_mod && strcmp(mod, e->role_mod))))
            return -1;
        if (!same_nation(e->nation, mention_nation(ents, s, m)))
            return -1; /* "Russian Foreign Minister X" is not the Turkish one */
        const char *owner = mention_owner(ents, s, m);
        if (owner && *e->owner && strcmp(owner, e->owner) != 0)
            return -1; /* "Orlov's spokesman X" is not Hara's */
    }
    rename_from(ents, e);
    name_entity(ents->rules, e, s, t, m);
    renamed_as(ents, e);
    if (m->gender && !e->gender)
        e->gender = m->gender;
    uint64_t at = s->w[m->lo].start;
    if (at > e->seen)
        e->seen = at;
    return id;
}

/* A document no one known issued ("a final summit declaration", "the joint communique"):
 * it speaks in its own name, as news cites it, an organization of its words. */
static int document_itself(entities_t *ents, const sentence_t *s, const qtext_t *t,
                           const mention_t *m)
{
    const size_t start = s->w[m->name_lo].start;
    return new_entity(ents, MK_ORG, start, span_end(s, t, m->name_hi) - start,
                      s->w[m->lo].start);
}

int stance__entity_resolve(entities_t *ents, const sentence_t *s, const qtext_t *t,
                           const mention_t *m)
{
    switch (m->kind) {
    case MK_PERSON: return person(ents, s, t, m);
    case MK_ORG: return organization(ents, s, t, m);
    case MK_PRONOUN: return pronoun(ents, s, m);
    case MK_TITLE:
        /* "a spokesman for the ministry" speaks for it; "an economist at the bank" does not:
         * where one works is no voice */
        if (m->indefinite && m->org_lo < m->org_hi && !works_at(s, m)) {
            int id = behind(ents, s, t, m);
            if (id >= 0)
                return id;
        }
        return title(ents, s, t, m);
    case MK_DOC:
        if (m->org_lo < m->org_hi) {
            int id = behind(ents, s, t, m);
            /* "the statement of the MFA": the statement "the statement" means next is its */
            if (id >= 0 && m->definite)
                ents->doc_author = id;
            if (id >= 0)
                return id;
        }
        /* "the Estonian statement": a nation's adjective before the document's word */
        size_t nation_words = 0;
        const char *nation = demonym_at(ents, s, m->name_lo, m->name_hi - 1, &nation_words);
        if (m->name_hi - m->name_lo >= 2) {
            /* named for its author: "a White House announcement", "the Kremlin statement" */
            size_t a = m->name_lo;
            while (a + 1 < m->name_hi && !s->w[a].cap)
                a++;
            mention_t o;
            if (a + 1 < m->name_hi && !s->w[m->name_hi - 2].poss &&
                stance__mention_from_phrase(s, NONE, a, m->name_hi - 1, &o)) {
                /* initials alone are an organization's: "the ISPR statement" */
                if (o.kind == MK_PERSON && o.name_hi == o.name_lo + 1 &&
                    s->w[o.name_lo].acronym)
                    o.kind = MK_ORG;
                if (o.kind == MK_ORG)
                    return organization(ents, s, t, &o);
                /* (a nation's adjective alone is no person: below) */
                if (o.kind == MK_PERSON &&
                    !(nation && o.name_lo == m->name_lo && o.name_hi - o.name_lo == nation_words))
                    return person(ents, s, t, &o);
            }
            /* "the government statement", "the army statement": a body's word in lower case
             * names its issuer, the body of that name (not whoever spoke last) */
            const qword_t *issuer = &s->w[m->name_hi - 2];
            if (!issuer->cap && !issuer->poss && (issuer->cls & QW_ORG) &&
                stance__mention_from_phrase(s, NONE, m->name_hi - 2, m->name_hi - 1, &o) &&
                o.kind == MK_ORG)
                return organization(ents, s, t, &o);
            /* an owner: "the minister's statement" is the minister's, "the ministers'" the
             * group's, "the foreign ministry's" the ministry's, though a capital spoke since;
             * a country's ("Venezuela's statement") is whichever of its organizations spoke
             * last ("the Venezuelan government") */
            size_t det = m->lo < m->name_lo ? m->lo : NONE;
            if (s->w[m->name_hi - 2].poss &&
                stance__mention_from_phrase(s, det, m->name_lo, m->name_hi - 1, &o)) {
                if (o.kind == MK_TITLE)
                    return title(ents, s, t, &o);
                if (o.kind == MK_PERSON)
                    return person(ents, s, t, &o);
                if (o.kind == MK_ORG && ents->last_speaker >= 0 &&
                    (ents->e[ents->last_speaker].kind != MK_ORG ||
                     !(s->w[o.name_hi - 1].cls & QW_PLACE)))
                    return organization(ents, s, t, &o);
            }
        }
        /* "a joint statement", "a statement" with no source: nobody known issued it; but
         * right after an organization spoke ("The Foreign Ministry said it would accept a
         * ceasefire. “...,” a statement said."), the statement is its */
        if (m->indefinite) {
            bool joint = false;
            for (size_t i = m->lo; i < m->hi; i++)
                joint = joint || low_is(&s->w[i], "joint");
            const int last = ents->last_speaker;
            if (!joint && last >= 0 && ents->e[last].kind == MK_ORG)
                return last;
            /* (and before anyone has spoken, the body that opened the last sentence before
             * this one that a body opened: "The Arab League on Sunday re-admitted Syria ...
             * “...,” said a statement after a unanimous decision") */
            int opener = -1;
            for (int i = 0; !joint && last < 0 && i < ENTITIES; i++) {
                const entity_t *e = &ents->e[i];
                if (e->used && e->kind == MK_ORG && e->lead_seen && e->lead_seen < s->w[0].start &&
                    (opener < 0 || e->lead_seen > ents->e[opener].lead_seen))
                    opener = i;
            }
            if (opener >= 0)
                return opener;
            return document_itself(ents, s, t, m);
        }
        /* the author of the statement issued last ("X issued a statement ...", though
         * someone else was quoted since); else whoever spoke last; before anyone has, the
         * organization named last ("X's ministry has put out a note. “...,” said the note.") */
        const int author = ents->doc_author >= 0 ? ents->doc_author : ents->last_speaker;
        /* "the Lithuanian intelligence report" after Belarus' minister spoke: a document of
         * another nation than its would-be author's is not theirs, and speaks for itself */
        if (author >= 0 && nation && ents->e[author].nation &&
            strcmp(ents->e[author].nation, nation) != 0)
            return document_itself(ents, s, t, m);
        if (author >= 0) {
            /* (and it is known from now on: one quoted "in the statement" later is not) */
            if (ents->doc_author < 0)
                ents->doc_author = author;
            return author;
        }
        const int named = most_recent(ents, MK_ORG, 0, s->w[m->lo].start, true);
        return named >= 0 ? named : document_itself(ents, s, t, m);
    default: return -1;
    }
}

/* Whether word lo begins the sentence's main clause: the first word, or the first after an
 * opening phrase of place or time, or an adverb, and its comma ("At the summit, X ...",
 * "Meanwhile, X ..."). */
static bool opens_clause(const sentence_t *s, size_t lo)
{
    if (s->w[lo].lead)
        return true;
    /* after an opening phrase: "After the meeting,", "On Monday,", "Following the talks,"
     * (perhaps after a conjunction: "But in an interview this week,") */
    const size_t first =
        low_is(&s->w[0], "but") || low_is(&s->w[0], "and") || low_is(&s->w[0], "yet") ? 1 : 0;
    if (lo < first + 2 || !is_brk(&s->w[lo - 1], ',') || !is_word(&s->w[first]) ||
        !((s->w[first].cls & (QW_PREP | QW_TIME | QW_SKIP)) || (!first && participle_opens(s))))
        return false;
    for (size_t i = first + 1; i + 1 < lo; i++)
        if (s->w[i].type == QT_QUOTE || is_brk(&s->w[i], ','))
            return false;
    return true;
}

/* Whether the person named at the start of a sentence is no subject a later "he" or "she"
 * looks back to: one of two people joined by "and" ("Foreign Minister X and Chinese Foreign
 * Minister Y in 2019", whom "she" means neither of), or a photograph's caption with a
 * participle and no verb ("Foreign Minister Penny Wong speaking in Fiji. (Nine)"). */
static bool shared_or_caption_subject(const sentence_t *s, const mention_t *m)
{
    if (m->kind != MK_PERSON || m->hi + 1 >= s->n || !is_word(&s->w[m->hi]))
        return false;
    const qword_t *next = &s->w[m->hi];
    if (and_or(next))
        return s->w[m->hi + 1].cap;
    return !next->cap && ends_with(next, "ing", 2);
}

int stance__entity_note(entities_t *ents, const sentence_t *s, const qtext_t *t,
                         const mention_t *m)
{
    int id = -1;
    if (m->kind == MK_PERSON)
        id = person(ents, s, t, m);
    else if (m->kind == MK_ORG)
        for (size_t i = m->name_lo; i < m->name_hi; i++)
            if (s->w[i].cap) {
                id = organization(ents, s, t, m);
                break;
            }
    if (id >= 0 && !shared_or_caption_subject(s, m) &&
        (opens_clause(s, m->lo) ||
         (m->kind == MK_PERSON && named_after_opening_title(s, m->lo, m->hi)))) {
        ents->e[id].lead_seen = s->w[m->lo].start + 1;
        ents->opener = id;
        ents->opener_sentence = ents->sentences;
    }
    if (id >= 0 && id != ents->named[1]) {
        ents->named[0] = ents->named[1];
        ents->named[1] = id;
    }
    return id;
}
