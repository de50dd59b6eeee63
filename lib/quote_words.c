/* The prose between quotations, as words the attributor can reason about.
 *
 * Words come from the classifier's tokenizer, so "Russia's", "al-Maliki" and "so-called" are
 * one word each, with two changes for names: a period that belongs to an abbreviation or an
 * initial stays with its word ("Mr." "Gen." "Dmitri S." "U.S." "Jan. 10" "No. 57"), so it
 * ends no sentence; and a possessive is noted and dropped from the lower-case form ("Turkey’s"
 * is looked up as "turkey"). Each word gets its classes from the language's tables through a
 * small cache, since news prose repeats its words. */
#include "quotes.h"
#include "tokenize.h"

#include <utf8proc.h>

/* FNV-1a of the lower-case form: the cache key (0 marks an empty slot). */
static uint64_t low_key(const char *low, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)low[i];
        h *= 1099511628211ull;
    }
    return h ? h : 1;
}

uint32_t stance__qword_classes(const quote_rules_t *r, qcache_t *cache, const char *low,
                               size_t len)
{
    if (len == 0 || len >= QWORD_LOW)
        return 0;
    /* the tables hold lower-case ASCII words (with - and .): anything else is no rule word,
     * which spares most foreign words, numbers and noise a lookup */
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)low[i];
        if (!((c >= 'a' && c <= 'z') || c == '-' || c == '.' || c == '\''))
            return 0;
    }
    uint64_t key = low_key(low, len);
    size_t slot = (size_t)(key ^ (key >> 29)) & (QCACHE_SLOTS - 1);
    /* Equal 64-bit keys for different words would only swap two words' classes; the cache
     * holds a few hundred words at a time, so that is a chance of about 1e-14 per article. */
    if (cache->key[slot] == key)
        return cache->cls[slot];
    uint32_t c = stance__quote_classify_word(r, low, len);
    cache->key[slot] = key;
    cache->cls[slot] = c;
    return c;
}

void stance__qwords_init(qwords_t *w, const qtext_t *t, const quote_rules_t *rules,
                         qcache_t *cache, size_t from, size_t to)
{
    w->t = t;
    w->rules = rules;
    w->cache = cache;
    w->pos = from;
    w->end = to;
    w->base = from;
    w->scanning = false;
    w->n_ahead = 0;
}

/* The next raw token of [pos, end), or 0 at the end; emoji are skipped. */
static int raw_next(qwords_t *w, stance_tok_t *tok)
{
    if (!w->scanning) {
        stance__scanner_init(&w->sc, (const char *)w->t->s + w->pos, w->end - w->pos, true);
        w->scanning = true;
    }
    size_t bad;
    for (;;) {
        if (stance__scan(&w->sc, tok, &bad) != 1)
            return 0;
        tok->start += w->base;
        if (tok->kind != STANCE_TOKEN_EMOJI)
            return 1; /* a CJK character is a word: no class, but prose all the same */
    }
}

/* The i-th token ahead (0 = the next), or NULL at the end. */
static const stance_tok_t *ahead(qwords_t *w, size_t i)
{
    while (w->n_ahead <= i) {
        if (!raw_next(w, &w->ahead[w->n_ahead]))
            return NULL;
        w->n_ahead++;
    }
    return &w->ahead[i];
}

static bool take(qwords_t *w, stance_tok_t *tok)
{
    const stance_tok_t *a = ahead(w, 0);
    if (!a)
        return false;
    *tok = *a;
    memmove(w->ahead, w->ahead + 1, (w->n_ahead - 1) * sizeof *w->ahead);
    w->n_ahead--;
    return true;
}

/* A period right after the word that ends at `end`. */
static bool period_at(qwords_t *w, size_t i, size_t end)
{
    const stance_tok_t *d = ahead(w, i);
    return d && d->kind == STANCE_TOKEN_BREAK && d->len == 1 && w->t->s[d->start] == '.' &&
           d->start == end;
}

static char break_char(const unsigned char *s, const stance_tok_t *t)
{
    unsigned char b = s[t->start];
    if (b < 0x80)
        return (char)b;
    if (t->len == 3) {
        const unsigned char *p = s + t->start;
        if (memcmp(p, "\xE2\x80\xA6", 3) == 0 || memcmp(p, "\xE3\x80\x82", 3) == 0)
            return '.'; /* … 。 */
        if (memcmp(p, "\xEF\xBC\x81", 3) == 0)
            return '!';
        if (memcmp(p, "\xEF\xBC\x9F", 3) == 0)
            return '?';
        if (long_dash(p, 3))
            return '-'; /* — – */
        if (memcmp(p, "\xE2\x80\xA2", 3) == 0 || memcmp(p, "\xE2\x96\xAA", 3) == 0 ||
            memcmp(p, "\xE2\x97\x8F", 3) == 0)
            return '*'; /* • ▪ ●: a list's bullet */
    }
    return ',';
}

static bool is_upper_ascii(unsigned char c)
{
    return c >= 'A' && c <= 'Z';
}

/* A single capital letter, alone or after a hyphen ("S", "China-U"): an initial when a period
 * follows it directly. */
static bool initial_letter(const unsigned char *s, const stance_tok_t *t)
{
    const unsigned char *p = s + t->start;
    if (t->len == 1)
        return is_upper_ascii(p[0]);
    return t->len >= 3 && p[t->len - 2] == '-' && is_upper_ascii(p[t->len - 1]);
}

/* Whether the i bytes of s before a hyphen are one of the language's prefixes that make an
 * adjective of a name ("pro" of "pro-European"), not a particle of it ("al" of "al-Maliki"). */
static bool adjective_prefix(const quote_rules_t *r, const unsigned char *s, size_t i)
{
    char prefix[QWORD_LOW];
    if (i == 0 || i >= sizeof prefix)
        return false;
    memcpy(prefix, s, i);
    prefix[i] = '\0';
    return stance__quote_list_has(&r->adjective_prefixes, prefix);
}

static void describe(qwords_t *w, qword_t *out)
{
    const unsigned char *s = w->t->s + out->start;
    size_t len = out->len;
    /* possessives: Russia's / Turkey’s lose the ending; ministers’ / News' are noted */
    size_t base = len;
    if (len > 2 && (s[len - 1] == 's' || s[len - 1] == 'S') && s[len - 2] == '\'') {
        base = len - 2;
        out->poss = true;
    } else if (len > 4 && (s[len - 1] == 's' || s[len - 1] == 'S') && s[len - 4] == 0xE2 &&
               s[len - 3] == 0x80 && s[len - 2] == 0x99) {
        base = len - 4;
        out->poss = true;
    } else {
        size_t after = out->start + len;
        const unsigned char *e = w->t->s;
        bool mark = (after < w->t->n && e[after] == '\'') ||
                    (after + 2 < w->t->n && e[after] == 0xE2 && e[after + 1] == 0x80 &&
                     e[after + 2] == 0x99);
        if (mark && len > 1 && (s[len - 1] == 's' || s[len - 1] == 'S')) {
            size_t k, past = after + (e[after] == '\'' ? 1 : 3);
            out->poss = !stance__q_is_alnum(stance__qcp_at(w->t, past, &k));
        }
    }
    size_t n = base < QWORD_LOW - 1 ? base : QWORD_LOW - 1;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = s[i];
        out->low[i] = (char)stance__ascii_lower(c);
    }
    out->low[n] = '\0';
    out->cls = base < QWORD_LOW ? stance__qword_classes(w->rules, w->cache, out->low, base) : 0;
    int32_t cp;
    size_t k = stance__utf8_decode(s, len, &cp);
    utf8proc_category_t cat = k ? utf8proc_category(cp) : UTF8PROC_CATEGORY_CN;
    out->cap = cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
    out->acronym = len >= 2;
    for (size_t i = 0; i < len && out->acronym; i++)
        out->acronym = is_upper_ascii(s[i]);
    if ((out->cls & QW_FUNCTION) && out->acronym)
        out->cls = 0; /* "US", "WHO": a function word in capitals is an acronym, a name */
    /* "al-Maliki", "bin-Salman": a lower-case particle joined to a capitalized name (not a
     * prefix that makes an adjective: "pro-European", "anti-Western") */
    bool joined = false;
    for (size_t i = 1; !out->cap && i + 1 < len; i++)
        if (s[i] == '-' && is_upper_ascii(s[i + 1]) && !adjective_prefix(w->rules, s, i))
            joined = true;
    /* "alSabah", "elBaradei": the particle written onto the name, as some copy does (a
     * particle of the rules' connectors: "iPhone" and "eBay" stay as they were) */
    for (size_t i = 2; !out->cap && !joined && i <= 3 && i + 1 < len; i++) {
        if (!is_upper_ascii(s[i]) || !(s[i + 1] >= 'a' && s[i + 1] <= 'z'))
            continue;
        char particle[4];
        memcpy(particle, s, i);
        particle[i] = '\0';
        joined = s[0] >= 'a' && s[0] <= 'z' && s[1] >= 'a' && s[1] <= 'z' &&
                 (stance__qword_classes(w->rules, w->cache, particle, i) & QW_CONNECTOR);
        /* read as "al-sabah", so that the surname is "sabah" as for "al-Sabah" */
        if (joined && n + 1 < QWORD_LOW) {
            memmove(out->low + i + 1, out->low + i, n - i + 1);
            out->low[i] = '-';
        }
        break;
    }
    /* "EU-member", "US-led": initials joined to a lower-case word make a modifier, no name
     * ("Kim Jong-un", "Ban Ki-moon" are names; "Tripoli-based Government of National Accord"
     * is left whole, an organization's name with its epithet) */
    bool modifier = false;
    size_t hyphen = 0;
    for (size_t i = 1; out->cap && i + 1 < base; i++)
        if (s[i] == '-')
            hyphen = i;
    if (hyphen && s[hyphen + 1] >= 'a' && s[hyphen + 1] <= 'z') {
        bool initials = hyphen >= 2;
        for (size_t i = 0; i < hyphen && initials; i++)
            initials = is_upper_ascii(s[i]);
        modifier = initials;
    }
    /* "Accuses", "Says" in a headline in capitals ("Nicaragua's President Accuses Costa Rica
     * of ..."): a verb of speech in its -s form is no word of a name ("Boss" or "Express" is
     * no such form) */
    const bool speech_s_form = (out->cls & QW_SPEECH) && !(out->cls & QW_TITLE) && n > 3 &&
                               out->low[n - 1] == 's' && out->low[n - 2] != 's';
    /* (nor "Also", "Again", "Further" opening a line: "Also read: ...") */
    out->name = (out->cap || joined) && !modifier && !speech_s_form &&
                !(out->cls & (QW_FUNCTION | QW_TIME | QW_AGAIN));
    out->month = out->cap && (out->cls & QW_TIME) &&
                 stance__quote_list_has(&w->rules->months, out->low);
    out->source_mod = !out->cap && stance__quote_list_has(&w->rules->source_modifiers, out->low);
    out->trade_name = out->cap && (out->cls & QW_ROLE) &&
                      stance__quote_list_has(&w->rules->trade_names, out->low);
    out->irregular_past = !out->cap && stance__quote_list_has(&w->rules->irregular_pasts, out->low);
}

/* "D-Ore", "R-Alaska", "I-Vt": a party's initial, a hyphen and a capitalized state, as US news
 * tags a legislator's name. */
static bool party_tag(const quote_rules_t *r, const unsigned char *s, const stance_tok_t *t)
{
    if (t->len < 3 || t->len > 20 || !r->party_initials || s[t->start] == '\0' ||
        !strchr(r->party_initials, s[t->start]) || s[t->start + 1] != '-' ||
        !is_upper_ascii(s[t->start + 2]))
        return false;
    for (size_t i = 3; i < t->len; i++) {
        unsigned char c = s[t->start + i];
        if (!is_upper_ascii(c) && !(c >= 'a' && c <= 'z'))
            return false;
    }
    return true;
}

/* Whether word t is a temperature's unit: C or F after a degree sign, with a space or not
 * ("39º C", "104°F"), or after a number and a space ("40 C"). The ordinal sign º stands in
 * for the degree sign in much copy. */
static bool temperature_unit(const unsigned char *s, const stance_tok_t *t)
{
    if (t->len != 1 || (s[t->start] != 'C' && s[t->start] != 'F') || t->start == 0)
        return false;
    size_t at = t->start;
    if (s[at - 1] == ' ')
        at--;
    if (at >= 2 && s[at - 2] == 0xC2 && (s[at - 1] == 0xB0 || s[at - 1] == 0xBA))
        return true;
    return at >= 1 && at < t->start && s[at - 1] >= '0' && s[at - 1] <= '9';
}

/* Whether word t, followed by a period, is a stock ticker's symbol and the period and the
 * word after it its exchange's code: capitals or digits, then one to four capitals, with no
 * space between ("BHP.AX", "BLT.L", "7203.T"). */
static bool ticker_suffix(qwords_t *w, const stance_tok_t *t)
{
    const unsigned char *s = w->t->s;
    const stance_tok_t *code = ahead(w, 1);
    if (!code || code->kind != STANCE_TOKEN_WORD || code->start != t->start + t->len + 1 ||
        code->len > 4)
        return false;
    for (size_t i = 0; i < code->len; i++)
        if (!is_upper_ascii(s[code->start + i]))
            return false;
    for (size_t i = 0; i < t->len; i++)
        if (!is_upper_ascii(s[t->start + i]) && !(s[t->start + i] >= '0' && s[t->start + i] <= '9'))
            return false;
    return true;
}

/* Whether word `out` is an age ("43-year-old") right before a verb of speech: "the
 * 43-year-old said" has no noun after the age, which is then the noun, a person's epithet. */
static bool age_alone(qwords_t *w, const qword_t *out)
{
    if (!age_word(out->low))
        return false;
    const stance_tok_t *next = ahead(w, 0);
    if (!next || next->kind != STANCE_TOKEN_WORD || next->len >= QWORD_LOW)
        return false;
    char low[QWORD_LOW];
    for (size_t i = 0; i < next->len; i++)
        low[i] = (char)stance__ascii_lower(w->t->s[next->start + i]);
    low[next->len] = '\0';
    return (stance__qword_classes(w->rules, w->cache, low, next->len) & QW_SPEECH) != 0;
}

int stance__qwords_next(qwords_t *w, qword_t *out)
{
    stance_tok_t t;
    if (!take(w, &t))
        return 0;
    const unsigned char *s = w->t->s;
    memset(out, 0, sizeof *out);
    out->start = t.start;
    out->len = t.len;
    if (t.kind == STANCE_TOKEN_BREAK) {
        out->type = QT_BREAK;
        out->brk = break_char(s, &t);
        return 1;
    }
    out->type = QT_WORD;
    stance_tok_t dot;
    if (temperature_unit(s, &t)) {
        describe(w, out);
        out->cap = out->name = false; /* "39º C.": a unit, and its period ends the sentence */
        return 1;
    }
    /* (period_at has looked ahead, so take() has the period to give) */
    if (period_at(w, 0, t.start + t.len) && initial_letter(s, &t) && take(w, &dot)) {
        /* initials and acronyms keep their periods: S.  U.S.  U.N.  China-U.S. */
        out->len = dot.start + 1 - out->start;
        const stance_tok_t *more;
        while ((more = ahead(w, 0)) != NULL && more->kind == STANCE_TOKEN_WORD &&
               more->start == out->start + out->len && initial_letter(s, more)) {
            out->len = more->start + more->len - out->start;
            take(w, &dot);
            if (period_at(w, 0, out->start + out->len)) {
                take(w, &dot);
                out->len++;
            }
        }
        describe(w, out);
        out->cls &= ~(uint32_t)QW_FUNCTION; /* "I." is an initial, not "I" */
        out->name = out->cap;
        return 1;
    }
    if (period_at(w, 0, t.start + t.len) && ticker_suffix(w, &t)) {
        /* "BLT.L", "0700.HK": a stock ticker is one word, and its period ends no sentence
         * (taken: the period, then the exchange's code, whose end is the word's) */
        if (take(w, &dot) && take(w, &dot))
            out->len = dot.start + dot.len - out->start;
    }
    describe(w, out);
    if (age_alone(w, out))
        out->cls |= QW_TITLE | QW_ROLE; /* as the rules' role words are */
    out->party_tag = party_tag(w->rules, s, &t);
    if (out->party_tag && period_at(w, 0, t.start + t.len)) {
        /* "D-Ore., said": the state's abbreviation keeps its period when the sentence goes on
         * (a comma, a parenthesis or a lower-case word after it) */
        const stance_tok_t *after = ahead(w, 1);
        bool keep = after && (after->kind == STANCE_TOKEN_BREAK
                                  ? s[after->start] == ',' || s[after->start] == ')'
                                  : s[after->start] >= 'a' && s[after->start] <= 'z');
        if (keep && take(w, &dot))
            out->len = dot.start + 1 - out->start;
        return 1;
    }
    if ((out->cls & QW_ABBREV) && period_at(w, 0, t.start + t.len)) {
        /* "No." only before a number ("No. 57") or after one ("Shalbagan 26 No. Rohingya
         * Camp", as Bangladeshi copy numbers its camps); "said no." ends its sentence */
        const stance_tok_t *after = ahead(w, 1);
        const bool number_before = t.start >= 2 && s[t.start - 1] == ' ' &&
                                   s[t.start - 2] >= '0' && s[t.start - 2] <= '9';
        bool keep = !(strcmp(out->low, "no") == 0 || strcmp(out->low, "nos") == 0) ||
                    (after && s[after->start] >= '0' && s[after->start] <= '9') ||
                    (number_before && out->cap);
        if (keep && take(w, &dot))
            out->len = dot.start + 1 - out->start;
    }
    return 1;
}
