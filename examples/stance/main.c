/* stance: label statements as conciliatory or hostile, train and evaluate models. */
#include "commands.h"
#include "cli.h"

#include <errno.h>
#include <string.h>

static const char usage[] =
    "Usage: stance COMMAND [options]\n"
    "\n"
    "Commands:\n"
    "  classify   label statements in files, lines, or the quotes of news articles\n"
    "  train      train a model on a labeled corpus\n"
    "  eval       cross-validate, or test on held-out data\n"
    "  info       show a model's labels, settings and strongest features\n"
    "  merge      add models up\n"
    "\n"
    "'stance COMMAND --help' describes each. 'stance --version' prints the version.\n";

/* Whatever a command printed must have reached its destination: a full disk or a closed pipe
 * is an error, even for --help. */
static int checked_exit(int status)
{
    errno = 0;
    if (fflush(stdout) != 0 || ferror(stdout)) {
        cli_output_error(errno);
        return EXIT_FAIL;
    }
    return status;
}

static int run(int argc, char **argv)
{
    if (argc < 2)
        return fputs(usage, stderr), EXIT_USAGE;
    const char *cmd = argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        fputs(usage, stdout);
        return EXIT_OK;
    }
    if (strcmp(cmd, "--version") == 0) {
        if (argc > 2) { /* "stance --version classify" asked for something else */
            cli_error("--version takes nothing after it ('%s')", argv[2]);
            return EXIT_USAGE;
        }
        printf("stance (libstance) %s\n", stance_version_string());
        return EXIT_OK;
    }
    static const struct {
        const char *name;
        int (*run)(int, char **);
    } commands[] = {{"classify", cmd_classify}, {"train", cmd_train}, {"eval", cmd_eval},
                    {"info", cmd_info},         {"merge", cmd_merge}};
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(cmd, commands[i].name) == 0)
            return commands[i].run(argc - 1, argv + 1);
    cli_error("unknown command '%s'", cmd);
    fputs(usage, stderr);
    return EXIT_USAGE;
}

int main(int argc, char **argv)
{
    return checked_exit(run(argc, argv));
}
