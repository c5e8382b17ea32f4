/*
 * suggest.c - nearest candidate by edit distance, for
 * "did you mean" hints. Words longer than 63 characters get no hint.
 */
#include "world/suggest.h"

#include <ctype.h>
#include <string.h>

#define SUGGEST_MAX_LEN 64

static size_t min3(size_t a, size_t b, size_t c)
{
    size_t m = a < b ? a : b;
    return m < c ? m : c;
}

static int same_char(char x, char y)
{
    return tolower((unsigned char)x) == tolower((unsigned char)y);
}

/* Case-insensitive optimal-string-alignment distance (Levenshtein plus
 * adjacent transpositions, the commonest typo: IRS for ISR), three rows. */
static size_t edit_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b), i, j;
    size_t back[SUGGEST_MAX_LEN + 1], prev[SUGGEST_MAX_LEN + 1],
        cur[SUGGEST_MAX_LEN + 1];
    for (j = 0; j <= lb; j++)
        prev[j] = back[j] = j;
    for (i = 1; i <= la; i++) {
        cur[0] = i;
        for (j = 1; j <= lb; j++) {
            cur[j] = min3(prev[j] + 1, cur[j - 1] + 1,
                          prev[j - 1] + (same_char(a[i - 1], b[j - 1]) ? 0 : 1));
            if (i > 1 && j > 1 && same_char(a[i - 1], b[j - 2]) &&
                same_char(a[i - 2], b[j - 1]) && back[j - 2] + 1 < cur[j])
                cur[j] = back[j - 2] + 1;
        }
        memcpy(back, prev, (lb + 1) * sizeof prev[0]);
        memcpy(prev, cur, (lb + 1) * sizeof prev[0]);
    }
    return prev[lb];
}

const char *yk_suggest(const char *word, const char *const *candidates,
                       size_t n)
{
    size_t i, best = (size_t)-1, len = strlen(word);
    size_t limit = len / 3 > 1 ? len / 3 : 1;
    const char *pick = NULL;
    if (len >= SUGGEST_MAX_LEN)
        return NULL;
    for (i = 0; i < n; i++) {
        size_t d;
        if (!candidates[i] || strlen(candidates[i]) >= SUGGEST_MAX_LEN)
            continue;
        d = edit_distance(word, candidates[i]);
        if (d < best) {
            best = d;
            pick = candidates[i];
        }
    }
    return best <= limit ? pick : NULL;
}
