/*
 * chart_svg.c - a chart (chart.h, chart_int.h) as SVG: scales with nice
 * ticks, axes, bars with whiskers or lines with bands, markers, a legend;
 * horizontal bars and heat maps are drawn by chart_svg_cells.c.
 *
 * Layout in pixels of a fixed canvas (the SVG scales it): the plot area
 * left of a legend column, the title above, tick labels and axis labels
 * around. Coordinates are written with two decimals in the C locale, so
 * the bytes depend on the chart alone.
 */
#include "yokushi/chart.h"

#include <math.h>
#include <string.h>

#include "core/alloc.h"
#include "core/numtext.h"
#include "report/chart_int.h"
#include "report/chart_svg_int.h"
#include "report/textbuf.h"
#include "yokushi/report.h"

/* The value range the data and its intervals need (0 included for
 * bars). */
void yk_svg_data_range(const yk_chart *c, double *lo, double *hi)
{
    size_t i, k;
    *lo = c->kind == YK_CHART_LINES ? INFINITY : 0;
    *hi = c->kind == YK_CHART_LINES ? -INFINITY : 0;
    for (i = 0; i < c->n_series; i++)
        for (k = 0; k < c->series[i].n; k++) {
            const yk_chart_pt *p = &c->series[i].pts[k];
            double a = isnan(p->lo) ? p->y : fmin(p->y, p->lo);
            double b = isnan(p->hi) ? p->y : fmax(p->y, p->hi);
            *lo = fmin(*lo, a);
            *hi = fmax(*hi, b);
        }
    if (!isfinite(*lo) || !isfinite(*hi))
        *lo = 0, *hi = 1;
}

static void data_x(const yk_chart *c, double *lo, double *hi)
{
    size_t i, k;
    *lo = INFINITY;
    *hi = -INFINITY;
    for (i = 0; i < c->n_series; i++)
        for (k = 0; k < c->series[i].n; k++) {
            *lo = fmin(*lo, c->series[i].pts[k].x);
            *hi = fmax(*hi, c->series[i].pts[k].x);
        }
    for (i = 0; i < c->n_markers; i++) {
        *lo = fmin(*lo, c->markers[i].x);
        *hi = fmax(*hi, c->markers[i].x);
    }
    if (!isfinite(*lo))
        *lo = 0, *hi = 1;
}

/* ---- drawing --------------------------------------------------------------- */

static void y_axis(yk_textbuf *b, const yk_chart *c, const scale *y)
{
    double v;
    int k, n = (int)floor((y->hi - y->lo) / y->step + 1e-9);
    char label[64];
    for (k = 0; k <= n; k++) {
        v = y->lo + k * y->step;
        line(b, PLOT_L, px(y, v), PLOT_R, px(y, v), "grid");
        yk_format_fixed(v, y->dec, label, sizeof label);
        text_at(b, PLOT_L - 6, px(y, v) + 4, "end", "tick", label);
    }
    line(b, PLOT_L, PLOT_T, PLOT_L, PLOT_B, "axis");
    if (c->ylabel) {
        yk_textbuf_str(b, "<text x=\"16\"");
        attr(b, "y", (PLOT_T + PLOT_B) / 2);
        yk_textbuf_str(b, " text-anchor=\"middle\" class=\"label\" transform=\"rotate(-90 16 ");
        num(b, (PLOT_T + PLOT_B) / 2);
        yk_textbuf_str(b, ")\">");
        yk_textbuf_text(b, c->ylabel);
        yk_textbuf_str(b, "</text>\n");
    }
}

/* A category label on one line, or two split at the space nearest its
 * middle when it is long. */
static void category_label(yk_textbuf *b, double x, const char *s)
{
    size_t n = strlen(s), i, best = 0;
    if (n > 14)
        for (i = 1; i + 1 < n; i++)
            if (s[i] == ' ' && (!best || (i > n / 2 ? i - n / 2 : n / 2 - i) <
                                             (best > n / 2 ? best - n / 2 : n / 2 - best)))
                best = i;
    if (!best) {
        text_at(b, x, PLOT_B + 16, "middle", "tick", s);
        return;
    }
    yk_textbuf_str(b, "<text");
    attr(b, "x", x);
    attr(b, "y", PLOT_B + 16);
    yk_textbuf_str(b, " text-anchor=\"middle\" class=\"tick\"><tspan");
    attr(b, "x", x);
    yk_textbuf_str(b, ">");
    {
        char part[256];
        size_t m = best < sizeof part ? best : sizeof part - 1;
        memcpy(part, s, m);
        part[m] = '\0';
        yk_textbuf_text(b, part);
    }
    yk_textbuf_str(b, "</tspan><tspan");
    attr(b, "x", x);
    yk_textbuf_str(b, " dy=\"13\">");
    yk_textbuf_text(b, s + best + 1);
    yk_textbuf_str(b, "</tspan></text>\n");
}

static void x_axis(yk_textbuf *b, const yk_chart *c, const scale *x)
{
    char label[64];
    line(b, PLOT_L, PLOT_B, PLOT_R, PLOT_B, "axis");
    if (c->kind == YK_CHART_BARS) {
        size_t i;
        double gw = (PLOT_R - PLOT_L) / (double)(c->n_cats ? c->n_cats : 1);
        for (i = 0; i < c->n_cats; i++)
            category_label(b, PLOT_L + gw * ((double)i + 0.5), c->cats[i]);
    } else {
        double v = ceil(x->lo / x->step - 1e-9) * x->step;
        for (; v <= x->hi + x->step * 1e-9; v += x->step) {
            line(b, px(x, v), PLOT_B, px(x, v), PLOT_B + 4, "axis");
            yk_format_fixed(v, x->dec, label, sizeof label);
            text_at(b, px(x, v), PLOT_B + 16, "middle", "tick", label);
        }
    }
    if (c->xlabel)
        text_at(b, (PLOT_L + PLOT_R) / 2, H - 14, "middle", "label", c->xlabel);
}

static void bars(yk_textbuf *b, const yk_chart *c, const scale *y)
{
    double gw = (PLOT_R - PLOT_L) / (double)(c->n_cats ? c->n_cats : 1);
    double bw = gw * 0.8 / (double)(c->n_series ? c->n_series : 1);
    double base = px(y, y->lo > 0 ? y->lo : y->hi < 0 ? y->hi : 0);
    size_t s, k;
    for (s = 0; s < c->n_series; s++)
        for (k = 0; k < c->series[s].n; k++) {
            const yk_chart_pt *p = &c->series[s].pts[k];
            double x0 = PLOT_L + gw * p->x + gw * 0.1 + bw * (double)s, top = px(y, p->y);
            double h = fabs(base - top);
            /* a zero is drawn as a hairline, so it reads as "0", not "missing" */
            if (h < 1)
                h = 1, top = top < base ? top : base - 1;
            yk_textbuf_str(b, "<rect");
            attr(b, "x", x0);
            attr(b, "y", top < base ? top : base);
            attr(b, "width", bw * 0.92);
            attr(b, "height", h);
            style_attrs(b, s, true);
            point_title(b, c, s, p, "</rect>");
            if (!isnan(p->lo)) {
                double xm = x0 + bw * 0.46, cap = bw * 0.2;
                line(b, xm, px(y, p->lo), xm, px(y, p->hi), "whisker");
                line(b, xm - cap, px(y, p->lo), xm + cap, px(y, p->lo), "whisker");
                line(b, xm - cap, px(y, p->hi), xm + cap, px(y, p->hi), "whisker");
            }
        }
}

static void lines(yk_textbuf *b, const yk_chart *c, const scale *x, const scale *y)
{
    size_t s, k;
    /* bands first, under every line */
    for (s = 0; s < c->n_series; s++) {
        const yk_chart_line *se = &c->series[s];
        bool band = se->n > 0;
        for (k = 0; k < se->n; k++)
            band = band && !isnan(se->pts[k].lo);
        if (!band)
            continue;
        yk_textbuf_str(b, "<polygon class=\"band\" points=\"");
        for (k = 0; k < se->n; k++) {
            num(b, px(x, se->pts[k].x));
            yk_textbuf_str(b, ",");
            num(b, px(y, se->pts[k].hi));
            yk_textbuf_str(b, " ");
        }
        for (k = se->n; k-- > 0;) {
            num(b, px(x, se->pts[k].x));
            yk_textbuf_str(b, ",");
            num(b, px(y, se->pts[k].lo));
            yk_textbuf_str(b, k ? " " : "");
        }
        yk_textbuf_str(b, "\"");
        style_attrs(b, s, true);
        yk_textbuf_str(b, "/>\n");
    }
    for (s = 0; s < c->n_series; s++) {
        const yk_chart_line *se = &c->series[s];
        if (!se->n)
            continue;
        yk_textbuf_str(b, "<polyline class=\"line\" points=\"");
        for (k = 0; k < se->n; k++) {
            num(b, px(x, se->pts[k].x));
            yk_textbuf_str(b, ",");
            num(b, px(y, se->pts[k].y));
            yk_textbuf_str(b, k + 1 < se->n ? " " : "");
        }
        yk_textbuf_str(b, "\"");
        style_attrs(b, s, false);
        yk_textbuf_str(b, "><title>");
        yk_textbuf_text(b, se->name);
        yk_textbuf_str(b, "</title></polyline>\n");
        /* dots where the points are few enough to tell apart */
        for (k = 0; se->n <= 40 && k < se->n; k++) {
            yk_textbuf_str(b, "<circle r=\"2.5\"");
            attr(b, "cx", px(x, se->pts[k].x));
            attr(b, "cy", px(y, se->pts[k].y));
            style_attrs(b, s, true);
            yk_textbuf_str(b, "/>\n");
        }
    }
}

static void markers(yk_textbuf *b, const yk_chart *c, const scale *x)
{
    size_t i;
    for (i = 0; i < c->n_markers; i++) {
        double at = px(x, c->markers[i].x);
        line(b, at, PLOT_T, at, PLOT_B, "marker");
        /* staggered, so neighbouring crossings stay legible */
        text_at(b, at + 3, PLOT_T + 10 + 12 * (double)(i % 4), "start", "mark",
                c->markers[i].label);
    }
}

void yk_svg_text_cut(yk_textbuf *b, double x, double y, const char *anchor, const char *cls,
                     const char *s, size_t max)
{
    char cut[64];
    size_t n = strlen(s);
    if (max + 4 > sizeof cut)
        max = sizeof cut - 4;
    if (n <= max) {
        text_at(b, x, y, anchor, cls, s);
        return;
    }
    n = max - 1;
    while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
        n--; /* not inside a UTF-8 sequence */
    memcpy(cut, s, n);
    memcpy(cut + n, "\xE2\x80\xA6", 4); /* U+2026 and the NUL */
    yk_textbuf_str(b, "<text");
    attr(b, "x", x);
    attr(b, "y", y);
    yk_textbuf_printf(b, " text-anchor=\"%s\" class=\"%s\"><title>", anchor, cls);
    yk_textbuf_text(b, s);
    yk_textbuf_str(b, "</title>");
    yk_textbuf_text(b, cut);
    yk_textbuf_str(b, "</text>\n");
}

/* A series' name in the legend column, cut to LEGEND_CHARS bytes. */
#define LEGEND_CHARS 24
static void legend_name(yk_textbuf *b, double x, double y, const char *name)
{
    yk_svg_text_cut(b, x, y, "start", "legend", name, LEGEND_CHARS);
}

void yk_svg_legend(yk_textbuf *b, const yk_chart *c, bool swatches)
{
    size_t s;
    double x = PLOT_R + 14, y = PLOT_T + 6;
    for (s = 0; s < c->n_series && y < H - 20; s++, y += 18) {
        if (swatches) {
            yk_textbuf_str(b, "<rect width=\"14\" height=\"10\"");
            attr(b, "x", x);
            attr(b, "y", y - 5);
            style_attrs(b, s, true);
            yk_textbuf_str(b, "/>\n");
        } else {
            yk_textbuf_str(b, "<line class=\"line\"");
            attr(b, "x1", x);
            attr(b, "y1", y);
            attr(b, "x2", x + 18);
            attr(b, "y2", y);
            style_attrs(b, s, false);
            yk_textbuf_str(b, "/>\n");
        }
        legend_name(b, x + 24, y + 4, c->series[s].name);
    }
    if (s < c->n_series) {
        char more[48];
        yk_snprintf_c(more, sizeof more, "(%zu more)", c->n_series - s);
        text_at(b, x, y + 4, "start", "legend", more);
    }
}

static const char svg_style[] =
    "<style>"
    "text{font-family:sans-serif;fill:#222}"
    ".title{font-size:15px;font-weight:bold}.tick{font-size:11px}"
    ".label{font-size:12px}.legend{font-size:12px}.mark{font-size:10px;fill:#444}"
    ".grid{stroke:#ddd;stroke-width:1}.axis{stroke:#444;stroke-width:1}"
    ".whisker{stroke:#222;stroke-width:1.2}"
    ".line{fill:none;stroke-width:2}.band{fill-opacity:0.16;stroke:none}"
    ".marker{stroke:#555;stroke-width:1;stroke-dasharray:4 3}"
    "</style>\n";

/* Vertical bars or lines: a value axis up the left, categories or
 * numbers along the bottom. */
static void draw_xy(yk_textbuf *b, const yk_chart *c)
{
    scale x, y;
    double lo, hi;
    if (c->y_fixed)
        scale_init(&y, c->y_lo, c->y_hi, false, PLOT_B, PLOT_T);
    else {
        yk_svg_data_range(c, &lo, &hi);
        scale_init(&y, lo, hi, true, PLOT_B, PLOT_T);
    }
    data_x(c, &lo, &hi);
    scale_init(&x, lo, hi, false, PLOT_L, PLOT_R);
    y_axis(b, c, &y);
    x_axis(b, c, &x);
    yk_textbuf_str(b, "<g class=\"yk-data\">\n");
    if (c->kind == YK_CHART_BARS)
        bars(b, c, &y);
    else
        lines(b, c, &x, &y);
    yk_textbuf_str(b, "</g>\n");
    markers(b, c, &x);
    yk_svg_legend(b, c, c->kind == YK_CHART_BARS);
}

static void draw(yk_textbuf *b, const yk_chart *c, bool standalone)
{
    if (standalone)
        yk_textbuf_str(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<svg xmlns=\"http://www.w3.org/2000/svg\"");
    else
        yk_textbuf_str(b, "<svg");
    yk_textbuf_printf(b, " class=\"yk-chart\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                         " role=\"img\" aria-label=\"", (int)W, (int)H, (int)W, (int)H);
    yk_textbuf_text(b, c->title);
    yk_textbuf_str(b, "\">\n<title>");
    yk_textbuf_text(b, c->title);
    yk_textbuf_str(b, "</title>\n");
    if (c->note) {
        yk_textbuf_str(b, "<desc>");
        yk_textbuf_text(b, c->note);
        yk_textbuf_str(b, "</desc>\n");
    }
    yk_textbuf_str(b, svg_style);
    yk_textbuf_printf(b, "<rect width=\"%d\" height=\"%d\" fill=\"#fff\"/>\n", (int)W, (int)H);
    text_at(b, 8, 22, "start", "title", c->title);
    if (c->kind == YK_CHART_HBARS)
        yk_svg_hbars(b, c);
    else if (c->kind == YK_CHART_HEAT)
        yk_svg_heat(b, c);
    else
        draw_xy(b, c);
    yk_textbuf_str(b, "</svg>\n");
}

yk_status yk_chart_svg(const yk_chart *c, bool standalone, char **out, size_t *len)
{
    yk_textbuf b;
    yk_textbuf_init(&b);
    draw(&b, c, standalone);
    return yk_textbuf_take(&b, out, len);
}

yk_status yk_chart_write_svg(const yk_chart *c, bool standalone, FILE *out)
{
    char *s;
    size_t n;
    yk_status st = yk_chart_svg(c, standalone, &s, &n);
    if (st)
        return st;
    if (fwrite(s, 1, n, out) != n)
        st = YK_E_IO;
    yk_free(s);
    return st ? st : yk_report_flush(out);
}
