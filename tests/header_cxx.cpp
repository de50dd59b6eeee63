// Compiled as C++ with -Wall -Wextra -pedantic -Werror: the header is usable from C++.
#include <stance.h>

int stance_header_cxx_check();
int stance_header_cxx_check()
{
    stance_settings_t s = STANCE_SETTINGS_INIT;
    stance_train_opts_t t = STANCE_TRAIN_OPTS_INIT;
    stance_load_opts_t l = STANCE_LOAD_OPTS_INIT;
    return static_cast<int>(s.version + t.version + l.version);
}
