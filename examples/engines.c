/*
 * engines.c - libyokushi from a C program: load a scenario, run the crisis
 * and the cascade engine on it through the engine table (engine.h), and
 * print one number from each, as the CSV report writes it.
 *
 *   cc examples/engines.c $(pkg-config --cflags --libs yokushi) -o engines
 *   ./engines [SCENARIO]          (default: the built-in ukraine-2022)
 *
 * Prints the probability that the aggressor attacks in the scenario's
 * first crisis and the expected number of nuclear-armed states in 2035,
 * at seed 7 and 2,000 replicates: the same digits as
 *   yokushi crisis SCENARIO --seed 7 --replicates 2000 --format csv
 *   yokushi cascade SCENARIO --seed 7 --replicates 2000 --years 2025:2035 --format csv
 */
#include <stdio.h>
#include <string.h>

#include <yokushi/engine.h>
#include <yokushi/yokushi.h>

/* Runs engine `name` on s with the common options and `extra` (a name and
 * a value, or NULL), and returns its CSV report (free with yk_free), or
 * NULL after printing why. */
static char *run_csv(const yk_scenario *s, const char *name, const char *extra,
                     const char *extra_value)
{
    const yk_engine *e = yk_engine_find(name);
    yk_run_options *o = yk_run_options_new();
    yk_engine_result *r = NULL;
    yk_error err;
    char *csv = NULL;

    memset(&err, 0, sizeof err);
    if (!e || !o) {
        fprintf(stderr, "engines: no %s engine, or out of memory\n", name);
    } else if (yk_run_options_set(o, "seed", "7", &err) ||
               yk_run_options_set(o, "replicates", "2000", &err) ||
               (extra && yk_run_options_set(o, extra, extra_value, &err)) ||
               yk_engine_run(e, s, o, &r, &err)) {
        char msg[1024];
        yk_error_format(&err, msg, sizeof msg);
        fprintf(stderr, "engines: %s: %s\n", name, msg);
    } else if (yk_engine_result_to_string(r, YK_FORMAT_CSV, &csv, NULL)) {
        fprintf(stderr, "engines: %s: cannot write the report\n", name);
    }
    yk_engine_result_free(r); /* before the scenario it points into */
    yk_run_options_free(o);
    return csv;
}

/* The mean (10th field of the tidy CSV: scenario, scenario_sha256, seed,
 * version, engine, measure, id, year, variant, mean, lo, hi) of the
 * first line that contains `key`,
 * printed after `label`; 0 when found. */
static int print_mean(const char *csv, const char *key, const char *label)
{
    const char *line = csv ? strstr(csv, key) : NULL;
    const char *mean;
    int i;
    if (!line)
        return 1;
    while (line > csv && line[-1] != '\n')
        line--;
    for (mean = line, i = 0; i < 9 && mean; i++) {
        mean = strchr(mean, ',');
        mean = mean ? mean + 1 : NULL;
    }
    if (!mean)
        return 1;
    printf("%s %.*s\n", label, (int)strcspn(mean, ","), mean);
    return 0;
}

int main(int argc, char **argv)
{
    const char *spec = argc > 1 ? argv[1] : "ukraine-2022";
    yk_scenario *s = NULL;
    yk_diag d;
    char *crisis, *cascade;
    int rc;

    yk_diag_init(&d);
    if (yk_scenario_load(spec, NULL, &s, &d) != YK_OK) {
        size_t i;
        for (i = 0; i < d.count; i++) {
            char msg[1024];
            yk_error_format(&d.items[i], msg, sizeof msg);
            fprintf(stderr, "%s\n", msg);
        }
        yk_diag_free(&d);
        return 2;
    }
    yk_diag_free(&d);
    printf("libyokushi %s, scenario %s\n", yk_version(), yk_scenario_name(s));
    crisis = run_csv(s, "crisis", NULL, NULL);
    cascade = run_csv(s, "cascade", "years", "2025:2035");
    rc = print_mean(crisis, ",crisis,p_attack,", "crisis: P(attack)") |
         print_mean(cascade, ",expected_nuclear_states,,2035,",
                    "cascade: expected nuclear-armed states in 2035");
    yk_free(crisis);
    yk_free(cascade);
    yk_scenario_free(s);
    return rc ? 1 : 0;
}
