#define _XOPEN_SOURCE 700 /* realpath */
#include "cli.h"
#include "output.h"
#include "progress.h"

#include <errno.h>
#include <fcntl.h>
#include <float.h>
#include <getopt.h>
#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static void (*pending_output)(void *);
static void *pending_output_arg;

void cli_on_message(void (*flush)(void *), void *arg)
{
    pending_output = flush;
    pending_output_arg = arg;
}

/* Text shown with nothing a terminal or a log reader would act on: a file name, an argument,
 * a corpus line or a model's label may hold any byte. C0 controls, DEL and C1 controls become
 * \u00XX (as in the output), the line and paragraph separators U+2028 and U+2029 (line ends
 * to many readers, escaped in the output too) and the bidirectional embeddings, overrides and
 * isolates U+202A..U+202E and U+2066..U+2069 (which turn the rest of a line around) \uXXXX,
 * bytes of invalid UTF-8 \xNN. */

/* Whether the 3-byte sequence at s (well-formed UTF-8) is one of the characters above. */
static bool layout_control(const unsigned char *s)
{
    return s[0] == 0xE2 && ((s[1] == 0x80 && s[2] >= 0xA8 && s[2] <= 0xAE) ||
                            (s[1] == 0x81 && s[2] >= 0xA6 && s[2] <= 0xA9));
}

/* The end of the run from i of printable ASCII and well-formed UTF-8 other than C1 and the
 * layout controls. */
static size_t visible_run(const unsigned char *s, size_t n, size_t i)
{
    for (;;) {
        if (i < n && s[i] >= 0x20 && s[i] < 0x7F) {
            i++;
            continue;
        }
        size_t k = i < n && s[i] >= 0x80 ? out_utf8_len(s + i, n - i) : 0;
        if (k == 0 || (s[i] == 0xC2 && s[i + 1] < 0xA0) || (k == 3 && layout_control(s + i)))
            return i;
        i += k;
    }
}

/* The escape of what stands at s[at] (at < n) into esc; returns the bytes it stands for. */
static size_t visible_escape(const unsigned char *s, size_t n, size_t at, char esc[7])
{
    static const char hex[] = "0123456789abcdef";
    if (out_utf8_len(s + at, n - at) == 3 && layout_control(s + at)) {
        const unsigned cp = ((s[at] & 0x0Fu) << 12) | ((s[at + 1] & 0x3Fu) << 6) |
                            (s[at + 2] & 0x3Fu);
        esc[0] = '\\';
        esc[1] = 'u';
        for (int d = 0; d < 4; d++)
            esc[2 + d] = hex[(cp >> (12 - 4 * d)) & 15];
        esc[6] = '\0';
        return 3;
    }
    bool c1 = s[at] == 0xC2 && out_utf8_len(s + at, n - at) == 2;
    unsigned byte = c1 ? s[at + 1] : s[at];
    size_t len = c1 || byte < 0x80 ? 6 : 4;
    memcpy(esc, len == 6 ? "\\u00" : "\\x", len - 2);
    esc[len - 2] = hex[byte >> 4];
    esc[len - 1] = hex[byte & 15];
    esc[len] = '\0';
    return c1 ? 2 : 1;
}

static void put_visible(FILE *fp, const char *text, size_t n)
{
    const unsigned char *s = (const unsigned char *)text;
    for (size_t i = 0; i < n;) {
        size_t run = visible_run(s, n, i);
        fwrite(s + i, 1, run - i, fp);
        if (run == n)
            break;
        char esc[7];
        i = run + visible_escape(s, n, run, esc);
        fputs(esc, fp);
    }
}

const char *cli_visible(const char *text, char *buf, size_t cap)
{
    const unsigned char *s = (const unsigned char *)text;
    const size_t n = strlen(text);
    size_t used = 0;
    for (size_t i = 0; i < n && cap;) {
        size_t run = visible_run(s, n, i);
        char esc[7] = "";
        size_t next = run == n ? n : run + visible_escape(s, n, run, esc);
        size_t need = run - i + strlen(esc);
        if (used + need >= cap)
            break; /* cut where a whole piece no longer fits */
        memcpy(buf + used, s + i, run - i);
        memcpy(buf + used + (run - i), esc, strlen(esc));
        used += need;
        i = next;
    }
    if (cap)
        buf[used] = '\0';
    return buf;
}

/* prefix, then the message made visible, then a newline. */
#if defined(__GNUC__)
__attribute__((format(printf, 2, 0)))
#endif
static void vmessage(const char *prefix, const char *fmt, va_list ap)
{
    char small[1024], *text = small;
    va_list again;
    va_copy(again, ap);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    size_t len = n > 0 ? (size_t)n : 0;
    if (len >= sizeof small) {
        text = malloc(len + 1);
        if (text)
            vsnprintf(text, len + 1, fmt, again);
        else
            text = small, len = sizeof small - 1; /* the message, cut */
    }
    va_end(again);
    fputs(prefix, stderr);
    put_visible(stderr, text, len);
    fputc('\n', stderr);
    if (text != small)
        free(text);
}

/* Before any message: the output of what came before it is written first (a terminal or a
 * log where both go reads them in order), and the progress line is cleared. */
static void before_message(void)
{
    if (pending_output)
        pending_output(pending_output_arg);
    fflush(stdout);
    progress_pause();
}

void cli_error(const char *fmt, ...)
{
    va_list ap;
    before_message();
    va_start(ap, fmt);
    vmessage("stance: ", fmt, ap);
    va_end(ap);
}

void cli_warn(const char *fmt, ...)
{
    va_list ap;
    before_message();
    va_start(ap, fmt);
    vmessage("stance: warning: ", fmt, ap);
    va_end(ap);
}

void cli_note(const char *fmt, ...)
{
    va_list ap;
    before_message();
    va_start(ap, fmt);
    vmessage("stance: ", fmt, ap);
    va_end(ap);
}

void cli_output_error(int errnum)
{
    static bool said;
    if (said)
        return;
    said = true;
    if (errnum)
        cli_error("cannot write the output: %s", strerror(errnum));
    else
        cli_error("cannot write the output");
}

/* An optional sign, digits with an optional point between or after them, an optional
 * exponent: what a person writes. strtod also takes leading spaces, hexadecimal, inf and
 * nan, which no option of the tool means. */
static bool plain_decimal(const char *s)
{
    size_t i = 0, digits = 0;
    i += s[i] == '+' || s[i] == '-';
    for (; s[i] >= '0' && s[i] <= '9'; i++)
        digits++;
    if (s[i] == '.')
        for (i++; s[i] >= '0' && s[i] <= '9'; i++)
            digits++;
    if (digits == 0)
        return false;
    if (s[i] == 'e' || s[i] == 'E') {
        i++;
        i += s[i] == '+' || s[i] == '-';
        if (!(s[i] >= '0' && s[i] <= '9'))
            return false;
        while (s[i] >= '0' && s[i] <= '9')
            i++;
    }
    return s[i] == '\0';
}

bool cli_bias_add(cli_biases_t *b, const char *cmd, const char *arg)
{
    const char *eq = strrchr(arg, '='); /* a label may hold '=', a number never does */
    if (!eq || eq == arg)
        cli_usage(cmd, "--label-bias '%s': expected LABEL=B, a label and a decimal number", arg);
    else if (!plain_decimal(eq + 1))
        cli_usage(cmd, "--label-bias '%s': '%s' is not a decimal number", arg, eq + 1);
    else if (b->n == STANCE_MAX_LABELS)
        cli_usage(cmd, "--label-bias '%s': at most %d labels", arg, STANCE_MAX_LABELS);
    else if (!parse_double(eq + 1, -STANCE_LABEL_BIAS_MAX, STANCE_LABEL_BIAS_MAX,
                           &b->value[b->n]))
        cli_usage(cmd, "--label-bias '%s': %s is outside %g..%g", arg, eq + 1,
                  -STANCE_LABEL_BIAS_MAX, STANCE_LABEL_BIAS_MAX);
    else {
        b->spec[b->n++] = arg;
        return true;
    }
    return false;
}

size_t cli_bias_label_len(const char *spec)
{
    return (size_t)(strrchr(spec, '=') - spec); /* a label may hold '=', a number never does */
}

int cli_bias_unknown(const char *cmd, const char *spec, const char *whose)
{
    return cli_usage(cmd, "--label-bias '%s': %s has no label '%.*s'", spec, whose,
                     (int)cli_bias_label_len(spec), spec);
}

/* The first LABEL=B whose label the model lacks, or NULL. */
static const char *unknown_bias_label(const cli_biases_t *b, const stance_model_t *model)
{
    for (size_t i = 0; i < b->n; i++) {
        size_t label;
        if (stance_model_label_index(model, b->spec[i], cli_bias_label_len(b->spec[i]),
                                     &label) != STANCE_OK)
            return b->spec[i];
    }
    return NULL;
}

size_t cli_cv_label_index(const stance_cv_t *cv, const char *name, size_t len)
{
    for (size_t l = 0; l < stance_cv_label_count(cv); l++) {
        const char *label = stance_cv_label(cv, l);
        if (label && strlen(label) == len && memcmp(label, name, len) == 0)
            return l;
    }
    return SIZE_MAX;
}

int cli_bias_labels_known(const cli_biases_t *b, const char *cmd, const stance_model_t *model,
                          const char *whose)
{
    const char *spec = unknown_bias_label(b, model);
    return spec ? cli_bias_unknown(cmd, spec, whose) : EXIT_OK;
}

bool cli_bias_apply(const cli_biases_t *b, stance_model_t **model)
{
    if (b->n == 0)
        return true;
    double bias[STANCE_MAX_LABELS];
    size_t n_labels = stance_model_label_count(*model);
    for (size_t l = 0; l < n_labels; l++)
        bias[l] = stance_model_label_bias(*model, l);
    for (size_t i = 0; i < b->n; i++) {
        size_t label;
        if (stance_model_label_index(*model, b->spec[i], cli_bias_label_len(b->spec[i]),
                                     &label) == STANCE_OK)
            bias[label] = b->value[i];
    }
    stance_model_t *biased = NULL;
    stance_error_t err;
    if (stance_model_with_label_bias(&biased, *model, bias, n_labels, &err) != STANCE_OK) {
        cli_error("%s", err.msg);
        return false;
    }
    stance_model_free(*model);
    *model = biased;
    return true;
}

void cli_skipped(const char *msg, uint64_t n)
{
    if (n <= CLI_SKIPS_NAMED)
        cli_warn("skipped %s%s", msg,
                 n == CLI_SKIPS_NAMED ? " (further skipped lines are only counted)" : "");
}

void cli_lone_cr(const char *file, uint64_t line, uint64_t offset)
{
    cli_error("%s:%llu: carriage return at byte offset %llu ends no line: a CR alone (old Mac "
              "line endings) is not a line break; convert the line endings to LF or CRLF",
              file, (unsigned long long)line, (unsigned long long)offset);
}

void cli_no_statements(const char *const *paths, size_t n, uint64_t skipped)
{
    char names[1024] = "";
    const size_t shown = n > 4 ? 3 : n; /* a long list: the first three, and a count */
    size_t used = 0;
    for (size_t i = 0; i < shown && used < sizeof names; i++) {
        const bool in = strcmp(paths[i], "-") == 0;
        int k = snprintf(names + used, sizeof names - used, "%s%s%s%s", i ? ", " : "",
                         in ? "" : "'", in ? "standard input" : paths[i], in ? "" : "'");
        used += k > 0 ? (size_t)k : 0;
    }
    if (shown < n && used < sizeof names)
        snprintf(names + used, sizeof names - used, ", and %zu more", n - shown);
    if (skipped)
        cli_error("no statements in %s: only blank lines, comments and %llu bad line%s skipped",
                  names, (unsigned long long)skipped, skipped == 1 ? "" : "s");
    else
        cli_error("no statements in %s: only blank lines and comments", names);
}

int cli_usage(const char *cmd, const char *fmt, ...)
{
    va_list ap;
    char prefix[64];
    snprintf(prefix, sizeof prefix, "stance %s: ", cmd);
    va_start(ap, fmt);
    vmessage(prefix, fmt, ap);
    va_end(ap);
    fprintf(stderr, "Try 'stance %s --help'.\n", cmd);
    return EXIT_USAGE;
}

/* The long option that name[0..len) names, exactly or as the prefix of one option only (as
 * getopt_long reads it); NULL when none does. *fits receives how many options it begins. */
static const struct option *long_option(const char *name, size_t len,
                                        const struct option *longs, size_t *fits)
{
    const struct option *found = NULL;
    *fits = 0;
    for (const struct option *o = longs; o->name; o++) {
        if (strncmp(o->name, name, len) != 0)
            continue;
        if (o->name[len] == '\0') {
            *fits = 1;
            return o;
        }
        found = o;
        ++*fits;
    }
    return *fits == 1 ? found : NULL;
}

int cli_bad_option(const char *cmd, int opt, char *const *argv, const struct option *longs)
{
    /* getopt_long has just passed the element at fault unless it is in a cluster of short
     * options ("-qx"), which optopt names on its own */
    const char *given = optind > 0 ? argv[optind - 1] : "";
    if (strncmp(given, "--", 2) == 0 && given[2] && (opt == ':' || optopt == 0 ||
                                                     strchr(given, '='))) {
        const char *name = given + 2;
        size_t len = strcspn(name, "="), fits;
        const struct option *o = long_option(name, len, longs, &fits);
        if (o && opt == ':')
            return cli_usage(cmd, "option '--%s' requires an argument", o->name);
        if (o && o->has_arg == no_argument && name[len] == '=')
            return cli_usage(cmd, "option '--%s' takes no argument", o->name);
        if (fits > 1) {
            char list[512] = "";
            size_t used = 0;
            for (const struct option *p = longs; p->name && used < sizeof list; p++)
                if (strncmp(p->name, name, len) == 0)
                    used += (size_t)snprintf(list + used, sizeof list - used, "%s--%s",
                                             used ? ", " : "", p->name);
            return cli_usage(cmd, "option '--%.*s' is ambiguous: %s", (int)len, name, list);
        }
        if (!o)
            return cli_usage(cmd, "unknown option '--%.*s'", (int)len, name);
    }
    if (optopt > ' ' && optopt < 0x7F)
        return cli_usage(cmd, opt == ':' ? "option '-%c' requires an argument"
                                         : "unknown option '-%c'",
                         optopt);
    return cli_usage(cmd, "unknown option '%s'", given);
}

bool parse_u64(const char *s, uint64_t min, uint64_t max, uint64_t *out)
{
    /* digits only: strtoull would skip leading spaces and take "-1" as 2^64 - 1 */
    if (!s || !(*s >= '0' && *s <= '9'))
        return false;
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || *end || v < min || v > max)
        return false;
    *out = v;
    return true;
}

bool parse_double(const char *s, double min, double max, double *out)
{
    if (!s || !plain_decimal(s))
        return false;
    /* a number too small for a double reads as the nearest (ERANGE, not an error); one too
     * large as infinity, refused */
    char *end;
    double v = strtod(s, &end);
    if (*end || !isfinite(v) || v < min || v > max)
        return false;
    *out = v;
    return true;
}

bool cli_grow(void **p, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return true;
    size_t n = *cap ? *cap : 64;
    while (n < need) {
        if (n > SIZE_MAX / 2)
            return false;
        n *= 2;
    }
    if (elem && n > SIZE_MAX / elem)
        return false;
    void *q = realloc(*p, n * elem);
    if (!q)
        return false;
    *p = q;
    *cap = n;
    return true;
}

double cli_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

unsigned cli_cores(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (unsigned)n : 1;
}

stance_model_t *cli_load_model(const char *path)
{
    stance_model_t *m = NULL;
    stance_error_t err;
    stance_status_t st = path ? stance_model_load_file(&m, path, NULL, &err)
                              : stance_model_default(&m, NULL, &err);
    if (st != STANCE_OK) {
        cli_error("%s", err.msg);
        return NULL;
    }
    stance_model_info_t info;
    stance_model_info(m, &info);
    if (info.warnings & STANCE_WARN_UNICODE_VERSION)
        cli_warn("%s was trained with Unicode %s; this libstance uses another version, so a "
                 "few rare characters may be read differently",
                 path ? path : "the built-in model", info.unicode_version);
    return m;
}

stance_model_t *cli_load_model_to_rewrite(const char *path)
{
    stance_model_t *m = cli_load_model(path);
    stance_model_info_t info;
    if (m && (stance_model_info(m, &info), info.warnings & STANCE_WARN_UNKNOWN_SECTIONS))
        cli_warn("%s holds sections this libstance does not know (written by a newer one, "
                 "format %u.%u): the model written from it leaves them out",
                 path, info.format_major, info.format_minor);
    return m;
}

/* The signals that end the tool by default when sent to it: a user's (Ctrl-C, Ctrl-\, kill, a
 * closed terminal, SIGUSR1/2), timers' and resource limits' (a batch job's CPU time or file
 * size limit: with SIGXFSZ held, the write past the limit fails and says so). The library saves a file as a temporary file beside it, renamed into place; one of
 * these between the two would leave the temporary file behind. So they are held (blocked)
 * while a file is saved, and one that arrives meanwhile takes effect right after, when the
 * file is whole and in place or the failed save has removed its temporary file. The library
 * installs no handlers (it has no global state), and the tool needs none: blocking is the
 * whole mechanism, and it leaves every signal's default action as it was. */
static const struct {
    int sig;
    const char *name;
} stop_signals[] = {{SIGINT, "SIGINT"},     {SIGTERM, "SIGTERM"},     {SIGHUP, "SIGHUP"},
                    {SIGQUIT, "SIGQUIT"},   {SIGUSR1, "SIGUSR1"},     {SIGUSR2, "SIGUSR2"},
                    {SIGALRM, "SIGALRM"},   {SIGVTALRM, "SIGVTALRM"}, {SIGPROF, "SIGPROF"},
                    {SIGXCPU, "SIGXCPU"},   {SIGXFSZ, "SIGXFSZ"}};
#define N_STOP_SIGNALS (sizeof stop_signals / sizeof stop_signals[0])

static void hold_stop_signals(sigset_t *previous)
{
    sigset_t hold;
    sigemptyset(&hold);
    for (size_t i = 0; i < N_STOP_SIGNALS; i++)
        sigaddset(&hold, stop_signals[i].sig);
    pthread_sigmask(SIG_BLOCK, &hold, previous);
}

/* Lets the held signals through again. One that arrived while `path` was saved ends the tool
 * now (its default action) unless it was blocked or ignored before: say first that the file
 * was completed, since the summary that would have said so will not be printed. */
static void release_stop_signals(const sigset_t *previous, const char *path, bool saved)
{
    sigset_t pending;
    for (size_t i = 0; saved && sigpending(&pending) == 0 && i < N_STOP_SIGNALS; i++) {
        struct sigaction action;
        int sig = stop_signals[i].sig;
        if (sigismember(&pending, sig) == 1 && sigismember(previous, sig) == 0 &&
            sigaction(sig, NULL, &action) == 0 && action.sa_handler == SIG_DFL) {
            cli_warn("%s arrived while '%s' was being written: it is complete and in place; "
                     "stopping now",
                     stop_signals[i].name, path);
            break;
        }
    }
    pthread_sigmask(SIG_SETMASK, previous, NULL);
}

bool cli_save_model(const stance_model_t *m, const char *path)
{
    stance_error_t err;
    sigset_t previous;
    hold_stop_signals(&previous);
    bool saved = stance_model_save(m, path, &err) == STANCE_OK;
    if (!saved)
        cli_error("%s", err.msg);
    release_stop_signals(&previous, path, saved);
    return saved;
}

bool cli_save_file(const char *path, const void *data, size_t len)
{
    stance_error_t err;
    sigset_t previous;
    hold_stop_signals(&previous);
    bool saved = stance_save_file(path, data, len, &err) == STANCE_OK;
    if (!saved)
        cli_error("%s", err.msg);
    release_stop_signals(&previous, path, saved);
    return saved;
}

/* Whether the existing file `output` lies below the folder `folder` (a folder corpus reads
 * every file there). */
static bool below_folder(const char *output, const char *folder)
{
    char *o = realpath(output, NULL), *f = realpath(folder, NULL);
    size_t n = f ? strlen(f) : 0;
    bool below = o && f && strncmp(o, f, n) == 0 && (o[n] == '/' || (n == 1 && f[0] == '/'));
    free(o);
    free(f);
    return below;
}

int cli_model_output_ok(const char *output)
{
    stance_error_t err;
    if (stance_model_save_check(output, &err) == STANCE_OK)
        return EXIT_OK;
    cli_error("%s", err.msg);
    return EXIT_FAIL;
}

/* The input among the n that is the file `o` describes ("-": standard input), or NULL. */
static const char *input_of(const struct stat *o, const char *const *inputs, size_t n)
{
    struct stat in;
    for (size_t i = 0; i < n; i++) {
        if (!inputs[i])
            continue;
        bool is_stdin = strcmp(inputs[i], "-") == 0;
        if ((is_stdin ? fstat(STDIN_FILENO, &in) : stat(inputs[i], &in)) != 0)
            continue; /* its reader says what is wrong with it */
        if (in.st_dev == o->st_dev && in.st_ino == o->st_ino)
            return inputs[i];
    }
    return NULL;
}

void cli_warn_repeated_inputs(const char *cmd, const char *const *inputs, size_t n,
                              const char *what)
{
    for (size_t i = 1; i < n; i++) {
        struct stat s;
        if (strcmp(inputs[i], "-") == 0 || stat(inputs[i], &s) != 0)
            continue; /* (standard input is read once; a missing file is said by its reader) */
        const char *first = input_of(&s, inputs, i);
        if (first && strcmp(first, inputs[i]) == 0)
            cli_warn("%s: '%s' is given twice: its %s count twice", cmd, first, what);
        else if (first)
            cli_warn("%s: '%s' is '%s' again: its %s count twice", cmd, inputs[i], first, what);
    }
}

int cli_stdout_not_input(const char *cmd, const char *const *inputs, size_t n)
{
    struct stat o;
    if (fstat(STDOUT_FILENO, &o) != 0 || !S_ISREG(o.st_mode))
        return EXIT_OK; /* a terminal or a pipe is read by no one here */
    const char *in = input_of(&o, inputs, n);
    if (!in)
        return EXIT_OK;
    if (strcmp(in, "-") == 0)
        return cli_usage(cmd, "standard output is standard input: the output would be read "
                              "back as input");
    return cli_usage(cmd, "standard output is '%s', an input: the output would be read back "
                          "as input",
                     in);
}

int cli_stdin_once(const char *cmd, const char *const *a, size_t na, const char *const *b,
                   size_t nb)
{
    size_t named = 0;
    for (size_t i = 0; i < na + nb; i++) {
        const char *in = i < na ? a[i] : b[i - na];
        named += in && strcmp(in, "-") == 0;
    }
    if (named > 1)
        return cli_usage(cmd, "standard input ('-') is named twice: it can be read once");
    return EXIT_OK;
}

/* Whether the head of a file is an SVG: after a byte order mark, white space, an XML
 * declaration, comments and a doctype, the first element is <svg>. Any other XML (a build
 * file, a property list, a page of XHTML) is not. */
static bool svg_head(const char *s, size_t n)
{
    size_t i = 0;
    if (n >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0)
        i = 3;
    for (;;) {
        while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
            i++;
        const char *close = NULL;
        if (n - i >= 2 && memcmp(s + i, "<?", 2) == 0)
            close = "?>";
        else if (n - i >= 4 && memcmp(s + i, "<!--", 4) == 0)
            close = "-->";
        else if (n - i >= 9 && memcmp(s + i, "<!DOCTYPE", 9) == 0)
            close = ">";
        if (!close)
            break;
        const char *at = NULL;
        for (size_t j = i + 2; !at && j + strlen(close) <= n; j++)
            if (memcmp(s + j, close, strlen(close)) == 0)
                at = s + j;
        if (!at)
            return false; /* a prolog longer than the head read: not one the tool wrote */
        i = (size_t)(at - s) + strlen(close);
    }
    return n - i >= 5 && memcmp(s + i, "<svg", 4) == 0 &&
           (s[i + 4] == ' ' || s[i + 4] == '>' || s[i + 4] == '/' || s[i + 4] == '\n' ||
            s[i + 4] == '\t' || s[i + 4] == '\r');
}

int cli_svg_output_ok(const char *output)
{
    struct stat sb;
    int fd = open(output, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        int e = errno;
        if (e == ENOENT) { /* a new file: said now if its folder cannot take it */
            char folder[PATH_MAX];
            const char *slash = strrchr(output, '/');
            if (!slash || lstat(output, &sb) == 0) /* the current folder, or a dangling link */
                return EXIT_OK;
            snprintf(folder, sizeof folder, "%.*s", slash == output ? 1 : (int)(slash - output),
                     output);
            if (stat(folder, &sb) != 0 || !S_ISDIR(sb.st_mode)) {
                cli_error("cannot write '%s': its folder does not exist", output);
                return EXIT_FAIL;
            }
            if (access(folder, W_OK | X_OK) != 0) {
                cli_error("cannot write '%s': no new file can be made in its folder (%s)",
                          output, strerror(errno));
                return EXIT_FAIL;
            }
            return EXIT_OK;
        }
        if (stat(output, &sb) != 0 || !S_ISREG(sb.st_mode))
            return EXIT_OK; /* no file: the save itself will say */
        cli_error("'%s' exists but cannot be read (%s), so it cannot be told to be an SVG: "
                  "not replaced",
                  output, strerror(e));
        return EXIT_FAIL;
    }
    char head[4096];
    ssize_t got = 0;
    if (fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_size > 0)
        got = read(fd, head, sizeof head);
    close(fd);
    if (got == 0 || (got > 0 && svg_head(head, (size_t)got)))
        return EXIT_OK;
    cli_error("'%s' exists and is not an SVG: not replaced (remove it first to write there)",
              output);
    return EXIT_FAIL;
}

int cli_output_not_input(const char *cmd, const char *output, const char *const *inputs,
                         size_t n)
{
    struct stat o, in;
    if (!output || stat(output, &o) != 0)
        return EXIT_OK; /* a new file cannot be an input */
    const char *same = input_of(&o, inputs, n);
    for (size_t i = 0; !same && i < n; i++) /* a file below a folder corpus is read too */
        if (inputs[i] && strcmp(inputs[i], "-") != 0 && stat(inputs[i], &in) == 0 &&
            S_ISDIR(in.st_mode) && below_folder(output, inputs[i]))
            same = inputs[i];
    if (same)
        return cli_usage(cmd, "'%s' is also an input (%s): writing it would destroy it", output,
                         strcmp(same, "-") == 0 ? "standard input" : same);
    return EXIT_OK;
}

#define QUOTE(x) #x
#define TEXT(x) QUOTE(x) /* the macro's value as a string literal */

/* %s: the corpus-format flag of the command (eval's --format is its report's) */
static const char train_cli_help[] =
    "Corpus and training options:\n"
    "  --%s tsv|fasttext|dirs  corpus format (default tsv:\n"
    "                              label<TAB>text, # comments; fasttext: __label__x text;\n"
    "                              dirs: a folder per label, a file per statement)\n"
    "  --language L       Snowball stemmer (english, french, russian, ...; none = no\n"
    "                     stemming; an unknown name lists them all)\n"
    "  --ngrams N         word n-grams up to N, 1.." TEXT(STANCE_MAX_NGRAM) " (default 2)\n"
    "  --alpha A          Lidstone smoothing, " TEXT(STANCE_ALPHA_MIN) ".." TEXT(STANCE_ALPHA_MAX)
    " (default 0.5)\n"
    "  --weighting binary|counts   count a feature once per statement, or every time\n"
    "                              (default binary)\n"
    "  --no-negation      do not mark words after a negation (not, never, n't, without...)\n"
    "  --negation-scope N a negation covers the next N words, 0.." TEXT(STANCE_MAX_NEGATION_SCOPE)
    "\n                     (default 3; 0 = to the end of the clause)\n"
    "  --negation-words W,W,...   the words that open a negation (default: the language's;\n"
    "                     built in for english (and none), french, german, spanish,\n"
    "                     italian, portuguese, dutch, russian; other languages have none)\n"
    "  --negation-endings E,...   endings that make a word a negation (english: n't)\n"
    "  --scope-enders W,W,...     words that end a negation (english: but, however...)\n"
    "  --max-token-bytes N longer tokens are skipped, 1.." TEXT(STANCE_MAX_TOKEN_BYTES)
    " (default 100)\n"
    "  --no-punctuation   punctuation only separates n-grams (default: . , ! ? ... are\n"
    "                     features of their own)\n"
    "  --complement       complement naive Bayes instead of multinomial\n"
    "  --uniform-priors   equal label priors instead of the corpus proportions\n"
    "  --min-count C      drop features seen fewer than C times (C >= 1; 1 keeps all)\n"
    "  --labels A,B,...   the only labels allowed (others are malformed lines)\n"
    "  --skip-bad         skip malformed lines instead of stopping (the first 10 are\n"
    "                     named, all counted; the exit status is then 1)\n"
    "  -j N               worker threads, 0..1024 (default 1; 0 = all cores)\n"
    "  --quiet            no progress line on a terminal\n";

const char *train_cli_help_text(const char *format_flag)
{
    static char help[sizeof train_cli_help + 32]; /* printed once, by one thread */
    snprintf(help, sizeof help, train_cli_help, format_flag);
    return help;
}

void train_cli_init(train_cli_t *t)
{
    memset(t, 0, sizeof *t);
    t->opts = (stance_train_opts_t)STANCE_TRAIN_OPTS_INIT;
    t->format = STANCE_CORPUS_TSV;
    t->calibrate = true;
    t->jobs = 1;
}

static int bad_value(const char *cmd, const char *opt, const char *arg, const char *want)
{
    cli_usage(cmd, "--%s '%s': %s", opt, arg, want);
    return -1;
}

/* Splits "a,b,c" into l (at most STANCE_MAX_LABELS items, none empty, none with a space at
 * either end, as a corpus label or a word in a model may not have); false with a message. */
static bool split_list(cli_list_t *l, const char *cmd, const char *opt, const char *arg)
{
    size_t n = strlen(arg);
    if (n >= sizeof l->buf) {
        bad_value(cmd, opt, "...", "too long");
        return false;
    }
    if (n == 0 || arg[0] == ',' || arg[n - 1] == ',' || strstr(arg, ",,")) {
        if (n) /* strtok would pass over it without a word */
            bad_value(cmd, opt, arg, "an item is empty");
        else
            bad_value(cmd, opt, arg, "expected items separated by commas");
        return false;
    }
    memcpy(l->buf, arg, n + 1);
    l->n = 0;
    for (char *p = l->buf, *save = NULL, *tok; (tok = strtok_r(p, ",", &save)); p = NULL) {
        if (l->n == STANCE_MAX_LABELS) {
            bad_value(cmd, opt, arg, "at most " TEXT(STANCE_MAX_LABELS) " items");
            return false;
        }
        size_t len = strlen(tok);
        if (tok[0] == ' ' || tok[len - 1] == ' ') {
            cli_usage(cmd, "--%s '%s': '%s' begins or ends with a space", opt, arg, tok);
            return false;
        }
        l->items[l->n++] = tok;
    }
    if (l->n == 0) {
        bad_value(cmd, opt, arg, "expected items separated by commas");
        return false;
    }
    return true;
}

/* The library judges a setting the moment its flag is read, so the refusal can name the
 * flag; the first such flag is remembered for the clash with --base. */
static int setting_given(train_cli_t *t, const char *cmd, const char *opt, const char *arg)
{
    stance_error_t err;
    stance_status_t st = stance_settings_validate(&t->opts.settings, &err);
    if (st == STANCE_E_LANGUAGE) { /* the library's message names a few; all of them here */
        char names[1024] = "";
        size_t used = 0;
        const char *name;
        for (size_t i = 0; (name = stance_language(i)) && used < sizeof names - 64; i++)
            used += (size_t)snprintf(names + used, sizeof names - used, "%s%s", i ? ", " : "",
                                     name);
        cli_usage(cmd, "--%s '%s': %s; the languages are %s", opt, arg, err.msg, names);
        return -1;
    }
    if (st != STANCE_OK)
        return bad_value(cmd, opt, arg ? arg : "", err.msg);
    if (!t->settings_option)
        t->settings_option = opt;
    return 1;
}

/* A word-list setting (--negation-words, ...): split into l, which the settings then point
 * into. */
static int word_list_given(train_cli_t *t, const char *cmd, const char *opt, const char *arg,
                           cli_list_t *l, const char *const **items, size_t *n)
{
    if (!split_list(l, cmd, opt, arg))
        return -1;
    *items = l->items;
    *n = l->n;
    return setting_given(t, cmd, opt, arg);
}

int train_cli_option(train_cli_t *t, const char *cmd, int opt, const char *arg)
{
    stance_settings_t *s = &t->opts.settings;
    uint64_t u;
    switch (opt) {
    case OPT_FORMAT:
        if (strcmp(arg, "tsv") == 0)
            t->format = STANCE_CORPUS_TSV;
        else if (strcmp(arg, "fasttext") == 0)
            t->format = STANCE_CORPUS_FASTTEXT;
        else if (strcmp(arg, "dirs") == 0)
            t->format = STANCE_CORPUS_DIRS;
        else
            return bad_value(cmd, strcmp(cmd, "eval") == 0 ? "corpus-format" : "format", arg,
                             "expected tsv, fasttext or dirs");
        return 1;
    case OPT_LANGUAGE:
        s->language = arg;
        return setting_given(t, cmd, "language", arg);
    case OPT_NGRAMS:
        if (!parse_u64(arg, 0, UINT_MAX, &u))
            return bad_value(cmd, "ngrams", arg, "expected a whole number");
        s->ngram_max = (unsigned)u;
        return setting_given(t, cmd, "ngrams", arg);
    case OPT_ALPHA:
        if (!parse_double(arg, -DBL_MAX, DBL_MAX, &s->alpha))
            return bad_value(cmd, "alpha", arg, "expected a number");
        return setting_given(t, cmd, "alpha", arg);
    case OPT_WEIGHTING:
        if (strcmp(arg, "binary") == 0)
            s->weighting = STANCE_WEIGHT_BINARY;
        else if (strcmp(arg, "counts") == 0)
            s->weighting = STANCE_WEIGHT_COUNTS;
        else
            return bad_value(cmd, "weighting", arg, "expected binary or counts");
        return setting_given(t, cmd, "weighting", arg);
    case OPT_NO_NEGATION:
        s->negation = 0;
        return setting_given(t, cmd, "no-negation", NULL);
    case OPT_NEGATION_SCOPE:
        if (!parse_u64(arg, 0, UINT_MAX, &u))
            return bad_value(cmd, "negation-scope", arg, "expected a whole number");
        s->negation_scope = (unsigned)u;
        return setting_given(t, cmd, "negation-scope", arg);
    case OPT_NO_PUNCTUATION:
        s->punctuation = 0;
        return setting_given(t, cmd, "no-punctuation", NULL);
    case OPT_COMPLEMENT:
        s->nb = STANCE_NB_COMPLEMENT;
        return setting_given(t, cmd, "complement", NULL);
    case OPT_UNIFORM_PRIORS:
        s->priors = STANCE_PRIORS_UNIFORM;
        return setting_given(t, cmd, "uniform-priors", NULL);
    case OPT_MIN_COUNT:
        if (!parse_u64(arg, 1, UINT64_MAX, &u))
            return bad_value(cmd, "min-count", arg, "expected a positive whole number");
        t->opts.min_count = u;
        return 1;
    case OPT_LABELS:
        if (!split_list(&t->labels, cmd, "labels", arg))
            return -1;
        for (size_t i = 1; i < t->labels.n; i++)
            for (size_t j = 0; j < i; j++)
                if (strcmp(t->labels.items[i], t->labels.items[j]) == 0) {
                    cli_usage(cmd, "--labels '%s': '%s' is given twice", arg,
                              t->labels.items[i]);
                    return -1;
                }
        t->opts.labels = t->labels.items;
        t->opts.n_labels = t->labels.n;
        return 1;
    case OPT_NEGATION_WORDS:
        return word_list_given(t, cmd, "negation-words", arg, &t->negation_words,
                               &s->negation_words, &s->n_negation_words);
    case OPT_NEGATION_ENDINGS:
        return word_list_given(t, cmd, "negation-endings", arg, &t->negation_endings,
                               &s->negation_suffixes, &s->n_negation_suffixes);
    case OPT_SCOPE_ENDERS:
        return word_list_given(t, cmd, "scope-enders", arg, &t->scope_enders,
                               &s->scope_end_words, &s->n_scope_end_words);
    case OPT_MAX_TOKEN_BYTES:
        if (!parse_u64(arg, 0, UINT_MAX, &u))
            return bad_value(cmd, "max-token-bytes", arg, "expected a whole number");
        s->max_token_bytes = (unsigned)u;
        return setting_given(t, cmd, "max-token-bytes", arg);
    case OPT_SKIP_BAD:
        t->skip_bad = true;
        return 1;
    case OPT_CALIBRATE:
        t->calibrate = true;
        return 1;
    case OPT_NO_CALIBRATE:
        t->calibrate = false;
        return 1;
    case OPT_QUIET:
        t->quiet = true;
        return 1;
    case 'j':
        if (!parse_u64(arg, 0, 1024, &u))
        {
            cli_usage(cmd, "-j '%s': %s", arg, CLI_JOBS_RANGE);
            return -1;
        }
        t->jobs = u ? (unsigned)u : cli_cores();
        return 1;
    default:
        return 0;
    }
}
