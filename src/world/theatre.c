/*
 * theatre.c - finding a theatre of the world and a state's forces in it
 * (theatre.h). Both collections are sorted by id, but they are short:
 * a linear scan is clearer than a search.
 */
#include <string.h>

#include "yokushi/theatre.h"

const yk_theatre *yk_world_theatre(const yk_world *w, const char *id)
{
    size_t i;
    if (!w || !id)
        return NULL;
    for (i = 0; i < w->n_theatres; i++)
        if (!strcmp(w->theatres[i].id, id))
            return &w->theatres[i];
    return NULL;
}

const yk_theatre_force *yk_theatre_force_of(const yk_theatre *th, size_t state)
{
    size_t i;
    if (!th || state == YK_NONE)
        return NULL;
    for (i = 0; i < th->n_forces; i++)
        if (th->forces[i].state == state)
            return &th->forces[i];
    return NULL;
}
