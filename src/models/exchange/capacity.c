/*
 * capacity.c - upload capacity per force: the rows of
 * data/exchange-capacity.csv (tests/unit/models/exchange_areas_test.c
 * checks they agree). Used by the upload case after New START.
 */
#include <string.h>

#include "models/exchange/exchange_int.h"

const xc_capacity_row yk_xc_capacity_rows[] = {
    {"USA", "Minuteman-III", 3, "assumption: MIRV bus of three RVs (general knowledge; FACTS gives one deployed); range 1-3"},
    {"USA", "Trident-D5LE-W76", 8, "F1;NS20: up to 8 (MIRV)"},
    {"USA", "Trident-D5LE-W88", 8, "F1;NS20: up to 8 (MIRV)"},
    {"RUS", "Yars-silo", 4, "CRS24;F2: Yars up to 4"},
    {"RUS", "Yars-mobile", 4, "CRS24;F2: Yars up to 4"},
    {"RUS", "Bulava", 6, "SP25: Bulava up to 6"},
    {"RUS", "Sineva", 4, "SP25: Sineva 4"},
    {"CHN", "DF-5", 5, "D24: DF-5 up to 5 (DoD)"},
    {"CHN", "DF-41", 3, "GSR: DF-41 3 (IC; CSIS: up to 10)"},
    {"CHN", "DF-41-silo", 3, "GSR: DF-41 3 (IC; CSIS: up to 10)"},
};

const size_t yk_xc_n_capacity_rows =
    sizeof yk_xc_capacity_rows / sizeof yk_xc_capacity_rows[0];

double yk_xc_capacity(const char *state, const yk_force *f)
{
    size_t i;
    double own = (double)f->warheads_per_launcher;
    for (i = 0; f->name && i < yk_xc_n_capacity_rows; i++)
        if (!strcmp(yk_xc_capacity_rows[i].state, state) &&
            !strcmp(yk_xc_capacity_rows[i].force, f->name))
            return yk_xc_capacity_rows[i].max_warheads > own
                       ? yk_xc_capacity_rows[i].max_warheads
                       : own;
    return own;
}
