/*
 * cmd_cascade.c - `yokushi cascade SCENARIO`: the cascade engine's year
 * table, and its runner for `yokushi run` (the registry row in
 * engines.c). Progress goes to a terminal only.
 */
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "yokushi/report_cascade.h"

static const char help[] =
    "usage: yokushi cascade SCENARIO [--years FROM:TO] [--replicates N]\n"
    "                       [--format text|json|csv] [--seed N] [--threads N]\n"
    "                       [--out DIR]\n\n"
    "Umbrella credibility and proliferation dynamics, year by year, by Monte\n"
    "Carlo (docs/MODEL.md \"cascade\"). SCENARIO is a file or a built-in name.\n"
    "Prints per state P(nuclear-armed by year) with Wilson 95% intervals,\n"
    "credibility per alliance (mean and the band of the middle 95%), the\n"
    "expected number of nuclear-armed states, NPT health, the value of\n"
    "nuclear weapons, each patron's burden before and after its allies'\n"
    "arsenals, and each new arsenal's knock-on on its rivals.\n"
    "--years defaults to the scenario's run.years, --replicates to its\n"
    "run.replicates; --threads never changes a result. JSON: docs/CLI.md.\n"
    "Exit codes: 0 done, 1 the run failed or was interrupted, 2 bad input.\n";

static void progress(void *ctx, int64_t done, int64_t total)
{
    (void)ctx;
    fprintf(stderr, "\rcascade: %lld/%lld replicates", (long long)done, (long long)total);
    if (done >= total)
        fputc('\n', stderr);
    fflush(stderr);
}

/* Runs the engine; writes JSON into json when given, else the text or
 * CSV report to out. */
int cli_run_cascade(const yk_scenario *s, const cli_options *o, FILE *out,
                    yk_json *json)
{
    yk_cascade_options co;
    yk_cascade_result *r = NULL;
    yk_error err;
    yk_run_meta meta = cli_meta(s, o);
    const yk_run_config *rc = yk_scenario_run(s);
    int64_t reps = o->replicates ? o->replicates : rc->replicates;

    memset(&co, 0, sizeof co);
    memset(&err, 0, sizeof err);
    co.year_from = o->year_from;
    co.year_to = o->year_to;
    co.replicates = reps;
    co.seed = meta.seed;
    co.threads = o->threads;
    co.stop = &cli_interrupted;
    /* Only long runs on a terminal show progress. */
    if (reps >= 20000 && isatty(fileno(stderr)))
        co.progress = progress;
    if (yk_cascade_run(s, &co, &r, &err) != YK_OK) {
        char line[YK_ERROR_FILE_MAX + YK_ERROR_PATH_MAX + YK_ERROR_MSG_MAX + 64];
        yk_error_format(&err, line, sizeof line);
        fprintf(stderr, "yokushi cascade: %s: %s\n", yk_scenario_name(s), line);
        return err.status == YK_E_ARG ? YK_EXIT_USAGE : YK_EXIT_FAILED;
    }
    if (json)
        yk_report_cascade_json(json, r);
    else
        yk_report_cascade(out, o->format, r, &meta);
    yk_cascade_result_free(r);
    return YK_EXIT_OK;
}

int cmd_cascade(int argc, char **argv)
{
    cli_options o;
    yk_scenario *s;
    FILE *out;
    int code;
    int rc = cli_parse(argc, argv, CLI_OPT_RUN | CLI_OPT_YEARS, &o);
    if (rc)
        return rc;
    if (o.help) {
        fputs(help, stdout);
        return YK_EXIT_OK;
    }
    rc = cli_one_scenario("cascade", &o, &s);
    if (rc)
        return rc;
    out = cli_open_output(&o, s, "cascade", NULL);
    if (!out) {
        yk_scenario_free(s);
        return YK_EXIT_FAILED;
    }
    code = cli_close_output(out, cli_run_cascade(s, &o, out, NULL));
    yk_scenario_free(s);
    return code;
}
