/*
 * chart_svg_int.h (internal) - what the SVG writers of charts share
 * (chart_svg.c: axes, vertical bars, lines, the legend, the page;
 * chart_svg_cells.c: horizontal bars and heat maps): the canvas, the
 * palette, a numeric scale and the primitives that write SVG elements.
 * The primitives are static inline: one definition, no exported names.
 */
#ifndef YK_REPORT_CHART_SVG_INT_H
#define YK_REPORT_CHART_SVG_INT_H

#include <math.h>
#include <stdbool.h>

#include "report/chart_int.h"
#include "report/textbuf.h"

/* The canvas. */
#define W 680.0
#define H 380.0
#define PLOT_L 66.0
#define PLOT_R (W - 176.0)
#define PLOT_T 44.0
#define PLOT_B (H - 62.0)

/* Okabe & Ito (2008), "Color Universal Design": distinguishable under
 * the common colour-vision deficiencies; yellow last (weak on white). */
static const char *const yk_svg_palette[8] = {"#0072B2", "#D55E00", "#009E73", "#CC79A7",
                                       "#E69F00", "#56B4E9", "#000000", "#F0E442"};
static const char *const yk_svg_dashes[4] = {NULL, "6 3", "2 2", "8 3 2 3"};

/* ---- scales ---------------------------------------------------------------- */

typedef struct scale {
    double lo, hi;     /* data range shown */
    double step;       /* tick step */
    int dec;           /* decimals of the tick labels */
    double p0, p1;     /* pixels of lo and hi */
} scale;

/* 1, 2 or 5 times a power of ten near x > 0. */
static inline double nice_step(double x)
{
    double e = floor(log10(x)), f = x / pow(10, e);
    double n = f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10;
    return n * pow(10, e);
}

/* Ticks about five over lo..hi; extend: round the ends out to ticks. */
static inline void scale_init(scale *s, double lo, double hi, bool extend, double p0, double p1)
{
    if (!(hi > lo)) {
        lo -= 0.5;
        hi += 0.5;
    }
    s->step = nice_step((hi - lo) / 5);
    if (extend) {
        lo = floor(lo / s->step + 1e-9) * s->step;
        hi = ceil(hi / s->step - 1e-9) * s->step;
    }
    s->lo = lo;
    s->hi = hi;
    s->dec = s->step >= 1 ? 0 : (int)ceil(-log10(s->step) - 1e-9);
    s->p0 = p0;
    s->p1 = p1;
}

static inline double px(const scale *s, double v)
{
    if (v < s->lo)
        v = s->lo;
    if (v > s->hi)
        v = s->hi;
    return s->p0 + (v - s->lo) / (s->hi - s->lo) * (s->p1 - s->p0);
}

/* ---- primitives ------------------------------------------------------------ */

static inline void num(yk_textbuf *b, double v)
{
    yk_textbuf_num(b, v, 2);
}

/* attribute name="number" */
static inline void attr(yk_textbuf *b, const char *name, double v)
{
    yk_textbuf_printf(b, " %s=\"", name);
    num(b, v);
    yk_textbuf_str(b, "\"");
}

static inline void text_at(yk_textbuf *b, double x, double y, const char *anchor, const char *cls,
                    const char *s)
{
    yk_textbuf_str(b, "<text");
    attr(b, "x", x);
    attr(b, "y", y);
    yk_textbuf_printf(b, " text-anchor=\"%s\" class=\"%s\">", anchor, cls);
    yk_textbuf_text(b, s);
    yk_textbuf_str(b, "</text>\n");
}

static inline void line(yk_textbuf *b, double x1, double y1, double x2, double y2, const char *cls)
{
    yk_textbuf_str(b, "<line");
    attr(b, "x1", x1);
    attr(b, "y1", y1);
    attr(b, "x2", x2);
    attr(b, "y2", y2);
    yk_textbuf_printf(b, " class=\"%s\"/>\n", cls);
}

static inline void style_attrs(yk_textbuf *b, size_t s, bool fill)
{
    const char *dash = yk_svg_dashes[(s / 8) % 4];
    yk_textbuf_printf(b, fill ? " fill=\"%s\"" : " stroke=\"%s\"", yk_svg_palette[s % 8]);
    if (dash)
        yk_textbuf_printf(b, " stroke-dasharray=\"%s\"", dash);
}

/* The range of the values and their intervals (0 included for bars). */
void yk_svg_data_range(const yk_chart *c, double *lo, double *hi);
/* The tooltip of a point of a category chart: "series, category: y
 * [lo, hi]", then the element's end tag `close`. */
static inline void point_title(yk_textbuf *b, const yk_chart *c, size_t s,
                               const yk_chart_pt *p, const char *close)
{
    yk_textbuf_str(b, "><title>");
    yk_textbuf_text(b, c->series[s].name);
    yk_textbuf_str(b, ", ");
    yk_textbuf_text(b, c->cats[(size_t)p->x]);
    yk_textbuf_str(b, ": ");
    yk_textbuf_num(b, p->y, 4);
    if (!isnan(p->lo)) {
        yk_textbuf_str(b, " [");
        yk_textbuf_num(b, p->lo, 4);
        yk_textbuf_str(b, ", ");
        yk_textbuf_num(b, p->hi, 4);
        yk_textbuf_str(b, "]");
    }
    yk_textbuf_str(b, "</title>");
    yk_textbuf_str(b, close);
    yk_textbuf_str(b, "\n");
}

/* Text s at x, y cut to max bytes (at a character boundary) with an
 * ellipsis, the whole of it in its tooltip (chart_svg.c). */
void yk_svg_text_cut(yk_textbuf *b, double x, double y, const char *anchor, const char *cls,
                     const char *s, size_t max);
/* The legend column: a swatch (bars) or a line sample per series. */
void yk_svg_legend(yk_textbuf *b, const yk_chart *c, bool swatches);
/* Horizontal bars (YK_CHART_HBARS) and heat maps (YK_CHART_HEAT), with
 * their axes and, for the heat map, its colour key (chart_svg_cells.c). */
void yk_svg_hbars(yk_textbuf *b, const yk_chart *c);
void yk_svg_heat(yk_textbuf *b, const yk_chart *c);

#endif
