/* The tool's output writer (examples/stance/output.c) against the writer it replaced: a code
 * point at a time through utf8proc, numbers through printf, each piece through stdio. The
 * reference keeps the old rules but two: TSV now escapes C0 controls and DEL as \u00XX, as
 * JSON Lines always did (issue 11), and both formats escape the C1 controls U+0080..U+009F
 * the same way (U+009B is a one-character CSI to a terminal), and U+2028 and U+2029. Every case must give the same
 * bytes. */
#define _POSIX_C_SOURCE 200809L
#include "testutil.h"

#include "../examples/stance/output.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* ---- the reference ------------------------------------------------------------------------ */

static void ref_each_cp(FILE *fp, const char *s, size_t n,
                        void (*emit)(FILE *, int32_t, const char *, size_t))
{
    size_t i = 0;
    while (i < n) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                              (utf8proc_ssize_t)(n - i < 4 ? n - i : 4), &cp);
        if (k <= 0) {
            emit(fp, 0xFFFD, "\xEF\xBF\xBD", 3);
            i++;
        } else {
            emit(fp, cp, s + i, (size_t)k);
            i += (size_t)k;
        }
    }
}

static void ref_json_cp(FILE *fp, int32_t cp, const char *bytes, size_t k)
{
    switch (cp) {
    case '"': fputs("\\\"", fp); return;
    case '\\': fputs("\\\\", fp); return;
    case '\n': fputs("\\n", fp); return;
    case '\r': fputs("\\r", fp); return;
    case '\t': fputs("\\t", fp); return;
    default:
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029)
            fprintf(fp, "\\u%04x", (unsigned)cp);
        else
            fwrite(bytes, 1, k, fp);
    }
}

static void ref_tsv_cp(FILE *fp, int32_t cp, const char *bytes, size_t k)
{
    switch (cp) {
    case '\\': fputs("\\\\", fp); return;
    case '\n': fputs("\\n", fp); return;
    case '\r': fputs("\\r", fp); return;
    case '\t': fputs("\\t", fp); return;
    default:
        /* the new rules; U+2028 and U+2029 end a line for Python's splitlines() and for
         * JavaScript, so a row must not hold them */
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029)
            fprintf(fp, "\\u%04x", (unsigned)cp);
        else
            fwrite(bytes, 1, k, fp);
    }
}

/* A speaker's name as the tool prints it: each run of Unicode spaces and line breaks (the
 * separators Zs, Zl and Zp, TAB..CR and NEL) one space, none at the ends, and the invisible
 * marks a scraper leaves in words (soft hyphen, zero-width space, word joiner, BOM) left out,
 * so a name wrapped over two lines or written with a no-break space is the same name. */
static const char *ref_name(const char *s, size_t n, size_t *len)
{
    static char buf[1 << 16];
    size_t k = 0;
    bool pending = false;
    for (size_t i = 0; i < n && k + 5 < sizeof buf;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t w = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                              (utf8proc_ssize_t)(n - i < 4 ? n - i : 4), &cp);
        if (w <= 0) { /* an invalid byte: text, which the escaper replaces: replaced here,
                         * so that a mark left out never joins two bytes into a character */
            if (pending)
                buf[k++] = ' ';
            pending = false;
            memcpy(buf + k, "\xEF\xBF\xBD", 3);
            k += 3;
            i++;
            continue;
        }
        utf8proc_category_t cat = utf8proc_category(cp);
        if (cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_ZL ||
            cat == UTF8PROC_CATEGORY_ZP || (cp >= '\t' && cp <= '\r') || cp == 0x85) {
            pending = k > 0;
        } else if (!(cp == 0xAD || cp == 0x200B || cp == 0x2060 || cp == 0xFEFF)) {
            if (pending)
                buf[k++] = ' ';
            pending = false;
            memcpy(buf + k, s + i, (size_t)w);
            k += (size_t)w;
        }
        i += (size_t)w;
    }
    *len = k;
    return buf;
}

static void ref_json_string(FILE *fp, const char *s, size_t n)
{
    fputc('"', fp);
    ref_each_cp(fp, s, n, ref_json_cp);
    fputc('"', fp);
}

static const char *ref_label(const out_t *o, const stance_result_t *res)
{
    if (o->unknown && res->n_known == 0)
        return OUT_UNKNOWN;
    if (o->min_confidence > 0 && res->confidence < o->min_confidence)
        return OUT_UNCERTAIN;
    return stance_model_label(o->model, res->label);
}

static void ref_statement(out_t *o, FILE *fp, const out_item_t *it, const stance_result_t *res,
                          const stance_hit_t *hits, size_t n_hits)
{
    if (o->format == OUT_TSV) {
        if (!o->header_done) {
            fputs(o->explain ? "label\tconfidence\tspeaker\ttext\tfeatures\n"
                             : "label\tconfidence\tspeaker\ttext\n",
                  fp);
            o->header_done = true;
        }
        fprintf(fp, "%s\t%.4f\t", ref_label(o, res), res->confidence);
        if (it->speaker) {
            size_t len;
            const char *name = ref_name(it->speaker, it->speaker_len, &len);
            ref_each_cp(fp, name, len, ref_tsv_cp);
        }
        fputc('\t', fp);
        ref_each_cp(fp, it->text, it->text_len, ref_tsv_cp);
        if (o->explain) {
            fputc('\t', fp);
            for (size_t i = 0; i < n_hits; i++) {
                if (i)
                    fputc(' ', fp);
                ref_each_cp(fp, hits[i].feature, hits[i].feature_len, ref_tsv_cp);
                fprintf(fp, ":%+.3f", hits[i].contribution);
            }
        }
        fputc('\n', fp);
        return;
    }
    fputs("{\"file\":", fp);
    ref_json_string(fp, it->file, strlen(it->file));
    fprintf(fp, ",\"line\":%llu,\"start\":%llu,\"end\":%llu,\"text\":",
            (unsigned long long)it->line, (unsigned long long)it->start,
            (unsigned long long)it->end);
    ref_json_string(fp, it->text, it->text_len);
    fputs(",\"speaker\":", fp);
    if (it->speaker) {
        size_t len;
        const char *name = ref_name(it->speaker, it->speaker_len, &len);
        ref_json_string(fp, name, len);
    }
    else
        fputs("null", fp);
    if (it->article) {
        if (it->speaker)
            fprintf(fp, ",\"speaker_start\":%llu,\"speaker_end\":%llu,\"speaker_kind\":\"%s\"",
                    (unsigned long long)it->speaker_start, (unsigned long long)it->speaker_end,
                    it->speaker_kind);
        else
            fputs(",\"speaker_start\":null,\"speaker_end\":null,\"speaker_kind\":null", fp);
        if (it->quotation.flags & STANCE_QUOTE_UNCLOSED)
            fputs(",\"unclosed\":true", fp);
        if (it->quotation.flags & STANCE_QUOTE_TURN)
            fputs(",\"turn\":true", fp);
        if (it->more)
            fprintf(fp, ",\"spans\":[[%llu,%llu],[%llu,%llu]]", (unsigned long long)it->start,
                    (unsigned long long)it->text_end, (unsigned long long)it->more_start,
                    (unsigned long long)it->end);
    }
    fputs(",\"label\":", fp);
    const char *label = ref_label(o, res);
    ref_json_string(fp, label, strlen(label));
    fprintf(fp, ",\"confidence\":%.6g,\"known_features\":%zu,\"scores\":{", res->confidence,
            res->n_known);
    for (size_t c = 0; c < res->n_labels; c++) {
        const char *name = stance_model_label(o->model, c);
        if (c)
            fputc(',', fp);
        ref_json_string(fp, name, strlen(name));
        fprintf(fp, ":%.6g", res->probs[c]);
    }
    fputc('}', fp);
    if (o->explain) {
        fputs(",\"features\":[", fp);
        for (size_t i = 0; i < n_hits; i++) {
            fputs(i ? ",[" : "[", fp);
            ref_json_string(fp, hits[i].feature, hits[i].feature_len);
            fprintf(fp, ",%.4f]", hits[i].contribution);
        }
        fputc(']', fp);
    }
    fputs("}\n", fp);
}

/* ---- helpers ------------------------------------------------------------------------------ */

typedef struct capture {
    char *data;
    size_t len;
    FILE *fp;
} capture_t;

static void capture_open(capture_t *c)
{
    c->data = NULL;
    c->len = 0;
    c->fp = open_memstream(&c->data, &c->len);
    assert_non_null(c->fp);
}

static void capture_close(capture_t *c)
{
    assert_int_equal(fclose(c->fp), 0);
}

static void assert_same(const char *what, const capture_t *want, const capture_t *got)
{
    if (want->len == got->len && memcmp(want->data, got->data, want->len) == 0)
        return;
    size_t i = 0;
    while (i < want->len && i < got->len && want->data[i] == got->data[i])
        i++;
    fail_msg("%s: differs at byte %zu of %zu/%zu: want '%.40s' got '%.40s'", what, i, want->len,
             got->len, want->data + (i < want->len ? i : want->len),
             got->data + (i < got->len ? i : got->len));
}

static uint64_t rng = 20261203;
static uint64_t next_rand(void)
{
    rng = rng * 6364136223846793005ull + 1442695040888963407ull;
    return rng >> 17;
}

/* Escaped by the writer into a capture (through a real out_t and its buffer). */
static void escape_new(const char *s, size_t n, bool json, capture_t *c)
{
    out_t o = {.fp = c->fp};
    assert_true(out_init(&o));
    out_escaped(&o, s, n, json);
    assert_true(out_flush(&o));
    out_free(&o);
}

static void escape_ref(const char *s, size_t n, bool json, capture_t *c)
{
    ref_each_cp(c->fp, s, n, json ? ref_json_cp : ref_tsv_cp);
}

static void check_escape(const char *s, size_t n)
{
    for (int json = 0; json <= 1; json++) {
        capture_t want, got;
        capture_open(&want);
        capture_open(&got);
        escape_ref(s, n, json, &want);
        escape_new(s, n, json, &got);
        capture_close(&want);
        capture_close(&got);
        assert_same(json ? "json" : "tsv", &want, &got);
        free(want.data);
        free(got.data);
    }
}

/* Pieces of tricky text: every C0 control, DEL, C1 controls, the escaped characters, quotes, typographic
 * punctuation, U+2028/U+2029, 2- to 4-byte characters, malformed UTF-8 of every kind
 * (stray continuation, overlong, surrogate, beyond U+10FFFF, truncated, bad lead bytes), and
 * the spaces and invisible marks a speaker's name loses or keeps (no-break and ideographic
 * spaces, soft hyphen, zero-width space and joiners, a space's lead bytes before a newline). */
static const char *const pieces[] = {
    "a", "word", "plain ASCII text of some length, more than eight bytes", " ", "\t", "\n",
    "\r", "\\", "\"", "'", "\x01", "\x02", "\x1b[31m", "\x1b]0;title\x07", "\x7f", "\x1f",
    "\x0b\x0c", "caf\xc3\xa9", "\xe2\x80\x98quoted\xe2\x80\x99", "\xe2\x80\x94",
    "\xe2\x80\xa8", "\xe2\x80\xa9", "\xe6\x97\xa5\xe6\x9c\xac", "\xf0\x9f\x98\x80",
    "\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd", "\x80", "\xbf", "\xc0\xaf", "\xc1\xbf", "\xc3",
    "\xe2\x80", "\xe0\x80\xaf", "\xed\xa0\x80", "\xed\x9f\xbf", "\xf0\x8f\xbf\xbf",
    "\xf4\x90\x80\x80", "\xf4\x8f\xbf\xbf", "\xf5\x80\x80\x80", "\xff", "\xfe", "\xf8\x88",
    "\xef\xbb\xbf", "\xef\xbf\xbd", "\xc2\xa0", "\xc2\x85", "\xc2\x80", "\xc2\x9b" "31m",
    "\xc2\x9f", "\xc2\x9d" "0;t\xc2\x9c", "\xc2", "\xc2\xad", "\xe2\x80\x8b",
    "\xe2\x81\xa0", "\xe3\x80\x80", "\xe1\x9a\x80", "\xe2\x80\x8a", "\xe2\x80\xaf",
    "\xe2\x81\x9f", "\xe2\x80\x8d", "\xe2\x80\x8c", "\xe2\x80\x0a"};

static void escapes_match_the_reference(void **state)
{
    (void)state;
    const size_t P = sizeof pieces / sizeof pieces[0];
    char buf[4096];
    for (int round = 0; round < 20000 / (int)test_stride(); round++) {
        size_t n = 0, parts = 1 + next_rand() % 24;
        for (size_t k = 0; k < parts; k++) {
            const char *p = pieces[next_rand() % P];
            size_t len = strlen(p);
            if (n + len > sizeof buf)
                break;
            memcpy(buf + n, p, len);
            n += len;
        }
        check_escape(buf, n);
        /* and cut anywhere, so that sequences are truncated at the end too */
        if (n)
            check_escape(buf, next_rand() % n);
    }
    /* every pair of bytes after each prefix length 0..9, so that each byte is met at every
     * place in the eight-byte steps */
    for (unsigned a = 0; a < 256; a++)
        for (unsigned b = 0; b < 256; b += 3)
            for (size_t at = 0; at < 10; at += 3) {
                char s[16];
                memset(s, 'x', sizeof s);
                s[at] = (char)a;
                s[at + 1] = (char)b;
                check_escape(s, at + 2 + (a & 3));
            }
}

/* Long texts go through the writer in steps and buffer-fuls: sequences cut by a step, a run
 * longer than the buffer, escapes all the way. */
static void long_texts_match_the_reference(void **state)
{
    (void)state;
    size_t n = 3u << 20;
    char *s = malloc(n);
    assert_non_null(s);
    const size_t P = sizeof pieces / sizeof pieces[0];
    for (int variant = 0; variant < 3; variant++) {
        size_t i = 0;
        while (i < n) {
            const char *p = variant == 0   ? "plain "
                            : variant == 1 ? "\xe6\x97\xa5"
                                           : pieces[next_rand() % P];
            size_t len = strlen(p);
            if (i + len > n)
                break;
            memcpy(s + i, p, len);
            i += len;
        }
        check_escape(s, i);
    }
    memset(s, 1, n); /* every byte escaped: six times the input */
    check_escape(s, n);
    free(s);
}

static void utf8_lengths_match_utf8proc(void **state)
{
    (void)state;
    unsigned char s[4];
    /* every string of one and two bytes, and of three (a sample under STANCE_TEST_QUICK) */
    for (size_t n = 1; n <= 3; n++) {
        uint32_t step = n == 3 ? test_stride() : 1;
        for (uint32_t v = 0; v < (1u << (8 * n)); v += step) {
            for (size_t i = 0; i < n; i++)
                s[i] = (unsigned char)(v >> (8 * (n - 1 - i)));
            utf8proc_int32_t cp;
            utf8proc_ssize_t k = utf8proc_iterate(s, (utf8proc_ssize_t)n, &cp);
            size_t want = k > 0 ? (size_t)k : 0;
            if (out_utf8_len(s, n) != want)
                fail_msg("%02x %02x %02x (%zu bytes): %zu, utf8proc %zu", s[0], s[1], s[2], n,
                         out_utf8_len(s, n), want);
        }
    }
    for (int round = 0; round < 2000000 / (int)test_stride(); round++) { /* four bytes: a sample */
        uint64_t r = next_rand();
        s[0] = (unsigned char)(0xF0 + r % 16);
        s[1] = (unsigned char)(r >> 8);
        s[2] = (unsigned char)(r >> 16);
        s[3] = (unsigned char)(r >> 24);
        if (r & (1u << 30))
            s[2] = (unsigned char)(0x80 | (s[2] & 0x3F));
        if (r & (1u << 31))
            s[3] = (unsigned char)(0x80 | (s[3] & 0x3F));
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate(s, 4, &cp);
        assert_int_equal(out_utf8_len(s, 4), k > 0 ? (size_t)k : 0);
    }
}

/* ---- numbers ------------------------------------------------------------------------------ */

static void check_number(double x)
{
    static const struct {
        int decimals;
        bool plus;
    } fixed[] = {{4, false}, {3, true}, {4, true}, {0, false}, {6, false}, {9, false}};
    char want[512];
    for (size_t f = 0; f < sizeof fixed / sizeof fixed[0]; f++) {
        int k = fixed[f].plus ? snprintf(want, sizeof want, "%+.*f", fixed[f].decimals, x)
                              : snprintf(want, sizeof want, "%.*f", fixed[f].decimals, x);
        char got[512];
        out_t o = {.buf = got, .cap = sizeof got};
        out_fixed(&o, x, fixed[f].decimals, fixed[f].plus);
        if (o.len != (size_t)k || memcmp(got, want, o.len) != 0)
            fail_msg("%.17g with %s%d decimals: '%.*s', printf '%s'", x,
                     fixed[f].plus ? "+" : "", fixed[f].decimals, (int)o.len, got, want);
    }
    int k = snprintf(want, sizeof want, "%.6g", x);
    char got[512];
    out_t o = {.buf = got, .cap = sizeof got};
    out_g6(&o, x);
    if (o.len != (size_t)k || memcmp(got, want, o.len) != 0)
        fail_msg("%.17g as %%.6g: '%.*s', printf '%s'", x, (int)o.len, got, want);
}

static void numbers_match_printf(void **state)
{
    (void)state;
    static const double special[] = {
        0.0, -0.0, 1.0, -1.0, 0.5, 0.25, 0.125, 0.0625, 0.03125, 0.015625, 1.0 / 3, 2.0 / 3,
        0.99995, 0.999995, 0.9999995, 0.99999995, 0.00005, 0.00015, 0.0001, 0.000099999,
        0.00009999995, 1e-4, 1e-5, 1e-300, 5e-324, 0.1, 0.2, 0.3, 0.7, 0.05, 0.95, 12.3456,
        -4.68, 4.88, -0.0005, 0.0005, 0.00049999999999999, 999999.5, 999999.4, 1e6, 123456.5,
        1e15, 4503599627370496.0, 9007199254740993.0, 1e300, INFINITY, -INFINITY, NAN};
    for (size_t i = 0; i < sizeof special / sizeof special[0]; i++)
        check_number(special[i]);
    /* ties of the binary fractions: k / 2^p for small p, and their neighbors */
    for (int p = 1; p <= 20; p++)
        for (int k = 0; k <= (1 << (p < 12 ? p : 12)); k++) {
            double x = ldexp(k, -p);
            check_number(x);
            check_number(-x);
            check_number(nextafter(x, 2));
            check_number(nextafter(x, -2));
        }
    for (int iter = 0; iter < 40000 / (int)test_stride(); iter++) {
        uint64_t r = next_rand();
        double u = (double)(r >> 11) / 9007199254740992.0; /* [0, 1) */
        check_number(u);
        check_number(1 - u);
        check_number((u - 0.5) * 40);
        check_number(ldexp(u, -(int)(r % 40)));
        check_number(round(u * 1e6) / 1e6); /* decimal-looking values, near ties */
        check_number(round(u * 1e4) / 1e4 + 0.00005);
    }
}

/* ---- whole statements --------------------------------------------------------------------- */

static void statements_match_the_reference(void **state)
{
    (void)state;
    stance_model_t *m = NULL;
    assert_int_equal(stance_model_default(&m, NULL, NULL), STANCE_OK);
    const size_t P = sizeof pieces / sizeof pieces[0];
    for (int format = 0; format < 2; format++)
        for (int explain = 0; explain < 2; explain++)
            for (int minconf = 0; minconf < 3; minconf++) {
                capture_t want, got;
                capture_open(&want);
                capture_open(&got);
                out_t ref = {.fp = want.fp, .format = format ? OUT_JSONL : OUT_TSV,
                             .model = m, .explain = explain ? 3 : 0,
                             .min_confidence = minconf == 1 ? 0.7 : 0,
                             .unknown = minconf == 2};
                out_t o = ref;
                o.fp = got.fp;
                assert_true(out_init(&o));
                for (int i = 0; i < 3000 / (int)test_stride(); i++) {
                    char text[512], speaker[64], feats[3][32];
                    size_t n = 0, sn = 0;
                    for (int k = next_rand() % 12; k >= 0; k--) {
                        const char *p = pieces[next_rand() % P];
                        size_t len = strlen(p);
                        if (n + len <= sizeof text) {
                            memcpy(text + n, p, len);
                            n += len;
                        }
                    }
                    for (int k = next_rand() % 3; k >= 0; k--) { /* "Dmitry\nPeskov" */
                        const char *sp = pieces[next_rand() % P];
                        size_t len = strlen(sp);
                        if (sn + len <= sizeof speaker) {
                            memcpy(speaker + sn, sp, len);
                            sn += len;
                        }
                    }
                    stance_hit_t hits[3];
                    for (int h = 0; h < 3; h++) {
                        const char *p = pieces[next_rand() % P];
                        size_t len = strlen(p) < sizeof feats[h] ? strlen(p) : 0;
                        memcpy(feats[h], p, len);
                        hits[h] = (stance_hit_t){feats[h], len,
                                                 ((double)(next_rand() % 20000) - 10000) / 997,
                                                 0, 0, 1};
                    }
                    double p0 = (double)(next_rand() % 1000001) / 1000000;
                    double probs[2] = {p0, 1 - p0}, scores[2] = {-3, -4};
                    stance_result_t res = {.label = p0 >= 0.5 ? 0 : 1,
                                           .confidence = p0 >= 0.5 ? p0 : 1 - p0,
                                           .n_labels = 2, .probs = probs, .scores = scores,
                                           .n_known = next_rand() % 3};
                    out_item_t it = {.file = "dir/some \"file\"\t.txt",
                                     .line = (uint64_t)i + 1, .start = next_rand(),
                                     .end = next_rand(), .text = text, .text_len = n,
                                     .speaker = next_rand() % 2 ? speaker : NULL,
                                     .speaker_len = sn};
                    if (next_rand() % 2) { /* a quotation: where its speaker is, its pieces */
                        it.article = text;
                        it.article_len = n;
                        it.speaker_start = next_rand();
                        it.speaker_end = it.speaker_start + sn;
                        it.speaker_kind = next_rand() % 2 ? "person" : "organization";
                        if (next_rand() % 3 == 0) /* no closing mark */
                            it.quotation.flags |= STANCE_QUOTE_UNCLOSED;
                        if (next_rand() % 3 == 0) /* a transcript's turn */
                            it.quotation.flags |= STANCE_QUOTE_TURN;
                        if (next_rand() % 2) {
                            it.more = text;
                            it.more_len = n;
                            it.text_end = next_rand();
                            it.more_start = next_rand();
                        }
                    }
                    size_t nh = explain ? next_rand() % 4 : 0;
                    ref_statement(&ref, want.fp, &it, &res, hits, nh);
                    out_statement(&o, &it, &res, hits, nh);
                }
                assert_true(out_flush(&o));
                out_free(&o);
                capture_close(&want);
                capture_close(&got);
                assert_same(format ? "jsonl" : "tsv", &want, &got);
                free(want.data);
                free(got.data);
            }
    /* out_json_string (the eval report's) too */
    capture_t want, got;
    capture_open(&want);
    capture_open(&got);
    for (size_t i = 0; i < P; i++) {
        ref_json_string(want.fp, pieces[i], strlen(pieces[i]));
        out_json_string(got.fp, pieces[i], strlen(pieces[i]));
    }
    char big[20000];
    memset(big, '\x1b', sizeof big);
    ref_json_string(want.fp, big, sizeof big);
    out_json_string(got.fp, big, sizeof big);
    capture_close(&want);
    capture_close(&got);
    assert_same("json string", &want, &got);
    free(want.data);
    free(got.data);
    stance_model_free(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(escapes_match_the_reference),
        cmocka_unit_test(long_texts_match_the_reference),
        cmocka_unit_test(utf8_lengths_match_utf8proc),
        cmocka_unit_test(numbers_match_printf),
        cmocka_unit_test(statements_match_the_reference),
    };
    return cmocka_run_group_tests_name("output", tests, NULL, NULL);
}
