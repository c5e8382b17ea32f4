/*
 * name.c - the name rule of name.h.
 */
#include "world/name.h"

#include <string.h>

const char *yk_name_problem(const char *name)
{
    const unsigned char *p;
    if (!*name)
        return "expected a name";
    if (strlen(name) > YK_NAME_MAX)
        return "a name is at most 128 characters";
    if (name[0] == '.')
        return "a name cannot start with '.' (names are used as file names)";
    if (strchr(name, '/') || strchr(name, '\\'))
        return "a name cannot contain '/' or '\\' (names are used as file names, "
               "not paths)";
    if (strstr(name, ".."))
        return "a name cannot contain \"..\" (names are used as file names, not paths)";
    for (p = (const unsigned char *)name; *p; p++)
        if (*p < 0x20 || *p == 0x7f)
            return "a name cannot contain control characters";
    return NULL;
}
