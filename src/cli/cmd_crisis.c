/*
 * cmd_crisis.c - what the program adds to the crisis engine's subcommand:
 * `--export FILE.efg` writes the game of one crisis at the means as a
 * Gambit file (`yokushi solve` reads it) instead of running the engine.
 * Everything else of `yokushi crisis` is the generic engine command.
 */
#include <errno.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/ids.h"
#include "yokushi/crisis.h"

/* The index of the crisis named `name` (NULL: 0; any case where only one
 * matches), or (size_t)-1 after printing why with the likely name. */
static size_t find_crisis(const yk_scenario *s, const char *name)
{
    const yk_world *w = yk_scenario_world(s);
    const char *names[256], *hit;
    size_t i, n = 0;
    if (!name) {
        if (!w->n_crises)
            fprintf(stderr, "yokushi crisis: %s: the world has no crises\n", yk_scenario_name(s));
        return w->n_crises ? 0 : (size_t)-1;
    }
    for (i = 0; i < w->n_crises && n < 256; i++)
        names[n++] = w->crises[i].name;
    hit = cli_resolve_id("crisis", "crisis", name, names, n, yk_scenario_name(s));
    for (i = 0; hit && i < n; i++)
        if (names[i] == hit)
            return i;
    return (size_t)-1;
}

static int write_game(const yk_scenario *s, size_t k, const char *file)
{
    yk_crisis_inputs *in = yk_crisis_inputs_new();
    yk_crisis_model m;
    yk_game *g = NULL;
    yk_error err;
    char title[160];
    memset(&err, 0, sizeof err);
    if (!in) {
        fprintf(stderr, "yokushi crisis: out of memory\n");
        return YK_EXIT_FAILED;
    }
    if (yk_crisis_inputs_mean(s, k, in, &err)) {
        yk_crisis_inputs_free(in);
        return cli_run_error("crisis", yk_scenario_name(s), &err);
    }
    yk_crisis_model_init(&m, in);
    yk_crisis_inputs_free(in);
    snprintf(title, sizeof title, "yokushi crisis %s (%s), parameters at their means",
             yk_scenario_world(s)->crises[k].name, yk_scenario_name(s));
    if (yk_crisis_game(&m, title, &g, &err))
        return cli_run_error("crisis", "building the game", &err);
    return cli_write_game("crisis", g, file);
}

int cli_crisis_export(const yk_engine *e, int argc, char **argv)
{
    const char *file, *crisis;
    cli_options o;
    yk_scenario *s;
    size_t k;
    int rc;

    (void)e;
    rc = cli_export_args("crisis", &argc, argv, &file, &crisis);
    if (rc)
        return rc;
    rc = cli_parse(argc, argv, CLI_OPT_RUN, &o);
    if (rc)
        return rc;
    rc = cli_one_scenario("crisis", &o, &s);
    if (rc)
        return rc;
    k = find_crisis(s, crisis);
    if (k == (size_t)-1) {
        rc = YK_EXIT_USAGE;
    } else {
        rc = write_game(s, k, file);
    }
    yk_scenario_free(s);
    return rc;
}
