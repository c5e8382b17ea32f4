/*
 * areas.c - the basing and target areas of data/exchange-areas.csv (the
 * same rows; tests/unit/models/exchange_areas_test.c checks they agree),
 * their lookup by state and kind with fallbacks, and the reach a force
 * needs: the engine's range rule (docs/MODEL.md "exchange", range).
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "models/exchange/exchange_int.h"

const xc_area yk_xc_areas[] = {
    {"USA", "icbm", "Malmstrom AFB", 47.5, -111.2, "F1"},
    {"USA", "icbm", "Minot AFB", 48.4, -101.4, "F1"},
    {"USA", "icbm", "F.E. Warren AFB", 41.1, -104.9, "F1"},
    {"USA", "ssbn_port", "Kings Bay", 30.8, -81.5, "F1"},
    {"USA", "ssbn_port", "Bangor", 47.7, -122.7, "F1"},
    {"USA", "patrol", "North Atlantic", 50.0, -30.0, "assumption"},
    {"USA", "patrol", "North Pacific", 40.0, -160.0, "assumption"},
    {"USA", "bomber", "Whiteman AFB", 38.7, -93.5, "F1"},
    {"USA", "bomber", "Barksdale AFB", 32.5, -93.7, "F1"},
    {"USA", "bomber", "Minot AFB", 48.4, -101.4, "F1"},
    {"USA", "theatre", "Aviano", 46.0, 12.6, "F1;ST"},
    {"USA", "theatre", "Buechel", 50.2, 7.1, "F1;ST"},
    {"USA", "theatre", "Ghedi", 45.4, 10.3, "F1;ST"},
    {"USA", "theatre", "Kleine Brogel", 51.2, 5.5, "F1;ST"},
    {"USA", "theatre", "Volkel", 51.7, 5.7, "F1;ST"},
    {"USA", "theatre", "Incirlik", 37.0, 35.4, "F1;ST"},
    {"USA", "command", "Washington", 38.9, -77.0, "assumption"},
    {"USA", "command", "Cheyenne Mountain", 38.7, -104.8, "assumption"},
    {"USA", "city", "New York", 40.7, -74.0, "assumption"},
    {"USA", "city", "Washington", 38.9, -77.0, "assumption"},
    {"RUS", "icbm", "Kozelsk", 54.0, 35.8, "F2"},
    {"RUS", "icbm", "Tatishchevo", 51.7, 45.6, "F2"},
    {"RUS", "icbm", "Dombarovsky", 51.0, 59.8, "F2"},
    {"RUS", "icbm", "Uzhur", 55.3, 89.8, "F2"},
    {"RUS", "mobile", "Teykovo", 56.9, 40.5, "F2"},
    {"RUS", "mobile", "Yoshkar-Ola", 56.6, 47.9, "F2"},
    {"RUS", "mobile", "Novosibirsk", 55.0, 83.0, "F2"},
    {"RUS", "mobile", "Irkutsk", 52.3, 104.3, "F2"},
    {"RUS", "ssbn_port", "Gadzhiyevo", 69.3, 33.3, "F2"},
    {"RUS", "ssbn_port", "Vilyuchinsk", 52.9, 158.4, "F2"},
    {"RUS", "patrol", "Barents Sea", 72.0, 40.0, "assumption"},
    {"RUS", "patrol", "Sea of Okhotsk", 53.0, 150.0, "assumption"},
    {"RUS", "bomber", "Engels", 51.5, 46.2, "F2"},
    {"RUS", "bomber", "Ukrainka", 51.2, 128.4, "F2"},
    {"RUS", "theatre", "Kaliningrad", 54.7, 20.5, "assumption"},
    {"RUS", "theatre", "Luga", 58.7, 29.8, "assumption"},
    {"RUS", "theatre", "Asipovichy (Belarus)", 53.3, 28.6, "RFE;SM"},
    {"RUS", "command", "Moscow", 55.8, 37.6, "assumption"},
    {"RUS", "command", "Kosvinsky Kamen", 59.5, 59.1, "assumption"},
    {"RUS", "city", "Moscow", 55.8, 37.6, "assumption"},
    {"RUS", "city", "Saint Petersburg", 59.9, 30.3, "assumption"},
    {"CHN", "icbm", "Yumen field", 40.2, 96.6, "F3;SMI"},
    {"CHN", "icbm", "Hami field", 42.1, 92.5, "F3;SMI"},
    {"CHN", "icbm", "Ordos field", 40.0, 108.0, "F3;SMI"},
    {"CHN", "icbm", "Luoning (DF-5)", 34.4, 111.7, "F3"},
    {"CHN", "mobile", "Luoyang (Base 64)", 34.6, 112.4, "F3"},
    {"CHN", "mobile", "Xining", 36.6, 101.8, "F3"},
    {"CHN", "mobile", "Huaihua", 27.6, 110.0, "F3"},
    {"CHN", "ssbn_port", "Yulin (Hainan)", 18.2, 109.6, "F3"},
    {"CHN", "patrol", "South China Sea", 15.0, 115.0, "assumption"},
    {"CHN", "bomber", "Neixiang", 33.1, 111.9, "F3"},
    {"CHN", "theatre", "Dengshahe", 39.3, 122.1, "assumption"},
    {"CHN", "theatre", "Qingzhou", 36.7, 118.5, "assumption"},
    {"CHN", "theatre", "Shaoguan", 24.8, 113.6, "assumption"},
    {"CHN", "command", "Beijing", 39.9, 116.4, "assumption"},
    {"CHN", "city", "Shanghai", 31.2, 121.5, "assumption"},
    {"CHN", "city", "Beijing", 39.9, 116.4, "assumption"},
    {"GBR", "ssbn_port", "Faslane", 56.1, -4.8, "S1"},
    {"GBR", "patrol", "North Atlantic (UK)", 58.0, -15.0, "assumption"},
    {"GBR", "command", "London", 51.5, -0.1, "assumption"},
    {"GBR", "city", "London", 51.5, -0.1, "assumption"},
    {"FRA", "ssbn_port", "Ile Longue", 48.3, -4.5, "S1"},
    {"FRA", "patrol", "Bay of Biscay", 45.0, -10.0, "assumption"},
    {"FRA", "bomber", "Saint-Dizier", 48.6, 4.9, "assumption"},
    {"FRA", "bomber", "Istres", 43.5, 4.9, "assumption"},
    {"FRA", "command", "Paris", 48.9, 2.3, "assumption"},
    {"FRA", "city", "Paris", 48.9, 2.3, "assumption"},
    {"IND", "icbm", "Central India", 23.0, 79.0, "assumption"},
    {"IND", "mobile", "Central India", 23.0, 79.0, "assumption"},
    {"IND", "ssbn_port", "Visakhapatnam", 17.7, 83.3, "assumption"},
    {"IND", "patrol", "Bay of Bengal", 15.0, 88.0, "assumption"},
    {"IND", "bomber", "Ambala", 30.4, 76.8, "assumption"},
    {"IND", "theatre", "Ambala", 30.4, 76.8, "assumption"},
    {"IND", "command", "New Delhi", 28.6, 77.2, "assumption"},
    {"IND", "city", "Mumbai", 19.1, 72.9, "assumption"},
    {"IND", "city", "New Delhi", 28.6, 77.2, "assumption"},
    {"PAK", "mobile", "Khuzdar", 27.8, 66.6, "assumption"},
    {"PAK", "theatre", "Sargodha", 32.1, 72.7, "assumption"},
    {"PAK", "bomber", "Sargodha", 32.1, 72.7, "assumption"},
    {"PAK", "ssbn_port", "Karachi", 24.8, 67.0, "assumption"},
    {"PAK", "patrol", "Arabian Sea", 22.0, 64.0, "assumption"},
    {"PAK", "command", "Islamabad", 33.7, 73.1, "assumption"},
    {"PAK", "city", "Karachi", 24.9, 67.0, "assumption"},
    {"ISR", "mobile", "Sdot Micha", 31.7, 34.9, "assumption"},
    {"ISR", "bomber", "Tel Nof", 31.8, 34.8, "assumption"},
    {"ISR", "theatre", "Tel Nof", 31.8, 34.8, "assumption"},
    {"ISR", "ssbn_port", "Haifa", 32.8, 35.0, "assumption"},
    {"ISR", "patrol", "Eastern Mediterranean", 33.5, 33.0, "assumption"},
    {"ISR", "command", "Tel Aviv", 32.1, 34.8, "assumption"},
    {"ISR", "city", "Tel Aviv", 32.1, 34.8, "assumption"},
    {"PRK", "mobile", "Central North Korea", 39.5, 126.5, "assumption"},
    {"PRK", "theatre", "Central North Korea", 39.5, 126.5, "assumption"},
    {"PRK", "command", "Pyongyang", 39.0, 125.8, "assumption"},
    {"PRK", "city", "Pyongyang", 39.0, 125.8, "assumption"},
    {"JPN", "city", "Tokyo", 35.7, 139.7, "assumption"},
    {"KOR", "city", "Seoul", 37.6, 127.0, "assumption"},
    {"TWN", "city", "Taipei", 25.0, 121.6, "assumption"},
    {"DEU", "city", "Berlin", 52.5, 13.4, "assumption"},
    {"POL", "city", "Warsaw", 52.2, 21.0, "assumption"},
    {"UKR", "city", "Kyiv", 50.5, 30.5, "assumption"},
    {"AUS", "city", "Canberra", -35.3, 149.1, "assumption"},
    {"CAN", "city", "Ottawa", 45.4, -75.7, "assumption"},
    {"ITA", "city", "Rome", 41.9, 12.5, "assumption"},
    {"BEL", "city", "Brussels", 50.8, 4.4, "assumption"},
    {"NLD", "city", "Amsterdam", 52.4, 4.9, "assumption"},
    {"TUR", "city", "Ankara", 39.9, 32.9, "assumption"},
    {"SAU", "city", "Riyadh", 24.7, 46.7, "assumption"},
    {"IRN", "city", "Tehran", 35.7, 51.4, "assumption"},
    {"BLR", "city", "Minsk", 53.9, 27.6, "assumption"},
    {"region:north_america", "any", "North America (fallback)", 40.0, -95.0, "assumption"},
    {"region:europe", "any", "Europe (fallback)", 50.0, 10.0, "assumption"},
    {"region:eurasia", "any", "Eurasia (fallback)", 55.0, 60.0, "assumption"},
    {"region:middle_east", "any", "Middle East (fallback)", 30.0, 45.0, "assumption"},
    {"region:south_asia", "any", "South Asia (fallback)", 25.0, 78.0, "assumption"},
    {"region:east_asia", "any", "East Asia (fallback)", 35.0, 120.0, "assumption"},
    {"region:oceania", "any", "Oceania (fallback)", -25.0, 135.0, "assumption"},
    {"region:latin_america", "any", "Latin America (fallback)", -10.0, -60.0, "assumption"},
    {"region:africa", "any", "Africa (fallback)", 5.0, 20.0, "assumption"},
};

const size_t yk_xc_n_areas = sizeof yk_xc_areas / sizeof yk_xc_areas[0];

static const char *const kind_names[XK_COUNT] = {
    "icbm", "mobile", "ssbn_port", "patrol", "bomber", "theatre", "command", "city",
};

const char *yk_xc_kind_name(xc_kind k)
{
    return k < XK_COUNT ? kind_names[k] : "?";
}

static size_t collect(const char *state, const char *kind, size_t *idx, size_t cap)
{
    size_t i, n = 0;
    /* the first characters first: this scan runs for every force, side
     * and kind of every exchange set up (the crisis engine sets one up
     * per crisis and per sensitivity point), and strcmp dominated it */
    for (i = 0; i < yk_xc_n_areas; i++)
        if (yk_xc_areas[i].state[0] == state[0] && yk_xc_areas[i].kind[0] == kind[0] &&
            !strcmp(yk_xc_areas[i].state, state) && !strcmp(yk_xc_areas[i].kind, kind)) {
            if (n < cap)
                idx[n] = i;
            n++;
        }
    return n < cap ? n : cap;
}

size_t yk_xc_area_count(const yk_state *s, xc_kind k)
{
    size_t idx[32];
    return collect(s->id, kind_names[k], idx, 32);
}

size_t yk_xc_areas_of(const yk_state *s, xc_kind k, size_t *idx, size_t cap)
{
    char region[64];
    size_t n = collect(s->id, kind_names[k], idx, cap);
    if (!n)
        n = collect(s->id, "command", idx, cap);
    if (!n)
        n = collect(s->id, "city", idx, cap);
    if (!n) {
        snprintf(region, sizeof region, "region:%s", yk_region_name(s->region));
        n = collect(region, "any", idx, cap);
    }
    return n;
}

double yk_xc_reach_km(const yk_state *a, xc_kind base, const yk_state *b, xc_kind target)
{
    size_t ia[32], ib[32], na, nb, i, j;
    double best = INFINITY;
    na = yk_xc_areas_of(a, base, ia, 32);
    nb = yk_xc_areas_of(b, target, ib, 32);
    for (i = 0; i < na; i++) {
        double worst = 0;
        for (j = 0; j < nb; j++) {
            const xc_area *p = &yk_xc_areas[ia[i]], *q = &yk_xc_areas[ib[j]];
            double d = yk_exchange_distance_km(p->lat, p->lon, q->lat, q->lon);
            if (d > worst)
                worst = d;
        }
        if (nb && worst < best)
            best = worst;
    }
    return best;
}
