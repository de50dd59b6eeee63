#include "report.h"

#include "output.h"

#include <math.h>
#include <string.h>

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
    else if (strcmp(r->folds_from, "stratified") == 0)
        fprintf(fp, "%zu statements, %zu labels, %u folds (stratified, seed %llu)\n\n",
                r->statements, ls->n, r->k, (unsigned long long)r->seed);
    else
        fprintf(fp, "%zu statements, %zu labels, %u folds (from %s)\n\n", r->statements, ls->n,
                r->k, r->folds_from);
    if (r->skipped)
        fprintf(fp, "skipped %llu bad lines\n\n", (unsigned long long)r->skipped);
    fprintf(fp, "accuracy   %.4f", raw.accuracy);
    if (r->k > 1)
        fprintf(fp, "   (over folds: mean %.4f, sd %.4f, min %.4f, max %.4f)", fs.mean, fs.sd,
                fs.min, fs.max);
    fprintf(fp, "\nmacro-F1   %.4f\n\n", raw.macro_f1);
    size_t w = 5;
    for (size_t c = 0; c < ls->n; c++)
        if (strlen(ls->names[c]) > w)
            w = strlen(ls->names[c]);
    fprintf(fp, "%-*s  precision  recall      F1  support\n", (int)w, "label");
    for (size_t c = 0; c < ls->n; c++) {
        stance_eval_label_t l;
        if (stance_eval_label(r->raw, c, &l) == STANCE_OK)
            fprintf(fp, "%-*s  %9.4f  %6.4f  %6.4f  %7llu\n", (int)w, ls->names[c], l.precision,
                    l.recall, l.f1, (unsigned long long)l.support);
    }
    fprintf(fp, "\nconfusion (rows: truth, columns: predicted)\n%-*s", (int)w, "");
    for (size_t c = 0; c < ls->n; c++)
        fprintf(fp, "  %*s", (int)(strlen(ls->names[c]) > 7 ? strlen(ls->names[c]) : 7),
                ls->names[c]);
    fputc('\n', fp);
    for (size_t t = 0; t < ls->n; t++) {
        fprintf(fp, "%-*s", (int)w, ls->names[t]);
        for (size_t p = 0; p < ls->n; p++)
            fprintf(fp, "  %*llu", (int)(strlen(ls->names[p]) > 7 ? strlen(ls->names[p]) : 7),
                    (unsigned long long)stance_eval_confusion(r->raw, t, p));
        fputc('\n', fp);
    }
    double tmin = r->temperatures[0], tmax = tmin;
    for (unsigned f = 1; f < r->k; f++) {
        tmin = r->temperatures[f] < tmin ? r->temperatures[f] : tmin;
        tmax = r->temperatures[f] > tmax ? r->temperatures[f] : tmax;
    }
    fprintf(fp, "\n%-22s  log-loss   Brier     ECE  accuracy\n", "probabilities");
    fprintf(fp, "%-22s  %8.4f  %6.4f  %6.4f  %8.4f\n", "as trained", raw.log_loss, raw.brier,
            raw.ece, raw.accuracy);
    char name[64];
    if (strcmp(r->folds_from, "model") == 0)
        snprintf(name, sizeof name, "model's (T %.3f)", tmin);
    else if (tmin == tmax)
        snprintf(name, sizeof name, "temperature %.3f", tmin);
    else
        snprintf(name, sizeof name, "temperature %.2f-%.2f", tmin, tmax);
    fprintf(fp, "%-22s  %8.4f  %6.4f  %6.4f  %8.4f\n", name, cal.log_loss, cal.brier, cal.ece,
            cal.accuracy);
    if (r->temperature_all > 0)
        fprintf(fp, "\ntemperature fitted on every fold: %.3f (what 'stance train' stores, with "
                    "-k 5 and the same seed)\n",
                r->temperature_all);
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
                "\"folds_from\":",
            r->statements, r->train_statements, (unsigned long long)r->skipped, r->k);
    out_json_string(fp, r->folds_from, strlen(r->folds_from));
    fprintf(fp, ",\"seed\":%llu,\"labels\":[", (unsigned long long)r->seed);
    for (size_t c = 0; c < ls->n; c++) {
        if (c)
            fputc(',', fp);
        out_json_string(fp, ls->names[c], strlen(ls->names[c]));
    }
    fputs("],", fp);
    json_summary(fp, &raw);
    fprintf(fp, ",\"fold_accuracy\":{\"mean\":%.6f,\"sd\":%.6f,\"min\":%.6f,\"max\":%.6f,"
                "\"per_fold\":[",
            fs.mean, fs.sd, fs.min, fs.max);
    for (unsigned f = 0; f < r->k; f++)
        fprintf(fp, "%s%.6f", f ? "," : "",
                r->fold_total[f] ? (double)r->fold_right[f] / (double)r->fold_total[f] : 0.0);
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
    for (unsigned f = 0; f < r->k; f++)
        fprintf(fp, "%s%.6f", f ? "," : "", r->temperatures[f]);
    fprintf(fp, "],\"temperature_all_folds\":%.6f,", r->temperature_all);
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
    if (fflush(fp) != 0 || ferror(fp)) {
        cli_error("cannot write the report");
        return false;
    }
    return true;
}
