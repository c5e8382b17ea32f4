/*
 * version.c - the library's version string.
 */
#include "yokushi/yokushi.h"

const char *yk_version(void)
{
    return YK_VERSION_STRING;
}

int yk_version_number(void)
{
    return YK_VERSION_NUMBER;
}
