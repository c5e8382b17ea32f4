/*
 * ids.c - ids and names the user types (state, alliance and rivalry ids,
 * crisis and built-in names): exact, or the one that differs only in case;
 * otherwise a message with the likely typo (world/suggest.c's edit
 * distance) or, for a pair id written the wrong way round, the right one.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli/cli.h"
#include "cli/ids.h"

/* The one candidate equal to word but for case; NULL if none or several. */
static const char *fold_match(const char *word, const char *const *ids, size_t n)
{
    const char *hit = NULL;
    size_t i;
    for (i = 0; i < n; i++)
        if (!strcasecmp(word, ids[i])) {
            if (hit)
                return NULL;
            hit = ids[i];
        }
    return hit;
}

const char *cli_resolve_id(const char *cmd, const char *kind, const char *word,
                           const char *const *ids, size_t n, const char *where)
{
    const char *hit, *dash = strchr(word, '-'), *near;
    size_t i;
    for (i = 0; i < n; i++)
        if (!strcmp(word, ids[i]))
            return ids[i];
    hit = fold_match(word, ids, n);
    if (hit)
        return hit;
    /* "JPN-USA" for "USA-JPN": the pair the wrong way round */
    if (dash && dash != word && dash[1] && !strchr(dash + 1, '-')) {
        char rev[128];
        snprintf(rev, sizeof rev, "%s-%.*s", dash + 1, (int)(dash - word), word);
        hit = fold_match(rev, ids, n);
        if (hit) {
            const char *rule = !strcmp(kind, "alliance")  ? "alliance ids are PATRON-ALLY: "
                               : !strcmp(kind, "rivalry") ? "rivalry ids are in alphabetical "
                                                            "order: "
                                                          : "";
            fprintf(stderr, "yokushi %s: no %s \"%s\" in %s: %swrite %s\n", cmd, kind, word,
                    where, rule, hit);
            return NULL;
        }
    }
    near = cli_suggest(word, ids, n);
    fprintf(stderr, "yokushi %s: no %s \"%s\" in %s%s%s%s\n", cmd, kind, word, where,
            near ? "; did you mean \"" : "", near ? near : "", near ? "\"?" : "");
    return NULL;
}

static const char *const *state_ids(const yk_world *w, size_t *n)
{
    const char **ids = malloc((w->n_states + 1) * sizeof *ids);
    size_t i;
    for (i = 0; ids && i < w->n_states; i++)
        ids[i] = w->states[i].id;
    *n = ids ? w->n_states : 0;
    return ids;
}

const yk_state *cli_find_state(const char *cmd, const yk_world *w, const char *word,
                               const char *where)
{
    size_t n;
    const char *const *ids = state_ids(w, &n);
    const char *id = ids ? cli_resolve_id(cmd, "state", word, ids, n, where) : NULL;
    free((void *)ids);
    return id ? yk_world_state(w, id) : NULL;
}

const yk_alliance *cli_find_alliance(const char *cmd, const yk_world *w, const char *word,
                                     const char *where)
{
    const char **ids = malloc((w->n_alliances + 1) * sizeof *ids);
    const char *id;
    size_t i;
    if (!ids)
        return NULL;
    for (i = 0; i < w->n_alliances; i++)
        ids[i] = w->alliances[i].id;
    id = cli_resolve_id(cmd, "alliance", word, ids, w->n_alliances, where);
    free(ids);
    return id ? yk_world_alliance(w, id) : NULL;
}

const yk_rivalry *cli_find_rivalry(const char *cmd, const yk_world *w, const char *word,
                                   const char *where)
{
    const char **ids = malloc((w->n_rivalries + 1) * sizeof *ids);
    const char *id;
    size_t i;
    const yk_rivalry *r = NULL;
    if (!ids)
        return NULL;
    for (i = 0; i < w->n_rivalries; i++)
        ids[i] = w->rivalries[i].id;
    id = cli_resolve_id(cmd, "rivalry", word, ids, w->n_rivalries, where);
    for (i = 0; id && i < w->n_rivalries; i++)
        if (w->rivalries[i].id == id)
            r = &w->rivalries[i];
    free(ids);
    return r;
}

void cli_suggest_builtin(const char *spec)
{
    const char **names = malloc((yk_builtin_count() + 1) * sizeof *names);
    const char *near;
    size_t i;
    if (!names || strchr(spec, '/') || yk_builtin_find(spec) != (size_t)-1) {
        free(names);
        return;
    }
    for (i = 0; i < yk_builtin_count(); i++)
        names[i] = yk_builtin_name(i);
    near = cli_suggest(spec, names, yk_builtin_count());
    if (near)
        fprintf(stderr, "did you mean \"%s\"?\n", near);
    free(names);
}
