#include "stance_int.h"

unsigned stance_version(void)
{
    return STANCE_VERSION_NUMBER;
}

const char *stance_version_string(void)
{
    return STANCE_VERSION_STRING;
}
