/*
 * gfwrite.c - see gfwrite.h.
 */
#include "game/gfwrite.h"

#include <string.h>

#include "core/numtext.h"

void yk_gw_str(FILE *f, const char *s)
{
    fwrite(s, 1, strlen(s), f);
}

void yk_gw_quoted(FILE *f, const char *s)
{
    fputc('"', f);
    for (; *s; s++) {
        if (*s == '"')
            fputc('\\', f);
        else if (*s == '\\' && (s[1] == '"' || s[1] == '\\' || s[1] == '\0'))
            fputc('\\', f);
        fputc(*s, f);
    }
    fputc('"', f);
}

void yk_gw_long(FILE *f, long v)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%ld", v);
    yk_gw_str(f, buf);
}

void yk_gw_number(FILE *f, const char *text, double v)
{
    char buf[40];
    if (text && text[0]) {
        yk_gw_str(f, text);
        return;
    }
    if (v == 0.0)
        v = 0.0; /* -0 prints as 0: the reader gives the same value either way */
    yk_format_double_c(v, buf, sizeof buf);
    yk_gw_str(f, buf);
}

void yk_gw_header(const yk_game *g, FILE *f, const char *kind)
{
    int p;
    yk_gw_str(f, kind);
    fputc(' ', f);
    yk_gw_quoted(f, g->title);
    yk_gw_str(f, " { ");
    for (p = 0; p < g->n_players; p++) {
        yk_gw_quoted(f, g->player[p]);
        fputc(' ', f);
    }
    yk_gw_str(f, "}\n");
}

yk_status yk_game_write(const yk_game *g, FILE *out)
{
    yk_status st;
    if (!g || !out)
        return YK_E_ARG;
    st = g->form == YK_GAME_TREE ? yk_efg_write(g, out) : yk_nfg_write(g, out);
    if (st == YK_OK && ferror(out))
        st = YK_E_IO;
    return st;
}
