/*
 * capture.c - a memory stream for the report tests (capture.h).
 */
#include "capture.h"

#include <stdlib.h>

int capture_begin(yk_capture *c)
{
    c->text = NULL;
    c->len = 0;
    c->out = open_memstream(&c->text, &c->len);
    return c->out ? 0 : -1;
}

char *capture_end(yk_capture *c)
{
    fclose(c->out);
    c->out = NULL;
    return c->text;
}
