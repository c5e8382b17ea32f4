/*
 * chart_svg_cells.c - the two chart kinds laid out by category rows
 * (chart.h): horizontal bars, ranked top to bottom (a "tornado" chart of
 * sensitivity indices), and heat maps (a 2-D sweep: one cell per pair of
 * values, coloured by the number it holds, the number written in it).
 */
#include <math.h>
#include <string.h>

#include "core/numtext.h"
#include "report/chart_svg_int.h"

/* Room for category labels left of the plot (input names are long). */
#define CELLS_L 232.0
#define LABEL_CHARS 36

static void row_label(yk_textbuf *b, double y, const char *s)
{
    yk_svg_text_cut(b, CELLS_L - 6, y, "end", "tick", s, LABEL_CHARS);
}

/* A numeric axis along the bottom of the plot with vertical grid lines. */
static void value_axis(yk_textbuf *b, const yk_chart *c, const scale *x)
{
    char label[64];
    int k, n = (int)floor((x->hi - x->lo) / x->step + 1e-9);
    for (k = 0; k <= n; k++) {
        double v = x->lo + k * x->step;
        line(b, px(x, v), PLOT_T, px(x, v), PLOT_B, "grid");
        yk_format_fixed(v, x->dec, label, sizeof label);
        text_at(b, px(x, v), PLOT_B + 16, "middle", "tick", label);
    }
    line(b, CELLS_L, PLOT_B, PLOT_R, PLOT_B, "axis");
    if (c->xlabel)
        text_at(b, (CELLS_L + PLOT_R) / 2, H - 14, "middle", "label", c->xlabel);
}

/* One bar from the zero line to x's value, its whisker across. */
static void hbar(yk_textbuf *b, const yk_chart *c, size_t s, const yk_chart_pt *p,
                 const scale *x, double top, double bh)
{
    double base = px(x, x->lo > 0 ? x->lo : x->hi < 0 ? x->hi : 0), end = px(x, p->y);
    double w = fabs(end - base);
    if (w < 1) /* a zero reads as "0", not "missing" */
        w = 1, end = end > base ? end : base + 1;
    yk_textbuf_str(b, "<rect");
    attr(b, "x", end < base ? end : base);
    attr(b, "y", top);
    attr(b, "width", w);
    attr(b, "height", bh * 0.9);
    style_attrs(b, s, true);
    point_title(b, c, s, p, "</rect>");
    if (!isnan(p->lo)) {
        double ym = top + bh * 0.45, cap = bh * 0.2;
        line(b, px(x, p->lo), ym, px(x, p->hi), ym, "whisker");
        line(b, px(x, p->lo), ym - cap, px(x, p->lo), ym + cap, "whisker");
        line(b, px(x, p->hi), ym - cap, px(x, p->hi), ym + cap, "whisker");
    }
}

void yk_svg_hbars(yk_textbuf *b, const yk_chart *c)
{
    scale x;
    double lo, hi, gh = (PLOT_B - PLOT_T) / (double)(c->n_cats ? c->n_cats : 1);
    double bh = gh * 0.8 / (double)(c->n_series ? c->n_series : 1);
    size_t s, k;
    if (c->y_fixed)
        scale_init(&x, c->y_lo, c->y_hi, false, CELLS_L, PLOT_R);
    else {
        yk_svg_data_range(c, &lo, &hi);
        scale_init(&x, lo, hi, true, CELLS_L, PLOT_R);
    }
    value_axis(b, c, &x);
    for (k = 0; k < c->n_cats; k++)
        row_label(b, PLOT_T + gh * ((double)k + 0.5) + 4, c->cats[k]);
    yk_textbuf_str(b, "<g class=\"yk-data\">\n");
    for (s = 0; s < c->n_series; s++)
        for (k = 0; k < c->series[s].n; k++) {
            const yk_chart_pt *p = &c->series[s].pts[k];
            hbar(b, c, s, p, &x, PLOT_T + gh * p->x + gh * 0.1 + bh * (double)s, bh);
        }
    yk_textbuf_str(b, "</g>\n");
    yk_svg_legend(b, c, true);
}

/* ---- heat map ---------------------------------------------------------------- */

/* Viridis (van der Walt & Smith 2015) at five stops: perceptually
 * uniform, readable in grey and under the common colour-vision
 * deficiencies. */
static const unsigned char stops[5][3] = {
    {0x44, 0x01, 0x54}, {0x3b, 0x52, 0x8b}, {0x21, 0x91, 0x8c}, {0x5e, 0xc9, 0x62},
    {0xfd, 0xe7, 0x25}};

/* The colour of t in [0, 1], interpolated between the stops; *dark when
 * black text would not read on it. */
static void colour(double t, char out[8], bool *dark)
{
    double f = (t < 0 ? 0 : t > 1 ? 1 : t) * 4;
    int i = f >= 4 ? 3 : (int)f, k;
    unsigned char rgb[3];
    f -= i;
    for (k = 0; k < 3; k++)
        rgb[k] = (unsigned char)lround(stops[i][k] + f * (stops[i + 1][k] - stops[i][k]));
    yk_snprintf_c(out, 8, "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
    *dark = 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2] < 140;
}

/* The key: five swatches from low to high with their values. */
static void colour_key(yk_textbuf *b, double lo, double hi, int dec)
{
    double x = PLOT_R + 14, y = PLOT_T + 6;
    char fill[8], label[64];
    bool dark;
    int k;
    for (k = 0; k < 5; k++, y += 20) {
        double v = lo + (hi - lo) * (4 - k) / 4.0;
        colour(hi > lo ? (v - lo) / (hi - lo) : 0.5, fill, &dark);
        yk_textbuf_str(b, "<rect width=\"16\" height=\"16\"");
        attr(b, "x", x);
        attr(b, "y", y - 8);
        yk_textbuf_printf(b, " fill=\"%s\"/>\n", fill);
        yk_format_fixed(v, dec, label, sizeof label);
        text_at(b, x + 22, y + 4, "start", "legend", label);
    }
}

void yk_svg_heat(yk_textbuf *b, const yk_chart *c)
{
    double lo = INFINITY, hi = -INFINITY;
    double cw = (PLOT_R - CELLS_L) / (double)(c->n_cats ? c->n_cats : 1);
    double ch = (PLOT_B - PLOT_T) / (double)(c->n_series ? c->n_series : 1);
    size_t s, k;
    int dec;
    for (s = 0; s < c->n_series; s++)
        for (k = 0; k < c->series[s].n; k++) {
            lo = fmin(lo, c->series[s].pts[k].y);
            hi = fmax(hi, c->series[s].pts[k].y);
        }
    if (c->y_fixed)
        lo = c->y_lo, hi = c->y_hi;
    if (!isfinite(lo))
        lo = 0, hi = 1;
    /* enough decimals to tell the key's five values apart */
    dec = hi > lo ? (int)fmax(2, ceil(-log10((hi - lo) / 4) + 1e-9)) : 3;
    if (dec > 4)
        dec = 4;
    for (k = 0; k < c->n_cats; k++)
        text_at(b, CELLS_L + cw * ((double)k + 0.5), PLOT_B + 16, "middle", "tick", c->cats[k]);
    for (s = 0; s < c->n_series; s++)
        row_label(b, PLOT_T + ch * ((double)s + 0.5) + 4, c->series[s].name);
    if (c->xlabel)
        text_at(b, (CELLS_L + PLOT_R) / 2, H - 14, "middle", "label", c->xlabel);
    if (c->ylabel)
        text_at(b, 8, PLOT_T - 8, "start", "label", c->ylabel);
    yk_textbuf_str(b, "<g class=\"yk-data\">\n");
    for (s = 0; s < c->n_series; s++)
        for (k = 0; k < c->series[s].n; k++) {
            const yk_chart_pt *p = &c->series[s].pts[k];
            double x0 = CELLS_L + cw * p->x, y0 = PLOT_T + ch * (double)s;
            char fill[8], value[64];
            bool dark;
            colour(hi > lo ? (p->y - lo) / (hi - lo) : 0.5, fill, &dark);
            yk_textbuf_str(b, "<rect");
            attr(b, "x", x0);
            attr(b, "y", y0);
            attr(b, "width", cw - 1);
            attr(b, "height", ch - 1);
            yk_textbuf_printf(b, " fill=\"%s\"", fill);
            point_title(b, c, s, p, "</rect>");
            /* the number itself where the cell has room for it */
            if (cw >= 36 && ch >= 14) {
                yk_format_fixed(p->y, dec, value, sizeof value);
                yk_textbuf_str(b, "<text");
                attr(b, "x", x0 + cw / 2);
                attr(b, "y", y0 + ch / 2 + 4);
                yk_textbuf_printf(b, " text-anchor=\"middle\" class=\"tick\"%s>",
                                  dark ? " style=\"fill:#fff\"" : "");
                yk_textbuf_text(b, value);
                yk_textbuf_str(b, "</text>\n");
            }
        }
    yk_textbuf_str(b, "</g>\n");
    colour_key(b, lo, hi, dec);
}
