/* The subcommands of the stance tool, one file each. */
#ifndef STANCE_COMMANDS_H
#define STANCE_COMMANDS_H

int cmd_classify(int argc, char **argv);
int cmd_train(int argc, char **argv);
int cmd_eval(int argc, char **argv);
int cmd_info(int argc, char **argv);
int cmd_merge(int argc, char **argv);

#endif
