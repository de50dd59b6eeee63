/* A self-contained SVG figure for `stance eval --plot`: the reliability diagram (mean
 * predicted confidence against observed accuracy per bin, before and after calibration, with
 * the diagonal of perfect calibration) and the confusion matrix as a heat map. */
#define _POSIX_C_SOURCE 200809L
#include "report.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void xml_text(FILE *fp, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '<': fputs("&lt;", fp); break;
        case '>': fputs("&gt;", fp); break;
        case '&': fputs("&amp;", fp); break;
        case '"': fputs("&quot;", fp); break;
        default: fputc(*s, fp);
        }
    }
}

/* One series of the reliability diagram: a polyline through the non-empty bins and a dot per
 * bin whose area follows its share of the statements. */
static void series(FILE *fp, const stance_eval_t *ev, double x0, double y0, double size,
                   const char *color, const char *dash)
{
    stance_eval_summary_t s;
    stance_eval_summary(ev, &s);
    fprintf(fp, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s points=\"", color,
            dash);
    for (size_t b = 0; b < STANCE_EVAL_BINS; b++) {
        stance_eval_bin_t bin;
        if (stance_eval_bin(ev, b, &bin) == STANCE_OK && bin.count)
            fprintf(fp, "%.1f,%.1f ", x0 + bin.confidence * size, y0 + size - bin.accuracy * size);
    }
    fputs("\"/>\n", fp);
    for (size_t b = 0; b < STANCE_EVAL_BINS; b++) {
        stance_eval_bin_t bin;
        if (stance_eval_bin(ev, b, &bin) != STANCE_OK || !bin.count)
            continue;
        double r = 2.5 + 9.0 * sqrt((double)bin.count / (double)(s.n ? s.n : 1));
        fprintf(fp, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" fill-opacity=\"0.6\">"
                    "<title>confidence %.3f, accuracy %.3f, %llu statements</title></circle>\n",
                x0 + bin.confidence * size, y0 + size - bin.accuracy * size, r, color,
                bin.confidence, bin.accuracy, (unsigned long long)bin.count);
    }
}

static void reliability(FILE *fp, const report_t *r)
{
    const double x0 = 70, y0 = 60, size = 360;
    stance_eval_summary_t raw, cal;
    stance_eval_summary(r->raw, &raw);
    stance_eval_summary(r->cal, &cal);
    fprintf(fp, "<text x=\"%.0f\" y=\"36\" font-size=\"16\" font-weight=\"bold\">Reliability "
                "diagram</text>\n",
            x0);
    fprintf(fp, "<rect x=\"%.0f\" y=\"%.0f\" width=\"%.0f\" height=\"%.0f\" fill=\"#fafafa\" "
                "stroke=\"#999\"/>\n",
            x0, y0, size, size);
    for (int i = 0; i <= 10; i++) {
        double t = i / 10.0;
        fprintf(fp, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#e4e4e4\"/>\n",
                x0 + t * size, y0, x0 + t * size, y0 + size);
        fprintf(fp, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#e4e4e4\"/>\n",
                x0, y0 + t * size, x0 + size, y0 + t * size);
        if (i % 2 == 0) {
            fprintf(fp, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"middle\">"
                        "%.1f</text>\n",
                    x0 + t * size, y0 + size + 16, t);
            fprintf(fp, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">%.1f"
                        "</text>\n",
                    x0 - 6, y0 + size - t * size + 4, t);
        }
    }
    fprintf(fp, "<line x1=\"%.0f\" y1=\"%.0f\" x2=\"%.0f\" y2=\"%.0f\" stroke=\"#666\" "
                "stroke-dasharray=\"4 4\"/>\n",
            x0, y0 + size, x0 + size, y0);
    series(fp, r->raw, x0, y0, size, "#d95f02", " stroke-dasharray=\"6 3\"");
    series(fp, r->cal, x0, y0, size, "#1b9e77", "");
    fprintf(fp, "<text x=\"%.0f\" y=\"%.0f\" font-size=\"12\" text-anchor=\"middle\">predicted "
                "probability of the chosen label</text>\n",
            x0 + size / 2, y0 + size + 36);
    fprintf(fp, "<text x=\"20\" y=\"%.0f\" font-size=\"12\" text-anchor=\"middle\" "
                "transform=\"rotate(-90 20 %.0f)\">observed accuracy</text>\n",
            y0 + size / 2, y0 + size / 2);
    double lx = x0 + 12, ly = y0 + 18;
    fprintf(fp, "<rect x=\"%.0f\" y=\"%.0f\" width=\"215\" height=\"46\" fill=\"white\" "
                "stroke=\"#ccc\"/>\n",
            lx - 6, ly - 13);
    fprintf(fp, "<line x1=\"%.0f\" y1=\"%.0f\" x2=\"%.0f\" y2=\"%.0f\" stroke=\"#d95f02\" "
                "stroke-width=\"2\" stroke-dasharray=\"6 3\"/><text x=\"%.0f\" y=\"%.0f\" "
                "font-size=\"11\">as trained: ECE %.3f, log-loss %.3f</text>\n",
            lx, ly - 4, lx + 22, ly - 4, lx + 28, ly, raw.ece, raw.log_loss);
    fprintf(fp, "<line x1=\"%.0f\" y1=\"%.0f\" x2=\"%.0f\" y2=\"%.0f\" stroke=\"#1b9e77\" "
                "stroke-width=\"2\"/><text x=\"%.0f\" y=\"%.0f\" font-size=\"11\">calibrated: "
                "ECE %.3f, log-loss %.3f</text>\n",
            lx, ly + 16, lx + 22, ly + 16, lx + 28, ly + 20, cal.ece, cal.log_loss);
}

static void confusion(FILE *fp, const report_t *r)
{
    const label_set_t *ls = r->labels;
    const double x0 = 620, y0 = 90, cell = ls->n <= 4 ? 90 : 360.0 / (double)ls->n;
    fprintf(fp, "<text x=\"%.0f\" y=\"36\" font-size=\"16\" font-weight=\"bold\">Confusion "
                "matrix</text>\n",
            x0 - 100);
    for (size_t t = 0; t < ls->n; t++) {
        uint64_t row = 0;
        for (size_t p = 0; p < ls->n; p++)
            row += stance_eval_confusion(r->raw, t, p);
        for (size_t p = 0; p < ls->n; p++) {
            uint64_t c = stance_eval_confusion(r->raw, t, p);
            double share = row ? (double)c / (double)row : 0.0;
            int shade = 255 - (int)(share * 190);
            fprintf(fp, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                        "fill=\"rgb(%d,%d,255)\" stroke=\"white\"><title>",
                    x0 + p * cell, y0 + t * cell, cell, cell, shade, shade);
            xml_text(fp, ls->names[t]);
            fputs(" labeled ", fp);
            xml_text(fp, ls->names[p]);
            fprintf(fp, ": %llu (%.1f%% of the row)</title></rect>\n", (unsigned long long)c,
                    100 * share);
            fprintf(fp, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" text-anchor=\"middle\">"
                        "%llu</text>\n",
                    x0 + (p + 0.5) * cell, y0 + (t + 0.5) * cell + 5, ls->n <= 4 ? 14 : 9,
                    (unsigned long long)c);
        }
        fprintf(fp, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">", x0 - 6,
                y0 + (t + 0.5) * cell + 4);
        xml_text(fp, ls->names[t]);
        fputs("</text>\n", fp);
    }
    for (size_t p = 0; p < ls->n; p++) {
        fprintf(fp, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"middle\">",
                x0 + (p + 0.5) * cell, y0 - 8);
        xml_text(fp, ls->names[p]);
        fputs("</text>\n", fp);
    }
    fprintf(fp, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" text-anchor=\"middle\">predicted"
                "</text>\n",
            x0 + cell * (double)ls->n / 2, y0 - 26);
    fprintf(fp, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\">rows: truth</text>\n", x0,
            y0 + cell * (double)ls->n + 20);
}

bool report_svg(const report_t *r, const char *path)
{
    /* Drawn in memory, then saved the way models are (cli_save_file): a device, FIFO or
     * folder is never replaced, no temporary name can be planted, and none is left behind
     * by an interrupt. */
    char *svg = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&svg, &len);
    if (!fp) {
        cli_error("out of memory");
        return false;
    }
    fputs("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1000\" height=\"480\" "
          "viewBox=\"0 0 1000 480\" font-family=\"sans-serif\">\n"
          "<rect width=\"1000\" height=\"480\" fill=\"white\"/>\n",
          fp);
    reliability(fp, r);
    confusion(fp, r);
    fprintf(fp, "<text x=\"520\" y=\"462\" font-size=\"11\" fill=\"#555\">%zu statements, %s"
                "</text>\n</svg>\n",
            r->statements, r->k > 1 ? "out-of-fold predictions" : "held-out test set");
    bool ok = !ferror(fp);
    ok = fclose(fp) == 0 && ok;
    if (!ok)
        cli_error("out of memory drawing '%s'", path);
    else
        ok = cli_save_file(path, svg, len);
    free(svg);
    return ok;
}
