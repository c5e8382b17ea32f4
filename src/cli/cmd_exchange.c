/*
 * cmd_exchange.c - what the program adds to the exchange engine's
 * subcommand: `yokushi exchange sspk`, the kill-probability calculator
 * (lethal radius, SSPK, n-shot kill; docs/CLI.md "exchange sspk").
 * Everything else of `yokushi exchange` is the generic engine command.
 */
#include <math.h>
#include <string.h>

#include "cli/cli.h"
#include "core/numtext.h"
#include "yokushi/exchange.h"

static const char usage[] =
    "usage: yokushi exchange sspk --yield-kt Y --hardness-psi H --cep-m C\n"
    "                             [--reliability R] [--shots N] [--lr-constant K]\n"
    "                             [--format text|json]\n";

typedef struct sspk_arg {
    const char *name;
    double value, lo, hi;
    bool given, required;
} sspk_arg;

/* "yokushi exchange sspk: OPTION: WHAT" and the usage; exit 2. */
static int usage_error(const char *option, const char *what)
{
    fprintf(stderr, "yokushi exchange sspk: %s: %s\n%s", option, what, usage);
    return YK_EXIT_USAGE;
}

static void print_json(FILE *out, const sspk_arg *a, double lr, double sspk, double pk,
                       double nk)
{
    yk_json j;
    yk_json_init(&j, out);
    yk_json_object_begin(&j, NULL);
    yk_json_number(&j, "yield_kt", a[0].value);
    yk_json_number(&j, "hardness_psi", a[1].value);
    yk_json_number(&j, "cep_m", a[2].value);
    yk_json_number(&j, "reliability", a[3].value);
    yk_json_number(&j, "shots", a[4].value);
    yk_json_number(&j, "lr_constant", a[5].value);
    yk_json_number(&j, "lethal_radius_m", lr);
    yk_json_number(&j, "sspk", sspk);
    yk_json_number(&j, "kill_per_shot", pk);
    yk_json_number(&j, "kill_n_shots", nk);
    yk_json_object_end(&j);
    yk_json_finish(&j);
}

int cli_exchange_sspk(const yk_engine *e, int argc, char **argv)
{
    sspk_arg a[] = {
        {"--yield-kt", 0, 1e-9, 1e6, false, true},
        {"--hardness-psi", 0, 1e-9, 1e7, false, true},
        {"--cep-m", 0, 1e-9, 1e7, false, true},
        {"--reliability", 1, 0, 1, false, false},
        {"--shots", 1, 1, 1000, false, false},
        {"--lr-constant", YK_EXCHANGE_LR_CONSTANT, 1, 5, false, false},
    };
    const size_t na = sizeof a / sizeof a[0];
    bool json = false;
    double lr, sspk, pk, nk;
    int i;
    size_t k;

    (void)e;
    if (argc < 2 || strcmp(argv[1], "sspk"))
        return -1;
    for (i = 2; i < argc; i++) {
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            printf("%s\nPrints the lethal radius LR = K x 1852 m x (Y/1000)^(1/3) / H^(1/3),\n"
                   "the single-shot kill probability SSPK = 1 - 0.5^((LR/CEP)^2), the\n"
                   "kill per shot (SSPK x R) and the kill by N independent shots\n"
                   "1 - (1 - SSPK x R)^N (docs/MODEL.md \"exchange\").\n", usage);
            return YK_EXIT_OK;
        }
        if (!strcmp(argv[i], "--format")) {
            if (i + 1 >= argc || (strcmp(argv[i + 1], "json") && strcmp(argv[i + 1], "text")))
                return usage_error("--format", "takes text or json");
            json = !strcmp(argv[++i], "json");
            continue;
        }
        for (k = 0; k < na; k++)
            if (!strcmp(argv[i], a[k].name))
                break;
        if (k == na)
            return usage_error(argv[i], "unknown option");
        if (i + 1 >= argc)
            return usage_error(argv[i], "needs a value");
        {
            char *end;
            const char *v = argv[++i];
            double x = yk_strtod_c(v, &end);
            if (end == v || *end || !isfinite(x) || x < a[k].lo || x > a[k].hi ||
                (a[k].lo > 0 && x <= 0))
                return usage_error(a[k].name, "needs a number within its range");
            a[k].value = x;
            a[k].given = true;
        }
    }
    for (k = 0; k < na; k++)
        if (a[k].required && !a[k].given)
            return usage_error(a[k].name, "is required");
    lr = yk_exchange_lethal_radius(a[5].value, a[0].value, a[1].value);
    sspk = yk_exchange_sspk(lr, a[2].value);
    pk = sspk * a[3].value;
    nk = yk_exchange_n_shot(pk, a[4].value);
    if (json) {
        print_json(stdout, a, lr, sspk, pk, nk);
    } else {
        printf("yield %g kt, hardness %g psi, CEP %g m, reliability %g, %g shot(s), "
               "constant %g\n", a[0].value, a[1].value, a[2].value, a[3].value, a[4].value,
               a[5].value);
        printf("lethal radius      %.3f m\n", lr);
        printf("SSPK               %.7f\n", sspk);
        printf("kill per shot      %.7f  (SSPK x reliability)\n", pk);
        printf("kill by %-3g shots  %.7f\n", a[4].value, nk);
    }
    return fflush(stdout) ? YK_EXIT_FAILED : YK_EXIT_OK;
}
