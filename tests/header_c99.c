/* Compiled with -std=c99 -Wall -Wextra -pedantic -Werror: the header needs nothing newer. */
#include <stance.h>

int stance_header_c99_check(void);
int stance_header_c99_check(void)
{
    stance_settings_t s = STANCE_SETTINGS_INIT;
    stance_train_opts_t t = STANCE_TRAIN_OPTS_INIT;
    stance_load_opts_t l = STANCE_LOAD_OPTS_INIT;
    return (int)(s.version + t.version + l.version);
}
