/*
 * outname.c - file names for results under --out DIR. A scenario's name
 * comes from a file anyone may have written, so it is checked before it
 * becomes part of a path: a name is not a path, and no output may land
 * outside the folder the user asked for (`scenario: ../../.bashrc`) or
 * hide itself (`.x`). Names that fail are refused, not rewritten: an
 * escaped name would no longer match the scenario it came from.
 */
#include <stdio.h>
#include <string.h>

#include "cli/output.h"
#include "report/utf8.h"

#define NAME_MAX_BYTES 200 /* leaves room for ".ENGINE.KIND.EXT" within NAME_MAX 255 */

const char *cli_name_problem(const char *name)
{
    const unsigned char *p;
    if (!name || !*name)
        return "it is empty";
    for (p = (const unsigned char *)name; *p; p++) {
        if (*p == '/' || *p == '\\')
            return "it contains a path separator ('/' or '\\')";
        if (*p < 0x20 || *p == 0x7f)
            return "it contains a control character";
    }
    if (name[0] == '.')
        return "it starts with '.' (a hidden file, or . and .. which are folders)";
    if (strlen(name) > NAME_MAX_BYTES)
        return "it is longer than 200 bytes";
    if (!yk_utf8_valid(name))
        return "it is not valid UTF-8";
    return NULL;
}

int cli_out_name(char *buf, size_t size, const char *scenario, const char *engine,
                 const char *kind, yk_format fmt)
{
    static const char *const ext[] = {"txt", "json", "csv"};
    int n = snprintf(buf, size, "%s.%s%s%s.%s", scenario, engine, kind ? "." : "",
                     kind ? kind : "", ext[fmt]);
    return n < 0 || (size_t)n >= size ? -1 : 0;
}

void cli_quote_name(const char *name, char *buf, size_t size)
{
    size_t o = 0;
    const char *p = name ? name : "";
    /* Valid UTF-8 text as is; control characters and stray bytes as \xHH,
     * so a hostile name cannot drive the terminal. */
    while (*p && o + 5 < size) {
        size_t bad, n = yk_utf8_next(p, &bad);
        unsigned char c = (unsigned char)*p;
        if (n && c >= 0x20 && c != 0x7f && c != '\\' && c != '"' && o + n < size) {
            memcpy(buf + o, p, n);
            o += n;
            p += n;
        } else {
            o += (size_t)snprintf(buf + o, size - o, "\\x%02x", c);
            p++;
        }
    }
    buf[o] = '\0';
}
