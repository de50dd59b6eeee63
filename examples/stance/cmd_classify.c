/* stance classify: label statements in files, lines or the quotes of news articles. */
#define _POSIX_C_SOURCE 200809L
#include "batch.h"
#include "commands.h"
#include "progress.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "Usage: stance classify [-m MODEL] [--mode lines|quotes|document] [--format tsv|jsonl]\n"
    "                       [--explain N] [--min-confidence P] [--no-unknown]\n"
    "                       [--label-bias L=B] [--frame-weight W] [--speaker-weight W]\n"
    "                       [--article-weight W] [--strict] [--max-bytes N] [-j N]\n"
    "                       [--with-file] [--no-header] [--quiet] [FILE... | -]\n"
    "\n"
    "Labels each statement in the files (standard input when none or '-').\n"
    "\n"
    "  -m, --model MODEL      model file (default: the built-in English model)\n"
    "  --mode lines           one statement per line, blank lines skipped (default)\n"
    "  --mode document        each file is one statement\n"
    "  --mode quotes          the quotations of a news article, with their speakers, each\n"
    "                         weighed with its reporting frame (\"slammed\", \"welcomed\"),\n"
    "                         its speaker's other quotes and the other speakers';\n"
    "                         quoted names and terms (the \"Northern Territories\") are skipped\n"
    "  --format tsv           label, confidence, speaker, text, with a header (default)\n"
    "  --with-file            TSV: file and line columns first (JSON Lines has them always)\n"
    "  --no-header            TSV: no header line (outputs of several runs joined, as by\n"
    "                         xargs)\n"
    "  --format jsonl         one JSON object per statement: file, line, start, end (byte\n"
    "                         offsets in the file), text, speaker, label, confidence,\n"
    "                         known_features, scores;\n"
    "                         quotes add speaker_start, speaker_end, speaker_kind (person,\n"
    "                         organization, pronoun, title), unclosed (true when no\n"
    "                         closing mark ended it), turn (true for a transcript's\n"
    "                         turn) and, when split, spans\n"
    "  --explain N            add the N (1..1000) features that weighed most, with their\n"
    "                         contribution: the log-likelihood ratio of the most probable\n"
    "                         label over the next (> 0 pushed toward it; it is the label\n"
    "                         shown, but for 'uncertain', whose scores JSON Lines gives);\n"
    "                         in TSV 'feature:+1.234' items, one space apart (a feature\n"
    "                         keeps its own spaces and colons: the number follows the last\n"
    "                         colon); in quotes mode also 'frame: ...', 'speaker: other\n"
    "                         quotations' and 'article: other quotations'\n";
/* (two strings: C11 promises string literals of 4095 bytes only) */
static const char usage_more[] =
    "  --min-confidence P     label statements whose probability is below P (0..1)\n"
    "                         'uncertain'\n"
    "  --no-unknown           label a statement with no word the model knows by the priors\n"
    "                         (default: 'unknown', with known_features 0 in JSON Lines)\n"
    "  --label-bias L=B       set label L's decision bias to B nats for this run, B a decimal\n"
    "                         number within +-100 (the built-in model's neutral has 3.25\n"
    "                         and hostile has 1.25; neutral=0 leans away from neutral)\n"
    "  --frame-weight W       quotes: weight of the reporting frame, 0..100, 0 = the quote\n"
    "                         alone (default: the library's measured weight)\n"
    "  --speaker-weight W     quotes: weight of the same speaker's other quotes in the\n"
    "                         article, 0..100, 0 = none (default: the library's measured\n"
    "                         weight)\n"
    "  --article-weight W     quotes: weight of the article's other quotes, whoever said\n"
    "                         them, 0..100, 0 = none (default: the library's measured\n"
    "                         weight)\n"
    "  --strict               stop at the first problem: invalid UTF-8, a NUL byte, a file\n"
    "                         that cannot be read, a statement too long (default: invalid\n"
    "                         bytes are replaced with a warning; the others are reported and\n"
    "                         skipped, and the exit status is 1). Binary data is skipped\n"
    "                         whole: a file whose first 64 KiB hold a NUL among bytes that\n"
    "                         are not text (8 or more, and 1 in 16), and the rest of a file\n"
    "                         once 8 statements within 100 lines have held NUL bytes\n"
    "  --max-bytes N          longest statement (or article) read, in bytes, 1..1073741824\n"
    "                         (default 16 MiB); longer ones are reported and skipped\n"
    "  -j N                   worker threads, 0..1024 (default 1; 0 = all cores); output is\n"
    "                         the same (quotes mode: several articles at once)\n"
    "  --quiet                no progress line (shown on a terminal after 2 seconds)\n"
    "  -h, --help             this help\n"
    "\n"
    "Exit status: 0 if every statement was labeled, 1 if some input was bad, 2 on bad usage.\n";

enum mode { MODE_LINES, MODE_DOCUMENT, MODE_QUOTES };

typedef struct classify_run {
    out_t out;
    batch_t batch;
    enum mode mode;
    bool strict;
    size_t max_bytes;
    size_t failures;
    progress_t progress;
    uint64_t delivered;       /* statements written */
    uint64_t read, file_pos;  /* statements (or articles) read; where the last one ends in
                                 its file */
    char **names;             /* the files read, named as the results name them: a file's
                                 statements are still in the batch when the next is read */
    size_t n_names, names_cap;
    uint64_t line;                /* of the statement read last, or of the error that stopped */
    bool halted;                  /* out of memory while an article was read: the run stops */
    bool in_batch;                /* a batch call is at work: a message from inside it (a
                                     statement refused, out of memory) writes only what is
                                     delivered, and does not call the batch again */
} classify_run_t;

/* A run stopped before its end (out of memory, --strict, a read error) says what it did not
 * read: the rest of `path` and the `after` inputs after it. */
static void say_stopped(const classify_run_t *r, const char *path, int after)
{
    if (r->out.failed) /* the cause first (said once: not again at the run's end) */
        cli_output_error(r->out.write_errno);
    char files[64] = "";
    if (after > 0)
        snprintf(files, sizeof files, " and the %d file%s after it", after, after == 1 ? "" : "s");
    if (r->line == 0) /* it could not be opened */
        cli_note("stopped at %s: it%s %s not classified", path, files,
                 after > 0 ? "were" : "was");
    else
        cli_note("stopped at line %llu of %s: the rest of it%s %s not classified",
                 (unsigned long long)r->line, path, files, after > 0 ? "were" : "was");
}

/* The batch calls of a run, each marked as at work for flush_pending(). */
static size_t flush_batch(classify_run_t *r)
{
    r->in_batch = true;
    size_t failed = batch_flush(&r->batch);
    r->in_batch = false;
    return failed;
}

/* Writes the results of everything read so far: before a message (which then follows the
 * results of the lines before it, on a terminal or in a log where both go), and when the
 * input pauses (a pipeline's reader gets each line's result without waiting for more). From
 * inside a batch call, what it has delivered. */
static void flush_pending(void *run)
{
    classify_run_t *r = run;
    if (!r->in_batch)
        r->failures += flush_batch(r);
    out_flush(&r->out);
}



static void write_result(void *run, const batch_item_t *it, const stance_result_t *res,
                         const stance_hit_t *hits, size_t n_hits)
{
    classify_run_t *r = run;
    out_statement(&r->out, &it->meta, res, hits, n_hits);
    r->delivered++;
}

/* The file's name as its results give it, kept until the run's end; NULL when out of memory
 * (said). */
static const char *keep_name(classify_run_t *r, const char *file)
{
    if (r->n_names && strcmp(r->names[r->n_names - 1], file) == 0)
        return r->names[r->n_names - 1];
    char *copy = strdup(file);
    if (!copy || !cli_grow((void **)&r->names, &r->names_cap, r->n_names + 1, sizeof *r->names)) {
        free(copy);
        cli_error("out of memory");
        return NULL;
    }
    return r->names[r->n_names++] = copy;
}

/* A statement, or an article whose quotations are classified. */
static bool emit(classify_run_t *r, const out_item_t *it, bool article)
{
    r->in_batch = true;
    bool ok = article ? batch_add_article(&r->batch, it) : batch_add(&r->batch, it, 0);
    r->in_batch = false;
    return ok;
}

/* The line of a byte of a record that starts at byte `offset` of its file, on `line`: a
 * document or an article spans many lines, and a message about a byte inside it names the
 * byte's own line. */
static uint64_t line_of_offset(const char *text, size_t len, uint64_t line, uint64_t offset,
                               uint64_t at)
{
    if (at < offset || at - offset > len)
        return line;
    const char *p = text, *end = text + (at - offset);
    while ((p = memchr(p, '\n', (size_t)(end - p)))) {
        line++;
        p++;
    }
    return line;
}

/* What went wrong with an article, said before its quotations' results: a CR ending no line
 * (refused), HTML (warned once, at the first entity or tag), the library's error at the line
 * of the byte it names (the article's first line when it names none). */
static void article_said(void *run, const batch_item_t *it)
{
    classify_run_t *r = run;
    const out_item_t *m = &it->meta;
    const article_t *a = it->article;
    if (!a) { /* (named as every failure is: the file and the article's first line) */
        cli_error("%s:%llu: out of memory reading the article", m->file,
                  (unsigned long long)m->line);
        r->halted = true;
        return;
    }
    if (a->lone_cr != SIZE_MAX) {
        const uint64_t at = m->start + a->lone_cr;
        cli_lone_cr(m->file, line_of_offset(m->text, m->text_len, m->line, m->start, at), at);
        return;
    }
    if (a->markup) {
        const uint64_t at = m->start + a->markup_at.start;
        cli_warn("%s:%llu: the article holds HTML (%.*s at byte %llu): quotation marks written "
                 "as entities are not read as quotation marks, and quoted tag attributes may be "
                 "read as quotations; decode the entities and strip the tags first",
                 m->file,
                 (unsigned long long)line_of_offset(m->text, m->text_len, m->line, m->start, at),
                 (int)a->markup_at.len, m->text + a->markup_at.start, (unsigned long long)at);
    }
    if (a->status != STANCE_OK) {
        const uint64_t at = a->err.offset != STANCE_NO_OFFSET ? m->start + a->err.offset
                                                              : m->start;
        cli_error("%s:%llu: %s", m->file,
                  (unsigned long long)line_of_offset(m->text, m->text_len, m->line, m->start, at),
                  a->err.msg);
        if (a->status == STANCE_E_NOMEM)
            r->halted = true;
    }
}

/* Errors named one by one in a file before the rest are only counted: --max-bytes 5 on a
 * large file would otherwise print a line per statement. */
#define MAX_FILE_ERRORS 10

/* Reads one file; returns false to stop everything (strict mode, out of memory). */
static bool classify_file(classify_run_t *r, const char *path)
{
    stance_corpus_opts_t o = STANCE_CORPUS_OPTS_INIT;
    o.format = r->mode == MODE_LINES ? STANCE_CORPUS_LINES : STANCE_CORPUS_DOCUMENT;
    o.flags = r->strict ? 0 : STANCE_REPLACE_INVALID;
    o.max_statement_bytes = r->max_bytes;
    stance_corpus_t *c = NULL;
    stance_error_t err;
    r->line = 0;
    if (stance_corpus_open(&c, path, &o, &err) != STANCE_OK) {
        cli_error("%s", err.msg);
        r->failures++;
        return !r->strict;
    }
    size_t warnings = 0;
    size_t errors = 0; /* statements of this file refused; the first MAX_FILE_ERRORS are named */
    bool go_on = true;
    stance_corpus_on_wait(c, flush_pending, r); /* a feed's lines answered as they come */
    for (;;) {
        if (r->out.failed || r->halted) { /* the output is gone, or memory: reading on would
                                             only lose more */
            go_on = false;
            break;
        }
        stance_record_t rec;
        int done = 0;
        stance_status_t st = stance_corpus_next(c, &rec, &done, &err);
        if (st == STANCE_OK && done)
            break;
        if (st != STANCE_OK) {
            r->line = err.line;
            if (errors++ < MAX_FILE_ERRORS)
                cli_error("%s%s", err.msg,
                          errors == MAX_FILE_ERRORS ? " (no more errors named for this file)" : "");
            r->failures++;
            /* the reader goes on after a bad statement, and skips binary data itself */
            if (r->strict || st == STANCE_E_IO || st == STANCE_E_NOMEM) {
                go_on = !(r->strict || st == STANCE_E_NOMEM);
                break;
            }
            continue;
        }
        r->line = rec.line;
        if (rec.invalid_at != STANCE_NO_OFFSET && warnings++ < 10)
            cli_warn("%s:%llu: invalid UTF-8 at byte offset %llu; bad bytes replaced%s",
                     rec.file,
                     (unsigned long long)line_of_offset(rec.text, rec.text_len, rec.line,
                                                        rec.offset, rec.invalid_at),
                     (unsigned long long)rec.invalid_at,
                     warnings == 10 ? " (no more warnings for this file)" : "");
        /* progress is of what is read (up to a batch ahead of what is written) */
        r->file_pos = rec.offset + rec.text_len;
        if (++r->read % 256 == 0 || r->mode != MODE_LINES)
            progress_show(&r->progress, r->file_pos, r->delivered);
        out_item_t it = {.file = keep_name(r, rec.file), .line = rec.line, .start = rec.offset,
                         .end = rec.offset + rec.text_len, .text = rec.text,
                         .text_len = rec.text_len};
        if (!it.file || !emit(r, &it, r->mode == MODE_QUOTES)) {
            go_on = false;
            break;
        }
    }
    if (errors > MAX_FILE_ERRORS)
        cli_error("%s: %zu statements in all could not be classified", path, errors);
    if (warnings > 10) /* past the ten named: how many statements had bytes replaced */
        cli_warn("%s: %zu statements in all had invalid UTF-8 replaced", path, warnings);
    /* The batch has copies of the statements, and the run of the file's name: the next file
     * is read while this one's last statements are classified (many small files, one article
     * each, keep every thread at work). What went wrong with them is counted at the run's
     * end, or when the next message (which comes after the results before it) flushes. */
    if (r->halted)
        go_on = false;
    progress_next_input(&r->progress, r->file_pos);
    r->file_pos = 0;
    stance_corpus_close(c);
    return go_on;
}

/* The words written instead of a label must not be one of the model's labels. */
static bool words_are_free(const stance_model_t *m, const out_t *o)
{
    size_t label;
    if (o->min_confidence > 0 &&
        stance_model_label_index(m, OUT_UNCERTAIN, strlen(OUT_UNCERTAIN), &label) == STANCE_OK) {
        cli_error("the model has a label named '" OUT_UNCERTAIN "', which --min-confidence "
                  "writes for statements below the threshold: the two could not be told apart");
        return false;
    }
    if (o->unknown &&
        stance_model_label_index(m, OUT_UNKNOWN, strlen(OUT_UNKNOWN), &label) == STANCE_OK) {
        cli_error("the model has a label named '" OUT_UNKNOWN "', which classify writes for "
                  "statements with no word the model knows: add --no-unknown");
        return false;
    }
    return true;
}

int cmd_classify(int argc, char **argv)
{
    static const struct option longs[] = {
        {"model", required_argument, NULL, 'm'},
        {"mode", required_argument, NULL, OPT_MODE},
        {"format", required_argument, NULL, OPT_FORMAT},
        {"explain", required_argument, NULL, OPT_EXPLAIN},
        {"min-confidence", required_argument, NULL, OPT_MIN_CONFIDENCE},
        {"strict", no_argument, NULL, OPT_STRICT},
        {"frame-weight", required_argument, NULL, OPT_FRAME_WEIGHT},
        {"speaker-weight", required_argument, NULL, OPT_SPEAKER_WEIGHT},
        {"article-weight", required_argument, NULL, OPT_ARTICLE_WEIGHT},
        {"label-bias", required_argument, NULL, OPT_LABEL_BIAS},
        {"no-unknown", no_argument, NULL, OPT_NO_UNKNOWN},
        {"max-bytes", required_argument, NULL, OPT_MAX_BYTES},
        {"quiet", no_argument, NULL, OPT_QUIET},
        {"with-file", no_argument, NULL, OPT_WITH_FILE},
        {"no-header", no_argument, NULL, OPT_NO_HEADER},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    const char *model_path = NULL;
    classify_run_t r;
    memset(&r, 0, sizeof r);
    r.out.fp = stdout;
    r.out.unknown = true;
    cli_biases_t biases = {0};
    unsigned jobs = 1;
    bool quiet = false;
    double frame_weight = STANCE_FRAME_WEIGHT_DEFAULT;
    double speaker_weight = STANCE_SPEAKER_WEIGHT_DEFAULT;
    double article_weight = STANCE_ARTICLE_WEIGHT_DEFAULT;
    const char *quotes_only = NULL; /* the last weight of quotes mode given */
    uint64_t u;
    double d;
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, ":m:j:h", longs, NULL)) != -1) {
        switch (opt) {
        case 'm':
            model_path = optarg;
            break;
        case OPT_MODE:
            if (strcmp(optarg, "lines") == 0)
                r.mode = MODE_LINES;
            else if (strcmp(optarg, "document") == 0)
                r.mode = MODE_DOCUMENT;
            else if (strcmp(optarg, "quotes") == 0)
                r.mode = MODE_QUOTES;
            else
                return cli_usage("classify", "--mode '%s': expected lines, quotes or document",
                                 optarg);
            break;
        case OPT_FORMAT:
            if (strcmp(optarg, "tsv") == 0)
                r.out.format = OUT_TSV;
            else if (strcmp(optarg, "jsonl") == 0)
                r.out.format = OUT_JSONL;
            else
                return cli_usage("classify", "--format '%s': expected tsv or jsonl", optarg);
            break;
        case OPT_EXPLAIN:
            if (!parse_u64(optarg, 1, 1000, &u))
                return cli_usage("classify", "--explain '%s': expected 1..1000", optarg);
            r.out.explain = (size_t)u;
            break;
        case OPT_MIN_CONFIDENCE:
            if (!parse_double(optarg, 0.0, 1.0, &d))
                return cli_usage("classify", "--min-confidence '%s': expected 0..1", optarg);
            r.out.min_confidence = d;
            break;
        case OPT_STRICT:
            r.strict = true;
            break;
        case OPT_NO_UNKNOWN:
            r.out.unknown = false;
            break;
        case OPT_QUIET:
            quiet = true;
            break;
        case OPT_WITH_FILE:
            r.out.with_file = true;
            break;
        case OPT_NO_HEADER:
            r.out.no_header = true;
            break;
        case OPT_LABEL_BIAS:
            if (!cli_bias_add(&biases, "classify", optarg))
                return EXIT_USAGE;
            break;
        case OPT_FRAME_WEIGHT:
        case OPT_SPEAKER_WEIGHT:
        case OPT_ARTICLE_WEIGHT: { /* the weights of quotes mode, read alike */
            const bool frame = opt == OPT_FRAME_WEIGHT, speaker = opt == OPT_SPEAKER_WEIGHT;
            const char *name = frame ? "--frame-weight" : speaker ? "--speaker-weight"
                                                                : "--article-weight";
            if (!parse_double(optarg, 0.0, STANCE_EVIDENCE_WEIGHT_MAX, &d))
                return cli_usage("classify", "%s '%s': expected 0..%g", name, optarg,
                                 STANCE_EVIDENCE_WEIGHT_MAX);
            *(frame ? &frame_weight : speaker ? &speaker_weight : &article_weight) = d;
            quotes_only = name;
            break;
        }
        case OPT_MAX_BYTES:
            if (!parse_u64(optarg, 1, STANCE_MAX_TEXT_BYTES, &u))
                return cli_usage("classify", "--max-bytes '%s': expected 1..%zu", optarg,
                                 (size_t)STANCE_MAX_TEXT_BYTES);
            r.max_bytes = (size_t)u;
            break;
        case 'j':
            if (!parse_u64(optarg, 0, 1024, &u))
                return cli_usage("classify", "-j '%s': %s", optarg, CLI_JOBS_RANGE);
            jobs = u ? (unsigned)u : cli_cores();
            break;
        case 'h':
            /* the reason of a failed write is known only here (main's check sees none) */
            if (fputs(usage, stdout) == EOF || fputs(usage_more, stdout) == EOF) {
                cli_output_error(errno);
                return EXIT_FAIL;
            }
            return EXIT_OK;
        default:
            return cli_bad_option("classify", opt, argv, longs);
        }
    }
    if (quotes_only && r.mode != MODE_QUOTES) /* a setting that would weigh nothing */
        return cli_usage("classify", "%s applies to --mode quotes only", quotes_only);
    if (cli_stdin_once("classify", (const char *const *)argv + optind, (size_t)(argc - optind),
                       NULL, 0))
        return EXIT_USAGE;
    static const char *const from_stdin[] = {"-"};
    const char *const read_model[] = {model_path};
    if ((optind == argc ? cli_stdout_not_input("classify", from_stdin, 1)
                        : cli_stdout_not_input("classify", (const char *const *)argv + optind,
                                               (size_t)(argc - optind))) ||
        cli_stdout_not_input("classify", read_model, 1))
        return EXIT_USAGE;
    stance_model_t *model = cli_load_model(model_path);
    /* a label the model lacks is a usage error; it can only be found once the model is here */
    int bias_status =
        model ? cli_bias_labels_known(&biases, "classify", model, "the model") : EXIT_OK;
    if (!model || bias_status != EXIT_OK || !cli_bias_apply(&biases, &model) ||
        !words_are_free(model, &r.out)) {
        stance_model_free(model);
        return bias_status != EXIT_OK ? bias_status : EXIT_FAIL;
    }
    r.out.model = model;
    if (r.mode == MODE_QUOTES) {
        stance_settings_t set;
        stance_model_settings(model, &set);
        if (strcmp(set.language, "english") != 0 && strcmp(set.language, "porter") != 0 &&
            strcmp(set.language, "none") != 0)
            cli_warn("the speakers and reporting frames of quotes mode are read by English "
                     "rules; in an article in another language (this %s model's) the "
                     "quotations are found, but their speakers and frames are guesses",
                     set.language);
    }
    cli_on_message(flush_pending, &r);
    int status = EXIT_OK;
    bool ready = out_init(&r.out);
    if (!ready)
        cli_error("out of memory");
    ready = ready && batch_init(&r.batch, model, jobs, r.strict ? 0 : STANCE_REPLACE_INVALID,
                                r.out.explain, write_result, &r);
    r.batch.frame_weight = frame_weight;
    r.batch.speaker_weight = speaker_weight;
    r.batch.article_weight = article_weight;
    r.batch.article_fn = article_said;
    if (!ready) {
        status = EXIT_FAIL;
    } else if (optind == argc) {
        progress_start(&r.progress, quiet, NULL, 0);
        if (!classify_file(&r, "-")) {
            status = EXIT_FAIL;
            say_stopped(&r, "standard input", 0);
        }
    } else {
        progress_start(&r.progress, quiet, argv + optind, argc - optind);
        for (int i = optind; i < argc; i++)
            if (!classify_file(&r, argv[i])) {
                status = EXIT_FAIL;
                say_stopped(&r, argv[i], argc - i - 1);
                break;
            }
    }
    r.failures += flush_batch(&r); /* the last file's last statements */
    progress_end(&r.progress);
    if (r.out.buf)
        out_finish(&r.out);
    cli_on_message(NULL, NULL);
    errno = 0;
    if (!out_flush(&r.out) || fflush(stdout) != 0 || ferror(stdout)) {
        cli_output_error(r.out.failed ? r.out.write_errno : errno);
        status = EXIT_FAIL;
    }
    if (r.failures)
        status = EXIT_FAIL;
    batch_free(&r.batch);
    out_free(&r.out);
    for (size_t i = 0; i < r.n_names; i++)
        free(r.names[i]);
    free(r.names);
    stance_model_free(model);
    return status;
}
