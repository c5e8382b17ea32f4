/*
 * chart_test.c - the SVG chart module (include/yokushi/chart.h): bar and
 * whisker geometry against hand-worked pixels, bands and markers of line
 * charts, tick labels, escaping, argument checks, identical bytes for the
 * same chart, and no URL in an inline chart.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "yokushi/alloc.h"
#include "yokushi/chart.h"

static char *svg_of(const yk_chart *c, bool standalone)
{
    char *s = NULL;
    size_t len = 0;
    assert_int_equal(yk_chart_svg(c, standalone, &s, &len), YK_OK);
    assert_non_null(s);
    assert_int_equal(strlen(s), len);
    return s;
}

/* The canvas is 680 x 380 with the plot from x 66 to 504 and y 318
 * (bottom) to 44 (top). One category and one series on a fixed 0..1
 * axis: the group is 438 px wide, the bar 0.8 x 438 = 350.4 px from
 * 66 + 0.1 x 438 = 109.8, drawn 0.92 x 350.4 = 322.368 wide; y = 0.5 is
 * at 318 - 0.5 x 274 = 181, so the bar is 137 high. The whisker from
 * 0.4 (208.4) to 0.6 (153.6) stands at 109.8 + 0.46 x 350.4 = 270.984. */
static void test_bar_geometry(void **state)
{
    yk_chart *c = yk_chart_new(YK_CHART_BARS, "one bar");
    char *s;
    (void)state;
    assert_non_null(c);
    assert_int_equal(yk_chart_y_range(c, 0, 1), YK_OK);
    assert_int_equal(yk_chart_category(c, "P(attack)"), YK_OK);
    assert_int_equal(yk_chart_series(c, "as given", NULL), YK_OK);
    assert_int_equal(yk_chart_point(c, 0, 0, 0.5, 0.4, 0.6), YK_OK);
    s = svg_of(c, false);
    assert_non_null(strstr(s, "<rect x=\"109.8\" y=\"181\" width=\"322.37\" height=\"137\""));
    assert_non_null(strstr(s, "<line x1=\"270.98\" y1=\"208.4\" x2=\"270.98\" y2=\"153.6\" "
                              "class=\"whisker\"/>"));
    /* ticks every 0.2, labelled without float noise */
    assert_non_null(strstr(s, ">0.6</text>"));
    assert_non_null(strstr(s, ">1</text>"));
    assert_null(strstr(s, "0.6000"));
    /* the first colour of the Okabe-Ito palette */
    assert_non_null(strstr(s, "fill=\"#0072B2\""));
    assert_non_null(strstr(s, "<title>as given, P(attack): 0.5 [0.4, 0.6]</title>"));
    yk_free(s);
    yk_chart_free(c);
}

/* A zero is a hairline (1 px), so it reads as 0 and not as missing. */
static void test_zero_bar(void **state)
{
    yk_chart *c = yk_chart_new(YK_CHART_BARS, "zero");
    char *s;
    (void)state;
    assert_int_equal(yk_chart_y_range(c, 0, 1), YK_OK);
    assert_int_equal(yk_chart_category(c, "x"), YK_OK);
    assert_int_equal(yk_chart_series(c, "s", NULL), YK_OK);
    assert_int_equal(yk_chart_point(c, 0, 0, 0, NAN, NAN), YK_OK);
    s = svg_of(c, false);
    assert_non_null(strstr(s, "y=\"317\" width=\"322.37\" height=\"1\""));
    assert_null(strstr(s, "class=\"whisker\""));
    yk_free(s);
    yk_chart_free(c);
}

/* Lines over years 2025..2035: x from 66 (2025) to 504 (2035), so 2030
 * is at 285; an automatic y axis over 0..0.5 rounds out to ticks of 0.1.
 * The band is one polygon: the upper edge left to right, then the lower
 * edge back. The marker at 2030 is a dashed line at x 285. */
static void test_lines_band_marker(void **state)
{
    yk_chart *c = yk_chart_new(YK_CHART_LINES, "fan");
    size_t s0;
    char *s;
    (void)state;
    assert_int_equal(yk_chart_labels(c, "year", "P"), YK_OK);
    assert_int_equal(yk_chart_series(c, "KOR", &s0), YK_OK);
    assert_int_equal(yk_chart_point(c, s0, 2025, 0.0, 0.0, 0.1), YK_OK);
    assert_int_equal(yk_chart_point(c, s0, 2030, 0.2, 0.1, 0.3), YK_OK);
    assert_int_equal(yk_chart_point(c, s0, 2035, 0.4, 0.3, 0.5), YK_OK);
    assert_int_equal(yk_chart_marker(c, 2030, "switch"), YK_OK);
    assert_int_equal(yk_chart_point_count(c), 3);
    s = svg_of(c, false);
    /* y: 0..0.5 over 274 px, 548 px per unit: 0.1 -> 263.2, 0.3 -> 153.6, 0.5 -> 44 */
    assert_non_null(strstr(s, "<polygon class=\"band\" points=\"66,263.2 285,153.6 504,44 "
                              "504,153.6 285,263.2 66,318\""));
    assert_non_null(strstr(s, "<polyline class=\"line\" points=\"66,318 285,208.4 504,98.8\""));
    assert_non_null(strstr(s, "<line x1=\"285\" y1=\"44\" x2=\"285\" y2=\"318\" class=\"marker\"/>"));
    assert_non_null(strstr(s, ">2030</text>"));
    assert_non_null(strstr(s, ">switch</text>"));
    assert_non_null(strstr(s, ">year</text>"));
    yk_free(s);
    yk_chart_free(c);
}

/* Text is escaped in content and attributes; an inline chart holds no
 * URL, a standalone one declares the SVG namespace. */
static void test_escaping_and_urls(void **state)
{
    yk_chart *c = yk_chart_new(YK_CHART_LINES, "a < b & \"c\"");
    char *s;
    (void)state;
    assert_int_equal(yk_chart_series(c, "<script>", NULL), YK_OK);
    assert_int_equal(yk_chart_point(c, 0, 1, 1, NAN, NAN), YK_OK);
    assert_int_equal(yk_chart_note(c, "note's"), YK_OK);
    s = svg_of(c, false);
    assert_non_null(strstr(s, "aria-label=\"a &lt; b &amp; &quot;c&quot;\""));
    assert_non_null(strstr(s, "&lt;script&gt;"));
    assert_null(strstr(s, "<script"));
    assert_null(strstr(s, "//"));
    assert_null(strstr(s, "<polygon")); /* no interval, no band */
    assert_string_equal(yk_chart_caption(c), "note's");
    assert_non_null(strstr(s, "<desc>note&#39;s</desc>"));
    yk_free(s);
    s = svg_of(c, true);
    assert_non_null(strstr(s, "<?xml version=\"1.0\""));
    assert_non_null(strstr(s, "xmlns=\"http://www.w3.org/2000/svg\""));
    yk_free(s);
    yk_chart_free(c);
}

static void test_arguments(void **state)
{
    yk_chart *c = yk_chart_new(YK_CHART_BARS, NULL);
    (void)state;
    assert_string_equal(yk_chart_title(c), "");
    assert_int_equal(yk_chart_point(c, 0, 0, 0.5, NAN, NAN), YK_E_ARG); /* no series */
    assert_int_equal(yk_chart_series(c, "s", NULL), YK_OK);
    assert_int_equal(yk_chart_point(c, 0, 0, 0.5, NAN, NAN), YK_E_ARG); /* no category */
    assert_int_equal(yk_chart_category(c, "a"), YK_OK);
    assert_int_equal(yk_chart_point(c, 0, 0.5, 0.5, NAN, NAN), YK_E_ARG);
    assert_int_equal(yk_chart_point(c, 0, 0, NAN, NAN, NAN), YK_E_ARG);
    assert_int_equal(yk_chart_point(c, 0, 0, INFINITY, NAN, NAN), YK_E_ARG);
    assert_int_equal(yk_chart_point(c, 1, 0, 0.5, NAN, NAN), YK_E_ARG);
    assert_int_equal(yk_chart_point(c, 0, 0, 0.5, 0.6, 0.4), YK_OK); /* lo > hi: no whisker */
    assert_int_equal(yk_chart_y_range(c, 1, 0), YK_E_ARG);
    assert_int_equal(yk_chart_y_range(c, 0, NAN), YK_E_ARG);
    assert_int_equal(yk_chart_marker(c, NAN, "x"), YK_E_ARG);
    assert_int_equal(yk_chart_series_count(c), 1);
    assert_int_equal(yk_chart_point_count(c), 1);
    yk_chart_free(c);
    yk_chart_free(NULL);
}

/* Nine series: the ninth takes the first colour again with a dash, so
 * no two series look alike; the legend lists them all. */
static void test_many_series(void **state)
{
    yk_chart *c = yk_chart_new(YK_CHART_LINES, "many");
    char name[16], *s;
    size_t i;
    (void)state;
    for (i = 0; i < 9; i++) {
        snprintf(name, sizeof name, "S%zu", i);
        assert_int_equal(yk_chart_series(c, name, NULL), YK_OK);
        assert_int_equal(yk_chart_point(c, i, 0, (double)i, NAN, NAN), YK_OK);
        assert_int_equal(yk_chart_point(c, i, 1, (double)i, NAN, NAN), YK_OK);
    }
    s = svg_of(c, false);
    assert_non_null(strstr(s, "stroke=\"#0072B2\" stroke-dasharray=\"6 3\""));
    assert_non_null(strstr(s, ">S8</text>"));
    yk_free(s);
    /* a long name is cut in the legend, whole in its tooltip */
    assert_int_equal(yk_chart_series(c, "a very long series name \xc3\xa9\xc3\xa9 that goes on",
                                     NULL), YK_OK);
    s = svg_of(c, false);
    assert_non_null(strstr(s, "<title>a very long series name \xc3\xa9\xc3\xa9 that goes on</title>"
                              "a very long series name\xe2\x80\xa6</text>"));
    yk_free(s);
    /* never inside a UTF-8 sequence: 22 bytes, then the 2-byte e-acute */
    assert_int_equal(yk_chart_series(c, "aaaaaaaaaaaaaaaaaaaaaa\xc3\xa9" "bbbb", NULL), YK_OK);
    s = svg_of(c, false);
    assert_non_null(strstr(s, ">aaaaaaaaaaaaaaaaaaaaaa\xe2\x80\xa6</text>"));
    yk_free(s);
    yk_chart_free(c);
}

/* The same chart twice gives the same bytes; a stream gets them too. */
static void test_deterministic(void **state)
{
    yk_chart *c = yk_chart_new(YK_CHART_LINES, "same");
    char *a, *b, *f = NULL;
    size_t n = 0;
    FILE *out;
    (void)state;
    assert_int_equal(yk_chart_series(c, "x", NULL), YK_OK);
    assert_int_equal(yk_chart_point(c, 0, 0.1, 1.0 / 3, 0.2, 0.4), YK_OK);
    assert_int_equal(yk_chart_point(c, 0, 0.7, 2.0 / 3, 0.5, 0.9), YK_OK);
    a = svg_of(c, true);
    b = svg_of(c, true);
    assert_string_equal(a, b);
    out = open_memstream(&f, &n);
    assert_int_equal(yk_chart_write_svg(c, true, out), YK_OK);
    fclose(out);
    assert_string_equal(f, a);
    free(f);
    yk_free(a);
    yk_free(b);
    yk_chart_free(c);
}

/* Horizontal bars: labels left of x 232, values from 232 to 504 on a
 * fixed 0..1 axis (272 px). One category fills the plot's 274 px: the bar
 * is 0.8 x 274 = 219.2 px thick, its top at 44 + 0.1 x 274 = 71.4, drawn
 * 0.9 x 219.2 = 197.28 high; 0.5 ends at 232 + 136 = 368. The whisker at
 * 71.4 + 0.45 x 219.2 = 170.04 runs from 0.4 (340.8) to 0.6 (395.2). */
static void test_hbars_geometry(void **state)
{
    yk_chart *c = yk_chart_new(YK_CHART_HBARS, "tornado");
    char *s;
    (void)state;
    assert_int_equal(yk_chart_y_range(c, 0, 1), YK_OK);
    assert_int_equal(yk_chart_category(c, "states.RUS.resolve"), YK_OK);
    assert_int_equal(yk_chart_series(c, "ST", NULL), YK_OK);
    assert_int_equal(yk_chart_point(c, 0, 0, 0.5, 0.4, 0.6), YK_OK);
    assert_int_equal(yk_chart_point(c, 0, 1, 0.5, 0.4, 0.6), YK_E_ARG); /* no category 1 */
    s = svg_of(c, false);
    assert_non_null(strstr(s, "<rect x=\"232\" y=\"71.4\" width=\"136\" height=\"197.28\""));
    assert_non_null(strstr(s, "<line x1=\"340.8\" y1=\"170.04\" x2=\"395.2\" y2=\"170.04\" "
                              "class=\"whisker\"/>"));
    assert_non_null(strstr(s, "text-anchor=\"end\" class=\"tick\">states.RUS.resolve</text>"));
    assert_non_null(strstr(s, "<title>ST, states.RUS.resolve: 0.5 [0.4, 0.6]</title>"));
    yk_free(s);
    yk_chart_free(c);
}

/* A heat map of 2 x 2 cells over the plot (272 x 274 px: cells 136 x
 * 137, drawn 1 px smaller): the least value takes viridis's first colour,
 * the greatest its last, the middle one its middle stop; numbers on dark
 * cells are white. */
static void test_heat_cells(void **state)
{
    yk_chart *c = yk_chart_new(YK_CHART_HEAT, "grid");
    char *s;
    (void)state;
    assert_int_equal(yk_chart_category(c, "0"), YK_OK);
    assert_int_equal(yk_chart_category(c, "1"), YK_OK);
    assert_int_equal(yk_chart_series(c, "low", NULL), YK_OK);
    assert_int_equal(yk_chart_series(c, "high", NULL), YK_OK);
    assert_int_equal(yk_chart_point(c, 0, 0, 0, NAN, NAN), YK_OK);
    assert_int_equal(yk_chart_point(c, 0, 1, 0.5, NAN, NAN), YK_OK);
    assert_int_equal(yk_chart_point(c, 1, 0, 0.25, NAN, NAN), YK_OK);
    assert_int_equal(yk_chart_point(c, 1, 1, 1, NAN, NAN), YK_OK);
    s = svg_of(c, false);
    assert_non_null(strstr(s, "<rect x=\"232\" y=\"44\" width=\"135\" height=\"136\" "
                              "fill=\"#440154\"><title>low, 0: 0</title>"));
    assert_non_null(strstr(s, "<rect x=\"368\" y=\"181\" width=\"135\" height=\"136\" "
                              "fill=\"#fde725\"><title>high, 1: 1</title>"));
    assert_non_null(strstr(s, "fill=\"#21918c\"><title>low, 1: 0.5</title>"));
    assert_non_null(strstr(s, "<text x=\"300\" y=\"116.5\" text-anchor=\"middle\" "
                              "class=\"tick\" style=\"fill:#fff\">0</text>"));
    assert_non_null(strstr(s, "<text x=\"436\" y=\"253.5\" text-anchor=\"middle\" "
                              "class=\"tick\">1</text>"));
    assert_non_null(strstr(s, "class=\"legend\">0.75</text>")); /* the colour key */
    yk_free(s);
    yk_chart_free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bar_geometry),      cmocka_unit_test(test_zero_bar),
        cmocka_unit_test(test_lines_band_marker), cmocka_unit_test(test_escaping_and_urls),
        cmocka_unit_test(test_arguments),         cmocka_unit_test(test_many_series),
        cmocka_unit_test(test_deterministic),     cmocka_unit_test(test_hbars_geometry),
        cmocka_unit_test(test_heat_cells),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
