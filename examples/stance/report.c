#include "report.h"

#include "feed.h"
#include "output.h"

#include <errno.h>
#include <math.h>
#include <string.h>
#include <utf8proc.h>

typedef struct fold_stats {
    double mean, sd, min, max;
    unsigned n;
} fold_stats_t;

static fold_stats_t over_folds(const report_t *r)
{
    fold_stats_t s = {0, 0, 1, 0, 0};
    for (unsigned f = 0; f < r->k; f++) {
        if (!r->fold_total[f])
            continue;
        double a = (double)r->fold_right[f] / (double)r->fold_total[f];
        s.mean += a;
        s.min = a < s.min ? a : s.min;
        s.max = a > s.max ? a : s.max;
        s.n++;
    }
    if (s.n)
        s.mean /= s.n;
    for (unsigned f = 0; f < r->k; f++) {
        if (!r->fold_total[f])
            continue;
        double d = (double)r->fold_right[f] / (double)r->fold_total[f] - s.mean;
        s.sd += d * d;
    }
    s.sd = s.n > 1 ? sqrt(s.sd / (s.n - 1)) : 0.0;
    return s;
}

unsigned report_empty_folds(const uint64_t *fold_total, unsigned k, char *buf, size_t cap)
{
    unsigned n = 0, written = 0;
    for (unsigned f = 0; f < k; f++)
        n += fold_total[f] == 0;
    size_t used = (size_t)snprintf(buf, cap, "fold%s", n == 1 ? "" : "s");
    for (unsigned f = 0; f < k && used < cap; f++) {
        if (fold_total[f])
            continue;
        const char *sep = written == 0 ? " " : written + 1 == n ? " and " : ", ";
        int len = snprintf(buf + used, cap - used, "%s%u", sep, f);
        written++;
        if (len < 0 || (size_t)len >= cap - used) {
            snprintf(buf + (cap > 4 ? cap - 4 : 0), cap > 4 ? 4 : cap, "...");
            break;
        }
        used += (size_t)len;
    }
    return n;
}

/* Label c as the text report shows it (cli_visible), in buf. */
static const char *shown(const label_set_t *ls, size_t c, char buf[CLI_VISIBLE_LABEL])
{
    return cli_visible(ls->names[c], buf, CLI_VISIBLE_LABEL);
}

/* The width of label c's column of the confusion matrix: its name as shown, 7 at least. */
/* The columns a terminal gives text: one a letter, two a wide (East Asian) one, none a
 * combining mark. */
static size_t display_width(const char *s)
{
    size_t w = 0, n = strlen(s);
    for (size_t i = 0; i < n;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                              (utf8proc_ssize_t)(n - i), &cp);
        if (k <= 0) { /* (labels shown are valid UTF-8; a stray byte takes a column) */
            w++;
            i++;
            continue;
        }
        int cw = utf8proc_charwidth(cp);
        w += cw > 0 ? (size_t)cw : 0;
        i += (size_t)k;
    }
    return w;
}

/* s in a field of `width` columns, padded on the right (or, when right, on the left). */
static void put_field(FILE *fp, const char *s, size_t width, bool right)
{
    size_t w = display_width(s);
    if (right)
        for (size_t i = w; i < width; i++)
            fputc(' ', fp);
    fputs(s, fp);
    if (!right)
        for (size_t i = w; i < width; i++)
            fputc(' ', fp);
}

static size_t column(const label_set_t *ls, size_t c)
{
    char name[CLI_VISIBLE_LABEL];
    size_t n = display_width(shown(ls, c, name));
    return n > 7 ? n : 7;
}

static void text_report(const report_t *r, FILE *fp)
{
    const label_set_t *ls = r->labels;
    stance_eval_summary_t raw, cal;
    stance_eval_summary(r->raw, &raw);
    stance_eval_summary(r->cal, &cal);
    fold_stats_t fs = over_folds(r);
    if (strcmp(r->folds_from, "model") == 0)
        fprintf(fp, "model %s tested on %zu statements, %zu labels\n\n", r->model, r->statements,
                ls->n);
    else if (strcmp(r->folds_from, "test") == 0)
        fprintf(fp, "trained on %zu statements, tested on %zu, %zu labels\n\n",
                r->train_statements, r->statements, ls->n);
    else {
        char empty[512];
        unsigned n_empty = report_empty_folds(r->fold_total, r->k, empty, sizeof empty);
        fprintf(fp, "%zu statements, %zu labels, %u folds (", r->statements, ls->n, r->k);
        if (strcmp(r->folds_from, "stratified") == 0)
            fprintf(fp, "stratified, seed %llu", (unsigned long long)r->seed);
        else
            fprintf(fp, "from %s", r->folds_from);
        if (n_empty)
            fprintf(fp, "; %s hold%s no statement", empty, n_empty == 1 ? "s" : "");
        fputs(")\n\n", fp);
    }
    char name[CLI_VISIBLE_LABEL]; /* a label as shown: safe for a terminal, as info shows it */
    if (r->label_bias) { /* the labels that have one, as `stance info` shows them */
        fputs("label bias", fp);
        for (size_t c = 0, n = 0; c < ls->n; c++)
            if (r->label_bias[c] != 0.0)
                fprintf(fp, "%s %s %+.3f", n++ ? "," : "", shown(ls, c, name),
                        r->label_bias[c]);
        fputs("\n\n", fp);
    }
    if (r->skipped)
        fprintf(fp, "skipped %llu bad line%s\n\n", (unsigned long long)r->skipped,
                r->skipped == 1 ? "" : "s");
    if (r->no_known) /* classify calls them unknown; here they count with the priors' label */
        fprintf(fp, "no known word: %llu statement%s, scored by the label priors and biases "
                    "alone (%llu right)\n\n",
                (unsigned long long)r->no_known, r->no_known == 1 ? "" : "s",
                (unsigned long long)r->no_known_right);
    fprintf(fp, "accuracy   %.4f", raw.accuracy);
    if (r->k > 1 && fs.n == r->k)
        fprintf(fp, "   (over folds: mean %.4f, sd %.4f, min %.4f, max %.4f)", fs.mean, fs.sd,
                fs.min, fs.max);
    else if (r->k > 1)
        fprintf(fp, "   (over the %u folds with statements: mean %.4f, sd %.4f, min %.4f, max "
                    "%.4f)",
                fs.n, fs.mean, fs.sd, fs.min, fs.max);
    fprintf(fp, "\nmacro-F1   %.4f\n\n", raw.macro_f1);
    size_t w = 5;
    for (size_t c = 0; c < ls->n; c++)
        if (display_width(shown(ls, c, name)) > w)
            w = display_width(name);
    put_field(fp, "label", w, false);
    fputs("  precision  recall      F1  support\n", fp);
    for (size_t c = 0; c < ls->n; c++) {
        stance_eval_label_t l;
        if (stance_eval_label(r->raw, c, &l) != STANCE_OK)
            continue;
        put_field(fp, shown(ls, c, name), w, false);
        fprintf(fp, "  %9.4f  %6.4f  %6.4f  %7llu\n", l.precision, l.recall, l.f1,
                (unsigned long long)l.support);
    }
    fputs("\nconfusion (rows: truth, columns: predicted)\n", fp);
    put_field(fp, "", w, false);
    for (size_t c = 0; c < ls->n; c++) {
        fputs("  ", fp);
        put_field(fp, shown(ls, c, name), column(ls, c), true);
    }
    fputc('\n', fp);
    for (size_t t = 0; t < ls->n; t++) {
        put_field(fp, shown(ls, t, name), w, false);
        for (size_t p = 0; p < ls->n; p++)
            fprintf(fp, "  %*llu", (int)column(ls, p),
                    (unsigned long long)stance_eval_confusion(r->raw, t, p));
        fputc('\n', fp);
    }
    /* the temperatures applied: an empty fold's was applied to nothing */
    double tmin = r->temperatures[0], tmax = tmin;
    bool first = true;
    for (unsigned f = 0; f < r->k; f++) {
        if (!r->fold_total[f] && r->k > 1)
            continue;
        tmin = first || r->temperatures[f] < tmin ? r->temperatures[f] : tmin;
        tmax = first || r->temperatures[f] > tmax ? r->temperatures[f] : tmax;
        first = false;
    }
    fprintf(fp, "\n%-22s  log-loss   Brier     ECE  accuracy\n", "probabilities");
    fprintf(fp, "%-22s  %8.4f  %6.4f  %6.4f  %8.4f\n", "as trained", raw.log_loss, raw.brier,
            raw.ece, raw.accuracy);
    char row[64];
    if (strcmp(r->folds_from, "model") == 0)
        snprintf(row, sizeof row, "model's (T %.3f)", tmin);
    else if (tmin == tmax)
        snprintf(row, sizeof row, "temperature %.3f", tmin);
    else
        snprintf(row, sizeof row, "temperature %.2f-%.2f", tmin, tmax);
    fprintf(fp, "%-22s  %8.4f  %6.4f  %6.4f  %8.4f\n", row, cal.log_loss, cal.brier, cal.ece,
            cal.accuracy);
    if (r->k > 1) {
        /* what train would store: the same fit when its folds are these */
        const bool trains_folds = strcmp(r->folds_from, "stratified") == 0 &&
                                  r->k == FEED_CALIBRATION_FOLDS &&
                                  r->seed == FEED_CALIBRATION_SEED;
        fputs("\ntemperature fitted on every fold: ", fp);
        if (r->temperature_all > 0)
            fprintf(fp, "%.3f", r->temperature_all);
        else
            fputs("none, at the end of its range or with nothing to fit", fp);
        if (trains_folds)
            fputs(r->temperature_all > 0 ? " (what 'stance train' stores)\n"
                                         : " (stance train stores none)\n",
                  fp);
        else
            fprintf(fp, " (stance train fits its own on %d stratified folds, seed %d)\n",
                    FEED_CALIBRATION_FOLDS, FEED_CALIBRATION_SEED);
    }
    fprintf(fp, "\n(%.1f s)\n", r->seconds);
}

static void json_summary(FILE *fp, const stance_eval_summary_t *s)
{
    fprintf(fp, "\"accuracy\":%.6f,\"macro_f1\":%.6f,\"log_loss\":%.6f,\"brier\":%.6f,"
                "\"ece\":%.6f",
            s->accuracy, s->macro_f1, s->log_loss, s->brier, s->ece);
}

static void json_report(const report_t *r, FILE *fp)
{
    const label_set_t *ls = r->labels;
    stance_eval_summary_t raw, cal;
    stance_eval_summary(r->raw, &raw);
    stance_eval_summary(r->cal, &cal);
    fold_stats_t fs = over_folds(r);
    fprintf(fp, "{\"statements\":%zu,\"train_statements\":%zu,\"skipped\":%llu,\"folds\":%u,"
                "\"folds_with_statements\":%u,\"empty_folds\":[",
            r->statements, r->train_statements, (unsigned long long)r->skipped, r->k, fs.n);
    for (unsigned f = 0, n = 0; f < r->k; f++)
        if (!r->fold_total[f])
            fprintf(fp, "%s%u", n++ ? "," : "", f);
    fputs("],\"folds_from\":", fp);
    out_json_string(fp, r->folds_from, strlen(r->folds_from));
    if (strcmp(r->folds_from, "stratified") == 0) /* the only folds a seed makes */
        fprintf(fp, ",\"seed\":%llu,\"labels\":[", (unsigned long long)r->seed);
    else
        fputs(",\"seed\":null,\"labels\":[", fp);
    for (size_t c = 0; c < ls->n; c++) {
        if (c)
            fputc(',', fp);
        out_json_string(fp, ls->names[c], strlen(ls->names[c]));
    }
    fputs("],\"label_bias\":", fp);
    if (r->label_bias) {
        for (size_t c = 0; c < ls->n; c++) {
            fputc(c ? ',' : '{', fp);
            out_json_string(fp, ls->names[c], strlen(ls->names[c]));
            fprintf(fp, ":%.9g", r->label_bias[c]);
        }
        fputc('}', fp);
    } else {
        fputs("null", fp);
    }
    fprintf(fp, ",\"no_known_word\":{\"statements\":%llu,\"right\":%llu},",
            (unsigned long long)r->no_known, (unsigned long long)r->no_known_right);
    json_summary(fp, &raw);
    /* a fold that held no statement has no accuracy: null, never 0 */
    fputs(",\"fold_accuracy\":{", fp);
    if (fs.n > 1)
        fprintf(fp, "\"mean\":%.6f,\"sd\":%.6f,\"min\":%.6f,\"max\":%.6f,", fs.mean, fs.sd,
                fs.min, fs.max);
    else if (fs.n) /* one fold (a test set): no spread to speak of */
        fprintf(fp, "\"mean\":%.6f,\"sd\":null,\"min\":%.6f,\"max\":%.6f,", fs.mean,
                fs.min, fs.max);
    else
        fputs("\"mean\":null,\"sd\":null,\"min\":null,\"max\":null,", fp);
    fputs("\"per_fold\":[", fp);
    for (unsigned f = 0; f < r->k; f++) {
        fputs(f ? "," : "", fp);
        if (r->fold_total[f])
            fprintf(fp, "%.6f", (double)r->fold_right[f] / (double)r->fold_total[f]);
        else
            fputs("null", fp);
    }
    fputs("]},\"per_label\":{", fp);
    for (size_t c = 0; c < ls->n; c++) {
        stance_eval_label_t l;
        if (stance_eval_label(r->raw, c, &l) != STANCE_OK)
            continue;
        if (c)
            fputc(',', fp);
        out_json_string(fp, ls->names[c], strlen(ls->names[c]));
        fprintf(fp, ":{\"precision\":%.6f,\"recall\":%.6f,\"f1\":%.6f,\"support\":%llu}",
                l.precision, l.recall, l.f1, (unsigned long long)l.support);
    }
    fputs("},\"confusion\":[", fp);
    for (size_t t = 0; t < ls->n; t++) {
        fputs(t ? ",[" : "[", fp);
        for (size_t p = 0; p < ls->n; p++)
            fprintf(fp, "%s%llu", p ? "," : "",
                    (unsigned long long)stance_eval_confusion(r->raw, t, p));
        fputc(']', fp);
    }
    fputs("],\"calibrated\":{\"temperatures\":[", fp);
    for (unsigned f = 0; f < r->k; f++) {
        fputs(f ? "," : "", fp);
        if (r->fold_total[f] || r->k == 1)
            fprintf(fp, "%.6f", r->temperatures[f]);
        else
            fputs("null", fp); /* fitted, but applied to no statement */
    }
    if (r->temperature_all > 0)
        fprintf(fp, "],\"temperature_all_folds\":%.6f,", r->temperature_all);
    else /* none fitted (a test set), or none train would store */
        fputs("],\"temperature_all_folds\":null,", fp);
    json_summary(fp, &cal);
    fprintf(fp, "},\"seconds\":%.3f}\n", r->seconds);
}

bool report_write(const report_t *r, FILE *fp)
{
    if (r->json)
        json_report(r, fp);
    else
        text_report(r, fp);
    if (r->plot && !report_svg(r, r->plot))
        return false;
    errno = 0;
    if (fflush(fp) != 0 || ferror(fp)) {
        cli_output_error(errno); /* fp is the output: said once, with the reason */
        return false;
    }
    return true;
}
